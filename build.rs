//! Build script: embeds the git commit in the version string when built from a checkout, so
//! `passerelle --version` prints `passerelle 0.1.0 (abc1234)`. Outside a checkout, or without
//! git, the version is the crate version alone; `PASSERELLE_GIT_COMMIT` supplies the commit for
//! builds from a source archive.

use std::path::{Path, PathBuf};
use std::process::Command;

fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let s = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (!s.is_empty()).then_some(s)
}

fn main() {
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=PASSERELLE_GIT_COMMIT");

    let commit = std::env::var("PASSERELLE_GIT_COMMIT")
        .ok()
        .filter(|c| !c.trim().is_empty())
        .map(|c| c.trim().chars().take(12).collect::<String>())
        .or_else(|| commit_from_checkout(&manifest_dir));

    let full = match commit {
        Some(c) => format!("{version} ({c})"),
        None => version,
    };
    println!("cargo:rustc-env=PASSERELLE_VERSION={full}");
}

/// The short commit of the checkout this crate is the top of, if any. A crate unpacked inside
/// some other repository (vendored, say) does not take that repository's commit.
fn commit_from_checkout(manifest_dir: &Path) -> Option<String> {
    let top = git(manifest_dir, &["rev-parse", "--show-toplevel"])?;
    let same = match (Path::new(&top).canonicalize(), manifest_dir.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if !same {
        return None;
    }
    // Rebuild when HEAD moves: HEAD itself (a worktree has its own), the branch's ref, and
    // packed-refs. Only files that exist: a missing one would make cargo rerun every build.
    let abs = |p: String| {
        let p = PathBuf::from(p);
        if p.is_absolute() {
            p
        } else {
            manifest_dir.join(p)
        }
    };
    if let Some(git_dir) = git(manifest_dir, &["rev-parse", "--git-dir"]).map(abs) {
        watch(&git_dir.join("HEAD"));
    }
    if let Some(common) = git(manifest_dir, &["rev-parse", "--git-common-dir"]).map(abs) {
        watch(&common.join("packed-refs"));
        if let Some(r) = git(manifest_dir, &["symbolic-ref", "-q", "HEAD"]) {
            watch(&common.join(r));
        }
    }
    git(manifest_dir, &["rev-parse", "--short=7", "HEAD"])
}

fn watch(path: &Path) {
    if path.exists() {
        println!("cargo:rerun-if-changed={}", path.display());
    }
}
