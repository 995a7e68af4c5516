//! What the service backends (deepl, libretranslate, openai, google) share: the API key kept
//! out of every message ([`super::secret::Secret`], [`HttpClient::redact`]), one
//! reqwest client with connect and request timeouts, retries with exponential backoff and
//! jitter that honour `Retry-After` within a bounded total time, an optional
//! requests-per-second limit, and splitting a batch to a service's count and byte limits.

use std::ops::Range;
use std::time::{Duration, SystemTime};

use reqwest::header::HeaderMap;
use serde::de::DeserializeOwned;

use super::secret::Secret;
use super::BackendConfig;
use super::{Batch, Capabilities, GlossaryStrategy, TranslateError};

/// `User-Agent` sent on every request (DeepL asks for one).
pub const USER_AGENT: &str = concat!("passerelle/", env!("CARGO_PKG_VERSION"));

/// Default longest total time spent retrying one request.
pub const DEFAULT_MAX_RETRY_SECONDS: f64 = 60.0;
/// Default first retry delay; doubled at each retry.
pub const DEFAULT_RETRY_BASE_SECONDS: f64 = 1.0;
/// Default most retries of one request.
pub const DEFAULT_MAX_RETRIES: u32 = 8;
/// Longest single backoff delay (a server's `Retry-After` may ask for more).
const MAX_BACKOFF: Duration = Duration::from_secs(30);
/// Longest connect timeout.
const MAX_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Longest wait for a status check ([`HttpClient::send_once`]).
pub const CHECK_TIMEOUT: Duration = Duration::from_secs(8);

/// The settings of an HTTP kind that its table leaves out, for `config show`: the shared retry
/// policy plus the kind's own `url`, `timeout_seconds`, `batch_size` and `concurrency`.
pub fn defaults(
    kind: &str,
    url: &str,
    timeout_seconds: f64,
    batch_size: usize,
    concurrency: usize,
) -> BackendConfig {
    BackendConfig {
        kind: kind.to_string(),
        url: Some(url.to_string()),
        timeout_seconds: Some(timeout_seconds),
        batch_size: Some(batch_size),
        concurrency: Some(concurrency),
        max_retry_seconds: Some(DEFAULT_MAX_RETRY_SECONDS),
        retry_base_seconds: Some(DEFAULT_RETRY_BASE_SECONDS),
        max_retries: Some(DEFAULT_MAX_RETRIES),
        ..BackendConfig::default()
    }
}

/// The configured `url` without trailing slashes, else `default`; a `url` that is not an
/// absolute `http(s)://` URL is a config error naming backend `name`.
pub fn base_url(name: &str, config: &BackendConfig, default: &str) -> Result<String, crate::Error> {
    let url = config
        .url
        .as_deref()
        .unwrap_or(default)
        .trim()
        .trim_end_matches('/')
        .to_string();
    // A password in the URL is a secret of the run from now on.
    crate::redact::register_url_credentials(&url);
    match reqwest::Url::parse(&url) {
        Ok(u) if (u.scheme() == "http" || u.scheme() == "https") && u.host().is_some() => Ok(url),
        _ => Err(crate::Error::Config(format!(
            "backend {name:?}: url {:?} is not an http:// or https:// URL",
            crate::redact::url(&url)
        ))),
    }
}

/// Seconds for messages: one decimal below 10 s (`0.3 s`), whole seconds above (`62 s`).
pub fn fmt_secs(seconds: f64) -> String {
    if seconds < 10.0 {
        format!("{seconds:.1} s")
    } else {
        format!("{seconds:.0} s")
    }
}

/// `1 try`, `5 tries`.
pub fn fmt_tries(tries: u32) -> String {
    if tries == 1 {
        "1 try".to_string()
    } else {
        format!("{tries} tries")
    }
}

/// Splits `texts` into consecutive ranges of at most `max_texts` texts and `max_bytes` bytes
/// (a text larger than `max_bytes` alone in its range). No range is empty.
pub fn chunks(texts: &[String], max_texts: usize, max_bytes: usize) -> Vec<Range<usize>> {
    let lengths: Vec<usize> = texts.iter().map(String::len).collect();
    super::plan_batches(&lengths, max_texts, max_bytes)
}

