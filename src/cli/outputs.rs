//! Where the outputs of a run over many articles go (`translate`, `brief`, `segment`): stdout,
//! one file, one file per article under `-o DIR` at its input's relative path, or one JSONL
//! stream; the plans that would lose data refused before anything is written; and the writers
//! of outputs under a directory ([`write_under_dir`], [`WritePool`]).

use std::path::{Path, PathBuf};

use super::inputs::Input;
use crate::Error;

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

/// The files a run reads — its inputs, `--jsonl` files, feeds, glossaries, config — which no
/// output may replace, `--force` or not. A file is recognised by its canonical path and, as it
/// exists, by its device and inode (a symbolic or hard link to it is the same file).
#[derive(Debug, Default)]
pub struct ReadFiles {
    files: Vec<ReadFile>,
}

/// One file of [`ReadFiles`].
#[derive(Debug)]
struct ReadFile {
    canonical: PathBuf,
    /// Device and inode.
    id: (u64, u64),
    /// How messages name it: `the input a.txt`, `the glossary terms.tsv`.
    name: String,
}

impl ReadFiles {
    /// The input files of a run (`-`, URLs and feed items are no files).
    pub fn of_inputs(inputs: &[Input]) -> ReadFiles {
        let mut files = ReadFiles::default();
        files.add_inputs(inputs);
        files
    }

    /// Adds the input files of a run.
    pub fn add_inputs(&mut self, inputs: &[Input]) {
        for input in inputs {
            if let Some(path) = input.path() {
                self.add(path, &format!("the input {}", input.label));
            }
        }
    }

    /// Adds a file the run reads, named `name` in messages (a path that is not a regular file,
    /// or does not exist, is skipped: writing into a device or pipe replaces nothing).
    pub fn add(&mut self, path: &Path, name: &str) {
        use std::os::unix::fs::MetadataExt;
        let (Ok(meta), Ok(canonical)) = (std::fs::metadata(path), path.canonicalize()) else {
            return;
        };
        if meta.is_file() {
            self.files.push(ReadFile {
                canonical,
                id: (meta.dev(), meta.ino()),
                name: name.to_string(),
            });
        }
    }

    /// How messages name the file the run reads at `output`, if `output` is one of them.
    fn reader_of(&self, output: &Path) -> Option<&str> {
        use std::os::unix::fs::MetadataExt;
        let id = std::fs::metadata(output).ok().map(|m| (m.dev(), m.ino()));
        let canonical = resolve(output);
        self.files
            .iter()
            .find(|f| Some(f.id) == id || Some(&f.canonical) == canonical.as_ref())
            .map(|f| f.name.as_str())
    }

    /// Refuses an output that is a file the run reads (no `--force` can change that).
    fn check(&self, output: &Path) -> Result<(), Error> {
        match self.reader_of(output) {
            Some(name) => Err(Error::Output {
                path: output.to_path_buf(),
                message: format!(
                    "refusing to overwrite {name}, which this run reads; choose another output"
                ),
            }),
            None => Ok(()),
        }
    }
}

/// Decides where each input's output goes ([`plan_reading`]), the run reading no file but its
/// inputs.
pub fn plan(
    inputs: &[Input],
    output: Option<&Path>,
    extension: &str,
    jsonl: bool,
    force: bool,
) -> Result<Plan, Error> {
    let read = ReadFiles::of_inputs(inputs);
    plan_reading(inputs, output, extension, jsonl, force, &read)
}

/// Decides where each input's output goes, and refuses (exit 2, before anything is written)
/// the plans that would lose data: an output that is a file the run reads (`read`, with or
/// without `force`), two inputs written to one file, an existing single output file without
/// `force`, a path that can only be replaced (a socket, a block device), a JSONL stream into a
/// directory, several inputs into a path with a file extension that is not a directory.
pub fn plan_reading(
    inputs: &[Input],
    output: Option<&Path>,
    extension: &str,
    jsonl: bool,
    force: bool,
    read: &ReadFiles,
) -> Result<Plan, Error> {
    let out_err = |path: &Path, message: String| Error::Output {
        path: path.to_path_buf(),
        message,
    };
    let Some(output) = output.filter(|o| o.as_os_str() != "-") else {
        return Ok(Plan::Stdout);
    };
    let dir_like = output.is_dir() || output.as_os_str().to_string_lossy().ends_with('/');
    if jsonl {
        if dir_like {
            return Err(out_err(
                output,
                "is a directory; --format jsonl writes one stream, to stdout or a file".into(),
            ));
        }
        check_single(output, force, read)?;
        return Ok(Plan::JsonlFile(output.to_path_buf()));
    }
    let as_dir = dir_like || inputs.len() > 1 || inputs.iter().any(Input::is_discovered);
    if !as_dir {
        check_single(output, force, read)?;
        return Ok(Plan::File(output.to_path_buf()));
    }
    if output.exists() && !output.is_dir() {
        return Err(out_err(
            output,
            "is a file, but several inputs need an output directory".into(),
        ));
    }
    if !dir_like && output.extension().is_some() {
        return Err(out_err(
            output,
            format!(
                "looks like a file name, but {} inputs need an output directory; \
                 use -o DIR/ (one file per input) or -f jsonl (one stream)",
                inputs.len()
            ),
        ));
    }
    std::fs::create_dir_all(output).map_err(|e| {
        let message = match file_ancestor(output) {
            Some(file) => format!("{} is a file, not a directory", file.display()),
            None => format!(
                "cannot create the directory: {}",
                crate::error::io_message(&e)
            ),
        };
        out_err(output, message)
    })?;
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
        read.check(&file)?;
        if let Some(message) = std::fs::metadata(&file)
            .ok()
            .as_ref()
            .and_then(crate::render::not_replaceable)
        {
            return Err(out_err(&file, message.into()));
        }
        seen.insert(file.clone(), i);
        files.push(file);
    }
    Ok(Plan::Files(files))
}

