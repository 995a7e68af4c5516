//! Word lists the claim rules rely on: French reporting verbs (every tense, generated from
//! stems or listed when irregular), attribution nouns, roles, organizations, media, places and
//! first names with their gender. All entries are lowercase with a straight apostrophe.

use std::collections::HashMap;
use std::sync::OnceLock;

/// What a reporting verb says about its claim (design §3 `kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimKind {
    /// Says or reports something.
    Statement,
    /// Denies something.
    Denial,
    /// Warns or threatens.
    Warning,
    /// Calls for something.
    Call,
    /// Takes a stance for or against something.
    Position,
}

impl ClaimKind {
    /// The JSON name of the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Statement => "statement",
            ClaimKind::Denial => "denial",
            ClaimKind::Warning => "warning",
            ClaimKind::Call => "call",
            ClaimKind::Position => "position",
        }
    }
}

/// A reporting verb, with the word(s) that must follow it for it to report speech
/// (`appeler` reports only in « appeler à »).
#[derive(Debug, Clone, Copy)]
pub struct Verb {
    /// The infinitive.
    pub lemma: &'static str,
    /// The kind of claim it carries.
    pub kind: ClaimKind,
    /// When set, one of these phrases (space-separated words) must follow the verb, adverbs
    /// allowed in between.
    pub needs_next: Option<&'static [&'static str]>,
}

const ER_SUFFIXES: &[&str] = &[
    "e", "es", "ent", "é", "ée", "és", "ées", "ait", "aient", "ais", "a", "ant", "era", "eront",
    "erait", "eraient", "erons", "ons", "ez", "er", "èrent", "ai", "ions", "iez", "ât", "eras",
];

const A_PARTICLES: &[&str] = &["à", "au", "aux"];
const STANCE_PARTICLES: &[&str] = &["contre", "pour", "en faveur"];
const GARDE: &[&str] = &["en garde"];
const SAVOIR: &[&str] = &["savoir"];

/// Regular `-er` verbs: stems (with their spelling variants), lemma, kind, required next word.
type ErEntry = (
    &'static [&'static str],
    &'static str,
    ClaimKind,
    Option<&'static [&'static str]>,
);

