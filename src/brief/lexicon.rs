//! Word lists the claim rules rely on: French reporting verbs (every tense, generated from
//! stems or listed when irregular), attribution nouns, roles, organizations, media, places and
//! first names with their gender. All entries are lowercase with a straight apostrophe.

mod conjugation;

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use conjugation::{
    Paradigm, Which, CEVOIR, CONCLURE, CONNAITRE, CRAINDRE, CROIRE, DIRE, ECRIRE, ER, FAIRE, FINIR,
    MENTIR, METTRE, MOUVOIR, PRENDRE, PREVOIR, QUERIR, RENDRE, RIRE, SUIVRE, TENIR, VOULOIR,
};

pub use crate::model::ClaimKind;

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
    /// Whether the verb reports speech only in an incise or before a quotation (« …, lance
    /// le ministre », « ironise-t-il », « il poursuit : « … » »): elsewhere it means something
    /// else (« lancer une opération »).
    pub incise_only: bool,
}

const A_PARTICLES: &[&str] = &["à", "au", "aux"];
const STANCE_PARTICLES: &[&str] = &["contre", "pour", "en faveur"];
/// « s'est prononcé contre / pour / en faveur de », and « sur la réforme » (a view given; not a
/// court's ruling nor a vote to come, see the cues).
const PRONONCER: &[&str] = &["contre", "pour", "en faveur", "sur"];
/// « se vante d'avoir », « se vante que » (a speaking subject, see the cues).
const VANTER: &[&str] = &["de", "d'", "du", "des", "que", "qu'"];
/// What a speaker gives, delivers or brings when it gives details: « a livré des précisions
/// sur l'attaque », « apporte quelques précisions », « a donné des détails » (not « n'a pas
/// donné de précisions », nothing said).
pub const DETAILS_GIVEN: &[&str] = &[
    "des précisions",
    "quelques précisions",
    "de nouvelles précisions",
    "plus de précisions",
    "davantage de précisions",
    "de plus amples précisions",
    "des détails",
    "quelques détails",
    "plus de détails",
    "davantage de détails",
    "des explications",
    "quelques explications",
];
/// « a apporté un démenti », and details brought (« apporte des précisions sur l'enquête »,
/// a statement: see the cues' kinds).
const APPORTER: &[&str] = &[
    "un démenti",
    "un cinglant démenti",
    "un démenti formel",
    "un démenti catégorique",
    "des précisions",
    "quelques précisions",
    "de nouvelles précisions",
    "plus de précisions",
    "davantage de précisions",
    "de plus amples précisions",
    "des détails",
    "quelques détails",
    "plus de détails",
    "des explications",
    "quelques explications",
];
/// What « adresser » sends when it blames or praises: « de vifs reproches », « ses
/// critiques », « ses félicitations ».
const ADRESSER: &[&str] = &[
    "des reproches",
    "de vifs reproches",
    "ses reproches",
    "leurs reproches",
    "un reproche",
    "des critiques",
    "de vives critiques",
    "ses critiques",
    "leurs critiques",
    "un blâme",
    "un carton rouge",
    "ses félicitations",
    "leurs félicitations",
    "des félicitations",
];
/// What a defendant or a lawyer pleads: « a plaidé non coupable », « plaide coupable », « a
/// plaidé la relaxe », « plaide pour un acquittement ».
const PLAIDER: &[&str] = &[
    "pour",
    "en",
    "non coupable",
    "non-coupable",
    "coupable",
    "la relaxe",
    "l' acquittement",
    "la légitime défense",
    "son innocence",
    "leur innocence",
    "l' innocence",
];
/// What « mettre en » stresses as a finding (« en avant », « en exergue », « en lumière »: in
/// [`GARDE`] as phrases, and read by the cues' kind and `senses::stresses_no_finding`).
pub const STRESSED: &[&str] = &["avant", "exergue", "lumière"];

/// The forms of « falloir » after an impersonal « il » (« il faut », « il fallait », « il
/// faudrait », « il faudra »).
pub const FALLOIR: &[&str] = &["faut", "fallait", "faudrait", "faudra"];

/// « met en garde », and what putting in question or in evidence says (« a mis en doute
/// ces chiffres », « met en cause le préfet », « a mis en évidence un lien », « a mis en avant
/// la qualité du projet »).
const GARDE: &[&str] = &[
    "en garde",
    // « a mis au défi le ministre de le poursuivre »: a challenge.
    "au défi",
    "en cause",
    "en doute",
    "en question",
    "en évidence",
    // « a mis en avant la qualité du gisement », « met en exergue les failles », « a mis en
    // lumière des retards »: a point stressed, a finding (not « met en avant ses produits »,
    // see the cues).
    "en avant",
    "en exergue",
    "en lumière",
    // « a mis en demeure la société de dépolluer »: a formal call.
    "en demeure",
];
/// « a remis en question le projet », « remet en cause l'accord ».
const REMETTRE: &[&str] = &["en cause", "en doute", "en question"];
/// « montre que », « montre du doigt » (not « montre le chemin »), « s'est montré rassurant ».
const MONTRER: &[&str] = &[
    "que",
    "qu'",
    "du doigt",
    "rassurant",
    "rassurante",
    "rassurants",
    "rassurantes",
    "optimiste",
    "optimistes",
    "confiant",
    "confiante",
    "confiants",
    "confiantes",
    "prudent",
    "prudente",
    "prudents",
    "prudentes",
    "pessimiste",
    "pessimistes",
    "inquiet",
    "inquiète",
    "inquiets",
    "inquiètes",
    "sceptique",
    "sceptiques",
    "catégorique",
    "catégoriques",
    "favorable",
    "favorables",
    "critique",
    "critiques",
    // « s'est montré satisfait des résultats », « se sont montrés déçus »: a stance shown
    // (not « s'est montré solide / déterminé », a player's form).
    "satisfait",
    "satisfaite",
    "satisfaits",
    "satisfaites",
    "déçu",
    "déçue",
    "déçus",
    "déçues",
    "préoccupé",
    "préoccupée",
    "préoccupés",
    "préoccupées",
    "réservé",
    "réservée",
    "réservés",
    "réservées",
    "hostile",
    "hostiles",
    "circonspect",
    "circonspecte",
    "circonspects",
    "circonspectes",
    // « se sont montrés défavorables au projet », « s'est montrée opposée à », « réticents
    // face à », « ouvert au dialogue »: a side shown.
    "défavorable",
    "défavorables",
    "opposé",
    "opposée",
    "opposés",
    "opposées",
    "réticent",
    "réticente",
    "réticents",
    "réticentes",
    "ouvert",
    "ouverte",
    "ouverts",
    "ouvertes",
    "enthousiaste",
    "enthousiastes",
    "dubitatif",
    "dubitative",
    "dubitatifs",
    "dubitatives",
    "intransigeant",
    "intransigeante",
    "intransigeants",
    "intransigeantes",
];
/// « se ranger du côté de X », « aux côtés de X » (the accent of « côté » often dropped).
const RANGER: &[&str] = &[
    "du côté de",
    "du côté du",
    "du côté des",
    "du côté d'",
    "du coté de",
    "du coté du",
    "du coté des",
    "du coté d'",
    "aux côtés de",
    "aux côtés du",
    "aux côtés des",
    "aux côtés d'",
];
/// « s'est aperçu que », « se rend compte que ».
const COMPTE_QUE: &[&str] = &["compte que", "compte qu'"];
/// « faire savoir », « faire état de », « faire valoir que », « faire part de » (to report).
const SAVOIR: &[&str] = &[
    "savoir",
    "état de",
    "état d'",
    "état du",
    "état des",
    "valoir",
    "remarquer",
    "observer",
    "part de",
    "part d'",
    "part du",
    "part des",
    "grief",
];
/// Sides taken after « être » or « rester » (« sont hostiles à la réforme »), which may be
/// said of things too (« les conclusions sont favorables », « un climat hostile »).
pub const SIDES_TAKEN: &[&str] = &[
    "favorable",
    "favorables",
    "défavorable",
    "défavorables",
    "hostile",
    "hostiles",
    "opposé",
    "opposée",
    "opposés",
    "opposées",
];
/// Feelings narrated of a subject after « être » or « rester » (« reste confiant », « sont
/// très inquiets »; the sides taken are [`SIDES_TAKEN`]): adjectives no impersonal « il est
/// … de » takes.
pub const NARRATED_STANCES: &[&str] = &[
    "inquiet",
    "inquiète",
    "inquiets",
    "inquiètes",
    "sceptique",
    "sceptiques",
    "confiant",
    "confiante",
    "confiants",
    "confiantes",
    "pessimiste",
    "pessimistes",
    "optimiste",
    "optimistes",
    "réticent",
    "réticente",
    "réticents",
    "réticentes",
    "dubitatif",
    "dubitative",
    "dubitatifs",
    "dubitatives",
    "circonspect",
    "circonspecte",
    "circonspects",
    "circonspectes",
    "mécontent",
    "mécontente",
    "mécontents",
    "mécontentes",
    "furieux",
    "furieuse",
    "furieuses",
];
/// « propose de créer », « propose que » (not « propose un plan », which tells no claim).
const PROPOSER: &[&str] = &["de", "d'", "que", "qu'"];
/// What only a clause can follow (« souhaite que »).
const QUE: &[&str] = &["que", "qu'"];
/// « informe que », and news told of (« informe de l'ouverture », « du report », « de la
/// fermeture »; not « informe des horaires », a notice).
const INFORMER: &[&str] = &["que", "qu'", "de l'", "de la", "du"];
/// A clause or an infinitive of state (« pense que », « croit savoir », « espère pouvoir »).
const QUE_OR_STATE: &[&str] = &[
    "que", "qu'", "avoir", "être", "pouvoir", "savoir", "ne pas", "n' avoir", "n' être",
];
/// « a émis l'espoir que », « émet des réserves ».
const EMETTRE: &[&str] = &[
    "l' espoir",
    "le souhait",
    "le vœu",
    "le voeu",
    "des doutes",
    "des réserves",
    "l' hypothèse",
    "un avis",
    "des critiques",
    // « ont émis des consignes de vote », « émet un avertissement »: a call, a warning.
    "des consignes",
    "une consigne",
    "des recommandations",
    "une recommandation",
    "un avertissement",
    "une mise en garde",
    "un appel",
    "des objections",
];
/// « a exprimé son inquiétude », « exprime l'espoir »: a feeling or a view, not « s'exprimer ».
const EXPRIMER: &[&str] = &[
    "son", "sa", "ses", "leur", "leurs", "l'", "le", "la", "les", "des", "un", "une", "de", "que",
    "qu'",
];
/// « a renouvelé son appel au calme », « renouvelle sa demande », « a renouvelé l'appel du
/// gouvernement à », « ses mises en garde »: words said again (not « renouveler un contrat,
/// un bail, son passeport »).
const RENOUVELER: &[&str] = &[
    "son appel",
    "leur appel",
    "l' appel",
    "un appel",
    "ses appels",
    "leurs appels",
    "les appels",
    "sa demande",
    "leur demande",
    "ses demandes",
    "leurs demandes",
    "son exigence",
    "ses exigences",
    "son avertissement",
    "ses avertissements",
    "sa mise en garde",
    "ses mises en garde",
    "ses menaces",
    "sa menace",
    "ses critiques",
    "leurs critiques",
    "son soutien",
    "leur soutien",
    "son opposition",
    "leur opposition",
    "ses accusations",
    "leurs accusations",
];
/// « a balayé les accusations », « balaie d'un revers de main ».
const BALAYER: &[&str] = &[
    "les accusations",
    "ces accusations",
    "toute accusation",
    "les critiques",
    "ces critiques",
    "les informations",
    "ces informations",
    "les rumeurs",
    "ces rumeurs",
    "d' un revers",
];
/// « rejette les accusations », « a rejeté toute responsabilité », « rejette l'idée que »,
/// « rejettent les résultats », « rejette la faute sur »: what rejecting denies or disputes
/// (not « a rejeté le recours », a ruling, nor « le texte », « un projet de résolution »,
/// « l'amendement », a vote).
const REJETER: &[&str] = &[
    "les accusations",
    "ces accusations",
    "toute accusation",
    "les allégations",
    "ces allégations",
    "les affirmations",
    "ces affirmations",
    "les critiques",
    "ces critiques",
    "les informations",
    "ces informations",
    "les rumeurs",
    "ces rumeurs",
    "ces propos",
    "les propos",
    "toute responsabilité",
    "toute implication",
    "toute ingérence",
    "toute intention",
    "tout lien",
    "l' idée",
    "cette idée",
    "l' hypothèse",
    "cette hypothèse",
    "la thèse",
    "cette thèse",
    "cette version",
    "les dénégations",
    "ces dénégations",
    "les démentis",
    "ces démentis",
    // Figures and outcomes others announced: an election's results, a verdict, a toll.
    "les résultats",
    "ces résultats",
    "le résultat",
    "ce résultat",
    "le verdict",
    "ce verdict",
    "les chiffres",
    "ces chiffres",
    "le bilan",
    "ce bilan",
    "les conclusions",
    "ces conclusions",
    "la faute",
    "la responsabilité",
    "en bloc",
    "que",
    "qu'",
];
/// « tire la sonnette d'alarme ».
const SONNETTE: &[&str] = &["la sonnette"];
/// « est monté au créneau pour dénoncer », « montent au créneau contre la réforme ».
const CRENEAU: &[&str] = &["au créneau"];
/// « se targue d'avoir », « se vante de ».
const DE: &[&str] = &["de", "d'"];
/// What a forecast names (« anticipe une hausse de 2 % », « anticipe que »), not what one
/// prepares for (« anticiper les besoins »).
const FORECASTS: &[&str] = &[
    "que",
    "qu'",
    "une hausse",
    "une baisse",
    "un recul",
    "une croissance",
    "une contraction",
    "une récession",
    "une augmentation",
    "une diminution",
    "un ralentissement",
    "une reprise",
    "un rebond",
    "une chute",
    "une progression",
    "une stabilisation",
    "une inflation",
    "un déficit",
    "un excédent",
    // A weather forecast: « Météo-France prévoit des rafales de 150 km/h ».
    "des rafales",
    "de violentes rafales",
    "des orages",
    "de violents orages",
    "des averses",
    "des pluies",
    "de fortes pluies",
    "des précipitations",
    "de fortes précipitations",
    "des chutes de neige",
    "des vents",
    "des températures",
    "une canicule",
    "des inondations",
    "des crues",
    "une crue",
];
/// « s'offusque de », « se désole que ».
const DE_OR_QUE: &[&str] = &["de", "d'", "du", "des", "que", "qu'"];
/// « appelle à », « appelle de ses vœux ».
const APPELER: &[&str] = &[
    "à",
    "au",
    "aux",
    "de ses vœux",
    "de ses voeux",
    "de leurs vœux",
    "de leurs voeux",
];
/// « milite pour », « milite en faveur de » (not « milite au parti »).
const MILITER: &[&str] = &["pour", "en faveur"];
/// « parie sur une reprise », « parie que ».
const PARIER: &[&str] = &["sur", "que", "qu'"];
/// « montre du doigt », « a pointé une différence », « pointe les failles du dispositif »: what
/// pointing out names (not « a pointé son arme », « pointe à la cinquième place »).
const POINTER: &[&str] = &[
    "du doigt",
    "une différence",
    "des différences",
    "un manque",
    "le manque",
    "l' absence",
    "les failles",
    "des failles",
    "les lacunes",
    "des lacunes",
    "les insuffisances",
    "des insuffisances",
    "les limites",
    "les dysfonctionnements",
    "des dysfonctionnements",
    "la responsabilité",
    "les responsabilités",
    "un risque",
    "les risques",
    "des risques",
    "les dangers",
    "un problème",
    "les problèmes",
    "des problèmes",
    "une contradiction",
    "les contradictions",
    "des contradictions",
    "les erreurs",
    "des erreurs",
    "les défaillances",
    "des défaillances",
    "les retards",
];
/// « s'est fendu d'un communiqué », « se fend d'une mise au point »: a statement issued (not
/// « se fendre d'un sourire », « d'un doublé »).
const FENDRE: &[&str] = &[
    "d' un communiqué",
    "d' une déclaration",
    "d' un tweet",
    "d' un message",
    "d' une lettre",
    "d' un commentaire",
    "d' une réponse",
    "d' une mise au point",
    "d' un recadrage",
    "d' un rappel",
    "d' une tribune",
    "d' un texte",
];
/// « a infirmé l'information », « infirme les rumeurs »: what denying a report names (not « la
/// cour a infirmé le jugement », a ruling).
const INFIRMER: &[&str] = &[
    "l' information",
    "cette information",
    "les informations",
    "ces informations",
    "la rumeur",
    "cette rumeur",
    "les rumeurs",
    "ces rumeurs",
    "les propos",
    "ces propos",
    "les allégations",
    "ces allégations",
    "que",
    "qu'",
];
/// « a livré son analyse », « livre sa version des faits » (not « a livré les camions »).
const LIVRER: &[&str] = &[
    "son analyse",
    "leur analyse",
    "sa version",
    "leur version",
    "son témoignage",
    "leur témoignage",
    "son sentiment",
    "leur sentiment",
    "son point de vue",
    "leur point de vue",
    "ses impressions",
    "leurs impressions",
    "sa vision",
    "leur vision",
    "son diagnostic",
    "ses confidences",
    // « a livré des précisions sur l'attaque » (see DETAILS_GIVEN).
    "des précisions",
    "quelques précisions",
    "de nouvelles précisions",
    "plus de précisions",
    "des détails",
    "quelques détails",
    "sa lecture",
    "son avis",
    "leur avis",
];
/// « a dressé un bilan sombre », « dresse un constat sévère » (not « dresser une tente »).
const DRESSER: &[&str] = &[
    "un bilan",
    "le bilan",
    "un constat",
    "le constat",
    "un tableau",
    "un état des lieux",
    "un portrait",
    "un réquisitoire",
];
/// « a donné des consignes de vote », « a donné l'ordre d'évacuer », « donne sa version »
/// (not « donne une conférence », « a donné l'alerte », a witness calling for help).
const DONNER: &[&str] = &[
    "des consignes",
    "la consigne",
    "une consigne",
    "pour consigne",
    "consigne",
    "l' ordre",
    "ordre",
    "des instructions",
    "pour instruction",
    "sa version",
    "leur version",
    "son avis",
    "leur avis",
    "son point de vue",
    "leur point de vue",
    // « a donné des précisions sur le calendrier » (see DETAILS_GIVEN).
    "des précisions",
    "quelques précisions",
    "de nouvelles précisions",
    "plus de précisions",
    "davantage de précisions",
    "de plus amples précisions",
    "des détails",
    "quelques détails",
    "plus de détails",
    "des explications",
    "quelques explications",
    // « a donné raison aux riverains », « donne tort au ministre »: siding with someone (a
    // person or a body, see the cues; not « les faits lui ont donné raison »).
    "raison à",
    "raison au",
    "raison aux",
    "tort à",
    "tort au",
    "tort aux",
];
/// « sonne l'alarme », « a sonné l'alerte » (not « les cloches ont sonné »).
const SONNER: &[&str] = &["l' alarme", "l' alerte", "le tocsin"];
/// « a tenu le ministre responsable de », « le tient pour responsable », « a tenu des propos
/// rassurants » (not « tenir une réunion », nor « a tenu à rappeler », which leads).
const TENIR_RESPONSABLE: &[&str] = &[
    "responsable",
    "responsables",
    "pour responsable",
    "pour responsables",
    "des propos",
    "ces propos",
    "les propos",
    "un discours",
    "un langage",
    // « a tenu le même discours », « tient un discours similaire »: a view agreed with.
    "le même discours",
    "le même langage",
    "les mêmes propos",
    "un discours similaire",
    "un discours identique",
    "des propos similaires",
];
/// « s'attend à une hausse », « s'attendent à ce que » (a forecast; not « ne s'attendait pas à
/// une telle tempête », a surprise).
const ATTENDRE: &[&str] = &[
    "à ce que",
    "à ce qu'",
    "à une hausse",
    "à une baisse",
    "à un recul",
    "à une croissance",
    "à une contraction",
    "à une récession",
    "à une augmentation",
    "à une diminution",
    "à un ralentissement",
    "à une reprise",
    "à un rebond",
    "à une chute",
    "à une progression",
    "à une stabilisation",
    "à un déficit",
    "à un excédent",
];

