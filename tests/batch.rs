//! Batch mode end to end: directories and `--jsonl` in, `-o DIR` and `--format jsonl` out,
//! segments of many articles pooled into backend calls, failures isolated to their articles,
//! and a run killed halfway resumed through the translation memory with only the missing
//! sentences sent again. The backend is a real `command` engine: a shell script that logs every
//! line it is sent and counts its calls, so the tests count what was translated.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

mod common;

/// The counting engine: logs its input lines to `lines.log` and its calls to `calls` (next to
/// itself), tags each line `[EN] `; on call `$KILL_AT` it SIGKILLs its parent (the passerelle
/// process: a crash), on call `$FAIL_AT` it fails like a broken engine.
const ENGINE: &str = r#"#!/bin/sh
dir=$(dirname "$0")
n=$(( $(cat "$dir/calls" 2>/dev/null || echo 0) + 1 ))
echo "$n" > "$dir/calls"
input=$(cat)
printf '%s\n' "$input" >> "$dir/lines.log"
if [ "$n" = "${KILL_AT:-0}" ]; then kill -9 "$PPID"; sleep 1; exit 1; fi
if [ "$n" = "${FAIL_AT:-0}" ]; then echo "engine crashed" >&2; exit 3; fi
if [ -n "${FAIL_ON:-}" ] && printf '%s\n' "$input" | grep -q "$FAIL_ON"; then echo "engine crashed" >&2; exit 3; fi
printf '%s\n' "$input" | sed 's/^/[EN] /'
"#;

/// A test directory with the counting engine configured as backend `count`.
struct Bench {
    dir: tempfile::TempDir,
}

impl Bench {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let engine = dir.path().join("engine/count.sh");
        std::fs::create_dir_all(engine.parent().unwrap()).unwrap();
        std::fs::write(&engine, ENGINE).unwrap();
        std::fs::write(
            dir.path().join("passerelle.toml"),
            format!(
                "backend = \"count\"\n[backends.count]\nkind = \"command\"\ncommand = [\"sh\", {:?}]\n",
                engine.display().to_string()
            ),
        )
        .unwrap();
        Bench { dir }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// `passerelle` in the test directory: its config, its own cache, no glossary.
    fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = common::passerelle(self.path());
        cmd.env_remove("KILL_AT")
            .env_remove("FAIL_AT")
            .env_remove("FAIL_ON")
            .args(args)
            .args(["--config", "passerelle.toml", "--no-default-glossary"]);
        cmd
    }

    fn calls(&self) -> usize {
        std::fs::read_to_string(self.path().join("engine/calls"))
            .map(|s| s.trim().parse().expect("a count"))
            .unwrap_or(0)
    }

    /// The lines the engine has been sent so far, and forgets them.
    fn take_lines(&self) -> Vec<String> {
        let log = self.path().join("engine/lines.log");
        let text = std::fs::read_to_string(&log).unwrap_or_default();
        let _ = std::fs::remove_file(&log);
        text.lines().map(String::from).collect()
    }
}

/// The sentences of article `k`: `k % 3 + 2` distinct one-sentence paragraphs.
fn sentences(k: usize) -> Vec<String> {
    (1..=k % 3 + 2)
        .map(|j| format!("Article {k}, phrase {j}, le conseil municipal a voté le budget."))
        .collect()
}