/// Translates `texts` chunk by chunk ([`chunks`]), one request at a time, in order: the
/// translations of every chunk, concatenated.
pub async fn in_chunks<F, Fut>(
    texts: &[String],
    max_texts: usize,
    max_bytes: usize,
    mut translate: F,
) -> Result<Vec<String>, TranslateError>
where
    F: FnMut(Range<usize>) -> Fut,
    Fut: std::future::Future<Output = Result<Vec<String>, TranslateError>>,
{
    let mut out = Vec::with_capacity(texts.len());
    for range in chunks(texts, max_texts, max_bytes) {
        out.extend(translate(range).await?);
    }
    Ok(out)
}

/// How a service sent plain texts (glossary terms already replaced by placeholders: google,
/// libretranslate) takes a batch: at most `texts` texts and `bytes` bytes a request, and
/// `concurrency` calls at once by default. Its two methods are such a backend's
/// [`super::Translator::capabilities`] and [`super::Translator::translate`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlainTexts {
    /// Most texts in one request.
    pub texts: usize,
    /// Most bytes of text in one request.
    pub bytes: usize,
    /// Calls at once by default.
    pub concurrency: usize,
}

impl PlainTexts {
    /// The capabilities of such a backend: placeholders for glossary terms, these limits.
    pub fn capabilities(&self) -> Capabilities {
        Capabilities {
            glossary: GlossaryStrategy::Placeholder,
            max_batch_texts: self.texts,
            max_batch_bytes: self.bytes,
            default_concurrency: self.concurrency,
        }
    }

    /// Translates `batch` request by request ([`in_chunks`]), each chunk of its texts through
    /// `translate_chunk`: the translations in order. An empty batch sends nothing.
    pub async fn translate<'a, F, Fut>(
        &self,
        batch: &'a Batch,
        mut translate_chunk: F,
    ) -> Result<Vec<String>, TranslateError>
    where
        F: FnMut(&'a [String]) -> Fut,
        Fut: std::future::Future<Output = Result<Vec<String>, TranslateError>>,
    {
        in_chunks(&batch.texts, self.texts, self.bytes, |range| {
            translate_chunk(&batch.texts[range])
        })
        .await
    }
}

/// The first 200 characters of a response body on one line, for error messages. The secrets
/// of the run are scrubbed first, so a key crossing the cut cannot leave a piece behind.
pub fn body_snippet(body: &[u8]) -> String {
    let body = crate::redact::scrub_bytes(body);
    let text = String::from_utf8_lossy(&body);
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out: String = one_line.chars().take(200).collect();
    if one_line.chars().count() > 200 {
        out.push('…');
    }
    out
}

/// Longest delay a server may ask for, as far as this client counts: any longer ask is
/// taken as this (and is beyond every retry budget, so the request gives up at once).
pub const MAX_SERVER_DELAY: Duration = Duration::from_secs(365 * 24 * 3600);

/// How long a response asks the client to wait: `retry-after-ms` (OpenAI), else
/// `Retry-After` as seconds (decimals accepted) or an HTTP date, relative to `now`. Capped at
/// [`MAX_SERVER_DELAY`]: a server's `1e300` never makes a `Duration` overflow.
pub fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let capped = |secs: f64| {
        Duration::try_from_secs_f64(secs)
            .unwrap_or(MAX_SERVER_DELAY)
            .min(MAX_SERVER_DELAY)
    };
    if let Some(ms) = headers
        .get("retry-after-ms")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|ms| !ms.is_nan() && *ms >= 0.0)
    {
        return Some(capped(ms / 1000.0));
    }
    let value = headers.get("retry-after")?.to_str().ok()?.trim();
    if let Ok(secs) = value.parse::<f64>() {
        return (!secs.is_nan() && secs >= 0.0).then(|| capped(secs));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(
        when.duration_since(now)
            .unwrap_or(Duration::ZERO)
            .min(MAX_SERVER_DELAY),
    )
}

/// A response, read in full.
#[derive(Debug, Clone)]
pub struct Reply {
    /// HTTP status code.
    pub status: u16,
    /// Response headers.
    pub headers: HeaderMap,
    /// Response body.
    pub body: Vec<u8>,
}

