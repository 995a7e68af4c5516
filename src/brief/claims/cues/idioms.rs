//! Reporting idioms whose frame tells speech from another sense of the same words: « a pris
//! clairement position dans le conflit » (not troops taking up position in a village), « s'est
//! prononcé sur la réforme » (not a court's ruling nor a vote to come), « a donné raison aux
//! riverains » (not « les faits lui ont donné raison »), « se vante que » (a speaking subject,
//! not « le village se vante d'un château »), « a plaidé non coupable » (not a plea to come),
//! « a livré des précisions » (not « n'a pas donné plus de précisions »).

use super::super::tokens::{is_quote_mark, Tok};
use super::{
    clause_start, follows, is_aux, is_source_word, relative_antecedent, someone_as_subject,
    subject_can_show, subject_words, unsaid,
};
use crate::brief::lexicon;

/// Adverbs that make « prendre position » a stance taken in words (« a pris clairement
/// position dans le débat »).
const SPOKEN_STANCE_ADVERBS: &[&str] = &[
    "clairement",
    "publiquement",
    "ouvertement",
    "officiellement",
    "fermement",
    "nettement",
    "résolument",
    "franchement",
    "explicitement",
    "fortement",
];

/// What a stance is taken in or on (« dans le conflit », « sur la réforme »), as opposed to a
/// place (« dans le village », « sur la colline »).
const DEBATES: &[&str] = &[
    "débat",
    "débats",
    "conflit",
    "conflits",
    "dossier",
    "dossiers",
    "polémique",
    "affaire",
    "controverse",
    "question",
    "questions",
    "sujet",
    "crise",
    "querelle",
    "différend",
    "bras",
    "réforme",
    "projet",
    "texte",
    "proposition",
    "loi",
    "mesure",
    "mesures",
    "décision",
    "guerre",
    "grève",
    "référendum",
    "candidature",
];

/// Bodies that rule or vote: « La Cour s'est prononcée sur le recours » (a ruling), « Les
/// électeurs se prononceront sur le texte » (a vote), « Le tribunal a donné raison au
/// plaignant » (a judgement), no claim of theirs.
pub(super) const RULING_BODIES: &[&str] = &[
    "cour",
    "tribunal",
    "tribunaux",
    "juge",
    "juges",
    "juridiction",
    "magistrats",
    "justice",
    "conseil",
    "assemblée",
    "parlement",
    "sénat",
    "électeurs",
    "électrices",
    "votants",
    "citoyens",
    "jury",
    "arbitre",
];

/// The voters among [`RULING_BODIES`]: they vote (« se prononceront sur le texte »), but
/// side with someone in words as anyone does (« les citoyens leur donnent raison »).
const VOTERS: &[&str] = &["électeurs", "électrices", "votants", "citoyens"];

/// Whether « prendre » at `at - 1` takes a stance ([`lexicon::TAKING_A_STANCE`]'s words
/// follow): « position dans / sur » only with an adverb of speech before « position » or a
/// debate after it (« a pris clairement position dans le conflit », « a pris position sur la
/// réforme »; not « ont pris position dans le village »).
pub(super) fn takes_a_stance(toks: &[Tok], at: usize) -> bool {
    let Some(end) = lexicon::TAKING_A_STANCE
        .needs_next
        .and_then(|phrases| follows(toks, at, phrases))
    else {
        return false;
    };
    if !matches!(toks[end].low.as_str(), "dans" | "sur") {
        return true;
    }
    let spoken = toks[at..end]
        .iter()
        .any(|t| SPOKEN_STANCE_ADVERBS.contains(&t.low.as_str()));
    spoken || names_a_debate(toks, end + 1)
}

/// Whether a debate (see [`DEBATES`]) is named at `at`, after a determiner and at most one
/// adjective (« le conflit », « ce vaste débat », « la réforme »).
fn names_a_debate(toks: &[Tok], at: usize) -> bool {
    let Some(det) = toks.get(at) else {
        return false;
    };
    if !lexicon::DETERMINERS.contains(&det.low.as_str()) {
        return false;
    }
    toks[at + 1..]
        .iter()
        .take(2)
        .take_while(|t| t.word && !t.quoted)
        .any(|t| DEBATES.contains(&t.low.as_str()))
}

