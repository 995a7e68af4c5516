//! Attribution phrases: « selon X », « d'après X », « cité par X », « de source X »,
//! « à en croire X », a sentence-opening « Pour X, » that gives someone's view, and a verbless
//! sentence that credits what was just said (« C'est la remarque de X. »); the
//! source must be someone (« selon les critères » is a rule, « pour la première fois » a time).

use super::super::speaker::{
    back_pointer, is_org_name_word, looks_like_person, ROLE_ADJECTIVES, UNNAMED_OFFICIALS,
};
use super::super::tokens::{is_quote_mark, Tok};
use crate::brief::lexicon::{self, ClaimKind};

/// Whether the noun phrase at `at` can be a source: a name, a pronoun, or a noun that names
/// people, institutions, media or documents.
fn names_a_source(toks: &[Tok], at: usize) -> bool {
    let Some(first) = toks.get(at) else {
        return false;
    };
    if first.upper && !lexicon::DETERMINERS.contains(&first.low.as_str()) {
        return true;
    }
    if matches!(first.low.as_str(), "lui" | "elle" | "eux" | "elles") || points_back(toks, at) {
        return true;
    }
    if numbered_title(&first.low) {
        return true;
    }
    if our_source(toks, at) || our_own_findings(toks, at) || our_colleagues(toks, at) {
        return true;
    }
    let mut h = at;
    // (« selon les deux grands syndicats », « selon les 27 États membres », « selon les
    // principaux intéressés »: a count and an adjective before the noun.)
    // (« selon une troisième source », « selon une autre source », « selon de nombreux
    // témoignages »: an ordinal, « autre », « de » before a count of many.)
    while toks.get(h).is_some_and(|t| {
        lexicon::DETERMINERS.contains(&t.low.as_str())
            || matches!(
                t.low.as_str(),
                "même" | "autre" | "autres" | "d'" | "propre" | "propres"
            )
            || h == at && t.low == "de" && toks.get(h + 1).is_some_and(counts_many)
            || h > at && (counts_or_ranks(t) || counts_many(t))
    }) {
        h += 1;
    }
    // « selon les derniers chiffres », « selon les premiers éléments de l'enquête »; « selon
    // l'ancien responsable », « d'après l'ex directeur » (ROLE_ADJECTIVES)
    while h > at
        && toks.get(h).is_some_and(|t| {
            ROLE_ADJECTIVES.contains(&t.low.as_str())
                || lexicon::ranks(&t.low)
                || matches!(
                    t.low.as_str(),
                    "récents" | "récentes" | "récent" | "récente" | "mêmes"
                )
        })
    {
        h += 1;
    }
    let Some(head) = toks.get(h) else {
        return false;
    };
    let low = lexicon::without_former(&head.low);
    let singular_det = h > at
        && (matches!(toks[h - 1].low.as_str(), "le" | "la" | "l'")
            || ROLE_ADJECTIVES.contains(&toks[h - 1].low.as_str()));
    // « d'après le panéliste Acme », « selon le statisticien Paul Martin »: a common noun
    // that a name follows describes who the name is (not « selon la loi Evin »).
    let described_name = h > at
        && head.word
        && !head.upper
        && toks
            .get(h + 1)
            .is_some_and(|n| n.word && n.upper && !n.quoted)
        && !NAMED_RULES.contains(&low);
    // « selon les Affaires étrangères », « selon les Armées »: a ministry named by its
    // portfolio alone.
    // (« Affaires » with its adjective: « étrangères », « sociales », not « du moment ».)
    let portfolio = h > at
        && head.upper
        && MINISTRY_PORTFOLIOS.contains(&low)
        && (low != "affaires"
            || toks.get(h + 1).is_some_and(|n| {
                n.word
                    && !n.upper
                    && ["ères", "ales", "ennes", "ieures", "iques", "ines"]
                        .iter()
                        .any(|e| n.low.ends_with(e))
            }));
    // (« selon la majorité des élus »: how many of whom; not « la majorité des modèles ».)
    if matches!(low, "majorité" | "plupart") {
        let of = toks.get(h + 1).map(|t| t.low.as_str());
        return match of {
            Some("de" | "d'") => names_a_source(toks, h + 2),
            Some("des" | "du") => names_a_source(toks, h + 1),
            _ => true,
        };
    }
    // (« selon les Echos », « selon les Verts », « selon les Républicains »: a name that takes
    // « les », a medium or a party; a ministry named by its portfolio is read above.)
    let plural_name = h > at
        && toks[h - 1].low == "les"
        && !MINISTRY_PORTFOLIOS.contains(&low)
        && !depending_on(toks, at);
    // (« selon les deux partis »: a plural the lists hold in the singular.)
    let singular = low.strip_suffix('s').unwrap_or(low);
    // (« Les tarifs varient selon la commune »: depending on it, whatever it names.)
    if depending_on(toks, at) {
        return false;
    }
    (head.upper && (singular_det || first.upper || plural_name))
        || portfolio
        || described_name
        || h > at && (is_finding(low) || names_a_specialist(low))
        // (« selon un cadre du parti »: an unnamed official; not « selon le cadre légal ».)
        || UNNAMED_OFFICIALS.contains(&low)
            && h > at
            && matches!(toks[h - 1].low.as_str(), "un" | "une" | "des" | "plusieurs")
        || names_someone(low)
        || [low, singular]
            .iter()
            .any(|w| lexicon::MEDIA_NOUNS.contains(w) || lexicon::SOURCE_NOUNS.contains(w))
}

/// Whether the noun phrase at `at` points back at someone named before (« selon ce
/// dernier », « d'après l'intéressée », « selon celle-ci »), as « selon lui » does; not
/// when a noun follows (« selon ce dernier sondage » is the poll).
fn points_back(toks: &[Tok], at: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.low.as_str());
    let ends_at = |k: usize| toks.get(k).is_none_or(|t| !t.word);
    // (Not « selon celui-ci », « d'après celle-ci »: after « selon » they most often stand for
    // the document just named, « un rapport … Selon celui-ci, … », not for a person.)
    back_pointer(&[word(at), word(at + 1)]).is_some() && ends_at(at + 2)
}

/// Whether the « selon » right before `at` means « depending on »: a verb of varying or
/// sorting just before it, maybe past an adverb, with no comma between (« le contenu diffère
/// donc selon les Facultés », « varie selon les Régions », « sont classés selon les
/// Catégories »; not « Les prix ont évolué, selon les Echos »).
fn depending_on(toks: &[Tok], at: usize) -> bool {
    const VARYING: &[&str] = &[
        "vari", "diffèr", "différ", "chang", "fluctu", "oscill", "évolu", "dépend", "réparti",
        "modul", "classé", "trié", "noté", "adapté", "ajusté",
    ];
    if at < 2 || toks[at - 1].low != "selon" {
        return false;
    }
    toks[..at - 1]
        .iter()
        .rev()
        .take(3)
        .take_while(|t| t.word)
        .find(|t| !lexicon::ADVERBS.contains(&t.low.as_str()))
        .is_some_and(|t| VARYING.iter().any(|stem| t.low.starts_with(stem)))
}

/// Whether the head noun `low` (singular or plural) names someone who speaks, not a
/// document or a medium: a role, people, an anonymous source (« une source », « des
/// proches »), a body, one who reports (« un correspondant »), or a side that holds views
/// (« selon la majorité », « selon la défense »).
fn names_someone(low: &str) -> bool {
    let singular = low.strip_suffix('s').unwrap_or(low);
    [low, singular].iter().any(|w| {
        lexicon::ROLE_NOUNS.contains(w)
            || lexicon::PEOPLE_NOUNS.contains(w)
            || lexicon::ANONYMOUS_MARKERS.contains(w)
            || lexicon::ORG_WORDS.contains(w)
            || OPINION_HOLDERS.contains(w)
            || PRESS_WORKERS.contains(w)
            || lexicon::BODIES_AND_FIRMS.contains(w)
    })
}

/// « un correspondant de l'AFP au Caire », « une envoyée spéciale de Radio Nord en Ukraine »:
/// where one who reports for a medium is posted belongs to the source's noun phrase ending at
/// `end` (a place after « à », « au », « aux » or « en »). The new end.
pub(in crate::brief::claims) fn press_post_end(
    toks: &[Tok],
    source_at: usize,
    end: usize,
) -> usize {
    let reporter = reports_for_a_medium(toks, source_at, end);
    let posted = toks
        .get(end + 1)
        .is_some_and(|t| matches!(t.low.as_str(), "à" | "au" | "aux" | "en"))
        && toks
            .get(end + 2)
            .is_some_and(|t| t.word && t.upper && !t.quoted);
    if !reporter || !posted {
        return end;
    }
    let mut last = end + 2;
    while toks
        .get(last + 1)
        .is_some_and(|t| t.word && !t.quoted && (t.upper || t.low == "-"))
    {
        last += 1;
    }
    last
}

/// Whether the noun phrase `source_at..=end` names one who reports for a medium (« un
/// correspondant de l'AFP », « l'envoyée spéciale de la radio »): its head is such a noun.
pub(in crate::brief::claims) fn reports_for_a_medium(
    toks: &[Tok],
    source_at: usize,
    end: usize,
) -> bool {
    let head = toks[source_at..=end]
        .iter()
        .find(|t| t.word && !lexicon::DETERMINERS.contains(&t.low.as_str()));
    head.is_some_and(|t| {
        let singular = t.low.strip_suffix('s').unwrap_or(&t.low);
        PRESS_WORKERS.contains(&singular) || matches!(singular, "envoyé" | "envoyée")
    })
}

/// Nouns of those who report for a medium (« selon un correspondant de l'AFP », « d'après
/// une photographe de Reuters »), beyond the specialists' endings (« journaliste »).
const PRESS_WORKERS: &[&str] = &[
    "correspondant",
    "correspondante",
    "reporter",
    "photographe",
    "caméraman",
    "cameraman",
];

/// Whether `t` counts or ranks the noun it stands before (« les deux grands syndicats »,
/// « les 27 États », « les principaux partis », an ordinal: « deuxième », « troisièmes »,
/// « second »), between a determiner and the head.
fn counts_or_ranks(t: &Tok) -> bool {
    let low = t.low.as_str();
    lexicon::CARDINALS.contains(&low)
        || !low.is_empty() && low.chars().all(|c| c.is_ascii_digit())
        || VIEW_HOLDER_ADJECTIVES.contains(&low)
        || matches!(low, "grand" | "grande" | "grands" | "grandes")
        || low.ends_with("ième")
        || low.ends_with("ièmes")
        || matches!(low, "second" | "seconde")
}

/// Whether `t` says there are many (« de nombreux témoins », « de multiples sources »).
fn counts_many(t: &Tok) -> bool {
    matches!(t.low.as_str(), "nombreux" | "nombreuses" | "multiples")
}

/// Whether `low` is a title that opens on a number glued to a word (« 20minutes »,
/// « 24heures », « 01net »): a medium's name, not a figure (« 2023 », « 3h »).
pub(in crate::brief::claims) fn numbered_title(low: &str) -> bool {
    let letters = low.trim_start_matches(|c: char| c.is_ascii_digit());
    letters.len() < low.len()
        && letters.chars().count() >= 3
        && letters.chars().all(char::is_alphabetic)
}

/// Whether the noun phrase at `at` names a document or a count, not someone: its head (after
/// determiners and « derniers », « premiers », …: [`lexicon::ranks`]) is a finding or a source noun that no one
/// is (« ses calculs », « leurs résultats », « le rapport annuel », not « la police »).
pub(in crate::brief::claims) fn names_a_document(toks: &[Tok], at: usize) -> bool {
    if toks.get(at).is_none_or(|t| t.upper) {
        return false;
    }
    let mut h = at;
    while toks.get(h).is_some_and(|t| {
        lexicon::DETERMINERS.contains(&t.low.as_str())
            || possessive(toks, h)
            || lexicon::ranks(&t.low)
            || matches!(t.low.as_str(), "propres" | "propre")
    }) {
        h += 1;
    }
    let Some(head) = toks.get(h).filter(|t| t.word && !t.upper) else {
        return false;
    };
    let low = head.low.as_str();
    (is_finding(low)
        || lexicon::SOURCE_NOUNS.contains(&low)
        || matches!(low, "résultats" | "résultat" | "critères" | "calcul"))
        && !lexicon::ROLE_NOUNS.contains(&low)
        && !lexicon::PEOPLE_NOUNS.contains(&low)
        && !lexicon::ORG_WORDS.contains(&low)
        && !lexicon::MEDIA_NOUNS.contains(&low)
        && !OPINION_HOLDERS.contains(&low)
}

/// Whether the noun phrase at `at` is the paper's own findings (« selon nos informations »,
/// « d'après nos calculs », « selon notre enquête »): the outlet itself is the source.
pub(in crate::brief::claims) fn our_own_findings(toks: &[Tok], at: usize) -> bool {
    toks[at].word
        && !toks[at].quoted
        && matches!(toks[at].low.as_str(), "notre" | "nos")
        && names_a_document(toks, at)
}

/// Whether the noun phrase at `at` is the paper's own source (« selon notre source »,
/// « d'après nos sources »): someone who speaks (for the paper's own findings, see
/// [`our_own_findings`]).
fn our_source(toks: &[Tok], at: usize) -> bool {
    toks[at].word
        && matches!(toks[at].low.as_str(), "notre" | "nos")
        && toks
            .get(at + 1)
            .is_some_and(|n| matches!(n.low.as_str(), "source" | "sources"))
}

/// Whether the noun phrase at `at` is the paper's colleagues at another medium (« selon nos
/// confrères du Parisien », « d'après nos consœurs de Libération »): that medium speaks.
pub(in crate::brief::claims) fn our_colleagues(toks: &[Tok], at: usize) -> bool {
    toks[at].word
        && toks[at].low == "nos"
        && toks
            .get(at + 1)
            .is_some_and(|n| matches!(n.low.as_str(), "confrères" | "consœurs"))
}

/// Whether the token at `at` is a possessive determiner (« ses calculs », « leur rapport »).
pub(in crate::brief::claims) fn possessive(toks: &[Tok], at: usize) -> bool {
    toks.get(at).is_some_and(|t| {
        matches!(
            t.low.as_str(),
            "son" | "sa" | "ses" | "leur" | "leurs" | "notre" | "nos" | "votre" | "vos"
        )
    })
}

/// Nouns of rules, methods and things that bear a name (« la loi Evin », « la méthode
/// Coué », « le modèle Tesla »): « selon » them is how, not who says.
const NAMED_RULES: &[&str] = &[
    "loi",
    "lois",
    "critère",
    "critères",
    "classification",
    "définition",
    "nomenclature",
    "grille",
    "échelle",
    "méthode",
    "modèle",
    "norme",
    "normes",
    "règle",
    "règles",
    "principe",
    "article",
    "calendrier",
    "scénario",
    "formule",
    "protocole",
    "code",
    "traité",
    "accord",
    "accords",
    "charte",
    "convention",
    "plan",
    "programme",
    "procédure",
    "système",
    "standard",
    "barème",
    "indice",
    "mode",
    "type",
    "format",
    "rite",
    "tradition",
    "doctrine",
    "logique",
    "version",
    "évangile",
];

/// Portfolios that name a ministry in the plural (« les Affaires étrangères », « les
/// Armées », « les Finances »); a singular one already reads as a name (« l'Intérieur »).
const MINISTRY_PORTFOLIOS: &[&str] = &["affaires", "armées", "finances"];

/// What a study or a count finds, beyond the lexicon's source nouns (« selon un examen de
/// 500 factures », « selon les prévisions de la banque », « selon les travaux de X »).
const FINDINGS: &[&str] = &[
    "examen",
    "calculs",
    "projections",
    "prévisions",
    "simulation",
    "simulations",
    "modélisation",
    "évaluation",
    "synthèse",
    "méta-analyse",
    "travaux",
    "recherches",
    "constat",
    "diagnostic",
    "expertise",
    "audit",
    "inventaire",
    "relevé",
    "comptes",
    "compilation",
    "observations",
];

/// Counts, findings too (« selon un décompte provisoire », « selon le recensement »).
const COUNTS: &[&str] = &["décompte", "décomptes", "comptage", "recensement"];

/// Whether the source of a « selon » closing a sentence whose verb already has a speaker is
/// a count no one is said to have made (« …, affirme qu'un véhicule a explosé faisant 25 morts,
/// selon un décompte provisoire »): it tells where the speaker's figure stands, within their
/// words, and relays no one (« selon un décompte de l'AFP », « selon le bilan des secours »
/// name who counted, and relay). A count: one of [`COUNTS`], or « bilan ».
pub(in crate::brief::claims) fn tally_of_no_one(
    toks: &[Tok],
    source_at: usize,
    end: usize,
) -> bool {
    let phrase = &toks[source_at..=end.min(toks.len() - 1)];
    let Some(head) = phrase.iter().position(|t| {
        COUNTS.contains(&t.low.as_str()) || matches!(t.low.as_str(), "bilan" | "bilans")
    }) else {
        return false;
    };
    phrase[..head]
        .iter()
        .all(|t| t.word && !t.upper && !t.quoted)
        && phrase[head + 1..].iter().all(|t| {
            t.word
                && !t.upper
                && !t.quoted
                && !matches!(
                    t.low.as_str(),
                    "de" | "d'" | "du" | "des" | "par" | "selon" | "à" | "au" | "aux"
                )
        })
}

/// Whether `low` is one of [`FINDINGS`] or [`COUNTS`].
pub(in crate::brief::claims) fn is_finding(low: &str) -> bool {
    FINDINGS.contains(&low) || COUNTS.contains(&low)
}

/// A noun of a specialist by its ending (« la climatologue », « le statisticien », « le
/// panéliste »), not « la liste » or « la piste ».
fn names_a_specialist(low: &str) -> bool {
    let stem = low.strip_suffix('s').unwrap_or(low);
    stem.ends_with("ologue")
        || stem.ends_with("icien")
        || stem.ends_with("icienne")
        || stem.ends_with("iste") && !matches!(stem, "liste" | "piste" | "existe")
}

/// Whether token `i` opens the sentence (after quotation marks, « Mais » or « Et » at most).
fn opens_sentence(toks: &[Tok], i: usize) -> bool {
    toks[..i].iter().all(|t| {
        !t.word && !matches!(t.low.as_str(), "," | ";" | ":")
            || matches!(t.low.as_str(), "mais" | "et")
    })
}

/// Whether token `i` opens the sentence (as [`opens_sentence`]) or a clause after a
/// semicolon, a colon or « , mais ».
pub(in crate::brief::claims) fn opens_clause(toks: &[Tok], i: usize) -> bool {
    let mut k = i;
    while k > 0 && {
        let t = &toks[k - 1];
        !t.word && !matches!(t.low.as_str(), "," | ";" | ":")
            || matches!(t.low.as_str(), "mais" | "et")
    } {
        k -= 1;
    }
    k == 0
        || matches!(toks[k - 1].low.as_str(), ";" | ":")
        || toks[k - 1].low == "," && toks[k].low == "mais"
}

