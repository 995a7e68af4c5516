//! Tests of the Marian backend: the trained fixture against Hugging Face's reference outputs,
//! and tiny random models generated here for the plumbing (files, offline error, EOS,
//! length bound, determinism, count and order).

use std::path::{Path, PathBuf};

use super::engine::{length_bound, Decoding, MarianModel};
use super::files::{self, ModelFiles};
use super::synth;
use super::*;
use candle_transformers::models::marian::Config;

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/marian-fixture")
}

struct Case {
    source: String,
    source_ids: Vec<u32>,
    output_ids: Vec<u32>,
    output_text: String,
}

fn cases() -> Vec<Case> {
    let text = std::fs::read_to_string(fixture_dir().join("expected.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let ids = |x: &serde_json::Value| -> Vec<u32> {
        x.as_array()
            .unwrap()
            .iter()
            .map(|i| i.as_u64().unwrap() as u32)
            .collect()
    };
    v["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| Case {
            source: c["source"].as_str().unwrap().to_string(),
            source_ids: ids(&c["source_ids"]),
            output_ids: ids(&c["output_ids"]),
            output_text: c["output_text"].as_str().unwrap().to_string(),
        })
        .collect()
}

fn fixture_model() -> MarianModel {
    let files = files::from_dir(&fixture_dir()).unwrap();
    MarianModel::load(&files).unwrap()
}

fn backend(dir: &Path, tweak: impl FnOnce(&mut BackendConfig)) -> Marian {
    let mut cfg = BackendConfig {
        kind: "marian".into(),
        model_dir: Some(dir.to_path_buf()),
        ..BackendConfig::default()
    };
    tweak(&mut cfg);
    Marian::new("marian", &cfg).unwrap()
}

fn batch(texts: &[&str]) -> Batch {
    Batch {
        texts: texts.iter().map(|s| s.to_string()).collect(),
        terms: Vec::new(),
        text_terms: Vec::new(),
    }
}

#[test]
fn fixture_source_ids_match_the_reference() {
    let model = fixture_model();
    for c in cases() {
        assert_eq!(
            model.encode(&c.source).unwrap(),
            c.source_ids,
            "{}",
            c.source
        );
    }
    // French typographic spaces before `?` are plain spaces to the model.
    assert_eq!(
        model.encode("où est la gare\u{202f}?").unwrap(),
        model.encode("où est la gare ?").unwrap()
    );
}

#[test]
fn fixture_greedy_reproduces_all_12_reference_outputs() {
    let model = fixture_model();
    let cases = cases();
    assert_eq!(cases.len(), 12);
    // One session for all cases: also proves the KV cache is reset between sentences.
    let mut session = model.session();
    for c in &cases {
        let ids = session
            .generate(&c.source_ids, &Decoding::default())
            .unwrap();
        let want = &c.output_ids[..c.output_ids.len() - 1];
        assert_eq!(c.output_ids.last(), Some(&0));
        assert_eq!(ids, want, "ids of {:?}", c.source);
        let text = session.translate(&c.source, &Decoding::default()).unwrap();
        assert_eq!(text, c.output_text, "text of {:?}", c.source);
    }
}

#[test]
fn fixture_batched_greedy_reproduces_all_12_reference_outputs() {
    // All twelve sources, of different lengths, padded into one batch (and into smaller ones):
    // each row gives exactly its reference output.
    let model = fixture_model();
    let cases = cases();
    let mut session = model.session();
    let sources: Vec<Vec<u32>> = cases.iter().map(|c| c.source_ids.clone()).collect();
    for size in [12, 5, 2] {
        let mut got = Vec::new();
        for chunk in sources.chunks(size) {
            got.extend(session.generate_batch(chunk, &Decoding::default()).unwrap());
        }
        for (c, ids) in cases.iter().zip(&got) {
            assert_eq!(
                ids,
                &c.output_ids[..c.output_ids.len() - 1],
                "{:?}",
                c.source
            );
        }
    }
    let texts: Vec<&str> = cases.iter().map(|c| c.source.as_str()).collect();
    let want: Vec<&str> = cases.iter().map(|c| c.output_text.as_str()).collect();
    assert_eq!(
        session
            .translate_many(&texts, &Decoding::default())
            .unwrap(),
        want
    );
}

