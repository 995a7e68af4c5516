//! The hostile-input catalogue of issue 8, through the binary: every bad input gives its exit
//! code, a one-line message naming the file and the problem, no panic, and nothing written;
//! the inputs that must work (a headline alone, a 100 KB sentence, English, HTML) work. Then
//! "nothing lost": existing outputs kept without `--force`, and a run killed mid-way (SIGINT,
//! SIGKILL) leaves every output whole or absent and no temporary file.
//!
//! The backend is the `command` kind running `cat` (it echoes), or a shell script written by
//! the test; every test works in its own temporary directory with the translation memory off.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::Command;

mod common;

/// A French paragraph, for the inputs that must work.
const FRENCH: &str = "Le ministre a déclaré mardi que le gouvernement ne changerait pas sa \
    politique énergétique avant la fin de l'année. « Nous tiendrons bon », a-t-il ajouté.\n";

/// Every file under `dir` with its content: what a run wrote, or did not.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                todo.push(p);
            } else {
                let bytes = std::fs::read(&p).unwrap_or_default();
                out.insert(p, bytes);
            }
        }
    }
    out
}

/// A temporary working directory holding a config whose backends are `cat` (echo) and the
/// scripts the tests add.
struct Work {
    dir: tempfile::TempDir,
}

impl Work {
    fn new() -> Work {
        Work::with_backends("")
    }

    /// `extra` is appended to the config (more `[backends.NAME]` sections).
    fn with_backends(extra: &str) -> Work {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(
            dir.path().join("passerelle.toml"),
            format!("backend = \"cat\"\n\n[backends.cat]\nkind = \"command\"\ncommand = [\"cat\"]\n\n{extra}"),
        )
        .expect("config");
        Work { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> String {
        let p = self.path(name);
        std::fs::write(&p, bytes).expect("input written");
        p.display().to_string()
    }

    fn cmd(&self) -> Command {
        common::passerelle(self.dir.path())
    }

    /// The binary as a `std` command run here with the translation memory in `cache/`: for a
    /// child the test watches while it runs (its memory, a signal, a pipe).
    fn child(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("passerelle"));
        cmd.current_dir(self.dir.path())
            .env("PASSERELLE_CACHE_DIR", self.path("cache"));
        cmd
    }

    /// `passerelle SUBCOMMAND --no-cache ARGS…` → (exit code, stdout, stderr).
    fn run(&self, sub: &str, args: &[&str]) -> (i32, String, String) {
        let out = self
            .cmd()
            .arg(sub)
            .arg("--no-cache")
            .args(args)
            .output()
            .expect("passerelle runs");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(
            !stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"),
            "panic: {stderr}"
        );
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr,
        )
    }
}

/// Runs `translate -o out.md INPUT` and `brief -o out.md INPUT` on `bytes` and checks the
/// input error: exit 2, one error line naming the file and holding `problem`, nothing written
/// to stdout or to the directory.
fn refused(name: &str, bytes: &[u8], problem: &str) {
    let w = Work::new();
    let input = w.write(name, bytes);
    for sub in ["translate", "brief"] {
        let before = snapshot(w.dir.path());
        let (code, stdout, stderr) = w.run(sub, &["-o", "out.md", &input]);
        assert_eq!(code, 2, "{sub} {name}: {stderr}");
        assert!(stdout.is_empty(), "{stdout}");
        let line = stderr
            .lines()
            .find(|l| l.contains(&input))
            .unwrap_or_else(|| panic!("no line names {input}: {stderr}"));
        assert!(line.contains(&input), "file not named: {stderr}");
        assert!(line.contains(problem), "expected {problem:?}: {stderr}");
        assert_eq!(snapshot(w.dir.path()), before, "{sub} wrote something");
        assert!(!w.path("out.md").exists());
    }
}

#[test]
fn empty_input() {
    refused("empty.txt", b"", "empty input");
}

#[test]
fn whitespace_only_input() {
    refused("blank.txt", b" \n\t\r\n\xC2\xA0 \n\n", "empty input");
}

#[test]
fn invalid_utf8_at_several_offsets() {
    // At the start, in the middle of the text, inside a multi-byte character, at the very end.
    let text = FRENCH.as_bytes();
    let cases: Vec<(Vec<u8>, usize)> = vec![
        ([&[0xC3u8, 0x28][..], text].concat(), 0),
        ([&text[..20], &[0xFF], &text[20..]].concat(), 20),
        // `é` is C3 A9: keep C3, drop A9.
        {
            let e = FRENCH.find('é').unwrap();
            ([&text[..e + 1], &text[e + 2..]].concat(), e)
        },
        ([text, &[0xE2, 0x82]].concat(), text.len()),
    ];
    // Latin-1 without a single UTF-8 character, as an old newsroom export would have it, is
    // read as Windows-1252 since issue 15 (tests/intake.rs).
    for (bytes, at) in cases {
        refused("bad.txt", &bytes, &format!("invalid UTF-8 at byte {at}"));
    }
}

#[test]
fn utf16_without_bom() {
    let le: Vec<u8> = FRENCH.encode_utf16().flat_map(u16::to_le_bytes).collect();
    refused("utf16le.txt", &le, "looks like UTF-16LE without a BOM");
    let be: Vec<u8> = FRENCH.encode_utf16().flat_map(u16::to_be_bytes).collect();
    refused("utf16be.txt", &be, "looks like UTF-16BE without a BOM");
}

#[test]
fn binary_file() {
    // An ELF header, then pseudo-random bytes.
    let mut bytes = b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00".to_vec();
    let mut x: u32 = 0x9E37_79B9;
    for _ in 0..4096 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes.push(x as u8);
    }
    refused("a.out", &bytes, "binary data (NUL byte at byte 7)");
    // A PNG: no NUL in its first bytes, but not text either.
    refused(
        "image.png",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "binary data (NUL byte at byte 8)",
    );
}

#[test]
fn only_a_metadata_line() {
    refused(
        "date.txt",
        b"date 2022-03\n",
        "no text after the metadata header",
    );
}

#[test]
fn nonexistent_path() {
    let w = Work::new();
    let missing = w.path("no-such-article.txt").display().to_string();
    let before = snapshot(w.dir.path());
    let (code, stdout, stderr) = w.run("translate", &["-o", "out.md", &missing]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stdout.is_empty());
    assert!(
        stderr.contains(&missing)
            && stderr.contains("no such file")
            && !stderr.contains("os error"),
        "{stderr}"
    );
    assert_eq!(snapshot(w.dir.path()), before);
}

