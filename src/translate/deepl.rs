//! The DeepL backend: `POST /v2/translate` (JSON body, `Authorization: DeepL-Auth-Key`),
//! `GET /v2/usage` for `check`, and glossaries enforced natively: the terms of a batch become a
//! DeepL fr→en glossary (`POST /v2/glossaries`) named by the hash of its content, created once
//! and reused, and deletable with [`Deepl::delete_glossaries`]. Free keys (ending `:fx`) go to
//! the Free host, others to Pro; `url` overrides both.

use std::collections::HashMap;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::http::{self, HttpClient, Reply, RetryCause, Verdict};
use super::secret::Secret;
use super::BackendConfig;
use super::{
    BackendInfo, Batch, Capabilities, GlossaryStrategy, TermPair, TranslateError, Translator,
};

/// The environment variable read for the key unless `api_key_env` names another.
pub const DEFAULT_KEY_ENV: &str = "DEEPL_AUTH_KEY";
/// The Pro host.
pub const PRO_URL: &str = "https://api.deepl.com";
/// The Free host (keys ending `:fx`).
pub const FREE_URL: &str = "https://api-free.deepl.com";
/// Most texts in one request (DeepL's documented limit).
pub const MAX_TEXTS: usize = 50;
/// Calls at once when `concurrency` is not set.
pub const DEFAULT_CONCURRENCY: usize = 4;
/// Seconds per request when `timeout_seconds` is not set.
pub const DEFAULT_TIMEOUT_SECONDS: f64 = 30.0;
/// The English when `target_lang` is not set.
pub const DEFAULT_TARGET_LANG: &str = "EN-US";
/// Most bytes of text in one request: the body limit is 128 KiB, JSON escaping included, so
/// leave room.
pub const MAX_TEXT_BYTES: usize = 100 * 1024;
/// Prefix of the names of the glossaries Passerelle creates (and deletes on cleanup).
pub const GLOSSARY_PREFIX: &str = "passerelle-";
/// DeepL's limit on a glossary term, in UTF-8 bytes.
const MAX_TERM_BYTES: usize = 1024;

/// The DeepL backend.
#[derive(Debug)]
pub struct Deepl {
    name: String,
    url: String,
    target_lang: String,
    formality: Option<String>,
    key_env: String,
    key: Option<Secret>,
    batch_texts: usize,
    concurrency: usize,
    http: HttpClient,
    /// Glossary ids by content hash; `None` until the account's glossaries were listed.
    glossaries: tokio::sync::Mutex<Option<HashMap<String, String>>>,
}

#[derive(Serialize)]
struct TranslateRequest<'a> {
    text: &'a [String],
    source_lang: &'static str,
    target_lang: &'a str,
    split_sentences: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    glossary_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    formality: Option<&'a str>,
}

#[derive(Deserialize)]
struct TranslateResponse {
    translations: Vec<Translation>,
}

#[derive(Deserialize)]
struct Translation {
    text: String,
}

#[derive(Deserialize)]
struct Usage {
    character_count: u64,
    character_limit: u64,
}

#[derive(Serialize)]
struct CreateGlossary<'a> {
    name: &'a str,
    source_lang: &'static str,
    target_lang: &'static str,
    entries: &'a str,
    entries_format: &'static str,
}

