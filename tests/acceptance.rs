//! Acceptance tests: the binary end to end on the sample article with the real Apertium engine
//! (issues 2, 3 and 6), `passerelle backends --cleanup` against a mock DeepL account, and
//! ARCHITECTURE.md checked against the source tree (issue 9).
//!
//! The expectations below are written from a reading of the French article, not copied from
//! the tool's output: the glossary table says which names, places, institutions and media each
//! sentence holds and how the English must render them, and the claims table says who speaks
//! in each sentence. Every run has its own temporary directory, no config from the machine and
//! the translation memory off (`--no-cache`, and a private cache directory besides).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::Value;

const SAMPLE: &str = "tests/fixtures/ukraine-chine-2022-03.fr.txt";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `passerelle` run in `dir`, with no config, backend or cache from the machine.
mod common;
use common::passerelle;

/// Runs `passerelle <sub> --backend apertium --no-cache ARGS SAMPLE`; returns stdout and
/// stderr of a successful run.
fn run_sample(sub: &str, args: &[&str]) -> (String, String) {
    let dir = tempfile::tempdir().unwrap();
    let out = passerelle(dir.path())
        .args([sub, "--backend", "apertium", "--no-cache"])
        .args(args)
        .arg(root().join(SAMPLE))
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        out.status.success(),
        "passerelle {sub} {args:?} failed ({}): {stderr}",
        out.status
    );
    (stdout, stderr)
}

/// `passerelle brief --format json` on the sample article.
fn brief_json() -> Value {
    let (stdout, _) = run_sample("brief", &["--format", "json"]);
    serde_json::from_str(&stdout).expect("brief --format json is JSON")
}

fn segment(v: &Value, id: u64) -> &Value {
    v["segments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == id)
        .unwrap_or_else(|| panic!("no segment {id}"))
}

fn text<'a>(v: &'a Value, field: &str) -> &'a str {
    v[field]
        .as_str()
        .unwrap_or_else(|| panic!("{field} is not a string in {v}"))
}

/// The placeholder tokens of `glossary::enforce` (a two-letter prefix no word of either
/// language starts with, then two lowercase letters), found anywhere in `s`.
fn placeholders(s: &str) -> Vec<String> {
    const PREFIXES: [&str; 6] = ["Zq", "Qz", "Zx", "Xq", "Qx", "Zk"];
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| {
            PREFIXES.iter().any(|p| {
                w.strip_prefix(p)
                    .is_some_and(|rest| rest.chars().take(2).all(|c| c.is_ascii_lowercase()))
            })
        })
        .map(str::to_string)
        .collect()
}

/// Whether `words` occurs in `hay` between word boundaries ("Chine" is not in "Chinese").
fn contains_words(hay: &str, words: &str) -> bool {
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    hay.match_indices(words).any(|(i, m)| {
        !is_word(hay[..i].chars().next_back()) && !is_word(hay[i + m.len()..].chars().next())
    })
}

// ---------------------------------------------------------------------------------------------
// Issue 2: the first slice end to end
// ---------------------------------------------------------------------------------------------

#[test]
fn issue2_sample_article_gives_13_aligned_sentences_with_spans() {
    let v = brief_json();
    let original = std::fs::read(root().join(SAMPLE)).unwrap();
    assert_eq!(v["metadata"]["date"], "2022-03");
    assert_eq!(v["backend"]["kind"], "apertium");
    let segments = v["segments"].as_array().unwrap();
    assert_eq!(segments.len(), 13, "the sample article has 13 sentences");
    let mut last_end = 0;
    let mut last_paragraph = 0;
    for (i, s) in segments.iter().enumerate() {
        assert_eq!(s["id"], i as u64 + 1, "ids are 1-based in reading order");
        let paragraph = s["paragraph"].as_u64().unwrap();
        assert!(paragraph >= last_paragraph && paragraph <= last_paragraph + 1);
        last_paragraph = paragraph;
        let (start, end) = (
            s["span"][0].as_u64().unwrap() as usize,
            s["span"][1].as_u64().unwrap() as usize,
        );
        assert!(
            last_end <= start && start < end && end <= original.len(),
            "{s}"
        );
        last_end = end;
        // The sample is plain ASCII-quoted UTF-8 NFC text: the span is the sentence itself.
        assert_eq!(
            std::str::from_utf8(&original[start..end]).unwrap(),
            text(s, "fr")
        );
        assert!(
            !text(s, "en").trim().is_empty(),
            "segment {} has no English",
            i + 1
        );
        assert_ne!(text(s, "en"), text(s, "fr"), "segment {} echoed", i + 1);
    }
    assert_eq!(last_paragraph, 12, "paragraph 1 holds two sentences");
    assert_eq!(segment(&v, 1)["paragraph"], 1);
    assert_eq!(segment(&v, 2)["paragraph"], 1);
    // The metadata line is not part of the first sentence.
    assert!(text(segment(&v, 1), "fr").starts_with("The Financial Times"));
}

