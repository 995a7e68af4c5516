//! Input discovery for the commands that translate many articles (`translate`, `brief`):
//! files, `-`, directories walked recursively (`--glob`, default `*.txt`) and JSONL files of
//! articles (`--jsonl`). Where each article's output goes is [`super::outputs`].
//!
//! Discovery keeps only names and offsets, never article texts, so a run over thousands of
//! articles holds one window of them in memory at a time; [`Input::read`] reads one when its
//! turn comes.

use std::io::{BufRead, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::document::Document;
use crate::intake::{self, Hint, Options};
use crate::Error;

/// The options that choose the articles of a run and how many are translated together
/// (flattened into `translate` and `brief`).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct BatchArgs {
    /// With a directory input: which files to take, a glob matched against their path below
    /// the directory (default `*.txt`; directories are walked recursively).
    #[arg(long, value_name = "GLOB")]
    pub glob: Option<String>,
    /// A JSON Lines file of articles, one `{"id": …, "text": …, "date": …}` object a line
    /// (`id` and `date` optional), read after the other inputs; repeat for several.
    #[arg(long, value_name = "FILE", action = clap::ArgAction::Append)]
    pub jsonl: Vec<PathBuf>,
    /// How many articles are read and translated together, their sentences pooled into the
    /// backend's batches (at most 4,096 sentences per window either way). Bounds memory; larger
    /// windows mean fewer, fuller backend calls.
    #[arg(long, value_name = "N", default_value_t = 256,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub window: u32,
    /// An RSS or Atom feed (a URL or a file): its items are read as articles, newest first,
    /// each item's link fetched (or its full content used when the feed carries it). Under
    /// `-o DIR` an item already written is skipped. Repeat for several.
    #[arg(long, value_name = "URL|FILE", action = clap::ArgAction::Append)]
    pub feed: Vec<String>,
    /// With --feed: at most N items of each feed (the newest).
    #[arg(long, value_name = "N", requires = "feed",
          value_parser = clap::value_parser!(u32).range(1..))]
    pub limit: Option<u32>,
    /// With --feed: only items published on this day or later (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", requires = "feed")]
    pub since: Option<String>,
}

/// The file name pattern a directory is searched with when `--glob` is not given.
pub const DEFAULT_GLOB: &str = "*.txt";

/// One article to translate, not yet read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// How messages name it: the path, `-` for stdin, or `FILE.jsonl:LINE`.
    pub label: String,
    /// Its output path relative to `-o DIR`, without extension: the file stem for a file given
    /// on the command line, the path below the directory for a file found in one, the
    /// (sanitised) id for a JSONL article.
    pub rel: PathBuf,
    source: Origin,
    /// Found in a directory or a JSONL file rather than named on the command line.
    discovered: bool,
}

/// Where an input's text comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Origin {
    Stdin,
    File(PathBuf),
    /// An `http://` or `https://` URL, fetched when its turn comes.
    Url(String),
    /// One item of a feed.
    FeedItem(Box<crate::intake::feed::Item>),
    /// One line of a JSONL file: where it is, and its id if it has one.
    Jsonl {
        file: PathBuf,
        offset: u64,
        len: usize,
        id: Option<String>,
    },
    /// An input known to be unreadable at discovery (a bad JSONL line, a directory entry
    /// that cannot be listed): its message, reported when its turn comes.
    Broken(String),
}

/// One line of a JSONL input.
#[derive(Debug, Deserialize)]
struct Article {
    text: Option<serde_json::Value>,
    #[serde(default)]
    date: Option<serde_json::Value>,
}

/// The head of a JSONL line, read at discovery (the text is skipped, not kept).
#[derive(Debug, Deserialize)]
struct Head {
    #[serde(default)]
    id: Option<serde_json::Value>,
}

impl Input {
    /// Whether this input was found in a directory or a JSONL file (rather than named on the
    /// command line), which makes `-o` a directory even for a single article.
    pub fn is_discovered(&self) -> bool {
        self.discovered
    }

