//! The `passerelle` binary end to end: the Apertium and command backends, the subcommands,
//! output files, several inputs, stdin, and the exit codes of design §3.
//!
//! Every test runs in its own temporary directory with a clean environment (no config, no
//! backend override), so nothing on the machine leaks in. The Apertium tests run the real
//! `apertium` (installed by `.ci/run`).

use std::path::{Path, PathBuf};
use std::process::Stdio;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

const SAMPLE: &str = "ukraine-chine-2022-03.fr.txt";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// `passerelle` run in `dir`, with no config or backend from the environment.
mod common;
use common::{passerelle, stdout_of};

/// A config in `dir` with command backends driven by the scripts in tests/fixtures/engines.
fn engines_config(dir: &Path) -> PathBuf {
    let engine = |name: &str| {
        fixture("engines")
            .join(name)
            .display()
            .to_string()
            .replace('\\', "\\\\")
    };
    let config = format!(
        "[backends.tag]\nkind = \"command\"\ncommand = [\"sh\", \"{}\"]\n\n\
         [backends.drop]\nkind = \"command\"\ncommand = [\"sh\", \"{}\"]\n\n\
         [backends.fail]\nkind = \"command\"\ncommand = [\"sh\", \"{}\"]\n\n\
         [backends.cat]\nkind = \"command\"\ncommand = [\"cat\"]\n\n\
         [backends.nomode]\nkind = \"apertium\"\nchain = [\"fr-es\", \"xx-yy\"]\n",
        engine("tag.sh"),
        engine("drop-last.sh"),
        engine("fail.sh"),
    );
    let path = dir.join("passerelle.toml");
    std::fs::write(&path, config).expect("config written");
    path
}

/// `passerelle SUBCOMMAND -b tag --no-default-glossary --config CONFIG` in `dir`: the tagging
/// engine of [`engines_config`] without the shipped glossary, so that each sentence comes back
/// as `[EN] ` and its French. The test adds the other arguments.
fn tagged(dir: &Path, config: &Path, subcommand: &str) -> Command {
    let mut cmd = passerelle(dir);
    cmd.args([subcommand, "-b", "tag", "--no-default-glossary", "--config"])
        .arg(config);
    cmd
}

fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("tempdir")
}

fn json_of(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}",
            String::from_utf8_lossy(bytes)
                .chars()
                .take(400)
                .collect::<String>()
        )
    })
}

