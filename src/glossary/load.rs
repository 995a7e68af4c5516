//! Reading glossary files: TSV (the house format), CSV with the same columns, DeepL's glossary
//! CSV (`source,target[,source_lang,target_lang]`, no header) and TBX (ISO 30042: TBX 2
//! `termEntry`/`langSet`/`tig`/`term` and TBX 3 `conceptEntry`/`langSec`/`termSec`/`term`).
//!
//! Errors name the file and the line. Conflicting duplicates become [`Warning`]s in the
//! returned [`Glossary`]; nothing is printed from here.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use quick_xml::events::Event;

use super::{Entry, Glossary, Warning, TERM_KINDS};
use crate::Error;

/// The shipped glossaries, embedded in the binary: `(file name, contents)`.
pub const SHIPPED: &[(&str, &str)] = &[
    ("places.tsv", include_str!("../../glossary/places.tsv")),
    (
        "organizations.tsv",
        include_str!("../../glossary/organizations.tsv"),
    ),
    ("titles.tsv", include_str!("../../glossary/titles.tsv")),
    ("media.tsv", include_str!("../../glossary/media.tsv")),
    ("people.tsv", include_str!("../../glossary/people.tsv")),
];

/// The file format of a glossary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    /// `fr<TAB>en<TAB>kind<TAB>note`, header row, `#` comments.
    Tsv,
    /// The same columns as CSV with a header row, or DeepL's `source,target` without one.
    Csv,
    /// TBX (ISO 30042).
    Tbx,
}

impl FileFormat {
    /// The format a path's extension names (`.tsv`/`.txt`, `.csv`, `.tbx`/`.xml`).
    pub fn from_path(path: &Path) -> Option<FileFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "tsv" | "tab" | "txt" => Some(FileFormat::Tsv),
            "csv" => Some(FileFormat::Csv),
            "tbx" | "xml" => Some(FileFormat::Tbx),
            _ => None,
        }
    }
}

/// Loads the given glossary files in order; entries of later files win.
pub fn load_files(paths: &[&Path]) -> Result<Glossary, Error> {
    let mut builder = Builder::default();
    for path in paths {
        let entries = read_file(path)?;
        builder.add_file(path.to_path_buf(), entries);
    }
    Ok(builder.finish())
}

/// The glossary of a run: the shipped glossaries (unless `include_shipped` is false), then the
/// config's `glossaries`, then the `--glossary` files, later ones winning. The paths are read
/// as given (`~/` is expanded by [`crate::config::Config::glossary_files`]).
pub fn load_for_run(user_files: &[PathBuf], include_shipped: bool) -> Result<Glossary, Error> {
    let mut builder = Builder::default();
    if include_shipped {
        for (path, entries) in shipped()? {
            builder.add_file(path, entries);
        }
    }
    for path in user_files {
        let entries = read_file(path)?;
        builder.add_file(path.clone(), entries);
    }
    Ok(builder.finish())
}

/// The shipped glossaries parsed, each with its display path (`shipped:places.tsv`).
pub fn shipped() -> Result<Vec<(PathBuf, Vec<Entry>)>, Error> {
    SHIPPED
        .iter()
        .map(|(name, text)| {
            let path = PathBuf::from(format!("shipped:{name}"));
            let entries = parse(&path, text, FileFormat::Tsv)?;
            Ok((path, entries))
        })
        .collect()
}

/// Reads and parses one glossary file, its format chosen by extension.
pub fn read_file(path: &Path) -> Result<Vec<Entry>, Error> {
    let format = FileFormat::from_path(path).ok_or_else(|| Error::Glossary {
        path: path.to_path_buf(),
        line: 0,
        message: "unknown glossary format (expected a .tsv, .csv or .tbx file)".into(),
    })?;
    let bytes = std::fs::read(path).map_err(|e| Error::Glossary {
        path: path.to_path_buf(),
        line: 0,
        message: crate::error::io_message(&e),
    })?;
    let text = decode(path, &bytes)?;
    parse(path, text, format)
}

