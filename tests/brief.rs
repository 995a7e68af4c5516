//! The bilingual brief end to end, from a FIXED aligned document (a hand-written translation of
//! the sample article, `tests/fixtures/ukraine-chine-2022-03.aligned.json`) so that nothing
//! depends on a backend: golden Markdown and JSON briefs, TMX and XLIFF validated by xmllint
//! against their schemas, and the HTML page rendered by headless Chromium.
//!
//! Regenerate the golden files after an intended change with
//! `UPDATE_GOLDEN=1 cargo test --test brief`, then review the diff.

mod common;

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use passerelle::model::{AlignedDocument, AlignedSegment, Brief};
use passerelle::render::{self, Format};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn sample() -> AlignedDocument {
    let path = fixtures().join("ukraine-chine-2022-03.aligned.json");
    let text = std::fs::read_to_string(&path).expect("fixture readable");
    serde_json::from_str(&text).expect("fixture is an AlignedDocument")
}

/// The sample's brief, its speakers and roles given their English from a hand-written table
/// (`tests/fixtures/ukraine-chine-2022-03.speakers.json`), as a run's backend would.
fn sample_brief() -> Brief {
    let mut brief = passerelle::brief::build(sample(), 5);
    let path = fixtures().join("ukraine-chine-2022-03.speakers.json");
    let table: std::collections::BTreeMap<String, String> =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("fixture readable"))
            .expect("fixture is a JSON object of strings");
    let phrases = passerelle::brief::claim_phrases(&brief);
    let english: Vec<String> = phrases
        .iter()
        .map(|fr| {
            table
                .get(fr)
                .unwrap_or_else(|| panic!("{fr:?} missing from {}", path.display()))
                .clone()
        })
        .collect();
    passerelle::brief::set_claim_english(&mut brief, &phrases, &english);
    brief
}

fn render_brief(brief: &Brief, format: Format) -> String {
    let mut out = Vec::new();
    render::render_brief(brief, format, &mut out).expect("renders");
    String::from_utf8(out).expect("UTF-8")
}

fn render_doc(doc: &AlignedDocument, format: Format) -> String {
    let mut out = Vec::new();
    render::render_document(doc, format, &mut out).expect("renders");
    String::from_utf8(out).expect("UTF-8")
}

/// Compares `actual` with the golden file, or rewrites it when `UPDATE_GOLDEN` is set.
fn golden(name: &str, actual: &str) {
    let path = fixtures().join("golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (UPDATE_GOLDEN=1 creates it)", path.display()));
    if expected != actual {
        let diff: Vec<String> = expected
            .lines()
            .zip(actual.lines())
            .enumerate()
            .filter(|(_, (e, a))| e != a)
            .take(5)
            .map(|(i, (e, a))| format!("line {}:\n  golden: {e}\n  actual: {a}", i + 1))
            .collect();
        panic!(
            "{} differs from the output ({} vs {} lines)\n{}",
            path.display(),
            expected.lines().count(),
            actual.lines().count(),
            diff.join("\n")
        );
    }
}

#[test]
fn markdown_brief_matches_golden() {
    golden(
        "ukraine-chine-2022-03.brief.md",
        &render_brief(&sample_brief(), Format::Markdown),
    );
}

#[test]
fn json_brief_matches_golden() {
    let json = render_brief(&sample_brief(), Format::Json);
    let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    for key in [
        "source", "metadata", "backend", "segments", "summary", "claims", "qa",
    ] {
        assert!(value.get(key).is_some(), "JSON brief lacks {key}");
    }
    golden("ukraine-chine-2022-03.brief.json", &json);
}

/// Issue 14 item 13: the HTML brief's Who cell shows the English, and the French beneath it.
#[test]
fn html_brief_who_shows_the_english_and_the_french_beneath() {
    let html = render_brief(&sample_brief(), Format::Html);
    assert!(
        html.contains(
            "the New York Times · media<span class=\"who-fr\" lang=\"fr\">le New York \
             Times</span>"
        ),
        "{html}"
    );
    assert!(
        html.contains(
            "Li Keqiang (Chinese Premier) · person<span class=\"who-fr\" lang=\"fr\">\
             Li Keqiang (Premier ministre chinois)</span>"
        ),
        "{html}"
    );
    // A name the same in both languages is written once.
    assert!(html.contains("Jake Sullivan</span> · person"), "{html}");
}

