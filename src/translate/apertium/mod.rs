//! The Apertium backend: drives Debian's `apertium` command, pivoting through a chain of
//! modes (default `fr-es` then `spa-eng`: Debian has no French–English pair), one pipeline run
//! per batch.
//!
//! A batch goes through the chain once: `apertium fr-es | apertium spa-eng`, the
//! processes piped directly into one another, one segment per line (see
//! [`super::command::encode_lines`]). Apertium's default `txt` format keeps line breaks, so
//! output line `i` is the translation of segment `i`; any other count is
//! [`TranslateError::CountMismatch`], never a silent realignment. Apertium's unknown-word
//! marks (`*millardos`) are kept in the translations ([`Translator::marks_unknown`]): the
//! pipeline takes them out and reports the words.
//!
//! Around the chain: inverted incises are put in subject–verb order before it
//! ([`uninvert_incises`]), and the adjectives of nationality it does not know are put into
//! English after it ([`demonyms`]).

mod demonyms;

use std::process::Stdio;
use std::time::Duration;

use async_trait::async_trait;
use tokio::io::AsyncWriteExt;

use super::command::{self, decode_lines, encode_lines, last_line, timeout_of};
use super::process;
use super::{BackendInfo, Batch, Capabilities, GlossaryStrategy, TranslateError, Translator};
use crate::translate::BackendConfig;

/// The chain used when the config names none.
pub const DEFAULT_CHAIN: [&str; 2] = ["fr-es", "spa-eng"];

/// What to install when `apertium` or a mode of the default chain is missing.
pub const INSTALL_HINT: &str =
    "install the Debian packages: sudo apt-get install apertium apertium-fr-es apertium-eng-spa";

/// The Apertium backend.
#[derive(Debug)]
pub struct Apertium {
    name: String,
    chain: Vec<String>,
    program: String,
    timeout: Option<Duration>,
    /// Chains that may run at once ([`chain_slots`]); more batches wait for a slot.
    slots: tokio::sync::Semaphore,
}

/// How many chains one backend runs at once: one per core. A chain is a dozen processes
/// (each mode is a pipeline of its own), so a service answering many requests at once, each
/// with its own batch, would otherwise fork hundreds of processes and leave the machine to
/// thrash; batches past this wait for a free chain instead (their timeout runs from when
/// their chain starts).
pub fn chain_slots() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}

/// The settings an apertium table leaves out (`config show`): the chain. (Its timeout grows
/// with the batch: [`process::timeout_for`].)
pub fn defaults() -> BackendConfig {
    BackendConfig {
        kind: "apertium".into(),
        chain: Some(DEFAULT_CHAIN.iter().map(|s| s.to_string()).collect()),
        ..BackendConfig::default()
    }
}

impl Apertium {
    /// Builds the backend from its config section (`chain`, `timeout_seconds`).
    pub fn new(name: &str, config: &BackendConfig) -> Result<Self, crate::Error> {
        let chain = config
            .chain
            .clone()
            .unwrap_or_else(|| DEFAULT_CHAIN.iter().map(|s| s.to_string()).collect());
        if chain.is_empty() {
            return Err(crate::Error::Config(format!(
                "backend {name:?}: `chain` is empty; name at least one Apertium mode, \
                 e.g. chain = [\"fr-es\", \"spa-eng\"]"
            )));
        }
        if let Some(bad) = chain
            .iter()
            .find(|m| m.is_empty() || m.starts_with('-') || m.chars().any(char::is_whitespace))
        {
            return Err(crate::Error::Config(format!(
                "backend {name:?}: {bad:?} is not an Apertium mode name (like \"fr-es\")"
            )));
        }
        Ok(Apertium {
            name: name.to_string(),
            chain,
            program: "apertium".into(),
            timeout: timeout_of(name, config)?,
            slots: tokio::sync::Semaphore::new(chain_slots()),
        })
    }

    /// Uses `program` instead of the `apertium` found in `$PATH`.
    pub fn with_program(mut self, program: impl Into<String>) -> Self {
        self.program = program.into();
        self
    }

    fn not_installed(&self, e: &std::io::Error) -> TranslateError {
        TranslateError::Unavailable {
            backend: self.name.clone(),
            message: format!("cannot run `{}` ({e}); {INSTALL_HINT}", self.program),
        }
    }

    fn missing_modes(&self, missing: &[&str]) -> TranslateError {
        TranslateError::Unavailable {
            backend: self.name.clone(),
            message: format!(
                "Apertium mode{} {} not installed; {INSTALL_HINT} (or the package providing {})",
                if missing.len() > 1 { "s" } else { "" },
                missing.join(", "),
                if missing.len() > 1 { "them" } else { "it" },
            ),
        }
    }

