//! Input discovery and output planning for the commands that translate many articles
//! (`translate`, `brief`): files, directories walked recursively (`--glob`, default `*.txt`),
//! JSONL files of articles (`--jsonl`), and where each article's output goes: stdout, one file,
//! one file per article under `-o DIR` at the same relative path, or one JSONL stream.
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
    source: Source,
    /// Found in a directory or a JSONL file rather than named on the command line.
    discovered: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Source {
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
    fn is_discovered(&self) -> bool {
        self.discovered
    }

    /// The input's file on disk, if it is one.
    fn path(&self) -> Option<&Path> {
        match &self.source {
            Source::File(p) => Some(p),
            _ => None,
        }
    }

    /// Whether this input is an item of a feed.
    pub fn is_feed_item(&self) -> bool {
        matches!(self.source, Source::FeedItem(_))
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
            Source::Stdin => Ok(intake::read_path("-", opts)?.document),
            Source::Url(url) => {
                Ok(intake::read_url(url, opts, &intake::fetch::Fetcher::default())?.document)
            }
            Source::FeedItem(item) => {
                Ok(
                    intake::read_item(&self.label, item, opts, &intake::fetch::Fetcher::default())?
                        .document,
                )
            }
            Source::File(path) => {
                let bytes = std::fs::read(path).map_err(|e| fail(e.to_string()))?;
                Ok(intake::read(&self.label, &bytes, opts, Hint::default())?.document)
            }
            Source::Broken(message) => Err(fail(message.clone())),
            Source::Jsonl {
                file,
                offset,
                len,
                id,
            } => {
                let mut f = std::fs::File::open(file).map_err(|e| fail(e.to_string()))?;
                f.seek(SeekFrom::Start(*offset))
                    .map_err(|e| fail(e.to_string()))?;
                let mut line = vec![0; *len];
                f.read_exact(&mut line).map_err(|e| fail(e.to_string()))?;
                let article: Article = serde_json::from_slice(&line)
                    .map_err(|e| fail(format!("invalid JSON: {e}")))?;
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
    let mut out = Vec::new();
    for input in inputs {
        if input == "-" {
            out.push(Input {
                label: "-".into(),
                rel: PathBuf::from("stdin"),
                source: Source::Stdin,
                discovered: false,
            });
            continue;
        }
        if intake::fetch::is_url(input) {
            out.push(Input {
                label: input.clone(),
                rel: PathBuf::from(intake::fetch::output_stem(input)),
                source: Source::Url(input.clone()),
                discovered: false,
            });
            continue;
        }
        if intake::fetch::is_other_url(input) {
            let scheme = input.split_once("://").map_or("", |(s, _)| s);
            out.push(Input {
                label: input.clone(),
                rel: PathBuf::from(intake::fetch::output_stem(input)),
                source: Source::Broken(format!(
                    "only http:// and https:// URLs are fetched, not {scheme}://"
                )),
                discovered: false,
            });
            continue;
        }
        let path = Path::new(input);
        if !path.is_dir() {
            out.push(Input {
                label: input.clone(),
                rel: stem_of(path),
                source: Source::File(path.to_path_buf()),
                discovered: false,
            });
            continue;
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
                        source: Source::Broken(format!("cannot list: {e}")),
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
                source: Source::File(entry.path().to_path_buf()),
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
            std::fs::read(feed).map_err(|e| fail(e.to_string()))?
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
                source: Source::FeedItem(Box::new(item)),
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
    let f = std::fs::File::open(file).map_err(|e| fail(e.to_string()))?;
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
        let (rel, source) = match serde_json::from_slice::<Head>(&line) {
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
                    Source::Jsonl {
                        file: file.to_path_buf(),
                        offset: start,
                        len: n,
                        id,
                    },
                )
            }
            Err(e) => (fallback, Source::Broken(format!("invalid JSON: {e}"))),
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

/// Where the outputs of a run go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plan {
    /// Everything on stdout, one output after another (one line each for JSONL).
    Stdout,
    /// The single input's output in this file (refused up front if it exists, without
    /// `--force`).
    File(PathBuf),
    /// One JSONL stream in this file, written atomically when the run ends.
    JsonlFile(PathBuf),
    /// One file per input, index for index, under an output directory. An existing file is
    /// left alone when its content is what the run would write (a resumed run), and replaced
    /// only with `--force` otherwise.
    Files(Vec<PathBuf>),
}

/// Decides where each input's output goes, and refuses (exit 2, before anything is written)
/// the plans that would lose data: an output that is an input, two inputs written to one
/// file, an existing single output file without `force`, a JSONL stream into a directory.
pub fn plan(
    inputs: &[Input],
    output: Option<&Path>,
    extension: &str,
    jsonl: bool,
    force: bool,
) -> Result<Plan, Error> {
    let out_err = |path: &Path, message: String| Error::Output {
        path: path.to_path_buf(),
        message,
    };
    if inputs.iter().filter(|i| i.source == Source::Stdin).count() > 1 {
        return Err(Error::Config("stdin (`-`) can be read only once".into()));
    }
    let Some(output) = output.filter(|o| o.as_os_str() != "-") else {
        return Ok(Plan::Stdout);
    };
    let dir_like = output.is_dir() || output.as_os_str().to_string_lossy().ends_with('/');
    let input_files: std::collections::HashMap<PathBuf, &str> = inputs
        .iter()
        .filter_map(|i| Some((i.path()?.canonicalize().ok()?, i.label.as_str())))
        .collect();
    let is_input = |file: &Path| -> Option<String> {
        resolve(file).and_then(|f| input_files.get(&f).map(|l| l.to_string()))
    };
    if jsonl {
        if dir_like {
            return Err(out_err(
                output,
                "is a directory; --format jsonl writes one stream, to stdout or a file".into(),
            ));
        }
        check_single(output, force, &is_input)?;
        return Ok(Plan::JsonlFile(output.to_path_buf()));
    }
    let as_dir = dir_like || inputs.len() > 1 || inputs.iter().any(Input::is_discovered);
    if !as_dir {
        check_single(output, force, &is_input)?;
        return Ok(Plan::File(output.to_path_buf()));
    }
    if output.exists() && !output.is_dir() {
        return Err(out_err(
            output,
            "is a file, but several inputs need an output directory".into(),
        ));
    }
    std::fs::create_dir_all(output)
        .map_err(|e| out_err(output, format!("cannot create the directory: {e}")))?;
    let mut seen: std::collections::HashMap<PathBuf, usize> = std::collections::HashMap::new();
    let mut files = Vec::with_capacity(inputs.len());
    for (i, input) in inputs.iter().enumerate() {
        let mut name = input.rel.clone().into_os_string();
        name.push(".");
        name.push(extension);
        let file = output.join(name);
        if let Some(&j) = seen.get(&file) {
            return Err(out_err(
                &file,
                format!(
                    "inputs {} and {} would both be written here; translate them separately",
                    inputs[j].label, input.label
                ),
            ));
        }
        if let Some(label) = is_input(&file) {
            return Err(out_err(
                &file,
                format!("refusing to overwrite the input {label}; choose another output"),
            ));
        }
        if file.is_dir() {
            return Err(out_err(&file, "is a directory".into()));
        }
        seen.insert(file.clone(), i);
        files.push(file);
    }
    Ok(Plan::Files(files))
}

/// The up-front checks on one output file.
fn check_single(
    file: &Path,
    force: bool,
    is_input: &dyn Fn(&Path) -> Option<String>,
) -> Result<(), Error> {
    let out_err = |message: String| Error::Output {
        path: file.to_path_buf(),
        message,
    };
    if let Some(label) = is_input(file) {
        return Err(out_err(format!(
            "refusing to overwrite the input {label}; choose another output"
        )));
    }
    if file.is_dir() {
        return Err(out_err("is a directory".into()));
    }
    if file.exists() && !force {
        return Err(out_err(
            "already exists; use --force to overwrite it".into(),
        ));
    }
    match file.parent() {
        Some(dir) if !dir.as_os_str().is_empty() && !dir.is_dir() => Err(out_err(format!(
            "the directory {} does not exist",
            dir.display()
        ))),
        _ => Ok(()),
    }
}

/// A path resolved through links, `.` and `..` (its directory must exist; the file need not).
fn resolve(p: &Path) -> Option<PathBuf> {
    if let Ok(c) = p.canonicalize() {
        return Some(c);
    }
    let name = p.file_name()?;
    let dir = match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    Some(dir.canonicalize().ok()?.join(name))
}

/// What happened when one output file was written under `-o DIR`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// Written (new, or replaced with `--force`).
    Written,
    /// Already there with exactly these bytes (a resumed run): left alone.
    Unchanged,
}

/// Writes one article's output under an output directory: creates its subdirectory, leaves an
/// identical existing file alone, refuses a different existing file without `force`, and
/// writes atomically.
pub fn write_under_dir(file: &Path, bytes: &[u8], force: bool) -> Result<Written, Error> {
    let out_err = |message: String| Error::Output {
        path: file.to_path_buf(),
        message,
    };
    if file.exists() {
        let same = std::fs::read(file).map(|old| old == bytes).unwrap_or(false);
        if same {
            return Ok(Written::Unchanged);
        }
        if !force {
            return Err(out_err(
                "already exists with other content; use --force to overwrite it".into(),
            ));
        }
    }
    if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|e| out_err(format!("cannot create the directory: {e}")))?;
    }
    crate::render::write_atomic(file, bytes)?;
    Ok(Written::Written)
}

