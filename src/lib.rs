//! Passerelle: French news articles into English, sentence by sentence.
//!
//! The library is the pipeline of `ARCHITECTURE.md`, one module per stage:
//! [`document`] (bytes → text, metadata, paragraphs) → [`normalize`] → [`segment`]
//! (French sentence boundaries) → [`glossary`] (find, protect, restore, verify terms) →
//! [`translate`] (the [`translate::Translator`] backends) → [`qa`] → [`brief`] → [`render`].
//! [`pipeline`] strings the stages together; [`run`] is the engine over many articles that the
//! CLI, `serve` and tests call; the binary (`src/main.rs`, [`cli`]) only parses arguments,
//! calls the engine, shows progress and maps errors to exit codes.
#![warn(missing_docs)]

// Every line the library prints goes through the one redaction point (`redact`): these
// shadow the standard macros in every module below, so no `eprintln!` can bypass it.
macro_rules! eprintln {
    () => {
        $crate::redact::eprint_fmt(::std::format_args!("\n"))
    };
    ($($arg:tt)*) => {
        $crate::redact::eprint_fmt(::std::format_args!("{}\n", ::std::format_args!($($arg)*)))
    };
}
#[allow(unused_macros)]
macro_rules! eprint {
    ($($arg:tt)*) => {
        $crate::redact::eprint_fmt(::std::format_args!($($arg)*))
    };
}
macro_rules! println {
    () => {
        $crate::redact::print_fmt(::std::format_args!("\n"))
    };
    ($($arg:tt)*) => {
        $crate::redact::print_fmt(::std::format_args!("{}\n", ::std::format_args!($($arg)*)))
    };
}
#[allow(unused_macros)]
macro_rules! print {
    ($($arg:tt)*) => {
        $crate::redact::print_fmt(::std::format_args!($($arg)*))
    };
}

pub mod brief;
pub mod cache;
pub mod cli;
pub mod config;
pub mod document;
pub mod error;
pub mod glossary;
pub mod intake;
pub mod model;
pub mod normalize;
pub mod pipeline;
pub mod qa;
pub mod redact;
pub mod render;
pub mod run;
pub mod segment;
pub mod serve;
pub mod translate;

pub use error::Error;