/// Why a response is worth another try.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RetryCause {
    /// The service said "too many requests" (429, DeepL 529, Google 403 rate limit).
    RateLimited,
    /// A server error (5xx) or a request timeout (408); the text says which.
    Server(String),
}

/// What a backend makes of a response.
#[derive(Debug)]
pub enum Verdict {
    /// The response is the answer.
    Accept,
    /// Try again after a backoff (or the server's `Retry-After`).
    Retry(RetryCause),
    /// A final error.
    Fail(TranslateError),
}

/// The verdict every service shares: 2xx accepted; 429 and 529 rate limited; 408 and 5xx
/// retried; anything else a final error quoting the body.
pub fn default_verdict(client: &HttpClient, reply: &Reply) -> Verdict {
    match reply.status {
        200..=299 => Verdict::Accept,
        429 | 529 => Verdict::Retry(RetryCause::RateLimited),
        408 | 500..=599 => Verdict::Retry(RetryCause::Server(format!(
            "server error ({})",
            reply.status
        ))),
        status => {
            Verdict::Fail(client.failed(format!("HTTP {status}: {}", body_snippet(&reply.body))))
        }
    }
}

/// Spaces requests out to at most a given number per second.
#[derive(Debug)]
struct RateLimiter {
    interval: Duration,
    next: tokio::sync::Mutex<Option<tokio::time::Instant>>,
}

impl RateLimiter {
    async fn acquire(&self) {
        let at = {
            let mut next = self.next.lock().await;
            reserve(&mut next, tokio::time::Instant::now(), self.interval)
        };
        tokio::time::sleep_until(at).await;
    }
}

/// Books the next request slot: now if the last booking is past, else one `interval` after
/// it. Returns when the request may go.
fn reserve<I>(next: &mut Option<I>, now: I, interval: Duration) -> I
where
    I: Copy + Ord + std::ops::Add<Duration, Output = I>,
{
    let at = next.map_or(now, |n| n.max(now));
    *next = Some(at + interval);
    at
}

/// Why the last try failed, kept to word the final error.
enum LastFailure {
    Status {
        status: u16,
        cause: RetryCause,
    },
    Timeout,
    Connect(String),
    /// Not worth another try (the request could not even be built).
    Fatal(String),
    /// The host name does not resolve or TLS failed: no try can mend it, the backend is
    /// unavailable.
    Unreachable(String),
}

/// The HTTP client of one backend: timeouts, retry policy, rate limit and the key to redact.
#[derive(Debug)]
pub struct HttpClient {
    backend: String,
    client: reqwest::Client,
    timeout: Duration,
    max_retry: Duration,
    retry_base: Duration,
    max_retries: u32,
    limiter: Option<RateLimiter>,
    secret: Option<Secret>,
}

impl HttpClient {
    /// A client for backend `backend` with the timeouts and retry settings of `config`;
    /// `default_timeout` (seconds) applies when `timeout_seconds` is not set. `secret` is
    /// scrubbed from every error message this client makes.
    pub fn new(
        backend: &str,
        config: &BackendConfig,
        default_timeout: f64,
        secret: Option<Secret>,
    ) -> Result<Self, crate::Error> {
        let seconds =
            |field: &str, v: Option<f64>, default: f64| -> Result<Duration, crate::Error> {
                let v = v.unwrap_or(default);
                if v.is_finite() && v >= 0.0 {
                    Ok(Duration::from_secs_f64(v))
                } else {
                    Err(crate::Error::Config(format!(
                        "backend {backend:?}: {field} must be a number of seconds ≥ 0, got {v}"
                    )))
                }
            };
        let timeout = seconds("timeout_seconds", config.timeout_seconds, default_timeout)?;
        if timeout.is_zero() {
            return Err(crate::Error::Config(format!(
                "backend {backend:?}: timeout_seconds must be above 0"
            )));
        }
        let max_retry = seconds(
            "max_retry_seconds",
            config.max_retry_seconds,
            DEFAULT_MAX_RETRY_SECONDS,
        )?;
        let retry_base = seconds(
            "retry_base_seconds",
            config.retry_base_seconds,
            DEFAULT_RETRY_BASE_SECONDS,
        )?;
        let limiter = match config.requests_per_second {
            None => None,
            Some(rps) if rps.is_finite() && rps > 0.0 => Some(RateLimiter {
                interval: Duration::from_secs_f64(1.0 / rps),
                next: tokio::sync::Mutex::new(None),
            }),
            Some(rps) => {
                return Err(crate::Error::Config(format!(
                    "backend {backend:?}: requests_per_second must be above 0, got {rps}"
                )))
            }
        };
        let client = reqwest::Client::builder()
            .user_agent(USER_AGENT)
            .connect_timeout(timeout.min(MAX_CONNECT_TIMEOUT))
            .timeout(timeout)
            .build()
            .map_err(|e| {
                crate::Error::Config(format!(
                    "backend {backend:?}: cannot build an HTTP client: {}",
                    error_chain(&e.without_url())
                ))
            })?;
        Ok(HttpClient {
            backend: backend.to_string(),
            client,
            timeout,
            max_retry,
            retry_base,
            max_retries: config.max_retries.unwrap_or(DEFAULT_MAX_RETRIES),
            limiter,
            secret,
        })
    }

