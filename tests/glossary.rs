//! `passerelle glossary check|show`, driven through the binary.

use std::path::{Path, PathBuf};

use predicates::prelude::*;

const ARTICLE: &str = "tests/fixtures/ukraine-chine-2022-03.fr.txt";

mod common;
use common::{passerelle_here as passerelle, stdout_of};

/// Writes `content` to the file `name` in `dir`: its path.
fn write(dir: &Path, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

#[test]
fn check_shipped_glossaries_is_clean() {
    passerelle()
        .args(["glossary", "check"])
        .assert()
        .code(0)
        .stdout("")
        .stderr(predicate::str::contains("entries in 5 files, 0 problems"));
}

#[test]
fn check_reports_problems_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "mine.tsv",
        "fr\ten\tkind\tnote\nPékin\tPeking\tplace\t\nPékin\tBeijing\tplace\t\nEtats-Unis\tUS\tplace\t\nÉtats-Unis\tthe US\tplace\t\n",
    );
    let shown = path.display().to_string();
    passerelle()
        .args(["glossary", "check", "--with-shipped"])
        .arg(&path)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(format!(
            "{shown}:3: conflict: \"Pékin\" is \"Beijing\" here but \"Peking\" at line 2"
        )))
        .stdout(predicate::str::contains(format!(
            "{shown}:2: overridden: \"Pékin\" → \"Peking\" replaces \"Beijing\" from shipped:places.tsv:"
        )))
        .stdout(predicate::str::contains(format!(
            "{shown}:4: shadowed: \"Etats-Unis\" matches the same text as \"États-Unis\" (shipped:places.tsv:"
        )))
        .stdout(predicate::str::contains(format!("{shown}:5: overridden:")));
}

#[test]
fn check_reports_every_problem_of_every_file_on_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let broken = write(
        dir.path(),
        "broken.tsv",
        "fr\ten\tkind\nPékin\tBeijing\nMoscou\n\tempty\nKiev\tKyiv\tcity\nPékin\tPeking\n",
    );
    let other = write(
        dir.path(),
        "other.csv",
        "fr,en,kind\nLondres,London,place\nRome\n",
    );
    let (b, o) = (broken.display(), other.display());
    let out = passerelle()
        .args(["glossary", "check"])
        .arg(&broken)
        .arg(&other)
        .assert()
        .code(1)
        .stderr("glossary check: 3 entries in 2 files, 5 problems\n")
        .get_output()
        .stdout
        .clone();
    let stdout = String::from_utf8(out).unwrap();
    let expected = [
        format!("{b}:3: invalid: missing column: expected fr, en, kind, note (found 1 column)"),
        format!("{b}:4: invalid: empty French term"),
        format!("{b}:5: invalid: unknown kind \"city\""),
        format!("{o}:3: invalid: missing column"),
        format!("{b}:6: conflict: \"Pékin\" is \"Peking\" here but \"Beijing\" at line 2"),
    ];
    for line in &expected {
        assert!(
            stdout.lines().any(|l| l.starts_with(line.as_str())),
            "{line}\n---\n{stdout}"
        );
    }
    assert_eq!(stdout.lines().count(), expected.len(), "{stdout}");
}

#[test]
fn check_names_an_unreadable_file_in_plain_words_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.tsv");
    passerelle()
        .args(["glossary", "check"])
        .arg(&missing)
        .assert()
        .code(2)
        .stdout(format!("{}: unreadable: no such file\n", missing.display()))
        .stderr(predicate::str::contains("0 entries in 1 file, 1 problem\n"))
        .stderr(predicate::str::contains("os error").not());
}

#[test]
fn show_prints_a_header_row() {
    let stdout = stdout_of(passerelle().args(["glossary", "show", ARTICLE]));
    assert_eq!(
        stdout.lines().next(),
        Some("segment\ttext\ten\tkind\trule\torigin")
    );
    assert!(
        stdout.lines().all(|l| l.split('\t').count() == 6),
        "{stdout}"
    );
}