/// What « prendre » takes when it takes a stance: « a pris position contre le projet »,
/// « prend position en faveur des migrants », « a pris une position claire », « prend parti
/// pour », « a pris fait et cause pour » (not « ont pris position sur la colline », troops
/// taking up a position, nor « a pris ses fonctions »).
const PRENDRE_POSITION: &[&str] = &[
    "position contre",
    "position pour",
    "position en faveur",
    "une position claire",
    "une position ferme",
    "une position tranchée",
    "une position très claire",
    "une position très ferme",
    "une position commune",
    "parti pour",
    "parti contre",
    "parti en faveur",
    "fait et cause pour",
    "fait et cause contre",
    // « a pris la défense du metteur en scène », « prend la défense des commerçants »
    "la défense de",
    "la défense du",
    "la défense des",
    "la défense d'",
    // « a pris clairement position dans le conflit », « a pris position sur la réforme »: a
    // stance only with an adverb of speech or a debate after (see the cues; not « ont pris
    // position dans le village »).
    "position dans",
    "position sur",
];

/// « prendre position »: its forms are those of « s'en prendre à » in [`verbs`], which the
/// cues turn into this verb when [`PRENDRE_POSITION`]'s words follow.
pub const TAKING_A_STANCE: Verb = Verb {
    lemma: "prendre position",
    kind: ClaimKind::Position,
    needs_next: Some(PRENDRE_POSITION),
    incise_only: false,
};

/// A feeling or a side narrated after « être » or « rester » (« sont hostiles à », « reste
/// confiant »): the forms of [`NARRATED_STANCES`] and [`SIDES_TAKEN`] in [`verbs`], and those
/// the cues turn into it (« reste confiant », a form of « confier »; « sont opposés à », of
/// « s'opposer »). No verb form to [`is_verb_form`].
pub const NARRATED_STANCE: Verb = Verb {
    lemma: "être hostile",
    kind: ClaimKind::Position,
    needs_next: None,
    incise_only: false,
};

/// « rendre hommage à X »: its forms are those of « se rendre compte » in [`verbs`], which the
/// cues turn into this verb when « hommage à » follows (praise given, a position, as « saluer »
/// is; not « a rendu hommage. » alone, nor a crowd's silent tribute, see the cues).
pub const PAYING_TRIBUTE: Verb = Verb {
    lemma: "rendre hommage",
    kind: ClaimKind::Position,
    needs_next: Some(&["hommage à", "hommage au", "hommage aux"]),
    incise_only: false,
};

/// « vante les mérites du projet », « vante son bilan »: praise given, a position; its forms
/// are those of « se vanter » in [`verbs`], which the cues turn into this verb when what it
/// praises follows ([`PRAISED`]).
pub const PRAISING: Verb = Verb {
    lemma: "vanter",
    kind: ClaimKind::Position,
    needs_next: None,
    incise_only: false,
};

/// Decisions and courses taken, which one defends, praises or attacks in words (« a défendu
/// sa réforme », « vante son bilan », « s'en prend à la décision »).
pub const POLICIES: &[&str] = &[
    "décision",
    "décisions",
    "choix",
    "réforme",
    "réformes",
    "projet",
    "bilan",
    "politique",
    "loi",
    "stratégie",
];

/// Proposals and views put forward, which one defends or supports in words (« défend sa
/// proposition », « appuie la candidature de », « l'idée d'une taxe »).
pub const PROPOSALS: &[&str] = &[
    "proposition",
    "propositions",
    "candidature",
    "initiative",
    "démarche",
    "motion",
    "idée",
    "thèse",
];

/// What « vanter » praises when it reports (« les mérites », « les atouts de la région »),
/// beside [`POLICIES`] (« son bilan », « sa réforme »).
pub const PRAISED: &[&str] = &[
    "mérites",
    "qualité",
    "qualités",
    "atouts",
    "avantages",
    "bienfaits",
    "vertus",
    "succès",
    "modèle",
    "action",
    "travail",
    "efforts",
    "savoir-faire",
];

/// What « appuyer » supports when it takes a side in words (« a appuyé les propos du
/// ministre », « appuie la demande des syndicats »; not « appuyer sur le bouton », « a appuyé
/// son vélo contre le mur »), beside [`PROPOSALS`] (« la candidature de »).
pub const SUPPORTED: &[&str] = &[
    "propos",
    "demande",
    "demandes",
    "position",
    "décision",
    "requête",
    "revendication",
    "revendications",
    "appel",
    "réforme",
];

/// « prendre à partie »: its forms are those of « s'en prendre à » in [`verbs`], which the
/// cues turn into this verb when « à partie » follows (« a vivement pris à partie le
/// ministre »).
pub const TAKING_TO_TASK: Verb = Verb {
    lemma: "prendre à partie",
    kind: ClaimKind::Position,
    needs_next: Some(&["à partie"]),
    incise_only: false,
};

/// « publier une déclaration contre X », « a publié un communiqué en faveur de Y »: a stance
/// issued in writing; the cues turn the forms of « publier » (an incise verb elsewhere) into
/// this verb when such a document and its side follow.
pub const ISSUING_A_STANCE: Verb = Verb {
    lemma: "publier contre",
    kind: ClaimKind::Position,
    needs_next: None,
    incise_only: false,
};

/// « attaquer » someone in words (« a attaqué personnellement la ministre », « attaque le
/// maire sur sa gestion »): its forms are those of « s'attaquer » in [`verbs`], which the cues
/// turn into this verb when a person follows with an adverb of speech or « sur » (not « ont
/// attaqué une caserne », « le loup a attaqué un troupeau »).
pub const ATTACKING_IN_WORDS: Verb = Verb {
    lemma: "attaquer",
    kind: ClaimKind::Position,
    needs_next: None,
    incise_only: false,
};

/// « appeler » someone a name in quotation marks (« avait appelé la ministre « la
/// bourgeoise du château » »): a judgement, not a call; the cues turn the forms of « appeler »
/// into this verb there.
pub const CALLING_A_NAME: Verb = Verb {
    lemma: "appeler un nom",
    kind: ClaimKind::Position,
    needs_next: None,
    incise_only: false,
};

/// The determiners before what « afficher » or « formuler » names (see [`SHOWN_STANCES`],
/// [`FORMULATED_REQUESTS`]).
const OWN_DETERMINERS: &[&str] = &[
    "sa", "son", "ses", "leur", "leurs", "une", "un", "des", "la", "le", "l'", "les", "de", "d'",
];

/// What « afficher » shows when it shows a stance: « affiche sa satisfaction », « une
/// grande satisfaction », « leur détermination » (not « un bénéfice record », « complet »,
/// « les résultats » on a board, « une belle forme »).
pub const SHOWN_STANCES: &[&str] = &[
    "satisfaction",
    "insatisfaction",
    "mécontentement",
    "inquiétude",
    "inquiétudes",
    "préoccupation",
    "déception",
    "colère",
    "indignation",
    "opposition",
    "hostilité",
    "désaccord",
    "soutien",
    "solidarité",
    "détermination",
    "optimisme",
    "pessimisme",
    "scepticisme",
    "confiance",
    "méfiance",
    "fermeté",
    "refus",
    "attachement",
    "désarroi",
    "exaspération",
    "agacement",
    "irritation",
    "frustration",
    "amertume",
    "incompréhension",
    "désapprobation",
    "réprobation",
    "impatience",
    "lassitude",
    "perplexité",
    // Fears, hopes and pride shown (« ne cache pas ses craintes », « a exprimé son
    // espoir », « affiche sa fierté », « n'a pas caché ses émotions »).
    "crainte",
    "craintes",
    "peur",
    "peurs",
    "doute",
    "doutes",
    "espoir",
    "espoirs",
    "fierté",
    "soulagement",
    "émotion",
    "émotions",
];

/// What « formuler » puts into words when it reports: « a formulé sa demande », « formule des
/// propositions », « des critiques » (not « formule un vernis », « une hypothèse » of a lab).
pub const FORMULATED_REQUESTS: &[&[&str]] = &[
    REQUESTS,
    &[
        "recommandation",
        "recommandations",
        "revendication",
        "revendications",
        "exigence",
        "exigences",
        "critique",
        "critiques",
        "reproche",
        "reproches",
        "réserves",
        "objections",
        "accusations",
        "souhait",
        "vœu",
        "voeu",
        "vœux",
        "voeux",
    ],
];

/// The second word of a negation after « ne » (« ne … pas / jamais / plus / guère / point »).
pub const NEGATION_WORDS: &[&str] = &["pas", "jamais", "plus", "guère", "point"];

/// The nouns of a request put to someone (« demande », « requête », « proposition »), shared by
/// [`FORMULATED_REQUESTS`], what a verb of rejecting turns down (`cues::idioms::rejected_request`)
/// and what its participle follows (`cues::REJECTED`); each adds its own words.
pub const REQUESTS: &[&str] = &[
    "demande",
    "demandes",
    "requête",
    "requêtes",
    "proposition",
    "propositions",
];

/// Whether any of `lists` holds `w` (a word list composed of shared parts, like
/// [`FORMULATED_REQUESTS`]).
pub fn in_any(lists: &[&[&str]], w: &str) -> bool {
    lists.iter().any(|list| list.contains(&w))
}

/// What « proclamer » says when it reports: an election's results, a victory, an innocence,
/// a clause (see [`ER_VERBS`]).
const PROCLAMER: &[&str] = &[
    "les résultats",
    "les premiers résultats",
    "le résultat",
    "ces résultats",
    "sa victoire",
    "leur victoire",
    "la victoire",
    "son innocence",
    "leur innocence",
    "que",
    "qu'",
];

