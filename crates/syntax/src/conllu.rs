//! CoNLL-U reading for the French parser, on SURFACE tokens: a multiword token (« du » = de + le,
//! « au », « des » = de + les, « auquel » = à + lequel) becomes one token whose head and relation
//! are those of its first component attached outside the span (« du » → the `case` of « de »),
//! and whose part of speech is that component's. Heads of other words that point into the span
//! point to the merged token. Empty nodes (`8.1`) are skipped.

use crate::labels::{Deprel, Upos};

/// One sentence of a treebank, on surface tokens. `head[i]` is `None` for the root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Surface forms, as written in the FORM column (the multiword token's form for a merged one).
    pub words: Vec<String>,
    /// Gold parts of speech.
    pub upos: Vec<Upos>,
    /// Gold heads: index of the head token, `None` for the root.
    pub head: Vec<Option<usize>>,
    /// Gold relations.
    pub deprel: Vec<Deprel>,
}

impl Sentence {
    pub(crate) fn len(&self) -> usize {
        self.words.len()
    }
}

struct Word {
    id: usize,
    form: String,
    upos: Upos,
    head: usize,
    deprel: Deprel,
}

/// Reads every sentence of a CoNLL-U text. Lines that are not words of a sentence (comments,
/// empty nodes) are skipped; a word line with an unknown tag or relation maps to `X` / `dep`, and
/// a sentence whose heads point outside it is dropped.
pub fn read_conllu(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut words: Vec<Word> = Vec::new();
    let mut ranges: Vec<(usize, usize, String)> = Vec::new();
    for line in text.lines().chain(std::iter::once("")) {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if !words.is_empty() {
                if let Some(s) = collapse(&words, &ranges) {
                    out.push(s);
                }
            }
            words.clear();
            ranges.clear();
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 8 {
            continue;
        }
        let id = cols[0];
        if let Some((a, b)) = id.split_once('-') {
            if let (Ok(a), Ok(b)) = (a.parse(), b.parse()) {
                ranges.push((a, b, cols[1].to_string()));
            }
            continue;
        }
        let Ok(id) = id.parse::<usize>() else {
            continue; // empty node (8.1)
        };
        words.push(Word {
            id,
            form: cols[1].to_string(),
            upos: Upos::parse(cols[3]).unwrap_or(Upos::X),
            head: cols[6].parse().unwrap_or(0),
            deprel: Deprel::parse(cols[7]).unwrap_or(Deprel::Dep),
        });
    }
    out
}

/// Turns the syntactic words of one sentence into surface tokens.
fn collapse(words: &[Word], ranges: &[(usize, usize, String)]) -> Option<Sentence> {
    let n = words.len();
    // token_of[word id] = surface token index; ids are 1-based.
    let mut token_of = vec![usize::MAX; n + 1];
    let mut words_out = Vec::new();
    // For each token: the word (index into `words`) that carries its head and relation.
    let mut carrier = Vec::new();
    let mut i = 0;
    while i < n {
        let id = words[i].id;
        if id != i + 1 {
            return None;
        }
        if let Some((a, b, form)) = ranges.iter().find(|(a, _, _)| *a == id) {
            let (a, b) = (*a, (*b).min(n));
            let inside = |h: usize| h >= a && h <= b;
            let span = &words[a - 1..b];
            let pick = span.iter().position(|w| !inside(w.head)).unwrap_or(0);
            let t = words_out.len();
            for w in span {
                token_of[w.id] = t;
            }
            words_out.push(form.clone());
            carrier.push(a - 1 + pick);
            i = b;
        } else {
            token_of[id] = words_out.len();
            words_out.push(words[i].form.clone());
            carrier.push(i);
            i += 1;
        }
    }
    let mut upos = Vec::with_capacity(carrier.len());
    let mut head = Vec::with_capacity(carrier.len());
    let mut deprel = Vec::with_capacity(carrier.len());
    for (t, &w) in carrier.iter().enumerate() {
        let word = &words[w];
        upos.push(word.upos);
        deprel.push(word.deprel);
        if word.head == 0 {
            head.push(None);
        } else {
            let h = *token_of.get(word.head)?;
            if h == usize::MAX || h == t {
                return None;
            }
            head.push(Some(h));
        }
    }
    Some(Sentence {
        words: words_out,
        upos,
        head,
        deprel,
    })
}