/// Nouns of something said that a sentence may credit to someone after the fact (« C'est la
/// remarque de X. », « Le constat est de X. »).
const CREDITED_NOUNS: &[&str] = &[
    "remarque",
    "constat",
    "avis",
    "analyse",
    "conclusion",
    "doléance",
    "doléances",
    "revendication",
    "récit",
    "témoignage",
    "crainte",
    "souhait",
    "explication",
    "opinion",
    "observation",
    "plainte",
    "reproche",
    "conviction",
    "diagnostic",
    "verdict",
    "credo",
    "réflexion",
];

/// A sentence that credits what was just said to someone, with no verb of its own but
/// « être »: « C'est la remarque de Paul Martin. », « C'est aussi l'avis du maire. », « C'est
/// la principale doléance des habitants. », « Le constat amer est du professeur X. », « Le
/// constat de fierté est le récit de X. ». The token the source starts at (the source's own
/// « des » for a plural, past « du », « de », « d' »); none when anything follows the source
/// but its noun phrase (« C'est le constat de la commission qui a … »).
fn credited_to(toks: &[Tok], i: usize) -> Option<usize> {
    if !opens_sentence(toks, i) {
        return None;
    }
    let low = |k: usize| toks.get(k).map_or("", |t| t.low.as_str());
    let credited = |k: usize| CREDITED_NOUNS.contains(&low(k));
    // Lowercase words between a determiner and its noun, or after the noun: adjectives.
    let adjective = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.word
                && !t.upper
                && !t.quoted
                && !lexicon::DETERMINERS.contains(&t.low.as_str())
                && !matches!(
                    t.low.as_str(),
                    "de" | "du" | "des" | "d'" | "est" | "que" | "qu'"
                )
                && !super::super::speaker::is_finite_verb(t)
        })
    };
    // A determiner, then the noun of something said within two adjectives either side; the
    // token after it.
    let said_noun_at = |k: usize| -> Option<usize> {
        if !matches!(low(k), "le" | "la" | "l'") {
            return None;
        }
        let noun = (k + 1..k + 4).find(|&n| credited(n))?;
        if !(k + 1..noun).all(adjective) {
            return None;
        }
        let mut after = noun + 1;
        while after < noun + 3 && adjective(after) {
            after += 1;
        }
        Some(after)
    };
    let de_at = if low(i) == "c'" {
        if low(i + 1) != "est" {
            return None;
        }
        let mut k = i + 2;
        while matches!(
            low(k),
            "aussi" | "également" | "bien" | "donc" | "encore" | "là"
        ) {
            k += 1;
        }
        said_noun_at(k)?
    } else {
        // « Le constat amer est … », « Le constat de fierté est … »: the subject's noun, its
        // adjectives or a short « de » complement, then « est ».
        let after = said_noun_at(i)?;
        let est = (after..after + 3).find(|&k| low(k) == "est")?;
        if est > after && !(low(after) == "de" && (after + 1..est).all(adjective)) {
            return None;
        }
        // « … est le récit de X », or straight « … est de X », « … est du professeur X ».
        said_noun_at(est + 1).unwrap_or(est + 1)
    };
    let source_at = match low(de_at) {
        "des" => de_at,
        "de" | "du" | "d'" => de_at + 1,
        _ => return None,
    };
    // Nothing after the source's noun phrase but the final stop.
    let end = super::super::speaker::np_end(toks, source_at);
    toks[end + 1..]
        .iter()
        .all(|t| !t.word && !matches!(t.low.as_str(), "," | ":" | "«" | "\""))
        .then_some(source_at)
}

/// The credit line a quotation ends on, after a dash (« « … » — Une citation de Jeanne
/// Roux, porte-parole de la mairie », « « … » – Citation du maire »), as online copy sets a
/// pull quote: the token the source starts at, with « citation » at `i`.
fn credit_line(toks: &[Tok], i: usize) -> Option<usize> {
    let low = |k: usize| toks.get(k).map_or("", |t| t.low.as_str());
    let dash = if matches!(low(i.checked_sub(1)?), "une" | "la") {
        i.checked_sub(2)?
    } else {
        i - 1
    };
    let after_quotation = matches!(low(dash), "—" | "–" | "-")
        && dash
            .checked_sub(1)
            .is_some_and(|q| is_quote_mark(&toks[q]) && q > 0 && toks[q - 1].quoted);
    if !after_quotation {
        return None;
    }
    // (« du maire », « des syndicats »: the contracted article, read as « le », « les ».)
    let source_at = match low(i + 1) {
        "du" | "des" => i + 1,
        "de" | "d'" => i + 2,
        _ => return None,
    };
    // (« — la citation du jour », « de la semaine »: a time, no source.)
    let head = (source_at..toks.len())
        .find(|&k| !lexicon::DETERMINERS.contains(&low(k)) && !matches!(low(k), "du" | "des"))?;
    if super::super::inserts::DEMONSTRATIVE_TIMES.contains(&low(head)) {
        return None;
    }
    // (« — une citation de Lavoisier que le ministre a reprise »: who uses it now is told
    // after; « Le film « La Haine » - citation du réalisateur en ouverture - a marqué … »: a
    // hyphen sets off an aside inside a sentence. A credit line closes its segment.)
    let rest = &toks[super::super::speaker::np_end(toks, source_at) + 1..];
    let relative = rest
        .iter()
        .any(|t| !t.quoted && matches!(t.low.as_str(), "que" | "qu'" | "qui"));
    let hyphen_aside = low(dash) == "-" && rest.iter().any(|t| t.word && !t.quoted);
    (!relative && !hyphen_aside).then_some(source_at)
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
    "collectif",
    "coordination",
    "mouvement",
    "comité",
    // (« Mais pour la commission électorale, ces incidents sont « insignifiants » ».)
    "commission",
    "fédération",
    "ligue",
    "parti",
    "experts",
    "analystes",
    "économistes",
    "avocat",
    "avocats",
    "défense",
];

/// Whether `low` may stand between the determiner and the head of a view holder: one of
/// [`VIEW_HOLDER_ADJECTIVES`], an adjective of a role's time (« l'ancien ministre », « le
/// nouveau maire », « la future présidente », `ROLE_ADJECTIVES`) or a rank (« le premier
/// adjoint », « la dernière présidente »).
fn holder_adjective(low: &str) -> bool {
    VIEW_HOLDER_ADJECTIVES.contains(&low) || ROLE_ADJECTIVES.contains(&low) || lexicon::ranks(low)
}

/// Adjectives that may stand between the determiner and the head of a view holder (« Pour la
/// principale association de défense des consommateurs, »); not « grand » (« Pour la grande
/// majorité des élèves, » is how many, not whose view).
const VIEW_HOLDER_ADJECTIVES: &[&str] = &[
    "principal",
    "principale",
    "principaux",
    "principales",
    "puissant",
    "puissante",
    "influent",
    "influente",
];

/// Whether the noun phrase at `at`, after a sentence-opening « Pour » and up to a comma,
/// names someone whose view the sentence gives (« Pour le ministre, », « Pour Jean Dupont, »,
/// « Pour les habitants, »), not a purpose, a time or a thing (« Pour la première fois, »,
/// « Pour cela, », « Pour ce projet, »). The press also opens the view holder's quotation
/// with no comma before it (« Pour le syndicat « la direction ment » »).
fn pour_someone(toks: &[Tok], at: usize) -> bool {
    // « Pour l'ALN (Armée de libération nationale), », « Pour le ministère dirigé par X, »:
    // the holder's noun phrase, then what describes it, up to the comma.
    let (end, modified_end) = described_holder(toks, at);
    // « Pour leur avocat et leurs proches, », « Pour la ministre et ses services, »: two
    // holders joined by « et », each someone whose view it is.
    let (last_end, second_holds) = match second_view_holder(toks, modified_end) {
        Some((from, to)) => (to, view_holder(toks, from, to)),
        None => (modified_end, true),
    };
    let opens_quotation = toks.get(last_end + 1).is_some_and(is_quote_mark)
        && toks.get(last_end + 2).is_some_and(|t| t.quoted);
    let holds = view_holder(toks, at, end)
        // (« Pour l'organisation basée à Londres, l'accord est « une farce » »: a body's
        // noun that also names an action, « l'organisation du sommet », is the body when a
        // participle describes it, and the clause after the comma judges.)
        || modified_end > end
            && body_described(toks, at, end)
            && describes_a_body(toks, end + 1)
            && judgement_after(toks, modified_end + 2);
    (toks.get(last_end + 1).is_some_and(|t| t.low == ",") || opens_quotation)
        && second_holds
        && holds
}

/// The noun phrase of a view holder from `at` and what describes it before its comma: the
/// last token of each. What describes it is a gloss in brackets (« l'ALN (Armée de libération
/// nationale) ») or a participle and its complement (« le ministère dirigé par Paul Martin »,
/// « l'ONG basée à Londres », « l'organisation militant pour les droits de l'homme »), with no
/// finite verb, quotation or punctuation before the comma; none, and both ends are the noun
/// phrase's.
pub(in crate::brief::claims) fn described_holder(toks: &[Tok], at: usize) -> (usize, usize) {
    let np = super::super::speaker::np_end(toks, at);
    if toks.get(np + 1).is_some_and(|t| t.low == "(") {
        let close = toks
            .iter()
            .enumerate()
            .skip(np + 2)
            .take(8)
            .take_while(|(_, t)| !t.quoted && t.low != "(")
            .find(|(_, t)| t.low == ")")
            .map(|(k, _)| k);
        return (np, close.unwrap_or(np));
    }
    // (The noun phrase may run through the participle: cut it there. Only after the head:
    // « le député de la Somme », « le représentant des salariés » are a role noun and its
    // complement, not a determiner and a participle.)
    let mut head = super::super::speaker::head_past_determiners(toks, at, np + 1).unwrap_or(at);
    // (« le principal représentant des salariés », « l'ancien délégué du personnel »: past
    // the adjectives before the head.)
    while head < np && holder_adjective(&toks[head].low) {
        head += 1;
    }
    let Some(participle) = (head + 1..=np + 1).find(|&k| describes_with_complement(toks, k)) else {
        return (np, np);
    };
    let comma = toks
        .iter()
        .enumerate()
        .skip(participle + 1)
        .take(12)
        .take_while(|(_, t)| {
            !t.quoted
                && (t.word || t.low == "," || t.low == "-")
                && !super::super::speaker::is_finite_verb(t)
        })
        .find(|(_, t)| t.low == ",");
    match comma {
        Some((k, _)) => (participle - 1, k - 1),
        None => (np, np),
    }
}

/// Whether token `k` is a participle that describes the noun before it, followed by its
/// complement: a past participle before a preposition (« dirigé par », « basée à », « chargé
/// de »), a present participle before a preposition or a determiner (« militant pour »,
/// « représentant les cadres »).
fn describes_with_complement(toks: &[Tok], k: usize) -> bool {
    let Some(t) = toks.get(k).filter(|t| t.word && !t.quoted && !t.upper) else {
        return false;
    };
    let present = t.low.ends_with("ant");
    (super::is_participle(&t.low) || present)
        && toks.get(k + 1).is_some_and(|n| {
            matches!(
                n.low.as_str(),
                "par" | "de" | "d'" | "du" | "des" | "à" | "au" | "aux" | "en" | "dans" | "pour"
            ) || present && lexicon::DETERMINERS.contains(&n.low.as_str())
        })
}

/// Whether the participle at `k` describes a body rather than an action: a present participle
/// (« militant pour », « représentant les cadres »), or a past one before its agent or a place's
/// name (« dirigée par », « basée à Londres »); not « prévue en mai », « l'organisation prévue
/// en mai » being an event.
fn describes_a_body(toks: &[Tok], k: usize) -> bool {
    let low = |j: usize| toks.get(j).map_or("", |t| t.low.as_str());
    low(k).ends_with("ant")
        || low(k + 1) == "par"
        || matches!(low(k + 1), "à" | "au" | "en" | "dans")
            && toks.get(k + 2).is_some_and(|t| t.upper)
}

/// Whether the noun phrase `at..=end` after « Pour » opens on a determiner before a noun of
/// a body (« l'organisation », « le ministère », « les services »), adjectives allowed.
fn body_described(toks: &[Tok], at: usize, end: usize) -> bool {
    let mut h = at;
    while h <= end && lexicon::DETERMINERS.contains(&toks[h].low.as_str()) {
        h += 1;
    }
    h > at && h <= end && lexicon::ORG_WORDS.contains(&toks[h].low.as_str())
}

/// After a view holder's noun phrase ending at `end`, the noun phrase « et » joins to it,
/// opening on a determiner (« et leurs proches », « et la direction »): its first and last
/// tokens.
fn second_view_holder(toks: &[Tok], end: usize) -> Option<(usize, usize)> {
    let from = end + 2;
    let opens = toks.get(end + 1).is_some_and(|t| t.low == "et")
        && toks
            .get(from)
            .is_some_and(|t| !t.quoted && lexicon::DETERMINERS.contains(&t.low.as_str()));
    opens.then(|| (from, super::super::speaker::np_end(toks, from)))
}

/// Whether « pour » at `pour` follows a closing quotation mark and names someone whose view
/// the quotation is ([`view_holder`]), the phrase closing the clause (a comma, a semicolon,
/// the end), in a clause with no finite verb outside the quotation before it: « « Sobre et
/// efficace » pour la majorité, le budget … », « Un « non-événement » pour son entourage »,
/// « « Le succès … est non négociable » pour Jeanne Roux. ». Not after a verb that reports
/// or names something (« a évoqué un « enjeu » pour la France », « a réaffirmé l'« exigence »
/// pour Paris »: for whom, in that speaker's words).
fn quoted_view_for(toks: &[Tok], pour: usize) -> bool {
    // (« « C'est du jamais-vu » aussi pour Paul Martin, »: an additive adverb between.)
    let close = match pour.checked_sub(1).map(|k| toks[k].low.as_str()) {
        Some("aussi" | "également" | "encore") if !toks[pour - 1].quoted => pour - 1,
        _ => pour,
    };
    let closes_quote =
        close > 0 && matches!(toks[close - 1].low.as_str(), "»" | "”" | "\"") && !toks[pour].quoted;
    if !closes_quote || toks.get(pour + 1).is_none() {
        return false;
    }
    let end = super::super::speaker::np_end(toks, pour + 1);
    let closes_clause = toks
        .get(end + 1)
        .is_none_or(|t| matches!(t.low.as_str(), "," | ";" | "." | "!"));
    let clause_start = toks[..close]
        .iter()
        .rposition(|t| !t.quoted && matches!(t.low.as_str(), ";" | ":"))
        .map_or(0, |k| k + 1);
    let verbless = !toks[clause_start..close]
        .iter()
        .any(|t| !t.quoted && super::super::speaker::is_finite_verb(t));
    closes_clause
        && verbless
        && judgement_quoted(toks, close - 1)
        && view_holder(toks, pour + 1, end)
}

/// Whether the quotation closed by the mark at `close` is a judgement of its own: a clause
/// (a finite verb inside: « « Le succès est non négociable » pour X ») or words with no
/// determiner before or in them (« « Sobre et efficace » pour la majorité »). Not a noun after
/// its article (« un « coup dur » pour le club », « « Une victoire » pour le maire »), which
/// says what befell someone as often as what they think.
fn judgement_quoted(toks: &[Tok], close: usize) -> bool {
    let first = (0..close)
        .rev()
        .take_while(|&k| toks[k].quoted)
        .last()
        .unwrap_or(close);
    let clause = toks[first..close].iter().any(|t| {
        let unquoted = Tok {
            quoted: false,
            ..t.clone()
        };
        super::super::speaker::is_finite_verb(&unquoted)
    });
    let article = |k: usize| lexicon::DETERMINERS.contains(&toks[k].low.as_str());
    let noun_phrase = first >= 2 && article(first - 2) || article(first);
    clause || !noun_phrase
}

/// Whether the noun phrase `at..=end` after « pour » names someone whose view the sentence
/// gives (see [`pour_someone`]).
fn view_holder(toks: &[Tok], at: usize, end: usize) -> bool {
    let first = &toks[at];
    // « Pour elle, les secours sont arrivés trop tard »: like « selon elle ».
    if matches!(first.low.as_str(), "lui" | "elle" | "eux" | "elles") {
        return true;
    }
    if first.upper && !lexicon::DETERMINERS.contains(&first.low.as_str()) {
        // A person: a title, a known first name or an initial before a name, or a run of
        // capitalized words that reads as a person's name (« Pour Jérémie Zimmermann, »), not
        // a lone name (« Pour Noël », « Pour Paris ») or a place (« Pour New York »).
        let title = lexicon::TITLES.contains(&first.low.as_str()) || first.low == "m";
        // « B. Obama »: the tokenizer keeps an initial's full stop (« b. »).
        let mut letters = first.low.chars();
        let initial = matches!(
            (letters.next(), letters.next(), letters.next()),
            (Some(c), Some('.'), None) if c.is_alphabetic()
        );
        let next_is_name = toks.get(at + 1).is_some_and(|t| t.upper || t.low == ".");
        let words: Vec<&str> = toks[at..=end].iter().map(|t| t.low.as_str()).collect();
        let name_run =
            toks[at..=end].iter().all(|t| t.upper || t.low == "-") && looks_like_person(&words);
        // « Pour Amnesty International, », « Pour Human Rights Watch, »: an organization's
        // name, a word of which only organizations' names hold.
        let org_run = toks[at..=end].iter().all(|t| t.upper || t.low == "-")
            && words.iter().any(|w| is_org_name_word(w));
        // « Pour Barroso, il se peut que … », « pour Martin, la réforme est « injuste » »: a
        // lone name, the way the press names someone already introduced, before a judgement
        // only a view can be: words quoted, « il se peut que », « il faut », « nul doute »
        // (not « Pour Noël, la ville installe des décorations », « Pour Lyon, la saison est
        // terminée », nor what something is for a player, a town or a firm: « Pour Djokovic,
        // c'est un 25e titre », « Pour Airbus, la chute est brutale »).
        let lone_name_judging = at == end
            && !lexicon::is_not_name(&first.low)
            && !FEASTS.contains(&first.low.as_str())
            // (« Pour Paris, la route sera longue »: a town, for whom, not a speaker.)
            && !lexicon::PLACES.contains(&first.low.as_str())
            && toks.get(end + 1).is_some_and(|t| t.low == ",")
            && view_only_judgement_after(toks, end + 2);
        return (title || initial || lexicon::is_first_name(&first.low)) && next_is_name
            || name_run
            || org_run
            || lone_name_judging;
    }
    if share_of_opinion(toks, at, end) {
        return true;
    }
    if !lexicon::DETERMINERS.contains(&first.low.as_str()) {
        return false;
    }
    let mut h = at;
    while toks.get(h).is_some_and(|t| {
        lexicon::DETERMINERS.contains(&t.low.as_str()) || h > at && holder_adjective(&t.low)
    }) {
        h += 1;
    }
    let Some(head) = toks.get(h) else {
        return false;
    };
    let low = lexicon::without_former(&head.low);
    // « haut » is a role only before a role noun (« le haut commissaire »); « premier » is
    // passed with the ranks (« le Premier ministre », not « la première fois »).
    if matches!(low, "haut" | "haute" | "hauts" | "hautes") {
        return toks
            .get(h + 1)
            .is_some_and(|n| lexicon::ROLE_NOUNS.contains(&n.low.as_str()));
    }
    // « Pour la Maison Blanche, », « Pour le Kremlin, »: an institution's own name.
    // (« Pour la CGT, », « Pour l'ONU, »: an acronym after its determiner.)
    let acronym = head.caps && (2..=5).contains(&low.chars().count()) && h + 1 == end + 1;
    let institution = head.upper && lexicon::ORG_WORDS.contains(&low) || acronym;
    // (« Pour son conseil, », « pour leur conseil, »: a possessive makes « conseil » alone
    // the lawyer, not a council: « son conseil d'administration » is a board.)
    let counsel = matches!(low, "conseil" | "conseils") && possessive(toks, h - 1) && h == end;
    // (« Pour l'avocate-conseil de la commission, », « pour le ministre-président, »: a
    // compound opening on a role noun is that role.)
    let compound_role = super::super::speaker::compound_opening_on_a_role(low);
    lexicon::ROLE_NOUNS.contains(&low)
        || compound_role
        || lexicon::MEDIA_NOUNS.contains(&low)
        || OPINION_HOLDERS.contains(&low)
        || institution
        || counsel
        || people_judging(toks, at, h, end)
}

