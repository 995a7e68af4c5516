//! Issue 15: articles as readers meet them. The saved page structures of
//! `tests/fixtures/pages/` (a national daily, a regional paper, wire copy, a public
//! broadcaster, a blog, JSON-LD only, a cookie wall, a Windows-1252 page): each must give
//! exactly the paragraphs, title, date and author a reader expects.

use passerelle::intake::html::eval::score_dir;

#[test]
fn every_saved_page_gives_exactly_its_article() {
    let scores = score_dir(std::path::Path::new("tests/fixtures/pages")).expect("pages");
    assert!(scores.len() >= 8, "{} pages", scores.len());
    let mut failures = Vec::new();
    for s in &scores {
        if s.right != s.expected || s.extracted != s.expected || s.fields != [true; 3] {
            failures.push(format!(
                "{}: {}/{} right of {} expected, fields {:?} = {:?}\n  got: {:#?}",
                s.page, s.right, s.extracted, s.expected, s.fields, s.got_fields, s.got
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

use std::path::{Path, PathBuf};
use std::process::Command;

use wiremock::matchers::path;
use wiremock::{Mock, MockServer, ResponseTemplate};

mod common;

/// `passerelle` run in `dir` with a clean environment and a `command` backend that echoes
/// each line and appends one line to `calls` per call (so a test can count backend calls).
fn passerelle(dir: &Path) -> Command {
    let calls = dir.join("calls");
    let config = format!(
        "backend = \"counting\"\n[backends.counting]\nkind = \"command\"\n\
         command = [\"sh\", \"-c\", \"echo call >> '{}'; cat\"]\n",
        calls.display()
    );
    std::fs::write(dir.join("passerelle.toml"), config).unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_passerelle"));
    cmd.current_dir(dir)
        .env_remove("PASSERELLE_BACKEND")
        .env_remove("PASSERELLE_CONFIG")
        .env_remove("PASSERELLE_LOG")
        .env("XDG_CONFIG_HOME", dir.join("xdg-config"))
        .env("XDG_CACHE_HOME", dir.join("xdg-cache"))
        .env("PASSERELLE_CACHE_DIR", dir.join("cache"));
    cmd
}

fn calls(dir: &Path) -> usize {
    std::fs::read_to_string(dir.join("calls"))
        .map(|s| s.lines().count())
        .unwrap_or(0)
}

fn run(cmd: &mut Command) -> (i32, String, String) {
    let out = cmd.output().expect("passerelle runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><title>{title} | Journal</title>\
         <meta property=\"article:published_time\" content=\"2024-05-14T08:00:00+02:00\">\
         <meta name=\"author\" content=\"Marie Dupont\"></head><body>\
         <nav><a href=/>Accueil</a> | <a href=/monde>Monde</a></nav><article><h1>{title}</h1>\
         <p>{body}</p><p>Le ministre a précisé, mardi, que la mesure entrerait en vigueur cet été.</p>\
         </article><footer>© 2024 Journal</footer></body></html>"
    )
}

fn html(body: String) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_raw(body.into_bytes(), "text/html; charset=utf-8")
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[tokio::test]
async fn a_url_is_fetched_and_each_fetch_error_fails_that_input_alone() {
    let server = MockServer::start().await;
    Mock::given(path("/monde/2024/05/14/la-reforme.html"))
        .respond_with(html(page(
            "La réforme adoptée",
            "Le Parlement a adopté la réforme.",
        )))
        .mount(&server)
        .await;
    let redirect = |to: &str| ResponseTemplate::new(302).insert_header("Location", to);
    Mock::given(path("/loop-a"))
        .respond_with(redirect("/loop-b"))
        .mount(&server)
        .await;
    Mock::given(path("/loop-b"))
        .respond_with(redirect("/loop-a"))
        .mount(&server)
        .await;
    Mock::given(path("/missing"))
        .respond_with(ResponseTemplate::new(404))
        .mount(&server)
        .await;
    Mock::given(path("/broken"))
        .respond_with(ResponseTemplate::new(500))
        .mount(&server)
        .await;
    Mock::given(path("/photo.jpg"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(vec![0xFF, 0xD8, 0xFF], "image/jpeg"))
        .mount(&server)
        .await;
    Mock::given(path("/huge.html"))
        .respond_with(html("x".repeat(50 * 1024 * 1024)))
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let u = |p: &str| format!("{}{p}", server.uri());
    let bad = [
        (u("/loop-a"), "redirect loop"),
        (u("/missing"), "HTTP 404 Not Found"),
        (u("/broken"), "HTTP 500 Internal Server Error"),
        (u("/photo.jpg"), "the server sent image/jpeg"),
        (u("/huge.html"), "larger than 16 MiB"),
        (
            "file:///etc/hostname".to_string(),
            "only http:// and https:// URLs",
        ),
        (
            "ftp://example.org/a.html".to_string(),
            "only http:// and https:// URLs",
        ),
    ];
    let mut cmd = passerelle(dir.path());
    cmd.args(["brief", "--format", "json", "-o"]).arg(&out);
    cmd.arg(u("/monde/2024/05/14/la-reforme.html"));
    for (url, _) in &bad {
        cmd.arg(url);
    }
    let (code, _, stderr) = run(&mut cmd);
    assert_eq!(code, 1, "{stderr}");
    for (url, problem) in &bad {
        let line = stderr
            .lines()
            .find(|l| l.contains(url.as_str()))
            .unwrap_or_else(|| panic!("no line names {url}: {stderr}"));
        assert!(line.contains(problem), "{url}: {line}");
    }
    // The good one is written, named from its URL path, with the page's metadata.
    assert_eq!(files_in(&out), ["la-reforme.json"]);
    let v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("la-reforme.json")).unwrap()).unwrap();
    assert_eq!(v["metadata"]["title"], "La réforme adoptée");
    assert_eq!(v["metadata"]["author"], "Marie Dupont");
    assert_eq!(v["metadata"]["date"], "2024-05-14T08:00:00+02:00");
    assert_eq!(v["metadata"]["url"], u("/monde/2024/05/14/la-reforme.html"));
    let fr = common::segment_texts(&v, "fr");
    assert_eq!(
        fr,
        [
            "Le Parlement a adopté la réforme.",
            "Le ministre a précisé, mardi, que la mesure entrerait en vigueur cet été."
        ]
    );
}

#[tokio::test]
async fn a_feed_of_three_items_gives_three_briefs_and_a_rerun_does_nothing() {
    let server = MockServer::start().await;
    let mut items = String::new();
    for (n, (slug, day)) in [("premier", 12), ("deuxieme", 13), ("troisieme", 14)]
        .iter()
        .enumerate()
    {
        let link = format!("{}/article/{slug}.html", server.uri());
        items.push_str(&format!(
            "<item><title>Titre {n}</title><link>{link}</link><guid>{slug}</guid>\
             <pubDate>{day} May 2024 08:00:00 +0000</pubDate></item>"
        ));
        Mock::given(path(format!("/article/{slug}.html")))
            .respond_with(html(page(
                &format!("Article {slug}"),
                &format!("Le texte de l'article {slug} est ici."),
            )))
            .mount(&server)
            .await;
    }
    let rss = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>J</title>\
         <link>{}</link><description>d</description>{items}</channel></rss>",
        server.uri()
    );
    Mock::given(path("/rss.xml"))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw(rss.into_bytes(), "application/rss+xml"),
        )
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let out: PathBuf = dir.path().join("briefs");
    let feed = format!("{}/rss.xml", server.uri());
    let (code, _, stderr) = run(passerelle(dir.path())
        .args(["brief", "--no-cache", "--feed", &feed, "-o"])
        .arg(&out));
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        files_in(&out),
        ["deuxieme.md", "premier.md", "troisieme.md"]
    );
    let first = calls(dir.path());
    assert!(first > 0);
    let before: Vec<Vec<u8>> = files_in(&out)
        .iter()
        .map(|f| std::fs::read(out.join(f)).unwrap())
        .collect();
    // Again, without the translation memory: every item is already written, so nothing is
    // fetched, translated or written.
    let (code, _, stderr) = run(passerelle(dir.path())
        .args(["brief", "--no-cache", "--feed", &feed, "-o"])
        .arg(&out));
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("3 outputs already there, kept and not translated again"),
        "{stderr}"
    );
    assert_eq!(calls(dir.path()), first, "no backend call on the rerun");
    let after: Vec<Vec<u8>> = files_in(&out)
        .iter()
        .map(|f| std::fs::read(out.join(f)).unwrap())
        .collect();
    assert_eq!(before, after);
    // --limit takes the newest.
    let out2 = dir.path().join("two");
    let (code, _, stderr) = run(passerelle(dir.path())
        .args([
            "translate",
            "--no-cache",
            "--limit",
            "2",
            "--feed",
            &feed,
            "-o",
        ])
        .arg(&out2));
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(files_in(&out2), ["deuxieme.md", "troisieme.md"]);
}

