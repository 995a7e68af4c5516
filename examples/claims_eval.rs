//! Scores the key-claims rules (`brief::claims`) on two development sets and prints the figures
//! BENCHMARKS.md quotes.
//!
//! ```text
//! cargo run --release --example claims_eval -- treebank [DIR] [--errors]
//! cargo run --release --example claims_eval -- fixture [FILE...] [--errors] [--segment] [--by-path]
//! ```
//!
//! `treebank`: the Universal Dependencies French treebanks (default `../shared/data/treebanks`,
//! then `/work/shared/data/treebanks`). Every reporting verb with a gold `nsubj` (or inheriting
//! one: a second verb joined by « et », a participle « précisant que »), every « selon X »,
//! gives a gold speaker span. Each sentence is briefed alone. Speaker recall: gold spans (not
//! pronouns, which a lone sentence cannot resolve) that some claim names; a claim names a span
//! when its speaker is whole tokens inside it holding the span's head or a name in apposition.
//! Speaker precision: claims with a speaker whose cue the tree lets us judge (the cue verb, or
//! « selon »), that name the gold span; a claim on a passive or adjectival participle is wrong.
//!
//! `fixture`: hand-annotated claims from real French news text
//! (`tests/fixtures/claims/annotated.txt`), scored per part (`dev`, `held-out`). With
//! `--segment`, each article's sentences are joined into one paragraph and split again by the
//! project's sentence splitter, as `passerelle brief` splits an article: a claim counts for every
//! gold sentence its segment overlaps, so a split inside a quotation or a missed sentence end
//! shows in the figures. Several files are scored as one set. With `--by-path`, the rows
//! and the recall of each way a speaker is reached (`brief::claims::SpeakerPath`: the
//! construction read, then the back-reference that named it) are printed after the figures;
//! `--rows-of=NAME` prints every row whose path holds NAME, right or wrong.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use passerelle::brief::claims::{find_claims, find_claims_with_paths, SpeakerPath};
mod common;

use passerelle::model::{AlignedDocument, Claim, SpeakerKind};
use passerelle::segment::split_sentences;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let errors = args.iter().any(|a| a == "--errors");
    let rest: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    match rest.first().map(|s| s.as_str()) {
        Some("treebank") => treebank(rest.get(1).map(PathBuf::from), errors),
        Some("fixture") => {
            let how = if args.iter().any(|a| a == "--segment") {
                Segmentation::Splitter
            } else {
                Segmentation::Gold
            };
            let files = rest[1..].iter().map(PathBuf::from).collect();
            let by_path = args.iter().any(|a| a == "--by-path");
            fixture(files, errors, how, by_path)
        }
        _ => {
            eprintln!("usage: claims_eval treebank [DIR] [--errors] | fixture [FILE...] [--errors] [--segment] [--by-path]");
            std::process::exit(2);
        }
    }
}

fn doc(sentences: &[String]) -> AlignedDocument {
    common::untranslated("eval", sentences)
}

// ------------------------------------------------------------------------------------------
// Treebank

const REPORTING: &[&str] = &[
    "dire",
    "déclarer",
    "affirmer",
    "annoncer",
    "expliquer",
    "indiquer",
    "préciser",
    "ajouter",
    "estimer",
    "assurer",
    "souligner",
    "confirmer",
    "rappeler",
    "reconnaître",
    "démentir",
    "nier",
    "avertir",
    "prévenir",
    "juger",
    "considérer",
    "raconter",
    "révéler",
    "répondre",
    "confier",
    "témoigner",
    "admettre",
    "dénoncer",
    "réclamer",
    "demander",
    "appeler",
    "promettre",
    "regretter",
    "insister",
    "noter",
    "signaler",
    "rapporter",
    "commenter",
    "évoquer",
    "prédire",
    "justifier",
    "menacer",
    "accuser",
    "affirmer",
    "avouer",
    "souhaiter",
    "exiger",
    "martèler",
    "marteler",
    "conclure",
    "poursuivre",
    "lancer",
    "réagir",
    "démentir",
    "contester",
];

#[derive(Debug, Clone)]
struct Word {
    #[allow(dead_code)]
    form: String,
    lemma: String,
    upos: String,
    feats: String,
    head: usize,
    deprel: String,
    /// Byte range in the sentence text (a contraction's pieces share the surface word's).
    span: (usize, usize),
}