/// Decodes UTF-8 (an optional BOM is dropped); invalid bytes are an error naming the line.
pub fn decode<'a>(path: &Path, bytes: &'a [u8]) -> Result<&'a str, Error> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let good = &bytes[..e.valid_up_to()];
        Error::Glossary {
            path: path.to_path_buf(),
            line: 1 + good.iter().filter(|&&b| b == b'\n').count(),
            message: format!("invalid UTF-8 (byte {})", e.valid_up_to()),
        }
    })
}

/// Parses glossary text in `format`; `path` is used in messages and origins. The first
/// problem is the error.
pub fn parse(path: &Path, text: &str, format: FileFormat) -> Result<Vec<Entry>, Error> {
    let (entries, problems) = parse_all(path, text, format);
    match problems.into_iter().next() {
        Some(e) => Err(e),
        None => Ok(entries),
    }
}

/// Parses glossary text in `format`, going on past bad rows: the good entries, and every
/// problem (a bad row, or what stopped the parse: malformed XML or CSV).
pub fn parse_all(path: &Path, text: &str, format: FileFormat) -> (Vec<Entry>, Vec<Error>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    let done = match format {
        FileFormat::Tsv => parse_tsv(path, text, &mut entries, &mut problems),
        FileFormat::Csv => parse_csv(path, text, &mut entries, &mut problems),
        FileFormat::Tbx => parse_tbx(path, text, &mut entries, &mut problems),
    };
    if let Err(e) = done {
        problems.push(e);
    }
    (entries, problems)
}

/// Reads one glossary file as [`read_file`] does, but going on past problems: the good
/// entries and every problem found (`glossary check` reports them all).
pub fn read_file_all(path: &Path) -> (Vec<Entry>, Vec<Error>) {
    let Some(format) = FileFormat::from_path(path) else {
        return (
            Vec::new(),
            vec![err(
                path,
                0,
                "unknown glossary format (expected a .tsv, .csv or .tbx file)",
            )],
        );
    };
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return (Vec::new(), vec![err(path, 0, crate::error::io_message(&e))]),
    };
    match decode(path, &bytes) {
        Ok(text) => parse_all(path, text, format),
        Err(bad) => {
            let text =
                String::from_utf8_lossy(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes))
                    .into_owned();
            let (entries, mut problems) = parse_all(path, &text, format);
            problems.insert(0, bad);
            (entries, problems)
        }
    }
}

fn err(path: &Path, line: usize, message: impl Into<String>) -> Error {
    Error::Glossary {
        path: path.to_path_buf(),
        line,
        message: message.into(),
    }
}

/// Column positions of `fr`, `en`, `kind`, `note`.
#[derive(Debug, Clone, Copy)]
struct Columns {
    fr: usize,
    en: usize,
    kind: Option<usize>,
    note: Option<usize>,
}

impl Columns {
    const POSITIONAL: Columns = Columns {
        fr: 0,
        en: 1,
        kind: Some(2),
        note: Some(3),
    };

    /// Reads a header row; `None` when the row is not a header (its first cell is not `fr`).
    fn from_header(path: &Path, line: usize, cells: &[&str]) -> Result<Option<Columns>, Error> {
        let names: Vec<String> = cells.iter().map(|c| c.trim().to_lowercase()).collect();
        if names.first().map(String::as_str) != Some("fr") {
            return Ok(None);
        }
        let find = |name: &str| names.iter().position(|n| n == name);
        let en = find("en").ok_or_else(|| err(path, line, "header has no `en` column"))?;
        Ok(Some(Columns {
            fr: 0,
            en,
            kind: find("kind"),
            note: find("note"),
        }))
    }