const ER_VERBS: &[ErEntry] = &[
    (&["affirm"], "affirmer", ClaimKind::Statement, None),
    (&["déclar"], "déclarer", ClaimKind::Statement, None),
    (&["indiqu"], "indiquer", ClaimKind::Statement, None),
    (
        &["annonc", "annonç"],
        "annoncer",
        ClaimKind::Statement,
        None,
    ),
    (&["expliqu"], "expliquer", ClaimKind::Statement, None),
    (&["assur"], "assurer", ClaimKind::Statement, None),
    (&["soulign"], "souligner", ClaimKind::Statement, None),
    (&["ajout"], "ajouter", ClaimKind::Statement, None),
    (&["précis"], "préciser", ClaimKind::Statement, None),
    (&["insist"], "insister", ClaimKind::Statement, None),
    (&["confirm"], "confirmer", ClaimKind::Statement, None),
    (&["révél", "révèl"], "révéler", ClaimKind::Statement, None),
    (&["rapport"], "rapporter", ClaimKind::Statement, None),
    (&["racont"], "raconter", ClaimKind::Statement, None),
    (
        &["rappel", "rappell"],
        "rappeler",
        ClaimKind::Statement,
        None,
    ),
    (&["signal"], "signaler", ClaimKind::Statement, None),
    (
        &["commént", "comment"],
        "commenter",
        ClaimKind::Statement,
        None,
    ),
    (&["témoign"], "témoigner", ClaimKind::Statement, None),
    (&["confi"], "confier", ClaimKind::Statement, None),
    (
        &["martel", "martèl"],
        "marteler",
        ClaimKind::Statement,
        None,
    ),
    (&["répét", "répèt"], "répéter", ClaimKind::Statement, None),
    (
        &["réitér", "réitèr"],
        "réitérer",
        ClaimKind::Statement,
        None,
    ),
    (&["clam"], "clamer", ClaimKind::Statement, None),
    (&["gliss"], "glisser", ClaimKind::Statement, None),
    (&["lâch"], "lâcher", ClaimKind::Statement, None),
    (&["relev", "relèv"], "relever", ClaimKind::Statement, None),
    (&["not"], "noter", ClaimKind::Statement, None),
    (&["observ"], "observer", ClaimKind::Statement, None),
    (&["fustig"], "fustiger", ClaimKind::Position, None),
    (
        &["inquiét", "inquièt"],
        "s'inquiéter",
        ClaimKind::Warning,
        None,
    ),
    (&["alarm"], "s'alarmer", ClaimKind::Warning, None),
    (&["exig"], "exiger", ClaimKind::Call, None),
    (
        &["demand"],
        "demander",
        ClaimKind::Call,
        Some(&["que", "qu'", "à", "au", "aux"]),
    ),
    (&["estim"], "estimer", ClaimKind::Position, None),
    (&["jug", "juge"], "juger", ClaimKind::Position, None),
    (
        &["considér", "considèr"],
        "considérer",
        ClaimKind::Position,
        None,
    ),
    (&["accus"], "accuser", ClaimKind::Position, None),
    (&["dénonc", "dénonç"], "dénoncer", ClaimKind::Position, None),
    (&["condamn"], "condamner", ClaimKind::Position, None),
    (&["critiqu"], "critiquer", ClaimKind::Position, None),
    (&["regrett"], "regretter", ClaimKind::Position, None),
    (&["salu"], "saluer", ClaimKind::Position, None),
    (
        &["prononc", "prononç"],
        "se prononcer",
        ClaimKind::Position,
        Some(STANCE_PARTICLES),
    ),
    (&["oppos"], "s'opposer", ClaimKind::Position, None),
    (&["ni"], "nier", ClaimKind::Denial, None),
    (&["contest"], "contester", ClaimKind::Denial, None),
    (&["réfut"], "réfuter", ClaimKind::Denial, None),
    (&["rejet", "rejett"], "rejeter", ClaimKind::Denial, None),
    (&["menac", "menaç"], "menacer", ClaimKind::Warning, None),
    (&["alert"], "alerter", ClaimKind::Warning, None),
    (&["exhort"], "exhorter", ClaimKind::Call, None),
    (
        &["appel", "appell"],
        "appeler",
        ClaimKind::Call,
        Some(A_PARTICLES),
    ),
    (&["invit"], "inviter", ClaimKind::Call, Some(A_PARTICLES)),
    (&["réclam"], "réclamer", ClaimKind::Call, None),
    (
        &["plaid"],
        "plaider",
        ClaimKind::Call,
        Some(&["pour", "en"]),
    ),
    (&["implor"], "implorer", ClaimKind::Call, None),
    (&["enjoign"], "enjoindre", ClaimKind::Call, None),
];

/// Irregular verbs: every form listed.
type IrregularEntry = (
    &'static str,
    ClaimKind,
    Option<&'static [&'static str]>,
    &'static [&'static str],
);

