//! Passerelle: French news articles into English, sentence by sentence.
//!
//! The library is the pipeline of `ARCHITECTURE.md`, one module per stage:
//! [`document`] (bytes → text, metadata, paragraphs) → [`normalize`] → [`segment`]
//! (French sentence boundaries) → [`glossary`] (find, protect, restore, verify terms) →
//! [`translate`] (the [`translate::Translator`] backends) → [`qa`] → [`brief`] → [`render`].
//! [`pipeline`] strings the stages together; the binary (`src/main.rs`, [`cli`]) only parses
//! arguments, calls the pipeline and maps errors to exit codes.
#![warn(missing_docs)]

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
pub mod render;
pub mod segment;
pub mod serve;
pub mod translate;

pub use error::Error;