/// Whether the idiom of `lemma` at verb `i` (group from `start`, form `form`) says nothing
/// someone said: a ruling or a vote, a subject that cannot speak, what is still to be said, or
/// details refused.
pub(super) fn says_nothing(lemma: &str, toks: &[Tok], i: usize, start: usize, form: &str) -> bool {
    let after = |phrases: &[&str]| follows(toks, i + 1, phrases).is_some();
    let ruling_body = || subject_words(toks, start).any(|w| RULING_BODIES.contains(&w));
    let to_come = form.ends_with("ra") || form.ends_with("ront") || form.ends_with("er");
    let negated = toks[start..i]
        .iter()
        .any(|t| matches!(t.low.as_str(), "ne" | "n'"));
    match lemma {
        // « s'est prononcé sur le référendum » alone says nothing (issue 18 convention, session
        // 12: a speech verb with no content makes no claim); « s'est prononcé sur le référendum
        // en faveur du oui », « … sur la crise, estimant que … » or a quotation do.
        "se prononcer" if after(&["sur"]) => to_come || ruling_body() || !view_follows(toks, i + 1),
        // « a donné raison aux riverains »: a person or a body siding with someone.
        // (Voters side with someone as anyone does: « les citoyens leur donnent raison ».)
        "donner" if after(&["raison", "tort"]) => {
            subject_words(toks, start).any(|w| RULING_BODIES.contains(&w) && !VOTERS.contains(&w))
                || !subject_can_show(toks, start) && !before_a_quotation(toks, start)
        }
        // « a rendu hommage aux victimes »: praise given by someone, not by a crowd (« des
        // milliers de personnes ont rendu hommage à la victime »).
        // (« a rendu hommage aux salariés et affirmé que … »: the second verb says what.)
        "rendre hommage" => !someone_as_subject(toks, start) || another_verb_joined(toks, i),
        // « aurait évoqué vendredi la menace terroriste. »: a topic mentioned, nothing said
        // of it (session 12 convention).
        // (Not in an incise, whose subject comes after it: « « … », a évoqué le ministre »,
        // « La piste criminelle est écartée, évoque le maire ». An incise closes what was said
        // before it: with no quotation and no verb before the comma, « Le porte-parole, X,
        // ministre de …, a évoqué la condamnation des soldats » is the subject's topic.)
        "évoquer" => {
            let after_quote =
                start > 0 && (toks[start - 1].quoted || is_quote_mark(&toks[start - 1]));
            let said_before = toks[..start]
                .iter()
                .any(|t| t.quoted || is_quote_mark(t) || super::super::speaker::is_finite_verb(t));
            let incise = super::closes_as_incise(toks, start, i) && said_before;
            !after_quote && !incise && unsaid::topic_only(toks, super::past_adjuncts(toks, i + 1))
        }
        // « se vante que », « se targue d'avoir »: someone boasting.
        "se vanter" | "se targuer" => !subject_can_show(toks, start),
        // « plaideront non coupable »: a plea to come; « s'il plaide coupable », « plaide
        // coupable ou non »: a plea supposed or asked about, none made.
        "plaider" if !after(&["pour", "en"]) => {
            to_come
                || in_an_if_clause(toks, start)
                || toks[i + 1..].iter().take(3).any(|t| t.low == "ou")
        }
        // « Ce film promet un grand moment », « sa présence rassure les enfants »: a thing
        // promises or reassures, nobody speaks.
        "promettre" | "rassurer" => {
            !head_can_speak(toks, start) && !before_a_quotation(toks, start)
                || lemma == "rassurer"
                    && (!super::closes_as_incise(toks, start, i)
                        || super::after_apposition(toks, start))
                    && reassures_without_words(toks, i)
        }
        // « Le ministre se veut rassurant. »: a reassuring air, nothing said (as « rassurer »).
        "se vouloir" | "montrer" => {
            !super::closes_as_incise(toks, start, i) && reassuring_air_without_words(toks, i)
        }
        // « n'a pas livré plus de précisions »: nothing said; « apporte des précisions sur
        // l'accident. » names details it does not give (session 12 convention).
        "livrer" | "donner" | "apporter un démenti" if after(lexicon::DETAILS_GIVEN) => {
            negated || !unsaid::words_follow(toks, i + 1)
        }
        // « Et dire qu'il était champion il y a deux ans ! »: the writer exclaims, no one
        // says it (« dire » alone after the « Et » opening the sentence).
        "dire" if form == "dire" && after(&["que", "qu'"]) => toks[..start]
            .iter()
            .filter(|t| t.word)
            .map(|t| t.low.as_str())
            .eq(["et"]),
        // « a donné son avis sur le projet. », « a livré sa version des faits. »: a view named,
        // not given (« son avis favorable », « sa version : « … » » give it).
        "livrer" | "donner" if after(VIEWS_GIVEN) => !view_follows(toks, i + 1),
        _ => false,
    }
}

/// A view « donner » or « livrer » names (see [`says_nothing`]).
const VIEWS_GIVEN: &[&str] = &[
    "son avis",
    "leur avis",
    "sa version",
    "leur version",
    "son point de vue",
    "leur point de vue",
    "son analyse",
    "leur analyse",
    "son sentiment",
    "leur sentiment",
    "ses impressions",
    "leurs impressions",
    "sa vision",
    "leur vision",
    "son diagnostic",
    "sa lecture",
];

/// Whether « apprendre » at `i` is learnt the hard way (« vient d'apprendre à ses dépens le
/// maire »): its subject lived it, nobody told anything. (« dépends » is how the idiom is
/// often misspelt.)
pub(super) fn learnt_the_hard_way(toks: &[Tok], i: usize) -> bool {
    const AT_ONES_COST: &[&str] = &[
        "à ses dépens",
        "à leurs dépens",
        "à nos dépens",
        "à mes dépens",
        "à ses dépends",
        "à leurs dépends",
    ];
    follows(toks, i + 1, AT_ONES_COST).is_some()
}