    /// The backend name this client speaks for.
    pub fn backend(&self) -> &str {
        &self.backend
    }

    /// The underlying reqwest client, to build requests with.
    pub fn inner(&self) -> &reqwest::Client {
        &self.client
    }

    /// `text` with every secret of the run (this client's key among them), in every encoding,
    /// replaced by `[redacted]` ([`crate::redact::scrub`]).
    pub fn redact(&self, text: &str) -> String {
        if let Some(s) = &self.secret {
            crate::redact::register(s.expose());
        }
        crate::redact::scrub(text).into_owned()
    }

    /// A [`TranslateError::Failed`] for this backend, key scrubbed.
    pub fn failed(&self, message: impl AsRef<str>) -> TranslateError {
        TranslateError::failed(&self.backend, self.redact(message.as_ref()))
    }

    /// A transport failure no retry can mend ([`cannot_heal`]): the backend is unavailable.
    fn unreachable(&self, what: String) -> TranslateError {
        TranslateError::Unavailable {
            backend: self.backend.clone(),
            message: format!("{what}; not retried, another try cannot mend this"),
        }
    }

    /// Parses a JSON body as `T`; `what` names the endpoint for the error message.
    pub fn parse_json<T: DeserializeOwned>(
        &self,
        reply: &Reply,
        what: &str,
    ) -> Result<T, TranslateError> {
        serde_json::from_slice(&reply.body).map_err(|e| {
            self.failed(format!(
                "malformed answer from {what}: {e} (body: {})",
                body_snippet(&reply.body)
            ))
        })
    }

    /// Sends the request `make` builds, again and again as `classify` and the retry policy
    /// allow: timeouts, connection errors and [`Verdict::Retry`] answers are retried with
    /// exponential backoff and jitter (or after the server's `Retry-After`) until the
    /// accepted reply, a final error, or the retry budget runs out.
    pub async fn send(
        &self,
        make: impl Fn(&reqwest::Client) -> reqwest::RequestBuilder,
        classify: impl Fn(&HttpClient, &Reply) -> Verdict,
    ) -> Result<Reply, TranslateError> {
        let started = tokio::time::Instant::now();
        let mut tries: u32 = 0;
        loop {
            if let Some(limiter) = &self.limiter {
                limiter.acquire().await;
            }
            tries += 1;
            let (failure, asked) = match self.attempt(&make).await {
                Ok(reply) => match classify(self, &reply) {
                    Verdict::Accept => return Ok(reply),
                    Verdict::Fail(e) => return Err(e),
                    Verdict::Retry(cause) => (
                        LastFailure::Status {
                            status: reply.status,
                            cause,
                        },
                        retry_after(&reply.headers, SystemTime::now()),
                    ),
                },
                Err(LastFailure::Fatal(what)) => return Err(self.failed(what)),
                Err(LastFailure::Unreachable(what)) => return Err(self.unreachable(what)),
                Err(failure) => (failure, None),
            };
            let elapsed = started.elapsed();
            let delay = asked.unwrap_or_else(|| self.backoff(tries));
            if tries > self.max_retries || elapsed.saturating_add(delay) > self.max_retry {
                return Err(self.give_up(failure, tries, elapsed, asked));
            }
            tracing::debug!(
                backend = %self.backend,
                tries,
                delay_ms = delay.as_millis() as u64,
                "retrying"
            );
            tokio::time::sleep(delay).await;
        }
    }

