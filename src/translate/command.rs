//! The `command` backend: runs any program given as an argv list, one segment per line on
//! stdin, one translation per line on stdout: the escape hatch for engines we do not ship.
//!
//! Also home of the line protocol shared with the Apertium backend: [`encode_lines`] puts a
//! batch on one line per text (line breaks inside a text become spaces, so the 1:1 mapping
//! holds) and [`decode_lines`] maps the output back, refusing a different count.

use std::process::Stdio;
use std::time::Duration;

use async_trait::async_trait;
use tokio::io::AsyncWriteExt;

use super::process;
use super::BackendConfig;
use super::{BackendInfo, Batch, Capabilities, GlossaryStrategy, TranslateError, Translator};

/// The command backend.
#[derive(Debug)]
pub struct Command {
    name: String,
    argv: Vec<String>,
    timeout: Option<Duration>,
}

impl Command {
    /// Builds the backend from its config section; `command` must be a non-empty argv list.
    pub fn new(name: &str, config: &BackendConfig) -> Result<Self, crate::Error> {
        let argv = config.command.clone().unwrap_or_default();
        if argv.first().map(|p| p.trim().is_empty()).unwrap_or(true) {
            return Err(crate::Error::Config(format!(
                "backend {name:?} (kind \"command\") needs `command = [\"program\", \"arg\", …]` \
                 in its [backends.{name}] section"
            )));
        }
        Ok(Command {
            name: name.to_string(),
            argv,
            timeout: timeout_of(name, config)?,
        })
    }
}

/// The `timeout_seconds` of a backend section as a [`Duration`], if set and valid.
pub(crate) fn timeout_of(
    name: &str,
    config: &BackendConfig,
) -> Result<Option<Duration>, crate::Error> {
    match config.timeout_seconds {
        None => Ok(None),
        Some(s) if s.is_finite() && s > 0.0 => Ok(Some(Duration::from_secs_f64(s))),
        Some(s) => Err(crate::Error::Config(format!(
            "backend {name:?}: timeout_seconds must be a positive number, not {s}"
        ))),
    }
}

/// One text per line, each ending in `\n`. Line breaks (and the other characters that end a
/// line or flush a stream) inside a text become spaces, so line `i` of the input is text `i`.
pub fn encode_lines(texts: &[String]) -> Vec<u8> {
    let mut out = String::with_capacity(texts.iter().map(|t| t.len() + 1).sum());
    for t in texts {
        out.extend(t.chars().map(|c| match c {
            '\n' | '\r' | '\u{0b}' | '\u{0c}' | '\u{85}' | '\u{2028}' | '\u{2029}' | '\0' => ' ',
            c => c,
        }));
        out.push('\n');
    }
    out.into_bytes()
}

/// Splits an engine's output into one translation per line, trimmed. Empty output is zero
/// lines; one final newline is not a line of its own. Any count other than `expected` is
/// [`TranslateError::CountMismatch`].
pub fn decode_lines(
    backend: &str,
    output: &[u8],
    expected: usize,
) -> Result<Vec<String>, TranslateError> {
    let text = std::str::from_utf8(output).map_err(|e| {
        TranslateError::failed(
            backend,
            format!("output is not UTF-8 (at byte {})", e.valid_up_to()),
        )
    })?;
    let lines: Vec<String> = if text.is_empty() {
        Vec::new()
    } else {
        text.strip_suffix('\n')
            .unwrap_or(text)
            .split('\n')
            .map(|l| l.trim().to_string())
            .collect()
    };
    TranslateError::check_count(backend, expected, lines.len())?;
    Ok(lines)
}

/// The last non-empty line of a process's stderr, for one-line error messages.
pub(crate) fn last_line(stderr: &[u8]) -> Option<String> {
    String::from_utf8_lossy(stderr)
        .lines()
        .map(str::trim)
        .rfind(|l| !l.is_empty())
        .map(str::to_string)
}

#[async_trait]
impl Translator for Command {
    fn info(&self) -> BackendInfo {
        BackendInfo {
            name: self.name.clone(),
            kind: "command".into(),
            detail: self.argv.join(" "),
        }
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities {
            glossary: GlossaryStrategy::Placeholder,
            max_batch_texts: usize::MAX,
            max_batch_bytes: usize::MAX,
            default_concurrency: 1,
        }
    }

    async fn translate(&self, batch: &Batch) -> Result<Vec<String>, TranslateError> {
        if batch.texts.is_empty() {
            return Ok(Vec::new());
        }
        let input = encode_lines(&batch.texts);
        let timeout = process::timeout_for(self.timeout, input.len());
        let run = run_filter(&self.name, &self.argv, input);
        // On timeout the future is dropped, and with it the engine's process group.
        let (status, stdout, stderr) =
            tokio::time::timeout(timeout, run).await.map_err(|_| {
                timed_out(
                    &self.name,
                    &format!("`{}`", self.argv[0]),
                    timeout,
                    self.timeout.is_some(),
                )
            })??;
        if !status.success() {
            let why = last_line(&stderr).unwrap_or_else(|| "no message on stderr".into());
            return Err(TranslateError::failed(
                &self.name,
                format!("`{}` failed ({status}): {why}", self.argv[0]),
            ));
        }
        decode_lines(&self.name, &stdout, batch.texts.len())
    }

