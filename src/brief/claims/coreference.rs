//! Coreference: the people and media named so far in the article, and what a pronoun
//! (« il », « selon elle ») or a demonstrative (« ce journal ») refers back to.

use super::path::Link;
use super::speaker::{
    apposition, can_speak, capitalized_runs, complement_before, institution_word, is_finite_verb,
    looks_like_person, media_at, Speaker, MEDIA_NAME_WORDS,
};
use super::tokens::{slice, tokenize, Tok};
use crate::brief::lexicon::{self, Gender};
use crate::model::{Claim, SpeakerKind};

/// « selon ces publications » names the media cited last (a plural demonstrative, the last
/// list of several media): the speaker gets them in brackets.
pub(super) fn resolve_demonstrative_media(claim: &mut Claim, last: &mut LastMedia) {
    let low = claim.speaker.to_lowercase();
    let plural = low.starts_with("ces ");
    let singular = ["ce ", "cet ", "cette "].iter().any(|d| low.starts_with(d));
    if claim.speaker_kind == SpeakerKind::Media && (plural || singular) {
        let media = if plural {
            last.several.as_deref().or(last.one.as_deref())
        } else {
            last.one.as_deref()
        };
        if let Some(media) = media {
            claim.speaker = format!("{} ({media})", claim.speaker);
        }
    } else if claim.speaker_kind == SpeakerKind::Media {
        last.one = Some(claim.speaker.clone());
    } else if let Some((_, media)) = claim.speaker.split_once(super::speaker::CITED_BY) {
        if media.contains(" et ") {
            last.several = Some(media.to_string());
        } else {
            last.one = Some(media.to_string());
        }
    }
}

/// The media cited last: one medium, and the last list of several.
#[derive(Debug, Default)]
pub(super) struct LastMedia {
    pub(super) one: Option<String>,
    pub(super) several: Option<String>,
}

pub(super) fn claim_gender(claim: &Claim) -> Gender {
    match claim.role.as_deref() {
        Some(role) => role_gender(role),
        None => Gender::Unknown,
    }
}

/// Whether a determiner makes its noun phrase plural (« les syndicats », « des témoins »,
/// « deux sondages »).
pub(super) fn determiner_plural(np: &str) -> bool {
    let low = np.to_lowercase();
    // (Past an approximation before the count: « environ 2 000 citoyens », « près de 300
    // enseignants », « quelque 200 salariés »: the count then tells the number.)
    let words: Vec<&str> = low.split_whitespace().collect();
    let first = words
        .get(lexicon::approximation_len(&words))
        .copied()
        .unwrap_or("");
    lexicon::CARDINALS.contains(&first)
        // (« 18 groupes armés », « 300 manifestants »: a count in figures, not a year.)
        || first
            .parse::<u32>()
            .is_ok_and(|n| n > 1 && !(1900..=2100).contains(&n))
        || matches!(
            first,
            "les"
            | "des"
            | "ces"
            | "plusieurs"
            | "certains"
            | "certaines"
            | "quelques"
            | "leurs"
            | "ses"
            | "nos"
            | "vos"
            // (« tous ses responsables », « toutes les centrales »)
            | "tous"
            | "toutes"
        )
}

/// The gender a determiner gives its noun phrase (« le maire », « la préfecture »).
pub(super) fn determiner_gender(np: &str) -> Gender {
    let low = np.to_lowercase();
    let first = low
        .split_whitespace()
        .next()
        .unwrap_or("")
        .replace('’', "'");
    match first.as_str() {
        "le" | "un" | "ce" | "cet" | "du" => Gender::Male,
        "la" | "une" | "cette" => Gender::Female,
        // (« son avocat », « leur porte-parole », « son avocate »: a possessive tells no
        // gender; its noun's form may, as after « l' ».)
        "son" | "leur" | "notre" | "votre" => low
            .split_whitespace()
            .nth(1)
            .map_or(Gender::Unknown, elided_person_gender),
        "sa" => Gender::Female,
        // (« L'Insee … Il précise », « l'armée … Elle »: the elided article hides the gender
        // its institution's noun has.)
        elided => match elided.strip_prefix("l'") {
            Some(noun) if MASCULINE_INSTITUTIONS.contains(&noun) => Gender::Male,
            Some(noun) if FEMININE_INSTITUTIONS.contains(&noun) => Gender::Female,
            Some(noun) => elided_person_gender(noun),
            None => Gender::Unknown,
        },
    }
}

/// The gender a person's noun or adjective after « l' » shows by its form (« l'ancien
/// ministre », « l'ancienne ministre », « l'avocat », « l'avocate », « l'enquêtrice »): a
/// role or people noun whose other form the lexicon holds too; a noun of either gender
/// (« l'analyste », « l'ex-ministre ») gives none.
fn elided_person_gender(word: &str) -> Gender {
    match word {
        // (« l'un de ses amis », « l'une des victimes »: the pronoun's own gender.)
        "ancien" | "actuel" | "homme" | "un" => return Gender::Male,
        "ancienne" | "actuelle" | "une" => return Gender::Female,
        _ => {}
    }
    let known = |w: &str| lexicon::ROLE_NOUNS.contains(&w) || lexicon::PEOPLE_NOUNS.contains(&w);
    let feminine_of = |w: &str| -> Vec<String> {
        let mut forms = vec![format!("{w}e")];
        if let Some(stem) = w.strip_suffix("eur") {
            forms.push(format!("{stem}rice"));
            forms.push(format!("{stem}euse"));
        }
        if let Some(stem) = w.strip_suffix("ier") {
            forms.push(format!("{stem}ière"));
        }
        forms
    };
    if known(word) && feminine_of(word).iter().any(|f| known(f)) {
        return Gender::Male;
    }
    // (The feminine may be missing from the lexicon: « l'enquêtrice » after « enquêteur ».)
    let masculine = [
        word.strip_suffix('e').map(str::to_string),
        word.strip_suffix("rice").map(|s| format!("{s}eur")),
        word.strip_suffix("euse").map(|s| format!("{s}eur")),
        word.strip_suffix("ière").map(|s| format!("{s}ier")),
    ];
    if masculine.iter().flatten().any(|m| known(m)) {
        return Gender::Female;
    }
    Gender::Unknown
}

/// The gender of a singular noun phrase opened by an article (« le juge », « la
/// victime », « un témoin »), or after « l' » by a participle's form (« l'accusé »,
/// « l'inculpée »); `None` for any other words.
fn article_noun_gender(words: &str) -> Option<Gender> {
    let low = words.to_lowercase().replace('’', "'");
    let mut split = low.split_whitespace();
    let first = split.next()?;
    let gender = match first.strip_prefix("l'") {
        Some(noun) if noun.ends_with("ée") => Gender::Female,
        Some(noun) if noun.ends_with('é') => Gender::Male,
        Some(_) => determiner_gender(&low),
        None if matches!(first, "le" | "un" | "la" | "une") => determiner_gender(&low),
        None => return None,
    };
    (gender != Gender::Unknown && !determiner_plural(&low)).then_some(gender)
}

/// Institutions named after an elided article whose noun is masculine (« l'institut »,
/// « l'Insee »).
const MASCULINE_INSTITUTIONS: &[&str] = &[
    "institut",
    "insee",
    "office",
    "organisme",
    "observatoire",
    "exécutif",
    "élysée",
    "hôpital",
    "établissement",
    "état-major",
    "ordre",
    "unicef",
];

/// Institutions named after an elided article whose noun is feminine (« l'armée », « l'ONU »).
const FEMININE_INSTITUTIONS: &[&str] = &[
    "armée",
    "agence",
    "association",
    "organisation",
    "ong",
    "union",
    "administration",
    "autorité",
    "assemblée",
    "entreprise",
    "onu",
    "oms",
    "ue",
    "otan",
    "unesco",
    "afp",
    "opposition",
    "ambassade",
    "académie",
    "église",
    "université",
    "équipe",
    "inspection",
];

/// The speaker a subject pronoun stands for: the entity of matching gender named last (a
/// person, or a role or organization that spoke), or the pronoun itself, unresolved.
/// (« selon lui » is passed as written, « lui », and read as « il ».)
pub(super) fn pronoun_speaker(pronoun: &str, people: &People) -> Speaker {
    pronoun_speaker_within(pronoun, people, Reach::WithItsSentence)
}

/// Which mentions a pronoun may stand for.
#[derive(Debug, Clone, Copy)]
pub(super) enum Reach<'a> {
    /// Those of the sentences before and those of its own named before it.
    WithItsSentence,
    /// The pronoun opens its sentence, whose words after it are these: only those of the
    /// sentences before, and none its sentence names again (« Selon lui, M. Diallo … est un
    /// menteur »: « lui » is not Diallo, even named before).
    OpeningItsSentence(&'a [Tok]),
}

impl Reach<'_> {
    /// Whether the pronoun may not stand for `p`.
    fn excludes(&self, p: &Person, people: &People) -> bool {
        let Reach::OpeningItsSentence(later) = self else {
            return false;
        };
        let surname = p.name.rsplit(' ').next().unwrap_or("").to_lowercase();
        p.sentence == people.sentence
            || people.named_in_this_sentence(p)
            || later
                .iter()
                .any(|t| t.word && t.upper && !t.quoted && t.low == surname)
    }
}

/// [`pronoun_speaker`] for a pronoun that may reach only as far as `reach` says.
pub(super) fn pronoun_speaker_within(pronoun: &str, people: &People, reach: Reach) -> Speaker {
    let written = pronoun;
    let pronoun = if pronoun == "lui" { "il" } else { pronoun };
    let gender = match pronoun {
        "il" | "ils" => Gender::Male,
        "elle" | "elles" => Gender::Female,
        _ => Gender::Unknown,
    };
    let entity = match pronoun {
        // (« Me Dupont a plaidé … . L'accusé lui a demandé pardon. « … », a-t-il soufflé »:
        // someone of the pronoun's gender the rules could not identify spoke since the entity
        // was named; the pronoun is likelier theirs: unresolved.)
        "il" | "elle" => people.last(gender, reach).filter(|e| {
            !people.unidentified_speech_since(e, |words| article_noun_gender(words) == Some(gender))
        }),
        "ils" | "elles" | "eux" => people.plural_antecedent(reach),
        _ => None,
    };
    if let Some(entity) = entity.map(|e| people.antecedent_in_full(e)) {
        let link = if matches!(pronoun, "il" | "elle") {
            Link::PronounToEntity
        } else {
            Link::PluralPronounToGroup
        };
        people.note(link, &entity.name, written);
        if entity.kind == SpeakerKind::Person
            && entity.gender == Gender::Unknown
            && gender != Gender::Unknown
            && matches!(pronoun, "il" | "elle")
        {
            people
                .learned
                .borrow_mut()
                .push((entity.name.clone(), gender));
        }
        // (« M. Dubé a eu un fou rire. « … », a-t-il répondu »: a surname alone is the full
        // name the article gave it before, as when the sentence writes the surname.)
        return people.surname_in_full(Speaker::of(entity, entity.kind), written);
    }
    Speaker::unresolved(pronoun.to_string())
}

pub(super) fn role_gender(role: &str) -> Gender {
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
        // « Lindsay Gay, cliente de … », « avocate », « porte-parole adjointe »: a bare
        // function noun in the feminine.
        _ if feminine_function(first) => Gender::Female,
        _ => Gender::Unknown,
    }
}

/// Whether a role's head noun, after « le » and an adjective, is a title the press gives
/// women in the masculine as well (« le ministre », « le chef », « le porte-parole », « le
/// procureur »), unlike one whose feminine is the rule (« le directeur », « le conseiller »).
fn titled_in_the_masculine(role: &str) -> bool {
    const TITLES: &[&str] = &[
        "chef",
        "ministre",
        "premier",
        "secrétaire",
        "porte-parole",
        "procureur",
        "juge",
        "maire",
        "préfet",
        "sous-préfet",
        "professeur",
        "médecin",
        "docteur",
        "commissaire",
        "gouverneur",
        "ambassadeur",
        "rapporteur",
        "haut",
        "haut-commissaire",
        "défenseur",
        "médiateur",
        "bâtonnier",
    ];
    let low = role.to_lowercase();
    let mut words = low.split_whitespace().peekable();
    if words.next_if(|w| matches!(*w, "le" | "un")).is_none()
        && words.peek().is_some_and(|w| matches!(*w, "la" | "une"))
    {
        return false;
    }
    words
        .find(|w| !super::speaker::ROLE_ADJECTIVES.contains(w))
        .is_some_and(|head| TITLES.contains(&head))
}

/// Whether a function noun is in the feminine by its ending (« cliente », « avocate »,
/// « agricultrice », « infirmière », « chercheuse », « députée », « élue »), not a noun of
/// either gender (« ministre », « journaliste »).
fn feminine_function(word: &str) -> bool {
    const ENDINGS: &[&str] = &["ante", "ente", "trice", "ière", "euse", "ée", "cate"];
    word.chars().count() > 4 && ENDINGS.iter().any(|e| word.ends_with(e)) || word == "élue"
}

/// An entity named in the article: a person, or a role or organization that spoke.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Person {
    pub(super) name: String,
    pub(super) role: Option<String>,
    pub(super) gender: Gender,
    pub(super) kind: SpeakerKind,
    /// The sentence (0-based) it was last named in.
    pub(super) sentence: usize,
    /// Whether it is the speaker of a claim of that sentence.
    pub(super) spoke: bool,
    /// Whether it was named before the sentence's first verb, not after a preposition: the
    /// subject, which a pronoun in the next sentence most likely stands for.
    pub(super) subject: bool,
    /// Whether it is a plural (« les syndicats », « des témoins »), for « ils », « selon eux ».
    pub(super) plural: bool,
    /// Whether a pronoun later in the same sentence may stand for it: a subject, or a name
    /// in a clause before the pronoun's (« donné par le général Michel Aoun …, lorsqu'il a
    /// affirmé »), not one in an adjunct of the pronoun's own clause.
    pub(super) here: bool,
    /// Whether it was named inside a quotation (« « Marc Lenoir décide seul » »): someone the
    /// speaker talks about, never who the narrator's next « il » stands for.
    pub(super) quoted: bool,
}

/// The entities named so far, in order of mention, for pronouns and back-references.
#[derive(Debug, Default)]
pub(super) struct People {
    pub(super) mentions: Vec<Person>,
    /// The media cited last (for « selon ces publications »).
    pub(super) last_media: LastMedia,
    /// Unnamed sources and people that spoke (« une source sécuritaire », « un habitant »).
    pub(super) anonymous: Vec<String>,
    /// The sentence being read (0-based).
    pub(super) sentence: usize,
    /// Organizations and media introduced with a descriptor (« l'ONG Human Rights Watch »,
    /// « le quotidien Le Monde »), for « l'ONG », « le quotidien » later.
    pub(super) described: Vec<Described>,
    /// Genders learnt from a pronoun resolved to a person of unknown gender (« Michèle
    /// Picard … a-t-elle déclaré »), applied after the sentence.
    pub(super) learned: std::cell::RefCell<Vec<(String, Gender)>>,
    /// The sentences whose subject is a thing, with its gender and whether it is plural
    /// (« Le livre de Paul Martin est sorti »).
    pub(super) things: Vec<(usize, Gender, bool)>,
    /// The back-references followed while a speaker was being read: the link, the name it
    /// reached and the words it started from (see [`Noted`]); cleared before each speaker.
    pub(super) links: std::cell::RefCell<Vec<Noted>>,
    /// The sentences whose object is a group of people (« Les syndicats ont rencontré les
    /// patrons »): a later « ils » could be either group.
    pub(super) plural_objects: Vec<usize>,
    /// The sentences where a group its own pronoun takes up acts on a group of people
    /// (« Ils ont interpellé deux suspects »): no rival for the next « ils », unless that one
    /// answers a charge ([`People::answering_a_charge`]).
    pub(super) group_objects: Vec<usize>,
    /// Whether the sentence being read opens on « ils / elles » denying or admitting anything
    /// (« Ils nient toute implication », « Ils nient en bloc »): what those a group acted on
    /// answer.
    pub(super) answering_a_charge: bool,
    /// The source the news desk named for what « on » learnt, while it is the last to have
    /// spoken (see [`People::follow_desk_source`]).
    pub(super) desk_source: Option<DeskSource>,
    /// The last entity of each gender the narrative sentence before named, in word order,
    /// for « cette dernière », « celui-ci » opening a sentence.
    pub(super) last_named: super::last_named::LastNamed,
    /// The sentences holding a claim whose speaker was not identified, with the words read
    /// for it (« il », « peu »): someone spoke there whom a later « a-t-il ajouté » may
    /// continue.
    pub(super) unidentified_speech: Vec<(usize, String)>,
}

/// One back-reference followed while a speaker was read: how (`link`), to whom (`name`), and
/// from which words of the sentence (`from`: « il », « le porte-parole », « ce dernier »), for
/// the claim's `speaker_as_written`.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Noted {
    pub(super) link: Link,
    pub(super) name: String,
    pub(super) from: String,
}

/// The source a news desk named for its impersonal « on » (« a-t-on appris auprès de la
/// préfecture », « a-t-on précisé de source judiciaire »), and the sentence it last spoke in.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct DeskSource {
    pub(super) speaker: Speaker,
    pub(super) sentence: usize,
}

/// A name introduced with the common noun that describes it (« le groupe Transcom »).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Described {
    /// The descriptor noun, lowercase (« groupe »).
    pub(super) noun: String,
    /// The name as written (« Transcom »).
    pub(super) name: String,
}

/// Common nouns that introduce an organization's name (« l'ONG Human Rights
/// Watch », « le constructeur Renault ») and later stand for it alone (« l'ONG a dénoncé »).
pub(super) const ORG_DESCRIPTORS: &[&str] = &[
    "ong",
    "groupe",
    "entreprise",
    "société",
    "compagnie",
    "constructeur",
    "fabricant",
    "opérateur",
    "géant",
    "firme",
    "banque",
    "association",
    "organisation",
    "parti",
    "syndicat",
    "mouvement",
    "institut",
    "fédération",
    "club",
    "laboratoire",
    "cabinet",
    "collectif",
    "fondation",
];

/// The descriptors that name a medium.
pub(super) const MEDIA_DESCRIPTORS: &[&str] = &[
    "journal",
    "quotidien",
    "hebdomadaire",
    "magazine",
    "site",
    "chaîne",
    "radio",
    "agence",
    "média",
];

/// The grammatical gender of a descriptor noun, for the pronoun that later stands for its
/// name (« L'agence Moody's … Elle considère »).
fn descriptor_gender(noun: &str) -> Gender {
    const FEMININE: &[&str] = &[
        "ong",
        "entreprise",
        "société",
        "compagnie",
        "firme",
        "banque",
        "association",
        "organisation",
        "fédération",
        "fondation",
        "chaîne",
        "radio",
        "agence",
    ];
    if FEMININE.contains(&noun) {
        Gender::Female
    } else {
        Gender::Male
    }
}

/// Whether `word` is a descriptor noun of an organization or a medium.
pub(super) fn is_descriptor(word: &str) -> bool {
    static SET: lexicon::WordSet = lexicon::WordSet::new();
    lexicon::word_set(&SET, &[ORG_DESCRIPTORS, MEDIA_DESCRIPTORS]).contains(word)
}

/// Words that name the same role (« le premier magistrat » is the mayor).
const ROLE_SYNONYMS: &[(&str, &str)] = &[
    ("premier magistrat", "maire"),
    ("chef de l' état", "président"),
    ("locataire de l' élysée", "président"),
    ("chef du gouvernement", "premier ministre"),
    ("locataire de matignon", "premier ministre"),
    ("chef de la diplomatie", "ministre des affaires étrangères"),
    ("locataire de bercy", "ministre de l' économie"),
    ("grand argentier", "ministre des finances"),
];

/// Adjectives that restate a role's scope without telling one holder from another: « le
/// sélectionneur national » is « X, le sélectionneur des Lions de l'Atlas ».
const SCOPE_ADJECTIVES: &[&str] = &["national", "nationale"];

/// Whether a role's head noun is followed by its complement or nothing (« sélectionneur des
/// Lions »), not by an adjective of its own (« directeur régional »), which a scope
/// adjective would contradict.
fn complement_follows_head(role_words: &[&str], head: &str) -> bool {
    let at = role_words
        .iter()
        .position(|w| *w == head || w.trim_end_matches('s') == head);
    at.is_some_and(|at| {
        role_words
            .get(at + 1)
            .is_none_or(|next| matches!(*next, "de" | "du" | "des" | "d" | "à" | "au" | "aux"))
    })
}

/// Generic nouns the press takes a holder of a function up with (« le maire X … L'élu
/// a ajouté », « le juge Y … le magistrat »), and the functions each covers.
const GENERIC_ROLES: &[(&[&str], &[&str])] = &[
    (
        &["élu", "élue"],
        &[
            "maire",
            "mairesse",
            "député",
            "députée",
            "sénateur",
            "sénatrice",
            "conseiller",
            "conseillère",
            "adjoint",
            "adjointe",
            "maire-adjoint",
            "maire-adjointe",
            "député-maire",
            "députée-maire",
            "bourgmestre",
            "échevin",
            "échevine",
        ],
    ),
    (
        &["édile"],
        &[
            "maire",
            "mairesse",
            "maire-adjoint",
            "maire-adjointe",
            "député-maire",
            "députée-maire",
            "bourgmestre",
        ],
    ),
    (
        &["parlementaire"],
        &["député", "députée", "sénateur", "sénatrice"],
    ),
    (
        &["magistrat", "magistrate"],
        &["juge", "procureur", "procureure", "substitut"],
    ),
    (
        &["diplomate"],
        &[
            "ambassadeur",
            "ambassadrice",
            "consul",
            "consule",
            "vice-consul",
        ],
    ),
    (
        &["officier"],
        &[
            "général",
            "colonel",
            "commandant",
            "commandante",
            "capitaine",
            "lieutenant",
        ],
    ),
];

/// The functions the generic noun `word` covers (« élu »: « maire », « député », …).
fn functions_covered_by(word: &str) -> Option<&'static [&'static str]> {
    GENERIC_ROLES
        .iter()
        .find(|(generic, _)| generic.contains(&word))
        .map(|(_, covered)| *covered)
}

/// The head noun of a role as written (« l'ancien maire de Lyon »: « maire »), lowercase.
fn role_head(role: &str) -> Option<String> {
    role.to_lowercase()
        .replace('’', "'")
        .split(|c: char| c.is_whitespace() || c == '\'')
        .find(|w| {
            !w.is_empty()
                && !lexicon::DETERMINERS.contains(w)
                && !matches!(*w, "l" | "d")
                && !super::speaker::ROLE_ADJECTIVES.contains(w)
        })
        .map(str::to_string)
}

/// Adjectives of nationality whose stem is not their country's (« américain » for « les
/// États-Unis »), each with the country's word as the lexicon lists it.
const NATIONALITIES_APART: &[(&str, &str)] = &[
    ("américain", "états-unis"),
    ("américain", "etats-unis"),
    ("britannique", "royaume-uni"),
    ("néerlandais", "pays-bas"),
    ("allemand", "allemagne"),
    ("belge", "belgique"),
    ("turc", "turquie"),
    ("turque", "turquie"),
    ("grec", "grèce"),
    ("grecque", "grèce"),
    ("suédois", "suède"),
    ("afghan", "afghanistan"),
    ("indien", "inde"),
];

/// Whether the adjective of nationality and the country name one place (« colombien » and
/// « Colombie », « sénégalaise » and « Sénégal », « français » and « France »), either way
/// round: a country the lexicon knows, and a word that shares its stem, all of it but the
/// last two letters at most, or an adjective of [`NATIONALITIES_APART`] (« américaine »).
fn nationality_of(a: &str, b: &str) -> bool {
    let pair = |adjective: &str, place: &str| {
        let shared = adjective
            .chars()
            .zip(place.chars())
            .take_while(|(x, y)| x == y)
            .count();
        let apart = NATIONALITIES_APART.iter().any(|(stem, country)| {
            place == *country
                && adjective
                    .strip_prefix(stem)
                    .is_some_and(|ending| matches!(ending, "" | "e" | "s" | "es"))
        });
        adjective != place
            && lexicon::PLACES.contains(&place)
            && (shared >= 4 && shared + 2 >= place.chars().count() || apart)
    };
    pair(a, b) || pair(b, a)
}

/// The words of a name as the tokenizer reads them, lowercase, punctuation left out (« Le
/// ministère libanais de la Santé »: « le », « ministère », « libanais », …).
fn lowercase_words(name: &str) -> Vec<String> {
    tokenize(name)
        .into_iter()
        .filter(|t| t.word)
        .map(|t| t.low)
        .collect()
}

/// How many sentences back a subject pronoun may find its antecedent (« il » three sentences
/// after the last mention of anyone compatible stays unresolved).
const PRONOUN_REACH: usize = 3;

impl People {
    /// Records every person named in a sentence (capitalized runs that look like names), with
    /// the role an apposition or a preceding role noun gives them.
    pub(super) fn observe(&mut self, text: &str, toks: &[Tok]) {
        self.observe_runs(text, toks, toks.len(), true);
        self.observe_thing_subject(toks);
    }

    /// Records the gender of a sentence's subject when it is a thing (« Le livre de Paul
    /// Martin est sorti »): no speaker, but what « il » in the next sentence may stand for as
    /// well as the person its complement names.
    fn observe_thing_subject(&mut self, toks: &[Tok]) {
        let (main_from, Some(verb)) = main_clause(toks) else {
            return;
        };
        let from = (main_from..verb)
            .rev()
            .find(|&k| !toks[k].word || toks[k].quoted)
            .map_or(main_from, |k| k + 1);
        let Some(det) = toks.get(from).filter(|_| from + 1 < verb) else {
            return;
        };
        // (« Le nouveau gouvernement s'est donné … »: the noun after the adjective.)
        let adjective = super::speaker::ROLE_ADJECTIVES.contains(&toks[from + 1].low.as_str());
        let head = &toks[if adjective && from + 2 < verb {
            from + 2
        } else {
            from + 1
        }];
        let gender = determiner_gender(&det.low);
        let thing = lexicon::DETERMINERS.contains(&det.low.as_str())
            && head.word
            && !head.upper
            && !can_speak(&head.low)
            && !can_speak(head.low.trim_end_matches('s'))
            && !institution_word(&head.low);
        if thing && gender != Gender::Unknown {
            self.things
                .push((self.sentence, gender, determiner_plural(&det.low)));
        }
    }

    /// Records the people named in tokens `..end` outside quotations (those before a cue, so
    /// « lorsqu'il a affirmé » after « le général Michel Aoun » finds him, while a name
    /// inside the quotation an incise reports is not who « a-t-il dit » stands for).
    pub(super) fn observe_until(&mut self, text: &str, toks: &[Tok], end: usize) {
        self.observe_runs(text, toks, end, false);
    }

    fn observe_runs(&mut self, text: &str, toks: &[Tok], end: usize, quoted_too: bool) {
        let end = end.min(toks.len());
        if end == 0 {
            return;
        }
        let (main_from, main_verb) = main_clause(toks);
        let first_verb = main_verb.unwrap_or(toks.len());
        for (run, b) in capitalized_runs(toks, 0, end - 1) {
            if toks[run].quoted && !quoted_too {
                continue;
            }
            if quoted_too {
                self.observe_described(text, toks, run, b);
            }
            let a = name_start(toks, run, b);
            let words: Vec<&str> = toks[a..=b].iter().map(|t| t.low.as_str()).collect();
            let titled = a > 0 && lexicon::TITLES.contains(&toks[a - 1].low.as_str());
            // (« Javier Milei a gagné … . Mais Milei, qui … »: a surname alone, of the one
            // person a sentence before gave that full name, names that person again.)
            if let (Some(full), false) = (self.known_surname(&words), titled) {
                let full = full.to_string();
                self.push(&full, Gender::Unknown);
                let subject = (main_from..first_verb).contains(&a)
                    && !toks[a].quoted
                    && opens_clause(toks, a);
                if let Some(last) = self.mentions.last_mut() {
                    last.subject = subject;
                    last.here = subject;
                    last.quoted = toks[a].quoted;
                }
                continue;
            }
            if !looks_like_person(&words) && !titled
                || acronym_of_a_town(toks, a, b)
                || names_a_place(&words)
                || place_of_a_role(toks, a, &words)
                || super::speaker::names_the_place_before(toks, a, &words)
            {
                continue;
            }
            // « …, rapporte Radio Nord »: a medium's name is no one a pronoun stands for.
            let media_name = !lexicon::is_first_name(words[0])
                && (words.iter().any(|w| MEDIA_NAME_WORDS.contains(w))
                    || (a..=b).any(|i| media_at(toks, i, b + 1).is_some()));
            if media_name {
                continue;
            }
            // « le ministre de l'Intérieur Jan Jambon »: the name is the last two words.
            let a = if (a + 2..=a + 3).contains(&b)
                && toks[a..=b].iter().all(|t| {
                    t.upper && !lexicon::is_first_name(&t.low) && !institution_word(&t.low)
                })
                && complement_before(toks, a)
            {
                b - 1
            } else {
                a
            };
            let words = &words[words.len() - (b + 1 - a)..];
            let name = slice(text, toks, a, b);
            let mut gender = lexicon::first_name_gender(words[0]).unwrap_or(Gender::Unknown);
            // (« Après avoir reçu Paul Martin, le ministre a déclaré »: a name inside an
            // adjunct opening the sentence, then the main clause's subject running straight
            // into its verb; that noun phrase is no apposition of the name.)
            // (« Concernant X, le ministre reste prudent »: the noun phrase may read the verb
            // as one of its words; it stops before it.)
            let subject_after = |at: usize| {
                let end = super::speaker::np_end_before_verb(toks, at + 1, at + 2);
                !opens_clause(toks, a) && toks.get(end + 1).is_some_and(runs_into_verb)
            };
            // (« Selon son avocat, Paul Martin a quitté … »: the name is the subject, the
            // lawyer someone else.)
            let apposed = apposition(text, toks, b + 1).filter(|_| !subject_after(b + 1));
            let role = apposed.clone().or_else(|| {
                role_before(text, toks, a).filter(|_| !name_opens_main_clause(toks, a, b))
            });
            if gender == Gender::Unknown {
                if let Some(role) = &role {
                    gender = role_gender(role);
                }
                // (« Camille Dupuis, cliente du magasin »: a function in the feminine in
                // apposition, whether or not it is a known role.)
                let feminine_apposition = toks.get(b + 1).is_some_and(|t| t.low == ",")
                    && toks
                        .get(b + 2)
                        .is_some_and(|t| !t.upper && feminine_function(&t.low));
                if feminine_apposition {
                    gender = Gender::Female;
                }
                if a > 0 && matches!(toks[a - 1].low.as_str(), "mme" | "madame" | "mlle") {
                    gender = Gender::Female;
                } else if a > 0 && matches!(toks[a - 1].low.as_str(), "m." | "monsieur") {
                    gender = Gender::Male;
                }
            }
            self.push(&name, gender);
            let subject =
                (main_from..first_verb).contains(&a) && !toks[a].quoted && opens_clause(toks, a);
            // (Only before a cue: read whole, a sentence's later clauses are not the
            // pronoun's.)
            let clause_ends = !quoted_too
                && toks[b + 1..end].iter().any(|t| {
                    !t.quoted && (t.low == ";" || lexicon::CLAUSE_BREAKS.contains(&t.low.as_str()))
                });
            if let Some(last) = self.mentions.last_mut() {
                last.subject = subject;
                last.here = subject || clause_ends;
                last.quoted = toks[a].quoted;
                last.role = match (last.role.take(), apposed) {
                    (Some(known), Some(apposed)) => Some(with_apposed_function(known, &apposed)),
                    (known, _) => known.or(role),
                };
            }
        }
    }