    fn entry(&self, path: &Path, line: usize, cells: &[&str]) -> Result<Entry, Error> {
        if cells.len() <= self.fr.max(self.en) {
            return Err(err(
                path,
                line,
                format!(
                    "missing column: expected fr, en, kind, note (found {} column{})",
                    cells.len(),
                    if cells.len() == 1 { "" } else { "s" }
                ),
            ));
        }
        let cell = |i: Option<usize>| i.and_then(|i| cells.get(i)).map_or("", |c| c.trim());
        let fr = cell(Some(self.fr));
        let en = cell(Some(self.en));
        make_entry(path, line, fr, en, cell(self.kind), cell(self.note))
    }
}

fn make_entry(
    path: &Path,
    line: usize,
    fr: &str,
    en: &str,
    kind: &str,
    note: &str,
) -> Result<Entry, Error> {
    if fr.is_empty() {
        return Err(err(path, line, "empty French term"));
    }
    if en.is_empty() {
        return Err(err(path, line, format!("empty English term for {fr:?}")));
    }
    // Punctuation alone is no name or term, and would match inside any text (an article
    // does not count: matching sets it aside).
    if !super::inflect::strip_article(fr)
        .chars()
        .any(char::is_alphanumeric)
    {
        return Err(err(
            path,
            line,
            format!("the French term {fr:?} has no letter or digit"),
        ));
    }
    if let Some(c) = fr.chars().chain(en.chars()).find(|c| c.is_control()) {
        return Err(err(
            path,
            line,
            format!("control character U+{:04X} in a term", u32::from(c)),
        ));
    }
    let kind = if kind.is_empty() {
        "term".to_string()
    } else {
        kind.to_lowercase()
    };
    if !TERM_KINDS.contains(&kind.as_str()) {
        return Err(err(
            path,
            line,
            format!(
                "unknown kind {kind:?} (expected one of {})",
                TERM_KINDS.join(", ")
            ),
        ));
    }
    Ok(Entry {
        fr: fr.to_string(),
        en: en.to_string(),
        kind,
        note: note.to_string(),
        origin: format!("{}:{line}", path.display()),
    })
}

fn parse_tsv(
    path: &Path,
    text: &str,
    out: &mut Vec<Entry>,
    problems: &mut Vec<Error>,
) -> Result<(), Error> {
    let mut columns: Option<Columns> = None;
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let row = raw.trim_end_matches('\r');
        if row.trim().is_empty() || row.trim_start().starts_with('#') {
            continue;
        }
        let cells: Vec<&str> = row.split('\t').collect();
        let cols = match columns {
            Some(c) => c,
            None => {
                let header = Columns::from_header(path, line, &cells)?;
                columns = Some(header.unwrap_or(Columns::POSITIONAL));
                if header.is_some() {
                    continue;
                }
                Columns::POSITIONAL
            }
        };
        match cols.entry(path, line, &cells) {
            Ok(e) => out.push(e),
            Err(e) => problems.push(e),
        }
    }
    Ok(())
}

fn parse_csv(
    path: &Path,
    text: &str,
    out: &mut Vec<Entry>,
    problems: &mut Vec<Error>,
) -> Result<(), Error> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .comment(Some(b'#'))
        .from_reader(text.as_bytes());
    // `None` until the first row says which dialect: house (header) or DeepL (no header).
    let mut columns: Option<Option<Columns>> = None;
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line() as usize);
            err(path, line, format!("bad CSV: {e}"))
        })?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        let cells: Vec<&str> = record.iter().collect();
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let house = match columns {
            Some(c) => c,
            None => {
                let header = Columns::from_header(path, line, &cells)?;
                columns = Some(header);
                if header.is_some() {
                    continue;
                }
                None
            }
        };
        let row = match house {
            Some(cols) => cols.entry(path, line, &cells).map(Some),
            None => deepl_row(path, line, &cells),
        };
        match row {
            Ok(Some(e)) => out.push(e),
            Ok(None) => {}
            Err(e) => problems.push(e),
        }
    }
    Ok(())
}

