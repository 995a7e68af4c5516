//! The LibreTranslate API (`reference/api-contracts.md` §2), so that any LibreTranslate client,
//! and Passerelle's own `libretranslate` backend, can use Passerelle as its server:
//! `POST /translate` (JSON or form body; `q` a string or an array, `source` `fr` or `auto`,
//! `target` `en`, `format` `text` or `html`, `api_key`) answering `{"translatedText": …}` in
//! the shape `q` had, errors as `{"error": …}` with LibreTranslate's statuses; `GET /languages`.
//!
//! Each text of `q` is one document for the library: split into sentences, glossary applied,
//! translated, and its English written as the `text` format writes it. With `format: html`,
//! each text node of the fragment is translated and the markup kept.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use scraper::{Html, Node};
use serde_json::{json, Value};

use super::{error, failure, read_body, refuse, Service};
use crate::document::{self, Document};

/// A parsed `/translate` request.
#[derive(Debug, Default, PartialEq)]
struct Request {
    /// The texts, and whether `q` was an array.
    q: Option<(Vec<String>, bool)>,
    source: Option<String>,
    target: Option<String>,
    format: Option<String>,
    api_key: Option<String>,
}

/// Reads a JSON or form body as LibreTranslate does.
fn parse(headers: &HeaderMap, body: &[u8]) -> Result<Request, String> {
    let form = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if form {
        let mut r = Request::default();
        for (k, v) in form_urlencoded::parse(body) {
            // Form input has its line endings normalised, as LibreTranslate does.
            let v = v.replace("\r\n", "\n");
            match k.as_ref() {
                "q" => r.q = Some((vec![v], false)),
                "source" => r.source = Some(v),
                "target" => r.target = Some(v),
                "format" => r.format = Some(v),
                "api_key" => r.api_key = Some(v),
                _ => {}
            }
        }
        return Ok(r);
    }
    let value: Value =
        serde_json::from_slice(body).map_err(|_| "Invalid JSON format".to_string())?;
    let Value::Object(map) = value else {
        return Err("Invalid JSON format".into());
    };
    let text = |k: &str| map.get(k).and_then(Value::as_str).map(str::to_string);
    let q = match map.get("q") {
        Some(Value::String(s)) => Some((vec![s.clone()], false)),
        Some(Value::Array(items)) => Some((
            items
                .iter()
                .map(|v| v.as_str().map(str::to_string))
                .collect::<Option<Vec<_>>>()
                .ok_or("Invalid request: q must be a string or an array of strings")?,
            true,
        )),
        _ => None,
    };
    Ok(Request {
        q,
        source: text("source"),
        target: text("target"),
        format: text("format"),
        api_key: text("api_key"),
    })
}

/// `POST /translate`.
pub async fn translate(
    State(service): State<Arc<Service>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let bytes = match read_body(&service, body).await {
        Ok(b) => b,
        Err(r) => return r,
    };
    let request = match parse(&headers, &bytes) {
        Ok(r) => r,
        Err(m) => return error(StatusCode::BAD_REQUEST, m),
    };
    if let Some(refused) = refuse(&service, &headers, request.api_key.as_deref()) {
        return refused;
    }
    let bad = |m: String| error(StatusCode::BAD_REQUEST, m);
    let Some((texts, array)) = request.q else {
        return bad("Invalid request: missing q parameter".into());
    };
    let source = match request.source.as_deref() {
        None => return bad("Invalid request: missing source parameter".into()),
        Some(s @ ("fr" | "auto")) => s.to_string(),
        Some(other) => return bad(format!("{other} is not supported")),
    };
    match request.target.as_deref() {
        None => return bad("Invalid request: missing target parameter".into()),
        Some("en") => {}
        Some(other) => {
            return bad(format!(
                "{other} is not available as a target language from French (fr)"
            ))
        }
    }
    let html = match request.format.as_deref().unwrap_or("text") {
        "text" => false,
        "html" => true,
        other => return bad(format!("{other} format is not supported")),
    };

    let translated = if html {
        translate_html(&service, &texts).await
    } else {
        translate_texts(&service, &texts).await
    };
    let translated = match translated {
        Ok(t) => t,
        Err(r) => return r,
    };
    let mut answer = serde_json::Map::new();
    if source == "auto" {
        let detected = detect(&texts.join("\n"));
        answer.insert(
            "detectedLanguage".into(),
            if array {
                Value::Array(vec![detected; texts.len()])
            } else {
                detected
            },
        );
    }
    answer.insert(
        "translatedText".into(),
        if array {
            json!(translated)
        } else {
            json!(translated.into_iter().next().unwrap_or_default())
        },
    );
    Json(Value::Object(answer)).into_response()
}

/// What `source: auto` reports: French (the only source this server translates from), with
/// the confidence `whatlang` gives it, or 0 when it finds another language.
fn detect(text: &str) -> Value {
    let confidence = whatlang::detect(text)
        .filter(|i| i.lang() == whatlang::Lang::Fra)
        .map_or(0.0, |i| (i.confidence() * 1000.0).round() / 10.0);
    json!({"confidence": confidence, "language": "fr"})
}