    /// The input's file on disk, if it is one.
    pub fn path(&self) -> Option<&Path> {
        match &self.source {
            Origin::File(p) => Some(p),
            _ => None,
        }
    }

    /// Whether this input is stdin (`-`).
    pub fn is_stdin(&self) -> bool {
        self.source == Origin::Stdin
    }

    /// The input named `name` on the command line, taken as it is (`-` is stdin; a directory
    /// is not walked: reading it fails).
    pub fn named(name: &str) -> Input {
        if name == "-" {
            return Input {
                label: "-".into(),
                rel: PathBuf::from("stdin"),
                source: Origin::Stdin,
                discovered: false,
            };
        }
        let path = Path::new(name);
        Input {
            label: name.to_string(),
            rel: stem_of(path),
            source: Origin::File(path.to_path_buf()),
            discovered: false,
        }
    }

    /// Whether this input is an item of a feed.
    pub fn is_feed_item(&self) -> bool {
        matches!(self.source, Origin::FeedItem(_))
    }

    /// Reads and decodes the article (see [`crate::intake`]: encodings, HTML, URLs). A JSONL
    /// article's `date` overrides a date in its text's header; its `id` becomes the
    /// document's name (the `source` of the JSON output).
    pub fn read(&self, opts: &Options) -> Result<Document, Error> {
        let fail = |message: String| Error::Input {
            path: self.label.clone(),
            message,
        };
        match &self.source {
            Origin::Stdin => Ok(intake::read_path("-", opts)?.document),
            Origin::Url(url) => {
                Ok(intake::read_url(url, opts, &intake::fetch::Fetcher::default())?.document)
            }
            Origin::FeedItem(item) => {
                Ok(
                    intake::read_item(&self.label, item, opts, &intake::fetch::Fetcher::default())?
                        .document,
                )
            }
            Origin::File(path) => {
                let bytes = crate::document::read_file(path, &self.label, opts.max_bytes)?;
                Ok(intake::read(&self.label, &bytes, opts, Hint::default())?.document)
            }
            Origin::Broken(message) => Err(fail(message.clone())),
            Origin::Jsonl {
                file,
                offset,
                len,
                id,
            } => {
                let mut f =
                    std::fs::File::open(file).map_err(|e| fail(crate::error::io_message(&e)))?;
                f.seek(SeekFrom::Start(*offset))
                    .map_err(|e| fail(crate::error::io_message(&e)))?;
                let mut line = vec![0; *len];
                f.read_exact(&mut line)
                    .map_err(|e| fail(crate::error::io_message(&e)))?;
                let article: Article = parse_line(&line).map_err(fail)?;
                let text = match article.text {
                    Some(serde_json::Value::String(t)) => t,
                    Some(_) => return Err(fail("\"text\" is not a string".into())),
                    None => return Err(fail("no \"text\" field".into())),
                };
                let mut doc =
                    intake::read(&self.label, text.as_bytes(), opts, Hint::default())?.document;
                match article.date {
                    Some(serde_json::Value::String(d)) => doc.metadata.date = Some(d),
                    None | Some(serde_json::Value::Null) => {}
                    Some(_) => return Err(fail("\"date\" is not a string".into())),
                }
                if let Some(id) = id {
                    doc.name = id.clone();
                }
                Ok(doc)
            }
        }
    }
}

