//! Hashed sparse features of the tagger and the parser. Every feature is one `u64` key: a
//! template number mixed with the values it joins (word hashes, tags, relations), so no string
//! is built while tagging or parsing. Words are normalised first ([`Lexeme`]): lowercase, ’ as
//! ', numbers folded to one of three shapes.

/// FNV-1a over bytes: the hash of a normalised string.
pub(crate) fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Joins one more value into a feature key.
#[inline]
pub(crate) fn mix(h: u64, v: u64) -> u64 {
    (h.rotate_left(5) ^ v).wrapping_mul(0x517c_c1b7_2722_0a95)
}

#[inline]
fn key(template: u64, values: &[u64]) -> u64 {
    let mut h = mix(0x2545_f491_4f6c_dd1d, template);
    for &v in values {
        h = mix(h, v);
    }
    h
}

/// The hashes of one token's normalised form and its parts.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Lexeme {
    pub(crate) word: u64,
    pub(crate) suffix3: u64,
    pub(crate) suffix2: u64,
    /// The last four characters (« -ment » of an adverb, not « -ent » of a verb).
    pub(crate) suffix4: u64,
    pub(crate) prefix2: u64,
    /// Capitalised, all capitals, has a digit, has a hyphen (bits).
    pub(crate) shape: u64,
}

impl Lexeme {
    pub(crate) fn new(form: &str) -> Lexeme {
        let lower: String = form
            .chars()
            .map(|c| if c == '’' { '\'' } else { c })
            .flat_map(char::to_lowercase)
            .collect();
        let has_digit = lower.chars().any(|c| c.is_ascii_digit());
        let numeric = has_digit
            && lower
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ' ' | ',' | '.' | '\u{a0}'));
        let norm: &str = if numeric {
            match lower.len() {
                4 if lower.starts_with("19") || lower.starts_with("20") => "<year>",
                1 | 2 => "<num2>",
                _ => "<num>",
            }
        } else {
            &lower
        };
        let chars: Vec<char> = norm.chars().collect();
        let tail = |n: usize| -> String { chars[chars.len().saturating_sub(n)..].iter().collect() };
        let head: String = chars.iter().take(2).collect();
        let mut first = form.chars();
        let capital = first.next().is_some_and(char::is_uppercase);
        let all_caps = form.chars().filter(|c| c.is_alphabetic()).count() > 1
            && form
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
        let shape = capital as u64
            | (all_caps as u64) << 1
            | (has_digit as u64) << 2
            | (form.contains('-') as u64) << 3;
        Lexeme {
            word: hash_str(norm),
            suffix3: hash_str(&tail(3)),
            suffix2: hash_str(&tail(2)),
            suffix4: hash_str(&tail(4)),
            prefix2: hash_str(&head),
            shape,
        }
    }

    /// Stands for a position before or after the sentence.
    pub(crate) fn edge(which: &str) -> Lexeme {
        let h = hash_str(which);
        Lexeme {
            word: h,
            suffix3: h,
            suffix2: h,
            suffix4: h,
            prefix2: h,
            shape: 16,
        }
    }
}

/// The tagger's feature of a word's own form alone (its first template after the bias): its
/// weights are what the training data taught of that word out of context.
pub(crate) fn tagger_word_key(w: &Lexeme) -> u64 {
    key(2, &[w.word])
}