/// The English of each text (an empty or blank text stays as it is), written as the `text`
/// format writes a document, without its final line break.
async fn translate_texts(
    service: &Arc<Service>,
    texts: &[String],
) -> Result<Vec<String>, Response> {
    let mut docs: Vec<Document> = Vec::new();
    let mut slots: Vec<Option<usize>> = Vec::new();
    for text in texts {
        if text.trim().is_empty() {
            slots.push(None);
            continue;
        }
        let doc = document::decode("q", text.as_bytes())
            .map_err(|e| error(StatusCode::BAD_REQUEST, format!("Invalid request: {e}")))?;
        slots.push(Some(docs.len()));
        docs.push(doc);
    }
    let aligned = service.translate(docs).await.map_err(failure)?;
    let mut english: Vec<String> = Vec::with_capacity(aligned.len());
    for doc in &aligned {
        let mut buf = Vec::new();
        crate::render::text::document(doc, &mut buf)
            .map_err(|e| error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
        let text = String::from_utf8_lossy(&buf);
        english.push(text.strip_suffix('\n').unwrap_or(&text).to_string());
    }
    Ok(texts
        .iter()
        .zip(slots)
        .map(|(text, slot)| match slot {
            Some(i) => english[i].clone(),
            None => text.clone(),
        })
        .collect())
}

/// Each HTML fragment with its text nodes translated (outside `script` and `style`), the
/// whitespace around each node and all markup kept. (A parsed fragment cannot be held across
/// the translation, which may move between threads: it is parsed again to put the English in.)
async fn translate_html(
    service: &Arc<Service>,
    fragments: &[String],
) -> Result<Vec<String>, Response> {
    let texts: Vec<String> = fragments
        .iter()
        .flat_map(|f| text_nodes(&Html::parse_fragment(f)))
        .map(|(_, raw)| raw.trim().to_string())
        .collect();
    let mut english = translate_texts(service, &texts).await?.into_iter();
    let mut out = Vec::with_capacity(fragments.len());
    for fragment in fragments {
        let mut html = Html::parse_fragment(fragment);
        for (id, raw) in text_nodes(&html) {
            let en = english.next().unwrap_or_default();
            let lead = &raw[..raw.len() - raw.trim_start().len()];
            let trail = &raw[raw.trim_end().len()..];
            if let Some(mut node) = html.tree.get_mut(id) {
                if let Node::Text(t) = node.value() {
                    t.text = format!("{lead}{en}{trail}").as_str().into();
                }
            }
        }
        out.push(html.root_element().inner_html());
    }
    Ok(out)
}

/// The text nodes of `html` worth translating, in document order: not blank, not inside
/// `script` or `style`.
fn text_nodes(html: &Html) -> Vec<(ego_tree::NodeId, String)> {
    html.tree
        .nodes()
        .filter_map(|node| {
            let Node::Text(t) = node.value() else {
                return None;
            };
            let in_code = node.ancestors().any(|a| {
                a.value()
                    .as_element()
                    .is_some_and(|e| matches!(e.name(), "script" | "style"))
            });
            (!t.trim().is_empty() && !in_code).then(|| (node.id(), t.to_string()))
        })
        .collect()
}

/// `GET /languages`: French, translated into English.
pub async fn languages() -> Response {
    Json(json!([
        {"code": "fr", "name": "French", "targets": ["en"]},
        {"code": "en", "name": "English", "targets": []}
    ]))
    .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json_headers() -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::CONTENT_TYPE, "application/json".parse().unwrap());
        h
    }

    #[test]
    fn json_and_form_bodies_are_read() {
        let r = parse(
            &json_headers(),
            br#"{"q": ["Bonjour", "Salut"], "source": "fr", "target": "en", "api_key": "k"}"#,
        )
        .unwrap();
        assert_eq!(r.q, Some((vec!["Bonjour".into(), "Salut".into()], true)));
        assert_eq!(r.api_key.as_deref(), Some("k"));
        let mut form = HeaderMap::new();
        form.insert(
            header::CONTENT_TYPE,
            "application/x-www-form-urlencoded".parse().unwrap(),
        );
        let r = parse(
            &form,
            b"q=Bonjour%20%C3%A0%20tous%0D%0A&source=auto&target=en",
        )
        .unwrap();
        assert_eq!(r.q, Some((vec!["Bonjour à tous\n".into()], false)));
        assert_eq!(r.source.as_deref(), Some("auto"));
        assert_eq!(
            parse(&json_headers(), b"[1, 2]").unwrap_err(),
            "Invalid JSON format"
        );
        assert!(parse(&json_headers(), br#"{"q": [1]}"#)
            .unwrap_err()
            .contains("q must be"));
    }
}
