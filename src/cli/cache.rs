//! `passerelle cache`: statistics of the translation memory, or clear it.
//!
//! The cache lives in `$PASSERELLE_CACHE_DIR` or the user's cache directory
//! (`~/.cache/passerelle/translations.sqlite3`); see [`crate::cache`].

use std::io::Write;

use clap::Subcommand;

use super::ExitCode;
use crate::cache::{self, Stats};

/// The `cache` subcommands.
#[derive(Debug, Subcommand)]
pub enum CacheCommand {
    /// How many segments the cache holds, its size, and where it is.
    #[command(after_help = "Examples:
  passerelle cache stats
  PASSERELLE_CACHE_DIR=/tmp/tm passerelle cache stats     another cache directory")]
    Stats,
    /// Remove every cached translation.
    #[command(after_help = "Examples:
  passerelle cache clear
  passerelle translate --no-cache article.fr.txt          or bypass the cache for one run")]
    Clear,
}

/// Runs `passerelle cache` on the memory the config (or `PASSERELLE_CACHE`) names, else the
/// default SQLite file.
pub fn run(command: CacheCommand) -> anyhow::Result<ExitCode> {
    let config = crate::config::Config::load_with(None, &super::process_env)?.config;
    let path = match crate::config::cache_location(&config, &super::process_env) {
        Some(url) if cache::is_postgres(&url) => return postgres(command, &url),
        Some(path) => std::path::PathBuf::from(path),
        None => cache::default_path()?,
    };
    let mut out = std::io::stdout().lock();
    match command {
        CacheCommand::Stats => {
            let stats = cache::stats_at(&path)?;
            write_stats(&mut out, &stats)?;
        }
        CacheCommand::Clear => match cache::clear_at(&path)? {
            None => writeln!(out, "no cache at {}: nothing to clear", path.display())?,
            Some(cache::Cleared::Entries(removed)) => writeln!(
                out,
                "removed {removed} {} from {}",
                translations(removed),
                path.display()
            )?,
            Some(cache::Cleared::Removed(why)) => writeln!(
                out,
                "removed {}: it was not a sound cache database ({why})",
                path.display()
            )?,
        },
    }
    Ok(ExitCode::Success)
}

/// `stats` and `clear` on a PostgreSQL memory.
fn postgres(command: CacheCommand, url: &str) -> anyhow::Result<ExitCode> {
    let memory = cache::postgres::PostgresMemory::connect(url)?;
    let rt = super::runtime()?;
    let mut out = std::io::stdout().lock();
    let at = cache::Memory::location(&memory);
    match command {
        CacheCommand::Stats => {
            let entries = rt.block_on(memory.entries())?;
            writeln!(out, "location {at}")?;
            writeln!(out, "entries  {entries}")?;
        }
        CacheCommand::Clear => {
            let removed = rt.block_on(memory.clear())?;
            writeln!(out, "removed {removed} {} from {at}", translations(removed))?;
        }
    }
    Ok(ExitCode::Success)
}

/// `translation` or `translations`, for `n`.
fn translations(n: u64) -> &'static str {
    if n == 1 {
        "translation"
    } else {
        "translations"
    }
}

/// Writes `stats` as aligned `key  value` lines.
pub fn write_stats(out: &mut impl Write, stats: &Stats) -> std::io::Result<()> {
    let note = if stats.exists {
        ""
    } else {
        " (not created yet)"
    };
    writeln!(out, "path     {}{note}", stats.path.display())?;
    writeln!(out, "entries  {}", stats.entries)?;
    writeln!(out, "size     {}", human_size(stats.bytes))?;
    for (kind, n) in &stats.by_kind {
        writeln!(out, "  {kind:<14} {n}")?;
    }
    Ok(())
}

fn human_size(bytes: u64) -> String {
    const UNITS: &[&str] = &["KiB", "MiB", "GiB", "TiB"];
    if bytes < 1024 {
        return format!("{bytes} bytes");
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {} ({bytes} bytes)", UNITS[unit])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stats_render() {
        let stats = Stats {
            path: "/tmp/x/translations.sqlite3".into(),
            exists: true,
            entries: 12,
            bytes: 49_152,
            by_kind: vec![("apertium".into(), 10), ("deepl".into(), 2)],
        };
        let mut out = Vec::new();
        write_stats(&mut out, &stats).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "path     /tmp/x/translations.sqlite3\n\
             entries  12\n\
             size     48.0 KiB (49152 bytes)\n  \
             apertium       10\n  \
             deepl          2\n"
        );
    }

    #[test]
    fn sizes() {
        assert_eq!(human_size(0), "0 bytes");
        assert_eq!(human_size(1023), "1023 bytes");
        assert_eq!(human_size(3 * 1024 * 1024), "3.0 MiB (3145728 bytes)");
    }
}
