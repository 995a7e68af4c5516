//! Attribution phrases: « selon X », « d'après X », « cité par X », « de source X »,
//! « à en croire X », and a sentence-opening « Pour X, » that gives someone's view; the
//! source must be someone (« selon les critères » is a rule, « pour la première fois » a time).

use super::super::tokens::Tok;
use crate::brief::lexicon;

/// Whether the noun phrase at `at` can be a source: a name, a pronoun, or a noun that names
/// people, institutions, media or documents.
fn names_a_source(toks: &[Tok], at: usize) -> bool {
    let first = &toks[at];
    if first.upper && !lexicon::DETERMINERS.contains(&first.low.as_str()) {
        return true;
    }
    if matches!(first.low.as_str(), "lui" | "elle" | "eux" | "elles") {
        return true;
    }
    let mut h = at;
    while toks
        .get(h)
        .is_some_and(|t| lexicon::DETERMINERS.contains(&t.low.as_str()) || t.low == "même")
    {
        h += 1;
    }
    // « selon les derniers chiffres », « selon les premiers éléments de l'enquête »
    while h > at
        && toks.get(h).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "derniers"
                    | "dernières"
                    | "premiers"
                    | "premières"
                    | "nouveaux"
                    | "nouvelles"
                    | "récents"
                    | "récentes"
                    | "mêmes"
            )
        })
    {
        h += 1;
    }
    let Some(head) = toks.get(h) else {
        return false;
    };
    let low = head.low.as_str();
    let singular_det = h > at && matches!(toks[h - 1].low.as_str(), "le" | "la" | "l'");
    (head.upper && (singular_det || first.upper))
        || lexicon::ROLE_NOUNS.contains(&low)
        || lexicon::PEOPLE_NOUNS.contains(&low)
        || lexicon::ANONYMOUS_MARKERS.contains(&low)
        || lexicon::MEDIA_NOUNS.contains(&low)
        || lexicon::ORG_WORDS.contains(&low)
        || lexicon::SOURCE_NOUNS.contains(&low)
}

/// Whether token `i` opens the sentence (after quotation marks, « Mais » or « Et » at most).
fn opens_sentence(toks: &[Tok], i: usize) -> bool {
    toks[..i].iter().all(|t| {
        !t.word && !matches!(t.low.as_str(), "," | ";" | ":")
            || matches!(t.low.as_str(), "mais" | "et")
    })
}

/// Heads of a noun phrase after a sentence-opening « Pour » that make it someone's view:
/// institutions and groups that hold views (not documents, places or things).
const OPINION_HOLDERS: &[&str] = &[
    "gouvernement",
    "ministère",
    "autorités",
    "police",
    "gendarmerie",
    "parquet",
    "enquêteurs",
    "syndicat",
    "syndicats",
    "opposition",
    "spécialistes",
    "observateurs",
    "organisateurs",
    "témoin",
    "témoins",
    "parties",
    "associations",
    "association",
    "ong",
    "direction",
    "majorité",
    "accusation",
    "entourage",
    "famille",
    "partisans",
    "détracteurs",
    "auteurs",
    "chercheurs",
    "scientifiques",
    "élus",
];

/// Whether the noun phrase at `at`, after a sentence-opening « Pour » and up to a comma,
/// names someone whose view the sentence gives (« Pour le ministre, », « Pour Jean Dupont, »,
/// « Pour les habitants, »), not a purpose, a time or a thing (« Pour la première fois, »,
/// « Pour cela, », « Pour ce projet, »).
fn pour_someone(toks: &[Tok], at: usize) -> bool {
    let end = super::super::speaker::np_end(toks, at);
    if toks.get(end + 1).is_none_or(|t| t.low != ",") {
        return false;
    }
    let first = &toks[at];
    // « Pour elle, les secours sont arrivés trop tard »: like « selon elle ».
    if matches!(first.low.as_str(), "lui" | "elle" | "eux" | "elles") {
        return true;
    }
    if first.upper && !lexicon::DETERMINERS.contains(&first.low.as_str()) {
        // A person: a title or a known first name before a name (not « Pour Noël »,
        // « Pour Paris »).
        let title = lexicon::TITLES.contains(&first.low.as_str()) || first.low == "m";
        return (title || lexicon::is_first_name(&first.low))
            && toks.get(at + 1).is_some_and(|t| t.upper || t.low == ".");
    }
    if !lexicon::DETERMINERS.contains(&first.low.as_str()) {
        return false;
    }
    let mut h = at;
    while toks
        .get(h)
        .is_some_and(|t| lexicon::DETERMINERS.contains(&t.low.as_str()))
    {
        h += 1;
    }
    let Some(head) = toks.get(h) else {
        return false;
    };
    let low = head.low.as_str();
    // « premier » and « première » are roles only before « ministre » (not « la première fois »).
    if matches!(
        low,
        "premier" | "première" | "haut" | "haute" | "hauts" | "hautes"
    ) {
        return toks
            .get(h + 1)
            .is_some_and(|n| lexicon::ROLE_NOUNS.contains(&n.low.as_str()));
    }
    lexicon::ROLE_NOUNS.contains(&low)
        || lexicon::MEDIA_NOUNS.contains(&low)
        || OPINION_HOLDERS.contains(&low)
}

/// An attribution phrase: its first token and the first token of the source after it.
pub(in crate::brief::claims) fn find_attribution(toks: &[Tok]) -> Option<(usize, usize)> {
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
            // « À en croire le ministre, … »
            "à" if next.is_some_and(|n| n.low == "en")
                && toks.get(i + 2).is_some_and(|n| n.low == "croire") =>
            {
                i + 3
            }
            // « Pour le ministre, la réforme est nécessaire »: an opinion credited to someone.
            "pour" if opens_sentence(toks, i) && pour_someone(toks, i + 1) => i + 1,
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
        // « selon les critères », « selon la quantité d'UV »: according to a rule or a
        // measure, not to someone.
        if matches!(t.low.as_str(), "selon" | "d'après" | "d'" | "à")
            && !names_a_source(toks, source_at)
        {
            continue;
        }
        return Some((i, source_at));
    }
    None
}
