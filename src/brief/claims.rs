//! Key claims: reported speech and attributions found by rules over the French segments.
//!
//! Each segment is tokenized (words, elisions, punctuation, with a flag for words inside
//! quotation marks). A claim is cued by either a reporting verb outside the quotes (any tense,
//! compound or simple, inverted incise « a-t-il insisté », relative clause « qui affirment »)
//! or an attribution phrase (selon X, d'après X, cité par X, de source X). The speaker is
//! then read from the subject (before the verb, after it in an incise, or the antecedent of
//! « qui », or the name around an apposition), classified (person, role, organization, media,
//! anonymous), and pronouns are resolved to the last named person of matching gender. A
//! sentence gives one claim per speaker: its first cue, plus later reporting verbs of someone
//! else (« X a affirmé que …, mais le Kremlin a démenti »).

use super::lexicon::{self, ClaimKind, Gender, Verb};
use crate::model::{AlignedDocument, AlignedSegment, Claim};

/// Every claim of the document, in article order.
pub fn find_claims(document: &AlignedDocument) -> Vec<Claim> {
    let mut people = People::default();
    let mut claims = Vec::new();
    for segment in &document.segments {
        let toks = tokenize(&segment.fr);
        let found = claims_in(segment, &toks, &mut people);
        people.observe(&segment.fr, &toks);
        for mut claim in found {
            if claim.speaker_kind == "person" {
                people.push(&claim.speaker, claim_gender(&claim));
                if let (Some(role), Some(last)) = (&claim.role, people.mentions.last_mut()) {
                    last.role = Some(role.clone());
                }
            }
            resolve_demonstrative_media(&mut claim, &mut people.last_media);
            claims.push(claim);
        }
    }
    claims
}

/// « selon ces publications » names the media cited last (a plural demonstrative, the last
/// list of several media): the speaker gets them in brackets.
fn resolve_demonstrative_media(claim: &mut Claim, last: &mut LastMedia) {
    let low = claim.speaker.to_lowercase();
    let plural = low.starts_with("ces ");
    let singular = ["ce ", "cet ", "cette "].iter().any(|d| low.starts_with(d));
    if claim.speaker_kind == "media" && (plural || singular) {
        let media = if plural {
            last.several.as_deref().or(last.one.as_deref())
        } else {
            last.one.as_deref()
        };
        if let Some(media) = media {
            claim.speaker = format!("{} ({media})", claim.speaker);
        }
    } else if claim.speaker_kind == "media" {
        last.one = Some(claim.speaker.clone());
    } else if let Some((_, media)) = claim.speaker.split_once(", cités par ") {
        if media.contains(" et ") {
            last.several = Some(media.to_string());
        } else {
            last.one = Some(media.to_string());
        }
    }
}

/// The media cited last: one medium, and the last list of several.
#[derive(Debug, Default)]
struct LastMedia {
    one: Option<String>,
    several: Option<String>,
}

fn claim_gender(claim: &Claim) -> Gender {
    match claim.role.as_deref() {
        Some(role) => role_gender(role),
        None => Gender::Unknown,
    }
}

/// A token of a French sentence.
#[derive(Debug, Clone, PartialEq)]
struct Tok {
    /// Lowercase text, apostrophes straightened.
    low: String,
    /// Byte range in the sentence.
    start: usize,
    end: usize,
    /// Whether it is a word (not punctuation).
    word: bool,
    /// Whether it starts with an uppercase letter.
    upper: bool,
    /// Whether it is an acronym: two or more letters, all uppercase (« CNN »).
    caps: bool,
    /// Whether it lies inside quotation marks (the quote marks themselves are not).
    quoted: bool,
}

const ELISIONS: &[&str] = &[
    "l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
];

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’' || c == 'ʼ'
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}' || c == '\u{2009}'
}

/// Splits a sentence into words (elisions split off: « l'aide » → « l' », « aide ») and
/// punctuation, marking what lies inside quotation marks.
fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::new();
    let mut quoted = false;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_space(c) {
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphanumeric() || d == '-' || d == '.' && is_initial(&text[i..j]) {
                    end = j + d.len_utf8();
                    chars.next();
                } else if is_apostrophe(d) {
                    let before = text[i..j].to_lowercase();
                    let after_is_letter = text[j + d.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphabetic);
                    if ELISIONS.contains(&before.as_str()) && after_is_letter {
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
                .map(|c| if is_apostrophe(c) { '\'' } else { c })
                .flat_map(char::to_lowercase)
                .collect();
            toks.push(Tok {
                low: low.trim_end_matches('-').to_string(),
                start: i,
                end,
                word: true,
                upper: c.is_uppercase(),
                caps: raw.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && raw.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()),
                quoted,
            });
            continue;
        }
        let end = i + c.len_utf8();
        let (opens, closes) = match c {
            '«' | '“' => (true, false),
            '»' | '”' => (false, true),
            '"' => (!quoted, quoted),
            _ => (false, false),
        };
        if closes {
            quoted = false;
        }
        toks.push(Tok {
            low: c.to_string(),
            start: i,
            end,
            word: false,
            upper: false,
            caps: false,
            quoted,
        });
        if opens {
            quoted = true;
        }
    }
    toks
}