    /// Runs the whole chain once over `input`, every stage in one process group (killed
    /// whole if the run is dropped: timeout, interrupt); returns the last stage's stdout, at
    /// most [`process::output_limit`] of the input.
    async fn run_chain(&self, input: Vec<u8>) -> Result<Vec<u8>, TranslateError> {
        let mut children = Vec::with_capacity(self.chain.len());
        let mut stderrs = Vec::with_capacity(self.chain.len());
        let mut previous: Option<Stdio> = None;
        let mut group: Option<process::Group> = None;
        for mode in &self.chain {
            let stdin = previous.take().unwrap_or_else(Stdio::piped);
            let mut child = tokio::process::Command::new(&self.program)
                .arg(mode)
                .stdin(stdin)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .process_group(group.as_ref().map_or(0, process::Group::id))
                .kill_on_drop(true)
                .spawn()
                .map_err(|e| self.not_installed(&e))?;
            if group.is_none() {
                group = Some(process::Group::new(child.id()));
            }
            let stderr = child.stderr.take();
            stderrs.push(tokio::spawn(async move {
                match stderr {
                    Some(s) => process::read_tail(s).await,
                    None => Vec::new(),
                }
            }));
            children.push(child);
            if children.len() < self.chain.len() {
                let out = children
                    .last_mut()
                    .and_then(|c| c.stdout.take())
                    .ok_or_else(|| TranslateError::failed(&self.name, "child stdout missing"))?;
                previous = Some(out.try_into().map_err(|e| {
                    TranslateError::failed(&self.name, format!("cannot pipe apertium: {e}"))
                })?);
            }
        }
        let (Some(mut stdin), Some(mut stdout)) = (
            children.first_mut().and_then(|c| c.stdin.take()),
            children.last_mut().and_then(|c| c.stdout.take()),
        ) else {
            return Err(TranslateError::failed(&self.name, "child pipes missing"));
        };
        let (input_len, limit) = (input.len(), process::output_limit(input.len()));
        let write = async move {
            // If a stage dies early the pipe closes; its exit status tells why, below.
            let _ = stdin.write_all(&input).await;
            drop(stdin);
        };
        let (_, read) = tokio::join!(write, process::read_bounded(&mut stdout, limit));
        let output = read
            .map_err(|e| TranslateError::failed(&self.name, format!("reading apertium: {e}")))?
            .map_err(|limit| {
                if let Some(g) = &group {
                    g.kill();
                }
                command::flooded(&self.name, "apertium", limit, input_len)
            })?;

        // Every stage's status: a stage that dies makes the one before it die of SIGPIPE
        // (exit 141), so a missing mode first, then the failure that is not a broken pipe.
        let mut failures = Vec::new();
        for ((mode, mut child), stderr) in self.chain.iter().zip(children).zip(stderrs) {
            let status = child.wait().await.map_err(|e| {
                TranslateError::failed(&self.name, format!("waiting for apertium {mode}: {e}"))
            })?;
            let stderr = stderr.await.unwrap_or_default();
            if !status.success() {
                failures.push((mode.as_str(), status, stderr));
            }
        }
        // Every stage has ended and been waited for: nothing left to kill.
        if let Some(g) = group {
            g.finished();
        }
        let missing: Vec<&str> = failures
            .iter()
            .filter(|(_, _, err)| String::from_utf8_lossy(err).contains("does not exist"))
            .map(|(mode, _, _)| *mode)
            .collect();
        if !missing.is_empty() {
            return Err(self.missing_modes(&missing));
        }
        let broken_pipe = |s: &std::process::ExitStatus| {
            use std::os::unix::process::ExitStatusExt;
            s.code() == Some(141) || s.signal() == Some(13)
        };
        if let Some((mode, status, stderr)) = failures
            .iter()
            .find(|(_, s, _)| !broken_pipe(s))
            .or(failures.first())
        {
            let why = last_line(stderr).unwrap_or_else(|| "no message on stderr".into());
            return Err(TranslateError::failed(
                &self.name,
                format!("apertium {mode} failed ({status}): {why}"),
            ));
        }
        Ok(output)
    }
}

/// Rewrites French inverted incises into subject–verb order (« a-t-il insisté » → « il a
/// insisté », « dit-elle » → « elle dit »): Apertium's fr-es mode does not know the inverted
/// forms and leaves Spanish fragments in the English ("hainsistido", "says-").
fn uninvert_incises(text: &str) -> String {
    const PRONOUNS: [&str; 5] = ["il", "elle", "on", "ils", "elles"];
    let mut out = String::with_capacity(text.len() + 8);
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let core = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        let tail = &word[core.len()..];
        let rewritten = PRONOUNS.iter().find_map(|p| {
            let verb = core
                .strip_suffix(p)?
                .strip_suffix('-')
                .map(|v| v.strip_suffix("-t").unwrap_or(v))?;
            let is_verb =
                !verb.is_empty() && verb.chars().all(|c| c.is_lowercase() && c.is_alphabetic());
            is_verb.then(|| format!("{p} {verb}{tail}"))
        });
        match rewritten {
            Some(r) => out.push_str(&r),
            None => out.push_str(word),
        }
    }
    out
}

