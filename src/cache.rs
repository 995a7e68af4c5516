//! The translation memory: an SQLite cache of translated segments, keyed by backend
//! fingerprint, glossary fingerprint and normalized source text.