    /// Sends the request once, with a timeout of at most [`CHECK_TIMEOUT`]: for status
    /// checks (`passerelle backends`), which should answer quickly rather than patiently.
    pub async fn send_once(
        &self,
        make: impl Fn(&reqwest::Client) -> reqwest::RequestBuilder,
        classify: impl Fn(&HttpClient, &Reply) -> Verdict,
    ) -> Result<Reply, TranslateError> {
        let timeout = self.timeout.min(CHECK_TIMEOUT);
        let started = tokio::time::Instant::now();
        let failure = match self.attempt(&|c| make(c).timeout(timeout)).await {
            Ok(reply) => match classify(self, &reply) {
                Verdict::Accept => return Ok(reply),
                Verdict::Fail(e) => return Err(e),
                Verdict::Retry(cause) => LastFailure::Status {
                    status: reply.status,
                    cause,
                },
            },
            Err(LastFailure::Timeout) => {
                return Err(TranslateError::Timeout {
                    backend: self.backend.clone(),
                    timeout: timeout.as_secs_f64(),
                    tries: 1,
                    seconds: started.elapsed().as_secs_f64(),
                })
            }
            Err(LastFailure::Unreachable(what)) => return Err(self.unreachable(what)),
            Err(failure) => failure,
        };
        Err(self.give_up(failure, 1, started.elapsed(), None))
    }

    async fn attempt(
        &self,
        make: &impl Fn(&reqwest::Client) -> reqwest::RequestBuilder,
    ) -> Result<Reply, LastFailure> {
        let transport = |e: reqwest::Error| {
            if e.is_timeout() {
                return LastFailure::Timeout;
            }
            if e.is_builder() {
                return LastFailure::Fatal(self.redact(&error_chain(&e.without_url())));
            }
            // The endpoint without its query (Google's key travels there).
            let endpoint = e.url().map(|u| {
                let mut u = u.clone();
                u.set_query(None);
                crate::redact::url(u.as_str())
            });
            let e = e.without_url();
            let cause = root_cause(&e);
            let what = self.redact(&match endpoint {
                Some(url) => format!("cannot reach {url} ({cause})"),
                None => cause,
            });
            if cannot_heal(&e) {
                LastFailure::Unreachable(what)
            } else {
                LastFailure::Connect(what)
            }
        };
        let response = make(&self.client).send().await.map_err(transport)?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response.bytes().await.map_err(transport)?.to_vec();
        Ok(Reply {
            status,
            headers,
            body,
        })
    }

    /// The delay before retry number `tries`: base × 2^(tries−1), capped, ±25 % jitter.
    fn backoff(&self, tries: u32) -> Duration {
        let exp = 2f64.powi(tries.saturating_sub(1).min(30) as i32);
        let raw = (self.retry_base.as_secs_f64() * exp).min(MAX_BACKOFF.as_secs_f64());
        Duration::from_secs_f64(raw * (0.75 + 0.5 * fastrand::f64()))
    }

    fn give_up(
        &self,
        failure: LastFailure,
        tries: u32,
        elapsed: Duration,
        asked: Option<Duration>,
    ) -> TranslateError {
        let seconds = elapsed.as_secs_f64();
        let over = format!(
            "gave up after {} over {}",
            fmt_tries(tries),
            fmt_secs(seconds)
        );
        let waited = asked
            .filter(|a| elapsed.saturating_add(*a) > self.max_retry)
            .map(|a| {
                let asked = if a >= MAX_SERVER_DELAY {
                    "a year or more".to_string()
                } else {
                    fmt_secs(a.as_secs_f64())
                };
                format!(
                    " (the server asked to wait {asked}, beyond max_retry_seconds = {})",
                    fmt_secs(self.max_retry.as_secs_f64())
                )
            })
            .unwrap_or_default();
        match failure {
            LastFailure::Status {
                status,
                cause: RetryCause::RateLimited,
            } if waited.is_empty() => TranslateError::RateLimited {
                backend: self.backend.clone(),
                status,
                tries,
                seconds,
            },
            LastFailure::Status {
                status,
                cause: RetryCause::RateLimited,
            } => self.failed(format!("rate limited ({status}) — {over}{waited}")),
            LastFailure::Status {
                cause: RetryCause::Server(what),
                ..
            } => self.failed(format!("{what} — {over}{waited}")),
            LastFailure::Timeout => TranslateError::Timeout {
                backend: self.backend.clone(),
                timeout: self.timeout.as_secs_f64(),
                tries,
                seconds,
            },
            LastFailure::Connect(what)
            | LastFailure::Fatal(what)
            | LastFailure::Unreachable(what) => self.failed(format!("{what} — {over}")),
        }
    }
}