const IRREGULAR: &[IrregularEntry] = &[
    (
        "dire",
        ClaimKind::Statement,
        None,
        &[
            "dit", "dite", "dits", "disent", "disait", "disaient", "dira", "diront", "dirait",
            "diraient", "disant", "dirent", "disons", "dites",
        ],
    ),
    (
        "écrire",
        ClaimKind::Statement,
        None,
        &[
            "écrit",
            "écrivent",
            "écrivait",
            "écrivaient",
            "écrira",
            "écrirait",
            "écrivant",
        ],
    ),
    (
        "répondre",
        ClaimKind::Statement,
        None,
        &[
            "répond",
            "répondent",
            "répondu",
            "répondait",
            "répondaient",
            "répondra",
            "répondrait",
            "répondant",
        ],
    ),
    (
        "reconnaître",
        ClaimKind::Statement,
        None,
        &[
            "reconnaît",
            "reconnait",
            "reconnaissent",
            "reconnu",
            "reconnue",
            "reconnaissait",
            "reconnaissaient",
            "reconnaîtra",
            "reconnaîtrait",
            "reconnaissant",
            "reconnurent",
        ],
    ),
    (
        "admettre",
        ClaimKind::Statement,
        None,
        &[
            "admet",
            "admettent",
            "admis",
            "admettait",
            "admettra",
            "admettrait",
            "admettant",
        ],
    ),
    (
        "promettre",
        ClaimKind::Statement,
        None,
        &[
            "promet",
            "promettent",
            "promis",
            "promettait",
            "promettaient",
            "promettra",
            "promettrait",
            "promettant",
        ],
    ),
    (
        "réagir",
        ClaimKind::Statement,
        None,
        &[
            "réagit",
            "réagissent",
            "réagi",
            "réagissait",
            "réagissaient",
            "réagira",
            "réagirait",
            "réagissant",
        ],
    ),
    (
        "poursuivre",
        ClaimKind::Statement,
        None,
        &["poursuit", "poursuivi", "poursuivait"],
    ),
    (
        "conclure",
        ClaimKind::Statement,
        None,
        &["conclut", "conclu", "concluait"],
    ),
    (
        "soutenir",
        ClaimKind::Position,
        None,
        &[
            "soutient",
            "soutiennent",
            "soutenu",
            "soutenait",
            "soutenaient",
            "soutiendra",
            "soutiendrait",
            "soutenant",
        ],
    ),
    (
        "démentir",
        ClaimKind::Denial,
        None,
        &[
            "dément",
            "démentent",
            "démenti",
            "démentait",
            "démentaient",
            "démentira",
            "démentirait",
            "démentant",
            "démentir",
        ],
    ),
    (
        "prévenir",
        ClaimKind::Warning,
        None,
        &[
            "prévient",
            "préviennent",
            "prévenu",
            "prévenait",
            "prévenaient",
            "préviendra",
            "préviendrait",
            "prévenant",
        ],
    ),
    (
        "avertir",
        ClaimKind::Warning,
        None,
        &[
            "avertit",
            "avertissent",
            "averti",
            "avertissait",
            "avertissaient",
            "avertira",
            "avertirait",
            "avertissant",
        ],
    ),
    (
        "mettre en garde",
        ClaimKind::Warning,
        Some(GARDE),
        &[
            "met",
            "mettent",
            "mis",
            "mettait",
            "mettaient",
            "mettra",
            "mettrait",
            "mettant",
        ],
    ),
    (
        "faire savoir",
        ClaimKind::Statement,
        Some(SAVOIR),
        &[
            "fait",
            "font",
            "faisait",
            "faisaient",
            "fera",
            "ferait",
            "faisant",
        ],
    ),
];

/// Every inflected form of every reporting verb, lowercase.
pub fn verbs() -> &'static HashMap<String, Verb> {
    static MAP: OnceLock<HashMap<String, Verb>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = HashMap::new();
        for (stems, lemma, kind, needs_next) in ER_VERBS {
            let verb = Verb {
                lemma,
                kind: *kind,
                needs_next: *needs_next,
            };
            for stem in *stems {
                for suffix in ER_SUFFIXES {
                    map.entry(format!("{stem}{suffix}")).or_insert(verb);
                }
            }
        }
        for (lemma, kind, needs_next, forms) in IRREGULAR {
            let verb = Verb {
                lemma,
                kind: *kind,
                needs_next: *needs_next,
            };
            for form in *forms {
                map.entry((*form).to_string()).or_insert(verb);
            }
        }
        map
    })
}

/// Auxiliaries (and copulas of reflexive verbs) that build compound tenses.
pub const AUXILIARIES: &[&str] = &[
    "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "eut", "ai", "as",
    "avons", "avez", "est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient",
    "suis", "es", "sommes", "êtes",
];

/// Conditional auxiliaries: the journalistic conditional of unverified reports.
pub const CONDITIONAL_AUX: &[&str] = &["aurait", "auraient", "serait", "seraient"];