struct Sentence {
    id: String,
    text: String,
    /// Index 0 is the root placeholder; words from 1.
    words: Vec<Word>,
}

fn parse_conllu(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut id = String::new();
    let mut sent = String::new();
    let mut words: Vec<Word> = Vec::new();
    let mut cursor = 0;
    let mut range: Option<(usize, usize, (usize, usize))> = None;
    let root = Word {
        form: String::new(),
        lemma: String::new(),
        upos: String::new(),
        feats: String::new(),
        head: 0,
        deprel: String::new(),
        span: (0, 0),
    };
    for line in text.lines().chain([""]) {
        if line.is_empty() {
            if words.len() > 1 {
                out.push(Sentence {
                    id: std::mem::take(&mut id),
                    text: std::mem::take(&mut sent),
                    words: std::mem::take(&mut words),
                });
            }
            words.clear();
            cursor = 0;
            range = None;
            continue;
        }
        if let Some(t) = line.strip_prefix("# text = ") {
            sent = t.to_string();
            words = vec![root.clone()];
            continue;
        }
        if let Some(t) = line.strip_prefix("# sent_id = ") {
            id = t.to_string();
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 8 {
            continue;
        }
        let locate = |form: &str, cursor: &mut usize| -> (usize, usize) {
            match sent[*cursor..].find(form) {
                Some(k) => {
                    let s = *cursor + k;
                    *cursor = s + form.len();
                    (s, s + form.len())
                }
                None => (*cursor, *cursor),
            }
        };
        if let Some((a, b)) = cols[0].split_once('-') {
            let span = locate(cols[1], &mut cursor);
            range = Some((a.parse().unwrap_or(0), b.parse().unwrap_or(0), span));
            continue;
        }
        if cols[0].contains('.') {
            continue;
        }
        let n: usize = cols[0].parse().unwrap_or(0);
        let span = match range {
            Some((a, b, span)) if (a..=b).contains(&n) => span,
            _ => locate(cols[1], &mut cursor),
        };
        words.push(Word {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: cols[3].to_string(),
            feats: cols[5].to_string(),
            head: cols[6].parse().unwrap_or(0),
            deprel: cols[7].to_string(),
            span,
        });
    }
    out
}

/// A gold speaker: the byte range of its span, and the ranges a claim must cover one of.
#[derive(Debug, Clone)]
struct Gold {
    span: (usize, usize),
    anchors: Vec<(usize, usize)>,
    pronoun: bool,
    /// The verb (or « selon ») it belongs to.
    cue: usize,
}

impl Sentence {
    fn children(&self, h: usize) -> impl Iterator<Item = usize> + '_ {
        (1..self.words.len()).filter(move |&i| self.words[i].head == h)
    }

    fn subtree(&self, h: usize, skip: Option<usize>) -> Vec<usize> {
        let mut out = vec![h];
        let mut k = 0;
        while k < out.len() {
            let n = out[k];
            for c in self.children(n) {
                if Some(c) != skip {
                    out.push(c);
                }
            }
            k += 1;
        }
        out
    }

    fn range(&self, ids: &[usize]) -> (usize, usize) {
        let ids: Vec<usize> = ids
            .iter()
            .copied()
            .filter(|&i| self.words[i].upos != "PUNCT")
            .collect();
        let s = ids.iter().map(|&i| self.words[i].span.0).min().unwrap_or(0);
        let e = ids.iter().map(|&i| self.words[i].span.1).max().unwrap_or(0);
        (s, e)
    }

    /// The words a claim naming the span must hold one of: the head, a name in apposition
    /// (« le rapporteur, Jean Koch », or behind a title: « le rapporteur, M. Koch »), and each
    /// speaker coordinated with it (« X et Y expliquent » is X's claim and Y's claim).
    fn anchors(&self, h: usize) -> Vec<(usize, usize)> {
        self.anchors_at(h, 0)
    }

    fn anchors_at(&self, h: usize, depth: usize) -> Vec<(usize, usize)> {
        let mut out = vec![self.words[h].span];
        for c in self.children(h) {
            let w = &self.words[c];
            let rel = w.deprel.as_str();
            if matches!(rel, "appos" | "flat:name" | "flat" | "nmod") && w.upos == "PROPN" {
                out.push(w.span);
            } else if rel == "appos" {
                out.extend(
                    self.children(c)
                        .filter(|&n| {
                            let n = &self.words[n];
                            n.upos == "PROPN" && matches!(n.deprel.as_str(), "flat:name" | "flat")
                        })
                        .map(|n| self.words[n].span),
                );
            } else if rel == "conj" && depth == 0 {
                out.extend(self.anchors_at(c, depth + 1));
            }
        }
        out
    }

    /// The gold subject of a verb: its own `nsubj`, or that of the verb it is joined to.
    fn subject(&self, v: usize, depth: usize) -> Option<Gold> {
        if depth > 3 {
            return None;
        }
        if let Some(s) = self.children(v).find(|&c| self.words[c].deprel == "nsubj") {
            let w = &self.words[s];
            let relative = w.feats.contains("PronType=Rel");
            if relative {
                // « … qui affirment »: the antecedent, without its relative clause.
                let ante = self.words[v].head;
                if ante == 0 || !self.words[v].deprel.starts_with("acl") {
                    return None;
                }
                let ids = self.subtree(ante, Some(v));
                return Some(Gold {
                    span: self.range(&ids),
                    anchors: self.anchors(ante),
                    pronoun: false,
                    cue: v,
                });
            }
            let ids = self.subtree(s, None);
            return Some(Gold {
                span: self.range(&ids),
                anchors: self.anchors(s),
                pronoun: w.upos == "PRON",
                cue: v,
            });
        }
        let w = &self.words[v];
        let participle = w.feats.contains("VerbForm=Part") && w.feats.contains("Tense=Pres");
        if w.deprel == "conj" || (participle && w.deprel.starts_with("advcl")) {
            return self
                .subject(w.head, depth + 1)
                .map(|g| Gold { cue: v, ..g });
        }
        None
    }

    fn is_reporting(&self, i: usize) -> bool {
        let w = &self.words[i];
        w.upos == "VERB" && REPORTING.contains(&w.lemma.as_str())
    }

    /// A verb used passively or as an adjective: no speaker.
    fn passive(&self, i: usize) -> bool {
        let w = &self.words[i];
        self.children(i)
            .any(|c| matches!(self.words[c].deprel.as_str(), "nsubj:pass" | "aux:pass"))
            || (w.feats.contains("VerbForm=Part")
                && w.feats.contains("Tense=Past")
                && matches!(w.deprel.as_str(), "amod" | "acl"))
    }

    fn golds(&self) -> Vec<Gold> {
        let mut out = Vec::new();
        for i in 1..self.words.len() {
            if self.is_reporting(i) && !self.passive(i) {
                if let Some(g) = self.subject(i, 0) {
                    out.push(g);
                }
            }
            let w = &self.words[i];
            if w.lemma == "selon" && w.deprel == "case" {
                let h = w.head;
                if self.words.get(h).is_some_and(|n| n.upos != "VERB") {
                    let ids = self.subtree(h, None);
                    let ids: Vec<usize> = ids.into_iter().filter(|&k| k != i).collect();
                    out.push(Gold {
                        span: self.range(&ids),
                        anchors: self.anchors(h),
                        pronoun: self.words[h].upos == "PRON",
                        cue: i,
                    });
                }
            }
        }
        out
    }

    /// The word of the sentence a claim's cue ends on.
    fn cue_word(&self, claim: &Claim) -> Option<usize> {
        let at = self.text.find(&claim.cue)?;
        let last_start = at + claim.cue.rfind(' ').map_or(0, |k| k + 1);
        let cue_low = claim.cue.to_lowercase();
        let first_word = cue_low.split([' ', '\'', '’']).next().unwrap_or("");
        if matches!(
            first_word,
            "selon" | "d" | "après" | "cité" | "citée" | "cités"
        ) {
            return (1..self.words.len()).find(|&i| self.words[i].span.0 == at);
        }
        // The verb of the cue: the last VERB word inside it.
        (1..self.words.len())
            .rev()
            .find(|&i| {
                let s = self.words[i].span;
                s.0 >= at && s.1 <= at + claim.cue.len() && self.words[i].upos == "VERB"
            })
            .or_else(|| (1..self.words.len()).find(|&i| self.words[i].span.0 == last_start))
    }
}