/// « M » in « M. Dupont » or « J » in « J. Biden »: a single capital before a full stop.
fn is_initial(s: &str) -> bool {
    let mut chars = s.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

fn is_quote_mark(t: &Tok) -> bool {
    matches!(t.low.as_str(), "\"" | "«" | "»" | "“" | "”")
}

fn is_boundary(t: &Tok) -> bool {
    !t.word
        && matches!(
            t.low.as_str(),
            "," | ";" | ":" | "." | "!" | "?" | "(" | ")" | "…"
        )
}

/// The subject pronoun attached to an inverted verb (« a-t-il », « dit-elle »), and the verb.
fn split_inverted(low: &str) -> Option<(&str, &str)> {
    let (head, pronoun) = low.rsplit_once('-')?;
    if !lexicon::SUBJECT_PRONOUNS.contains(&pronoun) {
        return None;
    }
    let head = head.strip_suffix("-t").unwrap_or(head);
    Some((head, pronoun))
}

/// A reporting verb found in a sentence.
#[derive(Debug, Clone)]
struct Cue {
    verb: Verb,
    /// First token of the verb group (auxiliary, negation, reflexive included).
    group_start: usize,
    /// Last token of the cue (the verb or its required particle).
    cue_end: usize,
    /// Subject pronoun attached to an inverted auxiliary or verb.
    inverted: Option<String>,
    /// Whether the verb is in the conditional.
    conditional: bool,
}

/// The first reporting verb outside quotes at or after token `from`, if any.
fn find_verb(toks: &[Tok], from: usize) -> Option<Cue> {
    let verbs = lexicon::verbs();
    let has_quote = toks.iter().any(|t| t.quoted);
    for (i, t) in toks.iter().enumerate().skip(from) {
        if !t.word || t.quoted {
            continue;
        }
        let (form, inverted_pronoun) = match split_inverted(&t.low) {
            Some((head, pronoun)) => (head, Some(pronoun.to_string())),
            None => (t.low.as_str(), None),
        };
        let Some(verb) = verbs.get(form).copied() else {
            continue;
        };
        // Walk back over adverbs, negation, reflexives and auxiliaries.
        let mut start = i;
        let mut aux = None;
        let mut inverted = inverted_pronoun.clone();
        while start > 0 {
            let p = &toks[start - 1];
            if !p.word || p.quoted {
                break;
            }
            if aux.is_none() && lexicon::AUXILIARIES.contains(&p.low.as_str()) {
                aux = Some(p.low.clone());
                start -= 1;
            } else if aux.is_none() && split_inverted(&p.low).is_some_and(|(h, _)| is_aux(h)) {
                let (h, pronoun) = split_inverted(&p.low).unwrap_or_default();
                aux = Some(h.to_string());
                inverted = Some(pronoun.to_string());
                start -= 1;
            } else if lexicon::ADVERBS.contains(&p.low.as_str()) && p.low != "en" {
                start -= 1;
            } else {
                break;
            }
        }
        // Drop leading object pronouns that were not part of the group after all.
        while start < i
            && matches!(toks[start].low.as_str(), "le" | "lui" | "leur")
            && aux.is_none()
        {
            start += 1;
        }
        if start > 0 && toks[start - 1].low == "ni" {
            continue; // « n'a ni condamné ni approuvé »: no stance taken.
        }
        let prev = start.checked_sub(1).map(|p| &toks[p]);
        if aux.is_none() && inverted.is_none() {
            if prev.is_some_and(|p| lexicon::DETERMINERS.contains(&p.low.as_str())) {
                continue;
            }
            let next = toks.get(i + 1).map(|n| n.low.as_str());
            let ok = matches!(next, Some("que" | "qu'" | ":" | "à" | "au" | "aux"))
                || next.is_some_and(is_quote_mark_str)
                || prev.is_some_and(|p| {
                    p.low == "qui" || lexicon::SUBJECT_PRONOUNS.contains(&p.low.as_str())
                })
                || (prev.is_some_and(|p| p.low == ",") && has_quote)
                // « …, indique l'Insee. »: an incise closing the sentence.
                || (prev.is_some_and(|p| p.low == ",")
                    && toks.get(i + 1).is_some_and(|n| {
                        n.upper || lexicon::DETERMINERS.contains(&n.low.as_str())
                    })
                    && toks[i + 1..]
                        .iter()
                        .all(|t| t.word || matches!(t.low.as_str(), "." | "!" | "?" | "…")))
                || verb.needs_next.is_some()
                // « Le ministère nie toute implication »: a transitive stance verb after a
                // noun subject.
                || (verb.kind != ClaimKind::Statement
                    && prev.is_some_and(|p| {
                        p.word
                            && !lexicon::PREPOSITIONS.contains(&p.low.as_str())
                            && !matches!(p.low.as_str(), "de" | "d'" | "et" | "ou")
                    }));
            if !ok {
                continue;
            }
        }
        let mut cue_end = i;
        if let Some(phrases) = verb.needs_next {
            match follows(toks, i + 1, phrases) {
                Some(end) => cue_end = end,
                None => continue,
            }
        }
        let conditional = aux
            .as_deref()
            .is_some_and(|a| lexicon::CONDITIONAL_AUX.contains(&a))
            || (aux.is_none() && (form.ends_with("rait") || form.ends_with("raient")));
        return Some(Cue {
            verb,
            group_start: start,
            cue_end,
            inverted,
            conditional,
        });
    }
    None
}

fn is_quote_mark_str(s: &str) -> bool {
    matches!(s, "\"" | "«" | "“")
}

fn is_aux(s: &str) -> bool {
    lexicon::AUXILIARIES.contains(&s)
}

/// If one of `phrases` follows position `at` (adverbs skipped), the index of its last token.
fn follows(toks: &[Tok], at: usize, phrases: &[&str]) -> Option<usize> {
    let mut at = at;
    while toks
        .get(at)
        .is_some_and(|t| lexicon::ADVERBS.contains(&t.low.as_str()) && t.low != "en")
    {
        at += 1;
    }
    for phrase in phrases {
        let words: Vec<&str> = phrase.split(' ').collect();
        if words
            .iter()
            .enumerate()
            .all(|(k, w)| toks.get(at + k).is_some_and(|t| t.low == *w))
        {
            return Some(at + words.len() - 1);
        }
    }
    None
}

/// An attribution phrase: its first token and the first token of the source after it.
fn find_attribution(toks: &[Tok]) -> Option<(usize, usize)> {
    for (i, t) in toks.iter().enumerate() {
        if t.quoted || !t.word {
            continue;
        }
        let next = toks.get(i + 1);
        let source_at = match t.low.as_str() {
            "selon" | "d'après" => i + 1,
            "d'" if next.is_some_and(|n| n.low == "après") => i + 2,
            "cité" | "citée" | "cités" | "citées" if next.is_some_and(|n| n.low == "par") => {
                i + 2
            }
            "de" if next.is_some_and(|n| n.low == "source" || n.low == "sources") => i + 1,
            _ => continue,
        };
        let Some(first) = toks.get(source_at) else {
            continue;
        };
        let after = toks.get(source_at + 1).map(|n| n.low.as_str());
        if !first.word
            || matches!(first.low.as_str(), "que" | "qu'" | "moi" | "nous" | "vous")
            || after == Some("cas")
        {
            continue;
        }
        return Some((i, source_at));
    }
    None
}

/// The speaker of a claim, as the article names them.
#[derive(Debug, Clone, PartialEq)]
struct Speaker {
    name: String,
    role: Option<String>,
    kind: &'static str,
}

/// The claims of one sentence: the first cue's, then those of later reporting verbs whose
/// speaker is someone else (« X a affirmé que …, mais le Kremlin a démenti »).
fn claims_in(segment: &AlignedSegment, toks: &[Tok], people: &mut People) -> Vec<Claim> {
    let Some((first, mut next)) = claim_in(segment, toks, people) else {
        return Vec::new();
    };
    let mut claims = vec![first];
    while let Some(cue) = find_verb(toks, next) {
        next = cue.cue_end + 1;
        // An incise (« …, ajoute le texte ») attributes the same words again: not a new claim.
        if cue.inverted.is_some() || cue.group_start == 0 || !toks[cue.group_start - 1].word {
            continue;
        }
        let speaker = speaker_of(&segment.fr, toks, &cue, people);
        if speaker.kind == "unattributed" || claims.iter().any(|c| c.speaker == speaker.name) {
            continue;
        }
        let unconfirmed = cue.conditional || speaker.kind == "anonymous";
        claims.push(Claim {
            segment: segment.id,
            speaker: speaker.name,
            speaker_kind: speaker.kind.to_string(),
            cue: slice(&segment.fr, toks, cue.group_start, cue.cue_end),
            kind: cue.verb.kind.as_str().to_string(),
            quote: claims[0].quote,
            unconfirmed,
            fr: segment.fr.clone(),
            en: segment.en.clone(),
            role: speaker.role,
        });
    }
    claims
}

/// The claim of the sentence's first cue, and the token after that cue.
fn claim_in(segment: &AlignedSegment, toks: &[Tok], people: &mut People) -> Option<(Claim, usize)> {
    let text = segment.fr.as_str();
    let verb = find_verb(toks, 0);
    let attribution = find_attribution(toks);
    let use_attribution = match (&verb, &attribution) {
        (Some(v), Some((a, _))) => *a < v.group_start,
        (None, Some(_)) => true,
        _ => false,
    };
    let quoted_words = toks.iter().filter(|t| t.quoted && t.word).count();
    let quote = quoted_words >= 3;
    // The journalistic conditional hedges the main clause; a conditional after « que » is the
    // sequence of tenses of reported speech (« il a précisé que ce serait temporaire »).
    let main_clause = toks
        .iter()
        .position(|t| !t.quoted && matches!(t.low.as_str(), "que" | "qu'"))
        .unwrap_or(toks.len());
    let journalistic_conditional = toks[..main_clause].iter().enumerate().any(|(k, t)| {
        !t.quoted
            && lexicon::CONDITIONAL_AUX.contains(&t.low.as_str())
            && toks.get(k + 1).is_some_and(|n| n.word && !n.quoted)
    });
    let content_denial = {
        let low = text.to_lowercase().replace('’', "'");
        lexicon::DENIAL_PHRASES.iter().any(|p| low.contains(p))
    };
    let (speaker, cue, kind, conditional, end) = if use_attribution {
        let (at, source_at) = attribution?;
        let end = np_end(toks, source_at);
        let speaker = classify(text, toks, source_at, end, people);
        let cue = slice(text, toks, at, source_at - 1);
        (speaker, cue, ClaimKind::Statement, false, end)
    } else {
        let cue = verb?;
        let speaker = speaker_of(text, toks, &cue, people);
        let cue_text = slice(text, toks, cue.group_start, cue.cue_end);
        (
            speaker,
            cue_text,
            cue.verb.kind,
            cue.conditional,
            cue.cue_end,
        )
    };
    let kind = if content_denial && kind == ClaimKind::Statement {
        ClaimKind::Denial
    } else {
        kind
    };
    let unconfirmed = conditional || journalistic_conditional || speaker.kind == "anonymous";
    let claim = Claim {
        segment: segment.id,
        speaker: speaker.name,
        speaker_kind: speaker.kind.to_string(),
        cue,
        kind: kind.as_str().to_string(),
        quote,
        unconfirmed,
        fr: segment.fr.clone(),
        en: segment.en.clone(),
        role: speaker.role,
    };
    Some((claim, end + 1))
}

/// The text of tokens `from..=to`, as written in the sentence.
fn slice(text: &str, toks: &[Tok], from: usize, to: usize) -> String {
    match (toks.get(from), toks.get(to)) {
        (Some(a), Some(b)) if a.start <= b.end => text[a.start..b.end].trim().to_string(),
        _ => String::new(),
    }
}

/// Reads the speaker of a verb cue.
fn speaker_of(text: &str, toks: &[Tok], cue: &Cue, people: &People) -> Speaker {
    if let Some(pronoun) = &cue.inverted {
        return pronoun_speaker(pronoun, people);
    }
    let prev = cue.group_start.checked_sub(1).map(|p| &toks[p]);
    // Relative clause: the antecedent of « qui ».
    if prev.is_some_and(|p| p.low == "qui") {
        let qui = cue.group_start - 1;
        let (from, to) = antecedent(toks, qui);
        if from <= to {
            let mut speaker = classify(text, toks, from, to, people);
            if let Some(citing) = citing_media(text, toks, from) {
                speaker.name = format!("{}, cités par {}", speaker.name, citing);
                if speaker.kind == "anonymous" {
                    speaker.role = None;
                }
            }
            return speaker;
        }
    }
    // Incise: the subject follows the verb (« …, a prévenu Jake Sullivan »).
    let postposed = match prev {
        None => true,
        Some(p) => !p.word,
    };
    let subject_follows = toks
        .get(cue.cue_end + 1)
        .is_some_and(|n| n.word && !matches!(n.low.as_str(), "que" | "qu'"));
    let quote_before = toks[..cue.group_start].iter().any(|t| t.quoted);
    if postposed && prev.is_some_and(|p| p.low == ",") && !(subject_follows && quote_before) {
        // « Emily Horne, la porte-parole du Conseil, a déclaré que … »: the subject is the name
        // before the apposition.
        if let Some(speaker) = subject_before_apposition(text, toks, cue.group_start - 1, people) {
            return speaker;
        }
    }
    if postposed {
        if let Some((from, to)) = postposed_subject(toks, cue.cue_end + 1) {
            let mut speaker = classify(text, toks, from, to, people);
            if speaker.role.is_none() && speaker.kind == "person" {
                speaker.role = apposition(text, toks, to + 1);
            }
            // « …, a déclaré le chef de la diplomatie européenne, Josep Borrell. »
            if speaker.kind == "role"
                && toks.get(to + 1).is_some_and(|t| t.low == ",")
                && toks.get(to + 2).is_some_and(|t| t.upper)
            {
                let end = np_end(toks, to + 2);
                let named = classify(text, toks, to + 2, end, people);
                if named.kind == "person" {
                    let role = strip_determiner(&speaker.name);
                    return Speaker {
                        role: Some(role),
                        ..named
                    };
                }
            }
            return speaker;
        }
        return unattributed();
    }
    // The subject precedes the verb.
    let mut from = cue.group_start;
    while from > 0 {
        let p = &toks[from - 1];
        if is_boundary(p) || is_quote_mark(p) || lexicon::CLAUSE_BREAKS.contains(&p.low.as_str()) {
            break;
        }
        from -= 1;
    }
    if from >= cue.group_start {
        return unattributed();
    }
    classify(text, toks, from, cue.group_start - 1, people)
}

/// The subject of « NAME, APPOSITION, verb »: `comma` is the comma before the verb group.
fn subject_before_apposition(
    text: &str,
    toks: &[Tok],
    comma: usize,
    people: &People,
) -> Option<Speaker> {
    let mut open = comma;
    while open > 0 {
        open -= 1;
        let t = &toks[open];
        if t.low == "," {
            break;
        }
        if is_boundary(t) || is_quote_mark(t) || open == 0 {
            return None;
        }
    }
    if open + 1 >= comma {
        return None;
    }
    let mut from = open;
    while from > 0 {
        let p = &toks[from - 1];
        if is_boundary(p) || is_quote_mark(p) || lexicon::CLAUSE_BREAKS.contains(&p.low.as_str()) {
            break;
        }
        from -= 1;
    }
    if from >= open {
        return None;
    }
    let det = &toks[open + 1];
    let head = toks.get(open + 2)?;
    let inner_is_role = lexicon::DETERMINERS.contains(&det.low.as_str())
        && lexicon::ROLE_NOUNS.contains(&head.low.as_str());
    if inner_is_role {
        // « NAME, la porte-parole …, a dit »
        let mut speaker = classify(text, toks, from, open - 1, people);
        if speaker.kind == "person" && speaker.role.is_none() {
            speaker.role = Some(slice(text, toks, open + 1, comma - 1));
        }
        return Some(speaker);
    }
    // « Le ministre de l'Intérieur, NAME, a dit »
    let inner = classify(text, toks, open + 1, comma - 1, people);
    let outer = classify(text, toks, from, open - 1, people);
    if inner.kind == "person" && outer.kind == "role" {
        return Some(Speaker {
            role: Some(strip_determiner(&outer.name)),
            ..inner
        });
    }
    None
}

/// « le chef de la diplomatie » → « chef de la diplomatie ».
fn strip_determiner(np: &str) -> String {
    np.split_once(' ')
        .filter(|(d, _)| lexicon::DETERMINERS.contains(&d.to_lowercase().as_str()))
        .map_or(np.to_string(), |(_, rest)| rest.to_string())
}

fn unattributed() -> Speaker {
    Speaker {
        name: String::new(),
        role: None,
        kind: "unattributed",
    }
}

fn pronoun_speaker(pronoun: &str, people: &People) -> Speaker {
    let gender = match pronoun {
        "il" | "ils" => Gender::Male,
        "elle" | "elles" => Gender::Female,
        _ => Gender::Unknown,
    };
    if matches!(pronoun, "il" | "elle") {
        if let Some(person) = people.last(gender) {
            return Speaker {
                name: person.name.clone(),
                role: person.role.clone(),
                kind: "person",
            };
        }
    }
    Speaker {
        name: pronoun.to_string(),
        role: None,
        kind: "unattributed",
    }
}

/// The noun phrase before « qui » (index `qui`): back to its determiner.
fn antecedent(toks: &[Tok], qui: usize) -> (usize, usize) {
    let mut to = qui;
    if to > 0 && toks[to - 1].low == "," {
        to -= 1;
    }
    let end = to;
    let mut from = end;
    while from > 0 && end - from < 10 {
        let p = &toks[from - 1];
        if !p.word || p.quoted {
            break;
        }
        from -= 1;
        if lexicon::DETERMINERS.contains(&p.low.as_str()) && !p.upper {
            break;
        }
    }
    (from, end.saturating_sub(1))
}

/// The media a sentence says are citing the speaker (« des médias citant X », « X, cité par Y »).
fn citing_media(text: &str, toks: &[Tok], np_from: usize) -> Option<String> {
    let before = np_from.checked_sub(1).map(|p| toks[p].low.as_str());
    if before != Some("citant") {
        return None;
    }
    let names = media_mentions(text, toks, 0, np_from);
    if names.is_empty() {
        None
    } else {
        Some(join_list(&names))
    }
}

fn join_list(items: &[String]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} et {}", rest.join(", "), last),
    }
}

