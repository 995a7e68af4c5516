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
    /// JSON: one object per article (source, metadata, backend, segments with their French,
    /// English, glossary terms and QA findings; a brief adds summary, claims and qa); see the
    /// README's "JSON output".
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
    /// Whether several articles' outputs, one after another, still make one valid file
    /// (Markdown sections, JSON Lines); a JSON, HTML, TMX, XLIFF or text output holds one.
    pub fn holds_several(self) -> bool {
        matches!(self, Format::Markdown | Format::Jsonl)
    }

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

/// `""` for one, `"s"` for any other count: `format!("{n} article{}", plural_s(n))`. The one
/// English plural of messages and headers (the glossary's French and English inflection is
/// [`crate::glossary::inflect`]).
pub fn plural_s(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Renders a translated document in `format`, the run's secrets scrubbed
/// ([`crate::redact`]: a server that echoed a key into a translation does not get it written).
pub fn render_document(
    doc: &AlignedDocument,
    format: Format,
    out: &mut dyn Write,
) -> io::Result<()> {
    scrubbed(out, |out| render_document_raw(doc, format, out))
}

/// Renders into a buffer, scrubs it, writes it to `out`.
fn scrubbed(
    out: &mut dyn Write,
    render: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let mut buf = Vec::new();
    render(&mut buf)?;
    out.write_all(&crate::redact::scrub_bytes(&buf))
}

fn render_document_raw(
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

/// Renders a brief in `format`, the run's secrets scrubbed (as [`render_document`]).
pub fn render_brief(brief: &Brief, format: Format, out: &mut dyn Write) -> io::Result<()> {
    scrubbed(out, |out| render_brief_raw(brief, format, out))
}

fn render_brief_raw(brief: &Brief, format: Format, out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Markdown => markdown::brief(brief, out),
        Format::Json => json::brief(brief, out),
        Format::Text => text::brief(brief, out),
        Format::Html => html::brief(brief, out),
        Format::Tmx => tmx::document(&brief.document, out),
        Format::Xliff => xliff::document(&brief.document, out),
        Format::Jsonl => json_line(brief, out),
    }
}

/// Writes `bytes` to `path` atomically: a temporary file in the same directory, fsync, rename
/// ([`OutputFile`]). The run's secrets are scrubbed from `bytes` on the way
/// ([`crate::redact`]).
///
/// A new file's mode follows the umask (0644 under 022); a file replaced keeps its mode. A
/// path that exists and is not a regular file is never replaced: a character device or a
/// FIFO (`/dev/null`, `/dev/stdout`, a named pipe) is written in place, anything else
/// (a socket, a block device, a directory) refused. Stale temporary files of this naming left
/// in the directory by a killed run ([`remove_stale_temp_files`]) are removed first.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), crate::Error> {
    let mut file = OutputFile::create(path)?;
    file.write_all(bytes)?;
    file.commit()
}

/// Whether an existing path is written in place rather than replaced: a character device or
/// a FIFO (`/dev/null`, a terminal, a named pipe). Replacing one would destroy it, and
/// writing into one loses no data.
pub fn is_written_in_place(meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::FileTypeExt;
    let kind = meta.file_type();
    kind.is_char_device() || kind.is_fifo()
}

/// The message for an existing output path that is neither a regular file nor written in
/// place ([`is_written_in_place`]): a directory, a socket, a block device.
pub fn not_replaceable(meta: &std::fs::Metadata) -> Option<&'static str> {
    if meta.is_file() || is_written_in_place(meta) {
        None
    } else if meta.is_dir() {
        Some("is a directory")
    } else {
        Some(
            "exists and is not a regular file (nor a character device or pipe to write into); \
             refusing to replace it",
        )
    }
}

/// An output being written: a temporary file beside `path`, renamed over it by
/// [`OutputFile::commit`] (removed if never committed), or, for a path written in place
/// ([`is_written_in_place`]), the device or pipe itself. A JSONL stream is written through
/// one as its articles complete; [`write_atomic`] writes one whole output.
#[derive(Debug)]
pub struct OutputFile {
    path: std::path::PathBuf,
    /// `None` once committed.
    target: Option<Target>,
}

/// Where an [`OutputFile`]'s bytes go.
#[derive(Debug)]
enum Target {
    /// A temporary file, renamed over the path on commit.
    Temp(tempfile::NamedTempFile),
    /// The device or pipe at the path.
    InPlace(std::fs::File),
}

