//! Inserts the press puts inside a cue frame without changing who speaks: a time phrase
//! between an inverted verb and its subject (« a annoncé ce mercredi le ministère », « ont
//! affirmé, samedi, des sources », « a déclaré le 3 avril la préfète »).

use super::tokens::Tok;
use crate::brief::lexicon;

/// Days of the week.
const DAYS: &[&str] = &[
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];

/// Nouns of a time that « ce », « cet », « cette » point at (« ce matin », « cette semaine »).
pub(super) const DEMONSTRATIVE_TIMES: &[&str] = &[
    "matin",
    "soir",
    "midi",
    "après-midi",
    "week-end",
    "weekend",
    "semaine",
    "mois",
    "année",
    "jour",
    "jour-là",
    "soir-là",
    "matin-là",
    "nuit",
];

/// Words that end a time phrase (« mardi soir », « le 3 avril dernier »).
const TIME_TAILS: &[&str] = &[
    "matin",
    "soir",
    "midi",
    "après-midi",
    "dernier",
    "dernière",
    "prochain",
    "prochaine",
    "passé",
    "passée",
];

/// Nouns of a time that, with their article and « dernier », « prochain » or « passé » (or
/// alone for the day before or after), make a time phrase (« la semaine dernière », « la
/// veille »).
const ARTICLE_TIMES: &[&str] = &["semaine", "mois", "an", "année", "week-end"];

/// Adverbs of time that make a phrase on their own (« hier soir », « avant-hier »).
const TIME_ADVERBS: &[&str] = &["hier", "avant-hier", "aujourd'hui", "demain"];

/// Parts of the day « en début de », « en fin de » open (« en fin de journée »).
const PARTS_OF_DAY: &[&str] = &[
    "journée",
    "matinée",
    "soirée",
    "après-midi",
    "semaine",
    "mois",
    "séance",
];

fn is_number(t: &Tok) -> bool {
    let digits = t.low.trim_end_matches("er").trim_end_matches("e");
    !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) && t.low.len() <= 4
}

/// After a day or a date, « 12 mars », « 12 mars 2024 » and a tail (« soir », « dernier »).
fn date_tail(toks: &[Tok], mut i: usize) -> usize {
    let word = |k: usize| toks.get(k).filter(|t| t.word && !t.quoted);
    if word(i).is_some_and(is_number)
        && word(i + 1).is_some_and(|m| lexicon::MONTHS.contains(&m.low.as_str()))
    {
        i += 2;
        if word(i).is_some_and(|y| y.low.len() == 4 && is_number(y)) {
            i += 1;
        }
    }
    while word(i).is_some_and(|t| TIME_TAILS.contains(&t.low.as_str())) {
        i += 1;
    }
    i
}

/// Where the time phrase starting at `at` ends (the token after it), when one starts there:
/// « ce mercredi », « ce lundi soir », « cette semaine », « jeudi 12 mars », « le 3 avril
/// dernier », « la semaine dernière », « la veille », « hier soir », « en fin de journée ».
/// Words inside quotation marks are no time phrase.
pub(super) fn time_phrase_end(toks: &[Tok], at: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).filter(|t| t.word && !t.quoted);
    let first = word(at)?;
    let low = first.low.as_str();
    let second = word(at + 1).map(|t| t.low.as_str());
    let end = match low {
        "ce" | "cet" | "cette"
            if second.is_some_and(|s| DAYS.contains(&s) || DEMONSTRATIVE_TIMES.contains(&s)) =>
        {
            date_tail(toks, at + 2)
        }
        "le" | "la" | "l'" => {
            let noun = second?;
            if word(at + 1).is_some_and(is_number)
                && word(at + 2).is_some_and(|m| lexicon::MONTHS.contains(&m.low.as_str()))
            {
                date_tail(toks, at + 1)
            } else if matches!(noun, "veille" | "lendemain")
                || ARTICLE_TIMES.contains(&noun)
                    && word(at + 2).is_some_and(|t| TIME_TAILS.contains(&t.low.as_str()))
            {
                date_tail(toks, at + 2)
            } else {
                return None;
            }
        }
        _ if DAYS.contains(&low) => date_tail(toks, at + 1),
        _ if TIME_ADVERBS.contains(&low) => date_tail(toks, at + 1),
        "en" if matches!(second, Some("début" | "fin" | "milieu"))
            && word(at + 2).is_some_and(|t| matches!(t.low.as_str(), "de" | "d'"))
            && word(at + 3).is_some_and(|t| PARTS_OF_DAY.contains(&t.low.as_str())) =>
        {
            at + 4
        }
        _ => return None,
    };
    Some(end)
}