/// Feasts and seasons a lone capitalized word after « Pour » names: a time, no one's view
/// (« Pour Noël, c'est la fête au village »).
const FEASTS: &[&str] = &[
    "noël",
    "pâques",
    "toussaint",
    "pentecôte",
    "ramadan",
    "aïd",
    "hanoukka",
    "halloween",
    "carnaval",
    "tabaski",
];

/// Whether the phrase `at..=end` after « Pour » is a share of people, whose view the clause
/// gives: a quantifier alone (« Pour beaucoup, », « Pour certains, », « Pour d'autres, »,
/// « Pour les uns, », « Pour la plupart, ») or before a noun of someone who can speak
/// (« Pour de nombreux habitants, », « Pour certains travailleurs, », « Pour beaucoup
/// d'observateurs, », « Pour la plupart des élus, »). Not before a thing (« Pour certains
/// produits, », « Pour plusieurs raisons, ») nor a count (« Pour deux habitants, »).
fn share_of_opinion(toks: &[Tok], at: usize, end: usize) -> bool {
    let low = |k: usize| toks.get(k).map_or("", |t| t.low.as_str());
    let (quantifier, alone) = match (low(at), low(at + 1), low(at + 2)) {
        ("la", "plupart", "des") => (3, false),
        ("la", "plupart", _) => (2, true),
        ("beaucoup" | "nombre", "de" | "d'", _) | ("bien", "des", _) => (2, false),
        ("de", "nombreux" | "nombreuses", _) => (2, false),
        ("d'", "autres", _) | ("les", "uns" | "unes", _) => (2, true),
        ("beaucoup", _, _) => (1, true),
        ("certains" | "certaines" | "plusieurs", _, _) => (1, false),
        _ => return false,
    };
    let head = at + quantifier;
    if head > end {
        // (« Pour certains, », « Pour plusieurs, »: the quantifier stands alone as well.)
        return alone || matches!(low(at), "certains" | "certaines" | "plusieurs");
    }
    super::super::speaker::can_speak(low(head))
}

/// Whether the phrase after « Pour » at `at`, a definite plural of people or bodies with its
/// head at `head` (« Pour les habitants, », « Pour les éleveurs de la région, », « Pour les
/// services du ministère, »), names whose
/// judgement the clause after the comma that ends it at `end` gives ([`judgement_after`]):
/// « Pour les habitants, la situation devient critique ». Without one it names for whom
/// something is (« Pour les habitants, une navette sera mise en place », « Pour les salariés,
/// la prime est de 200 euros »).
fn people_judging(toks: &[Tok], at: usize, head: usize, end: usize) -> bool {
    let Some(noun) = toks.get(head) else {
        return false;
    };
    let plural = noun.low.ends_with('s') || noun.low.ends_with('x');
    matches!(toks[at].low.as_str(), "les" | "ses" | "leurs" | "ces")
        && head == at + 1
        && plural
        && (lexicon::PEOPLE_NOUNS.contains(&noun.low.as_str())
            || lexicon::ORG_WORDS.contains(&noun.low.as_str()))
        && judgement_after(toks, end + 2)
}

/// The tokens from `from` to the end of the sentence or its first semicolon, outside
/// quotation marks.
fn clause_from(toks: &[Tok], from: usize) -> &[Tok] {
    let clause = &toks[from.min(toks.len())..];
    &clause[..clause
        .iter()
        .position(|t| !t.quoted && matches!(t.low.as_str(), "." | ";" | "?" | "!"))
        .unwrap_or(clause.len())]
}

/// Whether the clause from token `from` to the end of the sentence or a semicolon holds a
/// judgement that can only be someone's view: words quoted, « il se peut que », « il faut »,
/// « nul doute », « aucun doute », « pas de doute ». Not « c'est », « il s'agit » nor a
/// copula and its attribute, which say as often what something is for someone (« c'est une
/// première », « la défaite est cruelle »). A subset of [`judgement_after`].
fn view_only_judgement_after(toks: &[Tok], from: usize) -> bool {
    let clause = clause_from(toks, from);
    let low = |k: usize| clause.get(k).map_or("", |t| t.low.as_str());
    clause.iter().enumerate().any(|(k, t)| {
        t.quoted
            || is_quote_mark_tok(t)
            || matches!(
                (t.low.as_str(), low(k + 1), low(k + 2)),
                ("il", "faut", _)
                    | ("il", "se", "peut")
                    | ("nul" | "aucun", "doute", _)
                    | ("pas", "de", "doute")
            )
    })
}

/// Whether the clause from token `from` to the end of the sentence or a semicolon judges:
/// a quotation, « c'est », « ce n'est pas », « il s'agit », « il faut », « nul doute »,
/// « aucun doute », « pas de doute », or a copula before its attribute, adverbs skipped
/// (« la situation devient critique », « le projet reste trop cher »), not a participle (a
/// passive: « sera mise en place », « restent inchangés ») nor a preposition (« est de 200
/// euros »).
fn judgement_after(toks: &[Tok], from: usize) -> bool {
    const COPULAS: &[&str] = &[
        "est",
        "sont",
        "était",
        "étaient",
        "fut",
        "sera",
        "seront",
        "serait",
        "seraient",
        "devient",
        "deviennent",
        "reste",
        "restent",
        "semble",
        "semblent",
        "paraît",
        "paraissent",
        "demeure",
        "demeurent",
    ];
    const DEGREE: &[&str] = &[
        "pas",
        "plus",
        "très",
        "trop",
        "bien",
        "déjà",
        "toujours",
        "encore",
        "désormais",
        "aussi",
        "si",
        "vraiment",
        "particulièrement",
        "clairement",
        "totalement",
        "tout",
    ];
    let clause = clause_from(toks, from);
    let low = |k: usize| clause.get(k).map_or("", |t| t.low.as_str());
    clause.iter().enumerate().any(|(k, t)| {
        if t.quoted || is_quote_mark_tok(t) {
            return true;
        }
        let attribute_after = || {
            let mut a = k + 1;
            while DEGREE.contains(&low(a)) || matches!(low(a), "n'" | "ne") {
                a += 1;
            }
            clause.get(a).is_some_and(|w| {
                w.word
                    && !lexicon::DETERMINERS.contains(&w.low.as_str())
                    && !lexicon::PREPOSITIONS.contains(&w.low.as_str())
                    && !matches!(
                        w.low.as_str(),
                        "de" | "d'" | "du" | "des" | "en" | "là" | "y"
                    )
                    && !super::is_participle(&w.low)
                    && !w.low.chars().next().is_some_and(|c| c.is_ascii_digit())
            })
        };
        match (t.low.as_str(), low(k + 1), low(k + 2)) {
            ("c'" | "ce", "est" | "était" | "sont" | "n'", _) => true,
            ("il", "s'" | "faut", _) if low(k + 1) == "faut" || low(k + 2) == "agit" => true,
            // (« il se peut que »: what may be, in the holder's judgement.)
            ("il", "se", "peut") => true,
            ("nul" | "aucun", "doute", _) | ("pas", "de", "doute") => true,
            (w, _, _) if COPULAS.contains(&w) => attribute_after(),
            _ => false,
        }
    })
}

/// Whether « pour » at `pour`, after a comma, gives someone's view between commas: a
/// stressed pronoun (« , pour eux, ») or someone `pour_someone` accepts, then a comma and a
/// clause's subject or verb (« le résultat est », « c'est », « est nécessaire »), not an
/// object or an adjunct (« a voté, pour sa part, contre », « a écrit, pour le maire, un
/// discours »).
fn view_between_commas(toks: &[Tok], pour: usize) -> bool {
    let at = pour + 1;
    let Some(first) = toks.get(at) else {
        return false;
    };
    let end = if matches!(first.low.as_str(), "lui" | "elle" | "eux" | "elles") {
        at
    } else if pour_someone(toks, at) {
        super::super::speaker::np_end(toks, at)
    } else {
        return false;
    };
    if toks.get(end + 1).is_none_or(|t| t.low != ",") {
        return false;
    }
    let Some(next) = toks.get(end + 2) else {
        return false;
    };
    let low = next.low.as_str();
    // (a subject: a determiner, a subject pronoun, « c' », « ce », « il »; or the verb of
    // the subject before « pour »: « La réforme, pour le ministre, est nécessaire »)
    let subject = matches!(
        low,
        "le" | "la"
            | "les"
            | "l'"
            | "ce"
            | "c'"
            | "cela"
            | "ça"
            | "il"
            | "elle"
            | "ils"
            | "elles"
            | "on"
            | "rien"
            | "tout"
    );
    let verb = matches!(
        low,
        "est" | "sont" | "était" | "étaient" | "serait" | "seraient" | "reste" | "restent"
    );
    let object_before = toks[..pour].iter().rev().skip(1).take(1).any(|t| {
        // « a voté, pour … »: a verb right before the comma wants its complement.
        t.word && !t.quoted && lexicon::is_verb_form(t.low.as_str())
    });
    (subject || verb) && !object_before
}

/// An attribution phrase: its first token and the first token of the source after it.
pub(in crate::brief::claims) fn find_attribution(toks: &[Tok]) -> Option<(usize, usize)> {
    find_attribution_from(toks, 0)
}