/// Media names found in tokens `from..to`, as written (with « The »/« le » before them).
fn media_mentions(text: &str, toks: &[Tok], from: usize, to: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        if let Some(len) = media_at(toks, i, to) {
            let mut start = i;
            if start > from && matches!(toks[start - 1].low.as_str(), "the" | "le" | "la" | "l'") {
                start -= 1;
            }
            out.push(slice(text, toks, start, i + len - 1));
            i += len;
        } else {
            i += 1;
        }
    }
    out
}

/// Length in tokens of the media name starting at `i` (capitalized), if one does.
fn media_at(toks: &[Tok], i: usize, to: usize) -> Option<usize> {
    if !toks[i].upper {
        return None;
    }
    lexicon::MEDIA_NAMES
        .iter()
        .map(|name| name.split(' ').collect::<Vec<_>>())
        .filter(|words| {
            i + words.len() <= to && words.iter().enumerate().all(|(k, w)| toks[i + k].low == *w)
        })
        .map(|words| words.len())
        .max()
}

/// The subject after an inverted verb: skips time words and prepositional phrases.
fn postposed_subject(toks: &[Tok], at: usize) -> Option<(usize, usize)> {
    let mut i = at;
    while i < toks.len() {
        let t = &toks[i];
        if is_boundary(t) || is_quote_mark(t) {
            return None;
        }
        if lexicon::TIME_WORDS.contains(&t.low.as_str())
            || lexicon::ADVERBS.contains(&t.low.as_str()) && t.low != "l'" && t.low != "le"
        {
            i += 1;
            continue;
        }
        if lexicon::PREPOSITIONS.contains(&t.low.as_str()) {
            // Skip the adjunct: an acronym or capitalized name, or a determiner phrase.
            i += 1;
            if toks
                .get(i)
                .is_some_and(|n| n.low == "l'" || n.low == "la" || n.low == "le")
            {
                i += 1;
            }
            while toks
                .get(i)
                .is_some_and(|n| n.word && !lexicon::DETERMINERS.contains(&n.low.as_str()))
            {
                let n = &toks[i];
                let acronym = n.low.len() > 1 && n.caps && toks.get(i + 1).is_some_and(|m| m.upper);
                i += 1;
                if acronym || !n.upper {
                    break;
                }
            }
            continue;
        }
        return Some((i, np_end(toks, i)));
    }
    None
}

