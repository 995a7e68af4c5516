//! Whether a « que » clause asserts: its verb in the indicative or the conditional
//! (« a suggéré que la croissance est repartie », « … que la fête serait reportée ») tells a
//! fact or a view, where the subjunctive (« a suggéré que le directeur démissionne »,
//! « … que la fête soit reportée ») asks for something. Only forms that cannot be subjunctive
//! count as asserting: « démissionne » may be either, and leaves the verb's own kind.

use super::super::tokens::Tok;
use crate::brief::lexicon;

/// Indicative forms of the commonest verbs, none of them a subjunctive.
const INDICATIVE: &[&str] = &[
    "est", "sont", "était", "étaient", "sera", "seront", "a", "ont", "avait", "avaient", "aura",
    "auront", "va", "vont", "peut", "peuvent", "doit", "fait", "font",
];

/// Subjunctive forms of the commonest verbs.
const SUBJUNCTIVE: &[&str] = &[
    "soit",
    "soient",
    "ait",
    "aient",
    "puisse",
    "puissent",
    "fasse",
    "fassent",
    "aille",
    "aillent",
    "sache",
    "sachent",
    "veuille",
    "veuillent",
    "doive",
];

/// How far into the clause its verb is looked for.
const REACH: usize = 8;

/// Whether the clause opening at token `at` (the word after « que ») has, as the first verb
/// form it shows before a comma or the sentence's end, one in the indicative or the
/// conditional (see the module's note).
pub(super) fn asserts(toks: &[Tok], at: usize) -> bool {
    for t in toks.iter().skip(at).take(REACH) {
        let low = t.low.as_str();
        if !t.word || SUBJUNCTIVE.contains(&low) {
            return false;
        }
        if INDICATIVE.contains(&low) || lexicon::is_conditional(low) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::super::tokens::tokenize;
    use super::*;

    fn clause(sentence: &str) -> bool {
        let toks = tokenize(sentence);
        let que = toks
            .iter()
            .position(|t| matches!(t.low.as_str(), "que" | "qu'"))
            .expect("a « que »");
        asserts(&toks, que + 1)
    }

    #[test]
    fn an_indicative_or_a_conditional_asserts() {
        for sentence in [
            "Il suggère que la croissance est repartie.",
            "Il suggère que les prix seraient trop hauts.",
            "Il suggère que les élus ont menti.",
        ] {
            assert!(clause(sentence), "{sentence}");
        }
        for sentence in [
            "Il suggère que la fête soit reportée.",
            "Il suggère que le directeur démissionne.",
            "Il suggère que l'on ait recours à l'armée.",
        ] {
            assert!(!clause(sentence), "{sentence}");
        }
    }
}
