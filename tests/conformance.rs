//! The `Translator` contract (`tests/common/conformance.rs`) run over every backend that is not
//! an HTTP service — `command`, the real `apertium`, `marian` on its trained fixture — and over
//! the translation memory wrapped around a backend, cold and warm. The HTTP kinds run the same
//! suite against their vendors' mocks in `tests/http_backends.rs`. A kind added to the table of
//! kinds without a case here fails `every_local_kind_runs_the_suite`.

use std::path::Path;

use passerelle::config::BackendConfig;
use passerelle::translate::{self, Translator};

mod common;
use common::conformance::{self, Expect};

fn engine(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/engines")
        .join(name)
        .display()
        .to_string()
}

/// The `command` backend running the tagging engine of the fixtures.
fn command() -> Box<dyn Translator> {
    let config = BackendConfig {
        kind: "command".into(),
        command: Some(vec!["sh".into(), engine("tag.sh")]),
        ..BackendConfig::default()
    };
    translate::build_from("tag", &config).expect("command backend")
}

/// Whether Apertium and its modes are installed; on CI (which installs them) a missing one
/// fails the test rather than skipping it.
fn apertium_installed() -> bool {
    let found = std::process::Command::new("apertium")
        .args(["-l"])
        .output()
        .map(|o| {
            let modes = String::from_utf8_lossy(&o.stdout);
            modes.contains("fr-es") && modes.contains("spa-eng")
        })
        .unwrap_or(false);
    if !found {
        assert!(
            !common::tools_required(),
            "apertium (fr-es, spa-eng) is not installed but CI is set: .ci/run must install it"
        );
        eprintln!("SKIPPED: apertium is not installed");
    }
    found
}

/// Runs the suite on local kind `name`; `false` when its engine is not on this machine.
async fn local(name: &str) -> bool {
    match name {
        "command" => conformance::run("command", command().as_ref(), Expect::default()).await,
        "apertium" => {
            if !apertium_installed() {
                return false;
            }
            let config = BackendConfig {
                kind: "apertium".into(),
                ..BackendConfig::default()
            };
            let t = translate::build_from("apertium", &config).expect("apertium backend");
            conformance::run("apertium", t.as_ref(), Expect::default()).await;
        }
        "marian" => return marian().await,
        other => panic!("local kind {other} has no conformance case: add one here"),
    }
    true
}

#[cfg(feature = "marian")]
async fn marian() -> bool {
    let config = BackendConfig {
        kind: "marian".into(),
        model_dir: Some(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/marian-fixture"),
        ),
        offline: Some(true),
        ..BackendConfig::default()
    };
    let t = translate::build_from("tiny", &config).expect("marian fixture");
    // The fixture is a tiny model trained on a few sentences: its English of the suite's
    // sentences is not meant to keep placeholder tokens, so only the contract's shape is
    // asked of it.
    let expect = Expect {
        keeps_terms: false,
        ..Expect::default()
    };
    conformance::run("marian", t.as_ref(), expect).await;
    true
}

#[cfg(not(feature = "marian"))]
async fn marian() -> bool {
    false
}

#[tokio::test]
async fn every_local_kind_runs_the_suite() {
    let local_kinds: Vec<&str> = translate::kinds::BACKEND_KINDS
        .iter()
        .filter(|k| !k.keys.contains(&"url"))
        .map(|k| k.name)
        .collect();
    assert_eq!(local_kinds, ["marian", "apertium", "command"]);
    let mut ran = Vec::new();
    for name in local_kinds {
        if local(name).await {
            ran.push(name);
        }
    }
    assert!(ran.contains(&"command"), "{ran:?}");
}

#[tokio::test]
async fn the_translation_memory_meets_the_contract_cold_and_warm() {
    let dir = tempfile::tempdir().unwrap();
    let location = dir.path().join("tm.sqlite").display().to_string();
    let memory = passerelle::cache::open(Some(&location)).unwrap();
    let cached = passerelle::cache::CachedTranslator::new(command(), memory.clone());
    // Cold: everything goes to the engine; warm: everything comes from the memory.
    conformance::run("cached (cold)", &cached, Expect::default()).await;
    conformance::run("cached (warm)", &cached, Expect::default()).await;
    // A memory shared with a second wrapper answers the same.
    let again = passerelle::cache::CachedTranslator::new(command(), memory);
    conformance::run("cached (second wrapper)", &again, Expect::default()).await;
}
