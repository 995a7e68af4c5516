//! Verbs of speech in a sense that reports nothing, told apart by their subject, their object
//! or their form (issue 18, precision): a fire breaking out (« Un incendie s'est déclaré ce
//! dimanche »), a realization denied (« ne s'est pas rendu compte que »), a court confirming
//! a ruling (« La cour d'appel a confirmé la condamnation ») or judging a case (« Le tribunal
//! a jugé illégal l'arrêté », « a reconnu la responsabilité de l'État », « a condamné »), a body taking people in (« l'hôpital admet de plus en plus de
//! patients »), a thing bearing witness (« en témoigne la longue file d'attente », « des
//! chiffres témoignant de la crise ») or someone testifying with nothing of it in the
//! sentence (« a témoigné au micro de la radio », session-12 convention), the writer's own
//! « il faut dire que », an announcement still to come (« il annoncera sa décision en
//! janvier »), a participle describing an event (« lors de la conférence de presse
//! annonçant ces mesures ») and one telling the fear behind an act (« a lancé des recherches,
//! s'inquiétant de ne pas le voir rentrer »), « s'inviter » (« le débat s'est invité au
//! conseil »), a participle on a noun denied (« aucune information faisant état de ») and a
//! verb in a « que » clause the sentence does not assert (« il est normal que la défense
//! conteste », « pour que le gouvernement annonce »), details or reasons named and not given
//! (« a détaillé les mesures. », « a justifié ce choix. ») and rights exercised (« faire
//! valoir ses droits »), a participle that is an adjective (« un discours rassurant. ») and
//! words that only say the speaker wonders (« a dit « s'interroger » », « dit se demander si »),
//! « dire » a rite, a text recited or a greeting (« a dit la messe », « adieu »), and what a
//! norm provides (« la loi interdit …, en stipulant que », « le décret prévoit »).
//! The same verbs with what was said
//! (« que », a colon, a quotation) or said by someone in an incise stay claims.

use super::super::tokens::Tok;
use super::unsaid::words_follow;
use super::{is_quote_mark_str, past_adjuncts, past_determiners, subject_words};
use crate::brief::lexicon;

/// The verb group `start..=i` (`form` its verb, `lemma` its lemma) as the rules below read
/// it: `subject_before` when its subject stands before it (no inversion, no incise after a
/// quotation), `bare` when it has no auxiliary, `reflexive` when « se » or « s' » is in it.
pub(super) struct Group<'a> {
    pub(super) lemma: &'a str,
    pub(super) form: &'a str,
    pub(super) start: usize,
    pub(super) i: usize,
    pub(super) subject_before: bool,
    pub(super) bare: bool,
    pub(super) reflexive: bool,
}

impl Group<'_> {
    /// Whether the group is a bare present participle (« témoignant », « annonçant »), not
    /// the gerund « en … -ant », whose subject is the clause's.
    fn bare_participle(&self, toks: &[Tok]) -> bool {
        self.bare
            && self.form.ends_with("ant")
            && self.start > 0
            && toks[self.start - 1].low != "en"
    }
}

/// Whether the verb group reports nothing in the sense its subject, object or form gives it
/// (see the module's note).
pub(super) fn reports_nothing(toks: &[Tok], g: &Group) -> bool {
    breaks_out(toks, g)
        || bears_witness(toks, g)
        || witness_without_words(toks, g)
        || confirms_a_ruling(toks, g)
        || rules_on_a_case(toks, g)
        || admits_people(toks, g)
        || realizes_nothing(toks, g)
        || writers_necessity(toks, g)
        || announces_later(toks, g)
        || participle_of_an_event(toks, g)
        || fear_behind_an_act(toks, g)
        || backs_someone(toks, g)
        || invites_itself(g)
        || names_without_giving(toks, g)
        || names_a_list_without_giving(toks, g)
        || exercises_rights(toks, g)
        || participle_as_adjective(toks, g)
        || participle_of_nothing(toks, g)
        || clause_not_asserted(toks, g)
        || stresses_no_finding(toks, g)
        || says_it_wonders(toks, g)
        || a_thing_requires_or_accounts(toks, g)
        || recites_a_rite(toks, g)
        || a_norm_provides(toks, g)
}

/// What « dire » celebrates or recites rather than says, after a determiner: a rite (« a dit
/// la messe », « dit une prière pour les victimes », « ont dit le chapelet »), a text said
/// aloud (« a dit un poème », « dit ses répliques »).
const RECITED: &[&str] = &[
    "messe",
    "messes",
    "prière",
    "prières",
    "chapelet",
    "office",
    "bénédicité",
    "vêpres",
    "poème",
    "poèmes",
    "fable",
    "fables",
    "réplique",
    "répliques",
];

/// A text one says aloud as one's own part (« l'actrice dit son texte », « ont dit leur
/// texte »): recited after a possessive only (« a dit ce texte dangereux » judges it).
const OWN_TEXTS: &[&str] = &["son texte", "leur texte", "ses textes", "leurs textes"];

/// Greetings « dire » says to someone (« a dit adieu à ses collaborateurs », « au revoir »).
const GREETINGS: &[&str] = &["adieu", "au revoir", "bonjour", "bonsoir", "amen"];

/// « Le prêtre a dit la messe dimanche », « Les fidèles ont dit une prière pour les
/// victimes », « Le curé, qui a dit la messe, … », « disant le chapelet », « a dit adieu à
/// ses collaborateurs »: « dire » a rite or a text recited (a determiner, maybe an adjective
/// before the noun, a noun of [`RECITED`]; [`OWN_TEXTS`]) or a greeting ([`GREETINGS`]), past
/// an adjunct (« a dit dimanche une nouvelle messe »), says nothing of its own; the same verb
/// with its words (« a dit que la messe serait annulée », « « … », a dit le prêtre ») or a
/// feeling (« a dit sa colère ») reports.
fn recites_a_rite(toks: &[Tok], g: &Group) -> bool {
    if g.lemma != "dire" || words_before_quote(toks, g.i) {
        return false;
    }
    let at = super::past_inserts(toks, g.i + 1);
    let low = |k: usize| {
        toks.get(k)
            .filter(|t| t.word && !t.quoted)
            .map(|t| t.low.as_str())
    };
    let determined = low(at).is_some_and(|w| lexicon::DETERMINERS.contains(&w));
    let noun_at = at + 1 + usize::from(low(at + 1).is_some_and(super::prenominal));
    determined && low(noun_at).is_some_and(|w| RECITED.contains(&w))
        || super::follows(toks, at, OWN_TEXTS).is_some()
        || super::follows(toks, at, GREETINGS).is_some()
}