#[derive(Deserialize)]
struct GlossaryInfo {
    glossary_id: String,
    #[serde(default)]
    name: String,
    #[serde(default = "yes")]
    ready: bool,
    #[serde(default)]
    source_lang: String,
    #[serde(default)]
    target_lang: String,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
struct GlossaryList {
    glossaries: Vec<GlossaryInfo>,
}

#[derive(Deserialize)]
struct ErrorBody {
    message: Option<String>,
    detail: Option<String>,
}

/// The settings a deepl table leaves out (`config show`); the `url` is the Pro endpoint's, the
/// Free one's for a key ending in `:fx`.
pub fn defaults() -> BackendConfig {
    BackendConfig {
        target_lang: Some(DEFAULT_TARGET_LANG.into()),
        ..http::defaults(
            "deepl",
            PRO_URL,
            DEFAULT_TIMEOUT_SECONDS,
            MAX_TEXTS,
            DEFAULT_CONCURRENCY,
        )
    }
}

impl Deepl {
    /// Builds the backend from its config section. A missing key is reported by
    /// [`Translator::check`] and [`Translator::translate`], not here, so that
    /// `passerelle backends` can list the backend.
    pub fn new(name: &str, config: &BackendConfig) -> Result<Self, crate::Error> {
        let super::settings::ApiKey { var: key_env, key } = config.api_key(DEFAULT_KEY_ENV);
        let default_url = host_for_key(key.as_ref().map(Secret::expose));
        let target_lang = match config.target_lang.as_deref().map(str::to_ascii_uppercase) {
            None => DEFAULT_TARGET_LANG.to_string(),
            Some(t) if t == "EN-US" || t == "EN-GB" => t,
            Some(t) => {
                return Err(crate::Error::Config(format!(
                "backend {name:?}: target_lang {t:?} is not supported: use \"EN-US\" or \"EN-GB\""
            )))
            }
        };
        let formality = match config.formality.as_deref() {
            None => None,
            Some(f @ ("default" | "more" | "less" | "prefer_more" | "prefer_less")) => {
                Some(f.to_string())
            }
            Some(f) => {
                return Err(crate::Error::Config(format!(
                    "backend {name:?}: formality {f:?} is not one of default, more, less, prefer_more, prefer_less"
                )))
            }
        };
        Ok(Deepl {
            name: name.to_string(),
            url: http::base_url(name, config, default_url)?,
            target_lang,
            formality,
            key_env,
            batch_texts: config.batch_size.unwrap_or(MAX_TEXTS).clamp(1, MAX_TEXTS),
            concurrency: config.concurrency.unwrap_or(DEFAULT_CONCURRENCY).max(1),
            http: HttpClient::new(name, config, DEFAULT_TIMEOUT_SECONDS, key.clone())?,
            key,
            glossaries: tokio::sync::Mutex::new(None),
        })
    }

    fn key(&self) -> Result<&Secret, TranslateError> {
        self.key
            .as_ref()
            .ok_or_else(|| super::settings::missing_key(&self.name, &self.key_env))
    }

    fn auth(&self) -> Result<String, TranslateError> {
        Ok(format!("DeepL-Auth-Key {}", self.key()?.expose()))
    }

    /// DeepL's statuses: 456 quota and 401/403 auth are final; 429, 529 and 5xx retried.
    fn verdict(&self, client: &HttpClient, reply: &Reply) -> Verdict {
        let detail = || error_detail(client, &reply.body);
        match reply.status {
            200..=299 => Verdict::Accept,
            456 => Verdict::Fail(TranslateError::Quota {
                backend: self.name.clone(),
                status: 456,
                detail: detail(),
            }),
            401 | 403 => Verdict::Fail(TranslateError::auth(
                &self.name,
                reply.status,
                detail(),
                &self.key_env,
            )),
            429 | 529 => Verdict::Retry(RetryCause::RateLimited),
            408 | 500..=599 => Verdict::Retry(RetryCause::Server(format!(
                "server error ({})",
                reply.status
            ))),
            status => Verdict::Fail(client.failed(format!("HTTP {status}{}", detail()))),
        }
    }

    /// Translates one request's worth of texts; `Ok(None)` when DeepL no longer knows
    /// `glossary_id` (deleted since it was listed or created).
    async fn translate_chunk(
        &self,
        texts: &[String],
        glossary_id: Option<&str>,
    ) -> Result<Option<Vec<String>>, TranslateError> {
        let auth = self.auth()?;
        let body = TranslateRequest {
            text: texts,
            source_lang: "FR",
            target_lang: &self.target_lang,
            split_sentences: "0",
            glossary_id,
            formality: self.formality.as_deref(),
        };
        let url = format!("{}/v2/translate", self.url);
        let reply = self
            .http
            .send(
                |c| c.post(&url).header("Authorization", &auth).json(&body),
                |c, r| {
                    if glossary_id.is_some() && glossary_gone(r) {
                        Verdict::Accept
                    } else {
                        self.verdict(c, r)
                    }
                },
            )
            .await?;
        if !(200..300).contains(&reply.status) {
            return Ok(None);
        }
        let parsed: TranslateResponse = self.http.parse_json(&reply, "/v2/translate")?;
        TranslateError::check_count(&self.name, texts.len(), parsed.translations.len())?;
        Ok(Some(
            parsed.translations.into_iter().map(|t| t.text).collect(),
        ))
    }

