//! Trains the French tagger and parser of this crate and writes the model file.
//!
//! ```text
//! cargo run --release -p passerelle-syntax --example syntax_train -- TRAIN.conllu... [--dev DEV.conllu] --out MODEL \
//!     [--tagger-epochs N] [--parser-epochs N] [--prune W] [--max-mb 6] [--jackknife 5] [--seed S]
//! ```
//!
//! TRAIN (one or more files, read in order) is meant to be UD French GSD's `fr_gsd-ud-train.conllu` (not available offline here;
//! see BENCHMARKS.md for what the available treebanks give), DEV its dev file, used only to print the scores after each
//! epoch (to choose the numbers of epochs). Prints, per epoch, the accuracy during the pass and
//! the dev UPOS accuracy, UAS, LAS and model size; then the model's size. `--prune W` drops
//! averaged weights below W; `--max-mb M` raises that threshold as little as needed for the
//! model to fit in M MB (the dev scores per epoch are those of `--prune`). `--jackknife K`: the
//! parser trains on tags from K taggers each trained without its fold (1: the final tagger's). `--parser-epochs 0`
//! writes a tagger-only model (how `models/tagger-fr.bin` is built: see `models/README.md`). Deterministic: the
//! same inputs and options give the same bytes.

use std::time::Instant;

use anyhow::{bail, Context, Result};
use passerelle_syntax::{read_conllu, train, TrainOptions};

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let mut train_paths = Vec::new();
    let mut dev_path = None;
    let mut out = None;
    let mut options = TrainOptions::default();
    while let Some(a) = args.next() {
        let mut value = |name: &str| args.next().with_context(|| format!("{name} needs a value"));
        match a.as_str() {
            "--dev" => dev_path = Some(value("--dev")?),
            "--out" => out = Some(value("--out")?),
            "--tagger-epochs" => options.tagger_epochs = value("--tagger-epochs")?.parse()?,
            "--parser-epochs" => options.parser_epochs = value("--parser-epochs")?.parse()?,
            "--prune" => options.prune = value("--prune")?.parse()?,
            "--seed" => options.seed = value("--seed")?.parse()?,
            "--jackknife" => options.jackknife = value("--jackknife")?.parse()?,
            "--max-mb" => {
                options.max_bytes = Some((value("--max-mb")?.parse::<f64>()? * 1e6) as usize)
            }
            _ if a.starts_with("--") => bail!("unknown option {a}"),
            _ => train_paths.push(a),
        }
    }
    let (false, Some(out)) = (train_paths.is_empty(), out) else {
        bail!("usage: syntax_train TRAIN.conllu... [--dev DEV.conllu] --out FILE [--tagger-epochs N] [--parser-epochs N] [--prune W] [--max-mb M] [--jackknife K] [--seed S]");
    };
    let read = |p: &str| -> Result<_> {
        Ok(read_conllu(
            &std::fs::read_to_string(p).with_context(|| format!("reading {p}"))?,
        ))
    };
    let mut train_set = Vec::new();
    for path in &train_paths {
        train_set.extend(read(path)?);
    }
    let dev_set = match &dev_path {
        Some(p) => read(p)?,
        None => Vec::new(),
    };
    let tokens: usize = train_set.iter().map(|s| s.words.len()).sum();
    println!(
        "train: {} sentences, {} tokens; dev: {} sentences; {:?}",
        train_set.len(),
        tokens,
        dev_set.len(),
        options
    );
    let start = Instant::now();
    let bytes = train(&train_set, &dev_set, &options, &mut |line| {
        println!("[{:>6.1}s] {line}", start.elapsed().as_secs_f64())
    });
    std::fs::write(&out, &bytes).with_context(|| format!("writing {out}"))?;
    println!("wrote {out}: {:.2} MB", bytes.len() as f64 / 1e6);
    Ok(())
}
