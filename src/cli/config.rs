//! `passerelle config`: write a commented starter config (`init`); print the resolved config
//! with secrets redacted and where each value came from (`show`).

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};

use super::ExitCode;
use crate::config::{self, Config, Flags, Source};
use crate::error::io_message;

/// The `config` subcommands.
#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Write a commented starter config listing every backend kind, its keys and the
    /// environment variables it reads.
    ///
    /// PATH defaults to the user config file ($XDG_CONFIG_HOME/passerelle/config.toml, else
    /// ~/.config/passerelle/config.toml); `-` prints it. An existing file is kept unless
    /// --force is given.
    ///
    /// Examples:
    ///   passerelle config init
    ///   passerelle config init ./passerelle.toml
    ///   passerelle config init - | less
    #[command(verbatim_doc_comment)]
    Init(InitArgs),
    /// Print the resolved config, secrets redacted, with where each value came from
    /// (flag, env, file, default).
    ///
    /// Examples:
    ///   passerelle config show
    ///   PASSERELLE_BACKEND=deepl passerelle config show --config team.toml
    #[command(verbatim_doc_comment)]
    Show(ShowArgs),
}

/// Arguments of `passerelle config init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Where to write the config (`-` for stdout).
    pub path: Option<PathBuf>,
    /// Overwrite an existing file.
    #[arg(long)]
    pub force: bool,
}

/// Arguments of `passerelle config show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Config file (default: $PASSERELLE_CONFIG, ./passerelle.toml, then the user config).
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Show the config as `--backend NAME` would resolve it.
    #[arg(long, short = 'b')]
    pub backend: Option<String>,
    /// Show the glossaries as `--glossary PATH` would add them (repeatable).
    #[arg(long)]
    pub glossary: Vec<PathBuf>,
}

/// Runs `passerelle config`.
pub fn run(command: ConfigCommand) -> anyhow::Result<ExitCode> {
    match command {
        ConfigCommand::Init(a) => init(a),
        ConfigCommand::Show(a) => {
            let text = show(&a)?;
            std::io::stdout().lock().write_all(text.as_bytes())?;
            Ok(ExitCode::Success)
        }
    }
}

fn init(args: InitArgs) -> anyhow::Result<ExitCode> {
    let text = Config::starter();
    let path = match args.path {
        Some(p) if p.as_os_str() == "-" => {
            std::io::stdout().lock().write_all(text.as_bytes())?;
            return Ok(ExitCode::Success);
        }
        Some(p) => p,
        None => config::user_config_path().ok_or_else(|| {
            crate::Error::Config(
                "cannot find the user config directory (neither XDG_CONFIG_HOME nor HOME is \
                 set); give a PATH"
                    .into(),
            )
        })?,
    };
    write_new(&path, text.as_bytes(), args.force)?;
    eprintln!(
        "passerelle: wrote {}; edit it, then check it with `passerelle config show`",
        path.display()
    );
    Ok(ExitCode::Success)
}

/// Writes `bytes` to `path` through a temporary file in the same directory: the file appears
/// whole or not at all. Without `force` an existing file is never replaced (the check and the
/// rename are one atomic step). The new file is private to the user (0600 on Unix): it may hold
/// keys later.
fn write_new(path: &Path, bytes: &[u8], force: bool) -> Result<(), crate::Error> {
    let fail = |message: String| crate::Error::Output {
        path: path.to_path_buf(),
        message,
    };
    if !force && path.exists() {
        return Err(fail(
            "already exists; not overwritten (use --force to replace it)".into(),
        ));
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).map_err(|e| {
        fail(format!(
            "cannot create {}: {}",
            dir.display(),
            io_message(&e)
        ))
    })?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".passerelle-config")
        .tempfile_in(&dir)
        .map_err(|e| {
            fail(format!(
                "cannot write in {}: {}",
                dir.display(),
                io_message(&e)
            ))
        })?;
    tmp.write_all(bytes)
        .and_then(|_| tmp.as_file().sync_all())
        .map_err(|e| fail(io_message(&e)))?;
    if force {
        tmp.persist(path).map_err(|e| fail(io_message(&e.error)))?;
    } else {
        tmp.persist_noclobber(path).map_err(|e| {
            if e.error.kind() == std::io::ErrorKind::AlreadyExists {
                fail("already exists; not overwritten (use --force to replace it)".into())
            } else {
                fail(io_message(&e.error))
            }
        })?;
    }
    Ok(())
}