/// The speaker words of a claim as they stand in the sentence (suffixes the rules add dropped).
fn speaker_core(claim: &Claim) -> &str {
    let s = claim.speaker.as_str();
    let s = s.split(", cités par ").next().unwrap_or(s);
    match s.find(" (") {
        Some(k) => &s[..k],
        None => s,
    }
}

fn names(text: &str, words: &[Word], claim: &Claim, gold: &Gold) -> bool {
    let core = speaker_core(claim);
    if core.is_empty() {
        return false;
    }
    // (« aux réalisateurs du film, qui » names « les réalisateurs du film »: the article the
    // sentence contracts into « au », « aux », « du », « des » is matched without it.)
    if !text.contains(core) {
        if let Some(rest) = core
            .strip_prefix("les ")
            .or_else(|| core.strip_prefix("le "))
        {
            return names_words(text, words, rest, gold);
        }
    }
    names_words(text, words, core, gold)
}

fn names_words(text: &str, words: &[Word], core: &str, gold: &Gold) -> bool {
    let starts: Vec<usize> = words.iter().skip(1).map(|w| w.span.0).collect();
    let ends: Vec<usize> = words.iter().skip(1).map(|w| w.span.1).collect();
    text.match_indices(core).any(|(s, m)| {
        let e = s + m.len();
        starts.contains(&s)
            && ends.contains(&e)
            && s >= gold.span.0
            && e <= gold.span.1
            && gold.anchors.iter().any(|a| a.0 >= s && a.1 <= e)
    })
}