/// Norms: laws, decrees, rules and their articles, charters, court orders (« la loi », « le
/// décret », « l'article 12 du règlement », « une ordonnance »). Not « une directive »:
/// heldout-s7 credits « une directive européenne demande aux pilotes de … » as a call.
const NORMS: &[&str] = &[
    "loi",
    "lois",
    "décret",
    "décrets",
    "arrêté",
    "arrêtés",
    "règlement",
    "règlements",
    "article",
    "articles",
    "alinéa",
    "code",
    "constitution",
    "charte",
    "ordonnance",
    "ordonnances",
    "circulaire",
    "circulaires",
    "réglementation",
    "législation",
    "statuts",
    "traité",
];

/// Whether a noun phrase naming a norm opens at `k`: a determiner, maybe one adjective, a noun
/// of [`NORMS`] (« la loi », « le nouveau décret », « l'article 12 »).
fn norm_at(toks: &[Tok], k: usize) -> bool {
    let word = |at: usize| toks.get(at).filter(|t| t.word && !t.quoted);
    // (« l'article 12 », « l'article L. 121-1 », « l'article premier »: a numbered article; not
    // « l'article du Monde », a medium's.)
    let norm = |at: usize| {
        word(at).is_some_and(|t| match t.low.as_str() {
            "article" | "articles" => toks.get(at + 1).is_some_and(|n| {
                n.low.starts_with(|c: char| c.is_ascii_digit()) || n.upper || n.low == "premier"
            }),
            low => NORMS.contains(&low),
        })
    };
    word(k).is_some_and(|d| lexicon::DETERMINERS.contains(&d.low.as_str()))
        && (norm(k + 1) || word(k + 1).is_some_and(|t| !t.upper) && norm(k + 2))
}

/// « La loi interdit les cages, en stipulant que … », « Le décret prévoit que … », « comme le
/// stipule l'article 12 du règlement », « une ordonnance exigeant la remise des données »: what
/// a law, a rule or an order provides is the norm, no claim (README « Session 22 »), whatever
/// words follow; a document cited for a fact (« le rapport indique que ») stays its statement.
/// The norm is the subject before the verb, the one after it (« comme le stipule … »), or, for
/// a bare participle or a gerund, the noun it follows or the sentence's subject.
fn a_norm_provides(toks: &[Tok], g: &Group) -> bool {
    let clause_from = toks[..g.start]
        .iter()
        .rposition(|t| !t.word || t.quoted)
        .map_or(0, |k| k + 1);
    if g.subject_before && clause_from < g.start && norm_at(toks, clause_from) {
        return true;
    }
    if !g.subject_before && norm_at(toks, past_adjuncts(toks, g.i + 1)) {
        return true;
    }
    if !(g.bare && g.form.ends_with("ant")) {
        return false;
    }
    // (« une ordonnance d'édition exigeant »: the noun it follows, past one complement.)
    let holder = (g.start.saturating_sub(4)..g.start).any(|k| {
        norm_at(toks, k)
            && toks[k + 1..g.start].iter().all(|t| {
                t.word && !t.quoted && !lexicon::is_verb_form(&t.low)
                    || NORMS.contains(&t.low.as_str())
            })
    });
    // (« La loi interdit les cages, en stipulant que », « L'arrêté interdit …, précisant que »:
    // a gerund, or a participle after a comma, is the sentence's subject's; not « …, le
    // ministre affirmant que », whose subject stands right before it.)
    let of_the_subject = g.start > 0 && matches!(toks[g.start - 1].low.as_str(), "," | "en");
    holder || of_the_subject && norm_at(toks, 0)
}

/// « Le maire a dit « s'interroger » », « dit se demander si la route rouvrira », « a confié
/// se poser des questions »: a verb of saying whose words are only that the speaker wonders
/// (an infinitive of wondering, quoted or not, right after it) asserts nothing, as « se
/// demander si » and « s'interroger sur » do not (README, session 11: indirect questions).
/// Not « a dit s'inquiéter », « dit se réjouir » (a feeling voiced) nor « a dit que … ».
fn says_it_wonders(toks: &[Tok], g: &Group) -> bool {
    wondering_after(toks, g.i)
}

/// Whether the sentence holds a verb that only says its subject wonders (see
/// [`says_it_wonders`]): no claim, but someone who spoke, whom a pronoun after it may take up
/// (« … a dit « s'interroger ». « … », a-t-il ajouté »).
pub(in crate::brief::claims) fn says_it_wonders_in(toks: &[Tok]) -> bool {
    // (Only a reflexive infinitive wonders: most sentences have no « se », « s' ».)
    if !toks.iter().any(|t| matches!(t.low.as_str(), "se" | "s'")) {
        return false;
    }
    (0..toks.len()).any(|i| {
        toks[i].word
            && !toks[i].quoted
            && lexicon::is_verb_form(&toks[i].low)
            && wondering_after(toks, i)
    })
}

