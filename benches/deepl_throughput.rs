//! Throughput of the DeepL backend against a local mock that answers every `/v2/translate`
//! in 50 ms: 100 copies of the sample article as one document, at several concurrencies,
//! compared with the ideal ⌈batches ÷ concurrency⌉ × 50 ms. Two measures: the whole pipeline
//! (`pipeline::translate_document`: segmentation, glossary, QA included) and the backend alone
//! (the same segments cut by the backend's limits, `Translator::translate` on each batch,
//! `concurrency` at once, as the pipeline does).
//!
//! Run: `cargo bench --profile dev --bench deepl_throughput` (the figures are I/O bound; the
//! dev profile avoids rebuilding every dependency optimised). Writes a table to stdout.

use std::time::{Duration, Instant};

use futures::stream::{self, StreamExt, TryStreamExt};
use passerelle::config::BackendConfig;
use passerelle::document::{Document, Metadata};
use passerelle::glossary::Glossary;
use passerelle::pipeline::{translate_document, Options};
use passerelle::translate::Batch;
use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// Mock latency; `PASSERELLE_BENCH_LATENCY_MS` overrides (0 shows the fixed overhead).
fn latency() -> Duration {
    let ms = std::env::var("PASSERELLE_BENCH_LATENCY_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50);
    Duration::from_millis(ms)
}
const COPIES: usize = 100;
const RUNS: usize = 5;
const KEY_ENV: &str = "PASSERELLE_BENCH_DEEPL_KEY";

/// DeepL's `/v2/translate`, answering after a fixed latency.
struct SlowDeepl(Duration);

impl Respond for SlowDeepl {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let body: Value = req.body_json().unwrap_or(Value::Null);
        let translations: Vec<Value> = body["text"]
            .as_array()
            .map(|texts| {
                texts
                    .iter()
                    .map(|t| {
                        json!({"detected_source_language": "FR",
                               "text": format!("EN[{}]", t.as_str().unwrap_or(""))})
                    })
                    .collect()
            })
            .unwrap_or_default();
        ResponseTemplate::new(200)
            .set_body_json(json!({"translations": translations}))
            .set_delay(self.0)
    }
}

/// The sample article `copies` times over, paragraphs split on blank lines.
fn document(copies: usize) -> Document {
    let article = std::fs::read_to_string("tests/fixtures/ukraine-chine-2022-03.fr.txt")
        .expect("the sample article");
    let text = vec![article.trim(); copies].join("\n\n");
    let mut paragraphs = Vec::new();
    let mut start = 0;
    for block in text.split("\n\n") {
        let end = start + block.len();
        if !block.trim().is_empty() {
            paragraphs.push(start..end);
        }
        start = end + 2;
    }
    Document {
        name: "bench".into(),
        text,
        metadata: Metadata::default(),
        paragraphs,
        encoding: Default::default(),
    }
}

fn main() {
    std::env::set_var(KEY_ENV, "bench-key");
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let latency = latency();
    rt.block_on(async {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/v2/translate"))
            .respond_with(SlowDeepl(latency))
            .mount(&server)
            .await;
        let doc = document(COPIES);
        let glossary = Glossary::default();
        let segments = passerelle::segment::segment_document(&doc).len();
        println!(
            "deepl_throughput: {COPIES} copies of the sample article, {segments} segments, mock latency {} ms, {RUNS} runs each",
            latency.as_millis()
        );
        println!("| measure | concurrency | requests | ideal ⌈req÷conc⌉×latency | req÷conc×latency | best | median | worst | median ÷ ideal |");
        println!("|---|---|---|---|---|---|---|---|---|");
        let texts: Vec<String> = passerelle::segment::segment_document(&doc)
            .into_iter()
            .map(|s| s.text)
            .collect();
        for (whole, jobs) in [
            (true, None),
            (true, Some(1)),
            (true, Some(8)),
            (true, Some(16)),
            (false, None),
            (false, Some(8)),
            (false, Some(16)),
        ] {
            let config = BackendConfig {
                kind: "deepl".into(),
                url: Some(server.uri()),
                api_key_env: Some(KEY_ENV.into()),
                ..BackendConfig::default()
            };
            let backend = passerelle::translate::build_from("deepl", &config).expect("deepl");
            let concurrency = jobs.unwrap_or(backend.capabilities().default_concurrency);
            let mut times = Vec::new();
            let mut requests = 0;
            for _ in 0..RUNS {
                server.reset().await;
                Mock::given(method("POST"))
                    .and(path("/v2/translate"))
                    .respond_with(SlowDeepl(latency))
                    .mount(&server)
                    .await;
                let started = Instant::now();
                if whole {
                    let out =
                        translate_document(&doc, backend.as_ref(), &glossary, &Options { jobs })
                            .await
                            .expect("translation");
                    assert_eq!(out.segments.len(), segments);
                } else {
                    let caps = backend.capabilities();
                    let batches = passerelle::translate::http::chunks(
                        &texts,
                        caps.max_batch_texts,
                        caps.max_batch_bytes,
                    );
                    let out: Vec<Vec<String>> = stream::iter(batches.into_iter().map(|r| {
                        let batch = Batch {
                            texts: texts[r].to_vec(),
                            terms: Vec::new(),
                            text_terms: Vec::new(),
                        };
                        let backend = backend.as_ref();
                        async move { backend.translate(&batch).await }
                    }))
                    .buffered(concurrency)
                    .try_collect()
                    .await
                    .expect("translation");
                    assert_eq!(out.concat().len(), segments);
                }
                times.push(started.elapsed());
                requests = server.received_requests().await.map_or(0, |r| r.len());
            }
            times.sort();
            let rounds = requests.div_ceil(concurrency);
            let ideal = latency * rounds as u32;
            let naive = latency.as_secs_f64() * requests as f64 / concurrency as f64;
            let median = times[RUNS / 2];
            println!(
                "| {} | {concurrency}{} | {requests} | {} ms | {:.0} ms | {} ms | {} ms | {} ms | {} |",
                if whole { "pipeline" } else { "backend" },
                if jobs.is_none() { " (default)" } else { "" },
                ideal.as_millis(),
                naive * 1000.0,
                times[0].as_millis(),
                median.as_millis(),
                times[RUNS - 1].as_millis(),
                if ideal.is_zero() {
                    "—".to_string()
                } else {
                    format!("{:.2}", median.as_secs_f64() / ideal.as_secs_f64())
                }
            );
        }
    });
}