/// What « parler de » names when it names what something is (« parle d'un scandale »,
/// « d'une erreur », « de trahison »), not a topic (« parle d'une famille »).
const EVALUATIONS: &[&str] = &[
    "scandale",
    "erreur",
    "erreurs",
    "faute",
    "trahison",
    "catastrophe",
    "drame",
    "échec",
    "succès",
    "réussite",
    "victoire",
    "défaite",
    "provocation",
    "provocations",
    "mascarade",
    "fiasco",
    "gâchis",
    "injustice",
    "honte",
    "mensonge",
    "mensonges",
    "complot",
    "manipulation",
    "manipulations",
    "humiliation",
    "trahisons",
    "dérive",
    "dérives",
    "abus",
    "chantage",
    "tricherie",
    "fraude",
    "fraudes",
    "imposture",
    "hold-up",
    "massacre",
    "génocide",
    "crime",
    "crimes",
    "agression",
    "menace",
    "menaces",
    "avancée",
    "progrès",
    "recul",
    "tournant",
    "malentendu",
    "acharnement",
    "déni",
    "mépris",
    "racket",
    "arnaque",
    "sabotage",
];

/// Adjectives after the noun that make « parler de » an evaluation (« d'économies
/// nécessaires », « d'un budget impossible à tenir », « d'un match plein »).
const EVALUATIVE_ADJECTIVES: &[&str] = &[
    "nécessaire",
    "nécessaires",
    "indispensable",
    "indispensables",
    "impossible",
    "impossibles",
    "inacceptable",
    "inacceptables",
    "inadmissible",
    "inadmissibles",
    "intolérable",
    "insupportable",
    "historique",
    "historiques",
    "catastrophique",
    "catastrophiques",
    "dramatique",
    "dramatiques",
    "excellent",
    "excellente",
    "plein",
    "pleine",
    "abouti",
    "aboutie",
    "réussi",
    "réussie",
    "raté",
    "ratée",
    "injuste",
    "injustes",
    "grave",
    "graves",
    "scandaleux",
    "scandaleuse",
    "honteux",
    "honteuse",
    "exceptionnel",
    "exceptionnelle",
    "énorme",
    "incompréhensible",
    "absurde",
    "urgente",
    "urgentes",
    "vitale",
    "vitales",
    "vital",
    "légitime",
    "légitimes",
    "illégale",
    "illégal",
    "illégales",
    "abusive",
    "abusif",
    "abusives",
    "sans précédent",
];

/// Whether « parler » names what something is after « de » at `de` (an indefinite or bare
/// noun phrase, not « du budget », a topic): an evaluation noun (« d'un scandale », « de
/// trahison », « de graves erreurs »), or a noun and an evaluative adjective (« d'économies
/// nécessaires », « d'un budget impossible à tenir »).
pub(super) fn names_an_evaluation(toks: &[Tok], de: usize) -> bool {
    if !matches!(toks[de].low.as_str(), "de" | "d'") {
        return false;
    }
    let mut k = de + 1;
    if toks
        .get(k)
        .is_some_and(|t| matches!(t.low.as_str(), "un" | "une"))
    {
        k += 1;
    }
    // (At most one adjective before the noun: « de graves erreurs », « d'un vrai scandale ».)
    let words: Vec<&Tok> = toks[k..]
        .iter()
        .take(3)
        .take_while(|t| t.word && !t.quoted && !t.upper)
        .collect();
    let noun_at = if words.len() > 1 && EVALUATIONS.contains(&words[1].low.as_str()) {
        1
    } else {
        0
    };
    let Some(noun) = words.get(noun_at) else {
        return false;
    };
    EVALUATIONS.contains(&noun.low.as_str())
        || words
            .get(noun_at + 1)
            .is_some_and(|a| EVALUATIVE_ADJECTIVES.contains(&a.low.as_str()))
}

/// Incidents a speaker says happened when « parler de » names one after an indefinite article
/// (« parle d'une incursion des rebelles », « d'un accident », « d'une attaque »), as opposed to
/// a topic (« d'une famille », « d'un livre »).
pub(super) const INCIDENTS: &[&str] = &[
    "incursion",
    "attaque",
    "attaques",
    "attentat",
    "attentats",
    "accident",
    "explosion",
    "explosions",
    "incendie",
    "suicide",
    "meurtre",
    "assassinat",
    "homicide",
    "enlèvement",
    "enlèvements",
    "fusillade",
    "affrontement",
    "affrontements",
    "embuscade",
    "bavure",
    "infiltration",
    "intrusion",
    "offensive",
    "invasion",
    "incident",
    "incidents",
    "tuerie",
    "émeute",
    "émeutes",
    "mutinerie",
    "cambriolage",
    "effondrement",
    "panne",
    "fuite",
    "bombardement",
    "bombardements",
    "frappe",
    "frappes",
    "évasion",
    "noyade",
    "règlement",
    "acte",
];

