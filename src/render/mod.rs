//! Renderers: one file per output format, each writing into any `io::Write` so tests render
//! into a `Vec<u8>`. [`write_atomic`] puts a rendered output on disk without ever leaving a
//! partial file.

pub mod html;
pub mod json;
pub mod markdown;
pub mod text;
pub mod tmx;
pub mod xliff;

mod briefing;
mod xml;

use std::io::{self, Write};
use std::path::Path;

use clap::ValueEnum;

use crate::model::{AlignedDocument, Brief};

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Markdown: aligned sentence pairs (and the brief's sections).
    Markdown,
    /// JSON, the schema of design §3.
    Json,
    /// The English alone, paragraphs kept.
    Text,
    /// One self-contained HTML page, French and English side by side.
    Html,
    /// TMX 1.4b translation memory, one `<tu>` per sentence pair.
    Tmx,
    /// XLIFF 2.1, one unit per sentence.
    Xliff,
    /// JSON Lines: the JSON object on one line, so many articles make one stream.
    Jsonl,
}

impl Format {
    /// The file extension for this format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Json => "json",
            Format::Text => "txt",
            Format::Html => "html",
            Format::Tmx => "tmx",
            Format::Xliff => "xlf",
            Format::Jsonl => "jsonl",
        }
    }
}

/// Renders a translated document in `format`.
pub fn render_document(
    doc: &AlignedDocument,
    format: Format,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Markdown => markdown::document(doc, out),
        Format::Json => json::document(doc, out),
        Format::Text => text::document(doc, out),
        Format::Html => html::document(doc, out),
        Format::Tmx => tmx::document(doc, out),
        Format::Xliff => xliff::document(doc, out),
        Format::Jsonl => json_line(doc, out),
    }
}

/// One value as compact JSON on one line.
fn json_line<T: serde::Serialize>(value: &T, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    writeln!(out)
}

/// Renders a brief in `format`.
pub fn render_brief(brief: &Brief, format: Format, out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Markdown => markdown::brief(brief, out),
        Format::Json => json::brief(brief, out),
        Format::Text => text::document(&brief.document, out),
        Format::Html => html::brief(brief, out),
        Format::Tmx => tmx::document(&brief.document, out),
        Format::Xliff => xliff::document(&brief.document, out),
        Format::Jsonl => json_line(brief, out),
    }
}

/// Writes `bytes` to `path` atomically: a temporary file in the same directory, fsync, rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), crate::Error> {
    let err = |e: io::Error| crate::Error::Output {
        path: path.to_path_buf(),
        message: e.to_string(),
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".passerelle-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(err)?;
    pending().push(tmp.path().to_path_buf());
    let result = (|| {
        tmp.write_all(bytes)?;
        tmp.as_file().sync_all()?;
        Ok(())
    })();
    // The rename happens under the lock, so an interrupt either sees the temporary file
    // (and removes it) or the finished output, never a half-renamed state.
    let mut list = pending();
    list.retain(|p| p != tmp.path());
    result.map_err(err)?;
    tmp.persist(path).map_err(|e| err(e.error))?;
    Ok(())
}

/// Temporary files of [`write_atomic`] being written now.
fn pending() -> std::sync::MutexGuard<'static, Vec<std::path::PathBuf>> {
    static PENDING: std::sync::Mutex<Vec<std::path::PathBuf>> = std::sync::Mutex::new(Vec::new());
    PENDING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Removes the temporary files [`write_atomic`] is writing (called by the interrupt handler
/// just before the process exits), and keeps any further write from starting.
pub fn remove_pending_temp_files() {
    let list = pending();
    for path in list.iter() {
        let _ = std::fs::remove_file(path);
    }
    // Held until the process exits: no write_atomic can register or rename after this.
    std::mem::forget(list);
}

/// A small aligned document for the renderers' tests: two paragraphs, Markdown and HTML
/// metacharacters in the text, one QA finding.
#[cfg(test)]
pub(crate) fn test_document() -> AlignedDocument {
    use crate::document::Metadata;
    use crate::model::{AlignedSegment, Finding, TermCheck};
    use crate::translate::BackendInfo;
    let seg = |id, paragraph, span: [usize; 2], fr: &str, en: &str| AlignedSegment {
        id,
        paragraph,
        span,
        fr: fr.into(),
        en: en.into(),
        glossary: Vec::new(),
        qa: Vec::new(),
    };
    let mut segments = vec![
        seg(1, 1, [13, 28], "Le chat mange.", "The cat eats."),
        seg(2, 1, [29, 46], "Il est | content.", "It is | happy."),
        seg(
            3,
            2,
            [48, 80],
            "Une *grosse* <b>affirmation</b>.",
            "A *bold* <b>claim</b>.",
        ),
    ];
    segments[2].glossary.push(TermCheck {
        fr: "affirmation".into(),
        en: "claim".into(),
        found: true,
    });
    segments[2].qa.push(Finding {
        segment: 3,
        check: "quotes".into(),
        message: "markup <b> in the text".into(),
    });
    AlignedDocument {
        source: "a_b.fr.txt".into(),
        metadata: Metadata {
            date: Some("2022-03".into()),
            ..Default::default()
        },
        backend: BackendInfo {
            name: "apertium".into(),
            kind: "apertium".into(),
            detail: "fr-es → spa-eng".into(),
        },
        segments,
    }
}