    /// Gives the people a pronoun was resolved to the gender the pronoun told.
    pub(super) fn apply_learned(&mut self) {
        let learned = std::mem::take(&mut *self.learned.borrow_mut());
        for (name, gender) in learned {
            let probe = Person {
                name,
                role: None,
                gender,
                kind: SpeakerKind::Person,
                sentence: 0,
                spoke: false,
                subject: false,
                plural: false,
                here: false,
                quoted: false,
            };
            for p in &mut self.mentions {
                if p.kind == SpeakerKind::Person
                    && p.gender == Gender::Unknown
                    && same_entity(p, &probe)
                {
                    p.gender = gender;
                }
            }
        }
    }

    /// Records a name introduced by a descriptor: « l'ONG Human Rights Watch » (the
    /// descriptor capitalized inside the run) or « le groupe Transcom » (before it).
    fn observe_described(&mut self, text: &str, toks: &[Tok], a: usize, b: usize) {
        let (noun, from) = if b > a && is_descriptor(toks[a].low.as_str()) {
            (toks[a].low.clone(), a + 1)
        } else if a >= 2
            && !toks[a - 1].upper
            && is_descriptor(toks[a - 1].low.as_str())
            && lexicon::DETERMINERS.contains(&toks[a - 2].low.as_str())
        {
            (toks[a - 1].low.clone(), a)
        } else {
            return;
        };
        if toks[from].quoted {
            return;
        }
        let name = slice(text, toks, from, b);
        self.described.retain(|d| d.name != name || d.noun != noun);
        self.described.push(Described { noun, name });
    }

    /// The descriptor a name was introduced with (« Fitchley » after « l'agence Fitchley »).
    pub(super) fn descriptor_of(&self, name: &str) -> Option<&Described> {
        self.described.iter().rev().find(|d| d.name == name)
    }

    /// The name « l'ONG », « le quotidien » stands for: the last one introduced with that
    /// descriptor. `from` is the sentence's words for it, noted with the link.
    pub(super) fn described_as(&self, noun: &str, from: &str) -> Option<&Described> {
        let found = self.described.iter().rev().find(|d| d.noun == noun);
        found.inspect(|d| self.note(Link::DescriptorToName, &d.name, from))
    }

    /// Notes that a back-reference, the words `from`, was taken to `name` by `link`.
    pub(super) fn note(&self, link: Link, name: &str, from: &str) {
        self.links.borrow_mut().push(Noted {
            link,
            name: name.to_string(),
            from: from.to_string(),
        });
    }

    /// Forgets the links noted so far, before a new speaker is read.
    pub(super) fn forget_links(&self) {
        self.links.borrow_mut().clear();
    }

    /// The link that took a back-reference to the speaker `name` (« Paul Martin », or « ce
    /// témoin (un témoin) » for an unnamed source in brackets), if one did.
    pub(super) fn link_to(&self, name: &str) -> Option<Link> {
        self.noted_to(name).map(|n| n.link)
    }

    /// The words of the sentence the back-reference that [`People::link_to`] gives started
    /// from (« il », « le porte-parole »), if one reached `name`.
    pub(super) fn words_to(&self, name: &str) -> Option<String> {
        self.noted_to(name).map(|n| n.from)
    }

    /// The last back-reference noted to `name` (or to the unnamed source in its brackets).
    fn noted_to(&self, name: &str) -> Option<Noted> {
        self.links
            .borrow()
            .iter()
            .rev()
            .find(|n| name == n.name || name.ends_with(&format!("({})", n.name)))
            .cloned()
    }

    /// Records the subject of a sentence without a claim when it could speak later (« Le
    /// procureur a ouvert une enquête. Selon lui, … »): a person, a role, an unnamed
    /// person or source, a medium, or an institution. Without it « lui » would skip it for
    /// someone named before.
    pub(super) fn observe_subject(&mut self, subject: &Speaker) {
        self.observe_subject_as(subject, false);
    }

    /// Records the subject of a sentence that spoke without making a claim (« X a dit
    /// « s'interroger » »): as [`People::observe_subject`], and as someone who spoke, whom a
    /// pronoun in an incise after it takes up as it would a speaker.
    pub(super) fn observe_speaker_without_claim(&mut self, subject: &Speaker) {
        self.observe_subject_as(subject, false);
        let sentence = self.sentence;
        if let Some(p) = self
            .mentions
            .iter_mut()
            .find(|p| p.sentence == sentence && p.name == subject.name && p.subject)
        {
            p.spoke = true;
        }
    }

    /// Records the topic a subject pronoun takes up (« Quant au sous-préfet, il … »): the
    /// pronoun tells it can speak, whatever its noun.
    pub(super) fn observe_topic(&mut self, topic: &Speaker) {
        self.observe_subject_as(topic, true);
    }

    fn observe_subject_as(&mut self, subject: &Speaker, taken_up: bool) {
        let gender = determiner_gender(&subject.name);
        let words = tokenize(&subject.name);
        // (« Le nouveau gouvernement », « l'ancienne direction »: the noun after the adjective.)
        let Some(head) = words.iter().find(|t| {
            t.word
                && !lexicon::DETERMINERS.contains(&t.low.as_str())
                && !matches!(t.low.as_str(), "tous" | "toutes")
                && !super::speaker::ROLE_ADJECTIVES.contains(&t.low.as_str())
                // (« 18 groupes armés »: the noun after the count.)
                && t.low.parse::<u32>().is_err()
        }) else {
            return;
        };
        let can_speak = match subject.kind {
            SpeakerKind::Person => {
                if subject.name.contains(" et ") {
                    return;
                }
                let sentence = self.sentence;
                let mut named = self
                    .mentions
                    .iter_mut()
                    .filter(|p| p.sentence == sentence && p.name == subject.name)
                    .peekable();
                if named.peek().is_none() {
                    self.push(&subject.name, gender);
                    if let Some(last) = self.mentions.last_mut() {
                        last.subject = true;
                        last.here = true;
                    }
                } else {
                    named.for_each(|p| p.subject = true);
                }
                return;
            }
            SpeakerKind::Role | SpeakerKind::Anonymous | SpeakerKind::Media => true,
            SpeakerKind::Organization => {
                // (« les syndicats », « les gardes »: a plural's singular.)
                let singular = head.low.strip_suffix('s').unwrap_or(&head.low);
                taken_up
                    || head.upper
                    || [head.low.as_str(), singular].iter().any(|w| {
                        lexicon::ORG_WORDS.contains(w)
                            || is_descriptor(w)
                            // (« tous ses responsables sont assis »)
                            || lexicon::ROLE_NOUNS.contains(w)
                            || lexicon::PEOPLE_NOUNS.contains(w)
                    })
            }
            SpeakerKind::Unattributed => false,
        };
        let plural = determiner_plural(&subject.name);
        if !can_speak || gender == Gender::Unknown && !plural {
            return;
        }
        self.mentions
            .retain(|p| !(p.name == subject.name && p.sentence == self.sentence));
        // The subject opens the sentence: before the names read after it.
        let at = self
            .mentions
            .iter()
            .position(|p| p.sentence == self.sentence)
            .unwrap_or(self.mentions.len());
        self.mentions.insert(
            at,
            Person {
                name: subject.name.clone(),
                role: subject.role.clone(),
                gender,
                kind: subject.kind,
                sentence: self.sentence,
                spoke: false,
                subject: true,
                plural,
                here: true,
                quoted: false,
            },
        );
    }

    /// Records the speaker of a claim: a person, or a role or organization whose determiner
    /// gives a gender (so « il » can stand for « le maire »).
    /// Records an unnamed or institutional speaker of known gender as the latest mention of
    /// that name, for the pronouns after it.
    fn push_speaker(&mut self, claim: &Claim, gender: Gender) {
        self.mentions.retain(|p| p.name != claim.speaker);
        self.mentions.push(Person {
            name: claim.speaker.clone(),
            role: claim.role.clone(),
            gender,
            kind: claim.speaker_kind,
            sentence: self.sentence,
            spoke: true,
            subject: false,
            plural: false,
            here: false,
            quoted: false,
        });
    }

    pub(super) fn record(&mut self, claim: &Claim) {
        match claim.speaker_kind {
            SpeakerKind::Person => {
                let introduced = self.role_named_later(claim);
                self.push(&claim.speaker, claim_gender(claim));
                if let Some(last) = self.mentions.last_mut() {
                    last.spoke = true;
                    if let Some(role) = &claim.role {
                        last.role = Some(role.clone());
                    } else if let Some(role) = introduced {
                        last.role.get_or_insert(role);
                    }
                }
            }
            SpeakerKind::Role | SpeakerKind::Organization => {
                // (« Moody's explique … », introduced as « L'agence Moody's »: the
                // descriptor's gender.)
                let gender = match determiner_gender(&claim.speaker) {
                    Gender::Unknown => self
                        .descriptor_of(&claim.speaker)
                        .map_or(Gender::Unknown, |d| descriptor_gender(&d.noun)),
                    known => known,
                };
                if gender != Gender::Unknown {
                    self.push_speaker(claim, gender);
                }
            }
            SpeakerKind::Anonymous => {
                // « cette source (une source de l'UA) »: the source as first introduced, so a
                // later « cette même source » names it too.
                let base = match claim.speaker.split_once(" (") {
                    Some((_, first)) if first.ends_with(')') => &first[..first.len() - 1],
                    _ => claim.speaker.as_str(),
                };
                self.anonymous.push(base.to_string());
                // « Un responsable militaire a reconnu … « … », a-t-il dit »: an unnamed
                // speaker is who the next « il » most likely stands for.
                let gender = determiner_gender(&claim.speaker);
                if gender != Gender::Unknown && !determiner_plural(&claim.speaker) {
                    self.push_speaker(claim, gender);
                }
            }
            _ => {}
        }
        // « Les syndicats ont réclamé … Selon eux, … »
        if matches!(
            claim.speaker_kind,
            SpeakerKind::Role | SpeakerKind::Organization | SpeakerKind::Anonymous
        ) && determiner_plural(&claim.speaker)
        {
            self.mentions.retain(|p| p.name != claim.speaker);
            self.mentions.push(Person {
                name: claim.speaker.clone(),
                role: claim.role.clone(),
                gender: Gender::Unknown,
                kind: claim.speaker_kind,
                sentence: self.sentence,
                spoke: true,
                subject: false,
                plural: true,
                here: false,
                quoted: false,
            });
        }
    }

    /// « Le ministre de l'Énergie a fustigé l'agence. … X l'a interrompu, estimant … »: the
    /// role that spoke last, within three sentences, when the person now speaking has no
    /// role and nobody else named spoke since, is that person's (so « a insisté le
    /// ministre » later names X).
    fn role_named_later(&self, claim: &Claim) -> Option<String> {
        if claim.role.is_some()
            || self
                .mentions
                .iter()
                .any(|p| p.role.is_some() && p.name == claim.speaker)
        {
            return None;
        }
        let last = self
            .mentions
            .iter()
            .rev()
            .take_while(|p| p.sentence + 3 >= self.sentence)
            .find(|p| p.spoke)?;
        let low = last.name.to_lowercase();
        let definite = ["le ", "la ", "l'", "l’"]
            .iter()
            .any(|d| low.starts_with(d));
        (last.kind == SpeakerKind::Role && definite && !last.plural && last.name != claim.speaker)
            .then(|| {
                last.name
                    .split_once([' ', '\'', '’'])
                    .map_or(last.name.clone(), |(_, rest)| rest.trim().to_string())
            })
    }