/// Writes articles `ks` into `dir` as `aNN.txt`.
fn write_articles(dir: &Path, ks: impl IntoIterator<Item = usize>) -> Vec<PathBuf> {
    std::fs::create_dir_all(dir).unwrap();
    ks.into_iter()
        .map(|k| {
            let path = dir.join(format!("a{k:03}.txt"));
            std::fs::write(&path, sentences(k).join("\n\n") + "\n").unwrap();
            path
        })
        .collect()
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

#[test]
fn a_run_killed_halfway_resumes_translating_only_the_missing_sentences() {
    let b = Bench::new();
    // 100 articles, 50 at the top and 50 in a subdirectory; windows of 25 articles: 4 calls.
    write_articles(&b.path().join("articles"), 1..=50);
    write_articles(&b.path().join("articles/lundi"), 51..=100);
    let args = [
        "brief",
        "-f",
        "json",
        "--window",
        "25",
        "-o",
        "out/",
        "articles/",
    ];

    // First run: the engine kills passerelle during its third call.
    let first = b.cmd(&args).env("KILL_AT", "3").output().unwrap();
    assert!(!first.status.success(), "the run was killed");
    assert_eq!(b.calls(), 3);
    let sent_first = b.take_lines();
    let all: Vec<String> = (1..=100).flat_map(sentences).collect();
    assert_eq!(sent_first, all[..sent_first.len()]);
    let out = b.path().join("out");
    let written: Vec<bool> = (1..=100)
        .map(|k| {
            let sub = if k <= 50 { "" } else { "lundi/" };
            out.join(format!("{sub}a{k:03}.json")).exists()
        })
        .collect();
    assert_eq!(
        written,
        [[true; 50], [false; 50]].concat(),
        "windows 1-2 written"
    );
    let kept = std::fs::read(out.join("a004.json")).unwrap();

    // Second run, same command: only articles 51-100 (windows 3 and 4) go to the engine.
    b.cmd(&args)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "50 outputs already there, kept and not translated again",
        ));
    assert_eq!(b.calls(), 5);
    let missing: Vec<String> = (51..=100).flat_map(sentences).collect();
    assert_eq!(sorted(b.take_lines()), sorted(missing));
    for k in 1..=100 {
        let sub = if k <= 50 { "" } else { "lundi/" };
        let v: Value = serde_json::from_slice(
            &std::fs::read(out.join(format!("{sub}a{k:03}.json"))).expect("brief written"),
        )
        .unwrap();
        assert_eq!(v["source"], format!("articles/{sub}a{k:03}.txt"));
        let en = common::segment_texts(&v, "en");
        let want: Vec<String> = sentences(k).iter().map(|s| format!("[EN] {s}")).collect();
        assert_eq!(en, want);
    }
    assert_eq!(std::fs::read(out.join("a004.json")).unwrap(), kept);

    // Third run: every output is there, no engine call, nothing rewritten.
    b.cmd(&args)
        .assert()
        .success()
        .stderr(predicate::str::contains("100 outputs already there"));
    assert_eq!(b.calls(), 5);
    // An output edited by hand is kept without --force; with it, rewritten from the memory.
    std::fs::write(out.join("a002.json"), "edited by hand").unwrap();
    b.cmd(&args).assert().success();
    assert_eq!(
        std::fs::read_to_string(out.join("a002.json")).unwrap(),
        "edited by hand"
    );
    b.cmd(&[&args[..], &["--force"]].concat())
        .assert()
        .success()
        .stderr(predicate::str::contains("(99 outputs already up to date)"));
    assert_eq!(b.calls(), 5);
    assert_ne!(
        std::fs::read_to_string(out.join("a002.json")).unwrap(),
        "edited by hand"
    );
}

#[test]
fn existing_outputs_are_judged_before_any_backend_call() {
    let b = Bench::new();
    write_articles(&b.path().join("in"), 1..=3);
    // -o DIR: an output already there (here with other content) costs no backend call; the
    // other articles are translated.
    std::fs::create_dir_all(b.path().join("out")).unwrap();
    std::fs::write(b.path().join("out/a001.md"), "mine\n").unwrap();
    b.cmd(&["translate", "--no-cache", "-o", "out/", "in/"])
        .assert()
        .success()
        .stderr(predicate::str::contains("1 output already there, kept"));
    assert_eq!(
        std::fs::read(b.path().join("out/a001.md")).unwrap(),
        b"mine\n"
    );
    assert!(b.path().join("out/a002.md").is_file() && b.path().join("out/a003.md").is_file());
    let sent = b.take_lines().join("\n");
    assert!(!sent.contains("Article 1,"), "article 1 was sent: {sent}");
    assert!(
        sent.contains("Article 2,") && sent.contains("Article 3,"),
        "{sent}"
    );
    // Every output there: nothing is sent, exit 0.
    let calls = b.calls();
    b.cmd(&["translate", "--no-cache", "-o", "out/", "in/"])
        .assert()
        .success()
        .stderr(predicate::str::contains("3 outputs already there"));
    assert_eq!(b.calls(), calls, "no backend call");
    // -o FILE: an existing file, identical or not, is refused before any call.
    b.cmd(&["translate", "--no-cache", "-o", "one.md", "in/a002.txt"])
        .assert()
        .success();
    let calls = b.calls();
    b.cmd(&["translate", "--no-cache", "-o", "one.md", "in/a002.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "one.md: already exists; use --force",
        ));
    assert_eq!(b.calls(), calls, "no backend call");
}

