//! `passerelle cache stats|clear`, and two processes sharing one translation memory.

use std::path::Path;
use std::process::Command as Process;

use assert_cmd::Command;
use passerelle::cache::{backend_key, Scope, SqliteMemory, FILE_NAME};
use predicates::prelude::*;

fn passerelle(cache_dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("passerelle").unwrap();
    cmd.env_clear()
        .env("PASSERELLE_CACHE_DIR", cache_dir)
        .env("PATH", std::env::var_os("PATH").unwrap_or_default());
    cmd
}

fn scope(kind: &str) -> Scope {
    Scope {
        backend: backend_key(&format!("{kind}|test")),
        glossary: "g".into(),
        kind: kind.into(),
    }
}

/// Writes `n` entries named after `tag`, in batches of 10, one transaction each.
fn write_entries(path: &Path, tag: &str, n: usize) {
    let cache = SqliteMemory::open(path).unwrap();
    let s = scope("apertium");
    for start in (0..n).step_by(10) {
        let pairs: Vec<(String, String)> = (start..(start + 10).min(n))
            .map(|i| (format!("{tag} phrase {i}"), format!("{tag} sentence {i}")))
            .collect();
        cache.put_many(&s, &pairs).unwrap();
    }
}

#[test]
fn stats_of_a_missing_cache_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let cache_dir = dir.path().join("never-made");
    passerelle(&cache_dir)
        .args(["cache", "stats"])
        .assert()
        .success()
        .stdout(predicate::str::contains("(not created yet)"))
        .stdout(predicate::str::contains("entries  0\n"));
    assert!(!cache_dir.exists());
}

#[test]
fn stats_then_clear() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    write_entries(&path, "a", 45);
    let cache = SqliteMemory::open(&path).unwrap();
    cache
        .put_many(&scope("deepl"), &[("x".into(), "y".into())])
        .unwrap();
    drop(cache);

    passerelle(dir.path())
        .args(["cache", "stats"])
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "path     {}\n",
            path.display()
        )))
        .stdout(predicate::str::contains("entries  46\n"))
        .stdout(predicate::str::contains("  apertium       45\n"))
        .stdout(predicate::str::contains("  deepl          1\n"));
    passerelle(dir.path())
        .args(["cache", "clear"])
        .assert()
        .success()
        .stdout(format!("removed 46 translations from {}\n", path.display()));
    passerelle(dir.path())
        .args(["cache", "stats"])
        .assert()
        .success()
        .stdout(predicate::str::contains("entries  0\n"));
}

#[test]
fn a_cache_dir_that_is_a_file_is_a_one_line_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-dir");
    std::fs::write(&file, "x").unwrap();
    for sub in ["stats", "clear"] {
        passerelle(&file)
            .args(["cache", sub])
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::starts_with("passerelle: cache "))
            .stderr(predicate::str::contains("not-a-dir"))
            .stderr(predicate::function(|s: &str| s.lines().count() == 1));
    }
}

#[test]
fn a_corrupt_cache_is_reported_not_panicked_on() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(FILE_NAME), vec![b'#'; 8192]).unwrap();
    passerelle(dir.path())
        .args(["cache", "stats"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a database"))
        .stderr(predicate::str::contains("panicked").not());
    // `cache clear` is how the user mends it: the file that is no database is removed whole.
    passerelle(dir.path())
        .args(["cache", "clear"])
        .assert()
        .success()
        .stdout(predicate::str::contains("not a sound cache database"))
        .stderr(predicate::str::contains("panicked").not());
    assert!(!dir.path().join(FILE_NAME).exists());
}

/// The writer half of `two_processes_share_one_cache`: does nothing unless the parent test
/// started this test binary with the variables set.
#[test]
#[ignore = "helper process for two_processes_share_one_cache"]
fn writer_process() {
    let (Some(path), Some(tag)) = (
        std::env::var_os("PASSERELLE_TEST_WRITER_DB"),
        std::env::var("PASSERELLE_TEST_WRITER_TAG").ok(),
    ) else {
        return;
    };
    // Start together: say we are ready, wait for the parent's go.
    let path = Path::new(&path);
    let dir = path.parent().unwrap();
    std::fs::write(dir.join(format!("ready-{tag}")), "").unwrap();
    let mut waited = 0;
    while !dir.join("go").exists() {
        assert!(waited < 2000, "no go from the parent");
        std::thread::sleep(std::time::Duration::from_millis(5));
        waited += 1;
    }
    write_entries(path, &tag, 3000);
    // Entries both processes write: the same keys, racing.
    write_entries(path, "shared", 300);
}

#[test]
fn two_processes_share_one_cache() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    let exe = std::env::current_exe().unwrap();
    let children: Vec<_> = ["left", "right"]
        .into_iter()
        .map(|tag| {
            Process::new(&exe)
                .args(["writer_process", "--exact", "--ignored", "--test-threads=1"])
                .env("PASSERELLE_TEST_WRITER_DB", &path)
                .env("PASSERELLE_TEST_WRITER_TAG", tag)
                .stdout(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut waited = 0;
    while !(dir.path().join("ready-left").exists() && dir.path().join("ready-right").exists()) {
        assert!(waited < 2000, "the writer processes did not start");
        std::thread::sleep(std::time::Duration::from_millis(5));
        waited += 1;
    }
    std::fs::write(dir.path().join("go"), "").unwrap();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "a writer process failed: {}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
    let cache = SqliteMemory::open(&path).unwrap();
    cache.integrity_check().unwrap();
    let s = scope("apertium");
    for tag in ["left", "right", "shared"] {
        let n = if tag == "shared" { 300 } else { 3000 };
        let texts: Vec<String> = (0..n).map(|i| format!("{tag} phrase {i}")).collect();
        let found = cache.get_many(&s, &texts).unwrap();
        assert!(
            found.iter().all(Option::is_some),
            "{tag}: {} entries lost",
            found.iter().filter(|f| f.is_none()).count()
        );
    }
    drop(cache);
    passerelle(dir.path())
        .args(["cache", "stats"])
        .assert()
        .success()
        .stdout(predicate::str::contains("entries  6300\n"));
}