/// The sentences `passerelle segment` finds in `input`.
fn segment_lines(dir: &Path, input: &Path) -> Vec<String> {
    stdout_of(passerelle(dir).arg("segment").arg(input))
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn apertium_translates_the_sample_article_end_to_end() {
    let dir = tempdir();
    let sample = fixture(SAMPLE);
    let sentences = segment_lines(dir.path(), &sample);
    let out = passerelle(dir.path())
        .args(["translate", "--backend", "apertium", "--format", "json"])
        .arg(&sample)
        .assert()
        .success()
        .stderr(predicate::str::contains("translated with apertium"))
        .get_output()
        .stdout
        .clone();
    let v = json_of(&out);
    assert_eq!(v["metadata"]["date"], "2022-03", "{}", v["metadata"]);
    assert_eq!(v["backend"]["kind"], "apertium");
    assert_eq!(v["backend"]["detail"], "fr-es → spa-eng");
    assert!(v["source"].as_str().expect("source").ends_with(SAMPLE));
    let segments = v["segments"].as_array().expect("segments");
    assert_eq!(segments.len(), sentences.len());
    let text = std::fs::read_to_string(&sample).expect("sample");
    for (i, s) in segments.iter().enumerate() {
        assert_eq!(s["id"], i + 1);
        let en = s["en"].as_str().expect("en");
        let fr = s["fr"].as_str().expect("fr");
        assert!(!en.trim().is_empty(), "segment {} untranslated", i + 1);
        assert_ne!(en, fr, "segment {} echoed", i + 1);
        let span = s["span"].as_array().expect("span");
        let (a, b) = (
            span[0].as_u64().unwrap() as usize,
            span[1].as_u64().unwrap() as usize,
        );
        assert!(a < b && b <= text.len(), "span {a}..{b}");
        assert!(s["glossary"].is_array() && s["qa"].is_array());
    }
    // Real English, aligned: the sentence naming Li Keqiang is translated next to it.
    let all_en: String = segments
        .iter()
        .map(|s| s["en"].as_str().unwrap_or_default())
        .collect();
    assert!(
        all_en.contains("Russia") && all_en.contains("the"),
        "{all_en}"
    );
    for s in segments {
        if s["fr"].as_str().unwrap_or_default().contains("Li Keqiang") {
            assert!(s["en"].as_str().unwrap_or_default().contains("Li Keqiang"));
        }
    }
}

#[test]
fn markdown_is_the_default_format_and_text_keeps_paragraphs() {
    let dir = tempdir();
    let input = dir.path().join("in.txt");
    std::fs::write(&input, "Le chat mange.\n\nLa maison est grande.\n").unwrap();
    passerelle(dir.path())
        .args(["translate", "-b", "apertium", "-q"])
        .arg(&input)
        .assert()
        .success()
        .stdout(predicate::str::contains("| ¶ | § | Français | English |"))
        .stdout(predicate::str::contains("The cat eats."))
        .stdout(predicate::str::contains(
            "| 2 | 2 | La maison est grande. |",
        ))
        .stderr("");
    passerelle(dir.path())
        .args(["translate", "-b", "apertium", "--format", "text", "-q"])
        .arg(&input)
        .assert()
        .success()
        .stdout("The cat eats.\n\nThe house is big.\n");
}

#[test]
fn brief_as_text_holds_the_summary_and_the_claims() {
    let dir = tempdir();
    let sample = fixture(SAMPLE);
    let brief = |format: &str| {
        stdout_of(
            passerelle(dir.path())
                .args(["brief", "-b", "apertium", "-q", "-f", format])
                .arg(&sample),
        )
    };
    let text = brief("text");
    let json = json_of(brief("json").as_bytes());
    for heading in ["Summary", "Key claims", "Text", "QA findings"] {
        let underlined = format!("\n{heading}\n{}\n", "-".repeat(heading.chars().count()));
        assert!(text.contains(&underlined), "{heading}: {text}");
    }
    // The same summary and claims as the JSON brief: each sentence's English, then its French.
    let segment = |id: &Value| {
        json["segments"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == *id)
            .unwrap()
            .clone()
    };
    let summary = json["summary"].as_array().unwrap();
    assert!(!summary.is_empty());
    for id in summary {
        let s = segment(id);
        let line = format!(
            "- {} [§{id}]\n  {}\n",
            s["en"].as_str().unwrap(),
            s["fr"].as_str().unwrap()
        );
        assert!(text.contains(&line), "{line}\n{text}");
    }
    let claims = json["claims"].as_array().unwrap();
    assert!(!claims.is_empty());
    for c in claims {
        // The English first when the run translated the speaker (issue 14 item 13).
        let speaker = c["speaker"].as_str().unwrap();
        let first = c["speaker_en"].as_str().unwrap_or(speaker);
        assert!(
            text.contains(&format!("  Who: {first}")) && text.contains(speaker),
            "{speaker}\n{text}"
        );
    }
    // The English text is still there, as `translate -f text` writes it.
    let english = stdout_of(
        passerelle(dir.path())
            .args(["translate", "-b", "apertium", "-q", "-f", "text"])
            .arg(&sample),
    );
    assert!(text.contains(&english));
}

#[test]
fn command_backend_maps_every_line_back_to_its_sentence() {
    let dir = tempdir();
    let config = engines_config(dir.path());
    let sample = fixture(SAMPLE);
    let out = stdout_of(
        tagged(dir.path(), &config, "translate")
            .args(["--format", "json"])
            .arg(&sample),
    );
    let v = json_of(out.as_bytes());
    assert_eq!(v["backend"]["kind"], "command");
    let segments = v["segments"].as_array().expect("segments");
    assert_eq!(segments.len(), segment_lines(dir.path(), &sample).len());
    for s in segments {
        let fr = s["fr"].as_str().expect("fr").replace(['\n', '\r'], " ");
        assert_eq!(s["en"].as_str().expect("en"), format!("[EN] {}", fr.trim()));
    }
}

#[test]
fn a_backend_that_drops_a_line_is_refused_not_misaligned() {
    let dir = tempdir();
    let config = engines_config(dir.path());
    let input = dir.path().join("in.txt");
    std::fs::write(&input, "Un.\n\nDeux.\n\nTrois.\n").unwrap();
    let n = segment_lines(dir.path(), &input).len();
    let out = dir.path().join("out.md");
    passerelle(dir.path())
        .args(["translate", "--backend", "drop", "--config"])
        .arg(&config)
        .arg("-o")
        .arg(&out)
        .arg(&input)
        .assert()
        .code(3)
        .stderr(predicate::str::contains(format!(
            "sent {n} texts, got {} translations back",
            n - 1
        )))
        .stderr(predicate::str::contains("in.txt"));
    assert!(!out.exists(), "nothing may be written");
}

#[test]
fn a_failing_engine_reports_its_last_stderr_line() {
    let dir = tempdir();
    let config = engines_config(dir.path());
    let input = dir.path().join("in.txt");
    std::fs::write(&input, "Un.\n").unwrap();
    passerelle(dir.path())
        .args(["translate", "--backend", "fail", "--config"])
        .arg(&config)
        .arg(&input)
        .assert()
        .code(3)
        .stdout("")
        .stderr(predicate::str::contains(
            "error: model file not found: /models/fr-en.bin",
        ));
}

#[test]
fn missing_apertium_or_mode_exits_3_naming_the_packages() {
    let dir = tempdir();
    let input = dir.path().join("in.txt");
    std::fs::write(&input, "Le chat mange.\n").unwrap();
    // No `apertium` in PATH.
    let empty = dir.path().join("empty-bin");
    std::fs::create_dir(&empty).unwrap();
    passerelle(dir.path())
        .args(["translate", "--backend", "apertium"])
        .arg(&input)
        .env("PATH", &empty)
        .assert()
        .code(3)
        .stdout("")
        .stderr(predicate::str::contains(
            "apt-get install apertium apertium-fr-es apertium-eng-spa",
        ));
    // A mode of the chain not installed.
    let config = engines_config(dir.path());
    passerelle(dir.path())
        .args(["translate", "--backend", "nomode", "--config"])
        .arg(&config)
        .arg(&input)
        .assert()
        .code(3)
        .stderr(predicate::str::contains("xx-yy"))
        .stderr(predicate::str::contains("apertium-eng-spa"));
}

#[test]
fn usage_config_and_input_errors_exit_2() {
    let dir = tempdir();
    // A missing input.
    passerelle(dir.path())
        .args(["translate", "-b", "apertium", "no-such-file.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no-such-file.txt"));
    // Invalid UTF-8.
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, b"Le chat \xff a mang\xc3\xa9.\n").unwrap();
    passerelle(dir.path())
        .args(["translate", "-b", "apertium"])
        .arg(&bad)
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("bad.txt"));
    // An unknown backend.
    passerelle(dir.path())
        .args(["translate", "--backend", "nosuch", "x.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown backend \"nosuch\""));
    // A bad flag.
    passerelle(dir.path())
        .args(["translate", "-b", "apertium", "--jobs", "0", "x.txt"])
        .assert()
        .code(2);
    // A config file that does not exist.
    passerelle(dir.path())
        .args(["translate", "--config", "missing.toml", "x.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("missing.toml"));
}

#[test]
fn output_file_is_written_whole_and_never_over_an_input() {
    let dir = tempdir();
    let config = engines_config(dir.path());
    let input = dir.path().join("article.txt");
    let original = "Le chat mange.\n";
    std::fs::write(&input, original).unwrap();
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let out = out_dir.join("article.json");
    tagged(dir.path(), &config, "translate")
        .args(["-f", "json", "-q", "-o"])
        .arg(&out)
        .arg(&input)
        .assert()
        .success()
        .stdout("");
    let v = json_of(&std::fs::read(&out).expect("output written"));
    assert_eq!(v["segments"][0]["en"], "[EN] Le chat mange.");
    // Only the output in its directory: no temporary file left behind.
    let names: Vec<_> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["article.json"]);
    // The same output again needs --force.
    tagged(dir.path(), &config, "translate")
        .args(["-f", "json", "-o"])
        .arg(&out)
        .arg(&input)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--force"));
    passerelle(dir.path())
        .args([
            "translate",
            "-b",
            "tag",
            "-f",
            "json",
            "--force",
            "--config",
        ])
        .arg(&config)
        .arg("-o")
        .arg(&out)
        .arg(&input)
        .assert()
        .success();
    // The input as output, even spelled another way and with --force: refused, untouched.
    tagged(dir.path(), &config, "translate")
        .args(["--force", "-o", "./article.txt", "article.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("refusing to overwrite the input"));
    assert_eq!(std::fs::read_to_string(&input).unwrap(), original);
}

#[test]
fn several_inputs_go_to_a_directory_one_file_each() {
    let dir = tempdir();
    let config = engines_config(dir.path());
    std::fs::write(dir.path().join("a.fr.txt"), "Premier article.\n").unwrap();
    std::fs::write(dir.path().join("b.fr.txt"), "Second article.\n").unwrap();
    let out = dir.path().join("briefs/monday");
    tagged(dir.path(), &config, "translate")
        .args(["-f", "text", "-o", "briefs/monday", "a.fr.txt", "b.fr.txt"])
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("2 articles"));
    assert_eq!(
        std::fs::read_to_string(out.join("a.fr.txt")).unwrap(),
        "[EN] Premier article.\n"
    );
    assert_eq!(
        std::fs::read_to_string(out.join("b.fr.txt")).unwrap(),
        "[EN] Second article.\n"
    );
    // With several inputs, -o must not be a file.
    std::fs::write(dir.path().join("file.md"), "x").unwrap();
    tagged(dir.path(), &config, "translate")
        .args(["--force", "-o", "file.md", "a.fr.txt", "b.fr.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("output directory"));
}

#[test]
fn one_bad_input_among_several_exits_1_and_the_others_are_written() {
    let dir = tempdir();
    let config = engines_config(dir.path());
    std::fs::write(dir.path().join("good.txt"), "Un bon article.\n").unwrap();
    std::fs::write(
        dir.path().join("bad.txt"),
        b"Un article \xff invalid\xc3\xa9.\n",
    )
    .unwrap();
    tagged(dir.path(), &config, "translate")
        .args(["-o", "out", "bad.txt", "missing.txt", "good.txt"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("bad.txt"))
        .stderr(predicate::str::contains("missing.txt"))
        .stderr(predicate::str::contains("2 failed"));
    assert!(dir.path().join("out/good.md").exists());
    assert!(!dir.path().join("out/bad.md").exists());
    assert!(!dir.path().join("out/missing.md").exists());
}

#[test]
fn stdin_is_an_input() {
    let dir = tempdir();
    let config = engines_config(dir.path());
    let out = stdout_of(
        tagged(dir.path(), &config, "translate")
            .args(["-f", "json", "-"])
            .write_stdin("Bonjour le monde.\n"),
    );
    let v = json_of(out.as_bytes());
    assert_eq!(v["source"], "<stdin>");
    assert_eq!(v["segments"][0]["en"], "[EN] Bonjour le monde.");
    // And through the real Apertium.
    passerelle(dir.path())
        .args(["translate", "-b", "apertium", "-f", "text", "-q", "-"])
        .write_stdin("Le chat mange une pomme.\n")
        .assert()
        .success()
        .stdout("The cat eats an apple.\n");
    passerelle(dir.path())
        .args(["segment", "-"])
        .write_stdin("Le chat mange.\n")
        .assert()
        .success()
        .stdout("Le chat mange.\n");
}

#[test]
fn segment_reads_inputs_as_translate_does_several_html_encodings() {
    let dir = tempdir();
    let d = dir.path();
    std::fs::write(
        d.join("a.txt"),
        "Le maire a parlé. Il a promis un budget.\n",
    )
    .unwrap();
    std::fs::write(
        d.join("page.html"),
        "<!DOCTYPE html><html><head><title>Titre</title></head><body><nav>Menu</nav>\
         <article><p>Le conseil a voté. La séance est levée.</p></article></body></html>",
    )
    .unwrap();
    // « Déjà vu » in Windows-1252.
    std::fs::write(d.join("legacy.txt"), b"D\xe9j\xe0 vu. C'est fini.\n").unwrap();
    // An HTML page is read as HTML (its article, not its markup), by name or by flag.
    let html = "Le conseil a voté.\nLa séance est levée.\n";
    passerelle(d)
        .args(["segment", "page.html"])
        .assert()
        .success()
        .stdout(html);
    passerelle(d)
        .args(["segment", "--input-format", "html", "-"])
        .write_stdin(std::fs::read(d.join("page.html")).unwrap())
        .assert()
        .success()
        .stdout(html);
    // --encoding as translate takes it.
    passerelle(d)
        .args(["segment", "--encoding", "windows-1252", "legacy.txt"])
        .assert()
        .success()
        .stdout("Déjà vu.\nC'est fini.\n");
    // Several inputs on stdout: in order, a blank line between articles.
    passerelle(d)
        .args(["segment", "a.txt", "page.html"])
        .assert()
        .success()
        .stdout(format!(
            "Le maire a parlé.\nIl a promis un budget.\n\n{html}"
        ));
    // In JSON: one array, each sentence naming its article; spans into each input.
    let out = stdout_of(passerelle(d).args(["segment", "-f", "json", "a.txt", "page.html"]));
    let rows = json_of(out.as_bytes());
    let rows = rows.as_array().expect("one array");
    let keys: Vec<(&str, u64)> = rows
        .iter()
        .map(|r| (r["source"].as_str().unwrap(), r["id"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        keys,
        [
            ("a.txt", 1),
            ("a.txt", 2),
            ("page.html", 1),
            ("page.html", 2)
        ]
    );
    assert_eq!(rows[1]["span"], serde_json::json!([19, 41]));
    // -o DIR: one file per input; a missing input is reported, the others written (exit 1).
    passerelle(d)
        .args(["segment", "-o", "out", "a.txt", "missing.txt", "page.html"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("missing.txt"));
    assert_eq!(
        std::fs::read_to_string(d.join("out/page.txt")).unwrap(),
        html
    );
    assert!(d.join("out/a.txt").is_file() && !d.join("out/missing.txt").exists());
}

#[test]
fn segment_json_has_spans_into_the_input() {
    let dir = tempdir();
    let sample = fixture(SAMPLE);
    let text = std::fs::read_to_string(&sample).unwrap();
    let out = stdout_of(
        passerelle(dir.path())
            .args(["segment", "--format", "json"])
            .arg(&sample),
    );
    let v = json_of(out.as_bytes());
    let rows = v.as_array().expect("array");
    assert_eq!(rows.len(), segment_lines(dir.path(), &sample).len());
    let mut last_end = 0;
    for (i, r) in rows.iter().enumerate() {
        assert_eq!(r["id"], i + 1);
        let (a, b) = (
            r["span"][0].as_u64().unwrap() as usize,
            r["span"][1].as_u64().unwrap() as usize,
        );
        assert!(last_end <= a && a < b && b <= text.len(), "{a}..{b}");
        // The span holds the sentence itself: the input's bytes there, normalized as the
        // segmenter normalizes, are the segment's text.
        let original = text.get(a..b).expect("span on a char boundary");
        assert_eq!(
            passerelle::normalize::normalize(original).trim(),
            r["text"].as_str().unwrap().trim(),
            "segment {}: span {a}..{b}",
            i + 1
        );
        last_end = b;
    }
}

#[test]
fn brief_runs_through_the_same_loop() {
    let dir = tempdir();
    let config = engines_config(dir.path());
    let out = stdout_of(
        tagged(dir.path(), &config, "brief")
            .args(["-f", "json"])
            .arg(fixture(SAMPLE)),
    );
    let v = json_of(out.as_bytes());
    // The brief of the article through the engine: every sentence translated by the `tag`
    // engine, a summary of existing sentences in reading order, claims that point at
    // sentences and carry their English.
    let segments = v["segments"].as_array().expect("segments");
    assert_eq!(
        segments.len(),
        segment_lines(dir.path(), &fixture(SAMPLE)).len()
    );
    for s in segments {
        let (fr, en) = (s["fr"].as_str().unwrap(), s["en"].as_str().unwrap());
        assert!(en.starts_with("[EN] "), "{en}");
        assert!(
            en.contains(fr.split_whitespace().next().unwrap()),
            "{fr} / {en}"
        );
    }
    let summary: Vec<u64> = v["summary"]
        .as_array()
        .expect("summary")
        .iter()
        .map(|n| n.as_u64().unwrap())
        .collect();
    assert_eq!(summary.len(), 5, "the default summary length");
    assert!(summary.windows(2).all(|w| w[0] < w[1]), "{summary:?}");
    assert!(summary
        .iter()
        .all(|&n| n >= 1 && n as usize <= segments.len()));
    let claims = v["claims"].as_array().expect("claims");
    assert!(!claims.is_empty(), "the sample article has claims");
    for c in claims {
        let id = c["segment"].as_u64().unwrap() as usize;
        assert_eq!(
            c["en"],
            segments[id - 1]["en"],
            "a claim carries its sentence's English"
        );
    }
}

#[test]
fn a_closed_stdout_ends_quietly() {
    let dir = tempdir();
    let config = engines_config(dir.path());
    // Enough text that the output overflows the pipe once the reader has gone.
    let input = dir.path().join("long.txt");
    let para = "Le gouvernement a annoncé de nouvelles mesures pour la semaine prochaine.\n\n";
    std::fs::write(&input, para.repeat(4000)).unwrap();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("passerelle"))
        .current_dir(dir.path())
        .env_remove("PASSERELLE_BACKEND")
        .env_remove("PASSERELLE_CONFIG")
        .env("PASSERELLE_CACHE_DIR", dir.path().join("cache"))
        .args(["translate", "-q", "-b", "cat", "--config"])
        .arg(&config)
        .arg(&input)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("waits");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn backends_lists_and_checks() {
    let dir = tempdir();
    let config = engines_config(dir.path());
    passerelle(dir.path())
        .arg("backends")
        .assert()
        .success()
        .stdout(predicate::str::is_match(r"(?m)^[* ] apertium +apertium +usable").unwrap());
    passerelle(dir.path())
        .args(["backends", "--config"])
        .arg(&config)
        .args(["tag", "apertium"])
        .assert()
        .success()
        .stdout(predicate::str::contains("usable"));
    passerelle(dir.path())
        .args(["backends", "--config"])
        .arg(&config)
        .arg("nomode")
        .assert()
        .code(3)
        .stdout(predicate::str::contains("unusable"))
        .stdout(predicate::str::contains("xx-yy"));
    passerelle(dir.path())
        .args(["backends", "nosuch"])
        .assert()
        .code(2);
}

#[test]
fn every_subcommand_help_has_examples() {
    let dir = tempdir();
    for sub in [
        "translate",
        "brief",
        "segment",
        "backends",
        "glossary check",
        "glossary show",
        "config init",
        "config show",
        "cache stats",
        "cache clear",
        "completions",
        "man",
    ] {
        passerelle(dir.path())
            .args(sub.split(' '))
            .arg("--help")
            .assert()
            .success()
            .stdout(predicate::str::contains("Examples:"))
            .stdout(predicate::str::contains("passerelle ".to_string() + sub));
    }
    // What the help says is what the tool does: marian is the default backend, and the JSON
    // format is described, not referred to a document the user does not have.
    passerelle(dir.path())
        .args(["translate", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("marian unless configured"))
        .stdout(predicate::str::contains("apertium unless configured").not())
        .stdout(predicate::str::contains("design").not());
    passerelle(dir.path())
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Exit codes"));
}

/// Issue 14 item 13: a brief's claims carry their speakers in English too (translated by the
/// run's backend, here the tagging engine), and the Who column of the Markdown and HTML briefs
/// shows the English with the French after it.
#[test]
fn brief_who_column_gives_the_speaker_in_english_and_french() {
    let dir = tempdir();
    let config = engines_config(dir.path());
    let input = dir.path().join("a.fr.txt");
    std::fs::write(
        &input,
        "Selon le New York Times, la Russie a aussi demandé une aide économique à la Chine.\n",
    )
    .unwrap();
    let brief = |format: &str| {
        stdout_of(
            passerelle(dir.path())
                .args(["brief", "-b", "tag", "-f", format, "--config"])
                .arg(&config)
                .arg(&input),
        )
    };
    let json = json_of(brief("json").as_bytes());
    let claim = &json["claims"][0];
    assert_eq!(claim["speaker"], "le New York Times", "{claim}");
    let en = claim["speaker_en"].as_str().unwrap_or_default();
    assert!(
        en.starts_with("[EN]") && en.ends_with("New York Times"),
        "{claim}"
    );
    let md = brief("markdown");
    let row = md
        .lines()
        .find(|l| l.contains("(«le New York Times») · media"))
        .unwrap_or_else(|| panic!("no Who cell with the French after the English:\n{md}"));
    assert!(row.contains("EN"), "{row}");
    let html = brief("html");
    assert!(
        html.contains("<span class=\"who-fr\" lang=\"fr\">le New York Times</span>"),
        "{html}"
    );
}