#[test]
fn a_directory_where_a_file_is_expected() {
    let w = Work::new();
    std::fs::create_dir(w.path("articles")).unwrap();
    let dir = w.path("articles").display().to_string();
    let before = snapshot(w.dir.path());
    // `segment` walks directories as `translate` does: an empty one is an input error.
    let out = w.cmd().args(["segment", &dir]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(out.stdout.is_empty());
    assert!(
        stderr.contains(&dir) && stderr.contains("no file matching"),
        "{stderr}"
    );
    // `translate` walks directories (batch mode): an empty one is an input error too.
    let (code, stdout, stderr) = w.run("translate", &["-o", "out.md", &dir]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stdout.is_empty());
    assert!(
        stderr.contains(&dir) && stderr.contains("no file matching"),
        "{stderr}"
    );
    assert_eq!(snapshot(w.dir.path()), before);
}

#[test]
fn an_unreadable_file() {
    use std::os::unix::fs::PermissionsExt;
    let w = Work::new();
    let input = w.write("secret.txt", FRENCH);
    std::fs::set_permissions(&input, std::fs::Permissions::from_mode(0o000)).unwrap();
    // Root (CI) reads a mode-000 file anyway: then take a file that no one can read from
    // its start, /proc/self/mem (EIO at offset 0), so the read error path is still run.
    let (path, problem) = if std::fs::read(&input).is_err() {
        (input.clone(), "permission denied")
    } else if cfg!(target_os = "linux") {
        eprintln!("running as root: mode 000 does not stop root; testing with /proc/self/mem");
        ("/proc/self/mem".to_string(), "Input/output error")
    } else {
        eprintln!("skipped: running as root, and no unreadable file on this system");
        return;
    };
    let before = snapshot(w.dir.path());
    let (code, stdout, stderr) = w.run("translate", &["-o", "out.md", &path]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stdout.is_empty());
    assert!(
        stderr.contains(&path) && stderr.contains(problem) && !stderr.contains("os error"),
        "{stderr}"
    );
    assert_eq!(snapshot(w.dir.path()), before);
}

#[test]
fn output_in_a_missing_directory() {
    let w = Work::new();
    let input = w.write("a.txt", FRENCH);
    let before = snapshot(w.dir.path());
    let (code, stdout, stderr) = w.run("translate", &["-o", "no/such/dir/out.md", &input]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("no/such/dir/out.md") && stderr.contains("does not exist"),
        "{stderr}"
    );
    assert_eq!(snapshot(w.dir.path()), before);
    assert!(!w.path("no").exists());
}

#[test]
fn output_that_would_overwrite_the_input() {
    let w = Work::new();
    let input = w.write("a.txt", FRENCH);
    let before = snapshot(w.dir.path());
    // The same file spelled three ways, with and without --force.
    for out in [input.clone(), "a.txt".into(), "./sub/../a.txt".into()] {
        std::fs::create_dir_all(w.path("sub")).unwrap();
        for force in [false, true] {
            let mut args = vec!["-o", out.as_str(), input.as_str()];
            if force {
                args.insert(0, "--force");
            }
            let (code, stdout, stderr) = w.run("translate", &args);
            assert_eq!(code, 2, "{out}: {stderr}");
            assert!(stdout.is_empty());
            assert!(
                stderr.contains("refusing to overwrite the input"),
                "{stderr}"
            );
        }
        std::fs::remove_dir(w.path("sub")).unwrap();
    }
    assert_eq!(snapshot(w.dir.path()), before, "the input is untouched");
}

#[test]
fn an_existing_output_is_kept_without_force() {
    let w = Work::new();
    let input = w.write("a.txt", FRENCH);
    let out = w.write("out.md", "an earlier translation\n");
    let before = snapshot(w.dir.path());
    let (code, stdout, stderr) = w.run("translate", &["-o", &out, &input]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stdout.is_empty());
    assert!(
        stderr.contains(&out) && stderr.contains("already exists; use --force"),
        "{stderr}"
    );
    assert_eq!(snapshot(w.dir.path()), before);
    // With --force it is replaced, whole.
    let (code, _, stderr) = w.run("translate", &["--force", "-o", &out, &input]);
    assert_eq!(code, 0, "{stderr}");
    let written = std::fs::read_to_string(&out).unwrap();
    assert!(written.contains("Nous tiendrons bon"), "{written}");
    assert!(!written.contains("earlier"));
}

#[test]
fn only_a_headline() {
    let w = Work::new();
    let input = w.write(
        "headline.txt",
        "Pékin dément toute aide militaire à Moscou\n",
    );
    let (code, stdout, stderr) = w.run("translate", &["--format", "json", &input]);
    assert_eq!(code, 0, "{stderr}");
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    let segs = v["segments"].as_array().unwrap();
    assert_eq!(segs.len(), 1);
    assert_eq!(segs[0]["fr"], "Pékin dément toute aide militaire à Moscou");
    // And a brief of it.
    let (code, stdout, stderr) = w.run("brief", &["--format", "json", &input]);
    assert_eq!(code, 0, "{stderr}");
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    assert_eq!(v["summary"], serde_json::json!([1]));
}

#[test]
fn a_100_kb_sentence_is_cut_within_the_backends_limits() {
    // The backend records what it is sent, then echoes it.
    let w = Work::with_backends(
        "[backends.record]\nkind = \"command\"\ncommand = [\"sh\", \"-c\", \"tee -a sent.txt\"]\n",
    );
    let words = [
        "la",
        "guerre",
        "des",
        "prix",
        "énergétiques",
        "continue",
        "sans",
        "fin",
    ];
    let mut sentence = String::new();
    let mut i = 0;
    while sentence.len() < 100 * 1024 {
        sentence.push_str(words[i % words.len()]);
        sentence.push(' ');
        i += 1;
    }
    let input = w.write("long.txt", sentence.trim_end());
    let (code, stdout, stderr) = w.run(
        "translate",
        &["--backend", "record", "--format", "json", &input],
    );
    assert_eq!(code, 0, "{stderr}");
    let sent = std::fs::read_to_string(w.path("sent.txt")).unwrap();
    let longest = sent.lines().map(str::len).max().unwrap();
    // Google's 5,000 bytes per request is the smallest limit of the backends.
    assert!(longest <= 2_000, "a {longest}-byte line was sent");
    assert!(sent.lines().count() >= 50);
    // Nothing lost: every word is in the output, in order.
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    let en = common::segment_texts(&v, "en");
    assert_eq!(en.join(" "), sentence.trim_end());
}

const ENGLISH: &str = "The minister said on Tuesday that the government would not change its \
    energy policy before the end of the year. \"We will hold firm,\" he added, as thousands of \
    people marched through the capital to protest against rising prices.\n";

#[test]
fn a_file_that_is_not_french_is_warned_about_or_refused_with_strict() {
    let w = Work::new();
    let input = w.write("english.txt", ENGLISH);
    let (code, stdout, stderr) = w.run("translate", &[&input]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("We will hold firm"));
    let warning = stderr
        .lines()
        .find(|l| l.contains("looks like English"))
        .unwrap_or_else(|| panic!("no warning: {stderr}"));
    assert!(
        warning.contains(&input) && warning.ends_with("translating anyway"),
        "{warning}"
    );
    // The confidence says what it is (it was a bare "(1.00)").
    let confidence: f64 = warning
        .split("(confidence ")
        .nth(1)
        .and_then(|s| s.split("%)").next())
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no confidence in {warning}"));
    assert!((0.0..=100.0).contains(&confidence));
    // French is not warned about.
    let fr = w.write("fr.txt", FRENCH);
    let (code, _, stderr) = w.run("translate", &[&fr]);
    assert_eq!(code, 0);
    assert!(!stderr.contains("looks like"), "{stderr}");
    // --strict refuses, nothing written.
    let before = snapshot(w.dir.path());
    let (code, stdout, stderr) = w.run("brief", &["--strict", "-o", "out.md", &input]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stdout.is_empty());
    assert!(
        stderr.contains(&input)
            && stderr.contains("looks like English")
            && stderr.contains("--strict"),
        "{stderr}"
    );
    assert_eq!(snapshot(w.dir.path()), before);
}

#[test]
fn html_input_gives_its_text_without_script_or_style() {
    let w = Work::new();
    let page = "<!DOCTYPE html><html><head><title>Le Monde</title>\
        <style>body { font-family: serif }</style>\
        <script>window.tracker = 'ne pas traduire';</script></head><body>\
        <nav><a href='/'>Accueil</a></nav>\
        <article><h1>Pékin dément</h1>\
        <p>Le ministre a déclaré mardi que le gouvernement ne changerait pas sa politique.</p>\
        <p>« Nous tiendrons bon », a-t-il ajouté&nbsp;!</p>\
        <script type='application/ld+json'>{\"headline\": \"caché\"}</script></article>\
        </body></html>";
    let input = w.write("page.html", page);
    let (code, stdout, stderr) = w.run(
        "translate",
        &["--input-format", "html", "--format", "json", &input],
    );
    assert_eq!(code, 0, "{stderr}");
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    let fr = common::segment_texts(&v, "fr");
    // The article's body only (issue 15): no navigation; the headline is the title.
    assert_eq!(
        fr,
        [
            "Le ministre a déclaré mardi que le gouvernement ne changerait pas sa politique.",
            "« Nous tiendrons bon », a-t-il ajouté !"
        ]
    );
    assert_eq!(v["metadata"]["title"], "Pékin dément");
    for hidden in [
        "tracker",
        "font-family",
        "caché",
        "Le Monde",
        "Accueil",
        "<",
    ] {
        assert!(!stdout.contains(hidden), "{hidden} leaked: {stdout}");
    }
    // A page with no text is an input error.
    refused_html(&w, "<html><script>x()</script><style>p{}</style></html>");
    // With --input-format text the markup is text, translated as is.
    let (code, stdout, _) = w.run(
        "translate",
        &["--input-format", "text", "--format", "text", &input],
    );
    assert_eq!(code, 0);
    assert!(stdout.contains("<p>"));
}

fn refused_html(w: &Work, page: &str) {
    let input = w.write("empty.html", page);
    let (code, stdout, stderr) = w.run("translate", &["--input-format", "html", &input]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stdout.is_empty());
    assert!(
        stderr.contains(&input) && stderr.contains("no text in the HTML page"),
        "{stderr}"
    );
}

/// Peak resident memory of `child` in KiB, sampled from /proc until it exits.
#[cfg(target_os = "linux")]
fn peak_rss_kib(child: &mut Child) -> (std::process::ExitStatus, u64) {
    let status_path = format!("/proc/{}/status", child.id());
    let mut peak = 0;
    loop {
        if let Ok(s) = std::fs::read_to_string(&status_path) {
            if let Some(kb) = s
                .lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|n| n.parse::<u64>().ok())
            {
                peak = peak.max(kb);
            }
        }
        if let Some(status) = child.try_wait().expect("wait") {
            return (status, peak);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A 50 MB article (the French paragraph repeated, blank lines between) goes through with
/// memory bounded. Slow in a debug build (see BENCHMARKS.md "Hostile input"), hence ignored;
/// run it with `cargo test --test hostile -- --ignored`.
#[test]
#[ignore = "about a minute or more in a debug build; run with --ignored"]
#[cfg(target_os = "linux")]
fn a_50_mb_file_works_with_bounded_memory() {
    let w = Work::new();
    let para = format!("{FRENCH}\n");
    let n = 50 * 1024 * 1024 / para.len() + 1;
    let input = w.write("big.txt", para.repeat(n));
    let size = std::fs::metadata(&input).unwrap().len();
    assert!(size >= 50 * 1024 * 1024);
    let mut child = w
        .child()
        .args([
            "translate",
            "--no-cache",
            "-q",
            "--format",
            "text",
            "-o",
            "big.en.txt",
            &input,
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (status, peak_kib) = peak_rss_kib(&mut child);
    assert!(status.success(), "{status}");
    let out = std::fs::metadata(w.path("big.en.txt")).unwrap().len();
    assert!(out >= size / 2, "output {out} bytes for {size} of input");
    eprintln!("50 MB input: peak RSS {} MiB", peak_kib / 1024);
    // Bounded: a small multiple of the input (text, segments, translations, rendered output),
    // not growing without limit.
    assert!(peak_kib < 2 * 1024 * 1024, "peak RSS {peak_kib} KiB");
}

// ---------------------------------------------------------------------------------------------
// Nothing lost: a run killed mid-way
// ---------------------------------------------------------------------------------------------

/// A backend script that echoes, except for a text holding `SLOW`: then it touches `started`
/// and waits (at most 60 s) for the test to create `stop`.
const SLOW_ENGINE: &str = r#"input=$(cat)
case "$input" in
  *SLOW*)
    touch started
    i=0
    while [ ! -f stop ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i+1)); done
    ;;
esac
printf '%s\n' "$input"
"#;

fn slow_work() -> Work {
    let w = Work::with_backends(
        "[backends.slow]\nkind = \"command\"\ncommand = [\"sh\", \"slow.sh\"]\n",
    );
    std::fs::write(w.path("slow.sh"), SLOW_ENGINE).unwrap();
    w
}

fn wait_for(path: &Path, child: &mut Child) {
    let start = Instant::now();
    while !path.exists() {
        if let Some(status) = child.try_wait().unwrap() {
            panic!("passerelle ended before the backend started: {status}");
        }
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "backend never started"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn temp_files(dir: &Path) -> Vec<PathBuf> {
    snapshot(dir)
        .into_keys()
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.starts_with(".passerelle-") || name.starts_with(".tmp")
        })
        .collect()
}

/// Three articles into `out/`: the first is written, the run is killed with `signal` while the
/// second is being translated; `out/b.md` existed before (with --force it would be replaced).
fn killed_mid_run(signal: &str) -> (Work, std::process::ExitStatus, String) {
    let w = slow_work();
    let a = w.write("a.txt", "Premier article, traduit en entier.\n");
    let b = w.write("b.txt", "Deuxième article, SLOW à traduire.\n");
    let c = w.write("c.txt", "Troisième article, jamais atteint.\n");
    std::fs::create_dir(w.path("out")).unwrap();
    std::fs::write(w.path("out/b.md"), "earlier output of b\n").unwrap();
    let mut child = w
        .child()
        .env_remove("PASSERELLE_CONFIG")
        .env_remove("PASSERELLE_BACKEND")
        .args([
            "translate",
            "--force",
            // One article per window, so that the first is written before the second starts.
            "--window",
            "1",
            "--backend",
            "slow",
            "-o",
            "out/",
            &a,
            &b,
            &c,
        ])
        .stdout(Stdio::null())
        // A file, not a pipe: the orphaned backend script keeps its stderr open.
        .stderr(std::fs::File::create(w.path("stderr.log")).unwrap())
        .spawn()
        .unwrap();
    wait_for(&w.path("started"), &mut child);
    let killed = std::process::Command::new("kill")
        .args([signal, &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = child.wait().unwrap();
    // Let the orphaned backend script end.
    std::fs::write(w.path("stop"), "").unwrap();
    let stderr = std::fs::read_to_string(w.path("stderr.log")).unwrap();
    (w, status, stderr)
}

fn check_nothing_lost(w: &Work) {
    let a = std::fs::read_to_string(w.path("out/a.md")).expect("the finished output is there");
    assert!(
        a.contains("Premier article, traduit en entier.") && a.ends_with('\n'),
        "{a}"
    );
    // The output being made when the run was killed is the old one, whole, not a truncation.
    assert_eq!(
        std::fs::read_to_string(w.path("out/b.md")).unwrap(),
        "earlier output of b\n"
    );
    assert!(!w.path("out/c.md").exists());
    assert_eq!(temp_files(w.dir.path()), Vec::<PathBuf>::new());
}

#[test]
#[cfg(unix)]
fn sigint_mid_run_exits_130_and_loses_nothing() {
    let (w, status, stderr) = killed_mid_run("-INT");
    assert_eq!(status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("interrupted"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    check_nothing_lost(&w);
}

#[test]
#[cfg(unix)]
fn sigterm_mid_run_exits_143_and_loses_nothing() {
    let (w, status, stderr) = killed_mid_run("-TERM");
    assert_eq!(status.code(), Some(143), "{stderr}");
    check_nothing_lost(&w);
}

#[test]
#[cfg(unix)]
fn sigkill_mid_run_loses_nothing() {
    use std::os::unix::process::ExitStatusExt;
    let (w, status, _) = killed_mid_run("-KILL");
    assert_eq!(status.signal(), Some(9));
    check_nothing_lost(&w);
}

// ---------------------------------------------------------------------------------------------
// Issue 13: panics, hangs, memory, file modes, temporary files, what cannot heal
// ---------------------------------------------------------------------------------------------

/// A `[backends.svc]` of `kind` at `url`, key from `PASSERELLE_HOSTILE_KEY`, with quick
/// retries (up to 5) so that what is retried shows in the message.
fn service(kind: &str, url: &str) -> Work {
    // `model` is a key of the openai kind only (keys of another kind are refused).
    let model = if kind == "openai" {
        "model = \"m\"\n"
    } else {
        ""
    };
    Work::with_backends(&format!(
        "[backends.svc]\nkind = \"{kind}\"\nurl = \"{url}\"\napi_key_env = \"PASSERELLE_HOSTILE_KEY\"\n\
         {model}retry_base_seconds = 0.01\nmax_retries = 5\nmax_retry_seconds = 20\n\
         timeout_seconds = 5\n"
    ))
}

/// `translate --backend svc` of a short French text, the backend a [`service`] of `kind` at
/// `url`, run off the async runtime: (exit code, stderr).
async fn translate_with_service(kind: &str, url: &str) -> (i32, String) {
    let w = service(kind, url);
    tokio::task::spawn_blocking(move || {
        let input = w.write("a.txt", FRENCH);
        let out = w
            .cmd()
            .args(["translate", "--no-cache", "--backend", "svc", &input])
            .env("PASSERELLE_HOSTILE_KEY", "hostile-test-key-0123")
            .output()
            .expect("passerelle runs");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(!stderr.contains("panicked"), "panic: {stderr}");
        (out.status.code().unwrap_or(-1), stderr)
    })
    .await
    .unwrap()
}

/// A mock server that answers every request with `response`.
async fn answering(response: wiremock::ResponseTemplate) -> wiremock::MockServer {
    let server = wiremock::MockServer::start().await;
    wiremock::Mock::given(wiremock::matchers::any())
        .respond_with(response)
        .mount(&server)
        .await;
    server
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_huge_retry_after_gives_up_at_once_without_a_panic() {
    use wiremock::ResponseTemplate;
    for (header, value) in [
        ("Retry-After", "1e300"),
        ("retry-after-ms", "1e300"),
        ("Retry-After", "99999999999999999999999"),
    ] {
        let server = answering(ResponseTemplate::new(429).insert_header(header, value)).await;
        let (code, stderr) = translate_with_service("deepl", &server.uri()).await;
        assert_eq!(code, 3, "{header}: {value}: {stderr}");
        assert!(
            stderr.contains("the server asked to wait a year or more, beyond max_retry_seconds"),
            "{header}: {value}: {stderr}"
        );
        // Given up at once: the server was asked once.
        assert_eq!(server.received_requests().await.unwrap().len(), 1);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn what_cannot_heal_is_not_retried() {
    use wiremock::{MockServer, ResponseTemplate};
    // 401 and 403: one request, an authentication error.
    for status in [401, 403] {
        let server = answering(ResponseTemplate::new(status)).await;
        let (code, stderr) = translate_with_service("deepl", &server.uri()).await;
        assert_eq!(code, 3, "{status}: {stderr}");
        assert_eq!(
            server.received_requests().await.unwrap().len(),
            1,
            "{status} was retried: {stderr}"
        );
    }
    // A host name that does not resolve, and TLS spoken to a plain HTTP server: no retry.
    let server = MockServer::start().await;
    let tls_to_plain = server.uri().replace("http://", "https://");
    for url in ["http://no-such-host.invalid", tls_to_plain.as_str()] {
        let (code, stderr) = translate_with_service("libretranslate", url).await;
        assert_eq!(code, 3, "{url}: {stderr}");
        assert!(
            stderr.contains("not retried") && !stderr.contains("tries"),
            "{url}: {stderr}"
        );
    }
}

#[test]
fn a_hung_engine_is_stopped_with_every_process_it_started() {
    let w = Work::with_backends(
        "[backends.hung]\nkind = \"command\"\ncommand = [\"sh\", \"-c\", \"sleep 300 & echo $! > sleep.pid; wait\"]\ntimeout_seconds = 0.5\n",
    );
    let input = w.write("a.txt", FRENCH);
    let (code, _, stderr) = w.run("translate", &["--backend", "hung", &input]);
    assert_eq!(code, 3, "{stderr}");
    assert!(
        stderr.contains("did not finish within 0.5 s (timeout_seconds)"),
        "{stderr}"
    );
    let pid = std::fs::read_to_string(w.path("sleep.pid")).unwrap();
    let stat = format!("/proc/{}/stat", pid.trim());
    let start = Instant::now();
    loop {
        let state = std::fs::read_to_string(&stat).unwrap_or_default();
        if state.is_empty() || state.contains(") Z ") {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the engine's `sleep` outlived it: {state}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn an_engine_flooding_its_output_fails_its_batch_with_memory_bounded() {
    let w = Work::with_backends("[backends.yes]\nkind = \"command\"\ncommand = [\"yes\"]\n");
    let input = w.write("a.txt", FRENCH);
    let (code, stdout, stderr) = w.run("translate", &["--backend", "yes", &input]);
    assert!(matches!(code, 1 | 3), "{stderr}");
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("`yes` wrote more than 1.1 MB for a batch of 163 bytes; stopped"),
        "{stderr}"
    );
}

#[test]
fn dev_zero_is_refused_at_once() {
    let w = Work::new();
    for sub in ["translate", "segment"] {
        let args: &[&str] = if sub == "segment" {
            &["/dev/zero"]
        } else {
            &["-o", "out.md", "/dev/zero"]
        };
        let out = w.cmd().arg(sub).args(args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{sub}: {stderr}");
        assert!(
            stderr.contains("/dev/zero: binary data (NUL byte at byte 0)"),
            "{sub}: {stderr}"
        );
    }
    assert!(!w.path("out.md").exists());
}

/// Runs `passerelle ARGS` under `umask` (through sh, so the test process's own umask is
/// left alone), in `w` as [`Work::cmd`] does.
fn run_with_umask(w: &Work, umask: &str, args: &[&str]) -> (i32, String) {
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("umask {umask} && exec \"$0\" \"$@\""))
        .arg(assert_cmd::cargo::cargo_bin("passerelle"))
        .args(args)
        .current_dir(w.dir.path())
        .env_remove("PASSERELLE_BACKEND")
        .env_remove("PASSERELLE_CONFIG")
        .env_remove("PASSERELLE_LOG")
        .env("XDG_CONFIG_HOME", w.path("xdg-config"))
        .env("XDG_CACHE_HOME", w.path("xdg-cache"))
        .env("PASSERELLE_CACHE_DIR", w.path("cache"))
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn new_outputs_follow_the_umask_and_a_replaced_one_keeps_its_mode() {
    use std::os::unix::fs::PermissionsExt;
    let w = Work::new();
    let input = w.write("a.txt", FRENCH);
    let mode = |name: &str| {
        std::fs::metadata(w.path(name))
            .unwrap()
            .permissions()
            .mode()
            & 0o777
    };
    for (umask, expected) in [("022", 0o644), ("027", 0o640), ("077", 0o600)] {
        let name = format!("out-{umask}.md");
        let (code, stderr) =
            run_with_umask(&w, umask, &["translate", "--no-cache", "-o", &name, &input]);
        assert_eq!(code, 0, "{stderr}");
        assert_eq!(mode(&name), expected, "umask {umask}");
    }
    // Replaced with --force: the mode stays, whatever the umask.
    std::fs::set_permissions(w.path("out-022.md"), std::fs::Permissions::from_mode(0o604)).unwrap();
    let (code, stderr) = run_with_umask(
        &w,
        "077",
        &[
            "translate",
            "--no-cache",
            "--force",
            "-o",
            "out-022.md",
            &input,
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(mode("out-022.md"), 0o604);
}

#[test]
fn stale_temporary_files_of_a_killed_run_are_removed() {
    let w = Work::new();
    let input = w.write("a.txt", FRENCH);
    // One left by a process that no longer exists, one by a live process (this test), and
    // a file of another naming: only the first goes.
    let dead = {
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let pid = child.id();
        child.wait().unwrap();
        pid
    };
    let stale = w.write(&format!(".passerelle-{dead}-AbC123.tmp"), "half");
    let live = w.write(
        &format!(".passerelle-{}-XyZ789.tmp", std::process::id()),
        "busy",
    );
    let other = w.write(".passerelle-notes.tmp", "mine");
    // Older than the run.
    std::thread::sleep(Duration::from_millis(20));
    let (code, _, stderr) = w.run("translate", &["-o", "out.md", &input]);
    assert_eq!(code, 0, "{stderr}");
    assert!(!Path::new(&stale).exists(), "stale temporary file left");
    assert!(Path::new(&live).exists() && Path::new(&other).exists());
}

/// Makes a FIFO at `path` and starts its reader: a `cat` of the pipe (a process, so that a
/// run that replaced the pipe instead of writing into it cannot hang the test).
fn fifo_with_reader(path: &Path) -> Child {
    assert!(std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap()
        .success());
    std::process::Command::new("cat")
        .arg(path)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Waits at most `limit` for `child` to end: its status, or `None` while it still runs.
fn wait_within(child: &mut Child, limit: Duration) -> Option<std::process::ExitStatus> {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return Some(status);
        }
        if start.elapsed() > limit {
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// What `reader` (of [`fifo_with_reader`]) read from its pipe.
fn read_by(reader: &mut Child) -> String {
    let mut got = String::new();
    std::io::Read::read_to_string(&mut reader.stdout.take().unwrap(), &mut got).unwrap();
    got
}

#[test]
fn a_fifo_given_as_output_is_written_in_place_not_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let w = Work::new();
    let input = w.write("a.txt", FRENCH);
    let fifo = w.path("pipe.md");
    let mut reader = fifo_with_reader(&fifo);
    let (code, _, stderr) = w.run("translate", &["--force", "-o", "pipe.md", &input]);
    assert_eq!(code, 0, "{stderr}");
    if wait_within(&mut reader, Duration::from_secs(10)).is_none() {
        let _ = reader.kill();
        panic!("nothing was written into the pipe");
    }
    let got = read_by(&mut reader);
    assert!(got.contains("Nous tiendrons bon"), "{got}");
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
}

#[test]
fn an_unusable_cache_is_warned_about_once_and_the_run_goes_on() {
    let w = Work::new();
    let input = w.write("a.txt", FRENCH);
    // A cache file that is not a database, and a cache directory that cannot be created
    // (/proc is read-only, even for root).
    std::fs::create_dir_all(w.path("cache")).unwrap();
    std::fs::write(w.path("cache/translations.sqlite3"), vec![b'x'; 8192]).unwrap();
    for dir in [w.path("cache"), PathBuf::from("/proc/passerelle-no-cache")] {
        let out = w
            .cmd()
            .args(["translate", "--format", "text", &input])
            .env("PASSERELLE_CACHE_DIR", &dir)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{}: {stderr}", dir.display());
        assert!(String::from_utf8_lossy(&out.stdout).contains("Nous tiendrons bon"));
        assert_eq!(
            stderr.matches("without the cache").count(),
            1,
            "{}: {stderr}",
            dir.display()
        );
    }
}

#[test]
fn cache_clear_removes_a_corrupt_database() {
    let w = Work::new();
    std::fs::create_dir_all(w.path("cache")).unwrap();
    let db = w.path("cache/translations.sqlite3");
    std::fs::write(&db, vec![b'x'; 8192]).unwrap();
    let out = w.cmd().args(["cache", "clear"]).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("not a sound cache database"), "{stdout}");
    assert!(!db.exists());
}

#[test]
fn spans_are_byte_ranges_in_the_input_file_in_every_encoding() {
    let text = "Le président a parlé mardi. Il a démenti à Pékin.\n\nUn second paragraphe ici.\n";
    let utf16 = |le: bool| -> Vec<u8> {
        let mut out = if le {
            vec![0xFF, 0xFE]
        } else {
            vec![0xFE, 0xFF]
        };
        for u in text.encode_utf16() {
            out.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        out
    };
    let decode16 = |bytes: &[u8], le: bool| -> String {
        let units: Vec<u16> = bytes
            .chunks(2)
            .map(|c| {
                if le {
                    u16::from_le_bytes([c[0], c[1]])
                } else {
                    u16::from_be_bytes([c[0], c[1]])
                }
            })
            .collect();
        String::from_utf16(&units).unwrap()
    };
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("utf8", text.as_bytes().to_vec()),
        ("bom", [&[0xEF, 0xBB, 0xBF][..], text.as_bytes()].concat()),
        ("utf16le", utf16(true)),
        ("utf16be", utf16(false)),
    ];
    let w = Work::new();
    for (name, bytes) in cases {
        let input = w.write(&format!("{name}.txt"), &bytes);
        for sub in ["translate", "segment"] {
            let (code, stdout, stderr) = if sub == "segment" {
                let out = w
                    .cmd()
                    .args(["segment", "--format", "json", &input])
                    .output()
                    .unwrap();
                (
                    out.status.code().unwrap_or(-1),
                    String::from_utf8_lossy(&out.stdout).into_owned(),
                    String::from_utf8_lossy(&out.stderr).into_owned(),
                )
            } else {
                w.run("translate", &["--format", "json", &input])
            };
            assert_eq!(code, 0, "{name} {sub}: {stderr}");
            let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
            let segments = if sub == "segment" {
                v.clone()
            } else {
                v["segments"].clone()
            };
            let segments = segments.as_array().unwrap();
            assert_eq!(segments.len(), 3, "{name} {sub}");
            for s in segments {
                let (a, b) = (
                    s["span"][0].as_u64().unwrap() as usize,
                    s["span"][1].as_u64().unwrap() as usize,
                );
                let piece = &bytes[a..b];
                let got = match name {
                    "utf16le" => decode16(piece, true),
                    "utf16be" => decode16(piece, false),
                    _ => String::from_utf8(piece.to_vec()).unwrap(),
                };
                let fr = s.get("fr").or_else(|| s.get("text")).unwrap();
                assert_eq!(got, fr.as_str().unwrap(), "{name} {sub}: span {a}..{b}");
            }
        }
    }
}

#[test]
fn output_under_a_regular_file_says_it_is_a_file() {
    let w = Work::new();
    let input = w.write("a.txt", FRENCH);
    let other = w.write("b.txt", FRENCH);
    let before = snapshot(w.dir.path());
    // One output whose directory is a file, and an output directory below a file.
    for args in [
        vec!["-o", "a.txt/out.md", input.as_str()],
        vec!["-o", "a.txt/sub/", input.as_str(), other.as_str()],
    ] {
        let (code, stdout, stderr) = w.run("translate", &args);
        assert_eq!(code, 2, "{stderr}");
        assert!(stdout.is_empty());
        assert!(
            stderr.contains("a.txt is a file, not a directory") && !stderr.contains("not exist"),
            "{stderr}"
        );
    }
    assert_eq!(snapshot(w.dir.path()), before);
}

#[test]
fn the_input_directory_as_output_directory_is_named_as_such() {
    let w = Work::new();
    std::fs::create_dir(w.path("in")).unwrap();
    w.write("in/a.txt", FRENCH);
    let before = snapshot(w.dir.path());
    for out in ["in", "in/", "./in"] {
        let (code, stdout, stderr) = w.run("translate", &["-o", out, "in"]);
        assert_eq!(code, 2, "{stderr}");
        assert!(stdout.is_empty());
        assert!(
            stderr.contains("in: is also the output directory (-o)")
                && !stderr.contains("no file matching"),
            "{stderr}"
        );
    }
    assert_eq!(snapshot(w.dir.path()), before);
}

#[test]
fn stdin_given_twice_is_an_input_error_not_a_config_one() {
    let w = Work::new();
    for sub in ["translate", "segment"] {
        let out = w
            .cmd()
            .args([sub, "-", "-"])
            .write_stdin(FRENCH)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{sub}: {stderr}");
        assert!(out.stdout.is_empty());
        assert_eq!(
            stderr.trim_end(),
            "passerelle: -: stdin is given twice as an input; it can be read only once",
            "{sub}"
        );
    }
}

/// `translate -f jsonl --jsonl feed.jsonl` of a feed whose first line is a whole article and
/// whose next lines are `rest`: exit 1 (some lines failed); its stderr.
fn stderr_of_a_feed_ending(rest: &str) -> String {
    let w = Work::new();
    w.write(
        "feed.jsonl",
        format!("{}\n{rest}", serde_json::json!({"id": 1, "text": FRENCH})),
    );
    let (code, _, stderr) = w.run("translate", &["-f", "jsonl", "--jsonl", "feed.jsonl"]);
    assert_eq!(code, 1, "{stderr}");
    stderr
}

#[test]
fn a_truncated_jsonl_line_is_called_cut_short() {
    // The second line is cut in the middle of its text (its line break kept), the third at
    // the end of the file (no line break).
    let stderr = stderr_of_a_feed_ending(
        "{\"id\": 2, \"text\": \"Le maire a \n{\"id\": 3, \"text\": \"Le mai",
    );
    for line in ["feed.jsonl:2", "feed.jsonl:3"] {
        assert!(
            stderr.contains(&format!(
                "{line}: the line ends before its JSON object does (cut short?)"
            )),
            "{stderr}"
        );
    }
    assert!(!stderr.contains("control character"), "{stderr}");
}

#[test]
fn a_jsonl_line_that_is_not_an_object_names_no_rust_type() {
    let stderr = stderr_of_a_feed_ending("\"a string\"\n[1, 2]\n42\n");
    for n in 2..=4 {
        assert!(
            stderr.contains(&format!("feed.jsonl:{n}: not a JSON object")),
            "{stderr}"
        );
    }
    assert!(
        !stderr.contains("struct") && !stderr.contains("Head") && !stderr.contains("trailing"),
        "{stderr}"
    );
}

/// `stderr` is one line naming `file`.
fn one_line_naming(stderr: &str, file: &str) {
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(lines[0].contains(file), "{stderr}");
}

#[test]
fn no_file_the_run_reads_is_ever_written_force_or_not() {
    let w = Work::new();
    let input = w.write("a.txt", FRENCH);
    w.write(
        "feed.jsonl",
        format!(
            "{{\"id\": \"x\", \"text\": {:?}}}\n{{\"id\": \"bad\"}}\n",
            FRENCH
        ),
    );
    w.write(
        "terms.tsv",
        "fr\ten\tkind\tnote\nministre\tminister\tterm\t\n",
    );
    std::fs::copy(w.path("passerelle.toml"), w.path("my.toml")).unwrap();
    std::fs::hard_link(w.path("terms.tsv"), w.path("hard.tsv")).unwrap();
    std::os::unix::fs::symlink("feed.jsonl", w.path("link.jsonl")).unwrap();
    let cases: &[(&str, &[&str])] = &[
        (
            "feed.jsonl",
            &["--jsonl", "feed.jsonl", "-f", "jsonl", "-o", "feed.jsonl"],
        ),
        (
            "feed.jsonl",
            &["--jsonl", "feed.jsonl", "-f", "jsonl", "-o", "link.jsonl"],
        ),
        ("terms.tsv", &["-g", "terms.tsv", "-o", "terms.tsv", &input]),
        (
            "terms.tsv",
            &["-g", "./terms.tsv", "-o", "hard.tsv", &input],
        ),
        ("my.toml", &["--config", "my.toml", "-o", "my.toml", &input]),
        ("passerelle.toml", &["-o", "passerelle.toml", &input]),
    ];
    for (file, args) in cases {
        for force in [false, true] {
            let before = snapshot(w.dir.path());
            let mut args = args.to_vec();
            if force {
                args.insert(0, "--force");
            }
            let (code, stdout, stderr) = w.run("translate", &args);
            assert_eq!(code, 2, "{args:?}: {stderr}");
            assert!(stdout.is_empty());
            one_line_naming(&stderr, file);
            assert!(
                stderr.contains("refusing to overwrite") && !stderr.contains("--force"),
                "{args:?}: {stderr}"
            );
            assert_eq!(snapshot(w.dir.path()), before, "{args:?}");
        }
    }
}

#[test]
fn a_device_given_as_output_is_written_into_never_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let w = Work::new();
    let input = w.write("a.txt", FRENCH);
    // /dev/null: written into, without --force (nothing is lost), and with it.
    for force in [false, true] {
        let mut args = vec!["-o", "/dev/null", input.as_str()];
        if force {
            args.insert(0, "--force");
        }
        let (code, stdout, stderr) = w.run("translate", &args);
        assert_eq!(code, 0, "{stderr}");
        assert!(stdout.is_empty());
        let null = std::fs::metadata("/dev/null").unwrap();
        assert!(null.file_type().is_char_device(), "/dev/null was replaced");
    }
    // A JSONL stream into a device of our own (the same as /dev/null; root only).
    let dev = w.path("null");
    let made = std::process::Command::new("mknod")
        .arg(&dev)
        .args(["c", "1", "3"])
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        assert!(
            !common::tools_required(),
            "mknod failed (tests run as root on CI)"
        );
        return;
    }
    for format in ["jsonl", "json"] {
        let (code, _, stderr) = w.run(
            "translate",
            &["--force", "-f", format, "-o", "null", &input],
        );
        assert_eq!(code, 0, "{stderr}");
        let meta = std::fs::metadata(&dev).unwrap();
        assert!(
            meta.file_type().is_char_device(),
            "{format}: the device was replaced"
        );
    }
    assert!(
        !snapshot(w.dir.path())
            .keys()
            .any(|p| p.to_string_lossy().ends_with(".tmp")),
        "no temporary file left"
    );
}

#[test]
fn a_file_name_for_several_inputs_is_refused_unless_it_is_a_directory() {
    let w = Work::new();
    let a = w.write("a.txt", FRENCH);
    let b = w.write("b.txt", FRENCH);
    let before = snapshot(w.dir.path());
    let (code, stdout, stderr) = w.run("translate", &["-o", "single.md", &a, &b]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stdout.is_empty());
    one_line_naming(&stderr, "single.md");
    assert!(
        stderr.contains("-o DIR/") && stderr.contains("-f jsonl"),
        "{stderr}"
    );
    assert!(!w.path("single.md").exists(), "no directory made");
    assert_eq!(snapshot(w.dir.path()), before);
    // With a slash, or as an existing directory, it is a directory.
    for out in ["single.md/", "two.md"] {
        std::fs::create_dir_all(w.path("two.md")).unwrap();
        let (code, _, stderr) = w.run("translate", &["-o", out, &a, &b]);
        assert_eq!(code, 0, "{out}: {stderr}");
        let dir = w.path(out.trim_end_matches('/'));
        assert!(dir.join("a.md").is_file() && dir.join("b.md").is_file());
    }
}

#[test]
fn several_inputs_to_stdout_are_refused_in_the_formats_that_hold_one_article() {
    let w = Work::new();
    let a = w.write("a.txt", FRENCH);
    let b = w.write("b.txt", FRENCH);
    for sub in ["translate", "brief"] {
        for format in ["json", "tmx", "xliff", "html", "text"] {
            let (code, stdout, stderr) = w.run(sub, &["-f", format, &a, &b]);
            assert_eq!(code, 2, "{sub} {format}: {stderr}");
            assert!(stdout.is_empty(), "{sub} {format}: {stdout}");
            assert_eq!(stderr.lines().count(), 1, "{stderr}");
            assert!(
                stderr.contains(&format!("--format {format}"))
                    && stderr.contains("-o DIR/")
                    && stderr.contains("-f jsonl"),
                "{stderr}"
            );
        }
        // One article is one document; Markdown and JSON Lines hold several.
        let (code, _, stderr) = w.run(sub, &["-f", "json", &a]);
        assert_eq!(code, 0, "{stderr}");
        for format in ["markdown", "jsonl"] {
            let (code, stdout, stderr) = w.run(sub, &["-f", format, &a, &b]);
            assert_eq!(code, 0, "{sub} {format}: {stderr}");
            assert!(
                stdout.contains("a.txt") && stdout.contains("b.txt"),
                "{stdout}"
            );
        }
    }
}

#[test]
fn an_input_past_max_input_size_is_refused_naming_the_file_and_the_limit() {
    let w = Work::new();
    let big = w.write("big.txt", FRENCH.repeat(8));
    assert!(FRENCH.len() * 8 > 1000 && FRENCH.len() < 1000);
    let small = w.write("small.txt", FRENCH);
    let limit = "larger than the input size limit of 1000 bytes";
    let before = snapshot(w.dir.path());
    for sub in ["translate", "brief"] {
        let (code, stdout, stderr) = w.run(sub, &["--max-input-size", "1k", "-o", "out.md", &big]);
        assert_eq!(code, 2, "{sub}: {stderr}");
        assert!(stdout.is_empty());
        assert!(
            stderr.contains(&format!("{big}: {limit}")),
            "{sub}: {stderr}"
        );
        assert_eq!(snapshot(w.dir.path()), before, "{sub} wrote something");
    }
    // segment and stdin too.
    let out = w
        .cmd()
        .args(["segment", "--max-input-size", "1000", "-"])
        .write_stdin(FRENCH.repeat(8))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains(&format!("<stdin>: {limit}")), "{stderr}");
    // Among several inputs, only the large one fails (exit 1).
    let (code, _, stderr) = w.run(
        "translate",
        &["--max-input-size", "1000", "-o", "out", &big, &small],
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains(&format!("{big}: {limit}")), "{stderr}");
    assert!(w.path("out/small.md").is_file() && !w.path("out/big.md").exists());
    // Under the limit (the default, or a larger one), the same input is read.
    let (code, _, stderr) = w.run("translate", &["--max-input-size", "1MiB", &big]);
    assert_eq!(code, 0, "{stderr}");
    // A bad size is a usage error.
    let (code, _, stderr) = w.run("translate", &["--max-input-size", "10X", &big]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("unknown unit"), "{stderr}");
}

#[test]
fn a_fifo_under_an_output_directory_is_written_into_never_read() {
    use std::os::unix::fs::FileTypeExt;
    let w = Work::new();
    let a = w.write("a.txt", FRENCH);
    let b = w.write("b.txt", FRENCH);
    std::fs::create_dir(w.path("out")).unwrap();
    let fifo = w.path("out/a.md");
    let mut reader = fifo_with_reader(&fifo);
    // A run that read the pipe (to compare it with the new output) would wait for ever.
    let mut run = w
        .child()
        .args([
            "translate",
            "--config",
            "passerelle.toml",
            "--no-cache",
            "-q",
            "--force",
        ])
        .args(["-o", "out/", &a, &b])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let Some(status) = wait_within(&mut run, Duration::from_secs(30)) else {
        let _ = run.kill();
        let _ = reader.kill();
        panic!("the run hung on the pipe");
    };
    assert_eq!(status.code(), Some(0));
    let got = read_by(&mut reader);
    let _ = reader.wait();
    assert!(got.contains("Nous tiendrons bon"), "{got}");
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
    assert!(w.path("out/b.md").is_file());
}