/// The first attribution phrase from token `from` on (see [`find_attribution`]).
pub(in crate::brief::claims) fn find_attribution_from(
    toks: &[Tok],
    from: usize,
) -> Option<(usize, usize)> {
    for (i, t) in toks.iter().enumerate().skip(from) {
        if t.quoted || !t.word {
            continue;
        }
        let next = toks.get(i + 1);
        let source_at = match t.low.as_str() {
            // « …, du journal X, selon lequel … »: the view of the one « lequel » stands for.
            "selon"
                if next.is_some_and(|n| {
                    matches!(
                        n.low.as_str(),
                        "lequel" | "laquelle" | "lesquels" | "lesquelles"
                    )
                }) =>
            {
                match antecedent_of_qui(toks, i) {
                    Some(at) if !content_of_a_report(toks, i) => at,
                    _ => continue,
                }
            }
            // « Il visait sa femme, selon les dires de celle-ci, mais … »: anywhere, as « aux
            // dires de ».
            "selon"
                if next.is_some_and(|n| n.low == "les")
                    && toks.get(i + 2).is_some_and(|n| n.low == "dires")
                    && view_of(toks, i).is_some() =>
            {
                view_of(toks, i).unwrap_or(i)
            }
            // « Selon les mots du maire, … »
            "selon"
                if opens_sentence(toks, i)
                    && next.is_some_and(|n| n.low == "les")
                    && view_of(toks, i).is_some() =>
            {
                view_of(toks, i).unwrap_or(i)
            }
            "selon" | "d'après" => i + 1,
            // « (dixit Paul Martin) »: whose words these are.
            "dixit" if next.is_some_and(|n| n.word && !n.quoted && n.upper) => i + 1,
            "d'" if next.is_some_and(|n| n.low == "après") => i + 2,
            // (« cité ce jeudi par X »: past a time phrase.)
            w if CITED.contains(&w) && par_after_participle(toks, i).is_some() => {
                par_after_participle(toks, i).map_or(i, |par| par + 1)
            }
            // « …, a indiqué X, cité dans un communiqué du club »: the document quoting him.
            w if CITED.contains(&w) && quoting_document_at(toks, i).is_some() => i + 2,
            // (Not « n'a pu être vérifié de source indépendante »: the press's formula for a
            // fact no one else could check names no source.)
            "de" if next.is_some_and(|n| n.low == "source" || n.low == "sources")
                && !toks
                    .get(i + 2)
                    .is_some_and(|n| n.low.starts_with("indépendante")) =>
            {
                i + 1
            }
            // « (Paul Martin dixit) », « le ministre dixit »: the words of the one named
            // right before.
            "dixit" => match named_before(toks, i) {
                Some(at) => at,
                None => continue,
            },
            // « Si l'on en croit le ministre, … », « si on en croit ses proches »
            "si" if if_one_believes(toks, i).is_some() => if_one_believes(toks, i).unwrap_or(i),
            // « À en croire le ministre, … » (« A en croire », its capital unaccented)
            "à" | "a"
                if next.is_some_and(|n| n.low == "en")
                    && toks.get(i + 2).is_some_and(|n| n.low == "croire") =>
            {
                i + 3
            }
            // « Du point de vue de la ministre, », « Aux yeux des experts, », « De l'avis
            // de son avocat, », « De l'opinion du ministre, »: whose view follows.
            "du" | "au" if view_of(toks, i).is_some() => view_of(toks, i).unwrap_or(i),
            "de" | "aux" if opens_sentence(toks, i) && view_of(toks, i).is_some() => {
                view_of(toks, i).unwrap_or(i)
            }
            // « La réforme est injuste, aux yeux de la CGT », « Le projet, aux yeux des élus,
            // reste trop cher »: set off by a comma, when it names someone (not « , aux yeux
            // de l'histoire, »).
            "aux"
                if next.is_some_and(|n| n.low == "yeux")
                    && i > 0
                    && toks[i - 1].low == ","
                    && view_of(toks, i).is_some_and(|at| names_a_source(toks, at)) =>
            {
                view_of(toks, i).unwrap_or(i)
            }
            // « De l'aveu même de la direction, … », « La journée, de l'aveu de son maire,
            // fut difficile »: an admission, opening the sentence or set off by a comma.
            "de" if toks
                .get(i + 1)
                .is_some_and(|n| n.low.ends_with("aveu") || n.low == "l'")
                && (opens_sentence(toks, i) || i > 0 && toks[i - 1].low == ",")
                && view_of(toks, i).is_some() =>
            {
                view_of(toks, i).unwrap_or(i)
            }
            // « Deux randonneurs, qui, de leur propre aveu, n'avaient pas de carte, … »,
            // « Le maire, de son propre aveu, a hésité »: the admission of the one whose
            // possessive it is.
            "de" if own_admission(toks, i).is_some() => own_admission(toks, i).unwrap_or(i),
            // « Le couple, aux dires des voisins, se disputait »: anywhere.
            "aux" if next.is_some_and(|n| n.low == "dires") && view_of(toks, i).is_some() => {
                view_of(toks, i).unwrap_or(i)
            }
            // « …, explique X dans des propos relayés par Le Soir »: who relays the words.
            "dans" if words_relayed_by(toks, i).is_some() => words_relayed_by(toks, i).unwrap_or(i),
            // « Dans les mots de la ministre, « … » »
            "dans"
                if opens_sentence(toks, i)
                    && next.is_some_and(|n| n.low == "les")
                    && view_of(toks, i).is_some() =>
            {
                view_of(toks, i).unwrap_or(i)
            }
            // « …, selon Jean Dupont, pour qui la réforme est morte »: the view of the one
            // « qui » stands for, named right before.
            "pour" if next.is_some_and(|n| n.low == "qui") => match antecedent_of_qui(toks, i) {
                Some(at) => at,
                None => continue,
            },
            // « Pour le ministre, la réforme est nécessaire »: an opinion credited to someone;
            // so after a semicolon, a colon or « , mais » (« … ; pour lui, on ne change pas »,
            // « Pour X, …, mais pour le parquet, … »).
            "pour" if opens_clause(toks, i) && pour_someone(toks, i + 1) => i + 1,
            // « Mais, où qu'ils travaillent, pour eux, le résultat est le même », « La
            // réforme, pour le ministre, est nécessaire »: between commas, before a clause.
            "pour" if i > 0 && toks[i - 1].low == "," && view_between_commas(toks, i) => i + 1,
            // « « Sobre et efficace » pour la majorité, », « Un « non-événement » pour son
            // entourage », « « … » pour Jeanne Roux. »: a quotation, in a clause with no verb,
            // credited to someone whose view it is.
            "pour" if quoted_view_for(toks, i) => i + 1,
            // « Même option pour Paul Durand (3 %) : « … » »: the quotation of the one named.
            // (Only in a clause with no verb: « Le maire a voté pour Paul Durand : « … » »
            // is the mayor's.)
            "pour"
                if named_before_quotation(toks, i + 1)
                    && !toks[..i]
                        .iter()
                        .any(|t| !t.quoted && super::super::speaker::is_finite_verb(t)) =>
            {
                i + 1
            }
            // « « … » — Une citation de Jeanne Roux, porte-parole »: a quotation and its
            // credit line.
            "citation" => match credit_line(toks, i) {
                Some(at) => at,
                None => continue,
            },
            // « C'est la remarque de Paul Martin. », « Le constat amer est du professeur X. »:
            // what was just said, credited to someone.
            "c'" | "le" | "la" | "l'" if credited_to(toks, i).is_some() => {
                credited_to(toks, i).unwrap_or(i)
            }
            // « Inquiétude relayée par le maire X "…" », « Même doute exprimé par des
            // observateurs »: whose stance a verbless sentence gives.
            "par" if voiced_by(toks, i) => i + 1,
            // « Ces fermetures inquiètent les habitants », « L'inquiétude monte chez les
            // salariés »: the group that feels it.
            _ if super::felt_by::felt_by(toks, i).is_some() => {
                super::felt_by::felt_by(toks, i).unwrap_or(i)
            }
            // « L'information a été donnée par le porte-parole X »: who made it public.
            "par" if made_public_by(toks, i).is_some() => i + 1,
            // « placée en redressement à la demande de son actionnaire »: who asked for it.
            "à" if called_by(toks, i).is_some() => called_by(toks, i).unwrap_or(i),
            _ => continue,
        };
        // « Selon « Al Ghad TV », … »: a name in quotation marks, the source.
        let source_at = if quoted_name(toks, source_at) {
            source_at + 1
        } else {
            source_at
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
        // « Les élèves sont classés selon leurs résultats »: « selon » right after a word,
        // before a possessive's document, says how, not who says. (Not « 39 morts selon le
        // bilan le plus récent », a source.)
        if matches!(t.low.as_str(), "selon" | "d'après")
            && i > 0
            && toks[i - 1].word
            && !toks[i - 1].quoted
            && possessive(toks, source_at)
            && names_a_document(toks, source_at)
        {
            continue;
        }
        // « selon les critères », « selon la quantité d'UV »: according to a rule or a
        // measure, not to someone. (« à la demande générale »: no one asked.)
        // (Whoever « à la demande de » names asked: « de son actionnaire », « de sa famille ».)
        // (« à l'appel de » needs someone: « à l'appel du 18 juin » is a date.)
        let asked_by = t.low == "à"
            && called_by(toks, i).is_some()
            && toks.get(i + 2).is_some_and(|n| n.low == "demande");
        let needs_someone =
            matches!(t.low.as_str(), "selon" | "d'après" | "d'" | "à") || source_at > i + 2;
        if needs_someone && !asked_by && !names_a_source(toks, source_at) {
            // « selon une précision du parquet », « selon le scénario retenu par les
            // prévisionnistes »: who is behind what the phrase names.
            match speaker_behind(toks, i, source_at) {
                Some(behind) => return Some((i, behind)),
                None => continue,
            }
        }
        return Some((i, agent_of_document(toks, source_at).unwrap_or(source_at)));
    }
    None
}

/// Whether an opening quotation mark at `at` encloses a name (« « Al Ghad TV » », « « Le Temps
/// » »): one to five quoted words, the first capitalized, closed right after them, the phrase
/// ending there (not « varient selon « Les Saisons » du marché », a title in a complement).
fn quoted_name(toks: &[Tok], at: usize) -> bool {
    let Some(mark) = toks.get(at) else {
        return false;
    };
    let words = toks[at + 1..]
        .iter()
        .take_while(|t| t.quoted && t.word)
        .count();
    is_quote_mark_tok(mark)
        && !mark.quoted
        && (1..=5).contains(&words)
        && toks[at + 1].upper
        && toks.get(at + 1 + words).is_some_and(is_quote_mark)
        && toks
            .get(at + 2 + words)
            .is_none_or(|t| matches!(t.low.as_str(), "," | "." | ";" | ")" | "!"))
}

/// Who is behind the noun phrase at `source_at` that « selon » or « d'après » at `at` names,
/// when that noun is no one itself: the one whose words it is (« selon une précision du
/// parquet », « d'après les explications de la directrice », « selon la réponse du
/// ministère »), or the agent of a participle on it, when the phrase stands apart from any
/// verb, opening the sentence or after a comma (« Selon le scénario retenu par les
/// prévisionnistes, … », « …, d'après l'hypothèse privilégiée par les enquêteurs »; not « les
/// élèves sont classés selon les critères fixés par le ministère », how they are classed).
fn speaker_behind(toks: &[Tok], at: usize, source_at: usize) -> Option<usize> {
    if !matches!(toks[at].low.as_str(), "selon" | "d'après" | "d'") {
        return None;
    }
    if let Some(whose) = whose_words(toks, source_at) {
        return Some(whose);
    }
    // (Words someone said, « selon des déclarations relayées par X », are that one's
    // wherever the phrase stands.)
    let words_said = toks
        .get(source_at + 1)
        .is_some_and(|t| t.word && !t.quoted && is_said_noun(&t.low));
    let apart = at == 0 || !toks[at - 1].word || opens_sentence(toks, at) || words_said;
    apart.then(|| agent_of_document(toks, source_at)).flatten()
}

/// After a determiner and a noun of something said at `at` (« une précision », « les
/// explications », « la réponse »), the first token of whose words they are, when « de »,
/// « du » or « des » names someone (« une précision du parquet »; not « la réponse à la
/// question », « les explications techniques »).
fn whose_words(toks: &[Tok], at: usize) -> Option<usize> {
    if !lexicon::DETERMINERS.contains(&toks[at].low.as_str()) {
        return None;
    }
    let noun = toks.get(at + 1)?;
    if !noun.word || noun.quoted || !is_said_noun(&noun.low) {
        return None;
    }
    let whose = match toks.get(at + 2)?.low.as_str() {
        "de" | "d'" => at + 3,
        "du" | "des" => at + 2,
        _ => return None,
    };
    // (« du parquet »: the contracted article opens the noun phrase, as in `called_by`.)
    (toks.get(whose).is_some_and(|t| t.word && !t.quoted) && names_a_source(toks, whose))
        .then_some(whose)
}

/// Nouns of something said (« précision », « réponse », « explications », « remarque »):
/// those a passive credits to its agent, those a colon's quotation gives, those a sentence
/// credits after the fact.
fn is_said_noun(low: &str) -> bool {
    SAID_IN_PASSIVE.iter().any(|(n, _)| *n == low)
        || SAID_NOUNS.iter().any(|(n, _)| *n == low)
        || CREDITED_NOUNS.contains(&low)
        || matches!(
            low,
            "déclarations"
                | "affirmations"
                | "indications"
                | "aveux"
                | "propos"
                | "paroles"
                | "dires"
                | "confidences"
                // (An account someone gives: « selon la thèse des policiers », « d'après
                // l'hypothèse du parquet », « selon les allégations de la plaignante ».)
                | "thèse"
                | "thèses"
                | "hypothèse"
                | "allégations"
                | "assertions"
        )
}

/// Whether the attribution phrase at `at` names words someone said (« selon des propos
/// rapportés par X », « selon les déclarations du maire », « dans des propos relayés par
/// X »): a determiner, then a noun of something said, its source named behind it at
/// `source_at`.
pub(in crate::brief::claims) fn names_words_said(
    toks: &[Tok],
    at: usize,
    source_at: usize,
) -> bool {
    // (« d'après » may be two tokens.)
    let det = if toks[at].low == "d'" { at + 2 } else { at + 1 };
    source_at > det + 1
        && toks
            .get(det)
            .is_some_and(|t| lexicon::DETERMINERS.contains(&t.low.as_str()))
        && toks
            .get(det + 1)
            .is_some_and(|t| t.word && !t.quoted && is_said_noun(&t.low))
}

/// « …, explique X dans des propos relayés par Le Soir », « Dans des déclarations
/// rapportées par l'AFP, le ministre … »: the first token of who relays the words « dans »
/// at `dans` names (a determiner, a noun of something said, a participle and « par »).
fn words_relayed_by(toks: &[Tok], dans: usize) -> Option<usize> {
    let said = toks
        .get(dans + 2)
        .is_some_and(|t| t.word && !t.quoted && is_said_noun(&t.low));
    let determiner = toks
        .get(dans + 1)
        .is_some_and(|t| lexicon::DETERMINERS.contains(&t.low.as_str()));
    (said && determiner)
        .then(|| agent_of_document(toks, dans + 1))
        .flatten()
}

/// A second source joined to the one an attribution phrase names, whose noun phrase ends at
/// `end`: « selon la police et les pompiers » (when the first noun phrase stops before « et »),
/// « à l'appel de X et de Y », « selon Ennahar TV, une chaîne privée, et Le Monde » (an
/// apposition between). Its first token, when it names someone who speaks: a name, or a noun of
/// people, roles, bodies or media (not a document: « selon les chiffres et les prévisions » is
/// one unnamed source).
pub(in crate::brief::claims) fn second_source(toks: &[Tok], end: usize) -> Option<usize> {
    let mut k = end + 1;
    // (« selon la police, ainsi que des témoins, »: « ainsi que » set off by commas.)
    let ainsi_que = |k: usize| {
        toks.get(k).is_some_and(|t| t.low == "ainsi")
            && toks
                .get(k + 1)
                .is_some_and(|t| matches!(t.low.as_str(), "que" | "qu'"))
    };
    if toks.get(k)?.low == "," && !ainsi_que(k + 1) {
        let close = (k + 1..toks.len().min(k + 10)).find(|&j| toks[j].low == ",")?;
        let apposition = &toks[k + 1..close];
        let plain_words = apposition.iter().all(|t| {
            t.word && !t.quoted && !super::is_aux(&t.low) && !lexicon::is_verb_form(t.low.as_str())
        });
        // (« selon le chef de la police, Paul Roux, ainsi que … »: a name in apposition.)
        let name = apposition.iter().all(|t| t.upper) && ainsi_que(close + 1);
        if apposition.is_empty()
            || !(lexicon::DETERMINERS.contains(&apposition[0].low.as_str()) || name)
            || !plain_words
        {
            return None;
        }
        k = close + 1;
    } else if toks.get(k)?.low == "," {
        k += 1;
    }
    let mut at = if ainsi_que(k) {
        k + 2
    } else if toks.get(k)?.low == "et" {
        k + 1
    } else {
        return None;
    };
    if matches!(toks.get(at)?.low.as_str(), "de" | "d'") {
        at += 1;
    }
    let first = toks.get(at)?;
    if !first.word || first.quoted {
        return None;
    }
    if first.upper && !lexicon::DETERMINERS.contains(&first.low.as_str()) {
        return Some(at);
    }
    let mut h = at;
    while toks.get(h).is_some_and(|t| {
        lexicon::DETERMINERS.contains(&t.low.as_str())
            || matches!(
                t.low.as_str(),
                "plusieurs" | "certains" | "certaines" | "d'autres"
            )
            || h > at && VIEW_HOLDER_ADJECTIVES.contains(&t.low.as_str())
    }) {
        h += 1;
    }
    let head = toks.get(h).filter(|_| h > at)?;
    let low = head.low.as_str();
    let singular = low.strip_suffix('s').unwrap_or(low);
    // (« et un journaliste de l'AFP », « et une source militaire »: one who reports, a
    // specialist and an anonymous source speak too.)
    let someone = head.upper
        || names_someone(low)
        || names_a_specialist(low)
        || [low, singular]
            .iter()
            .any(|w| lexicon::MEDIA_NOUNS.contains(w));
    someone.then_some(at)
}

/// « cité », its forms: a source « citée par » a medium is one it relays (« selon une source
/// citée par Jeune Afrique »).
pub(in crate::brief::claims) const CITED: &[&str] = &["cité", "citée", "cités", "citées"];

/// « relayé », its forms: a source « relayée par » a medium is one it cites (« Selon une source
/// militaire, relayée par l'AFP, … »), as « citée par ».
pub(in crate::brief::claims) const RELAYED: &[&str] = &["relayé", "relayée", "relayés", "relayées"];

/// Whom an attribution's source relays, or who relays it, named inside or right after its
/// noun phrase `source_at..=end`: « selon une source militaire citée par Jeune Afrique » (the
/// source, then the medium citing it), « Selon Jeune Afrique, citant une source
/// sécuritaire, … », « selon les médias citant des informations locales » (the medium, then
/// what it cites). The last token of the first source (before the participle) and the first
/// token of the other, when that names someone.
pub(in crate::brief::claims) fn relayed_through(
    toks: &[Tok],
    source_at: usize,
    end: usize,
) -> Option<(usize, usize)> {
    // (« relayée par » only after someone: « selon les chiffres relayés par le ministère »
    // are the ministry's figures, one source.)
    let relays_someone = !names_a_document(toks, source_at);
    let cited_par = |k: usize| {
        toks.get(k).is_some_and(|t| {
            CITED.contains(&t.low.as_str()) || relays_someone && RELAYED.contains(&t.low.as_str())
        }) && par_after_participle(toks, k).is_some()
    };
    // « une source citée par X »: inside the noun phrase, or right after it.
    if let Some(k) = (source_at + 1..=end + 2).find(|&k| cited_par(k)) {
        let first_end = if toks[k - 1].low == "," { k - 2 } else { k - 1 };
        let joined = k <= end + 1 || toks[end + 1..k].iter().all(|t| t.low == ",");
        let medium_at = par_after_participle(toks, k).map_or(k + 2, |par| par + 1);
        return (joined && first_end >= source_at && names_a_source(toks, medium_at))
            .then_some((first_end.min(end), medium_at));
    }
    // « Selon X, citant Y, … », « selon X citant Y »
    let mut k = end + 1;
    if toks.get(k).is_some_and(|t| t.low == ",") {
        k += 1;
    }
    (toks.get(k).is_some_and(|t| t.low == "citant" && !t.quoted)
        && toks.get(k + 1).is_some_and(|t| t.word && !t.quoted)
        && names_a_source(toks, k + 1))
    .then_some((end, k + 1))
}

/// Where « par » stands after a participle of citing or relaying at `k` (« cité par X »,
/// « cité ce jeudi par X », « relayée lundi soir par X »): right after it or past a time
/// phrase.
pub(in crate::brief::claims) fn par_after_participle(toks: &[Tok], k: usize) -> Option<usize> {
    let par = super::super::inserts::past_time_phrases(toks, k + 1);
    toks.get(par)
        .is_some_and(|t| t.low == "par" && !t.quoted)
        .then_some(par)
}

/// « cité dans un communiqué du club », « citée dans le même communiqué »: the document that
/// quotes the one the participle at `k` qualifies (a statement's medium, `STATEMENT_MEDIA`),
/// its first token; not a mention in a file or an inquiry (« cité dans le dossier »).
pub(in crate::brief::claims) fn quoting_document_at(toks: &[Tok], k: usize) -> Option<usize> {
    if toks.get(k + 1)?.low != "dans" {
        return None;
    }
    let mut head = k + 2;
    while toks.get(head).is_some_and(|t| {
        lexicon::DETERMINERS.contains(&t.low.as_str()) || matches!(t.low.as_str(), "même" | "autre")
    }) {
        head += 1;
    }
    (head > k + 2 && STATEMENT_MEDIA.contains(&toks.get(head)?.low.as_str())).then_some(k + 2)
}

/// Nouns of what someone says that a colon's quotation gives (« Réaction de X : « … » »,
/// « La réponse du ministre ne s'est pas fait attendre : « … » »), with the kind of claim
/// each makes.
const SAID_NOUNS: &[(&str, ClaimKind)] = &[
    ("réaction", ClaimKind::Statement),
    ("réponse", ClaimKind::Statement),
    ("bilan", ClaimKind::Statement),
    ("constat", ClaimKind::Statement),
    ("message", ClaimKind::Statement),
    ("verdict", ClaimKind::Statement),
    ("analyse", ClaimKind::Statement),
    ("avis", ClaimKind::Statement),
    ("commentaire", ClaimKind::Statement),
    ("explication", ClaimKind::Statement),
    ("credo", ClaimKind::Position),
    ("discours", ClaimKind::Statement),
    ("ton", ClaimKind::Statement),
    ("position", ClaimKind::Position),
    ("conclusion", ClaimKind::Statement),
    ("plaidoyer", ClaimKind::Position),
    ("appel", ClaimKind::Call),
    ("avertissement", ClaimKind::Warning),
    ("explications", ClaimKind::Statement),
    ("réactions", ClaimKind::Statement),
];

/// Media of a statement between a subject and a colon (« Le syndicat, dans un communiqué :
/// « … » »).
const STATEMENT_MEDIA: &[&str] = &[
    "communiqué",
    "tweet",
    "message",
    "lettre",
    "courrier",
    "déclaration",
    "vidéo",
    "publication",
    "entretien",
    "interview",
    "post",
];

/// Adjectives of certainty after « être » before a colon (« Le médecin est formel : … »).
const CERTAIN: &[&str] = &[
    "formel",
    "formelle",
    "formels",
    "formelles",
    "catégorique",
    "catégoriques",
    "convaincu",
    "convaincue",
    "convaincus",
    "convaincues",
    "affirmatif",
    "affirmative",
    "sûr",
    "sûre",
    "sûrs",
    "sûres",
    "certain",
    "certaine",
    "certains",
    "certaines",
];

/// A claim a colon gives without a reporting verb: who speaks (first and last token), the
/// colon, and the kind of claim.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(in crate::brief::claims) struct ColonFrame {
    pub(in crate::brief::claims) source: (usize, usize),
    pub(in crate::brief::claims) colon: usize,
    pub(in crate::brief::claims) kind: ClaimKind,
}

/// The frames where a colon gives someone's words and no verb reports them:
/// - a noun of what is said and whose it is, opening the sentence, then a quotation:
///   « Réaction de la présidente : « … » », « La réponse du gouvernement ne s'est pas fait
///   attendre : « … » », « Même son de cloche chez les commerçants : « … » »;
/// - a subject, its medium, then a quotation: « Le syndicat dans un communiqué : « … » »;
/// - a subject sure of what follows: « Le médecin est formel : … », « Le président, lui, est
///   catégorique : … », « Le maire en est convaincu : … » (quoted or not).
///
/// (« Le bilan de l'accident : trois morts » is a fact: a quotation must follow a noun.)
pub(in crate::brief::claims) fn colon_frame(toks: &[Tok]) -> Option<ColonFrame> {
    let colon = toks.iter().position(|t| !t.quoted && t.low == ":")?;
    let after = &toks[colon + 1..];
    let quoted_after = after.iter().filter(|t| t.quoted && t.word).count() >= 3
        && after
            .first()
            .is_some_and(|t| super::is_quote_mark_str(&t.low));
    let words_after = after.iter().filter(|t| t.word).count() >= 3;
    let before = &toks[..colon];
    if before
        .iter()
        .any(|t| t.quoted || super::is_quote_mark_str(&t.low))
        || before.is_empty()
    {
        return None;
    }
    let word = |k: usize| toks.get(k).map(|t| t.low.as_str()).unwrap_or_default();
    // A noun of what is said, then whose.
    let mut k = 0;
    if matches!(word(k), "même" | "autre" | "nouvelle" | "nouvel" | "seule") {
        k += 1;
    }
    // (« son » of « son de cloche » is no determiner.)
    if lexicon::DETERMINERS.contains(&word(k))
        && word(k) != "des"
        && !(word(k) == "son" && word(k + 1) == "de")
    {
        k += 1;
    }
    let said = SAID_NOUNS
        .iter()
        .find(|(n, _)| *n == word(k))
        .map(|&(_, kind)| kind)
        .or_else(|| {
            (word(k) == "son" && word(k + 1) == "de" && word(k + 2) == "cloche").then(|| {
                k += 2;
                ClaimKind::Statement
            })
        });
    if let Some(kind) = said.filter(|_| quoted_after) {
        let whose = match (word(k + 1), word(k + 2), word(k + 3)) {
            ("du", "côté", "de" | "d'") => Some(k + 4),
            ("de" | "d'", _, _) => Some(k + 2),
            ("du" | "des", _, _) => Some(k + 1),
            ("chez", _, _) => Some(k + 2),
            ("côté", _, _) => Some(k + 2),
            _ => None,
        };
        if let Some(from) = whose.filter(|&f| f < colon && toks[f].word) {
            let end = super::super::speaker::np_end(toks, from).min(colon - 1);
            return Some(ColonFrame {
                source: (from, end),
                colon,
                kind,
            });
        }
        return None;
    }
    // A subject from the sentence's start (a noun phrase).
    let first = toks.first()?;
    if !first.word || !(first.upper || lexicon::DETERMINERS.contains(&first.low.as_str())) {
        return None;
    }
    let end = super::super::speaker::np_end(toks, 0);
    if end + 1 >= colon {
        return None;
    }
    let mut k = end + 1;
    // « Le syndicat, dans un communiqué : « … » »
    if word(k) == "," {
        k += 1;
    }
    if word(k) == "dans"
        && lexicon::DETERMINERS.contains(&word(k + 1))
        && STATEMENT_MEDIA.contains(&word(k + 2))
        && quoted_after
    {
        let plain = toks[k..colon]
            .iter()
            .all(|t| !super::is_aux(&t.low) && !lexicon::is_verb_form(t.low.as_str()));
        return plain.then_some(ColonFrame {
            source: (0, end),
            colon,
            kind: ClaimKind::Statement,
        });
    }
    // « Le président, lui, est catégorique : … »
    if matches!(word(k), "lui" | "elle" | "eux" | "elles") && word(k + 1) == "," {
        k += 2;
    }
    if word(k) == "en" {
        k += 1;
    }
    let certain = matches!(word(k), "est" | "sont" | "était" | "étaient" | "se")
        && {
            if word(k) == "se" {
                k += 1;
                matches!(
                    word(k),
                    "dit" | "disent" | "montre" | "montrent" | "veut" | "veulent"
                )
            } else {
                true
            }
        }
        && {
            k += 1;
            if matches!(
                word(k),
                "très" | "tout" | "toujours" | "bien" | "plus" | "absolument"
            ) {
                k += 1;
            }
            CERTAIN.contains(&word(k))
        }
        && k + 1 == colon;
    if certain && (quoted_after || words_after) {
        return Some(ColonFrame {
            source: (0, end),
            colon,
            kind: ClaimKind::Statement,
        });
    }
    manner_before_colon(toks, colon)
        .filter(|_| quoted_after)
        .map(|source| ColonFrame {
            source,
            colon,
            kind: ClaimKind::Statement,
        })
}