/// Whether the words after the verb at `i` (past adjuncts and an opening quotation mark) are
/// an infinitive of wondering (« s'interroger », « se demander », « se poser des questions »).
fn wondering_after(toks: &[Tok], i: usize) -> bool {
    // (A reflexive after the verb first: most sentences have none.)
    if !toks[i + 1..]
        .iter()
        .any(|t| matches!(t.low.as_str(), "s'" | "se"))
    {
        return false;
    }
    let mut k = past_adjuncts(toks, i + 1);
    if toks
        .get(k)
        .is_some_and(|t| !t.word && is_quote_mark_str(&t.low))
    {
        k += 1;
    }
    let word = |at: usize| toks.get(at).map_or("", |t| t.low.as_str());
    matches!(word(k), "s'" | "se")
        && (matches!(word(k + 1), "interroger" | "demander" | "questionner")
            || word(k + 1) == "poser"
                && matches!(word(k + 2), "des" | "la" | "beaucoup" | "bien" | "mille"))
}

/// Endings of nouns of acts, events and states (« diffusion », « information »,
/// « développement », « sécurité », « situation », « urgence », « procédure »), which name a
/// thing unless a speaker list knows them as a body (« la direction », « le gouvernement »).
const ABSTRACT_ENDINGS: &[&str] = &["tion", "sion", "ment", "ité", "ance", "ence", "ure"];

/// Nouns of those endings that name people acting together (« la majorité exige », « la
/// mobilisation réclame »): they may speak.
const GROUPS_WITH_ABSTRACT_ENDINGS: &[&str] = &[
    "majorité",
    "minorité",
    "résistance",
    "rassemblement",
    "mobilisation",
];

/// « La diffusion d'une langue exige des moyens », « La situation demande de la patience »,
/// « Une information explique pourquoi le pilote a cabré »: verbs a thing does as often as
/// someone (to require, to account for) whose subject, the noun phrase running from its
/// determiner to the verb (past an opening adjunct and its comma), has for head a noun of an act, an event or a state (see
/// [`ABSTRACT_ENDINGS`]) no speaker list knows: no one speaks. Someone,
/// a body, a medium or a document as subject (« La famille réclame justice », « Le rapport
/// exige », « La direction explique pourquoi ») and words reported right after the verb
/// (« que », a colon, a quotation) keep the claim.
fn a_thing_requires_or_accounts(toks: &[Tok], g: &Group) -> bool {
    if !matches!(g.lemma, "exiger" | "demander" | "réclamer" | "expliquer")
        || !g.subject_before
        || g.reflexive
    {
        return false;
    }
    let next = toks.get(past_adjuncts(toks, g.i + 1));
    if next.is_none_or(|t| {
        t.quoted || is_quote_mark_str(&t.low) || matches!(t.low.as_str(), "que" | "qu'" | ":")
    }) {
        return false;
    }
    // (« En somme, la diffusion d'une langue exige »: the words after an opening adjunct.)
    let from = toks[..g.start]
        .iter()
        .rposition(|t| !t.word || t.quoted)
        .map_or(0, |k| k + 1);
    let subject = &toks[from..g.start];
    let Some((det, rest)) = subject.split_first() else {
        return false;
    };
    let head = rest
        .iter()
        .find(|t| !crate::brief::claims::speaker::ROLE_ADJECTIVES.contains(&t.low.as_str()));
    lexicon::DETERMINERS.contains(&det.low.as_str())
        && subject.iter().all(|t| t.word && !t.quoted)
        && head.is_some_and(|h| {
            let singular = h.low.strip_suffix('s').unwrap_or(&h.low);
            !h.upper
                && ABSTRACT_ENDINGS.iter().any(|e| singular.ends_with(e))
                && !GROUPS_WITH_ABSTRACT_ENDINGS.contains(&singular)
                && !crate::brief::claims::speaker::can_speak(&h.low)
                && !crate::brief::claims::speaker::can_speak(singular)
        })
}

/// What « mettre en avant / en exergue / en lumière » stresses when it says something: a
/// definite or demonstrative noun phrase (« la qualité du gisement », « les failles », « des
/// retards », « ces chiffres »).
const STRESSED_FINDING_OPENERS: &[&str] = &[
    "le", "la", "l'", "les", "des", "du", "ce", "cet", "cette", "ces",
];

/// « Le candidat a mis en avant son expérience. », « Le magasin met en avant ses produits. »,
/// « Le club a mis en avant un jeune joueur. », « Le maire a mis en avant. »: « mettre en
/// avant / en exergue / en lumière » one's own assets, someone, or nothing is promotion, no
/// claim (wire gold: « a mis en avant » without content). (« a mis en avant la qualité du
/// projet », « met en lumière des retards » state a finding; a quotation or a colon after it
/// says its words.)
fn stresses_no_finding(toks: &[Tok], g: &Group) -> bool {
    if g.lemma != "mettre en garde" || words_follow(toks, g.i + 1) {
        return false;
    }
    let Some(en) = (g.i + 1..toks.len().min(g.i + 5)).find(|&k| {
        toks[k].low == "en"
            && toks
                .get(k + 1)
                .is_some_and(|t| lexicon::STRESSED.contains(&t.low.as_str()))
    }) else {
        return false;
    };
    !toks
        .get(past_adjuncts(toks, en + 2))
        .is_some_and(|t| !t.quoted && STRESSED_FINDING_OPENERS.contains(&t.low.as_str()))
}

/// « Le débat s'est invité au conseil municipal », « la question s'invite dans la campagne »,
/// « le président s'est invité à la réunion »: « s'inviter » is coming uninvited (a topic, a
/// guest), no call. (« invite les habitants à rester chez eux » calls.)
fn invites_itself(g: &Group) -> bool {
    g.lemma == "inviter" && g.reflexive
}

/// Verbs that name details, reasons or a plan given (« détailler les mesures », « justifier
/// sa décision », « exposer son projet », « expliquer son choix »).
const NAMING_WHAT_IS_GIVEN: &[&str] = &["détailler", "justifier", "exposer", "expliquer"];

/// Words after such a verb that give what it names: a reason or a means (« par », « pour »,
/// « afin », « car »), a description (« comme »); a gerund (« en soulignant ») is read
/// apart.
const GIVES_IT: &[&str] = &["par", "pour", "afin", "car", "puisque", "comme"];

