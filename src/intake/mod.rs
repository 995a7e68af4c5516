//! Where an article comes from, before [`crate::document`]: the bytes of a file, stdin, a URL
//! or a feed item, their encoding ([`encoding`]), and whether they are an HTML page, whose
//! article is extracted with its title, date and author ([`html`]). It hands `document` text
//! and metadata; nothing downstream knows where an article came from.
//!
//! An input is read as HTML when `--input-format html` says so, or (unless
//! `--input-format text`) when its name ends in `.html`, `.htm` or `.xhtml`, a server says it
//! is `text/html`, or its text starts with `<!DOCTYPE html` or `<html`.

pub mod encoding;
pub mod feed;
pub mod fetch;
pub mod html;

use encoding_rs::Encoding;

use crate::document::{self, Document, InputFormat};
use crate::Error;

/// How inputs are to be read (from the command line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// `--input-format`: `None` decides per input (name, content type, content).
    pub format: Option<InputFormat>,
    /// `--encoding`: `None` detects it.
    pub encoding: Option<&'static Encoding>,
    /// `--max-input-size`: the largest input read, in bytes; a larger one is refused (files
    /// and stdin as soon as they pass it, see [`document::read_limited`]).
    pub max_bytes: u64,
}

impl Default for Options {
    /// Format and encoding decided per input; inputs up to
    /// [`document::DEFAULT_MAX_INPUT_BYTES`].
    fn default() -> Self {
        Options {
            format: None,
            encoding: None,
            max_bytes: document::DEFAULT_MAX_INPUT_BYTES,
        }
    }
}

/// What the source of the bytes says about them (a server's `Content-Type`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Hint {
    /// The declared charset.
    pub charset: Option<&'static Encoding>,
    /// Declared to be HTML.
    pub html: bool,
}

/// One article read: the document, and how it was read.
#[derive(Debug, Clone, PartialEq)]
pub struct Read {
    /// The decoded article, with its metadata.
    pub document: Document,
    /// The encoding its bytes were in, and how that was chosen.
    pub encoding: encoding::Detected,
    /// Whether it was read as text or as an HTML page.
    pub format: InputFormat,
}

/// Reads the bytes of the input `name` into a document (see the module note for the format).
/// Errors are [`Error::Input`] naming `name`.
pub fn read(name: &str, bytes: &[u8], opts: &Options, hint: Hint) -> Result<Read, Error> {
    logged(read_unlogged(name, bytes, opts, hint))
}

fn read_unlogged(name: &str, bytes: &[u8], opts: &Options, hint: Hint) -> Result<Read, Error> {
    let fail = |message: String| Error::Input {
        path: name.to_string(),
        message,
    };
    if bytes.len() as u64 > opts.max_bytes {
        return Err(fail(document::too_large(opts.max_bytes)));
    }
    let by_name = has_html_extension(name);
    let wants_html = matches!(opts.format, Some(InputFormat::Html))
        || (opts.format.is_none() && (by_name || hint.html));
    let declared = hint
        .charset
        .or_else(|| wants_html.then(|| encoding::declared_in(bytes)).flatten());
    let (text, detected) = encoding::decode(bytes, opts.encoding, declared).map_err(fail)?;
    let html = wants_html || (opts.format.is_none() && html::looks_like_html(&text));
    if html {
        // The HTML parser may have declared a charset only the text shows (a page sniffed by
        // its content): read it again in that charset.
        let (text, detected) = match (opts.encoding, detected.how, encoding::declared_in(bytes)) {
            (None, encoding::How::Detected, Some(enc)) if !wants_html => {
                encoding::decode(bytes, None, Some(enc)).map_err(fail)?
            }
            _ => (text, detected),
        };
        let page = html::article(&text).map_err(fail)?;
        let document = document::from_paragraphs(name, &page.paragraphs, page.metadata)?;
        return Ok(Read {
            document,
            encoding: detected,
            format: InputFormat::Html,
        });
    }
    let document = match detected.how {
        // UTF-8 and UTF-16 as before: `document` decodes them, its spans and errors unchanged.
        encoding::How::Valid | encoding::How::Bom => document::decode(name, bytes)?,
        _ => document::decode(name, text.as_bytes())?,
    };
    Ok(Read {
        document,
        encoding: detected,
        format: InputFormat::Text,
    })
}

/// Reads a path (`-` for stdin) as [`read`] does. A directory is refused by name.
pub fn read_path(path: &str, opts: &Options) -> Result<Read, Error> {
    let fail = |name: &str, message: String| Error::Input {
        path: name.to_string(),
        message,
    };
    if fetch::is_url(path) {
        return read_url(path, opts, &fetch::Fetcher::default());
    }
    if fetch::is_other_url(path) {
        let scheme = path.split_once("://").map_or("", |(s, _)| s);
        return Err(fail(
            path,
            format!("only http:// and https:// URLs are fetched, not {scheme}://"),
        ));
    }
    if path == "-" {
        let stdin = std::io::stdin();
        let bytes = crate::document::read_limited(&mut stdin.lock(), "<stdin>", opts.max_bytes)?;
        return read("<stdin>", &bytes, opts, Hint::default());
    }
    let bytes = crate::document::read_file(std::path::Path::new(path), path, opts.max_bytes)?;
    read(path, &bytes, opts, Hint::default())
}

