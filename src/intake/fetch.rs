//! Fetching an article or a feed by URL: `http` and `https` only, a clear User-Agent, a
//! timeout for the whole exchange, at most [`MAX_REDIRECTS`] redirects (a loop is named as
//! such), a size limit checked on the announced length and again while reading, and the
//! content type checked against what was asked for. The charset a server declares travels
//! with the bytes to [`super::read`].
//!
//! Every failure is a one-line message for that input (the caller makes it an input error:
//! exit 2 for that input, the others go on); nothing here retries.

use std::time::Duration;

use encoding_rs::Encoding;

/// Redirects followed before giving up.
pub const MAX_REDIRECTS: usize = 5;

/// The largest page or feed read, in bytes.
pub const MAX_BYTES: usize = 16 * 1024 * 1024;

/// How long one fetch may take, from connecting to the last byte.
pub const TIMEOUT: Duration = Duration::from_secs(30);

/// The User-Agent every request sends.
pub const USER_AGENT: &str = concat!(
    "passerelle/",
    env!("CARGO_PKG_VERSION"),
    " (French news translator; fetches one article or feed on a user's request)"
);

/// What is being fetched, which decides the content types accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Want {
    /// An article: `text/html`, `application/xhtml+xml` or `text/plain`.
    Article,
    /// A feed: RSS or Atom (`application/rss+xml`, `application/atom+xml`, `application/xml`,
    /// `text/xml`).
    Feed,
}

/// A fetched resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetched {
    /// The URL it was finally read from (after redirects).
    pub url: String,
    /// Its bytes, at most [`MAX_BYTES`].
    pub bytes: Vec<u8>,
    /// Its media type, lowercased, without parameters (`text/html`).
    pub media_type: Option<String>,
    /// The charset its `Content-Type` declares.
    pub charset: Option<&'static Encoding>,
}

impl Fetched {
    /// Whether the server says it is HTML.
    pub fn is_html(&self) -> bool {
        matches!(
            self.media_type.as_deref(),
            Some("text/html" | "application/xhtml+xml")
        )
    }
}

/// Fetch settings; [`Fetcher::default`] has the limits above.
#[derive(Debug, Clone)]
pub struct Fetcher {
    client: reqwest::Client,
    max_bytes: usize,
    timeout: Duration,
}

impl Default for Fetcher {
    fn default() -> Self {
        Fetcher::new(TIMEOUT, MAX_BYTES)
    }
}