/// The modes `apertium -l` lists: one per line, indented.
fn parse_modes(listing: &str) -> Vec<&str> {
    listing
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

#[async_trait]
impl Translator for Apertium {
    fn info(&self) -> BackendInfo {
        BackendInfo {
            name: self.name.clone(),
            kind: "apertium".into(),
            detail: self.chain.join(" → "),
        }
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities {
            glossary: GlossaryStrategy::Placeholder,
            // One pipeline run per batch: the process start-up is most of the cost.
            max_batch_texts: usize::MAX,
            max_batch_bytes: usize::MAX,
            default_concurrency: 1,
        }
    }

    async fn translate(&self, batch: &Batch) -> Result<Vec<String>, TranslateError> {
        if batch.texts.is_empty() {
            return Ok(Vec::new());
        }
        let texts: Vec<String> = batch.texts.iter().map(|t| uninvert_incises(t)).collect();
        let input = encode_lines(&texts);
        let _slot = self
            .slots
            .acquire()
            .await
            .map_err(|e| TranslateError::failed(&self.name, e.to_string()))?;
        let timeout = process::timeout_for(self.timeout, input.len());
        let output = tokio::time::timeout(timeout, self.run_chain(input))
            .await
            .map_err(|_| {
                command::timed_out(&self.name, "apertium", timeout, self.timeout.is_some())
            })??;
        // One space between words; the adjectives of nationality it did not know lose their
        // marks and are put into English.
        Ok(decode_lines(&self.name, &output, batch.texts.len())?
            .into_iter()
            .map(|line| {
                let words: Vec<_> = line
                    .split_whitespace()
                    .map(|w| demonyms::unmark(w))
                    .collect();
                demonyms::mend(&words.join(" "))
            })
            .collect())
    }

    fn marks_unknown(&self) -> bool {
        true
    }

    fn fingerprint(&self) -> String {
        // The translations keep the unknown-word marks since this key was changed.
        format!("apertium|{}|marked", self.info().detail)
    }

    async fn check(&self) -> Result<String, TranslateError> {
        let out = tokio::process::Command::new(&self.program)
            .arg("-l")
            .stdin(Stdio::null())
            .kill_on_drop(true)
            .output()
            .await
            .map_err(|e| self.not_installed(&e))?;
        if !out.status.success() {
            let why = last_line(&out.stderr).unwrap_or_else(|| out.status.to_string());
            return Err(TranslateError::failed(
                &self.name,
                format!("`{} -l` failed: {why}", self.program),
            ));
        }
        let listing = String::from_utf8_lossy(&out.stdout);
        let installed = parse_modes(&listing);
        let missing: Vec<&str> = self
            .chain
            .iter()
            .map(String::as_str)
            .filter(|m| !installed.contains(m))
            .collect();
        if !missing.is_empty() {
            return Err(self.missing_modes(&missing));
        }
        Ok(format!("modes {} installed", self.chain.join(", ")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apertium(chain: Option<&[&str]>) -> Apertium {
        Apertium::new(
            "apertium",
            &BackendConfig {
                kind: "apertium".into(),
                chain: chain.map(|c| c.iter().map(|s| s.to_string()).collect()),
                ..BackendConfig::default()
            },
        )
        .expect("valid config")
    }

    #[tokio::test]
    async fn concurrent_batches_run_at_most_one_chain_per_core() {
        // A fake apertium that records how many copies of it run at once.
        let dir = tempfile::tempdir().unwrap();
        let program = dir.path().join("apertium");
        let log = dir.path().join("log");
        std::fs::write(
            &program,
            format!(
                "#!/bin/sh\necho start >> {log}\nsleep 0.2\ncat\necho end >> {log}\n",
                log = log.display()
            ),
        )
        .unwrap();
        std::fs::set_permissions(
            &program,
            std::os::unix::fs::PermissionsExt::from_mode(0o755),
        )
        .unwrap();
        let a = apertium(Some(&["fr-en"])).with_program(program.display().to_string());
        let batches: Vec<Batch> = (0..6).map(|i| batch(&[&format!("Phrase {i}.")])).collect();
        let outs = futures::future::join_all(batches.iter().map(|b| a.translate(b))).await;
        assert!(outs.iter().all(Result::is_ok), "{outs:?}");
        let (mut running, mut most) = (0usize, 0usize);
        for line in std::fs::read_to_string(&log).unwrap().lines() {
            if line == "start" {
                running += 1;
                most = most.max(running);
            } else {
                running -= 1;
            }
        }
        assert!(most <= chain_slots(), "{most} chains at once");
    }

    fn batch(texts: &[&str]) -> Batch {
        Batch {
            texts: texts.iter().map(|s| s.to_string()).collect(),
            terms: Vec::new(),
            text_terms: Vec::new(),
        }
    }

    #[test]
    fn default_chain_and_info() {
        let a = apertium(None);
        assert_eq!(a.chain, vec!["fr-es", "spa-eng"]);
        assert_eq!(a.info().detail, "fr-es → spa-eng");
        assert_eq!(a.info().kind, "apertium");
    }

    #[test]
    fn bad_chains_are_config_errors() {
        for chain in [vec![], vec!["-f"], vec!["fr es"]] {
            let cfg = BackendConfig {
                kind: "apertium".into(),
                chain: Some(chain.iter().map(|s: &&str| s.to_string()).collect()),
                ..BackendConfig::default()
            };
            assert!(matches!(
                Apertium::new("a", &cfg),
                Err(crate::Error::Config(_))
            ));
        }
    }

    #[test]
    fn inverted_incises_are_put_in_subject_verb_order() {
        assert_eq!(
            uninvert_incises("\"Non\", a-t-il insisté."),
            "\"Non\", il a insisté."
        );
        assert_eq!(uninvert_incises("« Oui », dit-elle."), "« Oui », elle dit.");
        assert_eq!(uninvert_incises("Ont-ils menti ?"), "Ont-ils menti ?");
        assert_eq!(uninvert_incises("a-t-on appris,"), "on a appris,");
        // Not incises: names, compounds, capitalized words.
        assert_eq!(
            uninvert_incises("Jean-Pierre et peut-être"),
            "Jean-Pierre et peut-être"
        );
        assert_eq!(uninvert_incises("Saint-Gilles"), "Saint-Gilles");
    }

    #[test]
    fn parses_the_mode_listing() {
        assert_eq!(
            parse_modes("  fr-es\n  spa-eng\n\n  spa-eng_US\n"),
            vec!["fr-es", "spa-eng", "spa-eng_US"]
        );
    }

    // The tests below run the real `apertium` (installed by .ci/run).

    #[tokio::test]
    async fn translates_a_batch_in_one_run_line_for_line() {
        let a = apertium(None);
        let out = a
            .translate(&batch(&[
                "Le chat mange une pomme.",
                "La maison est\ngrande.",
                "",
                "Bonjour le monde",
                "Ces sources ne donnent pas de détails.",
            ]))
            .await
            .expect("apertium fr-es and spa-eng are installed");
        assert_eq!(out.len(), 5);
        assert_eq!(out[0], "The cat eats an apple.");
        assert!(out[1].to_lowercase().contains("house"), "{out:?}");
        assert_eq!(out[2], "");
        assert!(out[3].to_lowercase().contains("world"), "{out:?}");
        assert!(out.iter().all(|l| !l.contains("  ")), "{out:?}");
    }

    #[tokio::test]
    async fn adjectives_of_nationality_it_does_not_know_come_out_in_english() {
        let out = apertium(None)
            .translate(&batch(&[
                "Li Keqiang a appelé à la retenue dans le conflit ukrainien.",
                "La crise ukrainienne et les soldats biélorusses.",
            ]))
            .await
            .expect("apertium fr-es and spa-eng are installed");
        assert!(out[0].contains("the Ukrainian conflict"), "{out:?}");
        assert!(out[1].contains("Ukrainian crisis"), "{out:?}");
        assert!(out[1].contains("Belarusian soldiers"), "{out:?}");
    }

    #[tokio::test]
    async fn check_finds_the_default_modes() {
        let status = apertium(None).check().await.expect("modes installed");
        assert!(status.contains("fr-es"), "{status}");
    }

    #[tokio::test]
    async fn missing_mode_is_unavailable_with_the_packages_to_install() {
        let a = apertium(Some(&["fr-es", "xx-yy"]));
        let err = a.translate(&batch(&["Le chat."])).await.unwrap_err();
        assert!(matches!(err, TranslateError::Unavailable { .. }), "{err}");
        let msg = err.to_string();
        assert!(
            msg.contains("xx-yy") && msg.contains("apertium-eng-spa"),
            "{msg}"
        );
        let err = a.check().await.unwrap_err().to_string();
        assert!(err.contains("xx-yy") && !err.contains("fr-es,"), "{err}");
    }

    #[tokio::test]
    async fn missing_binary_is_unavailable_with_the_packages_to_install() {
        let a = apertium(None).with_program("/nonexistent/apertium");
        for err in [
            a.translate(&batch(&["Le chat."])).await.unwrap_err(),
            a.check().await.unwrap_err(),
        ] {
            assert!(matches!(err, TranslateError::Unavailable { .. }), "{err}");
            assert!(
                err.to_string().contains("apt-get install apertium"),
                "{err}"
            );
        }
    }
}