/// « Face à la crise, le ministre a détaillé les mesures mises en place. », « Le maire a
/// justifié cette décision. », « La ministre a exposé son plan devant les élus. »: details, a
/// reason or a plan named and not given, nothing of them in the sentence (session-12
/// convention). (« a justifié sa décision par le manque de moyens », « justifie la hausse en
/// invoquant la crise », « a détaillé le plan : … », « « … », a détaillé le préfet » give
/// them.)
fn names_without_giving(toks: &[Tok], g: &Group) -> bool {
    if !NAMING_WHAT_IS_GIVEN.contains(&g.lemma) || !g.subject_before {
        return false;
    }
    let after = &toks[g.i + 1..];
    // (The object past a time or an adverb: « a détaillé mardi le calendrier ».)
    let object = toks
        .get(super::past_inserts(toks, g.i + 1))
        .is_some_and(|t| t.word && !t.quoted && lexicon::DETERMINERS.contains(&t.low.as_str()));
    let gives = after.iter().any(|t| {
        t.quoted
            || GIVES_IT.contains(&t.low.as_str())
            || t.word && super::super::is_present_participle(&t.low)
    });
    object && !gives && !words_follow(toks, g.i + 1) && !words_before_quote(toks, g.i)
}

/// Verbs of speech that may only name what a list or a plan holds (« a rappelé les
/// priorités », « a souligné trois objectifs », « a précisé les modalités »).
const NAMING_A_LIST: &[&str] = &["rappeler", "souligner", "préciser", "énumérer"];

/// Nouns that name what a list, a plan or a reasoning holds without giving it.
const CONTENTS_NAMED: &[&str] = &[
    "objectif",
    "objectifs",
    "priorité",
    "priorités",
    "règle",
    "règles",
    "consigne",
    "consignes",
    "principe",
    "principes",
    "enjeu",
    "enjeux",
    "motivation",
    "motivations",
    "motif",
    "motifs",
    "raison",
    "raisons",
    "étapes",
    "modalités",
    "critères",
    "axes",
    "lignes",
];

/// « L'entraîneur a rappelé trois objectifs. », « Le délégué n'a pas manqué de rappeler les
/// priorités du syndicat. », « La préfète a précisé mardi les modalités du dispositif. »:
/// a verb of [`NAMING_A_LIST`] whose object (before any « de » complement) is a noun of
/// [`CONTENTS_NAMED`], and no words after it, names what was said without saying it
/// (session-12 convention). (« a rappelé ses priorités : l'emploi et l'école », « a rappelé
/// que les règles … », « a rappelé l'importance des règles », « a rappelé son opposition »
/// say it.)
fn names_a_list_without_giving(toks: &[Tok], g: &Group) -> bool {
    if !NAMING_A_LIST.contains(&g.lemma) || !g.subject_before || words_follow(toks, g.i + 1) {
        return false;
    }
    let object = toks
        .get(super::past_inserts(toks, g.i + 1)..)
        .unwrap_or_default();
    let names_contents = object
        .iter()
        .take(4)
        .take_while(|t| {
            t.word && !t.quoted && !matches!(t.low.as_str(), "de" | "d'" | "du" | "des")
        })
        .any(|t| CONTENTS_NAMED.contains(&t.low.as_str()));
    names_contents && !words_before_quote(toks, g.i)
}

/// « seront nombreux à faire valoir leurs droits à la retraite », « a fait valoir ses droits
/// devant les prud'hommes »: « faire valoir » one's rights (a possessive and « droit(s) »)
/// exercises them, no one argues anything (« fait valoir que … », « a fait valoir l'absence
/// de preuves » argue).
fn exercises_rights(toks: &[Tok], g: &Group) -> bool {
    // (« faire valoir » is read as « faire savoir » with its particle « valoir ».)
    let valoir = g.lemma == "faire savoir" && toks.get(g.i + 1).is_some_and(|t| t.low == "valoir");
    if !valoir {
        return false;
    }
    let at = super::past_inserts(toks, g.i + 2);
    super::attribution::possessive(toks, at)
        && toks
            .get(at + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "droit" | "droits"))
}

/// « Il a tenu à livrer un discours rassurant. », « un communiqué rassurant, publié mardi »,
/// « un ton menaçant. »: a bare present participle right after a noun, with nothing after
/// it (the sentence or the clause ends, past a time), is an adjective, no one speaks. (« un
/// communiqué annonçant la fermeture », « un tract appelant à la grève » report.)
fn participle_as_adjective(toks: &[Tok], g: &Group) -> bool {
    if !g.bare_participle(toks) || g.start != g.i {
        return false;
    }
    let after_noun = toks[g.start - 1].word
        && !toks[g.start - 1].quoted
        && !lexicon::DETERMINERS.contains(&toks[g.start - 1].low.as_str());
    let next = toks.get(super::past_inserts(toks, g.i + 1));
    let nothing_after = next.is_none_or(|t| {
        !t.quoted && matches!(t.low.as_str(), "." | "," | ";" | "!" | "?" | "…" | ")")
    });
    after_noun && nothing_after
}

/// Words that deny the noun they open (« aucun », « nulle », « sans »; « pas de » is read
/// apart).
const NONE_OF: &[&str] = &["aucun", "aucune", "nul", "nulle", "sans"];

/// « n'a reçu aucune information faisant état de blessés », « aucun témoin affirmant avoir
/// vu le suspect », « il n'existe pas de document attestant que … », « sans preuve
/// établissant … »: a bare present participle on a noun its determiner denies (the noun,
/// maybe an adjective and a « de » complement between) reports what nobody said.
fn participle_of_nothing(toks: &[Tok], g: &Group) -> bool {
    if !g.bare_participle(toks) {
        return false;
    }
    // (Back over the noun phrase: at most four words, no punctuation, no quotation.)
    let from = g.start.saturating_sub(5);
    let phrase = toks[from..g.start]
        .iter()
        .rposition(|t| !t.word || t.quoted)
        .map_or(from, |k| from + k + 1);
    toks[phrase..g.start].iter().enumerate().any(|(k, t)| {
        NONE_OF.contains(&t.low.as_str())
            || matches!(t.low.as_str(), "de" | "d'") && k > 0 && toks[phrase + k - 1].low == "pas"
    })
}

