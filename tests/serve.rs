//! `passerelle serve` end to end, with real parts only: the binary as a server (two replicas),
//! a throw-away PostgreSQL cluster as their shared translation memory, the Apertium engine as
//! the backend (a `command` backend where a slow engine is needed), and HTTP clients speaking
//! LibreTranslate's API, Passerelle's own, and Passerelle's own `libretranslate` backend.

mod pg;

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

const ARTICLE: &str = include_str!("fixtures/ukraine-chine-2022-03.fr.txt");

/// One `passerelle serve` process on a free loopback port.
struct Replica {
    child: Child,
    url: String,
    stderr: Arc<Mutex<Vec<String>>>,
}

/// The binary, run in `dir` with no config, backend or memory from the environment.
fn passerelle(dir: &Path) -> Command {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("passerelle"));
    cmd.current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", dir)
        .env("XDG_CONFIG_HOME", dir.join("xdg-config"))
        .env("XDG_CACHE_HOME", dir.join("xdg-cache"))
        .env("PASSERELLE_CACHE_DIR", dir.join("cache"));
    cmd
}

impl Replica {
    fn start(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Replica {
        let mut child = passerelle(dir)
            .args(["serve", "--listen", "127.0.0.1:0"])
            .args(args)
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let (tx, rx) = mpsc::channel();
        {
            let lines = BufReader::new(child.stderr.take().unwrap());
            let stderr = stderr.clone();
            std::thread::spawn(move || {
                for line in lines.lines().map_while(Result::ok) {
                    if let Some(rest) = line.split("serving on ").nth(1) {
                        let url = rest.split(' ').next().unwrap().to_string();
                        let _ = tx.send(url);
                    }
                    stderr.lock().unwrap().push(line);
                }
            });
        }
        let url = match rx.recv_timeout(Duration::from_secs(60)) {
            Ok(url) => url,
            Err(_) => panic!("the server did not start: {:?}", stderr.lock().unwrap()),
        };
        Replica { child, url, stderr }
    }

    fn stderr(&self) -> String {
        self.stderr.lock().unwrap().join("\n")
    }
}

impl Drop for Replica {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn client() -> reqwest::Client {
    reqwest::Client::new()
}

async fn post_json(url: String, body: Value) -> (u16, Value) {
    let r = client().post(&url).json(&body).send().await.unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap())
}

async fn metrics(replica: &Replica) -> String {
    client()
        .get(format!("{}/metrics", replica.url))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

/// The value of an unlabelled sample in a metrics page.
fn sample(page: &str, name: &str) -> f64 {
    page.lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(' ')?.parse().ok())
        .unwrap_or_else(|| panic!("no {name} in\n{page}"))
}

const SENTENCE: &str =
    "Le gouvernement chinois n'a ni condamné ni approuvé l'offensive de la Russie.";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_replicas_share_one_postgres_memory() {
    let cluster = pg::Cluster::start();
    let dir = tempfile::tempdir().unwrap();
    let env = [("PASSERELLE_CACHE", cluster.url())];
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let a = Replica::start(dir.path(), &["--backend", "apertium"], &env);
    let b = Replica::start(dir.path(), &["--backend", "apertium"], &env);
    assert!(a
        .stderr()
        .contains("translation memory: postgres://passerelle@127.0.0.1:"));

    // Through A: translated by Apertium.
    let (status, body) = post_json(
        format!("{}/translate", a.url),
        json!({"q": SENTENCE, "source": "fr", "target": "en"}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let english = body["translatedText"].as_str().unwrap().to_string();
    assert!(english.contains("Russia"), "{english}");
    let page = metrics(&a).await;
    assert_eq!(sample(&page, "passerelle_backend_sentences_total"), 1.0);
    assert_eq!(sample(&page, "passerelle_tm_misses_total"), 1.0);

    // Through B: the same answer, from the memory, with no backend call.
    let (status, body) = post_json(
        format!("{}/translate", b.url),
        json!({"q": SENTENCE, "source": "fr", "target": "en"}),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(body["translatedText"], english.as_str());
    let page = metrics(&b).await;
    assert_eq!(sample(&page, "passerelle_backend_sentences_total"), 0.0);
    assert_eq!(sample(&page, "passerelle_tm_hits_total"), 1.0);
    assert_eq!(sample(&page, "passerelle_tm_up"), 1.0);
    assert!(page.contains("passerelle_http_requests_total{route=\"/translate\",status=\"200\"} 1"));

    // /v1/brief and /v1/translate answer exactly what the command line writes (here with the
    // same memory: the CLI reads PASSERELLE_CACHE too).
    for (route, command, format) in [
        ("/v1/brief", "brief", "json"),
        ("/v1/translate", "translate", "markdown"),
        ("/v1/brief", "brief", "html"),
    ] {
        let served = client()
            .post(format!("{}{route}", b.url))
            .json(&json!({"text": ARTICLE, "format": format}))
            .send()
            .await
            .unwrap();
        assert_eq!(served.status(), 200);
        let served = served.bytes().await.unwrap();
        let cli = cli_output(
            dir.path(),
            &[command, "--backend", "apertium", "-f", format, "-"],
            ARTICLE,
            &env,
        );
        assert_eq!(
            String::from_utf8_lossy(&served),
            String::from_utf8_lossy(&cli),
            "{route} {format}"
        );
    }
    // With `date`: the command line given `date: …` and a blank line before the text.
    let body_only = ARTICLE.trim_start().strip_prefix("date 2022-03 ").unwrap();
    let served = client()
        .post(format!("{}/v1/translate", a.url))
        .json(&json!({"text": body_only, "date": "2022-03", "format": "json"}))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let cli = cli_output(
        dir.path(),
        &["translate", "--backend", "apertium", "-f", "json", "-"],
        &format!("date: 2022-03\n\n{body_only}"),
        &env,
    );
    assert_eq!(
        String::from_utf8_lossy(&served),
        String::from_utf8_lossy(&cli)
    );
    let json: Value = serde_json::from_slice(&served).unwrap();
    assert_eq!(json["metadata"]["date"], "2022-03");

    // A LibreTranslate client: an array `q`, `source: auto`, and a form-encoded body.
    let (status, body) = post_json(
        format!("{}/translate", a.url),
        json!({"q": [SENTENCE, "", "Bonjour à tous."], "source": "auto", "target": "en"}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["translatedText"][0], english.as_str());
    assert_eq!(body["translatedText"][1], "");
    assert_eq!(body["detectedLanguage"][0]["language"], "fr");
    let form = client()
        .post(format!("{}/translate", a.url))
        .form(&[("q", SENTENCE), ("source", "fr"), ("target", "en")])
        .send()
        .await
        .unwrap();
    assert_eq!(form.status(), 200);
    assert_eq!(
        form.json::<Value>().await.unwrap()["translatedText"],
        english.as_str()
    );
    // HTML: the text translated, the markup kept.
    let (status, body) = post_json(
        format!("{}/translate", a.url),
        json!({"q": format!("<p class=\"x\">{SENTENCE}</p>"), "source": "fr", "target": "en", "format": "html"}),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        body["translatedText"],
        format!("<p class=\"x\">{english}</p>")
    );
    // LibreTranslate's errors.
    for (request, status, message) in [
        (
            json!({"source": "fr", "target": "en"}),
            400,
            "Invalid request: missing q parameter",
        ),
        (
            json!({"q": "x", "source": "de", "target": "en"}),
            400,
            "de is not supported",
        ),
        (
            json!({"q": "x", "source": "fr", "target": "es"}),
            400,
            "es is not available as a target language from French (fr)",
        ),
        (
            json!({"q": "x", "source": "fr", "target": "en", "format": "pdf"}),
            400,
            "pdf format is not supported",
        ),
    ] {
        let (got, body) = post_json(format!("{}/translate", a.url), request).await;
        assert_eq!((got, body["error"].as_str().unwrap()), (status, message));
    }
    let languages: Value = client()
        .get(format!("{}/languages", a.url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        languages[0],
        json!({"code": "fr", "name": "French", "targets": ["en"]})
    );

    // Passerelle's own libretranslate backend pointed at replica A.
    std::fs::write(
        dir.path().join("lt.toml"),
        format!(
            "[backends.lt]\nkind = \"libretranslate\"\nurl = \"{}\"\n",
            a.url
        ),
    )
    .unwrap();
    let text = cli_output(
        dir.path(),
        &[
            "translate",
            "--config",
            "lt.toml",
            "--backend",
            "lt",
            "--no-cache",
            "-f",
            "text",
            "-",
        ],
        SENTENCE,
        &[],
    );
    assert_eq!(String::from_utf8_lossy(&text).trim(), english);

    // Health.
    let health = client()
        .get(format!("{}/health", b.url))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status(), 200);
    let health: Value = health.json().await.unwrap();
    assert_eq!(health["status"], "ok");
    assert_eq!(health["backend"]["kind"], "apertium");
    assert_eq!(health["memory"]["ok"], true);
}

/// What the command line writes on stdout for `args` with `stdin`; it must succeed.
fn cli_output(dir: &Path, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Vec<u8> {
    let mut child = passerelle(dir)
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_going_away_is_survived_and_its_return_used() {
    let mut cluster = pg::Cluster::start();
    let dir = tempfile::tempdir().unwrap();
    let url = cluster.url();
    let r = Replica::start(
        dir.path(),
        &["--backend", "apertium"],
        &[("PASSERELLE_CACHE", &url)],
    );
    let translate = |q: &str| {
        post_json(
            format!("{}/translate", r.url),
            json!({"q": q, "source": "fr", "target": "en"}),
        )
    };
    assert_eq!(translate("Il pleut.").await.0, 200);
    cluster.stop();
    // Without the memory: every request still answered, one warning in all.
    for q in ["Il neige.", "Il vente.", "Il neige."] {
        let (status, body) = translate(q).await;
        assert_eq!(status, 200, "{body}");
        assert!(!body["translatedText"].as_str().unwrap().is_empty());
    }
    let page = metrics(&r).await;
    assert!(sample(&page, "passerelle_tm_errors_total") >= 1.0);
    assert_eq!(sample(&page, "passerelle_tm_up"), 0.0);
    assert_eq!(
        r.stderr().matches("without the translation memory").count(),
        1,
        "{}",
        r.stderr()
    );
    assert!(!r.stderr().contains("password"));

    // Back: used again (a sentence stored once back is then found).
    cluster.resume();
    std::thread::sleep(Duration::from_millis(1100));
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        translate("Il fait beau.").await;
        if sample(&metrics(&r).await, "passerelle_tm_up") == 1.0 {
            break;
        }
        assert!(Instant::now() < deadline, "the memory was not used again");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let before = sample(&metrics(&r).await, "passerelle_tm_hits_total");
    assert_eq!(translate("Il fait beau.").await.0, 200);
    assert_eq!(
        sample(&metrics(&r).await, "passerelle_tm_hits_total"),
        before + 1.0
    );
    assert!(r.stderr().contains("answers again"), "{}", r.stderr());
}

/// A config whose `slow` backend takes `secs` per batch (upper-casing, as an engine would
/// translate) and whose keys are in `SERVE_KEYS`.
fn slow_config(dir: &Path, secs: f64) -> PathBuf {
    let path = dir.join("slow.toml");
    std::fs::write(
        &path,
        format!(
            "api_keys_env = \"SERVE_KEYS\"\n\n[backends.slow]\nkind = \"command\"\n\
             command = [\"sh\", \"-c\", \"sleep {secs}; tr a-z A-Z\"]\n"
        ),
    )
    .unwrap();
    path
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keys_limits_and_graceful_shutdown() {
    let dir = tempfile::tempdir().unwrap();
    let config = slow_config(dir.path(), 1.5);
    let config = config.to_str().unwrap();
    let keys = [("SERVE_KEYS", "k-one, k-two")];

    // Beyond loopback without keys: refused, unless --no-auth.
    let out = passerelle(dir.path())
        .args(["serve", "--backend", "apertium", "--listen", "0.0.0.0:0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--no-auth"));
    // Keys named but not set: refused, the variable named.
    let out = passerelle(dir.path())
        .args(["serve", "--config", config, "--backend", "apertium"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("SERVE_KEYS"));

    let mut r = Replica::start(
        dir.path(),
        &[
            "--config",
            config,
            "--backend",
            "slow",
            "--no-cache",
            "--max-in-flight",
            "1",
            "--queue",
            "0",
            "--max-body",
            "2000",
            "--max-sentences",
            "3",
            "--timeout",
            "4",
        ],
        &keys,
    );
    let url = format!("{}/translate", r.url);
    let ok = |q: &str, key: &str| json!({"q": q, "source": "fr", "target": "en", "api_key": key});
    let (s, body) = post_json(
        url.clone(),
        json!({"q": "un", "source": "fr", "target": "en"}),
    )
    .await;
    assert_eq!(
        (s, body["error"].as_str().unwrap()),
        (400, "Please contact the server operator to get an API key")
    );
    let (s, body) = post_json(url.clone(), ok("un", "k-three")).await;
    assert_eq!(
        (s, body["error"].as_str().unwrap()),
        (403, "Invalid API key")
    );
    let (s, body) = post_json(url.clone(), ok("Un.", "k-two")).await;
    assert_eq!((s, body["translatedText"].as_str().unwrap()), (200, "UN."));
    let v1 = client()
        .post(format!("{}/v1/translate", r.url))
        .json(&json!({"text": "Un.", "format": "json"}))
        .send()
        .await
        .unwrap();
    assert_eq!(v1.status(), 401);
    let v1 = client()
        .post(format!("{}/v1/translate", r.url))
        .bearer_auth("k-one")
        .json(&json!({"text": "Un.", "format": "json"}))
        .send()
        .await
        .unwrap();
    assert_eq!(v1.status(), 200);
    // Limits: body size, sentences.
    let (s, _) = post_json(url.clone(), ok(&"x".repeat(3000), "k-one")).await;
    assert_eq!(s, 413);
    let (s, body) = post_json(url.clone(), ok("Un. Deux. Trois. Quatre.", "k-one")).await;
    assert_eq!(s, 400);
    assert!(body["error"]
        .as_str()
        .unwrap()
        .contains("exceeds text limit (3 sentences)"));

    // One request in flight, no queue: a second one at the same time gets 429 + Retry-After.
    let first = tokio::spawn(post_json(url.clone(), ok("Premier.", "k-one")));
    tokio::time::sleep(Duration::from_millis(400)).await;
    let second = client()
        .post(&url)
        .json(&ok("Second.", "k-one"))
        .send()
        .await
        .unwrap();
    assert_eq!(second.status(), 429);
    assert_eq!(second.headers()["retry-after"], "1");
    assert_eq!(first.await.unwrap().0, 200);

    // SIGTERM: the request in flight finishes, a new one gets 503, the process exits 0.
    let in_flight = tokio::spawn(post_json(url.clone(), ok("Dernier.", "k-one")));
    tokio::time::sleep(Duration::from_millis(400)).await;
    // SAFETY: kill(2) on a child of ours that has not been waited for yet.
    unsafe { libc::kill(r.child.id() as libc::pid_t, libc::SIGTERM) };
    tokio::time::sleep(Duration::from_millis(200)).await;
    let late = client()
        .post(&url)
        .json(&ok("Trop tard.", "k-one"))
        .send()
        .await
        .unwrap();
    assert_eq!(late.status(), 503);
    let (s, body) = in_flight.await.unwrap();
    assert_eq!(
        (s, body["translatedText"].as_str().unwrap()),
        (200, "DERNIER.")
    );
    assert!(r.child.wait().unwrap().success());
    // No key in anything the server wrote.
    assert!(!r.stderr().contains("k-one") && !r.stderr().contains("k-two"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_past_its_deadline_gets_503() {
    let dir = tempfile::tempdir().unwrap();
    let config = slow_config(dir.path(), 3.0);
    let r = Replica::start(
        dir.path(),
        &[
            "--config",
            config.to_str().unwrap(),
            "--backend",
            "slow",
            "--no-cache",
            "--timeout",
            "1",
        ],
        &[("SERVE_KEYS", "k")],
    );
    let started = Instant::now();
    let (s, body) = post_json(
        format!("{}/translate", r.url),
        json!({"q": "Lent.", "source": "fr", "target": "en", "api_key": "k"}),
    )
    .await;
    assert_eq!(
        (s, body["error"].as_str().unwrap()),
        (503, "timed out after 1 s")
    );
    assert!(started.elapsed() < Duration::from_millis(2900));
}