/// Lists the articles of a run, in order: each command-line input in turn (a file, `-`, or a
/// directory walked recursively in name order, keeping the files whose path below it matches
/// `glob`, hidden entries skipped), then each `--jsonl` file's lines (blank lines skipped).
///
/// `exclude` (the output directory) is never walked into, so a rerun does not take its own
/// outputs for inputs. A directory with no matching file, or a JSONL file that cannot be read,
/// is an error (exit 2, nothing written); a missing file is left for [`Input::read`] to report
/// (that input fails, the others go on).
pub fn discover(
    inputs: &[String],
    jsonl: &[PathBuf],
    glob: Option<&str>,
    exclude: Option<&Path>,
) -> Result<Vec<Input>, Error> {
    let pattern = glob.unwrap_or(DEFAULT_GLOB);
    let matcher = globset::Glob::new(pattern)
        .map_err(|e| Error::Config(format!("--glob {pattern:?}: {e}")))?
        .compile_matcher();
    let exclude = exclude.and_then(|p| p.canonicalize().ok());
    if inputs.iter().filter(|i| *i == "-").count() > 1 {
        return Err(Error::Input {
            path: "-".into(),
            message: "stdin is given twice as an input; it can be read only once".into(),
        });
    }
    let mut out = Vec::new();
    for input in inputs {
        if intake::fetch::is_url(input) {
            out.push(Input {
                label: input.clone(),
                rel: PathBuf::from(intake::fetch::output_stem(input)),
                source: Origin::Url(input.clone()),
                discovered: false,
            });
            continue;
        }
        if intake::fetch::is_other_url(input) {
            let scheme = input.split_once("://").map_or("", |(s, _)| s);
            out.push(Input {
                label: input.clone(),
                rel: PathBuf::from(intake::fetch::output_stem(input)),
                source: Origin::Broken(format!(
                    "only http:// and https:// URLs are fetched, not {scheme}://"
                )),
                discovered: false,
            });
            continue;
        }
        let path = Path::new(input);
        if input == "-" || !path.is_dir() {
            out.push(Input::named(input));
            continue;
        }
        if exclude.is_some() && path.canonicalize().ok() == exclude {
            return Err(Error::Input {
                path: input.clone(),
                message: "is also the output directory (-o); write the outputs to another \
                          directory"
                    .into(),
            });
        }
        let before = out.len();
        let walker = walkdir::WalkDir::new(path)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                let hidden = e.depth() > 0 && e.file_name().to_string_lossy().starts_with('.');
                let excluded = e.file_type().is_dir()
                    && exclude.is_some()
                    && e.path().canonicalize().ok() == exclude;
                !hidden && !excluded
            });
        for entry in walker {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    let at = e
                        .path()
                        .map(|p| p.display().to_string())
                        .unwrap_or_else(|| input.clone());
                    out.push(Input {
                        label: at.clone(),
                        rel: PathBuf::from(at),
                        source: Origin::Broken(format!("cannot list: {e}")),
                        discovered: true,
                    });
                    continue;
                }
            };
            if !entry.file_type().is_file() {
                continue;
            }
            let Ok(below) = entry.path().strip_prefix(path) else {
                continue;
            };
            if !matcher.is_match(below) {
                continue;
            }
            out.push(Input {
                label: entry.path().display().to_string(),
                rel: below.with_extension(""),
                source: Origin::File(entry.path().to_path_buf()),
                discovered: true,
            });
        }
        if out.len() == before {
            return Err(Error::Input {
                path: input.clone(),
                message: format!("no file matching {pattern} in this directory"),
            });
        }
    }
    for file in jsonl {
        out.extend(jsonl_inputs(file)?);
    }
    Ok(out)
}

/// The articles of the `--feed`s: each feed fetched (a URL) or read (a file) and parsed,
/// its items newest first, `--since` and `--limit` applied. A feed that cannot be had is an
/// input error (exit 2, nothing written).
pub fn feed_inputs(batch: &BatchArgs) -> Result<Vec<Input>, Error> {
    if let Some(since) = &batch.since {
        intake::feed::check_since(since).map_err(Error::Config)?;
    }
    let mut out = Vec::new();
    for feed in &batch.feed {
        let fail = |message: String| Error::Input {
            path: feed.clone(),
            message,
        };
        let bytes = if intake::fetch::is_url(feed) {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| fail(e.to_string()))?;
            let fetcher = intake::fetch::Fetcher::default();
            runtime
                .block_on(fetcher.get(feed, intake::fetch::Want::Feed))
                .map_err(fail)?
                .bytes
        } else {
            std::fs::read(feed).map_err(|e| fail(crate::error::io_message(&e)))?
        };
        let items = intake::feed::parse(&bytes).map_err(fail)?;
        let limit = batch.limit.map(|n| n as usize);
        for (n, item) in intake::feed::select(items, limit, batch.since.as_deref())
            .into_iter()
            .enumerate()
        {
            let rel = match &item.link {
                Some(link) => intake::fetch::output_stem(link),
                None => sanitize(&item.id),
            };
            let rel = if rel.is_empty() {
                format!("item-{}", n + 1)
            } else {
                rel
            };
            out.push(Input {
                label: item
                    .link
                    .clone()
                    .unwrap_or_else(|| format!("{feed}#{}", n + 1)),
                rel: PathBuf::from(rel),
                source: Origin::FeedItem(Box::new(item)),
                discovered: true,
            });
        }
    }
    Ok(out)
}

