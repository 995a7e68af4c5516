//! Reading an input: bytes → text (UTF-8, UTF-8 BOM, UTF-16 BOM), the metadata header
//! (` date 2022-03`), and paragraphs (separated by blank lines). Owns nothing downstream:
//! no normalization, no sentence splitting.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::Error;

/// A decoded input article.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// Display name: the path as given, or `<stdin>`.
    pub name: String,
    /// The decoded text (UTF-8, BOM removed, line endings untouched). Spans index into it.
    pub text: String,
    /// Metadata parsed from the header.
    pub metadata: Metadata,
    /// Byte ranges of the paragraphs' text in [`Document::text`], in order, metadata excluded.
    pub paragraphs: Vec<Range<usize>>,
}

/// Metadata from the header line of an article.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    /// Publication date as written (`2022-03`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// Decodes `bytes` read from `name` into a [`Document`].
pub fn decode(name: &str, bytes: &[u8]) -> Result<Document, Error> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| Error::Input {
            path: name.to_string(),
            message: format!("invalid UTF-8 at byte {}", e.valid_up_to()),
        })?
        .to_string();
    let paragraphs = vec![0..text.len()];
    Ok(Document {
        name: name.to_string(),
        text,
        metadata: Metadata::default(),
        paragraphs,
    })
}

/// Reads a path (`-` for stdin) and decodes it.
pub fn read_input(path: &str) -> Result<Document, Error> {
    let (name, bytes) = if path == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf).map_err(|e| Error::Input {
            path: "<stdin>".into(),
            message: e.to_string(),
        })?;
        ("<stdin>".to_string(), buf)
    } else {
        let bytes = std::fs::read(path).map_err(|e| Error::Input {
            path: path.to_string(),
            message: e.to_string(),
        })?;
        (path.to_string(), bytes)
    };
    decode(&name, &bytes)
}