/// Words that may sit between an auxiliary and its participle, or before a verb.
pub const ADVERBS: &[&str] = &[
    "également",
    "aussi",
    "encore",
    "déjà",
    "bien",
    "ainsi",
    "notamment",
    "pourtant",
    "clairement",
    "publiquement",
    "fermement",
    "toutefois",
    "cependant",
    "alors",
    "ensuite",
    "enfin",
    "même",
    "vivement",
    "formellement",
    "catégoriquement",
    "officiellement",
    "récemment",
    "simplement",
    "néanmoins",
    "pas",
    "jamais",
    "plus",
    "ne",
    "n'",
    "s'",
    "se",
    "l'",
    "le",
    "lui",
    "leur",
    "y",
    "en",
    "d'ailleurs",
    "toujours",
    "immédiatement",
];

/// Subject pronouns that can be a speaker.
pub const SUBJECT_PRONOUNS: &[&str] = &["il", "elle", "ils", "elles", "on"];

/// Determiners that open a noun phrase.
pub const DETERMINERS: &[&str] = &[
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "des",
    "du",
    "ce",
    "cet",
    "cette",
    "ces",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "plusieurs",
    "deux",
    "trois",
    "quatre",
    "certains",
    "certaines",
    "quelques",
    "nombre",
    "the",
];

/// Prepositions after which a noun phrase is an adjunct, not the speaker.
pub const PREPOSITIONS: &[&str] = &[
    "sur", "dans", "à", "au", "aux", "devant", "lors", "depuis", "en", "chez", "par", "pour",
    "auprès", "avec", "après", "avant", "vers", "pendant", "contre", "sans", "sous", "entre",
];

/// Time words skipped when looking for a postposed subject (« a dit dimanche X »).
pub const TIME_WORDS: &[&str] = &[
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "hier",
    "soir",
    "matin",
    "aujourd'hui",
    "midi",
    "après-midi",
    "dernier",
    "dernière",
    "prochain",
];

/// Words that mark the start of a new clause when looking back for a subject.
pub const CLAUSE_BREAKS: &[&str] = &[
    "mais", "car", "donc", "puis", "tandis", "alors", "que", "qu'", "lorsque", "lorsqu'", "quand",
    "où", "si", "dont", "puisque", "puisqu'", "parce",
];

/// Anonymous-source markers (a noun phrase holding one of these is anonymous).
pub const ANONYMOUS_MARKERS: &[&str] = &[
    "anonyme",
    "anonymes",
    "anonymat",
    "source",
    "sources",
    "proche",
    "proches",
    "couvert",
    "informateur",
    "informateurs",
];

/// Nouns naming the media.
pub const MEDIA_NOUNS: &[&str] = &[
    "journal",
    "journaux",
    "quotidien",
    "quotidiens",
    "hebdomadaire",
    "médias",
    "média",
    "publication",
    "publications",
    "presse",
    "chaîne",
    "chaînes",
    "radio",
    "télévision",
    "magazine",
    "site",
    "agence",
    "agences",
];

/// Media names (token sequences, lowercase).
pub const MEDIA_NAMES: &[&str] = &[
    "new york times",
    "washington post",
    "financial times",
    "wall street journal",
    "cnn",
    "bbc",
    "reuters",
    "afp",
    "associated press",
    "bloomberg",
    "le monde",
    "le figaro",
    "libération",
    "les echos",
    "franceinfo",
    "france info",
    "france 24",
    "rfi",
    "tass",
    "ria novosti",
    "xinhua",
    "al jazeera",
    "politico",
    "axios",
    "guardian",
    "economist",
    "spiegel",
    "bild",
    "el país",
    "nbc",
    "abc",
    "cbs",
    "fox news",
    "ouest-france",
    "le parisien",
    "mediapart",
    "bfmtv",
    "lci",
    "tf1",
    "france 2",
    "europe 1",
    "rtl",
    "le point",
    "l'express",
    "l'obs",
    "la croix",
    "interfax",
    "kommersant",
    "yonhap",
    "kyodo",
    "nikkei",
    "global times",
    "der spiegel",
    "the times",
    "times",
    "post",
    "ap",
];