/// The last token of the noun phrase starting at `from`: it runs through « de … » and « à X »
/// (a capitalized place) and stops at punctuation, a verb-like word or another adjunct.
fn np_end(toks: &[Tok], from: usize) -> usize {
    let mut end = from;
    let mut i = from + 1;
    while i < toks.len() {
        let t = &toks[i];
        if !t.word || t.quoted && !toks[from].quoted {
            break;
        }
        let low = t.low.as_str();
        if matches!(
            low,
            "de" | "d'" | "du" | "des" | "la" | "le" | "les" | "l'" | "et"
        ) {
            if low == "et"
                && !toks
                    .get(i + 1)
                    .is_some_and(|n| n.upper || n.low == "le" || n.low == "la")
            {
                break;
            }
            i += 1;
            continue;
        }
        if matches!(low, "à" | "en") {
            if toks.get(i + 1).is_some_and(|n| n.upper) {
                i += 1;
                continue;
            }
            break;
        }
        if lexicon::PREPOSITIONS.contains(&low)
            || lexicon::TIME_WORDS.contains(&low)
            || lexicon::AUXILIARIES.contains(&low)
            || lexicon::CLAUSE_BREAKS.contains(&low)
            || lexicon::verbs().contains_key(low) && !t.upper
            || matches!(low, "qui" | "ne" | "n'" | "s'" | "se" | "y")
        {
            break;
        }
        end = i;
        i += 1;
    }
    end
}