/// Counts in words other than a cardinal ([`lexicon::CARDINALS`]) that « parler de » gives as
/// a figure: « de plusieurs victimes », « de centaines de manifestants ».
const VAGUE_COUNTS: &[&str] = &[
    "plusieurs",
    "nombreux",
    "nombreuses",
    "dizaines",
    "centaines",
    "milliers",
];

/// The approximate counts after « un » / « une » (« une vingtaine de », « un millier de »).
const ROUND_COUNTS: &[&str] = &[
    "dizaine",
    "douzaine",
    "quinzaine",
    "vingtaine",
    "trentaine",
    "quarantaine",
    "cinquantaine",
    "soixantaine",
    "centaine",
    "millier",
];

/// Whether `word` is an approximate count after « un » / « une » (« vingtaine », « millier »).
pub(super) fn is_round_count(word: &str) -> bool {
    ROUND_COUNTS.contains(&word)
}

/// Whether `low` is a figure or a word that opens or heads a count (« 300 », « quinze »,
/// « plus », « près », « centaines », « une vingtaine »): « plus de 2 000 emplois », « des
/// centaines de postes ».
pub(super) fn is_count_word(low: &str) -> bool {
    !low.is_empty() && low.chars().all(|c| c.is_ascii_digit())
        || lexicon::CARDINALS.contains(&low)
        || COUNT_OPENERS.contains(&low)
        || is_round_count(low)
}

/// Words that open a count (« de plus en plus de », « plus de », « près de 300 »), besides
/// digits, cardinals and round counts (« une vingtaine »).
const COUNT_OPENERS: &[&str] = &[
    "plus",
    "moins",
    "près",
    "environ",
    "quelque",
    "davantage",
    "plusieurs",
    "dizaines",
    "centaines",
    "milliers",
    "millions",
    "milliards",
];

/// Whether « parler » with its group at `start` reports what happened after « de » at `de`:
/// a subject that can speak (not « le film parle d'une attaque ») and an incident or a count
/// (see [`names_an_incident`]).
pub(super) fn reports_an_incident(toks: &[Tok], start: usize, de: usize) -> bool {
    head_can_speak(toks, start) && names_an_incident(toks, de)
}

/// Whether an incident or a count follows « de » at `de`: an incident after an indefinite
/// article (« d'une incursion », « d'un accident »; see [`INCIDENTS`]), or a count of people or
/// things (« de 20 morts », « d'une vingtaine de rebelles tués », « de plus de cent blessés »).
/// Not a topic (« de la pluie », « d'une famille », « de lui »), nor a year (« de 2024 comme
/// d'une année charnière »).
fn names_an_incident(toks: &[Tok], de: usize) -> bool {
    matches!(toks[de].low.as_str(), "de" | "d'") && counted_or_incident(toks, de + 1)
}

/// Whether a reporting verb of fact with its group at `start` reports a toll at `at`
/// (« indiquent la mort de cinq personnes », « relève 8 blessés », « signale un incendie »):
/// a subject that can speak (not « le panneau indique 8 kilomètres »), then an article and a
/// casualty (« la mort », « le décès », « l'arrestation »), an incident after « un » / « une »,
/// or a count (see [`counted_or_incident`]) of casualties (« trois blessés », « une vingtaine
/// de morts »; not « trois médailles », « 40 degrés »).
pub(super) fn reports_a_toll(toks: &[Tok], start: usize, at: usize) -> bool {
    let word = |k: usize| {
        toks.get(k)
            .filter(|t| t.word && !t.quoted)
            .map(|t| t.low.as_str())
    };
    let named = match (word(at), word(at + 1)) {
        (Some("la" | "le" | "l'" | "les"), Some(noun)) => CASUALTIES.contains(&noun),
        (Some("un" | "une"), Some(noun)) => CASUALTIES.contains(&noun) || INCIDENTS.contains(&noun),
        _ => false,
    };
    // (The counted noun within the count's few words: « 8 blessés », « plus de vingt morts ».)
    let counted = counted_or_incident(toks, at)
        && toks[at..]
            .iter()
            .take(6)
            .take_while(|t| t.word && !t.quoted)
            .any(|t| CASUALTIES.contains(&t.low.as_str()) || INCIDENTS.contains(&t.low.as_str()));
    head_can_speak(toks, start) && (named || counted)
}

/// What a toll reports: deaths, injuries, disappearances, arrests, cases.
const CASUALTIES: &[&str] = &[
    "mort",
    "morts",
    "décès",
    "blessé",
    "blessés",
    "blessées",
    "tués",
    "victimes",
    "disparus",
    "disparition",
    "disparitions",
    "arrestation",
    "arrestations",
    "interpellation",
    "interpellations",
    "personnes",
    "cas",
    "otages",
];