/// One output to write: the input's label, the file, its bytes.
type WriteJob = (String, PathBuf, Vec<u8>);

/// Writes outputs under an output directory on a few threads, so that the `fsync` of one file
/// (which [`crate::render::write_atomic`] does, and which dominates a run over many short
/// articles) overlaps the work on the next articles and the other writes. The queue is bounded,
/// so memory stays bounded when the disk is slower than the pipeline.
#[derive(Debug)]
pub struct WritePool {
    jobs: Option<std::sync::mpsc::SyncSender<WriteJob>>,
    done: std::sync::mpsc::Receiver<(String, Result<Written, Error>)>,
    threads: Vec<std::thread::JoinHandle<()>>,
}

impl WritePool {
    /// A pool of `threads` writers (at least one) applying [`write_under_dir`] with `force`.
    pub fn new(threads: usize, force: bool) -> Self {
        let (jobs, queue) = std::sync::mpsc::sync_channel::<WriteJob>(64);
        let queue = std::sync::Arc::new(std::sync::Mutex::new(queue));
        let (report, done) = std::sync::mpsc::channel();
        let threads = (0..threads.max(1))
            .map(|_| {
                let queue = queue.clone();
                let report = report.clone();
                std::thread::spawn(move || loop {
                    let job = match queue.lock() {
                        Ok(q) => q.recv(),
                        Err(_) => return,
                    };
                    let Ok((label, path, bytes)) = job else {
                        return;
                    };
                    let result = write_under_dir(&path, &bytes, force);
                    if report.send((label, result)).is_err() {
                        return;
                    }
                })
            })
            .collect();
        WritePool {
            jobs: Some(jobs),
            done,
            threads,
        }
    }