    pub(super) fn push(&mut self, name: &str, gender: Gender) {
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
            kind: SpeakerKind::Person,
            sentence: self.sentence,
            spoke: false,
            subject: false,
            plural: false,
            here: false,
            quoted: false,
        });
    }

    /// The entity a subject pronoun of `gender` stands for. The sentence nearest before that
    /// names a compatible entity is read: its only candidate, else its only speaker, else its
    /// only candidate of that very gender; with several and nothing to choose between them,
    /// none (the pronoun stays unresolved rather than take a wrong name).
    /// « Le chef de la diplomatie, Kaya Kallas, a déclaré … Elle a rappelé »: when no one
    /// fits « elle », a person whose masculine rests only on such a title (a first name the
    /// list does not know) may be her.
    /// « Le ministre Paul Girard a jugé … Le Portugal a demandé un report. Il a répété … »:
    /// a country is what « il » stands for only when no one who spoke or opened a sentence
    /// is within reach (a person only named, « l'initiative de Paul Dubreuil », is not).
    pub(super) fn last(&self, gender: Gender, reach: Reach) -> Option<&Person> {
        let found = self.last_of(gender, false, reach)?;
        if !is_place(found) {
            return Some(found);
        }
        match self.last_of(gender, true, reach) {
            Some(p) if self.spoke_or_opened(p) => Some(p),
            _ => Some(found),
        }
    }

    /// Whether `speaker` is a body that did not speak within a pronoun's reach while a person
    /// of the pronoun's `gender` did (« Nicola Fox a dit … . Grâce au télescope, la NASA
    /// pourra … . « … », a-t-elle déclaré »).
    pub(super) fn silent_institution_beside_a_speaker(
        &self,
        speaker: &Speaker,
        gender: Gender,
    ) -> bool {
        let within = |m: &Person| m.sentence + PRONOUN_REACH >= self.sentence && !m.quoted;
        let person_of_that_gender = |m: &Person| match m.kind {
            SpeakerKind::Person => self.gender_of(&m.name) == gender,
            SpeakerKind::Role => m.gender == gender,
            _ => false,
        };
        matches!(speaker.kind, SpeakerKind::Organization | SpeakerKind::Media)
            && gender != Gender::Unknown
            && !self
                .mentions
                .iter()
                .any(|m| within(m) && m.spoke && same_name(&m.name, &speaker.name))
            && self
                .mentions
                .iter()
                .any(|m| within(m) && m.spoke && person_of_that_gender(m))
    }

    fn last_of(&self, gender: Gender, past_places: bool, reach: Reach) -> Option<&Person> {
        self.last_reading(gender, false, past_places, reach)
            .or_else(|| {
                (gender == Gender::Female)
                    .then(|| self.last_reading(gender, true, past_places, reach))
                    .flatten()
            })
    }

    /// Whether the sentence being read names `p` (outside quotations): for a pronoun opening
    /// it, someone else (« Selon lui, M. Girard … » is not Girard, even named before).
    fn named_in_this_sentence(&self, p: &Person) -> bool {
        self.mentions
            .iter()
            .any(|m| m.sentence == self.sentence && !m.quoted && same_entity(m, p))
    }

    /// Whether a mention of `p` within a pronoun's reach spoke or was a sentence's subject.
    fn spoke_or_opened(&self, p: &Person) -> bool {
        self.mentions.iter().any(|m| {
            m.sentence + PRONOUN_REACH >= self.sentence
                && (m.spoke || m.subject)
                && !m.quoted
                && same_entity(m, p)
        })
    }

    fn last_reading(
        &self,
        gender: Gender,
        titles_soft: bool,
        past_places: bool,
        reach: Reach,
    ) -> Option<&Person> {
        let seen = |p: &Person| {
            if titles_soft && self.masculine_by_title_only(p) {
                Gender::Unknown
            } else {
                p.gender
            }
        };
        let compatible = |p: &Person| {
            // In the pronoun's own sentence, only a subject or a speaker before it (« Lorsque
            // Paul Martin est arrivé, il a dit », not « Après avoir vu Paul Martin, il a dit »).
            if p.sentence == self.sentence && !p.here && !p.spoke || p.quoted {
                return false;
            }
            if reach.excludes(p, self) {
                return false;
            }
            if past_places && is_place(p) {
                return false;
            }
            if p.kind != SpeakerKind::Person {
                return gender != Gender::Unknown && p.gender == gender;
            }
            let clash = self.mentions.iter().any(|m| {
                m.kind == SpeakerKind::Person && same_entity(m, p) && {
                    let g = seen(m);
                    g != Gender::Unknown && g != gender
                }
            });
            gender == Gender::Unknown || seen(p) == gender || seen(p) == Gender::Unknown && !clash
        };
        let nearest = self.mentions.iter().rev().find(|p| compatible(p))?;
        // (An entity last named more than three sentences back is too far for a pronoun to be
        // read with confidence: unresolved.)
        if nearest.sentence + PRONOUN_REACH < self.sentence {
            return None;
        }
        let mut candidates: Vec<&Person> = Vec::new();
        for p in self
            .mentions
            .iter()
            .rev()
            .skip_while(|p| p.sentence > nearest.sentence)
            .take_while(|p| p.sentence == nearest.sentence)
            .filter(|p| compatible(p))
        {
            match candidates.iter_mut().find(|c| same_entity(c, p)) {
                // Keep the mention that knows most: a role, then the full name.
                Some(c) => {
                    if (p.role.is_some(), p.name.len()) > (c.role.is_some(), c.name.len()) {
                        *c = p;
                    }
                }
                None => candidates.push(p),
            }
        }
        if candidates.len() == 1 {
            // (« Le livre de Paul Martin est sorti en mars. Il affirme … »: a person only named
            // in that sentence, whose subject is a thing of the pronoun's gender, may be what
            // « il » stands for as well as that thing; unresolved.)
            // (The thing is that sentence's subject, so the person is not, whatever the
            // subject's span held: only having spoken there makes it the likelier one.)
            let only = candidates[0];
            let weak = !self
                .mentions
                .iter()
                .any(|m| m.sentence == nearest.sentence && m.spoke && same_entity(m, only));
            let thing_of_that_gender = self
                .things
                .iter()
                .any(|&(s, g, plural)| s == nearest.sentence && g == gender && !plural);
            if weak && thing_of_that_gender && nearest.sentence < self.sentence {
                return None;
            }
            return Some(only);
        }
        let in_sentence = |p: &Person, flag: fn(&Person) -> bool| {
            self.mentions
                .iter()
                .any(|m| m.sentence == nearest.sentence && flag(m) && same_entity(m, p))
        };
        // (« La police a interpellé Sophie Bernard. Elle a affirmé … »: an institution that
        // was only the subject, beside a person of the pronoun's gender, is no surer an
        // antecedent than that person: unresolved.)
        let institution_beside_person = |p: &Person| {
            matches!(p.kind, SpeakerKind::Organization | SpeakerKind::Media)
                && candidates
                    .iter()
                    .any(|c| c.kind == SpeakerKind::Person && c.gender == gender)
        };
        let speaker = only(&candidates, |p| in_sentence(p, |m| m.spoke));
        // (« Me Dupont … a été interrompu par le juge, qui lui a demandé … . Il a indiqué … »:
        // the sentence's subject and the one who spoke in it are two people of the pronoun's
        // gender; either may be meant: unresolved. So for a role as the subject:
        // « Concernant X, qui a appelé à manifester, le ministre reste prudent. « … »,
        // a-t-il prévenu ». A role who spoke about the subject, « Selon sa directrice, Julie
        // Roux … », stays who the pronoun continues.)
        let subject = only(&candidates, |p| in_sentence(p, |m| m.subject));
        if let (Some(speaker), Some(subject)) = (speaker, subject) {
            let person = |p: &Person| p.kind == SpeakerKind::Person;
            let role = |p: &Person| p.kind == SpeakerKind::Role;
            if !same_entity(speaker, subject)
                && person(speaker)
                && (person(subject) || role(subject))
            {
                return None;
            }
        }
        speaker
            .or_else(|| subject.filter(|p| !institution_beside_person(p)))
            .or_else(|| {
                (gender != Gender::Unknown)
                    .then(|| only(&candidates, |p| p.gender == gender))
                    .flatten()
            })
    }

    /// The group « ils », « elles », « selon eux » stands for: in the nearest sentence naming
    /// a group that spoke or was the subject, the only one (or the only one that spoke).
    /// (Only as far as `reach` says.)
    pub(super) fn plural_antecedent(&self, reach: Reach) -> Option<&Person> {
        let reached = |p: &Person| !reach.excludes(p, self);
        let eligible = |p: &Person| p.plural && (p.spoke || p.subject) && reached(p);
        let nearest = self.mentions.iter().rev().find(|p| eligible(p))?;
        // (As for « il »: a group last named more than three sentences back is too far.)
        if nearest.sentence + PRONOUN_REACH < self.sentence {
            return None;
        }
        let candidates: Vec<&Person> = self
            .mentions
            .iter()
            .filter(|p| p.sentence == nearest.sentence && eligible(p))
            .collect();
        let mut names: Vec<&str> = candidates.iter().map(|p| p.name.as_str()).collect();
        names.dedup();
        // (« Les syndicats ont rencontré les patrons. Ils ont affirmé … »: a group as the
        // object beside the subject group; either may be « ils »: unresolved.)
        // (« Ils ont interpellé deux suspects. Ils nient … »: those the group acted on are who
        // answers a charge.)
        let object_in = |s: usize| {
            self.plural_objects.contains(&s)
                || self.answering_a_charge && self.group_objects.contains(&s)
        };
        if object_in(nearest.sentence) && !nearest.spoke {
            return None;
        }
        // (« Les gendarmes ont riposté. La police a interpellé trois suspects. Ils ont
        // déclaré … »: a group of people the object of a sentence after the nearest group's
        // stands nearer the pronoun; either may be meant: unresolved.)
        if (nearest.sentence + 1..self.sentence).any(object_in) {
            return None;
        }
        if names.len() == 1 {
            return candidates.last().copied();
        }
        only(&candidates, |p| p.spoke)
    }

    /// Whether a person is masculine only by a title the press gives women in the masculine
    /// too (« le chef de la diplomatie », « le Premier ministre »): no first name the list
    /// knows as a man's.
    fn masculine_by_title_only(&self, p: &Person) -> bool {
        let first = p
            .name
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        p.kind == SpeakerKind::Person
            && p.gender == Gender::Male
            && lexicon::first_name_gender(&first) != Some(Gender::Male)
            && self.mentions.iter().any(|m| {
                same_entity(m, p) && m.role.as_deref().is_some_and(titled_in_the_masculine)
            })
    }

    /// The gender the article gave the person `name` (any of their mentions that tells one),
    /// or unknown.
    pub(super) fn gender_of(&self, name: &str) -> Gender {
        let first = name.split_whitespace().next().unwrap_or("").to_lowercase();
        self.mentions
            .iter()
            .rev()
            .filter(|m| m.kind == SpeakerKind::Person && same_name(&m.name, name))
            .map(|m| m.gender)
            .find(|g| *g != Gender::Unknown)
            .or_else(|| lexicon::first_name_gender(&first))
            .unwrap_or(Gender::Unknown)
    }

    /// Whether another mention of the person `p` (of unknown gender here) gives them a gender
    /// other than `gender`: « Camille Dupuis, cliente … » is not « il », « le conseiller Paul
    /// Martin » not « elle ».
    fn known_other_gender(&self, p: &Person, gender: Gender) -> bool {
        self.mentions.iter().any(|m| {
            m.kind == SpeakerKind::Person
                && m.gender != Gender::Unknown
                && m.gender != gender
                && same_entity(m, p)
        })
    }

    /// The last one who spoke, in this sentence or the three before, if of a compatible
    /// gender and no other speaker of that gender spoke since; the link is noted (`from` is
    /// the pronoun).
    pub(super) fn last_speaker(&self, gender: Gender, from: &str) -> Option<&Person> {
        let last = self.who_spoke_last(gender)?;
        self.note(Link::PronounToLastSpeaker, &last.name, from);
        Some(last)
    }

    /// The last speaker a continuation's pronoun stands for, `last`, shown as the article
    /// first gave it (a body's short form in full, [`People::antecedent_in_full`]), the link
    /// from the pronoun `from` noted.
    pub(super) fn continued_in_full<'a>(&'a self, last: &'a Person, from: &str) -> &'a Person {
        let full = self.antecedent_in_full(last);
        if full.name != last.name {
            self.note(Link::PronounToLastSpeaker, &full.name, from);
        }
        full
    }

    /// `last_speaker` without noting a link: a probe, not a resolution.
    pub(super) fn who_spoke_last(&self, gender: Gender) -> Option<&Person> {
        let compatible = |p: &Person| {
            p.gender == gender
                || p.kind == SpeakerKind::Person
                    && p.gender == Gender::Unknown
                    && !self.known_other_gender(p, gender)
        };
        let recent = |p: &&Person| p.spoke && !p.plural && p.sentence + 3 >= self.sentence;
        // (A country that spoke since, « Le Portugal a demandé un report », is who the
        // continuation stands for only when no one else spoke.)
        let mut speakers = self.mentions.iter().rev().filter(recent);
        let last = speakers
            .clone()
            .find(|p| compatible(p) && !is_place(p))
            .or_else(|| speakers.find(|p| compatible(p)))?;
        // (A speaker of the other gender in between is fine; none of this one.)
        Some(last)
    }

    /// Whether another person of `gender` opened a sentence after `speaker` last spoke (« X a
    /// affirmé … . Pierre Durand est arrivé ensuite. « … », a-t-il ajouté »): the
    /// continuation's pronoun may stand for either. (An institution that opened one, « Le
    /// gouvernement n'a pas réagi », is not who « il a ajouté » continues.)
    pub(super) fn subject_since(&self, speaker: &Person, gender: Gender) -> bool {
        self.mentions.iter().any(|p| {
            p.sentence > speaker.sentence
                && matches!(
                    p.kind,
                    SpeakerKind::Person | SpeakerKind::Role | SpeakerKind::Anonymous
                )
                && p.subject
                && !p.quoted
                && !p.plural
                && !same_entity(p, speaker)
                && (p.gender == gender
                    || p.kind == SpeakerKind::Person && p.gender == Gender::Unknown)
        })
    }

    /// Whether a claim after `entity` was last named (or last spoke) was left with no one
    /// identified, its speaker's words passing `fits`: for a continuation's pronoun, a
    /// pronoun of its gender or no pronoun at all ([`could_be`]: « X a dit … . « … », a
    /// déclaré peu avant Y. « … », a-t-il ajouté »), the continuation may be that unknown
    /// speaker's; for a pronoun's antecedent, a singular noun phrase of its gender opened by
    /// an article ([`article_noun_gender`]: « l'accusé », « le Majorquin »; not a pronoun,
    /// not words that tell no gender such as « on », not a demonstrative: « ce porte-parole »
    /// takes someone up).
    pub(super) fn unidentified_speech_since(
        &self,
        entity: &Person,
        fits: impl Fn(&str) -> bool,
    ) -> bool {
        self.unidentified_speech
            .iter()
            .any(|(sentence, words)| *sentence > entity.sentence && fits(words))
    }

    /// Whether the sentence that last named `name` named another person who may be of
    /// `gender` too, outside quotations (« Y a dû renoncer, tandis que Z est sorti blessé »).
    pub(super) fn named_beside_another(&self, name: &str, gender: Gender) -> bool {
        let Some(named) = self.mentions.iter().rev().find(|p| p.name == name) else {
            return false;
        };
        self.mentions.iter().any(|p| {
            p.sentence == named.sentence
                && p.kind == SpeakerKind::Person
                && !p.quoted
                && !same_entity(p, named)
                && (p.gender == gender
                    || p.gender == Gender::Unknown && !self.known_other_gender(p, gender))
        })
    }

    /// The person a definite epithet (« le technicien espagnol ») stands for: the one who
    /// spoke in the sentence before, or the only person named there; the gender must not
    /// clash. `from` is the epithet as the sentence writes it.
    pub(super) fn protagonist_before(&self, gender: Gender, from: &str) -> Option<&Person> {
        let before = self.sentence.checked_sub(1)?;
        let fits = |p: &&Person| {
            p.sentence == before
                && p.kind == SpeakerKind::Person
                && (gender == Gender::Unknown || p.gender == gender || p.gender == Gender::Unknown)
        };
        let mut named: Vec<&Person> = Vec::new();
        for p in self
            .mentions
            .iter()
            .filter(|p| p.sentence == before && p.kind == SpeakerKind::Person)
        {
            if !named.iter().any(|n| same_entity(n, p)) {
                named.push(p);
            }
        }
        let speakers: Vec<&Person> = named
            .iter()
            .copied()
            .filter(|p| {
                self.mentions
                    .iter()
                    .any(|m| m.sentence == before && m.spoke && same_entity(m, p))
            })
            .collect();
        let pick = match (speakers.as_slice(), named.as_slice()) {
            ([one], _) => Some(*one),
            ([], [one]) => Some(*one),
            _ => None,
        };
        pick.filter(fits)
            .inspect(|p| self.note(Link::EpithetToPerson, &p.name, from))
    }

    /// The first (`rank` 0) or second (1) of exactly two entities named in the sentence
    /// before, if its gender does not clash with `gender`. `from`: « le premier » as written.
    pub(super) fn of_pair(&self, rank: usize, gender: Gender, from: &str) -> Option<&Person> {
        let before = self.sentence.checked_sub(1)?;
        let mut named: Vec<&Person> = Vec::new();
        for p in self
            .mentions
            .iter()
            .filter(|p| p.sentence == before && !p.plural)
        {
            if !named.iter().any(|n| same_entity(n, p)) {
                named.push(p);
            }
        }
        let p = *named.get(rank).filter(|_| named.len() == 2)?;
        (p.gender == gender || p.gender == Gender::Unknown && p.kind == SpeakerKind::Person)
            .then_some(p)
            .inspect(|p| self.note(Link::RankInPair, &p.name, from))
    }

    /// The entity named last, in this sentence or the one before, of a compatible gender
    /// (« ce dernier », « l'intéressée », `from` as written); not one named inside a
    /// quotation (« « J'ai saisi le Commissariat central », a dit le procureur. Celui-ci … »).
    pub(super) fn latest(&self, gender: Gender, from: &str) -> Option<&Person> {
        self.mentions
            .iter()
            .rev()
            .take_while(|p| p.sentence + 1 >= self.sentence)
            .find(|p| {
                !p.quoted
                    && (p.gender == gender
                        || p.kind == SpeakerKind::Person && p.gender == Gender::Unknown)
            })
            .inspect(|p| self.note(Link::BackPointer, &p.name, from))
    }

    /// A person a back-reference reached by their surname alone (« M. Dubé … « … », a-t-il
    /// répondu », « M. Tremblay … Ce dernier … »), shown by the full name the article gave
    /// them before, the link from `from` noted as the back-reference's; any other speaker as
    /// it is.
    pub(super) fn surname_in_full(&self, speaker: Speaker, from: &str) -> Speaker {
        if speaker.kind != SpeakerKind::Person || speaker.name.contains(' ') {
            return speaker;
        }
        let Some(full) = self.full_name(&speaker.name.to_lowercase()) else {
            return speaker;
        };
        if let Some(link) = self.link_to(&speaker.name) {
            self.note(link, full, from);
        }
        Speaker {
            name: full.to_string(),
            ..speaker
        }
    }

    /// The one full name (two words or more) the article gave a surname in an earlier
    /// sentence (« Barack Obama » for « Obama »), if only one; failing that, the one name of
    /// two words that opens with it when it is no first name (« Affi Nguessan » for « M.
    /// Affi »: names written surname first).
    pub(super) fn full_name(&self, surname: &str) -> Option<&str> {
        self.full_name_ending(surname)
            .or_else(|| self.surname_first_name(surname))
    }

    /// The one name of two words, given in an earlier sentence, whose first word is `surname`
    /// and no first name (« Affi Nguessan » for « Affi », not « Martin Dupont » for
    /// « Martin »).
    fn surname_first_name(&self, surname: &str) -> Option<&str> {
        if lexicon::is_first_name(surname) || lexicon::PLACES.contains(&surname) {
            return None;
        }
        let mut names = self
            .mentions
            .iter()
            .filter(|p| {
                let low = p.name.to_lowercase();
                let words: Vec<&str> = low.split(' ').collect();
                p.kind == SpeakerKind::Person
                    && p.sentence < self.sentence
                    && words.len() == 2
                    && words[0] == surname
            })
            .map(|p| p.name.as_str());
        let first = names.next()?;
        names
            .all(|n| n == first)
            .then_some(first)
            .inspect(|full| self.note(Link::SurnameToFullName, full, surname))
    }

    /// The one full name the article gave in an earlier sentence that ends with `surname`
    /// (a shorter one that the longest ends with past first names, « Ella Nguema » beside
    /// « Gérard Ella Nguema », is the same person's).
    fn full_name_ending(&self, surname: &str) -> Option<&str> {
        let names: Vec<&str> = self
            .mentions
            .iter()
            .filter(|p| {
                p.kind == SpeakerKind::Person
                    && p.sentence < self.sentence
                    && p.name.contains(' ')
                    && p.name
                        .to_lowercase()
                        .rsplit(' ')
                        .next()
                        .is_some_and(|last| last == surname)
            })
            .map(|p| p.name.as_str())
            .collect();
        let longest = *names.iter().max_by_key(|n| n.split(' ').count())?;
        // (Only first names before it: « Lions Aliou Cissé », a team's name glued to the
        // man's, is not « Aliou Cissé »'s full name.)
        let tail_of_longest = |n: &str| {
            let (long, short) = (longest.to_lowercase(), n.to_lowercase());
            long == short
                || long
                    .strip_suffix(&format!(" {short}"))
                    .is_some_and(|head| head.split(' ').all(lexicon::is_first_name))
        };
        names
            .iter()
            .all(|n| tail_of_longest(n))
            .then_some(longest)
            .inspect(|full| self.note(Link::SurnameToFullName, full, surname))
    }

    /// The full name of the one person an earlier sentence named with the surname `words`, if
    /// the surname is no name of its own (one word: no first name, no place; « Ella Nguema »
    /// after « Gérard Ella Nguema »: the earlier name ends with all its words).
    fn known_surname(&self, words: &[&str]) -> Option<&str> {
        let [first, ..] = words else { return None };
        if words.len() == 1 && (lexicon::is_first_name(first) || lexicon::PLACES.contains(first)) {
            return None;
        }
        let mut names = self
            .mentions
            .iter()
            .filter(|p| {
                // (The kind and the sentence first: the name is lowered for a person named
                // before alone.)
                if p.kind != SpeakerKind::Person || p.sentence >= self.sentence {
                    return false;
                }
                let low = p.name.to_lowercase();
                let full: Vec<&str> = low.split(' ').collect();
                full.len() > words.len() && full[full.len() - words.len()..] == *words
            })
            .map(|p| p.name.as_str());
        let first = names.next()?;
        names.all(|n| n == first).then_some(first)
    }

    pub(super) fn by_surname(&self, surname: &str) -> Option<&Person> {
        self.mentions.iter().rev().find(|p| {
            p.kind == SpeakerKind::Person
                && p.name
                    .to_lowercase()
                    .rsplit(' ')
                    .next()
                    .is_some_and(|last| last == surname)
        })
    }

    /// The body a short definite phrase (« le ministère », « l'armée », « le parquet
    /// local ») takes up: the one longer name the article gave a body that spoke or opened a
    /// sentence, with the same article and head noun and every word of the short one (« Le
    /// ministère libanais de la Santé »); with two (« le ministère de la Santé », « le
    /// ministère de l'Intérieur »), none. `words` are the phrase's, lowercase.
    fn body_in_full(&self, words: &[&str]) -> Option<&Person> {
        let [det @ ("le" | "la" | "l'"), head, rest @ ..] = words else {
            return None;
        };
        if rest.len() > 1 {
            return None;
        }
        let longer = |p: &Person| {
            if !matches!(p.kind, SpeakerKind::Organization) || p.plural || p.quoted {
                return false;
            }
            let name = lowercase_words(&p.name);
            name.len() > words.len()
                && name[0] == *det
                && name[1] == *head
                && rest.iter().all(|w| name.iter().any(|n| n == w))
        };
        let mut found = self.mentions.iter().filter(|p| longer(p));
        let first = found.next()?;
        found
            .all(|p| p.name.eq_ignore_ascii_case(&first.name))
            .then_some(first)
    }

    /// The body a pronoun's antecedent `entity` stands for as the article first gave it:
    /// « Le ministère libanais de la Santé annonce … « … », indique le ministère. Il ajoute »:
    /// « il » is the ministry by its full name (see [`People::body_in_full`]).
    fn antecedent_in_full<'a>(&'a self, entity: &'a Person) -> &'a Person {
        if entity.kind != SpeakerKind::Organization {
            return entity;
        }
        let words = lowercase_words(&entity.name);
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        self.body_in_full(&words).unwrap_or(entity)
    }

    /// The person a definite role (« le porte-parole », « la pharmacienne ») refers back to:
    /// the one named last whose role holds that noun and the words of its complement. `from`
    /// is the role as the sentence writes it, determiner included.
    pub(super) fn by_role(
        &self,
        role_words: &[&str],
        gender: Gender,
        from: &str,
    ) -> Option<&Person> {
        let mut words: Vec<String> = role_words.iter().map(|w| w.to_string()).collect();
        let joined = words.join(" ");
        for (from, to) in ROLE_SYNONYMS {
            if let Some(rest) = joined.strip_prefix(from) {
                words = to
                    .split_whitespace()
                    .chain(rest.split_whitespace())
                    .map(str::to_string)
                    .collect();
            }
        }
        let content: Vec<&String> = words
            .iter()
            .filter(|w| !matches!(w.as_str(), "de" | "d'" | "du" | "des" | "la" | "le" | "l'"))
            .collect();
        let head = content.first()?;
        let covered = functions_covered_by(head);
        // (« l'élu » for « le maire X »: the generic noun stands for the function it covers.)
        let holds_covered = |p: &Person| {
            p.kind == SpeakerKind::Person
                && p.role
                    .as_deref()
                    .and_then(role_head)
                    .is_some_and(|h| covered.is_some_and(|c| c.contains(&h.as_str())))
        };
        let fits = |p: &Person| {
            let Some(role) = &p.role else { return false };
            let gender_clash =
                gender != Gender::Unknown && p.gender != Gender::Unknown && p.gender != gender;
            // (The cheap tests first: most mentions are not a person of that gender.)
            if p.kind != SpeakerKind::Person || gender_clash {
                return false;
            }
            let role = role.to_lowercase().replace('’', "'");
            let role_words: Vec<&str> = role
                .split(|c: char| c.is_whitespace() || c == '\'')
                .collect();
            let head_fits = role_words
                .iter()
                .any(|w| *w == head.as_str() || w.trim_end_matches('s') == head.as_str())
                || holds_covered(p);
            head_fits
                && content.iter().skip(1).all(|w| {
                    role.contains(w.trim_end_matches('\''))
                        || SCOPE_ADJECTIVES.contains(&w.as_str())
                            && complement_follows_head(&role_words, head)
                        // (« le président colombien » for « le président de Colombie ».)
                        || role_words.iter().any(|r| nationality_of(w, r))
                })
        };
        let found = self.mentions.iter().rev().find(|p| fits(p))?;
        // (« le maire X … le député Y … L'élu a dit »: two holders of functions the generic
        // noun covers; either may be meant: unresolved. So when the holder was last named
        // beyond a pronoun's reach: « l'élu » may be someone new.)
        if covered.is_some()
            && (found.sentence + PRONOUN_REACH < self.sentence
                || self
                    .mentions
                    .iter()
                    .any(|p| holds_covered(p) && !same_entity(p, found)))
        {
            return None;
        }
        // (« Le conseiller X et le conseiller Y sont arrivés. Le conseiller a dit »: two
        // named with that role in one sentence, either may be meant: unresolved.)
        let rival = self
            .mentions
            .iter()
            .any(|p| p.sentence == found.sentence && fits(p) && !same_entity(p, found));
        // (« le sélectionneur national » for « X, le sélectionneur des Lions »: a scope the
        // role did not give holds only when no one else in the article had that role's noun.)
        let scope_added = content.iter().any(|w| {
            SCOPE_ADJECTIVES.contains(&w.as_str())
                && !found
                    .role
                    .as_deref()
                    .unwrap_or("")
                    .to_lowercase()
                    .contains(w.as_str())
        });
        let other_holder = || {
            self.mentions.iter().any(|p| {
                p.kind == SpeakerKind::Person
                    && !same_entity(p, found)
                    && p.role.as_deref().is_some_and(|r| {
                        r.to_lowercase()
                            .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
                            .any(|w| w == head.as_str())
                    })
            })
        };
        let scope_of_another = scope_added && other_holder();
        (!rival && !scope_of_another)
            .then_some(found)
            .inspect(|p| self.note(Link::RoleToPerson, &p.name, from))
    }

    /// The person « cet homme » / « cette femme » stands for: the one of that gender named
    /// in this sentence or the one before (`from`: « cet homme » as written).
    pub(super) fn recent(&self, gender: Gender, from: &str) -> Option<&Person> {
        self.mentions
            .iter()
            .rev()
            .take_while(|p| p.sentence + 1 >= self.sentence)
            .find(|p| p.kind == SpeakerKind::Person && p.gender == gender)
            .inspect(|p| self.note(Link::DemonstrativeToPerson, &p.name, from))
    }

    /// Whether a person, a role or an unnamed source of `gender` (a person of unknown gender
    /// too) other than `name` spoke, outside quotations, in the sentences before within a
    /// pronoun's reach: who an incise's « il », « elle » may stand for besides the sentence's
    /// own subject.
    pub(super) fn other_speaker_within_reach(&self, gender: Gender, name: &str) -> bool {
        self.mentions.iter().any(|m| {
            m.spoke
                && !m.quoted
                && !m.plural
                && m.sentence < self.sentence
                && m.sentence + PRONOUN_REACH >= self.sentence
                && !m.name.eq_ignore_ascii_case(name)
                && matches!(
                    m.kind,
                    SpeakerKind::Person | SpeakerKind::Role | SpeakerKind::Anonymous
                )
                && (m.gender == gender
                    || m.kind == SpeakerKind::Person
                        && m.gender == Gender::Unknown
                        && !self.known_other_gender(m, gender))
        })
    }

    /// Whether an entity of `gender` and number other than `name` was named, outside
    /// quotations, in the sentences before within a pronoun's reach (a person of unknown
    /// gender too, unless the article gave them the other): someone a pronoun may stand for
    /// besides its own sentence's subject.
    pub(super) fn other_named_within_reach(
        &self,
        gender: Gender,
        plural: bool,
        name: &str,
    ) -> bool {
        self.mentions.iter().any(|m| {
            !m.quoted
                && m.plural == plural
                && m.sentence < self.sentence
                && m.sentence + PRONOUN_REACH >= self.sentence
                && !same_name(&m.name, name)
                && m.kind != SpeakerKind::Unattributed
                && m.kind != SpeakerKind::Media
                && (m.gender == gender
                    || plural
                    || m.kind == SpeakerKind::Person
                        && m.gender == Gender::Unknown
                        && !self.known_other_gender(m, gender))
        })
    }

    /// The person « ce responsable » / « cette porte-parole » stands for: the one person of a
    /// compatible gender named (outside quotations) in this sentence or the one before; with
    /// two, either may be meant: none. `from` is the demonstrative phrase as written.
    pub(super) fn sole_recent_person(&self, gender: Gender, from: &str) -> Option<&Person> {
        let mut found: Vec<&Person> = Vec::new();
        for p in self.mentions.iter().rev().filter(|p| {
            p.sentence + 1 >= self.sentence
                && p.kind == SpeakerKind::Person
                && !p.quoted
                && !p.plural
                && (p.gender == gender
                    || p.gender == Gender::Unknown && !self.known_other_gender(p, gender))
        }) {
            if !found.iter().any(|f| same_entity(f, p)) {
                found.push(p);
            }
        }
        match found.as_slice() {
            [one] => {
                self.note(Link::DemonstrativeToPerson, &one.name, from);
                Some(*one)
            }
            _ => None,
        }
    }

    /// Follows the news desk's source through a sentence's claims: a source named for « on »
    /// (`desk_named`, « a-t-on appris auprès de la préfecture ») becomes it; a claim of that
    /// source (« a-t-on expliqué », « a indiqué la même source », read as it) keeps it; a claim
    /// of anyone else ends it (« a-t-on ajouté » after them is no longer surely the source's).
    pub(super) fn follow_desk_source(&mut self, claims: &[(&Claim, bool)]) {
        if let Some((named, _)) = claims.iter().rev().find(|(_, desk_named)| *desk_named) {
            self.desk_source = Some(DeskSource {
                speaker: Speaker {
                    name: named.speaker.clone(),
                    role: named.role.clone(),
                    kind: named.speaker_kind,
                },
                sentence: self.sentence,
            });
            return;
        }
        let Some(desk) = &mut self.desk_source else {
            return;
        };
        if claims.iter().any(|(c, _)| c.speaker == desk.speaker.name) {
            desk.sentence = self.sentence;
        } else if claims
            .iter()
            .any(|(c, _)| c.speaker_kind != SpeakerKind::Unattributed)
        {
            self.desk_source = None;
        }
    }

    /// The source the news desk named for « on », if it was the last to speak and within a
    /// pronoun's reach: who « a-t-on expliqué », « a indiqué la même source » stand for
    /// (`from`: « on », « la même source »).
    pub(super) fn live_desk_source(&self, from: &str) -> Option<&Speaker> {
        let desk = self
            .desk_source
            .as_ref()
            .filter(|d| d.sentence + PRONOUN_REACH >= self.sentence)?;
        self.note(Link::DeskSource, &desk.speaker.name, from);
        Some(&desk.speaker)
    }

    /// The unnamed source « la même source » / « ce témoin » refers back to: the last one that
    /// spoke whose words share the head noun; for a plural (« ces sources », « les mêmes
    /// sources »), the last plural one (not « l'une des sources » after « des sources
    /// proches de l'enquête »); for a singular, a singular one (« cette source » is not « des
    /// sources policières »: it agrees in number, as any noun phrase taking another up).
    /// `from` is the sentence's phrase (« ce témoin »).
    pub(super) fn anonymous_with(&self, head: &str, plural: bool, from: &str) -> Option<&String> {
        self.anonymous
            .iter()
            .rev()
            .find(|a| {
                let low = a.to_lowercase();
                let mut words = low.split_whitespace();
                let shares_head = words
                    .clone()
                    .any(|w| w == head || w.trim_end_matches('s') == head);
                let plural_itself = determiner_plural(&low)
                    || words
                        .next()
                        .is_some_and(|w| w != head && w.trim_end_matches('s') == head);
                shares_head && plural == plural_itself
            })
            .inspect(|a| self.note(Link::SameUnnamedSource, a, from))
    }
}

/// The sentence's first finite verb outside quotes (not a noun after its determiner: « le
/// juge »).
pub(super) fn first_verb(toks: &[Tok]) -> Option<usize> {
    (0..toks.len()).find(|&k| {
        is_finite_verb(&toks[k])
            && !(k > 0 && lexicon::DETERMINERS.contains(&toks[k - 1].low.as_str()))
            && !gerund(toks, k)
    })
}

/// Whether the token at `k` is a gerund (« En attendant, les habitants … », « en
/// expliquant »): « en » and a present participle, no finite verb.
fn gerund(toks: &[Tok], k: usize) -> bool {
    k > 0 && toks[k - 1].low == "en" && toks[k].low.ends_with("ant")
}

/// Where the main clause starts and its first finite verb: past a subordinate clause opening
/// the sentence (« Pendant que Marc Lenoir parlait, Paul Martin a quitté la salle », « Si le
/// maire refuse, le préfet tranchera »), after the comma closing it; else the whole sentence
/// and its first verb. A pronoun in the next sentence stands for the main clause's subject,
/// not the subordinate's.
pub(super) fn main_clause(toks: &[Tok]) -> (usize, Option<usize>) {
    let Some(verb) = first_verb(toks) else {
        return (0, None);
    };
    let Some(open) = toks.iter().position(|t| t.word) else {
        return (0, Some(verb));
    };
    if opening_subordinator(toks, open).is_none() {
        return (0, Some(verb));
    }
    // (The subordinate's own verb may be a form not known as one: « Bien que X soit absent ».)
    let Some(comma) = (open + 2..toks.len()).find(|&k| !toks[k].quoted && toks[k].low == ",")
    else {
        return (0, Some(verb));
    };
    let main_verb = (comma + 1..toks.len()).find(|&k| {
        !toks[k].quoted
            && is_finite_verb(&toks[k])
            && !lexicon::DETERMINERS.contains(&toks[k - 1].low.as_str())
    });
    match main_verb {
        Some(v) => (comma + 1, Some(v)),
        None => (0, Some(verb)),
    }
}

/// Subordinating conjunctions that may open a sentence before its main clause (« Lorsque X
/// …, Y a … »), as their words, and whether they set two agents side by side (« Alors que X
/// …, Y … », « tandis que », « pendant que », « avant que »): a main clause after those is
/// as often someone else's. Each also read with its last word elided (« lorsqu' », « bien
/// qu' », « même s' »; see [`elided`]).
pub(super) const OPENING_SUBORDINATORS: &[(&[&str], bool)] = &[
    (&["lorsque"], false),
    (&["quand"], false),
    (&["si"], false),
    (&["puisque"], false),
    (&["quoique"], false),
    (&["même", "si"], false),
    (&["bien", "que"], false),
    (&["parce", "que"], false),
    (&["après", "que"], false),
    (&["dès", "que"], false),
    (&["depuis", "que"], false),
    (&["une", "fois", "que"], false),
    (&["maintenant", "que"], false),
    (&["alors", "que"], true),
    (&["tandis", "que"], true),
    (&["pendant", "que"], true),
    (&["avant", "que"], true),
];

/// The elided form of a subordinator's last word: « que » → « qu' » (« lorsqu' », « bien
/// qu' »), « si » → « s' »; None for one that has none (« quand »).
fn elided(word: &str) -> Option<String> {
    match word.strip_suffix("que") {
        Some(stem) => Some(format!("{stem}qu'")),
        None => (word == "si").then(|| "s'".to_string()),
    }
}

/// The subordinating conjunction opening a clause at `open` (see [`OPENING_SUBORDINATORS`]):
/// how many words it has, and whether it sets two agents side by side.
pub(super) fn opening_subordinator(toks: &[Tok], open: usize) -> Option<(usize, bool)> {
    OPENING_SUBORDINATORS
        .iter()
        .find(|(words, _)| {
            let last = words.len() - 1;
            words.iter().enumerate().all(|(i, w)| {
                toks.get(open + i).is_some_and(|t| {
                    t.low == *w || i == last && elided(w).is_some_and(|e| t.low == e)
                })
            })
        })
        .map(|(words, apart)| (words.len(), *apart))
}

/// Whether the name at `a` opens its clause, alone or after its title and role (« Le
/// ministre Paul Martin a dit », « Lorsque Paul Martin est arrivé »), rather than following a
/// verb or a preposition (« Après avoir vu Paul Martin », « selon Paul Martin »).
fn opens_clause(toks: &[Tok], a: usize) -> bool {
    // « Quant à Françoise Montfort, elle admet »: a topic the next subject takes up.
    if a >= 2
        && matches!(toks[a - 1].low.as_str(), "à" | "au" | "aux")
        && toks[a - 2].low == "quant"
    {
        return true;
    }
    let mut k = a;
    while k > 0 && a - k < 8 {
        let p = &toks[k - 1];
        if !p.word {
            return matches!(
                p.low.as_str(),
                "," | ";" | ":" | "(" | "-" | "«" | "\"" | "»"
            );
        }
        let low = p.low.as_str();
        // (« avec Pierre Martin et Louis Dubois »: « et » after a name joins a second name to
        // the first, which opens a clause or not.)
        if low == "et" && joins_two_names(toks, k - 1) {
            k -= 1;
            continue;
        }
        if matches!(
            low,
            "que" | "qu'" | "lorsque" | "lorsqu'" | "quand" | "et" | "mais" | "puisque" | "car"
        ) {
            return true;
        }
        if lexicon::PREPOSITIONS.contains(&low)
            || matches!(low, "de" | "d'" | "du" | "des" | "selon")
            // (« Outre Paul Martin, le ministre … », « Malgré X, … »)
            || matches!(low, "outre" | "malgré" | "parmi" | "hormis" | "durant" | "dès" | "comme")
            || is_finite_verb(p)
            || (low.ends_with('é') || low.ends_with("ant"))
                && !lexicon::ROLE_NOUNS.contains(&low)
                && !lexicon::TITLES.contains(&low)
            || matches!(low, "avoir" | "être")
        {
            return false;
        }
        k -= 1;
    }
    k == 0
}

/// Whether the « et » at `et` joins two names (« Pierre Martin et Louis Dubois »): a
/// capitalized word outside quotations stands before it, and one after it.
fn joins_two_names(toks: &[Tok], et: usize) -> bool {
    let name_word = |t: &Tok| t.word && t.upper && !t.quoted;
    et > 0 && name_word(&toks[et - 1]) && toks.get(et + 1).is_some_and(name_word)
}

/// Where the name starts in a capitalized run that a role's complement opens: « le maire de
/// Lyon Gérard Collomb », « le premier ministre du Québec Philippe Couillard », « la ministre
/// de l'Intérieur Anne Martin ». The complement's words before the first first name are the
/// place or body the role belongs to, not the person's name (the run starts at `a`, ends at
/// `b`; at least a surname must follow the first name). A place or body named after someone
/// (« le directeur du Lycée Victor Hugo », « la Fondation Jean Jaurès ») keeps its name whole.
fn complement_glued_to_name(toks: &[Tok], a: usize, b: usize) -> usize {
    if b < a + 2 || !complement_before(toks, a) || lexicon::is_first_name(&toks[a].low) {
        return a;
    }
    let Some(first) = (a + 1..b).find(|&k| lexicon::is_first_name(&toks[k].low)) else {
        return a;
    };
    // (The place's noun right before the first name: « du Musée Pop Valérie Therrien » is
    // the museum's director, named after nobody.)
    let named_after_someone = NAMED_AFTER_SOMEONE.contains(&toks[first - 1].low.as_str());
    if named_after_someone {
        a
    } else {
        first
    }
}

/// Whether the run at `a` (its `words`) ends a role's complement and holds no first name
/// (« le député du district de Befotaka Atsimo », « le maire de Saint Pierre »): the place
/// or body the role belongs to, no person.
fn place_of_a_role(toks: &[Tok], a: usize, words: &[&str]) -> bool {
    // (Three or four words after a role's complement are read below: « le ministre de
    // l'Intérieur Piet Vandermeulen », the name its last two words.)
    words.len() <= 2
        && complement_before(toks, a)
        && !words.iter().any(|w| lexicon::is_first_name(w))
        || seat_of_a_body(toks, a)
}

/// Whether the run at `a` follows « de » after the noun of a body that sits somewhere (« le
/// tribunal de Sidi Moussa », « la préfecture de Saint Louis », « la commune de Sainte
/// Marie »): the town or district it sits in, even when its first word is a first name.
fn seat_of_a_body(toks: &[Tok], a: usize) -> bool {
    const SITTING_BODIES: &[&str] = &[
        "tribunal",
        "cour",
        "préfecture",
        "sous-préfecture",
        "mairie",
        "commune",
        "wilaya",
        "diocèse",
        "archidiocèse",
        "paroisse",
        "prison",
        "aéroport",
        "gare",
    ];
    a >= 2
        && matches!(toks[a - 1].low.as_str(), "de" | "d'")
        && SITTING_BODIES.contains(&toks[a - 2].low.as_str())
}

/// Whether a capitalized run opens on the noun of a place or body, no first name after it
/// (« l'École Valois », « le Théâtre Molière », « la Maison Blanche »): a place. (« du Lycée
/// Victor Hugo » is read as the name it holds: [`complement_glued_to_name`].)
fn names_a_place(words: &[&str]) -> bool {
    matches!(words, [place, next, ..]
        if NAMED_AFTER_SOMEONE.contains(place) && !lexicon::is_first_name(next))
}

/// Nouns of places and bodies that are often named after a person (« le Lycée Victor Hugo »,
/// « l'Hôpital Georges Pompidou », « le Prix Albert Londres »).
pub(super) const NAMED_AFTER_SOMEONE: &[&str] = &[
    "lycée",
    "collège",
    "école",
    "université",
    "hôpital",
    "centre",
    "fondation",
    "institut",
    "musée",
    "stade",
    "salle",
    "théâtre",
    "parc",
    "rue",
    "avenue",
    "boulevard",
    "place",
    "quai",
    "pont",
    "gare",
    "aéroport",
    "prix",
    "maison",
    "résidence",
    "cité",
    "quartier",
    "clinique",
];

/// Whether a token goes on into a verb: a finite verb, or the negation or an object pronoun
/// before one (« le ministre a déclaré », « le ministre n'a pas dit », « le ministre lui a
/// dit »).
fn runs_into_verb(t: &Tok) -> bool {
    is_finite_verb(t)
        || matches!(
            t.low.as_str(),
            "ne" | "n'" | "lui" | "leur" | "l'" | "se" | "s'" | "y" | "en"
        )
}

/// The one candidate that `keep` keeps, if exactly one.
fn only<'a>(candidates: &[&'a Person], keep: impl Fn(&Person) -> bool) -> Option<&'a Person> {
    let mut kept = candidates.iter().copied().filter(|p| keep(p));
    match (kept.next(), kept.next()) {
        (Some(p), None) => Some(p),
        _ => None,
    }
}

/// Whether an entity is a country or a city standing for its government (« Le Portugal »,
/// « la Côte d'Ivoire », « Pékin »): every word of its name past the article a place's.
fn is_place(p: &Person) -> bool {
    let low = p.name.to_lowercase().replace('’', "'");
    let words: Vec<&str> = low
        .split([' ', '\''])
        .filter(|w| !w.is_empty() && !matches!(*w, "le" | "la" | "l" | "les" | "d" | "de" | "du"))
        .collect();
    p.kind != SpeakerKind::Person
        && !words.is_empty()
        && words.iter().all(|w| lexicon::PLACES.contains(w))
}

/// Where a person's name starts in the capitalized run `a..=b`: past the place or body
/// ending a role's complement (see [`complement_glued_to_name`]), then past an acronym glued
/// before it (« à la VOA Franck Diongo », « a réagi auprès de l'AFP Franck Bizet »). Read
/// before the person and media checks: the whole run « AFP Franck Bizet » is a medium's.
fn name_start(toks: &[Tok], a: usize, b: usize) -> usize {
    let a = complement_glued_to_name(toks, a, b);
    // (Not before « de »: « le CHU de Lyon » is the hospital's name, « de Lyon » no person.)
    if b > a + 1 && toks[a].caps && toks[a + 1].upper && !lexicon::is_first_name(&toks[a].low) {
        a + 1
    } else {
        a
    }
}