// ---------------------------------------------------------------------------------------------
// Issue 3: names, places, institutions and media as the glossary says, everywhere
// ---------------------------------------------------------------------------------------------

/// For each sentence of the sample article, the glossary terms it holds (French as written)
/// and the English the translation must contain.
const TERMS: &[(u64, &[(&str, &str)])] = &[
    (
        1,
        &[
            ("Financial Times", "Financial Times"),
            ("Washington Post", "Washington Post"),
            ("New York Times", "New York Times"),
            ("Moscou", "Moscow"),
            ("Pékin", "Beijing"),
            ("Ukraine", "Ukraine"),
        ],
    ),
    (2, &[("Russie", "Russia")]),
    (
        3,
        &[("New York Times", "New York Times"), ("Russie", "Russia")],
    ),
    (4, &[("Chine", "China")]),
    (
        5,
        &[
            ("porte-parole", "spokesperson"),
            ("ambassade de Chine", "Chinese embassy"),
            ("Washington", "Washington"),
        ],
    ),
    (
        6,
        &[
            ("gouvernement chinois", "Chinese government"),
            ("Russie", "Russia"),
        ],
    ),
    (
        7,
        &[
            ("Premier ministre chinois", "Chinese Premier"),
            ("Li Keqiang", "Li Keqiang"),
            ("Russie", "Russia"),
        ],
    ),
    (
        8,
        &[
            ("Pékin", "Beijing"),
            ("Russie", "Russia"),
            ("Chine", "China"),
            ("Ukraine", "Ukraine"),
            ("Union européenne", "European Union"),
            ("États-Unis", "United States"),
        ],
    ),
    (
        9,
        &[
            (
                "conseiller à la sécurité nationale",
                "national security adviser",
            ),
            ("président américain", "US President"),
            ("Joe Biden", "Joe Biden"),
            ("Jake Sullivan", "Jake Sullivan"),
            ("Chine", "China"),
            ("Yang Jiechi", "Yang Jiechi"),
            ("Rome", "Rome"),
        ],
    ),
    (
        10,
        &[
            ("Russie", "Russia"),
            ("Ukraine", "Ukraine"),
            ("Emily Horne", "Emily Horne"),
            ("porte-parole", "spokesperson"),
            (
                "Conseil national de sécurité de la Maison Blanche",
                "White House National Security Council",
            ),
        ],
    ),
    (
        11,
        &[
            ("Chine", "China"),
            ("Russie", "Russia"),
            ("CNN", "CNN"),
            ("Jake Sullivan", "Jake Sullivan"),
        ],
    ),
    (
        12,
        &[
            ("Pékin", "Beijing"),
            ("Russie", "Russia"),
            ("Ukraine", "Ukraine"),
        ],
    ),
    (13, &[("Jake Sullivan", "Jake Sullivan")]),
];

/// French forms that must never survive into the English.
const NEVER_IN_ENGLISH: &[&str] = &[
    "Pékin",
    "Moscou",
    "Chine",
    "Russie",
    "Maison Blanche",
    "Union européenne",
    "États-Unis",
    "ambassade",
    "Washington Put",
    "White Home",
];