#[test]
fn show_reads_an_html_page_as_translate_does() {
    // The article's own text only: a term in the page's navigation is not a hit.
    let dir = tempfile::tempdir().unwrap();
    let page = write(
        dir.path(),
        "page.html",
        "<!DOCTYPE html><html><head><title>Pékin</title></head><body>\
         <nav><a href=\"/otan\">OTAN</a></nav><article><h1>Pékin et Moscou</h1>\
         <p>Le président chinois a reçu son homologue à Pékin mardi, selon l'agence.</p>\
         <p>Les deux dirigeants ont parlé de commerce pendant deux heures.</p></article>\
         </body></html>",
    );
    let stdout = stdout_of(passerelle().args(["glossary", "show"]).arg(&page));
    assert!(stdout.contains("\tPékin\tBeijing\t"), "{stdout}");
    assert!(!stdout.contains("OTAN"), "{stdout}");
    assert!(
        !stdout.contains("<p>") && !stdout.contains("href"),
        "{stdout}"
    );
}

#[test]
fn show_lists_hits_with_rules_and_origins() {
    passerelle()
        .args(["glossary", "show", ARTICLE])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "Pékin\tBeijing\tplace\texact, as written, after «de la»\tshipped:places.tsv:",
        ))
        .stdout(predicate::str::contains(
            "Union européenne\tthe European Union\torganization\texact, as written, elision «l'»",
        ))
        .stdout(predicate::str::contains(
            "Conseil national de sécurité de la Maison Blanche\tthe White House National Security Council",
        ))
        .stdout(predicate::str::contains("Premier ministre chinois\tChinese Premier\ttitle\texact, any case"))
        .stderr(predicate::str::contains("glossary: 45 hits of 26 terms"));
}

#[test]
fn show_json_with_user_glossaries_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "deepl.csv",
        "Pékin,Peking\nsanctions internationales,international sanctions\n",
    );
    let tbx = write(
        dir.path(),
        "terms.tbx",
        r#"<martif type="TBX"><text><body><termEntry>
<langSet xml:lang="fr"><tig><term>invasion</term></tig></langSet>
<langSet xml:lang="en"><tig><term>invasion</term></tig></langSet>
</termEntry></body></text></martif>"#,
    );
    let out = stdout_of(
        passerelle()
            .args([
                "glossary",
                "show",
                "--json",
                "--no-default-glossary",
                ARTICLE,
                "-g",
            ])
            .arg(&csv)
            .arg("-g")
            .arg(&tbx),
    );
    let rows: serde_json::Value = serde_json::from_str(&out).unwrap();
    let rows = rows.as_array().unwrap();
    let mut texts: Vec<&str> = rows.iter().map(|r| r["text"].as_str().unwrap()).collect();
    texts.sort_unstable();
    texts.dedup();
    assert_eq!(
        texts,
        ["Pékin", "invasion", "sanctions internationales"],
        "{rows:#?}"
    );
    assert_eq!(rows.len(), 8);
    assert_eq!(rows[0]["text"], "Pékin");
    assert_eq!(rows[0]["en"], "Peking");
    assert!(rows[0]["segment"].as_u64().unwrap() >= 1);
    assert!(rows[0]["origin"].as_str().unwrap().ends_with("deepl.csv:1"));
    assert!(rows
        .iter()
        .all(|r| !r["origin"].as_str().unwrap().starts_with("shipped:")));
}

#[test]
fn show_rejects_a_bad_glossary_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "bad.tsv", b"fr\ten\nP\xe9kin\tBeijing\n");
    passerelle()
        .args(["glossary", "show", ARTICLE, "--glossary"])
        .arg(&path)
        .assert()
        .code(2)
        .stdout("")
        .stderr(format!(
            "passerelle: {}:2: invalid UTF-8 (byte 7)\n",
            path.display()
        ));
}
