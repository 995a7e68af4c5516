//! Reading input end to end: `passerelle segment` on every input case of issue 2 (encodings,
//! line endings, metadata header, invalid / empty / binary input, stdin).

use predicates::prelude::*;

const SAMPLE: &str = "tests/fixtures/ukraine-chine-2022-03.fr.txt";

mod common;
use common::passerelle_here as passerelle;

fn sample_text() -> String {
    std::fs::read_to_string(SAMPLE).expect("sample article")
}

/// `passerelle segment FILE` on `bytes` written to a temporary file: (exit code, stdout, stderr).
fn segment_bytes(name: &str, bytes: &[u8]) -> (i32, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let out = passerelle()
        .arg("segment")
        .arg(&path)
        .output()
        .expect("run passerelle");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("UTF-8 stdout"),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn sample_article_gives_13_sentences_without_the_metadata() {
    let out = passerelle().args(["segment", SAMPLE]).assert().success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 13, "{stdout}");
    assert!(lines[0].starts_with("The Financial Times, Washington Post"));
    assert!(!stdout.contains("date 2022-03"));
    assert!(lines[11].ends_with("le 24 février, a-t-il insisté."));
}

#[test]
fn encodings_and_line_endings_give_the_same_sentences() {
    let text = sample_text();
    let (code, expected, _) = segment_bytes("utf8.txt", text.as_bytes());
    assert_eq!(code, 0);
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend(text.as_bytes());
    let mut le = vec![0xFF, 0xFE];
    let mut be = vec![0xFE, 0xFF];
    for u in text.encode_utf16() {
        le.extend(u.to_le_bytes());
        be.extend(u.to_be_bytes());
    }
    let crlf = text.replace('\n', "\r\n");
    let cr = text.replace('\n', "\r");
    for (name, bytes) in [
        ("bom.txt", bom),
        ("utf16le.txt", le),
        ("utf16be.txt", be),
        ("crlf.txt", crlf.into_bytes()),
        ("cr.txt", cr.into_bytes()),
    ] {
        let (code, stdout, stderr) = segment_bytes(name, &bytes);
        assert_eq!(code, 0, "{name}: {stderr}");
        assert_eq!(stdout, expected, "{name}");
    }
}

#[test]
fn stdin_is_read_with_a_dash() {
    passerelle()
        .args(["segment", "-"])
        .write_stdin("Titre\nM. Dupont arrive. Il repart !\n")
        .assert()
        .success()
        .stdout("Titre\nM. Dupont arrive.\nIl repart !\n");
}

#[track_caller]
fn rejected(name: &str, bytes: &[u8], message: &str) {
    let (code, stdout, stderr) = segment_bytes(name, bytes);
    assert_eq!(code, 2, "{name}: exit code; stderr: {stderr}");
    assert!(stdout.is_empty(), "{name}: nothing written, got {stdout:?}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr:?}");
    assert!(stderr.contains(name), "names the file: {stderr:?}");
    assert!(stderr.contains(message), "says {message:?}: {stderr:?}");
}

#[test]
fn invalid_utf8_names_the_file_and_the_byte() {
    // UTF-8 with a broken byte (not a legacy encoding: it has a well-formed é before it).
    rejected(
        "broken.txt",
        b"Le caf\xC3\xA9 est froid, le th\xE9 aussi.",
        "invalid UTF-8 at byte 25",
    );
    // Latin-1 is detected and read, as `translate` reads it.
    let (code, stdout, stderr) = segment_bytes("latin1.txt", b"Le caf\xE9 est froid.");
    assert_eq!(
        (code, stdout.as_str()),
        (0, "Le café est froid.\n"),
        "{stderr}"
    );
}

#[test]
fn empty_and_whitespace_only_inputs_are_errors() {
    rejected("empty.txt", b"", "empty input");
    rejected("blank.txt", b" \r\n\t\n", "empty input");
    rejected(
        "header.txt",
        b" date 2022-03\n",
        "no text after the metadata header",
    );
}

#[test]
fn binary_input_is_an_error() {
    rejected(
        "image.png",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "binary data",
    );
}

#[test]
fn missing_file_is_an_input_error() {
    passerelle()
        .args(["segment", "does/not/exist.txt"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("does/not/exist.txt"));
}