#[test]
fn sample_brief_names_the_speakers_of_issue_6() {
    let brief = sample_brief();
    let speaker = |id: usize| {
        brief
            .claims
            .iter()
            .find(|c| c.segment == id)
            .map(|c| (c.speaker.as_str(), c.speaker_kind.as_str(), c.kind.as_str()))
    };
    let s1 = speaker(1).expect("segment 1");
    assert!(
        s1.0.contains("fonctionnaires américains anonymes") && s1.0.contains("Washington Post")
    );
    assert_eq!(s1.1, "anonymous");
    assert_eq!(
        speaker(2),
        Some(("le New York Times", "media", "statement"))
    );
    assert_eq!(
        speaker(4),
        Some((
            "un porte-parole de l'ambassade de Chine à Washington",
            "role",
            "denial"
        ))
    );
    assert_eq!(speaker(6), Some(("Li Keqiang", "person", "call")));
    assert_eq!(speaker(9).map(|s| s.0), Some("Emily Horne"));
    for id in [10, 11, 12] {
        assert_eq!(
            speaker(id).map(|s| s.0),
            Some("Jake Sullivan"),
            "segment {id}"
        );
    }
    assert_eq!(brief.summary.len(), 5);
    assert!(
        brief.summary.windows(2).all(|w| w[0] < w[1]),
        "article order"
    );
}

fn xmllint() -> bool {
    let found = Command::new("xmllint").arg("--version").output().is_ok();
    if !found {
        // CI installs xmllint (.ci/run): there, a missing tool is a failure, not a skip.
        assert!(
            !common::tools_required(),
            "xmllint is not installed but CI is set: .ci/run must install libxml2-utils"
        );
        eprintln!("SKIPPED: xmllint is not installed (apt-get install libxml2-utils)");
    }
    found
}

/// Writes `xml` to a temporary file and runs xmllint on it with `schema_args`.
fn validate(xml: &str, ext: &str, schema_args: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(format!("out.{ext}"));
    std::fs::write(&file, xml).unwrap();
    let out = Command::new("xmllint")
        .args(["--noout", "--nonet"])
        .args(schema_args)
        .arg(&file)
        .output()
        .expect("xmllint runs");
    assert!(
        out.status.success(),
        "xmllint rejects the {ext}:\n{}\n{}",
        String::from_utf8_lossy(&out.stderr),
        xml.lines().take(30).collect::<Vec<_>>().join("\n")
    );
}

/// The sample plus a hostile segment (markup, control character, quotes) to stress escaping.
fn hostile() -> AlignedDocument {
    let mut doc = sample();
    let id = doc.segments.len() + 1;
    doc.segments.push(AlignedSegment {
        id,
        paragraph: id,
        span: [0, 0],
        fr: "<script>alert('fr')</script> <img src=x onerror=alert(1)> \"x\" & \u{1} ]]> fin"
            .into(),
        en: "<a href=\"javascript:alert(2)\">link</a> <iframe src=\"https://example.org\"></iframe> end"
            .into(),
        glossary: vec![],
        qa: vec![],
    });
    doc
}

#[test]
fn tmx_is_valid_against_the_tmx14b_dtd() {
    if !xmllint() {
        return;
    }
    let dtd = fixtures().join("schemas/tmx14.dtd");
    for doc in [sample(), hostile()] {
        let tmx = render_doc(&doc, Format::Tmx);
        assert_eq!(tmx.matches("<tu ").count(), doc.segments.len());
        validate(&tmx, "tmx", &["--dtdvalid", dtd.to_str().unwrap()]);
    }
}

