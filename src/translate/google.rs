//! The Google Cloud Translation Basic (v2) backend: `POST …/language/translate/v2?key=…` with
//! a JSON body (`q` array of at most 128 texts, `source: "fr"`, `target: "en"`,
//! `format: "text"`), answers wrapped in `data.translations`; `GET …/v2/languages` for
//! `check`. The key travels in the query, as Google requires, and is scrubbed from every
//! message. Glossary terms go through placeholders.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use super::http::{self, HttpClient, Reply, RetryCause, Verdict};
use super::secret::Secret;
use super::BackendConfig;
use super::{BackendInfo, Batch, Capabilities, TranslateError, Translator};

/// The environment variable read for the key unless `api_key_env` names another.
pub const DEFAULT_KEY_ENV: &str = "GOOGLE_API_KEY";
/// Google's endpoint.
pub const DEFAULT_URL: &str = "https://translation.googleapis.com";
/// Most texts in one request (Google's limit).
pub const MAX_TEXTS: usize = 128;
/// Calls at once when `concurrency` is not set.
pub const DEFAULT_CONCURRENCY: usize = 4;
/// Seconds per request when `timeout_seconds` is not set.
pub const DEFAULT_TIMEOUT_SECONDS: f64 = 30.0;
/// Bytes of text per request: Google recommends at most 5,000 code points.
pub const MAX_TEXT_BYTES: usize = 5_000;

/// The Google Translation v2 backend.
#[derive(Debug)]
pub struct Google {
    name: String,
    url: String,
    key_env: String,
    key: Option<Secret>,
    limits: http::PlainTexts,
    http: HttpClient,
}

#[derive(Serialize)]
struct TranslateRequest<'a> {
    q: &'a [String],
    source: &'static str,
    target: &'static str,
    format: &'static str,
}

#[derive(Deserialize)]
struct Wrapped<T> {
    data: T,
}

#[derive(Deserialize)]
struct Translations {
    translations: Vec<Translation>,
}

#[derive(Deserialize)]
struct Translation {
    #[serde(rename = "translatedText")]
    translated_text: String,
}

#[derive(Deserialize)]
struct Languages {
    languages: Vec<Language>,
}

#[derive(Deserialize)]
struct Language {
    language: String,
}

#[derive(Deserialize)]
struct ErrorBody {
    error: ErrorInfo,
}

#[derive(Deserialize)]
struct ErrorInfo {
    #[serde(default)]
    message: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    errors: Vec<Reason>,
    #[serde(default)]
    details: Vec<Reason>,
}

#[derive(Deserialize)]
struct Reason {
    #[serde(default)]
    reason: String,
}

/// The settings a google table leaves out (`config show`).
pub fn defaults() -> BackendConfig {
    http::defaults(
        "google",
        DEFAULT_URL,
        DEFAULT_TIMEOUT_SECONDS,
        MAX_TEXTS,
        DEFAULT_CONCURRENCY,
    )
}

impl Google {
    /// Builds the backend from its config section (a missing key is reported at use).
    pub fn new(name: &str, config: &BackendConfig) -> Result<Self, crate::Error> {
        let super::settings::ApiKey { var: key_env, key } = config.api_key(DEFAULT_KEY_ENV);
        Ok(Google {
            name: name.to_string(),
            url: http::base_url(name, config, DEFAULT_URL)?,
            key_env,
            limits: http::PlainTexts {
                texts: config.batch_size.unwrap_or(MAX_TEXTS).clamp(1, MAX_TEXTS),
                bytes: MAX_TEXT_BYTES,
                concurrency: config.concurrency.unwrap_or(DEFAULT_CONCURRENCY).max(1),
            },
            http: HttpClient::new(name, config, DEFAULT_TIMEOUT_SECONDS, key.clone())?,
            key,
        })
    }

    fn key(&self) -> Result<&str, TranslateError> {
        self.key
            .as_ref()
            .map(Secret::expose)
            .ok_or_else(|| super::settings::missing_key(&self.name, &self.key_env))
    }