/// An apposition giving a role right after a name: « , la porte-parole du Conseil … ».
fn apposition(text: &str, toks: &[Tok], at: usize) -> Option<String> {
    if toks.get(at)?.low != "," {
        return None;
    }
    let det = toks.get(at + 1)?;
    if !matches!(det.low.as_str(), "le" | "la" | "l'" | "un" | "une") {
        return None;
    }
    let head = toks.get(at + 2)?;
    if !lexicon::ROLE_NOUNS.contains(&head.low.as_str()) {
        return None;
    }
    let end = np_end(toks, at + 1);
    Some(slice(text, toks, at + 1, end))
}

/// Classifies the noun phrase `toks[from..=to]` as a speaker.
fn classify(text: &str, toks: &[Tok], from: usize, to: usize, people: &People) -> Speaker {
    let to = to.min(toks.len().saturating_sub(1));
    // Trim adverbs and conjunctions at both ends.
    let mut from = from;
    while from < to
        && lexicon::ADVERBS.contains(&toks[from].low.as_str())
        && !lexicon::DETERMINERS.contains(&toks[from].low.as_str())
        && !toks[from].upper
    {
        from += 1;
    }
    let words: Vec<&str> = toks[from..=to].iter().map(|t| t.low.as_str()).collect();
    let phrase = slice(text, toks, from, to);
    if words.len() == 1 && lexicon::SUBJECT_PRONOUNS.contains(&words[0]) {
        return pronoun_speaker(words[0], people);
    }
    if matches!(words.as_slice(), ["lui"] | ["elle"] | ["eux"]) {
        return pronoun_speaker(if words[0] == "lui" { "il" } else { words[0] }, people);
    }
    if words.iter().any(|w| lexicon::ANONYMOUS_MARKERS.contains(w)) {
        return Speaker {
            name: phrase,
            role: None,
            kind: "anonymous",
        };
    }
    if (from..=to).any(|i| media_at(toks, i, to + 1).is_some())
        || words.iter().any(|w| lexicon::MEDIA_NOUNS.contains(w))
            && !words.contains(&"porte-parole")
    {
        return Speaker {
            name: phrase,
            role: None,
            kind: "media",
        };
    }
    if let Some((a, b)) = person_run(toks, from, to, people) {
        let name = slice(text, toks, a, b);
        let role = if a > from {
            let mut r = from;
            while r < a
                && matches!(
                    toks[r].low.as_str(),
                    "le" | "la" | "l'" | "les" | "un" | "une"
                )
            {
                r += 1;
            }
            let mut e = a - 1;
            while e > r && toks[e].low == "," {
                e -= 1;
            }
            (r <= e).then(|| slice(text, toks, r, e))
        } else if b < to {
            let mut r = b + 1;
            while r < to && toks[r].low == "," {
                r += 1;
            }
            Some(slice(text, toks, r, to)).filter(|s| !s.is_empty())
        } else {
            None
        };
        return Speaker {
            name,
            role,
            kind: "person",
        };
    }
    let head = toks[from..=to]
        .iter()
        .find(|t| !lexicon::DETERMINERS.contains(&t.low.as_str()));
    let kind = match head {
        Some(h) if lexicon::ROLE_NOUNS.contains(&h.low.as_str()) => "role",
        _ => "organization",
    };
    Speaker {
        name: phrase,
        role: None,
        kind,
    }
}

/// A person's name inside `toks[from..=to]`: the last run of capitalized words that is not an
/// institution, a place or a title, at least two words long (or one word known as a surname).
fn person_run(toks: &[Tok], from: usize, to: usize, people: &People) -> Option<(usize, usize)> {
    let runs = capitalized_runs(toks, from, to);
    runs.into_iter().rev().find(|&(a, b)| {
        let words: Vec<&str> = toks[a..=b].iter().map(|t| t.low.as_str()).collect();
        looks_like_person(&words) || (a == b && people.by_surname(words[0]).is_some())
    })
}

fn looks_like_person(words: &[&str]) -> bool {
    if words.is_empty() {
        return false;
    }
    if lexicon::is_first_name(words[0]) && words.len() >= 2 {
        return true;
    }
    words.len() >= 2
        && !words.iter().any(|w| {
            lexicon::ORG_WORDS.contains(w)
                || lexicon::PLACES.contains(w)
                || lexicon::MEDIA_NAMES.contains(w)
                || lexicon::ROLE_NOUNS.contains(w)
        })
        && !lexicon::MEDIA_NAMES.contains(&words.join(" ").as_str())
}