    /// Forgets glossary `id`, so that the next use of its terms creates it again.
    async fn forget_glossary(&self, id: &str) {
        if let Some(known) = self.glossaries.lock().await.as_mut() {
            known.retain(|_, v| v != id);
        }
    }

    /// The id of a DeepL glossary holding exactly `terms` (fr→en), creating it if neither
    /// this process nor an earlier run made it; `None` when no term is usable.
    async fn glossary_for(&self, terms: &[TermPair]) -> Result<Option<String>, TranslateError> {
        let Some((name, entries)) = glossary_entries(terms) else {
            return Ok(None);
        };
        let mut cache = self.glossaries.lock().await;
        if cache.is_none() {
            let mut known = HashMap::new();
            for g in self.list_glossaries().await? {
                if g.name.starts_with(GLOSSARY_PREFIX)
                    && g.ready
                    && g.source_lang.eq_ignore_ascii_case("fr")
                    && g.target_lang.eq_ignore_ascii_case("en")
                {
                    known.insert(g.name, g.glossary_id);
                }
            }
            *cache = Some(known);
        }
        let known = cache.get_or_insert_with(HashMap::new);
        if let Some(id) = known.get(&name) {
            return Ok(Some(id.clone()));
        }
        let id = self.create_glossary(&name, &entries).await?;
        known.insert(name, id.clone());
        Ok(Some(id))
    }

    async fn list_glossaries(&self) -> Result<Vec<GlossaryInfo>, TranslateError> {
        let auth = self.auth()?;
        let url = format!("{}/v2/glossaries", self.url);
        let reply = self
            .http
            .send(
                |c| c.get(&url).header("Authorization", &auth),
                |c, r| self.verdict(c, r),
            )
            .await?;
        let list: GlossaryList = self.http.parse_json(&reply, "/v2/glossaries")?;
        Ok(list.glossaries)
    }

    async fn create_glossary(&self, name: &str, entries: &str) -> Result<String, TranslateError> {
        let auth = self.auth()?;
        let url = format!("{}/v2/glossaries", self.url);
        let body = CreateGlossary {
            name,
            source_lang: "fr",
            target_lang: "en",
            entries,
            entries_format: "tsv",
        };
        let reply = self
            .http
            .send(
                |c| c.post(&url).header("Authorization", &auth).json(&body),
                |c, r| self.verdict(c, r),
            )
            .await?;
        let mut info: GlossaryInfo = self.http.parse_json(&reply, "/v2/glossaries")?;
        // A glossary may not be usable at once: poll until it is ready.
        let mut polls = 0;
        while !info.ready {
            polls += 1;
            if polls > 20 {
                return Err(self.http.failed(format!(
                    "glossary {} was still not ready after {polls} checks",
                    info.glossary_id
                )));
            }
            tokio::time::sleep(std::time::Duration::from_millis(100 * polls.min(10))).await;
            let url = format!("{}/v2/glossaries/{}", self.url, info.glossary_id);
            let reply = self
                .http
                .send(
                    |c| c.get(&url).header("Authorization", &auth),
                    |c, r| self.verdict(c, r),
                )
                .await?;
            info = self.http.parse_json(&reply, "/v2/glossaries/{id}")?;
        }
        tracing::info!(backend = %self.name, glossary = %info.glossary_id, "created DeepL glossary");
        Ok(info.glossary_id)
    }

    /// Deletes every glossary of the account whose name Passerelle gave it
    /// ([`GLOSSARY_PREFIX`]); returns how many were deleted.
    pub async fn delete_glossaries(&self) -> Result<usize, TranslateError> {
        let auth = self.auth()?;
        let mut deleted = 0;
        for g in self.list_glossaries().await? {
            if !g.name.starts_with(GLOSSARY_PREFIX) {
                continue;
            }
            let url = format!("{}/v2/glossaries/{}", self.url, g.glossary_id);
            let reply = self
                .http
                .send(
                    |c| c.delete(&url).header("Authorization", &auth),
                    |c, r| match r.status {
                        // Already gone: what we wanted.
                        404 => Verdict::Accept,
                        _ => self.verdict(c, r),
                    },
                )
                .await?;
            if reply.status != 404 {
                deleted += 1;
            }
        }
        *self.glossaries.lock().await = None;
        Ok(deleted)
    }
}

/// The DeepL host for a key: Free for keys ending `:fx`, Pro otherwise (and without a key).
pub fn host_for_key(key: Option<&str>) -> &'static str {
    match key {
        Some(k) if k.ends_with(":fx") => FREE_URL,
        _ => PRO_URL,
    }
}

