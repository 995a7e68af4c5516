//! Passerelle's own routes: `POST /v1/translate` and `POST /v1/brief`, body
//! `{"text": …, "date": …?, "format": "json" | "markdown" | "html"}` (`json` when left out),
//! answering byte for byte what `passerelle translate|brief -f FORMAT -` writes for that text
//! on stdin (with `date` as its ` date` header). Keys as `Authorization: Bearer KEY`.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::{auth, error, failure, read_body, Service};
use crate::render::{self, Format};

/// The brief's summary length: the command line's default (`brief --summary`).
pub const SUMMARY: usize = 5;

/// The name the command line gives stdin, which outputs quote as their source.
const SOURCE: &str = "<stdin>";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Body1 {
    text: String,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    format: Option<OutFormat>,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "lowercase")]
enum OutFormat {
    Json,
    Markdown,
    Html,
}

impl OutFormat {
    fn render(self) -> Format {
        match self {
            OutFormat::Json => Format::Json,
            OutFormat::Markdown => Format::Markdown,
            OutFormat::Html => Format::Html,
        }
    }

    fn content_type(self) -> &'static str {
        match self {
            OutFormat::Json => "application/json",
            OutFormat::Markdown => "text/markdown; charset=utf-8",
            OutFormat::Html => "text/html; charset=utf-8",
        }
    }
}

/// `POST /v1/translate`: the aligned text.
pub async fn translate(
    State(service): State<Arc<Service>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    answer(&service, &headers, body, false).await
}

/// `POST /v1/brief`: the brief.
pub async fn brief(
    State(service): State<Arc<Service>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    answer(&service, &headers, body, true).await
}

/// The document the command line would read from stdin: `text`, after a `date: DATE` header
/// line when `date` is given and the text has no header of its own (a header of its own takes
/// `date` as its value).
fn document(text: &str, date: Option<&str>) -> Result<crate::document::Document, String> {
    let decode = |t: &str| crate::document::decode(SOURCE, t.as_bytes()).map_err(|e| e.to_string());
    let mut doc = decode(text)?;
    let Some(date) = date.map(str::trim).filter(|d| !d.is_empty()) else {
        return Ok(doc);
    };
    if doc.metadata.date.is_some() {
        doc.metadata.date = Some(date.to_string());
        return Ok(doc);
    }
    let dated = decode(&format!("date: {date}\n\n{text}"))?;
    if dated.metadata.date.as_deref() != Some(date) {
        return Err(format!("date {date:?} is not a date (2022-03, 2022-03-14)"));
    }
    doc = dated;
    Ok(doc)
}

async fn answer(service: &Arc<Service>, headers: &HeaderMap, body: Body, brief: bool) -> Response {
    match service.keys.check(headers, None) {
        auth::Verdict::Open => {}
        verdict => {
            let (status, message) = if verdict == auth::Verdict::Missing {
                (
                    StatusCode::UNAUTHORIZED,
                    "an API key is needed: Authorization: Bearer KEY",
                )
            } else {
                (StatusCode::FORBIDDEN, "Invalid API key")
            };
            let mut r = error(status, message);
            r.headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
            return r;
        }
    }
    let bytes = match read_body(service, body).await {
        Ok(b) => b,
        Err(r) => return r,
    };
    let request: Body1 = match serde_json::from_slice(&bytes) {
        Ok(r) => r,
        Err(e) => return error(StatusCode::BAD_REQUEST, format!("Invalid request: {e}")),
    };
    let doc = match document(&request.text, request.date.as_deref()) {
        Ok(d) => d,
        Err(m) => return error(StatusCode::BAD_REQUEST, format!("Invalid request: {m}")),
    };
    let format = request.format.unwrap_or(OutFormat::Json);
    let aligned = match service.translate(vec![doc]).await {
        Ok(mut docs) => docs.remove(0),
        Err(f) => return failure(f),
    };
    let mut out = Vec::new();
    let rendered = if brief {
        render::render_brief(
            &crate::pipeline::brief(aligned, SUMMARY),
            format.render(),
            &mut out,
        )
    } else {
        render::render_document(&aligned, format.render(), &mut out)
    };
    if let Err(e) = rendered {
        return error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string());
    }
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static(format.content_type()),
        )],
        out,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_is_a_header_line_before_the_text() {
        let doc = document("Le président a parlé.", Some("2022-03")).unwrap();
        assert_eq!(doc.metadata.date.as_deref(), Some("2022-03"));
        assert_eq!(doc.text, "date: 2022-03\n\nLe président a parlé.");
        let own = document(" date 2021-01 Le président a parlé.", Some("2022-03")).unwrap();
        assert_eq!(own.metadata.date.as_deref(), Some("2022-03"));
        assert!(document("Le président a parlé.", Some("mars")).is_err());
        assert!(document("   ", None).is_err());
    }
}