/// Nouns naming a role (a speaker described by function).
pub const ROLE_NOUNS: &[&str] = &[
    "porte-parole",
    "ministre",
    "président",
    "présidente",
    "conseiller",
    "conseillère",
    "secrétaire",
    "chef",
    "cheffe",
    "directeur",
    "directrice",
    "ambassadeur",
    "ambassadrice",
    "responsable",
    "responsables",
    "dirigeant",
    "dirigeante",
    "dirigeants",
    "diplomate",
    "diplomates",
    "chancelier",
    "chancelière",
    "député",
    "députée",
    "sénateur",
    "sénatrice",
    "général",
    "maire",
    "juge",
    "procureur",
    "procureure",
    "commissaire",
    "gouverneur",
    "gouverneure",
    "roi",
    "reine",
    "patron",
    "patronne",
    "expert",
    "experte",
    "experts",
    "analyste",
    "analystes",
    "chercheur",
    "chercheuse",
    "économiste",
    "officier",
    "officiers",
    "commandant",
    "négociateur",
    "négociatrice",
    "envoyé",
    "envoyée",
    "représentant",
    "représentante",
    "vice-président",
    "vice-présidente",
    "pape",
    "avocat",
    "avocate",
    "témoin",
    "fonctionnaire",
    "fonctionnaires",
    "officiel",
    "officiels",
    "militaire",
    "militaires",
    "premier",
    "première",
    "haut",
    "haute",
    "hauts",
    "hautes",
    "spécialiste",
    "enquêteur",
    "enquêteurs",
    "ministres",
    "porte-paroles",
];

/// Nouns (and capitalized words) naming an organization or an institution.
pub const ORG_WORDS: &[&str] = &[
    "gouvernement",
    "ministère",
    "ambassade",
    "kremlin",
    "maison",
    "blanche",
    "élysée",
    "pentagone",
    "onu",
    "otan",
    "ue",
    "commission",
    "conseil",
    "parlement",
    "assemblée",
    "sénat",
    "armée",
    "état-major",
    "police",
    "gendarmerie",
    "parti",
    "entreprise",
    "société",
    "groupe",
    "banque",
    "fonds",
    "organisation",
    "union",
    "nations",
    "unies",
    "cour",
    "tribunal",
    "administration",
    "département",
    "diplomatie",
    "autorités",
    "régime",
    "office",
    "institut",
    "comité",
    "agence",
    "état",
    "etat",
    "république",
    "congrès",
    "fbi",
    "cia",
    "nato",
    "un",
    "oms",
    "fmi",
    "bce",
    "g7",
    "g20",
    "matignon",
    "quai",
    "bundestag",
    "douma",
    "chambre",
    "cabinet",
    "mairie",
    "préfecture",
    "syndicat",
    "fédération",
];

/// Places, often used for their governments (« Pékin a démenti »).
pub const PLACES: &[&str] = &[
    "washington",
    "moscou",
    "pékin",
    "kiev",
    "kyiv",
    "paris",
    "rome",
    "londres",
    "berlin",
    "bruxelles",
    "chine",
    "russie",
    "ukraine",
    "france",
    "europe",
    "états-unis",
    "etats-unis",
    "allemagne",
    "royaume-uni",
    "japon",
    "inde",
    "iran",
    "israël",
    "taïwan",
    "tokyo",
    "téhéran",
    "ankara",
    "turquie",
    "varsovie",
    "pologne",
    "new",
    "york",
    "américain",
    "amérique",
];

/// Capitalized words that are not names (sentence-initial function words and the like).
pub const NOT_NAMES: &[&str] = &[
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "des",
    "du",
    "de",
    "d'",
    "selon",
    "ces",
    "ce",
    "cette",
    "cet",
    "il",
    "elle",
    "ils",
    "elles",
    "on",
    "nous",
    "je",
    "j'",
    "vous",
    "et",
    "mais",
    "or",
    "cependant",
    "pourtant",
    "toutefois",
    "après",
    "avant",
    "dans",
    "en",
    "pour",
    "par",
    "sur",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "m.",
    "mme",
    "m",
    "the",
    "à",
    "au",
    "aux",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "d'après",
    "c'est",
    "c'",
    "qu'",
    "si",
    "quand",
    "lorsque",
    "ainsi",
    "enfin",
    "premier",
    "première",
    "président",
    "ministre",
    "conseil",
    "général",
    "secrétaire",
];

/// Gender of a person, when the text tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// Masculine.
    Male,
    /// Feminine.
    Female,
    /// Not known.
    Unknown,
}

