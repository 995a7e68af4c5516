//! The library's error type: one enum, each variant with the context a user needs
//! (which file, which backend), and the exit code the binary maps it to.

use std::path::PathBuf;

use crate::translate::TranslateError;

/// Everything the pipeline can fail with. Backend faults are wrapped in [`Error::Translate`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input could not be read or decoded (bad encoding, empty, binary, missing).
    #[error("{path}: {message}")]
    Input {
        /// The input's display name (a path, or `<stdin>`).
        path: String,
        /// What is wrong with it, in one line.
        message: String,
    },
    /// The configuration is invalid.
    #[error("config: {0}")]
    Config(String),
    /// A glossary file could not be read or parsed.
    #[error("{}{}: {message}", .path.display(), at_line(*.line))]
    Glossary {
        /// The glossary file.
        path: PathBuf,
        /// 1-based line (0 when not tied to a line).
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// An output could not be written.
    #[error("{path}: {message}")]
    Output {
        /// The output path.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// The translation memory could not be opened, read or written.
    #[error("cache {path}: {message}")]
    Cache {
        /// The cache database file.
        path: PathBuf,
        /// What went wrong, in one line.
        message: String,
    },
    /// The translation backend failed.
    #[error(transparent)]
    Translate(#[from] TranslateError),
}

impl Error {
    /// The process exit code this error maps to (design §3): 2 for usage, config and input
    /// errors, 3 for a backend that is unavailable or failed as a whole.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Translate(_) => 3,
            _ => 2,
        }
    }
}

/// `:LINE` after a file name, or nothing for line 0 (an error not tied to a line).
fn at_line(line: usize) -> String {
    if line == 0 {
        String::new()
    } else {
        format!(":{line}")
    }
}

/// An I/O error in plain words, without the raw `(os error N)`: "no such file", "permission
/// denied", "is a directory"; the system's message for the rarer kinds.
pub fn io_message(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => "no such file".into(),
        ErrorKind::PermissionDenied => "permission denied".into(),
        ErrorKind::IsADirectory => "is a directory, not a file".into(),
        ErrorKind::NotADirectory => "a part of the path is not a directory".into(),
        ErrorKind::AlreadyExists => "already exists".into(),
        ErrorKind::StorageFull => "no space left on the device".into(),
        ErrorKind::ReadOnlyFilesystem => "read-only file system".into(),
        _ => without_os_error(&e.to_string()),
    }
}

/// A system error's text without the raw ` (os error N)` and without the temporary file's
/// name tempfile adds (` at path "…/.tmpXXXX"`, which means nothing to the user: the caller
/// names the file being written). Also for errors whose innermost source is an I/O error
/// (`Connection refused (os error 111)` from a network client).
pub fn without_os_error(text: &str) -> String {
    let text = match text.rfind(" at path \"") {
        Some(i) if text.ends_with('"') => &text[..i],
        _ => text,
    };
    match text.find(" (os error ") {
        Some(i) => {
            let rest = &text[i + " (os error ".len()..];
            match rest.find(')') {
                Some(j) => format!("{}{}", &text[..i], &rest[j + 1..]),
                None => text.to_string(),
            }
        }
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_messages_have_no_raw_os_error() {
        let missing = std::fs::read("/nonexistent/passerelle").unwrap_err();
        assert_eq!(io_message(&missing), "no such file");
        let other = std::io::Error::from_raw_os_error(5);
        assert!(
            !io_message(&other).contains("os error"),
            "{}",
            io_message(&other)
        );
        // tempfile's errors name the temporary file.
        let dir = tempfile::tempdir().unwrap();
        let gone = dir.path().join("gone");
        let e = tempfile::Builder::new()
            .prefix(".passerelle-1-")
            .suffix(".tmp")
            .tempfile_in(&gone)
            .unwrap_err();
        assert_eq!(io_message(&e), "no such file");
        let e = std::io::Error::other(
            "Input/output error (os error 5) at path \"/x/.passerelle-1-abc.tmp\"",
        );
        assert_eq!(io_message(&e), "Input/output error");
        assert_eq!(
            without_os_error(
                "could not connect (tcp connect error: Connection refused (os error 111))"
            ),
            "could not connect (tcp connect error: Connection refused)"
        );
    }
}