/// Whether the run `a..=b` is an acronym, « de » and more (« le CHU de Lyon », « la SNCF de
/// Bretagne »): a body named with its town, no person.
fn acronym_of_a_town(toks: &[Tok], a: usize, b: usize) -> bool {
    b > a + 1 && toks[a].caps && matches!(toks[a + 1].low.as_str(), "de" | "du" | "des")
}

/// Whether the words read for a speaker left unidentified may be someone of `gender`: the
/// pronoun of that gender (« lui » of « selon lui » too), or words that are no subject pronoun (« on », « je », « ils »
/// and the pronoun of the other gender are not).
pub(super) fn could_be(words: &str, gender: Gender) -> bool {
    match words.to_lowercase().as_str() {
        // (« selon lui » is « il ».)
        "il" | "lui" => gender != Gender::Female,
        "elle" => gender != Gender::Male,
        "on" | "je" | "j'" | "tu" | "nous" | "vous" | "ils" | "elles" | "eux" => false,
        _ => true,
    }
}

/// Whether two mentions name the same entity: the same words, or a surname and the full name.
fn same_entity(a: &Person, b: &Person) -> bool {
    same_name(&a.name, &b.name)
}

/// Whether two names are one entity's: equal, or one the other's last words (« Durand » and
/// « Paul Durand »), case aside.
pub(super) fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    a == b || a.ends_with(&format!(" {b}")) || b.ends_with(&format!(" {a}"))
}

/// A role noun phrase right before a name: « le maire Martial Bourquin », « une pharmacienne
/// du centre-ville, Claire Moreau ».
fn role_before(text: &str, toks: &[Tok], name: usize) -> Option<String> {
    let mut end = name.checked_sub(1)?;
    if toks[end].low == "," {
        end = end.checked_sub(1)?;
    }
    let mut from = end;
    loop {
        let t = &toks[from];
        // (« le conseiller du district 7, Paul Martin »: a number in the role's complement.)
        let number = !t.low.is_empty() && t.low.chars().all(|c| c.is_ascii_digit());
        // « Le juge a reçu Paul Martin »: a verb between, the noun is not his role.
        if !t.word && !number
            || t.quoted
            || is_finite_verb(t) && !lexicon::ROLE_NOUNS.contains(&t.low.as_str())
        {
            return None;
        }
        if lexicon::ROLE_NOUNS.contains(&t.low.as_str())
            && (from == 0 || lexicon::DETERMINERS.contains(&toks[from - 1].low.as_str()))
        {
            break;
        }
        // « l'ancien ministre Jean Dupont »
        if lexicon::ROLE_NOUNS.contains(&t.low.as_str())
            && from >= 2
            && super::speaker::ROLE_ADJECTIVES.contains(&toks[from - 1].low.as_str())
            && lexicon::DETERMINERS.contains(&toks[from - 2].low.as_str())
        {
            from -= 1;
            break;
        }
        if from == 0 || end - from > 6 {
            return None;
        }
        from -= 1;
    }
    let comma_before_name = toks[name - 1].low == ",";
    if capital_outside_complement(toks, from, end, comma_before_name) {
        return None; // « du président américain Joe Biden, »: another person's role.
    }
    if from > 0 && lexicon::DETERMINERS.contains(&toks[from - 1].low.as_str()) {
        from -= 1;
    }
    Some(slice(text, toks, from, end)).filter(|r| super::speaker::is_role(r))
}

/// Whether a capitalized word in `toks[from..=end]` stands outside a complement: not after
/// « de », « du », « la » … (« le ministre des Affaires étrangères Marc Lenoir »: capitals
/// in a complement are the ministry's), but after another word (« du président américain
/// Joe Biden »: another person's name). When a comma sets the name apart (`comma_before_name`),
/// the capitals running on in the complement are its place's too (« le député de Cité
/// Soleil, X »); without one they may open the name (« de la Santé Khalid Ait Taleb »).
fn capital_outside_complement(
    toks: &[Tok],
    from: usize,
    end: usize,
    comma_before_name: bool,
) -> bool {
    let mut in_complement = false;
    for k in from..=end {
        let opens = k > 0
            && matches!(
                toks[k - 1].low.as_str(),
                "de" | "d'" | "du" | "des" | "l'" | "la" | "le"
            );
        if toks[k].upper && !opens && !in_complement {
            return true;
        }
        in_complement = comma_before_name && toks[k].upper && (opens || in_complement);
    }
    false
}

/// Whether the name at `a..=b`, after a comma closing an opening attribution (« Selon son
/// avocat, Paul Martin … »), is the subject of the main clause rather than the role's
/// apposition: it runs into a finite verb, right away (« …, Paul Martin a quitté la ville »)
/// or past what commas set off after it, a relative clause, a participle phrase or a date
/// (« …, Paul Martin, qui était absent, a quitté … », « …, Paul Martin, mardi, a quitté »). An
/// apposition leaves the main clause its own subject (« Selon le maire, Paul Martin, joint
/// par l'AFP, les dégâts sont importants »).
pub(super) fn name_opens_main_clause(toks: &[Tok], a: usize, b: usize) -> bool {
    after_opening_attribution(toks, a) && runs_into_main_verb(toks, b + 1)
}

/// The role a person already had (« le colonel », from the words before the name) with the
/// function a later apposition gives them (« …, le ministre de la Sécurité, »): a rank or
/// title and a function are two roles of one person, and « le ministre » later names them as
/// « le colonel » does. A function the known role already holds is not added twice.
fn with_apposed_function(known: String, apposed: &str) -> String {
    let low = known.to_lowercase();
    let new_word = apposed
        .to_lowercase()
        .split_whitespace()
        .any(|w| !lexicon::DETERMINERS.contains(&w) && !low.contains(w));
    if new_word {
        format!("{known}, {apposed}")
    } else {
        known
    }
}

/// Whether the comma before `a` closes a phrase opened by « selon » or « d'après ».
fn after_opening_attribution(toks: &[Tok], a: usize) -> bool {
    if a < 3 || toks[a - 1].low != "," {
        return false;
    }
    let start = (0..a - 1)
        .rev()
        .find(|&k| !toks[k].word)
        .map_or(0, |k| k + 1);
    let low = |k: usize| toks.get(k).map_or("", |t| t.low.as_str());
    low(start) == "selon" || low(start) == "d'" && low(start + 1) == "après"
}

/// Whether the words from `k` on (what follows a name) reach a finite verb before any noun
/// phrase, past the inserts set off by commas.
fn runs_into_main_verb(toks: &[Tok], mut k: usize) -> bool {
    loop {
        k = super::inserts::past_time_phrases(toks, k);
        let Some(t) = toks.get(k) else {
            return false;
        };
        if t.low != "," {
            return is_finite_verb(t) || matches!(t.low.as_str(), "ne" | "n'");
        }
        if !opens_insert(toks, k + 1) {
            return toks.get(k + 1).is_some_and(is_finite_verb);
        }
        match (k + 1..toks.len()).find(|&j| toks[j].low == "," && !toks[j].quoted) {
            Some(comma) => k = comma,
            None => return false,
        }
    }
}

/// Whether a relative clause or a participle phrase opens at `k` (« qui était absent », « mais
/// qui a été libéré », « joint par l'AFP »).
fn opens_insert(toks: &[Tok], k: usize) -> bool {
    let Some(t) = toks.get(k).filter(|t| t.word && !t.upper) else {
        return false;
    };
    let relative = |low: &str| matches!(low, "qui" | "dont" | "lequel" | "laquelle");
    relative(&t.low)
        || matches!(t.low.as_str(), "mais" | "et")
            && toks.get(k + 1).is_some_and(|n| relative(&n.low))
        || super::cues::is_participle(&t.low)
}

#[cfg(test)]
mod unnamed_speaker_tests {
    use super::super::tests::speakers_by_segment as speakers;

    #[test]
    fn a_continuation_after_an_unnamed_speaker_is_theirs() {
        assert_eq!(
            speakers(&[
                "Contacté par l'AFP, le ministère de la Défense n'a pas souhaité réagir.",
                "Un responsable militaire a toutefois reconnu « des bavures ».",
                "« Il y a eu des erreurs, mais elles seront sanctionnées », a-t-il dit.",
            ]),
            [
                (2, "Un responsable militaire".to_string()),
                (3, "Un responsable militaire".to_string())
            ]
        );
    }

    #[test]
    fn a_continuation_of_the_other_gender_does_not_take_the_unnamed_speaker() {
        let got = speakers(&[
            "Un responsable militaire a reconnu « des bavures ».",
            "« Nous enquêtons », a-t-elle ajouté.",
        ]);
        assert_eq!(got[0], (1, "Un responsable militaire".to_string()));
        assert_ne!(got[1].1, "Un responsable militaire");
    }
}

#[cfg(test)]
mod pronoun_antecedent_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// A pronoun finds a person named up to three sentences before it, not further.
    #[test]
    fn a_continuation_after_someone_else_opened_a_sentence_is_unresolved() {
        // Must: another person of the pronoun's gender opened a sentence since the last
        // speaker spoke; « a-t-il ajouté » may stand for either: no name (whatever the verb,
        // tense or word order).
        for article in [
            [
                "Paul Martin a affirmé que la crise était finie.",
                "Pierre Durand, le maire de la ville, est arrivé ensuite.",
                "« Nous allons reconstruire », a-t-il ajouté.",
            ],
            [
                "La ministre Claire Moreau a déclaré que l'usine fermerait.",
                "Sophie Bernard est arrivée plus tard dans la soirée.",
                "Elle a ajouté que les salariés seraient reclassés.",
            ],
            [
                "« Le pont tiendra », assure Marc Lenoir.",
                "Le maire Jean Dupuis a visité le chantier mardi.",
                "« Les travaux finiront en mai », poursuit-il.",
            ],
        ] {
            let rows = speakers(&article);
            let last = rows.iter().find(|(s, _)| *s == 3).map(|(_, n)| n.as_str());
            assert!(
                last.is_some_and(|n| !["Paul Martin", "Claire Moreau", "Marc Lenoir"]
                    .iter()
                    .any(|w| n.contains(w))),
                "{article:?}: {rows:?}"
            );
        }
        // Must not: someone of the other gender, or a thing, opened the sentence between;
        // a person named only as an object.
        for (article, speaker) in [
            (
                [
                    "Paul Martin a affirmé que la crise était finie.",
                    "Sophie Bernard est arrivée ensuite.",
                    "« Nous allons reconstruire », a-t-il ajouté.",
                ],
                "Paul Martin",
            ),
            (
                [
                    "« Le pont tiendra », assure Marc Lenoir.",
                    "La visite a duré deux heures avec Jean Dupuis.",
                    "« Les travaux finiront en mai », poursuit-il.",
                ],
                "Marc Lenoir",
            ),
        ] {
            let rows = speakers(&article);
            assert_eq!(
                rows.iter().find(|(s, _)| *s == 3).map(|(_, n)| n.as_str()),
                Some(speaker),
                "{article:?}: {rows:?}"
            );
        }
    }

    #[test]
    fn a_person_beside_a_thing_subject_of_the_same_gender_is_no_sure_antecedent() {
        // Must: the sentence before has a thing of the pronoun's gender as subject and names
        // the person only in a complement; « il » / « elle » may stand for either: no name.
        for (article, name) in [
            (
                [
                    "Le livre de Paul Martin est sorti en mars.",
                    "Il affirme que la crise est finie.",
                ],
                "Paul Martin",
            ),
            (
                [
                    "Conçu par Marc Lenoir, ce pont a coûté cher.",
                    "Il assure que l'ouvrage tiendra cent ans.",
                ],
                "Marc Lenoir",
            ),
            (
                [
                    "La voiture de Sophie Bernard a été retrouvée hier soir.",
                    "Elle a affirmé que le projet était abandonné.",
                ],
                "Sophie Bernard",
            ),
            (
                [
                    "Le discours de Paul Martin a duré une heure.",
                    "« La crise est finie », a-t-il déclaré.",
                ],
                "Paul Martin",
            ),
        ] {
            let rows = speakers(&article);
            assert!(rows.iter().all(|(_, n)| n != name), "{article:?}: {rows:?}");
        }
        // Must not: a thing of the other gender, a person who is the subject or who spoke
        // there.
        for article in [
            [
                "La lettre de Paul Martin a été lue hier soir.",
                "Il a affirmé que le projet était abandonné.",
            ],
            [
                "Paul Martin a présenté son livre en mars.",
                "Il affirme que la crise est finie.",
            ],
            [
                "La situation poussait le maire Paul Martin à agir.",
                "Il a affirmé que la ville paierait.",
            ],
            [
                "Le projet, a déclaré Paul Martin, sera abandonné.",
                "Il a affirmé que les salariés seraient reclassés.",
            ],
        ] {
            let rows = speakers(&article);
            assert_eq!(
                rows.iter().find(|(s, _)| *s == 2).map(|(_, n)| n.as_str()),
                Some("Paul Martin"),
                "{article:?}: {rows:?}"
            );
        }
    }

    #[test]
    fn a_pronoun_takes_the_main_clause_subject_not_the_subordinate_one() {
        // Must: a subordinate clause opens the sentence; its subject is not who the next
        // sentence's pronoun stands for (whatever the conjunction, verb or tense).
        for (article, speaker) in [
            (
                [
                    "Pendant que Marc Lenoir parlait, Paul Martin a quitté la salle.",
                    "Il a affirmé que le débat était truqué.",
                ],
                "Paul Martin",
            ),
            (
                [
                    "Lorsque Sophie Bernard est arrivée, la ministre Claire Moreau est partie.",
                    "Elle a déclaré que le budget serait voté.",
                ],
                "Claire Moreau",
            ),
            (
                [
                    "Si Marc Lenoir venait, Paul Martin partait aussitôt.",
                    "« Je partirai », a-t-il prévenu.",
                ],
                "Paul Martin",
            ),
            (
                [
                    "Bien que Marc Lenoir soit absent, Paul Martin a présidé la séance.",
                    "Il assure que tout était régulier.",
                ],
                "Paul Martin",
            ),
        ] {
            let rows = speakers(&article);
            assert_eq!(
                rows.iter().find(|(s, _)| *s == 2).map(|(_, n)| n.as_str()),
                Some(speaker),
                "{article:?}: {rows:?}"
            );
        }
        // Must not: the subordinate clause after the main one leaves the main subject first.
        for article in [
            [
                "Marc Lenoir parlait pendant que Paul Martin quittait la salle.",
                "Il a affirmé que le débat était truqué.",
            ],
            [
                "Marc Lenoir a quitté la salle quand Paul Martin a parlé.",
                "Il a affirmé que le débat était truqué.",
            ],
        ] {
            let rows = speakers(&article);
            assert_eq!(
                rows.iter().find(|(s, _)| *s == 2).map(|(_, n)| n.as_str()),
                Some("Marc Lenoir"),
                "{article:?}: {rows:?}"
            );
        }
    }

    #[test]
    fn a_plural_pronoun_reaches_three_sentences_back() {
        let filler = [
            "La pluie tombait depuis le matin.",
            "Les travaux ont coûté cher.",
            "La circulation reprendra lundi.",
            "La rivière a débordé en mars.",
        ];
        for pronoun in ["Ils ont affirmé", "Selon eux,"] {
            let last = format!("{pronoun} que la grève continuerait.");
            let near = speakers(&[
                "Les syndicats ont dénoncé la réforme mardi.",
                filler[0],
                filler[1],
                &last,
            ]);
            assert_eq!(
                near.last().map(|(s, n)| (*s, n.as_str())),
                Some((4, "Les syndicats")),
                "{near:?}"
            );
            let far = speakers(&[
                "Les syndicats ont dénoncé la réforme mardi.",
                filler[0],
                filler[1],
                filler[2],
                filler[3],
                &last,
            ]);
            assert!(
                far.iter().all(|(s, n)| *s != 6 || n != "Les syndicats"),
                "{far:?}"
            );
        }
    }

    #[test]
    fn an_institution_subject_beside_a_person_of_the_same_gender_is_no_sure_antecedent() {
        // Must: « elle » / « il » may stand for the institution that was the subject or the
        // person it acted on: no name.
        for (article, names) in [
            (
                [
                    "La police a interpellé Sophie Bernard mardi.",
                    "Elle a affirmé que l'enquête avançait.",
                ],
                ["La police", "Sophie Bernard"],
            ),
            (
                [
                    "Le gouvernement a reçu Paul Martin à Matignon.",
                    "« Nous avançons », a-t-il assuré.",
                ],
                ["Le gouvernement", "Paul Martin"],
            ),
        ] {
            let rows = speakers(&article);
            assert!(
                rows.iter().all(|(_, n)| !names.contains(&n.as_str())),
                "{article:?}: {rows:?}"
            );
        }
        // Must not: a role is a person; a person of the other gender leaves the institution.
        for (article, speaker) in [
            (
                [
                    "Le maire a reçu Paul Martin mardi.",
                    "Il a affirmé que la piscine fermerait.",
                ],
                "Le maire",
            ),
            (
                [
                    "La police a interpellé Paul Martin mardi.",
                    "Elle a affirmé que l'enquête avançait.",
                ],
                "La police",
            ),
        ] {
            let rows = speakers(&article);
            assert_eq!(
                rows.iter().find(|(s, _)| *s == 2).map(|(_, n)| n.as_str()),
                Some(speaker),
                "{article:?}: {rows:?}"
            );
        }
    }

    #[test]
    fn a_pronoun_reaches_three_sentences_back() {
        let filler = [
            "La pluie tombait depuis le matin.",
            "Les travaux ont coûté cher.",
            "La circulation reprendra lundi.",
        ];
        let near = speakers(&[
            "Jean Dupont a inauguré le pont samedi.",
            filler[0],
            filler[1],
            "Il a affirmé que le pont était solide.",
        ]);
        assert_eq!(near, [(4, "Jean Dupont".to_string())]);
        let far = speakers(&[
            "Jean Dupont a inauguré le pont samedi.",
            filler[0],
            filler[1],
            filler[2],
            "La rivière a débordé en mars.",
            "Il a affirmé que le pont était solide.",
        ]);
        assert_eq!(far.len(), 1, "{far:?}");
        assert_ne!(far[0].1, "Jean Dupont");
    }

    #[test]
    fn an_incise_pronoun_stands_for_the_subject_before_the_quotation() {
        assert_eq!(
            speakers(&[
                "L'Union africaine « rappelle son opposition à tout coup de force », a-t-elle indiqué.",
                "« Elle prendra les mesures nécessaires », a-t-elle ajouté.",
            ]),
            [
                (1, "L'Union africaine".to_string()),
                (2, "L'Union africaine".to_string())
            ]
        );
        assert_eq!(
            speakers(&["Le gouvernement « rappelle son opposition », a-t-il indiqué."]),
            [(1, "Le gouvernement".to_string())]
        );
    }

    #[test]
    fn an_incise_pronoun_of_the_other_gender_does_not_take_the_subject() {
        let got = speakers(&["La préfecture « appelle au calme », a-t-il dit."]);
        assert_eq!(got, [(1, "il".to_string())]);
        // (Nor does a noun inside an adjunct before the quotation.)
        let got = speakers(&["Dans la commune, « tout est calme », a-t-elle dit."]);
        assert_eq!(got, [(1, "elle".to_string())]);
    }

    #[test]
    fn a_name_inside_a_quotation_is_not_the_next_pronoun() {
        let got = speakers(&[
            "Paul Durand a pris la parole mardi.",
            "« Chaque jour, Marc Lenoir décide seul. »",
            "Il a jugé la politique du gouvernement « abjecte ».",
        ]);
        assert!(got.contains(&(3, "Paul Durand".to_string())), "{got:?}");
        assert!(!got.contains(&(3, "Marc Lenoir".to_string())), "{got:?}");
        // (Named outside a quotation, he is.)
        let got = speakers(&[
            "Paul Durand a pris la parole mardi.",
            "Chaque jour, Marc Lenoir décide seul.",
            "Il a jugé la politique du gouvernement « abjecte ».",
        ]);
        assert!(got.contains(&(3, "Marc Lenoir".to_string())), "{got:?}");
    }

    #[test]
    fn ils_stands_for_a_quantified_group_subject() {
        let got = speakers(&[
            "Dans la salle, tous ses responsables sont assis côte à côte.",
            "Devant la presse, ils ont appelé à voter.",
        ]);
        assert_eq!(got, [(2, "tous ses responsables".to_string())]);
        // (A singular subject is no antecedent of « ils ».)
        let got = speakers(&[
            "Dans la salle, le responsable est assis.",
            "Devant la presse, ils ont appelé à voter.",
        ]);
        assert_eq!(got, [(2, "ils".to_string())]);
    }
}

#[cfg(test)]
mod topic_tests {
    use super::super::tests::speakers_by_segment as speakers;

    #[test]
    fn a_pronoun_taking_up_a_quant_a_topic_stands_for_it() {
        let got = speakers(&[
            "M. Dumez, président du conseil général, a salué une belle réussite.",
            "Quant au sous-préfet, il est venu en voisin.",
            "Il pense que le lieu est beau.",
        ]);
        assert_eq!(
            got.last(),
            Some(&(3, "le sous-préfet".to_string())),
            "{got:?}"
        );
        let got = speakers(&[
            "M. Dumez, président du conseil général, a salué une belle réussite.",
            "Quant au maire, il a jugé le projet utile.",
        ]);
        assert_eq!(got.last(), Some(&(2, "le maire".to_string())), "{got:?}");
    }

    #[test]
    fn a_topic_that_cannot_speak_is_no_antecedent() {
        let got = speakers(&[
            "La ministre Claire Morel a visité le chantier.",
            "Quant à la réunion, elle a duré deux heures.",
            "Elle a affirmé que les travaux avanceraient.",
        ]);
        assert!(!got.iter().any(|(_, s)| s == "la réunion"), "{got:?}");
    }
}

#[cfg(test)]
mod apposition_gender_tests {
    use super::super::tests::speakers_by_segment as speakers;

    #[test]
    fn a_feminine_function_in_apposition_tells_the_gender() {
        let got = speakers(&[
            "C'est formidable, a déclaré Camille Dupuis, cliente du magasin.",
            "Il a aussi affirmé que le magasin fermerait.",
        ]);
        assert_eq!(got[1], (2, "Il".to_string()));
        let got = speakers(&[
            "C'est formidable, a déclaré Camille Dupuis, cliente du magasin.",
            "Elle a aussi affirmé que le magasin fermerait.",
        ]);
        assert_eq!(got[1], (2, "Camille Dupuis".to_string()));
    }

    #[test]
    fn a_masculine_or_epicene_function_leaves_il_to_the_person() {
        for function in ["client du magasin", "journaliste au quotidien local"] {
            let got = speakers(&[
                &format!("C'est formidable, a déclaré Camille Dupuis, {function}."),
                "Il a aussi affirmé que le magasin fermerait.",
            ]);
            assert_eq!(got[1], (2, "Camille Dupuis".to_string()), "{function}");
        }
    }
}

#[cfg(test)]
mod relaying_medium_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// A medium that relays the sentence (« …, rapporte Radio Nord », « selon Noovo Info »)
    /// is not who the next « il » or « elle » stands for: the sentence's own subject is.
    #[test]
    fn a_relaying_medium_is_no_antecedent() {
        for (intro, relay, incise, want) in [
            (
                "Le maire Paul Martin était ému.",
                "Il en a profité pour saluer les pompiers, rapporte Radio Nord.",
                "a-t-il lancé",
                "Paul Martin",
            ),
            (
                "La pluie a cessé.",
                "Le maire a parlé aux habitants, rapporte Noovo Info.",
                "a-t-il ajouté",
                "Le maire",
            ),
            (
                "La pluie a cessé.",
                "La préfète a visité les lieux, selon Télé Sud.",
                "a-t-elle assuré",
                "La préfète",
            ),
            (
                "La ministre Claire Morel était émue.",
                "Elle a remercié les bénévoles, rapportent Radio Nord et Sud Info.",
                "a-t-elle poursuivi",
                "Claire Morel",
            ),
        ] {
            let got = speakers(&[intro, relay, &format!("« Tout ira bien », {incise}.")]);
            assert_eq!(got.last(), Some(&(3, want.to_string())), "{relay} {got:?}");
        }
    }

    #[test]
    fn a_relaying_medium_of_the_other_gender_leaves_the_pronoun_unresolved() {
        let got = speakers(&[
            "Le maire a parlé aux habitants, rapporte Radio Nord.",
            "« La route sera rouverte », a-t-elle ajouté.",
        ]);
        assert_eq!(got.last(), Some(&(2, "elle".to_string())), "{got:?}");
    }

    /// A person who reports what they saw is who the next pronoun stands for.
    #[test]
    fn a_person_reporting_stays_the_antecedent() {
        let got = speakers(&[
            "Le voleur a frappé à la porte, rapporte Paul Martin, un voisin.",
            "« J'ai eu peur », a-t-il ajouté.",
        ]);
        assert_eq!(got.last(), Some(&(2, "Paul Martin".to_string())), "{got:?}");
    }
}

#[cfg(test)]
mod continuation_gender_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// « a-t-elle ajouté » continues the last speaker only if that speaker may be « elle »:
    /// a man who spoke (« le conseiller Paul Martin ») is skipped for the woman named since,
    /// named or by her role alone; likewise « il » skips a woman.
    #[test]
    fn a_continuation_skips_the_last_speaker_of_the_other_gender() {
        for (first, between, incise, want) in [
            (
                "« Il faut voter », lance le conseiller Paul Martin.",
                "La mairesse Marie Durand sourit.",
                "a-t-elle ajouté",
                "Marie Durand",
            ),
            (
                "« Il faut voter », lance la conseillère Marie Durand.",
                "Le maire Paul Martin sourit.",
                "a-t-il poursuivi",
                "Paul Martin",
            ),
            (
                "Paul Martin a jugé le projet trop cher.",
                "La présidente du conseil est restée silencieuse.",
                "a-t-elle finalement ajouté",
                "La présidente du conseil",
            ),
            (
                "« Le budget est voté », précise Jean Dupont.",
                "Ensuite, Claire Morel a lu le rapport.",
                "a-t-elle conclu",
                "Claire Morel",
            ),
        ] {
            let got = speakers(&[first, between, &format!("« Je suis d'accord », {incise}.")]);
            assert_eq!(got.last(), Some(&(3, want.to_string())), "{first} {got:?}");
        }
    }

    /// Must: an incise's « il » / « elle » after a sentence whose subject is one of two
    /// people of its gender named there, when someone else of that gender spoke before, may
    /// stand for the speaker or that subject: unresolved (whatever the incise verb, the
    /// clause joining the two, the adverb between). Must not: a subject named alone in its
    /// sentence stays who the incise stands for.
    #[test]
    fn an_incise_after_a_subject_named_beside_another_and_a_speaker_before_is_unresolved() {
        for (first, between, incise) in [
            (
                "L'entraîneur Marc Dulac a reconnu que l'équipe avait mal joué.",
                "Samedi, Karim Haddad a quitté le terrain, tandis que Paul Girard est sorti blessé.",
                "a-t-il avoué",
            ),
            (
                "Le maire Jean Morel a estimé que les travaux prendraient du retard.",
                "Ensuite, Luc Bernard a rencontré Pierre Durand à la mairie.",
                "a-t-il déclaré",
            ),
            (
                "La ministre Claire Moreau a affirmé que l'usine fermerait.",
                "Mardi, Sophie Bernard a reçu Anne Roy pendant une heure.",
                "confie-t-elle",
            ),
            (
                "Le directeur Paul Lenoir a admis que les comptes étaient mauvais.",
                "Jean Dupont a démissionné et Marc Petit a pris sa place.",
                "a-t-il finalement reconnu",
            ),
            (
                "« Nous irons en appel », a annoncé l'avocat Luc Girard.",
                "Lundi, Hugo Lambert a été entendu par Paul Roy.",
                "a-t-il lancé",
            ),
        ] {
            let got = speakers(&[first, between, &format!("« C'est inquiétant », {incise}.")]);
            let (segment, last) = got.last().expect("a claim");
            assert_eq!(*segment, 3, "{between} {got:?}");
            assert!(
                matches!(last.as_str(), "il" | "elle"),
                "{between} {got:?}"
            );
        }
        for (between, incise, want) in [
            (
                "Le ministre Paul Girard a réagi à l'affaire sur Twitter.",
                "a-t-il déclaré",
                "Paul Girard",
            ),
            (
                "Dans l'interview, Pierre Durand revient sur le budget.",
                "prévient-il",
                "Pierre Durand",
            ),
        ] {
            let got = speakers(&[
                "L'entraîneur Marc Dulac a reconnu que l'équipe avait mal joué.",
                between,
                &format!("« C'est inquiétant », {incise}."),
            ]);
            assert_eq!(
                got.last(),
                Some(&(3, want.to_string())),
                "{between} {got:?}"
            );
        }
    }

    /// Must: « a-t-elle précisé » closing a clause of the narrator whose quotation marks only
    /// set off a term inside it is that clause's subject, named whole (an institution of the
    /// pronoun's gender). Must not: a subject of the other gender is not what it stands for.
    #[test]
    fn a_quoted_term_inside_the_clause_leaves_the_incise_its_subject() {
        for (sentence, want) in [
            (
                "Pour la première fois, la préfecture du Gard a activé le « plan canicule » qui renforce la surveillance, a-t-elle précisé.",
                "la préfecture du Gard",
            ),
            (
                "Lundi, la mairie de Brest a lancé l'opération « Ville propre » dans trois quartiers, a-t-elle annoncé.",
                "la mairie de Brest",
            ),
            (
                "Le syndicat des cheminots, qui dénonce un « passage en force », a déposé un préavis, a-t-il fait savoir.",
                "Le syndicat des cheminots",
            ),
            (
                "L'agence régionale de santé a classé le lac en zone « rouge » depuis lundi, a-t-elle ajouté.",
                "L'agence régionale de santé",
            ),
            (
                "La gendarmerie de l'Aube a déclenché le dispositif « Alerte enlèvement » dans la nuit, a-t-elle expliqué.",
                "La gendarmerie de l'Aube",
            ),
        ] {
            let got = speakers(&["La préfecture a annoncé que le feu était fixé.", sentence]);
            assert_eq!(got.last(), Some(&(2, want.to_string())), "{sentence} {got:?}");
        }
        let got = speakers(&[
            "La préfecture a annoncé que le feu était fixé.",
            "Lundi, le conseil départemental a lancé l'opération « Ville propre » dans trois quartiers, a-t-elle annoncé.",
        ]);
        assert_ne!(
            got.last().map(|(_, s)| s.as_str()),
            Some("le conseil départemental"),
            "{got:?}"
        );
    }

    /// Must: a person described who undergoes what the clause reports (« a été identifié »,
    /// « avaient été interpellés ») is not who the incise's pronoun stands for; it is the one
    /// who spoke before. Must not: an institution may report what it underwent, and an
    /// active clause keeps its subject in doubt beside the one who spoke.
    #[test]
    fn the_subject_of_a_passive_is_not_who_the_incise_stands_for() {
        for (clause, incise) in [
            (
                "Le détenteur du colis a été identifié",
                "a-t-il également affirmé",
            ),
            (
                "Le conducteur du camion a été interpellé dans la nuit",
                "a-t-il ajouté",
            ),
            (
                "Le suspect avait été repéré par une caméra",
                "a-t-il précisé",
            ),
            (
                "Le propriétaire de l'immeuble aurait été prévenu lundi",
                "a-t-il indiqué",
            ),
            (
                "La passagère a été transportée à l'hôpital",
                "a-t-elle souligné",
            ),
        ] {
            let speaker = if incise.contains("elle") {
                "Claire Moreau"
            } else {
                "Paul Girard"
            };
            let got = speakers(&[
                &format!("Le colis avait été déposé vers midi, a précisé {speaker}, porte-parole de la police."),
                &format!("{clause}, {incise}."),
            ]);
            assert_eq!(
                got.last(),
                Some(&(2, speaker.to_string())),
                "{clause} {got:?}"
            );
        }
        let got = speakers(&[
            "Le colis avait été déposé vers midi, a précisé Paul Girard, porte-parole de la police.",
            "Le parquet a été saisi dans la soirée, a-t-il indiqué.",
        ]);
        assert_ne!(got.last(), Some(&(2, "Paul Girard".to_string())), "{got:?}");
        let got = speakers(&[
            "Le colis avait été déposé vers midi, a précisé Paul Girard, porte-parole de la police.",
            "Le propriétaire refuse de vendre, a-t-il ajouté.",
        ]);
        assert_ne!(got.last(), Some(&(2, "Paul Girard".to_string())), "{got:?}");
    }

    /// With no one of the pronoun's gender named, it stays unresolved.
    #[test]
    fn a_continuation_with_no_one_of_its_gender_stays_unresolved() {
        for first in [
            "« Il faut voter », lance le conseiller Paul Martin.",
            "Paul Martin a jugé le projet trop cher.",
        ] {
            let got = speakers(&[first, "« Je suis d'accord », a-t-elle ajouté."]);
            assert_eq!(
                got.last(),
                Some(&(2, "elle".to_string())),
                "{first} {got:?}"
            );
        }
    }
}