    async fn check(&self) -> Result<String, TranslateError> {
        let program = &self.argv[0];
        match which(program) {
            Some(path) => Ok(format!("runs {}", path.display())),
            None => Err(TranslateError::Unavailable {
                backend: self.name.clone(),
                message: format!("program `{program}` not found (not a file, nor in $PATH)"),
            }),
        }
    }
}

/// The error of an engine that did not finish in time (it and its process group are killed
/// as the batch's future is dropped).
pub(crate) fn timed_out(
    backend: &str,
    what: &str,
    timeout: Duration,
    configured: bool,
) -> TranslateError {
    let why = if configured {
        "timeout_seconds"
    } else {
        "the default for this batch; set timeout_seconds to change it"
    };
    TranslateError::failed(
        backend,
        format!(
            "{what} did not finish within {} ({why}); it was stopped with every process it started",
            super::http::fmt_secs(timeout.as_secs_f64())
        ),
    )
}

/// The error of an engine that wrote more than `limit` bytes for a batch of `input` bytes.
pub(crate) fn flooded(backend: &str, what: &str, limit: usize, input: usize) -> TranslateError {
    TranslateError::failed(
        backend,
        format!(
            "{what} wrote more than {} for a batch of {}; stopped (an engine's output is \
             bounded to 1 MB plus 16 times its input)",
            process::fmt_bytes(limit),
            process::fmt_bytes(input)
        ),
    )
}

/// Runs `argv` with `input` on stdin, in a process group of its own; returns its exit status,
/// stdout (at most [`process::output_limit`] of the input) and stderr (its end). A program
/// that cannot be started is [`TranslateError::Unavailable`].
async fn run_filter(
    backend: &str,
    argv: &[String],
    input: Vec<u8>,
) -> Result<(std::process::ExitStatus, Vec<u8>, Vec<u8>), TranslateError> {
    let mut child = tokio::process::Command::new(&argv[0])
        .args(&argv[1..])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0)
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| TranslateError::Unavailable {
            backend: backend.to_string(),
            message: format!("cannot run `{}`: {e}", argv[0]),
        })?;
    let group = process::Group::new(child.id());
    let (input_len, limit) = (input.len(), process::output_limit(input.len()));
    let (Some(mut stdin), Some(mut stdout), Some(mut stderr)) =
        (child.stdin.take(), child.stdout.take(), child.stderr.take())
    else {
        return Err(TranslateError::failed(backend, "child pipes missing"));
    };
    // Write and read at once: a program that answers line by line would otherwise fill its
    // stdout pipe and wait for us while we wait for it.
    let write = async move {
        // A program that exits without reading all its input closes the pipe; its exit
        // status and output tell the real story, so a write error is not reported here.
        let _ = stdin.write_all(&input).await;
        drop(stdin);
    };
    let read_out = async {
        let out = process::read_bounded(&mut stdout, limit).await;
        if !matches!(out, Ok(Ok(_))) {
            // Flooding: stop it now, so that its stderr ends too.
            group.kill();
        }
        out
    };
    let (_, out, err) = tokio::join!(write, read_out, process::read_tail(&mut stderr));
    let out = out
        .map_err(|e| TranslateError::failed(backend, format!("reading `{}`: {e}", argv[0])))?
        .map_err(|limit| flooded(backend, &format!("`{}`", argv[0]), limit, input_len))?;
    let status = child
        .wait()
        .await
        .map_err(|e| TranslateError::failed(backend, format!("waiting for `{}`: {e}", argv[0])))?;
    group.finished();
    Ok((status, out, err))
}

