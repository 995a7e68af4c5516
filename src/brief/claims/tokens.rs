//! Tokens of a French sentence: words (elisions split off), punctuation, and whether each
//! lies inside quotation marks; small predicates over them.

use crate::brief::lexicon;

/// A token of a French sentence.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Tok {
    /// Lowercase text, apostrophes straightened.
    pub(super) low: String,
    /// Byte range in the sentence.
    pub(super) start: usize,
    pub(super) end: usize,
    /// Whether it is a word (not punctuation).
    pub(super) word: bool,
    /// Whether it starts with an uppercase letter.
    pub(super) upper: bool,
    /// Whether it is an acronym: two or more letters, all uppercase (« CNN »).
    pub(super) caps: bool,
    /// Whether it lies inside quotation marks (the quote marks themselves are not).
    pub(super) quoted: bool,
}

pub(super) const ELISIONS: &[&str] = &[
    "l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
];

pub(super) fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’' || c == 'ʼ'
}

/// A capital « M’ » or « N’ » right after a capitalized word opens the next part of a name
/// (« Maïté M’toumo », « Amadou N’Diaye », « Kouassi N'Guessan »), not an elided « me » or
/// « ne »: those are capitalized only opening a sentence, never after a first name.
fn name_particle(raw: &str, before: Option<&Tok>) -> bool {
    matches!(raw, "M" | "N") && before.is_some_and(|t| t.word && t.upper)
}

/// A mark some sites type for an apostrophe, read as one only between two letters of a word
/// (« l`AFP », « d‘un », « Le Cleac‘h », « aujourd´hui »): elsewhere « ‘ » opens a quotation
/// and « ` » is a stray mark.
fn is_typed_apostrophe(c: char) -> bool {
    matches!(c, '‘' | '`' | '´')
}

/// A hyphen inside a word: the ASCII one, and the Unicode hyphen U+2010 and non-breaking
/// hyphen U+2011 that some sites' editors type everywhere (« a‐t‐il », « porte‑parole »);
/// the token's lowercase text holds the ASCII one, so every rule reads them alike.
pub(super) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

pub(super) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}' || c == '\u{2009}'
}

/// Splits a sentence into words (elisions split off: « l'aide » → « l' », « aide ») and
/// punctuation, marking what lies inside quotation marks.
pub(super) fn tokenize(text: &str) -> Vec<Tok> {
    tokenize_in(text, false).0
}

/// Tokenizes a sentence that starts inside a quotation when `open` (a quotation of several
/// sentences, opened in an earlier one), and tells whether it ends inside one. A closing mark
/// with no opening one before it means the quotation began earlier: everything before it is
/// quoted.
pub(super) fn tokenize_in(text: &str, open: bool) -> (Vec<Tok>, bool) {
    // « ''Nous partons'', a dit X »: quotation marks typed as two apostrophes are read as
    // straight quotes.
    let pairs = doubled_apostrophes(text);
    if !pairs.is_empty() {
        let (mut toks, still_open) = tokenize_in(&apostrophe_pairs_as_quotes(text, &pairs), open);
        // (The mark's span is the whole pair: curly apostrophes are several bytes each.)
        for t in &mut toks {
            if let Some(&(from, to)) = pairs.iter().find(|(f, e)| (*f..*e).contains(&t.start)) {
                (t.start, t.end) = (from, to);
            }
        }
        return (toks, still_open);
    }
    // « » Nous ne céderons pas « , a dit X »: guillemets typed the wrong way round (the
    // sentence opens on « » » and holds one « « » after it) are read the right way.
    let reversed = text.trim_start().starts_with('»')
        && text.matches('»').count() == 1
        && text.matches('«').count() == 1
        && text.find('«') > text.find('»')
        // (and the « « » stands where a quotation closes: before a comma or the end)
        && text[text.find('«').unwrap_or(0) + '«'.len_utf8()..]
            .trim_start_matches(is_space)
            .chars()
            .next()
            .is_none_or(|c| matches!(c, ',' | '.' | ';' | '!' | '?'));
    if reversed && !open {
        let swapped: String = text
            .chars()
            .map(|c| match c {
                '»' => '«',
                '«' => '»',
                other => other,
            })
            .collect();
        // (Same byte lengths: the spans still index `text`.)
        return tokenize_in(&swapped, open);
    }
    let mut toks: Vec<Tok> = Vec::new();
    let mut quoted = open;
    // The mark that opened the quotation we are in (`?` for one carried over from an earlier
    // sentence), and whether a quotation nested in it is open.
    let mut outer = '?';
    let mut inner = false;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_space(c) {
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphanumeric()
                    || is_hyphen(d)
                    || matches!(d, ',' | '.') && between_digits(text, j)
                    || d == '.'
                        && (is_initial(&text[i..j])
                            || dotted_abbreviation(text, i, j)
                            || web_domain_after(text, i, j))
                {
                    end = j + d.len_utf8();
                    chars.next();
                } else if is_apostrophe(d) || is_typed_apostrophe(d) {
                    let before = text[i..j].to_lowercase();
                    let after = text[j + d.len_utf8()..].chars().next();
                    let after_is_letter = after.is_some_and(char::is_alphabetic);
                    if is_typed_apostrophe(d) && !after_is_letter {
                        break;
                    }
                    // « qualifié d'« infondées » »: an elision before a quotation mark.
                    let after_opens_quote = matches!(after, Some('«' | '“' | '"'));
                    if ELISIONS.contains(&before.as_str())
                        && (after_is_letter || after_opens_quote)
                        && !(after_is_letter && name_particle(&text[i..j], toks.last()))
                    {
                        end = j + d.len_utf8();
                        chars.next();
                        break;
                    } else if after_is_letter {
                        // « aujourd'hui »: an apostrophe inside a word.
                        end = j + d.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            let raw = &text[i..end];
            let low: String = raw
                .chars()
                .map(|c| match c {
                    c if is_apostrophe(c) || is_typed_apostrophe(c) => '\'',
                    c if is_hyphen(c) => '-',
                    c => c,
                })
                .flat_map(char::to_lowercase)
                .collect();
            toks.push(Tok {
                low: low.trim_end_matches('-').to_string(),
                start: i,
                end,
                word: true,
                // (« lesoir.be », « 20minutes.fr »: a web outlet's name is a proper name,
                // whatever its case.)
                upper: c.is_uppercase() || is_web_name(&low),
                caps: raw.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && raw.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()),
                quoted,
            });
            continue;
        }
        let end = i + c.len_utf8();
        let role = quote_role(text, i, c, quoted, outer, inner);
        // (A mark read against its shape is stored as the mark it acts as: « » » opening is
        // « « », « « » closing is « » », so later rules see the usual pairs.)
        let acts_as = match (&role, c) {
            (QuoteRole::Opens, '»' | '‹' | '›') => '«',
            (QuoteRole::Opens, '„' | '”') => '“',
            (QuoteRole::Closes, '«' | '›') => '»',
            (QuoteRole::Closes, '“') => '”',
            _ => c,
        };
        let (opens, closes) = match role {
            QuoteRole::Opens => (true, false),
            QuoteRole::Closes => (false, true),
            QuoteRole::OpensInner => {
                inner = true;
                (false, false)
            }
            QuoteRole::ClosesInner => {
                inner = false;
                (false, false)
            }
            QuoteRole::None => (false, false),
        };
        // (« … qu'attendu »». »: a closing mark doubled by mistake closes nothing more.)
        let doubled = closes
            && !quoted
            && toks.last().is_some_and(|t| is_quote_char(&t.low))
            && matches!(toks.last().map(|t| t.low.as_str()), Some("»" | "”" | "\""))
            && text[..i].trim_end_matches(is_space).len() == toks.last().map_or(0, |t| t.end);
        if closes && !doubled {
            if !quoted {
                for t in &mut toks {
                    t.quoted = t.word || !is_quote_char(&t.low);
                }
            }
            quoted = false;
            inner = false;
        }
        toks.push(Tok {
            low: acts_as.to_string(),
            start: i,
            end,
            word: false,
            upper: false,
            caps: false,
            quoted,
        });
        if opens {
            quoted = true;
            outer = c;
        }
    }
    (toks, quoted)
}