/// Deletes the glossaries Passerelle created on the DeepL account of backend `name`;
/// returns how many were deleted.
pub async fn cleanup(name: &str, config: &BackendConfig) -> Result<usize, crate::Error> {
    Ok(Deepl::new(name, config)?.delete_glossaries().await?)
}

/// Deletes Passerelle's glossaries on the account of each DeepL backend of `backends` (name
/// and settings; `passerelle backends --cleanup` passes every configured DeepL backend, or
/// the `deepl` kind with its defaults when none is configured).
pub async fn cleanup_all(
    backends: &[(String, BackendConfig)],
) -> Result<Vec<(String, usize)>, crate::Error> {
    let mut out = Vec::new();
    for (name, backend) in backends {
        out.push((name.clone(), cleanup(name, backend).await?));
    }
    Ok(out)
}

/// The glossary name (content hash) and TSV entries for `terms`: terms DeepL would reject
/// (empty, control characters, over 1024 bytes) are left out, a repeated French term keeps
/// its first rendering, and entries are sorted so that the same terms give the same name.
fn glossary_entries(terms: &[TermPair]) -> Option<(String, String)> {
    let usable = |s: &str| {
        !s.trim().is_empty()
            && s.len() <= MAX_TERM_BYTES
            && !s
                .chars()
                .any(|c| c.is_control() || c == '\u{2028}' || c == '\u{2029}')
    };
    let mut entries: Vec<(&str, &str)> = Vec::new();
    for t in terms {
        let (fr, en) = (t.fr.trim(), t.en.trim());
        if usable(fr) && usable(en) && !entries.iter().any(|(f, _)| *f == fr) {
            entries.push((fr, en));
        }
    }
    if entries.is_empty() {
        return None;
    }
    entries.sort_unstable();
    let tsv = entries
        .iter()
        .map(|(fr, en)| format!("{fr}\t{en}"))
        .collect::<Vec<_>>()
        .join("\n");
    let digest = Sha256::digest(format!("fr\ten\n{tsv}").as_bytes());
    let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    Some((format!("{GLOSSARY_PREFIX}{hex}"), tsv))
}

/// Whether a `/v2/translate` answer says the glossary is unknown (404, or a 400 about the
/// glossary).
fn glossary_gone(reply: &Reply) -> bool {
    let message = || {
        serde_json::from_slice::<ErrorBody>(&reply.body)
            .ok()
            .and_then(|e| e.message)
            .unwrap_or_default()
            .to_ascii_lowercase()
    };
    reply.status == 404 || (reply.status == 400 && message().contains("glossary"))
}

/// `": message (detail)"` from a DeepL error body, or the body's first characters, or nothing.
fn error_detail(client: &HttpClient, body: &[u8]) -> String {
    let text = match serde_json::from_slice::<ErrorBody>(body) {
        Ok(ErrorBody {
            message: Some(m),
            detail,
        }) => match detail {
            Some(d) if !d.is_empty() => format!("{m} ({d})"),
            _ => m,
        },
        _ => http::body_snippet(body),
    };
    if text.trim().is_empty() {
        String::new()
    } else {
        format!(
            ": {}",
            client.redact(http::body_snippet(text.as_bytes()).as_str())
        )
    }
}

#[async_trait]
impl Translator for Deepl {
    fn info(&self) -> BackendInfo {
        BackendInfo {
            name: self.name.clone(),
            kind: "deepl".into(),
            detail: format!("{} FR→{}", crate::redact::url(&self.url), self.target_lang),
        }
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities {
            glossary: GlossaryStrategy::Native,
            max_batch_texts: self.batch_texts,
            max_batch_bytes: MAX_TEXT_BYTES,
            default_concurrency: self.concurrency,
        }
    }