const MALE_NAMES: &[&str] = &[
    "jake",
    "joe",
    "john",
    "james",
    "michael",
    "david",
    "robert",
    "william",
    "richard",
    "thomas",
    "mark",
    "paul",
    "peter",
    "george",
    "donald",
    "barack",
    "bill",
    "antony",
    "tony",
    "lloyd",
    "mike",
    "jens",
    "olaf",
    "emmanuel",
    "jean",
    "pierre",
    "jacques",
    "françois",
    "nicolas",
    "édouard",
    "bruno",
    "gérald",
    "jean-yves",
    "jean-luc",
    "marine",
    "vladimir",
    "sergueï",
    "sergei",
    "dmitri",
    "dmitry",
    "volodymyr",
    "dmytro",
    "xi",
    "wang",
    "boris",
    "rishi",
    "keir",
    "justin",
    "mario",
    "pedro",
    "charles",
    "alexeï",
    "alexei",
    "andrzej",
    "recep",
    "benjamin",
    "ali",
    "mohammed",
    "ahmed",
    "karim",
    "louis",
    "henri",
    "philippe",
    "olivier",
    "gabriel",
    "michel",
    "alain",
    "luc",
    "marc",
    "yves",
    "stéphane",
    "sébastien",
];

const FEMALE_NAMES: &[&str] = &[
    "emily",
    "mary",
    "jennifer",
    "karine",
    "linda",
    "elizabeth",
    "susan",
    "jessica",
    "sarah",
    "kamala",
    "hillary",
    "nancy",
    "condoleezza",
    "angela",
    "ursula",
    "annalena",
    "giorgia",
    "liz",
    "theresa",
    "catherine",
    "christine",
    "anne",
    "anne-claire",
    "marie",
    "sophie",
    "élisabeth",
    "elisabeth",
    "ségolène",
    "valérie",
    "rachida",
    "nathalie",
    "isabelle",
    "maria",
    "yulia",
    "ioulia",
    "olena",
    "jen",
    "jen psaki",
    "kaja",
    "roberta",
    "samantha",
    "claire",
    "julie",
    "laura",
    "aurore",
    "agnès",
    "hélène",
    "amélie",
    "karin",
    "victoria",
];

/// The gender a first name suggests.
pub fn first_name_gender(word: &str) -> Option<Gender> {
    if MALE_NAMES.contains(&word) {
        Some(Gender::Male)
    } else if FEMALE_NAMES.contains(&word) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// Whether `word` (lowercase) is a known first name.
pub fn is_first_name(word: &str) -> bool {
    first_name_gender(word).is_some()
}

/// Phrases in a claim's content that make it a denial whatever its verb.
pub const DENIAL_PHRASES: &[&str] = &[
    "jamais entendu parler",
    "n'ai jamais",
    "n'avons jamais",
    "c'est faux",
    "totalement faux",
    "complètement faux",
    "aucun fondement",
    "sans fondement",
    "infondé",
    "infondée",
    "infondées",
    "pure invention",
    "n'est pas vrai",
    "désinformation",
    "fausses informations",
    "fake news",
    "rien à voir",
    "aucune connaissance",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_verbs_are_conjugated() {
        for form in [
            "affirment",
            "a",
            "déclaré",
            "annonçait",
            "révèle",
            "appellera",
            "niait",
        ] {
            if form == "a" {
                assert!(!verbs().contains_key(form), "auxiliary is not a verb form");
                continue;
            }
            assert!(verbs().contains_key(form), "{form}");
        }
        assert_eq!(verbs()["démenti"].kind, ClaimKind::Denial);
        assert_eq!(verbs()["prévenu"].kind, ClaimKind::Warning);
        assert_eq!(verbs()["appelé"].kind, ClaimKind::Call);
        assert_eq!(verbs()["estimait"].kind, ClaimKind::Position);
    }

    #[test]
    fn first_names_have_a_gender() {
        assert_eq!(first_name_gender("jake"), Some(Gender::Male));
        assert_eq!(first_name_gender("emily"), Some(Gender::Female));
        assert_eq!(first_name_gender("zzz"), None);
    }
}