    /// Google's statuses: a 403 "rate limit exceeded" and 429 are retried, a daily or
    /// project quota is final, a bad or missing key is an auth error, 5xx retried.
    fn verdict(&self, client: &HttpClient, reply: &Reply) -> Verdict {
        if (200..300).contains(&reply.status) {
            return Verdict::Accept;
        }
        let (message, reasons) = match serde_json::from_slice::<ErrorBody>(&reply.body) {
            Ok(ErrorBody { error }) => {
                let reasons: Vec<String> = error
                    .errors
                    .iter()
                    .chain(error.details.iter())
                    .map(|r| r.reason.clone())
                    .chain(std::iter::once(error.status))
                    .collect();
                (error.message, reasons)
            }
            Err(_) => (http::body_snippet(&reply.body), Vec::new()),
        };
        let has = |r: &str| reasons.iter().any(|x| x == r);
        let detail = if message.is_empty() {
            String::new()
        } else {
            format!(
                ": {}",
                client.redact(&http::body_snippet(message.as_bytes()))
            )
        };
        let lower = message.to_ascii_lowercase();
        match reply.status {
            429 => Verdict::Retry(RetryCause::RateLimited),
            403 if has("rateLimitExceeded")
                || has("userRateLimitExceeded")
                || lower.contains("rate limit exceeded") =>
            {
                Verdict::Retry(RetryCause::RateLimited)
            }
            403 if has("dailyLimitExceeded")
                || has("quotaExceeded")
                || lower.contains("daily limit exceeded") =>
            {
                Verdict::Fail(TranslateError::Quota {
                    backend: self.name.clone(),
                    status: 403,
                    detail,
                })
            }
            s @ (401 | 403) => Verdict::Fail(self.auth_error(s, detail)),
            400 if has("API_KEY_INVALID") || lower.contains("api key") => {
                Verdict::Fail(self.auth_error(400, detail))
            }
            s @ (408 | 500..=599) => {
                Verdict::Retry(RetryCause::Server(format!("server error ({s}{detail})")))
            }
            s => Verdict::Fail(client.failed(format!("HTTP {s}{detail}"))),
        }
    }

    fn auth_error(&self, status: u16, detail: String) -> TranslateError {
        TranslateError::auth(&self.name, status, detail, &self.key_env)
    }

    async fn translate_chunk(&self, texts: &[String]) -> Result<Vec<String>, TranslateError> {
        let key = self.key()?;
        let body = TranslateRequest {
            q: texts,
            source: "fr",
            target: "en",
            format: "text",
        };
        let url = format!("{}/language/translate/v2", self.url);
        let reply = self
            .http
            .send(
                |c| c.post(&url).query(&[("key", key)]).json(&body),
                |c, r| self.verdict(c, r),
            )
            .await?;
        let parsed: Wrapped<Translations> =
            self.http.parse_json(&reply, "/language/translate/v2")?;
        let out: Vec<String> = parsed
            .data
            .translations
            .into_iter()
            .map(|t| t.translated_text)
            .collect();
        TranslateError::check_count(&self.name, texts.len(), out.len())?;
        Ok(out)
    }
}

#[async_trait]
impl Translator for Google {
    fn info(&self) -> BackendInfo {
        BackendInfo {
            name: self.name.clone(),
            kind: "google".into(),
            detail: format!("{} v2 fr→en", crate::redact::url(&self.url)),
        }
    }

    fn capabilities(&self) -> Capabilities {
        self.limits.capabilities()
    }

    async fn translate(&self, batch: &Batch) -> Result<Vec<String>, TranslateError> {
        self.limits
            .translate(batch, |texts| self.translate_chunk(texts))
            .await
    }

    async fn check(&self) -> Result<String, TranslateError> {
        let key = self.key()?;
        let url = format!("{}/language/translate/v2/languages", self.url);
        let reply = self
            .http
            .send_once(
                |c| c.get(&url).query(&[("key", key), ("target", "en")]),
                |c, r| self.verdict(c, r),
            )
            .await?;
        let parsed: Wrapped<Languages> = self
            .http
            .parse_json(&reply, "/language/translate/v2/languages")?;
        if parsed.data.languages.iter().any(|l| l.language == "fr") {
            Ok(format!(
                "fr→en available ({} languages)",
                parsed.data.languages.len()
            ))
        } else {
            Err(TranslateError::Unavailable {
                backend: self.name.clone(),
                message: format!(
                    "{} does not list French among its languages",
                    crate::redact::url(&self.url)
                ),
            })
        }
    }

    fn fingerprint(&self) -> String {
        format!("google|{}|v2|fr|en", self.url)
    }
}