/// Whether a count of people or things or an incident opens at `at` (see
/// [`names_an_incident`]).
fn counted_or_incident(toks: &[Tok], at: usize) -> bool {
    let word = |k: usize| toks.get(k).filter(|t| t.word && !t.quoted);
    // (« de plus de cent blessés », « d'au moins trois morts », « de près de 200 personnes »)
    let opening: Vec<&str> = toks[at.min(toks.len())..]
        .iter()
        .take(4)
        .map(|t| t.low.as_str())
        .collect();
    let k = at + lexicon::approximation_len(&opening);
    let Some(first) = word(k) else {
        return false;
    };
    // (A noun counted: « 20 morts », not « 2024 comme ».)
    let noun_after = |k: usize| {
        word(k).is_some_and(|t| {
            !t.upper
                && !lexicon::PREPOSITIONS.contains(&t.low.as_str())
                && !matches!(t.low.as_str(), "comme" | "et" | "ou")
        })
    };
    match first.low.as_str() {
        "un" | "une" => word(k + 1).is_some_and(|t| {
            INCIDENTS.contains(&t.low.as_str())
                || ROUND_COUNTS.contains(&t.low.as_str())
                    && word(k + 2).is_some_and(|d| matches!(d.low.as_str(), "de" | "d'" | "des"))
        }),
        low if low.starts_with(|c: char| c.is_ascii_digit()) => noun_after(k + 1),
        low => {
            (lexicon::CARDINALS.contains(&low) || VAGUE_COUNTS.contains(&low)) && noun_after(k + 1)
        }
    }
}

/// What someone said, as the object of a verb that denies it (« rejette les accusations »,
/// « a balayé ces rumeurs »): accusations, claims, reports and rumours.
pub(super) const REPORTS: &[&str] = &[
    "accusation",
    "accusations",
    "allégation",
    "allégations",
    "affirmation",
    "affirmations",
    "assertion",
    "assertions",
    "information",
    "informations",
    "rumeur",
    "rumeurs",
    "propos",
    "critique",
    "critiques",
    "reproche",
    "reproches",
    "soupçon",
    "soupçons",
    "imputation",
    "imputations",
    "insinuation",
    "insinuations",
    "spéculation",
    "spéculations",
    "déclaration",
    "déclarations",
    "thèse",
    "version",
];

/// The last token of what was said, denied, from `at`: a quantifier (« tout », « toutes »), a
/// determiner, at most one adjective, then a noun of [`REPORTS`] (« toutes ces allégations »,
/// « leurs nouvelles accusations », « de telles rumeurs », « les graves accusations »). Not « le
/// recours », « le texte » (a ruling, a vote), which other words of the lexicon read.
pub(super) fn denied_report(toks: &[Tok], at: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).filter(|t| t.word && !t.quoted);
    let mut k = at;
    if word(k).is_some_and(|t| matches!(t.low.as_str(), "tout" | "toute" | "tous" | "toutes")) {
        k += 1;
    }
    let det = word(k)?;
    if !lexicon::DETERMINERS.contains(&det.low.as_str()) && !matches!(det.low.as_str(), "de" | "d'")
    {
        return None;
    }
    k += 1;
    // (« de telles accusations »)
    if word(k).is_some_and(|t| matches!(t.low.as_str(), "telles" | "tels" | "telle" | "tel")) {
        k += 1;
    }
    let report = |k: usize| word(k).is_some_and(|t| REPORTS.contains(&t.low.as_str()));
    if report(k) {
        return Some(k);
    }
    // (« leurs nouvelles accusations »: one adjective before the noun.)
    (word(k).is_some_and(|t| !t.upper) && report(k + 1)).then_some(k + 1)
}

/// The request or offer turned down after a verb of rejecting, at token `at` (« a rejeté
/// cette demande », « rejette la proposition du maire », « balaie leur ultimatum »): a
/// determiner, maybe one adjective, then the noun. A stance against it, unless a court or an
/// assembly rules or votes (see [`ruled_or_voted`]).
pub(super) fn rejected_request(toks: &[Tok], at: usize) -> Option<usize> {
    const REQUESTS: &[&[&str]] = &[
        lexicon::REQUESTS,
        &[
            "offre",
            "offres",
            "ultimatum",
            "revendication",
            "revendications",
            "exigence",
            "exigences",
            "appel",
            "appels",
            "injonction",
            "injonctions",
            "main",
        ],
    ];
    let word = |k: usize| toks.get(k).filter(|t| t.word && !t.quoted);
    let det = word(at)?;
    if !lexicon::DETERMINERS.contains(&det.low.as_str()) {
        return None;
    }
    let request = |k: usize| word(k).is_some_and(|t| lexicon::in_any(REQUESTS, &t.low));
    // (« la main tendue »: an offer held out.)
    let held_out = |k: usize| {
        word(k).is_some_and(|t| t.low != "main")
            || word(k + 1).is_some_and(|t| matches!(t.low.as_str(), "tendue" | "tendues"))
    };
    if request(at + 1) && held_out(at + 1) {
        return Some(at + 1);
    }
    (word(at + 1).is_some_and(|t| !t.upper) && request(at + 2) && held_out(at + 2))
        .then_some(at + 2)
}