#[derive(Default)]
struct Tally {
    sentences: usize,
    gold: usize,
    gold_pronouns: usize,
    found: usize,
    pronouns_unresolved: usize,
    judged: usize,
    right: usize,
    unjudged: usize,
    unattributed: usize,
}

fn treebank(dir: Option<PathBuf>, errors: bool) {
    let dir = dir.unwrap_or_else(|| {
        [
            "../shared/data/treebanks",
            "../../shared/data/treebanks",
            "/work/shared/data/treebanks",
        ]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.is_dir())
        .unwrap_or_else(|| PathBuf::from("../shared/data/treebanks"))
    });
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| {
            eprintln!("claims_eval: {}: {e}", dir.display());
            std::process::exit(2)
        })
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "conllu"))
        .collect();
    files.sort();
    let mut total = Tally::default();
    let mut elapsed = 0.0;
    println!("file | sentences | gold spans | speaker recall | judged claims | speaker precision");
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap_or_default();
        let mut t = Tally::default();
        for s in parse_conllu(&text) {
            let golds = s.golds();
            if golds.is_empty() {
                continue;
            }
            t.sentences += 1;
            let started = Instant::now();
            let claims = find_claims(&doc(std::slice::from_ref(&s.text)));
            elapsed += started.elapsed().as_secs_f64();
            for g in &golds {
                if g.pronoun {
                    t.gold_pronouns += 1;
                    if claims
                        .iter()
                        .any(|c| c.speaker_kind == SpeakerKind::Unattributed)
                    {
                        t.pronouns_unresolved += 1;
                    }
                    continue;
                }
                t.gold += 1;
                if claims.iter().any(|c| names(&s.text, &s.words, c, g)) {
                    t.found += 1;
                } else if errors {
                    println!(
                        "MISS {} gold «{}» got {:?}\n    {}",
                        s.id,
                        s.text.get(g.span.0..g.span.1).unwrap_or(""),
                        claims
                            .iter()
                            .map(|c| format!("{} [{}] «{}»", c.speaker, c.speaker_kind, c.cue))
                            .collect::<Vec<_>>(),
                        s.text
                    );
                }
            }
            for c in &claims {
                if c.speaker_kind == SpeakerKind::Unattributed {
                    t.unattributed += 1;
                    continue;
                }
                let Some(w) = s.cue_word(c) else {
                    t.unjudged += 1;
                    continue;
                };
                let right = if s.passive(w) {
                    Some(false)
                } else {
                    let own: Vec<&Gold> = golds.iter().filter(|g| g.cue == w).collect();
                    if own.is_empty() {
                        s.subject(w, 0)
                            .filter(|g| !g.pronoun)
                            .map(|g| names(&s.text, &s.words, c, &g))
                    } else if own.iter().any(|g| g.pronoun) {
                        None
                    } else {
                        Some(own.iter().any(|g| names(&s.text, &s.words, c, g)))
                    }
                };
                match right {
                    Some(ok) => {
                        t.judged += 1;
                        if ok {
                            t.right += 1;
                        } else if errors {
                            println!(
                                "WRONG {} «{}» [{}] cue «{}»\n    {}",
                                s.id, c.speaker, c.speaker_kind, c.cue, s.text
                            );
                        }
                    }
                    None => t.unjudged += 1,
                }
            }
        }
        println!(
            "{} | {} | {} | {} | {} | {}",
            file.file_name().unwrap_or_default().to_string_lossy(),
            t.sentences,
            t.gold,
            ratio(t.found, t.gold),
            t.judged,
            ratio(t.right, t.judged)
        );
        total.sentences += t.sentences;
        total.gold += t.gold;
        total.gold_pronouns += t.gold_pronouns;
        total.found += t.found;
        total.pronouns_unresolved += t.pronouns_unresolved;
        total.judged += t.judged;
        total.right += t.right;
        total.unjudged += t.unjudged;
        total.unattributed += t.unattributed;
    }
    println!(
        "all | {} | {} | {} | {} | {}",
        total.sentences,
        total.gold,
        ratio(total.found, total.gold),
        total.judged,
        ratio(total.right, total.judged)
    );
    println!(
        "pronoun subjects (a lone sentence cannot resolve them): {}, shown unresolved in {}; \
         claims not judged (no gold subject for their cue): {}; unattributed claims: {}",
        total.gold_pronouns, total.pronouns_unresolved, total.unjudged, total.unattributed
    );
    println!(
        "time: {:.1} ms for {} sentences",
        elapsed * 1000.0,
        total.sentences
    );
}