#[test]
fn a_failed_backend_call_fails_its_articles_only_and_a_rerun_sends_only_those() {
    let b = Bench::new();
    write_articles(&b.path().join("in"), 1..=6);
    let args = [
        "translate",
        "-f",
        "text",
        "--window",
        "2",
        "-o",
        "out",
        "in",
    ];
    // The engine fails on article 3's sentences: the second call (articles 3 and 4) fails,
    // each article of it is sent again alone, and only article 3 fails; the others are
    // written.
    b.cmd(&args)
        .env("FAIL_ON", "Article 3,")
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("in/a003.txt: count: ")
                .and(predicate::str::contains("in/a004.txt").not())
                .and(predicate::str::contains("engine crashed"))
                .and(predicate::str::contains("5 articles"))
                .and(predicate::str::contains("1 failed")),
        );
    assert_eq!(b.calls(), 5);
    let out = b.path().join("out");
    let exists: Vec<bool> = (1..=6)
        .map(|k| out.join(format!("a{k:03}.txt")).exists())
        .collect();
    assert_eq!(exists, [true, true, false, true, true, true]);
    assert_eq!(
        std::fs::read_to_string(out.join("a005.txt")).unwrap(),
        sentences(5)
            .iter()
            .map(|s| format!("[EN] {s}\n"))
            .collect::<Vec<_>>()
            .join("\n")
    );
    b.take_lines();
    b.cmd(&args).assert().success();
    assert_eq!(b.calls(), 6);
    let missing: Vec<String> = sentences(3);
    assert_eq!(b.take_lines(), missing);
}

#[test]
fn the_summary_line_says_what_the_memory_answered_and_what_failed() {
    let b = Bench::new();
    write_articles(b.path(), [1, 2]);
    // Article 1: 3 sentences, article 2: 4. A first run: nothing from the memory.
    b.cmd(&["translate", "-f", "text", "a001.txt"])
        .assert()
        .success()
        .stderr(
            predicate::str::contains("1 article (3 sentences) translated")
                .and(predicate::str::contains("memory").not()),
        );
    // Again with article 2: article 1's three sentences come from the memory.
    b.cmd(&["translate", "-f", "jsonl", "a001.txt", "a002.txt"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "2 articles (7 sentences, 3 from the translation memory) translated",
        ));
    // A rerun: the backend is not called, and the line says so.
    let calls = b.calls();
    b.cmd(&["translate", "-f", "jsonl", "a001.txt", "a002.txt"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "2 articles (7 sentences, all from the translation memory) translated",
        ));
    assert_eq!(b.calls(), calls);
    // Without the memory, nothing is said about it.
    b.cmd(&["translate", "-f", "text", "--no-cache", "a001.txt"])
        .assert()
        .success()
        .stderr(predicate::str::contains("memory").not());
    // Failed JSONL lines are counted in the summary line (and make exit 1).
    std::fs::write(
        b.path().join("feed.jsonl"),
        "{\"id\": 1, \"text\": \"Le maire a parlé.\"}\nnot json\n{\"id\": 3, \"text\": 3}\n",
    )
    .unwrap();
    b.cmd(&["translate", "-f", "jsonl", "--jsonl", "feed.jsonl"])
        .assert()
        .code(1)
        .stderr(predicate::str::is_match(r"1 article \(1 sentence.*; 2 failed\n").unwrap());
}

