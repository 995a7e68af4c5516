//! `passerelle backends`: the configured backends and the built-in kinds, and whether each is
//! usable now (binary and modes installed, model present, service reachable).

use std::path::PathBuf;
use std::time::Duration;

use clap::Args;

use super::ExitCode;
use crate::config::Config;

const HELP: &str = "\
Lists the backends named in the config, then every backend kind usable by name with its
defaults, and checks each one now: `usable` means Passerelle can translate with it on this
machine. The default backend is marked with `*`.

Examples:
  passerelle backends
  passerelle backends apertium            check one backend; exit 3 if it is not usable
  passerelle backends --config team.toml
  passerelle backends --cleanup           delete the DeepL glossaries Passerelle created

Exit codes: 0 listed (and every backend named on the command line usable); 2 config error;
3 a backend named on the command line is not usable, or --cleanup could not reach the account
(no key, refused, unreachable).";

/// How long one backend's check may take.
const CHECK_TIMEOUT: Duration = Duration::from_secs(15);

/// Arguments of `passerelle backends`.
#[derive(Debug, Args)]
#[command(after_help = HELP)]
pub struct BackendsArgs {
    /// Only these backends (names from the config, or kinds).
    #[arg(value_name = "NAME")]
    pub names: Vec<String>,
    /// Config file (default: $PASSERELLE_CONFIG, ./passerelle.toml,
    /// $XDG_CONFIG_HOME/passerelle/config.toml).
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Delete the glossaries Passerelle created on the DeepL account of every deepl backend
    /// (the `deepl` kind with its defaults when none is configured), then exit.
    #[arg(long, conflicts_with = "names")]
    pub cleanup: bool,
}

/// One row of the listing.
struct Row {
    name: String,
    kind: String,
    status: &'static str,
    detail: String,
}

/// Runs `passerelle backends`.
pub fn run(args: BackendsArgs) -> anyhow::Result<ExitCode> {
    let loaded = Config::load_with(args.config.as_deref(), &super::process_env)?;
    for w in &loaded.warnings {
        eprintln!("passerelle: warning: {w}");
    }
    let config = loaded.config;
    if args.cleanup {
        let deepl = config.backends_of_kind("deepl")?;
        let done = super::runtime()?.block_on(crate::translate::deepl::cleanup_all(&deepl))?;
        for (name, deleted) in done {
            println!(
                "{name}: {deleted} glossar{} deleted",
                if deleted == 1 { "y" } else { "ies" }
            );
        }
        return Ok(ExitCode::Success);
    }
    let default = config.backend_name(None, &super::process_env);
    let names: Vec<String> = if args.names.is_empty() {
        let mut names: Vec<String> = config.backends.keys().cloned().collect();
        for kind in crate::translate::kinds::names() {
            if !names.iter().any(|n| n == kind) {
                names.push(kind.to_string());
            }
        }
        names
    } else {
        // An unknown name is a config error (exit 2), reported before any check runs.
        for name in &args.names {
            config.backend_config(name)?;
        }
        args.names.clone()
    };
    let rt = super::runtime()?;
    let rows: Vec<Row> = rt.block_on(futures::future::join_all(
        names.iter().map(|name| check(name, &config)),
    ));

    let width = rows.iter().map(|r| r.name.len()).max().unwrap_or(0).max(4) + 2;
    // On a terminal, DETAIL wraps under itself rather than back to column 0.
    let columns = terminal_size::terminal_size_of(std::io::stdout()).map(|(w, _)| w.0 as usize);
    let indent = 2 + width + 16 + 14;
    println!("  {:<width$}{:<16}{:<14}DETAIL", "NAME", "KIND", "STATUS");
    for r in &rows {
        let mark = if r.name == default { "*" } else { " " };
        let detail = match columns {
            Some(c) => wrap(&r.detail, c.saturating_sub(indent)).join(&format!("\n{:indent$}", "")),
            None => r.detail.clone(),
        };
        println!(
            "{mark} {:<width$}{:<16}{:<14}{detail}",
            r.name, r.kind, r.status
        );
    }
    let named_unusable = !args.names.is_empty() && rows.iter().any(|r| r.status != "usable");
    Ok(if named_unusable {
        ExitCode::Backend
    } else {
        ExitCode::Success
    })
}

/// `text` cut into lines of at most `width` characters at spaces (a longer word keeps a line
/// of its own); all of it on one line when `width` is too narrow to help.
fn wrap(text: &str, width: usize) -> Vec<String> {
    if width < 20 {
        return vec![text.to_string()];
    }
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    lines
}

async fn check(name: &str, config: &Config) -> Row {
    let kind = config
        .backend_config(name)
        .map(|b| b.kind)
        .unwrap_or_default();
    let t = match config.backend_config(name).and_then(|mut b| {
        crate::config::apply_overrides(&mut b, &Default::default(), &super::process_env);
        crate::translate::build_from(name, &b)
    }) {
        Ok(t) => t,
        Err(e) => {
            // A kind used by name that cannot work without settings is not broken, only
            // not set up; a configured backend that fails to build is invalid.
            let status = if config.backends.contains_key(name) {
                "invalid"
            } else {
                "needs config"
            };
            return Row {
                name: name.to_string(),
                kind,
                status,
                detail: e.to_string(),
            };
        }
    };
    let info = t.info();
    let (status, detail) = match tokio::time::timeout(CHECK_TIMEOUT, t.check()).await {
        Ok(Ok(s)) if info.detail.is_empty() => ("usable", s),
        Ok(Ok(s)) => ("usable", format!("{}; {s}", info.detail)),
        Ok(Err(e)) => ("unusable", e.to_string()),
        Err(_) => (
            "unusable",
            format!("no answer within {} s", CHECK_TIMEOUT.as_secs()),
        ),
    };
    Row {
        name: name.to_string(),
        kind: info.kind,
        status,
        detail,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detail_wraps_at_spaces_within_the_width() {
        let text =
            "model not downloaded (300 MB, needs the network once) and the hub cannot be reached";
        let lines = wrap(text, 30);
        assert!(lines.iter().all(|l| l.chars().count() <= 30), "{lines:?}");
        assert_eq!(lines.join(" "), text);
        assert_eq!(wrap(text, 10), [text]);
        assert_eq!(wrap("", 40), [""]);
    }
}