/// The byte ranges of the pairs of adjacent apostrophes that stand for quotation marks
/// (« ''Nous partons'' », « ’’…’’ »).
fn doubled_apostrophes(text: &str) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if let Some(&(j, d)) = chars.peek() {
            if is_apostrophe(c) && is_apostrophe(d) {
                pairs.push((i, j + d.len_utf8()));
                chars.next();
            }
        }
    }
    pairs
}

/// The text with each pair of [`doubled_apostrophes`] turned into one straight quote padded
/// with spaces to the pair's byte length, on the side away from the word it hugs (« ''Nous »
/// → «  \"Nous », « partons'' » → « partons\"  »): the quote opens or closes as a straight
/// quote typed there would.
fn apostrophe_pairs_as_quotes(text: &str, pairs: &[(usize, usize)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for &(from, to) in pairs {
        out.push_str(&text[at..from]);
        let padding = " ".repeat(to - from - 1);
        if text[to..].chars().next().is_some_and(char::is_alphanumeric) {
            out.push_str(&padding);
            out.push('"');
        } else {
            out.push('"');
            out.push_str(&padding);
        }
        at = to;
    }
    out.push_str(&text[at..]);
    out
}

/// What a quotation mark does, given where it stands and the quotation it may be in.
enum QuoteRole {
    Opens,
    Closes,
    /// Opens or closes a quotation nested in the open one (« … dit “non” … »): the text
    /// stays quoted.
    OpensInner,
    ClosesInner,
    None,
}

/// The role of the quotation mark `c` at byte `i`. Besides the usual pairs (« », “ ”, ‹ ›,
/// „ “, straight quotes), web copy types guillemets the wrong way round: « : » Nous … » or
/// « … « » opens on « » » after a colon and closes on either guillemet, and « … parlent« . »
/// closes on a « « » glued to its last word or standing before punctuation.
fn quote_role(text: &str, i: usize, c: char, quoted: bool, outer: char, inner: bool) -> QuoteRole {
    let end = i + c.len_utf8();
    let before = text[..i].chars().next_back();
    let glued_before = before.is_some_and(|p| !is_space(p));
    let next = text[end..].chars().next();
    let next_visible = text[end..].trim_start_matches(is_space).chars().next();
    let before_punct = next.is_some_and(|n| matches!(n, ',' | '.' | ';' | ':' | '!' | '?' | ')'));
    // (Before punctuation or the end of the sentence, where a quotation closes.)
    let closing_place =
        next_visible.is_none_or(|n| matches!(n, ',' | '.' | ';' | ':' | '!' | '?' | ')' | '…'));
    let after_colon = text[..i].trim_end_matches(is_space).ends_with(':');
    let guillemets = matches!(outer, '«' | '»');
    // (« … vivre“, commente X », « “Il faut … écouter“, dit-il »: a « “ » glued to the word
    // before it and followed by punctuation closes, as the English « ” » it stands for; an
    // opening mark is followed by a word. Not after an elision: « d'“infondées” ».)
    let glued_curly_closes = glued_before && closing_place && !before.is_some_and(is_apostrophe);
    // (A quotation carried over from an earlier sentence closes on any closing mark.)
    if quoted && outer == '?' && c == '"' {
        return QuoteRole::Closes;
    }
    if quoted && (guillemets || outer == '?') {
        return match c {
            '»' => QuoteRole::Closes,
            '«' if glued_before && !before.is_some_and(is_apostrophe) || closing_place => {
                QuoteRole::Closes
            }
            '«' => QuoteRole::None,
            _ if inner => QuoteRole::ClosesInner,
            // (« … refusons”, a dit X »: a mismatched closing mark closes the quotation; so
            // does a « “ » glued to a word before punctuation.)
            '”' | '›' => QuoteRole::Closes,
            '“' if glued_curly_closes => QuoteRole::Closes,
            '"' if glued_before && (before_punct || next.is_none_or(is_space)) => QuoteRole::Closes,
            // (Only when the quotation closes later in the sentence: « … "assez peu
            // loquace" …, a ajouté X », its closing mark forgotten, ends at a straight quote.)
            '“' | '‹' | '„' | '"'
                if (!glued_before || before.is_some_and(is_apostrophe))
                    && text[end..].contains(['»', '«']) =>
            {
                QuoteRole::OpensInner
            }
            _ => QuoteRole::None,
        };
    }
    match c {
        // (« … le sait !« . »: a « « » before the sentence's last punctuation closes a
        // quotation opened in an earlier sentence.)
        '«' if !quoted && closing_place => QuoteRole::Closes,
        '“' if glued_curly_closes => QuoteRole::Closes,
        '«' | '“' | '‹' | '„' if !quoted => QuoteRole::Opens,
        // « … « », « „ … “ »: the second mark of a pair typed with the opening one.
        '“' if quoted && outer == '„' => QuoteRole::Closes,
        '«' | '“' | '‹' | '„' => QuoteRole::None,
        // (« : » Nous … », « » Mes chers compatriotes, … »: after a colon or opening the
        // sentence, before a capital, a « » » opens.)
        // (Opening the sentence, only when the quotation also closes in it: a sentence cut
        // after a quotation's last word may start on its closing mark.)
        '»' if !quoted
            && next_visible.is_some_and(char::is_uppercase)
            && (after_colon
                || text[..i].trim_matches(is_space).is_empty() && closes_later(&text[end..])) =>
        {
            QuoteRole::Opens
        }
        // (« y sont »logés, payés pour nuire », « a dénoncé ” l'expulsion” des migrants »: a
        // closing-shaped mark after a space and before a word, that the same mark closes later
        // in a sentence with no opening mark before it, is typed for the opening one.)
        '»' | '”' | '›'
            if !quoted
                && !glued_before
                && !closing_place
                && text[..i].chars().any(char::is_alphabetic)
                && typed_for_opening(text, i, c) =>
        {
            QuoteRole::Opens
        }
        '»' | '”' | '›' => QuoteRole::Closes,
        '"' => {
            let before_space = next.is_none_or(is_space);
            // A lone mark between spaces, the last straight quote of the sentence, before
            // a lower-case word (« …productifs " explique X »): it closes a quotation
            // opened in an earlier sentence.
            let lone_closing = !glued_before
                && before_space
                && !text[end..].contains('"')
                && next_visible.is_some_and(char::is_lowercase)
                && text[..i].chars().any(char::is_alphabetic);
            let closes = quoted || before_punct || glued_before && before_space || lone_closing;
            if closes {
                QuoteRole::Closes
            } else {
                QuoteRole::Opens
            }
        }
        _ => QuoteRole::None,
    }
}

/// Whether a quotation left open at the end of a sentence closes in the sentences after it
/// (`later`, the rest of its paragraph): the first quotation mark ahead closes it (« Nous
/// partirons. » … « Le chantier attendra. » »). A mark that opens a new quotation first, or
/// no mark at all, means the writer forgot the closing one: the sentences after it are
/// narration (« “Les crues ont tout emporté. » then « La préfecture a indiqué que … »).
pub(super) fn quotation_closes_ahead<'a>(later: impl IntoIterator<Item = &'a str>) -> bool {
    for text in later {
        let marks = text
            .char_indices()
            .filter(|&(i, c)| is_quote_char(&text[i..i + c.len_utf8()]));
        for (i, c) in marks {
            if matches!(quote_role(text, i, c, true, '?', false), QuoteRole::Closes) {
                return true;
            }
            if matches!(quote_role(text, i, c, false, '?', false), QuoteRole::Opens) {
                return false;
            }
        }
    }
    false
}

