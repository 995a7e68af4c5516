//! The marian backend through the binary: the trained fixture against Hugging Face's
//! reference (as `judge.py` runs it), a tiny random model generated here on the sample
//! article, and the one-line errors when the model cannot be had (no network, no cache).
#![cfg(feature = "marian")]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use passerelle::translate::marian::synth;

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/marian-fixture")
}

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ukraine-chine-2022-03.fr.txt")
}

/// The binary with no config, no cache and no network in reach: run in an empty directory,
/// config lookup pointed at it, Hugging Face cache in it, hub address unreachable.
fn isolated(home: &Path) -> Command {
    let mut cmd = Command::cargo_bin("passerelle").unwrap();
    cmd.current_dir(home)
        .env_remove("PASSERELLE_CONFIG")
        .env_remove("PASSERELLE_BACKEND")
        .env_remove("PASSERELLE_MODEL_DIR")
        .env_remove("PASSERELLE_OFFLINE")
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("HOME", home)
        .env("HF_HOME", home.join("hf"))
        // A closed port on this machine: a download attempt fails at once.
        .env("HF_ENDPOINT", "http://127.0.0.1:9");
    cmd
}

#[test]
fn trained_fixture_reproduces_the_reference_through_the_cli() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("m.toml");
    std::fs::write(
        &config,
        format!(
            "backend = \"tiny\"\n[backends.tiny]\nkind = \"marian\"\nmodel_dir = {:?}\n",
            fixture_dir().display().to_string()
        ),
    )
    .unwrap();
    let expected: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixture_dir().join("expected.json")).unwrap())
            .unwrap();
    let cases = expected["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 12);
    for case in cases {
        let source = case["source"].as_str().unwrap();
        let want = case["output_text"].as_str().unwrap();
        let out = isolated(home.path())
            .args(["translate", "--config"])
            .arg(&config)
            .args(["--format", "text", "-"])
            .write_stdin(format!("{source}\n"))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let stdout = String::from_utf8(out.stdout).unwrap();
        let last = stdout
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        assert_eq!(last.trim(), want, "for {source:?}");
    }
}

fn json_translation(cmd: &mut Command) -> serde_json::Value {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn sentences(home: &Path) -> Vec<String> {
    let out = isolated(home)
        .args(["segment", "--json"])
        .arg(sample())
        .output()
        .unwrap();
    assert!(out.status.success());
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    rows.as_array()
        .unwrap()
        .iter()
        .map(|r| r["text"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn tiny_random_model_translates_the_sample_article_end_to_end() {
    let home = tempfile::tempdir().unwrap();
    let model = home.path().join("tiny");
    // EOS, <unk> and <pad> never win: every segment gets length-bound gibberish, never "".
    let never = [(0, -100.0), (1, -100.0), (47, -100.0)];
    synth::write_model_dir(&model, &synth::tiny_config(48), 3, &never).unwrap();
    let doc = json_translation(
        isolated(home.path())
            .args(["translate", "--backend", "marian", "--model-dir"])
            .arg(&model)
            .args(["--format", "json"])
            .arg(sample()),
    );
    assert_eq!(doc["backend"]["kind"], "marian");
    let segments = doc["segments"].as_array().unwrap();
    // One translation per sentence the segmenter finds, in order (13 on this article).
    let fr: Vec<String> = segments
        .iter()
        .map(|s| s["fr"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(fr, sentences(home.path()));
    for (i, s) in segments.iter().enumerate() {
        assert_eq!(s["id"], i + 1);
        let en = s["en"].as_str().unwrap();
        assert!(!en.is_empty(), "segment {} empty", i + 1);
        for marker in ["</s>", "<pad>", "<unk>"] {
            assert!(!en.contains(marker), "{marker} left in {en:?}");
        }
    }
    // Deterministic: the same command gives the same output.
    let again = json_translation(
        isolated(home.path())
            .args(["translate", "--backend", "marian", "--model-dir"])
            .arg(&model)
            .args(["--format", "json", "-j", "2"])
            .arg(sample()),
    );
    assert_eq!(again["segments"], doc["segments"]);
}

#[test]
fn eos_first_model_gives_empty_but_aligned_segments() {
    let home = tempfile::tempdir().unwrap();
    let model = home.path().join("eos");
    synth::write_model_dir(&model, &synth::tiny_config(48), 3, &[(0, 100.0)]).unwrap();
    let doc = json_translation(
        isolated(home.path())
            .args(["translate", "--backend", "marian", "--format", "json"])
            .env("PASSERELLE_MODEL_DIR", &model)
            .arg(sample()),
    );
    let segments = doc["segments"].as_array().unwrap();
    assert_eq!(segments.len(), sentences(home.path()).len());
    assert!(segments.iter().all(|s| s["en"] == ""));
}

fn assert_one_line_unavailable(cmd: &mut Command) -> String {
    let out = cmd.arg(sample()).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    let last = lines.last().copied().unwrap_or("").to_string();
    assert!(last.contains("--backend apertium"), "{stderr}");
    assert!(last.contains("[backends]"), "{stderr}");
    assert!(last.contains("model.safetensors"), "{stderr}");
    // No panic, no backtrace: the error itself is a single line.
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(
        lines
            .iter()
            .filter(|l| l.starts_with("passerelle:") && !l.starts_with("passerelle: downloading "))
            .count(),
        1,
        "{stderr}"
    );
    last
}

#[test]
fn default_command_offline_without_cache_fails_in_one_line_exit_3() {
    let home = tempfile::tempdir().unwrap();
    let line = assert_one_line_unavailable(
        isolated(home.path())
            .env("PASSERELLE_OFFLINE", "1")
            .arg("translate"),
    );
    assert!(line.contains("offline"), "{line}");
    // The flag does the same as the variable.
    assert_one_line_unavailable(isolated(home.path()).args(["translate", "--offline"]));
    // Nothing was written into the cache.
    assert!(!home
        .path()
        .join("hf/hub/models--Helsinki-NLP--opus-mt-fr-en/snapshots")
        .exists());
}

#[test]
fn default_command_with_no_network_fails_in_one_line_exit_3() {
    let home = tempfile::tempdir().unwrap();
    let line = assert_one_line_unavailable(isolated(home.path()).arg("translate"));
    assert!(line.contains("could not be fetched"), "{line}");
}

#[test]
fn missing_model_dir_is_named() {
    let home = tempfile::tempdir().unwrap();
    let out = isolated(home.path())
        .args(["translate", "--backend", "marian", "--model-dir"])
        .arg(home.path().join("nope"))
        .arg(sample())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("nope") && stderr.contains("not a directory"),
        "{stderr}"
    );
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
}