/// Where `program` would be found: itself if it contains a `/`, else the first match in `$PATH`.
pub(crate) fn which(program: &str) -> Option<std::path::PathBuf> {
    let is_exe = |p: &std::path::Path| {
        use std::os::unix::fs::PermissionsExt;
        p.metadata()
            .map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
            .unwrap_or(false)
    };
    if program.contains('/') {
        let p = std::path::PathBuf::from(program);
        return is_exe(&p).then_some(p);
    }
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(program))
        .find(|p| is_exe(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn backend(argv: &[&str]) -> Command {
        Command::new(
            "test",
            &BackendConfig {
                kind: "command".into(),
                command: Some(argv.iter().map(|s| s.to_string()).collect()),
                ..BackendConfig::default()
            },
        )
        .expect("valid config")
    }

    fn batch(texts: &[&str]) -> Batch {
        Batch {
            texts: texts.iter().map(|s| s.to_string()).collect(),
            terms: Vec::new(),
            text_terms: Vec::new(),
        }
    }

    #[test]
    fn encode_puts_one_text_per_line_whatever_it_holds() {
        let texts = vec!["a\nb".to_string(), "c\r\nd\u{2028}e".into(), String::new()];
        assert_eq!(encode_lines(&texts), b"a b\nc  d e\n\n");
    }

    #[test]
    fn decode_maps_lines_and_checks_the_count() {
        assert_eq!(decode_lines("t", b"A\nB \n", 2).unwrap(), vec!["A", "B"]);
        assert_eq!(decode_lines("t", b"\n", 1).unwrap(), vec![""]);
        assert_eq!(decode_lines("t", b"A\nB", 2).unwrap(), vec!["A", "B"]);
        assert!(matches!(
            decode_lines("t", b"A\n", 2),
            Err(TranslateError::CountMismatch {
                expected: 2,
                got: 1,
                ..
            })
        ));
        assert!(matches!(
            decode_lines("t", b"", 1),
            Err(TranslateError::CountMismatch { got: 0, .. })
        ));
        assert!(matches!(
            decode_lines("t", b"\xff\n", 1),
            Err(TranslateError::Failed { .. })
        ));
    }

    #[test]
    fn empty_command_is_a_config_error() {
        let cfg = BackendConfig {
            kind: "command".into(),
            command: Some(vec![]),
            ..BackendConfig::default()
        };
        assert!(matches!(
            Command::new("x", &cfg),
            Err(crate::Error::Config(_))
        ));
    }

    #[tokio::test]
    async fn a_real_filter_translates_line_by_line() {
        let b = backend(&["tr", "a-z", "A-Z"]);
        let out = b
            .translate(&batch(&["le chat", "deux\nlignes", ""]))
            .await
            .unwrap();
        assert_eq!(out, vec!["LE CHAT", "DEUX LIGNES", ""]);
    }

    #[tokio::test]
    async fn dropped_line_is_a_count_mismatch() {
        let b = backend(&["head", "-n", "1"]);
        let err = b.translate(&batch(&["un", "deux"])).await.unwrap_err();
        assert!(matches!(
            err,
            TranslateError::CountMismatch {
                expected: 2,
                got: 1,
                ..
            }
        ));
    }

    #[tokio::test]
    async fn failure_reports_the_last_stderr_line() {
        let b = backend(&[
            "sh",
            "-c",
            "echo first >&2; echo 'engine exploded' >&2; exit 4",
        ]);
        let err = b.translate(&batch(&["x"])).await.unwrap_err().to_string();
        assert!(err.contains("engine exploded"), "{err}");
        assert!(err.contains("exit status: 4"), "{err}");
    }

    #[tokio::test]
    async fn missing_program_is_unavailable() {
        let b = backend(&["/nonexistent/passerelle-engine"]);
        assert!(matches!(
            b.translate(&batch(&["x"])).await,
            Err(TranslateError::Unavailable { .. })
        ));
        assert!(b.check().await.is_err());
        assert!(backend(&["sh"]).check().await.is_ok());
    }

    #[tokio::test]
    async fn timeout_is_enforced() {
        let mut b = backend(&["sleep", "5"]);
        b.timeout = Some(Duration::from_millis(100));
        let err = b.translate(&batch(&["x"])).await.unwrap_err().to_string();
        assert!(err.contains("did not finish"), "{err}");
    }

    #[tokio::test]
    async fn a_timeout_kills_every_process_the_engine_started() {
        let dir = tempfile::tempdir().unwrap();
        let pidfile = dir.path().join("pid");
        // The engine starts a `sleep` of its own, records its pid, and waits for it.
        let script = format!("sleep 30 & echo $! > {}; wait", pidfile.display());
        let mut b = backend(&["sh", "-c", &script]);
        b.timeout = Some(Duration::from_millis(300));
        let err = b.translate(&batch(&["x"])).await.unwrap_err().to_string();
        assert!(err.contains("did not finish within 0.3 s"), "{err}");
        let pid: i32 = std::fs::read_to_string(&pidfile)
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        // Killed (a zombie until reaped by init at most): no longer running.
        let mut gone = false;
        for _ in 0..100 {
            let state = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
            if state.is_empty() || state.contains(") Z ") {
                gone = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        assert!(gone, "the engine's sleep {pid} outlived it");
    }

    #[tokio::test]
    async fn an_engine_flooding_its_output_fails_its_batch() {
        let b = backend(&["yes"]);
        let err = b.translate(&batch(&["x"])).await.unwrap_err().to_string();
        assert!(
            err.contains("`yes` wrote more than 1.0 MB for a batch of 2 bytes"),
            "{err}"
        );
    }
}