/// Whether the closing-shaped mark `c` at byte `i` stands for an opening one: no opening mark
/// of any shape before it, and the same mark again later in the sentence, to close.
fn typed_for_opening(text: &str, i: usize, c: char) -> bool {
    !text[..i].contains(['«', '“', '‹', '„', '"']) && text[i + c.len_utf8()..].contains(c)
}

/// Whether a guillemet after a quotation's first words closes it: a « » », or a « « » before
/// punctuation or the end.
fn closes_later(rest: &str) -> bool {
    rest.contains('»')
        || rest.match_indices('«').any(|(k, _)| {
            rest[k + '«'.len_utf8()..]
                .trim_start_matches(is_space)
                .chars()
                .next()
                .is_none_or(|n| matches!(n, ',' | '.' | ';' | ':' | '!' | '?' | ')' | '…'))
        })
}

fn is_quote_char(s: &str) -> bool {
    matches!(s, "\"" | "«" | "»" | "“" | "”" | "‹" | "›" | "„")
}

/// « Un officiel a confié a confié à l'AFP que … »: a compound verb typed twice in a row (an
/// auxiliary and the word after it, outside quotes) is read once; the second copy is dropped.
pub(super) fn drop_repeated_verb(toks: &mut Vec<Tok>) {
    let mut i = 0;
    while i + 3 < toks.len() {
        let pair = &toks[i..i + 4];
        let repeated = pair.iter().all(|t| t.word && !t.quoted)
            && lexicon::AUXILIARIES.contains(&pair[0].low.as_str())
            && pair[0].low == pair[2].low
            && pair[1].low == pair[3].low;
        if repeated {
            toks.drain(i + 2..i + 4);
        }
        i += 1;
    }
}

/// Slips of typing that readers forgive, mended so the verb group reads as typed right:
/// an inverted pronoun cut off by a space (« a-t- il indiqué », « a-t -il », « a t-il »,
/// « ajoute-t- elle ») joins its verb; « à » typed for the auxiliary « a » before a past
/// participle of a reporting verb (« », à expliqué le docteur », « Le maire à déclaré
/// que ») is read as « a »; a capital « A » opening the sentence before an article (« A
/// l'issue de … ») as « à ».
pub(super) fn mend_typing_slips(toks: &mut Vec<Tok>) {
    mend_apostrophe_inversions(toks);
    mend_dropped_accents(toks);
    mend_missing_auxiliary(toks);
    join_spaced_inversions(toks);
    // « A l'issue de l'audition, … », « A contrario, souligne X », « A Paris, le maire … »:
    // a capital « A » opening the sentence before a word is « à » with its accent dropped, as
    // capitals often are (the auxiliary never opens a sentence on its own).
    if toks.len() > 1
        && toks[0].low == "a"
        && toks[0].upper
        && !toks[0].quoted
        && toks[1].word
        && !toks[1].quoted
    {
        toks[0].low = "à".into();
    }
    for k in 0..toks.len() {
        if toks[k].low == "à" && !toks[k].quoted && k > 0 && reporting_participle(toks.get(k + 1))
        {
            toks[k].low = "a".into();
        }
    }
}

/// Whether a token is a past participle of a reporting verb, outside quotes (« expliqué »,
/// « admis », « dit », « écrit »), not its infinitive (« à dire », « à expliquer »).
fn reporting_participle(t: Option<&Tok>) -> bool {
    t.is_some_and(|t| {
        let low = t.low.as_str();
        t.word
            && !t.quoted
            && lexicon::is_verb_form(low)
            // (« dit », « écrit »: a participle that is a present too.)
            && super::cues::may_be_participle(low)
    })
}

/// A reporting verb typed without its accents, as some sites type everything (« a declare
/// que », « », precise le maire », « ont deplore », « Le maire reitere que »), is read as the
/// lexicon's form: after an auxiliary its participle (« déclaré »), elsewhere the form that
/// is no participle (« déclare »); a word that could be two verbs is left as written.
fn mend_dropped_accents(toks: &mut [Tok]) {
    for k in 0..toks.len() {
        let t = &toks[k];
        if !(t.word && !t.quoted && !t.upper) {
            continue;
        }
        let forms = lexicon::verb_forms_without_accents(&t.low);
        if forms.is_empty() {
            continue;
        }
        // (« a denonce », « a-t-elle denonce »: after an auxiliary, inverted or not, the participle.)
        let after_aux = k > 0 && super::cues::is_aux_or_inverted(&toks[k - 1].low);
        let mut fitting = forms
            .iter()
            .filter(|form| super::cues::is_participle(form) == after_aux);
        // (The lexicon spells some forms two ways, « dénoncé » and « dénonçé »: one verb.)
        let Some(first) = fitting.next() else {
            continue;
        };
        let lemma = |form: &str| lexicon::verbs().get(form).map(|v| v.lemma);
        if fitting.all(|form| lemma(form) == lemma(first)) {
            toks[k].low = first.clone();
        }
    }
}