    /// Queues one output (blocks while the queue is full).
    pub fn submit(&self, label: String, path: PathBuf, bytes: Vec<u8>) {
        if let Some(jobs) = &self.jobs {
            // The writers only stop when the queue is closed, so this cannot fail.
            let _ = jobs.send((label, path, bytes));
        }
    }

    /// The outputs written (or failed) since the last call, without waiting.
    pub fn finished(&self) -> Vec<(String, Result<Written, Error>)> {
        self.done.try_iter().collect()
    }

    /// Waits for every queued output and returns those not yet collected.
    pub fn close(mut self) -> Vec<(String, Result<Written, Error>)> {
        self.jobs = None;
        for t in std::mem::take(&mut self.threads) {
            let _ = t.join();
        }
        self.done.try_iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(e.contains(":5") && e.contains("invalid JSON"), "{e}");
        let e = found[4].read(&text_only()).unwrap_err().to_string();
        assert!(e.contains(":6") && e.contains("empty input"), "{e}");
        assert!(discover(&[], &[dir.path().join("none.jsonl")], None, None).is_err());
    }

    fn text_only() -> Options {
        Options {
            format: Some(crate::document::InputFormat::Text),
            ..Options::default()
        }
    }

    #[test]
    fn outputs_keep_the_relative_paths_and_refuse_data_loss() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("in");
        write(&root.join("a.txt"), "A.");
        write(&root.join("sub/a.txt"), "A.");
        let r = root.display().to_string();
        let found = discover(std::slice::from_ref(&r), &[], None, None).unwrap();
        let out = dir.path().join("out");
        assert_eq!(
            plan(&found, Some(&out), "md", false, false).unwrap(),
            Plan::Files(vec![out.join("a.md"), out.join("sub/a.md")])
        );
        // A directory of one file still goes to a directory.
        let one = discover(&[format!("{r}/sub")], &[], None, None).unwrap();
        assert_eq!(
            plan(&one, Some(&dir.path().join("o2")), "md", false, false).unwrap(),
            Plan::Files(vec![dir.path().join("o2/a.md")])
        );
        // Text output into the input directory would overwrite the inputs.
        let err = plan(&found, Some(&root), "txt", false, true).unwrap_err();
        assert!(err.to_string().contains("refusing to overwrite"), "{err}");
        // Two inputs with one stem collide.
        let clash = vec![
            found[0].clone(),
            Input {
                label: "b/a.txt".into(),
                rel: "a".into(),
                source: Source::File("b/a.txt".into()),
                discovered: true,
            },
        ];
        assert!(plan(&clash, Some(&out), "md", false, false)
            .unwrap_err()
            .to_string()
            .contains("both be written"));
        // JSONL: one stream, never a directory.
        assert_eq!(
            plan(&found, None, "jsonl", true, false).unwrap(),
            Plan::Stdout
        );
        let stream = dir.path().join("all.jsonl");
        assert_eq!(
            plan(&found, Some(&stream), "jsonl", true, false).unwrap(),
            Plan::JsonlFile(stream.clone())
        );
        assert!(plan(&found, Some(&out), "jsonl", true, false).is_err());
        write(&stream, "old");
        assert!(plan(&found, Some(&stream), "jsonl", true, false).is_err());
        // A single named file to a single file.
        let single = discover(&[format!("{r}/a.txt")], &[], None, None).unwrap();
        let file = dir.path().join("a.md");
        assert_eq!(
            plan(&single, Some(&file), "md", false, false).unwrap(),
            Plan::File(file)
        );
    }

    #[test]
    fn the_write_pool_writes_everything_and_reports_each_file() {
        let dir = tempfile::tempdir().unwrap();
        let pool = WritePool::new(3, false);
        std::fs::write(dir.path().join("x7.md"), "other").unwrap();
        for i in 0..20 {
            pool.submit(
                format!("in{i}"),
                dir.path().join(format!("sub/x{i}.md")),
                format!("{i}").into_bytes(),
            );
        }
        pool.submit("in7".into(), dir.path().join("x7.md"), b"7".to_vec());
        let mut results = pool.finished();
        results.extend(pool.close());
        assert_eq!(results.len(), 21);
        let failed: Vec<&str> = results
            .iter()
            .filter(|(_, r)| r.is_err())
            .map(|(l, _)| l.as_str())
            .collect();
        assert_eq!(failed, ["in7"]);
        for i in 0..20 {
            let got = std::fs::read_to_string(dir.path().join(format!("sub/x{i}.md"))).unwrap();
            assert_eq!(got, i.to_string());
        }
    }

    #[test]
    fn an_identical_output_is_left_alone_a_different_one_needs_force() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("deep/er/a.md");
        assert_eq!(
            write_under_dir(&file, b"one", false).unwrap(),
            Written::Written
        );
        assert_eq!(
            write_under_dir(&file, b"one", false).unwrap(),
            Written::Unchanged
        );
        let err = write_under_dir(&file, b"two", false).unwrap_err();
        assert!(err.to_string().contains("--force"), "{err}");
        assert_eq!(std::fs::read(&file).unwrap(), b"one");
        assert_eq!(
            write_under_dir(&file, b"two", true).unwrap(),
            Written::Written
        );
        assert_eq!(std::fs::read(&file).unwrap(), b"two");
    }
}