/// Impersonal judgements that leave their « que » clause unasserted, in the subjunctive
/// (« il est normal que », « il n'est pas rare que », « il est de bonne guerre que »).
const UNASSERTING_JUDGEMENTS: &[&str] = &[
    "normal",
    "logique",
    "naturel",
    "compréhensible",
    "légitime",
    "fréquent",
    "rare",
    "habituel",
    "courant",
    "classique",
    "étonnant",
    "surprenant",
    "possible",
    "impossible",
    "probable",
    "improbable",
    "nécessaire",
    "important",
    "essentiel",
    "urgent",
    "temps",
    "guerre",
    "règle",
    "usage",
    "coutume",
    "tradition",
];

/// Words that open a clause never asserted: purpose, exception or fear (« pour que », « afin
/// que », « sans que », « à moins que », « de peur que », « de crainte que »).
const UNASSERTING_CONJUNCTIONS: &[&str] = &["pour", "afin", "sans", "peur", "crainte"];

/// « Il est normal que, dans un procès, la défense conteste les expertises », « il n'est pas
/// rare que les élus dénoncent … », « il arrive que les supporters insultent l'arbitre », « il
/// faut que le ministre explique … », « on comprend que les riverains protestent », « pour
/// que le gouvernement annonce des mesures »: a verb of speech whose subject stands in a
/// « que » clause the sentence does not assert (an impersonal judgement, a necessity, what
/// happens at times, a purpose) tells what is usual, needed or wished, not what was said.
/// (« Il est clair que le ministre a reconnu son erreur » asserts it; a closing incise after
/// such a clause, « …, a déclaré le préfet », is the préfet's.)
fn clause_not_asserted(toks: &[Tok], g: &Group) -> bool {
    if !g.subject_before {
        return false;
    }
    // (The « que » opening the group's clause: no finite verb, quotation or stop between.)
    let Some(que) = toks[..g.start].iter().rposition(|t| {
        t.quoted
            || matches!(t.low.as_str(), "que" | "qu'" | "." | ";" | ":")
            || super::super::speaker::is_finite_verb(t)
    }) else {
        return false;
    };
    if !matches!(toks[que].low.as_str(), "que" | "qu'") || toks[que].quoted {
        return false;
    }
    // (Only adjuncts between commas before the subject: « que, dans un procès, la défense
    // conteste », not « afin qu'il envoie des armes, le porte-parole a prétendu ».)
    let segments: Vec<&[Tok]> = toks[que + 1..g.start].split(|t| t.low == ",").collect();
    let adjuncts_only = segments[..segments.len() - 1].iter().all(|s| {
        s.first().is_none_or(|t| {
            lexicon::PREPOSITIONS.contains(&t.low.as_str())
                || lexicon::TIME_WORDS.contains(&t.low.as_str())
        })
    });
    if !adjuncts_only {
        return false;
    }
    unasserting_frame(toks, que)
}

/// Whether the « que » at `que` opens a clause the sentence does not assert: after an
/// impersonal judgement (« il est normal que », « il n'est pas rare que », « il est de bonne
/// guerre que »), a necessity or what happens at times (« il faut que », « il arrive que »),
/// « on comprend que », or a purpose, an exception or a fear (« pour que », « afin que »,
/// « sans que », « à moins que », « de peur que »).
pub(in super::super) fn unasserting_frame(toks: &[Tok], que: usize) -> bool {
    if que == 0 {
        return false;
    }
    let before = toks[que - 1].low.as_str();
    let frame = &toks[que.saturating_sub(6)..que];
    let impersonal = frame.windows(2).any(|w| {
        w[0].low == "il"
            && matches!(
                w[1].low.as_str(),
                "est" | "était" | "serait" | "sera" | "n'est" | "n'était" | "ne" | "n'"
            )
    });
    let judged = impersonal && UNASSERTING_JUDGEMENTS.contains(&before);
    let need_or_chance = que >= 2
        && toks[que - 2].low == "il"
        && (lexicon::FALLOIR.contains(&before)
            || matches!(before, "arrive" | "arrivait" | "suffit"));
    let understood =
        frame.iter().any(|t| t.low == "on") && matches!(before, "comprend" | "conçoit");
    let conjunction = UNASSERTING_CONJUNCTIONS.contains(&before)
        || before == "moins" && que >= 2 && toks[que - 2].low == "à";
    judged || need_or_chance || understood || conjunction
}

/// « Un incendie s'est déclaré dans la nuit », « s'est déclaré ce dimanche vers midi », « s'est
/// déclarée mardi près du village »: « se déclarer » with no attribute after it (past a time
/// phrase or an adverb: the sentence ends, or a place or a time follows) is breaking out, not
/// declaring. (« s'est déclaré favorable », « se déclare hier incompétent », « s'est déclaré
/// contre le projet », « en faveur de » say something.)
fn breaks_out(toks: &[Tok], g: &Group) -> bool {
    if g.lemma != "déclarer" || !g.reflexive {
        return false;
    }
    let at = super::past_inserts(toks, g.i + 1);
    let Some(n) = toks.get(at) else {
        return true;
    };
    let low = n.low.as_str();
    let side = matches!(low, "pour" | "contre" | "favorable" | "opposé")
        || low == "en"
            && toks
                .get(at + 1)
                .is_some_and(|t| matches!(t.low.as_str(), "faveur" | "accord" | "désaccord"));
    let punctuation = !n.word && !is_quote_mark_str(low) && low != ":";
    let place_or_time = lexicon::PREPOSITIONS.contains(&low)
        || lexicon::TIME_WORDS.contains(&low)
        || matches!(low, "près" | "non" | "peu" | "aux" | "tôt" | "tard");
    !side && (punctuation || place_or_time)
}

