//! What the integration tests share: [`passerelle`], the binary run in a test's directory with
//! an environment of its own. Every variable Passerelle reads that the developer's shell (or
//! CI's) may hold is cleared — each backend kind's variables, API keys included, taken from
//! the library's own table of kinds, and Passerelle's own `PASSERELLE_*` — and the config
//! lookup and the translation memory point into the test's directory. A test that needs a
//! variable sets it on the returned command.
#![allow(dead_code)]

pub mod conformance;

use std::path::Path;

use assert_cmd::Command;

/// Passerelle's own variables that a run reads.
pub const OWN_VARIABLES: &[&str] = &[
    "PASSERELLE_BACKEND",
    "PASSERELLE_CONFIG",
    "PASSERELLE_LOG",
    "PASSERELLE_OFFLINE",
    "PASSERELLE_MODEL_DIR",
    "RUST_LOG",
    "RUST_BACKTRACE",
];

/// Every environment variable a backend kind reads (API keys included), from the library's
/// table of kinds, so a kind added later is covered too.
pub fn backend_variables() -> Vec<&'static str> {
    passerelle::translate::kinds::BACKEND_KINDS
        .iter()
        .flat_map(|k| k.env.iter().map(|v| v.name))
        .collect()
}

/// `passerelle` run in `dir`, its environment cleared of every variable above, the user
/// config looked for in `dir/xdg-config`, the caches in `dir/xdg-cache` and `dir/cache`.
pub fn passerelle(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("passerelle").expect("binary built");
    for var in OWN_VARIABLES.iter().copied().chain(backend_variables()) {
        cmd.env_remove(var);
    }
    cmd.current_dir(dir)
        .env("XDG_CONFIG_HOME", dir.join("xdg-config"))
        .env("XDG_CACHE_HOME", dir.join("xdg-cache"))
        .env("PASSERELLE_CACHE_DIR", dir.join("cache"));
    cmd
}

/// What `cmd` writes on stdout, as text; the run must succeed.
pub fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.assert().success().get_output().stdout.clone();
    String::from_utf8(out).expect("stdout is UTF-8")
}

/// One field (`"fr"`, `"en"`) of every segment of a JSON document, in order.
pub fn segment_texts<'a>(doc: &'a serde_json::Value, field: &str) -> Vec<&'a str> {
    doc["segments"]
        .as_array()
        .expect("segments")
        .iter()
        .map(|s| s[field].as_str().expect("a text"))
        .collect()
}

/// Whether a missing external tool (xmllint, Chromium) must fail the test rather than skip
/// it: on CI (`CI` set), where `.ci/run` installs every tool the tests use.
pub fn tools_required() -> bool {
    std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// [`passerelle`] for tests that need no directory of their own (they read fixtures by
/// their path in the package): run where the test runs, with no user config and no cache
/// in reach.
pub fn passerelle_here() -> Command {
    let nowhere = Path::new("/nonexistent/passerelle-test");
    let mut cmd = passerelle(nowhere);
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}