/// Regular `-er` verbs: stems (with their spelling variants), lemma, kind, required next word.
/// (« annonçait » comes from « annonc » by [`conjugation::join`]; the stem « annonç » stays for
/// the misspelling « a annonçé ».)
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
    (
        &["renouvel", "renouvell"],
        "renouveler",
        ClaimKind::Statement,
        Some(RENOUVELER),
    ),
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
    (&["relev", "relèv"], "relever", ClaimKind::Statement, None),
    (&["not"], "noter", ClaimKind::Statement, None),
    (&["observ"], "observer", ClaimKind::Statement, None),
    (&["fustig"], "fustiger", ClaimKind::Position, None),
    (&["invectiv"], "invectiver", ClaimKind::Position, None),
    // Fears (« s'inquiète de », « s'alarme de », « redoutent », « craignent »): a feeling
    // narrated of the speaker, a position as « se dit inquiet » is (README « Session 19 »);
    // a warning is given to others (« alerter », « mettre en garde », « prévenir »).
    (
        &["inquiét", "inquièt"],
        "s'inquiéter",
        ClaimKind::Position,
        None,
    ),
    (&["alarm"], "s'alarmer", ClaimKind::Position, None),
    (&["exig"], "exiger", ClaimKind::Call, None),
    (&["demand"], "demander", ClaimKind::Call, None),
    (&["estim"], "estimer", ClaimKind::Position, None),
    (&["jug"], "juger", ClaimKind::Position, None),
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
    // « a remercié les secours », « tient à remercier le jury »: thanks, a public approval
    // (README « Session 20 »); not « a été remercié » (dismissed).
    (&["remerci"], "remercier", ClaimKind::Position, None),
    (
        &["prononc", "prononç"],
        "se prononcer",
        ClaimKind::Position,
        Some(PRONONCER),
    ),
    (&["oppos"], "s'opposer", ClaimKind::Position, None),
    (&["ni"], "nier", ClaimKind::Denial, None),
    (&["récus"], "récuser", ClaimKind::Denial, None),
    (&["contest"], "contester", ClaimKind::Denial, None),
    (&["réfut"], "réfuter", ClaimKind::Denial, None),
    (
        &["rejet", "rejett"],
        "rejeter",
        ClaimKind::Denial,
        Some(REJETER),
    ),
    (&["menac", "menaç"], "menacer", ClaimKind::Warning, None),
    (&["alert"], "alerter", ClaimKind::Warning, None),
    (&["exhort"], "exhorter", ClaimKind::Call, None),
    (
        &["appel", "appell"],
        "appeler",
        ClaimKind::Call,
        Some(APPELER),
    ),
    (&["invit"], "inviter", ClaimKind::Call, Some(A_PARTICLES)),
    // « a encouragé les entreprises à embaucher », « incite les habitants à la prudence »
    (
        &["encourag"],
        "encourager",
        ClaimKind::Call,
        Some(A_PARTICLES),
    ),
    (&["incit"], "inciter", ClaimKind::Call, Some(A_PARTICLES)),
    (&["réclam"], "réclamer", ClaimKind::Call, None),
    (&["plaid"], "plaider", ClaimKind::Call, Some(PLAIDER)),
    (&["implor"], "implorer", ClaimKind::Call, None),
    (&["argument"], "argumenter", ClaimKind::Statement, None),
    (&["réaffirm"], "réaffirmer", ClaimKind::Statement, None),
    (&["justifi"], "justifier", ClaimKind::Statement, None),
    (&["évoqu"], "évoquer", ClaimKind::Statement, None),
    (&["constat"], "constater", ClaimKind::Statement, None),
    (
        &["protest"],
        "protester",
        ClaimKind::Position,
        Some(&["contre", "que", "qu'"]),
    ),
    // « a renvoyé la balle à l'État »: the blame put back on someone, a stance.
    (
        &["renvoi", "renvoy"],
        "renvoyer la balle",
        ClaimKind::Position,
        Some(&["la balle"]),
    ),
    (&["déplor"], "déplorer", ClaimKind::Position, None),
    (&["avou"], "avouer", ClaimKind::Statement, None),
    // Classic reporting verbs (verbes introducteurs) with another sense in the press: only
    // with what they report (« a rajouté que », not « a rajouté des chaises »; « divulgue
    // que », not « a divulgué des documents »).
    // (« Il rajoute « … » »: a quotation right after it too.)
    (
        &["rajout"],
        "rajouter",
        ClaimKind::Statement,
        Some(&["que", "qu'", ":", "«", "\"", "“"]),
    ),
    (&["divulgu"], "divulguer", ClaimKind::Statement, Some(QUE)),
    // « stipule que » (a text, or in Quebec and Belgian copy someone: « …, stipule le
    // directeur »), not « stipule une clause ».
    (&["stipul"], "stipuler", ClaimKind::Statement, Some(QUE)),
    // Stances of annoyance: « s'irrite que », « s'exaspère que », « se lamente du
    // manque de moyens » (not « irrite la peau »).
    (&["irrit"], "s'irriter", ClaimKind::Position, Some(QUE)),
    (
        &["exaspér", "exaspèr"],
        "s'exaspérer",
        ClaimKind::Position,
        Some(QUE),
    ),
    (
        &["lament"],
        "se lamenter",
        ClaimKind::Position,
        Some(DE_OR_QUE),
    ),
    (&["répliqu"], "répliquer", ClaimKind::Statement, None),
    (&["rétorqu"], "rétorquer", ClaimKind::Statement, None),
    (&["object"], "objecter", ClaimKind::Statement, Some(QUE)),
    (&["pronostiqu"], "pronostiquer", ClaimKind::Statement, None),
    (&["propos"], "proposer", ClaimKind::Call, Some(PROPOSER)),
    (
        &["allégu", "allègu"],
        "alléguer",
        ClaimKind::Statement,
        Some(QUE),
    ),
    (&["relativis"], "relativiser", ClaimKind::Position, None),
    (&["minimis"], "minimiser", ClaimKind::Position, None),
    (&["détaill"], "détailler", ClaimKind::Statement, None),
    (&["mentionn"], "mentionner", ClaimKind::Statement, None),
    (&["tweet", "twitt"], "tweeter", ClaimKind::Statement, None),
    // « se félicite de l'accord », and praise given: « a félicité le Niger pour ce choix »
    // (not « a été félicitée par le jury », a passive).
    (&["félicit"], "féliciter", ClaimKind::Position, None),
    // « a appuyé les propos du ministre », « appuie la demande des syndicats »: a side taken
    // (only before what it supports, see the cues and [`SUPPORTED`]).
    (&["appuy", "appui"], "appuyer", ClaimKind::Position, None),
    (&["étonn"], "s'étonner", ClaimKind::Position, None),
    (&["indign"], "s'indigner", ClaimKind::Position, None),
    (&["insurg"], "s'insurger", ClaimKind::Position, None),
    (&["redout"], "redouter", ClaimKind::Position, None),
    (&["recommand"], "recommander", ClaimKind::Call, None),
    (&["préconis"], "préconiser", ClaimKind::Call, None),
    (&["prôn"], "prôner", ClaimKind::Call, None),
    (&["souhait"], "souhaiter", ClaimKind::Call, Some(QUE)),
    (
        &["espér", "espèr"],
        "espérer",
        ClaimKind::Position,
        Some(QUE_OR_STATE),
    ),
    (&["pens"], "penser", ClaimKind::Position, Some(QUE_OR_STATE)),
    (&["jur"], "jurer", ClaimKind::Statement, Some(QUE_OR_STATE)),
    (
        &["exprim"],
        "exprimer",
        ClaimKind::Statement,
        Some(EXPRIMER),
    ),
    (
        &["mont"],
        "monter au créneau",
        ClaimKind::Position,
        Some(CRENEAU),
    ),
    (
        &["tir"],
        "tirer la sonnette d'alarme",
        ClaimKind::Warning,
        Some(SONNETTE),
    ),
    (
        &["concéd", "concèd"],
        "concéder",
        ClaimKind::Statement,
        None,
    ),
    (&["argu"], "arguer", ClaimKind::Statement, None),
    (&["remarqu"], "remarquer", ClaimKind::Statement, None),
    (&["relat"], "relater", ClaimKind::Statement, None),
    (&["dévoil"], "dévoiler", ClaimKind::Statement, None),
    // « La fédération a officialisé les forfaits », « officialise la fermeture du site »:
    // news made official (not « a officialisé sa demande d'aide », one's own act).
    (
        &["officialis"],
        "officialiser",
        ClaimKind::Statement,
        Some(&["le", "la", "l'", "les"]),
    ),
    // « comme l'a repéré Le Parisien »: what a medium spotted (not « a repéré le suspect »).
    (&["repér", "repèr"], "repérer", ClaimKind::Statement, None),
    // « a proclamé les résultats », « proclame son innocence », « proclame que » (not « a
    // proclamé l'état d'urgence », « l'indépendance », an act).
    (
        &["proclam"],
        "proclamer",
        ClaimKind::Statement,
        Some(PROCLAMER),
    ),
    (&["certifi"], "certifier", ClaimKind::Statement, Some(QUE)),
    (&["engag"], "s'engager", ClaimKind::Statement, Some(&["à"])),
    (&["reproch"], "reprocher", ClaimKind::Position, None),
    (&["revendiqu"], "revendiquer", ClaimKind::Statement, None),
    (&["montr"], "montrer", ClaimKind::Statement, Some(MONTRER)),
    (&["démontr"], "démontrer", ClaimKind::Statement, Some(QUE)),
    (&["point"], "pointer", ClaimKind::Position, Some(POINTER)),
    (
        &["présent"],
        "présenter comme",
        ClaimKind::Statement,
        Some(&["comme"]),
    ),
    (
        &["apport"],
        "apporter un démenti",
        ClaimKind::Denial,
        Some(APPORTER),
    ),
    // (« « … », a laissé tomber le maire »: in an incise only, see [`INCISE_PHRASES`].)
    (
        &["laiss"],
        "laisser entendre",
        ClaimKind::Statement,
        Some(&["entendre", "tomber"]),
    ),
    (&["blâm"], "blâmer", ClaimKind::Position, None),
    (&["épingl"], "épingler", ClaimKind::Position, None),
    (
        &["élev"],
        "s'élever contre",
        ClaimKind::Position,
        Some(&["contre"]),
    ),
    (
        &["balay", "balai"],
        "balayer",
        ClaimKind::Denial,
        Some(BALAYER),
    ),
    (&["écart"], "écarter", ClaimKind::Statement, None),
    (&["suppli"], "supplier", ClaimKind::Call, None),
    (&["suggér", "suggèr"], "suggérer", ClaimKind::Call, None),
    // « a parlé d'une « trahison » »: only before a quotation (see the cues).
    (
        &["parl"],
        "parler",
        ClaimKind::Statement,
        Some(&["d'", "de", "du", "des"]),
    ),
    // « Le service météo place trois départements en vigilance orange »: a warning (the
    // object between, see the cues).
    (
        &["plac", "plaç"],
        "placer en vigilance",
        ClaimKind::Warning,
        Some(&["en vigilance", "en alerte"]),
    ),
    // « L'institut table sur une croissance de 1 % »: a forecast.
    (
        &["tabl"],
        "tabler sur",
        ClaimKind::Statement,
        Some(&["sur"]),
    ),
    // « taxait le ministre de « laxisme » ».
    (
        &["tax"],
        "taxer de",
        ClaimKind::Position,
        Some(&["de", "d'"]),
    ),
    (
        &["qualifi"],
        "qualifier",
        ClaimKind::Position,
        Some(&["de", "d'"]),
    ),
    // Verbs of saying whose other senses need a clause to be told apart (« l'armée a
    // riposté », « attester de », « décréter l'état d'urgence »).
    (&["ripost"], "riposter", ClaimKind::Statement, Some(QUE)),
    (&["insinu"], "insinuer", ClaimKind::Statement, Some(QUE)),
    (&["attest"], "attester", ClaimKind::Statement, Some(QUE)),
    (&["notifi"], "notifier", ClaimKind::Statement, Some(QUE)),
    (
        &["décrét", "décrèt"],
        "décréter",
        ClaimKind::Statement,
        Some(QUE),
    ),
    // « a confessé avoir menti », « confesse que ».
    (
        &["confess"],
        "confesser",
        ClaimKind::Statement,
        Some(QUE_OR_STATE),
    ),
    // « se targue d'avoir », « se vante de ses résultats ».
    (&["targu"], "se targuer", ClaimKind::Statement, Some(DE)),
    (&["vant"], "se vanter", ClaimKind::Statement, Some(VANTER)),
    // « La banque anticipe une hausse des taux »: a forecast.
    (
        &["anticip"],
        "anticiper",
        ClaimKind::Statement,
        Some(FORECASTS),
    ),
    (&["pari"], "parier", ClaimKind::Statement, Some(PARIER)),
    // Calls, with what is called for (not « conseiller » the adviser, « militant » the
    // activist: see NOT_CUE_FORMS).
    (&["conseill"], "conseiller", ClaimKind::Call, Some(PROPOSER)),
    // (« a ordonné la fermeture de l'usine » is an act: only « ordonne que ».)
    (&["ordonn"], "ordonner", ClaimKind::Call, Some(QUE)),
    (&["adjur"], "adjurer", ClaimKind::Call, Some(PROPOSER)),
    (&["milit"], "militer", ClaimKind::Call, Some(MILITER)),
    // Stances against someone or something.
    (&["désavou"], "désavouer", ClaimKind::Position, None),
    (&["incrimin"], "incriminer", ClaimKind::Position, None),
    (&["stigmatis"], "stigmatiser", ClaimKind::Position, None),
    (&["vilipend"], "vilipender", ClaimKind::Position, None),
    // « impute la hausse à la guerre ».
    (
        &["imput"],
        "imputer",
        ClaimKind::Statement,
        Some(A_PARTICLES),
    ),
    (&["soupçonn"], "soupçonner", ClaimKind::Position, Some(QUE)),
    // « trouve que » (not « il se trouve que », see the cues).
    (&["trouv"], "trouver", ClaimKind::Position, Some(QUE)),
    (
        &["offusqu"],
        "s'offusquer",
        ClaimKind::Position,
        Some(DE_OR_QUE),
    ),
    (
        &["désol"],
        "se désoler",
        ClaimKind::Position,
        Some(DE_OR_QUE),
    ),
    (&["déni"], "dénier", ClaimKind::Denial, Some(REJETER)),
    // « Le parti affiche une grande satisfaction », « a formulé sa demande aux habitants »:
    // what is shown or put into words must be a stance or a request (see the cues).
    (
        &["affich"],
        "afficher",
        ClaimKind::Position,
        Some(OWN_DETERMINERS),
    ),
    // « La compagnie s'est excusée auprès des voyageurs », « le maire s'excuse pour ses
    // propos »: an apology made (only reflexive, see the cues; to someone, for something).
    (
        &["excus"],
        "s'excuser",
        ClaimKind::Statement,
        Some(&[
            "auprès",
            "pour",
            "de",
            "d'",
            "du",
            "des",
            "publiquement",
            "officiellement",
        ]),
    ),
    // « Les éleveurs manifestent leur désarroi », « n'a pas caché sa colère », « ne
    // dissimule pas son inquiétude »: a stance shown, as with « afficher » (see the cues;
    // « cacher » and « dissimuler » only negated).
    (
        &["manifest"],
        "manifester",
        ClaimKind::Position,
        Some(OWN_DETERMINERS),
    ),
    (
        &["cach", "dissimul"],
        "ne pas cacher",
        ClaimKind::Position,
        Some(OWN_DETERMINERS),
    ),
    (
        &["formul"],
        "formuler",
        ClaimKind::Statement,
        Some(OWN_DETERMINERS),
    ),
    (&["infirm"], "infirmer", ClaimKind::Denial, Some(INFIRMER)),
    // « Le ministre a informé que », « informe ses salariés que », « informe de l'ouverture
    // d'une enquête », « a informé mardi de la fermeture du site » (not « a informé les
    // familles », notice given).
    (
        &["inform"],
        "informer",
        ClaimKind::Statement,
        Some(INFORMER),
    ),
    // « Les citoyens ont avisé les élus que … », « avisant les riverains que »: notice given
    // in words, as « informer » (not « mal avisé », « a avisé un passant »).
    (&["avis"], "aviser", ClaimKind::Statement, Some(QUE)),
    // (« le contrat spécifie que » is a text's provision, see the cues.)
    (&["spécifi"], "spécifier", ClaimKind::Statement, Some(QUE)),
    (
        &["enfonc", "enfonç"],
        "enfoncer le clou",
        ClaimKind::Statement,
        Some(&["le clou"]),
    ),
    // « n'a pas mâché ses mots », « ne mâchent pas leurs mots »: speaking bluntly, a stance
    // (negated only, see the cues: « mâche ses mots » mumbles).
    (
        &["mâch"],
        "ne pas mâcher ses mots",
        ClaimKind::Position,
        Some(&["ses mots", "leurs mots"]),
    ),
    (
        &["hauss"],
        "hausser le ton",
        ClaimKind::Position,
        Some(&["le ton"]),
    ),
    (
        &["sonn"],
        "sonner l'alarme",
        ClaimKind::Warning,
        Some(SONNER),
    ),
    (&["livr"], "livrer", ClaimKind::Statement, Some(LIVRER)),
    // « a adressé de vifs reproches au préfet », « adresse ses critiques à la direction » (not
    // « a adressé une lettre », « ses condoléances »).
    (&["adress"], "adresser", ClaimKind::Position, Some(ADRESSER)),
    // « Le maire rassure : « … » », « Paul Martin rassure. », « a rassuré les habitants »
    // (a speaking subject, see the cues; not « sa présence rassure les enfants »).
    (&["rassur"], "rassurer", ClaimKind::Statement, None),
    (&["dress"], "dresser", ClaimKind::Statement, Some(DRESSER)),
    // Light verbs that report only with a noun of speech, which the cues read (« trace un
    // bilan positif », « a poussé un cri d'alarme », « multiplie les mises en garde »).
    (&["trac", "traç"], "tracer", ClaimKind::Statement, Some(&[])),
    (&["pouss"], "pousser", ClaimKind::Warning, Some(&[])),
    (&["multipli"], "multiplier", ClaimKind::Statement, Some(&[])),
    // (« a employé l'expression « … » », « utilise le terme de « … » »: words used, read by
    // the cues' light verbs only before words in quotation marks.)
    (
        &["employ", "emploi"],
        "employer",
        ClaimKind::Statement,
        Some(&[]),
    ),
    (&["utilis"], "utiliser", ClaimKind::Statement, Some(&[])),
    // (« consignes », « l'ordre »: a call, see the cues' kinds.)
    (&["donn"], "donner", ClaimKind::Statement, Some(DONNER)),
    // « doute que », « doutent de l'efficacité » (not « sans doute », see the cues).
    (&["dout"], "douter", ClaimKind::Position, Some(DE_OR_QUE)),
    // « chiffrent à 2 000 le nombre », « a chiffré à »: an estimate (not « se chiffrent à »,
    // see the cues). (Not « évaluer »: « les articles évalués par des pairs » is no verb of
    // the sentence, and « qu'il évalue à » is rarely a claim.)
    (
        &["chiffr"],
        "chiffrer",
        ClaimKind::Statement,
        Some(A_PARTICLES),
    ),
    // Calls made to someone: « presse Pékin de », « a prié les habitants de », « a sommé la
    // société de » (the object between, see the cues; « la presse », « somme » and
    // « sommes » are other words, see NOT_CUE_FORMS).
    (&["press"], "presser", ClaimKind::Call, Some(DE)),
    (&["pri"], "prier", ClaimKind::Call, Some(DE)),
    (&["somm"], "sommer", ClaimKind::Call, Some(DE)),
    // Commands that call only when told to someone, then what to do (the cues'
    // `told::told_to_do`): « a signifié aux grévistes de quitter l'usine », « intime à ses
    // troupes de se replier » (not « cela signifie que », « une vie intime »).
    (&["signifi"], "signifier", ClaimKind::Call, Some(&[])),
    (&["intim"], "intimer", ClaimKind::Call, Some(&[])),
    (&["désapprouv"], "désapprouver", ClaimKind::Position, None),
    // Praise voiced: « louange la solidarité », « encensent le projet », « apprécie la
    // mobilisation » (not « le dollar s'est apprécié », see the cues).
    (&["louang"], "louanger", ClaimKind::Position, None),
    // Blame voiced: « décriant les conditions du scrutin », « vitupère contre les élus »;
    // a risk played down: « dédramatise la situation » (as « relativise »).
    (&["décri"], "décrier", ClaimKind::Position, None),
    (
        &["vitupér", "vitupèr"],
        "vitupérer",
        ClaimKind::Position,
        None,
    ),
    (&["dédramatis"], "dédramatiser", ClaimKind::Position, None),
    (&["encens"], "encenser", ClaimKind::Position, None),
    (&["appréci"], "apprécier", ClaimKind::Position, None),
    // « se range du côté des grévistes », « s'est rangé aux côtés du maire »: a side taken
    // (not « a rangé ses affaires »: the reflexive only, see the cues; not « se rangent
    // derrière le professeur », a queue).
    (&["rang"], "se ranger", ClaimKind::Position, Some(RANGER)),
    (&["cautionn"], "cautionner", ClaimKind::Position, None),
    (&["brocard"], "brocarder", ClaimKind::Position, None),
    (&["dénigr"], "dénigrer", ClaimKind::Position, None),
    (
        &["positionn"],
        "se positionner",
        ClaimKind::Position,
        Some(STANCE_PARTICLES),
    ),
    // « appréhende que » (not « a appréhendé deux suspects », an arrest).
    (
        &["appréhend"],
        "appréhender",
        ClaimKind::Position,
        Some(QUE),
    ),
    // « s'est attaqué au premier ministre » (a person, see the cues; « l'attaque » is the
    // noun).
    (
        &["attaqu"],
        "s'attaquer",
        ClaimKind::Position,
        Some(A_PARTICLES),
    ),
];