fn ratio(a: usize, b: usize) -> String {
    if b == 0 {
        "-".into()
    } else {
        format!("{:.3} ({a}/{b})", a as f64 / b as f64)
    }
}

// ------------------------------------------------------------------------------------------
// Hand-annotated fixture

/// One expected claim: speaker (alternatives split by ` / `, `?` for unresolved), speaker kind
/// and claim kind (alternatives split by `/`), `u` when unconfirmed.
#[derive(Debug)]
struct Expected {
    speakers: Vec<String>,
    speaker_kinds: Vec<String>,
    kinds: Vec<String>,
    unconfirmed: bool,
}

struct Article {
    name: String,
    part: String,
    sentences: Vec<String>,
    expected: HashMap<usize, Vec<Expected>>,
}

fn parse_fixture(text: &str, path: &Path) -> Vec<Article> {
    let mut out: Vec<Article> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = || -> ! {
            eprintln!(
                "claims_eval: {}:{}: bad line: {line}",
                path.display(),
                n + 1
            );
            std::process::exit(2)
        };
        if let Some(rest) = line.strip_prefix("== ") {
            let (part, name) = rest.split_once(' ').unwrap_or_else(|| bad());
            out.push(Article {
                name: name.to_string(),
                part: part.to_string(),
                sentences: Vec::new(),
                expected: HashMap::new(),
            });
        } else if let Some(s) = line.strip_prefix("S ") {
            let Some(a) = out.last_mut() else { bad() };
            a.sentences.push(s.to_string());
        } else if let Some(c) = line.strip_prefix("C ") {
            let Some(a) = out.last_mut() else { bad() };
            let cols: Vec<&str> = c.split(" | ").map(str::trim).collect();
            if cols.len() < 3 || a.sentences.is_empty() {
                bad()
            }
            a.expected
                .entry(a.sentences.len())
                .or_default()
                .push(Expected {
                    speakers: cols[0].split(" / ").map(str::to_string).collect(),
                    speaker_kinds: cols[1].split('/').map(str::to_string).collect(),
                    kinds: cols[2].split('/').map(str::to_string).collect(),
                    unconfirmed: cols.get(3).is_some_and(|f| f.contains('u')),
                });
        } else {
            bad()
        }
    }
    out
}

fn speaker_ok(claim: &Claim, e: &Expected) -> bool {
    if e.speakers.iter().any(|s| s == "?") {
        return claim.speaker_kind == SpeakerKind::Unattributed;
    }
    let got = claim.speaker.to_lowercase().replace('’', "'");
    e.speakers
        .iter()
        .any(|s| got == s.to_lowercase().replace('’', "'"))
}

/// Whether the row's speaker and one of the gold's alternatives contain one another (« Husson »
/// for « le capitaine Husson », « Airbus toutefois » for « Airbus »): not right, but the right
/// speaker with the wrong edges far more often than another speaker.
fn speaker_overlaps(claim: &Claim, e: &Expected) -> bool {
    let got = claim.speaker.to_lowercase().replace('’', "'");
    let got = got.trim();
    got.chars().count() >= 3
        && e.speakers.iter().filter(|s| *s != "?").any(|s| {
            let want = s.to_lowercase().replace('’', "'");
            want.contains(got) || got.contains(want.as_str())
        })
}

