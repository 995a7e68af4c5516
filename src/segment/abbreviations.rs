//! Abbreviations that end with a period without ending the sentence.
//!
//! Two kinds: titles and abbreviations that announce what follows (`M. Dupont`, `p. 12`,
//! `cf. supra`, `av. J.-C.`: never a boundary), and abbreviations that can also close a
//! sentence (`etc.`, `janv.`: a boundary only when an upper-case word follows).

/// What a period after a word means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Abbreviation {
    /// A title or an abbreviation always followed by the rest of its sentence.
    Leading,
    /// An abbreviation that may also end the sentence.
    MayEnd,
}

/// Titles and leading abbreviations, case-sensitive (`M.` is a title, `m.` is not).
const LEADING_EXACT: &[&str] = &[
    // Titles and forms of address.
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mes", "Mgr", "Mgrs", "Dr", "Drs", "Pr", "Prs",
    "St", "Ste", "Sts", "Stes", "Sr", "Vve", "Gal", "Gén", "Col", "Cdt", "Cne", "Lt", "Sgt", "Adj",
    "Cie", "Ets", "Sté", "Bd", "Av", "Fg", "Mt", "Rév", "RP", "Vx", "Jr",
];

/// Leading abbreviations, matched case-insensitively (written in lower case).
const LEADING_ANY_CASE: &[&str] = &[
    "av", "apr", "cf", "ex", "p", "pp", "chap", "ch", "fig", "no", "nos", "n", "bd", "boul", "éd",
    "éds", "coll", "réf", "tél", "fax", "env", "sq", "sqq", "ms", "mss", "t", "tt", "s", "ss", "v",
    "vv", "r", "rte", "pl", "fbg", "faub", "approx", "resp", "ca", "liv", "sect", "parag",
    "paragr", "mlle", "mme", "c.-à-d", "c-à-d", "c.à.d", "i.e", "e.g", "n°", "adr", "dr", "sgt",
    "lt", "capt", "gén", "gal", "cdt",
];

/// Abbreviations that may end a sentence, matched case-insensitively (written in lower case).
const MAY_END: &[&str] = &[
    "etc", "j.-c", "al", "art", "vol", "hab", "dép", "dépt", "ibid", "cit", "suiv", "janv", "févr",
    "fév", "avr", "juil", "sept", "oct", "nov", "déc", "min", "max", "sec", "inc", "ltd", "co",
    "corp", "cie",
];

/// Unit symbols, case-sensitive: after a number they may end a sentence (`38 °C.`,
/// `120 km.`), even those that are also abbreviations (`t.` tome, `s.` siècle, `ch.`
/// chapitre, `V.` an initial). Written without the degree sign, which the rule skips.
const UNITS: &[&str] = &[
    "km", "m", "cm", "mm", "µm", "nm", "kg", "g", "mg", "t", "Mt", "kt", "l", "L", "cl", "ml",
    "mL", "hl", "ha", "km²", "m²", "m³", "h", "min", "mn", "s", "ms", "C", "F", "K", "V", "kV",
    "W", "kW", "MW", "GW", "kWh", "MWh", "GWh", "TWh", "Hz", "kHz", "MHz", "GHz", "ch", "Mo", "Go",
    "To", "Ko", "dB", "bar", "mbar", "hPa", "Pa",
];

/// Whether `word` is a unit symbol (see [`UNITS`]).
pub(crate) fn is_unit(word: &str) -> bool {
    UNITS.contains(&word)
}

/// Looks up the word before a period (`M`, `etc`, `J.-C`).
pub(crate) fn lookup(word: &str) -> Option<Abbreviation> {
    if LEADING_EXACT.contains(&word) {
        return Some(Abbreviation::Leading);
    }
    // Abbreviations are short: skip the case-insensitive scans for ordinary words.
    if word.len() > 8 {
        return None;
    }
    let lower = word.to_lowercase();
    if MAY_END.contains(&lower.as_str()) {
        return Some(Abbreviation::MayEnd);
    }
    if LEADING_ANY_CASE.contains(&lower.as_str()) {
        return Some(Abbreviation::Leading);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_case_sensitive() {
        assert_eq!(lookup("M"), Some(Abbreviation::Leading));
        assert_eq!(lookup("Mme"), Some(Abbreviation::Leading));
        assert_eq!(lookup("MM"), Some(Abbreviation::Leading));
        assert_eq!(lookup("m"), None);
        assert_eq!(lookup("mm"), None);
    }

    #[test]
    fn case_insensitive_lists_are_lower_case() {
        for a in MAY_END.iter().chain(LEADING_ANY_CASE) {
            assert_eq!(*a, a.to_lowercase());
        }
    }

    #[test]
    fn other_lists() {
        assert_eq!(lookup("etc"), Some(Abbreviation::MayEnd));
        assert_eq!(lookup("J.-C"), Some(Abbreviation::MayEnd));
        assert_eq!(lookup("av"), Some(Abbreviation::Leading));
        assert_eq!(lookup("Cf"), Some(Abbreviation::Leading));
        assert_eq!(lookup("Tél"), Some(Abbreviation::Leading));
        assert_eq!(lookup("maison"), None);
        assert_eq!(lookup("anticonstitutionnellement"), None);
        assert_eq!(lookup("ETC"), Some(Abbreviation::MayEnd));
        assert_eq!(lookup("Av"), Some(Abbreviation::Leading));
    }
}