/// Whether a transport error is one another try cannot mend: the host name does not resolve,
/// or the TLS handshake failed (bad certificate, not TLS at all). A refused or reset
/// connection may heal (a server restarting) and is retried.
fn cannot_heal(e: &(dyn std::error::Error + 'static)) -> bool {
    let mut next = Some(e);
    while let Some(err) = next {
        let text = err.to_string();
        if text.starts_with("dns error") || text.contains("failed to lookup address") {
            return true;
        }
        // rustls reports through tokio-rustls as an `InvalidData` I/O error.
        if let Some(io) = err.downcast_ref::<std::io::Error>() {
            if io.kind() == std::io::ErrorKind::InvalidData {
                return true;
            }
        }
        if text.contains("certificate") || text.contains("InvalidContentType") {
            return true;
        }
        next = err.source();
    }
    false
}

/// The innermost source of an error (`Connection refused`, a DNS or TLS failure), without
/// the raw `(os error N)`: what a user can act on.
fn root_cause(e: &dyn std::error::Error) -> String {
    let mut last = e;
    while let Some(s) = last.source() {
        last = s;
    }
    crate::error::without_os_error(&last.to_string())
}

/// An error and its sources on one line (`error sending request: connection refused`).
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let text = s.to_string();
        if !out.contains(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        source = s.source();
    }
    crate::error::without_os_error(&out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn retry_after_seconds_date_and_ms() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_445_412_480);
        assert_eq!(
            retry_after(&headers(&[("retry-after", "7")]), now),
            Some(Duration::from_secs(7))
        );
        assert_eq!(
            retry_after(&headers(&[("retry-after", "0.25")]), now),
            Some(Duration::from_millis(250))
        );
        // 1445412480 is Wed, 21 Oct 2015 07:28:00 GMT.
        assert_eq!(
            retry_after(
                &headers(&[("retry-after", "Wed, 21 Oct 2015 07:28:30 GMT")]),
                now
            ),
            Some(Duration::from_secs(30))
        );
        assert_eq!(
            retry_after(
                &headers(&[("retry-after", "Wed, 21 Oct 2015 07:00:00 GMT")]),
                now
            ),
            Some(Duration::ZERO)
        );
        assert_eq!(
            retry_after(
                &headers(&[("retry-after", "9"), ("retry-after-ms", "120")]),
                now
            ),
            Some(Duration::from_millis(120))
        );
        assert_eq!(retry_after(&headers(&[("retry-after", "soon")]), now), None);
        // Huge asks are capped, never an overflowing Duration (which panicked).
        for (name, value) in [
            ("retry-after", "1e300"),
            ("retry-after-ms", "1e300"),
            ("retry-after", "inf"),
            ("retry-after", "18446744073709551616"),
        ] {
            assert_eq!(
                retry_after(&headers(&[(name, value)]), now),
                Some(MAX_SERVER_DELAY),
                "{name}: {value}"
            );
        }
        assert_eq!(retry_after(&headers(&[("retry-after", "-3")]), now), None);
        assert_eq!(retry_after(&HeaderMap::new(), now), None);
    }

    #[test]
    fn chunks_respect_count_and_bytes() {
        let texts: Vec<String> = (0..7).map(|i| "x".repeat(10 + i)).collect();
        assert_eq!(chunks(&texts, 3, 1000), vec![0..3, 3..6, 6..7]);
        assert_eq!(chunks(&texts, 100, 25), vec![0..2, 2..4, 4..5, 5..6, 6..7]);
        let big = vec!["a".repeat(50), "b".into()];
        assert_eq!(chunks(&big, 10, 20), vec![0..1, 1..2]);
        assert!(chunks(&[], 10, 10).is_empty());
    }

    #[test]
    fn secret_never_formats() {
        let s = Secret::new("sk-VERYSECRET");
        assert!(!format!("{s:?} {s}").contains("VERYSECRET"));
        let config = BackendConfig {
            kind: "deepl".into(),
            ..BackendConfig::default()
        };
        let client = HttpClient::new("deepl", &config, 5.0, Some(s)).unwrap();
        assert!(!format!("{client:?}").contains("VERYSECRET"));
        assert_eq!(
            client.redact("url?key=sk-VERYSECRET&x=1"),
            "url?key=[redacted]&x=1"
        );
    }

    #[test]
    fn urls_must_be_http() {
        let with = |url: &str| BackendConfig {
            kind: "deepl".into(),
            url: Some(url.into()),
            ..BackendConfig::default()
        };
        assert_eq!(
            base_url("d", &with("http://127.0.0.1:8080/"), "x").unwrap(),
            "http://127.0.0.1:8080"
        );
        assert_eq!(
            base_url("d", &with(" https://h/v1// "), "x").unwrap(),
            "https://h/v1"
        );
        for bad in ["localhost:8080", "ftp://h", "not a url", "", "http://"] {
            let err = base_url("d", &with(bad), "x").unwrap_err();
            assert!(err.to_string().contains("is not an http"), "{bad}: {err}");
        }
        let none = BackendConfig::default();
        assert_eq!(
            base_url("d", &none, "https://api.deepl.com").unwrap(),
            "https://api.deepl.com"
        );
    }

    #[test]
    fn bad_settings_are_config_errors() {
        let config = BackendConfig {
            kind: "deepl".into(),
            timeout_seconds: Some(-1.0),
            ..BackendConfig::default()
        };
        let err = HttpClient::new("deepl", &config, 5.0, None).unwrap_err();
        assert!(err.to_string().contains("timeout_seconds"), "{err}");
        let config = BackendConfig {
            kind: "deepl".into(),
            requests_per_second: Some(0.0),
            ..BackendConfig::default()
        };
        assert!(HttpClient::new("deepl", &config, 5.0, None).is_err());
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        let config = BackendConfig {
            kind: "deepl".into(),
            retry_base_seconds: Some(1.0),
            ..BackendConfig::default()
        };
        let client = HttpClient::new("deepl", &config, 5.0, None).unwrap();
        for tries in 1..8 {
            let d = client.backoff(tries).as_secs_f64();
            let nominal = 2f64.powi(tries as i32 - 1).min(30.0);
            assert!(d >= nominal * 0.75 && d <= nominal * 1.25, "{tries}: {d}");
        }
        assert!(client.backoff(40).as_secs_f64() <= 37.5);
    }

    #[test]
    fn rate_limit_slots_are_spaced_by_the_interval() {
        let t0 = std::time::Instant::now();
        let ms = Duration::from_millis;
        let mut next = None;
        // A burst of three at t0: 0, 100, 200 ms.
        assert_eq!(reserve(&mut next, t0, ms(100)), t0);
        assert_eq!(reserve(&mut next, t0, ms(100)), t0 + ms(100));
        assert_eq!(reserve(&mut next, t0 + ms(50), ms(100)), t0 + ms(200));
        // After a pause the next request goes at once.
        assert_eq!(reserve(&mut next, t0 + ms(1000), ms(100)), t0 + ms(1000));
        assert_eq!(reserve(&mut next, t0 + ms(1000), ms(100)), t0 + ms(1100));
    }

    #[test]
    fn messages_format_seconds() {
        assert_eq!(fmt_secs(0.04), "0.0 s");
        assert_eq!(fmt_secs(3.26), "3.3 s");
        assert_eq!(fmt_secs(62.4), "62 s");
        assert_eq!(fmt_tries(1), "1 try");
        assert_eq!(fmt_tries(3), "3 tries");
        let e = TranslateError::RateLimited {
            backend: "deepl".into(),
            status: 429,
            tries: 5,
            seconds: 62.0,
        };
        assert_eq!(
            e.to_string(),
            "deepl: rate limited (429) — gave up after 5 tries over 62 s"
        );
    }
}