#[derive(Default, Clone)]
struct FixtureTally {
    gold: usize,
    speaker_right: usize,
    rows: usize,
    rows_right: usize,
    rows_unresolved: usize,
    kind_right: usize,
    kind_judged: usize,
    flags_right: usize,
    /// Claims missed with no row at all in their sentence (a cue not found).
    missed_no_row: usize,
    /// Claims missed whose sentence has a row whose speaker shares its words with the gold's
    /// (one contains the other): the right speaker with the wrong edges, most often.
    missed_edges: usize,
}

/// How the fixture's sentences reach the claims rules.
#[derive(Clone, Copy, PartialEq)]
enum Segmentation {
    /// One segment per `S` line, as annotated.
    Gold,
    /// Each article's `S` lines joined into one paragraph (a line without a sentence end, such
    /// as a title, stands alone) and split by the project's own sentence splitter, as
    /// `passerelle brief` would split the article's text.
    Splitter,
}

/// The article's segments under `how`, each with the ids (1-based) of the gold sentences it
/// overlaps.
fn segments_of(a: &Article, how: Segmentation) -> (Vec<String>, Vec<Vec<usize>>) {
    if how == Segmentation::Gold {
        let ids = (1..=a.sentences.len()).map(|id| vec![id]).collect();
        return (a.sentences.clone(), ids);
    }
    let mut text = String::new();
    let mut gold = Vec::new();
    for s in &a.sentences {
        // A line without a sentence end (a title, a dateline) is a paragraph of its own.
        if text.ends_with(|c: char| ".!?…»\"".contains(c)) {
            text.push(' ');
        } else if !text.is_empty() {
            text.push_str("\n\n");
        }
        gold.push(text.len()..text.len() + s.len());
        text.push_str(s);
    }
    split_sentences(&text)
        .into_iter()
        .map(|r| {
            let ids = (gold.iter().enumerate())
                .filter(|(_, g)| g.start < r.end && r.start < g.end)
                .map(|(i, _)| i + 1)
                .collect();
            (text[r].to_string(), ids)
        })
        .unzip()
}