/// Whether the subject words before a verb of rejecting name a court or an assembly (« le
/// tribunal a rejeté la demande », « les députés ont rejeté la proposition »): a ruling or a
/// vote, no claim.
/// (« les sénateurs » as the subject too, though not as the agent of a participle: see
/// `cues::agent_rules`.)
pub(super) fn ruled_or_voted<'a>(mut subject: impl Iterator<Item = &'a str>) -> bool {
    subject.any(|w| rules_or_votes(w) || w == "sénateurs")
}

/// Whether `w` names a body that rules or votes: one of [`RULING_BODIES`] or « députés »
/// (the subject of a verb of rejecting, [`ruled_or_voted`], or the agent after its participle,
/// `cues::agent_rules`).
pub(super) fn rules_or_votes(w: &str) -> bool {
    RULING_BODIES.contains(&w) || w == "députés"
}

/// Verbs of anger that report only in an incise (see `lexicon::Verb::incise_only`) but take a
/// stance against what follows « contre » (« s'emporte contre le projet »).
pub(super) const RAILING: &[&str] = &["s'emporter", "fulminer", "pester", "tonner", "s'énerver"];

/// Whether a written statement and the side it takes follow token `at` (« une déclaration
/// ferme contre les actions du gouvernement », « un communiqué commun en faveur des
/// grévistes », « une lettre ouverte en soutien au maire »): a determiner, a document that
/// speaks, at most two words, then « contre », « en faveur » or « en soutien » (not « a publié
/// un communiqué pour annoncer », « a publié ses résultats »).
pub(super) fn issues_a_stance(toks: &[Tok], at: usize) -> bool {
    const DOCUMENTS: &[&str] = &[
        "déclaration",
        "communiqué",
        "lettre",
        "tribune",
        "texte",
        "motion",
        "pétition",
        "résolution",
        "manifeste",
        "message",
        "appel",
        "avis",
    ];
    let word = |k: usize| {
        toks.get(k)
            .filter(|t| !t.quoted)
            .map_or("", |t| t.low.as_str())
    };
    let side_at = |k: usize| {
        word(k) == "contre" || word(k) == "en" && matches!(word(k + 1), "faveur" | "soutien")
    };
    lexicon::DETERMINERS.contains(&word(at))
        && DOCUMENTS.contains(&word(at + 1))
        && (at + 2..at + 5)
            .find(|&k| side_at(k))
            .is_some_and(|side| toks[at + 2..side].iter().all(|t| t.word && !t.quoted))
}

/// Whether `lemma` at verb `i` (group from `start`, form `form`) voices anger against someone
/// or something: a verb of [`RAILING`] before « contre », conjugated, after a subject that can
/// speak (« Marine Le Pen s'emporte contre une ancienne ministre », « les riverains pestent
/// contre les travaux »; not « la mer s'emporte contre la digue », nor the infinitive
/// « fulminer contre le commerce a tout son sens »).
pub(super) fn rails_against(lemma: &str, toks: &[Tok], i: usize, start: usize, form: &str) -> bool {
    RAILING.contains(&lemma)
        && toks.get(i + 1).is_some_and(|t| t.low == "contre")
        && !super::is_infinitive(form)
        && head_can_speak(toks, start)
}

/// Whether « et » joins a reporting verb to the verb at `i` later in its clause (« a rendu
/// hommage aux salariés et affirmé que … »): that verb carries the claim.
fn another_verb_joined(toks: &[Tok], i: usize) -> bool {
    let clause = toks[i + 1..]
        .iter()
        .take_while(|t| t.quoted || !matches!(t.low.as_str(), "." | ";" | ":" | "?" | "!"));
    let words: Vec<&Tok> = clause.filter(|t| !t.quoted).collect();
    words.windows(2).any(|w| {
        w[0].low == "et" && (lexicon::is_verb_form(w[1].low.as_str()) || is_aux(&w[1].low))
    })
}

/// Whether the head of the subject before the group at `start` can speak: a pronoun, a name,
/// or a noun of people, bodies or media (« les syndicalistes promettent », « Garry Desrosiers
/// rassure », « plusieurs sources parlent de »; not « les précisions apportées par le parquet
/// ont rassuré », « ce film promet »).
/// The subject is read after the last comma of the clause (a fronted adjunct set aside); with
/// none left, as [`subject_can_show`] reads it.
pub(super) fn head_can_speak(toks: &[Tok], start: usize) -> bool {
    if start > 0 && toks[start - 1].low == "qui" {
        return antecedent_can_speak(toks, start);
    }
    let from = clause_start(toks, start);
    let from = toks[from..start]
        .iter()
        .rposition(|t| t.low == ",")
        .map_or(from, |c| from + c + 1);
    let Some(head) = toks[from..start].iter().find(|t| {
        t.word
            && !lexicon::DETERMINERS.contains(&t.low.as_str())
            && !matches!(t.low.as_str(), "ne" | "n'" | "se" | "s'")
    }) else {
        return subject_can_show(toks, start);
    };
    let low = head.low.as_str();
    lexicon::SUBJECT_PRONOUNS.contains(&low)
        || head.upper && !lexicon::ADVERBS.contains(&low)
        || is_source_word(low)
        || matches!(low, "source" | "sources")
}