#[cfg(test)]
mod elided_role_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// A role named after « l' » (« l'ancien ministre », « l'avocate de la famille ») has the
    /// gender its noun or adjective shows, so the next « il » or « elle » stands for it.
    #[test]
    fn a_role_after_an_elided_article_is_the_next_pronoun() {
        for (role, next) in [
            (
                "L'ancien ministre de l'Économie",
                "Il dit faire l'objet de menaces.",
            ),
            (
                "L'ancienne ministre de la Justice",
                "Elle affirme que son téléphone était surveillé.",
            ),
            (
                "L'avocat de la famille",
                "« Nous irons jusqu'au bout », a-t-il déclaré.",
            ),
            (
                "L'avocate de la famille",
                "« Nous irons jusqu'au bout », a-t-elle déclaré.",
            ),
            ("L'inspectrice", "Selon elle, le suspect a menti."),
            ("L'adjoint au maire", "Selon lui, le suspect a menti."),
            (
                "L'actuel président du club",
                "Il a ajouté que le stade serait rénové.",
            ),
            (
                "L'élue du quartier",
                "Elle a estimé que la rue était dangereuse.",
            ),
        ] {
            let got = speakers(&[&format!("{role} a dénoncé des pressions."), next]);
            assert_eq!(got.last(), Some(&(2, role.to_string())), "{role} {got:?}");
        }
    }

    /// The other gender's pronoun, or a noun of either gender (« l'analyste »), stays
    /// unresolved.
    #[test]
    fn an_elided_role_of_the_other_or_no_gender_stays_unresolved() {
        for (role, next, pronoun) in [
            (
                "L'ancien ministre",
                "Elle affirme que le téléphone était surveillé.",
                "Elle",
            ),
            (
                "L'avocate de la famille",
                "« Nous irons jusqu'au bout », a-t-il déclaré.",
                "il",
            ),
            (
                "L'analyste",
                "Il a ajouté que la croissance ralentirait.",
                "Il",
            ),
        ] {
            let got = speakers(&[&format!("{role} a dénoncé des pressions."), next]);
            assert_eq!(
                got.last(),
                Some(&(2, pronoun.to_string())),
                "{role} {got:?}"
            );
        }
    }
}

#[cfg(test)]
mod masculine_title_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// A woman the article introduces with a title in the masculine (« le chef de la
    /// diplomatie », « le Premier ministre », « le porte-parole ») is who « elle » stands for
    /// when no one else may be: her first name says nothing the list knows.
    #[test]
    fn elle_may_stand_for_a_woman_with_a_masculine_title() {
        for (first, next) in [
            (
                "Le chef de la diplomatie de l'UE, Kaya Kallas, a déclaré que la situation était grave.",
                "Elle a rappelé que les tactiques russes sont les mêmes.",
            ),
            (
                "Le Premier ministre, Paula Mendes, a affirmé que le budget serait voté.",
                "« Nous tiendrons nos promesses », a-t-elle ajouté.",
            ),
            (
                "Le ministre de la Santé, Aïssata Diallo, a annoncé la fermeture des écoles.",
                "Selon elle, l'épidémie recule déjà.",
            ),
            (
                "Le porte-parole du gouvernement Nadège Koffi a démenti toute arrestation.",
                "Elle a précisé que les enquêteurs poursuivaient leur travail.",
            ),
        ] {
            let got = speakers(&[first, next]);
            let name = got[0].1.clone();
            assert!(
                ["Kaya Kallas", "Paula Mendes", "Aïssata Diallo", "Nadège Koffi"]
                    .contains(&name.as_str()),
                "{got:?}"
            );
            assert_eq!(got.last(), Some(&(2, name)), "{first} {got:?}");
        }
        // (« il » still stands for the same person.)
        let got = speakers(&[
            "Le secrétaire d'État, Kaya Lind, a assuré que les fonds arriveraient.",
            "Il a ajouté que le calendrier serait tenu.",
        ]);
        assert_eq!(got.last(), Some(&(2, "Kaya Lind".to_string())), "{got:?}");
    }

    /// Not a man whose first name tells (« Paul »), nor when a woman is named since.
    #[test]
    fn elle_skips_a_man_with_a_masculine_title() {
        let got = speakers(&[
            "Le ministre de la Santé, Paul Martin, a annoncé la fermeture des écoles.",
            "Elle a précisé que les cours reprendraient en mai.",
        ]);
        assert_eq!(got.last(), Some(&(2, "Elle".to_string())), "{got:?}");
        let got = speakers(&[
            "Le chef du parti, Kofi Mensah, a reçu Marie Durand mardi.",
            "Elle a affirmé que l'accord était proche.",
        ]);
        assert_eq!(
            got.last(),
            Some(&(2, "Marie Durand".to_string())),
            "{got:?}"
        );
        // (A title whose feminine is the rule, « le directeur », tells a man.)
        let got = speakers(&[
            "Le directeur de l'usine, Kaya Lind, a annoncé des licenciements.",
            "Elle a précisé que le site fermerait.",
        ]);
        assert_eq!(got.last(), Some(&(2, "Elle".to_string())), "{got:?}");
    }
}

#[cfg(test)]
mod group_in_its_sentence_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// A group that is its sentence's subject is who a later « ils », « elles » or « selon
    /// eux » in that sentence stands for (a relative clause, an object's relative).
    #[test]
    fn a_plural_pronoun_stands_for_its_sentences_group_subject() {
        for (sentence, want) in [
            (
                "Les policiers, qui surveillaient les suspects, qui s'apprêtaient selon eux à voler, ont tenté de les arrêter.",
                "Les policiers",
            ),
            (
                "Les syndicats veulent voir le ministre qu'ils estiment de mauvaise foi.",
                "Les syndicats",
            ),
            (
                "Avec cette marche, les enseignants veulent accentuer la pression sur un ministre qu'ils jugent sourd.",
                "les enseignants",
            ),
            (
                "Les infirmières, qui soignaient les blessés, jugeaient selon elles la situation intenable.",
                "Les infirmières",
            ),
        ] {
            let got = speakers(&[sentence]);
            assert_eq!(got, [(1, want.to_string())], "{sentence}");
        }
    }

    /// A singular subject, or a group that cannot speak, is no antecedent: unresolved.
    #[test]
    fn a_singular_or_speechless_subject_leaves_the_plural_pronoun_unresolved() {
        let got = speakers(&[
            "Le maire, qui a reçu les riverains, qui se plaignaient selon eux du bruit, a promis des travaux.",
        ]);
        assert!(got.iter().all(|(_, s)| s != "Le maire"), "{got:?}");
        let got = speakers(&["Les prix, qui selon eux vont baisser, restent élevés."]);
        assert!(got.iter().all(|(_, s)| s == "eux"), "{got:?}");
    }

    /// « Selon eux, les syndicalistes … »: a group subject after a plural pronoun of its own
    /// sentence is not what the pronoun stands for; the group that spoke before is.
    #[test]
    fn a_group_after_the_plural_pronoun_is_not_its_antecedent() {
        for (article, want, not) in [
            (
                [
                    "Les habitants ont dénoncé les coupures d'eau.",
                    "Selon eux, les syndicalistes auraient abandonné la lutte.",
                ],
                "Les habitants",
                "les syndicalistes",
            ),
            (
                [
                    "Les commerçants ont dénoncé les coupures mardi.",
                    "D'après eux, des employés de la régie auraient coupé les vannes.",
                ],
                "Les commerçants",
                "des employés de la régie",
            ),
            (
                [
                    "« Nous sommes épuisées », ont lancé les infirmières lundi.",
                    "Selon elles, les médecins partiraient aussi.",
                ],
                "les infirmières",
                "les médecins",
            ),
            (
                [
                    "Les syndicats ont dénoncé la réforme jeudi.",
                    "En revanche, selon eux, plusieurs élus auraient quitté la réunion.",
                ],
                "Les syndicats",
                "plusieurs élus",
            ),
            (
                [
                    "Des riverains ont alerté la mairie.",
                    "Mardi, d'après eux, les ouvriers du chantier auraient quitté les lieux.",
                ],
                "Des riverains",
                "les ouvriers du chantier",
            ),
        ] {
            let got = speakers(&article);
            let last = article.len();
            let rows: Vec<&String> = got
                .iter()
                .filter(|(s, _)| *s == last)
                .map(|(_, w)| w)
                .collect();
            assert!(
                !rows.is_empty() && rows.iter().all(|w| *w != not),
                "{article:?}: {got:?}"
            );
            assert!(rows.iter().any(|w| *w == want), "{article:?}: {got:?}");
        }
    }

    /// Must not: a pronoun after the group subject of its sentence (an incise, a relative, an
    /// attribution inside the clause) still stands for that group.
    #[test]
    fn a_group_before_the_plural_pronoun_stays_its_antecedent() {
        for (sentence, want) in [
            (
                "Les habitants du quartier dénoncent, disent-ils, la passivité de la police.",
                "Les habitants du quartier",
            ),
            (
                "Avec cette grève, les cheminots veulent alerter un ministre qu'ils jugent sourd.",
                "les cheminots",
            ),
            (
                "Les infirmières, qui soignaient les blessés, jugeaient selon elles la situation intenable.",
                "Les infirmières",
            ),
            (
                "Mardi, les syndicats ont affirmé, selon eux, que la réforme était injuste.",
                "les syndicats",
            ),
            (
                "Les avocats estiment, d'après eux, que le dossier est vide.",
                "Les avocats",
            ),
            // (An opening « ils » that the group after it names: only « selon eux », « d'après
            // elles » before the group keep it from being the antecedent.)
            (
                "Quand ils sont arrivés, les pompiers ont trouvé, selon eux, une maison vide.",
                "les pompiers",
            ),
            (
                "Quand ils ont appris la fermeture, les salariés ont bloqué l'usine, qu'ils jugent condamnée.",
                "les salariés",
            ),
        ] {
            let got = speakers(&[sentence]);
            assert!(got.iter().any(|(_, w)| w == want), "{sentence}: {got:?}");
        }
    }
}

#[cfg(test)]
mod plural_reach_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// « ils », « selon eux » find a group up to three sentences back, not further.
    #[test]
    fn a_plural_pronoun_reaches_three_sentences_back() {
        let filler = [
            "La pluie tombait depuis le matin.",
            "La route était coupée.",
            "La circulation reprendra lundi.",
            "La rivière a débordé en mars.",
        ];
        for (pronoun_sentence, pronoun) in [
            ("Ils ont affirmé que la grève continuerait.", "Ils"),
            ("Selon eux, la grève continuera.", "eux"),
        ] {
            let near = speakers(&[
                "Les syndicats ont rencontré la direction mardi.",
                filler[0],
                filler[1],
                pronoun_sentence,
            ]);
            assert_eq!(near, [(4, "Les syndicats".to_string())], "{pronoun}");
            let far = speakers(&[
                "Les syndicats ont rencontré la direction mardi.",
                filler[0],
                filler[1],
                filler[2],
                filler[3],
                pronoun_sentence,
            ]);
            assert_eq!(far, [(6, pronoun.to_string())], "{pronoun}");
        }
    }
}

#[cfg(test)]
mod numbered_role_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// « Le conseiller » takes up the one last introduced with that role, even when the
    /// role holds a number (« le conseiller du district 7, Paul Martin, est arrivé »), and
    /// even though he did not speak there; not the one who spoke before him.
    #[test]
    fn a_role_with_a_district_number_is_taken_up() {
        for (role, want) in [
            ("le conseiller du district 7, Paul Martin,", "Paul Martin"),
            ("le conseiller Paul Martin", "Paul Martin"),
        ] {
            let got = speakers(&[
                "« Ça suffit », déplore le conseiller du district 4, Jean Dupont.",
                &format!("Le débat a commencé lorsque {role} est arrivé."),
                "Le conseiller a alors affirmé que la ville était mal gérée.",
            ]);
            assert_eq!(got.last(), Some(&(3, want.to_string())), "{role} {got:?}");
        }
        // (A date is still no part of a role: « le 7 mars ».)
        assert!(!super::super::speaker::is_role("le conseiller le 7 mars"));
    }
}

#[cfg(test)]
mod two_of_a_role_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// Two people named with the same role in one sentence: « Le conseiller » may be either,
    /// and is shown as the article writes it.
    #[test]
    fn two_of_a_role_in_one_sentence_leave_it_unresolved() {
        let got = speakers(&[
            "Le conseiller du district 4, Jean Dupont, et le conseiller du district 7, Paul Martin, sont arrivés.",
            "Le conseiller a alors affirmé que la ville était mal gérée.",
        ]);
        assert_eq!(
            got.last(),
            Some(&(2, "Le conseiller".to_string())),
            "{got:?}"
        );
    }
}

#[cfg(test)]
mod country_antecedent_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// A country (or a capital standing for its government) that speaks between two claims of
    /// a person is not who the person's next « il » / « elle » stands for, whatever the verb,
    /// tense or construction of that pronoun.
    #[test]
    fn a_speaking_country_is_no_antecedent_past_a_person_who_spoke() {
        for (person, country, pronoun, want) in [
            (
                "Le ministre des Finances, Paul Girard, a jugé la réforme indispensable.",
                "Le Portugal a demandé un report du vote.",
                "Après la séance, il a répété que le calendrier était intenable.",
                "Paul Girard",
            ),
            (
                "« Nous ne céderons pas », a affirmé Marc Delorme.",
                "Le Brésil a dénoncé un texte déséquilibré.",
                "« Ce refus ne change rien », a-t-il ajouté.",
                "Marc Delorme",
            ),
            (
                "Ivan Petrenko a salué l'accord mardi.",
                "Moscou a rejeté ces accusations.",
                "Il estime toutefois que les négociations continueront.",
                "Ivan Petrenko",
            ),
            (
                "La ministre Claire Morel a présenté le plan.",
                "La France a approuvé le texte.",
                "Elle a précisé que les crédits seraient votés en mars.",
                "Claire Morel",
            ),
            (
                "Xavier Lenoir explique que la salle n'était pas libre.",
                "Le Luxembourg réclame une autre date.",
                "« Je le regrette vraiment », insiste-t-il.",
                "Xavier Lenoir",
            ),
        ] {
            let got = speakers(&[person, country, pronoun]);
            assert_eq!(
                got.last(),
                Some(&(3, want.to_string())),
                "{country} {got:?}"
            );
        }
    }

    /// With nobody else who spoke or opened a sentence, the country is the antecedent; an
    /// institution (« le gouvernement ») is one whoever spoke before.
    #[test]
    fn a_country_alone_or_an_institution_stays_the_antecedent() {
        for (first, second, want) in [
            (
                "Le Danemark a annoncé la fermeture de son ambassade.",
                "Il a précisé que le personnel serait rapatrié.",
                "Le Danemark",
            ),
            (
                "Le Maroc a salué l'initiative de Paul Dubreuil.",
                "Il a ajouté que le dialogue restait ouvert.",
                "Le Maroc",
            ),
        ] {
            let got = speakers(&[first, second]);
            assert_eq!(got.last(), Some(&(2, want.to_string())), "{first} {got:?}");
        }
        let got = speakers(&[
            "Jean Morvan a défendu le texte devant l'Assemblée.",
            "Le gouvernement a demandé un nouveau délai.",
            "Il a ensuite estimé que le débat était biaisé.",
        ]);
        assert_eq!(
            got.last(),
            Some(&(3, "Le gouvernement".to_string())),
            "{got:?}"
        );
    }
}

#[cfg(test)]
mod participle_after_incise_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// A gerund or participle hanging on an inverted incise (« a-t-il rassuré en soulignant
    /// que », « assure-t-elle, précisant que ») has the incise's pronoun as its subject,
    /// whether or not the incise verb is itself a cue, and a quotation in the participle's
    /// clause does not change it.
    #[test]
    fn a_participle_after_an_inverted_incise_takes_its_pronoun() {
        for (intro, sentence, want) in [
            (
                "Le porte-parole Alain Koffi a présenté le bilan du scrutin.",
                "« Nous n'avons pas à rougir », a-t-il rassuré en soulignant que la participation était « honorable ».",
                "Alain Koffi",
            ),
            (
                "La ministre Claire Dumas a visité l'hôpital.",
                "« Tout va bien », assure-t-elle, précisant que les lits sont « en nombre ».",
                "Claire Dumas",
            ),
            (
                "Le maire Paul Roy a présenté le budget.",
                "« La ville tient bon », a-t-il souri en rappelant que la dette avait « baissé ».",
                "Paul Roy",
            ),
            (
                "Les syndicats ont quitté la réunion.",
                "« C'est inacceptable », ont-ils lancé en affirmant que la direction « ment ».",
                "Les syndicats",
            ),
            (
                "La ministre Claire Dumas a visité l'hôpital.",
                "« Tout va bien », rassure-t-elle en rappelant que les lits sont « en nombre ».",
                "Claire Dumas",
            ),
        ] {
            let got = speakers(&[intro, sentence]);
            assert_eq!(got.last(), Some(&(2, want.to_string())), "{sentence} {got:?}");
        }
    }

    /// Not after an inverted incise: a participle after a named subject or a postposed one
    /// keeps that subject, and with no one of the pronoun's gender before, the pronoun
    /// stays unresolved.
    #[test]
    fn a_participle_without_an_inverted_incise_keeps_its_subject() {
        for (intro, sentence, want) in [
            (
                "Le maire Paul Roy a présenté le budget.",
                "« La ville tient bon », a affirmé la préfète en rappelant que la dette avait « baissé ».",
                "la préfète",
            ),
            (
                "Le maire Paul Roy a présenté le budget.",
                "La préfète a salué les élus en soulignant que la dette avait « baissé ».",
                "La préfète",
            ),
            (
                "Le maire Paul Roy a présenté le budget.",
                "« Tout va bien », a-t-elle rassuré en soulignant que la dette avait « baissé ».",
                "elle",
            ),
        ] {
            let got = speakers(&[intro, sentence]);
            assert_eq!(got.last(), Some(&(2, want.to_string())), "{sentence} {got:?}");
        }
    }
}

#[cfg(test)]
mod detached_topic_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// A noun phrase set off by a comma before a quotation (« Un suspect, « … », a-t-il
    /// ajouté ») is what the quotation is about: the incise's pronoun stands for who spoke
    /// before, whatever the topic's gender, number or the incise verb.
    #[test]
    fn a_noun_phrase_before_a_quotation_and_a_comma_is_its_topic() {
        for (intro, sentence, want) in [
            (
                "Le procureur Marc Lenoir a ouvert une enquête pour homicide.",
                "Un suspect, « un homme de 40 ans a été interpellé », a-t-il ajouté.",
                "Marc Lenoir",
            ),
            (
                "Le maire Louis Perrin a réuni les habitants dimanche.",
                "Le boulanger, « il a perdu tout son stock », a-t-il raconté.",
                "Louis Perrin",
            ),
            (
                "La directrice Anne Roux a fait le point lundi.",
                "Le bâtiment, « il sera rasé en mars », a-t-elle indiqué.",
                "Anne Roux",
            ),
            (
                "Le préfet Jacques Molin a fait le point sur l'incendie.",
                "La forêt, « elle a brûlé sur 300 hectares », précise-t-il.",
                "Jacques Molin",
            ),
        ] {
            let got = speakers(&[intro, sentence]);
            assert_eq!(
                got.last(),
                Some(&(2, want.to_string())),
                "{sentence} {got:?}"
            );
        }
        // (With no one before, the pronoun stays unresolved: never the topic.)
        let got = speakers(&[
            "Un incendie a ravagé l'entrepôt dans la nuit.",
            "Le bâtiment, « il sera rasé en mars », a-t-il indiqué.",
        ]);
        assert_eq!(got.last(), Some(&(2, "il".to_string())), "{got:?}");
    }

    /// Not a topic: a subject the quotation continues with no comma between (« Le
    /// gouvernement « ne cédera pas », a-t-il assuré »).
    #[test]
    fn a_subject_running_into_the_quotation_stays_the_speaker() {
        for (sentence, want) in [
            (
                "L'Union africaine « rappelle que la paix est possible », a-t-elle indiqué.",
                "L'Union africaine",
            ),
            (
                "Le gouvernement « ne cédera pas », a-t-il assuré.",
                "Le gouvernement",
            ),
        ] {
            let got = speakers(&["Le ministre Paul Roy a parlé aux journalistes.", sentence]);
            assert_eq!(
                got.last(),
                Some(&(2, want.to_string())),
                "{sentence} {got:?}"
            );
        }
    }
}

#[cfg(test)]
mod glued_name_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// An acronym glued before a name (a medium, a union, a body) is no part of it.
    #[test]
    fn an_acronym_before_a_name_is_no_part_of_it() {
        for (opening, continuation, name) in [
            (
                "Devant l'usine, le délégué CGT Julien Marchand attendait la direction.",
                "« On s'y attendait », a-t-il dit.",
                "Julien Marchand",
            ),
            (
                "Jointe par RFI Nathalie Roux n'a pas caché sa colère.",
                "« Nous irons en justice », assure-t-elle.",
                "Nathalie Roux",
            ),
            (
                "Le porte-parole de l'ONU Karim Haddad était arrivé la veille.",
                "Selon lui, les négociations reprendront lundi.",
                "Karim Haddad",
            ),
        ] {
            let got = speakers(&[opening, continuation]);
            assert!(
                got.iter().any(|(s, who)| *s == 2 && who == name),
                "{continuation} -> {got:?}"
            );
        }
    }

    /// Must not: a name that opens with a first name keeps all its words.
    #[test]
    fn a_name_that_opens_with_a_first_name_is_kept_whole() {
        let got = speakers(&[
            "Le directeur de l'usine, Paul Marie Lenoir, a annoncé la fermeture.",
            "« Nous n'avons pas le choix », a-t-il dit.",
        ]);
        assert_eq!(got[1].1, "Paul Marie Lenoir", "{got:?}");
    }
}

#[cfg(test)]
mod surname_antecedent_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// A pronoun whose antecedent the article last wrote as a surname alone names the full
    /// name it gave before, as a surname written as the speaker does.
    #[test]
    fn a_pronoun_after_a_surname_names_the_full_name_given_before() {
        for (article, name) in [
            (
                [
                    "Le ministre de la Santé, Christian Dubé, a présenté son plan mardi.",
                    "C'est en répondant à l'opposition que M. Dubé a eu un fou rire.",
                    "« Cette comparaison est ridicule », a-t-il répondu.",
                ],
                "Christian Dubé",
            ),
            (
                [
                    "La maire de Nantes, Johanna Rolland, a inauguré la ligne de tramway.",
                    "Une heure plus tard, Mme Rolland recevait les riverains.",
                    "Selon elle, les travaux seront terminés en juin.",
                ],
                "Johanna Rolland",
            ),
            (
                [
                    "Le candidat Paul Girard a tenu un meeting à Lille.",
                    "Devant ses partisans, Girard s'est montré combatif.",
                    "Il assure que la victoire est possible.",
                ],
                "Paul Girard",
            ),
        ] {
            let got = speakers(&article);
            assert_eq!(got.last().unwrap(), &(3, name.to_string()), "{got:?}");
        }
    }

    /// Must not: two full names end in that surname; the surname stays as written.
    #[test]
    fn a_surname_two_people_share_stays_a_surname() {
        let got = speakers(&[
            "Paul Girard et son frère Louis Girard ont repris l'entreprise familiale.",
            "Ce matin, M. Girard a reçu les salariés.",
            "« Personne ne sera licencié », a-t-il promis.",
        ]);
        assert_eq!(got.last().unwrap(), &(3, "Girard".to_string()), "{got:?}");
    }
}

/// « Ce dernier », « cette dernière », « celui-ci », « celle-ci », « l'intéressé » reaching a
/// person last written by their surname alone name the full name the article gave before, as
/// a pronoun does.
#[cfg(test)]
mod pointer_in_full_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// Must: the pointer names the full name.
    #[test]
    fn a_pointer_after_a_surname_names_the_full_name_given_before() {
        for (article, name) in [
            (
                [
                    "Jean Tremblay se présente à la mairie de Laval.",
                    "En mai, M. Tremblay a rencontré les commerçants du centre-ville.",
                    "Ce dernier a affirmé que le stationnement serait gratuit.",
                ],
                "Jean Tremblay",
            ),
            (
                [
                    "La députée Martine Roux a visité l'hôpital mardi.",
                    "Lors de sa visite, Mme Roux a longuement discuté avec les soignants.",
                    "Cette dernière a ensuite dénoncé le manque de lits.",
                ],
                "Martine Roux",
            ),
            (
                [
                    "L'entraîneur Karim Benali quitte le club après six saisons.",
                    "Hier soir, les supporters ont salué Benali au stade.",
                    "Celui-ci a assuré qu'il reviendrait un jour.",
                ],
                "Karim Benali",
            ),
            (
                [
                    "La juge Anne Fortin a rendu sa décision vendredi.",
                    "Les avocats ont aussitôt contesté le jugement de Mme Fortin.",
                    "Celle-ci a rappelé que la loi était claire.",
                ],
                "Anne Fortin",
            ),
            (
                [
                    "Le maire sortant, Paul Girard, a perdu son siège dimanche.",
                    "Le soir même, M. Girard a reçu ses partisans.",
                    "L'intéressé a estimé que la campagne avait été « brutale ».",
                ],
                "Paul Girard",
            ),
        ] {
            let got = speakers(&article);
            assert_eq!(got.last().unwrap(), &(3, name.to_string()), "{got:?}");
        }
    }

    /// Must not: a surname two full names end in, a surname with no full name before, or a
    /// body, stays as the article wrote it.
    #[test]
    fn a_pointer_to_a_shared_or_unknown_surname_or_a_body_keeps_it() {
        for (article, name) in [
            (
                vec![
                    "Paul Girard et son frère Louis Girard ont repris l'entreprise familiale.",
                    "Ce matin, les salariés ont rencontré M. Girard.",
                    "Ce dernier a affirmé que personne ne serait licencié.",
                ],
                "Girard",
            ),
            (
                vec![
                    "Ce matin, les salariés ont rencontré M. Girard.",
                    "Ce dernier a affirmé que personne ne serait licencié.",
                ],
                "Girard",
            ),
            (
                vec![
                    "La ministre Claire Dumas et la préfète Sophie Dumas ont visité le site.",
                    "Les riverains ont ensuite interpellé Mme Dumas.",
                    "Cette dernière a affirmé que le chantier serait terminé en mai.",
                ],
                "Dumas",
            ),
            (
                vec![
                    "Le groupe Transcom a annoncé la fermeture de son site.",
                    "Ce dernier a affirmé que les salariés seraient reclassés.",
                ],
                "Le groupe Transcom",
            ),
        ] {
            let got = speakers(&article);
            assert_eq!(
                got.last().unwrap(),
                &(article.len(), name.to_string()),
                "{got:?}"
            );
        }
    }
}