/// How someone spoke, judged right before a colon: « a été clair », « s'est montré ferme »,
/// « se veut rassurant », « est catégorique ».
const SPOKE_HOW: &[&str] = &[
    "clair",
    "ferme",
    "direct",
    "franc",
    "franche",
    "explicite",
    "cash",
    "cinglant",
    "prudent",
    "rassurant",
    "optimiste",
    "confiant",
    "pessimiste",
    "sévère",
    "élogieux",
    "élogieuse",
];

/// « L'élu a été clair : « … » », « Concernant X, le sélectionneur s'est montré ferme : « … » »,
/// « La ministre, elle, se veut rassurante : « … » »: a subject, a copula (« est », « a été »,
/// « s'est montré », « se veut », « reste »), maybe an adverb, then how it spoke
/// ([`SPOKE_HOW`], [`CERTAIN`]) right before the colon. The subject's first and last token: a
/// noun phrase opening the sentence or after a comma, past a stressed pronoun between commas.
fn manner_before_colon(toks: &[Tok], colon: usize) -> Option<(usize, usize)> {
    let word = |k: usize| toks[k].low.as_str();
    let adjective = colon.checked_sub(1)?;
    // (The adjective in any gender and number: « claire », « fermes », « rassurantes ».)
    let judged = |w: &str| {
        [
            Some(w),
            w.strip_suffix('e'),
            w.strip_suffix('s'),
            w.strip_suffix("es"),
        ]
        .into_iter()
        .flatten()
        .any(|form| SPOKE_HOW.contains(&form))
            || CERTAIN.contains(&w)
    };
    if !judged(word(adjective)) {
        return None;
    }
    let mut k = adjective;
    if k > 0
        && matches!(
            word(k - 1),
            "très" | "tout" | "bien" | "plutôt" | "particulièrement" | "assez" | "aussi" | "encore"
        )
    {
        k -= 1;
    }
    let copula = copula_before(toks, k)?;
    let mut end = copula.checked_sub(1)?;
    // (« La ministre, elle, se veut rassurante »)
    if end >= 3
        && word(end) == ","
        && matches!(word(end - 1), "lui" | "elle" | "eux" | "elles")
        && word(end - 2) == ","
    {
        end -= 3;
    }
    let start = (0..end).rev().find(|&k| !toks[k].word).map_or(0, |k| k + 1);
    let first = &toks[start];
    let opens = first.word
        && !first.quoted
        && (first.upper || lexicon::DETERMINERS.contains(&first.low.as_str()))
        && !lexicon::PREPOSITIONS.contains(&first.low.as_str());
    (opens
        && start <= end
        && (start == 0 || word(start - 1) == ",")
        && super::super::speaker::np_end(toks, start) >= end
        && toks[start..=end]
            .iter()
            .all(|t| t.word && !super::super::speaker::is_finite_verb(t)))
    .then_some((start, end))
}

/// The first token of a copula group ending right before token `at`: « est », « sont »,
/// « était », « reste », « a été », « avait été », « se montre », « s'est montré », « se
/// veut », « s'est voulu », « se dit ».
fn copula_before(toks: &[Tok], at: usize) -> Option<usize> {
    let word = |k: usize| toks[k].low.as_str();
    let last = at.checked_sub(1)?;
    let plain = |w: &str| {
        matches!(
            w,
            "est" | "sont" | "était" | "étaient" | "fut" | "reste" | "restent" | "restait"
        )
    };
    if plain(word(last)) {
        return Some(last);
    }
    // « a été », « avait été », « est resté »
    if last >= 1
        && (word(last) == "été" && super::is_aux(word(last - 1))
            || word(last).starts_with("resté") && plain(word(last - 1)))
    {
        return Some(last - 1);
    }
    // « se montre », « se veut », « se dit », « s'est montré », « se sont montrés »
    let reflexive_verb = |w: &str| {
        ["montr", "veu", "voul", "dit", "dis"]
            .iter()
            .any(|stem| w.starts_with(stem))
    };
    if !reflexive_verb(word(last)) || last == 0 {
        return None;
    }
    match word(last - 1) {
        "se" | "s'" => Some(last - 1),
        "est" | "sont" | "était" | "étaient"
            if last >= 2 && matches!(word(last - 2), "s'" | "se") =>
        {
            Some(last - 2)
        }
        _ => None,
    }
}

/// Whether a person's name at `at` (two capitalized words at least, a first name or a title
/// opening it), a parenthesis at most after it, is followed by a colon and a quotation of
/// three words or more (« pour Paul Durand (3 %) : « Je … » »).
fn named_before_quotation(toks: &[Tok], at: usize) -> bool {
    let mut end = at;
    while toks
        .get(end)
        .is_some_and(|t| t.word && t.upper && !t.quoted)
    {
        end += 1;
    }
    let first = toks.get(at).map(|t| t.low.as_str()).unwrap_or_default();
    let person = end >= at + 2
        && (lexicon::is_first_name(first) || lexicon::TITLES.contains(&first) || first == "m");
    if !person {
        return false;
    }
    if toks.get(end).is_some_and(|t| t.low == "(") {
        match (end..toks.len().min(end + 8)).find(|&k| toks[k].low == ")") {
            Some(close) => end = close + 1,
            None => return false,
        }
    }
    let quoted_words = toks
        .iter()
        .skip(end + 1)
        .filter(|t| t.quoted && t.word)
        .count();
    toks.get(end).is_some_and(|t| t.low == ":")
        && toks
            .get(end + 1)
            .is_some_and(|t| super::is_quote_mark_str(&t.low))
        && quoted_words >= 3
}

/// The first token of the noun phrase right before « dixit » at `at` (« Paul Martin dixit »,
/// « le ministre dixit »), an opening parenthesis or a comma before it: a run of capitalized
/// words, or a determiner and a noun of people, roles, bodies or media.
fn named_before(toks: &[Tok], at: usize) -> Option<usize> {
    let last = at.checked_sub(1)?;
    let mut start = last;
    while start > 0 && toks[start - 1].word && !toks[start - 1].quoted && toks[start - 1].upper {
        start -= 1;
    }
    let named = toks[last].word && !toks[last].quoted && toks[last].upper;
    if !named {
        // « le ministre dixit »
        let noun = toks[last].low.as_str();
        let someone = lexicon::ROLE_NOUNS.contains(&noun)
            || lexicon::MEDIA_NOUNS.contains(&noun)
            || lexicon::ORG_WORDS.contains(&noun);
        if !someone || last == 0 || !lexicon::DETERMINERS.contains(&toks[last - 1].low.as_str()) {
            return None;
        }
        start = last - 1;
    } else if start > 0 && lexicon::DETERMINERS.contains(&toks[start - 1].low.as_str()) {
        start -= 1;
    }
    // (What stands before is a boundary: not « Le maire a cité Paul Martin dixit ».)
    (start == 0
        || matches!(
            toks[start - 1].low.as_str(),
            "(" | "," | "[" | "-" | "–" | "—"
        ))
    .then_some(start)
}

/// « si l'on en croit X », « si on en croit X » opening at « si » `at`: the first token of X.
fn if_one_believes(toks: &[Tok], at: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map(|t| t.low.as_str());
    let mut k = at + 1;
    if word(k) == Some("l'") {
        k += 1;
    }
    (word(k) == Some("on") && word(k + 1) == Some("en") && word(k + 2) == Some("croit"))
        .then_some(k + 3)
        .filter(|&s| toks.get(s).is_some_and(|t| t.word && !t.quoted))
}

/// After « à » at `a`, « la demande de » or « l'appel de » (« du », « des »): the first token
/// of who asked for it or called for it (« à l'appel de la CGT »: the CGT's call; the
/// convention is in tests/fixtures/claims/README.md). Whether that is someone is
/// `names_a_source`'s to say (« à l'appel du 18 juin » is no one).
fn called_by(toks: &[Tok], a: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map(|t| t.low.as_str());
    let noun = matches!(
        (word(a + 1), word(a + 2)),
        (Some("la"), Some("demande")) | (Some("l'"), Some("appel"))
    );
    if !noun {
        return None;
    }
    match word(a + 3)? {
        "de" | "d'" => Some(a + 4),
        // « à la demande du maire », « à l'appel des syndicats »: the contracted article
        // opens the noun phrase.
        "du" | "des" => Some(a + 3),
        _ => None,
    }
}

/// Nouns of something said that a passive credits to its agent (« L'information a été
/// donnée par X », « L'appel a été lancé par Y »), with the kind of claim each makes.
const SAID_IN_PASSIVE: &[(&str, ClaimKind)] = &[
    ("information", ClaimKind::Statement),
    ("informations", ClaimKind::Statement),
    ("annonce", ClaimKind::Statement),
    ("annonces", ClaimKind::Statement),
    ("nouvelle", ClaimKind::Statement),
    ("déclaration", ClaimKind::Statement),
    ("précision", ClaimKind::Statement),
    ("précisions", ClaimKind::Statement),
    ("confirmation", ClaimKind::Statement),
    ("révélation", ClaimKind::Statement),
    ("révélations", ClaimKind::Statement),
    ("explication", ClaimKind::Statement),
    ("explications", ClaimKind::Statement),
    ("bilan", ClaimKind::Statement),
    ("appel", ClaimKind::Call),
    ("appels", ClaimKind::Call),
    ("demande", ClaimKind::Call),
    ("avertissement", ClaimKind::Warning),
    ("alerte", ClaimKind::Warning),
    ("démenti", ClaimKind::Denial),
];

/// Participles that make something said public in the passive (« donnée », « faite »,
/// « annoncée », « lancé », « rendue publique »).
const MADE_PUBLIC: &[&str] = &[
    "donné",
    "donnée",
    "données",
    "donnés",
    "fait",
    "faite",
    "faites",
    "faits",
    "annoncé",
    "annoncée",
    "annoncées",
    "annoncés",
    "communiqué",
    "communiquée",
    "communiquées",
    "communiqués",
    "livré",
    "livrée",
    "livrées",
    "livrés",
    "confirmé",
    "confirmée",
    "confirmées",
    "confirmés",
    "lancé",
    "lancée",
    "lancés",
    "lancées",
    "formulé",
    "formulée",
    "formulées",
    "formulés",
    "publique",
    "publiques",
    "public",
];

/// Stems of verbs whose past participle, in the passive, makes something said public as
/// [`MADE_PUBLIC`] does (« révélée », « dévoilée », « relayées », « rapportée », « publié »,
/// « diffusées », « divulgué »).
const MADE_PUBLIC_STEMS: &[&str] = &[
    "révél", "dévoil", "divulgu", "relay", "rapport", "publi", "diffus", "réitér", "exprim",
];

/// Whether `word` is a participle of making something said public: one of [`MADE_PUBLIC`],
/// or a stem of [`MADE_PUBLIC_STEMS`] with a participle's ending.
fn makes_public(word: &str) -> bool {
    MADE_PUBLIC.contains(&word)
        || MADE_PUBLIC_STEMS.iter().any(|stem| {
            word.strip_prefix(stem)
                .is_some_and(|end| matches!(end, "é" | "ée" | "és" | "ées"))
        })
}

/// « L'information a été donnée par le porte-parole X », « L'annonce en a été faite mardi
/// par la ministre », « Un appel au calme a été lancé par le maire »: the subject opening the
/// sentence is something said (a determiner, then a noun of [`SAID_IN_PASSIVE`]), its verb a
/// passive of making it public (« a été », « ont été », « avait été » + [`MADE_PUBLIC`]), and
/// « par » at `par` names someone. The kind of claim the noun makes. (Not « La décision a
/// été prise par le conseil », an act; not a participle on an object, « a démenti
/// l'information annoncée par des médias », the background of a reaction.)
fn made_public_by(toks: &[Tok], par: usize) -> Option<ClaimKind> {
    // (A time phrase may stand before « par »: « faite mardi soir par », « confirmée ce
    // vendredi 29 septembre 2023 par ».)
    let p = (par.saturating_sub(8)..par)
        .rev()
        .find(|&p| makes_public(&toks[p].low))?;
    // (Or an aside between commas: « formulée, et parfois vivement, par ».)
    if !times_only(toks, p + 1, par) && super::aside_from(toks, p + 1) != Some(par) {
        return None;
    }
    let ete = (p.saturating_sub(2)..p)
        .rev()
        .find(|&k| toks[k].low == "été")?;
    let aux = ete.checked_sub(1)?;
    if !matches!(
        toks[aux].low.as_str(),
        "a" | "ont" | "avait" | "avaient" | "aura" | "auront"
    ) {
        return None;
    }
    // The subject: a determiner opening the sentence, the noun, then at most a complement
    // (« L'annonce de la fermeture », « Un appel au calme »); « en » may stand before the
    // auxiliary.
    let subject_end = if aux > 0 && toks[aux - 1].low == "en" {
        aux - 1
    } else {
        aux
    };
    let start = toks.iter().position(|t| t.word)?;
    let opens = toks[..start].iter().all(is_quote_mark_tok)
        && lexicon::DETERMINERS.contains(&toks[start].low.as_str());
    let noun = toks.get(start + 1)?;
    let (_, kind) = SAID_IN_PASSIVE
        .iter()
        .find(|(n, _)| *n == noun.low.as_str())?;
    // (The noun may spell a verb, « annonce »; its complement holds none.)
    let complement = toks.get(start + 2..subject_end).unwrap_or(&[]);
    let plain = subject_end - start <= 8
        && complement
            .iter()
            .all(|t| t.word && !t.quoted && !lexicon::is_verb_form(t.low.as_str()));
    (opens && plain && toks.get(par + 1).is_some() && names_a_source(toks, par + 1))
        .then_some(*kind)
}

/// Whether tokens `from..to` are time phrases only, or nothing (« mardi soir », « ce
/// vendredi 29 septembre 2023 », « hier »).
fn times_only(toks: &[Tok], from: usize, to: usize) -> bool {
    let mut k = from;
    while k < to {
        match super::super::inserts::time_phrase_end(toks, k) {
            Some(end) if end > k => k = end,
            _ if lexicon::TIME_WORDS.contains(&toks[k].low.as_str()) => k += 1,
            _ => return false,
        }
    }
    k == to
}

/// Nouns of a stance a verbless sentence credits to someone (« Inquiétude relayée par X »,
/// « Même doute exprimé par Y »).
const STANCE_NOUNS: &[&str] = &[
    "inquiétude",
    "inquiétudes",
    "préoccupation",
    "préoccupations",
    "doute",
    "doutes",
    "crainte",
    "craintes",
    "colère",
    "indignation",
    "satisfaction",
    "soulagement",
    "déception",
    "regret",
    "regrets",
    "scepticisme",
    "réserve",
    "réserves",
    "optimisme",
    "pessimisme",
    "prudence",
    "analyse",
    "avis",
    "constat",
    "sentiment",
    "point",
    "discours",
    "ton",
    "opinion",
];

/// Participles that voice a stance (« relayée », « partagé », « exprimées »).
const VOICED: &[&str] = &[
    "relayé",
    "relayée",
    "relayés",
    "relayées",
    "partagé",
    "partagée",
    "partagés",
    "partagées",
    "exprimé",
    "exprimée",
    "exprimés",
    "exprimées",
];

/// « Inquiétude relayée par la présidente X "…" », « Même doute exprimé par plusieurs
/// observateurs », « Un avis partagé par le maire »: a verbless sentence opening on a noun of
/// stance (a determiner or « même » before it at most; « point de vue » whole), then a
/// participle voicing it and « par » at `par` naming someone. (Not « une information
/// relayée par des médias » inside a clause, the background of a reaction.)
fn voiced_by(toks: &[Tok], par: usize) -> bool {
    let Some(participle) = par.checked_sub(1) else {
        return false;
    };
    if !VOICED.contains(&toks[participle].low.as_str()) || participle == 0 {
        return false;
    }
    let Some(start) = toks.iter().position(|t| t.word) else {
        return false;
    };
    let mut noun = start;
    if lexicon::DETERMINERS.contains(&toks[noun].low.as_str()) || toks[noun].low == "même" {
        noun += 1;
    }
    // (« Le point de vue exprimé par »: the three words are one noun.)
    let stance = if toks[noun].low == "point"
        && toks.get(noun + 1).is_some_and(|t| t.low == "de")
        && toks.get(noun + 2).is_some_and(|t| t.low == "vue")
    {
        noun + 3 == participle
    } else {
        noun + 1 == participle && STANCE_NOUNS.contains(&toks[noun].low.as_str())
    };
    let opens = toks[..start].iter().all(is_quote_mark_tok);
    opens && stance && toks.get(par + 1).is_some() && names_a_source(toks, par + 1)
}

/// Whether `t` is a quotation mark.
fn is_quote_mark_tok(t: &Tok) -> bool {
    super::is_quote_mark_str(&t.low)
}

/// The kind of claim an attribution phrase at `at` makes: a call for « à la demande de », a
/// position for a group's feeling (`felt_by`), a statement otherwise; for a passive, what its subject says (« l'appel a été lancé par X »).
pub(in crate::brief::claims) fn attribution_kind(toks: &[Tok], at: usize) -> ClaimKind {
    if toks[at].low == "à" && called_by(toks, at).is_some() {
        ClaimKind::Call
    } else if toks[at].low == "par" && voiced_by(toks, at) {
        ClaimKind::Position
    } else if toks[at].low == "par" {
        made_public_by(toks, at).unwrap_or(ClaimKind::Statement)
    } else if super::felt_by::felt_by(toks, at).is_some() {
        // (A group's feeling, narrated: its position.)
        ClaimKind::Position
    } else if toks[at].low == "pour" && quoted_view_for(toks, at) {
        // (A quotation credited to someone's view is a judgement.)
        ClaimKind::Position
    } else {
        ClaimKind::Statement
    }
}