/// The up-front checks on one output file: not a file the run reads; if it exists, a device
/// or pipe (written in place, no `--force` needed) or a regular file replaced only with
/// `force`; its directory exists.
fn check_single(file: &Path, force: bool, read: &ReadFiles) -> Result<(), Error> {
    let out_err = |message: String| Error::Output {
        path: file.to_path_buf(),
        message,
    };
    read.check(file)?;
    if let Ok(meta) = std::fs::metadata(file) {
        if let Some(message) = crate::render::not_replaceable(&meta) {
            return Err(out_err(message.into()));
        }
        if !force && !crate::render::is_written_in_place(&meta) {
            return Err(out_err(
                "already exists; use --force to overwrite it".into(),
            ));
        }
    }
    match file.parent() {
        Some(dir) if !dir.as_os_str().is_empty() && !dir.is_dir() => {
            Err(out_err(match file_ancestor(dir) {
                Some(f) => format!("{} is a file, not a directory", f.display()),
                None => format!("the directory {} does not exist", dir.display()),
            }))
        }
        _ => Ok(()),
    }
}

/// The nearest existing ancestor of `dir` (itself included) when it is not a directory: the
/// file that stands where a directory is needed.
fn file_ancestor(dir: &Path) -> Option<&Path> {
    let existing = dir
        .ancestors()
        .take_while(|a| !a.as_os_str().is_empty())
        .find(|a| a.exists())?;
    (!existing.is_dir()).then_some(existing)
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
/// writes atomically (a device or pipe in place: it is never read, nor replaced).
pub fn write_under_dir(file: &Path, bytes: &[u8], force: bool) -> Result<Written, Error> {
    let out_err = |message: String| Error::Output {
        path: file.to_path_buf(),
        message,
    };
    if std::fs::metadata(file).is_ok_and(|m| m.is_file()) {
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
/// articles) overlaps the work on the next articles of the window and the other writes; at the
/// end of a window the run waits for them ([`WritePool::wait`]), so that a run killed later
/// has every earlier window's outputs on disk. The queue is bounded, so memory stays bounded
/// when the disk is slower than the pipeline.
#[derive(Debug)]
pub struct WritePool {
    jobs: Option<std::sync::mpsc::SyncSender<WriteJob>>,
    done: std::sync::mpsc::Receiver<(String, Result<Written, Error>)>,
    threads: Vec<std::thread::JoinHandle<()>>,
    /// Outputs queued whose result has not been collected yet.
    in_flight: usize,
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
            in_flight: 0,
        }
    }

    /// Queues one output (blocks while the queue is full).
    pub fn submit(&mut self, label: String, path: PathBuf, bytes: Vec<u8>) {
        if let Some(jobs) = &self.jobs {
            // The writers only stop when the queue is closed, so this cannot fail.
            if jobs.send((label, path, bytes)).is_ok() {
                self.in_flight += 1;
            }
        }
    }

    /// The outputs written (or failed) since the last call, without waiting.
    pub fn finished(&mut self) -> Vec<(String, Result<Written, Error>)> {
        let done: Vec<_> = self.done.try_iter().collect();
        self.in_flight = self.in_flight.saturating_sub(done.len());
        done
    }

    /// Waits until every output queued so far is written (or failed), and returns those not
    /// yet collected. The pool stays open.
    pub fn wait(&mut self) -> Vec<(String, Result<Written, Error>)> {
        let mut done = Vec::with_capacity(self.in_flight);
        while self.in_flight > 0 {
            match self.done.recv() {
                Ok(result) => {
                    done.push(result);
                    self.in_flight -= 1;
                }
                Err(_) => break,
            }
        }
        done
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
    use super::super::inputs::discover;
    use super::*;

    fn write(path: &Path, text: &str) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
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
        let clash = vec![found[0].clone(), Input::named("b/a.txt")];
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
        let mut pool = WritePool::new(3, false);
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
    fn waiting_on_the_write_pool_leaves_every_queued_output_on_disk() {
        let dir = tempfile::tempdir().unwrap();
        let mut pool = WritePool::new(2, false);
        for i in 0..10 {
            pool.submit(
                format!("in{i}"),
                dir.path().join(format!("w{i}.md")),
                vec![b'x'],
            );
        }
        assert_eq!(pool.wait().len(), 10);
        assert!((0..10).all(|i| dir.path().join(format!("w{i}.md")).is_file()));
        // The pool stays open, and nothing is reported twice.
        pool.submit("again".into(), dir.path().join("again.md"), vec![b'y']);
        assert_eq!(pool.wait().len(), 1);
        assert!(pool.close().is_empty());
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
