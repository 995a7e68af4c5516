//! An HTML page → the article it carries: parsed within bounds ([`parse`]), its metadata read
//! ([`meta`]), its body paragraphs extracted ([`extract`]).

pub mod eval;
pub mod extract;
pub mod meta;
pub mod parse;

use crate::document::Metadata;

/// What a page gave: its article's paragraphs and metadata.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The body paragraphs, in reading order, whitespace collapsed.
    pub paragraphs: Vec<String>,
    /// Title, date, author and canonical URL, as far as the page states them.
    pub metadata: Metadata,
}

/// Parses `html` and extracts its article. When the page's HTML holds no article text, the
/// JSON-LD `articleBody` is used if it has one. The error is a one-line reason (the parser's
/// bounds, or no text).
pub fn article(html: &str) -> Result<Page, String> {
    let (page, _) = parse::parse(html).map_err(|r| r.message)?;
    let m = meta::read(&page);
    let mut paragraphs = extract::paragraphs(&page, m.title.as_deref());
    if paragraphs.is_empty() {
        if let Some(body) = &m.body {
            paragraphs = body
                .split(['\n', '\r'])
                .map(meta::clean)
                .filter(|p| !p.is_empty())
                .collect();
        }
    }
    if paragraphs.is_empty() {
        return Err(
            "no text in the HTML page (no article: only markup, links or boilerplate)".into(),
        );
    }
    Ok(Page {
        paragraphs,
        metadata: Metadata {
            date: m.date,
            title: m.title,
            author: m.author,
            url: m.url,
        },
    })
}

/// Whether `text` looks like an HTML page: it starts (after whitespace and a BOM) with
/// `<!DOCTYPE html` or `<html`, in any case.
pub fn looks_like_html(text: &str) -> bool {
    let t = text.trim_start_matches(['\u{FEFF}', ' ', '\t', '\r', '\n']);
    let head: String = t.chars().take(14).collect::<String>().to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_recognised_by_its_start() {
        assert!(looks_like_html("\u{FEFF}\n  <!DOCTYPE html><html>"));
        assert!(looks_like_html("<HTML lang=fr>"));
        assert!(looks_like_html("<!doctype HTML>"));
        assert!(!looks_like_html("Le <html> est un langage."));
        assert!(!looks_like_html("<p>fragment</p>"));
    }

    #[test]
    fn json_ld_article_body_is_the_fallback() {
        let page = r#"<html><head><script type="application/ld+json">
            {"@type":"NewsArticle","headline":"T","articleBody":"Premier paragraphe.\nSecond paragraphe."}
            </script></head><body><div id="app"></div></body></html>"#;
        let p = article(page).unwrap();
        assert_eq!(p.paragraphs, ["Premier paragraphe.", "Second paragraphe."]);
        assert_eq!(p.metadata.title.as_deref(), Some("T"));
        let err =
            article("<html><body><nav><a href=/>Accueil</a></nav></body></html>").unwrap_err();
        assert!(err.contains("no text in the HTML page"), "{err}");
    }
}