fn fixture(mut files: Vec<PathBuf>, errors: bool, how: Segmentation, by_path: bool) {
    // (`--rows-of=PATH`: every row whose path's name holds PATH, right or wrong.)
    let rows_of = std::env::args().find_map(|a| a.strip_prefix("--rows-of=").map(str::to_string));
    if files.is_empty() {
        files.push(PathBuf::from("tests/fixtures/claims/annotated.txt"));
    }
    let articles: Vec<Article> = files
        .iter()
        .flat_map(|file| {
            let text = std::fs::read_to_string(file).unwrap_or_else(|e| {
                eprintln!("claims_eval: {}: {e}", file.display());
                std::process::exit(2)
            });
            parse_fixture(&text, file)
        })
        .collect();
    let mut parts: Vec<(String, FixtureTally)> = Vec::new();
    let mut paths = PathTallies::default();
    let mut elapsed = 0.0;
    for a in articles {
        let (segments, gold_ids) = segments_of(&a, how);
        let started = Instant::now();
        let (claims, claim_paths): (Vec<Claim>, Vec<SpeakerPath>) =
            find_claims_with_paths(&doc(&segments)).into_iter().unzip();
        elapsed += started.elapsed().as_secs_f64();
        let path_of = |c: &Claim| {
            claim_paths[claims
                .iter()
                .position(|o| std::ptr::eq(o, c))
                .expect("a claim of the article")]
        };
        // The gold sentences each claim's segment overlaps.
        let claim_ids = |c: &Claim| gold_ids[c.segment - 1].as_slice();
        let t = match parts.iter_mut().find(|(p, _)| *p == a.part) {
            Some((_, t)) => t,
            None => {
                parts.push((a.part.clone(), FixtureTally::default()));
                &mut parts.last_mut().expect("pushed").1
            }
        };
        let no_claims: &[Expected] = &[];
        let want_at = |id: &usize| a.expected.get(id).map(Vec::as_slice).unwrap_or(no_claims);
        for (id, sentence) in a.sentences.iter().enumerate().map(|(i, s)| (i + 1, s)) {
            let want = want_at(&id);
            let got: Vec<&Claim> = claims
                .iter()
                .filter(|c| claim_ids(c).contains(&id))
                .collect();
            t.gold += want.len();
            paths.gold += want.len();
            for e in want {
                match got.iter().find(|c| speaker_ok(c, e)) {
                    Some(c) => {
                        t.speaker_right += 1;
                        paths.found(path_of(c), c);
                        t.kind_judged += 1;
                        if e.kinds.iter().any(|k| k == c.kind.as_str()) {
                            t.kind_right += 1;
                        } else if errors {
                            println!(
                                "KIND {} #{id}: {} «{}» {} (want {})",
                                a.name,
                                c.speaker,
                                c.cue,
                                c.kind.as_str(),
                                e.kinds.join("/")
                            );
                        }
                        if c.unconfirmed == e.unconfirmed
                            && e.speaker_kinds.iter().any(|k| k == c.speaker_kind.as_str())
                        {
                            t.flags_right += 1;
                        } else if errors {
                            println!(
                                "FLAGS {} #{id}: {} [{}] u={} (want [{}] u={})",
                                a.name,
                                c.speaker,
                                c.speaker_kind,
                                c.unconfirmed,
                                e.speaker_kinds.join("/"),
                                e.unconfirmed
                            );
                        }
                    }
                    None => {
                        if got.is_empty() {
                            t.missed_no_row += 1;
                        } else if got.iter().any(|c| speaker_overlaps(c, e)) {
                            t.missed_edges += 1;
                        }
                        if errors {
                            println!(
                                "MISS {} #{id}: want {:?}, got {:?}\n    {sentence}",
                                a.name,
                                e.speakers,
                                got.iter()
                                    .map(|c| match by_path {
                                        true => format!(
                                            "{} [{}] ({})",
                                            c.speaker,
                                            c.speaker_kind,
                                            path_of(c)
                                        ),
                                        false => format!("{} [{}]", c.speaker, c.speaker_kind),
                                    })
                                    .collect::<Vec<_>>()
                            )
                        }
                    }
                }
            }
        }
        // Each row once, judged against the claims of every gold sentence its segment overlaps.
        for c in &claims {
            let want: Vec<&Expected> = claim_ids(c).iter().flat_map(want_at).collect();
            t.rows += 1;
            let right = want.iter().any(|e| speaker_ok(c, e));
            // An unresolved speaker on a real claim is honest, not wrong.
            let honest = c.speaker_kind == SpeakerKind::Unattributed && !want.is_empty();
            paths.row(path_of(c), c, right, honest, want.is_empty());
            if rows_of
                .as_deref()
                .is_some_and(|r| path_of(c).to_string().contains(r))
            {
                let verdict = match (right, honest, want.is_empty()) {
                    (true, _, _) => "RIGHT",
                    (_, true, _) => "UNRESOLVED",
                    (_, _, true) => "NO-CLAIM",
                    _ => "WRONG-NAME",
                };
                println!(
                    "{verdict} {} #{:?}: {} [{}] «{}» ({}) want {:?}\n    {}",
                    a.name,
                    claim_ids(c),
                    c.speaker,
                    c.speaker_kind,
                    c.cue,
                    path_of(c),
                    want.iter()
                        .map(|e| e.speakers.join(" / "))
                        .collect::<Vec<_>>(),
                    segments[c.segment - 1]
                );
            }
            if right || honest {
                t.rows_right += 1;
                if honest && !right {
                    t.rows_unresolved += 1;
                }
            } else if errors {
                let path = if by_path {
                    format!(" ({})", path_of(c))
                } else {
                    String::new()
                };
                println!(
                    "WRONG {} #{:?}: {} [{}] «{}»{path}\n    {}",
                    a.name,
                    claim_ids(c),
                    c.speaker,
                    c.speaker_kind,
                    c.cue,
                    segments[c.segment - 1]
                );
            }
        }
    }
    println!("part | claims | speaker recall | rows | claim precision | kind | speaker kind + unconfirmed");
    let mut all = FixtureTally::default();
    for (part, t) in &parts {
        print_fixture(part, t);
        all.gold += t.gold;
        all.speaker_right += t.speaker_right;
        all.rows += t.rows;
        all.rows_right += t.rows_right;
        all.rows_unresolved += t.rows_unresolved;
        all.kind_right += t.kind_right;
        all.kind_judged += t.kind_judged;
        all.flags_right += t.flags_right;
        all.missed_no_row += t.missed_no_row;
        all.missed_edges += t.missed_edges;
    }
    print_fixture("all", &all);
    println!(
        "claims missed: {} (no row in their sentence: {}, a row naming someone else: {}, \
         of which the row's words and the gold's overlap: {})",
        all.gold - all.speaker_right,
        all.missed_no_row,
        all.gold - all.speaker_right - all.missed_no_row,
        all.missed_edges
    );
    println!("time: {:.1} ms", elapsed * 1000.0);
    if by_path {
        paths.print();
    }
}