/// Regular `-er` verbs that report only in an incise or before a quotation (see
/// [`Verb::incise_only`]), with the kind of what they report: a statement, or a `position`
/// for anger voiced (« s'agace », « fulmine », « tonne »: a feeling narrated, as « s'indigne »
/// and « s'insurge » in [`ER_VERBS`], README « Session 21 »), a rebuke (« tance », « recadre »,
/// « étrille »: the rebuker's position, README « Session 20 ») and mockery (« raille », « se
/// moque »).
const INCISE_ER_VERBS: &[(&[&str], &str, ClaimKind)] = &[
    (&["lanc", "lanç"], "lancer", ClaimKind::Statement),
    (&["ironis"], "ironiser", ClaimKind::Statement),
    (&["plaisant"], "plaisanter", ClaimKind::Statement),
    (&["exclam"], "s'exclamer", ClaimKind::Statement),
    (&["enchaîn", "enchain"], "enchaîner", ClaimKind::Statement),
    (&["tempér", "tempèr"], "tempérer", ClaimKind::Statement),
    (&["nuanc", "nuanç"], "nuancer", ClaimKind::Statement),
    (&["résum"], "résumer", ClaimKind::Statement),
    (&["soupir"], "soupirer", ClaimKind::Statement),
    (&["emport"], "s'emporter", ClaimKind::Position),
    (&["raill"], "railler", ClaimKind::Position),
    (&["analys"], "analyser", ClaimKind::Statement),
    (&["décrypt"], "décrypter", ClaimKind::Statement),
    (&["abond"], "abonder", ClaimKind::Statement),
    (&["souffl"], "souffler", ClaimKind::Statement),
    (&["agac", "agaç"], "s'agacer", ClaimKind::Position),
    (&["amus"], "s'amuser", ClaimKind::Statement),
    (&["enthousiasm"], "s'enthousiasmer", ClaimKind::Position),
    (&["avanc", "avanç"], "avancer", ClaimKind::Statement),
    (&["tranch"], "trancher", ClaimKind::Statement),
    (&["fulmin"], "fulminer", ClaimKind::Position),
    (&["tempêt"], "tempêter", ClaimKind::Position),
    (&["grogn"], "grogner", ClaimKind::Position),
    (&["assén", "assèn"], "asséner", ClaimKind::Statement),
    (&["complét", "complèt"], "compléter", ClaimKind::Statement),
    (&["développ"], "développer", ClaimKind::Statement),
    (&["hurl"], "hurler", ClaimKind::Statement),
    (&["cri"], "crier", ClaimKind::Statement),
    (&["écri"], "s'écrier", ClaimKind::Statement),
    (&["tonn"], "tonner", ClaimKind::Position),
    (&["grinc", "grinç"], "grincer", ClaimKind::Statement),
    (&["pest"], "pester", ClaimKind::Position),
    (&["tanc", "tanç"], "tancer", ClaimKind::Position),
    (&["étrill"], "étriller", ClaimKind::Position),
    // Rebukes (« …, recadre le ministre », and in the passive with their agent: « recadré
    // par le parquet », see the cues; not « a recadré le débat », « recadre la photo »).
    (&["recadr"], "recadrer", ClaimKind::Position),
    (&["sermonn"], "sermonner", ClaimKind::Position),
    (&["réprimand"], "réprimander", ClaimKind::Position),
    (&["admonest"], "admonester", ClaimKind::Position),
    (&["rabrou"], "rabrouer", ClaimKind::Position),
    (&["houspill"], "houspiller", ClaimKind::Position),
    (&["morigén", "morigèn"], "morigéner", ClaimKind::Position),
    (&["murmur"], "murmurer", ClaimKind::Statement),
    (&["chuchot"], "chuchoter", ClaimKind::Statement),
    (&["corrig"], "corriger", ClaimKind::Statement),
    (&["rectifi"], "rectifier", ClaimKind::Statement),
    (&["acquiesc"], "acquiescer", ClaimKind::Statement),
    (&["esclaff"], "s'esclaffer", ClaimKind::Statement),
    (&["moqu"], "se moquer", ClaimKind::Position),
    // Praise and criticism voiced in an incise (« …, loue le maire », « égratigne
    // l'opposition », « éreinte la syndicaliste »): a position, as « salue » and « fustige »
    // are (not « a loué un appartement »). (« tacle » stays the open incise's statement, and
    // « approuver » out: « les riverains ont approuvé le projet, les travaux … » is a vote.)
    (&["lou"], "louer", ClaimKind::Position),
    (&["égratign"], "égratigner", ClaimKind::Position),
    (&["éreint"], "éreinter", ClaimKind::Position),
    (&["énerv"], "s'énerver", ClaimKind::Position),
    // « …, a soulevé le directeur »: raising a point.
    (&["soulev", "soulèv"], "soulever", ClaimKind::Statement),
    // Manners of speaking (verbes introducteurs): « grommelle le maire », « a claironné que ».
    (&["marmonn"], "marmonner", ClaimKind::Statement),
    (&["grommel", "grommell"], "grommeler", ClaimKind::Statement),
    (&["vocifér", "vocifèr"], "vociférer", ClaimKind::Statement),
    (&["claironn"], "claironner", ClaimKind::Statement),
    (&["susurr"], "susurrer", ClaimKind::Statement),
    (&["bougonn"], "bougonner", ClaimKind::Position),
    (&["ronchonn"], "ronchonner", ClaimKind::Position),
    (&["rabâch"], "rabâcher", ClaimKind::Statement),
    (&["serin"], "seriner", ClaimKind::Statement),
    // (« a glissé sur le verglas », « a lâché le volant »: their first sense is physical.)
    (&["gliss"], "glisser", ClaimKind::Statement),
    (&["lâch"], "lâcher", ClaimKind::Statement),
    // « …, a exposé le parquet » (not « a exposé ses œuvres », « expose les enfants à »).
    (&["expos"], "exposer", ClaimKind::Statement),
    // « …, a-t-il énuméré » (not « énumère les étapes » of a plan, a list).
    (&["énumér", "énumèr"], "énumérer", ClaimKind::Statement),
];

/// Words of a locution's `needs_next` after which it reports only in an incise or before a
/// quotation, as the verbs of [`INCISE_ER_VERBS`] do (« « … », a laissé tomber le maire »,
/// « Il laisse tomber : « … » »; not « a laissé tomber le projet »).
pub const INCISE_PHRASES: &[&str] = &["tomber"];

/// Irregular verbs that report only in an incise or before a quotation (see
/// [`Verb::incise_only`]): their finite forms and masculine participle.
const INCISE_IRREGULAR: &[(&str, ClaimKind, Inflection)] = &[
    // (Only the forms of an incise: « publiés » in « des chiffres publiés mardi » is no verb
    // of the sentence.)
    (
        "publier",
        ClaimKind::Statement,
        Listed(&["publie", "publient", "publié", "publiait"]),
    ),
    // (« …, reporte lesoir.be »: « to report », the press's calque, only in the present of
    // an incise; « reporté », « a reporté » are postponing.)
    (
        "reporter",
        ClaimKind::Statement,
        Listed(&["reporte", "reportent"]),
    ),
    ("renchérir", ClaimKind::Statement, Like("renchérir", &FINIR)),
    (
        "reprendre",
        ClaimKind::Statement,
        Like("reprendre", &PRENDRE),
    ),
    ("sourire", ClaimKind::Statement, Like("sourire", &RIRE)),
    ("défendre", ClaimKind::Statement, Like("défendre", &RENDRE)),
    (
        "poursuivre",
        ClaimKind::Statement,
        Like("poursuivre", &SUIVRE),
    ),
    // « « C'est faux », contredit le maire »: a denial; « « Bravo », applaudit la ministre »: a
    // position (not « le public a applaudi les artistes », an act).
    ("contredire", ClaimKind::Denial, Like("contredire", &DIRE)),
    ("applaudir", ClaimKind::Position, Like("applaudir", &FINIR)),
];

/// How an irregular verb's forms are found.
#[derive(Debug, Clone, Copy)]
enum Inflection {
    /// Every form listed (an adjective after « être », a word).
    Listed(&'static [&'static str]),
    /// The infinitive (without « se ») and the paradigm it inflects as.
    Like(&'static str, &'static Paradigm),
}
use Inflection::{Like, Listed};

/// Irregular verbs: lemma, kind, required next words and forms.
type IrregularEntry = (
    &'static str,
    ClaimKind,
    Option<&'static [&'static str]>,
    Inflection,
);

const IRREGULAR: &[IrregularEntry] = &[
    // « est convaincu que », « sont persuadés que »: after « être » only (see the cues).
    (
        "être convaincu",
        ClaimKind::Position,
        Some(QUE),
        Listed(&[
            "convaincu",
            "convaincue",
            "convaincus",
            "convaincues",
            "persuadé",
            "persuadée",
            "persuadés",
            "persuadées",
        ]),
    ),
    // « se sent prêt à relever le défi », « se sentent inquiets »: a side or a feeling felt
    // (the cues' `feels_a_stance`, reflexive only; not « se sent bien », « ça sent bon »).
    (
        "se sentir",
        ClaimKind::Position,
        Some(&[]),
        Listed(&[
            "sent",
            "sentent",
            "sentait",
            "sentaient",
            "senti",
            "sentie",
            "sentis",
            "senties",
        ]),
    ),
    // « ont accueilli l'annonce avec scepticisme »: a reaction told by the feeling it shows
    // (the cues' `with_a_feeling`; not « a accueilli les invités »).
    (
        "accueillir",
        ClaimKind::Position,
        Some(&[]),
        Listed(&[
            "accueille",
            "accueillent",
            "accueillait",
            "accueillaient",
            "accueillit",
            "accueillirent",
            "accueilli",
            "accueillie",
            "accueillis",
            "accueillies",
        ]),
    ),
    // « a instruit le ministre de lancer une enquête »: a command told to someone (as
    // « signifier », see the cues' `told::told_to_do`; not « le juge instruit le dossier »).
    (
        "instruire",
        ClaimKind::Call,
        Some(&[]),
        Listed(&[
            "instruit",
            "instruisent",
            "instruisait",
            "instruisaient",
            "instruisit",
            "instruisirent",
            "instruire",
            "instruisant",
        ]),
    ),
    // « sont hostiles à la réforme », « reste sceptique », « les riverains sont inquiets »: a
    // feeling or a side narrated of the subject, after « être », « rester », « demeurer » only
    // (see the cues; not « un homme inquiet », nor the impersonal « il est prudent de »).
    (
        "être hostile",
        ClaimKind::Position,
        None,
        Listed(NARRATED_STANCES),
    ),
    // (The sides: « sont hostiles à la réforme »; « opposé » stays a form of « s'opposer ».)
    (
        "être hostile",
        ClaimKind::Position,
        None,
        Listed(SIDES_TAKEN),
    ),
    // « sont vent debout contre la réforme », « reste vent debout contre »: fiercely
    // opposed, a side taken (the idiom whole: not « le vent souffle debout »).
    (
        "être hostile",
        ClaimKind::Position,
        Some(&["debout contre"]),
        Listed(&["vent"]),
    ),
    // « se veut rassurant », « se voulaient optimistes »: a stance shown (the adjectives
    // of « se montrer »).
    (
        "se vouloir",
        ClaimKind::Statement,
        Some(MONTRER),
        Like("vouloir", &VOULOIR),
    ),
    // « est d'avis que », « est d'accord avec », « est du même avis » (after « être » only,
    // see the cues: not « un accord avec », « un avis du Conseil »).
    (
        "être d'avis",
        ClaimKind::Position,
        Some(QUE),
        Listed(&["avis", "accord"]),
    ),
    // « traite sa fille de « petite-bourgeoise » » (a quotation after the object only, see
    // the cues: « le livre traite de la guerre » deals with a topic). No « traitant »: « son
    // officier traitant », « le médecin traitant » are nouns.
    (
        "traiter de",
        ClaimKind::Position,
        Some(&["de", "d'"]),
        Listed(&[
            "traite",
            "traitent",
            "traitait",
            "traitaient",
            "traité",
            "traitée",
            "traités",
            "traitées",
        ]),
    ),
    (
        "décrire comme",
        ClaimKind::Position,
        Some(&["comme"]),
        Like("décrire", &ECRIRE),
    ),
    // « L'Insee prévoit une hausse du chômage », « prévoit que »: a forecast (not « la loi
    // prévoit que », see the cues).
    (
        "prévoir",
        ClaimKind::Statement,
        Some(FORECASTS),
        Like("prévoir", &PREVOIR),
    ),
    (
        "s'apercevoir",
        ClaimKind::Statement,
        Some(QUE),
        Like("apercevoir", &CEVOIR),
    ),
    (
        "se rendre compte",
        ClaimKind::Statement,
        Some(COMPTE_QUE),
        Like("rendre", &RENDRE),
    ),
    (
        "remettre en question",
        ClaimKind::Position,
        Some(REMETTRE),
        Like("remettre", &METTRE),
    ),
    (
        "maintenir",
        ClaimKind::Position,
        Some(QUE),
        Like("maintenir", &TENIR),
    ),
    (
        "prétendre",
        ClaimKind::Statement,
        Some(QUE_OR_STATE),
        Like("prétendre", &RENDRE),
    ),
    (
        "prédire",
        ClaimKind::Statement,
        None,
        Like("prédire", &DIRE),
    ),
    // « lit-on dans le communiqué », « peut-on lire sur le site de l'OMS »: what a document
    // says, with « on » as subject only (see the cues).
    (
        "lire",
        ClaimKind::Statement,
        Some(&["dans", "sur"]),
        Listed(&[
            "lit", "lisent", "lisait", "lisaient", "lira", "liront", "lirait", "liraient", "lire",
        ]),
    ),
    (
        "apprendre",
        ClaimKind::Statement,
        Some(&["auprès de", "auprès du", "auprès des", "auprès d'"]),
        Like("apprendre", &PRENDRE),
    ),
    (
        "conclure",
        ClaimKind::Statement,
        None,
        Like("conclure", &CONCLURE),
    ),
    (
        "se souvenir",
        ClaimKind::Statement,
        None,
        Like("souvenir", &TENIR),
    ),
    ("dire", ClaimKind::Statement, None, Like("dire", &DIRE)),
    // « a redit que », « redit son opposition ».
    ("redire", ClaimKind::Statement, None, Like("redire", &DIRE)),
    (
        "écrire",
        ClaimKind::Statement,
        None,
        Like("écrire", &ECRIRE),
    ),
    (
        "répondre",
        ClaimKind::Statement,
        None,
        Like("répondre", &RENDRE),
    ),
    (
        "reconnaître",
        ClaimKind::Statement,
        None,
        Like("reconnaître", &CONNAITRE),
    ),
    (
        "admettre",
        ClaimKind::Statement,
        None,
        Like("admettre", &METTRE),
    ),
    (
        "promettre",
        ClaimKind::Statement,
        None,
        Like("promettre", &METTRE),
    ),
    ("réagir", ClaimKind::Statement, None, Like("réagir", &FINIR)),
    (
        "soutenir",
        ClaimKind::Position,
        None,
        Like("soutenir", &TENIR),
    ),
    (
        "démentir",
        ClaimKind::Denial,
        None,
        Like("démentir", &MENTIR),
    ),
    (
        "prévenir",
        ClaimKind::Warning,
        None,
        Like("prévenir", &TENIR),
    ),
    ("avertir", ClaimKind::Warning, None, Like("avertir", &FINIR)),
    (
        "mettre en garde",
        ClaimKind::Warning,
        Some(GARDE),
        Like("mettre", &METTRE),
    ),
    (
        "craindre",
        ClaimKind::Position,
        None,
        Like("craindre", &CRAINDRE),
    ),
    (
        "se réjouir",
        ClaimKind::Position,
        None,
        Like("réjouir", &FINIR),
    ),
    (
        "s'en prendre à",
        ClaimKind::Position,
        Some(A_PARTICLES),
        Like("prendre", &PRENDRE),
    ),
    (
        "exclure",
        ClaimKind::Statement,
        None,
        Like("exclure", &CONCLURE),
    ),
    ("requérir", ClaimKind::Call, None, Like("requérir", &QUERIR)),
    (
        "croire",
        ClaimKind::Position,
        Some(QUE_OR_STATE),
        Like("croire", &CROIRE),
    ),
    (
        "émettre",
        ClaimKind::Statement,
        Some(EMETTRE),
        Like("émettre", &METTRE),
    ),
    (
        "faire savoir",
        ClaimKind::Statement,
        Some(SAVOIR),
        Like("faire", &FAIRE),
    ),
    (
        "enjoindre",
        ClaimKind::Call,
        None,
        Like("enjoindre", &CRAINDRE),
    ),
    (
        "s'émouvoir",
        ClaimKind::Position,
        Some(DE_OR_QUE),
        Like("émouvoir", &MOUVOIR),
    ),
    (
        "se plaindre",
        ClaimKind::Position,
        Some(DE_OR_QUE),
        Like("plaindre", &CRAINDRE),
    ),
    (
        "s'inscrire en faux",
        ClaimKind::Denial,
        Some(&["en faux"]),
        Like("inscrire", &ECRIRE),
    ),
    (
        "sous-entendre",
        ClaimKind::Statement,
        Some(QUE),
        Like("sous-entendre", &RENDRE),
    ),
    // « La directrice convient que » (not « il convient que », see the cues).
    (
        "convenir",
        ClaimKind::Statement,
        Some(QUE),
        Like("convenir", &TENIR),
    ),
    // « a tenu le ministre responsable de » (see TENIR_RESPONSABLE).
    (
        "tenir responsable",
        ClaimKind::Position,
        Some(TENIR_RESPONSABLE),
        Like("tenir", &TENIR),
    ),
    (
        "s'attendre",
        ClaimKind::Statement,
        Some(ATTENDRE),
        Like("attendre", &RENDRE),
    ),
    (
        "se fendre",
        ClaimKind::Statement,
        Some(FENDRE),
        Like("fendre", &RENDRE),
    ),
    // « garantit que », not « garantir un prêt ».
    (
        "garantir",
        ClaimKind::Statement,
        Some(QUE),
        Like("garantir", &FINIR),
    ),
];

/// Whether a word is a verb in the conditional, third person (« concernerait », « serait »,
/// « pourraient », « viendrait »), as opposed to an imperfect whose stem ends in r
/// (« déclarait », « enregistrait », « assurait », « montrait », « offrait »).
pub fn is_conditional(word: &str) -> bool {
    let Some(stem) = word
        .strip_suffix("raient")
        .or_else(|| word.strip_suffix("rait"))
    else {
        return false;
    };
    // The future stem before « -rait »: « concerne- », « pour- », « viend- », « mett- »,
    // « connaît- », « croi- », « dev- », « fini- ».
    let ends = |tails: &[&str]| tails.iter().any(|t| stem.ends_with(t));
    // (« émouvrait »: the imperfect is « émouvait ».)
    if stem.ends_with('e')
        || ends(&[
            "r", "tt", "oi", "ît", "ait", "uit", "cev", "dev", "uiv", "mouv",
        ])
    {
        return true;
    }
    // (« encadrait » is an imperfect, « viendrait » a conditional.)
    if stem.ends_with('d') {
        return !stem.ends_with("ad");
    }
    if stem.ends_with('i') {
        return !IMPERFECTS_IN_IRAIT.contains(&format!("{stem}rait").as_str());
    }
    matches!(stem, "au" | "sau" | "conclu" | "exclu" | "inclu")
}

/// Imperfects of -irer verbs, which look like conditionals of -ir verbs (« tirait » beside
/// « partirait »).
const IMPERFECTS_IN_IRAIT: &[&str] = &[
    "tirait",
    "retirait",
    "attirait",
    "inspirait",
    "aspirait",
    "respirait",
    "soupirait",
    "expirait",
    "désirait",
    "admirait",
    "virait",
    "cirait",
];

/// Forms of a listed verb that never report (« en parlant des prix » gives a topic; « est
/// venue soutenir les salariés » gives support, not a view; « sur Twitter » names the network;
/// « le conseiller », « un militant », « une plainte » are nouns).
const NOT_CUE_FORMS: &[&str] = &[
    // (« des employés », « une employée de mairie », « les utilisateurs »: nouns of people,
    // no forms of « employer » as a cue; « a employé » stays.)
    "employés",
    "employée",
    "employées",
    "employant",
    "parlant",
    "soutenir",
    "twitter",
    "conseiller",
    "militant",
    "manifestant",
    "plainte",
    "plaintes",
    "presse",
    "presses",
    "somme",
    "sommes",
    // Nouns that share a verb's form (« un livre », « les données », « une hausse », « la
    // tenue », « l'attaque », « le chiffre »).
    "livre",
    "livres",
    "donnée",
    "données",
    "doutes",
    // (« qui, doutant de la loyauté de ses services, confie »: a state of mind, no claim.)
    "doutant",
    "hausse",
    "hausses",
    "tenue",
    "tenues",
    "attaque",
    "attaques",
    "chiffre",
    "chiffres",
];