/// The articles of one JSONL file: one per non-blank line, by offset.
fn jsonl_inputs(file: &Path) -> Result<Vec<Input>, Error> {
    let fail = |message: String| Error::Input {
        path: file.display().to_string(),
        message,
    };
    let f = std::fs::File::open(file).map_err(|e| fail(crate::error::io_message(&e)))?;
    let mut reader = std::io::BufReader::new(f);
    let stem = stem_of(file);
    let mut out = Vec::new();
    let mut line = Vec::new();
    let mut offset = 0u64;
    let mut number = 0usize;
    loop {
        line.clear();
        let n = reader
            .read_until(b'\n', &mut line)
            .map_err(|e| fail(e.to_string()))?;
        if n == 0 {
            break;
        }
        number += 1;
        let start = offset;
        offset += n as u64;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let label = format!("{}:{number}", file.display());
        let fallback = PathBuf::from(format!("{}-{number}", stem.display()));
        let (rel, source) = match parse_line::<Head>(&line) {
            Ok(head) => {
                let id = head.id.and_then(|v| match v {
                    serde_json::Value::String(s) => Some(s),
                    serde_json::Value::Number(n) => Some(n.to_string()),
                    _ => None,
                });
                let rel = id
                    .as_deref()
                    .map(sanitize)
                    .filter(|s| !s.is_empty())
                    .map(PathBuf::from)
                    .unwrap_or(fallback);
                (
                    rel,
                    Origin::Jsonl {
                        file: file.to_path_buf(),
                        offset: start,
                        len: n,
                        id,
                    },
                )
            }
            Err(message) => (fallback, Origin::Broken(message)),
        };
        out.push(Input {
            label,
            rel,
            source,
            discovered: true,
        });
    }
    Ok(out)
}

/// One line of a JSONL file (its line break left out) parsed as `T`, or what is wrong with it
/// in plain words: not an object, cut short, a raw control character in a string.
fn parse_line<T: serde::de::DeserializeOwned>(line: &[u8]) -> Result<T, String> {
    use serde_json::error::Category;
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let not_an_object =
        || "not a JSON object (each line is one {\"id\": …, \"text\": …} object)".to_string();
    if line.trim_ascii_start().first() != Some(&b'{') {
        return Err(not_an_object());
    }
    serde_json::from_slice(line).map_err(|e| match e.classify() {
        Category::Eof => "the line ends before its JSON object does (cut short?)".to_string(),
        Category::Data => not_an_object(),
        Category::Syntax => {
            let message = e.to_string();
            let what = message
                .rsplit_once(" at line ")
                .map_or(message.as_str(), |(what, _)| what);
            let what = if what.starts_with("control character") {
                "a raw line break, tab or other control character inside a string (JSON \
                 writes them \\n, \\t)"
            } else if what == "trailing characters" {
                "something follows the JSON object on the line"
            } else {
                what
            };
            format!("invalid JSON at column {}: {what}", e.column())
        }
        Category::Io => format!("invalid JSON: {e}"),
    })
}

/// An article id as a file name: letters, digits, `.`, `-`, `_` kept, anything else `_`, no
/// leading dot (so no `..`, no hidden file, no path separator).
fn sanitize(id: &str) -> String {
    let s: String = id
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    s.trim_start_matches('.').to_string()
}