/// « Selon lui », « D'après elle », « Selon eux » opening a sentence: the pronoun stands for
/// someone of the sentences before, never for one its own sentence names after it (« Selon
/// lui, M. Girard … »: the clause it attributes is about someone else), even named before.
#[cfg(test)]
mod opening_pronoun_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// Must: the one who spoke or was the subject before, not the subject after the pronoun.
    #[test]
    fn an_opening_pronoun_skips_the_subject_of_the_clause_it_attributes() {
        for (article, name) in [
            (
                [
                    "Le porte-parole de la mairie, Marc Lefort, a répondu mardi à l'opposant Paul Girard.",
                    "Selon lui, M. Girard, qui réclame une enquête, cherche surtout à se faire connaître.",
                ],
                "Marc Lefort",
            ),
            (
                [
                    "La sénatrice Hélène Martin a rencontré hier la ministre Claire Dumas.",
                    "Selon elle, Claire Dumas, qui dénonce une campagne de dénigrement, a « sous-estimé » la crise.",
                ],
                "Hélène Martin",
            ),
            (
                [
                    "L'entraîneur Luc Bernard a longuement parlé jeudi de son attaquant Karim Haddad.",
                    "D'après lui, en fin de saison, Haddad, qui affirme vouloir rester, devrait rejoindre un grand club.",
                ],
                "Luc Bernard",
            ),
            (
                [
                    "Le syndicaliste Yves Caron a reçu hier le directeur de l'usine, Pierre Lenoir.",
                    "Selon lui, M. Lenoir, qui assure avoir tout tenté, refuse toute discussion depuis mars.",
                ],
                "Yves Caron",
            ),
            (
                [
                    "Les riverains ont croisé le maire Denis Roy lors de la réunion publique.",
                    "Selon eux, M. Roy, qui promet des travaux depuis deux ans, « n'a rien fait ».",
                ],
                "Les riverains",
            ),
            // After a connective or an adverb (rv2 B5).
            (
                [
                    "Le porte-parole de la mairie, Marc Lefort, a répondu mardi à l'opposant Paul Girard.",
                    "Toujours selon lui, M. Girard, qui réclame une enquête, cherche surtout à se faire connaître.",
                ],
                "Marc Lefort",
            ),
            (
                [
                    "La sénatrice Hélène Martin a rencontré hier la ministre Claire Dumas.",
                    "Mais selon elle, Claire Dumas, qui dénonce une campagne de dénigrement, a « sous-estimé » la crise.",
                ],
                "Hélène Martin",
            ),
        ] {
            let got = speakers(&article);
            assert_eq!(got.iter().find(|(s, _)| *s == 2), Some(&(2, name.to_string())), "{got:?}");
        }
    }

    /// Must not: the only one named before is the one the sentence names after the pronoun,
    /// or is of the other gender: no one of the article.
    #[test]
    fn an_opening_pronoun_with_no_one_else_before_names_no_one() {
        for (article, not) in [
            (
                [
                    "Paul Girard a été reçu par le maire.",
                    "Selon lui, M. Girard, qui réclame une enquête, cherche surtout à se faire connaître.",
                ],
                "Paul Girard",
            ),
            (
                [
                    "Le ministre Louis Barre a visité l'usine mardi.",
                    "D'après lui, Louis Barre ignore tout du dossier.",
                ],
                "Louis Barre",
            ),
            (
                [
                    "Claire Dumas a été nommée ministre en mai.",
                    "Selon elle, Mme Claire Dumas n'a pas les épaules pour le poste.",
                ],
                "Claire Dumas",
            ),
            (
                [
                    "Paul Martin a dénoncé la fermeture de l'usine.",
                    "Selon elle, les salariés seront reclassés.",
                ],
                "Paul Martin",
            ),
        ] {
            let got = speakers(&article);
            let (_, first) = got.iter().find(|(s, _)| *s == 2).expect("the « selon » claim");
            assert_ne!(first, not, "{got:?}");
        }
    }

    /// Must not: a pronoun that does not open its sentence still takes up the clause's
    /// subject named before it (« menacée selon lui »).
    #[test]
    fn a_pronoun_inside_its_sentence_still_takes_its_subject() {
        let got =
            speakers(&["Le ministère a fermé la frontière, menacée selon lui par des passeurs."]);
        assert_eq!(got.last().unwrap().1, "Le ministère", "{got:?}");
    }
}

/// An inverted incise's pronoun after a body that was only a subject (« Grâce à ce budget,
/// l'ONU pourra … ») while a person of the pronoun's gender spoke within its reach: the
/// quotation may go on with either, so it names neither; a body that spoke since, with no such
/// person, or with that person out of reach, stays the antecedent.
#[cfg(test)]
mod silent_institution_tests {
    use super::super::tests::speakers_by_segment as speakers;

    fn article(speaker: &str, body: &str, pronoun: &str) -> Vec<String> {
        vec![
            format!("« Nous cherchons encore », a déclaré {speaker}."),
            "Les discussions ont duré trois heures.".to_string(),
            format!("Grâce à ce budget, {body} pourra financer un nouveau programme."),
            format!("« Nous devons avancer », a-t-{pronoun} déclaré."),
        ]
    }

    /// Must: the body is not named.
    #[test]
    fn a_body_only_a_subject_beside_a_speaker_of_that_gender_is_no_antecedent() {
        let woman = "Claire Vidal, directrice du programme";
        let man = "Marc Vidal, directeur du programme";
        for (speaker, body, pronoun) in [
            (woman, "l'ONU", "elle"),
            (man, "le FMI", "il"),
            (woman, "l'Unesco", "elle"),
            (woman, "la Banque mondiale", "elle"),
            (man, "le PSG", "il"),
            (woman, "la Commission européenne", "elle"),
            (woman, "l'OMS", "elle"),
        ] {
            let sentences = article(speaker, body, pronoun);
            let got = speakers(&sentences.iter().map(String::as_str).collect::<Vec<_>>());
            assert_eq!(got.last().unwrap(), &(4, pronoun.to_string()), "{got:?}");
        }
    }

    /// Must not: the body spoke since, the speaker is of the other gender, the speaker is out
    /// of reach, or no one spoke: the body stays the antecedent.
    #[test]
    fn a_body_that_spoke_or_has_no_rival_stays_the_antecedent() {
        let woman = "« Nous cherchons encore », a déclaré Claire Vidal, directrice du programme.";
        let man = "« Nous cherchons encore », a déclaré Marc Vidal, directeur du programme.";
        let funds =
            |body: &str| format!("Grâce à ce budget, {body} pourra financer un nouveau programme.");
        let incise = |pronoun: &str| format!("« Nous devons avancer », a-t-{pronoun} déclaré.");
        for (sentences, body) in [
            (
                vec![
                    woman.to_string(),
                    "L'ONU a ensuite affirmé que le budget serait doublé.".to_string(),
                    funds("l'ONU"),
                    incise("elle"),
                ],
                "l'ONU",
            ),
            (
                vec![
                    man.to_string(),
                    "Les discussions ont duré trois heures.".to_string(),
                    funds("l'ONU"),
                    incise("elle"),
                ],
                "l'ONU",
            ),
            (
                vec![
                    woman.to_string(),
                    "Les discussions ont duré trois heures.".to_string(),
                    "Les experts se sont ensuite séparés.".to_string(),
                    "Le rapport sera publié en mai.".to_string(),
                    funds("la Banque mondiale"),
                    incise("elle"),
                ],
                "la Banque mondiale",
            ),
            (vec![funds("le FMI"), incise("il")], "le FMI"),
            (
                vec![
                    woman.to_string(),
                    "Le PSG a ensuite affirmé qu'il recruterait.".to_string(),
                    funds("le PSG"),
                    incise("il"),
                ],
                "le PSG",
            ),
        ] {
            let got = speakers(&sentences.iter().map(String::as_str).collect::<Vec<_>>());
            assert_eq!(
                got.last().unwrap(),
                &(sentences.len(), body.to_string()),
                "{got:?}"
            );
        }
    }
}

#[cfg(test)]
mod one_of_them_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// « l'un de … » is masculine and « l'une de … » feminine: the pronoun after such an
    /// unnamed speaker stands for them, not for someone named before.
    #[test]
    fn a_pronoun_after_l_un_or_l_une_stands_for_them() {
        for (article, who) in [
            (
                [
                    "Le procureur, Paul Girard, a ouvert une enquête.",
                    "La victime était très appréciée, selon l'un de ses voisins qui s'est confié à la presse.",
                    "« Il rendait service à tout le monde », confie-t-il.",
                ],
                "l'un de ses voisins",
            ),
            (
                [
                    "La directrice, Claire Morel, a réuni le personnel.",
                    "« Nous sommes inquiètes », a témoigné l'une des infirmières.",
                    "Elle affirme que plusieurs postes restent vacants.",
                ],
                "l'une des infirmières",
            ),
            (
                [
                    "Le maire Paul Girard a reçu les grévistes.",
                    "L'un d'eux a expliqué que les salaires n'avaient pas bougé depuis dix ans.",
                    "« On ne lâchera rien », a-t-il prévenu.",
                ],
                "L'un d'eux",
            ),
        ] {
            let got = speakers(&article);
            assert_eq!(got.last().unwrap(), &(3, who.to_string()), "{got:?}");
        }
    }

    /// Must not: « l'un » is not who « elle » stands for, nor « l'une » who « il » does.
    #[test]
    fn l_un_is_no_antecedent_of_elle() {
        let got = speakers(&[
            "« Nous sommes inquiets », a témoigné l'un des infirmiers.",
            "« Rien ne change », a-t-elle ajouté.",
        ]);
        assert_ne!(got.last().unwrap().1, "l'un des infirmiers", "{got:?}");
        let got = speakers(&[
            "« Nous sommes inquiètes », a témoigné l'une des infirmières.",
            "« Rien ne change », a-t-il ajouté.",
        ]);
        assert_ne!(got.last().unwrap().1, "l'une des infirmières", "{got:?}");
    }
}

#[cfg(test)]
mod adjective_before_head_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// A subject whose noun follows an adjective (« Le nouveau gouvernement », « l'ancienne
    /// direction ») is read by that noun: an institution or a role the next pronoun stands for.
    #[test]
    fn a_subject_read_by_the_noun_after_its_adjective() {
        for (article, who) in [
            (
                [
                    "Le ministre Paul Girard a présenté les membres de son cabinet.",
                    "Le nouveau gouvernement s'est fixé trois priorités.",
                    "Il a promis que les impôts n'augmenteraient pas.",
                ],
                "Le nouveau gouvernement",
            ),
            (
                [
                    "La syndicaliste Claire Morel a quitté l'entreprise en mars.",
                    "L'ancienne direction avait négocié un plan de départs.",
                    "Elle affirme aujourd'hui que ce plan était nécessaire.",
                ],
                "L'ancienne direction",
            ),
            (
                [
                    "Le préfet Marc Dubois a rencontré les élus.",
                    "Le nouveau syndicat a réuni ses adhérents jeudi.",
                    "Selon lui, la grève sera reconduite.",
                ],
                "Le nouveau syndicat",
            ),
        ] {
            let got = speakers(&article);
            assert_eq!(got.last().unwrap(), &(3, who.to_string()), "{got:?}");
        }
    }

    /// Must not: a thing after the adjective is still no speaker (« Le nouveau stade de Paul
    /// Girard a coûté … Il affirme »: the stadium or Paul Girard; unresolved).
    #[test]
    fn a_thing_after_the_adjective_is_still_no_speaker() {
        let got = speakers(&[
            "Le nouveau stade de Paul Girard a coûté trente millions d'euros.",
            "Il affirme que la dépense était nécessaire.",
        ]);
        assert_eq!(got, [(2, "Il".to_string())], "{got:?}");
    }
}

#[cfg(test)]
mod relative_after_preposition_tests {
    use super::super::tests::speakers_of as speakers;

    /// The antecedent of « qui » is the noun phrase after a preposition, never the phrase
    /// the preposition's group hangs on (« la colère parmi les enseignants, qui dénoncent »).
    #[test]
    fn the_antecedent_of_qui_starts_after_parmi() {
        for (sentence, who) in [
            (
                "La réforme suscite la colère parmi les enseignants, qui dénoncent un passage en force.",
                "les enseignants",
            ),
            (
                "Le projet inquiète parmi de nombreux élus, qui réclament un moratoire.",
                "de nombreux élus",
            ),
            (
                "Des doutes s'expriment parmi les habitants, qui affirment ne pas avoir été consultés.",
                "les habitants",
            ),
        ] {
            assert_eq!(speakers(sentence), [who], "{sentence}");
        }
    }

    /// Must not: a « de » complement still belongs to the antecedent.
    #[test]
    fn a_de_complement_stays_in_the_antecedent() {
        assert_eq!(
            speakers("Le maire a reçu les syndicats de l'usine, qui réclament une médiation."),
            ["les syndicats de l'usine"]
        );
    }
}

#[cfg(test)]
mod described_apposition_antecedent_tests {
    use super::super::tests::speakers_of as speakers;

    /// « X, le successeur de Y, qui a dit »: the relative hangs on the description's head,
    /// which describes X; the person in its complement is not the antecedent.
    #[test]
    fn the_name_a_description_describes_is_the_antecedent() {
        for (sentence, who) in [
            (
                "Le maire a rencontré Paul Girard, le successeur de Marc Dubois, qui a affirmé que le chantier reprendrait.",
                "Paul Girard",
            ),
            (
                "La décision a été saluée par Claire Morel, la remplaçante de Sophie Lemoine, qui estime qu'elle arrive trop tard.",
                "Claire Morel",
            ),
            (
                "Il s'est heurté à Julien Marchand, l'adversaire de Karim Haddad, qui lui avait répondu : « Jamais ».",
                "Julien Marchand",
            ),
        ] {
            assert_eq!(speakers(sentence), [who], "{sentence}");
        }
    }

    /// Must not: an apposition that is itself a name, with no article, stays the antecedent.
    #[test]
    fn an_apposed_name_without_article_is_the_antecedent() {
        assert_eq!(
            speakers("Le jury a entendu lady Edith, sir Anthony Strallan, qui a affirmé que rien ne s'était passé."),
            ["Anthony Strallan"]
        );
    }
}

#[cfg(test)]
mod particle_surname_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// A lone first name, « de » and a capitalized word is a particle surname even when a
    /// lowercase word follows it (« François de Rugy réprouve »): the person a later pronoun
    /// stands for. (« Paul Martin de Québec solidaire », two words before « de », stays an
    /// organization's complement: span_tests.)
    #[test]
    fn a_first_name_de_and_a_surname_before_a_verb_is_a_person() {
        for (article, who) in [
            (
                [
                    "Le président a reçu les maires mardi.",
                    "Une mesure que Charles de Montfort réprouve : « Ce n'est pas ainsi qu'on aide les communes », déclare-t-il.",
                ],
                "Charles de Montfort",
            ),
            (
                [
                    "Hier, Henri de Vallois est arrivé à Rennes.",
                    "Selon lui, la réforme sera votée.",
                ],
                "Henri de Vallois",
            ),
            (
                [
                    "Louise de Brissac quitte la salle sous les huées.",
                    "« Je reviendrai », a-t-elle lancé.",
                ],
                "Louise de Brissac",
            ),
        ] {
            let got = speakers(&article);
            assert_eq!(got.last().unwrap(), &(2, who.to_string()), "{got:?}");
        }
    }
}

#[cfg(test)]
mod demonstrative_back_reference_tests {
    use super::super::tests::{last_claim, speakers_by_segment as speakers};
    use crate::model::SpeakerKind;

    /// The last claim's speaker (empty without a claim).
    fn last_speaker(article: &[&str]) -> String {
        last_claim(article).map(|(s, _)| s).unwrap_or_default()
    }

    #[test]
    fn a_pointer_back_skips_a_name_inside_a_quotation() {
        // Must: « ce dernier » not opening its sentence (« Mardi, ce dernier »), after a
        // quotation naming someone and an incise naming its speaker: the speaker.
        for (article, want) in [
            (
                [
                    "« J'ai vu Paul Girard hier », a confié Marc Léger.",
                    "Mardi, ce dernier a assuré que tout était réglé.",
                ],
                "Marc Léger",
            ),
            (
                [
                    "« Nous attendons la réponse de Claire Morel », a déclaré Anne Roux.",
                    "Le soir même, cette dernière a affirmé que rien n'était décidé.",
                ],
                "Anne Roux",
            ),
        ] {
            assert_eq!(last_speaker(&article), want, "{article:?}");
        }
        // Must not: the only one of that gender named is inside the quotation: no name.
        for (article, quoted) in [
            (
                [
                    "« J'ai vu Paul Girard hier », a confié la ministre.",
                    "Mardi, ce dernier a assuré que tout était réglé.",
                ],
                "Paul Girard",
            ),
            (
                [
                    "« Nous attendons Claire Morel », a déclaré le maire.",
                    "Le soir même, cette dernière a affirmé que rien n'était décidé.",
                ],
                "Claire Morel",
            ),
        ] {
            assert_ne!(last_speaker(&article), quoted, "{article:?}");
        }
    }

    #[test]
    /// « Ce responsable », « cette porte-parole »: the one person of that gender named just
    /// before, here and for the pronoun after it; never a new speaker of its own.
    fn a_demonstrative_function_is_the_one_person_named_before() {
        let got = speakers(&[
            "« Les stocks sont bas », a déclaré Karim Haddad, directeur de l'agence régionale.",
            "Ce responsable n'a pas donné de chiffres.",
            "Il a souligné que la situation restait grave.",
        ]);
        assert_eq!(
            got.last(),
            Some(&(3, "Karim Haddad".to_string())),
            "{got:?}"
        );
        let got = speakers(&[
            "Nadia Ferrand a visité le chantier lundi.",
            "Cette porte-parole a affirmé que les travaux reprendraient.",
        ]);
        assert_eq!(got, [(2, "Nadia Ferrand".to_string())]);
    }

    /// Two people it could stand for, or only someone of the other gender: unresolved, in
    /// the article's words.
    #[test]
    fn a_demonstrative_function_with_two_candidates_or_none_is_unresolved() {
        for (before, demonstrative) in [
            (
                "Karim Haddad et Paul Girard ont visité l'usine lundi.",
                "Ce responsable",
            ),
            ("Paul Girard a visité l'usine lundi.", "Cette responsable"),
        ] {
            let claim = format!("{demonstrative} a affirmé que les travaux reprendraient.");
            assert_eq!(
                last_claim(&[before, &claim]),
                Some((demonstrative.to_string(), SpeakerKind::Unattributed)),
                "{before}"
            );
        }
    }

    /// « Celles-ci », « ceux-ci » point back at things or a group, never at a person: not a
    /// name « il » could stand for, and no speaker the brief can name.
    #[test]
    fn celles_ci_is_no_name() {
        let got = speakers(&[
            "Paul Girard précise que les enquêteurs attendent des confirmations.",
            "Celles-ci ne concerneraient pas l'incident de mardi.",
            "Les voyageurs doivent arriver plus tôt, a-t-il précisé.",
        ]);
        assert_eq!(got.last(), Some(&(3, "Paul Girard".to_string())), "{got:?}");
        assert_eq!(
            last_claim(&[
                "Les infirmières ont rencontré le directeur.",
                "Celles-ci ont affirmé que le service fermerait.",
            ]),
            Some(("Celles-ci".to_string(), SpeakerKind::Unattributed))
        );
    }
}

#[cfg(test)]
mod incise_pronoun_rival_tests {
    use super::super::tests::last_claim;
    use crate::model::SpeakerKind;

    /// « Le conseil municipal a voté …, a-t-il indiqué »: the sentence's own subject is who
    /// the incise's pronoun stands for when no one else of that gender spoke just before.
    #[test]
    fn the_sentence_subject_speaks_when_no_one_else_spoke() {
        for before in [
            "La pluie est tombée toute la nuit sur la vallée.",
            "Les habitants ont affirmé que la rue était inondée.",
            "Sophie Marchand a affirmé que la rue était inondée.",
        ] {
            assert_eq!(
                last_claim(&[
                    before,
                    "Le conseil municipal a voté une aide d'urgence aux sinistrés, a-t-il indiqué.",
                ]),
                Some((
                    "Le conseil municipal".to_string(),
                    SpeakerKind::Organization
                )),
                "{before}"
            );
        }
    }

    /// « Paul Girard a précisé … . Le conseil municipal a voté …, a-t-il indiqué »: a man
    /// spoke just before; « il » may be him as well as the council: unresolved.
    #[test]
    fn another_speaker_of_that_gender_just_before_leaves_it_unresolved() {
        for before in [
            "Paul Girard, adjoint au maire, a précisé que la rue restait fermée.",
            "Un habitant du quartier a précisé que la rue restait fermée.",
        ] {
            assert_eq!(
                last_claim(&[
                    before,
                    "Le conseil municipal a voté une aide d'urgence aux sinistrés, a-t-il indiqué.",
                ]),
                Some(("il".to_string(), SpeakerKind::Unattributed)),
                "{before}"
            );
        }
    }
}

#[cfg(test)]
mod bare_surname_mention_tests {
    use super::super::tests::speakers_by_segment as speakers;

    fn article(second: &str, third_subject: &str) -> Vec<(usize, String)> {
        let third = format!(
            "Mais {third_subject}, qui avait dit que s’il gagnait, il ne verrait pas le maire, \
             qu’il a qualifié de « menteur », a invité son rival à la fête."
        );
        speakers(&["Marc Dumont a gagné l'élection dimanche.", second, &third])
    }

    /// « Marc Dumont … . Mais Dumont, qui …, qu'il a qualifié de … »: the surname alone is
    /// the person named before, the subject « il » in its own sentence stands for.
    #[test]
    fn a_surname_alone_is_the_person_named_before() {
        let got = article(
            "Paul Girard a déclaré que la ville serait prête à travailler avec lui.",
            "Dumont",
        );
        assert!(
            got.contains(&(3, "Marc Dumont".to_string()))
                && !got.iter().any(|(s, n)| *s == 3 && n == "Paul Girard"),
            "{got:?}"
        );
    }

    /// Two people of that surname named before: the surname alone is neither.
    #[test]
    fn a_surname_two_people_share_is_neither() {
        let got = article(
            "Luc Dumont a déclaré que la ville serait prête à travailler avec lui.",
            "Dumont",
        );
        assert!(!got.contains(&(3, "Marc Dumont".to_string())), "{got:?}");
    }
}

#[cfg(test)]
mod desk_source_tests {
    use super::super::tests::last_speaker as last;

    /// « a-t-on appris auprès de la mairie » names the source of the news desk's « on »: a
    /// later « a-t-on précisé », « a indiqué la même source » is that source while it is the
    /// last to have spoken.
    #[test]
    fn the_desk_source_is_who_a_later_impersonal_incise_stands_for() {
        let opening = "Le pont de la Sarre a été fermé lundi, a-t-on appris auprès de la mairie.";
        for then in [
            "Les travaux dureront un mois, a-t-on précisé.",
            "« Aucun blessé n'est à déplorer », a-t-on assuré.",
            "Les travaux dureront un mois, a indiqué la même source.",
        ] {
            assert_eq!(last(&[opening, then]), "la mairie", "{then}");
        }
        // (Through « la même source » and a sentence without a claim.)
        let got = last(&[
            opening,
            "Les travaux dureront un mois, a indiqué la même source.",
            "Une déviation passe par le centre-ville.",
            "« Aucun blessé n'est à déplorer », a-t-on ajouté.",
        ]);
        assert_eq!(got, "la mairie");
        let got = last(&[
            "Deux hommes ont été interpellés, a-t-on appris de source policière.",
            "Ils seront présentés à un juge mardi, a-t-on ajouté.",
        ]);
        assert_eq!(got, "source policière");
    }

    /// Without a source named for « on » before, after someone else spoke, or too far back,
    /// « a-t-on précisé » stays unresolved; so it does after a document the desk read.
    #[test]
    fn an_impersonal_incise_without_a_live_desk_source_stays_unresolved() {
        let opening = "Le pont de la Sarre a été fermé lundi, a-t-on appris auprès de la mairie.";
        let then = "Les travaux dureront un mois, a-t-on précisé.";
        assert_eq!(
            last(&["Le pont de la Sarre a été fermé lundi.", then]),
            "on"
        );
        let got = last(&[
            opening,
            "Le maire Paul Martin a assuré que la route serait rouverte vite.",
            then,
        ]);
        assert_eq!(got, "on");
        let got = last(&[
            opening,
            "Une déviation passe par le centre-ville.",
            "Les camions doivent la contourner.",
            "Les bus ne circulent plus.",
            "Les écoles restent ouvertes.",
            then,
        ]);
        assert_eq!(got, "on");
        let got = last(&[
            "Le pont sera fermé un mois, lit-on dans le communiqué de la mairie.",
            then,
        ]);
        assert_eq!(got, "on");
    }
}

#[cfg(test)]
mod scope_adjective_tests {
    use super::super::tests::last_speaker as last;

    /// « l'entraîneur national » is the one person the article introduced as « l'entraîneur
    /// des Aigles »: the scope adjective restates the role, and the name is shown; so is it
    /// for the pronoun that takes that role up.
    #[test]
    fn a_role_with_its_scope_restated_is_the_person_named_with_it() {
        let intro = "Paul Girard, l'entraîneur des Aigles, a quitté le stade sans un mot.";
        let got = last(&[
            intro,
            "« Nous avons tout donné », a déclaré l'entraîneur national.",
        ]);
        assert_eq!(got, "Paul Girard");
        let got = last(&[
            intro,
            "L'entraîneur national reconnaît que l'équipe a manqué d'expérience.",
            "Il ajoute que « les joueurs ont tout donné ».",
        ]);
        assert_eq!(got, "Paul Girard");
    }

    /// Not when the role had a scope of its own (« directeur régional »), nor when the article
    /// named two people with that role's noun: either may be meant, the role stays as written.
    #[test]
    fn a_scope_adjective_does_not_match_another_scope_or_two_holders() {
        let got = last(&[
            "Paul Girard, le directeur régional de la police, est arrivé mardi.",
            "« Nous avons tout donné », a déclaré le directeur national de la police.",
        ]);
        assert_eq!(got, "le directeur national de la police");
        let got = last(&[
            "Paul Girard, l'entraîneur des Aigles, a quitté le stade sans un mot.",
            "Marc Petit, l'entraîneur des Lions, est resté sur le banc.",
            "« Nous avons tout donné », a déclaré l'entraîneur national.",
        ]);
        assert_eq!(got, "l'entraîneur national");
    }
}

#[cfg(test)]
mod subject_taken_up_tests {
    use super::super::tests::last_speaker as last;

    /// « selon elle » after the main clause's verb stands for that clause's subject when it is
    /// a body, a role or a source of the pronoun's gender, even after another speaker of that
    /// gender spoke just before.
    #[test]
    fn a_stressed_pronoun_after_the_verb_takes_up_the_clause_s_subject() {
        let strike =
            "L'armée a frappé des cibles au nord, en représailles à un tir effectué selon elle par des rebelles.";
        assert_eq!(last(&[strike]), "L'armée");
        let got = last(&[
            "« Nous ne commentons pas », a déclaré une porte-parole du ministère.",
            strike,
        ]);
        assert_eq!(got, "L'armée");
        let got = last(&["Le ministère a fermé la frontière, menacée selon lui par des passeurs."]);
        assert_eq!(got, "Le ministère");
    }

    /// Not a subject of the other gender, nor a pronoun before the main verb: the pronoun is
    /// read as before (here, the woman who spoke just before).
    #[test]
    fn a_stressed_pronoun_does_not_take_up_a_subject_of_the_other_gender() {
        let before = "« Nous ne commentons pas », a déclaré une porte-parole du ministère.";
        let got = last(&[
            before,
            "Le ministère a fermé la frontière, menacée selon elle par des passeurs.",
        ]);
        assert_eq!(got, "une porte-parole du ministère");
        let got = last(&[before, "Selon elle, l'armée a frappé des cibles au nord."]);
        assert_eq!(got, "une porte-parole du ministère");
    }
}

#[cfg(test)]
mod group_subject_tests {
    use super::super::tests::{last_claim, last_speaker as last};
    use crate::model::SpeakerKind;

    const HOPE: &str = "Ils espèrent que le gouvernement va baisser les prix.";

    /// The subject of a sentence without a claim is who « ils », « elles » take up next: also
    /// after a modal in the future (« devront »), after a gerund opening the sentence (« En
    /// attendant, »), and for « les populations », unnamed people.
    #[test]
    fn a_group_subject_is_found_past_a_future_modal_and_a_gerund() {
        assert_eq!(
            last(&["Les habitants devront payer plus.", HOPE]),
            "Les habitants"
        );
        assert_eq!(
            last(&["En attendant, les habitants doivent payer plus.", HOPE]),
            "les habitants"
        );
        let got = last_claim(&[
            "Les populations doivent payer plus.",
            "Elles espèrent que le gouvernement va baisser les prix.",
        ]);
        assert_eq!(
            got,
            Some(("Les populations".to_string(), SpeakerKind::Anonymous))
        );
    }

    /// Not the sentence swallowed whole as a subject (« Les habitants devront payer plus »
    /// when « devront » was no verb), and not a group that was the object beside the subject.
    #[test]
    fn a_group_subject_is_no_whole_sentence_nor_an_object() {
        let got = last(&["Les habitants devront payer plus.", HOPE]);
        assert_ne!(got, "Les habitants devront payer plus");
        let got = last(&[
            "En attendant, les habitants ont rencontré les commerçants.",
            HOPE,
        ]);
        assert_eq!(got, "Ils");
    }
}