/// Fetches `url` and reads it as [`read`] does, the server's content type and charset as
/// hints; the document is named by `url` and its metadata `url` is where it was fetched from
/// (after redirects). Blocks the calling thread (not to be called inside a runtime).
pub fn read_url(url: &str, opts: &Options, fetcher: &fetch::Fetcher) -> Result<Read, Error> {
    let fail = |message: String| Error::Input {
        path: url.to_string(),
        message,
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| fail(e.to_string()))?;
    let got = runtime
        .block_on(fetcher.get(url, fetch::Want::Article))
        .map_err(fail)?;
    let hint = Hint {
        charset: got.charset,
        html: got.is_html(),
    };
    let mut r = read(url, &got.bytes, opts, hint)?;
    r.document.metadata.url = Some(got.url);
    Ok(r)
}

/// Reads one feed item: its full content when the feed carries it, else its link fetched.
/// The item's title, date and author fill what the page does not say; `name` names it.
pub fn read_item(
    name: &str,
    item: &feed::Item,
    opts: &Options,
    fetcher: &fetch::Fetcher,
) -> Result<Read, Error> {
    let mut r = match (&item.content, &item.link) {
        (Some(content), _) => {
            let hint = Hint {
                charset: None,
                html: true,
            };
            let mut r = read(name, content.as_bytes(), opts, hint)?;
            r.document.metadata.url = item.link.clone();
            r
        }
        (None, Some(link)) => read_url(link, opts, fetcher)?,
        (None, None) => {
            return Err(Error::Input {
                path: name.to_string(),
                message: "feed item with neither a link nor content".into(),
            })
        }
    };
    r.document.name = name.to_string();
    let m = &mut r.document.metadata;
    m.title = m.title.take().or_else(|| item.title.clone());
    m.date = m.date.take().or_else(|| item.date.clone());
    m.author = m.author.take().or_else(|| item.author.clone());
    Ok(r)
}

/// States with `-v` how an input was read.
fn logged(r: Result<Read, Error>) -> Result<Read, Error> {
    if let Ok(read) = &r {
        tracing::info!(
            "{}: read as {} in {} ({})",
            read.document.name,
            match read.format {
                InputFormat::Html => "an HTML page",
                InputFormat::Text => "text",
            },
            read.encoding.name,
            read.encoding.how
        );
    }
    r
}

/// Whether a file name or URL path ends in `.html`, `.htm` or `.xhtml` (any case; a URL's
/// query and fragment ignored).
pub fn has_html_extension(name: &str) -> bool {
    let path = name.split(['?', '#']).next().unwrap_or(name);
    let lower = path.to_ascii_lowercase();
    [".html", ".htm", ".xhtml"]
        .iter()
        .any(|e| lower.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str =
        "<!DOCTYPE html><html><head><title>Un titre d\'article | Site</title></head>\
        <body><nav><a href=/>Accueil</a> | <a href=/monde>Monde</a></nav><article>\
        <p>Le premier paragraphe de l'article, qui est assez long.</p>\
        <p>Le second paragraphe, lui aussi, est assez long.</p></article>\
        <footer>© 2024 Journal</footer></body></html>";

    fn paras(doc: &Document) -> Vec<&str> {
        doc.paragraphs
            .iter()
            .map(|r| &doc.text[r.clone()])
            .collect()
    }

    #[test]
    fn html_is_read_by_extension_or_content_and_text_forces_text() {
        let auto = Options::default();
        for name in ["a.html", "B.HTM", "page.txt", "-"] {
            let r = read(name, PAGE.as_bytes(), &auto, Hint::default()).unwrap();
            assert_eq!(r.format, InputFormat::Html, "{name}");
            assert_eq!(
                paras(&r.document),
                [
                    "Le premier paragraphe de l'article, qui est assez long.",
                    "Le second paragraphe, lui aussi, est assez long."
                ]
            );
            assert_eq!(
                r.document.metadata.title.as_deref(),
                Some("Un titre d'article")
            );
        }
        let text = Options {
            format: Some(InputFormat::Text),
            ..Options::default()
        };
        let r = read("a.html", PAGE.as_bytes(), &text, Hint::default()).unwrap();
        assert_eq!(r.format, InputFormat::Text);
        assert!(r.document.text.starts_with("<!DOCTYPE html>"));
        // A text file stays text, its date header kept.
        let r = read("a.txt", b"date 2022-03 Le texte.", &auto, Hint::default()).unwrap();
        assert_eq!(r.format, InputFormat::Text);
        assert_eq!(r.document.metadata.date.as_deref(), Some("2022-03"));
    }

    #[test]
    fn a_latin1_text_file_is_read() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode("Le député a parlé à l'Élysée.");
        let r = read("a.txt", &bytes, &Options::default(), Hint::default()).unwrap();
        assert_eq!(r.document.text, "Le député a parlé à l'Élysée.");
        assert_eq!(r.encoding.name, "windows-1252");
    }

    #[test]
    fn extensions() {
        assert!(has_html_extension("https://x.fr/a/b.html?x=1#top"));
        assert!(has_html_extension("dir/page.XHTML"));
        assert!(!has_html_extension("a.txt"));
        assert!(!has_html_extension("html"));
    }
}