/// One row of DeepL's CSV: `source,target` or `source,target,source_lang,target_lang` (rows
/// for another language pair are skipped, as DeepL does).
fn deepl_row(path: &Path, line: usize, cells: &[&str]) -> Result<Option<Entry>, Error> {
    match cells.len() {
        2 => {}
        4 => {
            let pair = (
                cells[2].trim().to_lowercase(),
                cells[3].trim().to_lowercase(),
            );
            if pair.0 != "fr" || !(pair.1 == "en" || pair.1.starts_with("en-")) {
                return Ok(None);
            }
        }
        n => {
            return Err(err(
                path,
                line,
                format!(
                    "missing column: DeepL CSV rows are source,target[,source_lang,target_lang] \
                     (found {n} column{})",
                    if n == 1 { "" } else { "s" }
                ),
            ))
        }
    }
    make_entry(path, line, cells[0].trim(), cells[1].trim(), "", "").map(Some)
}

fn line_at(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    1 + text.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

/// One TBX concept being read.
#[derive(Default)]
struct Concept {
    line: usize,
    fr: Vec<(String, usize)>,
    en: Vec<String>,
    note: String,
    kind: String,
}

fn parse_tbx(
    path: &Path,
    text: &str,
    out: &mut Vec<Entry>,
    problems: &mut Vec<Error>,
) -> Result<(), Error> {
    let mut reader = quick_xml::Reader::from_str(text);
    let mut concept: Option<Concept> = None;
    let mut lang: Option<String> = None;
    // What the text being read belongs to: a term, a note, or a kind.
    let mut capture: Option<(&'static str, String, usize)> = None;
    let mut saw_entry = false;
    loop {
        let pos = reader.buffer_position() as usize;
        let event = reader
            .read_event()
            .map_err(|e| err(path, line_at(text, pos), format!("bad TBX: {e}")))?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let is_empty = matches!(event, Event::Empty(_));
                let name = e.local_name();
                let name = name.as_ref();
                match name {
                    b"termEntry" | b"conceptEntry" => {
                        saw_entry = true;
                        concept = Some(Concept {
                            line: line_at(text, pos),
                            ..Concept::default()
                        });
                    }
                    b"langSet" | b"langSec" => {
                        lang = None;
                        for a in e.attributes().flatten() {
                            if a.key.local_name().as_ref() == b"lang" {
                                let v = a
                                    .unescape_value()
                                    .map_err(|x| err(path, line_at(text, pos), x.to_string()))?;
                                lang = Some(v.to_lowercase());
                            }
                        }
                    }
                    b"term" => capture = Some(("term", String::new(), pos)),
                    b"note" | b"descrip" if !is_empty => {
                        let mut kind = "note";
                        for a in e.attributes().flatten() {
                            if a.key.as_ref() == b"type" {
                                let v = a.unescape_value().unwrap_or_default();
                                kind = match v.as_ref() {
                                    "definition" | "context" => "note",
                                    "kind" => "kind",
                                    _ => "",
                                };
                            }
                        }
                        if !kind.is_empty() {
                            capture = Some((kind, String::new(), pos));
                        }
                    }
                    _ => {}
                }
                if is_empty && name == b"term" {
                    finish_capture(path, text, &mut capture, &mut concept, &lang)?;
                }
            }
            Event::Text(t) => {
                if let Some((_, buf, _)) = capture.as_mut() {
                    let s = t
                        .unescape()
                        .map_err(|e| err(path, line_at(text, pos), format!("bad TBX: {e}")))?;
                    buf.push_str(&s);
                }
            }
            Event::CData(t) => {
                if let Some((_, buf, _)) = capture.as_mut() {
                    buf.push_str(&String::from_utf8_lossy(&t));
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                b"term" | b"note" | b"descrip" => {
                    finish_capture(path, text, &mut capture, &mut concept, &lang)?;
                }
                b"langSet" | b"langSec" => lang = None,
                b"termEntry" | b"conceptEntry" => {
                    if let Some(c) = concept.take() {
                        let Some(en) = c.en.first() else {
                            problems.push(err(path, c.line, "term entry without an English term"));
                            continue;
                        };
                        if c.fr.is_empty() {
                            problems.push(err(path, c.line, "term entry without a French term"));
                            continue;
                        }
                        for (fr, line) in &c.fr {
                            match make_entry(path, *line, fr, en, &c.kind, &c.note) {
                                Ok(e) => out.push(e),
                                Err(e) => problems.push(e),
                            }
                        }
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_entry {
        return Err(err(
            path,
            0,
            "no termEntry or conceptEntry: not a TBX glossary",
        ));
    }
    Ok(())
}

fn finish_capture(
    path: &Path,
    text: &str,
    capture: &mut Option<(&'static str, String, usize)>,
    concept: &mut Option<Concept>,
    lang: &Option<String>,
) -> Result<(), Error> {
    let Some((what, buf, pos)) = capture.take() else {
        return Ok(());
    };
    let Some(c) = concept.as_mut() else {
        return Ok(());
    };
    let value = buf.split_whitespace().collect::<Vec<_>>().join(" ");
    let line = line_at(text, pos);
    match what {
        "term" => {
            let lang = lang.as_deref().unwrap_or("");
            let base = lang.split(['-', '_']).next().unwrap_or("");
            if base != "fr" && base != "en" {
                return Ok(());
            }
            if value.is_empty() {
                return Err(err(path, line, format!("empty term ({lang})")));
            }
            if base == "fr" {
                c.fr.push((value, line));
            } else {
                c.en.push(value);
            }
        }
        "kind" => c.kind = value,
        _ => {
            if c.note.is_empty() {
                c.note = value;
            }
        }
    }
    Ok(())
}

/// Merges files into a [`Glossary`]: deduplicates by `fr`, later files win, conflicting
/// duplicates within one file become warnings naming both lines.
#[derive(Debug, Default)]
pub struct Builder {
    entries: Vec<Entry>,
    index: HashMap<String, (usize, PathBuf)>,
    files: Vec<PathBuf>,
    warnings: Vec<Warning>,
}

impl Builder {
    /// Adds one file's entries.
    pub fn add_file(&mut self, path: PathBuf, entries: Vec<Entry>) {
        for entry in entries {
            match self.index.get(&entry.fr) {
                Some((i, from)) => {
                    let old = &self.entries[*i];
                    if from == &path && old.en != entry.en {
                        self.warnings.push(Warning {
                            path: path.clone(),
                            line: line_of(&entry.origin),
                            message: format!(
                                "{:?} is {:?} here but {:?} at line {}; the later line wins",
                                entry.fr,
                                entry.en,
                                old.en,
                                line_of(&old.origin)
                            ),
                        });
                    }
                    let i = *i;
                    self.entries[i] = entry;
                    self.index
                        .insert(self.entries[i].fr.clone(), (i, path.clone()));
                }
                None => {
                    self.index
                        .insert(entry.fr.clone(), (self.entries.len(), path.clone()));
                    self.entries.push(entry);
                }
            }
        }
        self.files.push(path);
    }

    /// The merged glossary.
    pub fn finish(self) -> Glossary {
        Glossary {
            entries: self.entries,
            files: self.files,
            warnings: self.warnings,
            ..Glossary::default()
        }
    }
}

/// The line number at the end of an origin (`file:12` → 12).
pub fn line_of(origin: &str) -> usize {
    origin
        .rsplit(':')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tsv(text: &str) -> Result<Vec<Entry>, Error> {
        parse(Path::new("g.tsv"), text, FileFormat::Tsv)
    }

    fn csv(text: &str) -> Result<Vec<Entry>, Error> {
        parse(Path::new("g.csv"), text, FileFormat::Csv)
    }

    fn tbx(text: &str) -> Result<Vec<Entry>, Error> {
        parse(Path::new("g.tbx"), text, FileFormat::Tbx)
    }

    fn message(r: Result<Vec<Entry>, Error>) -> String {
        r.expect_err("should fail").to_string()
    }

    fn pairs(entries: &[Entry]) -> Vec<(&str, &str, &str)> {
        entries
            .iter()
            .map(|e| (e.fr.as_str(), e.en.as_str(), e.kind.as_str()))
            .collect()
    }

    #[test]
    fn tsv_with_header_comments_and_optional_columns() {
        let e = tsv("# comment\nfr\ten\tkind\tnote\n\nPékin\tBeijing\tplace\tcapital\n  # indented comment\nporte-parole\tspokesperson\r\nOtan\tNATO\tOrganization\n")
            .unwrap();
        assert_eq!(
            pairs(&e),
            [
                ("Pékin", "Beijing", "place"),
                ("porte-parole", "spokesperson", "term"),
                ("Otan", "NATO", "organization")
            ]
        );
        assert_eq!(e[0].note, "capital");
        assert_eq!(e[0].origin, "g.tsv:4");
        // Without a header the columns are positional; a reordered header is honoured.
        assert_eq!(
            pairs(&tsv("Pékin\tBeijing\n").unwrap()),
            [("Pékin", "Beijing", "term")]
        );
        let e = tsv("fr\tnote\ten\nPékin\tcapitale\tBeijing\n").unwrap();
        assert_eq!(
            (e[0].en.as_str(), e[0].note.as_str()),
            ("Beijing", "capitale")
        );
    }

    #[test]
    fn tsv_errors_name_file_and_line() {
        assert_eq!(
            message(tsv("fr\ten\nPékin\tBeijing\nMoscou\n")),
            "g.tsv:3: missing column: expected fr, en, kind, note (found 1 column)"
        );
        assert_eq!(
            message(tsv("fr\ten\n\tBeijing\n")),
            "g.tsv:2: empty French term"
        );
        assert_eq!(
            message(tsv("fr\ten\nPékin\t \n")),
            "g.tsv:2: empty English term for \"Pékin\""
        );
        assert_eq!(
            message(tsv("fr\ten\n))))\t)\n")),
            "g.tsv:2: the French term \"))))\" has no letter or digit"
        );
        assert_eq!(
            message(tsv("fr\ten\nl’?\tjing\n")),
            "g.tsv:2: the French term \"l’?\" has no letter or digit"
        );
        assert!(
            message(tsv("Pékin\tBeijing\tcity\n")).starts_with("g.tsv:1: unknown kind \"city\"")
        );
        assert_eq!(
            message(tsv("fr\tnote\n")),
            "g.tsv:1: header has no `en` column"
        );
    }

    #[test]
    fn invalid_utf8_names_the_line() {
        let err = decode(Path::new("g.tsv"), b"fr\ten\nP\xe9kin\tBeijing\n").unwrap_err();
        assert_eq!(err.to_string(), "g.tsv:2: invalid UTF-8 (byte 7)");
        assert_eq!(decode(Path::new("g.tsv"), b"\xEF\xBB\xBFfr").unwrap(), "fr");
    }

    #[test]
    fn house_csv() {
        let e =
            csv("fr,en,kind,note\n\"Washington Post\",the Washington Post,media,\"daily, US\"\n")
                .unwrap();
        assert_eq!(
            pairs(&e),
            [("Washington Post", "the Washington Post", "media")]
        );
        assert_eq!(e[0].note, "daily, US");
        assert_eq!(e[0].origin, "g.csv:2");
        assert_eq!(
            message(csv("fr,en\nPékin,\n")),
            "g.csv:2: empty English term for \"Pékin\""
        );
    }

    #[test]
    fn deepl_csv() {
        let e =
            csv("Pékin,Beijing\n\"Maison Blanche\",White House,fr,en\nHaus,house,de,en\n").unwrap();
        assert_eq!(
            pairs(&e),
            [
                ("Pékin", "Beijing", "term"),
                ("Maison Blanche", "White House", "term")
            ]
        );
        assert_eq!(
            message(csv("Pékin,Beijing\nMoscou\n")),
            "g.csv:2: missing column: DeepL CSV rows are source,target[,source_lang,target_lang] (found 1 column)"
        );
        assert_eq!(
            message(csv("Pékin,Beijing\n,Moscow\n")),
            "g.csv:2: empty French term"
        );
        assert!(message(csv("a,b\n\"unclosed,x\n")).starts_with("g.csv:"));
    }

    #[test]
    fn tbx_v2_and_v3() {
        let v2 = r#"<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="fr">
 <text><body>
  <termEntry id="1">
   <descrip type="definition">capitale de la Chine</descrip>
   <langSet xml:lang="fr"><tig><term>Pékin</term></tig><tig><term>Beijing</term></tig></langSet>
   <langSet xml:lang="en-GB"><tig><term>Beijing</term></tig></langSet>
  </termEntry>
  <termEntry id="2">
   <descrip type="kind">organization</descrip>
   <langSet xml:lang="en"><ntig><termGrp><term>the White House</term></termGrp></ntig></langSet>
   <langSet xml:lang="fr"><ntig><termGrp><term>Maison  Blanche</term></termGrp></ntig></langSet>
   <langSet xml:lang="de"><tig><term>Weißes Haus</term></tig></langSet>
  </termEntry>
 </body></text>
</martif>"#;
        let e = tbx(v2).unwrap();
        assert_eq!(
            pairs(&e),
            [
                ("Pékin", "Beijing", "term"),
                ("Beijing", "Beijing", "term"),
                ("Maison Blanche", "the White House", "organization")
            ]
        );
        assert_eq!(e[0].note, "capitale de la Chine");
        assert_eq!(e[0].origin, "g.tbx:6");
        let v3 = r#"<tbx type="TBX-Basic" style="dca" xml:lang="fr" xmlns="urn:iso:std:iso:30042:ed-2">
<text><body><conceptEntry id="c1">
<langSec xml:lang="fr"><termSec><term>Moscou</term></termSec></langSec>
<langSec xml:lang="en"><termSec><term>Moscow</term></termSec></langSec>
</conceptEntry></body></text></tbx>"#;
        assert_eq!(pairs(&tbx(v3).unwrap()), [("Moscou", "Moscow", "term")]);
    }

    #[test]
    fn tbx_errors() {
        let no_en = "<martif><text><body>\n<termEntry>\n<langSet xml:lang=\"fr\"><tig><term>Pékin</term></tig></langSet>\n</termEntry></body></text></martif>";
        assert_eq!(
            message(tbx(no_en)),
            "g.tbx:2: term entry without an English term"
        );
        let empty = "<martif><text><body><termEntry>\n<langSet xml:lang=\"fr\"><tig><term> </term></tig></langSet>\n</termEntry></body></text></martif>";
        assert_eq!(message(tbx(empty)), "g.tbx:2: empty term (fr)");
        let broken = "<martif><text><body><termEntry>\n<langSet xml:lang=\"fr\"><term>Pékin</langSet>\n</termEntry></body></text></martif>";
        assert!(message(tbx(broken)).starts_with("g.tbx:2: bad TBX"));
        assert_eq!(
            message(tbx("<html><body>hello</body></html>")),
            "g.tbx: no termEntry or conceptEntry: not a TBX glossary"
        );
    }

    #[test]
    fn conflicting_duplicates_warn_with_both_lines_and_later_files_win() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.tsv");
        let b = dir.path().join("b.csv");
        std::fs::write(
            &a,
            "fr\ten\nPékin\tPeking\nMoscou\tMoscow\nPékin\tBeijing\n",
        )
        .unwrap();
        std::fs::write(&b, "Moscou,Moskva\n").unwrap();
        let g = load_files(&[a.as_path(), b.as_path()]).unwrap();
        assert_eq!(g.warnings.len(), 1);
        let w = g.warnings[0].to_string();
        assert!(w.ends_with("a.tsv:4: warning: \"Pékin\" is \"Beijing\" here but \"Peking\" at line 2; the later line wins"), "{w}");
        let en = |fr: &str| g.entries.iter().find(|e| e.fr == fr).map(|e| e.en.clone());
        assert_eq!(en("Pékin").as_deref(), Some("Beijing"));
        assert_eq!(en("Moscou").as_deref(), Some("Moskva"));
        assert_eq!(g.files.len(), 2);
    }

    #[test]
    fn unknown_extension_and_missing_file() {
        let err = read_file(Path::new("terms.docx")).unwrap_err().to_string();
        assert_eq!(
            err,
            "terms.docx: unknown glossary format (expected a .tsv, .csv or .tbx file)"
        );
        let err = read_file(Path::new("/nonexistent/terms.tsv"))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("/nonexistent/terms.tsv: "), "{err}");
    }

    #[test]
    fn shipped_glossary_loads_and_user_files_win() {
        let g = load_for_run(&[], true).unwrap();
        assert!(g.len() > 800, "{}", g.len());
        assert!(g.warnings.is_empty(), "{:?}", g.warnings);
        assert!(load_for_run(&[], false).unwrap().is_empty());
        let dir = tempfile::tempdir().unwrap();
        let user = dir.path().join("mine.tsv");
        std::fs::write(&user, "fr\ten\nPékin\tPeking\n").unwrap();
        let g = load_for_run(std::slice::from_ref(&user), true).unwrap();
        let e = g.entries.iter().find(|e| e.fr == "Pékin").unwrap();
        assert_eq!(e.en, "Peking");
    }

    /// Every name, place, institution and medium of the sample article is in the shipped
    /// glossary, with the rendering a news editor would use.
    #[test]
    fn shipped_glossary_covers_the_sample_article() {
        let g = load_for_run(&[], true).unwrap();
        let text = include_str!("../../tests/fixtures/ukraine-chine-2022-03.fr.txt");
        let hits = crate::glossary::matcher::find(&g, text);
        let mut got: Vec<(String, String)> = hits
            .iter()
            .map(|h| {
                (
                    text[h.start..h.end].to_string(),
                    g.entries[h.entry].en.clone(),
                )
            })
            .collect();
        got.dedup();
        for (fr, en) in [
            ("Financial Times", "the Financial Times"),
            ("Washington Post", "the Washington Post"),
            ("New York Times", "the New York Times"),
            ("Moscou", "Moscow"),
            ("Pékin", "Beijing"),
            ("Ukraine", "Ukraine"),
            ("Russie", "Russia"),
            ("Chine", "China"),
            ("ambassade de Chine", "the Chinese embassy"),
            ("gouvernement chinois", "the Chinese government"),
            ("Washington", "Washington"),
            ("porte-parole", "spokesperson"),
            ("Premier ministre chinois", "Chinese Premier"),
            ("Li Keqiang", "Li Keqiang"),
            ("Union européenne", "the European Union"),
            ("États-Unis", "the United States"),
            (
                "conseiller à la sécurité nationale",
                "national security adviser",
            ),
            ("président américain", "US President"),
            ("Joe Biden", "Joe Biden"),
            ("Jake Sullivan", "Jake Sullivan"),
            ("haut responsable", "senior official"),
            ("Yang Jiechi", "Yang Jiechi"),
            ("Rome", "Rome"),
            ("Emily Horne", "Emily Horne"),
            (
                "Conseil national de sécurité de la Maison Blanche",
                "the White House National Security Council",
            ),
            ("CNN", "CNN"),
        ] {
            assert!(
                got.contains(&(fr.to_string(), en.to_string())),
                "{fr} → {en} not found in {got:#?}"
            );
        }
    }
}