/// Features of the tagger for token `i`, given the tags chosen for the two tokens before it
/// (`prev`, `prev2`: tag index + 1, 0 at the start).
pub(crate) fn tagger_features(lex: &[Lexeme], i: usize, prev: u64, prev2: u64, out: &mut Vec<u64>) {
    out.clear();
    let start = Lexeme::edge("<s>");
    let end = Lexeme::edge("</s>");
    let at = |d: isize| -> &Lexeme {
        let j = i as isize + d;
        if j < 0 {
            &start
        } else if j as usize >= lex.len() {
            &end
        } else {
            &lex[j as usize]
        }
    };
    let w = at(0);
    let (p1, p2, n1, n2) = (at(-1), at(-2), at(1), at(2));
    let first = (i == 0) as u64;
    out.extend_from_slice(&[
        key(1, &[]),
        tagger_word_key(w),
        key(3, &[w.suffix3]),
        key(4, &[w.suffix2]),
        key(5, &[w.prefix2]),
        key(6, &[w.shape, first]),
        key(7, &[prev]),
        key(8, &[prev2]),
        key(9, &[prev, prev2]),
        key(10, &[prev, w.word]),
        key(11, &[p1.word]),
        key(12, &[p1.suffix3]),
        key(13, &[p2.word]),
        key(14, &[n1.word]),
        key(15, &[n1.suffix3]),
        key(16, &[n2.word]),
        key(17, &[p1.word, w.word]),
        key(18, &[w.word, n1.word]),
        key(19, &[prev, w.suffix3]),
        key(20, &[w.shape, prev]),
        key(21, &[n1.suffix2, w.suffix3]),
        key(22, &[w.suffix4]),
        key(23, &[n1.suffix4]),
        key(24, &[p1.suffix4, w.suffix4]),
    ]);
}

/// What the parser's features read of one position of its state; `None` fields are absent
/// positions.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Slot {
    pub(crate) word: u64,
    /// Tag index + 1 (0: no such position).
    pub(crate) tag: u64,
    /// Relation index + 1 of the position's arc, once it has one (0: none).
    pub(crate) label: u64,
}

/// The positions and counts the parser's features read (Honnibal's "Parsing English in 500
/// lines of Python" set, with relations and label sets as in Zhang & Nivre 2011).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Context {
    pub(crate) s0: Slot,
    pub(crate) s1: Slot,
    pub(crate) s2: Slot,
    pub(crate) n0: Slot,
    pub(crate) n1: Slot,
    pub(crate) n2: Slot,
    /// Leftmost and second leftmost children of s0, rightmost and second rightmost.
    pub(crate) s0l: Slot,
    pub(crate) s0l2: Slot,
    pub(crate) s0r: Slot,
    pub(crate) s0r2: Slot,
    pub(crate) n0l: Slot,
    pub(crate) n0l2: Slot,
    pub(crate) s1r: Slot,
    /// Numbers of left / right children.
    pub(crate) s0_lefts: u64,
    pub(crate) s0_rights: u64,
    pub(crate) n0_lefts: u64,
    /// Relations of the children, as bit sets.
    pub(crate) s0_left_labels: u64,
    pub(crate) s0_right_labels: u64,
    pub(crate) n0_left_labels: u64,
    /// Distance s0 → n0, capped (0 when either is absent).
    pub(crate) distance: u64,
    /// Whether a comma / a « que » lies between s0 and n0.
    pub(crate) between: u64,
    /// Last three letters of s0, n0, s1 (0: no such position).
    pub(crate) s0_suffix: u64,
    pub(crate) n0_suffix: u64,
    pub(crate) s1_suffix: u64,
}