impl Inflection {
    /// The forms this inflection gives.
    fn forms(self, which: Which) -> Vec<String> {
        match self {
            Listed(forms) => forms.iter().map(|f| (*f).to_string()).collect(),
            Like(infinitive, paradigm) => conjugation::forms(infinitive, paradigm, which),
        }
    }
}

/// Lemmas of [`verbs`] whose forms are no verb: adjectives and nouns read as cues after
/// « être » only (« sont hostiles à », « est d'avis que »).
const NOT_VERB_LEMMAS: &[&str] = &[NARRATED_STANCE.lemma, "être d'avis"];

/// Whether `low` is a form of a reporting verb (a key of [`verbs`]) that is a verb: not one of
/// the adjectives or nouns read after « être » (« un habitant furieux », « un accord »), which
/// the cues alone look up in [`verbs`].
pub fn is_verb_form(low: &str) -> bool {
    verbs()
        .get(low)
        .is_some_and(|v| !NOT_VERB_LEMMAS.contains(&v.lemma))
        && !ADJECTIVES_SPELT_AS_VERBS.contains(&low)
        && !NOUNS_OPENING_IDIOMS.contains(&low)
}

/// Nouns listed as the first word of a verbal idiom (« vent » of « sont vent debout contre »):
/// a noun anywhere else (« Le vent a tourné »), no verb form (the cues still read the idiom
/// through [`verbs`]).
const NOUNS_OPENING_IDIOMS: &[&str] = &["vent"];

/// Forms of a reporting verb far more often an adjective inside a noun phrase: « un proche
/// intime du ministre », « un ami intime » (the cues still read « intime à X de » through
/// [`verbs`]).
const ADJECTIVES_SPELT_AS_VERBS: &[&str] = &["intime", "intimes"];

/// The ordinal adjectives of rank, with « dernier », in every form. Before a noun they rank it
/// (« les premiers éléments », « la dernière annonce », « le second rapport »); after a
/// determiner alone they name someone (« Le premier affirme », « La seconde dénonce »).
pub const ORDINALS: &[&str] = &[
    "premier",
    "première",
    "premiers",
    "premières",
    "dernier",
    "dernière",
    "derniers",
    "dernières",
    "second",
    "seconde",
    "seconds",
    "secondes",
    "deuxième",
    "deuxièmes",
    "troisième",
    "troisièmes",
];

/// « nouveau » in every form (« un nouvel appel », « les nouvelles annonces »): before a
/// noun like the [`ORDINALS`], but names no one alone (« la nouvelle » is news).
pub const NEW: &[&str] = &["nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles"];

/// `low` past the prefix of a former holder (« ex-ministre » → « ministre »): the role an
/// « ex- » names is still the role's noun.
pub fn without_former(low: &str) -> &str {
    low.strip_prefix("ex-").unwrap_or(low)
}

/// Whether `w` ranks the noun after it: an ordinal, « dernier » or « nouveau » (« les
/// derniers chiffres », « les premiers éléments », « le nouveau bilan », « un second appel »).
pub fn ranks(w: &str) -> bool {
    ORDINALS.contains(&w) || NEW.contains(&w)
}

/// Adjectives the press puts before a noun, which no noun or verb spells (« une violente
/// alerte », « une brève annonce », « une grave menace », « de lourdes critiques », « une telle
/// annonce », « cette même annonce »): after a determiner, the form that follows is a noun.
/// Besides these, « nouveau » ([`NEW`]) and the [`ORDINALS`], which also name someone
/// (« Le premier affirme ») and are read with what follows (`claims::cues`).
pub const ADJECTIVES_BEFORE_NOUNS: &[&str] = &[
    "même",
    "tel",
    "telle",
    "tels",
    "telles",
    "récente",
    "précédente",
    "précédentes",
    "violent",
    "violente",
    "violents",
    "violentes",
    "bref",
    "brève",
    "brefs",
    "brèves",
    "longue",
    "longues",
    "grave",
    "graves",
    "lourd",
    "lourde",
    "lourds",
    "lourdes",
    "fausse",
    "fausses",
    "vraie",
    "vraies",
    "énorme",
    "énormes",
    "immense",
    "immenses",
    "terrible",
    "terribles",
    "étrange",
    "étranges",
    "mystérieuse",
    "mystérieux",
    "curieuse",
    "courte",
    "courtes",
    "nette",
    "nettes",
    "forte",
    "fortes",
    "importante",
    "importantes",
    "éventuelle",
    "éventuelles",
    "éventuel",
    "prochaine",
    "prochaines",
    "énièmes",
    "multiples",
    "maintes",
    "innombrables",
];

/// Whether `low` is the adjective or participle `base` (masculine singular) or its feminine or
/// plural (« outrée », « interrogés », « assises »).
pub fn inflects_adjective(low: &str, base: &str) -> bool {
    low.strip_prefix(base)
        .is_some_and(|e| ["", "e", "s", "es"].contains(&e))
}

/// Every inflected form of every reporting verb, lowercase.
pub fn verbs() -> &'static HashMap<String, Verb, BuildHasherDefault<WordHasher>> {
    // (Hashed as the word sets are: looked up for nearly every word.)
    static MAP: OnceLock<HashMap<String, Verb, BuildHasherDefault<WordHasher>>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = HashMap::default();
        for (stems, lemma, kind, needs_next) in ER_VERBS {
            let verb = Verb {
                lemma,
                kind: *kind,
                needs_next: *needs_next,
                incise_only: false,
            };
            for stem in *stems {
                for form in conjugation::inflect(stem, &ER, Which::All) {
                    if !NOT_CUE_FORMS.contains(&form.as_str()) {
                        map.entry(form).or_insert(verb);
                    }
                }
            }
        }
        for (lemma, kind, needs_next, inflection) in IRREGULAR {
            let verb = Verb {
                lemma,
                kind: *kind,
                needs_next: *needs_next,
                incise_only: false,
            };
            for form in inflection.forms(Which::All) {
                if !NOT_CUE_FORMS.contains(&form.as_str()) {
                    map.entry(form).or_insert(verb);
                }
            }
        }
        let incise = |lemma, kind| Verb {
            lemma,
            kind,
            needs_next: None,
            incise_only: true,
        };
        for (stems, lemma, kind) in INCISE_ER_VERBS {
            for stem in *stems {
                for form in conjugation::inflect(stem, &ER, Which::All) {
                    map.entry(form).or_insert(incise(lemma, *kind));
                }
            }
        }
        for (lemma, kind, inflection) in INCISE_IRREGULAR {
            for form in inflection.forms(Which::Incise) {
                map.entry(form).or_insert(incise(lemma, *kind));
            }
        }
        map
    })
}

/// Whether `form` is a past participle of an irregular reporting verb and no finite form of
/// it (« admis », « reconnue », « crainte »; not « dit », also a present). The participles of
/// `-er` verbs end in « é », « ée », « és », « ées ».
pub fn is_irregular_participle(form: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| irregular_participles(conjugation::participles))
        .contains(form)
}

/// Whether `form` may be a past participle of an irregular reporting verb, a finite form as
/// well or not (« admis », « dit », « écrit »): after an auxiliary, it is one.
pub fn may_be_irregular_participle(form: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| irregular_participles(conjugation::all_participles))
        .contains(form)
}

/// The participles `participles` gives of the irregular reporting verbs.
fn irregular_participles(participles: fn(&str, &Paradigm) -> Vec<String>) -> HashSet<String> {
    let irregular = IRREGULAR.iter().map(|(_, _, _, inflection)| *inflection);
    let incise = INCISE_IRREGULAR
        .iter()
        .map(|(_, _, inflection)| *inflection);
    irregular
        .chain(incise)
        .filter_map(|inflection| match inflection {
            Like(infinitive, paradigm) => Some(participles(infinitive, paradigm)),
            Listed(_) => None,
        })
        .flatten()
        .collect()
}

/// Verbs by which a subject walks out or breaks something off (« a quitté la réunion », « a
/// claqué la porte », « a suspendu l'audience », « est sorti », « est parti »): a reaction,
/// whose clause of time tells what someone else did (« … quand il a affirmé … »).
const WALKING_OUT: &[Inflection] = &[
    Like("quitter", &ER),
    Like("claquer", &ER),
    Like("suspendre", &RENDRE),
    Like("sortir", &MENTIR),
    Like("partir", &MENTIR),
    Listed(&[
        "interrompt",
        "interrompent",
        "interrompait",
        "interrompaient",
        "interrompit",
        "interrompu",
        "interrompue",
        "interrompus",
        "interrompues",
    ]),
];

/// Whether `form` is a form of a verb of [`WALKING_OUT`] (« quitte », « a suspendu »).
pub fn walks_out(form: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        WALKING_OUT
            .iter()
            .flat_map(|inflection| inflection.forms(Which::All))
            .collect()
    })
    .contains(form)
}

/// Whether `form` is a passé simple of an irregular reporting verb and no present as well
/// (« admit », « reconnut », « promirent »; not « dit », also a present). Those of `-er` verbs
/// end in « a » and « èrent », which no present does.
pub fn is_simple_past(form: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        let irregular = IRREGULAR.iter().map(|(_, _, _, inflection)| *inflection);
        let incise = INCISE_IRREGULAR
            .iter()
            .map(|(_, _, inflection)| *inflection);
        irregular
            .chain(incise)
            .filter_map(|inflection| match inflection {
                Like(infinitive, paradigm) => Some(conjugation::simple_pasts(infinitive, paradigm)),
                Listed(_) => None,
            })
            .flatten()
            .collect()
    })
    .contains(form)
}

/// A verb that leads an infinitive cue (« a tenu à rappeler », « s'est empressé de démentir »,
/// « veut rassurer »), with the particle between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lead {
    /// The infinitive of the leading verb.
    pub lemma: &'static str,
    /// « à », « de », or empty (« veut rassurer »).
    pub particle: &'static str,
    /// Whether it leads only negated (« n'a pas manqué de souligner », « n'a pas hésité à
    /// dénoncer »).
    pub negated_only: bool,
}

/// The leading verbs: infinitives (a second spelling gives the grave accent of « préfère »,
/// which the `-er` paradigm does not write), paradigm, particle, whether only negated.
/// Inflected by [`conjugation::stated_forms`]: what will or would be said is no claim yet.
const LEAD_VERBS: &[(&[&str], &Paradigm, &str, bool)] = &[
    (&["tenir"], &TENIR, "à", false),
    (&["borner"], &ER, "à", false),
    (&["limiter"], &ER, "à", false),
    (&["contenter"], &ER, "de", false),
    (&["empresser"], &ER, "de", false),
    (&["manquer"], &ER, "de", true),
    (&["hésiter"], &ER, "à", true),
    (&["vouloir"], &VOULOIR, "", false),
    (&["souhaiter"], &ER, "", false),
    (&["préférer", "préfèrer"], &ER, "", false),
    // « Les experts s'accordent à dire que », « persiste à nier », « s'obstinait à démentir »,
    // « ne cesse de répéter » (« cesse de » alone stops saying), « s'efforce de rassurer ».
    // « continue de réclamer », « continuent à dénoncer »: only after someone (the cues; not
    // a thing that goes on, « la crise continue d'alimenter les critiques »).
    (&["continuer"], &ER, "de", false),
    (&["continuer"], &ER, "à", false),
    (&["accorder"], &ER, "à", false),
    (&["persister"], &ER, "à", false),
    (&["obstiner"], &ER, "à", false),
    (&["cesser"], &ER, "de", true),
    (&["efforcer"], &ER, "de", false),
    // « est venu dire devant le portail », « vient d'annoncer que »
    (&["venir"], &TENIR, "", false),
    (&["venir"], &TENIR, "de", false),
    // « a refusé de commenter », « se sont toujours refusés à parler de « crise » »: what
    // someone refused to say is not said (« n'a pas refusé de répondre » is as « a répondu »).
    (&["refuser"], &ER, "de", true),
    (&["refuser"], &ER, "à", true),
];

/// Verbs of an aim or an intention before an infinitive, with the particle between them:
/// « la réunion visait à dresser un bilan », « entend dénoncer », « comptent annoncer »,
/// « envisage d'annoncer », « prévoit de dénoncer », « s'apprête à annoncer ». What someone
/// means to say is not said (README, session 17: intentions make no claim).
const INTENTION_VERBS: &[(&str, &Paradigm, &str)] = &[
    ("viser", &ER, "à"),
    ("entendre", &RENDRE, ""),
    ("compter", &ER, ""),
    ("envisager", &ER, "de"),
    ("projeter", &ER, "de"),
    ("prévoir", &PREVOIR, "de"),
    ("apprêter", &ER, "à"),
];

/// Whether `form` before `particle` is a verb of an aim or an intention (see
/// [`INTENTION_VERBS`]), its present participle included (« un texte visant à dénoncer »).
pub fn intends(form: &str, particle: &str) -> bool {
    static FORMS: OnceLock<HashSet<(String, &'static str)>> = OnceLock::new();
    FORMS
        .get_or_init(|| {
            INTENTION_VERBS
                .iter()
                .flat_map(|&(infinitive, paradigm, particle)| {
                    conjugation::stated_forms(infinitive, paradigm)
                        .into_iter()
                        .chain(conjugation::present_participle(infinitive, paradigm))
                        .map(move |form| (form, particle))
                })
                .collect()
        })
        .contains(&(form.to_string(), particle))
}

/// The verb leading an infinitive cue whose form is `form`, before `particle` (see [`Lead`]).
pub fn lead(form: &str, particle: &str) -> Option<Lead> {
    static MAP: OnceLock<HashMap<(String, &'static str), Lead>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = HashMap::new();
        for (infinitives, paradigm, particle, negated_only) in LEAD_VERBS {
            let lead = Lead {
                lemma: infinitives[0],
                particle,
                negated_only: *negated_only,
            };
            for infinitive in *infinitives {
                for form in conjugation::stated_forms(infinitive, paradigm) {
                    map.entry((form, *particle)).or_insert(lead);
                }
                // « …, tenant à préciser que », « se bornant à indiquer »: a participle
                // after a first clause leads too (not « voulant », « venant », no particle).
                let participle = conjugation::present_participle(infinitive, paradigm);
                if let Some(form) = participle.filter(|_| !particle.is_empty()) {
                    map.entry((form, *particle)).or_insert(lead);
                }
            }
        }
        map
    })
    .get(&(form.to_string(), particle))
    .copied()
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
    "aussitôt",
    "vite",
    "souvent",
    "longtemps",
    "donc",
    "désormais",
    "finalement",
    "surtout",
    "tôt",
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
    "parmi",
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
    "lequel",
    "laquelle",
    "lesquels",
    "lesquelles",
    "auquel",
    "duquel",
    "desquels",
    "mais",
    "car",
    "donc",
    "puis",
    "tandis",
    "alors",
    "que",
    "qu'",
    "lorsque",
    "lorsqu'",
    "quand",
    "où",
    "si",
    "dont",
    "puisque",
    "puisqu'",
    "parce",
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
    // Belgian and Swiss dailies and broadcasters (not « Le Soir », « Le Temps »: common words).
    "het laatste nieuws",
    "de standaard",
    "de morgen",
    "la libre belgique",
    "la dernière heure",
    "rtbf",
    "tribune de genève",
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
    "el mundo",
    "la repubblica",
    "corriere della sera",
    "la stampa",
    "the independent",
    "the telegraph",
    "daily telegraph",
    "usa today",
    "newsweek",
    "haaretz",
    "al arabiya",
    "al-arabiya",
    "anadolu",
    "sputnik",
    "deutsche welle",
    "le devoir",
    "jeune afrique",
    "le journal du dimanche",
    "l'humanité",
    "la tribune",
    "les échos",
    "le canard enchaîné",
    "courrier international",
    "radio-canada",
    "rtbf",
    "rts",
    // Public and regional broadcasters whose name opens on a country or a common word
    // (« France Bleu Roussillon », « France Télévisions », « Radio France »), and regional,
    // Belgian, Swiss, Québec and African outlets.
    "france bleu",
    "france inter",
    "france culture",
    "france télévisions",
    "france 3",
    "france 5",
    "radio france",
    "ici radio-canada",
    "tv5monde",
    "tv5 monde",
    "rmc",
    "bfm",
    "cnews",
    "m6",
    "arte",
    "rtl info",
    "rtl-tvi",
    "sudinfo",
    "belga",
    "keystone-ats",
    "swissinfo",
    "noovo",
    "noovo info",
    "tva nouvelles",
    "la presse canadienne",
    "le journal de montréal",
    "le journal de québec",
    "sud ouest",
    "la voix du nord",
    "le dauphiné libéré",
    "midi libre",
    "nice-matin",
    "var-matin",
    "la dépêche du midi",
    "l'est républicain",
    "le républicain lorrain",
    "dernières nouvelles d'alsace",
    "fraternité matin",
    "africanews",
    "apanews",
    "huffpost",
    // Press agencies quoted by African and Maghreb outlets (« rapporte l'APS »),
    // and a regional daily (« raconte le Maine libre »).
    "aps",
    "algérie presse service",
    "tap",
    "ats",
    "ansa",
    "dpa",
    "efe",
    "maine libre",
];