/// Runs of capitalized words (particles « de », « von », « al- » allowed inside).
fn capitalized_runs(toks: &[Tok], from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut i = from;
    while i <= to && i < toks.len() {
        let t = &toks[i];
        let name_word = t.word && t.upper && !lexicon::NOT_NAMES.contains(&t.low.as_str());
        if !name_word {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        let mut j = i + 1;
        while j <= to && j < toks.len() {
            let n = &toks[j];
            if n.word && n.upper && !lexicon::NOT_NAMES.contains(&n.low.as_str()) {
                end = j;
                j += 1;
            } else if matches!(n.low.as_str(), "de" | "von" | "van" | "bin" | "ben" | "al")
                && toks.get(j + 1).is_some_and(|m| m.upper)
                && j < to
            {
                j += 1;
            } else {
                break;
            }
        }
        runs.push((start, end));
        i = end + 1;
    }
    runs
}

fn role_gender(role: &str) -> Gender {
    let low = role.to_lowercase();
    let first = low.split_whitespace().next().unwrap_or("");
    match first {
        "la" | "une" => Gender::Female,
        "le" | "un" => Gender::Male,
        _ if ["présidente", "conseillère", "directrice", "ministre"]
            .iter()
            .any(|w| first == *w && *w != "ministre") =>
        {
            Gender::Female
        }
        _ => Gender::Unknown,
    }
}

/// A person named in the article.
#[derive(Debug, Clone, PartialEq)]
struct Person {
    name: String,
    role: Option<String>,
    gender: Gender,
}

/// The people named so far, in order of mention, for pronoun resolution.
#[derive(Debug, Default)]
struct People {
    mentions: Vec<Person>,
    /// The media cited last (for « selon ces publications »).
    last_media: LastMedia,
}

impl People {
    /// Records every person named in a sentence (capitalized runs that look like names).
    fn observe(&mut self, text: &str, toks: &[Tok]) {
        if toks.is_empty() {
            return;
        }
        for (a, b) in capitalized_runs(toks, 0, toks.len() - 1) {
            let words: Vec<&str> = toks[a..=b].iter().map(|t| t.low.as_str()).collect();
            if !looks_like_person(&words) {
                continue;
            }
            let name = slice(text, toks, a, b);
            let mut gender = lexicon::first_name_gender(words[0]).unwrap_or(Gender::Unknown);
            if gender == Gender::Unknown {
                if let Some(role) = apposition(text, toks, b + 1) {
                    gender = role_gender(&role);
                } else if a > 0 && matches!(toks[a - 1].low.as_str(), "mme" | "madame") {
                    gender = Gender::Female;
                } else if a > 0 && matches!(toks[a - 1].low.as_str(), "m." | "monsieur") {
                    gender = Gender::Male;
                }
            }
            self.push(&name, gender);
        }
    }

    fn push(&mut self, name: &str, gender: Gender) {
        let known = self
            .mentions
            .iter()
            .rev()
            .find(|p| p.name == name)
            .map(|p| (p.gender, p.role.clone()));
        let (gender, role) = match known {
            Some((g, role)) if gender == Gender::Unknown => (g, role),
            Some((_, role)) => (gender, role),
            None => (gender, None),
        };
        self.mentions.push(Person {
            name: name.to_string(),
            role,
            gender,
        });
    }

    /// The last person of matching gender (an unknown gender matches either).
    fn last(&self, gender: Gender) -> Option<&Person> {
        self.mentions.iter().rev().find(|p| {
            gender == Gender::Unknown || p.gender == gender || p.gender == Gender::Unknown
        })
    }

    fn by_surname(&self, surname: &str) -> Option<&Person> {
        self.mentions.iter().rev().find(|p| {
            p.name
                .to_lowercase()
                .rsplit(' ')
                .next()
                .is_some_and(|last| last == surname)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Metadata;
    use crate::model::AlignedSegment;
    use crate::translate::BackendInfo;

    fn doc(sentences: &[&str]) -> AlignedDocument {
        AlignedDocument {
            source: "test.fr.txt".into(),
            metadata: Metadata::default(),
            backend: BackendInfo {
                name: "test".into(),
                kind: "test".into(),
                detail: String::new(),
            },
            segments: sentences
                .iter()
                .enumerate()
                .map(|(i, s)| AlignedSegment {
                    id: i + 1,
                    paragraph: i + 1,
                    span: [0, 0],
                    fr: s.to_string(),
                    en: format!("EN {}", i + 1),
                    glossary: vec![],
                    qa: vec![],
                })
                .collect(),
        }
    }

    fn one(sentence: &str) -> Claim {
        let claims = find_claims(&doc(&[sentence]));
        assert_eq!(claims.len(), 1, "{sentence}: {claims:?}");
        claims.into_iter().next().unwrap()
    }

    #[test]
    fn tokenizer_splits_elisions_and_marks_quotes() {
        let toks = tokenize("« Je n'ai rien dit », a-t-il répondu à l'AFP.");
        let lows: Vec<&str> = toks.iter().map(|t| t.low.as_str()).collect();
        assert_eq!(
            lows,
            [
                "«", "je", "n'", "ai", "rien", "dit", "»", ",", "a-t-il", "répondu", "à", "l'",
                "afp", "."
            ]
        );
        assert!(toks[1].quoted && toks[5].quoted && !toks[6].quoted && !toks[8].quoted);
        assert!(!tokenize("aujourd’hui")[0].low.contains('’'));
    }

    #[test]
    fn compound_tense_with_named_subject() {
        let c = one("La ministre Catherine Colonna a déclaré que la France restait prudente.");
        assert_eq!(c.speaker, "Catherine Colonna");
        assert_eq!(c.speaker_kind, "person");
        assert_eq!(c.role.as_deref(), Some("ministre"));
        assert_eq!(c.cue, "a déclaré");
        assert_eq!(c.kind, "statement");
        assert!(!c.quote && !c.unconfirmed);
    }

    #[test]
    fn present_tense_with_que() {
        let c = one("Le Kremlin estime que les sanctions sont illégales.");
        assert_eq!(c.speaker, "Le Kremlin");
        assert_eq!(c.speaker_kind, "organization");
        assert_eq!(c.kind, "position");
        assert_eq!(c.cue, "estime");
    }

    #[test]
    fn adjective_forms_are_not_cues() {
        let claims = find_claims(&doc(&[
            "Une date précise n'a pas été fixée pour la réunion.",
        ]));
        assert!(claims.is_empty(), "{claims:?}");
    }

    #[test]
    fn inverted_incise_with_named_speaker_and_adjuncts() {
        let c = one("« Nous resterons vigilants », a affirmé mardi sur BFMTV Marie Dupont.");
        assert_eq!(c.speaker, "Marie Dupont");
        assert_eq!(c.cue, "a affirmé");
        assert!(c.quote);
    }

    #[test]
    fn incise_role_speaker_stops_before_adjunct() {
        let c = one("« C'est faux », a réagi un porte-parole du ministère de la Défense à plusieurs journalistes.");
        assert_eq!(c.speaker, "un porte-parole du ministère de la Défense");
        assert_eq!(c.speaker_kind, "role");
        assert_eq!(c.kind, "denial");
    }

    #[test]
    fn denial_verbs() {
        let c = one("Pékin a démenti ces informations.");
        assert_eq!(c.kind, "denial");
        assert_eq!(c.speaker, "Pékin");
        assert_eq!(c.speaker_kind, "organization");
        assert_eq!(
            one("Le ministère nie toute implication, ajoute le texte.").kind,
            "denial"
        );
    }

    #[test]
    fn warnings_and_calls_and_positions() {
        let w = one("Le président a averti que la riposte serait ferme.");
        assert_eq!(w.kind, "warning");
        assert_eq!(w.speaker_kind, "role");
        let c = one("L'ONU a appelé à un cessez-le-feu immédiat.");
        assert_eq!(c.kind, "call");
        assert_eq!(c.cue, "a appelé à");
        let p = one("Le parti s'est prononcé contre la réforme.");
        assert_eq!(p.kind, "position");
        assert_eq!(p.cue, "s'est prononcé contre");
        let g = one("Les experts mettent en garde contre une pénurie.");
        assert_eq!(g.kind, "warning");
    }

    #[test]
    fn appeler_without_a_is_not_a_call() {
        let claims = find_claims(&doc(&["Le président a appelé son homologue hier soir."]));
        assert!(claims.is_empty(), "{claims:?}");
    }

    #[test]
    fn relative_clause_with_anonymous_sources() {
        let c = one("Des diplomates occidentaux anonymes qui affirment que l'accord est proche.");
        assert_eq!(c.speaker, "Des diplomates occidentaux anonymes");
        assert_eq!(c.speaker_kind, "anonymous");
        assert!(c.unconfirmed);
        assert_eq!(c.cue, "affirment");
    }

    #[test]
    fn attribution_phrases() {
        let c = one("Selon Le Monde, le sommet est reporté.");
        assert_eq!(c.speaker, "Le Monde");
        assert_eq!(c.speaker_kind, "media");
        assert_eq!(c.cue, "Selon");
        let a = one("D'après une source proche du dossier, l'accord est signé.");
        assert_eq!(a.speaker, "une source proche du dossier");
        assert_eq!(a.speaker_kind, "anonymous");
        assert!(a.unconfirmed);
        let s = one("L'armée prépare une offensive, de source diplomatique.");
        assert_eq!(s.speaker_kind, "anonymous");
        let p = one("Le texte sera voté mardi, cité par l'agence Reuters.");
        assert_eq!(p.speaker_kind, "media");
    }

    #[test]
    fn selon_que_is_not_an_attribution() {
        assert!(find_claims(&doc(&["Le prix varie selon que l'on paie comptant."])).is_empty());
    }

    #[test]
    fn journalistic_conditional_is_unconfirmed() {
        let c = one("Selon Reuters, Moscou aurait demandé une aide militaire.");
        assert!(c.unconfirmed);
        let d = one("Le ministre aurait déclaré que la guerre était finie.");
        assert!(d.unconfirmed);
        assert_eq!(d.cue, "aurait déclaré");
    }

    #[test]
    fn pronoun_resolved_to_last_person_of_matching_gender() {
        let d = doc(&[
            "Marie Dupont a rencontré John Smith à Genève.",
            "« Rien n'est décidé », a-t-elle prévenu.",
            "« Tout est possible », a-t-il ajouté.",
            "Elle a estimé que les discussions étaient utiles.",
        ]);
        let claims = find_claims(&d);
        assert_eq!(claims.len(), 3, "{claims:?}");
        assert_eq!(claims[0].speaker, "Marie Dupont");
        assert_eq!(claims[0].cue, "a-t-elle prévenu");
        assert_eq!(claims[0].kind, "warning");
        assert_eq!(claims[1].speaker, "John Smith");
        assert_eq!(claims[2].speaker, "Marie Dupont");
    }

    #[test]
    fn apposition_gives_the_role() {
        let c = one("« Le dialogue continue », a indiqué Anne Martin, la porte-parole du gouvernement, dans un communiqué.");
        assert_eq!(c.speaker, "Anne Martin");
        assert_eq!(c.role.as_deref(), Some("la porte-parole du gouvernement"));
    }

    #[test]
    fn verbs_inside_quotes_are_not_cues() {
        let c = one("« Nous avons déclaré la guerre à la corruption », a dit Paul Martin.");
        assert_eq!(c.cue, "a dit");
        assert_eq!(c.speaker, "Paul Martin");
    }

    #[test]
    fn apposition_before_the_verb() {
        let c =
            one("Anne Martin, la porte-parole du gouvernement, a déclaré que rien n'était décidé.");
        assert_eq!(c.speaker, "Anne Martin");
        assert_eq!(c.role.as_deref(), Some("la porte-parole du gouvernement"));
        assert_eq!(c.cue, "a déclaré");
    }

    #[test]
    fn inverted_verbs_and_pronoun_attributions() {
        let d = doc(&[
            "La ministre Anne Martin était à Kyiv mardi.",
            "« Nous tiendrons bon », affirme-t-elle.",
            "Selon elle, la ligne de front est stable.",
        ]);
        let claims = find_claims(&d);
        assert_eq!(claims.len(), 2, "{claims:?}");
        assert_eq!(claims[0].speaker, "Anne Martin");
        assert_eq!(claims[0].cue, "affirme-t-elle");
        assert_eq!(claims[1].speaker, "Anne Martin");
        assert_eq!(claims[1].cue, "Selon");
    }

    #[test]
    fn typographic_quotes_apostrophes_and_narrow_spaces() {
        let c = one("«\u{202f}Je n’ai jamais entendu parler de ça\u{202f}», a réagi un porte-parole de l’ambassade de Chine à Washington à plusieurs médias.");
        assert_eq!(
            c.speaker,
            "un porte-parole de l’ambassade de Chine à Washington"
        );
        assert_eq!((c.kind.as_str(), c.quote), ("denial", true));
        let d = one("“Nothing is settled,” a dit Jake Sullivan.");
        assert_eq!(d.speaker, "Jake Sullivan");
    }

    #[test]
    fn serait_pret_is_unconfirmed() {
        let c = one("Selon Reuters, Pékin serait prêt à livrer des drones.");
        assert_eq!(
            (c.speaker.as_str(), c.speaker_kind.as_str()),
            ("Reuters", "media")
        );
        assert!(c.unconfirmed);
    }

    #[test]
    fn demonstrative_media_names_the_media_cited_last() {
        let d = doc(&[
            "Selon le Wall Street Journal, l'accord est proche.",
            "Rien n'est signé, selon ce journal.",
        ]);
        let claims = find_claims(&d);
        assert_eq!(claims[1].speaker, "ce journal (le Wall Street Journal)");
    }

    #[test]
    fn plural_demonstrative_media_name_the_last_list() {
        let d = doc(&[
            "Le Monde et Le Figaro font partie des médias citant des sources anonymes qui affirment que l'accord est proche.",
            "Selon Libération, rien n'est fait.",
            "Rien n'est signé, selon ces journaux.",
        ]);
        let claims = find_claims(&d);
        assert_eq!(claims[2].speaker, "ces journaux (Le Monde et Le Figaro)");
    }

    /// A short article of our own: one expected (speaker, kind, role) per sentence.
    #[test]
    fn assorted_news_sentences() {
        let sentences = [
            "Le président Emmanuel Macron a estimé jeudi que la Russie « ne doit pas gagner cette guerre ».",
            "« La situation est grave », a déclaré à l'AFP le chef de la diplomatie européenne, Josep Borrell.",
            "Le Kremlin a immédiatement démenti ces informations, les qualifiant de « fake news ».",
            "D'après l'agence Reuters, plusieurs navires auraient quitté le port.",
            "Une source proche du dossier a indiqué à Reuters que les négociations reprendraient lundi.",
            "Le ministre de l'Intérieur, Gérald Darmanin, a annoncé mardi de nouvelles mesures.",
            "Il a ensuite précisé que ces mesures seraient temporaires.",
            "Cette annonce intervient alors que la tension monte entre les deux pays.",
            "L'Union européenne exhorte Pékin à user de son influence sur Moscou.",
            "Washington a mis en garde Pékin contre toute aide militaire à la Russie.",
            "La porte-parole de la Maison Blanche, Karine Jean-Pierre, a affirmé que les États-Unis n'enverraient pas de troupes.",
            "Le texte précise les conditions d'application de la loi.",
            "Les prix ont augmenté de 5 % en mars, indique l'Insee.",
            "« Nous ne céderons pas », martèle le président ukrainien Volodymyr Zelensky.",
        ];
        type Row<'a> = (usize, &'a str, &'a str, &'a str, Option<&'a str>, bool);
        let expected: &[Row] = &[
            (
                1,
                "Emmanuel Macron",
                "person",
                "position",
                Some("président"),
                false,
            ),
            (
                2,
                "Josep Borrell",
                "person",
                "statement",
                Some("chef de la diplomatie européenne"),
                false,
            ),
            (3, "Le Kremlin", "organization", "denial", None, false),
            (4, "l'agence Reuters", "media", "statement", None, true),
            (
                5,
                "Une source proche du dossier",
                "anonymous",
                "statement",
                None,
                true,
            ),
            (
                6,
                "Gérald Darmanin",
                "person",
                "statement",
                Some("ministre de l'Intérieur"),
                false,
            ),
            (
                7,
                "Gérald Darmanin",
                "person",
                "statement",
                Some("ministre de l'Intérieur"),
                false,
            ),
            (9, "L'Union européenne", "organization", "call", None, false),
            (10, "Washington", "organization", "warning", None, false),
            (
                11,
                "Karine Jean-Pierre",
                "person",
                "statement",
                Some("porte-parole de la Maison Blanche"),
                false,
            ),
            (13, "l'Insee", "organization", "statement", None, false),
            (
                14,
                "Volodymyr Zelensky",
                "person",
                "statement",
                Some("président ukrainien"),
                false,
            ),
        ];
        let claims = find_claims(&doc(&sentences));
        let got: Vec<_> = claims
            .iter()
            .map(|c| {
                (
                    c.segment,
                    c.speaker.as_str(),
                    c.speaker_kind.as_str(),
                    c.kind.as_str(),
                    c.role.as_deref(),
                    c.unconfirmed,
                )
            })
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn a_second_speaker_in_the_same_sentence() {
        let claims = find_claims(&doc(&[
            "Le ministre Paul Martin a affirmé que l'accord était proche, mais le Kremlin a démenti.",
        ]));
        let got: Vec<_> = claims
            .iter()
            .map(|c| (c.speaker.as_str(), c.kind.as_str()))
            .collect();
        assert_eq!(
            got,
            [("Paul Martin", "statement"), ("le Kremlin", "denial")]
        );
    }

    #[test]
    fn unresolved_pronoun_is_unattributed() {
        let c = one("Il a déclaré que tout allait bien.");
        assert_eq!(c.speaker_kind, "unattributed");
    }

    /// Every prefix and suffix of tricky sentences (unbalanced quotes, cues at the very start
    /// or end): never a panic.
    #[test]
    fn truncated_sentences_never_panic() {
        let sentences = [
            "« Je n'ai jamais entendu parler de ça », a réagi un porte-parole de l'ambassade.",
            "\"Et nous\", imposées depuis, le 24 février, a-t-il insisté, selon",
            "Des fonctionnaires anonymes qui affirment que, d'après, cité par, de source",
            "Anne Martin, la porte-parole, a déclaré qu'il y a-t-il dit-elle , , qui",
            "M. Dupont a appelé à la retenue, mais il s'est prononcé contre, a mis en garde",
        ];
        for s in sentences {
            let cuts: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
            for &i in &cuts {
                let _ = find_claims(&doc(&[&s[..i], &s[i..], "selon", "qui", ",", "a-t-il"]));
            }
        }
    }

    /// Random word soup made of the rules' own trigger words: never a panic.
    #[test]
    fn random_soup_never_panics() {
        let vocab = [
            "a",
            "a-t-il",
            "dit-elle",
            "affirme",
            "qui",
            "que",
            "qu'",
            "selon",
            "d'après",
            "cité",
            "par",
            "de",
            "source",
            ",",
            ".",
            "«",
            "»",
            "\"",
            "le",
            "la",
            "l'",
            "un",
            "porte-parole",
            "Jake",
            "Sullivan",
            "New",
            "York",
            "Times",
            "il",
            "elle",
            "ni",
            "appelé",
            "à",
            "mis",
            "en",
            "garde",
            "s'est",
            "prononcé",
            "contre",
            "aurait",
            "anonymes",
            "Mme",
            "M.",
            "CNN",
            "sur",
            "dimanche",
            "ces",
            "publications",
            "citant",
            "des",
            "médias",
            "et",
            "mais",
            ":",
        ];
        let mut rng = fastrand::Rng::with_seed(6);
        let sentences: Vec<String> = (0..3000)
            .map(|_| {
                let n = rng.usize(0..14);
                (0..n)
                    .map(|_| vocab[rng.usize(0..vocab.len())])
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        for chunk in sentences.chunks(6) {
            let refs: Vec<&str> = chunk.iter().map(String::as_str).collect();
            let _ = find_claims(&doc(&refs));
        }
    }

    #[test]
    fn ni_ni_takes_no_stance() {
        assert!(find_claims(&doc(&[
            "Le gouvernement n'a ni condamné ni approuvé l'offensive."
        ]))
        .is_empty());
    }
}

#[cfg(test)]
mod sample_tests {
    use super::*;

    /// The acceptance criteria of issue 6 on the sample article.
    #[test]
    fn sample_article_speakers() {
        let doc: AlignedDocument = serde_json::from_str(include_str!(
            "../../tests/fixtures/ukraine-chine-2022-03.aligned.json"
        ))
        .expect("fixture parses");
        let claims = find_claims(&doc);
        let by_segment = |id: usize| claims.iter().find(|c| c.segment == id);
        for c in &claims {
            eprintln!(
                "{} | {} | {} | {} | {} | q={} u={} | {:?}",
                c.segment, c.speaker, c.speaker_kind, c.cue, c.kind, c.quote, c.unconfirmed, c.role
            );
        }
        let s1 = by_segment(1).expect("claim in 1");
        assert!(s1
            .speaker
            .starts_with("des fonctionnaires américains anonymes"));
        assert!(s1.speaker.contains("Financial Times") && s1.speaker.contains("Washington Post"));
        assert!(s1.speaker.contains("New York Times"));
        assert_eq!(s1.speaker_kind, "anonymous");
        assert!(s1.unconfirmed);
        let s2 = by_segment(2).expect("claim in 2");
        assert_eq!(
            (s2.speaker.as_str(), s2.speaker_kind.as_str()),
            ("le New York Times", "media")
        );
        let s4 = by_segment(4).expect("claim in 4");
        assert_eq!(
            s4.speaker,
            "un porte-parole de l'ambassade de Chine à Washington"
        );
        assert_eq!(
            (s4.speaker_kind.as_str(), s4.kind.as_str()),
            ("role", "denial")
        );
        assert!(s4.quote);
        assert!(
            by_segment(5).is_none(),
            "« n'a ni condamné ni approuvé » is no claim"
        );
        let s6 = by_segment(6).expect("claim in 6");
        assert_eq!(
            (s6.speaker.as_str(), s6.kind.as_str()),
            ("Li Keqiang", "call")
        );
        assert_eq!(s6.role.as_deref(), Some("Premier ministre chinois"));
        assert!(by_segment(7).is_none() && by_segment(8).is_none());
        let s9 = by_segment(9).expect("claim in 9");
        assert_eq!(s9.speaker, "Emily Horne");
        assert!(s9
            .role
            .as_deref()
            .unwrap_or("")
            .contains("porte-parole du Conseil national"));
        for (id, cue, kind) in [
            (10, "a dit", "statement"),
            (11, "a-t-il insisté", "statement"),
            (12, "a prévenu", "warning"),
        ] {
            let c = by_segment(id).expect("claim");
            assert_eq!(c.speaker, "Jake Sullivan", "segment {id}");
            assert_eq!(
                (c.cue.as_str(), c.kind.as_str()),
                (cue, kind),
                "segment {id}"
            );
            assert!(c.quote && !c.unconfirmed, "segment {id}");
        }
    }
}