#[test]
fn html_files_are_read_as_html_without_the_flag_and_text_forces_text() {
    let dir = tempfile::tempdir().unwrap();
    let page = page("Un titre", "Le premier paragraphe de l'article.");
    for name in ["a.html", "b.htm", "c.txt"] {
        std::fs::write(dir.path().join(name), &page).unwrap();
        let (code, stdout, stderr) =
            run(passerelle(dir.path()).args(["translate", "--format", "json", name]));
        assert_eq!(code, 0, "{stderr}");
        assert!(
            !stdout.contains("<p>") && !stdout.contains("Accueil"),
            "{name}: {stdout}"
        );
        assert!(
            stdout.contains("\"title\": \"Un titre\""),
            "{name}: {stdout}"
        );
    }
    let (code, stdout, _) = run(passerelle(dir.path()).args([
        "translate",
        "--input-format",
        "text",
        "--format",
        "text",
        "a.html",
    ]));
    assert_eq!(code, 0);
    assert!(stdout.contains("<p>"), "{stdout}");
}

#[test]
fn a_windows_1252_file_is_read_and_v_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let (bytes, _, _) =
        encoding_rs::WINDOWS_1252.encode("Le député a parlé à la mairie : « 5 € », a-t-il dit.");
    std::fs::write(dir.path().join("a.txt"), &bytes).unwrap();
    let (code, stdout, stderr) =
        run(passerelle(dir.path()).args(["translate", "-v", "--format", "text", "a.txt"]));
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("Le député a parlé à la mairie") && stdout.contains('€'),
        "{stdout}"
    );
    assert!(
        stderr.contains("a.txt: read as text in windows-1252 (detected)"),
        "{stderr}"
    );
    // --encoding forces one; an unknown name is a usage error.
    let (code, _, stderr) =
        run(passerelle(dir.path()).args(["translate", "--encoding", "klingon", "a.txt"]));
    assert_eq!(code, 2);
    assert!(
        stderr.contains("--encoding \"klingon\": unknown encoding"),
        "{stderr}"
    );
    let (code, stdout, stderr) = run(passerelle(dir.path()).args([
        "translate",
        "-v",
        "--encoding",
        "cp1252",
        "--format",
        "text",
        "a.txt",
    ]));
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("windows-1252 (forced with --encoding)"),
        "{stderr}"
    );
    assert!(stdout.contains("député"), "{stdout}");
}