/// Whether the relative after « selon » at `selon` (« selon laquelle », « selon lesquels »)
/// stands for a noun of words reported that owns the source by « de » (« les informations du
/// Figaro selon lesquelles … », « l'annonce du maire, Paul Roy, selon laquelle … »): the
/// pronoun agrees with that noun, and the clause is what the report says, the background of
/// the sentence, not the source's own claim (README, session 9). « des informations du
/// journal Le Soir, selon lequel … » (the pronoun agrees with the journal) is the journal's.
fn content_of_a_report(toks: &[Tok], selon: usize) -> bool {
    let Some(pronoun) = toks.get(selon + 1) else {
        return false;
    };
    let (feminine, plural) = match pronoun.low.as_str() {
        "lequel" => (false, false),
        "laquelle" => (true, false),
        "lesquels" => (false, true),
        "lesquelles" => (true, true),
        _ => return false,
    };
    // A « de » that opens the source, at most twelve tokens back within the clause, with the
    // report noun right before it or one adjective before it (« les informations erronées du
    // journal », « la déclaration du président du Faso, le capitaine X »).
    let report_before = |de: usize| {
        (de.saturating_sub(2)..de).rev().find(|&k| {
            let low = toks[k].low.as_str();
            super::idioms::REPORTS.contains(&low) || matches!(low, "annonce" | "annonces")
        })
    };
    let Some(noun_at) = (selon.saturating_sub(12)..selon)
        .rev()
        .take_while(|&k| toks[k].word || toks[k].low == ",")
        .filter(|&k| matches!(toks[k].low.as_str(), "de" | "d'" | "du" | "des"))
        .find_map(report_before)
    else {
        return false;
    };
    let noun = toks[noun_at].low.as_str();
    let noun_feminine = !matches!(
        noun,
        "propos" | "reproche" | "reproches" | "soupçon" | "soupçons"
    );
    let noun_plural = if noun == "propos" {
        noun_at > 0
            && matches!(
                toks[noun_at - 1].low.as_str(),
                "les" | "des" | "ces" | "ses" | "leurs" | "nos" | "vos" | "mes" | "tes"
            )
    } else {
        noun.ends_with('s')
    };
    noun_feminine == feminine && noun_plural == plural
}

/// The first token of the one « pour qui » at `pour` stands for: a name right before it
/// (« Jean Dupont, pour qui », « le Medef pour qui ») or a determiner and a noun of people or
/// bodies (« les syndicats, pour qui »), a comma between at most.
fn antecedent_of_qui(toks: &[Tok], pour: usize) -> Option<usize> {
    let mut end = pour.checked_sub(1)?;
    if toks[end].low == "," {
        end = end.checked_sub(1)?;
    }
    let last = &toks[end];
    if !last.word || last.quoted {
        return None;
    }
    let mut start = end;
    if last.upper {
        while start > 0 && toks[start - 1].upper && toks[start - 1].word && !toks[start - 1].quoted
        {
            start -= 1;
        }
        // « le syndicat Force Verte », « la juge Anne Roy »: the noun that names what it is.
        if start >= 2
            && lexicon::DETERMINERS.contains(&toks[start - 2].low.as_str())
            && (lexicon::ROLE_NOUNS.contains(&toks[start - 1].low.as_str())
                || lexicon::ORG_WORDS.contains(&toks[start - 1].low.as_str())
                || lexicon::MEDIA_NOUNS.contains(&toks[start - 1].low.as_str())
                || lexicon::SOURCE_NOUNS.contains(&toks[start - 1].low.as_str()))
        {
            start -= 1;
        }
    } else if lexicon::ROLE_NOUNS.contains(&last.low.as_str())
        || lexicon::PEOPLE_NOUNS.contains(&last.low.as_str())
        || lexicon::MEDIA_NOUNS.contains(&last.low.as_str())
    {
        if start == 0 || !lexicon::DETERMINERS.contains(&toks[start - 1].low.as_str()) {
            return None;
        }
    } else {
        return None;
    }
    if start > 0 && lexicon::DETERMINERS.contains(&toks[start - 1].low.as_str()) {
        start -= 1;
    }
    // (A complement is not the antecedent: « le locataire de Bercy, pour qui », « le
    // président de la CGT, selon lequel » stand for the tenant and the president.)
    // (But « Même ton de l'Albanie, pour qui », « la réaction du maire, pour qui »: the words
    // of the one named.)
    if start > 0
        && matches!(toks[start - 1].low.as_str(), "de" | "d'" | "du" | "des")
        && !toks.get(start.wrapping_sub(2)).is_some_and(|n| {
            matches!(
                n.low.as_str(),
                "ton" | "réaction" | "réponse" | "position" | "avis" | "message" | "discours"
            )
        })
    {
        return None;
    }
    // (A sentence-opening capital alone is no name: « Ceux pour qui ».)
    (start > 0
        || toks[start].upper && end > start
        || lexicon::DETERMINERS.contains(&toks[start].low.as_str()))
    .then_some(start)
}

/// « de son propre aveu », « de leur propre aveu », « de son aveu même », set off by commas
/// at token `de`: the first token of whose admission it is, the noun phrase opening the
/// sentence, right before the phrase (« Le maire, de son propre aveu, … ») or before the
/// « qui » of a relative clause the phrase opens (« Deux randonneurs, qui, de leur propre
/// aveu, … »). None elsewhere (« Il a, de son propre aveu, menti »: a pronoun, no one named).
fn own_admission(toks: &[Tok], de: usize) -> Option<usize> {
    let low = |k: usize| toks.get(k).map_or("", |t| t.low.as_str());
    let last = match (low(de + 1), low(de + 2), low(de + 3)) {
        ("son" | "sa" | "leur", "propre", "aveu") => de + 3,
        ("son" | "leur", "aveu", "même") => de + 3,
        _ => return None,
    };
    if low(last + 1) != "," || de == 0 || low(de - 1) != "," {
        return None;
    }
    // (« …, qui, de leur propre aveu, »: the antecedent before « , qui ».)
    let holder_end = if de >= 3 && low(de - 2) == "qui" && low(de - 3) == "," {
        de - 3
    } else {
        de - 1
    };
    let opening = holder_end > 0
        && toks[..holder_end]
            .iter()
            .all(|t| t.word && !t.quoted && !super::super::speaker::is_finite_verb(t));
    let first = toks.first()?;
    let names_someone = first.upper
        && (lexicon::DETERMINERS.contains(&first.low.as_str())
            || counts_or_ranks(first)
            || toks[1..holder_end].iter().all(|t| t.upper || t.low == "-"));
    (opening && names_someone).then_some(0)
}

/// « du point de vue de X », « au point de vue de X », « aux yeux de X », « de l'avis de X »
/// opening at token `at`: the first token of X (after « de » or « d' »; the contracted « des »
/// is kept, and read « les »: « aux yeux des experts »).
fn view_of(toks: &[Tok], at: usize) -> Option<usize> {
    let words = |k: usize, n: usize| -> Vec<&str> {
        toks.get(k..k + n)
            .map(|ts| ts.iter().map(|t| t.low.as_str()).collect())
            .unwrap_or_default()
    };
    let phrase_len = if words(at, 4) == ["du", "point", "de", "vue"]
        || words(at, 4) == ["au", "point", "de", "vue"]
    {
        4
    } else if words(at, 2) == ["aux", "yeux"]
        || words(at, 2) == ["de", "l'avis"]
        || words(at, 2) == ["de", "l'opinion"]
        || words(at, 2) == ["aux", "dires"]
    {
        2
    } else if words(at, 3) == ["dans", "les", "mots"]
        || words(at, 3) == ["selon", "les", "mots"]
        || words(at, 3) == ["selon", "les", "dires"]
        || words(at, 3) == ["de", "l'", "avis"]
        || words(at, 3) == ["de", "l'", "opinion"]
        || words(at, 3) == ["de", "l'aveu", "même"]
    {
        3
    } else if words(at, 4) == ["de", "l'", "aveu", "même"] {
        4
    } else if words(at, 2) == ["de", "l'aveu"] {
        2
    } else if words(at, 3) == ["de", "l'", "aveu"] {
        3
    } else {
        return None;
    };
    let particle = toks.get(at + phrase_len)?;
    let source = match particle.low.as_str() {
        "de" | "d'" => at + phrase_len + 1,
        // (« des experts », « du directeur »: the contracted article is kept; the speaker
        // reads « les experts », « le directeur », see `claims::de_contracted` and
        // `claims::contracted_des`.)
        "des" | "du" => at + phrase_len,
        _ => return None,
    };
    toks.get(source)
        .is_some_and(|t| t.word && !t.quoted)
        .then_some(source)
}

/// Participles that credit a document to its author (« publiés », « établi », « conduite »,
/// « réalisée »): any -é past participle, and the -i / -it ones of the verbs of making.
fn authored_participle(low: &str) -> bool {
    // (« des responsables cités par le New York Times » speak themselves.)
    // (« obtenues », « recueillies », « rendu »: -u and -i participles too, not « nouveau ».)
    let stem = low.trim_end_matches(['s', 'e']);
    let u_participle = stem.ends_with('u')
        && !stem.ends_with("au")
        && !stem.ends_with("eu")
        && !stem.ends_with("ou");
    (["é", "ée", "és", "ées", "ies"]
        .iter()
        .any(|e| low.ends_with(e))
        || u_participle)
        && low.chars().count() > 4
        && !low.starts_with("cit")
        || matches!(
            low,
            "fourni"
                | "fournie"
                | "fournis"
                | "fournies"
                | "établi"
                | "établie"
                | "établis"
                | "établies"
                | "conduit"
                | "conduite"
                | "conduits"
                | "conduites"
                | "produit"
                | "produite"
                | "produits"
                | "produites"
                // « selon des chiffres transmis / remis au ministre par X »
                | "transmis"
                | "transmise"
                | "transmises"
                | "remis"
                | "remise"
                | "remises"
                // « selon des informations obtenues / recueillies par X »
                | "obtenu"
                | "obtenue"
                | "obtenus"
                | "obtenues"
                | "recueilli"
                | "recueillie"
                | "recueillis"
                | "recueillies"
        )
}