#[test]
fn xliff_is_valid_against_the_xliff2_core_schema() {
    if !xmllint() {
        return;
    }
    let xsd = fixtures().join("schemas/xliff_core_2.0.xsd");
    for doc in [sample(), hostile()] {
        let xlf = render_doc(&doc, Format::Xliff);
        assert_eq!(xlf.matches("<unit ").count(), doc.segments.len());
        validate(&xlf, "xlf", &["--schema", xsd.to_str().unwrap()]);
    }
}

#[test]
fn schemas_reject_a_broken_document() {
    // The validation above can fail: a TMX without its header and an XLIFF unit without a
    // segment are refused.
    if !xmllint() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let bad_tmx = dir.path().join("bad.tmx");
    std::fs::write(&bad_tmx, "<tmx version=\"1.4\"><body/></tmx>").unwrap();
    let dtd = fixtures().join("schemas/tmx14.dtd");
    let status = Command::new("xmllint")
        .args(["--noout", "--nonet", "--dtdvalid"])
        .arg(&dtd)
        .arg(&bad_tmx)
        .output()
        .unwrap()
        .status;
    assert!(!status.success());
    let bad_xlf = dir.path().join("bad.xlf");
    std::fs::write(
        &bad_xlf,
        "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"fr-FR\">\
         <file id=\"f1\"><unit id=\"u1\"/></file></xliff>",
    )
    .unwrap();
    let xsd = fixtures().join("schemas/xliff_core_2.0.xsd");
    let status = Command::new("xmllint")
        .args(["--noout", "--nonet", "--schema"])
        .arg(&xsd)
        .arg(&bad_xlf)
        .output()
        .unwrap()
        .status;
    assert!(!status.success());
}

fn chromium() -> Option<&'static str> {
    for name in ["chromium", "chromium-browser"] {
        if Command::new(name)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
        {
            return Some(name);
        }
    }
    // CI installs chromium (.ci/run): there, a missing browser is a failure, not a skip.
    assert!(
        !common::tools_required(),
        "chromium is not installed but CI is set: .ci/run must install it"
    );
    eprintln!("SKIPPED: chromium is not installed (apt-get install chromium)");
    None
}

/// How long Chromium may take to render the page. An injected `alert()` would block it forever:
/// past this, the browser is killed and the test fails.
const CHROMIUM_TIMEOUT: Duration = Duration::from_secs(90);

/// Renders `html` in headless Chromium and returns the DOM it built.
fn dump_dom(browser: &str, html: &str) -> String {
    dump_dom_at(browser, html, None)
}

/// [`dump_dom`] in a window `width` pixels wide (a phone: 390).
fn dump_dom_at(browser: &str, html: &str, width: Option<u32>) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("brief.html");
    std::fs::write(&file, html).unwrap();
    let profile = dir.path().join("profile");
    let dom_path = dir.path().join("dom.html");
    let err_path = dir.path().join("stderr.txt");
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-dev-shm-usage",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(width.map(|w| format!("--window-size={w},844")))
        .arg("--dump-dom")
        .arg(format!("file://{}", file.display()))
        // Its own process group, so that a stuck browser is killed with all its helpers.
        .process_group(0)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&dom_path).unwrap())
        .stderr(std::fs::File::create(&err_path).unwrap())
        .spawn()
        .expect("chromium starts");
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("chromium status") {
            break status;
        }
        if start.elapsed() > CHROMIUM_TIMEOUT {
            let _ = Command::new("kill")
                .args(["-KILL", &format!("-{}", child.id())])
                .status();
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "chromium did not finish within {CHROMIUM_TIMEOUT:?}: a script in the page \
                 blocked it (an injected alert()?)"
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(
        status.success(),
        "chromium failed: {}",
        std::fs::read_to_string(&err_path).unwrap_or_default()
    );
    std::fs::read_to_string(&dom_path).expect("DOM dump")
}

