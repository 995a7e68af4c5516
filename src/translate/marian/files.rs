//! Where the Marian model's files come from: the config's `model_dir` (all files local), else
//! the user's Hugging Face cache, else a download with `hf-hub` into that cache (with a
//! progress bar on stderr) — unless offline, in which case a missing file is one line saying
//! what to download, where to put it, and which backends work without it.

use std::path::{Path, PathBuf};

use hf_hub::{Cache, Repo, RepoType};

/// The weights' hub repository (candle's marian-mt example pins this revision).
pub const WEIGHTS_REPO: &str = "Helsinki-NLP/opus-mt-fr-en";
/// The revision of [`WEIGHTS_REPO`] that holds `model.safetensors`.
pub const WEIGHTS_REVISION: &str = "refs/pr/4";
/// The weights file name.
pub const WEIGHTS_FILE: &str = "model.safetensors";
/// The hub repository of the tokenizer JSONs candle publishes for opus-mt-fr-en.
pub const TOKENIZER_REPO: &str = "lmz/candle-marian";
/// Source (French) and target (English) tokenizer names, in the order they are looked for
/// in a model directory; the first pair is the one downloaded.
pub const TOKENIZER_NAMES: [(&str, &str); 3] = [
    (
        "tokenizer-marian-base-fr.json",
        "tokenizer-marian-base-en.json",
    ),
    ("source.json", "target.json"),
    ("tokenizer-src.json", "tokenizer-tgt.json"),
];

/// The files of one Marian model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelFiles {
    /// `model.safetensors`.
    pub weights: PathBuf,
    /// `config.json`, if there is one; else the opus-mt-fr-en config is used.
    pub config: Option<PathBuf>,
    /// `generation_config.json`, if there is one; else the generation settings in
    /// `config.json`, else opus-mt-fr-en's.
    pub generation: Option<PathBuf>,
    /// The source (French) tokenizer JSON.
    pub source_tokenizer: PathBuf,
    /// The target (English) tokenizer JSON.
    pub target_tokenizer: PathBuf,
    /// Where they were found, for messages (`model_dir /x`, `cache /y`).
    pub origin: String,
}

/// The files of a model directory, or a one-line description of what is missing.
pub fn from_dir(dir: &Path) -> Result<ModelFiles, String> {
    if !dir.is_dir() {
        return Err(format!("model_dir {}: not a directory", dir.display()));
    }
    let weights = dir.join(WEIGHTS_FILE);
    if !weights.is_file() {
        return Err(format!(
            "model_dir {}: no {WEIGHTS_FILE} in it",
            dir.display()
        ));
    }
    let Some((src, tgt)) = TOKENIZER_NAMES
        .iter()
        .find(|(s, t)| dir.join(s).is_file() && dir.join(t).is_file())
    else {
        let names: Vec<String> = TOKENIZER_NAMES
            .iter()
            .map(|(s, t)| format!("{s} + {t}"))
            .collect();
        return Err(format!(
            "model_dir {}: no tokenizer pair in it (looked for {})",
            dir.display(),
            names.join(", ")
        ));
    };
    let config = dir.join("config.json");
    let generation = dir.join("generation_config.json");
    Ok(ModelFiles {
        weights,
        config: config.is_file().then_some(config),
        generation: generation.is_file().then_some(generation),
        source_tokenizer: dir.join(src),
        target_tokenizer: dir.join(tgt),
        origin: format!("model_dir {}", dir.display()),
    })
}

/// The Hugging Face cache directory: `$HF_HOME/hub`, else `~/.cache/huggingface/hub`.
pub fn cache_dir() -> Option<PathBuf> {
    if let Some(home) = std::env::var_os("HF_HOME").filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(home).join("hub"));
    }
    directories::BaseDirs::new().map(|d| d.home_dir().join(".cache/huggingface/hub"))
}

fn weights_repo() -> Repo {
    Repo::with_revision(
        WEIGHTS_REPO.to_string(),
        RepoType::Model,
        WEIGHTS_REVISION.to_string(),
    )
}

fn tokenizer_repo() -> Repo {
    Repo::new(TOKENIZER_REPO.to_string(), RepoType::Model)
}

/// The opus-mt-fr-en files already in the cache at `cache`, if all are there.
pub fn from_cache(cache: &Path) -> Option<ModelFiles> {
    let cache = Cache::new(cache.to_path_buf());
    let (src, tgt) = TOKENIZER_NAMES[0];
    Some(ModelFiles {
        weights: cache.repo(weights_repo()).get(WEIGHTS_FILE)?,
        config: None,
        generation: None,
        source_tokenizer: cache.repo(tokenizer_repo()).get(src)?,
        target_tokenizer: cache.repo(tokenizer_repo()).get(tgt)?,
        origin: format!("cache {}", cache.path().display()),
    })
}