#[cfg(test)]
mod unidentified_speech_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// A continuation (« a-t-il ajouté ») after a claim whose speaker was left unresolved may
    /// be that unknown speaker's: unresolved, not the one who spoke before it.
    #[test]
    fn a_continuation_after_an_unidentified_speaker_is_unresolved() {
        for (article, pronoun) in [
            (
                [
                    "Le maire Paul Girard a dit mardi que le budget serait voté.",
                    "La réunion avec Pierre Martin et Louis Dubois a duré deux heures.",
                    "Il a assuré que l'accord était proche.",
                    "« Nous signerons lundi », a-t-il ajouté.",
                ],
                "il",
            ),
            (
                [
                    "La ministre Claire Morel a annoncé jeudi un plan pour les hôpitaux.",
                    "Le dîner avec Sophie Laurent et Anne Petit s'est prolongé tard.",
                    "Elle a estimé que les moyens manquaient.",
                    "« Il faudra davantage », a-t-elle poursuivi.",
                ],
                "elle",
            ),
            (
                [
                    "Le syndicaliste Marc Dupont a affirmé lundi que la grève continuerait.",
                    "Le débat entre Jean Leroy et Luc Bernard a été vif jeudi soir.",
                    "Il a jugé que la direction mentait.",
                    "« Elle ne cédera pas », a-t-il renchéri.",
                ],
                "il",
            ),
            (
                [
                    "Le directeur Marc Leroy a expliqué que l'usine fermerait en mars.",
                    "L'entretien avec Jean Roux et Paul Henri a eu lieu vendredi soir.",
                    "Selon lui, aucun salarié ne sera licencié.",
                    "« Les négociations continuent », a-t-il conclu.",
                ],
                "il",
            ),
        ] {
            let got = speakers(&article);
            assert_eq!(got.last().unwrap(), &(4, pronoun.to_string()), "{got:?}");
        }
    }

    /// Must not: the unidentified speaker is of the other gender, « on », or spoke before the
    /// last speaker did; the continuation is that last speaker's.
    #[test]
    fn a_continuation_skips_an_unidentified_speaker_who_cannot_be_its_own() {
        for article in [
            [
                "Le maire Paul Girard a dit mardi que le budget serait voté.",
                "La réunion avec Sophie Laurent et Anne Petit a duré deux heures.",
                "Elle a assuré que l'accord était proche.",
                "« Nous signerons lundi », a-t-il ajouté.",
            ],
            [
                "Le maire Paul Girard a dit mardi que le budget serait voté.",
                "Le quartier attend depuis des mois.",
                "« Nous tiendrons », dit-on à la mairie.",
                "« Nous signerons lundi », a-t-il ajouté.",
            ],
            [
                "La réunion avec Pierre Martin et Louis Dubois a duré deux heures.",
                "Il a assuré que l'accord était proche.",
                "Le maire Paul Girard a dit ensuite que le budget serait voté.",
                "« Nous signerons lundi », a-t-il ajouté.",
            ],
        ] {
            let got = speakers(&article);
            assert_eq!(
                got.last().unwrap(),
                &(4, "Paul Girard".to_string()),
                "{got:?}"
            );
        }
    }
}

#[cfg(test)]
mod coordinated_names_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// « avec Pierre Martin et Louis Dubois »: the second name joined by « et » is in the
    /// complement as the first is, no subject « il » would stand for; two men, unresolved.
    #[test]
    fn a_name_joined_to_a_complement_s_name_is_no_subject() {
        for (first, pronoun) in [
            (
                "La réunion avec Pierre Martin et Louis Dubois a duré deux heures.",
                "Il",
            ),
            (
                "La réunion entre Pierre Martin et Louis Dubois a duré deux heures.",
                "Il",
            ),
            (
                "Le débat entre Jean Leroy et Luc Bernard a été vif jeudi soir.",
                "Il",
            ),
            (
                "Le match contre Sophie Laurent et Anne Petit a été reporté.",
                "Elle",
            ),
            (
                "Mardi, la rencontre avec Jean Roux et Paul Henri a tourné court.",
                "Il",
            ),
        ] {
            let got = speakers(&[
                first,
                &format!("{pronoun} a assuré que l'accord était proche."),
            ]);
            assert_eq!(got, [(2, pronoun.to_string())], "{first}");
        }
    }

    /// Must not: « et » opening a clause of its own (after a verb) leaves its name the
    /// subject the pronoun stands for.
    #[test]
    fn a_name_opening_a_clause_after_et_stays_its_subject() {
        for first in [
            "La séance a été levée et Louis Dubois est parti.",
            "La réunion s'est terminée et Louis Dubois est reparti.",
            "Les élus sont sortis et Louis Dubois a fermé la porte.",
        ] {
            let got = speakers(&[first, "Il a assuré que l'accord était proche."]);
            assert_eq!(got, [(2, "Louis Dubois".to_string())], "{first}");
        }
    }
}

#[cfg(test)]
mod same_source_tests {
    use super::super::find_claims;
    use super::super::tests::{one_paragraph, speakers_by_segment as speakers};

    /// « la même source », « ce témoin », « ces sources »: the unnamed source as first
    /// introduced, the pointer back kept as the words the sentence wrote; a plural pointer
    /// takes the plural source, past a singular one of its noun (« l'une des sources »).
    #[test]
    fn a_pointer_back_names_the_unnamed_source_as_first_introduced() {
        for (article, want) in [
            (
                vec![
                    "Une source judiciaire a fait état de trois interpellations.",
                    "Les suspects seront jugés lundi, a ajouté la même source.",
                ],
                "Une source judiciaire",
            ),
            (
                vec![
                    "Un témoin a affirmé avoir entendu des cris.",
                    "Ce témoin a ajouté que la police était arrivée vite.",
                ],
                "Un témoin",
            ),
            (
                vec![
                    "Des sources proches du dossier ont confirmé l'arrestation mardi.",
                    "Selon l'une des sources, le suspect a avoué.",
                    "Il a été transféré à Paris, selon ces sources.",
                ],
                "Des sources proches du dossier",
            ),
            (
                vec![
                    "Des sources sécuritaires ont fait état de dix morts.",
                    "Selon une source militaire, l'attaque a eu lieu à l'aube.",
                    "Les assaillants ont fui, selon ces mêmes sources.",
                ],
                "Des sources sécuritaires",
            ),
        ] {
            let got = speakers(&article);
            assert_eq!(got.last().unwrap().1, want, "{got:?}");
        }
        let claims = find_claims(&one_paragraph(&[
            "Une source judiciaire a fait état de trois interpellations.",
            "Les suspects seront jugés lundi, a ajouté la même source.",
        ]));
        let last = claims.last().unwrap();
        assert_eq!(last.speaker_as_written.as_deref(), Some("la même source"));
    }

    /// Must not: a plural pointer after a singular source only is not that source.
    #[test]
    fn a_plural_pointer_does_not_take_a_singular_source() {
        for article in [
            [
                "Une source policière a confirmé l'arrestation.",
                "Il a été transféré jeudi, selon ces sources.",
            ],
            [
                "L'une des sources a confirmé l'arrestation.",
                "Il a été transféré jeudi, selon ces sources.",
            ],
        ] {
            let got = speakers(&article);
            assert_eq!(got.last().unwrap().1, "ces sources", "{got:?}");
        }
    }

    /// « cette source », « la même source » agree in number: never « des sources » before.
    /// With no singular unnamed source before, the pointer is the last one who spoke, named
    /// or not (README, session 11: « M. Belani a indiqué …, a ajouté la même source » is one
    /// speaker); unresolved, as written, when two spoke last.
    #[test]
    fn a_singular_pointer_takes_no_plural_source() {
        for (article, want) in [
            (
                vec![
                    "Selon des sources policières, le suspect a été arrêté mardi.",
                    "Le parquet de Lille a précisé qu'une enquête était ouverte.",
                    "« L'enquête se poursuit », a ajouté cette source.",
                ],
                "Le parquet de Lille",
            ),
            (
                vec![
                    "Des sources proches du dossier ont évoqué un règlement de comptes.",
                    "La gendarmerie a indiqué que deux hommes avaient été interpellés.",
                    "Toujours selon la même source, ils seront jugés lundi.",
                ],
                "La gendarmerie",
            ),
        ] {
            let got = speakers(&article);
            assert_eq!(got.last().unwrap().1, want, "{got:?}");
        }
        // Must not: a singular unnamed source is still the one taken up; with two who spoke
        // last, the pointer stays as written.
        let got = speakers(&[
            "Une source policière a confirmé l'arrestation.",
            "Le maire a salué le travail des gendarmes.",
            "Le suspect sera jugé lundi, a ajouté la même source.",
        ]);
        assert_eq!(got.last().unwrap().1, "Une source policière", "{got:?}");
        let got = speakers(&[
            "Des sources policières ont évoqué un règlement de comptes.",
            "Le maire a salué le travail des gendarmes, tandis que le préfet a dénoncé des lenteurs.",
            "Le suspect sera jugé lundi, a ajouté cette source.",
        ]);
        assert_eq!(got.last().unwrap().1, "cette source", "{got:?}");
    }

    /// « Un responsable syndical a dénoncé … . Le responsable a insisté … »: the definite
    /// article and the bare noun take up the unnamed one « un », « une » introduced, and so
    /// does a pronoun after it. Must not: another noun, a plural introduced, or a definite
    /// with its own complement (« le responsable du site ») is someone else.
    #[test]
    fn a_definite_noun_takes_up_the_unnamed_one_introduced() {
        let got = speakers(&[
            "Un responsable syndical a dénoncé les blocages dans les négociations.",
            "Le responsable a insisté sur le respect des procédures.",
            "« Nous irons jusqu'au bout », a-t-il martelé.",
        ]);
        assert_eq!(
            got.iter().map(|(_, s)| s.as_str()).collect::<Vec<_>>(),
            ["Un responsable syndical"; 3],
            "{got:?}"
        );
        for (article, want) in [
            (
                [
                    "Un habitant a raconté l'incendie de la grange.",
                    "Le responsable a démenti toute négligence.",
                ],
                "Le responsable",
            ),
            (
                [
                    "Des responsables syndicaux ont dénoncé les blocages.",
                    "Le responsable a insisté sur le respect des procédures.",
                ],
                "Le responsable",
            ),
            (
                [
                    "Un responsable syndical a dénoncé les blocages.",
                    "Le responsable du site a démenti toute négligence.",
                ],
                "Le responsable du site",
            ),
        ] {
            let got = speakers(&article);
            assert_eq!(got.last().unwrap().1, want, "{got:?}");
        }
    }
}

#[cfg(test)]
mod place_name_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// « l'École Valois », « au Stade Vélodrome »: a run opening on the noun of a place is no
    /// person a later « il » may stand for; with no one else of that gender, unresolved.
    #[test]
    fn a_place_named_like_a_person_is_no_antecedent() {
        for article in [
            [
                "Anne Petit a visité l'École Valois mardi.",
                "« Tout va bien », a-t-il dit.",
            ],
            [
                "La cérémonie a eu lieu au Stade Vélodrome samedi.",
                "Il a affirmé que la sécurité serait renforcée.",
            ],
            [
                "Les élèves du Collège Lamartine ont manifesté jeudi.",
                "Il a assuré que les cours reprendraient lundi.",
            ],
            [
                "La directrice a reçu les familles au Centre Bonneau lundi soir.",
                "Il a indiqué que les inscriptions étaient closes.",
            ],
            [
                "Claire Morel est arrivée au Théâtre Molière vers midi.",
                "« Le spectacle aura lieu », a-t-il promis.",
            ],
        ] {
            let got = speakers(&article);
            assert_eq!(got.len(), 1, "{got:?}");
            assert!(got[0].1.eq_ignore_ascii_case("il"), "{got:?}");
        }
    }

    /// Must not: the person beside the place stays who the pronoun stands for.
    #[test]
    fn the_person_beside_a_place_stays_the_antecedent() {
        let got = speakers(&[
            "Le ministre Paul Girard a visité l'École Valois mardi.",
            "« Tout va bien », a-t-il dit.",
        ]);
        assert_eq!(got, [(2, "Paul Girard".to_string())]);
    }
}

#[cfg(test)]
mod relative_subject_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// « L'ouvrier qui a été blessé mardi est sorti de l'hôpital. Il a assuré … »: the
    /// subject a pronoun takes up is the relative's antecedent, without its « qui ».
    #[test]
    fn a_subject_before_qui_is_taken_up_without_it() {
        for (first, second, want) in [
            (
                "Le jeune homme de 24 ans qui s'est présenté hier au tribunal reste silencieux.",
                "Il a affirmé qu'il était innocent.",
                "Le jeune homme de 24 ans",
            ),
            (
                "L'ouvrier qui a été blessé mardi est sorti de l'hôpital.",
                "Il a assuré que la machine était défectueuse.",
                "L'ouvrier",
            ),
            (
                "La femme qui a appelé les secours est encore choquée.",
                "Elle a expliqué que l'incendie avait démarré dans la cuisine.",
                "La femme",
            ),
            (
                "Le chauffeur du bus qui transportait les élèves a été entendu jeudi.",
                "Il a affirmé que les freins avaient lâché.",
                "Le chauffeur du bus",
            ),
        ] {
            let got = speakers(&[first, second]);
            assert_eq!(got, [(2, want.to_string())], "{first}");
            // Must not: the « qui » stays out of the name shown.
            assert!(!got[0].1.ends_with(" qui"), "{got:?}");
        }
    }
}

#[cfg(test)]
mod counted_group_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// « deux sondages », « trois témoins », « cinq syndicats »: a number is a plural's
    /// determiner, so « ils », « elles », « selon eux » after them stand for them.
    #[test]
    fn a_counted_group_is_what_a_plural_pronoun_stands_for() {
        for (article, want) in [
            (
                [
                    "La majorité reste fragile, selon deux sondages publiés mardi.",
                    "Ils montrent que l'opposition progresse.",
                ],
                "deux sondages publiés mardi",
            ),
            (
                [
                    "Trois témoins ont affirmé avoir vu le camion.",
                    "Ils ont précisé qu'il roulait vite.",
                ],
                "Trois témoins",
            ),
            (
                [
                    "Cinq syndicats ont appelé à la grève jeudi.",
                    "Ils réclament une hausse des salaires.",
                ],
                "Cinq syndicats",
            ),
            (
                [
                    "Le suspect a pris la fuite, selon deux sources proches du dossier.",
                    "Elles assurent qu'il était armé.",
                ],
                "deux sources proches du dossier",
            ),
            (
                [
                    "Quatre experts ont estimé que le pont était fragile.",
                    "Selon eux, des travaux sont urgents.",
                ],
                "Quatre experts",
            ),
        ] {
            let got = speakers(&article);
            assert_eq!(got.last().unwrap(), &(2, want.to_string()), "{got:?}");
        }
    }

    /// « Environ 2 000 citoyens », « Près de 300 enseignants »: an approximation before the
    /// count leaves it the group's determiner.
    #[test]
    fn a_group_counted_about_is_what_a_plural_pronoun_stands_for() {
        for (article, want) in [
            (
                [
                    "Environ 2 000 citoyens en colère ont défilé mardi à Bamako.",
                    "Ils revendiquent des armes pour libérer le nord.",
                ],
                "Environ 2 000 citoyens en colère",
            ),
            (
                [
                    "Près de 300 enseignants ont défilé mardi devant le rectorat.",
                    "Ils réclament des postes supplémentaires.",
                ],
                "Près de 300 enseignants",
            ),
            (
                [
                    "Plus de cinquante agriculteurs ont bloqué la route jeudi.",
                    "Selon eux, les prix sont trop bas.",
                ],
                "Plus de cinquante agriculteurs",
            ),
            (
                [
                    "Quelque 200 salariés ont débrayé mardi.",
                    "Ils dénoncent la fermeture du site.",
                ],
                "Quelque 200 salariés",
            ),
            (
                [
                    "Au moins quinze infirmières ont quitté le service en mai.",
                    "Elles dénoncent des conditions de travail intenables.",
                ],
                "Au moins quinze infirmières",
            ),
        ] {
            let got = speakers(&article);
            assert_eq!(got.last().unwrap(), &(2, want.to_string()), "{got:?}");
        }
    }

    /// Must not: an approximation before one, or before no count at all (« près de la
    /// mairie », « plus de la moitié du budget »), makes no group of people.
    #[test]
    fn an_approximation_without_a_count_of_several_is_no_group() {
        for article in [
            [
                "Environ un habitant sur dix a voté lundi.",
                "Ils dénoncent la fermeture du site.",
            ],
            [
                "Près de la mairie, la circulation a été coupée lundi.",
                "Ils dénoncent la fermeture du site.",
            ],
            [
                "Plus de la moitié du budget a été dépensée en mai.",
                "Selon eux, les prix sont trop bas.",
            ],
            [
                "Quelque chose a changé dans le quartier.",
                "Ils réclament des postes supplémentaires.",
            ],
            [
                "Au moins un blessé a été transporté à l'hôpital.",
                "Ils réclament des postes supplémentaires.",
            ],
        ] {
            let got = speakers(&article);
            let last = &got.last().unwrap().1;
            assert!(
                ["Ils", "eux"].contains(&last.as_str()),
                "{article:?}: {got:?}"
            );
        }
    }

    /// Must not: « un sondage » is one; « ils » after it stays unresolved.
    #[test]
    fn one_is_no_group() {
        let got = speakers(&[
            "La majorité reste fragile, selon un sondage publié mardi.",
            "Ils montrent que l'opposition progresse.",
        ]);
        assert_eq!(got.last().unwrap(), &(2, "Ils".to_string()), "{got:?}");
    }
}

#[cfg(test)]
mod place_of_a_role_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// « Paul Girard, maire de Bois Colombes »: the capitalized words ending the role's
    /// complement are its place, no second person, so « ce maire » is the one person named.
    #[test]
    fn the_place_a_role_belongs_to_is_no_second_person() {
        for (article, want) in [
            (
                [
                    "L'information a été donnée par le colonel Rakoto, député du district de Vohipeno Atsimo, hier.",
                    "« Les routes sont coupées », précise ce député.",
                ],
                "Rakoto",
            ),
            (
                [
                    "L'alerte a été lancée par Paul Girard, maire de Bois Colombes, jeudi.",
                    "« L'eau monte », a ajouté ce maire.",
                ],
                "Paul Girard",
            ),
            (
                [
                    "Le bilan a été donné par Luc Bernard, directeur de l'hôpital de Mantes Nord, mardi.",
                    "« Deux blessés sont graves », a ajouté ce directeur.",
                ],
                "Luc Bernard",
            ),
            (
                [
                    "La mesure a été saluée par Jean Roux, député de Seine Maritime, vendredi.",
                    "« C'est une victoire », a déclaré ce député.",
                ],
                "Jean Roux",
            ),
        ] {
            let got = speakers(&article);
            assert_eq!(got.last().unwrap(), &(2, want.to_string()), "{got:?}");
        }
    }

    /// « le procureur du tribunal de Sidi Moussa »: the name after a sitting body's « de » is
    /// its seat, even opening on a first name; the « il » of the next sentence is the
    /// procureur who spoke, not the town.
    #[test]
    fn the_seat_of_a_body_is_no_person_a_pronoun_takes_up() {
        for (first, second, want) in [
            (
                "Le procureur du tribunal de Sidi Moussa a requis un an de prison contre les manifestants.",
                "Il a également requis des amendes pour les autres.",
                "Le procureur du tribunal de Sidi Moussa",
            ),
            (
                "Le secrétaire général de la préfecture de Saint Louis a annoncé la fermeture des écoles.",
                "Il a aussi affirmé que les routes resteraient ouvertes.",
                "Le secrétaire général de la préfecture de Saint Louis",
            ),
            (
                "L'adjoint au maire de la commune de Sainte Marie a dénoncé mardi le projet.",
                "Il a ajouté que le conseil voterait contre.",
                "L'adjoint au maire de la commune de Sainte Marie",
            ),
            (
                "Le directeur de la prison de Mamadou Diallo a démenti toute évasion.",
                "Il a assuré que les détenus étaient comptés.",
                "Le directeur de la prison de Mamadou Diallo",
            ),
            (
                "Le chef de la gare de Saint Martin a annoncé l'arrêt des trains.",
                "Il a précisé que les bus prendraient le relais.",
                "Le chef de la gare de Saint Martin",
            ),
        ] {
            let got = speakers(&[first, second]);
            assert_eq!(got.last().unwrap(), &(2, want.to_string()), "{got:?}");
        }
    }

    /// Must not: after the noun of a body that does not sit anywhere, or of an act, « de »
    /// and a first name give a person (« l'avocat de Marie Dupont », « le portrait de Paul
    /// Martin »).
    #[test]
    fn a_person_after_another_noun_s_de_stays_a_person() {
        for (first, second, want) in [
            (
                "Le porte-parole de Marie Dupont a confirmé sa candidature.",
                "« Je me présente », a déclaré Mme Dupont.",
                "Marie Dupont",
            ),
            (
                "Le conseiller de Paul Martin a démenti la rumeur.",
                "« Rien n'est décidé », a assuré M. Martin.",
                "Paul Martin",
            ),
        ] {
            let got = speakers(&[first, second]);
            assert_eq!(got.last().unwrap(), &(2, want.to_string()), "{got:?}");
        }
    }

    /// Must not: a name with a first name after the complement's « de » is a person still
    /// (« l'avocat de Claire Morel … Mme Morel » names her in full).
    #[test]
    fn a_person_after_a_role_s_de_stays_a_person() {
        let got = speakers(&[
            "L'avocat de Claire Morel a déposé plainte mardi.",
            "« Je suis soulagée », a confié Mme Morel.",
        ]);
        assert_eq!(
            got.last().unwrap(),
            &(2, "Claire Morel".to_string()),
            "{got:?}"
        );
    }
}

#[cfg(test)]
mod subject_or_speaker_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// The sentence before named one person its subject and another who spoke in it (a
    /// relative, « selon »), both of the pronoun's gender: either may be meant, unresolved.
    #[test]
    fn a_subject_and_another_speaker_leave_the_pronoun_unresolved() {
        for (first, second) in [
            (
                "Me Paul Girard a été interrompu par le juge Marc Leroy, qui lui a demandé de se taire.",
                "Il a indiqué qu'il ne céderait pas.",
            ),
            (
                "L'avocat Jean Roux a été coupé par le président Luc Bernard, qui l'a prié de conclure.",
                "Il a répondu que sa plaidoirie n'était pas finie.",
            ),
            (
                "Selon le procureur Marc Leroy, Paul Girard a menti aux enquêteurs.",
                "Il a affirmé que l'enquête serait longue.",
            ),
            (
                "Claire Morel a été reçue par la ministre Anne Petit, qui a promis une aide.",
                "Elle a assuré que les travaux commenceraient en mai.",
            ),
            (
                "Anne Roux a été entendue par la juge Claire Morel, qui lui a demandé des preuves.",
                "Elle a affirmé que le dossier était complet.",
            ),
        ] {
            let got = speakers(&[first, second]);
            let last = &got.last().unwrap().1;
            assert!(matches!(last.as_str(), "Il" | "Elle"), "{got:?}");
        }
    }

    /// A sentence whose only claim is in a relative clause still has its main clause's
    /// subject, a role too (« le préfet reste prudent »), recorded past a leading adjunct:
    /// beside the relative's speaker of the same gender, the next pronoun is either's.
    #[test]
    fn a_role_subject_beside_a_relative_s_speaker_leaves_the_pronoun_unresolved() {
        // Must: unresolved, whatever the adjunct, the pronoun's form, the relative's verb.
        for (first, second) in [
            (
                "Concernant l'ancien maire Paul Girard, qui a appelé ses partisans à manifester, le préfet reste prudent.",
                "« Nous verrons », a-t-il prévenu.",
            ),
            (
                "Le ministre a reçu mardi Marc Léger, qui a réclamé une enquête.",
                "Il a affirmé que rien ne pressait.",
            ),
            (
                "Au sujet de la sénatrice Anne Roux, qui a dénoncé le projet, la préfète reste discrète.",
                "« Nous verrons », a-t-elle répondu.",
            ),
        ] {
            let got = speakers(&[first, second]);
            let last = &got.last().unwrap().1;
            assert!(matches!(last.as_str(), "il" | "Il" | "elle"), "{got:?}");
        }
        // Must not: the relative's speaker of the other gender leaves the subject its own.
        for (first, second) in [
            (
                "Concernant la députée Anne Roux, qui a réclamé une enquête, le ministre reste prudent.",
                "« Nous verrons », a-t-il prévenu.",
            ),
            (
                "Le ministre a reçu mardi la députée Anne Roux, qui a réclamé une enquête.",
                "Il a affirmé que rien ne pressait.",
            ),
        ] {
            let got = speakers(&[first, second]);
            let last = got.last().unwrap().1.to_lowercase();
            assert_eq!(last, "le ministre", "{got:?}");
        }
    }

    /// Must not: the subject is the one who spoke, or the speaker is of the other gender.
    #[test]
    fn a_subject_who_spoke_or_alone_of_its_gender_stays_the_antecedent() {
        for (first, second) in [
            (
                "Le ministre Paul Girard a déclaré que Marc Leroy mentait.",
                "Il a estimé que le débat était clos.",
            ),
            (
                "Paul Girard a été reçu par la ministre Anne Petit, qui a promis une aide.",
                "Il a assuré que les travaux commenceraient en mai.",
            ),
        ] {
            let got = speakers(&[first, second]);
            assert_eq!(
                got.last().unwrap(),
                &(2, "Paul Girard".to_string()),
                "{got:?}"
            );
        }
    }
}

#[cfg(test)]
mod more_role_nouns_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// « le coach des Aigles Paul Girard », « le candidat des Verts Marc Leroy »: a function
    /// the lexicon's role nouns miss opens a complement as well, so the person's name starts
    /// at the first name and the surname alone later names them in full.
    #[test]
    fn a_function_outside_the_lexicon_opens_a_complement_too() {
        for (article, want) in [
            (
                [
                    "Le coach des Aigles Paul Girard a salué la victoire de son équipe.",
                    "Girard a indiqué ne pas être inquiet.",
                    "« Nous avons bien joué », a-t-il dit.",
                ],
                "Paul Girard",
            ),
            (
                [
                    "Le candidat des Verts Marc Leroy a présenté son programme mardi.",
                    "Leroy a affirmé que la gratuité des transports serait sa priorité.",
                    "« Ce sera financé », a-t-il assuré.",
                ],
                "Marc Leroy",
            ),
        ] {
            let got = speakers(&article);
            assert!(got.iter().skip(1).all(|(_, s)| s == want), "{got:?}");
        }
    }

    /// Must not: a place named after someone keeps its name (« du Lycée Victor Hugo »).
    #[test]
    fn a_coach_of_a_place_named_after_someone_is_not_that_someone() {
        let got = speakers(&[
            "Le coach du Lycée Victor Hugo a réuni les joueurs.",
            "« Nous jouerons dimanche », a-t-il annoncé.",
        ]);
        assert_ne!(got.last().unwrap().1, "Victor Hugo", "{got:?}");
    }
}

#[cfg(test)]
mod opening_attribution_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// « Selon son avocat, Paul Martin a quitté … »: a name after the comma closing an
    /// opening « selon » / « d'après » that runs into the main verb (right away or past a
    /// relative clause, a participle phrase or a date set off by commas) is the clause's
    /// subject, not the role's apposition: neither that attribution nor a later « l'avocat »
    /// names that person.
    #[test]
    fn a_name_running_into_the_main_verb_is_no_apposition_of_the_opening_role() {
        for (article, name) in [
            (
                [
                    "Selon son avocat, Pierre Durand a quitté la ville mardi.",
                    "L'avocat estime que la procédure est irrégulière.",
                ],
                "Pierre Durand",
            ),
            (
                [
                    "Selon son avocat, Pierre Durand, qui était assigné à résidence, a quitté la ville.",
                    "L'avocat affirme que son client a été menacé.",
                ],
                "Pierre Durand",
            ),
            (
                [
                    "D'après sa porte-parole, Claire Moreau, mardi, a refusé de commenter la décision.",
                    "La porte-parole a précisé que la ministre était en déplacement.",
                ],
                "Claire Moreau",
            ),
            (
                [
                    "Selon leur avocat, Marc Lenoir n'a jamais quitté le territoire.",
                    "L'avocat a dénoncé un acharnement.",
                ],
                "Marc Lenoir",
            ),
            (
                [
                    "Selon son entraîneur, Julien Roux, qui s'est blessé dimanche, mais qui a repris l'entraînement, sera aligné samedi.",
                    "L'entraîneur a assuré que le joueur était prêt.",
                ],
                "Julien Roux",
            ),
            (
                [
                    "D'après son directeur, Sophie Lambert, interrogée par la police, est rentrée chez elle.",
                    "Le directeur a indiqué que l'employée avait été entendue.",
                ],
                "Sophie Lambert",
            ),
        ] {
            let rows = speakers(&article);
            assert!(
                rows.len() == 2 && rows.iter().all(|(_, who)| !who.contains(name)),
                "{article:?}: {rows:?}"
            );
        }
    }

    /// Must not: a name in apposition leaves the main clause its own subject (« Selon le
    /// maire, Paul Martin, joint par l'AFP, les dégâts sont importants »), or closes the
    /// sentence; a role and its name opening the sentence as its subject.
    #[test]
    fn a_name_in_apposition_to_the_opening_role_is_its_holder() {
        for (article, name) in [
            (
                [
                    "Selon le maire de Roanne, Paul Martin, joint par l'AFP, les dégâts sont importants.",
                    "« Nous allons reconstruire », a-t-il ajouté.",
                ],
                "Paul Martin",
            ),
            (
                [
                    "Selon le directeur de l'usine, Jean Dupuis, contacté mardi, la production reprendra lundi.",
                    "« Les commandes sont là », a-t-il assuré.",
                ],
                "Jean Dupuis",
            ),
            (
                [
                    "La production reprendra lundi, selon le directeur de l'usine, Jean Dupuis.",
                    "« Les commandes sont là », a-t-il assuré.",
                ],
                "Jean Dupuis",
            ),
            (
                [
                    "Le maire de Roanne, Paul Martin, a déclaré que les dégâts étaient importants.",
                    "Le maire a ajouté que la ville serait reconstruite.",
                ],
                "Paul Martin",
            ),
        ] {
            let rows = speakers(&article);
            assert!(
                rows.len() == 2 && rows.iter().all(|(_, who)| who == name),
                "{article:?}: {rows:?}"
            );
        }
    }
}