#[test]
fn batched_greedy_equals_one_sentence_at_a_time_on_a_random_model() {
    // A random model generates long, arbitrary sequences: a padding leak or a row stopped
    // late would show here.
    let (dir, cfg) = tiny(&[]);
    let model = MarianModel::load(&files::from_dir(dir.path()).unwrap()).unwrap();
    let mut s = model.session();
    let mut sources: Vec<Vec<u32>> = SENTENCES.iter().map(|t| model.encode(t).unwrap()).collect();
    sources.push(vec![cfg.eos_token_id]);
    sources.push((1..30).chain([cfg.eos_token_id]).collect());
    let alone: Vec<Vec<u32>> = sources
        .iter()
        .map(|ids| s.generate(ids, &Decoding::default()).unwrap())
        .collect();
    assert_eq!(
        s.generate_batch(&sources, &Decoding::default()).unwrap(),
        alone
    );
    let capped = Decoding {
        beam_size: 1,
        max_new_tokens: Some(3),
        ..Decoding::default()
    };
    let alone: Vec<Vec<u32>> = sources
        .iter()
        .map(|ids| s.generate(ids, &capped).unwrap())
        .collect();
    assert!(alone.iter().all(|ids| ids.len() <= 3));
    assert_eq!(s.generate_batch(&sources, &capped).unwrap(), alone);
    // Rows with their own bounds stop at them; a bound of 0 generates nothing.
    let bounded = s.greedy_batch(&sources[..3], &[0, 2, 5]).unwrap();
    assert_eq!(bounded[0], Vec::<u32>::new());
    assert!(bounded[1].len() <= 2 && bounded[2].len() <= 5);
    assert!(s.greedy_batch(&[vec![]], &[4]).is_err());
    assert!(s
        .greedy_batch(&[vec![cfg.vocab_size as u32]], &[4])
        .is_err());
}

#[test]
fn decoding_groups_cover_every_text_once_by_length() {
    let texts: Vec<String> = (0..21).map(|i| "x".repeat((i * 7) % 13 + 1)).collect();
    for threads in [1, 2, 4] {
        let lengths: Vec<usize> = texts.iter().map(String::len).collect();
        let groups = decode_groups(&lengths, threads, Precision::F32);
        let mut seen: Vec<usize> = groups.iter().flatten().copied().collect();
        assert!(groups
            .iter()
            .all(|g| !g.is_empty() && g.len() <= DECODE_BATCH));
        assert!(groups.len() >= threads.min(texts.len()));
        let lengths: Vec<usize> = groups.iter().flatten().map(|&i| texts[i].len()).collect();
        assert!(lengths.windows(2).all(|w| w[0] <= w[1]));
        seen.sort_unstable();
        assert_eq!(seen, (0..21).collect::<Vec<_>>());
    }
    assert!(decode_groups(&[], 2, Precision::F32).is_empty());
}

#[test]
fn fixture_beam_of_4_agrees_with_greedy_as_the_reference_says() {
    // expected.json: hf_default_generate_beam4_differs_in = 0.
    let model = fixture_model();
    let mut session = model.session();
    let beam = Decoding {
        beam_size: 4,
        ..Decoding::default()
    };
    for c in cases() {
        assert_eq!(session.translate(&c.source, &beam).unwrap(), c.output_text);
    }
}

#[test]
fn fixture_results_do_not_depend_on_threads_or_order() {
    let model = fixture_model();
    let cases = cases();
    let texts: Vec<String> = cases.iter().map(|c| c.source.clone()).collect();
    let run = |texts: &[String], threads| {
        model
            .map_parallel(texts, threads, |s, t| s.translate(t, &Decoding::default()))
            .unwrap()
    };
    let one = run(&texts, 1);
    let want: Vec<String> = cases.iter().map(|c| c.output_text.clone()).collect();
    assert_eq!(one, want);
    assert_eq!(run(&texts, 3), want);
    let mut reversed = texts.clone();
    reversed.reverse();
    let mut back = run(&reversed, 2);
    back.reverse();
    assert_eq!(back, want);
}