/// Nouns naming a role (a speaker described by function).
pub const ROLE_NOUNS: &[&str] = &[
    "attaché",
    "attachée",
    "substitut",
    "docteur",
    "collaborateur",
    "collaboratrice",
    "porte-parole",
    // (« selon son producteur », « d'après son agent »: who speaks for an artist.)
    "producteur",
    "productrice",
    "manager",
    "agent",
    "agente",
    "impresario",
    "éditeur",
    "éditrice",
    "biographe",
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
    "pharmacien",
    "pharmacienne",
    "médecin",
    "infirmier",
    "infirmière",
    "policier",
    "gendarme",
    "enseignant",
    "enseignante",
    "professeur",
    "professeure",
    "entraîneur",
    "sélectionneur",
    "capitaine",
    "colonel",
    "lieutenant",
    "caporal",
    "sergent",
    "adjoint",
    "adjointe",
    "délégué",
    "déléguée",
    "délégués",
    "préfet",
    "préfète",
    "magistrat",
    "fondateur",
    "fondatrice",
    "coordinateur",
    "coordinatrice",
    "gérant",
    "gérante",
    "p.-d.g.",
    "pdg",
    "élu",
    "élue",
    "syndicaliste",
    "avocats",
    "gouverneurs",
    "économistes",
    "chercheurs",
    "chercheuses",
    "spécialistes",
    "prévisionniste",
    "prévisionnistes",
    "météorologue",
    "météorologues",
    "climatologue",
    "climatologues",
    "épidémiologiste",
    "épidémiologistes",
    "médecins",
    "procureurs",
    "juges",
    "maires",
    "préfets",
    "députés",
    "sénateurs",
    "policiers",
    "gendarmes",
    "enseignants",
    "infirmiers",
    "infirmières",
    "syndicalistes",
    "magistrats",
    "commissaires",
    "ambassadeurs",
    "négociateurs",
    "représentants",
    "directeurs",
    "présidents",
    "élus",
    // Local and regional titles of Belgium, Switzerland, Québec and francophone Africa, and
    // feminine forms the list lacked (« la mairesse », « le bourgmestre », « l'échevine »,
    // « le syndic », « la sous-préfète », « la sous-ministre »): a compound title is listed
    // whole, since most look-ups take the head word as it stands.
    "mairesse",
    "mairesses",
    // (The Maghreb's « wali », governor of an Algerian wilaya or a Moroccan province; the
    // Gulf's « émir ».)
    "wali",
    "walis",
    "émir",
    "bourgmestre",
    "bourgmestres",
    "échevin",
    "échevine",
    "échevins",
    "échevines",
    "syndic",
    "syndics",
    "sous-préfet",
    "sous-préfète",
    "sous-préfets",
    "sous-ministre",
    "sous-ministres",
    "ministre-président",
    "ministre-présidente",
    "député-maire",
    "députée-maire",
    "maire-adjoint",
    "maire-adjointe",
    "vice-premier",
    "vice-première",
    "vice-recteur",
    "vice-rectrice",
    "recteur",
    "rectrice",
    "doyen",
    "doyenne",
    "proviseur",
    "proviseure",
    "inspecteur",
    "inspectrice",
    // (« la rapporteure de l'ONU », « le rapporteur du projet de loi »: a function.)
    "rapporteur",
    "rapporteure",
    "rapporteurs",
    "médiateur",
    "médiatrice",
    "ombudsman",
    "consul",
    "consule",
    "vice-consul",
    "bâtonnier",
    "bâtonnière",
    "policière",
    "policières",
    "commandante",
    "magistrate",
    "intendant",
    "intendante",
    "administrateur",
    "administratrice",
    "gouverneures",
    "conseillers",
    "conseillères",
    "présidentes",
    "préfètes",
    "députées",
    "sénatrices",
    "ministres-présidents",
    "évêque",
    "archevêque",
    "imam",
    "rabbin",
    // (« l'édile »: the press's word for a mayor.)
    "édile",
    "édiles",
];

/// Further words that make a phrase a role for the role column (not speaker heads).
pub const EXTRA_ROLE_WORDS: &[&str] = &[
    "candidat",
    "candidate",
    "leader",
    "opposant",
    "opposante",
    "membre",
    "numéro",
    "chargé",
    "chargée",
    "délégués",
    "syndicaux",
    "co-fondateur",
    "cofondateur",
    "trésorier",
    "trésorière",
    "entraîneur",
    "joueur",
    "joueuse",
    "attaquant",
    "défenseur",
    "écrivain",
    "auteur",
    "autrice",
    "cinéaste",
    "artiste",
    "historien",
    "historienne",
    "sociologue",
    "politologue",
    "professeur",
    "professeure",
    "médecin",
    "urgentiste",
    "épidémiologiste",
    "virologue",
    "juriste",
    "architecte",
    "ingénieur",
    "maire-adjoint",
    "élus",
    "secrétaire",
    "présidente",
    "ancien",
    "ancienne",
    "ex-président",
    "ex-ministre",
];

/// Nouns a « selon » can cite besides people, institutions and media: documents, polls,
/// authorities (« selon un sondage », « selon les autorités »).
pub const SOURCE_NOUNS: &[&str] = &[
    // (« selon le palmarès de X », « d'après le baromètre annuel », « selon les propos de X ».)
    "palmarès",
    "baromètre",
    // (« selon une vidéo diffusée par X », « d'après des images de surveillance ».)
    "vidéo",
    "vidéos",
    "enregistrement",
    "enregistrements",
    "images",
    "relevés",
    "registre",
    "propos",
    "message",
    "messages",
    "tract",
    "pétition",
    "bulletin",
    "sondage",
    "sondages",
    "étude",
    "études",
    "rapport",
    "rapports",
    "communiqué",
    "communiqués",
    "chiffres",
    "bilan",
    "estimation",
    "estimations",
    "enquête",
    "enquêteurs",
    "document",
    "documents",
    "statistiques",
    "données",
    "autorités",
    "services",
    "police",
    "gendarmerie",
    "gouvernement",
    "ministère",
    "parquet",
    "préfecture",
    "spécialistes",
    "observateurs",
    "organisateurs",
    "syndicat",
    "syndicats",
    "secours",
    "pompiers",
    "militaires",
    "médecins",
    "démissionnaires",
    "entourage",
    "analyse",
    "note",
    "lettre",
    "courrier",
    "texte",
    "projet",
    "décret",
    "associations",
    "association",
    "ong",
    "onu",
    "armée",
    "mairie",
    "municipalité",
    // « Selon la commune, … »: the town's authority.
    "commune",
    "communes",
    "opposition",
    "famille",
    "avocat",
    "avocats",
    "informations",
    "témoignage",
    "témoignages",
    "version",
    "bilan",
    "proches",
    "plainte",
    "mandat",
    "accusation",
    "accusations",
    "procureur",
    "tribunal",
    "justice",
    "cour",
    "agence",
    "dépêche",
    "porte-parole",
    "responsable",
    "responsables",
    "dirigeants",
    "auteurs",
    "initiateurs",
    "décompte",
    "décomptes",
    "recensement",
    "comptage",
    "éléments",
    "résultats",
    "prévisions",
    "projections",
    "calculs",
    "secouristes",
    "sauveteurs",
    "reportage",
    "reportages",
    "conclusions",
    "collectif",
    "coordination",
    "experts",
    "analystes",
];

/// Titles before a name: not roles, not part of the name (« M. Dupont », « Mgr Lefèvre »).
pub const TITLES: &[&str] = &[
    "m.",
    "mme",
    "mlle",
    "mmes",
    "mm.",
    "dr",
    "me",
    "mgr",
    "pr",
    "monsieur",
    "madame",
    "mademoiselle",
    "maître",
    "docteur",
    "professeur",
    // « Son Excellence Fritz Martin », the address of a head of State or an ambassador.
    "excellence",
];

/// Adjectives of judgement in their masculine singular (« nécessaire », « opportun »,
/// « excessif », « scandaleux », « crucial »): what « juger », « estimer », « considérer »,
/// « trouver » say of a measure when the adjective comes before it (« juge nécessaire une
/// réforme »). Not a court's words (« recevable », « coupable »), a ruling, not a view.
const JUDGEMENT_ADJECTIVES: &[&str] = &[
    "nécessaire",
    "indispensable",
    "utile",
    "inutile",
    "opportun",
    "inopportun",
    "souhaitable",
    "préférable",
    "urgent",
    "important",
    "essentiel",
    "primordial",
    "crucial",
    "vital",
    "prioritaire",
    "prématuré",
    "inacceptable",
    "inadmissible",
    "intolérable",
    "inconcevable",
    "impensable",
    "injuste",
    "juste",
    "injustifié",
    "justifié",
    "impossible",
    "possible",
    "normal",
    "anormal",
    "légitime",
    "illégitime",
    "raisonnable",
    "déraisonnable",
    "excessif",
    "abusif",
    "disproportionné",
    "insuffisant",
    "suffisant",
    "dangereux",
    "regrettable",
    "scandaleux",
    "honteux",
    "absurde",
    "indécent",
    "choquant",
    "inquiétant",
    "préoccupant",
    "inévitable",
    "incompréhensible",
    "irréaliste",
    "réaliste",
    "pertinent",
    "judicieux",
    "logique",
];

/// Whether `word` is an adjective of judgement (see [`JUDGEMENT_ADJECTIVES`]) in any gender
/// and number: « opportune », « excessives », « dangereuse », « cruciaux ».
pub fn is_judgement_adjective(word: &str) -> bool {
    let base = |w: &str| JUDGEMENT_ADJECTIVES.contains(&w);
    let singular = word.strip_suffix('s').unwrap_or(word);
    let masculine = |w: &str| {
        base(w)
            || w.strip_suffix('e').is_some_and(base)
            || w.strip_suffix("ive")
                .is_some_and(|s| base(&format!("{s}if")))
            || w.strip_suffix("euse")
                .is_some_and(|s| base(&format!("{s}eux")))
    };
    masculine(word)
        || masculine(singular)
        || word
            .strip_suffix("aux")
            .is_some_and(|s| base(&format!("{s}al")))
}

/// Where words attack, not blows (« s'en est pris au gouvernement dans un discours », « sur
/// X »): a speech setting, or a participle that says what was said.
pub const SPEECH_SETTINGS: &[&str] = &[
    "discours",
    "interview",
    "entretien",
    "déclaration",
    "déclarations",
    "communiqué",
    "tribune",
    "conférence",
    "meeting",
    "tweet",
    "tweets",
    "message",
    "lettre",
    "courrier",
    "vidéo",
    "micro",
    "antenne",
    "plateau",
    "émission",
    "hémicycle",
    "débat",
    "propos",
    "verbalement",
    "réseaux",
    "twitter",
    "facebook",
    "blog",
    "éditorial",
    "accusant",
    "reprochant",
    "qualifiant",
    "traitant",
    "dénonçant",
    "fustigeant",
    "critiquant",
    "estimant",
    "jugeant",
    "affirmant",
    "question",
    "questions",
    "intervention",
    "allocution",
    "séance",
    "chronique",
    "article",
    "livre",
    "ouvrage",
    "podcast",
    "radio",
    "télévision",
    // (adverbs said only of words: « s'en est pris vertement aux socialistes »)
    "vertement",
    "publiquement",
    "ouvertement",
    "nommément",
];

/// Words of an assault, not of speech (« à coups de », « armé d'un couteau », « frappé »).
pub const BLOWS: &[&str] = &[
    "coups",
    "couteau",
    "arme",
    "armes",
    "armé",
    "armés",
    "projectiles",
    "pierres",
    "pavés",
    "cocktails",
    "barre",
    "barres",
    "bâton",
    "bâtons",
    "batte",
    "machette",
    "poings",
    "physiquement",
    "frappé",
    "frappée",
    "frappés",
    "frappant",
    "blessé",
    "blessée",
    "blessés",
    "blessant",
    "roué",
    "agressé",
    "agressée",
    "tabassé",
    "molesté",
    "incendié",
    "incendiés",
    "saccagé",
    "saccagés",
    "dégradé",
    "dégradés",
    "pillé",
    "pillés",
    "brisé",
    "brisés",
    "cassé",
    "cassés",
    "vandalisé",
    "mortiers",
    "engins",
];

/// Subjects that assault rather than speak (« des casseurs », « un individu »).
pub const ROUGH_ACTORS: &[&str] = &[
    "casseur",
    "casseurs",
    "émeutier",
    "émeutiers",
    "individu",
    "individus",
    "agresseur",
    "agresseurs",
    "assaillant",
    "assaillants",
    "forcené",
    "vandales",
    "malfaiteurs",
    "voyous",
    "hooligans",
    "inconnu",
    "inconnus",
    "cagoulés",
    "manifestants",
    "homme",
    "hommes",
    "jeune",
    "jeunes",
    "suspect",
    "suspects",
    "détenu",
    "détenus",
    "chien",
    "chiens",
];

/// Things and bystanders one lays into with blows, not words (« aux vitrines », « aux forces
/// de l'ordre », « à un passant »).
pub const PHYSICAL_TARGETS: &[&str] = &[
    "vitrine",
    "vitrines",
    "vitres",
    "commerce",
    "commerces",
    "magasin",
    "magasins",
    "boutique",
    "boutiques",
    "banque",
    "banques",
    "agence",
    "agences",
    "bâtiment",
    "bâtiments",
    "local",
    "locaux",
    "permanence",
    "permanences",
    "mobilier",
    "biens",
    "véhicule",
    "véhicules",
    "voiture",
    "voitures",
    "bus",
    "abribus",
    "façade",
    "façades",
    "statue",
    "statues",
    "monument",
    "monuments",
    "maison",
    "maisons",
    "domicile",
    "immeuble",
    "immeubles",
    "église",
    "mosquée",
    "synagogue",
    "forces",
    "policier",
    "policiers",
    "policière",
    "gendarme",
    "gendarmes",
    "agent",
    "agents",
    "crs",
    "pompiers",
    "secouristes",
    "passant",
    "passants",
    "passante",
    "vigile",
    "vigiles",
    "surveillant",
    "surveillants",
    "contrôleur",
    "contrôleurs",
    "chauffeur",
    "chauffeurs",
    "conducteur",
    "conducteurs",
    "commerçant",
    "commerçants",
    "client",
    "clients",
    "victime",
    "victimes",
    "enfant",
    "enfants",
    "adolescent",
    "adolescents",
    "adolescente",
    "femme",
    "compagne",
    "épouse",
    "ex-compagne",
    "mari",
    "conjoint",
    "voisin",
    "voisins",
    "voisine",
    "fidèles",
    "migrants",
];

/// What one attacks in words (with [`ROLE_NOUNS`], titles, names, bodies and [`POLICIES`]):
/// powers, groups in public life and what they do or say (« au gouvernement », « à la
/// presse », « à ses méthodes »).
pub const ATTACKED_IN_WORDS: &[&str] = &[
    "gouvernement",
    "exécutif",
    "opposition",
    "majorité",
    "patronat",
    "syndicats",
    "presse",
    "médias",
    "justice",
    "élus",
    "politiques",
    "gestion",
    "méthodes",
    "propos",
    "déclarations",
    "attitude",
    "régime",
    "pouvoir",
    "dirigeants",
    "élites",
    "partis",
    "institutions",
    "juges",
    "socialistes",
    "écologistes",
    "communistes",
    "républicains",
    "démocrates",
    "conservateurs",
    "libéraux",
    "centristes",
    "insoumis",
    "macronistes",
    "travaillistes",
    "populistes",
    "adversaires",
    "détracteurs",
    "opposants",
    "rivaux",
    "concurrents",
    "alliés",
    "partenaires",
    "ministres",
    "députés",
    "sénateurs",
    "responsables",
    "experts",
    "économistes",
    "scientifiques",
];

/// Unnamed people who speak: not organizations (« des témoins », « un habitant »).
pub const PEOPLE_NOUNS: &[&str] = &[
    "témoin",
    "témoins",
    "habitant",
    "habitante",
    "habitants",
    // (« Les populations espèrent une baisse des prix ».)
    "population",
    "populations",
    // (« Le personnel soignant dénonce », « personnel hospitalier et habitants ont »: the
    // staff, people.)
    "personnel",
    "personnels",
    "riverain",
    "riveraine",
    "riverains",
    "passant",
    "passante",
    "passants",
    // (« des inconnus ont revendiqué », « un inconnu a appelé »: people whose names no one
    // knows.)
    "inconnu",
    "inconnue",
    "inconnus",
    "inconnues",
    "homme",
    "femme",
    "hommes",
    "femmes",
    "victime",
    "victimes",
    "rescapé",
    "rescapée",
    "rescapés",
    "survivant",
    "survivants",
    "manifestant",
    "manifestants",
    "démissionnaires",
    "réfugiés",
    "réfugié",
    "témoignages",
    "parents",
    "voisin",
    "voisine",
    "voisins",
    "salarié",
    "salariés",
    "employé",
    "employés",
    "proche",
    "proches",
    "agriculteur",
    "agriculteurs",
    "agricultrice",
    "éleveur",
    "éleveurs",
    "commerçant",
    "commerçante",
    "commerçants",
    "étudiant",
    "étudiante",
    "étudiants",
    "étudiantes",
    "lycéen",
    "lycéens",
    "lycéenne",
    "lycéennes",
    // (« mis en cause par des écoliers », « selon des collégiens »: pupils, as « élèves ».)
    "écolier",
    "écolière",
    "écoliers",
    "écolières",
    "collégien",
    "collégienne",
    "collégiens",
    "collégiennes",
    "patient",
    "patiente",
    "patients",
    "retraité",
    "retraitée",
    "retraités",
    "ouvrier",
    "ouvrière",
    "ouvriers",
    "cheminot",
    "cheminots",
    // (« les aiguilleurs du ciel »: air traffic controllers, in strike news.)
    "aiguilleur",
    "aiguilleurs",
    "grévistes",
    "usager",
    "usagers",
    "automobiliste",
    "automobilistes",
    "électeur",
    "électeurs",
    "électrice",
    "supporters",
    "touristes",
    "sinistré",
    "sinistrés",
    "déplacés",
    "soignant",
    "soignante",
    "soignants",
    "fidèles",
    "militant",
    "militante",
    "militants",
    "partisan",
    "partisane",
    "partisans",
    "sympathisants",
    "bénévole",
    "bénévoles",
    "mère",
    "père",
    "mères",
    "pères",
    "jeune",
    "jeunes",
    "adolescent",
    "adolescente",
    "adolescents",
    "élève",
    "élèves",
    "consommateurs",
    "locataires",
    "propriétaires",
    "agents",
    "passagers",
    "voyageurs",
    "clients",
    "salariées",
    "employées",
    "travailleurs",
    "citoyens",
    "citoyennes",
    "villageois",
    "habitantes",
    "riveraines",
    // Family, friends and partners (« selon son épouse », « selon un ami de la victime »,
    // « Selon son complice, « … » »).
    "épouse",
    "époux",
    "mari",
    "compagne",
    "compagnon",
    "conjoint",
    "conjointe",
    "fiancé",
    "fiancée",
    "complice",
    "complices",
    "ami",
    "amie",
    "amis",
    "amies",
    "fils",
    "fille",
    "filles",
    "cousin",
    "cousine",
    "oncle",
    "tante",
    "veuve",
    "veuf",
    "collègue",
    "collègues",
    // (Probe of session 12: « Un pompier a précisé » read as an organization, « un soldat »,
    // « un arbitre » as no one.)
    "pompier",
    "soldat",
    "soldats",
    "photographe",
    "photographes",
    "boulanger",
    "boulangère",
    "motard",
    "motards",
    "arbitre",
    "pilote",
    "pilotes",
    "marin",
    "marins",
];

