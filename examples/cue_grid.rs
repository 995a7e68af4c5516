//! The cue grid: how many reporting verbs and locutions of French the claim rules read, in how
//! many of the frames the press puts them in. Every cell is a made-up sentence (a verb of
//! `cue_grid_verbs.tsv` in one frame), briefed with `brief::claims::find_claims`; a cell is
//! right when a claim of that sentence names the expected speaker with one of the verb's kinds.
//!
//! ```text
//! cargo run --example cue_grid                 # the grid, then the figures per frame and source
//! cargo run --example cue_grid -- --failures   # also every cell not right, with its sentence
//! cargo run --example cue_grid -- --verb=LEMMA # only the verbs whose lemma holds LEMMA
//! ```
//!
//! `cue_grid_verbs.tsv` (written by `tools/cue_grid_verbs.py` from French grammars' « verbes
//! introducteurs », the treebanks' verbs with a clausal complement and a person or
//! organisation subject, and the verbs of the opened sets' gold sentences, a committed list:
//! `tools/cue_grid_opened_verbs.txt`) gives per verb its kinds, its source, whether it is
//! reflexive, its auxiliary, the words after its finite part (« savoir », « en garde »), its
//! complement in a clause, a quotation (empty: no incise nor colon frame), an object claim
//! (empty: no object frame) and its forms (present singular and plural, past participle,
//! present participle), conjugated there independently of the lexicon.
//!
//! Cells: `+` right, `k` right speaker with another kind, `?` an unresolved speaker, `x` a wrong
//! speaker, `.` no claim, ` ` a frame the verb does not take. BENCHMARKS.md « Cue grid ».

use passerelle::brief::claims::find_claims;
mod common;

use passerelle::model::{AlignedDocument, Claim, SpeakerKind};

const VERBS: &str = include_str!("cue_grid_verbs.tsv");

/// One verb of the list.
struct Entry<'a> {
    lemma: &'a str,
    kinds: Vec<&'a str>,
    source: &'a str,
    reflexive: bool,
    /// « a » or « est ».
    aux: &'a str,
    tail: &'a str,
    complement: &'a str,
    quote: &'a str,
    noun: &'a str,
    present: &'a str,
    present_plural: &'a str,
    participle: &'a str,
    present_participle: &'a str,
}

fn parse(line: &str) -> Entry<'_> {
    let c: Vec<&str> = line.split('\t').collect();
    assert_eq!(c.len(), 13, "{line}");
    Entry {
        lemma: c[0],
        kinds: c[1].split('/').collect(),
        source: c[2],
        reflexive: c[3] == "1",
        aux: c[4],
        tail: c[5],
        complement: c[6],
        quote: c[7],
        noun: c[8],
        present: c[9],
        present_plural: c[10],
        participle: c[11],
        present_participle: c[12],
    }
}

/// Grammatical person of a subject: feminine, plural.
#[derive(Clone, Copy)]
struct Agreement {
    feminine: bool,
    plural: bool,
}

const HE: Agreement = Agreement {
    feminine: false,
    plural: false,
};
const SHE: Agreement = Agreement {
    feminine: true,
    plural: false,
};
const THEY: Agreement = Agreement {
    feminine: false,
    plural: true,
};

fn starts_with_vowel(word: &str) -> bool {
    word.starts_with(['a', 'e', 'é', 'è', 'ê', 'i', 'î', 'o', 'ô', 'u', 'h'])
}

/// Words joined by one space, empty ones left out.
fn words(parts: &[&str]) -> String {
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

impl Entry<'_> {
    /// The participle agreeing with `who` after « être ».
    fn agreed(&self, who: Agreement) -> String {
        if self.aux == "a" {
            return self.participle.to_string();
        }
        let mut p = self.participle.to_string();
        if who.feminine {
            p.push('e');
        }
        if who.plural && !p.ends_with('s') {
            p.push('s');
        }
        p
    }

    /// « se » before `form`, elided before a vowel.
    fn reflexive(&self, form: &str) -> String {
        match (self.reflexive, starts_with_vowel(form)) {
            (false, _) => form.to_string(),
            (true, true) => format!("s'{form}"),
            (true, false) => format!("se {form}"),
        }
    }

    /// « a affirmé », « ont fait savoir », « s'est indignée », « est revenu ».
    fn compound(&self, who: Agreement) -> String {
        let aux = match (self.aux, who.plural) {
            ("a", false) => "a",
            ("a", true) => "ont",
            (_, false) => "est",
            (_, true) => "sont",
        };
        let aux = match (self.reflexive, who.plural) {
            (true, false) => "s'est",
            (true, true) => "se sont",
            (false, _) => aux,
        };
        words(&[aux, &self.agreed(who), self.tail])
    }

    /// « affirme », « s'indignent », « met en garde ».
    fn simple(&self, who: Agreement) -> String {
        let form = if who.plural {
            self.present_plural
        } else {
            self.present
        };
        words(&[&self.reflexive(form), self.tail])
    }

    /// « a-t-il affirmé », « s'est-il indigné », « est-il revenu ».
    fn inverted_compound(&self) -> String {
        let aux = match (self.reflexive, self.aux) {
            (true, _) => "s'est-il",
            (false, "a") => "a-t-il",
            (false, _) => "est-il",
        };
        words(&[aux, &self.agreed(HE), self.tail])
    }

    /// « affirmant », « s'indignant », « mettant en garde ».
    fn participle_clause(&self) -> String {
        words(&[&self.reflexive(self.present_participle), self.tail])
    }
}