#[cfg(test)]
mod unnamed_speaker_between_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// « Me Dupont a plaidé … . L'accusé lui a demandé pardon. « … », a-t-il soufflé »:
    /// someone the rules could not identify (an article and a noun they do not know as a
    /// speaker's) spoke after the last person of the pronoun's gender was named; the pronoun
    /// is likelier theirs than that person's: unresolved, never the person.
    #[test]
    fn a_pronoun_after_an_unidentified_speaker_of_its_gender_is_unresolved() {
        for (article, name) in [
            (
                [
                    "Me Paul Girard a plaidé l'acquittement mardi.",
                    "En fin d'audience, le prévenu a demandé pardon au tribunal.",
                    "« Je regrette », a-t-il murmuré.",
                ],
                "Paul Girard",
            ),
            (
                [
                    "Le procureur Marc Lenoir a requis dix ans de prison.",
                    "L'inculpé a ensuite réclamé la parole.",
                    "« Je suis innocent », a-t-il lancé.",
                ],
                "Marc Lenoir",
            ),
            (
                [
                    "La juge Claire Moreau a lu le verdict dans la soirée.",
                    "L'accusée lui a alors demandé pardon.",
                    "« Je regrette tout », a-t-elle sangloté.",
                ],
                "Claire Moreau",
            ),
            (
                [
                    "Me Sophie Bernard a demandé la relaxe.",
                    "La prévenue a ensuite demandé à être entendue.",
                    "Selon elle, les témoins ont menti.",
                ],
                "Sophie Bernard",
            ),
            (
                [
                    "Le substitut Pierre Durand a requis cinq ans.",
                    "Le détenu a alors interpellé la cour.",
                    "« On m'a piégé », a-t-il crié.",
                ],
                "Pierre Durand",
            ),
        ] {
            let rows = speakers(&article);
            let third = rows.iter().find(|(s, _)| *s == 3).map(|(_, n)| n.as_str());
            assert!(third.is_some_and(|n| n != name), "{article:?}: {rows:?}");
        }
    }

    /// Must not: the unidentified speaker came before the person was named, is of the other
    /// gender, tells no gender (« on »), or is a demonstrative taking the person up.
    #[test]
    fn an_unidentified_speaker_before_or_of_the_other_gender_leaves_the_pronoun_its_person() {
        for (article, name) in [
            (
                [
                    "Le prévenu a demandé pardon au tribunal.",
                    "Me Paul Girard a ensuite plaidé l'acquittement.",
                    "« Il regrette », a-t-il ajouté.",
                ],
                "Paul Girard",
            ),
            (
                [
                    "La maire Claire Moreau a reçu les habitants mardi.",
                    "Le prévenu a demandé pardon au tribunal.",
                    "« Nous reconstruirons », a-t-elle promis.",
                ],
                "Claire Moreau",
            ),
            (
                [
                    "Le maire Paul Martin a visité le chantier mardi.",
                    "On assure à la mairie que les travaux reprendront.",
                    "« Nous tiendrons les délais », a-t-il affirmé.",
                ],
                "Paul Martin",
            ),
            (
                [
                    "Le porte-parole de l'armée, Marc Lenoir, a démenti toute attaque.",
                    "Ce porte-parole a souligné que la situation était sous contrôle.",
                    "« Nous tenons la ville », a-t-il ajouté.",
                ],
                "Marc Lenoir",
            ),
        ] {
            let rows = speakers(&article);
            assert_eq!(
                rows.iter().find(|(s, _)| *s == 3).map(|(_, n)| n.as_str()),
                Some(name),
                "{article:?}: {rows:?}"
            );
        }
    }
}

#[cfg(test)]
mod possessive_role_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// « Selon son avocat, Pierre Durand a quitté la ville. « … », a-t-il ajouté »: a role
    /// after a possessive (« son », « sa », « leur ») tells its gender by its noun's form, as
    /// after « l' », so the pronoun may continue it rather than skip it for the person named.
    #[test]
    fn a_role_after_a_possessive_is_who_the_pronoun_continues() {
        for (article, speaker) in [
            (
                vec![
                    "Selon son avocat, Pierre Durand a quitté la ville mardi.",
                    "« Il est innocent », a-t-il ajouté.",
                ],
                "son avocat",
            ),
            (
                vec![
                    "D'après son avocate, Paul Girard sera libéré jeudi.",
                    "« La procédure est irrégulière », a-t-elle ajouté.",
                ],
                "son avocate",
            ),
            (
                vec![
                    "Selon sa directrice, Julie Roux quittera l'école en juin.",
                    "« Elle nous manquera », a-t-elle confié.",
                ],
                "sa directrice",
            ),
            (
                vec![
                    "Selon leur président, les salariés du site seront reclassés.",
                    "Selon lui, aucun licenciement n'est prévu.",
                ],
                "leur président",
            ),
            (
                vec![
                    "Le maire Paul Martin a présenté le budget mardi.",
                    "Son adjoint a démenti toute hausse des impôts.",
                    "« Nous tiendrons », a-t-il ajouté.",
                ],
                "Son adjoint",
            ),
        ] {
            let rows = speakers(&article);
            let last = article.len();
            assert_eq!(
                rows.iter()
                    .find(|(s, _)| *s == last)
                    .map(|(_, n)| n.as_str()),
                Some(speaker),
                "{article:?}: {rows:?}"
            );
        }
    }

    /// Must not: a possessive role of the other gender, or a possessive on a thing.
    #[test]
    fn a_possessive_role_of_the_other_gender_or_a_thing_is_not_taken() {
        for (article, speaker) in [
            (
                [
                    "Selon son avocat, Claire Moreau a quitté la ville mardi.",
                    "« Je reviendrai », a-t-elle déclaré.",
                ],
                "Claire Moreau",
            ),
            (
                [
                    "Le maire Paul Martin a présenté son budget mardi.",
                    "« Nous tiendrons », a-t-il ajouté.",
                ],
                "Paul Martin",
            ),
        ] {
            let rows = speakers(&article);
            assert_eq!(
                rows.iter().find(|(s, _)| *s == 2).map(|(_, n)| n.as_str()),
                Some(speaker),
                "{article:?}: {rows:?}"
            );
        }
    }
}

#[cfg(test)]
mod figures_group_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// « 18 groupes armés ont boycotté le dialogue. Ils protestent … »: a group counted in
    /// figures is plural, as one counted in words (« Trois groupes »), and its noun (not the
    /// number) tells whether it can speak; a later « ils », « selon eux » stands for it, not
    /// for a group named before it.
    #[test]
    fn a_group_counted_in_figures_is_what_ils_stands_for() {
        for (article, group) in [
            (
                [
                    "Les syndicats ont dénoncé la réforme mardi.",
                    "18 groupes armés ont également boycotté le dialogue.",
                    "Ils protestent contre la non-satisfaction de leurs demandes.",
                ],
                "18 groupes armés",
            ),
            (
                [
                    "La direction a présenté son plan lundi.",
                    "Dimanche, 300 manifestants ont défilé dans le centre-ville.",
                    "Selon eux, la réforme menace l'emploi.",
                ],
                "300 manifestants",
            ),
            (
                [
                    "Les élus ont voté le budget jeudi.",
                    "40 salariés de l'usine ont occupé le site vendredi.",
                    "« Nous resterons jusqu'au bout », ont-ils prévenu.",
                ],
                "40 salariés de l'usine",
            ),
            (
                [
                    "Le gouvernement a annoncé des mesures.",
                    "12 associations ont saisi le tribunal administratif.",
                    "Elles estiment que l'arrêté est illégal.",
                ],
                "12 associations",
            ),
            (
                [
                    "Les avocats ont plaidé la relaxe.",
                    "En fin de matinée, 25 habitants du quartier ont rencontré le maire.",
                    "Ils ont affirmé que les nuisances duraient depuis des mois.",
                ],
                "25 habitants du quartier",
            ),
        ] {
            let rows = speakers(&article);
            assert_eq!(
                rows.iter().find(|(s, _)| *s == 3).map(|(_, n)| n.as_str()),
                Some(group),
                "{article:?}: {rows:?}"
            );
        }
    }

    /// Must not: a count of things that cannot speak leaves « ils » to the group before.
    #[test]
    fn a_count_of_things_is_no_group_that_speaks() {
        let article = [
            "Les syndicats ont dénoncé la réforme mardi.",
            "300 voitures ont été incendiées dans la nuit.",
            "Ils réclament des indemnités.",
        ];
        let rows = speakers(&article);
        assert_eq!(
            rows.iter().find(|(s, _)| *s == 3).map(|(_, n)| n.as_str()),
            Some("Les syndicats"),
            "{rows:?}"
        );
    }
}

#[cfg(test)]
mod function_read_as_body_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// « Selon le principal adjoint du collège X, Marc Lenoir, joint par l'AFP, … »: a
    /// person's function the rules read as a body (« le » or « la », a common noun that is
    /// no body's and no document's) takes the name in apposition, as a role does, and the
    /// pronoun after it names that person.
    #[test]
    fn a_function_read_as_a_body_takes_the_name_in_apposition() {
        for (article, name) in [
            (
                [
                    "Selon le principal adjoint du collège Jean-Moulin, Marc Lenoir, joint par l'AFP, les élèves sont rentrés chez eux.",
                    "« Nous avons prévenu les familles », a-t-il ajouté.",
                ],
                "Marc Lenoir",
            ),
            (
                [
                    "Selon le principal du collège Jean-Moulin, Marc Lenoir, les élèves sont rentrés chez eux.",
                    "Il a affirmé que les familles avaient été prévenues.",
                ],
                "Marc Lenoir",
            ),
            (
                [
                    "Selon la principale adjointe du collège Pasteur, Claire Moreau, les cours reprendront lundi.",
                    "« Tout est prêt », a-t-elle assuré.",
                ],
                "Claire Moreau",
            ),
            (
                [
                    "D'après la principale du collège Victor-Hugo, Sophie Lambert, contactée mardi, la grille sera réparée.",
                    "Selon elle, les dégâts sont limités.",
                ],
                "Sophie Lambert",
            ),
            (
                [
                    "Selon le principal du collège Jean-Jaurès, Julien Roux, interrogé par France Bleu, l'alerte a été levée.",
                    "« Les enseignants sont prêts », a-t-il précisé.",
                ],
                "Julien Roux",
            ),
        ] {
            let rows = speakers(&article);
            assert!(
                rows.len() == 2 && rows.iter().all(|(_, who)| who == name),
                "{article:?}: {rows:?}"
            );
        }
    }

    /// Must not: a body, a document or a plural source before a name, whether the name is
    /// the clause's subject or in apposition.
    #[test]
    fn a_body_or_a_document_keeps_its_name_apart() {
        for (sentence, name) in [
            (
                "Selon la mairie de Lyon, Paul Martin, qui a dirigé le chantier, a quitté ses fonctions.",
                "Paul Martin",
            ),
            (
                "Selon le rapport du Sénat, Paul Martin, qui a dirigé la mission, a commis des erreurs.",
                "Paul Martin",
            ),
            (
                "D'après les rapports, Marc Lenoir, le réalisateur, a été récompensé.",
                "Marc Lenoir",
            ),
        ] {
            let rows = speakers(&[sentence]);
            assert!(
                !rows.is_empty() && rows.iter().all(|(_, who)| who != name),
                "{sentence}: {rows:?}"
            );
        }
    }
}

#[cfg(test)]
mod role_taken_up_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// Asserts that the article has claims past its first sentence (segments after 1), all
    /// naming `name`.
    fn assert_later_rows_name(article: &[&str], name: &str) {
        let rows = speakers(article);
        let later: Vec<&(usize, String)> = rows.iter().filter(|(s, _)| *s > 1).collect();
        assert!(
            !later.is_empty() && later.iter().all(|(_, who)| who == name),
            "{article:?}: {rows:?}"
        );
    }

    /// « le maire X … L'élu estime … », « le juge Y … Le magistrat a estimé … »: a generic
    /// noun takes up the one person the article named with a function it covers; the
    /// pronoun after it names that person too.
    #[test]
    fn a_generic_noun_is_the_one_holder_of_a_function_it_covers() {
        for (article, name) in [
            (
                vec![
                    "Le maire Jacques Fournier a présenté le budget mardi.",
                    "L'élu estime que la dette reste maîtrisée.",
                ],
                "Jacques Fournier",
            ),
            (
                vec![
                    "« Nous irons jusqu'au bout », a lancé la sénatrice Hélène Marchal.",
                    "L'élue assure que le texte sera voté avant l'été.",
                ],
                "Hélène Marchal",
            ),
            (
                vec![
                    "Le juge Olivier Caron a rejeté la demande de remise en liberté.",
                    "Le magistrat a estimé que les garanties étaient insuffisantes.",
                ],
                "Olivier Caron",
            ),
            (
                vec![
                    "Didier Morin, député de la Somme, a déposé un amendement jeudi.",
                    "Le parlementaire juge que la mesure est injuste.",
                ],
                "Didier Morin",
            ),
            (
                vec![
                    "L'ambassadeur Thomas Renaud a reçu les familles lundi.",
                    "Le diplomate a promis que chaque dossier serait suivi.",
                ],
                "Thomas Renaud",
            ),
            (
                vec![
                    "Le colonel Rachid Benali a dirigé l'opération dans la nuit.",
                    "L'officier a affirmé que la zone était sécurisée.",
                    "Il a ajouté que deux suspects étaient en fuite.",
                ],
                "Rachid Benali",
            ),
            (
                vec![
                    "Le bourgmestre Marc Dewitte a fermé le parc communal.",
                    "L'édile a expliqué que les arbres menaçaient de tomber.",
                ],
                "Marc Dewitte",
            ),
        ] {
            assert_later_rows_name(&article, name);
        }
    }

    /// Must not: two holders of functions the noun covers (in one sentence or two), a holder
    /// of the other gender, only a function it does not cover, or a holder last named beyond
    /// a pronoun's reach: the noun stays as written.
    #[test]
    fn a_generic_noun_with_two_holders_or_none_stays_as_written() {
        for (article, written) in [
            (
                vec![
                    "Le maire Jacques Fournier et le député Paul Girard ont visité le chantier.",
                    "L'élu a affirmé que les travaux seraient finis en mai.",
                ],
                "L'élu",
            ),
            (
                vec![
                    "Le maire Jacques Fournier a visité le chantier mardi.",
                    "La conseillère régionale Anne Vidal l'accompagnait.",
                    "L'élu a affirmé que les travaux seraient finis en mai.",
                ],
                "L'élu",
            ),
            (
                vec![
                    "Le maire Jacques Fournier a présenté le budget mardi.",
                    "L'élue estime que la dette est trop lourde.",
                ],
                "L'élue",
            ),
            (
                vec![
                    "Le procureur Alain Roche a requis dix ans de prison.",
                    "L'élu a dénoncé une peine trop lourde.",
                ],
                "L'élu",
            ),
            (
                vec![
                    "Le directeur Paul Lemaire a fermé l'usine.",
                    "Le magistrat a estimé que la fermeture était légale.",
                ],
                "Le magistrat",
            ),
            (
                vec![
                    "Le maire Jacques Fournier a présenté le budget mardi.",
                    "La séance a duré trois heures.",
                    "Le budget atteint deux millions d'euros.",
                    "Les travaux commenceront en mars.",
                    "L'élu a affirmé que la piscine serait rénovée.",
                ],
                "L'élu",
            ),
        ] {
            let rows = speakers(&article);
            assert!(
                rows.iter().any(|(s, who)| *s > 1 && who == written),
                "{article:?}: {rows:?}"
            );
        }
    }

    /// « le président colombien » for « le président de Colombie, X »: an adjective of
    /// nationality and the country's name tell the same function, either way round.
    #[test]
    fn a_nationality_adjective_matches_the_country_of_the_role() {
        for (article, name) in [
            (
                vec![
                    "Le président du Sénégal, Moussa Diallo, a reçu son homologue mardi.",
                    "Le président sénégalais a affirmé que les deux pays resteraient unis.",
                ],
                "Moussa Diallo",
            ),
            (
                vec![
                    "Le président tunisien Karim Haddad a annoncé un remaniement.",
                    "Le président de la Tunisie a précisé que trois ministres partiraient.",
                ],
                "Karim Haddad",
            ),
            (
                vec![
                    "Le ministre de l'Intérieur du Maroc, Youssef Alami, a visité la frontière.",
                    "Le ministre marocain a assuré que la surveillance serait renforcée.",
                    "Il a ajouté que des renforts arriveraient lundi.",
                ],
                "Youssef Alami",
            ),
            (
                vec![
                    "L'ambassadrice de France, Claire Vidal, a convoqué la presse.",
                    "L'ambassadrice française a déclaré que l'ambassade resterait ouverte.",
                ],
                "Claire Vidal",
            ),
            (
                vec![
                    "Le Premier ministre du Canada, Marc Tremblay, a quitté le sommet.",
                    "Le Premier ministre canadien a dénoncé un texte trop faible.",
                ],
                "Marc Tremblay",
            ),
            (
                vec![
                    "La secrétaire d'État des États-Unis, Karen Miller, a rencontré les rebelles.",
                    "La secrétaire d'État américaine a jugé que le cessez-le-feu tiendrait.",
                ],
                "Karen Miller",
            ),
            (
                vec![
                    "L'ambassadeur du Royaume-Uni, John Carter, a été convoqué jeudi.",
                    "L'ambassadeur britannique a assuré que Londres respecterait l'accord.",
                ],
                "John Carter",
            ),
            (
                vec![
                    "Le ministre de l'Économie de l'Allemagne, Klaus Weber, est arrivé à Paris.",
                    "Le ministre allemand a estimé que la croissance reprendrait.",
                ],
                "Klaus Weber",
            ),
        ] {
            assert_later_rows_name(&article, name);
        }
    }

    /// Must not: the adjective of another country, or of a country whose name only begins
    /// like the role's (« nigérian » is not « du Niger », « mauricien » not « de la
    /// Mauritanie », « slovaque » not « de la Slovénie »).
    #[test]
    fn another_nationality_is_not_the_role_s_country() {
        for (article, name) in [
            [
                "Le président du Sénégal, Moussa Diallo, a reçu son homologue mardi.",
                "Le président malien a affirmé que les deux pays resteraient unis.",
            ],
            [
                "Le ministre de l'Intérieur du Niger, Issa Moussa, a visité la frontière.",
                "Le ministre nigérian a assuré que la surveillance serait renforcée.",
            ],
            [
                "Le ministre de la Santé de la Mauritanie, Sidi Ould Ahmed, a visité l'hôpital.",
                "Le ministre mauricien a assuré que les vaccins arriveraient.",
            ],
            [
                "Le président de la Slovénie, Janez Novak, a ouvert le sommet.",
                "Le président slovaque a affirmé que l'accord était proche.",
            ],
            [
                "L'ambassadeur du Canada, Paul Gagnon, a été convoqué jeudi.",
                "L'ambassadeur américain a assuré que Washington respecterait l'accord.",
            ],
            [
                "Le ministre de la Défense de la Belgique, Luc Peeters, est arrivé à Paris.",
                "Le ministre allemand a estimé que la mission serait prolongée.",
            ],
            [
                "Le président de Colombie, Andres Rojas, a répondu à Tom Baker, le président des États-Unis.",
                "Le président vénézuélien a appelé au calme.",
            ],
        ]
        .map(|a| (a, a[0]))
        {
            let rows = speakers(&article);
            assert!(
                rows.iter()
                    .filter(|(s, _)| *s > 1)
                    .all(|(_, who)| !name.contains(who.as_str())),
                "{article:?}: {rows:?}"
            );
        }
    }
}

#[cfg(test)]
mod body_in_full_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// « Le ministère libanais de la Santé annonce … « … », indique le ministère. Il ajoute
    /// … »: the pronoun names the body as the article first gave it, its short form staying
    /// as written where the sentence writes it.
    #[test]
    fn a_pronoun_after_a_body_s_short_form_names_it_in_full() {
        for (article, short, full) in [
            (
                [
                    "Le ministère malien de la Défense a annoncé la mort de deux soldats.",
                    "« Les recherches continuent », a indiqué le ministère.",
                    "Il a ajouté que trois blessés avaient été évacués.",
                ],
                "le ministère",
                "Le ministère malien de la Défense",
            ),
            (
                [
                    "La préfecture du Rhône a interdit la manifestation de samedi.",
                    "La préfecture évoque des risques de troubles.",
                    "Elle précise que des renforts seront déployés.",
                ],
                "La préfecture",
                "La préfecture du Rhône",
            ),
            (
                [
                    "L'armée burkinabè a affirmé avoir repoussé une attaque dans le nord.",
                    "L'armée assure que la zone est sous contrôle.",
                    "Selon elle, une dizaine d'assaillants ont été tués.",
                ],
                "L'armée",
                "L'armée burkinabè",
            ),
            (
                [
                    "Le parquet de Lille a annoncé l'ouverture d'une enquête pour homicide.",
                    "Le parquet précise que l'autopsie aura lieu lundi.",
                    "Il ajoute que le suspect est en fuite.",
                ],
                "Le parquet",
                "Le parquet de Lille",
            ),
            (
                [
                    "Le syndicat national des enseignants a appelé à la grève jeudi.",
                    "Le syndicat estime que les salaires sont trop bas.",
                    "Il réclame une hausse de dix pour cent.",
                ],
                "Le syndicat",
                "Le syndicat national des enseignants",
            ),
        ] {
            let rows = speakers(&article);
            let who = |s: usize| rows.iter().find(|(n, _)| *n == s).map(|(_, w)| w.as_str());
            assert_eq!(
                (who(2), who(3)),
                (Some(short), Some(full)),
                "{article:?}: {rows:?}"
            );
        }
    }

    /// Must not: two bodies with the short form's noun (either may be meant), another head
    /// noun, or a word of the short form the longer one lacks: the pronoun names the short
    /// form it stands for.
    #[test]
    fn a_short_form_with_two_longer_ones_or_another_word_stays_short() {
        for (article, short) in [
            (
                vec![
                    "Le ministère de la Santé a annoncé trois nouveaux cas.",
                    "Le ministère de l'Intérieur a démenti toute fermeture des frontières.",
                    "Le ministère a précisé que les écoles resteraient ouvertes.",
                    "Il a ajouté que les masques seraient gratuits.",
                ],
                "Le ministère",
            ),
            (
                vec![
                    "Le ministère de la Santé a annoncé trois nouveaux cas.",
                    "La préfecture a précisé que les écoles resteraient ouvertes.",
                    "Elle a ajouté que les masques seraient gratuits.",
                ],
                "La préfecture",
            ),
            (
                vec![
                    "Le parquet de Lille a ouvert une enquête pour fraude.",
                    "Le parquet financier a précisé que les comptes avaient été gelés.",
                    "Il ajoute que deux banques sont visées.",
                ],
                "Le parquet financier",
            ),
        ] {
            let rows = speakers(&article);
            let last = article.len();
            assert!(
                rows.iter().any(|(n, who)| *n == last && who == short),
                "{article:?}: {rows:?}"
            );
        }
    }
}

#[cfg(test)]
mod apposed_function_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// The rows of the article's sentences after its first.
    fn later_rows(article: &[&str]) -> Vec<String> {
        let first = speakers(&article[..1]).len();
        speakers(article)
            .into_iter()
            .skip(first)
            .map(|(_, who)| who)
            .collect()
    }

    /// « le colonel X, ministre de la Sécurité, … « … », a indiqué le ministre. Selon lui »:
    /// a rank or title before the name and a function apposed after it (with or without its
    /// article) are both roles of that person; the function taken up later names them.
    #[test]
    fn a_function_apposed_after_a_titled_name_is_taken_up_by_that_name() {
        for (article, name) in [
            (
                vec![
                    "Le bilan dressé par le colonel Paul Sanou, ministre de la Sécurité, fait état d'un mort.",
                    "« Des maisons ont été pillées », a indiqué le ministre.",
                    "Selon lui, dix personnes ont été arrêtées.",
                ],
                "Paul Sanou",
            ),
            (
                vec![
                    "Le général Ousmane Diallo, le chef d'état-major, a visité le camp mardi.",
                    "Le chef d'état-major a assuré que les renforts arriveraient.",
                ],
                "Ousmane Diallo",
            ),
            (
                vec![
                    "Interrogé par la radio, le docteur Yves Lemaire, directeur de l'hôpital, a demandé des lits.",
                    "Le directeur a ajouté que le service était saturé.",
                ],
                "Yves Lemaire",
            ),
            (
                vec![
                    "Le capitaine Hugo Ferrand, porte-parole des pompiers, était sur place hier.",
                    "« Le feu est fixé », a déclaré le porte-parole.",
                ],
                "Hugo Ferrand",
            ),
            (
                vec![
                    "La commissaire Claire Vidal, la directrice de la police, a présenté les chiffres.",
                    "La directrice a estimé que la délinquance reculait.",
                    "Elle a aussi annoncé trois recrutements.",
                ],
                "Claire Vidal",
            ),
        ] {
            let rows = later_rows(&article);
            assert!(
                !rows.is_empty() && rows.iter().all(|who| who == name),
                "{article:?}: {rows:?}"
            );
        }
    }

    /// Must not: a function apposed to someone else's name (the object of the verb, the
    /// second of two people) is not the first person's, and two holders of the function
    /// named together leave it to neither.
    #[test]
    fn a_function_apposed_to_another_name_is_not_the_first_person_s() {
        for (article, not) in [
            (
                vec![
                    "Le colonel Paul Sanou a reçu Marc Kaboré, ministre de la Santé, lundi.",
                    "« Les hôpitaux manquent de tout », a déclaré le ministre.",
                ],
                "Paul Sanou",
            ),
            (
                vec![
                    "Le général Ousmane Diallo a salué Issa Traoré, le chef de la police.",
                    "Le chef de la police a assuré que l'enquête avançait.",
                ],
                "Ousmane Diallo",
            ),
            (
                vec![
                    "Le docteur Yves Lemaire, directeur de l'hôpital, et Marc Roux, directeur de la clinique, ont signé un accord.",
                    "Le directeur a affirmé que les lits seraient partagés.",
                ],
                "Yves Lemaire",
            ),
            (
                vec![
                    "Le docteur Yves Lemaire, directeur de l'hôpital, et Marc Roux, directeur de la clinique, ont signé un accord.",
                    "Le directeur a affirmé que les lits seraient partagés.",
                ],
                "Marc Roux",
            ),
            (
                vec![
                    "Le capitaine Hugo Ferrand a croisé Léa Morel, porte-parole de la mairie.",
                    "La porte-parole a démenti toute fermeture.",
                ],
                "Hugo Ferrand",
            ),
        ] {
            let rows = later_rows(&article);
            assert!(
                !rows.is_empty() && rows.iter().all(|who| who != not),
                "{article:?}: {rows:?}"
            );
        }
    }

    /// « le député de Cité Soleil, X »: a place of several capitalized words in the role's
    /// complement, the name set apart by a comma, leaves the role X's; the role or a pronoun
    /// later names X.
    #[test]
    fn a_role_whose_place_has_several_capitalized_words_is_the_apposed_name_s() {
        for (article, name) in [
            (
                [
                    "Le maire de Grand Bassam, Kouassi Yao, a visité le marché incendié.",
                    "« Tout sera reconstruit », a promis le maire.",
                ],
                "Kouassi Yao",
            ),
            (
                [
                    "La préfète de Seine Maritime, Camille Morel, a visité le chantier lundi.",
                    "« Les travaux seront finis en mai », a assuré la préfète.",
                ],
                "Camille Morel",
            ),
            (
                [
                    "Le gouverneur de Port Gentil, Ndong Obiang, a inspecté la digue.",
                    "Le gouverneur a affirmé que trois quartiers étaient inondés.",
                ],
                "Ndong Obiang",
            ),
            (
                [
                    "Le député de Petit Goâve, Almétis Junior, a visité les lieux du drame.",
                    "Le député a dénoncé la passivité de la police.",
                ],
                "Almétis Junior",
            ),
            (
                [
                    "La sénatrice de Val Fleuri, Dominique Revillon, a visité le parc.",
                    "Selon la sénatrice, le parc restera fermé tout l'été.",
                ],
                "Dominique Revillon",
            ),
        ] {
            let rows = later_rows(&article);
            assert!(
                !rows.is_empty() && rows.iter().all(|who| who == name),
                "{article:?}: {rows:?}"
            );
        }
    }

    /// Must not: without a comma the capitals may open the name (« de la Santé Khalid Ait
    /// Taleb » is not « Ait Taleb »), and a capitalized name after a lowercase word of the
    /// complement is another person's, whose role the apposed name does not take.
    #[test]
    fn capitals_running_into_the_name_or_another_person_s_keep_the_role_apart() {
        let rows = later_rows(&[
            "Le ministre de la Santé Khalid Ait Taleb a démenti l'existence d'un foyer.",
            "« Il n'y a aucun foyer », a déclaré le ministre.",
        ]);
        assert_eq!(rows, ["Khalid Ait Taleb"]);
        let rows = later_rows(&[
            "Le maire de Grand Bassam Kouassi Yao a visité le marché incendié.",
            "« Tout sera reconstruit », a promis le maire.",
        ]);
        assert!(
            rows.len() == 1 && ["le maire", "Kouassi Yao"].contains(&rows[0].as_str()),
            "{rows:?}"
        );
        for (article, not) in [
            (
                [
                    "La conseillère du président américain Joe Biden, Camille Morel, a visité le chantier.",
                    "« Les travaux seront finis en mai », a assuré le président.",
                ],
                "Camille Morel",
            ),
            (
                [
                    "L'assistant du sénateur Paul Ndong Obiang, Marc Ella, a inspecté la digue.",
                    "« La digue tiendra », a affirmé le sénateur.",
                ],
                "Marc Ella",
            ),
            (
                [
                    "Le chauffeur du député Almétis Junior, Paul Roux, a témoigné.",
                    "Le député a dénoncé la passivité de la police.",
                ],
                "Paul Roux",
            ),
        ] {
            let rows = later_rows(&article);
            assert!(
                !rows.is_empty() && rows.iter().all(|who| who != not),
                "{article:?}: {rows:?}"
            );
        }
    }
}