#[test]
fn issue3_every_term_rendered_as_the_glossary_says_in_every_sentence() {
    let v = brief_json();
    let mut failures = Vec::new();
    for (id, terms) in TERMS {
        let s = segment(&v, *id);
        let fr = text(s, "fr");
        let en = text(s, "en");
        let checks = s["glossary"].as_array().unwrap();
        for (term_fr, term_en) in *terms {
            assert!(
                fr.to_lowercase().contains(&term_fr.to_lowercase()),
                "test table: {term_fr:?} is not in segment {id}"
            );
            if !contains_words(en, term_en) {
                failures.push(format!(
                    "segment {id}: {term_fr} → want {term_en:?} in {en:?}"
                ));
            }
            // The JSON proves it: a check for this term, found.
            let check = checks
                .iter()
                .find(|c| text(c, "fr").to_lowercase() == term_fr.to_lowercase())
                .or_else(|| checks.iter().find(|c| text(c, "fr").contains(term_fr)));
            match check {
                Some(c) if c["found"] == true && text(c, "en").contains(term_en) => {}
                Some(c) => failures.push(format!("segment {id}: glossary check {c}")),
                None => failures.push(format!("segment {id}: no glossary check for {term_fr}")),
            }
        }
        for c in checks {
            if c["found"] != true {
                failures.push(format!("segment {id}: not found: {c}"));
            }
        }
        for french in NEVER_IN_ENGLISH {
            if contains_words(en, french) {
                failures.push(format!("segment {id}: {french:?} left in {en:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn issue3_no_placeholder_reaches_any_output() {
    for format in ["json", "markdown", "text", "html", "xliff", "tmx"] {
        let sub = if format == "json" || format == "markdown" {
            "brief"
        } else {
            "translate"
        };
        let (stdout, stderr) = run_sample(sub, &["--format", format]);
        assert!(
            placeholders(&stdout).is_empty() && placeholders(&stderr).is_empty(),
            "{sub} --format {format}: {:?} {:?}",
            placeholders(&stdout),
            placeholders(&stderr)
        );
        if sub == "translate" {
            // The glossary summary line on stderr (issue 3), unless -q.
            assert!(
                stderr.contains("glossary: ") && stderr.contains(" rendered"),
                "{stderr}"
            );
        }
    }
    // The helper itself recognizes a token.
    assert_eq!(placeholders("the Zqab of Qxcd."), ["Zqab", "Qxcd"]);
    assert!(contains_words("the Chinese embassy", "Chinese embassy"));
    assert!(!contains_words("the Chinese embassy", "Chine"));
}

#[test]
fn issue3_summary_line_counts_every_term_and_quiet_silences_it() {
    let v = brief_json();
    let total: usize = v["segments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["glossary"].as_array().unwrap().len())
        .sum();
    let (_, stderr) = run_sample("brief", &["--format", "json"]);
    assert!(
        stderr.contains(&format!("glossary: {total} terms, {total} rendered")),
        "{stderr}"
    );
    let (_, quiet) = run_sample("brief", &["--format", "json", "-q"]);
    assert!(!quiet.contains("glossary:"), "{quiet}");
}

#[test]
fn issue3_glossary_warnings_reach_stderr_and_the_user_entry_wins() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("terms.tsv"),
        "fr\ten\tkind\tnote\nKremlin\tthe Kremlin\torganization\t\n\
         Kremlin\tKremlin Palace\torganization\t\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("a.txt"), "Le Kremlin a parlé.\n").unwrap();
    let out = passerelle(dir.path())
        .args([
            "translate",
            "-b",
            "apertium",
            "--no-cache",
            "-f",
            "json",
            "-q",
        ])
        .args(["-g", "terms.tsv", "a.txt"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("terms.tsv:3:") && stderr.contains("the later line wins"),
        "{stderr}"
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let s = segment(&v, 1);
    assert_eq!(s["glossary"][0]["en"], "Kremlin Palace");
    assert_eq!(s["glossary"][0]["found"], true);
    assert!(contains_words(text(s, "en"), "Kremlin Palace"), "{s}");
}

// ---------------------------------------------------------------------------------------------
// Issue 6: the brief names the right speakers
// ---------------------------------------------------------------------------------------------

/// Who speaks in each sentence that carries a claim: words the speaker must contain, its
/// `speaker_kind`, and the claim `kind` where the article makes it clear.
const CLAIMS: &[(u64, &[&str], &str, Option<&str>)] = &[
    // « des fonctionnaires américains anonymes qui affirment … », cited by the FT, WaPo, NYT.
    (
        1,
        &[
            "fonctionnaires américains anonymes",
            "Financial Times",
            "Washington Post",
            "New York Times",
        ],
        "anonymous",
        Some("statement"),
    ),
    (3, &["New York Times"], "media", None),
    // « selon ces publications »: the three media of the first sentence.
    (4, &["New York Times"], "media", None),
    (
        5,
        &["porte-parole de l'ambassade de Chine à Washington"],
        "role",
        Some("denial"),
    ),
    (7, &["Li Keqiang"], "person", Some("call")),
    (10, &["Emily Horne"], "person", None),
    (11, &["Jake Sullivan"], "person", None),
    // « …, a-t-il insisté »: the pronoun resolved to the last named man.
    (12, &["Jake Sullivan"], "person", None),
    (13, &["Jake Sullivan"], "person", Some("warning")),
];

#[test]
fn issue6_brief_names_the_right_speaker_for_every_claim() {
    let v = brief_json();
    let claims = v["claims"].as_array().unwrap();
    let by_segment =
        |id: u64| -> Vec<&Value> { claims.iter().filter(|c| c["segment"] == id).collect() };
    let mut failures = Vec::new();
    for (id, speaker_words, speaker_kind, kind) in CLAIMS {
        let found = by_segment(*id);
        let Some(c) = found.first() else {
            failures.push(format!("segment {id}: no claim"));
            continue;
        };
        let speaker = text(c, "speaker");
        for w in *speaker_words {
            if !speaker.contains(w) {
                failures.push(format!("segment {id}: speaker {speaker:?} lacks {w:?}"));
            }
        }
        if c["speaker_kind"] != *speaker_kind {
            failures.push(format!("segment {id}: speaker_kind {}", c["speaker_kind"]));
        }
        if let Some(kind) = kind {
            if c["kind"] != *kind {
                failures.push(format!("segment {id}: kind {} (want {kind})", c["kind"]));
            }
        }
        // A claim is its segment, in both languages.
        let s = segment(&v, *id);
        if c["fr"] != s["fr"] || c["en"] != s["en"] {
            failures.push(format!("segment {id}: claim text differs from its segment"));
        }
    }
    // Sentences without a speaker carry no claim.
    let expected: BTreeSet<u64> = CLAIMS.iter().map(|c| c.0).collect();
    let got: BTreeSet<u64> = claims
        .iter()
        .map(|c| c["segment"].as_u64().unwrap())
        .collect();
    if got != expected {
        failures.push(format!("claims on segments {got:?}, want {expected:?}"));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    let claim = |id: u64| by_segment(id)[0];
    // Anonymous sourcing is hedged; the direct quotes are quotes.
    assert_eq!(claim(1)["unconfirmed"], true);
    for id in [5, 10, 11, 12, 13] {
        assert_eq!(claim(id)["quote"], true, "segment {id}");
    }
    assert_eq!(claim(12)["cue"], "a-t-il insisté");
    assert_eq!(claim(13)["cue"], "a prévenu");
    // Emily Horne's role comes from the apposition (the optional `role` field).
    assert!(text(claim(10), "role").contains("porte-parole"));
    assert!(text(claim(7), "role").contains("Premier ministre"));
    // The summary points at real segments, in article order.
    let summary: Vec<u64> = v["summary"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i.as_u64().unwrap())
        .collect();
    assert_eq!(summary.len(), 5, "default summary length");
    assert!(
        summary.windows(2).all(|w| w[0] < w[1]) && summary.iter().all(|i| (1..=13).contains(i))
    );
}

#[test]
fn issue6_markdown_brief_shows_the_claims_table_with_speakers() {
    let (md, _) = run_sample("brief", &[]);
    assert!(md.contains("2022-03"), "{md}");
    for speaker in [
        "Li Keqiang",
        "Emily Horne",
        "Jake Sullivan",
        "New York Times",
    ] {
        assert!(
            md.lines()
                .any(|l| l.starts_with('|') && l.contains(speaker)),
            "no table row names {speaker}"
        );
    }
    assert!(placeholders(&md).is_empty());
}

#[test]
fn readme_brief_excerpt_is_what_the_tool_writes() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let start = readme
        .find("````markdown\n")
        .expect("README has the brief excerpt")
        + "````markdown\n".len();
    let len = readme[start..].find("````").expect("excerpt closed");
    let excerpt = &readme[start..start + len];
    // The command README names, run from the repository root as a user would.
    let dir = tempfile::tempdir().unwrap();
    let out = passerelle(dir.path())
        .current_dir(root())
        .args([
            "brief",
            "--backend",
            "apertium",
            "--summary",
            "2",
            "--no-cache",
            SAMPLE,
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let brief = String::from_utf8(out.stdout).unwrap();
    let lines: BTreeSet<&str> = brief.lines().collect();
    let stale: Vec<&str> = excerpt
        .lines()
        .filter(|l| !l.is_empty() && *l != "…" && !lines.contains(l))
        .collect();
    assert!(
        stale.is_empty(),
        "README excerpt lines the tool no longer writes: {stale:#?}"
    );
    assert!(excerpt.lines().filter(|l| l.starts_with("| ")).count() >= 4);
}

// ---------------------------------------------------------------------------------------------
// `passerelle backends --cleanup`: the DeepL glossaries Passerelle made, and only those
// ---------------------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn backends_cleanup_deletes_only_passerelle_glossaries() {
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    const KEY: &str = "ACCEPTANCE-planted-key-31c9";
    let server = MockServer::start().await;
    // DeepL's documented contract: GET /v2/glossaries lists, DELETE /v2/glossaries/{id} → 204.
    let glossary = |id: &str, name: &str| {
        serde_json::json!({"glossary_id": id, "name": name, "ready": true,
            "source_lang": "fr", "target_lang": "en", "creation_time": "2022-03-14T10:00:00Z",
            "entry_count": 3})
    };
    Mock::given(method("GET"))
        .and(path("/v2/glossaries"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "glossaries": [
                glossary("g-1", "passerelle-0a1b2c"),
                glossary("g-user", "my terms"),
                glossary("g-2", "passerelle-3d4e5f"),
            ]
        })))
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;

    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("passerelle.toml"),
        format!(
            "[backends.team-deepl]\nkind = \"deepl\"\nurl = \"{}\"\n\
             api_key_env = \"PASSERELLE_ACCEPTANCE_KEY\"\nmax_retries = 0\n",
            server.uri()
        ),
    )
    .unwrap();
    let dir_path = dir.path().to_path_buf();
    let out = tokio::task::spawn_blocking(move || {
        passerelle(&dir_path)
            .env("PASSERELLE_ACCEPTANCE_KEY", KEY)
            .args(["backends", "--cleanup"])
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}{stderr}");
    assert!(
        stdout.contains("team-deepl: 2 glossaries deleted"),
        "{stdout}"
    );
    assert!(!stdout.contains(KEY) && !stderr.contains(KEY));

    let deleted: BTreeSet<String> = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .filter(|r| r.method.as_str() == "DELETE")
        .map(|r| r.url.path().to_string())
        .collect();
    let want: BTreeSet<String> = ["/v2/glossaries/g-1", "/v2/glossaries/g-2"]
        .map(String::from)
        .into();
    assert_eq!(deleted, want);
}

#[test]
fn backends_cleanup_without_a_key_names_the_variable_and_exits_3() {
    let dir = tempfile::tempdir().unwrap();
    let out = passerelle(dir.path())
        .env_remove("DEEPL_AUTH_KEY")
        .args(["backends", "--cleanup"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("DEEPL_AUTH_KEY"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(out.stdout.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Issue 9: ARCHITECTURE.md matches the code
// ---------------------------------------------------------------------------------------------

/// Every `src/...` path written in `doc`, trailing punctuation removed.
fn paths_named(doc: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = doc;
    while let Some(i) = rest.find("src/") {
        let before = rest[..i].chars().next_back();
        let tail = &rest[i..];
        let len = tail
            .find(|c: char| !(c.is_ascii_alphanumeric() || "/_.-".contains(c)))
            .unwrap_or(tail.len());
        let path = tail[..len].trim_end_matches(['.', '-']);
        // `src/` inside a longer word (e.g. `mysrc/`) is not a path of ours.
        if !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
            out.insert(path.to_string());
        }
        rest = &tail[len.max(4)..];
    }
    out
}

/// Every module file under `src/`, as a path relative to the root.
fn module_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            module_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path.strip_prefix(root()).unwrap().to_path_buf());
        }
    }
}

#[test]
fn architecture_md_names_every_module_and_only_existing_ones() {
    let doc = std::fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
    let named = paths_named(&doc);
    assert!(
        named.len() > 20,
        "ARCHITECTURE.md names too few paths: {named:?}"
    );

    let missing: Vec<&String> = named
        .iter()
        .filter(|p| !root().join(p.as_str()).exists())
        .collect();
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md names paths that do not exist: {missing:?}"
    );

    let mut files = Vec::new();
    module_files(&root().join("src"), &mut files);
    let unnamed: Vec<String> = files
        .iter()
        .map(|f| f.to_string_lossy().replace('\\', "/"))
        .filter(|f| {
            // A `mod.rs` is named by its directory too.
            let dir_form = f
                .strip_suffix("mod.rs")
                .map(|d| [d.to_string(), d.trim_end_matches('/').to_string()]);
            !named.contains(f)
                && !dir_form.is_some_and(|forms| forms.iter().any(|d| named.contains(d)))
        })
        .collect();
    assert!(
        unnamed.is_empty(),
        "modules ARCHITECTURE.md does not name: {unnamed:?}"
    );
}

#[test]
fn paths_named_reads_paths_out_of_prose() {
    let named = paths_named("See `src/glossary/`, src/cache.rs. And mysrc/x.rs, src/qa/mod.rs-");
    let want: BTreeSet<String> = ["src/glossary/", "src/cache.rs", "src/qa/mod.rs"]
        .map(String::from)
        .into();
    assert_eq!(named, want);
}

/// The type names `doc` quotes: CamelCase words inside backticks (`AlignedDocument`,
/// `TranslateError::check_count`, `Claim.role`, `Segment { id, … }`), each once.
fn types_named(doc: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (i, quoted) in doc.split('`').enumerate() {
        if i % 2 == 0 || quoted.contains('/') {
            continue; // outside backticks, or a path
        }
        let words = quoted.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'));
        for word in words {
            let mut chars = word.chars();
            let camel = chars.next().is_some_and(|c| c.is_ascii_uppercase())
                && word.chars().any(|c| c.is_ascii_lowercase())
                && word.chars().all(|c| c.is_ascii_alphanumeric());
            if camel {
                out.insert(word.to_string());
            }
        }
    }
    out
}

/// Whether `name` is defined in `sources`: a struct, enum, trait, type or an enum variant.
fn defined(sources: &[String], name: &str) -> bool {
    sources.iter().any(|text| {
        text.lines().any(|line| {
            let l = line.trim_start();
            let l = l.strip_prefix("pub ").unwrap_or(l);
            let l = l.strip_prefix("pub(crate) ").unwrap_or(l);
            ["struct ", "enum ", "trait ", "type "].iter().any(|kw| {
                l.strip_prefix(kw).is_some_and(|rest| {
                    rest.strip_prefix(name)
                        .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric() || c == '_'))
                })
            }) || l.strip_prefix(name).is_some_and(|r| {
                // An enum variant: `Name,` `Name {` `Name(` alone on its line.
                let r = r.trim_end();
                r.is_empty() || r == "," || r.starts_with(" {") || r.starts_with('(')
            })
        })
    })
}

#[test]
fn architecture_md_names_only_types_that_exist() {
    let doc = std::fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
    // The library's types, the workspace's other crates' (`crates/syntax`: `Parser`), and the
    // test helpers' (`Kind`, `Vendor` of the HTTP mocks).
    let mut files = Vec::new();
    module_files(&root().join("src"), &mut files);
    module_files(&root().join("crates"), &mut files);
    module_files(&root().join("tests"), &mut files);
    let sources: Vec<String> = files
        .iter()
        .map(|f| std::fs::read_to_string(root().join(f)).unwrap())
        .collect();
    // Names of the standard library and of dependencies, not Passerelle's to define.
    const FOREIGN: &[&str] = &[
        "Debug",
        "Display",
        "Serialize",
        "Deserialize",
        "Write",
        "Result",
        "String",
        "Vec",
    ];
    let mut named = types_named(&doc);
    named.retain(|n| !FOREIGN.contains(&n.as_str()));
    assert!(named.len() > 20, "too few type names found: {named:?}");
    let missing: Vec<&String> = named.iter().filter(|n| !defined(&sources, n)).collect();
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md names types that neither src/, crates/ nor tests/ define: {missing:?}"
    );
    // The check itself can fail.
    assert!(!defined(&sources, "QaFinding"));
    assert!(defined(&sources, "Finding") && defined(&sources, "Unavailable"));
}