/// Heads of bodies and firms that speak (« selon », « d'après », a verb's subject) but that the lists
/// of roles and organizations lack: services of the State (« selon le commissariat du
/// gouvernement », « d'après les forces de l'ordre », « selon l'aviation civile », « selon les
/// douanes »), bodies (« d'après cet organisme ») and firms named by their trade (« selon la
/// compagnie », « d'après l'opérateur », « selon le constructeur »).
pub const BODIES_AND_FIRMS: &[&str] = &[
    "commissariat",
    "forces",
    "aviation",
    "douane",
    "douanes",
    "organisme",
    "organismes",
    "compagnie",
    "compagnies",
    "firme",
    "constructeur",
    "opérateur",
    "exploitant",
    "transporteur",
    "hôpital",
];

/// Nouns (and capitalized words) naming an organization or an institution.
pub const ORG_WORDS: &[&str] = &[
    "gouvernement",
    // « l'exécutif »: the government, as the press names it.
    "exécutif",
    // « la présidence », « la primature », « la chancellerie »: the office for its holder.
    "présidence",
    "vice-présidence",
    "primature",
    "chancellerie",
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
    // « le patronat »: the employers' organizations, as social news names them.
    "patronat",
    "fédération",
    "confédération",
    "bureau",
    "service",
    "services",
    "direction",
    "observatoire",
    "autorité",
    "secrétariat",
    "inspection",
    "haut-commissariat",
    "institution",
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
    // (Countries, for « Le Burkina Faso et le Mali ont affirmé »: no person's name.)
    "burkina",
    "faso",
    "côte",
    "ivoire",
    "sierra",
    "leone",
    "sri",
    "lanka",
    "arabie",
    "saoudite",
    "corée",
    "afrique",
    "émirats",
    "pays-bas",
    "centrafrique",
    "mali",
    "niger",
    "tchad",
    "sénégal",
    "guinée",
    "cameroun",
    "gabon",
    "congo",
    "rdc",
    "rwanda",
    "burundi",
    "kenya",
    "éthiopie",
    "somalie",
    "soudan",
    "libye",
    "tunisie",
    "algérie",
    "maroc",
    "égypte",
    "syrie",
    "liban",
    "irak",
    "jordanie",
    "afghanistan",
    "pakistan",
    "palestine",
    "yémen",
    "qatar",
    "venezuela",
    "brésil",
    "argentine",
    "mexique",
    "canada",
    "belgique",
    "suisse",
    "espagne",
    "italie",
    "portugal",
    "grèce",
    "hongrie",
    "autriche",
    "suède",
    "norvège",
    "danemark",
    "biélorussie",
    "moldavie",
    "géorgie",
    "arménie",
    "azerbaïdjan",
    "vietnam",
    "birmanie",
    "indonésie",
    "philippines",
    "australie",
    "cuba",
    "haïti",
    "colombie",
    "nigeria",
    "mauritanie",
    "madagascar",
    "ouganda",
    "érythrée",
    // (More countries, for a country that speaks: « Le Luxembourg a demandé … Il a répété »
    // stands for the person who spoke before, not the country.)
    "luxembourg",
    "bénin",
    "togo",
    "ghana",
    "liberia",
    "gambie",
    "tanzanie",
    "zambie",
    "zimbabwe",
    "mozambique",
    "angola",
    "namibie",
    "botswana",
    "malawi",
    "djibouti",
    "comores",
    "chili",
    "pérou",
    "bolivie",
    "équateur",
    "uruguay",
    "paraguay",
    "nicaragua",
    "guatemala",
    "honduras",
    "finlande",
    "irlande",
    "islande",
    "roumanie",
    "bulgarie",
    "serbie",
    "croatie",
    "bosnie",
    "albanie",
    "kosovo",
    "slovaquie",
    "slovénie",
    "tchéquie",
    "estonie",
    "lettonie",
    "lituanie",
    "koweït",
    "bahreïn",
    "thaïlande",
    "cambodge",
    "malaisie",
    "singapour",
    "bangladesh",
    "népal",
    "kazakhstan",
    "ouzbékistan",
    "nouvelle-zélande",
];