/// Renders `config show`: TOML the user could paste back, each value followed by a comment
/// saying where it came from. Never contains a secret.
pub fn show(args: &ShowArgs) -> anyhow::Result<String> {
    let loaded = Config::load_with(args.config.as_deref(), &super::process_env)?;
    for w in &loaded.warnings {
        eprintln!("passerelle: warning: {w}");
    }
    let file = loaded.file.as_ref().map(|f| f.path.as_path());
    let flags = Flags {
        backend: args.backend.clone(),
        glossaries: args.glossary.clone(),
        ..Flags::default()
    };
    let explained = loaded.config.explain(&flags, file, &super::process_env)?;

    let mut out = String::new();
    out.push_str("# passerelle config show: the resolved configuration; each comment says where the value came from.\n");
    match &loaded.file {
        Some(f) => {
            let how = match &f.found_by {
                Source::Default(what) => what.clone(),
                other => other.to_string(),
            };
            out.push_str(&format!("# config file: {} ({how})\n", f.path.display()));
        }
        None => {
            let looked: Vec<String> = loaded
                .searched
                .iter()
                .map(|(p, _, _)| p.display().to_string())
                .collect();
            out.push_str(&format!(
                "# config file: none (looked for {}); built-in defaults apply\n",
                looked.join(", ")
            ));
        }
    }
    out.push('\n');

    let mut rows: Vec<(String, String)> = Vec::new();
    rows.push((
        format!("backend = {}", explained.backend.value),
        match (&explained.backend.source, &loaded.config.backend) {
            (Source::Flag(_) | Source::Env(_), Some(in_file)) => format!(
                "{}, over {} in the file",
                explained.backend.source,
                toml_string(in_file)
            ),
            (source, _) => source.to_string(),
        },
    ));
    if explained.glossaries.is_empty() {
        rows.push(("glossaries = []".into(), "default".into()));
    } else {
        rows.push(("glossaries = [".into(), String::new()));
        for (g, source) in &explained.glossaries {
            rows.push((
                format!("  {},", toml_string(&g.display().to_string())),
                source.to_string(),
            ));
        }
        rows.push(("]".into(), String::new()));
    }
    push_rows(&mut out, &rows);

    for b in &explained.backends {
        out.push('\n');
        let in_use = if b.active { "; in use" } else { "" };
        let mut rows: Vec<(String, String)> = vec![(
            format!("[backends.{}]", toml_key(&b.name)),
            format!("{}{in_use}", b.source),
        )];
        for s in &b.settings {
            rows.push((format!("{} = {}", s.key, s.value), s.source.to_string()));
        }
        push_rows(&mut out, &rows);
        for e in &b.env {
            out.push_str(&format!(
                "# env ${} ({}): {}\n",
                e.name,
                e.purpose,
                if e.set {
                    "set, value hidden"
                } else {
                    "not set"
                }
            ));
        }
    }
    Ok(out)
}

fn push_rows(out: &mut String, rows: &[(String, String)]) {
    let width = rows
        .iter()
        .filter(|(_, c)| !c.is_empty())
        .map(|(l, _)| l.chars().count())
        .max()
        .unwrap_or(0)
        .min(48);
    for (line, comment) in rows {
        if comment.is_empty() {
            out.push_str(line);
        } else {
            out.push_str(&format!("{line:<width$}  # {comment}"));
        }
        out.push('\n');
    }
}

fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// A table key, quoted when it is not a bare TOML key.
fn toml_key(s: &str) -> String {
    let bare = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if bare {
        s.to_string()
    } else {
        toml_string(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_new_never_clobbers_without_force() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/dir/config.toml");
        write_new(&path, b"one", false).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"one");
        let e = write_new(&path, b"two", false).unwrap_err().to_string();
        assert!(e.contains("already exists") && e.contains("--force"), "{e}");
        assert_eq!(std::fs::read(&path).unwrap(), b"one");
        write_new(&path, b"three", true).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"three");
        // No temporary file left behind.
        assert_eq!(
            std::fs::read_dir(path.parent().unwrap()).unwrap().count(),
            1
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o077, 0, "{mode:o}");
        }
    }

    #[test]
    fn toml_keys_are_quoted_when_needed() {
        assert_eq!(toml_key("local-llm"), "local-llm");
        assert_eq!(toml_key("my llm"), "\"my llm\"");
    }

    #[test]
    fn rows_align_comments() {
        let mut out = String::new();
        push_rows(
            &mut out,
            &[
                ("a = 1".into(), "file x".into()),
                ("bbb = 2".into(), "default".into()),
            ],
        );
        assert_eq!(out, "a = 1    # file x\nbbb = 2  # default\n");
    }
}