/// What to do without the model, in one line: what to download, where to put it, and the
/// backends that work without it.
pub fn how_to_get(cache: Option<&Path>) -> String {
    let (src, tgt) = TOKENIZER_NAMES[0];
    let cache = cache
        .map(|c| {
            format!(
                "let passerelle download it into {} when online, or ",
                c.display()
            )
        })
        .unwrap_or_default();
    format!(
        "{cache}download {WEIGHTS_FILE} ({WEIGHTS_REPO}, revision {WEIGHTS_REVISION}) and \
         {src}, {tgt} ({TOKENIZER_REPO}) into a directory and pass --model-dir DIR (or set \
         model_dir under [backends.marian]); or use --backend apertium, or a translation \
         service configured under [backends] (deepl, openai, libretranslate, google)"
    )
}

/// The short first line of the error when the model is not in the cache and cannot be had
/// now (`why`: offline mode, hub unreachable): what failed and what to do.
pub fn not_downloaded(why: &str) -> String {
    format!(
        "the opus-mt-fr-en model is not downloaded (300 MB, needs the network once) and {why}; \
         use --backend apertium, or see `passerelle backends`"
    )
}

/// The hub's address: `HF_ENDPOINT`, else Hugging Face's.
fn hub_endpoint() -> String {
    std::env::var("HF_ENDPOINT")
        .ok()
        .filter(|e| !e.is_empty())
        .unwrap_or_else(|| "https://huggingface.co".into())
}

/// Asks the hub for the model's revision (one small request, 10 s at most): `Ok` with the
/// hub's address when it answers, else why not, in one line.
pub async fn probe_hub() -> Result<String, String> {
    let endpoint = hub_endpoint();
    let api = hf_hub::api::tokio::ApiBuilder::new()
        .with_endpoint(endpoint.clone())
        .with_progress(false)
        .build()
        .map_err(|e| format!("hub client: {}", super::engine::one_line(&e.to_string())))?;
    let request = api.repo(weights_repo()).info_request().send();
    match tokio::time::timeout(std::time::Duration::from_secs(10), request).await {
        Err(_) => Err(format!("{endpoint}: no answer within 10 s")),
        Ok(Err(e)) if e.is_connect() => Err(format!("{endpoint}: cannot connect")),
        Ok(Err(e)) => Err(format!(
            "{endpoint}: {}",
            super::engine::one_line(&e.without_url().to_string())
        )),
        Ok(Ok(r)) if r.status().is_server_error() => {
            Err(format!("{endpoint} answered {}", r.status()))
        }
        Ok(Ok(_)) => Ok(endpoint),
    }
}

/// A stderr progress bar for hub downloads.
#[derive(Clone)]
struct Bar(indicatif::ProgressBar);

impl hf_hub::api::tokio::Progress for Bar {
    async fn init(&mut self, size: usize, filename: &str) {
        self.0.set_length(size as u64);
        self.0.set_message(filename.to_string());
    }
    async fn update(&mut self, size: usize) {
        self.0.inc(size as u64);
    }
    async fn finish(&mut self) {
        self.0.finish();
    }
}

fn new_bar() -> Bar {
    let bar =
        indicatif::ProgressBar::with_draw_target(Some(0), indicatif::ProgressDrawTarget::stderr());
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{msg:32} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} eta {eta}",
    ) {
        bar.set_style(style.progress_chars("=> "));
    }
    Bar(bar)
}

