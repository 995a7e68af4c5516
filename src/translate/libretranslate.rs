//! The LibreTranslate backend: `POST /translate` with `q` as an array (`source: "fr"`,
//! `target: "en"`, `format: "text"`, `api_key` in the body when one is set), `GET /languages`
//! for `check`. Glossary terms go through placeholders. Self-hosted servers need no key, so the
//! key is optional unless `api_key_env` is set explicitly.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use super::http::{self, HttpClient, Reply, RetryCause, Verdict};
use super::secret::Secret;
use super::BackendConfig;
use super::{BackendInfo, Batch, Capabilities, TranslateError, Translator};

/// The environment variable read for the key unless `api_key_env` names another.
pub const DEFAULT_KEY_ENV: &str = "LIBRETRANSLATE_API_KEY";
/// A local server on LibreTranslate's default port.
pub const DEFAULT_URL: &str = "http://127.0.0.1:5000";
/// Texts per request: LibreTranslate has no limit of its own (`--batch-limit` defaults to
/// none), and a self-hosted CPU server answers a modest batch sooner.
pub const MAX_TEXTS: usize = 25;
/// Calls at once when `concurrency` is not set.
pub const DEFAULT_CONCURRENCY: usize = 2;
/// Seconds per request when `timeout_seconds` is not set.
pub const DEFAULT_TIMEOUT_SECONDS: f64 = 60.0;
/// Bytes of text per request.
pub const MAX_TEXT_BYTES: usize = 32 * 1024;

/// The LibreTranslate backend.
#[derive(Debug)]
pub struct LibreTranslate {
    name: String,
    url: String,
    key_env: String,
    key: Option<Secret>,
    key_required: bool,
    limits: http::PlainTexts,
    http: HttpClient,
}

#[derive(Serialize)]
struct TranslateRequest<'a> {
    q: &'a [String],
    source: &'static str,
    target: &'static str,
    format: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    api_key: Option<&'a str>,
}

#[derive(Deserialize)]
struct TranslateResponse {
    #[serde(rename = "translatedText")]
    translated_text: Vec<String>,
}

#[derive(Deserialize)]
struct Language {
    code: String,
    #[serde(default)]
    targets: Vec<String>,
}

#[derive(Deserialize)]
struct ErrorBody {
    error: String,
}

/// The settings a libretranslate table leaves out (`config show`).
pub fn defaults() -> BackendConfig {
    http::defaults(
        "libretranslate",
        DEFAULT_URL,
        DEFAULT_TIMEOUT_SECONDS,
        MAX_TEXTS,
        DEFAULT_CONCURRENCY,
    )
}

impl LibreTranslate {
    /// Builds the backend from its config section. The key is required only when
    /// `api_key_env` is set explicitly (a missing one is reported at use, so that
    /// `passerelle backends` can list the backend).
    pub fn new(name: &str, config: &BackendConfig) -> Result<Self, crate::Error> {
        let super::settings::ApiKey { var: key_env, key } = config.api_key(DEFAULT_KEY_ENV);
        Ok(LibreTranslate {
            name: name.to_string(),
            url: http::base_url(name, config, DEFAULT_URL)?,
            key_env,
            key_required: config.api_key_env.is_some(),
            limits: http::PlainTexts {
                texts: config.batch_size.unwrap_or(MAX_TEXTS).max(1),
                bytes: MAX_TEXT_BYTES,
                concurrency: config.concurrency.unwrap_or(DEFAULT_CONCURRENCY).max(1),
            },
            http: HttpClient::new(name, config, DEFAULT_TIMEOUT_SECONDS, key.clone())?,
            key,
        })
    }

    fn key(&self) -> Result<Option<&str>, TranslateError> {
        match &self.key {
            Some(k) => Ok(Some(k.expose())),
            None if self.key_required => {
                Err(super::settings::missing_key(&self.name, &self.key_env))
            }
            None => Ok(None),
        }
    }

    /// LibreTranslate's statuses: 403 and "needs a key" 400s are auth errors; 429 and 5xx
    /// retried; other errors final, quoting `{"error": …}`.
    fn verdict(&self, client: &HttpClient, reply: &Reply) -> Verdict {
        let message = serde_json::from_slice::<ErrorBody>(&reply.body)
            .map(|e| e.error)
            .unwrap_or_else(|_| http::body_snippet(&reply.body));
        let message = client.redact(&http::body_snippet(message.as_bytes()));
        let detail = if message.is_empty() {
            String::new()
        } else {
            format!(": {message}")
        };
        match reply.status {
            200..=299 => Verdict::Accept,
            429 => Verdict::Retry(RetryCause::RateLimited),
            408 | 500..=599 => Verdict::Retry(RetryCause::Server(format!(
                "server error ({}{detail})",
                reply.status
            ))),
            // Banned for flooding (`--req-limit` violations): final, and not the key's fault.
            403 if message.contains("request limits violations") => Verdict::Fail(client.failed(
                format!("blocked by the server (403{detail}); lower concurrency or set requests_per_second"),
            )),
            s @ (401 | 403) => Verdict::Fail(self.auth_error(s, detail)),
            400 if message.contains("API key") => Verdict::Fail(self.auth_error(400, detail)),
            s => Verdict::Fail(client.failed(format!("HTTP {s}{detail}"))),
        }
    }

    fn auth_error(&self, status: u16, detail: String) -> TranslateError {
        TranslateError::auth(&self.name, status, detail, &self.key_env)
    }

    async fn translate_chunk(&self, texts: &[String]) -> Result<Vec<String>, TranslateError> {
        let body = TranslateRequest {
            q: texts,
            source: "fr",
            target: "en",
            format: "text",
            api_key: self.key()?,
        };
        let url = format!("{}/translate", self.url);
        let reply = self
            .http
            .send(|c| c.post(&url).json(&body), |c, r| self.verdict(c, r))
            .await?;
        let parsed: TranslateResponse = self.http.parse_json(&reply, "/translate")?;
        let out = parsed.translated_text;
        TranslateError::check_count(&self.name, texts.len(), out.len())?;
        Ok(out)
    }
}

#[async_trait]
impl Translator for LibreTranslate {
    fn info(&self) -> BackendInfo {
        BackendInfo {
            name: self.name.clone(),
            kind: "libretranslate".into(),
            detail: format!("{} fr→en", crate::redact::url(&self.url)),
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
        self.key()?;
        let url = format!("{}/languages", self.url);
        let reply = self
            .http
            .send_once(|c| c.get(&url), |c, r| self.verdict(c, r))
            .await?;
        let languages: Vec<Language> = self.http.parse_json(&reply, "/languages")?;
        let fr = languages.iter().find(|l| l.code == "fr");
        match fr {
            Some(l) if l.targets.iter().any(|t| t == "en") => {
                Ok(format!("fr→en available ({} languages)", languages.len()))
            }
            _ => Err(TranslateError::Unavailable {
                backend: self.name.clone(),
                message: format!(
                    "{} does not offer fr→en (see its /languages)",
                    crate::redact::url(&self.url)
                ),
            }),
        }
    }

    fn fingerprint(&self) -> String {
        format!("libretranslate|{}", self.url)
    }
}
