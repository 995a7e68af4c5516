//! Load test of `passerelle serve` on loopback (`cargo bench --bench serve_load`): two
//! replicas (the real binary, the Apertium backend) sharing one throw-away PostgreSQL cluster as
//! their translation memory, and many concurrent LibreTranslate clients sending a fixed count of
//! requests (`BENCH_REQUESTS`, default 3,000; `BENCH_CLIENTS` at once, default 64). Each
//! request is one sentence drawn (seeded, so every run asks the same) from the 524 sentences of
//! the repository's segmentation set: early requests miss the memory, later ones mostly hit.
//!
//! Three phases, each the same count of requests, each on fresh replicas and an empty memory:
//! 1. steady: both replicas up;
//! 2. a replica killed (SIGKILL) a third of the way through, restarted on its port a second
//!    later;
//! 3. PostgreSQL stopped a third of the way through, started again a second later.
//!
//! The clients act as the load balancer would: a request whose connection fails, or that gets
//! 503 (a replica draining or gone), is sent again to the other replica (up to 5 tries); its
//! latency runs from its first try to its answer. Reported per phase: throughput, p50/p99
//! latency, errors (a final answer other than 200, or an empty translation), lost requests
//! (sent but never answered), retries, and the replicas' backend and memory counters.

#[path = "../tests/pg/mod.rs"]
mod pg;

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_passerelle");

struct Replica {
    child: Child,
}

impl Replica {
    fn start(dir: &Path, port: u16, cache: &str) -> Replica {
        let mut child = Command::new(BIN)
            .args(["serve", "--backend", "apertium", "-q"])
            .args(["--listen", &format!("127.0.0.1:{port}")])
            .args(["--max-in-flight", "32", "--queue", "1024"])
            .current_dir(dir)
            .env("PASSERELLE_CACHE", cache)
            .env("XDG_CONFIG_HOME", dir.join("xdg"))
            .env_remove("PASSERELLE_CONFIG")
            .env_remove("PASSERELLE_BACKEND")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("passerelle serve");
        let (tx, rx) = mpsc::channel();
        let err = BufReader::new(child.stderr.take().unwrap());
        std::thread::spawn(move || {
            for line in err.lines().map_while(Result::ok) {
                if line.contains("serving on") {
                    let _ = tx.send(());
                } else if !line.contains("translation memory") {
                    eprintln!("  [replica :{port}] {line}");
                }
            }
        });
        rx.recv_timeout(Duration::from_secs(60))
            .expect("the replica did not start");
        Replica { child }
    }

    fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Replica {
    fn drop(&mut self) {
        self.kill();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn sentences() -> Vec<String> {
    let conllu = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/segmentation/annodis.er.conllu"
    );
    std::fs::read_to_string(conllu)
        .expect("segmentation set")
        .lines()
        .filter_map(|l| l.strip_prefix("# text = "))
        .filter(|s| s.len() > 20)
        .map(str::to_string)
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fault {
    None,
    KillReplica,
    RestartPostgres,
}

#[derive(Default)]
struct Outcome {
    latencies: Mutex<Vec<Duration>>,
    errors: AtomicUsize,
    retries: AtomicUsize,
    answered: AtomicUsize,
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    // `cargo bench` passes `--bench`; `cargo test --all-targets` runs this binary without it:
    // then a smoke run (a few requests, few clients) proves the harness works, no figures.
    let bench = std::env::args().any(|a| a == "--bench");
    let requests = env_usize("BENCH_REQUESTS", if bench { 3000 } else { 40 });
    let clients = env_usize("BENCH_CLIENTS", if bench { 64 } else { 4 });
    let pool = Arc::new(sentences());
    println!(
        "serve load: {requests} requests per phase, {clients} clients at once, 2 replicas \
         (apertium), 1 PostgreSQL; {} distinct sentences",
        pool.len()
    );
    println!(
        "{:<18} {:>8} {:>9} {:>9} {:>9} {:>7} {:>5} {:>8} {:>9} {:>8}",
        "phase",
        "req/s",
        "p50 ms",
        "p99 ms",
        "max ms",
        "errors",
        "lost",
        "retries",
        "backend",
        "tm hits"
    );
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    for (name, fault) in [
        ("steady", Fault::None),
        ("replica killed", Fault::KillReplica),
        ("postgres restart", Fault::RestartPostgres),
    ] {
        let cluster = pg::Cluster::start();
        let dir = tempfile::tempdir().unwrap();
        let ports = [free_port(), free_port()];
        let url = cluster.url();
        let replicas: Arc<Mutex<Vec<Replica>>> = Arc::new(Mutex::new(
            ports
                .iter()
                .map(|&p| Replica::start(dir.path(), p, &url))
                .collect(),
        ));
        let cluster = Arc::new(Mutex::new(cluster));
        let outcome = Arc::new(Outcome::default());
        let next = Arc::new(AtomicUsize::new(0));
        let started = Instant::now();
        rt.block_on(async {
            let http = reqwest::Client::builder()
                .timeout(Duration::from_secs(60))
                .build()
                .unwrap();
            // The fault, a third of the way through.
            let injector = {
                let (next, replicas, cluster, dir, url) = (
                    next.clone(),
                    replicas.clone(),
                    cluster.clone(),
                    dir.path().to_path_buf(),
                    url.clone(),
                );
                tokio::task::spawn_blocking(move || {
                    if fault == Fault::None {
                        return;
                    }
                    while next.load(Ordering::SeqCst) < requests / 3 {
                        std::thread::sleep(Duration::from_millis(5));
                    }
                    match fault {
                        Fault::KillReplica => {
                            replicas.lock().unwrap()[1].kill();
                            std::thread::sleep(Duration::from_secs(1));
                            let port = ports[1];
                            replicas.lock().unwrap()[1] = Replica::start(&dir, port, &url);
                        }
                        Fault::RestartPostgres => {
                            cluster.lock().unwrap().stop();
                            std::thread::sleep(Duration::from_secs(1));
                            cluster.lock().unwrap().resume();
                        }
                        Fault::None => {}
                    }
                })
            };
            let workers: Vec<_> = (0..clients)
                .map(|w| {
                    let (http, next, pool, outcome) =
                        (http.clone(), next.clone(), pool.clone(), outcome.clone());
                    tokio::spawn(async move {
                        let mut rng = fastrand::Rng::with_seed(w as u64);
                        loop {
                            let i = next.fetch_add(1, Ordering::SeqCst);
                            if i >= requests {
                                break;
                            }
                            let q = &pool[rng.usize(..pool.len())];
                            let body = serde_json::json!({"q": q, "source": "fr", "target": "en"});
                            let t = Instant::now();
                            let mut ok = false;
                            for attempt in 0..5 {
                                let port = ports[(i + attempt) % 2];
                                if attempt > 0 {
                                    outcome.retries.fetch_add(1, Ordering::Relaxed);
                                    tokio::time::sleep(Duration::from_millis(20 * attempt as u64))
                                        .await;
                                }
                                let sent = http
                                    .post(format!("http://127.0.0.1:{port}/translate"))
                                    .json(&body)
                                    .send()
                                    .await;
                                let Ok(r) = sent else { continue };
                                if r.status() == 503 {
                                    continue;
                                }
                                if r.status() == 200 {
                                    let v: serde_json::Value = r.json().await.unwrap_or_default();
                                    ok =
                                        v["translatedText"].as_str().is_some_and(|t| !t.is_empty());
                                }
                                break;
                            }
                            outcome.latencies.lock().unwrap().push(t.elapsed());
                            outcome.answered.fetch_add(1, Ordering::Relaxed);
                            if !ok {
                                outcome.errors.fetch_add(1, Ordering::Relaxed);
                            }
                        }
                    })
                })
                .collect();
            for w in workers {
                w.await.unwrap();
            }
            injector.await.unwrap();
        });
        let elapsed = started.elapsed();
        let (backend, hits) = rt.block_on(async {
            let mut backend = 0.0;
            let mut hits = 0.0;
            for port in ports {
                let page = reqwest::get(format!("http://127.0.0.1:{port}/metrics"))
                    .await
                    .unwrap()
                    .text()
                    .await
                    .unwrap();
                let value = |name: &str| {
                    page.lines()
                        .find_map(|l| l.strip_prefix(name)?.strip_prefix(' ')?.parse::<f64>().ok())
                        .unwrap_or(0.0)
                };
                backend += value("passerelle_backend_sentences_total");
                hits += value("passerelle_tm_hits_total");
            }
            (backend, hits)
        });
        let mut lat = outcome.latencies.lock().unwrap().clone();
        lat.sort();
        let pct = |p: f64| {
            lat.get(((lat.len() as f64 * p).ceil() as usize).saturating_sub(1))
                .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
        };
        let answered = outcome.answered.load(Ordering::Relaxed);
        println!(
            "{:<18} {:>8.0} {:>9.1} {:>9.1} {:>9.1} {:>7} {:>5} {:>8} {:>9} {:>8}",
            name,
            answered as f64 / elapsed.as_secs_f64(),
            pct(0.50),
            pct(0.99),
            pct(1.0),
            outcome.errors.load(Ordering::Relaxed),
            requests - answered,
            outcome.retries.load(Ordering::Relaxed),
            backend,
            hits,
        );
        drop(replicas);
    }
    println!(
        "(backend and tm hits: the two replicas' counters at the end of the phase; a killed \
         replica's count restarts from zero)"
    );
}
