//! `passerelle completions` (shell completions, `clap_complete`) and `passerelle man` (the man
//! page, `clap_mangen`), both generated from the clap definitions so they never drift from
//! the real command line.

use std::io::Write;

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use super::{Cli, ExitCode};
use crate::config;

/// Arguments of `passerelle completions`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  passerelle completions bash > ~/.local/share/bash-completion/completions/passerelle
  passerelle completions zsh > ~/.zfunc/_passerelle      # with fpath+=~/.zfunc
  passerelle completions fish > ~/.config/fish/completions/passerelle.fish
  passerelle completions powershell >> $PROFILE")]
pub struct CompletionsArgs {
    /// The shell: bash, zsh, fish, powershell (or elvish).
    #[arg(value_enum)]
    pub shell: Shell,
}

/// Runs `passerelle completions`.
pub fn run(args: CompletionsArgs) -> anyhow::Result<ExitCode> {
    let mut out = Vec::new();
    completions(args.shell, &mut out);
    std::io::stdout().lock().write_all(&out)?;
    Ok(ExitCode::Success)
}

/// Writes the completion script for `shell` into `out`.
pub fn completions(shell: Shell, out: &mut dyn Write) {
    let mut cmd = Cli::command();
    clap_complete::generate(shell, &mut cmd, "passerelle", out);
}

/// Runs `passerelle man`: the man page (roff) on stdout.
pub fn man() -> anyhow::Result<ExitCode> {
    let mut out = Vec::new();
    man_page(&mut out)?;
    std::io::stdout().lock().write_all(&out)?;
    Ok(ExitCode::Success)
}

/// Escapes text for roff: backslashes, hyphens, a leading `.` or `'`, and non-ASCII
/// characters (as `\[uXXXX]`, so troff needs no input encoding).
fn roff(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => escaped.push_str("\\e"),
            '-' => escaped.push_str("\\-"),
            c if c.is_ascii() => escaped.push(c),
            c => escaped.push_str(&format!("\\[u{:04X}]", c as u32)),
        }
    }
    if escaped.starts_with('.') || escaped.starts_with('\'') {
        format!("\\&{escaped}")
    } else {
        escaped
    }
}