    async fn translate(&self, batch: &Batch) -> Result<Vec<String>, TranslateError> {
        if batch.texts.is_empty() {
            return Ok(Vec::new());
        }
        self.key()?;
        let mut glossary_id = self.glossary_for(&batch.terms).await?;
        let mut out = Vec::with_capacity(batch.texts.len());
        for range in http::chunks(&batch.texts, self.batch_texts, MAX_TEXT_BYTES) {
            let texts = &batch.texts[range];
            let done = match self.translate_chunk(texts, glossary_id.as_deref()).await? {
                Some(done) => done,
                None => {
                    // The glossary was deleted under us: make it again, once.
                    if let Some(id) = &glossary_id {
                        tracing::warn!(backend = %self.name, glossary = %id, "DeepL glossary gone; creating it again");
                        self.forget_glossary(id).await;
                    }
                    glossary_id = self.glossary_for(&batch.terms).await?;
                    self.translate_chunk(texts, glossary_id.as_deref())
                        .await?
                        .ok_or_else(|| {
                            self.http
                                .failed("DeepL does not find the glossary it has just created")
                        })?
                }
            };
            out.extend(done);
        }
        Ok(out)
    }

    async fn check(&self) -> Result<String, TranslateError> {
        let auth = self.auth()?;
        let url = format!("{}/v2/usage", self.url);
        let reply = self
            .http
            .send_once(
                |c| c.get(&url).header("Authorization", &auth),
                |c, r| self.verdict(c, r),
            )
            .await?;
        let usage: Usage = self.http.parse_json(&reply, "/v2/usage")?;
        let limit = if usage.character_limit >= 1_000_000_000_000 {
            "no limit".to_string()
        } else {
            format!("{} characters", usage.character_limit)
        };
        Ok(format!(
            "{} characters used of {limit} this period",
            usage.character_count
        ))
    }

    fn fingerprint(&self) -> String {
        format!(
            "deepl|{}|{}|{}",
            self.url,
            self.target_lang,
            self.formality.as_deref().unwrap_or("")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(fr: &str, en: &str) -> TermPair {
        TermPair {
            fr: fr.into(),
            en: en.into(),
        }
    }

    #[test]
    fn glossary_name_depends_on_content_not_order() {
        let a = glossary_entries(&[pair("Pékin", "Beijing"), pair("Moscou", "Moscow")]);
        let b = glossary_entries(&[pair("Moscou", "Moscow"), pair("Pékin", "Beijing")]);
        assert_eq!(a, b);
        let (name, tsv) = a.unwrap();
        assert!(name.starts_with(GLOSSARY_PREFIX) && name.len() == GLOSSARY_PREFIX.len() + 16);
        assert_eq!(tsv, "Moscou\tMoscow\nPékin\tBeijing");
        let c = glossary_entries(&[pair("Pékin", "Peking")]).unwrap();
        assert_ne!(c.0, name);
    }

    #[test]
    fn glossary_drops_terms_deepl_rejects() {
        assert!(glossary_entries(&[]).is_none());
        assert!(glossary_entries(&[pair("", "x"), pair("a\tb", "c")]).is_none());
        let (_, tsv) = glossary_entries(&[
            pair("Pékin", "Beijing"),
            pair("Pékin", "Peking"),
            pair("x\u{2028}z", "y"),
            pair(&"é".repeat(600), "long"),
        ])
        .unwrap();
        assert_eq!(tsv, "Pékin\tBeijing");
    }

    #[test]
    fn host_follows_the_key_and_settings_are_checked() {
        let config = |target: Option<&str>| BackendConfig {
            kind: "deepl".into(),
            api_key_env: Some("PASSERELLE_DEEPL_UNIT_UNSET".into()),
            target_lang: target.map(String::from),
            ..BackendConfig::default()
        };
        assert_eq!(host_for_key(Some("279a2e9d-83b3:fx")), FREE_URL);
        assert_eq!(host_for_key(Some("279a2e9d-83b3")), PRO_URL);
        assert_eq!(host_for_key(None), PRO_URL);
        let d = Deepl::new("deepl", &config(None)).unwrap();
        assert_eq!(d.url, PRO_URL);
        assert_eq!(d.target_lang, "EN-US");
        assert_eq!(
            Deepl::new("deepl", &config(Some("en-gb")))
                .unwrap()
                .target_lang,
            "EN-GB"
        );
        assert!(Deepl::new("deepl", &config(Some("DE"))).is_err());
        let mut c = config(None);
        c.formality = Some("casual".into());
        assert!(Deepl::new("deepl", &c).is_err());
    }
}