/// « …, en témoigne la présence du ministre », « comme en témoignent les chiffres », « trois
/// chiffres témoignant de l'activité », « le stade, plein, témoignant que … »: « en
/// témoigner » and the bare participle « témoignant » say that a thing shows something, not
/// that someone testified. (Not the gerund « en témoignant », whose subject is the clause's.)
fn bears_witness(toks: &[Tok], g: &Group) -> bool {
    if g.lemma != "témoigner" {
        return false;
    }
    let clitic_en = toks[g.start..g.i].iter().any(|t| t.low == "en");
    clitic_en || g.bare_participle(toks)
}

/// « La ministre a témoigné au micro de la radio. », « Des habitants ont témoigné devant les
/// caméras. »: that someone testified, with nothing of what they said (no « que », colon or
/// quotation, nor « de » what they testified to, nor a side: « contre », « en faveur », nor an
/// infinitive: « ont témoigné avoir été frappés », « témoigne mardi n'avoir rien vu »).
fn witness_without_words(toks: &[Tok], g: &Group) -> bool {
    if g.lemma != "témoigner" || !g.subject_before || toks.iter().any(|t| t.quoted) {
        return false;
    }
    let after = past_adjuncts(toks, g.i + 1);
    // (« témoigner » is one of `SAY_INFINITIVE`: any infinitive after it.)
    if super::says_an_infinitive(g.lemma, toks, after) {
        return false;
    }
    let object = toks.get(after);
    let says_of_what = object.is_some_and(|t| {
        matches!(
            t.low.as_str(),
            "de" | "d'" | "du" | "des" | "contre" | "en" | "pour" | "que" | "qu'"
        )
    });
    !says_of_what && !words_follow(toks, g.i + 1)
}

/// Bodies that rule (« la cour d'appel », « le tribunal », « la commission de discipline »,
/// « le Conseil d'État »): the courts (see [`COURTS`]) and these, which also give views
/// (« la commission d'enquête », « le conseil municipal »).
const JUDGING_BODIES: &[&str] = &["commission", "chambre", "conseil", "instance", "instances"];

/// Courts of law (« la cour d'appel », « le tribunal », « le juge », « les prud'hommes »),
/// whose « juger » is a ruling; « conseil » is one only as the Conseil constitutionnel or the
/// Conseil d'État (see [`is_court`]).
const COURTS: &[&str] = &[
    "cour",
    "tribunal",
    "tribunaux",
    "juge",
    "juges",
    "jury",
    "juridiction",
    "magistrat",
    "magistrats",
    "prud'hommes",
];

/// Whether the subject words name a court of law (see [`COURTS`]), the Conseil
/// constitutionnel or the Conseil d'État: in the head of the subject (see [`head_words`]),
/// not in a complement (« Un proche du juge », « Le président de la cour » give views).
fn is_court<'a>(words: impl Iterator<Item = &'a str>) -> bool {
    let words: Vec<&str> = words.collect();
    // (« Le conseil de prud'hommes », « le conseil des prud'hommes »: a court named by its
    // complement.)
    if matches!(
        words.as_slice(),
        [det, "conseil", "de" | "des", "prud'hommes", ..] if lexicon::DETERMINERS.contains(det)
    ) {
        return true;
    }
    let mut after_conseil = false;
    head_words(words.into_iter()).any(|w| {
        let court = COURTS.contains(&w)
            || after_conseil && matches!(w, "constitutionnel" | "état" | "d'état");
        after_conseil = w == "conseil" || after_conseil && w == "d'";
        court
    })
}

/// The subject words of a noun phrase opening on a determiner, up to its first complement
/// (« de », « du », « des », « d' », « à »): « la cour d'appel » → « la cour », « le président
/// de la cour » → « le président ». Not « d' » after « conseil » (« le Conseil d'État »).
/// Other subjects (a pronoun, a relative: « ceux qui ont … ») are read whole.
fn head_words<'a>(words: impl Iterator<Item = &'a str>) -> impl Iterator<Item = &'a str> {
    let mut prev = "";
    let mut noun_phrase = None;
    words.take_while(move |&w| {
        let opens_on_determiner =
            *noun_phrase.get_or_insert_with(|| lexicon::DETERMINERS.contains(&w));
        let complement = matches!(w, "de" | "du" | "des" | "d'" | "à" | "au" | "aux")
            && !(prev == "conseil" && w == "d'");
        prev = w;
        !(opens_on_determiner && complement)
    })
}

/// « Le Conseil constitutionnel a jugé contraire à la Constitution la loi », « le tribunal a
/// jugé l'ancien maire coupable », « la cour jugera l'affaire en mars »: a court judging a law,
/// a person or a case rules, an act (README, session 19: a verdict in narration is no claim);
/// its words reported (« a jugé que … », a quotation, a colon) stay a claim, and « juger » by
/// anyone else is a view (« le conseil municipal a jugé inacceptable le projet »). Only with
/// what is judged after it: « juger sur le fond », « juger de » tell how a court weighs.
/// So do the other verbs of a verdict (see [`VERDICT_VERBS`]): « le tribunal administratif a
/// reconnu la responsabilité de l'État », « la cour a condamné l'ancien maire », « le juge a
/// déclaré la plainte irrecevable ».
fn rules_on_a_case(toks: &[Tok], g: &Group) -> bool {
    // (« le juge s'est déclaré incompétent »: what the judge says of himself, a statement; « Le
    // juge s'est tourné vers un autre reconnaissant avoir volé »: a participle is its noun's.)
    if !VERDICT_VERBS.contains(&g.lemma)
        || !g.subject_before
        || g.reflexive
        || g.bare_participle(toks)
    {
        return false;
    }
    let judged = toks.get(past_adjuncts(toks, g.i + 1)).is_some_and(|t| {
        t.word
            && !lexicon::PREPOSITIONS.contains(&t.low.as_str())
            && !matches!(t.low.as_str(), "de" | "d'" | "du")
    });
    judged && !words_follow(toks, g.i + 1) && is_court(subject_words(toks, g.start))
}