/// A frame: its name, whether it needs the verb's quotation (else its complement), and the
/// sentences (context, then the one holding the claim) with the expected speaker.
struct Frame {
    name: &'static str,
    needs: Needs,
    build: fn(&Entry) -> (Vec<String>, &'static str),
}

#[derive(PartialEq)]
enum Needs {
    Complement,
    Quote,
    Noun,
}

const FRAMES: &[Frame] = &[
    Frame {
        name: "pc",
        needs: Needs::Complement,
        build: |e| {
            let s = format!(
                "Le ministre de l'Intérieur {} {}.",
                e.compound(HE),
                e.complement
            );
            (vec![s], "le ministre de l'Intérieur")
        },
    },
    Frame {
        name: "present",
        needs: Needs::Complement,
        build: |e| {
            let s = format!(
                "Le ministre de l'Intérieur {} {}.",
                e.simple(HE),
                e.complement
            );
            (vec![s], "le ministre de l'Intérieur")
        },
    },
    Frame {
        name: "incise",
        needs: Needs::Quote,
        build: |e| {
            let s = format!(
                "« {} », {} le ministre de l'Intérieur.",
                e.quote,
                e.simple(HE)
            );
            (vec![s], "le ministre de l'Intérieur")
        },
    },
    Frame {
        name: "incise-pc",
        needs: Needs::Quote,
        build: |e| {
            let s = format!(
                "« {} », {} le ministre de l'Intérieur.",
                e.quote,
                e.compound(HE)
            );
            (vec![s], "le ministre de l'Intérieur")
        },
    },
    Frame {
        name: "a-t-il",
        needs: Needs::Quote,
        build: |e| {
            let before = "Paul Martin, ministre de l'Agriculture, a visité une ferme lundi.";
            let s = format!("« {} », {}.", e.quote, e.inverted_compound());
            (vec![before.into(), s], "Paul Martin")
        },
    },
    Frame {
        name: "colon",
        needs: Needs::Quote,
        build: |e| {
            let s = format!("Paul Martin {} : « {}. »", e.simple(HE), e.quote);
            (vec![s], "Paul Martin")
        },
    },
    Frame {
        name: "apposition",
        needs: Needs::Complement,
        build: |e| {
            let s = format!(
                "Marie Lefèvre, porte-parole du gouvernement, {} {}.",
                e.compound(SHE),
                e.complement
            );
            (vec![s], "Marie Lefèvre")
        },
    },
    Frame {
        name: "participle",
        needs: Needs::Complement,
        build: |e| {
            let s = format!(
                "Le syndicat a publié un communiqué lundi, {} {}.",
                e.participle_clause(),
                e.complement
            );
            (vec![s], "Le syndicat")
        },
    },
    Frame {
        name: "relative",
        needs: Needs::Complement,
        build: |e| {
            let s = format!(
                "Le maire, qui {} {}, a quitté la salle.",
                e.compound(HE),
                e.complement
            );
            (vec![s], "Le maire")
        },
    },
    Frame {
        name: "plural",
        needs: Needs::Complement,
        build: |e| {
            let s = format!("Les syndicats {} {}.", e.compound(THEY), e.complement);
            (vec![s], "Les syndicats")
        },
    },
    Frame {
        name: "feminine",
        needs: Needs::Complement,
        build: |e| {
            let s = format!(
                "La présidente de la région {} {}.",
                e.compound(SHE),
                e.complement
            );
            (vec![s], "La présidente de la région")
        },
    },
    Frame {
        name: "object",
        needs: Needs::Noun,
        build: |e| {
            let s = format!("Le ministre de l'Intérieur {} {}.", e.compound(HE), e.noun);
            (vec![s], "le ministre de l'Intérieur")
        },
    },
];

fn doc(sentences: &[String]) -> AlignedDocument {
    common::untranslated("cue-grid", sentences)
}

/// The verdict of one cell (see the module note).
fn verdict(claims: &[Claim], segment: usize, speaker: &str, kinds: &[&str]) -> char {
    let here: Vec<&Claim> = claims.iter().filter(|c| c.segment == segment).collect();
    let want = speaker.to_lowercase();
    let named = |c: &&Claim| c.speaker.to_lowercase() == want;
    if here
        .iter()
        .any(|c| named(c) && kinds.contains(&c.kind.as_str()))
    {
        '+'
    } else if here.iter().any(named) {
        'k'
    } else if here.is_empty() {
        '.'
    } else if here
        .iter()
        .all(|c| c.speaker_kind == SpeakerKind::Unattributed)
    {
        '?'
    } else {
        'x'
    }
}

fn applies(frame: &Frame, entry: &Entry) -> bool {
    match frame.needs {
        Needs::Complement => !entry.complement.is_empty(),
        Needs::Quote => !entry.quote.is_empty(),
        Needs::Noun => !entry.noun.is_empty(),
    }
}

/// Right cells and cells.
#[derive(Default, Clone, Copy)]
struct Tally {
    right: usize,
    cells: usize,
}

impl Tally {
    fn add(&mut self, right: bool) {
        self.cells += 1;
        self.right += usize::from(right);
    }
    fn show(self) -> String {
        let ratio = if self.cells == 0 {
            0.0
        } else {
            self.right as f64 / self.cells as f64
        };
        format!("{:.3} ({}/{})", ratio, self.right, self.cells)
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let failures = args.iter().any(|a| a == "--failures");
    let only = args.iter().find_map(|a| a.strip_prefix("--verb="));
    let entries: Vec<Entry> = VERBS
        .lines()
        .filter(|l| !l.is_empty())
        .map(parse)
        .filter(|e| only.is_none_or(|o| e.lemma.contains(o)))
        .collect();
    let mut by_frame = vec![Tally::default(); FRAMES.len()];
    let mut by_source: Vec<(&str, Tally)> = ["grammar", "treebank", "opened"]
        .iter()
        .map(|s| (*s, Tally::default()))
        .collect();
    let mut by_kind: Vec<(&str, Tally)> = ["statement", "position", "denial", "warning", "call"]
        .iter()
        .map(|s| (*s, Tally::default()))
        .collect();
    let mut total = Tally::default();
    let mut verbs_all_right = 0;
    let mut report = Vec::new();
    let header: Vec<String> = FRAMES
        .iter()
        .map(|f| f.name.chars().take(2).collect())
        .collect();
    println!("{:<28} {}", "verb \\ frame", header.join(" "));
    for entry in &entries {
        let mut row = String::new();
        let mut all_right = true;
        for (i, frame) in FRAMES.iter().enumerate() {
            if !applies(frame, entry) {
                row.push_str("   ");
                continue;
            }
            let (sentences, speaker) = (frame.build)(entry);
            let claims = find_claims(&doc(&sentences));
            let cell = verdict(&claims, sentences.len(), speaker, &entry.kinds);
            let right = cell == '+';
            all_right &= right;
            by_frame[i].add(right);
            total.add(right);
            for (source, tally) in by_source.iter_mut() {
                if entry.source.contains(*source) {
                    tally.add(right);
                }
            }
            for (kind, tally) in by_kind.iter_mut() {
                if entry.kinds[0] == *kind {
                    tally.add(right);
                }
            }
            row.push(cell);
            row.push_str("  ");
            if failures && !right {
                let got: Vec<String> = claims
                    .iter()
                    .filter(|c| c.segment == sentences.len())
                    .map(|c| format!("{} [{}] «{}»", c.speaker, c.kind.as_str(), c.cue))
                    .collect();
                report.push(format!(
                    "{cell} {} / {}: {}\n    want {speaker} {}, got {got:?}",
                    entry.lemma,
                    frame.name,
                    sentences.last().map(String::as_str).unwrap_or(""),
                    entry.kinds.join("/"),
                ));
            }
        }
        verbs_all_right += usize::from(all_right);
        println!("{:<28} {}", entry.lemma, row.trim_end());
    }
    println!();
    for line in &report {
        println!("{line}");
    }
    println!("frame       | cells right");
    for (frame, tally) in FRAMES.iter().zip(&by_frame) {
        println!("{:<11} | {}", frame.name, tally.show());
    }
    for (kind, tally) in &by_kind {
        println!("{:<11} | {}", kind, tally.show());
    }
    for (source, tally) in &by_source {
        println!("{:<11} | {}", source, tally.show());
    }
    println!(
        "all         | {} ; verbs right in every frame: {}/{}",
        total.show(),
        verbs_all_right,
        entries.len()
    );
}
