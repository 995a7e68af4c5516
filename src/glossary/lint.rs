//! Linting glossary files (`passerelle glossary check`): duplicates, conflicts, empty or
//! unusual fields, and entries shadowed by others (two entries the matcher cannot tell apart,
//! or an entry replaced by one of a later file).

use std::collections::HashMap;
use std::path::PathBuf;

use super::load::line_of;
use super::matcher::fold;
use super::{inflect, Entry};

/// One lint finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The file.
    pub path: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// `duplicate`, `conflict`, `shadowed`, `overridden`, `spacing`.
    pub check: &'static str,
    /// What is wrong, naming the other line when there is one.
    pub message: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}: {}: {}",
            self.path.display(),
            self.line,
            self.check,
            self.message
        )
    }
}

/// Lints parsed files, given in load order (later files win at run time).
pub fn lint(files: &[(PathBuf, Vec<Entry>)]) -> Vec<Finding> {
    let mut out = Vec::new();
    // Exact `fr` → (file index, entry).
    let mut by_fr: HashMap<&str, (usize, &Entry)> = HashMap::new();
    // Folded match key → (file index, entry).
    let mut by_key: HashMap<(String, bool), (usize, &Entry)> = HashMap::new();
    for (fi, (path, entries)) in files.iter().enumerate() {
        for e in entries {
            let line = line_of(&e.origin);
            let mut push = |check: &'static str, message: String| {
                out.push(Finding {
                    path: path.clone(),
                    line,
                    check,
                    message,
                })
            };
            for (name, v) in [("fr", &e.fr), ("en", &e.en)] {
                if v.trim() != v || v.contains("  ") {
                    push("spacing", format!("{name} {v:?} has stray spaces"));
                }
            }
            if let Some((fj, old)) = by_fr.get(e.fr.as_str()) {
                let where_ = place(files, *fj, fi, old);
                if old.en == e.en {
                    if *fj == fi {
                        push("duplicate", format!("{:?} repeats {where_}", e.fr));
                    }
                } else if *fj == fi {
                    push(
                        "conflict",
                        format!(
                            "{:?} is {:?} here but {:?} at {where_}; the later line wins",
                            e.fr, e.en, old.en
                        ),
                    );
                } else {
                    push(
                        "overridden",
                        format!(
                            "{:?} → {:?} replaces {:?} from {where_}",
                            e.fr, e.en, old.en
                        ),
                    );
                }
            } else {
                let text = inflect::strip_article(&e.fr);
                let cased = e.fr.chars().any(char::is_uppercase);
                // Names match as written, so their case is part of the key.
                let key = (fold(text, !cased, true).text, cased);
                if let Some((fj, old)) = by_key.get(&key) {
                    if old.fr != e.fr {
                        let where_ = place(files, *fj, fi, old);
                        push(
                            "shadowed",
                            format!(
                                "{:?} matches the same text as {:?} ({where_}); only one applies",
                                e.fr, old.fr
                            ),
                        );
                    }
                }
                by_key.insert(key, (fi, e));
            }
            by_fr.insert(&e.fr, (fi, e));
        }
    }
    out
}

fn place(files: &[(PathBuf, Vec<Entry>)], other: usize, this: usize, e: &Entry) -> String {
    if other == this {
        format!("line {}", line_of(&e.origin))
    } else {
        format!("{}:{}", files[other].0.display(), line_of(&e.origin))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::load::{parse, FileFormat};
    use std::path::Path;

    fn file(name: &str, text: &str) -> (PathBuf, Vec<Entry>) {
        let p = PathBuf::from(name);
        let e = parse(Path::new(name), text, FileFormat::Tsv).unwrap();
        (p, e)
    }

    #[test]
    fn finds_duplicates_conflicts_shadows_and_overrides() {
        let a = file(
            "a.tsv",
            "fr\ten\tkind\tnote\nPékin\tBeijing\tplace\t\nPékin\tBeijing\tplace\t\n\
             Moscou\tMoscow\tplace\t\nMoscou\tMoskva\tplace\t\nEtats-Unis\tthe US\tplace\t\n\
             États-Unis\tthe United States\tplace\t\n",
        );
        let b = file("b.tsv", "fr\ten\nPékin\tPeking\n");
        let findings = lint(&[a, b]);
        let got: Vec<String> = findings.iter().map(ToString::to_string).collect();
        assert_eq!(got.len(), 4, "{got:#?}");
        assert!(got[0].starts_with("a.tsv:3: duplicate: \"Pékin\" repeats line 2"));
        assert!(got[1].starts_with(
            "a.tsv:5: conflict: \"Moscou\" is \"Moskva\" here but \"Moscow\" at line 4"
        ));
        assert!(got[2].starts_with(
            "a.tsv:7: shadowed: \"États-Unis\" matches the same text as \"Etats-Unis\" (line 6)"
        ));
        assert!(got[3].starts_with(
            "b.tsv:2: overridden: \"Pékin\" → \"Peking\" replaces \"Beijing\" from a.tsv:3"
        ));
    }

    #[test]
    fn the_shipped_glossary_is_clean() {
        let files = crate::glossary::load::shipped().unwrap();
        let findings = lint(&files);
        assert!(findings.is_empty(), "{findings:#?}");
    }
}