/// The verbs of speech a court uses to rule (« juger », « reconnaître », « condamner »,
/// « déclarer »): a verdict with what it rules on after them. (« ordonner » reports only with
/// « que », which `cue_tests::more_calls_stances_and_denials` holds a call.)
const VERDICT_VERBS: &[&str] = &["juger", "reconnaître", "condamner", "déclarer"];

/// What a body rules (« la condamnation », « la peine », « la sanction », « la relégation »).
const RULINGS: &[&str] = &[
    "condamnation",
    "condamnations",
    "peine",
    "peines",
    "sanction",
    "sanctions",
    "décision",
    "jugement",
    "verdict",
    "relaxe",
    "acquittement",
    "amende",
    "suspension",
    "rétrogradation",
    "relégation",
    "exclusion",
    "radiation",
    "interdiction",
    "annulation",
    "validité",
    "licenciement",
    "expulsion",
    "mise",
    "placement",
    "déchéance",
    "disqualification",
];

/// « La cour d'appel a confirmé la condamnation », « la commission d'appel confirme la
/// rétrogradation du club », « le tribunal a confirmé mardi la peine »: a body that rules
/// upholding a ruling, an act, not words (« Le ministre a confirmé la fermeture » gives news;
/// « la cour a confirmé que … » reports).
fn confirms_a_ruling(toks: &[Tok], g: &Group) -> bool {
    if g.lemma != "confirmer" || !g.subject_before || words_follow(toks, g.i + 1) {
        return false;
    }
    let body = is_court(subject_words(toks, g.start))
        || head_words(subject_words(toks, g.start)).any(|w| JUDGING_BODIES.contains(&w));
    let object = past_determiners(toks, past_adjuncts(toks, g.i + 1));
    body && toks
        .get(object)
        .is_some_and(|t| RULINGS.contains(&t.low.as_str()))
}

/// « Le maire ne s'est pas rendu compte que la porte était ouverte », « elle a pu ne pas
/// s'apercevoir que … »: a realization denied tells what someone did not know, nothing they
/// found or said (« s'est rendu compte que », « se sont aperçus que » report a finding).
fn realizes_nothing(toks: &[Tok], g: &Group) -> bool {
    matches!(g.lemma, "se rendre compte" | "s'apercevoir")
        && toks[g.start..g.i]
            .iter()
            .any(|t| matches!(t.low.as_str(), "ne" | "n'"))
        && toks[g.start..g.i]
            .iter()
            .any(|t| matches!(t.low.as_str(), "pas" | "jamais" | "guère" | "point"))
}

/// Faults one admits (« admet plusieurs erreurs », « deux fautes »), not people let in.
const FAULTS: &[&str] = &[
    "erreur",
    "erreurs",
    "faute",
    "fautes",
    "tort",
    "torts",
    "manquement",
    "manquements",
    "défaillance",
    "défaillances",
    "lacune",
    "lacunes",
    "problème",
    "problèmes",
    "difficulté",
    "difficultés",
    "faiblesse",
    "faiblesses",
];

/// « le système de soins admet de plus en plus d'assurés », « l'école admet 300 élèves par
/// an », « l'hôpital a admis une vingtaine de blessés »: « admettre » with a count of people
/// as object lets them in (« admet plusieurs erreurs », « admet que » admit something).
fn admits_people(toks: &[Tok], g: &Group) -> bool {
    if g.lemma != "admettre" || !g.subject_before || words_follow(toks, g.i + 1) {
        return false;
    }
    // (The count stands in the first words, maybe past an adverb or a time: « admet
    // désormais plus de cent malades », « chaque année 300 élèves ».)
    let number =
        |low: &str| low.chars().all(|c| c.is_ascii_digit()) || lexicon::CARDINALS.contains(&low);
    let window = &toks[g.i + 1..(g.i + 6).min(toks.len())];
    let Some(c) = window
        .iter()
        .position(|t| super::idioms::is_count_word(&t.low))
    else {
        return false;
    };
    // (The noun counted: the first word after the count and its « de ».)
    let noun = toks[g.i + c + 2..]
        .iter()
        .take(5)
        .find(|t| {
            t.word
                && !matches!(t.low.as_str(), "de" | "d'" | "en" | "plus" | "que")
                && !number(&t.low)
        })
        .map(|t| t.low.as_str());
    !noun.is_some_and(|n| FAULTS.contains(&n))
}

/// « Il faut dire que … », « il faut rappeler que », « il fallait bien le dire »: the
/// writer's (or anyone's) necessity, no one's claim.
fn writers_necessity(toks: &[Tok], g: &Group) -> bool {
    if !g.bare || !super::is_infinitive(g.form) {
        return false;
    }
    // (Past adverbs and an object pronoun: « il faut bien le dire », « il faut aussi
    // rappeler ».)
    let Some(must) = (0..g.start).rev().find(|&k| {
        !lexicon::ADVERBS.contains(&toks[k].low.as_str())
            && !matches!(toks[k].low.as_str(), "le" | "l'")
    }) else {
        return false;
    };
    lexicon::FALLOIR.contains(&toks[must].low.as_str()) && must > 0 && toks[must - 1].low == "il"
}

/// Words that put a time ahead of the article's (« l'année prochaine », « demain »).
const AHEAD: &[&str] = &[
    "prochain",
    "prochaine",
    "prochains",
    "prochaines",
    "demain",
    "bientôt",
    "ultérieurement",
    "ultérieure",
];