#[tokio::test]
async fn fixture_through_the_backend_keeps_count_and_order() {
    // The default (int8) and f32 both give the 12 reference outputs on the trained fixture.
    for quantize in [None, Some("f32"), Some("int8")] {
        let m = backend(&fixture_dir(), |c| c.quantize = quantize.map(String::from));
        let cases = cases();
        let texts: Vec<&str> = cases.iter().map(|c| c.source.as_str()).collect();
        let out = m.translate(&batch(&texts)).await.unwrap();
        let want: Vec<&str> = cases.iter().map(|c| c.output_text.as_str()).collect();
        assert_eq!(out, want, "{quantize:?}");
        assert!(m.check().await.unwrap().contains("marian-fixture"));
        let precision = quantize.unwrap_or(DEFAULT_PRECISION.name());
        assert!(m.info().detail.ends_with(precision), "{}", m.info().detail);
    }
    let bad = Marian::new(
        "m",
        &BackendConfig {
            kind: "marian".into(),
            quantize: Some("int4".into()),
            ..BackendConfig::default()
        },
    )
    .unwrap_err()
    .to_string();
    assert!(bad.contains("quantize") && bad.contains("int4"), "{bad}");
}

#[test]
fn opus_mt_fr_en_config_is_the_published_one() {
    // Values of Helsinki-NLP/opus-mt-fr-en's config.json (issue 5).
    let c = Config::opus_mt_fr_en();
    assert_eq!(c.vocab_size, 59514);
    assert_eq!(c.decoder_vocab_size, Some(59514));
    assert_eq!(c.d_model, 512);
    assert_eq!((c.encoder_layers, c.decoder_layers), (6, 6));
    assert_eq!(
        (c.encoder_attention_heads, c.decoder_attention_heads),
        (8, 8)
    );
    assert_eq!((c.encoder_ffn_dim, c.decoder_ffn_dim), (2048, 2048));
    assert_eq!(c.max_position_embeddings, 512);
    assert_eq!((c.pad_token_id, c.decoder_start_token_id), (59513, 59513));
    assert_eq!((c.eos_token_id, c.forced_eos_token_id), (0, 0));
    assert_eq!(c.activation_function, candle_nn::Activation::Swish);
    assert!(c.scale_embedding && c.share_encoder_decoder_embeddings);
    // Sinusoidal positions and shared embeddings: the model reads no position table and no
    // separate LM head or per-side embeddings, only `model.shared.weight`.
    let vm = synth::random_weights(&synth::tiny_config(16), 1, &[]).unwrap();
    let names: Vec<String> = vm.data().lock().unwrap().keys().cloned().collect();
    assert!(names.iter().all(|n| !n.contains("embed_positions")));
    assert!(names
        .iter()
        .all(|n| !n.contains("lm_head") && !n.contains("embed_tokens")));
    assert!(names.contains(&"model.shared.weight".to_string()));
    assert!(names.contains(&"final_logits_bias".to_string()));
    // And a published-style config.json parses to the same values.
    let json = synth::config_json(&c);
    let parsed: Config = serde_json::from_value(json).unwrap();
    assert_eq!(format!("{parsed:?}"), format!("{c:?}"));
}

/// A tiny random model in a temp dir; `biases` go into `final_logits_bias`.
fn tiny(biases: &[(u32, f32)]) -> (tempfile::TempDir, Config) {
    let dir = tempfile::tempdir().unwrap();
    let cfg = synth::tiny_config(48);
    synth::write_model_dir(dir.path(), &cfg, 7, biases).unwrap();
    (dir, cfg)
}

const SENTENCES: &[&str] = &[
    "le chat mange la souris.",
    "la Russie a dit à la Chine",
    "les chiens",
    "un chat, une souris, le chien et la Chine.",
];

#[tokio::test]
async fn tiny_model_files_resolve_from_model_dir_and_count_order_hold() {
    let (dir, _) = tiny(&[]);
    let m = backend(dir.path(), |_| {});
    assert!(m.info().detail.contains("greedy"));
    let out = m.translate(&batch(SENTENCES)).await.unwrap();
    assert_eq!(out.len(), SENTENCES.len());
    for t in &out {
        assert!(!t.contains("</s>") && !t.contains("<pad>") && !t.contains("<unk>"));
    }
    // Each output is the one of its sentence translated alone.
    for (s, want) in SENTENCES.iter().zip(&out) {
        assert_eq!(&m.translate(&batch(&[s])).await.unwrap()[0], want);
    }
    assert!(m.translate(&batch(&[])).await.unwrap().is_empty());
    assert_eq!(m.translate(&batch(&["  "])).await.unwrap(), vec![""]);
}