/// A subject pronoun then a reporting verb's participle with its auxiliary forgotten, before
/// what it reports (« Il expliqué que », « elle déclaré : », « ils dénoncé que »): the
/// auxiliary is read where it was forgotten (an empty token « a », « ont » for « ils /
/// elles »), so the verb group is a past one, as written.
fn mend_missing_auxiliary(toks: &mut Vec<Tok>) {
    let mut k = 1;
    while k + 1 < toks.len() {
        let (subject, verb, next) = (&toks[k - 1], &toks[k], &toks[k + 1]);
        let plain = [subject, verb].iter().all(|t| t.word && !t.quoted);
        let reports = matches!(next.low.as_str(), "que" | "qu'" | ":");
        // (The pronoun opens its clause: not « a quant à elle affirmé », « a elle relevé ».)
        let opens_clause = k < 2 || {
            let before = &toks[k - 2];
            !before.word || matches!(before.low.as_str(), "et" | "mais" | "puis")
        };
        let forgotten = plain
            && reports
            && opens_clause
            && lexicon::SUBJECT_PRONOUNS.contains(&subject.low.as_str())
            && super::cues::is_participle(&verb.low)
            && lexicon::is_verb_form(verb.low.as_str());
        if forgotten {
            let aux = if matches!(subject.low.as_str(), "ils" | "elles") {
                "ont"
            } else {
                "a"
            };
            let at = verb.start;
            let empty = Tok {
                low: aux.into(),
                start: at,
                end: at,
                ..verb.clone()
            };
            toks.insert(k, empty);
            k += 1;
        }
        k += 1;
    }
}

/// An inversion typed with an apostrophe for its second hyphen (« a-t'il », « ajoute-t’elle »,
/// « a t'il ») is read as « a-t-il »: « t' » before a subject pronoun is no elided « te »
/// (an object pronoun never stands before the subject's).
fn mend_apostrophe_inversions(toks: &mut Vec<Tok>) {
    // The pronoun after an elided « t' »: « t-il », if it is a subject pronoun.
    let after_t_apostrophe = |pronoun: &str| {
        lexicon::SUBJECT_PRONOUNS
            .contains(&pronoun)
            .then(|| format!("t-{pronoun}"))
    };
    for t in toks.iter_mut().filter(|t| t.word && !t.quoted) {
        if let Some((verb, rest)) = t.low.split_once("-t'") {
            if let Some(inverted) = after_t_apostrophe(rest) {
                t.low = format!("{verb}-{inverted}");
            }
        }
    }
    // (« a t'il »: the elided « t' » and the pronoun are two tokens, joined into « t-il »,
    // which join_spaced_inversions then joins to its verb.)
    let mut k = 0;
    while k + 1 < toks.len() {
        let (t, pronoun) = (&toks[k], &toks[k + 1]);
        let joined = (t.low == "t'" && t.word && pronoun.word && !t.quoted && !pronoun.quoted)
            .then(|| after_t_apostrophe(&pronoun.low))
            .flatten();
        if let Some(low) = joined {
            toks[k].low = low;
            toks[k].end = toks[k + 1].end;
            toks.remove(k + 1);
        }
        k += 1;
    }
}

/// Joins « a-t » + « il », « a-t » + « - » + « il », « a » + « t-il » into one inverted
/// group « a-t-il » spanning them.
fn join_spaced_inversions(toks: &mut Vec<Tok>) {
    let mut k = 0;
    while k + 1 < toks.len() {
        let first = &toks[k];
        let dash = usize::from(toks[k + 1].low == "-" && !toks[k + 1].word);
        let joined = toks.get(k + 1 + dash).and_then(|p| {
            let cut_before =
                first.low.ends_with("-t") && lexicon::SUBJECT_PRONOUNS.contains(&p.low.as_str());
            let cut_after = p
                .low
                .strip_prefix("t-")
                .is_some_and(|pronoun| lexicon::SUBJECT_PRONOUNS.contains(&pronoun));
            let words = first.word && p.word && !first.quoted && !p.quoted;
            (words && (cut_before || cut_after)).then(|| format!("{}-{}", first.low, p.low))
        });
        if let Some(low) = joined {
            let end = toks[k + 1 + dash].end;
            toks[k].low = low;
            toks[k].end = end;
            toks.drain(k + 1..=k + 1 + dash);
        }
        k += 1;
    }
}

/// « OTTAWA — », « Niamey (AFP) – », « Kinshasa, 17 janvier 2025- », « PARIS, 3 mai
/// (Reuters) - »: the dateline opening a wire story says where it was filed, not who speaks;
/// its tokens are dropped before the rules read the sentence.
pub(super) fn drop_dateline(text: &str, toks: &mut Vec<Tok>) {
    if let Some(end) = dateline_end(text, toks) {
        toks.drain(..end);
    }
}

/// The token after a dateline opening `toks`: a place (one to four capitalized words,
/// « Port Soudan », « Le Caire »; none before a wire's name, « (Reuters) - »), maybe a date after a comma (« , le 17 janvier 2025 »), maybe
/// an agency or region in brackets or slashes (« (AFP) », « (La Réunion) », « /CNW/ »), then a
/// dash. A place not in capitals must be followed by a capital or a quotation mark (« Ottawa —
/// La ministre »), so that « Le ministre — qui était absent — » keeps its subject.
fn dateline_end(text: &str, toks: &[Tok]) -> Option<usize> {
    // (« (Reuters) - Le président … »: a wire's name in brackets may open it with no place.)
    let place = match place_words_end(toks) {
        Some(place) => place,
        None if past_agency(toks, 0) > 0 => 0,
        None => return None,
    };
    let k = past_dateline_date(toks, place);
    let k = past_agency(toks, k);
    let (dash, after) = match toks.get(k) {
        Some(t) if !t.word && matches!(t.low.as_str(), "—" | "–" | "-") => (k, k + 1),
        // (« 2025- »: a dash glued to the word before it.)
        _ if k > place && text[toks[k - 1].start..toks[k - 1].end].ends_with(is_hyphen) => {
            (k - 1, k)
        }
        _ => return None,
    };
    let next = toks.get(after)?;
    let in_capitals = toks[..place].iter().all(|t| t.caps || !t.upper);
    let restarts = next.upper || is_quote_mark(next);
    (dash > 0 && (in_capitals && next.word || restarts)).then_some(after)
}

/// The end of the place name opening a dateline: one to four capitalized words, not quoted,
/// maybe joined by « de », « du », « d' », « el », « al » (« Dar es Salaam » is not read).
fn place_words_end(toks: &[Tok]) -> Option<usize> {
    let first = toks.first()?;
    if !(first.word && first.upper && !first.quoted) {
        return None;
    }
    let mut k = 1;
    while k < toks.len().min(6) {
        let t = &toks[k];
        let particle = matches!(t.low.as_str(), "de" | "du" | "d'" | "el" | "al")
            && toks.get(k + 1).is_some_and(|n| n.upper);
        if !(t.word && !t.quoted && (t.upper || particle)) {
            break;
        }
        k += 1;
    }
    (k <= 4).then_some(k)
}