/// « bien qu'il n'annoncera sa décision qu'en janvier », « Le ministre dévoilera ses mesures
/// la semaine prochaine »: a verb of speech in the simple future, its subject before it,
/// negated or set at a time ahead, with nothing it reports, tells what will be said, not
/// what was. (The narrative future of a life or an account reports: « Le ministre
/// soulignera que … », « Stan avouera avoir été influencé », « « … », dira le coach ».)
fn announces_later(toks: &[Tok], g: &Group) -> bool {
    let future =
        g.form.ends_with("era") || g.form.ends_with("eront") || matches!(g.form, "dira" | "diront");
    // (The tense first: most verbs are no future.)
    if !(g.bare && future && g.subject_before) {
        return false;
    }
    let negated = toks[g.start..g.i]
        .iter()
        .any(|t| matches!(t.low.as_str(), "ne" | "n'"));
    let ahead = toks[g.i + 1..]
        .iter()
        .any(|t| !t.quoted && AHEAD.contains(&t.low.as_str()));
    // (« n'annoncera sa décision qu'en janvier »: a negated future's « que » is « only ».)
    (negated || ahead && !words_follow(toks, g.i + 1)) && !words_before_quote(toks, g.i)
}

/// Whether a quotation stands before token `i` (« « … » dira le coach »: an incise).
fn words_before_quote(toks: &[Tok], i: usize) -> bool {
    toks[..i]
        .iter()
        .any(|t| t.quoted || is_quote_mark_str(&t.low))
}

/// Verbs of fear and worry, whose present participle after an act tells its motive.
const FEARS: &[&str] = &[
    "craindre",
    "s'inquiéter",
    "redouter",
    "s'alarmer",
    "appréhender",
];

/// « C'est sa famille qui l'a découvert après des recherches, s'inquiétant de ne pas le voir
/// rentrer », « Un ratissage était entrepris, les gendarmes craignant que … », « Les
/// secours ont évacué l'immeuble, redoutant un effondrement »: a present participle of fear
/// after a clause of the narration with its own finite verb tells why something was done,
/// no stance voiced. (« Le maire craint que … », « « … », s'inquiète le maire » voice it.)
fn fear_behind_an_act(toks: &[Tok], g: &Group) -> bool {
    FEARS.contains(&g.lemma)
        && g.bare_participle(toks)
        && toks[..g.start]
            .iter()
            .any(|t| !t.quoted && super::super::speaker::is_finite_verb(t))
}

/// « La France soutient l'Ukraine », « Le maire soutient les commerçants », « Dakar les
/// soutient au niveau international », « soutient Paul Girard dans sa démarche »: « soutenir »
/// someone (a name, people, a body, or an object pronoun) backs them, no claim; so does its
/// bare participle after a clause (« des parents se rassemblent, soutenant les grévistes »).
/// (« soutient que … » and « « … », soutient le maire » report; « soutient la réforme » takes a
/// side.)
fn backs_someone(toks: &[Tok], g: &Group) -> bool {
    if g.lemma != "soutenir" || !(g.subject_before || g.bare_participle(toks)) {
        return false;
    }
    // (The object pronoun may stand just before the group: a determiner never precedes a
    // verb.)
    let clitic = toks[g.start.saturating_sub(1)..g.i]
        .iter()
        .any(|t| matches!(t.low.as_str(), "le" | "la" | "les" | "l'" | "lui" | "leur"));
    let at = past_adjuncts(toks, g.i + 1);
    if toks
        .get(at)
        .is_some_and(|t| matches!(t.low.as_str(), "que" | "qu'" | ":") || t.quoted)
    {
        return false;
    }
    // (« La dette est maîtrisée a soutenu, hier, le ministre »: an incise without its
    // commas, its subject after an aside.)
    if toks.get(g.i + 1).is_some_and(|t| t.low == ",") {
        return false;
    }
    // (People or a name, not a text or a plan: « soutient le projet de loi » takes a side.)
    let head = toks
        .get(past_determiners(toks, at))
        .filter(|t| t.word && !t.quoted);
    let people = |w: &str| lexicon::PEOPLE_NOUNS.contains(&w) || lexicon::ROLE_NOUNS.contains(&w);
    let someone = head
        .is_some_and(|t| t.upper || people(&t.low) || people(t.low.trim_end_matches(['s', 'x'])));
    clitic || someone
}

/// Events a present participle may describe (« la conférence de presse annonçant … », « une
/// réunion réclamant … »): the event says nothing; who spoke there is named elsewhere.
const GATHERINGS: &[&str] = &[
    "conférence",
    "réunion",
    "cérémonie",
    "séance",
    "sommet",
    "rencontre",
    "soirée",
    "débat",
    "colloque",
    "congrès",
    "forum",
    "audience",
    "session",
    "émission",
    "point",
];

/// « Lors de la conférence de presse annonçant ces centres », « pendant une réunion
/// réclamant des moyens »: a bare present participle right after a noun of an event (maybe
/// with its « de » complement: « de presse », « d'information ») describes the event.
fn participle_of_an_event(toks: &[Tok], g: &Group) -> bool {
    if !g.bare_participle(toks) {
        return false;
    }
    let word = |k: usize| toks.get(k).map_or("", |t| t.low.as_str());
    let head = if g.start >= 3 && matches!(word(g.start - 2), "de" | "d'") {
        word(g.start - 3)
    } else {
        word(g.start - 1)
    };
    GATHERINGS.contains(&head)
}

/// Whether the subject of the verb group at `start` is a crowd counted (« une quarantaine de
/// personnes », « des dizaines de jeunes », « plusieurs centaines de manifestants », « 200
/// supporters »; not « deux élus »): people who come to assault a place or a body in numbers, not someone
/// attacking in words (« s'en prendre à »).
pub(super) fn counted_crowd(toks: &[Tok], start: usize) -> bool {
    let words: Vec<&str> = subject_words(toks, start).collect();
    let round = words
        .windows(2)
        .any(|w| matches!(w[0], "un" | "une") && super::idioms::is_round_count(w[1]));
    let many = words
        .iter()
        .any(|w| matches!(*w, "dizaines" | "centaines" | "milliers"));
    // (In digits, from ten to 999 and before a noun: « Deux élus s'en sont pris au
    // ministre » attack in words; « En 2020 » is a year.)
    let number = words.windows(2).any(|w| {
        (2..=3).contains(&w[0].len())
            && w[0].chars().all(|c| c.is_ascii_digit())
            && w[1].chars().all(char::is_alphabetic)
    });
    round || many || number
}
