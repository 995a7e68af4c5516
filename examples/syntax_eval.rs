//! Scores the French tagger and parser of `src/syntax/` on CoNLL-U files.
//!
//! ```text
//! cargo run --release --example syntax_eval -- [--model FILE] [--gold-tags] TEST.conllu...
//! ```
//!
//! Without `--model`, the committed model (`passerelle::syntax::french()`). Each file is read on
//! surface tokens (multiword tokens collapsed as in training) and parsed from its words alone:
//! tags are predicted (with `--gold-tags`, the gold tags are given to the parser instead). Prints
//! per file: UPOS accuracy, UAS, LAS (punctuation included), labelled precision / recall of
//! `nsubj` (with its subtypes: right head and a relation starting with `nsubj`) and of `ccomp`,
//! and tokens per second of tagging + parsing (the best of three passes after an untimed one; the words already split; `cargo run` without
//! `--release` gives the dev profile's figure, the parser's crate being optimised there too).

use std::time::Instant;

use anyhow::{bail, Context, Result};
use passerelle::syntax::{french, read_conllu, Deprel, Parse, Parser, Scores, Sentence};

/// Labelled precision / recall of one relation family.
#[derive(Default)]
struct Relation {
    gold: usize,
    predicted: usize,
    right: usize,
}

impl Relation {
    fn add(&mut self, base: &str, gold: &Sentence, parse: &Parse) {
        let is = |d: Deprel| d.base() == base;
        for i in 0..gold.words.len() {
            let g = is(gold.deprel[i]);
            let p = is(parse.deprel[i]);
            self.gold += g as usize;
            self.predicted += p as usize;
            self.right += (g && p && gold.head[i] == parse.head[i]) as usize;
        }
    }

    fn show(&self) -> String {
        let r = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        format!(
            "P {:.3} ({}/{}) R {:.3} ({}/{})",
            r(self.right, self.predicted),
            self.right,
            self.predicted,
            r(self.right, self.gold),
            self.right,
            self.gold
        )
    }
}

fn main() -> Result<()> {
    let mut model = None;
    let mut gold_tags = false;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--model" => model = Some(args.next().context("--model needs a file")?),
            "--gold-tags" => gold_tags = true,
            _ if a.starts_with("--") => bail!("unknown option {a}"),
            _ => files.push(a),
        }
    }
    if files.is_empty() {
        bail!("usage: syntax_eval [--model FILE] [--gold-tags] TEST.conllu...");
    }
    let loaded;
    let parser: &Parser = match model {
        Some(path) => {
            loaded = Parser::from_bytes(
                std::fs::read(&path).with_context(|| format!("reading {path}"))?,
            )?;
            &loaded
        }
        None => french()
            .context("this build has no committed model (models/syntax-fr.bin); pass --model")?,
    };
    println!(
        "model: {:.2} MB ({})",
        parser.size() as f64 / 1e6,
        parser.describe()
    );
    for file in files {
        let sentences = read_conllu(
            &std::fs::read_to_string(&file).with_context(|| format!("reading {file}"))?,
        );
        let words: Vec<Vec<&str>> = sentences
            .iter()
            .map(|s| s.words.iter().map(String::as_str).collect())
            .collect();
        // One untimed pass first: the timing is of a model already in memory, as in a long run;
        // then the best of three timed passes (the machine is shared: the best is the least
        // disturbed).
        for w in &words {
            std::hint::black_box(parser.parse(w));
        }
        let mut elapsed = f64::MAX;
        for _ in 0..3 {
            let start = Instant::now();
            for w in &words {
                std::hint::black_box(parser.parse(w));
            }
            elapsed = elapsed.min(start.elapsed().as_secs_f64());
        }
        let parses: Vec<Parse> = sentences
            .iter()
            .zip(&words)
            .map(|(s, w)| {
                if gold_tags {
                    parser.parse_with_tags(w, &s.upos)
                } else {
                    parser.parse(w)
                }
            })
            .collect();
        let mut scores = Scores::default();
        let (mut nsubj, mut ccomp) = (Relation::default(), Relation::default());
        for (s, p) in sentences.iter().zip(&parses) {
            scores.add(s, p);
            nsubj.add("nsubj", s, p);
            ccomp.add("ccomp", s, p);
        }
        println!(
            "{file}: {} sentences, {} tokens{}\n  UPOS {:.4}  UAS {:.4}  LAS {:.4}\n  nsubj {}\n  ccomp {}\n  {:.0} tokens/s ({:.2} ms per 1,000 tokens, tagging + parsing)",
            sentences.len(),
            scores.tokens,
            if gold_tags { " (gold tags)" } else { "" },
            scores.upos_accuracy(),
            scores.uas(),
            scores.las(),
            nsubj.show(),
            ccomp.show(),
            scores.tokens as f64 / elapsed.max(1e-9),
            elapsed * 1e6 / scores.tokens.max(1) as f64
        );
    }
    Ok(())
}