/// Past the date of a dateline at `k`: « , 17 janvier 2025 », « , le 3 mai », « , 3 mai »;
/// `k` when there is none.
fn past_dateline_date(toks: &[Tok], k: usize) -> usize {
    if toks.get(k).is_none_or(|t| t.low != ",") {
        return k;
    }
    let mut d = k + 1;
    if toks.get(d).is_some_and(|t| t.low == "le") {
        d += 1;
    }
    let day = toks.get(d).is_some_and(|t| {
        t.low == "1er" || t.low.len() <= 2 && t.low.chars().all(|c| c.is_ascii_digit())
    });
    let month = toks
        .get(d + 1)
        .is_some_and(|t| lexicon::MONTHS.contains(&t.low.as_str()));
    if !(day && month) {
        return k;
    }
    d += 2;
    let year = |t: &Tok| t.low.len() == 4 && t.low.chars().all(|c| c.is_ascii_digit());
    if toks.get(d).is_some_and(year) {
        d += 1;
    }
    d
}

/// Past an agency or a region in brackets or slashes at `k` (« (AFP) », « (Reuters) »,
/// « (La Réunion) », « /CNW/ »): two to five tokens whose words are capitalized; `k` when
/// there is none.
fn past_agency(toks: &[Tok], k: usize) -> usize {
    let close = match toks.get(k).map(|t| t.low.as_str()) {
        Some("(") => ")",
        Some("/") => "/",
        _ => return k,
    };
    let Some(end) = (k + 2..toks.len().min(k + 6)).find(|&c| toks[c].low == close) else {
        return k;
    };
    let named = toks[k + 1..end]
        .iter()
        .all(|t| t.upper || !t.word && t.low != "," || matches!(t.low.as_str(), "de" | "d'"));
    if named {
        end + 1
    } else {
        k
    }
}

/// A lowercase abbreviation with inner full stops (« p.-d.g. », « d.g. »): the full stop at
/// `dot` is followed by a letter or hyphen, or closes a word that already holds one.
fn dotted_abbreviation(text: &str, start: usize, dot: usize) -> bool {
    let next = text[dot + 1..].chars().next();
    let word = &text[start..dot];
    let lower = word.chars().next().is_some_and(char::is_lowercase);
    lower
        && word.chars().filter(|c| c.is_alphabetic()).count() <= 4
        && (next.is_some_and(|c| c.is_alphabetic() || c == '-')
            || word.contains('.') && !next.is_some_and(char::is_alphanumeric))
}

/// Whether the comma or full stop at `at` is inside a number (« 62,8 km », « 2,5 % », « 80.000
/// personnes », « 1.500 euros »): a digit right before and right after it, no space between.
fn between_digits(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_digit())
        && text[at + 1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit())
}

/// Endings of web addresses (« Abidjan.net », « Lemonde.fr », « 20minutes.fr »).
pub(super) const WEB_DOMAINS: &[&str] = &[
    "fr", "net", "com", "org", "info", "ca", "be", "ch", "ci", "sn", "bf", "cm", "ml", "ma", "dz",
    "tn", "cd", "lu", "eu", "tv", "io", "africa", "news",
];

/// Whether the full stop at `dot` joins the word from `start` to its web domain (« Abidjan.net »): a known
/// domain right after it and ending the word, in lowercase, or in capitals after a name in
/// capitals (« 7SUR7.CD », « ACTUALITE.CD »; not « Paris.Ca », a missing space).
fn web_domain_after(text: &str, start: usize, dot: usize) -> bool {
    let domain: String = text[dot + 1..]
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect();
    let in_capitals = |s: &str| s.chars().all(|c| !c.is_alphabetic() || c.is_uppercase());
    let lowercase = domain.chars().all(char::is_lowercase);
    let capitals = in_capitals(&domain) && in_capitals(&text[start..dot]);
    dot >= start + 2
        && (lowercase || capitals)
        && WEB_DOMAINS.contains(&domain.to_lowercase().as_str())
}

/// A web outlet's name (« abidjan.net », « 20minutes.fr »): a word ending in a web domain.
pub(super) fn is_web_name(low: &str) -> bool {
    low.rsplit_once('.')
        .is_some_and(|(name, domain)| name.chars().count() >= 2 && WEB_DOMAINS.contains(&domain))
}