/// The token after the time phrases at `at`, the one set off by commas included (« ,
/// samedi, »); `at` when none stands there.
pub(super) fn past_time_phrases(toks: &[Tok], at: usize) -> usize {
    let mut i = at;
    loop {
        if let Some(end) = time_phrase_end(toks, i) {
            i = end;
        } else if toks.get(i).is_some_and(|t| t.low == ",") {
            match time_phrase_end(toks, i + 1) {
                Some(end) if toks.get(end).is_some_and(|t| t.low == ",") => i = end + 1,
                _ => return i,
            }
        } else {
            return i;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{past_time_phrases, time_phrase_end};
    use crate::brief::claims::tokens::tokenize;

    /// The words a time phrase at the start of `text` spans.
    fn phrase(text: &str) -> Option<String> {
        let toks = tokenize(text);
        let end = time_phrase_end(&toks, 0)?;
        Some(
            toks[..end]
                .iter()
                .map(|t| t.low.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        )
    }

    #[test]
    fn time_phrases_between_a_verb_and_its_subject() {
        for (text, words) in [
            ("ce mercredi le ministère", "ce mercredi"),
            ("ce lundi soir la CGT", "ce lundi soir"),
            ("cette semaine la préfecture", "cette semaine"),
            ("ce matin le maire", "ce matin"),
            ("cet après-midi le maire", "cet après-midi"),
            ("ce jeudi 12 mars le maire", "ce jeudi 12 mars"),
            ("jeudi 12 mars 2024 le maire", "jeudi 12 mars 2024"),
            ("mardi soir le maire", "mardi soir"),
            ("mercredi dernier le trésorier", "mercredi dernier"),
            ("le 3 avril les riverains", "le 3 avril"),
            ("le 1er mai dernier la CGT", "le 1er mai dernier"),
            ("la semaine dernière le ministre", "la semaine dernière"),
            ("le mois prochain le ministre", "le mois prochain"),
            ("la veille le ministre", "la veille"),
            ("hier soir le porte-parole", "hier soir"),
            ("avant-hier la mairie", "avant-hier"),
            ("en fin de journée la préfecture", "en fin de journée"),
        ] {
            assert_eq!(phrase(text).as_deref(), Some(words), "{text}");
        }
        // Must not: a demonstrative on a noun that is no time, an article on one without
        // « dernier », a number that is no date, a quoted day.
        for text in [
            "ce responsable du parti",
            "cette source proche du dossier",
            "la semaine de quatre jours",
            "le mois de la photo",
            "le 3 du classement",
            "la ministre",
            "« mardi » le maire",
            "en fin de compte le maire",
        ] {
            assert_eq!(phrase(text), None, "{text}");
        }
    }

    #[test]
    fn a_time_phrase_between_commas_is_passed() {
        let toks = tokenize(", samedi, des sources autorisées");
        assert_eq!(toks[past_time_phrases(&toks, 0)].low, "des");
        let toks = tokenize("ce mercredi, selon la presse");
        assert_eq!(toks[past_time_phrases(&toks, 0)].low, ",");
        // Must not: a comma before anything else, or a time phrase with no closing comma.
        let toks = tokenize(", le maire a dit");
        assert_eq!(past_time_phrases(&toks, 0), 0);
        let toks = tokenize(", samedi le maire");
        assert_eq!(past_time_phrases(&toks, 0), 0);
    }
}