/// « selon un nouveau bilan annoncé par le chef de la police, X », « selon des chiffres
/// publiés par l'Insee »: a document credited to its author, who is the source. The first
/// token of the author's noun phrase, when the document's is followed by such a participle
/// and « par » within a few words.
pub(in crate::brief::claims) fn agent_of_document(toks: &[Tok], source_at: usize) -> Option<usize> {
    // (« selon une source militaire interrogée par l'AFP », « selon des témoins joints par
    // Reuters »: someone the medium asked speaks, no document of the medium's.)
    let head = (source_at..toks.len().min(source_at + 3))
        .find(|&k| !lexicon::DETERMINERS.contains(&toks[k].low.as_str()))?;
    if names_someone(&toks[head].low) {
        return None;
    }
    for k in source_at + 1..(source_at + 7).min(toks.len()) {
        let t = &toks[k];
        // (The participle is the document's own, not a clause's: « Selon la légende elle a
        // été fondée au IIe siècle par X ».)
        if !t.word
            || t.quoted
            || super::is_aux(&t.low)
            || t.low == "été"
            || lexicon::SUBJECT_PRONOUNS.contains(&t.low.as_str())
        {
            return None;
        }
        if authored_participle(&t.low) {
            // (« des informations obtenues sur place par X », « publiés mardi par X », « publiés
            // le 4 août par X », « données à la presse par X »: an adjunct of a few words
            // before « par », in the participle's own phrase.)
            let par = (k + 1..toks.len().min(k + 7)).find(|&j| toks[j].low == "par")?;
            let adjunct = toks[k + 1..par].iter().all(|a| {
                a.word
                    && !a.quoted
                    && !super::is_aux(&a.low)
                    && !matches!(
                        a.low.as_str(),
                        "et" | "ou" | "mais" | "qui" | "que" | "qu'" | "dont" | "où"
                    )
            });
            let by_agent = adjunct
                && toks.get(par + 1).is_some_and(|n| n.word && !n.quoted)
                && names_a_source(toks, par + 1);
            return by_agent.then_some(par + 1);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::speakers_of as speakers;
    use super::super::super::{find_claims, tests::one_paragraph};
    use crate::model::ClaimKind;

    /// The (speaker, kind) of every claim of a one-sentence article.
    fn claims(sentence: &str) -> Vec<(String, ClaimKind)> {
        find_claims(&one_paragraph(&[sentence]))
            .into_iter()
            .map(|c| (c.speaker, c.kind))
            .collect()
    }

    /// « selon » + an ordinal, « autre » or « de nombreux » before the source's noun
    /// (« selon une troisième source », « d'après une autre source », « selon de nombreux
    /// témoins »), and what the source knows of (« au fait de », « au courant de ») is part
    /// of it; must not: « de nombreux » before a thing, and ranks of rules or dates.
    #[test]
    fn selon_an_ordinal_or_many_sources() {
        for (sentence, want) in [
            (
                "Le suspect a pris la fuite, selon une troisième source au fait de l'enquête.",
                "une troisième source au fait de l'enquête",
            ),
            (
                "D'après une deuxième source, le maire savait tout.",
                "une deuxième source",
            ),
            (
                "La grève sera reconduite, selon une autre source syndicale.",
                "une autre source syndicale",
            ),
            (
                "Selon de nombreux témoins, les tirs ont duré une heure.",
                "de nombreux témoins",
            ),
            (
                "Les urnes ont été bourrées, selon de multiples témoignages.",
                "de multiples témoignages",
            ),
            (
                "Le club sera vendu, selon un proche au courant des discussions.",
                "un proche au courant des discussions",
            ),
        ] {
            assert_eq!(speakers(sentence), [want.to_string()], "{sentence}");
        }
        for sentence in [
            "Les prix varient selon de nombreux critères.",
            "Les élèves sont classés selon une deuxième épreuve.",
            "Le tarif change selon la troisième semaine du mois.",
        ] {
            assert!(claims(sentence).is_empty(), "{sentence}");
        }
    }

    /// « selon les » + a capitalized name is the source, a medium or a party, at the start,
    /// in the middle or at the end; not « selon » meaning « depending on » after a verb of
    /// varying or sorting, nor a ministry named by its portfolio's common words.
    #[test]
    fn selon_les_and_a_name_is_the_source() {
        for (sentence, want) in [
            (
                "Selon les Echos, le groupe va supprimer 300 emplois.",
                "les Echos",
            ),
            ("D'après les Verts, la réforme est injuste.", "les Verts"),
            (
                "La fusion est compromise, selon les Républicains.",
                "les Républicains",
            ),
            (
                "Le chantier a pris du retard, selon les Inrocks, qui citent un élu.",
                "les Inrocks",
            ),
            (
                "Selon les Nations unies, 2 000 personnes ont fui.",
                "les Nations unies",
            ),
            ("Les prix ont évolué, selon les Echos.", "les Echos"),
        ] {
            let got = claims(sentence);
            assert_eq!(
                got.first().map(|(s, _)| s.as_str()),
                Some(want),
                "{sentence}: {got:?}"
            );
        }
        for sentence in [
            "Le contenu des cours diffère donc selon les Facultés.",
            "Les primes varient selon les Régions et les années.",
            "Les candidats sont classés selon les Catégories fixées par le jury.",
            "Le calendrier change selon les Académies.",
            "Les élèves sont répartis selon les Affaires du moment.",
        ] {
            let got = claims(sentence);
            assert!(got.is_empty(), "{sentence}: {got:?}");
        }
    }

    /// « à l'appel de X » is X's call, in any word order and after any verb of gathering; two
    /// callers are two calls. A telephone call, a date or a name called out calls for nothing.
    #[test]
    fn a_l_appel_de_is_the_call_of_who_it_names() {
        let cases: [(&str, &[&str]); 5] = [
            (
                "Des milliers de salariés ont défilé à l'appel de la CGT.",
                &["la CGT"],
            ),
            (
                "À l'appel du syndicat, les chauffeurs cessent le travail lundi.",
                &["le syndicat"],
            ),
            (
                "Les agriculteurs bloquaient les routes, à l’appel de leur fédération, depuis mardi.",
                &["leur fédération"],
            ),
            (
                "Une centaine de personnes se sont rassemblées à l'appel d'Amnesty International.",
                &["Amnesty International"],
            ),
            (
                "Les enseignants feront grève à l'appel de la FSU et de plusieurs collectifs de parents.",
                &["la FSU", "plusieurs collectifs de parents"],
            ),
        ];
        for (sentence, want) in cases {
            let got = claims(sentence);
            assert_eq!(
                got.iter().map(|(s, _)| s.as_str()).collect::<Vec<_>>(),
                want,
                "{sentence}"
            );
            assert!(got.iter().all(|(_, k)| *k == ClaimKind::Call), "{sentence}");
        }
        for sentence in [
            "Les policiers ont reçu l'appel de la famille vers minuit.",
            "La ville célèbre l'appel du 18 juin.",
            "Il a répondu à l'appel du large.",
            "Elle s'est levée à l'appel de son nom.",
        ] {
            assert!(speakers(sentence).is_empty(), "{sentence}");
        }
    }

    /// A verb of accusing or contesting in the passive with its agent named is the agent's
    /// claim (tests/fixtures/claims/README.md); without an agent, or with an agent that is a
    /// rule, it is no one's.
    #[test]
    fn an_accusation_in_the_passive_is_the_agent_s() {
        for (sentence, speaker) in [
            (
                "La mission est accusée de partialité par le gouvernement.",
                "le gouvernement",
            ),
            (
                "Le maire est accusé par l'opposition d'avoir menti.",
                "l'opposition",
            ),
            (
                "Le directeur, accusé par les syndicats d'avoir bloqué les salaires, a démissionné.",
                "les syndicats",
            ),
            (
                "Le projet, contesté par les riverains, sera voté lundi.",
                "les riverains",
            ),
            (
                "Le club avait été accusé de tricherie par la fédération.",
                "la fédération",
            ),
        ] {
            assert_eq!(speakers(sentence), [speaker], "{sentence}");
        }
        for sentence in [
            "La mission est accusée de partialité.",
            "Le suspect est accusé de meurtre.",
            "Le projet a été contesté en justice.",
            "Les frais réclamés par la banque ont augmenté.",
        ] {
            assert!(speakers(sentence).is_empty(), "{sentence}");
        }
    }

    /// Two sources of one attribution phrase (« selon X et Y », an apposition between at
    /// most) are two claims; a comma that opens the reported clause joins nothing, and two
    /// documents are one unnamed source.
    #[test]
    fn two_sources_of_one_attribution_are_two_claims() {
        let cases: [(&str, &[&str]); 3] = [
            (
                "Selon Radio Nord, une chaîne locale, et Le Figaro, le maire a démissionné.",
                &["Radio Nord", "Le Figaro"],
            ),
            (
                "D'après le maire et son adjoint, le budget est tenu.",
                &["le maire", "son adjoint"],
            ),
            (
                "Selon la police et les pompiers, l'incendie est accidentel.",
                &["la police", "les pompiers"],
            ),
        ];
        for (sentence, want) in cases {
            assert_eq!(speakers(sentence), want, "{sentence}");
        }
        // One who reports, an anonymous source, relatives, a specialist after « et ».
        let more: [(&str, &[&str]); 4] = [
            (
                "Le pont a cédé, selon des habitants et un journaliste de l'AFP.",
                &["des habitants", "un journaliste de l'AFP"],
            ),
            (
                "Selon la préfecture et une source policière, deux hommes ont été arrêtés.",
                &["la préfecture", "une source policière"],
            ),
            (
                "L'usine fermera, d'après le syndicat et des proches de la direction.",
                &["le syndicat", "des proches de la direction"],
            ),
            (
                "Selon les pompiers et un urbaniste de la ville, le quartier reste fragile.",
                &["les pompiers", "un urbaniste de la ville"],
            ),
        ];
        for (sentence, want) in more {
            assert_eq!(speakers(sentence), want, "{sentence}");
        }
        for (sentence, want) in [
            (
                "La grève continue, selon le syndicat et une liste des revendications.",
                "le syndicat",
            ),
            (
                "Selon le maire, la ville est ruinée et les impôts vont monter.",
                "le maire",
            ),
            (
                "Selon le préfet, la route, et le pont, sont fermés.",
                "le préfet",
            ),
            (
                "Selon la police, les manifestants, et les casseurs, étaient nombreux.",
                "la police",
            ),
        ] {
            assert_eq!(speakers(sentence), [want], "{sentence}");
        }
    }

    /// « selon une source interrogée par l'AFP »: someone a medium asked speaks, not the
    /// medium; a document keeps its author (« selon un bilan publié par la préfecture »).
    #[test]
    fn someone_asked_by_a_medium_speaks_not_the_medium() {
        for (sentence, want) in [
            (
                "Le village a été évacué, selon une source militaire interrogée par l'AFP.",
                "une source militaire",
            ),
            (
                "Selon un responsable interrogé par Reuters, la mine a fermé.",
                "un responsable",
            ),
            (
                "Selon des témoins contactés par la radio, le feu a pris vers minuit.",
                "des témoins",
            ),
            (
                "Le village a été évacué, selon la police et une source militaire jointe par l'AFP.",
                "la police",
            ),
        ] {
            let got = speakers(sentence);
            assert!(got[0].starts_with(want), "{sentence}: {got:?}");
            assert!(got.iter().all(|s| s != "l'AFP" && s != "Reuters"), "{sentence}: {got:?}");
        }
        for (sentence, want) in [
            (
                "Trois personnes sont mortes, selon un bilan publié par la préfecture.",
                "la préfecture",
            ),
            (
                "Selon des chiffres communiqués par la mairie, la fréquentation a baissé.",
                "la mairie",
            ),
        ] {
            assert_eq!(speakers(sentence), [want], "{sentence}");
        }
    }

    /// A document's author named by « par » after a few words of the participle's own phrase,
    /// a date, a place or the one it was given to (« publiés le 4 août par », « données à la
    /// presse par », « diffusé lundi soir par »), is the source; not a clause's participle
    /// (« selon la légende elle a été fondée au IIe siècle par »), nor an author of another
    /// participle joined by « et ».
    #[test]
    fn a_document_credited_after_an_adjunct_keeps_its_author() {
        for (sentence, want) in [
            (
                "Quarante cas ont été recensés, selon les chiffres publiés le 4 août par l'agence régionale de santé.",
                "l'agence régionale de santé",
            ),
            (
                "Selon les informations données à l'AFP par la porte-parole de la police, le suspect a fui.",
                "la porte-parole de la police",
            ),
            (
                "Le virus a tué douze personnes, selon un bilan diffusé lundi soir par les autorités sanitaires.",
                "les autorités sanitaires",
            ),
            (
                "D'après des chiffres transmis aux syndicats par la direction, l'usine perd de l'argent.",
                "la direction",
            ),
            (
                "Selon un rapport remis au ministre en mars dernier par la commission, la digue est fragile.",
                "la commission",
            ),
        ] {
            assert_eq!(speakers(sentence), [want], "{sentence}");
        }
        for sentence in [
            "Selon la légende elle a été fondée au IIe siècle par l'évêque Paul de Metz.",
            "Selon la tradition, il a été bâti au XIIe siècle par les moines.",
        ] {
            assert!(speakers(sentence).is_empty(), "{sentence}");
        }
        for sentence in [
            "Selon les chiffres publiés hier et contestés par le syndicat, le chômage baisse.",
            "Selon le rapport remis hier mais critiqué par les élus, la digue est fragile.",
        ] {
            assert!(
                speakers(sentence)
                    .iter()
                    .all(|s| s != "le syndicat" && s != "les élus"),
                "{sentence}"
            );
        }
    }

    /// Phrases that credit words without a verb: « aux dires de », « si l'on en croit »,
    /// « dans les mots de », « selon les mots de », « X dixit »; each in several places of the
    /// sentence. Their look-alikes credit nothing.
    #[test]
    fn verbless_attribution_phrases() {
        for (sentence, speaker) in [
            (
                "Aux dires de la voisine, le couple se disputait souvent.",
                "la voisine",
            ),
            (
                "Le chantier, aux dires des riverains, dure depuis trois ans.",
                "les riverains",
            ),
            (
                "Si l'on en croit le ministre, la crise est finie.",
                "le ministre",
            ),
            (
                "Si on en croit ses proches, il ne se représentera pas.",
                "ses proches",
            ),
            (
                "Dans les mots de la ministre, « c'est un désastre ».",
                "la ministre",
            ),
            (
                "Selon les mots du maire, la ville est « à bout de souffle ».",
                "le maire",
            ),
            (
                "« Le marché est saturé » (Paul Martin dixit).",
                "Paul Martin",
            ),
            (
                "Le texte est « mort-né », le ministre dixit.",
                "le ministre",
            ),
            ("Le marché est saturé (dixit Paul Martin).", "Paul Martin"),
        ] {
            assert_eq!(speakers(sentence), [speaker], "{sentence}");
        }
        for sentence in [
            "Si on en croit pas ses yeux, on vérifie.",
            "Les mots de la chanson sont simples.",
            "Dans les mots croisés du journal, la grille est difficile.",
            "Les dires de son grand-père sont confus.",
            "Le latin dixit reste une expression courante.",
        ] {
            assert!(speakers(sentence).is_empty(), "{sentence}");
        }
    }

    /// « de l'aveu (même) de X » is X's admission, opening the sentence or set off by a
    /// comma, whatever the verb of the sentence (« s'annoncer » reports nothing: « la journée
    /// s'annonçait "difficile" » looks set to be); not an admission as a noun.
    #[test]
    fn an_admission_credits_its_source() {
        for (sentence, speaker) in [
            (
                "De l'aveu même de la direction, le chantier a pris du retard.",
                "la direction",
            ),
            (
                "De l'aveu de Paul Martin, les caisses sont vides.",
                "Paul Martin",
            ),
            (
                "Le projet, de l'aveu de son propre ministre, est mal ficelé.",
                "son propre ministre",
            ),
            (
                "La soirée s'annonçait \"très tendue\", de l'aveu même des organisateurs.",
                "des organisateurs",
            ),
            (
                "Les comptes étaient dans le rouge, de l'aveu du maire.",
                "le maire",
            ),
            (
                "La rencontre s'annonce \"serrée\", selon l'entraîneur.",
                "l'entraîneur",
            ),
        ] {
            assert_eq!(speakers(sentence), [speaker], "{sentence}");
        }
        for sentence in [
            "La valeur de l'aveu de l'accusé reste douteuse.",
            "L'aveu de Paul Martin a surpris les enquêteurs.",
            "Le match s'annonce \"serré\" samedi.",
            "La saison s'annonçait difficile pour le club.",
        ] {
            assert!(speakers(sentence).is_empty(), "{sentence}");
        }
    }

    /// « de son propre aveu », « de leur propre aveu », « de son aveu même », set off by
    /// commas, is the admission of the one the possessive stands for: the noun phrase opening
    /// the sentence, right before it or before the « qui » whose clause it opens. Not a
    /// pronoun's (no one named), nor « de son propre chef » (on one's own initiative).
    #[test]
    fn ones_own_admission_credits_the_one_named() {
        for (sentence, speaker) in [
            (
                "Deux randonneurs, qui, de leur propre aveu, n'avaient jamais vu la montagne, ont été secourus samedi.",
                "Deux randonneurs",
            ),
            (
                "Le maire de Lyon, de son propre aveu, a longtemps hésité avant de se présenter.",
                "Le maire de Lyon",
            ),
            (
                "Paul Morel, de son aveu même, ignorait tout du dossier.",
                "Paul Morel",
            ),
        ] {
            assert_eq!(speakers(sentence), [speaker], "{sentence}");
        }
        for sentence in [
            "Il a, de son propre aveu, oublié la date.",
            "Paul Morel, de son propre chef, a quitté la réunion.",
        ] {
            assert!(speakers(sentence).is_empty(), "{sentence}");
        }
    }

    /// A relative attribution after the sentence's first cue (« …, selon lequel … », « …
    /// pour qui … ») gives the view of the one it stands for, a claim of its own; not a
    /// complement's name (« le locataire de Bercy, pour qui »), nor a thing.
    #[test]
    fn a_relative_attribution_after_the_first_cue_is_a_second_claim() {
        for (sentence, want) in [
            (
                "La Russie a démenti samedi des informations du journal Le Soir, selon lequel Moscou a payé des combattants.",
                &["La Russie", "le journal Le Soir"][..],
            ),
            (
                "Le texte ne satisfait pas les patrons, tel le Medef pour qui la hausse est trop forte.",
                &["le Medef"][..],
            ),
            (
                "Le maire a dénoncé le projet, soutenu par Paul Martin, pour qui « la ville en a besoin ».",
                &["Le maire", "Paul Martin"][..],
            ),
        ] {
            assert_eq!(speakers(sentence), want, "{sentence}");
        }
        for (sentence, want) in [
            (
                "« Nous tiendrons », a martelé le locataire de Bercy, pour qui « la crise passera ».",
                &["le locataire de Bercy"][..],
            ),
            (
                "Le maire a présenté le projet, selon lequel la place sera piétonne.",
                &[][..],
            ),
            (
                "Le ministre a présenté le plan, selon lequel les impôts baisseront.",
                &[][..],
            ),
        ] {
            assert_eq!(speakers(sentence), want, "{sentence}");
        }
    }

    /// « selon laquelle / lesquelles » that agrees with a noun of words reported owning the
    /// source by « de » (« les informations du journal X selon lesquelles … », « l'annonce du
    /// président, Y, selon laquelle … ») is what the report says, the background of the
    /// sentence: no claim of the source (README, session 9). Agreeing with the source (« du
    /// journal X, selon lequel … »), it is the source's own claim.
    #[test]
    fn what_a_report_says_is_no_claim_of_its_source() {
        for (sentence, want) in [
            (
                "Le ministère a démenti les informations du journal Le Matin selon lesquelles la ligne fermera.",
                &["Le ministère"][..],
            ),
            (
                "La mairie a contesté mardi les rumeurs persistantes du quotidien Ouest-Matin, selon lesquelles le pont sera détruit.",
                &["La mairie"][..],
            ),
            (
                "Le club a assuré que le match aurait lieu, malgré l'annonce du préfet selon laquelle le stade resterait fermé.",
                &["Le club"][..],
            ),
            (
                "Le syndicat conteste les déclarations du directeur, Paul Morel, selon lesquelles l'usine serait rentable.",
                &["Le syndicat"][..],
            ),
            (
                "Après l'annonce du président du club, Marc Léon, selon laquelle l'entraîneur partira, les supporters ont manifesté.",
                &[][..],
            ),
            (
                "La porte-parole répondait à une question sur la déclaration du maire Jean Dubois selon laquelle la piscine fermera.",
                &[][..],
            ),
        ] {
            assert_eq!(speakers(sentence), want, "{sentence}");
        }
        for (sentence, want) in [
            (
                "Le ministère a démenti les informations du journal Le Matin, selon lequel la ligne fermera.",
                &["Le ministère", "le journal Le Matin"][..],
            ),
            (
                "La mairie a contesté mardi les rumeurs du quotidien Ouest-Matin, selon lequel le pont sera détruit.",
                &["La mairie", "le quotidien Ouest-Matin"][..],
            ),
        ] {
            assert_eq!(speakers(sentence), want, "{sentence}");
        }
    }

    /// « X, cité(s) par Y, … »: X speaks, whatever the verb (known to the lexicon or not);
    /// the citing medium is not taken for X. With a verb of speech the medium relays what X
    /// says, a statement of its own (README, session 14); with none it has no row.
    #[test]
    fn the_one_cited_speaks_not_the_medium() {
        for (sentence, speakers_wanted) in [
            (
                "Des responsables, cités par l'agence Reuters, évoquent un accord.",
                &["Des responsables", "l'agence Reuters"][..],
            ),
            (
                "Le ministre, cité par Le Figaro, envisage une réforme.",
                &["Le ministre"],
            ),
            (
                "Plusieurs témoins, cités par la radio locale, racontent une scène de panique.",
                &["Plusieurs témoins", "la radio locale"],
            ),
        ] {
            assert_eq!(speakers(sentence), speakers_wanted, "{sentence}");
        }
    }

    /// A colon gives someone's words with no verb: a noun of what is said and whose (several
    /// nouns, with or without a determiner, « chez », « du côté de »), a subject and its
    /// medium, a subject sure of what follows (quoted or not, « lui » or « en » between).
    #[test]
    fn a_colon_gives_words_without_a_verb() {
        for (sentence, speaker, kind) in [
            (
                "Réaction de la présidente du club : « C'est une honte. »",
                "la présidente du club",
                ClaimKind::Statement,
            ),
            (
                "La réponse du gouvernement ne s'est pas fait attendre : « Ces accusations sont fausses. »",
                "le gouvernement",
                ClaimKind::Statement,
            ),
            (
                "Le bilan de l'entraîneur était mitigé : « On a bien joué une mi-temps. »",
                "l'entraîneur",
                ClaimKind::Statement,
            ),
            (
                "Même son de cloche chez les commerçants : « On ne vend plus rien. »",
                "les commerçants",
                ClaimKind::Statement,
            ),
            (
                "Nouvel appel du maire : « Restez chez vous ce soir. »",
                "le maire",
                ClaimKind::Call,
            ),
            (
                "Le syndicat dans un communiqué : « La direction ment. »",
                "Le syndicat",
                ClaimKind::Statement,
            ),
            (
                "La préfecture, dans un tweet : « Les routes restent fermées. »",
                "La préfecture",
                ClaimKind::Statement,
            ),
            (
                "Le médecin est formel : il n'y a aucun risque pour les enfants.",
                "Le médecin",
                ClaimKind::Statement,
            ),
            (
                "Le président, lui, est catégorique : il n'y aura pas de référendum.",
                "Le président",
                ClaimKind::Statement,
            ),
            (
                "Le maire en est convaincu : la ville va renaître.",
                "Le maire",
                ClaimKind::Statement,
            ),
            (
                "Les chercheurs se disent sûrs : « Le glacier aura fondu en 2050. »",
                "Les chercheurs",
                ClaimKind::Statement,
            ),
        ] {
            assert_eq!(claims(sentence), [(speaker.to_string(), kind)], "{sentence}");
        }
        for sentence in [
            "Le bilan de l'accident : trois morts et dix blessés.",
            "Réaction en chaîne : les prix montent partout.",
            "La réponse est simple : il faut investir.",
            "Le ciel est clair : aucune pluie n'est prévue.",
            "Le programme dans un communiqué de deux pages : rien de neuf.",
            "Le maire est sûr de lui.",
            "La position du navire : au large de Brest.",
        ] {
            assert!(speakers(sentence).is_empty(), "{sentence}");
        }
    }

    /// « selon notre source », « d'après nos sources »: the paper's own source speaks (an
    /// anonymous one, in the article's words); the paper's own findings are the outlet's
    /// claim (« selon nos informations », « d'après nos calculs »: a medium, in the article's
    /// words, as the gold of two blind sets writes it); another's findings stay unresolved.
    #[test]
    fn the_paper_s_own_source_is_a_source() {
        use crate::model::SpeakerKind;
        for (sentence, words) in [
            (
                "Selon notre source, la route sera fermée lundi.",
                "notre source",
            ),
            (
                "La route sera fermée lundi, d'après nos sources.",
                "nos sources",
            ),
        ] {
            let got = find_claims(&one_paragraph(&[sentence]));
            assert_eq!(got.len(), 1, "{sentence}");
            assert_eq!(got[0].speaker, words, "{sentence}");
            assert_eq!(got[0].speaker_kind, SpeakerKind::Anonymous, "{sentence}");
        }
        for (sentence, words) in [
            (
                "Selon nos informations, la route sera fermée lundi.",
                "nos informations",
            ),
            (
                "D'après nos calculs, la facture dépasse le million.",
                "nos calculs",
            ),
            (
                "Le suspect aurait été relâché hier, selon nos informations.",
                "nos informations",
            ),
            (
                "Selon notre enquête, le chantier a pris deux ans de retard.",
                "notre enquête",
            ),
        ] {
            let got = find_claims(&one_paragraph(&[sentence]));
            assert_eq!(got.len(), 1, "{sentence}");
            assert_eq!(got[0].speaker, words, "{sentence}");
            assert_eq!(got[0].speaker_kind, SpeakerKind::Media, "{sentence}");
        }
        // Must not: someone else's findings (unresolved), nor « nos » as a plain possessive
        // with no source named (« nos élus »).
        let theirs = find_claims(&one_paragraph(&[
            "Selon leurs informations, la route sera fermée.",
        ]));
        assert_eq!(theirs[0].speaker_kind, SpeakerKind::Unattributed);
        assert!(speakers("Nos élus sont partis, selon la tradition.").is_empty());
    }

    /// « selon » a possessive's document (« d'après ses calculs », « selon leur rapport
    /// annuel », « selon nos informations »): whose it is goes unsaid, so the claim is shown
    /// unresolved in the article's words, never as a body; right after a word, with no comma,
    /// it says how (« classés selon leurs résultats »). A possessive's person stays named.
    #[test]
    fn a_possessive_s_document_is_shown_unresolved() {
        use crate::model::SpeakerKind;
        for (sentence, words) in [
            (
                "D'après ses calculs, le réalisateur a tourné huit films.",
                "ses calculs",
            ),
            (
                "Selon leur rapport annuel, les ventes ont chuté de 10 %.",
                "leur rapport annuel",
            ),
            (
                "Le chantier a pris un an de retard, selon son dernier bilan.",
                "son dernier bilan",
            ),
        ] {
            let got = find_claims(&one_paragraph(&[sentence]));
            assert_eq!(got.len(), 1, "{sentence}");
            assert_eq!(got[0].speaker, words, "{sentence}");
            assert_eq!(got[0].speaker_kind, SpeakerKind::Unattributed, "{sentence}");
        }
        for sentence in [
            "Les élèves sont classés selon leurs résultats.",
            "Les primes sont versées selon leurs calculs.",
        ] {
            assert!(speakers(sentence).is_empty(), "{sentence}");
        }
        for (sentence, speaker) in [
            ("Selon son avocat, le suspect est innocent.", "son avocat"),
            (
                "D'après ses proches, il ne se représentera pas.",
                "ses proches",
            ),
            (
                "Selon le rapport annuel de l'Insee, les prix ont augmenté.",
                "le rapport annuel de l'Insee",
            ),
        ] {
            assert_eq!(speakers(sentence), [speaker], "{sentence}");
        }
    }

    #[test]
    fn pour_gives_the_view_of_a_named_person_or_a_collective() {
        let cases = [
            (
                "Pour Jérémie Zimmermann, « ce vote est une victoire ».",
                "Jérémie Zimmermann",
            ),
            (
                "Pour B. Obama, les Américains « ne gagneront pas ».",
                "B. Obama",
            ),
            (
                "Pour le collectif de défense des patients, il s'agit d'un recul.",
                "le collectif de défense des patients",
            ),
            (
                "Pour la principale association de consommateurs, la hausse est injustifiée.",
                "la principale association de consommateurs",
            ),
        ];
        for (sentence, speaker) in cases {
            assert_eq!(speakers(sentence), [speaker], "{sentence}");
        }
    }

    /// « pour X » between commas, before a clause, gives X's view wherever it stands (a
    /// role, a body, a stressed pronoun); before an object or after a verb that wants one,
    /// or with no one named, it gives nothing.
    #[test]
    fn pour_between_commas_gives_a_view() {
        for (sentence, speaker) in [
            (
                "La réforme, pour le ministre, est nécessaire.",
                "le ministre",
            ),
            (
                "Le budget est voté et, pour l'opposition, c'est une erreur.",
                "l'opposition",
            ),
            (
                "Les prix montent encore, pour les syndicats, la hausse est intenable.",
                "les syndicats",
            ),
        ] {
            assert_eq!(speakers(sentence), [speaker], "{sentence}");
        }
        // (A stressed pronoun is a claim too, its speaker resolved or shown unresolved.)
        assert_eq!(
            speakers("Qu'ils travaillent ici ou ailleurs, pour eux, le résultat est le même.")
                .len(),
            1
        );
        for sentence in [
            "Il a voté, pour sa part, contre le texte.",
            "Le club a signé, pour le gardien, un contrat de trois ans.",
            "Le stade a ouvert, pour la première fois, ses portes au public.",
            "Les travaux dureront, pour le moment, jusqu'en mai.",
        ] {
            assert!(speakers(sentence).is_empty(), "{sentence}");
        }
    }

    /// An account someone gives (« la thèse », « l'hypothèse », « les assertions », « les
    /// allégations » of X) credits X, as « les déclarations de X » do; « et de Y » after it is
    /// a second source of the same words, unless it completes one name (« du ministre de
    /// l'Économie et des Finances », « de la Chambre de commerce et d'industrie »).
    #[test]
    fn an_account_given_credits_its_sources() {
        for (sentence, want) in [
            (
                "Il a, selon la thèse des policiers et de plusieurs témoins, refusé d'obtempérer.",
                &["les policiers", "plusieurs témoins"][..],
            ),
            ("Selon la thèse du parquet, le prévenu a agi seul.", &["le parquet"][..]),
            (
                "D'après l'hypothèse des enquêteurs, l'incendie est accidentel.",
                &["les enquêteurs"][..],
            ),
            (
                "Selon les assertions du ministre, le budget est tenu.",
                &["le ministre"][..],
            ),
            (
                "Selon les déclarations du maire et de son adjoint, la salle sera fermée.",
                &["le maire", "son adjoint"][..],
            ),
            (
                "Selon les déclarations du ministre de l'Économie et des Finances, le budget est tenu.",
                &["le ministre de l'Économie et des Finances"][..],
            ),
            (
                "Selon les déclarations du président de la Chambre de commerce et d'industrie, les ventes reculent.",
                &["le président de la Chambre de commerce et d'industrie"][..],
            ),
        ] {
            assert_eq!(speakers(sentence), want, "{sentence}");
        }
        assert!(speakers("Les résultats varient selon l'hypothèse retenue.").is_empty());
    }

    /// « Pour X, » names its holder however the press describes it: a participle and its
    /// complement (« dirigé par », « basée à », « représentant »), a gloss in brackets after an
    /// acronym, a plural of bodies (« les services de … ») or a lone surname before a judgement.
    /// Must not: a feast, a town whose season ends, an event (« l'organisation prévue en mai »),
    /// bodies for whom something is done.
    #[test]
    fn pour_names_a_described_holder_or_a_lone_surname() {
        for (sentence, speaker) in [
            (
                "Pour le ministère dirigé par Jean Kabila, ces rumeurs sont « sans fondement ».",
                "le ministère dirigé par Jean Kabila",
            ),
            (
                "Pour l'ONG basée à Genève, la répression reste systématique.",
                "l'ONG basée à Genève",
            ),
            (
                "Pour l'organisation représentant les éleveurs, c'est un recul.",
                "l'organisation représentant les éleveurs",
            ),
            (
                "Pour l'OCDE (Organisation de coopération et de développement économiques), la reprise reste fragile.",
                "l'OCDE",
            ),
            (
                "Pour les services de la préfecture, la situation reste préoccupante.",
                "les services de la préfecture",
            ),
            (
                "Pour Dupuis, il se peut que le scrutin soit reporté.",
                "Dupuis",
            ),
            (
                "Mais pour Legrand, la réforme est « injuste ».",
                "Legrand",
            ),
            (
                "Pour Moreau, il faut revoir toute la copie.",
                "Moreau",
            ),
        ] {
            assert_eq!(speakers(sentence), [speaker], "{sentence}");
        }
        for sentence in [
            "Pour Noël, c'est la fête au village.",
            "Pour Lyon, la saison est terminée.",
            "Pour Rome, la route sera longue.",
            "Pour l'organisation prévue en mai, c'est un défi logistique.",
            "Pour les services concernés, une prime sera versée.",
            "Pour Dupuis, une statue sera inaugurée lundi.",
            // What something is for a player, a town, a firm or an event: no view.
            "Pour Djokovic, c'est un 25e titre du Grand Chelem.",
            "Pour Pogacar, il s'agit de la troisième victoire sur le Tour.",
            "Pour Marseille, la défaite est cruelle.",
            "Pour Airbus, c'est une commande historique.",
            "Pour Wimbledon, c'est la dernière ligne droite.",
            "Pour Bayrou, la marge de manœuvre est étroite.",
        ] {
            assert!(speakers(sentence).is_empty(), "{sentence}");
        }
    }

    /// Review B1: a role noun in -é / -ant with its complement after « Pour » (« le député de
    /// la Somme », « le représentant des salariés ») is the holder's head, not a participle
    /// describing a bare determiner: the holder keeps its kind. Must not lose: a participle
    /// after the head still describes it (« le syndicat représentant les cadres »).
    #[test]
    fn pour_a_role_noun_in_e_or_ant_keeps_its_kind() {
        use crate::model::SpeakerKind::{Organization, Role};
        for (sentence, speaker, kind) in [
            (
                "Pour le député de la Somme, c'est une erreur.",
                "le député de la Somme",
                Role,
            ),
            (
                "Pour le représentant des salariés, la direction ment.",
                "le représentant des salariés",
                Role,
            ),
            (
                "Pour le gérant du restaurant, la fermeture est injuste.",
                "le gérant du restaurant",
                Role,
            ),
            (
                "Pour le commandant de la brigade, la situation reste tendue.",
                "le commandant de la brigade",
                Role,
            ),
            (
                "Pour la déléguée syndicale de l'usine, les salaires doivent augmenter.",
                "la déléguée syndicale de l'usine",
                Role,
            ),
            (
                "Pour les délégués du personnel, le plan est inacceptable.",
                "les délégués du personnel",
                Role,
            ),
            (
                "Pour le lieutenant de gendarmerie, l'enquête avance.",
                "le lieutenant de gendarmerie",
                Role,
            ),
            (
                "Pour le syndicat représentant les cadres, la réforme est injuste.",
                "le syndicat représentant les cadres",
                Organization,
            ),
            // (Review 3 B50: an adjective of the role's time or a rank before the head.)
            (
                "Pour l'ancien ministre, c'est une erreur.",
                "l'ancien ministre",
                Role,
            ),
            (
                "Pour le nouveau maire de Lyon, la rocade est inutile.",
                "le nouveau maire de Lyon",
                Role,
            ),
            (
                "Pour la nouvelle présidente de la région, le budget est sincère.",
                "la nouvelle présidente de la région",
                Role,
            ),
            (
                "Pour l'ancien délégué du personnel, le plan est inacceptable.",
                "l'ancien délégué du personnel",
                Role,
            ),
            (
                "Pour l'ex-ministre, c'est une erreur.",
                "l'ex-ministre",
                Role,
            ),
        ] {
            assert_eq!(
                last_sentence_rows(&[sentence]),
                [(speaker.to_string(), kind)],
                "{sentence}"
            );
        }
    }

    #[test]
    fn pour_before_an_institution_s_name_gives_its_view() {
        assert_eq!(
            speakers("Pour la Maison Blanche, il s'agit d'une « escalade inacceptable »."),
            ["la Maison Blanche"]
        );
        assert_eq!(
            speakers("Pour le Kremlin, ces sanctions sont illégales."),
            ["le Kremlin"]
        );
    }

    #[test]
    fn pour_before_a_place_a_time_or_a_lone_name_gives_no_view() {
        for sentence in [
            "Pour la France, la facture s'élève à deux milliards.",
            "Pour New York, la facture s'élève à deux milliards.",
            "Pour la première fois, le club gagne à l'extérieur.",
            "Pour Noël, la ville installe des décorations.",
            "Pour la grande majorité des élèves, la rentrée a lieu lundi.",
            "Pour la dernière saison, le club change d'entraîneur.",
            "Pour le nouveau stade, la ville a voté un budget.",
            "Pour le premier, c'est une victoire.",
        ] {
            assert!(speakers(sentence).is_empty(), "{sentence}");
        }
    }

    /// « Pour » + a share of people (« beaucoup », « certains », « de nombreux X », « la
    /// plupart des X ») gives their view whatever follows; a definite plural of people
    /// (« Pour les grévistes, ») only with a judgement after the comma (a quotation, « c'est »,
    /// « aucun doute », a copula and its attribute). Must not: a thing or a count after the
    /// quantifier, and for whom something is provided, fixed or counted.
    #[test]
    fn pour_gives_the_view_of_a_share_of_people_or_of_people_who_judge() {
        for (sentence, speaker) in [
            ("Pour beaucoup, c'est la fin d'une époque.", "beaucoup"),
            ("Pour certains, la fête est déjà finie.", "certains"),
            (
                "Mais pour de nombreux commerçants, l'hiver sera long.",
                "de nombreux commerçants",
            ),
            (
                "Pour la plupart des riverains, le bruit reste insupportable.",
                "la plupart des riverains",
            ),
            (
                "Pour les grévistes, la proposition est « insultante ».",
                "les grévistes",
            ),
            (
                "Pour les agriculteurs, aucun doute : la sécheresse est en cause.",
                "les agriculteurs",
            ),
            ("Pour les salariés, ce n'est qu'un début.", "les salariés"),
            (
                "Pour les riverains, le chantier devient franchement insupportable.",
                "les riverains",
            ),
        ] {
            assert_eq!(speakers(sentence), [speaker], "{sentence}");
        }
        for sentence in [
            "Pour les habitants, une navette gratuite sera mise en place lundi.",
            "Pour les salariés, la prime est de 200 euros.",
            "Pour les usagers, les tarifs restent inchangés en 2025.",
            "Pour les locataires, les charges sont en hausse.",
            "Pour les élèves, la rentrée est fixée au 2 septembre.",
            "Pour les personnes âgées, la mairie organise un repas.",
            "Pour certains produits, les prix ont doublé.",
            "Pour plusieurs raisons, le match est reporté.",
            "Pour deux habitants, la situation est critique.",
        ] {
            assert!(speakers(sentence).is_empty(), "{sentence}");
        }
    }

    /// A quotation then « pour » + someone whose view it is, closing the clause, in a clause
    /// with no verb outside the quotation: a quoted clause or bare quoted words are that
    /// view. Must not: a quoted noun with its article (« un « coup dur » pour le club »: what
    /// befell them), a quotation after a verb of its own speaker (« a évoqué un « enjeu » pour
    /// la France »), people for whom something is (« pour les commerçants »).
    #[test]
    fn a_quotation_credited_by_pour_after_it() {
        for (sentence, speaker) in [
            (
                "« La réforme est un recul » pour Jeanne Roux.",
                "Jeanne Roux",
            ),
            (
                "Trop timide, « Prudent et réaliste » pour la majorité, le plan sera voté jeudi.",
                "la majorité",
            ),
            (
                "« Il faut tout reprendre » pour le syndicat, qui réclame une table ronde.",
                "le syndicat",
            ),
            ("« Inacceptable » pour le maire.", "le maire"),
        ] {
            assert_eq!(speakers(sentence), [speaker], "{sentence}");
        }
        for sentence in [
            "Un « coup dur » pour le club.",
            "« Une victoire » pour le maire.",
            "Une « bouffée d'oxygène » pour les commerçants.",
            "Un « cadeau » pour le maire, qui fête ses 60 ans.",
        ] {
            assert!(speakers(sentence).is_empty(), "{sentence}");
        }
        assert_eq!(
            speakers("Le ministre a évoqué un « enjeu de souveraineté » pour la France."),
            ["Le ministre"]
        );
    }

    /// Verbs that report speech in trials and debates (prétendre, alléguer, objecter) and
    /// stances on figures (relativiser, minimiser); a participle used as an adjective and a
    /// plain object of « objecter » report nothing.
    #[test]
    fn verbs_of_claiming_and_downplaying() {
        let cases = [
            (
                "L'accusé prétend qu'il était chez lui ce soir-là.",
                "L'accusé",
            ),
            (
                "Le ministre a objecté que le budget ne le permettait pas.",
                "Le ministre",
            ),
            (
                "La défense allègue que les preuves ont été obtenues illégalement.",
                "La défense",
            ),
            (
                "Le gouvernement a relativisé la portée de ces chiffres.",
                "Le gouvernement",
            ),
        ];
        for (sentence, speaker) in cases {
            assert_eq!(speakers(sentence), [speaker], "{sentence}");
        }
        assert!(speakers("Le prétendu complot n'a jamais existé.").is_empty());
        // Incises of the press (« a grincé », « a pesté », « a tancé ») and verbs that take
        // what they report after them (« maintient que », « propose de »).
        for (sentence, speaker) in [
            ("« C'est du vol », a grincé le maire.", "le maire"),
            ("« Quelle honte », a pesté la députée.", "la députée"),
            (
                "Le ministre maintient que la réforme passera.",
                "Le ministre",
            ),
            ("La maire propose de fermer la rue le dimanche.", "La maire"),
            (
                "« Les prix vont baisser », a pronostiqué l'économiste.",
                "l'économiste",
            ),
        ] {
            assert_eq!(speakers(sentence), [speaker], "{sentence}");
        }
        // « propose un plan », « maintient le cap »: an object, no claim.
        assert!(speakers("Le ministre maintient le cap.").is_empty());
        assert!(speakers("Le club propose un abonnement.").is_empty());
        assert!(speakers("Il a objecté un tarif trop élevé.").is_empty());
    }

    #[test]
    fn selon_a_report_or_conclusions_names_a_source() {
        assert_eq!(
            speakers("Le dirigeant serait mort empoisonné, selon un reportage."),
            ["un reportage"]
        );
        assert_eq!(
            speakers("Selon les conclusions des experts, le pont était fragile."),
            ["les conclusions des experts"]
        );
    }

    /// The (speaker, kind) of the claims of the article's last sentence.
    fn last_sentence_rows(article: &[&str]) -> Vec<(String, crate::model::SpeakerKind)> {
        let last = article.last().copied().unwrap_or_default();
        find_claims(&one_paragraph(article))
            .into_iter()
            .filter(|c| c.fr == last)
            .map(|c| (c.speaker, c.speaker_kind))
            .collect()
    }

    #[test]
    fn a_pointer_back_after_selon_is_the_one_named_before() {
        // Must: « selon ce dernier », « d'après cette dernière », « selon l'intéressé »,
        // « à en croire cette dernière », opening, between commas or closing the sentence, name the
        // last one of their gender named before, as « selon lui » does.
        for (article, name) in [
            (
                [
                    "Le maire de Lens, Paul Durand, a réagi à la fermeture de l'usine.",
                    "Selon ce dernier, les emplois perdus vont peser sur la région.",
                ],
                "Paul Durand",
            ),
            (
                [
                    "La préfète Anne Morel a visité le chantier lundi.",
                    "Les travaux, d'après cette dernière, seront finis en mai.",
                ],
                "Anne Morel",
            ),
            (
                [
                    "Le juge a longuement entendu Marc Petit mardi.",
                    "Il n'a jamais touché d'argent, selon l'intéressé.",
                ],
                "Marc Petit",
            ),
            (
                [
                    "La députée Claire Roux a interpellé le gouvernement.",
                    "À en croire cette dernière, le budget sera voté en retard.",
                ],
                "Claire Roux",
            ),
            (
                [
                    "Le syndicat a reçu Karim Benali, délégué du personnel.",
                    "D'après ce dernier, la direction prépare des licenciements.",
                ],
                "Karim Benali",
            ),
        ] {
            let rows = last_sentence_rows(&article);
            assert_eq!(rows.len(), 1, "{article:?}: {rows:?}");
            assert_eq!(rows[0].0, name, "{article:?}");
        }
    }

    #[test]
    fn a_pointer_before_a_noun_or_of_the_other_gender_is_not_the_person() {
        // Must not: « ce dernier sondage », « cette dernière étude » are a document, not the
        // person named before; « ce dernier point » names no source; a pointer with no one
        // of its gender before names no one of the other.
        for (article, not) in [
            (
                [
                    "Le maire Paul Durand a commandé un sondage.",
                    "Selon ce dernier sondage, la majorité des habitants veut un parc.",
                ],
                "Paul Durand",
            ),
            // « selon celui-ci », « d'après celle-ci » after a document: the document, not the
            // person named before it.
            (
                [
                    "Le ministre Paul Durand a commandé un rapport sur le logement.",
                    "Selon celui-ci, les loyers ont augmenté de 12 % en deux ans.",
                ],
                "Paul Durand",
            ),
            (
                [
                    "La ministre Anne Morel a reçu mardi la dernière étude de l'Insee.",
                    "D'après celle-ci, le chômage a baissé.",
                ],
                "Anne Morel",
            ),
            (
                [
                    "La ministre Anne Morel a présenté une étude.",
                    "D'après cette dernière étude, les loyers ont augmenté.",
                ],
                "Anne Morel",
            ),
            (
                [
                    "Le préfet Marc Petit a fixé le calendrier.",
                    "Selon ce dernier point, les délais seront tenus.",
                ],
                "Marc Petit",
            ),
            (
                [
                    "Le ministre Paul Durand a parlé lundi.",
                    "Selon cette dernière, le site restera ouvert.",
                ],
                "Paul Durand",
            ),
            (
                [
                    "La ministre Anne Morel a parlé lundi.",
                    "Selon ce dernier, le site restera ouvert.",
                ],
                "Anne Morel",
            ),
        ] {
            let rows = last_sentence_rows(&article);
            assert!(
                rows.iter().all(|(who, _)| who != not),
                "{article:?}: {rows:?}"
            );
        }
    }
}