/// « M » in « M. Dupont » or « J » in « J. Biden »: a single capital before a full stop.
pub(super) fn is_initial(s: &str) -> bool {
    // « F.L » in « F.L. Copperman »: the part after the last full stop.
    let s = s.rsplit('.').next().unwrap_or(s);
    let mut chars = s.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

pub(super) fn is_quote_mark(t: &Tok) -> bool {
    is_quote_char(&t.low)
}

pub(super) fn is_boundary(t: &Tok) -> bool {
    !t.word
        && matches!(
            t.low.as_str(),
            "," | ";" | ":" | "." | "!" | "?" | "(" | ")" | "…"
        )
}

/// The subject pronoun attached to an inverted verb (« a-t-il », « dit-elle »), and the verb.
pub(super) fn split_inverted(low: &str) -> Option<(&str, &str)> {
    let (head, pronoun) = low.rsplit_once('-')?;
    if !lexicon::SUBJECT_PRONOUNS.contains(&pronoun) {
        return None;
    }
    let head = head.strip_suffix("-t").unwrap_or(head);
    Some((head, pronoun))
}

/// The text of tokens `from..=to`, as written in the sentence.
pub(super) fn slice(text: &str, toks: &[Tok], from: usize, to: usize) -> String {
    match (toks.get(from), toks.get(to)) {
        (Some(a), Some(b)) if a.start <= b.end => text[a.start..b.end].trim().to_string(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::{mend_typing_slips, quotation_closes_ahead, tokenize, tokenize_in};

    /// The words of `text`, lowercase, punctuation left out.
    fn words(text: &str) -> Vec<String> {
        tokenize(text)
            .into_iter()
            .filter(|t| t.word)
            .map(|t| t.low)
            .collect()
    }

    /// A reporting verb typed without its accents after an auxiliary, inverted or not, is read
    /// as the participle (« a denonce », « a-t-elle denonce »); elsewhere as the present.
    #[test]
    fn a_verb_without_accents_after_an_auxiliary_is_the_participle() {
        for (text, word, read) in [
            ("Le maire a denonce la réforme.", "denonce", "dénoncé"),
            ("« Non », a-t-elle denonce.", "denonce", "dénoncé"),
            ("« Non », denonce le maire.", "denonce", "dénonce"),
        ] {
            let mut toks = tokenize(text);
            mend_typing_slips(&mut toks);
            let t = toks
                .iter()
                .find(|t| &text[t.start..t.end] == word)
                .expect("the word");
            assert_eq!(t.low, read, "{text}");
        }
    }

    /// Must: a quotation left open closes ahead when the first mark after it closes, in the
    /// next sentence or further on, whatever the mark's shape.
    #[test]
    fn a_quotation_closing_further_on_is_carried() {
        for later in [
            &["Les travaux commencent lundi. »"][..],
            &[
                "Les équipes travaillent.",
                "Personne ne sera oublié.\" a-t-elle ajouté.",
            ],
            &[
                "Le chantier durera un an.",
                "Nous tiendrons”, promet le maire.",
            ],
            &["Nous verrons bien », conclut-il, « après l'été »."],
        ] {
            assert!(quotation_closes_ahead(later.iter().copied()), "{later:?}");
        }
    }

    /// Must not: a quotation whose closing mark was forgot: no mark ahead, or a new
    /// quotation opening first (its closing mark is its own).
    #[test]
    fn a_quotation_never_closed_ahead_is_not_carried() {
        for later in [
            &["La préfecture a indiqué que deux routes étaient coupées."][..],
            &["Le ministre a estimé, lundi, que la situation « reste grave »."],
            &[
                "Les pompiers ont rapporté que trois maisons ont brûlé.",
                "Il a parlé d'un « désastre ».",
            ],
            &["La mairie a annoncé “un plan d'urgence” mardi."],
            &[],
        ] {
            assert!(!quotation_closes_ahead(later.iter().copied()), "{later:?}");
        }
    }

    /// The words inside quotation marks, and whether the sentence ends inside a quotation.
    fn quoted_words(text: &str, open: bool) -> (Vec<String>, bool) {
        let (toks, still_open) = tokenize_in(text, open);
        let words = toks
            .into_iter()
            .filter(|t| t.word && t.quoted)
            .map(|t| t.low)
            .collect();
        (words, still_open)
    }

    #[test]
    fn unicode_hyphens_join_words_as_the_ascii_one() {
        for text in [
            "« Non », a\u{2010}t\u{2010}il dit au porte\u{2010}parole.",
            "« Non », a\u{2011}t\u{2011}il dit au porte\u{2011}parole.",
            "« Non », a-t-il dit au porte-parole.",
        ] {
            let words: Vec<String> = tokenize(text)
                .into_iter()
                .filter(|t| t.word)
                .map(|t| t.low)
                .collect();
            assert_eq!(
                words,
                ["non", "a-t-il", "dit", "au", "porte-parole"],
                "{text}"
            );
        }
        // Must not: a dash between words (en dash, em dash, minus) joins nothing.
        for text in [
            "Le maire \u{2013} seul \u{2013} a dit non.",
            "Le maire \u{2014}seul\u{2014} a dit non.",
        ] {
            assert_eq!(
                words(text),
                ["le", "maire", "seul", "a", "dit", "non"],
                "{text}"
            );
        }
    }

    #[test]
    fn a_backtick_or_opening_quote_inside_a_word_is_an_apostrophe() {
        // Must: an elision split off, a name kept whole, as with « ' ».
        assert_eq!(
            words("Il a dit à l`agence d‘un ton sec que Yann Le Goff´h partait."),
            [
                "il", "a", "dit", "à", "l'", "agence", "d'", "un", "ton", "sec", "que", "yann",
                "le", "goff'h", "partait"
            ]
        );
        assert_eq!(
            words("Marie O`Connor l‘a dit."),
            ["marie", "o'connor", "l'", "a", "dit"]
        );
        // Must not: « ‘ » opening a quotation after a space, « ` » standing alone, join nothing.
        assert_eq!(
            words("Il a dit ‘ non ’ puis ` oui."),
            ["il", "a", "dit", "non", "puis", "oui"]
        );
        assert_eq!(words("Il a dit ‘non’."), ["il", "a", "dit", "non"]);
    }

    #[test]
    fn a_capital_m_or_n_with_an_apostrophe_after_a_first_name_is_part_of_the_name() {
        // Must: after a capitalized word, « M’ » / « N’ » open the next part of the name,
        // whatever the apostrophe.
        assert_eq!(
            words("Awa N’Diaye, élue locale, conteste le tracé."),
            ["awa", "n'diaye", "élue", "locale", "conteste", "le", "tracé"]
        );
        assert_eq!(
            words("Selon Yao M'Bala, le pont rouvrira."),
            ["selon", "yao", "m'bala", "le", "pont", "rouvrira"]
        );
        assert_eq!(
            words("Le docteur Koffi N'Guessan Aka a confirmé."),
            [
                "le",
                "docteur",
                "koffi",
                "n'guessan",
                "aka",
                "a",
                "confirmé"
            ]
        );
        // Must not: an elided « me » / « ne » opening a sentence or a quotation, or after a
        // lowercase word, or a lowercase one after a name, stays split off.
        assert_eq!(words("N’oubliez pas."), ["n'", "oubliez", "pas"]);
        assert_eq!(
            words("« M'a-t-il menti ? », demande Paul."),
            ["m'", "a-t-il", "menti", "demande", "paul"]
        );
        assert_eq!(
            words("Paul n'a rien dit, Marie m'a appelé."),
            ["paul", "n'", "a", "rien", "dit", "marie", "m'", "a", "appelé"]
        );
        assert_eq!(
            words("Il est arrivé à N'Djamena lundi."),
            ["il", "est", "arrivé", "à", "n'", "djamena", "lundi"]
        );
    }

    #[test]
    fn guillemets_typed_the_wrong_way_round_still_quote() {
        // « : » … » or « : » … « »: after a colon, a « » » opens; either guillemet closes.
        for text in [
            "Il a ajouté : » Nous partons, même si Paul le conteste. «",
            "Il a ajouté : » Nous partons, même si Paul le conteste «, lors d'un point presse.",
            "Il a ajouté: »Nous partons, même si Paul le conteste«.",
            "Puis d'ajouter : » Nous partons, même si Paul le conteste.",
        ] {
            let (words, _) = quoted_words(text, false);
            assert_eq!(
                words,
                ["nous", "partons", "même", "si", "paul", "le", "conteste"],
                "{text}"
            );
        }
        // Opening the sentence, closed in it.
        let (words, open) = quoted_words("» Nous partons «, a dit le maire.", false);
        assert_eq!(
            (words, open),
            (vec!["nous".into(), "partons".into()], false)
        );
        // A « « » glued to the last word or before the final punctuation closes.
        let (words, open) = quoted_words("Il y a un préalable « car les juges changent« .", false);
        assert_eq!(words, ["car", "les", "juges", "changent"]);
        assert!(!open);
        let (words, open) = quoted_words("Tout le monde le sait !« .", true);
        assert_eq!(words, ["tout", "le", "monde", "le", "sait"]);
        assert!(!open);
        let (words, open) = quoted_words("Tout le monde le sait !« .", false);
        assert_eq!(words, ["tout", "le", "monde", "le", "sait"]);
        assert!(!open);
    }

    #[test]
    fn a_closing_mark_typed_for_the_opening_one_opens() {
        // Before a word, after a space, closed later by the same mark, with no opening mark
        // before it: the quotation is what follows it, not the sentence before.
        for (text, quoted) in [
            (
                "Le ministre estime que les fraudeurs y sont »protégés, payés pour nuire ».",
                &["protégés", "payés", "pour", "nuire"][..],
            ),
            (
                "Le syndicat a dénoncé, lundi 3 mars, ” la casse” de l'emploi.",
                &["la", "casse"][..],
            ),
            (
                "Elle parle d'une » trahison » du gouvernement.",
                &["trahison"][..],
            ),
            (
                "La maire a qualifié le projet de ”désastreux”.",
                &["désastreux"][..],
            ),
            (
                "Il a promis › du concret › aux habitants.",
                &["du", "concret"][..],
            ),
        ] {
            let (words, open) = quoted_words(text, false);
            assert_eq!(words, quoted, "{text}");
            assert!(!open, "{text}");
        }
        // A lone closing mark still closes a quotation opened before the sentence, and so
        // does one glued to the word before it.
        let (words, _) = quoted_words("Nous ne céderons pas ” a dit le maire.", false);
        assert_eq!(words, ["nous", "ne", "céderons", "pas"]);
        let (words, _) = quoted_words(
            "Nous ne céderons pas” a dit le maire, qui répète ” non ”.",
            false,
        );
        assert_eq!(words, ["nous", "ne", "céderons", "pas", "non"]);
    }

    #[test]
    fn a_closing_guillemet_opening_a_cut_sentence_opens_nothing() {
        // A sentence cut after a quotation starts on its closing mark: what follows is the
        // article's own text, up to the next quotation.
        let (words, _) = quoted_words(
            "» Paul reconnaît que le groupe change : « Pour moi, rien ne change.",
            false,
        );
        assert_eq!(words, ["pour", "moi", "rien", "ne", "change"]);
        // A « « » before a word is no closing mark.
        let (words, open) = quoted_words("Il parle d'« affaire d'État", false);
        assert_eq!(words, ["affaire", "d'", "état"]);
        assert!(open);
    }

    #[test]
    fn a_quotation_nested_in_guillemets_keeps_the_outer_one_open() {
        for text in [
            "« Nous avons dit “non” et le préfet le conteste », a dit le maire.",
            "« Nous avons dit ‹ non › et le préfet le conteste », a dit le maire.",
            "« Nous avons dit \"non\" et le préfet le conteste », a dit le maire.",
            "« Nous avons dit „non“ et le préfet le conteste », a dit le maire.",
        ] {
            let (words, open) = quoted_words(text, false);
            assert_eq!(
                words,
                ["nous", "avons", "dit", "non", "et", "le", "préfet", "le", "conteste"],
                "{text}"
            );
            assert!(!open, "{text}");
        }
        // A mismatched closing mark closes the quotation (« … refusons”, a dit X »).
        let (words, open) = quoted_words("« Nous refusons”, a dit le maire.", false);
        assert_eq!(
            (words, open),
            (vec!["nous".into(), "refusons".into()], false)
        );
        // With no guillemet to close it, a straight quote is no nested quotation: « … "peu
        // loquace", … » ends at it.
        let (words, open) = quoted_words(
            "« L'homme, \"peu loquace\", est inconnu, a ajouté le ministre.",
            false,
        );
        assert_eq!(words, ["l'", "homme", "peu", "loquace"]);
        assert!(!open);
    }

    /// The sentence's tokens once its dateline is dropped.
    fn past_dateline(text: &str) -> String {
        let mut toks = tokenize(text);
        super::drop_dateline(text, &mut toks);
        toks.into_iter()
            .map(|t| t.low)
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn a_dateline_opening_the_sentence_is_dropped() {
        // Must: every shape of wire dateline, in capitals or not.
        for text in [
            "TOULOUSE — Le maire a annoncé la fermeture.",
            "Trois-Rivières — Le maire a annoncé la fermeture.",
            "Grand Bassam — Le maire a annoncé la fermeture.",
            "LILLE (AFP) - Le maire a annoncé la fermeture.",
            "Cotonou (Reuters) – Le maire a annoncé la fermeture.",
            "Lomé, 4 février 2023- Le maire a annoncé la fermeture.",
            "Lomé, le 4 février 2023 - Le maire a annoncé la fermeture.",
            "NANTES, 1er juin (AFP) - Le maire a annoncé la fermeture.",
            "Le Cap (Xinhua) — Le maire a annoncé la fermeture.",
            "QUÉBEC, le 2 mai 2022 /CNW/ - Le maire a annoncé la fermeture.",
            "Saint-Pierre (La Réunion) — Le maire a annoncé la fermeture.",
        ] {
            assert_eq!(
                past_dateline(text),
                "le maire a annoncé la fermeture .",
                "{text}"
            );
        }
        // Must not: a subject before an aside between dashes, a name and its age, an aside
        // in brackets, a place-like opening followed by a lowercase word, a quotation.
        for text in [
            "Le ministre — qui était absent — a dit non.",
            "Paul Martin — qui était absent — a dit non.",
            "Paul Martin, 45 ans - Il a dit non.",
            "Paul Martin (qui était absent) - Il a dit non.",
            "Toulouse - la ville rose a dit non.",
            "« Toulouse — Le maire a dit non »",
        ] {
            assert_eq!(
                past_dateline(text),
                tokenize(text)
                    .into_iter()
                    .map(|t| t.low)
                    .collect::<Vec<_>>()
                    .join(" "),
                "{text}"
            );
        }
    }

    #[test]
    fn a_compound_verb_typed_twice_is_read_once() {
        let words = |text: &str| {
            let mut toks = tokenize(text);
            super::drop_repeated_verb(&mut toks);
            toks.into_iter()
                .map(|t| t.low)
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(
            words("Un officiel a confié a confié à l'AFP"),
            "un officiel a confié à l' afp"
        );
        assert_eq!(
            words("Le préfet avait indiqué avait indiqué lundi"),
            "le préfet avait indiqué lundi"
        );
        // Not a word repeated on purpose, nor inside a quotation, nor without an auxiliary.
        assert_eq!(words("Nous nous sommes vus"), "nous nous sommes vus");
        assert_eq!(words("« Il a dit a dit »"), "« il a dit a dit »");
        assert_eq!(words("bien bien fait fait"), "bien bien fait fait");
    }

    #[test]
    fn other_pairs_of_quotation_marks() {
        for text in [
            "Paul a déclaré : „Nous refusons“, puis il est parti.",
            "Paul a déclaré : ‹ Nous refusons ›, puis il est parti.",
            "Paul a déclaré : “Nous refusons”, puis il est parti.",
            "Paul a déclaré : \"Nous refusons\", puis il est parti.",
        ] {
            let (words, open) = quoted_words(text, false);
            assert_eq!(words, ["nous", "refusons"], "{text}");
            assert!(!open, "{text}");
        }
    }

    /// A « “ » glued to a word and followed by punctuation closes, as the « ” » it is typed
    /// for: the quotation opened by a « “ » (« “Nous … refusons“, a dit X ») or in an earlier
    /// sentence (« Nous … refusons“, confie X »), the words after it outside.
    #[test]
    fn an_opening_curly_quote_glued_before_punctuation_closes() {
        for (text, open_before) in [
            ("Nous refusons“, confie auprès de l'AFP le maire.", false),
            ("Nous refusons“. Le maire est parti.", false),
            ("Nous refusons“ : le maire est parti.", false),
            ("“Nous refusons“, dépeint-il au journal.", false),
            ("Nous refusons“, dit-il.", true),
        ] {
            let (words, open) = quoted_words(text, open_before);
            assert_eq!(words, ["nous", "refusons"], "{text}");
            assert!(!open, "{text}");
        }
        // Must not: a « “ » before a word opens (« a dit “non” »); after an elision too.
        let (words, open) = quoted_words("Le maire a dit “non” puis est parti.", false);
        assert_eq!((words, open), (vec!["non".to_string()], false));
        let (words, _) = quoted_words("Il a parlé d'“infondées” accusations.", false);
        assert_eq!(words, ["infondées"]);
    }

    #[test]
    fn two_apostrophes_are_a_quotation_mark() {
        for text in [
            "''Nous refusons'', a dit le maire.",
            "Le maire a dit : ''Nous refusons''.",
            "Selon lui, ’’nous refusons’’.",
            "Le maire, qui assure que ''nous refusons'', est parti.",
        ] {
            let (words, open) = quoted_words(text, false);
            assert_eq!(words, ["nous", "refusons"], "{text}");
            assert!(!open, "{text}");
        }
        // A quotation opened by a straight quote and closed by two apostrophes closes.
        let (words, open) = quoted_words("\"Nous refusons'', a dit le maire.", false);
        assert_eq!(words, ["nous", "refusons"]);
        assert!(!open);
        // The mark's span is the pair, whatever the apostrophes' width.
        let text = "Il dit ’’non’’.";
        let marks: Vec<&str> = tokenize(text)
            .iter()
            .filter(|t| t.low == "\"")
            .map(|t| &text[t.start..t.end])
            .collect();
        assert_eq!(marks, ["’’", "’’"]);
        // Must not: one apostrophe is an elision or a single quote, no quotation.
        assert_eq!(
            quoted_words("L'avocat d'aujourd'hui l'a dit.", false)
                .0
                .len(),
            0
        );
        assert_eq!(lows("dit 'non'"), ["dit", "'", "non", "'"]);
    }

    fn lows(text: &str) -> Vec<String> {
        tokenize(text).into_iter().map(|t| t.low).collect()
    }

    #[test]
    fn a_decimal_comma_is_inside_its_number() {
        // Must: « 62,8 », « 2,5 » are one token each.
        assert_eq!(
            lows("située à 62,8 km, a dit"),
            ["située", "à", "62,8", "km", ",", "a", "dit"]
        );
        assert_eq!(
            lows("élu avec 52,3 % des voix"),
            ["élu", "avec", "52,3", "%", "des", "voix"]
        );
        // Must not: a comma followed by a space, or between a word and a number, separates.
        assert_eq!(
            lows("en 2023, 5 blessés"),
            ["en", "2023", ",", "5", "blessés"]
        );
        assert_eq!(lows("Le 3,le 4"), ["le", "3", ",", "le", "4"]);
        assert_eq!(lows("article 3,4"), ["article", "3,4"]);
    }

    #[test]
    fn a_full_stop_between_digits_is_inside_its_number() {
        // Must: thousands written with a full stop (« 80.000 », « 1.500.000 »), a decimal one.
        assert_eq!(
            lows("plus de 80.000 personnes ont défilé"),
            ["plus", "de", "80.000", "personnes", "ont", "défilé"]
        );
        assert_eq!(
            lows("un budget de 1.500.000 euros."),
            ["un", "budget", "de", "1.500.000", "euros", "."]
        );
        assert_eq!(lows("un taux de 2.5 %"), ["un", "taux", "de", "2.5", "%"]);
        // Must not: a full stop closing a number, or between a number and a word, separates.
        assert_eq!(
            lows("en 2023. Le maire"),
            ["en", "2023", ".", "le", "maire"]
        );
        assert_eq!(lows("en 2023.Le maire"), ["en", "2023", ".", "le", "maire"]);
        assert_eq!(lows("article 12.a"), ["article", "12", ".", "a"]);
    }

    #[test]
    fn a_web_address_is_one_word() {
        // Must: a known domain after a full stop glued to a word.
        assert_eq!(
            lows("Selon Abidjan.net, la grève dure."),
            ["selon", "abidjan.net", ",", "la", "grève", "dure", "."]
        );
        assert_eq!(
            lows("Les reporters de 20minutes.fr et de Lemonde.fr."),
            [
                "les",
                "reporters",
                "de",
                "20minutes.fr",
                "et",
                "de",
                "lemonde.fr",
                "."
            ]
        );
        // Must not: a full stop between sentences, or before a capital or a word that is no
        // domain.
        assert_eq!(lows("Il est parti. Fr"), ["il", "est", "parti", ".", "fr"]);
        assert_eq!(
            lows("Il est parti.Le soir"),
            ["il", "est", "parti", ".", "le", "soir"]
        );
        assert_eq!(lows("à Paris.net"), ["à", "paris.net"]);
        assert_eq!(lows("à Paris.nette"), ["à", "paris", ".", "nette"]);
        // Must: a web address in capitals, its domain too (« 7SUR7.CD »).
        assert_eq!(
            lows("a dit à RADIOKIVU.CD Paul"),
            ["a", "dit", "à", "radiokivu.cd", "paul"]
        );
        // Must not: a domain in capitals after a name that is not, nor one mixing cases.
        assert_eq!(lows("à Paris.CA"), ["à", "paris", ".", "ca"]);
        assert_eq!(lows("à PARIS.Ca"), ["à", "paris", ".", "ca"]);
    }

    #[test]
    fn an_elision_before_a_quotation_mark_keeps_its_apostrophe() {
        assert_eq!(
            lows("qualifié d'« infondées »"),
            ["qualifié", "d'", "«", "infondées", "»"]
        );
        assert_eq!(lows("l'\"affaire\""), ["l'", "\"", "affaire", "\""]);
        // An apostrophe closing a quotation after a word is no elision.
        assert_eq!(lows("dit 'non'"), ["dit", "'", "non", "'"]);
    }
}