impl OutputFile {
    /// Starts writing `path` (a pipe is opened now, so this waits for its reader).
    pub fn create(path: &Path) -> Result<OutputFile, crate::Error> {
        use std::os::unix::fs::PermissionsExt;
        let err = |e: io::Error| crate::Error::Output {
            path: path.to_path_buf(),
            message: crate::error::io_message(&e),
        };
        let existing = std::fs::metadata(path).ok();
        if let Some(meta) = &existing {
            if is_written_in_place(meta) {
                let file = std::fs::OpenOptions::new()
                    .write(true)
                    .open(path)
                    .map_err(err)?;
                return Ok(OutputFile {
                    path: path.to_path_buf(),
                    target: Some(Target::InPlace(file)),
                });
            }
            if let Some(message) = not_replaceable(meta) {
                return Err(crate::Error::Output {
                    path: path.to_path_buf(),
                    message: message.into(),
                });
            }
        }
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        remove_stale_temp_files(dir);
        // The mode given to open(2), so that the umask applies as for any new file; a replaced
        // file's own mode is put back below.
        let tmp = tempfile::Builder::new()
            .prefix(&format!("{TEMP_PREFIX}{}-", std::process::id()))
            .suffix(TEMP_SUFFIX)
            .permissions(std::fs::Permissions::from_mode(0o666))
            .tempfile_in(dir)
            .map_err(err)?;
        if let Some(meta) = &existing {
            let mode = meta.permissions().mode() & 0o7777;
            tmp.as_file()
                .set_permissions(std::fs::Permissions::from_mode(mode))
                .map_err(err)?;
        }
        pending().push(tmp.path().to_path_buf());
        Ok(OutputFile {
            path: path.to_path_buf(),
            target: Some(Target::Temp(tmp)),
        })
    }

    fn error(&self, e: io::Error) -> crate::Error {
        crate::Error::Output {
            path: self.path.clone(),
            message: crate::error::io_message(&e),
        }
    }

    /// Appends `bytes`, the run's secrets scrubbed.
    pub fn write_all(&mut self, bytes: &[u8]) -> Result<(), crate::Error> {
        let bytes = crate::redact::scrub_bytes(bytes);
        let result = match &mut self.target {
            Some(Target::Temp(tmp)) => tmp.write_all(&bytes),
            Some(Target::InPlace(file)) => file.write_all(&bytes).and_then(|()| file.flush()),
            None => Ok(()),
        };
        result.map_err(|e| self.error(e))
    }

    /// Finishes the output: the temporary file synced and renamed over the path (a device or
    /// pipe has nothing left to do).
    pub fn commit(mut self) -> Result<(), crate::Error> {
        let path = self.path.clone();
        let err = |e: io::Error| crate::Error::Output {
            path: path.clone(),
            message: crate::error::io_message(&e),
        };
        let Some(Target::Temp(tmp)) = self.target.take() else {
            return Ok(());
        };
        let synced = tmp.as_file().sync_all();
        // The rename happens under the lock, so an interrupt either sees the temporary file
        // (and removes it) or the finished output, never a half-renamed state.
        let mut list = pending();
        list.retain(|p| p != tmp.path());
        synced.map_err(err)?;
        tmp.persist(&path).map_err(|e| err(e.error))?;
        Ok(())
    }
}

impl Drop for OutputFile {
    /// An output never committed: its temporary file (removed by `tempfile`) is no longer
    /// pending.
    fn drop(&mut self) {
        if let Some(Target::Temp(tmp)) = &self.target {
            pending().retain(|p| p != tmp.path());
        }
    }
}

/// Temporary files of [`write_atomic`] are `.passerelle-PID-XXXXXX.tmp`: the writer's
/// process id in the name tells whether a live process may still hold one.
const TEMP_PREFIX: &str = ".passerelle-";
const TEMP_SUFFIX: &str = ".tmp";

/// Removes from `dir`, once per run, the temporary files of [`write_atomic`] a killed run
/// left behind (SIGKILL, power loss): named `.passerelle-PID-….tmp`, older than this run,
/// and whose process `PID` is not alive (a running Passerelle's files are left alone).
/// Failures are ignored: these files only take space.
pub fn remove_stale_temp_files(dir: &Path) {
    static DONE: std::sync::Mutex<Vec<std::path::PathBuf>> = std::sync::Mutex::new(Vec::new());
    static STARTED: std::sync::OnceLock<std::time::SystemTime> = std::sync::OnceLock::new();
    let started = *STARTED.get_or_init(std::time::SystemTime::now);
    let key = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    {
        let mut done = DONE
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if done.contains(&key) {
            return;
        }
        done.push(key);
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = stale_temp_pid(&name.to_string_lossy()) else {
            continue;
        };
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .map(|t| t < started)
            .unwrap_or(false);
        if old && !process_alive(pid) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The writer's process id in a temporary file name of ours, if it is one.
fn stale_temp_pid(name: &str) -> Option<i32> {
    let rest = name.strip_prefix(TEMP_PREFIX)?.strip_suffix(TEMP_SUFFIX)?;
    let (pid, random) = rest.split_once('-')?;
    if random.is_empty() || !pid.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    pid.parse().ok().filter(|&p: &i32| p > 0)
}

/// Whether a process `pid` exists (signal 0: only the check is made).
fn process_alive(pid: i32) -> bool {
    // SAFETY: kill(2) with signal 0 sends nothing; no memory is involved.
    let r = unsafe { libc::kill(pid, 0) };
    r == 0 || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
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
        check: crate::model::Check::Quotes,
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