/// A path's file name without its last extension.
fn stem_of(path: &Path) -> PathBuf {
    path.file_stem()
        .map(PathBuf::from)
        .filter(|s| !s.as_os_str().is_empty())
        .unwrap_or_else(|| PathBuf::from("output"))
}

impl crate::run::Article for Input {
    fn label(&self) -> &str {
        &self.label
    }

    fn read(&self, opts: &Options) -> Result<Document, Error> {
        Input::read(self, opts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_only() -> Options {
        Options {
            format: Some(crate::document::InputFormat::Text),
            ..Options::default()
        }
    }

    fn write(path: &Path, text: &str) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    fn labels(inputs: &[Input]) -> Vec<(String, String)> {
        inputs
            .iter()
            .map(|i| (i.label.clone(), i.rel.display().to_string()))
            .collect()
    }

    #[test]
    fn directories_are_walked_in_name_order_with_the_glob() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("articles");
        write(&root.join("b.txt"), "B.");
        write(&root.join("a.txt"), "A.");
        write(&root.join("notes.md"), "not an article");
        write(&root.join("lundi/c.fr.txt"), "C.");
        write(&root.join(".cache/d.txt"), "hidden");
        let r = root.display().to_string();
        let found = discover(std::slice::from_ref(&r), &[], None, None).unwrap();
        assert_eq!(
            labels(&found),
            [
                (format!("{r}/a.txt"), "a".to_string()),
                (format!("{r}/b.txt"), "b".to_string()),
                (format!("{r}/lundi/c.fr.txt"), "lundi/c.fr".to_string()),
            ]
        );
        let md = discover(std::slice::from_ref(&r), &[], Some("*.md"), None).unwrap();
        assert_eq!(
            labels(&md),
            [(format!("{r}/notes.md"), "notes".to_string())]
        );
        // The output directory inside the input directory is not walked.
        let only_top = discover(
            std::slice::from_ref(&r),
            &[],
            None,
            Some(&root.join("lundi")),
        )
        .unwrap();
        assert_eq!(only_top.len(), 2);
        let err = discover(&[r], &[], Some("*.xml"), None).unwrap_err();
        assert!(err.to_string().contains("no file matching *.xml"), "{err}");
        assert!(discover(&["x".into()], &[], Some("a{"), None).is_err());
    }

    #[test]
    fn jsonl_lines_are_articles_read_on_demand() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("feed.jsonl");
        write(
            &file,
            "{\"id\": \"le-monde/42\", \"text\": \"Le chat dort.\", \"date\": \"2022-03-01\"}\n\
             \n\
             {\"id\": 7, \"text\": \"Deux.\"}\n\
             {\"text\": 3}\n\
             not json\n\
             {\"id\": \"../x\", \"text\": \"\"}\n",
        );
        let found = discover(&[], std::slice::from_ref(&file), None, None).unwrap();
        let f = file.display();
        assert_eq!(
            labels(&found),
            [
                (format!("{f}:1"), "le-monde_42".to_string()),
                (format!("{f}:3"), "7".to_string()),
                (format!("{f}:4"), "feed-4".to_string()),
                (format!("{f}:5"), "feed-5".to_string()),
                (format!("{f}:6"), "_x".to_string()),
            ]
        );
        let doc = found[0].read(&text_only()).unwrap();
        assert_eq!(doc.name, "le-monde/42");
        assert_eq!(doc.metadata.date.as_deref(), Some("2022-03-01"));
        assert_eq!(doc.text, "Le chat dort.");
        assert_eq!(found[1].read(&text_only()).unwrap().text, "Deux.");
        let e = found[2].read(&text_only()).unwrap_err().to_string();
        assert!(e.contains(":4") && e.contains("not a string"), "{e}");
        let e = found[3].read(&text_only()).unwrap_err().to_string();
        assert!(e.contains(":5") && e.contains("not a JSON object"), "{e}");
        let e = found[4].read(&text_only()).unwrap_err().to_string();
        assert!(e.contains(":6") && e.contains("empty input"), "{e}");
        assert!(discover(&[], &[dir.path().join("none.jsonl")], None, None).is_err());
    }
}