/// Whether a tree has no crossing arcs (the root attached to a virtual node before the sentence).
pub(crate) fn is_projective(head: &[Option<usize>]) -> bool {
    let arcs: Vec<(usize, usize)> = head
        .iter()
        .enumerate()
        .map(|(d, h)| {
            // Token i is position i + 1; the virtual root is position 0.
            let h = h.map_or(0, |h| h + 1);
            let d = d + 1;
            (h.min(d), h.max(d))
        })
        .collect();
    for &(a, b) in &arcs {
        for &(c, d) in &arcs {
            if a < c && c < b && b < d {
                return false;
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    const MADE_UP: &str = "# text = Le chef du parti parle au peuple.
1\tLe\tle\tDET\t_\t_\t2\tdet\t_\t_
2\tchef\tchef\tNOUN\t_\t_\t7\tnsubj\t_\t_
3-4\tdu\t_\t_\t_\t_\t_\t_\t_\t_
3\tde\tde\tADP\t_\t_\t5\tcase\t_\t_
4\tle\tle\tDET\t_\t_\t5\tdet\t_\t_
5\tparti\tparti\tNOUN\t_\t_\t2\tnmod\t_\t_
5.1\tvide\t_\t_\t_\t_\t_\t_\t_\t_
6\tparle\tparler\tVERB\t_\t_\t0\troot\t_\t_
7-8\tau\t_\t_\t_\t_\t_\t_\t_\t_
7\tà\tà\tADP\t_\t_\t9\tcase\t_\t_
8\tle\tle\tDET\t_\t_\t9\tdet\t_\t_
9\tpeuple\tpeuple\tNOUN\t_\t_\t6\tobl:arg\t_\t_
10\t.\t.\tPUNCT\t_\t_\t6\tpunct\t_\t_

# text = Celui auquel il pense.
1\tCelui\tcelui\tPRON\t_\t_\t0\troot\t_\t_
2-3\tauquel\t_\t_\t_\t_\t_\t_\t_\t_
2\tà\tà\tADP\t_\t_\t3\tcase\t_\t_
3\tlequel\tlequel\tPRON\t_\t_\t5\tobl:arg\t_\t_
4\til\til\tPRON\t_\t_\t5\tnsubj\t_\t_
5\tpense\tpenser\tVERB\t_\t_\t1\tacl:relcl\t_\t_
6\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_
";

    #[test]
    fn multiword_tokens_collapse_onto_the_component_attached_outside() {
        // The first sentence has a wrong head on purpose (chef → 7, inside « au »): it must
        // then point to the merged token.
        let s = read_conllu(MADE_UP);
        assert_eq!(s.len(), 2);
        let a = &s[0];
        assert_eq!(
            a.words,
            ["Le", "chef", "du", "parti", "parle", "au", "peuple", "."]
        );
        assert_eq!(a.upos[2], Upos::Adp);
        assert_eq!(a.deprel[2], Deprel::Case);
        assert_eq!(a.head[2], Some(3)); // du → parti
        assert_eq!(a.head[3], Some(1)); // parti → chef
        assert_eq!(a.head[1], Some(5)); // chef → (à) → au
        assert_eq!(a.head[4], None);
        assert_eq!(a.deprel[4], Deprel::Root);
        assert_eq!(a.head[5], Some(6)); // au → peuple
        assert_eq!(a.deprel[6], Deprel::OblArg);
        // « auquel »: « lequel » is the component attached outside.
        let b = &s[1];
        assert_eq!(b.words, ["Celui", "auquel", "il", "pense", "."]);
        assert_eq!(b.upos[1], Upos::Pron);
        assert_eq!(b.deprel[1], Deprel::OblArg);
        assert_eq!(b.head[1], Some(3));
        assert_eq!(b.deprel[3], Deprel::AclRelcl);
    }

    #[test]
    fn a_sentence_with_a_head_outside_it_is_dropped() {
        let text =
            "1\tIl\til\tPRON\t_\t_\t9\tnsubj\t_\t_\n2\tdort\tdormir\tVERB\t_\t_\t0\troot\t_\t_\n";
        assert!(read_conllu(text).is_empty());
    }

    #[test]
    fn projectivity() {
        assert!(is_projective(&[None, Some(0), Some(1)]));
        // The root's arc (virtual root → token 1) crosses token 0 → token 2.
        assert!(!is_projective(&[Some(2), None, Some(1), Some(0)]));
    }
}