/// Whether the noun before the « qui » that ends before `start` (a comma skipped) can speak:
/// « au ministre, qui a promis une réponse » (not « un film qui promet »).
fn antecedent_can_speak(toks: &[Tok], start: usize) -> bool {
    let Some(qui) = toks[..start].iter().rposition(|t| t.low == "qui") else {
        return false;
    };
    relative_antecedent(toks, qui).is_some_and(|t| t.upper || is_source_word(&t.low))
}

/// Whether « rassurer » at `i` only reassures someone (session 12 convention: a speech verb
/// with no content makes no claim): « tient à rassurer la population à ce propos. », « a
/// rassuré les parents mardi. ». An object follows, then nothing said (see
/// [`nothing_said_from`]).
fn reassures_without_words(toks: &[Tok], i: usize) -> bool {
    let object = toks
        .get(i + 1)
        .is_some_and(|t| t.word && !t.quoted && !matches!(t.low.as_str(), "que" | "qu'"));
    object && nothing_said_from(toks, i + 1)
}

/// Whether « se vouloir » or « se montrer » at `i` shows a reassuring air with nothing said
/// (« Le ministre se veut rassurant », « s'est montrée rassurante mardi. »), as
/// [`reassures_without_words`]; « se veut rassurant sur l'état des blessés » names what.
fn reassuring_air_without_words(toks: &[Tok], i: usize) -> bool {
    let at = super::past_adjuncts(toks, i + 1);
    toks.get(at).is_some_and(|t| t.low.starts_with("rassurant")) && nothing_said_from(toks, at + 1)
}

/// Whether the sentence from `at` says nothing of a reassurance: no words (see
/// [`unsaid::words_follow`]), no topic named (« sur le montant des aides », « quant à
/// l'avenir »; « à ce sujet », « sur ce point » name none) and no other verb that says what
/// (« assurant que … », « en expliquant … »).
fn nothing_said_from(toks: &[Tok], at: usize) -> bool {
    let rest = toks.get(at..).unwrap_or_default();
    let pointer = |t: Option<&Tok>| {
        t.is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "ce" | "cet" | "cette" | "ces" | "cela" | "ça"
            )
        })
    };
    let names_a_topic = rest.iter().enumerate().any(|(k, t)| match t.low.as_str() {
        "sur" | "concernant" | "quant" => !pointer(rest.get(k + 1)),
        "sujet" | "propos" => rest
            .get(k + 1)
            .is_some_and(|n| matches!(n.low.as_str(), "de" | "d'" | "du" | "des")),
        _ => false,
    });
    let another_verb = rest.iter().any(|t| {
        !t.quoted
            && (super::super::is_present_participle(&t.low)
                || super::super::speaker::is_finite_verb(t))
    });
    !unsaid::words_follow(toks, at) && !names_a_topic && !another_verb
}

/// Whether « rassurer » at `i` closes its sentence after a subject that can speak (« Garry
/// Desrosiers rassure. »): reassurance given in words; or « attaquer » someone in words (see
/// [`attacks_in_words`]) after such a subject.
pub(super) fn speaks_alone(lemma: &str, toks: &[Tok], i: usize, start: usize) -> bool {
    // (« L'opposition attaque vivement le gouvernement »: the frame was read already.)
    if lemma == "attaquer" {
        return head_can_speak(toks, start);
    }
    lemma == "rassurer"
        && toks
            .get(i + 1)
            .is_none_or(|n| matches!(n.low.as_str(), "." | "!"))
        && head_can_speak(toks, start)
}

/// The group start of « n'avoir aucun reproche à adresser / à faire (à X) » with « reproche »
/// at `i` after « aucun » (« n'avait aucun reproche à adresser à ses joueurs », « n'a aucun
/// reproche à se faire »): the negation before the form of « avoir ». None when « aucun
/// reproche » is no such frame (« sans aucun reproche », « aucun reproche n'a été fait »).
pub(super) fn no_reproach(toks: &[Tok], i: usize) -> Option<usize> {
    let avoir = i.checked_sub(2)?;
    if !matches!(
        toks[avoir].low.as_str(),
        "a" | "ont" | "avait" | "avaient" | "aura" | "aurait" | "auraient" | "eu"
    ) {
        return None;
    }
    let mut start = avoir;
    // « n'a eu aucun reproche »: the auxiliary before « eu ».
    if toks[avoir].low == "eu" && avoir > 0 && is_aux(&toks[avoir - 1].low) {
        start -= 1;
    }
    let neg = start.checked_sub(1)?;
    if !matches!(toks[neg].low.as_str(), "n'" | "ne") {
        return None;
    }
    let a = toks.get(i + 1)?;
    if a.low != "à" {
        return None;
    }
    let mut k = i + 2;
    if toks
        .get(k)
        .is_some_and(|t| matches!(t.low.as_str(), "se" | "s'" | "leur" | "lui"))
    {
        k += 1;
    }
    toks.get(k)
        .is_some_and(|t| matches!(t.low.as_str(), "adresser" | "faire" | "formuler"))
        .then_some(neg)
}