/// Downloads the opus-mt-fr-en files into the cache at `cache` (files already there are not
/// fetched again). `HF_ENDPOINT` overrides the hub's address, as for Hugging Face's tools.
pub async fn download(cache: &Path) -> Result<ModelFiles, String> {
    let mut builder = hf_hub::api::tokio::ApiBuilder::from_cache(Cache::new(cache.to_path_buf()))
        .with_progress(false);
    if let Some(endpoint) = std::env::var("HF_ENDPOINT").ok().filter(|e| !e.is_empty()) {
        builder = builder.with_endpoint(endpoint);
    }
    let api = builder
        .build()
        .map_err(|e| format!("hub client: {}", super::engine::one_line(&e.to_string())))?;
    let cached = Cache::new(cache.to_path_buf());
    let fetch = |repo: Repo, file: &'static str| {
        let api = api.repo(repo.clone());
        let cached = cached.repo(repo);
        async move {
            if let Some(path) = cached.get(file) {
                return Ok(path);
            }
            eprintln!("passerelle: downloading {file} ({})", api.url(file));
            api.download_with_progress(file, new_bar())
                .await
                .map_err(|e| {
                    format!(
                        "fetching {file} failed: {}",
                        super::engine::one_line(&e.to_string())
                    )
                })
        }
    };
    let (src, tgt) = TOKENIZER_NAMES[0];
    let weights = fetch(weights_repo(), WEIGHTS_FILE).await?;
    let source_tokenizer = fetch(tokenizer_repo(), src).await?;
    let target_tokenizer = fetch(tokenizer_repo(), tgt).await?;
    Ok(ModelFiles {
        weights,
        config: None,
        generation: None,
        source_tokenizer,
        target_tokenizer,
        origin: format!("cache {}", cache.display()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_dir_finds_every_tokenizer_naming() {
        for (src, tgt) in TOKENIZER_NAMES {
            let dir = tempfile::tempdir().unwrap();
            std::fs::write(dir.path().join(WEIGHTS_FILE), b"x").unwrap();
            std::fs::write(dir.path().join(src), b"{}").unwrap();
            std::fs::write(dir.path().join(tgt), b"{}").unwrap();
            let files = from_dir(dir.path()).unwrap();
            assert_eq!(files.source_tokenizer, dir.path().join(src));
            assert_eq!(files.target_tokenizer, dir.path().join(tgt));
            assert_eq!(files.config, None);
        }
    }

    #[test]
    fn model_dir_prefers_candle_names_and_reads_config() {
        let dir = tempfile::tempdir().unwrap();
        for f in [
            WEIGHTS_FILE,
            "config.json",
            "source.json",
            "target.json",
            "tokenizer-marian-base-fr.json",
            "tokenizer-marian-base-en.json",
        ] {
            std::fs::write(dir.path().join(f), b"{}").unwrap();
        }
        let files = from_dir(dir.path()).unwrap();
        assert!(files
            .source_tokenizer
            .ends_with("tokenizer-marian-base-fr.json"));
        assert_eq!(files.config, Some(dir.path().join("config.json")));
    }

    #[test]
    fn model_dir_missing_files_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let e = from_dir(dir.path()).unwrap_err();
        assert!(e.contains("model.safetensors"), "{e}");
        std::fs::write(dir.path().join(WEIGHTS_FILE), b"x").unwrap();
        std::fs::write(dir.path().join("source.json"), b"{}").unwrap();
        let e = from_dir(dir.path()).unwrap_err();
        assert!(e.contains("no tokenizer pair"), "{e}");
        let e = from_dir(&dir.path().join("nope")).unwrap_err();
        assert!(e.contains("not a directory"), "{e}");
    }

    #[test]
    fn empty_cache_has_nothing() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(from_cache(dir.path()), None);
    }

    #[test]
    fn cache_layout_of_hf_hub_is_found() {
        // The layout hf-hub writes: refs/<revision> holds the commit, snapshots/<commit>/file.
        let dir = tempfile::tempdir().unwrap();
        let put = |repo: &str, rev: &str, files: &[&str]| {
            let root = dir
                .path()
                .join(format!("models--{}", repo.replace('/', "--")));
            let refs = root.join("refs").join(rev);
            std::fs::create_dir_all(refs.parent().unwrap()).unwrap();
            std::fs::write(&refs, "abc123").unwrap();
            let snap = root.join("snapshots/abc123");
            std::fs::create_dir_all(&snap).unwrap();
            for f in files {
                std::fs::write(snap.join(f), b"x").unwrap();
            }
        };
        put(WEIGHTS_REPO, WEIGHTS_REVISION, &[WEIGHTS_FILE]);
        assert_eq!(from_cache(dir.path()), None, "tokenizers still missing");
        put(
            TOKENIZER_REPO,
            "main",
            &[
                "tokenizer-marian-base-fr.json",
                "tokenizer-marian-base-en.json",
            ],
        );
        let files = from_cache(dir.path()).unwrap();
        assert!(files
            .weights
            .ends_with("snapshots/abc123/model.safetensors"));
    }

    #[test]
    fn how_to_get_names_files_and_alternatives() {
        let m = how_to_get(Some(Path::new("/c")));
        for needle in [
            "model.safetensors",
            "refs/pr/4",
            "lmz/candle-marian",
            "--model-dir",
            "--backend apertium",
            "/c",
        ] {
            assert!(m.contains(needle), "{needle} missing from {m}");
        }
        assert!(!m.contains('\n'));
    }
}
