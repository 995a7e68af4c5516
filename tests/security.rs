//! Security through the binary: HTML output escapes every piece of article and translation
//! text (`<script>`, `<img onerror>`, `javascript:` URLs pass through an echoing backend), and
//! an API key never appears in stdout, stderr (with trace logging), an output file or the
//! translation memory, whatever each HTTP backend's server answers (401, 403, 429, 500,
//! malformed JSON, an error body that echoes the key) or when its port is closed; a key
//! written in a config file is warned about and never printed either.

use std::path::Path;

use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// A recognizable planted key.
const KEY: &str = "PLANTED-sec-KEY-8d2f61a0c4";
const KEY_ENV: &str = "PASSERELLE_SECURITY_TEST_KEY";

mod common;
use common::passerelle;

const HOSTILE: &str = "Le porte-parole a écrit <script>alert('xss')</script> dans son message.\n\n\
    Une image <img src=x onerror=alert(1)> est apparue, puis un lien \
    <a href=\"javascript:alert(document.cookie)\">cliquez</a> et \"guillemets\" & 'apostrophes'.\n\n\
    Selon le ministre, « </td></tr></table><iframe src=//evil> » reste sans réponse.\n";

#[test]
fn html_output_escapes_all_article_and_translation_text() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("passerelle.toml"),
        "backend = \"cat\"\n[backends.cat]\nkind = \"command\"\ncommand = [\"cat\"]\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("a.txt"), HOSTILE).unwrap();
    for sub in ["translate", "brief"] {
        let out = passerelle(dir.path())
            .args([sub, "--no-cache", "--format", "html", "a.txt"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{sub}: {stderr}");
        let page = String::from_utf8(out.stdout).unwrap();
        for raw in [
            "<script>alert",
            "<img",
            "<a href=\"javascript",
            "<iframe",
            "</td></tr></table><iframe",
        ] {
            assert!(
                !page.contains(raw),
                "{sub}: {raw:?} reached the page unescaped"
            );
        }
        assert!(
            page.contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;"),
            "{sub}"
        );
        assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;"), "{sub}");
        assert!(
            page.contains("&quot;javascript:alert(document.cookie)&quot;"),
            "{sub}"
        );
        // The page's only script is the renderer's own, and no attribute holds a javascript: URL.
        assert_eq!(page.matches("<script").count(), 1, "{sub}");
        assert!(!page.contains("href=\"javascript:"), "{sub}");
    }
}

/// The HTTP backends and the environment variable each reads its key from in these tests.
const KINDS: &[&str] = &["deepl", "libretranslate", "openai", "google"];

/// A server fault that answers every request, echoing back every credential it was sent (the
/// worst case: the error text then holds the key).
struct Fault(u16, &'static str);

impl Respond for Fault {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let mut echoed = String::new();
        for (name, value) in &req.headers {
            echoed.push_str(&format!("{name}: {} ", value.to_str().unwrap_or("")));
        }
        echoed.push_str(&String::from_utf8_lossy(&req.body));
        echoed.push_str(req.url.as_str());
        let body = match self.1 {
            "json" => serde_json::json!({
                "message": format!("denied: {echoed}"),
                "error": {"message": format!("denied: {echoed}"), "code": self.0, "status": "DENIED"}
            })
            .to_string(),
            "garbage" => format!("{{\"translations\": [ {echoed}"),
            _ => format!("<html>{echoed}</html>"),
        };
        let mut t = ResponseTemplate::new(self.0).set_body_string(body);
        if self.0 == 429 {
            t = t.insert_header("Retry-After", "0");
        }
        t
    }
}

/// Every file under `dir`, as text (lossy): outputs, the cache, the config.
fn every_file(dir: &Path) -> Vec<(std::path::PathBuf, String)> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                todo.push(p);
            } else if let Ok(bytes) = std::fs::read(&p) {
                out.push((p, String::from_utf8_lossy(&bytes).into_owned()));
            }
        }
    }
    out
}

/// `model = "m"` for the kind that takes a model (openai), else nothing: a key of another
/// kind is a config error.
fn model_line(kind: &str) -> &'static str {
    if kind == "openai" {
        "model = \"m\"\n"
    } else {
        ""
    }
}