pub(crate) fn parser_features(c: &Context, out: &mut Vec<u64>) {
    out.clear();
    let (s0, s1, s2, n0, n1, n2) = (c.s0, c.s1, c.s2, c.n0, c.n1, c.n2);
    let d = c.distance;
    out.extend_from_slice(&[
        key(100, &[]),
        // Word unigrams.
        key(101, &[n0.word]),
        key(102, &[n1.word]),
        key(103, &[n2.word]),
        key(104, &[s0.word]),
        key(105, &[s1.word]),
        key(106, &[s2.word]),
        key(107, &[c.n0l.word]),
        key(108, &[c.s0l.word]),
        key(109, &[c.s0r.word]),
        // Tag unigrams.
        key(111, &[n0.tag]),
        key(112, &[n1.tag]),
        key(113, &[n2.tag]),
        key(114, &[s0.tag]),
        key(115, &[s1.tag]),
        key(116, &[s2.tag]),
        key(117, &[c.n0l.tag]),
        key(118, &[c.n0l2.tag]),
        key(119, &[c.s0l.tag]),
        key(120, &[c.s0l2.tag]),
        key(121, &[c.s0r.tag]),
        key(122, &[c.s0r2.tag]),
        key(123, &[c.s1r.tag]),
        // Word and tag pairs.
        key(131, &[n0.word, n0.tag]),
        key(132, &[n1.word, n1.tag]),
        key(133, &[n2.word, n2.tag]),
        key(134, &[s0.word, s0.tag]),
        key(135, &[s1.word, s1.tag]),
        // Bigrams.
        key(141, &[s0.word, n0.word]),
        key(142, &[n0.word, n0.tag, s0.word]),
        key(143, &[n0.word, n0.tag, s0.tag]),
        key(144, &[s0.word, s0.tag, n0.word]),
        key(145, &[s0.word, s0.tag, n0.tag]),
        key(146, &[s0.word, s0.tag, n0.word, n0.tag]),
        key(147, &[s0.tag, n0.tag]),
        key(148, &[n0.tag, n1.tag]),
        key(149, &[s1.tag, s0.tag]),
        key(150, &[s1.word, s0.word]),
        key(151, &[s1.tag, s0.word]),
        key(152, &[s1.word, s0.tag]),
        // Tag trigrams.
        key(161, &[n0.tag, n1.tag, n2.tag]),
        key(162, &[s0.tag, n0.tag, n1.tag]),
        key(163, &[s0.tag, s1.tag, n0.tag]),
        key(164, &[s0.tag, c.s0l.tag, n0.tag]),
        key(165, &[s0.tag, c.s0r.tag, n0.tag]),
        key(166, &[s0.tag, n0.tag, c.n0l.tag]),
        key(167, &[s0.tag, c.s0l.tag, c.s0l2.tag]),
        key(168, &[s0.tag, c.s0r.tag, c.s0r2.tag]),
        key(169, &[n0.tag, c.n0l.tag, c.n0l2.tag]),
        key(170, &[s0.tag, s1.tag, s2.tag]),
        key(171, &[s1.tag, c.s1r.tag, s0.tag]),
        // Valency and distance.
        key(181, &[s0.word, c.s0_rights]),
        key(182, &[s0.word, c.s0_lefts]),
        key(183, &[n0.word, c.n0_lefts]),
        key(184, &[s0.tag, c.s0_rights]),
        key(185, &[s0.tag, c.s0_lefts]),
        key(186, &[n0.tag, c.n0_lefts]),
        key(187, &[s0.word, d]),
        key(188, &[n0.word, d]),
        key(189, &[s0.tag, d]),
        key(190, &[n0.tag, d]),
        key(191, &[s0.tag, n0.tag, d]),
        key(192, &[s0.word, n0.word, d]),
        key(193, &[s0.tag, n0.tag, c.between]),
        // Relations of the children and their sets.
        key(201, &[c.s0l.label]),
        key(202, &[c.s0r.label]),
        key(203, &[c.n0l.label]),
        key(204, &[c.s0l2.label]),
        key(205, &[c.s0r2.label]),
        key(206, &[c.n0l2.label]),
        key(207, &[s0.tag, c.s0l.label, c.s0r.label]),
        key(208, &[n0.tag, c.n0l.label]),
        key(209, &[s0.word, c.s0_right_labels]),
        key(210, &[s0.tag, c.s0_right_labels]),
        key(211, &[s0.word, c.s0_left_labels]),
        key(212, &[s0.tag, c.s0_left_labels]),
        key(213, &[n0.word, c.n0_left_labels]),
        key(214, &[n0.tag, c.n0_left_labels]),
        key(215, &[s1.tag, c.s1r.label]),
        // Endings (verb forms, participles).
        key(221, &[c.s0_suffix, s0.tag]),
        key(222, &[c.n0_suffix, n0.tag]),
        key(223, &[c.s0_suffix, c.n0_suffix]),
        key(224, &[c.s1_suffix, c.s0_suffix, n0.tag]),
    ]);
}