/// Writes `passerelle(1)`: the clap-generated sections, then every subcommand with its options,
/// then ENVIRONMENT, FILES and EXIT STATUS.
pub fn man_page(out: &mut dyn Write) -> std::io::Result<()> {
    let mut cmd = Cli::command();
    // Building fills in what the derive leaves implicit (value names, number of values).
    cmd.build();
    let man = clap_mangen::Man::new(cmd.clone());
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;

    // One page for everything: the list points at the sections below, not at
    // passerelle-NAME(1) pages that are not installed.
    writeln!(out, ".SH COMMANDS")?;
    for sub in cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
        writeln!(
            out,
            ".TP\n\\fBpasserelle {}\\fR\n{}",
            roff(sub.get_name()),
            roff(&about)
        )?;
    }

    writeln!(out, ".SH \"COMMANDS IN DETAIL\"")?;
    let mut stack: Vec<(String, &clap::Command)> = cmd
        .get_subcommands()
        .filter(|s| s.get_name() != "help")
        .map(|s| (format!("passerelle {}", s.get_name()), s))
        .collect();
    stack.reverse();
    while let Some((path, sub)) = stack.pop() {
        if sub.is_hide_set() {
            continue;
        }
        writeln!(out, ".SS \"{}\"", roff(&path))?;
        let about = sub
            .get_long_about()
            .or(sub.get_about())
            .map(|a| a.to_string())
            .unwrap_or_default();
        for para in about.split("\n\n") {
            writeln!(out, ".PP")?;
            writeln!(out, ".nf")?;
            for line in para.lines() {
                writeln!(out, "{}", roff(line))?;
            }
            writeln!(out, ".fi")?;
        }
        for arg in sub.get_arguments().filter(|a| !a.is_hide_set()) {
            let id = arg.get_id().as_str();
            if id == "help" || id == "version" {
                continue;
            }
            let mut names: Vec<String> = Vec::new();
            if let Some(s) = arg.get_short() {
                names.push(format!("\\fB\\-{s}\\fR"));
            }
            if let Some(l) = arg.get_long() {
                names.push(format!("\\fB\\-\\-{}\\fR", roff(l)));
            }
            let value = arg
                .get_value_names()
                .map(|v| {
                    v.iter()
                        .map(|n| n.to_string())
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .unwrap_or_else(|| id.to_uppercase());
            let takes_value = arg.get_num_args().is_some_and(|n| n.takes_values());
            let head = if names.is_empty() {
                format!("<{}>", roff(&value))
            } else if takes_value {
                format!("{} <{}>", names.join(", "), roff(&value))
            } else {
                names.join(", ")
            };
            writeln!(out, ".TP")?;
            writeln!(out, "{head}")?;
            let help = arg
                .get_long_help()
                .or(arg.get_help())
                .map(|h| h.to_string())
                .unwrap_or_default();
            let possible: Vec<String> = arg
                .get_possible_values()
                .iter()
                .filter(|p| !p.is_hide_set())
                .map(|p| p.get_name().to_string())
                .collect();
            let mut text = help;
            if !possible.is_empty() && takes_value {
                text.push_str(&format!(" [possible values: {}]", possible.join(", ")));
            }
            writeln!(out, "{}", roff(text.trim()))?;
        }
        let mut children: Vec<(String, &clap::Command)> = sub
            .get_subcommands()
            .filter(|c| c.get_name() != "help")
            .map(|c| (format!("{path} {}", c.get_name()), c))
            .collect();
        children.reverse();
        stack.extend(children);
    }

    let mut env: Vec<(String, String)> = vec![
        (
            config::CONFIG_ENV.into(),
            "the config file to read (instead of the lookup in FILES)".into(),
        ),
        (
            config::BACKEND_ENV.into(),
            "the backend to use (overrides the config; --backend overrides it)".into(),
        ),
        (
            "XDG_CONFIG_HOME".into(),
            "where the user config lives (default ~/.config)".into(),
        ),
    ];
    for kind in crate::translate::kinds::names() {
        for v in config::kind_env_vars(kind) {
            let default = if v.secret {
                " (default api_key_env)"
            } else {
                ""
            };
            env.push((
                v.name.into(),
                format!("backend kind {kind}: {}{default}", v.purpose),
            ));
        }
    }
    writeln!(out, ".SH ENVIRONMENT")?;
    for (name, what) in &env {
        writeln!(out, ".TP\n\\fB{}\\fR\n{}", roff(name), roff(what))?;
    }
    writeln!(out, ".PP\nAn api_key_env setting in a [backends.NAME] table names another variable to read the key from. Keys are never printed.")?;

    writeln!(out, ".SH FILES")?;
    writeln!(
        out,
        ".PP\nThe config is the first of: \\fB\\-\\-config\\fR PATH, $PASSERELLE_CONFIG, ./passerelle.toml, $XDG_CONFIG_HOME/passerelle/config.toml (else ~/.config/passerelle/config.toml). Flags override environment variables, which override the file. \\fBpasserelle config init\\fR writes a commented starter file; \\fBpasserelle config show\\fR prints the resolved settings and where each came from."
    )?;

    writeln!(out, ".SH \"EXIT STATUS\"")?;
    for (code, what) in [
        ("0", "success"),
        (
            "1",
            "finished, but some input or segment failed (each failure reported)",
        ),
        ("2", "usage, config or input error; nothing written"),
        ("3", "the backend is unavailable or failed as a whole"),
    ] {
        writeln!(out, ".TP\n{code}\n{}", roff(what))?;
    }
    man.render_version_section(out)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roff_escapes() {
        assert_eq!(roff("--force"), "\\-\\-force");
        assert_eq!(roff(".hidden"), "\\&.hidden");
        assert_eq!(roff("a\\b"), "a\\eb");
        assert_eq!(roff("kind (…) «x»"), "kind (\\[u2026]) \\[u00AB]x\\[u00BB]");
    }

    #[test]
    fn man_page_names_every_subcommand_and_option() {
        let mut out = Vec::new();
        man_page(&mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        for sub in Cli::command().get_subcommands() {
            let title = format!(".SS \"passerelle {}\"", sub.get_name());
            assert!(text.contains(&title), "{title} missing");
        }
        assert!(text.contains(".SS \"passerelle config init\""));
        assert!(text.contains("\\fB\\-\\-force\\fR"));
        assert!(text.contains(".SH ENVIRONMENT") && text.contains("PASSERELLE_BACKEND"));
    }
}
