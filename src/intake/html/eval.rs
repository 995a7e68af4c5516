//! Scores the extraction against saved pages with the paragraphs, title, date and author a
//! reader expects (`tests/fixtures/pages/NAME.html` beside `NAME.expected.json`): paragraph
//! precision and recall (exact text, whitespace collapsed), and whether each metadata field
//! is right. The tests require every page to be exact; `examples/extraction_eval.rs` prints
//! the figures of BENCHMARKS.md.

use std::path::Path;

use serde::Deserialize;

/// What a reader expects from one saved page.
#[derive(Debug, Clone, Deserialize)]
pub struct Expected {
    /// The headline.
    pub title: Option<String>,
    /// The publication date as the page gives it.
    pub date: Option<String>,
    /// The author(s).
    pub author: Option<String>,
    /// The body paragraphs in order.
    pub paragraphs: Vec<String>,
}

/// The score of one page.
#[derive(Debug, Clone)]
pub struct Score {
    /// The page's file name.
    pub page: String,
    /// Paragraphs extracted that are expected.
    pub right: usize,
    /// Paragraphs extracted.
    pub extracted: usize,
    /// Paragraphs expected.
    pub expected: usize,
    /// Title, date, author: each right or not.
    pub fields: [bool; 3],
    /// The extracted paragraphs (for a failing test's message).
    pub got: Vec<String>,
    /// The extracted title, date and author.
    pub got_fields: [Option<String>; 3],
}

/// Scores every `*.html` page of `dir` that has an `.expected.json`, in name order.
pub fn score_dir(dir: &Path) -> std::io::Result<Vec<Score>> {
    let mut pages: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    pages.sort();
    let mut out = Vec::new();
    for page in pages {
        let expected_path = page.with_extension("expected.json");
        let Ok(json) = std::fs::read(&expected_path) else {
            continue;
        };
        let expected: Expected = serde_json::from_slice(&json)
            .map_err(|e| std::io::Error::other(format!("{}: {e}", expected_path.display())))?;
        let bytes = std::fs::read(&page)?;
        let name = page.display().to_string();
        out.push(score(&name, &bytes, &expected));
    }
    Ok(out)
}

/// Scores one page's bytes against what is expected of it.
pub fn score(name: &str, bytes: &[u8], expected: &Expected) -> Score {
    let read = super::super::read(name, bytes, &Default::default(), Default::default());
    let (got, meta) = match read {
        Ok(r) => {
            let doc = r.document;
            let paras = doc
                .paragraphs
                .iter()
                .map(|p| doc.text[p.clone()].to_string())
                .collect();
            (paras, doc.metadata)
        }
        Err(_) => (Vec::new(), Default::default()),
    };
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let want: Vec<String> = expected.paragraphs.iter().map(|p| norm(p)).collect();
    let right = got.iter().filter(|g| want.contains(&norm(g))).count();
    let got_fields = [meta.title, meta.date, meta.author];
    let fields = [
        got_fields[0] == expected.title,
        got_fields[1] == expected.date,
        got_fields[2] == expected.author,
    ];
    Score {
        page: Path::new(name)
            .file_name()
            .map_or(name.to_string(), |f| f.to_string_lossy().into_owned()),
        right,
        extracted: got.len(),
        expected: want.len(),
        fields,
        got,
        got_fields,
    }
}