/// Adverbs that make « attaquer » someone an attack in words (not « violemment », which
/// blows share).
const SPOKEN_ATTACK_ADVERBS: &[&str] = &[
    "personnellement",
    "verbalement",
    "vivement",
    "frontalement",
    "durement",
    "sévèrement",
    "ouvertement",
    "publiquement",
    "nommément",
];

/// Whether « attaquer » at `i`, not reflexive, attacks a person or a political body in words:
/// an adverb of speech before the object (« a attaqué personnellement la ministre »), or
/// « sur » after it (« attaque le maire sur sa gestion »). Not « ont attaqué une caserne »,
/// « a attaqué le convoi du préfet », nor « ont violemment attaqué le maire ».
pub(super) fn attacks_in_words(toks: &[Tok], i: usize) -> bool {
    let reflexive = toks[i.saturating_sub(3)..i]
        .iter()
        .any(|t| matches!(t.low.as_str(), "s'" | "se"));
    if reflexive {
        return false;
    }
    let mut k = i + 1;
    // (« a vivement attaqué »: the adverb between auxiliary and participle.)
    let mut spoken = i > 0 && SPOKEN_ATTACK_ADVERBS.contains(&toks[i - 1].low.as_str());
    while toks.get(k).is_some_and(|t| {
        t.word
            && !t.quoted
            && (super::is_adverb(t) || lexicon::TIME_WORDS.contains(&t.low.as_str()))
    }) {
        spoken |= SPOKEN_ATTACK_ADVERBS.contains(&toks[k].low.as_str());
        k += 1;
    }
    while toks.get(k).is_some_and(|t| {
        lexicon::DETERMINERS.contains(&t.low.as_str())
            || matches!(
                t.low.as_str(),
                "premier" | "première" | "ancien" | "ancienne"
            )
    }) {
        k += 1;
    }
    let Some(object) = toks.get(k) else {
        return false;
    };
    let low = object.low.as_str();
    let person = object.word
        && !object.quoted
        && (lexicon::TITLES.contains(&low)
            || lexicon::ROLE_NOUNS.contains(&low)
            || object.upper && lexicon::is_first_name(low)
            || matches!(low, "gouvernement" | "exécutif" | "opposition" | "majorité"));
    // (« la ministre de la Justice sur sa gestion »: the object's complement before « sur ».)
    let sur_after = toks[k + 1..]
        .iter()
        .take(6)
        .take_while(|t| !matches!(t.low.as_str(), "," | "." | ";" | ":" | "et") && !t.quoted)
        .any(|t| t.low == "sur");
    person && (spoken || sur_after)
}

/// Whether a quotation or a colon comes right before the group at `start` (an incise).
/// Whether the rest of the sentence from `at` gives a view or words: a side taken (« pour »,
/// « contre », « en faveur », « favorable »), a « que » clause, a colon or a quotation.
fn view_follows(toks: &[Tok], at: usize) -> bool {
    let rest = toks.get(at..).unwrap_or_default();
    rest.iter().enumerate().any(|(k, t)| {
        t.quoted
            || t.low == "pour" && !purpose_infinitive(rest.get(k + 1))
            || matches!(
                t.low.as_str(),
                "contre" | "faveur" | "favorable" | "défavorable" | "que" | "qu'" | ":"
            )
    })
}

/// Whether the word after a « pour » is an infinitive: a purpose (« le recours aux pharmaciens
/// pour vacciner »), no side taken (« pour la réforme »).
fn purpose_infinitive(next: Option<&Tok>) -> bool {
    next.is_some_and(|t| t.word && !t.quoted && super::is_infinitive(&t.low))
}

fn before_a_quotation(toks: &[Tok], start: usize) -> bool {
    start > 0 && (toks[start - 1].quoted || !toks[start - 1].word && toks[start - 1].low != "(")
}

/// Whether the group at `start` opens an « if » clause or an indirect question (« s'il
/// plaide », « si l'accusé plaide », « si elles plaident »): within four words after « si ».
fn in_an_if_clause(toks: &[Tok], start: usize) -> bool {
    let from = start.saturating_sub(4);
    let window = &toks[from..start];
    let opens = window.iter().enumerate().any(|(k, t)| {
        !t.quoted
            && (t.low == "si"
                || t.low == "s'"
                    && window
                        .get(k + 1)
                        .is_some_and(|n| matches!(n.low.as_str(), "il" | "ils")))
    });
    opens && !window.iter().any(|t| matches!(t.low.as_str(), "," | "."))
}