/// Runs `translate` and `brief` with backend `kind` at `url` and checks that the key is
/// nowhere; returns the exit codes and stderr.
fn run_and_grep(kind: &str, url: &str, key_in_file: bool) -> Vec<(i32, String)> {
    let dir = tempfile::tempdir().unwrap();
    let key_line = if key_in_file {
        format!("api_key = \"{KEY}\"")
    } else {
        format!("api_key_env = \"{KEY_ENV}\"")
    };
    let cfg = dir.path().join("passerelle.toml");
    std::fs::write(
        &cfg,
        format!(
            "[backends.svc]\nkind = \"{kind}\"\nurl = \"{url}\"\n{key_line}\n{model}\
             retry_base_seconds = 0.01\nmax_retries = 1\nmax_retry_seconds = 2\ntimeout_seconds = 5\n",
            model = model_line(kind)
        ),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Le ministre a parlé mardi. Il a démenti.\n",
    )
    .unwrap();
    let mut results = Vec::new();
    for (sub, out) in [("translate", "out.json"), ("brief", "brief.html")] {
        let format = if sub == "brief" { "html" } else { "json" };
        let o = passerelle(dir.path())
            .args([
                sub,
                "-vv",
                "--backend",
                "svc",
                "--format",
                format,
                "-o",
                out,
                "a.txt",
            ])
            .env(KEY_ENV, KEY)
            .env("PASSERELLE_LOG", "trace")
            .env("RUST_LOG", "trace")
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&o.stdout);
        let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
        assert!(!stderr.contains("panicked"), "{kind} {url}: {stderr}");
        assert!(!stdout.contains(KEY), "{kind} {url}: key on stdout");
        assert!(
            !stderr.contains(KEY),
            "{kind} {url}: key on stderr: {stderr}"
        );
        results.push((o.status.code().unwrap_or(-1), stderr));
    }
    // The backends and the cache command too.
    for args in [
        &["backends"][..],
        &["cache", "stats"][..],
        &["config", "show"][..],
    ] {
        let o = passerelle(dir.path())
            .args(args)
            .env(KEY_ENV, KEY)
            .output()
            .unwrap();
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(!all.contains(KEY), "{kind}: key printed by {args:?}: {all}");
    }
    for (path, text) in every_file(dir.path()) {
        if path == cfg {
            continue;
        }
        assert!(
            !text.contains(KEY),
            "{kind} {url}: key in {}",
            path.display()
        );
    }
    results
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_keys_never_leak_on_any_error_path_of_any_http_backend() {
    let faults = [
        Fault(401, "json"),
        Fault(403, "json"),
        Fault(429, "json"),
        Fault(500, "html"),
        Fault(503, "json"),
        Fault(200, "garbage"),
    ];
    for kind in KINDS {
        for fault in faults.iter() {
            let server = MockServer::start().await;
            Mock::given(any())
                .respond_with(Fault(fault.0, fault.1))
                .mount(&server)
                .await;
            let url = server.uri();
            let kind_s = kind.to_string();
            let results = tokio::task::spawn_blocking(move || run_and_grep(&kind_s, &url, false))
                .await
                .unwrap();
            for (code, stderr) in &results {
                assert!(
                    matches!(code, 1 | 3),
                    "{kind} HTTP {}: exit {code}: {stderr}",
                    fault.0
                );
                assert!(stderr.contains("svc") || stderr.contains(kind), "{stderr}");
            }
            // The server did receive the key: it was really sent and really kept out.
            let received = server.received_requests().await.unwrap_or_default();
            let sent_key = received.iter().any(|r| {
                r.headers
                    .values()
                    .any(|v| v.to_str().unwrap_or("").contains(KEY))
                    || String::from_utf8_lossy(&r.body).contains(KEY)
                    || r.url.as_str().contains(KEY)
            });
            assert!(sent_key, "{kind}: the key was never sent");
        }
        // Connection refused: a port just closed.
        let port = {
            let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            l.local_addr().unwrap().port()
        };
        let url = format!("http://127.0.0.1:{port}");
        let kind_s = kind.to_string();
        let results = tokio::task::spawn_blocking(move || run_and_grep(&kind_s, &url, false))
            .await
            .unwrap();
        for (code, stderr) in &results {
            assert_eq!(*code, 3, "{kind} closed port: {stderr}");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_key_written_in_the_config_is_warned_about_and_never_printed() {
    use std::os::unix::fs::PermissionsExt;
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(Fault(401, "json"))
        .mount(&server)
        .await;
    let url = server.uri();
    let results = tokio::task::spawn_blocking(move || run_and_grep("deepl", &url, true))
        .await
        .unwrap();
    for (code, stderr) in &results {
        assert_eq!(*code, 3, "{stderr}");
        // tempfile writes 0644 under the usual umask: readable by others.
        assert!(
            stderr.contains("holds an API key ([backends.svc])"),
            "{stderr}"
        );
    }
    // And the readable-by-others warning, on a file made world-readable on purpose.
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("passerelle.toml");
    std::fs::write(
        &cfg,
        format!(
            "[backends.svc]\nkind = \"deepl\"\nurl = \"http://127.0.0.1:9\"\napi_key = \"{KEY}\"\n"
        ),
    )
    .unwrap();
    for (mode, readable) in [(0o644, true), (0o600, false)] {
        std::fs::set_permissions(&cfg, std::fs::Permissions::from_mode(mode)).unwrap();
        let o = passerelle(dir.path())
            .args(["config", "show"])
            .output()
            .unwrap();
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(!all.contains(KEY), "{all}");
        assert_eq!(
            all.contains("readable by other users"),
            readable,
            "{mode:o}: {all}"
        );
    }
}

/// Where each HTTP backend puts its key in a request, checked on what the server received.
fn key_sent_as_the_vendor_wants(kind: &str, r: &Request) -> bool {
    let header = |name: &str| {
        r.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    match kind {
        "deepl" => header("authorization") == Some(format!("DeepL-Auth-Key {KEY}")),
        "openai" => header("authorization") == Some(format!("Bearer {KEY}")),
        "libretranslate" => {
            serde_json::from_slice::<serde_json::Value>(&r.body)
                .ok()
                .and_then(|b| {
                    b.get("api_key")
                        .and_then(|k| k.as_str())
                        .map(str::to_string)
                })
                == Some(KEY.to_string())
        }
        "google" => r.url.query_pairs().any(|(k, v)| k == "key" && v == KEY),
        other => panic!("no rule for {other}"),
    }
}

/// A key written in the config file (`api_key = "…"`, no variable set) is the key each HTTP
/// backend sends, where its vendor expects it, with the warning, and is printed nowhere.
/// (Before, every backend read only the environment: the file's key was parsed, warned about
/// and never sent.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_key_written_in_the_config_is_the_key_every_http_backend_sends() {
    for kind in KINDS {
        let server = MockServer::start().await;
        Mock::given(any())
            .respond_with(Fault(401, "json"))
            .mount(&server)
            .await;
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("passerelle.toml"),
            format!(
                "[backends.svc]\nkind = \"{kind}\"\nurl = \"{}\"\napi_key = \"{KEY}\"\n\
                 {}max_retries = 0\ntimeout_seconds = 5\n",
                server.uri(),
                model_line(kind)
            ),
        )
        .unwrap();
        std::fs::write(dir.path().join("a.txt"), "Le ministre a parlé mardi.\n").unwrap();
        let mut cmd = passerelle(dir.path());
        for var in [
            "DEEPL_AUTH_KEY",
            "LIBRETRANSLATE_API_KEY",
            "OPENAI_API_KEY",
            "GOOGLE_API_KEY",
            KEY_ENV,
        ] {
            cmd.env_remove(var);
        }
        let o = tokio::task::spawn_blocking(move || {
            cmd.args(["translate", "--no-cache", "--backend", "svc", "a.txt"])
                .output()
                .unwrap()
        })
        .await
        .unwrap();
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(3), "{kind}: {stderr}");
        assert!(
            stderr.contains("holds an API key ([backends.svc])"),
            "{kind}: {stderr}"
        );
        assert!(!stderr.contains("no API key"), "{kind}: {stderr}");
        assert!(!stderr.contains(KEY) && !String::from_utf8_lossy(&o.stdout).contains(KEY));
        let received = server.received_requests().await.unwrap_or_default();
        assert!(
            received
                .iter()
                .any(|r| key_sent_as_the_vendor_wants(kind, r)),
            "{kind}: the config file's key was not sent ({} requests)",
            received.len()
        );
    }
}