#[test]
fn html_brief_renders_in_chromium_and_escapes_article_text() {
    let Some(browser) = chromium() else {
        return;
    };
    let brief = passerelle::brief::build(hostile(), 5);
    let html = render_brief(&brief, Format::Html);
    let dom = dump_dom(browser, &html);
    assert!(
        dom.contains("<section class=\"text\">"),
        "page rendered:\n{dom}"
    );
    // Every sentence pair is in the DOM, with its id for the claim links.
    for s in &brief.document.segments {
        assert!(dom.contains(&format!("id=\"s{}\"", s.id)), "pair {}", s.id);
    }
    // The hostile text is text, not elements.
    assert!(!dom.contains("<img"), "an <img> was injected");
    assert!(!dom.contains("<iframe"), "an <iframe> was injected");
    assert!(
        !dom.contains("<a href=\"javascript"),
        "a javascript: link was injected"
    );
    assert_eq!(
        dom.matches("<script").count(),
        1,
        "only the page's own script"
    );
    assert!(dom.contains("&lt;script&gt;alert('fr')&lt;/script&gt;"));
    assert!(dom.contains("&lt;img src=x onerror=alert(1)&gt;"));
    // Claims link to their sentences.
    assert!(dom.contains("href=\"#s12\""));
}

/// Appended to a page before it is rendered: what a reader sees, written into the DOM as
/// attributes of `<body>` so that `--dump-dom` carries it out.
const PROBE: &str = r#"<script>
(function () {
  var b = document.body;
  var row = document.querySelector('.claims tbody tr');
  var label = document.querySelector('.claims .label');
  var flag = document.querySelector('.pair.qa .flag');
  b.setAttribute('data-claim-row', row ? row.innerText.replace(/\s+/g, ' ') : '');
  b.setAttribute('data-label-display', label ? getComputedStyle(label).display : '');
  b.setAttribute('data-flag-target', flag ? flag.getAttribute('href') : '');
  b.setAttribute('data-flag-found', flag && document.querySelector(flag.getAttribute('href')) ? 'yes' : 'no');
  b.setAttribute('data-paragraphs', String(document.querySelectorAll('.pair.para').length));
  b.setAttribute('data-overflow', String(document.documentElement.scrollWidth - window.innerWidth));
})();
</script>"#;

/// The value of `name` on the dumped `<body>`.
fn body_attr(dom: &str, name: &str) -> String {
    let key = format!("{name}=\"");
    let start = dom
        .find(&key)
        .unwrap_or_else(|| panic!("no {name} in the DOM"))
        + key.len();
    let end = dom[start..].find('"').expect("closing quote") + start;
    dom[start..end].replace("&amp;", "&")
}

#[test]
fn html_brief_on_a_phone_keeps_labels_and_marks_qa_and_paragraphs() {
    let Some(browser) = chromium() else {
        return;
    };
    let brief = sample_brief();
    assert!(!brief.qa.is_empty(), "the sample has a QA finding to mark");
    let html = render_brief(&brief, Format::Html).replace("</body>", &format!("{PROBE}</body>"));
    let paragraphs = {
        let mut p: Vec<usize> = brief
            .document
            .segments
            .iter()
            .map(|s| s.paragraph)
            .collect();
        p.dedup();
        p.len()
    };
    // A phone: the claim cards keep their labels, nothing is wider than the screen.
    let phone = dump_dom_at(browser, &html, Some(390));
    let row = body_attr(&phone, "data-claim-row");
    for label in ["Who", "Kind", "EN", "FR"] {
        assert!(row.contains(label), "{label} missing on a phone: {row}");
    }
    assert_eq!(body_attr(&phone, "data-label-display"), "inline");
    assert!(
        body_attr(&phone, "data-overflow").parse::<i32>().unwrap() <= 0,
        "the page is wider than a 390 px screen"
    );
    // A desktop: the labels are the table's header, not repeated in the cells.
    let desktop = dump_dom_at(browser, &html, Some(1280));
    assert_eq!(body_attr(&desktop, "data-label-display"), "none");
    for dom in [&phone, &desktop] {
        // A sentence with findings carries a ⚠ that leads to them.
        let target = body_attr(dom, "data-flag-target");
        assert!(target.starts_with("#q"), "{target}");
        assert_eq!(body_attr(dom, "data-flag-found"), "yes");
        // Every paragraph's first sentence is marked.
        assert_eq!(body_attr(dom, "data-paragraphs"), paragraphs.to_string());
    }
}