/// What the relation classifier reads of an arc about to be built.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct ArcContext {
    pub(crate) head: Slot,
    pub(crate) dep: Slot,
    pub(crate) dep_suffix: u64,
    /// 1 for an arc to a word on the right of its dependent (LEFT move), 2 to the left.
    pub(crate) right_arc: u64,
    pub(crate) distance: u64,
    /// The dependent's leftmost and rightmost children (all attached by now).
    pub(crate) dep_left: Slot,
    pub(crate) dep_right: Slot,
    pub(crate) dep_left_labels: u64,
    pub(crate) dep_right_labels: u64,
    /// Relations of the head's children so far (left ones, right ones rotated), as bits.
    pub(crate) head_labels: u64,
    /// The words next to the dependent.
    pub(crate) before: Slot,
    pub(crate) after: Slot,
    /// 1 + a comma between (1) + a « que » between (2).
    pub(crate) between: u64,
}

pub(crate) fn label_features(c: &ArcContext, out: &mut Vec<u64>) {
    out.clear();
    let (h, d, r) = (c.head, c.dep, c.right_arc);
    out.extend_from_slice(&[
        key(300, &[r]),
        key(301, &[d.word, r]),
        key(302, &[d.tag, r]),
        key(303, &[h.word, r]),
        key(304, &[h.tag, r]),
        key(305, &[d.tag, h.tag, r]),
        key(306, &[d.word, h.tag, r]),
        key(307, &[d.tag, h.word, r]),
        key(308, &[d.word, h.word, r]),
        key(309, &[d.tag, h.tag, c.distance, r]),
        key(310, &[d.tag, c.dep_left_labels]),
        key(311, &[d.tag, c.dep_right_labels]),
        key(312, &[d.word, c.dep_left_labels]),
        key(313, &[d.tag, h.tag, c.dep_left_labels, r]),
        key(314, &[d.tag, c.dep_left.label, c.dep_left.word]),
        key(315, &[d.tag, c.dep_right.label, c.dep_right.tag]),
        key(316, &[d.tag, h.tag, c.between, r]),
        key(317, &[c.before.tag, d.tag, h.tag]),
        key(318, &[d.tag, c.after.tag, r]),
        key(319, &[c.before.word, d.tag]),
        key(320, &[d.tag, h.tag, c.head_labels, r]),
        key(321, &[d.suffix_or(c.dep_suffix), h.tag, r]),
        key(322, &[h.word, c.head_labels, d.tag]),
        key(323, &[d.word, c.after.word]),
        key(324, &[c.dep_left.word, d.word]),
    ]);
}

impl Slot {
    /// The suffix hash given, for a real position (0 for an absent one).
    fn suffix_or(&self, suffix: u64) -> u64 {
        if self.tag == 0 {
            0
        } else {
            suffix
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation_folds_case_apostrophes_and_numbers() {
        assert_eq!(Lexeme::new("L’État").word, Lexeme::new("l'état").word);
        assert_eq!(Lexeme::new("3 000").word, Lexeme::new("12,5").word);
        assert_eq!(Lexeme::new("1998").word, Lexeme::new("2024").word);
        assert_ne!(Lexeme::new("1998").word, Lexeme::new("3 000").word);
        assert_ne!(Lexeme::new("Paris").shape, Lexeme::new("paris").shape);
        assert_eq!(Lexeme::new("déclaré").suffix3, hash_str("aré"));
    }

    #[test]
    fn templates_do_not_collide_on_the_same_values() {
        let mut a = Vec::new();
        tagger_features(&[Lexeme::new("le"), Lexeme::new("chat")], 1, 3, 0, &mut a);
        let mut unique = a.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), a.len());
    }
}