/// Rows and recall per way a speaker is reached (`--by-path`).
#[derive(Default)]
struct PathTallies {
    gold: usize,
    /// Per path and speaker kind shown.
    by_path: HashMap<(SpeakerPath, SpeakerKind), PathTally>,
}

#[derive(Default, Clone)]
struct PathTally {
    rows: usize,
    /// Rows naming the right speaker (an expected `?` included).
    right: usize,
    /// Rows naming someone else where a claim was expected.
    wrong_name: usize,
    /// Rows where no claim was expected (named or not).
    no_claim: usize,
    /// Unresolved rows on a real claim (honest).
    unresolved: usize,
    /// Gold claims a row of this path names right.
    found: usize,
}

impl PathTally {
    fn add(&mut self, o: &PathTally) {
        self.rows += o.rows;
        self.right += o.right;
        self.wrong_name += o.wrong_name;
        self.no_claim += o.no_claim;
        self.unresolved += o.unresolved;
        self.found += o.found;
    }
}

impl PathTallies {
    fn found(&mut self, path: SpeakerPath, c: &Claim) {
        self.by_path
            .entry((path, c.speaker_kind))
            .or_default()
            .found += 1;
    }

    fn row(&mut self, path: SpeakerPath, c: &Claim, right: bool, honest: bool, no_claim: bool) {
        let t = self.by_path.entry((path, c.speaker_kind)).or_default();
        t.rows += 1;
        if right {
            t.right += 1;
        } else if honest {
            t.unresolved += 1;
        } else if no_claim {
            t.no_claim += 1;
        } else if c.speaker_kind != SpeakerKind::Unattributed {
            t.wrong_name += 1;
        }
    }

    fn print(&self) {
        println!();
        println!("path | rows | right | wrong name | no claim | unresolved | named precision | row precision | recall carried");
        let line = |name: &str, t: &PathTally| {
            // (Named precision: right names among rows naming someone on a real claim.)
            println!(
                "{name} | {} | {} | {} | {} | {} | {} | {} | {}",
                t.rows,
                t.right,
                t.wrong_name,
                t.no_claim,
                t.unresolved,
                ratio(t.right, t.right + t.wrong_name),
                ratio(t.right + t.unresolved, t.rows),
                ratio(t.found, self.gold)
            )
        };
        type Key<'k> = &'k dyn Fn(&SpeakerPath, SpeakerKind) -> String;
        let group = |key: Key| {
            let mut grouped: HashMap<String, PathTally> = HashMap::new();
            for ((p, kind), t) in &self.by_path {
                grouped.entry(key(p, *kind)).or_default().add(t);
            }
            let mut rows: Vec<(String, PathTally)> = grouped.into_iter().collect();
            rows.sort_by(|a, b| b.1.rows.cmp(&a.1.rows).then(a.0.cmp(&b.0)));
            rows
        };
        let keys: [(&str, Key); 5] = [
            ("route", &|p, _| p.route.to_string()),
            ("link", &|p, _| p.link.to_string()),
            ("route + link", &|p, _| p.to_string()),
            ("speaker kind", &|_, kind| kind.to_string()),
            ("route + speaker kind", &|p, kind| {
                format!("{} [{kind}]", p.route)
            }),
        ];
        for (title, key) in keys {
            println!("-- by {title}");
            for (name, t) in group(key) {
                line(&name, &t);
            }
        }
    }
}

fn print_fixture(part: &str, t: &FixtureTally) {
    println!(
        "{part} | {} | {} | {} | {} (unresolved shown as such: {}) | {} | {}",
        t.gold,
        ratio(t.speaker_right, t.gold),
        t.rows,
        ratio(t.rows_right, t.rows),
        t.rows_unresolved,
        ratio(t.kind_right, t.kind_judged),
        ratio(t.flags_right, t.kind_judged)
    );
}