/// Capitalized words that are not names (sentence-initial function words and the like).
const NOT_NAMES: &[&str] = &[
    // (Pronouns opening a sentence: « Qui poursuit : « … » », « Rien n'a changé »,
    // « Chacun le sait ».)
    "qui",
    "rien",
    "quiconque",
    "chacun",
    "chacune",
    "aucun",
    "aucune",
    "nul",
    "nulle",
    "face",
    // (Prepositions opening a sentence: « Outre Paul Martin, le ministre … ».)
    "outre",
    "malgré",
    "avec",
    "sans",
    "chez",
    "contre",
    "parmi",
    "hormis",
    "depuis",
    "pendant",
    "durant",
    "lors",
    "dès",
    "comme",
    "contrairement",
    "grâce",
    // (« Concernant Paul Martin, le ministre a dit »: a participle used as a preposition.)
    "concernant",
    "nonobstant",
    "moyennant",
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
    "m.",
    "mme",
    "m",
    "mlle",
    "dr",
    "mgr",
    "me",
    "pr",
    "maître",
    "monsieur",
    "madame",
    // (« Son Excellence Paul Martin »: the address of a head of State, no part of the name.)
    "excellence",
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

/// Approximations before a count, word by word (« environ 300 », « près de 200 », « au moins
/// trois », « pas moins de dix »); see [`approximation_len`].
pub const APPROXIMATIONS: &[&[&str]] = &[
    &["environ"],
    &["quelque"],
    &["près", "de"],
    &["plus", "de"],
    &["moins", "de"],
    &["au", "moins"],
    &["pas", "moins", "de"],
];

/// How many of `words` (lowercase) an approximation of [`APPROXIMATIONS`] opening them takes
/// before what follows it (0 without one, or with nothing after it): the count is next.
pub fn approximation_len(words: &[&str]) -> usize {
    APPROXIMATIONS
        .iter()
        .find(|a| words.len() > a.len() && words.starts_with(a))
        .map_or(0, |a| a.len())
}

/// Cardinal numbers the press writes in words, from « deux » to « mille » (« de trois
/// blessés », « estimé à quinze »): a figure, not a noun.
pub const CARDINALS: &[&str] = &[
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "cent",
    "mille",
];

/// The months (« le 3 mai »): no names either.
pub const MONTHS: &[&str] = &[
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
];

/// Military ranks the African press abbreviates before a name (« le Col Paul Martin », « le
/// Gal Jean Kaboré »): a title there, as « M. », no part of the name. After a first name they
/// are a surname (« Yossi Gal »): `claims::speaker::capitalized_runs` keeps them there.
pub const RANK_ABBREVIATIONS: &[&str] = &["gal", "gén", "col", "cdt", "cne", "capt", "lt", "sgt"];

/// Whether a capitalized word is no name: a function word, a title, a rank's abbreviation, a
/// day or a month.
pub fn is_not_name(word: &str) -> bool {
    static LISTED: WordSet = WordSet::new();
    word_set(&LISTED, &[NOT_NAMES, RANK_ABBREVIATIONS, MONTHS]).contains(word)
        || manner_adverb(word)
}

/// A set of words built once from word lists (see [`word_set`]).
pub type WordSet = OnceLock<HashSet<&'static str, BuildHasherDefault<WordHasher>>>;

/// The words of `lists` in one set, built once in `cell`: for lists asked of nearly every
/// word, where scanning them one by one costs more than the lookup.
pub fn word_set(
    cell: &'static WordSet,
    lists: &[&[&'static str]],
) -> &'static HashSet<&'static str, BuildHasherDefault<WordHasher>> {
    cell.get_or_init(|| lists.concat().into_iter().collect())
}

/// FNV-1a, the hash of the word sets: a few operations a byte for a short word, where the
/// default SipHash costs as much as scanning twenty words (the sets hold the lexicon's own
/// words, no input chosen against them).
pub struct WordHasher(u64);

impl Default for WordHasher {
    fn default() -> Self {
        WordHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// Whether `low` is one of the [`AUXILIARIES`] (looked up in a set built once).
pub fn is_auxiliary(low: &str) -> bool {
    static SET: WordSet = WordSet::new();
    word_set(&SET, &[AUXILIARIES]).contains(low)
}

/// An adverb of manner opening a sentence (« Concrètement, … », « Finalement, … »,
/// « Visiblement … »): « -ment » after a vowel's « e », « a » or « e » doubled, no first name
/// (« Clément »).
fn manner_adverb(word: &str) -> bool {
    ["ement", "amment", "emment"]
        .iter()
        .any(|e| word.ends_with(e))
        && word.chars().count() > 7
        && !is_first_name(word)
}

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
    "patrick",
    "laurent",
    "christophe",
    "frédéric",
    "éric",
    "eric",
    "daniel",
    "bernard",
    "didier",
    "thierry",
    "pascal",
    "vincent",
    "julien",
    "guillaume",
    "antoine",
    "maxime",
    "alexandre",
    "hugo",
    "lucas",
    "mathieu",
    "matthieu",
    "romain",
    "arnaud",
    "cédric",
    "damien",
    "fabien",
    "jérôme",
    "ludovic",
    "mickaël",
    "raphaël",
    "sylvain",
    "xavier",
    "yannick",
    "benoît",
    "hervé",
    "gilles",
    "serge",
    "rené",
    "andré",
    "gérard",
    "roger",
    "marcel",
    "jean-pierre",
    "jean-marc",
    "jean-paul",
    "jean-michel",
    "jean-françois",
    "jean-louis",
    "pierre-yves",
    "mohamed",
    "mehdi",
    "youssef",
    "rachid",
    "hamid",
    "omar",
    "ibrahim",
    "moussa",
    "mamadou",
    "abdel",
    "samir",
    "nabil",
    "yassine",
    "kevin",
    "bastien",
    "florian",
    "jordan",
    "quentin",
    "adrien",
    "clément",
    "victor",
    "léo",
    "jules",
    "arthur",
    "françois-xavier",
    "sergio",
    "carlos",
    "juan",
    "luis",
    "josé",
    "ahmad",
    "hassan",
    "hussein",
    // Frequent French, francophone and international first names (session 11): names
    // that are also common words (« manuel », « noël », « urbain », « pape ») or unisex
    // (« Dominique », « Camille ») are left out.
    "abdou",
    "abdoulaye",
    "abdallah",
    "abdelkader",
    "abdelaziz",
    "abdelhamid",
    "achille",
    "adama",
    "adil",
    "adolphe",
    "ahmet",
    "alban",
    "albert",
    "aldo",
    "alexis",
    "alfred",
    "amadou",
    "amar",
    "ambroise",
    "amine",
    "anatole",
    "andreas",
    "andrés",
    "anthony",
    "antonio",
    "aristide",
    "armand",
    "arsène",
    "augustin",
    "aurélien",
    "axel",
    "aziz",
    "baptiste",
    "basile",
    "baudouin",
    "benoit",
    "bertrand",
    "blaise",
    "boubacar",
    "brahim",
    "brendan",
    "brian",
    "bruce",
    "bryan",
    "cheikh",
    "christian",
    "claude",
    "corentin",
    "cyril",
    "cyrille",
    "dimitri",
    "djamel",
    "edgar",
    "edmond",
    "edouard",
    "edward",
    "élie",
    "eliott",
    "émile",
    "emilio",
    "enzo",
    "ernest",
    "erwan",
    "étienne",
    "eugène",
    "evan",
    "fabrice",
    "farid",
    "félix",
    "ferdinand",
    "fernand",
    "fernando",
    "florent",
    "francis",
    "franck",
    "frank",
    "franco",
    "gaël",
    "gaëtan",
    "gaston",
    "gauthier",
    "gautier",
    "geoffroy",
    "georges",
    "ghislain",
    "gilbert",
    "gildas",
    "grégoire",
    "grégory",
    "gregory",
    "guy",
    "gustave",
    "habib",
    "hakim",
    "hamza",
    "harold",
    "harry",
    "henry",
    "hicham",
    "hubert",
    "ibrahima",
    "idriss",
    "idrissa",
    "igor",
    "ismaël",
    "issa",
    "ivan",
    "jacky",
    "jan",
    "jason",
    "jérémie",
    "jérémy",
    "jeremy",
    "joachim",
    "joël",
    "joel",
    "johan",
    "johann",
    "jonathan",
    "joseph",
    "josué",
    "kader",
    "kamel",
    "karl",
    "kévin",
    "khaled",
    "kylian",
    "lamine",
    "léon",
    "léonard",
    "léopold",
    "lionel",
    "loïc",
    "loic",
    "lorenzo",
    "lucien",
    "luigi",
    "lyes",
    "malik",
    "marius",
    "mathias",
    "mathis",
    "maurice",
    "max",
    "maximilien",
    "michaël",
    "mickael",
    "miguel",
    "modibo",
    "mohamad",
    "mohammad",
    "mourad",
    "moustapha",
    "mustapha",
    "nasser",
    "nathan",
    "nathanaël",
    "norbert",
    "oscar",
    "oumar",
    "ousmane",
    "pablo",
    "patrice",
    "pierrick",
    "rafael",
    "raphael",
    "ralph",
    "raoul",
    "raymond",
    "redouane",
    "régis",
    "rémi",
    "remi",
    "rémy",
    "remy",
    "renaud",
    "rodolphe",
    "rodrigue",
    "roland",
    "ronald",
    "ruben",
    "salah",
    "salif",
    "salim",
    "samuel",
    "samy",
    "sékou",
    "seydou",
    "slimane",
    "souleymane",
    "stanislas",
    "steve",
    "steven",
    "sven",
    "tarek",
    "teddy",
    "théo",
    "théodore",
    "thibault",
    "thibaut",
    "timothée",
    "tom",
    "tristan",
    "ugo",
    "valentin",
    "valéry",
    "walid",
    "walter",
    "wilfried",
    "willy",
    "yann",
    "yanis",
    "yoann",
    "yohann",
    "younes",
    "zinedine",
    "alassane",
    "aliou",
    "babacar",
    "macky",
    "mahamadou",
    "yaya",
    "tidiane",
    "denis",
    "alexander",
    "alex",
    "chris",
    "christopher",
    "gordon",
    "jack",
    "jeff",
    "jeffrey",
    "jim",
    "jimmy",
    "keith",
    "kenneth",
    "larry",
    "matt",
    "matthew",
    "nick",
    "nicholas",
    "ryan",
    "scott",
    "sean",
    "stephen",
    "ted",
    "tim",
    "timothy",
    "hans",
    "jürgen",
    "klaus",
    "wolfgang",
    "helmut",
    "friedrich",
    "horst",
    "francesco",
    "giuseppe",
    "giovanni",
    "matteo",
    "silvio",
    "enrico",
    "alberto",
    "javier",
    "jorge",
    "ricardo",
    "gustavo",
    "felipe",
    "andreï",
    "andrei",
    "mikhaïl",
    "mikhail",
    "nikolaï",
    "viktor",
    "iouri",
    "youri",
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
    "fatima",
    "aïcha",
    "nadia",
    "leïla",
    "leila",
    "samira",
    "amina",
    "yasmina",
    "sonia",
    "sandrine",
    "stéphanie",
    "céline",
    "émilie",
    "aurélie",
    "caroline",
    "virginie",
    "véronique",
    "sylvie",
    "martine",
    "monique",
    "françoise",
    "brigitte",
    "chantal",
    "patricia",
    "florence",
    "delphine",
    "élodie",
    "manon",
    "léa",
    "chloé",
    "inès",
    "pauline",
    "mathilde",
    "charlotte",
    "lucie",
    "juliette",
    "marion",
    "alice",
    "margaux",
    "anaïs",
    "audrey",
    "agathe",
    "cécile",
    "corinne",
    "estelle",
    "laure",
    "marine",
    "marie-jo",
    "marie-claire",
    "marie-christine",
    "anne-marie",
    "jeanne",
    "odile",
    "eva",
    "emma",
    "clara",
    "carmen",
    "ana",
    "olga",
    "natalia",
    "tatiana",
    "svetlana",
    // Frequent French, francophone and international first names (session 11): names
    // that are also common words or places (« rose », « iris », « aude », « madeleine »,
    // « Marianne ») are left out.
    "adèle",
    "adeline",
    "albane",
    "alexandra",
    "alexia",
    "aline",
    "amandine",
    "anastasia",
    "andrée",
    "angélique",
    "anna",
    "annabelle",
    "annick",
    "annie",
    "antoinette",
    "apolline",
    "ariane",
    "arielle",
    "armelle",
    "arlette",
    "astrid",
    "axelle",
    "barbara",
    "béatrice",
    "bénédicte",
    "bérénice",
    "bernadette",
    "berthe",
    "blandine",
    "carla",
    "carole",
    "christelle",
    "christiane",
    "claudine",
    "claudia",
    "clémentine",
    "colette",
    "coline",
    "coralie",
    "cynthia",
    "danièle",
    "danielle",
    "daphné",
    "déborah",
    "denise",
    "diane",
    "dorothée",
    "édith",
    "edith",
    "éléonore",
    "éliane",
    "élise",
    "ella",
    "éloïse",
    "elsa",
    "emmanuelle",
    "esther",
    "eugénie",
    "évelyne",
    "fabienne",
    "fanny",
    "fatou",
    "fatoumata",
    "francine",
    "gabrielle",
    "geneviève",
    "georgette",
    "germaine",
    "ghislaine",
    "gisèle",
    "henriette",
    "hortense",
    "huguette",
    "ingrid",
    "irène",
    "jacqueline",
    "jeanine",
    "joëlle",
    "josiane",
    "josette",
    "judith",
    "julia",
    "justine",
    "katia",
    "laetitia",
    "lætitia",
    "léna",
    "léonie",
    "liliane",
    "lina",
    "louise",
    "lucienne",
    "lucile",
    "ludivine",
    "lydie",
    "maëlle",
    "magali",
    "marguerite",
    "mariam",
    "marie-france",
    "marie-hélène",
    "marina",
    "marlène",
    "marthe",
    "maryse",
    "maud",
    "mélanie",
    "michèle",
    "micheline",
    "mireille",
    "muriel",
    "murielle",
    "myriam",
    "nadège",
    "nadine",
    "najat",
    "naomi",
    "nicole",
    "noémie",
    "nora",
    "odette",
    "olivia",
    "ophélie",
    "paola",
    "pascale",
    "paulette",
    "perrine",
    "pierrette",
    "rachel",
    "raymonde",
    "régine",
    "renée",
    "roselyne",
    "sabine",
    "sabrina",
    "salomé",
    "sandra",
    "séverine",
    "sévérine",
    "simone",
    "solange",
    "solène",
    "suzanne",
    "sylviane",
    "tiphaine",
    "valentine",
    "vanessa",
    "viviane",
    "yolande",
    "yvette",
    "yvonne",
    "zoé",
    "diana",
    "gloria",
    "hannah",
    "helen",
    "jane",
    "janet",
    "kate",
    "kathleen",
    "lisa",
    "margaret",
    "melania",
    "michelle",
    "rebecca",
    "ruth",
    "serena",
    "sheila",
    "tina",
    "aminata",
    "awa",
    "djamila",
    "farida",
    "hafsa",
    "halima",
    "khadija",
    "malika",
    "mariama",
    "nabila",
    "naïma",
    "zeinab",
    "zineb",
    "ekaterina",
    "elena",
    "irina",
    "ludmila",
    "lioudmila",
    "oksana",
    "valentina",
    "marylise",
];

/// The gender a first name suggests. A compound first name (« jean-marie », « marie-claude »,
/// « jean-baptiste ») takes the gender of its first part when that part is a known first name.
pub fn first_name_gender(word: &str) -> Option<Gender> {
    // (A map built once: a scan of the 730 names cost a third of the claims pass.)
    static GENDERS: OnceLock<HashMap<&'static str, Gender>> = OnceLock::new();
    let genders = GENDERS.get_or_init(|| {
        let female = FEMALE_NAMES.iter().map(|&name| (name, Gender::Female));
        // (Male last, so a name in both lists stays male, as the scan read it.)
        let male = MALE_NAMES.iter().map(|&name| (name, Gender::Male));
        female.chain(male).collect()
    });
    if let Some(&gender) = genders.get(word) {
        Some(gender)
    } else if let Some(plain) = without_accents(word) {
        // « Stève », « Grégory »: a known name spelt with an accent it does not usually carry.
        genders.get(plain.as_str()).copied()
    } else {
        let (head, tail) = word.split_once('-')?;
        let tail_is_a_name = !tail.is_empty()
            && tail
                .split('-')
                .all(|part| part.chars().count() >= 2 && part.chars().all(char::is_alphabetic));
        if tail_is_a_name {
            first_name_gender(head)
        } else {
            None
        }
    }
}

/// The reporting verb forms `word` (lowercase) may be with its accents dropped, as some sites
/// type them (« declare » -> « déclare », « déclaré »; « deplorent » -> « déplorent »): empty
/// when `word` is itself a form or has an accent.
pub fn verb_forms_without_accents(word: &str) -> &'static [String] {
    static PLAIN: OnceLock<HashMap<String, Vec<String>, BuildHasherDefault<WordHasher>>> =
        OnceLock::new();
    let plain = PLAIN.get_or_init(|| {
        let forms = verbs();
        let mut plain: HashMap<String, Vec<String>, BuildHasherDefault<WordHasher>> =
            HashMap::default();
        for form in forms.keys() {
            if let Some(bare) = without_accents(form).filter(|bare| !forms.contains_key(bare)) {
                plain.entry(bare).or_default().push(form.clone());
            }
        }
        // (In one order whatever the map's: the first form is the one read.)
        plain.values_mut().for_each(|forms| forms.sort());
        plain
    });
    plain.get(word).map_or(&[], Vec::as_slice)
}

/// `word` with its accents taken off (« stève » -> « steve »), None when it has none.
fn without_accents(word: &str) -> Option<String> {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    let plain: String = word.nfd().filter(|&c| !is_combining_mark(c)).collect();
    (plain != word).then_some(plain)
}

/// People schools, hospitals, streets and squares are most often named after (« le lycée
/// Victor Hugo », « l'hôpital Georges Pompidou », « l'école Jules Ferry »), lowercase, their
/// words joined by spaces: after a place's noun with no comma between, such a name is the
/// place's, not the person holding a role there. (A list, not a first name: « le directeur
/// de l'hôpital Jérôme Martin » names the director.)
pub const NAMESAKES: &[&str] = &[
    "albert camus",
    "anatole france",
    "antoine de saint-exupéry",
    "aristide briand",
    "camille claudel",
    "charles de gaulle",
    "claude debussy",
    "claude monet",
    "édouard herriot",
    "émile zola",
    "françois mitterrand",
    "françoise dolto",
    "frédéric joliot-curie",
    "georges brassens",
    "georges clemenceau",
    "georges pompidou",
    "gustave eiffel",
    "henri matisse",
    "jacques brel",
    "jacques chirac",
    "jacques prévert",
    "jean de la fontaine",
    "jean giono",
    "jean jaurès",
    "jean macé",
    "jean monnet",
    "jean moulin",
    "jean rostand",
    "jean vilar",
    "jean zay",
    "jules ferry",
    "jules verne",
    "léon blum",
    "léonard de vinci",
    "louis aragon",
    "louis pasteur",
    "louise michel",
    "lucie aubrac",
    "marcel pagnol",
    "marie curie",
    "martin luther king",
    "nelson mandela",
    "olympe de gouges",
    "pablo picasso",
    "paul bert",
    "paul éluard",
    "paul langevin",
    "paul valéry",
    "pierre et marie curie",
    "pierre mendès france",
    "robert schuman",
    "romain rolland",
    "simone veil",
    "victor hugo",
];

/// Whether the lowercase words `words` are the name of a person places are named after
/// ([`NAMESAKES`]).
pub fn is_namesake(words: &[&str]) -> bool {
    // (« le collège Jean-Moulin »: the hyphen the name takes in a place's name.)
    let joined = words.join(" ").replace('-', " ");
    NAMESAKES.iter().any(|n| n.replace('-', " ") == joined)
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

/// Trades and states of people whose noun ends in -ier / -er and makes its feminine in -ière /
/// -ère (« le caissier / la caissière », « un conseiller / une conseillère »), in the masculine
/// singular. The ending alone names things as often (« la filière », « la matière », « le
/// dossier »): only these count as people by it ([`person_noun_in_ier`]).
pub const PEOPLE_IN_IER: &[&str] = &[
    "caissier",
    "infirmier",
    "ouvrier",
    "conseiller",
    "hôtelier",
    "cuisinier",
    "romancier",
    "policier",
    "pompier",
    "douanier",
    "greffier",
    "huissier",
    "banquier",
    "épicier",
    "pâtissier",
    "charcutier",
    "jardinier",
    "plombier",
    "menuisier",
    "serrurier",
    "couturier",
    "bijoutier",
    "fermier",
    "meunier",
    "routier",
    "brancardier",
    "héritier",
    "prisonnier",
    "officier",
    "chancelier",
    "écolier",
    "financier",
    "créancier",
    "boulanger",
    "boucher",
    "passager",
    "étranger",
    "horloger",
    "berger",
    "messager",
];

/// Whether `word` is a noun of [`PEOPLE_IN_IER`] in any of its four forms (« caissières »,
/// « conseillère », « ouvriers »).
pub fn person_noun_in_ier(word: &str) -> bool {
    let singular = word.strip_suffix('s').unwrap_or(word);
    let masculine = singular
        .strip_suffix("ère")
        .map_or_else(|| singular.to_string(), |stem| format!("{stem}er"));
    masculine.ends_with("er") && PEOPLE_IN_IER.contains(&masculine.as_str())
}

#[cfg(test)]
mod tests {
    use super::{first_name_gender, Gender};

    #[test]
    fn compound_first_names_take_the_gender_of_their_first_part() {
        for w in [
            "jean-marie",
            "jean-baptiste",
            "paul-henri",
            "jean-claude-pierre",
        ] {
            assert_eq!(first_name_gender(w), Some(Gender::Male), "{w}");
        }
        for w in ["marie-claude", "anne-sophie", "marie-france"] {
            assert_eq!(first_name_gender(w), Some(Gender::Female), "{w}");
        }
        // Not first names: an unknown first part, a part that is no word, a lone hyphen.
        for w in [
            "saint-denis",
            "jean-",
            "jean-3",
            "jean-x",
            "-marie",
            "sud-ptt",
        ] {
            assert_eq!(first_name_gender(w), None, "{w}");
        }
    }

    #[test]
    fn conditionals_are_told_from_imperfects() {
        for w in [
            "concernerait",
            "serait",
            "pourraient",
            "viendrait",
            "mettrait",
            "connaîtrait",
            "croirait",
            "devrait",
            "recevrait",
            "finirait",
            "dirait",
            "irait",
            "partirait",
            "aurait",
            "saurait",
            "produirait",
            "suivrait",
            "déclarerait",
        ] {
            assert!(super::is_conditional(w), "{w}");
        }
        for w in [
            "déclarait",
            "enregistrait",
            "montrait",
            "entrait",
            "assurait",
            "offrait",
            "ouvrait",
            "espérait",
            "tirait",
            "inspiraient",
            "encadrait",
            "illustrait",
            "disait",
            "affirme",
        ] {
            assert!(!super::is_conditional(w), "{w}");
        }
    }

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

    /// A feeling's or a side's adjective and « avis » / « accord » are cues after « être »,
    /// no verb forms; the verbs' own forms, « opposé » (« s'opposer ») and « confiant »
    /// (« confier ») among them, are.
    #[test]
    fn stance_adjectives_are_cues_but_no_verb_forms() {
        for form in [
            "hostiles",
            "favorable",
            "inquiets",
            "sceptiques",
            "avis",
            "accord",
        ] {
            assert!(verbs().contains_key(form), "{form} is a cue");
            assert!(!is_verb_form(form), "{form} is no verb form");
        }
        for form in ["opposés", "confiant", "déclaré", "affirment", "convaincu"] {
            assert!(is_verb_form(form), "{form}");
        }
        assert!(!is_verb_form("a"));
    }

    /// An approximation is skipped only when a count may follow it.
    #[test]
    fn approximations_before_a_count() {
        assert_eq!(approximation_len(&["pas", "moins", "de", "dix"]), 3);
        assert_eq!(approximation_len(&["près", "de", "200", "personnes"]), 2);
        assert_eq!(approximation_len(&["quelque", "40"]), 1);
        assert_eq!(approximation_len(&["environ"]), 0);
        assert_eq!(approximation_len(&["plus", "grand"]), 0);
        assert_eq!(approximation_len(&["les", "syndicats"]), 0);
    }

    /// Whether `form` is a form of `lemma` in the lists.
    fn is_form_of(form: &str, lemma: &str) -> bool {
        verbs().get(form).is_some_and(|v| v.lemma == lemma)
    }

    #[test]
    fn irregular_verbs_have_every_third_person_form() {
        let expected: &[(&str, &[&str])] = &[
            (
                "admettre",
                &[
                    "admet",
                    "admettent",
                    "admettait",
                    "admettaient",
                    "admit",
                    "admirent",
                    "admettra",
                    "admettront",
                    "admettrait",
                    "admettraient",
                    "admis",
                    "admise",
                    "admises",
                    "admettant",
                    "admettre",
                ],
            ),
            (
                "reconnaître",
                &[
                    "reconnaît",
                    "reconnait",
                    "reconnaissent",
                    "reconnaissait",
                    "reconnut",
                    "reconnurent",
                    "reconnaîtra",
                    "reconnaîtront",
                    "reconnaîtraient",
                    "reconnu",
                    "reconnue",
                    "reconnues",
                    "reconnaissant",
                    "reconnaître",
                ],
            ),
            (
                "prévenir",
                &[
                    "prévient",
                    "préviennent",
                    "prévenait",
                    "prévint",
                    "prévinrent",
                    "préviendra",
                    "préviendront",
                    "préviendrait",
                    "prévenu",
                    "prévenue",
                    "prévenant",
                    "prévenir",
                ],
            ),
            (
                "craindre",
                &[
                    "craint",
                    "craignent",
                    "craignait",
                    "craignit",
                    "craignirent",
                    "craindra",
                    "craindrait",
                    "craindraient",
                    "craignant",
                    "craindre",
                ],
            ),
            (
                "répondre",
                &[
                    "répond",
                    "répondent",
                    "répondait",
                    "répondit",
                    "répondirent",
                    "répondra",
                    "répondront",
                    "répondrait",
                    "répondu",
                    "répondant",
                    "répondre",
                ],
            ),
            (
                "démentir",
                &[
                    "dément",
                    "démentent",
                    "démentait",
                    "démentit",
                    "démentirent",
                    "démentira",
                    "démentiraient",
                    "démenti",
                    "démentie",
                    "démentant",
                    "démentir",
                ],
            ),
            (
                "avertir",
                &[
                    "avertit",
                    "avertissent",
                    "avertissait",
                    "avertirent",
                    "avertira",
                    "avertiront",
                    "avertirait",
                    "averti",
                    "avertie",
                    "avertissant",
                    "avertir",
                ],
            ),
            (
                "se réjouir",
                &[
                    "réjouit",
                    "réjouissent",
                    "réjouirent",
                    "réjoui",
                    "réjouie",
                    "réjouies",
                ],
            ),
            (
                "conclure",
                &[
                    "conclut",
                    "concluent",
                    "concluait",
                    "conclurent",
                    "conclura",
                    "conclurait",
                    "conclu",
                    "concluant",
                    "conclure",
                ],
            ),
            (
                "écrire",
                &[
                    "écrit",
                    "écrivent",
                    "écrivait",
                    "écrivit",
                    "écrivirent",
                    "écrira",
                    "écriront",
                    "écrirait",
                    "écrite",
                    "écrivant",
                    "écrire",
                ],
            ),
            (
                "dire",
                &[
                    "dit", "disent", "disait", "dirent", "dira", "diront", "dirait", "diraient",
                    "dite", "disant", "dire",
                ],
            ),
            (
                "soutenir",
                &[
                    "soutint",
                    "soutinrent",
                    "soutiendront",
                    "soutenue",
                    "soutenant",
                ],
            ),
            (
                "promettre",
                &["promirent", "promettront", "promise", "promettre"],
            ),
            (
                "enjoindre",
                &["enjoint", "enjoignent", "enjoignait", "enjoindre"],
            ),
            (
                "se souvenir",
                &["souvint", "souvinrent", "souvenue", "souviendra"],
            ),
            (
                "requérir",
                &["requiert", "requièrent", "requirent", "requise"],
            ),
        ];
        for (lemma, forms) in expected {
            for form in *forms {
                assert!(is_form_of(form, lemma), "{form} ({lemma})");
            }
        }
        // First persons outside quotation marks are the writer's; they are not listed.
        // (Nor « soutenir »: « est venue soutenir les salariés » gives support.)
        for form in ["crois", "admets", "réponds", "soutenir"] {
            assert!(!verbs().contains_key(form), "{form}");
        }
    }

    #[test]
    fn er_verbs_keep_their_spelling_before_a_and_o() {
        for (form, lemma) in [
            ("exigeait", "exiger"),
            ("exigea", "exiger"),
            ("exigeant", "exiger"),
            ("fustigeait", "fustiger"),
            ("engageait", "s'engager"),
            ("insurgeaient", "s'insurger"),
            ("jugeait", "juger"),
            ("annonçait", "annoncer"),
            ("menaçant", "menacer"),
            ("dénonça", "dénoncer"),
            ("ironisait", "ironiser"),
            ("relevèrent", "relever"),
            ("affirmeront", "affirmer"),
        ] {
            assert!(is_form_of(form, lemma), "{form} ({lemma})");
        }
        assert!(!verbs().contains_key("exigait"));
    }

    #[test]
    fn generated_conditionals_and_imperfects_are_told_apart() {
        let paradigms = IRREGULAR.iter().map(|(_, _, _, inflection)| *inflection);
        let incise = INCISE_IRREGULAR
            .iter()
            .map(|(_, _, inflection)| *inflection);
        for inflection in paradigms.chain(incise) {
            let Like(infinitive, paradigm) = inflection else {
                continue;
            };
            let root = infinitive.strip_suffix(paradigm.ending).unwrap();
            for e in paradigm.conditional {
                let form = conjugation::join(root, e);
                assert!(is_conditional(&form), "{form}");
            }
            for e in paradigm.imperfect {
                let form = conjugation::join(root, e);
                assert!(!is_conditional(&form), "{form}");
            }
        }
        for (stems, ..) in ER_VERBS {
            for stem in *stems {
                assert!(is_conditional(&conjugation::join(stem, "erait")), "{stem}");
                assert!(!is_conditional(&conjugation::join(stem, "ait")), "{stem}");
            }
        }
    }

    #[test]
    fn participles_that_are_no_finite_form() {
        for form in [
            "admis", "reconnue", "réjouis", "crainte", "prévu", "requis", "dite",
        ] {
            assert!(is_irregular_participle(form), "{form}");
        }
        for form in ["dit", "écrit", "craint", "admet", "affirmé"] {
            assert!(!is_irregular_participle(form), "{form}");
        }
    }

    #[test]
    fn some_verbs_report_only_in_an_incise() {
        for form in ["lance", "ironise", "poursuit", "tempère", "défend"] {
            assert!(verbs()[form].incise_only, "{form}");
        }
        for form in ["déclare", "déplore", "craint", "avoue", "regrette"] {
            assert!(!verbs()[form].incise_only, "{form}");
        }
        // A clause must follow these, outside an incise.
        assert_eq!(verbs()["souhaite"].needs_next, Some(QUE));
        for form in ["pense", "croit", "espère", "jure"] {
            assert_eq!(verbs()[form].needs_next, Some(QUE_OR_STATE), "{form}");
        }
    }

    #[test]
    fn first_names_have_a_gender() {
        assert_eq!(first_name_gender("jake"), Some(Gender::Male));
        assert_eq!(first_name_gender("emily"), Some(Gender::Female));
        assert_eq!(first_name_gender("zzz"), None);
    }
}