/// Whether an input names a URL to fetch (it starts with `http://` or `https://`).
pub fn is_url(input: &str) -> bool {
    let lower = input.get(..8).unwrap_or(input).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// Whether an input looks like a URL of a scheme that is not fetched (`file://`, `ftp://`):
/// such an input is refused by name rather than looked for as a file.
pub fn is_other_url(input: &str) -> bool {
    let Some((scheme, rest)) = input.split_once("://") else {
        return false;
    };
    !is_url(input)
        && !rest.is_empty()
        && scheme.len() >= 2
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

impl Fetcher {
    /// A fetcher with its own timeout and size limit.
    pub fn new(timeout: Duration, max_bytes: usize) -> Self {
        let policy = reqwest::redirect::Policy::custom(|attempt| {
            let url = attempt.url().clone();
            if attempt.previous().contains(&url) {
                attempt.error(format!("redirect loop at {}", url.path()))
            } else if attempt.previous().len() > MAX_REDIRECTS {
                attempt.error(format!("more than {MAX_REDIRECTS} redirects"))
            } else if !matches!(url.scheme(), "http" | "https") {
                attempt.error(format!("redirected to a {}:// URL", url.scheme()))
            } else {
                attempt.follow()
            }
        });
        let client = reqwest::Client::builder()
            .user_agent(USER_AGENT)
            .redirect(policy)
            .timeout(timeout)
            .connect_timeout(timeout.min(Duration::from_secs(10)))
            .build()
            .unwrap_or_default();
        Fetcher {
            client,
            max_bytes,
            timeout,
        }
    }

    /// Fetches `url`. The error is one line, without the URL (the caller names it).
    pub async fn get(&self, url: &str, want: Want) -> Result<Fetched, String> {
        if !is_url(url) {
            let scheme = url.split_once("://").map_or("this", |(s, _)| s);
            return Err(format!(
                "only http:// and https:// URLs are fetched, not {scheme}://"
            ));
        }
        let parsed = reqwest::Url::parse(url).map_err(|e| format!("not a valid URL ({e})"))?;
        let accept = match want {
            Want::Article => "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5",
            Want::Feed => {
                "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9"
            }
        };
        let mut response = self
            .client
            .get(parsed)
            .header(reqwest::header::ACCEPT, accept)
            .header(reqwest::header::ACCEPT_LANGUAGE, "fr,en;q=0.5")
            .send()
            .await
            .map_err(|e| self.describe(&e))?;
        let status = response.status();
        if status.is_redirection() {
            let to = response
                .headers()
                .get(reqwest::header::LOCATION)
                .and_then(|l| l.to_str().ok())
                .unwrap_or("nowhere");
            return Err(format!(
                "redirected to {to}, not followed (only http:// and https:// are)"
            ));
        }
        if !status.is_success() {
            return Err(format!(
                "HTTP {}{}",
                status.as_u16(),
                status
                    .canonical_reason()
                    .map(|r| format!(" {r}"))
                    .unwrap_or_default()
            ));
        }
        let final_url = response.url().to_string();
        let content_type = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let media_type = content_type.as_deref().map(|c| {
            c.split(';')
                .next()
                .unwrap_or_default()
                .trim()
                .to_ascii_lowercase()
        });
        if let Some(m) = media_type.as_deref() {
            if !accepted(m, want) {
                let what = match want {
                    Want::Article => "an HTML page or text",
                    Want::Feed => "an RSS or Atom feed",
                };
                return Err(format!("the server sent {m}, not {what}"));
            }
        }
        if let Some(len) = response.content_length() {
            if len > self.max_bytes as u64 {
                return Err(too_large(self.max_bytes));
            }
        }
        let mut bytes = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|e| self.describe(&e))? {
            if bytes.len() + chunk.len() > self.max_bytes {
                return Err(too_large(self.max_bytes));
            }
            bytes.extend_from_slice(&chunk);
        }
        let charset = content_type
            .as_deref()
            .and_then(|c| super::encoding::declared_in(c.as_bytes()));
        Ok(Fetched {
            url: final_url,
            bytes,
            media_type,
            charset,
        })
    }

    /// One line for a transport error, without the URL (reqwest puts it in its message).
    fn describe(&self, e: &reqwest::Error) -> String {
        use std::error::Error as _;
        if e.is_timeout() {
            return format!("no complete answer within {} s", self.timeout.as_secs_f32());
        }
        if e.is_redirect() {
            // The policy's own message, when it gave one.
            let mut source = e.source();
            while let Some(s) = source {
                let text = s.to_string();
                if text.contains("redirect") {
                    return text;
                }
                source = s.source();
            }
            return "too many redirects".into();
        }
        // reqwest's own message names the URL; the caller does that already.
        let mut message = match e.url() {
            Some(u) => e.to_string().replace(&format!(" ({u})"), ""),
            None => e.to_string(),
        };
        let mut source = e.source();
        while let Some(s) = source {
            message = format!("{message}: {s}");
            source = s.source();
        }
        let message = crate::error::without_os_error(&message);
        if e.is_connect() {
            return format!("could not connect ({message})");
        }
        message
    }
}

fn accepted(media_type: &str, want: Want) -> bool {
    match want {
        Want::Article => matches!(
            media_type,
            "text/html" | "application/xhtml+xml" | "text/plain"
        ),
        Want::Feed => matches!(
            media_type,
            "application/rss+xml"
                | "application/atom+xml"
                | "application/xml"
                | "text/xml"
                | "application/rdf+xml"
                | "application/x-rss+xml"
        ),
    }
}

fn too_large(max: usize) -> String {
    format!(
        "larger than {} MiB, the most that is read",
        max / (1024 * 1024)
    )
}

/// The name an article fetched from `url` gets under `-o DIR`: the last segment of its path
/// without extension (`…/2024/05/14/petites-lignes_123.html` → `petites-lignes_123`), or the
/// host when the path is empty; characters other than letters, digits, `-`, `_` and `.`
/// become `-`.
pub fn output_stem(url: &str) -> String {
    let parsed = reqwest::Url::parse(url).ok();
    let segment = parsed
        .as_ref()
        .and_then(|u| {
            u.path_segments()?
                .rev()
                .find(|s| !s.is_empty())
                .map(str::to_string)
        })
        .map(|s| {
            let decoded = percent_decode(&s);
            match decoded.rsplit_once('.') {
                Some((stem, ext)) if !stem.is_empty() && ext.len() <= 5 => stem.to_string(),
                _ => decoded,
            }
        })
        .or_else(|| {
            parsed
                .as_ref()
                .and_then(|u| u.host_str().map(str::to_string))
        })
        .unwrap_or_else(|| "article".into());
    let clean: String = segment
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '-'
            }
        })
        .collect();
    let clean = clean.trim_matches(['-', '.']).to_string();
    if clean.is_empty() {
        "article".into()
    } else {
        clean.chars().take(120).collect()
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
            if let Ok(b) = u8::from_str_radix(hex, 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_told_from_paths() {
        assert!(is_url("https://a.fr/x") && is_url("HTTP://a.fr"));
        assert!(!is_url("article.txt") && !is_url("-") && !is_url("http:/x"));
        assert!(is_other_url("file:///etc/passwd") && is_other_url("ftp://a.fr/x"));
        assert!(!is_other_url("https://a.fr") && !is_other_url("dir/a.txt"));
    }

    #[test]
    fn output_names_come_from_the_url_path() {
        let stem = |u| output_stem(u);
        assert_eq!(
            stem("https://q.example/eco/article/2024/05/14/petites-lignes_123.html?utm=x"),
            "petites-lignes_123"
        );
        assert_eq!(
            stem("https://q.example/monde/ukraine-chine/"),
            "ukraine-chine"
        );
        assert_eq!(stem("https://q.example/"), "q.example");
        assert_eq!(stem("https://q.example/a%C3%A9%20b"), "aé-b");
        assert_eq!(stem("https://q.example/.."), "q.example");
    }

    #[tokio::test]
    async fn other_schemes_are_refused_before_any_request() {
        let f = Fetcher::default();
        for url in ["file:///etc/hostname", "ftp://example.org/a.html"] {
            let err = f.get(url, Want::Article).await.unwrap_err();
            assert!(err.contains("only http:// and https://"), "{err}");
        }
    }

    use wiremock::matchers::{header, method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    fn html(body: &str) -> ResponseTemplate {
        ResponseTemplate::new(200)
            .set_body_raw(body.as_bytes().to_vec(), "text/html; charset=utf-8")
    }

    #[tokio::test]
    async fn a_page_is_fetched_with_our_user_agent_and_redirects_followed() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path("/old"))
            .respond_with(ResponseTemplate::new(301).insert_header("Location", "/new.html"))
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(path("/new.html"))
            .and(header("user-agent", USER_AGENT))
            .respond_with(
                ResponseTemplate::new(200)
                    .set_body_raw(b"<p>caf\xe9</p>".to_vec(), "text/html; charset=ISO-8859-15"),
            )
            .expect(1)
            .mount(&server)
            .await;
        let got = Fetcher::default()
            .get(&format!("{}/old", server.uri()), Want::Article)
            .await
            .unwrap();
        assert_eq!(got.url, format!("{}/new.html", server.uri()));
        assert!(got.is_html());
        assert_eq!(got.charset, Some(encoding_rs::ISO_8859_15));
        assert_eq!(got.bytes, b"<p>caf\xe9</p>");
    }

    async fn error_of(server: &MockServer, route: &str, fetcher: &Fetcher) -> String {
        fetcher
            .get(&format!("{}{route}", server.uri()), Want::Article)
            .await
            .unwrap_err()
    }

    #[tokio::test]
    async fn each_failure_is_one_clear_line() {
        let server = MockServer::start().await;
        let redirect = |to: &str| ResponseTemplate::new(302).insert_header("Location", to);
        Mock::given(path("/loop-a"))
            .respond_with(redirect("/loop-b"))
            .mount(&server)
            .await;
        Mock::given(path("/loop-b"))
            .respond_with(redirect("/loop-a"))
            .mount(&server)
            .await;
        for i in 0..10 {
            Mock::given(path(format!("/hop{i}")))
                .respond_with(redirect(&format!("/hop{}", i + 1)))
                .mount(&server)
                .await;
        }
        Mock::given(path("/to-file"))
            .respond_with(redirect("file:///etc/passwd"))
            .mount(&server)
            .await;
        Mock::given(path("/missing"))
            .respond_with(ResponseTemplate::new(404))
            .mount(&server)
            .await;
        Mock::given(path("/broken"))
            .respond_with(ResponseTemplate::new(500))
            .mount(&server)
            .await;
        Mock::given(path("/doc.pdf"))
            .respond_with(
                ResponseTemplate::new(200).set_body_raw(b"%PDF-1.7".to_vec(), "application/pdf"),
            )
            .mount(&server)
            .await;
        Mock::given(path("/huge"))
            .respond_with(html(&"x".repeat(50 * 1024 * 1024)))
            .mount(&server)
            .await;
        Mock::given(path("/slow"))
            .respond_with(html("<p>late</p>").set_delay(Duration::from_secs(5)))
            .mount(&server)
            .await;
        let f = Fetcher::new(Duration::from_millis(800), MAX_BYTES);
        let cases = [
            ("/loop-a", "redirect loop"),
            ("/hop0", "more than 5 redirects"),
            ("/to-file", "redirected to file:///etc/passwd, not followed"),
            ("/missing", "HTTP 404 Not Found"),
            ("/broken", "HTTP 500 Internal Server Error"),
            (
                "/doc.pdf",
                "the server sent application/pdf, not an HTML page or text",
            ),
            ("/huge", "larger than 16 MiB"),
            ("/slow", "no complete answer within 0.8 s"),
        ];
        // Only the slow server gets the short timeout: the others must fail for their own
        // reason even on a busy machine.
        let patient = Fetcher::default();
        for (route, want) in cases {
            let fetcher = if route == "/slow" { &f } else { &patient };
            let err = error_of(&server, route, fetcher).await;
            assert!(err.contains(want), "{route}: {err}");
            assert!(!err.contains('\n'), "{route}: {err}");
        }
    }

    #[tokio::test]
    async fn a_page_without_length_is_cut_at_the_limit() {
        // A server that announces no length and streams forever.
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        std::thread::spawn(move || {
            use std::io::{Read, Write};
            if let Ok((mut s, _)) = listener.accept() {
                let mut buf = [0u8; 4096];
                let _ = s.read(&mut buf);
                let _ = s.write_all(
                    b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n",
                );
                let chunk = vec![b'a'; 64 * 1024];
                for _ in 0..1024 {
                    if s.write_all(&chunk).is_err() {
                        break;
                    }
                }
            }
        });
        let f = Fetcher::new(Duration::from_secs(20), 1024 * 1024);
        let err = f
            .get(&format!("http://{addr}/stream"), Want::Article)
            .await
            .unwrap_err();
        assert_eq!(err, "larger than 1 MiB, the most that is read");
    }
}