#[tokio::test]
async fn tiny_model_is_deterministic_across_runs_threads_and_orders() {
    let (dir, _) = tiny(&[]);
    let a = backend(dir.path(), |c| c.concurrency = Some(1));
    let b = backend(dir.path(), |c| c.concurrency = Some(4));
    let first = a.translate(&batch(SENTENCES)).await.unwrap();
    assert_eq!(a.translate(&batch(SENTENCES)).await.unwrap(), first);
    assert_eq!(b.translate(&batch(SENTENCES)).await.unwrap(), first);
    let mut rev: Vec<&str> = SENTENCES.to_vec();
    rev.reverse();
    let mut out = b.translate(&batch(&rev)).await.unwrap();
    out.reverse();
    assert_eq!(out, first);
    // A second generated model with the same seed is byte-identical.
    let (dir2, _) = tiny(&[]);
    let w1 = std::fs::read(dir.path().join("model.safetensors")).unwrap();
    let w2 = std::fs::read(dir2.path().join("model.safetensors")).unwrap();
    assert_eq!(w1, w2);
}

#[tokio::test]
async fn eos_first_gives_empty_translations() {
    let (dir, _) = tiny(&[(0, 100.0)]);
    let m = backend(dir.path(), |_| {});
    let out = m.translate(&batch(SENTENCES)).await.unwrap();
    assert_eq!(out, vec![""; SENTENCES.len()]);
    let model = MarianModel::load(&files::from_dir(dir.path()).unwrap()).unwrap();
    let ids = model.encode(SENTENCES[0]).unwrap();
    assert!(model
        .session()
        .generate(&ids, &Decoding::default())
        .unwrap()
        .is_empty());
}

#[test]
fn length_bound_stops_a_model_that_never_ends() {
    // Target id 2 is "▁the": biased so that it wins every step and EOS never comes.
    let (dir, cfg) = tiny(&[(2, 100.0)]);
    let model = MarianModel::load(&files::from_dir(dir.path()).unwrap()).unwrap();
    let mut s = model.session();
    for text in SENTENCES {
        let ids = model.encode(text).unwrap();
        let bound = length_bound(ids.len(), None, cfg.max_position_embeddings);
        assert_eq!(bound, 2 * ids.len() + 10);
        let out = s.generate(&ids, &Decoding::default()).unwrap();
        assert_eq!(out, vec![2; bound], "{text}");
        let en = s.translate(text, &Decoding::default()).unwrap();
        assert_eq!(en.split(' ').count(), bound);
        assert!(en.split(' ').all(|w| w == "the"), "{en}");
        let capped = Decoding {
            beam_size: 1,
            max_new_tokens: Some(3),
            ..Decoding::default()
        };
        assert_eq!(s.translate(text, &capped).unwrap(), "the the the");
    }
    // The model's positions cap the bound whatever the source length.
    assert_eq!(length_bound(1000, None, 64), 63);
    assert_eq!(length_bound(5, Some(4), 512), 4);
}

#[tokio::test]
async fn placeholders_and_unknown_characters_do_not_break_decoding() {
    let (dir, _) = tiny(&[]);
    let m = backend(dir.path(), |_| {});
    let texts = [
        "le chat ⟦T1⟧ XQZ1 mange ☃ la souris",
        "PLH0 PLH1 à PLH2",
        "zzz 東京 😀",
        "le",
    ];
    let out = m.translate(&batch(&texts)).await.unwrap();
    assert_eq!(out.len(), texts.len());
    for t in out {
        assert!(!t.contains("<unk>"), "{t}");
    }
    // Unknown characters map to <unk> (id 1), which the encoder accepts.
    let model = MarianModel::load(&files::from_dir(dir.path()).unwrap()).unwrap();
    let ids = model.encode("☃").unwrap();
    assert!(ids.contains(&1) && ids.last() == Some(&0), "{ids:?}");
}

#[tokio::test]
async fn beam_search_runs_on_random_models_and_beam_1_is_greedy() {
    let (dir, _) = tiny(&[]);
    let greedy = backend(dir.path(), |_| {});
    let beam1 = backend(dir.path(), |c| c.beam_size = Some(1));
    let beam3 = backend(dir.path(), |c| c.beam_size = Some(3));
    let g = greedy.translate(&batch(SENTENCES)).await.unwrap();
    assert_eq!(beam1.translate(&batch(SENTENCES)).await.unwrap(), g);
    let b = beam3.translate(&batch(SENTENCES)).await.unwrap();
    assert_eq!(b.len(), SENTENCES.len());
    assert_eq!(beam3.translate(&batch(SENTENCES)).await.unwrap(), b);
    assert!(beam3.info().detail.contains("beam 3"));
}