#[test]
fn jsonl_in_jsonl_out_in_input_order_pooled_into_one_call() {
    let b = Bench::new();
    let lines = [
        r#"{"id": "lemonde-1", "text": "Le maire a parlé. Il a promis un budget.", "date": "2024-05-02"}"#,
        r#"{"id": 2, "text": "Deuxième article."}"#,
        "not json at all",
        r#"{"id": "vide", "text": "   "}"#,
        r#"{"id": "lemonde-3", "text": "Troisième article.\n\nSecond paragraphe."}"#,
    ];
    std::fs::write(b.path().join("feed.jsonl"), lines.join("\n") + "\n").unwrap();
    std::fs::write(b.path().join("file.txt"), "Un fichier aussi.\n").unwrap();
    let assert = b
        .cmd(&[
            "translate",
            "-f",
            "jsonl",
            "file.txt",
            "--jsonl",
            "feed.jsonl",
        ])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("feed.jsonl:3: not a JSON object")
                .and(predicate::str::contains("feed.jsonl:4: empty input"))
                .and(predicate::str::contains("4 articles")),
        );
    // Five good articles' sentences, one backend call.
    assert_eq!(b.calls(), 1);
    assert_eq!(b.take_lines().len(), 6);
    let stdout = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    let objects: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object a line"))
        .collect();
    let sources: Vec<&str> = objects
        .iter()
        .map(|o| o["source"].as_str().unwrap())
        .collect();
    assert_eq!(sources, ["file.txt", "lemonde-1", "2", "lemonde-3"]);
    assert_eq!(objects[1]["metadata"]["date"], "2024-05-02");
    assert_eq!(
        objects[1]["segments"][1]["en"],
        "[EN] Il a promis un budget."
    );
    assert_eq!(objects[3]["segments"][1]["paragraph"], 2);

    // Into a file: the same stream; briefs carry their claims and summary.
    b.cmd(&[
        "brief",
        "-q",
        "-f",
        "jsonl",
        "-o",
        "briefs.jsonl",
        "--jsonl",
        "feed.jsonl",
    ])
    .assert()
    .code(1)
    .stdout("")
    .stderr(predicate::str::contains("feed.jsonl:3"));
    let text = std::fs::read_to_string(b.path().join("briefs.jsonl")).unwrap();
    let briefs: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(briefs.len(), 3);
    assert!(briefs
        .iter()
        .all(|v| v["summary"].is_array() && v["claims"].is_array()));
    // The sentences all from the memory: the one more call is the claims' speakers, which the
    // brief gives in English too (issue 14 item 13).
    let sent = b.take_lines();
    assert!(b.calls() <= 2, "{sent:?}");
    for sentence in [
        "Le maire a parlé.",
        "Il a promis un budget.",
        "Deuxième article.",
        "Troisième article.",
        "Second paragraphe.",
        "Un fichier aussi.",
    ] {
        assert!(!sent.iter().any(|l| l == sentence), "{sentence}: {sent:?}");
    }
    // A JSONL stream cannot go to a directory.
    std::fs::create_dir(b.path().join("d")).unwrap();
    b.cmd(&["translate", "-f", "jsonl", "-o", "d", "file.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("writes one stream"));
}

#[test]
fn directories_with_glob_bad_inputs_reported_quiet_is_quiet() {
    let b = Bench::new();
    let dir = b.path().join("in");
    write_articles(&dir, 1..=3);
    std::fs::write(dir.join("latin1.txt"), b"Le caf\x00 est ferm\xe9.\n").unwrap();
    std::fs::write(dir.join("notes.md"), "Une note.\n").unwrap();
    b.cmd(&["translate", "-q", "-f", "text", "-o", "out", "in"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("in/latin1.txt: ")
                .and(predicate::str::contains("UTF-8"))
                .and(predicate::str::contains("articles").not()),
        );
    assert!(b.path().join("out/a003.txt").exists());
    assert!(!b.path().join("out/latin1.txt").exists());
    // --glob picks other files; only what it matches is translated.
    b.take_lines();
    b.cmd(&[
        "translate",
        "-q",
        "--glob",
        "*.md",
        "-f",
        "text",
        "-o",
        "notes",
        "in",
    ])
    .assert()
    .success()
    .stderr("");
    assert_eq!(b.take_lines(), ["Une note."]);
    assert_eq!(
        std::fs::read_to_string(b.path().join("notes/notes.txt")).unwrap(),
        "[EN] Une note.\n"
    );
    // A directory where nothing matches is a usage error, nothing written.
    b.cmd(&["translate", "--glob", "*.xml", "-o", "none", "in"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no file matching *.xml"));
    assert!(!b.path().join("none").exists());
}

/// A DeepL `/v2/translate` endpoint (the documented contract: JSON body with a `text` array of
/// at most 50 strings, `DeepL-Auth-Key` header; `translations` back in order) that tags texts.
struct DeeplMock;

impl wiremock::Respond for DeeplMock {
    fn respond(&self, req: &wiremock::Request) -> wiremock::ResponseTemplate {
        let auth = req
            .headers
            .get("authorization")
            .and_then(|v| v.to_str().ok());
        if auth != Some("DeepL-Auth-Key batch-test-key") {
            return wiremock::ResponseTemplate::new(403);
        }
        let Ok(body) = req.body_json::<Value>() else {
            return wiremock::ResponseTemplate::new(400);
        };
        let Some(texts) = body["text"].as_array().filter(|t| t.len() <= 50) else {
            return wiremock::ResponseTemplate::new(400);
        };
        let translations: Vec<Value> = texts
            .iter()
            .map(|t| {
                serde_json::json!({"detected_source_language": "FR",
                                   "text": format!("[EN] {}", t.as_str().unwrap_or(""))})
            })
            .collect();
        wiremock::ResponseTemplate::new(200)
            .set_body_json(serde_json::json!({ "translations": translations }))
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn deepl_batches_are_filled_across_articles() {
    let server = wiremock::MockServer::start().await;
    wiremock::Mock::given(wiremock::matchers::method("POST"))
        .and(wiremock::matchers::path("/v2/translate"))
        .respond_with(DeeplMock)
        .mount(&server)
        .await;
    let b = Bench::new();
    std::fs::write(
        b.path().join("passerelle.toml"),
        format!(
            "[backends.deepl]\nkind = \"deepl\"\nurl = \"{}\"\napi_key_env = \"BATCH_TEST_DEEPL_KEY\"\n",
            server.uri()
        ),
    )
    .unwrap();
    // 40 articles of 2 to 4 sentences: 120 sentences.
    write_articles(&b.path().join("in"), 1..=40);
    let total: usize = (1..=40).map(|k| sentences(k).len()).sum();
    assert_eq!(total, 120);
    let mut cmd = b.cmd(&[
        "brief", "-q", "-b", "deepl", "-f", "json", "-o", "out", "in",
    ]);
    cmd.env("BATCH_TEST_DEEPL_KEY", "batch-test-key");
    tokio::task::spawn_blocking(move || cmd.assert().success())
        .await
        .unwrap();
    let requests = server.received_requests().await.unwrap();
    let mut sizes: Vec<usize> = requests
        .iter()
        .map(|r| {
            r.body_json::<Value>().unwrap()["text"]
                .as_array()
                .unwrap()
                .len()
        })
        .collect();
    sizes.sort_unstable();
    // Full batches of 50 across article boundaries, not one request per article.
    assert_eq!(sizes, [20, 50, 50]);
    let v: Value =
        serde_json::from_slice(&std::fs::read(b.path().join("out/a040.json")).unwrap()).unwrap();
    assert_eq!(v["segments"][1]["en"], format!("[EN] {}", sentences(40)[1]));
}