#[tokio::test]
async fn offline_with_an_empty_cache_is_one_line_unavailable() {
    let cache = tempfile::tempdir().unwrap();
    let mut m = Marian::new(
        "marian",
        &BackendConfig {
            kind: "marian".into(),
            offline: Some(true),
            ..BackendConfig::default()
        },
    )
    .unwrap();
    m.model_dir = None;
    m.cache_dir = Some(cache.path().to_path_buf());
    let e = m.translate(&batch(&["le chat"])).await.unwrap_err();
    let msg = e.to_string();
    assert!(matches!(e, TranslateError::Unavailable { .. }), "{msg}");
    // One short line of what failed and what to do, then the detail on one more.
    let first = msg.lines().next().unwrap_or_default();
    assert!(msg.lines().count() <= 2, "{msg}");
    assert!(
        first.contains("offline") && first.contains("--backend apertium"),
        "{first}"
    );
    for needle in [
        "offline",
        "model.safetensors",
        "--backend apertium",
        cache.path().to_str().unwrap(),
    ] {
        assert!(msg.contains(needle), "{needle:?} missing from {msg}");
    }
    assert!(m.check().await.is_err());
    // Nothing was downloaded or created in the cache.
    assert_eq!(std::fs::read_dir(cache.path()).unwrap().count(), 0);
}

#[tokio::test]
async fn bad_model_files_are_one_line_errors_naming_the_file() {
    let (dir, _) = tiny(&[]);
    std::fs::write(dir.path().join("model.safetensors"), b"not safetensors").unwrap();
    let m = backend(dir.path(), |_| {});
    let msg = m
        .translate(&batch(&["le chat"]))
        .await
        .unwrap_err()
        .to_string();
    assert!(
        msg.contains("model.safetensors") && !msg.contains('\n'),
        "{msg}"
    );

    let (dir, _) = tiny(&[]);
    std::fs::write(dir.path().join("config.json"), b"{\"d_model\": 8}").unwrap();
    let msg = backend(dir.path(), |_| {})
        .translate(&batch(&["le chat"]))
        .await
        .unwrap_err()
        .to_string();
    assert!(msg.contains("config.json") && !msg.contains('\n'), "{msg}");

    // Weights of another shape than the config says.
    let (dir, _) = tiny(&[]);
    let other = synth::tiny_config(32);
    std::fs::write(
        dir.path().join("config.json"),
        serde_json::to_vec(&synth::config_json(&other)).unwrap(),
    )
    .unwrap();
    let msg = backend(dir.path(), |_| {})
        .translate(&batch(&["le chat"]))
        .await
        .unwrap_err()
        .to_string();
    assert!(
        msg.contains("model.safetensors") && !msg.contains('\n'),
        "{msg}"
    );

    let empty = tempfile::tempdir().unwrap();
    let msg = backend(empty.path(), |_| {})
        .translate(&batch(&["le chat"]))
        .await
        .unwrap_err()
        .to_string();
    assert!(msg.contains("no model.safetensors"), "{msg}");
}

#[test]
fn zero_beam_or_length_is_a_config_error() {
    let cfg = BackendConfig {
        kind: "marian".into(),
        beam_size: Some(0),
        ..BackendConfig::default()
    };
    assert!(Marian::new("m", &cfg).is_err());
    let cfg = BackendConfig {
        kind: "marian".into(),
        max_length: Some(0),
        ..BackendConfig::default()
    };
    assert!(Marian::new("m", &cfg).is_err());
}

#[test]
fn model_files_struct_is_what_load_reads() {
    // A ModelFiles pointing at missing files fails cleanly, naming the file.
    let files = ModelFiles {
        weights: PathBuf::from("/nonexistent/model.safetensors"),
        config: None,
        generation: None,
        source_tokenizer: PathBuf::from("/nonexistent/s.json"),
        target_tokenizer: PathBuf::from("/nonexistent/t.json"),
        origin: "test".into(),
    };
    let e = MarianModel::load(&files).unwrap_err().to_string();
    assert!(e.contains("/nonexistent/model.safetensors"), "{e}");
}

fn fixture_model_as(precision: Precision) -> MarianModel {
    MarianModel::load_as(&files::from_dir(&fixture_dir()).unwrap(), precision).unwrap()
}

/// (same tokens, positions) of `got` against `want`, position by position; positions past
/// the shorter one count as different.
fn token_agreement(want: &[Vec<u32>], got: &[Vec<u32>]) -> (usize, usize) {
    want.iter().zip(got).fold((0, 0), |(same, total), (w, g)| {
        (
            same + w.iter().zip(g).filter(|(a, b)| a == b).count(),
            total + w.len().max(g.len()),
        )
    })
}

#[test]
fn fixture_int8_agrees_with_the_reference_on_at_least_95_percent_of_tokens() {
    let model = fixture_model_as(Precision::Int8);
    assert_eq!(model.precision(), Precision::Int8);
    let cases = cases();
    let sources: Vec<Vec<u32>> = cases.iter().map(|c| c.source_ids.clone()).collect();
    let want: Vec<Vec<u32>> = cases
        .iter()
        .map(|c| c.output_ids[..c.output_ids.len() - 1].to_vec())
        .collect();
    let got = model
        .session()
        .generate_batch(&sources, &Decoding::default())
        .unwrap();
    let (same, total) = token_agreement(&want, &got);
    assert!(
        same as f64 >= 0.95 * total as f64,
        "int8 agrees on {same}/{total} tokens"
    );
    // Batched and one-at-a-time int8 decoding agree with each other too.
    let mut s = model.session();
    let alone: Vec<Vec<u32>> = sources
        .iter()
        .map(|ids| s.generate(ids, &Decoding::default()).unwrap())
        .collect();
    assert_eq!(alone, got);
}

#[test]
fn int8_on_a_random_model_agrees_with_f32_and_is_not_f32() {
    // A random model wide enough for 8-bit blocks (d_model 64, ffn 128).
    let mut cfg = synth::tiny_config(96);
    cfg.d_model = 64;
    cfg.encoder_ffn_dim = 128;
    cfg.decoder_ffn_dim = 128;
    cfg.encoder_attention_heads = 4;
    cfg.decoder_attention_heads = 4;
    let dir = tempfile::tempdir().unwrap();
    synth::write_model_dir(dir.path(), &cfg, 5, &[]).unwrap();
    let found = files::from_dir(dir.path()).unwrap();
    let f = MarianModel::load_as(&found, Precision::F32).unwrap();
    let q = MarianModel::load_as(&found, Precision::Int8).unwrap();
    let sources: Vec<Vec<u32>> = (0..8u32)
        .map(|i| {
            (0..6)
                .map(|j| 2 + (i * 7 + j * 3) % 90)
                .chain([0])
                .collect()
        })
        .collect();
    let capped = Decoding {
        max_new_tokens: Some(12),
        ..Decoding::default()
    };
    let want = f.session().generate_batch(&sources, &capped).unwrap();
    let got = q.session().generate_batch(&sources, &capped).unwrap();
    let (same, total) = token_agreement(&want, &got);
    assert!(
        total > 0 && same as f64 >= 0.9 * total as f64,
        "{same}/{total}"
    );
    // The logits do differ: the quantized path is really taken.
    let dev = candle_core::Device::Cpu;
    let src = candle_core::Tensor::new(sources[0].as_slice(), &dev)
        .unwrap()
        .unsqueeze(0)
        .unwrap();
    let start = candle_core::Tensor::new(&[[cfg.decoder_start_token_id]], &dev).unwrap();
    let logits = |m: &MarianModel| {
        let enc = m.net().encode(&src).unwrap();
        let mut st = m.net().start(&enc).unwrap();
        m.net().step(&start, &mut st).unwrap()
    };
    let diff = (logits(&f) - logits(&q))
        .unwrap()
        .abs()
        .unwrap()
        .max_all()
        .unwrap()
        .to_scalar::<f32>()
        .unwrap();
    assert!(diff > 0.0 && diff < 0.5, "max |Δlogit| {diff}");
}

#[test]
fn batched_beam_search_equals_one_sentence_at_a_time() {
    let (dir, _) = tiny(&[]);
    let model = MarianModel::load(&files::from_dir(dir.path()).unwrap()).unwrap();
    let mut s = model.session();
    let sources: Vec<Vec<u32>> = SENTENCES.iter().map(|t| model.encode(t).unwrap()).collect();
    for beam_size in [2, 4] {
        let decoding = Decoding {
            beam_size,
            max_new_tokens: Some(9),
            ..Decoding::default()
        };
        let alone: Vec<Vec<u32>> = sources
            .iter()
            .map(|ids| s.generate(ids, &decoding).unwrap())
            .collect();
        assert_eq!(s.generate_batch(&sources, &decoding).unwrap(), alone);
        assert!(alone.iter().all(|ids| ids.len() <= 9));
    }
}
