//! The speaker of a cue: the subject before the verb, after it in an incise, the antecedent of
//! « qui », the name around an apposition; and its classification (person, role,
//! organization, media, anonymous).

use super::coreference::{
    could_be, determiner_gender, is_descriptor, pronoun_speaker, pronoun_speaker_within, People,
    Person, Reach, MEDIA_DESCRIPTORS,
};
use super::cues::{self, Cue};
use super::descriptive_tail::without_descriptive_tail;
use super::last_named::Last;
use super::path::{Link, Route};
use super::pos::Upos;
use super::same_sentence::{antecedent_in_sentence, subject_before_colon};
use super::tokens::{is_boundary, is_quote_mark, slice, Tok};
use crate::brief::lexicon;
use crate::brief::lexicon::Gender;
use crate::model::{ClaimKind, SpeakerKind};

/// What joins an anonymous source's words to the media citing it in the speaker's name
/// (« des fonctionnaires anonymes, cités par le Washington Post »): written here, read by
/// `mod::cited_by_media` and the coreference of « la même source ».
pub(super) const CITED_BY: &str = ", cités par ";

/// The speaker of a claim, as the article names them.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Speaker {
    pub(super) name: String,
    pub(super) role: Option<String>,
    pub(super) kind: SpeakerKind,
}

/// Verbs of blame (their lemmas): who blames is someone else than the one blamed, so the
/// subject of the clause an incise of blame closes is its target, never the incise's pronoun
/// (« Le ministre a menti, dénonce-t-il »).
const BLAMING: &[&str] = &[
    "critiquer",
    "dénoncer",
    "fustiger",
    "accuser",
    "condamner",
    "blâmer",
    "stigmatiser",
    "décrier",
    "invectiver",
];

/// Reads the speaker of a verb cue, with the construction it was read from.
pub(super) fn speaker_by_route(
    text: &str,
    toks: &[Tok],
    cue: &Cue,
    people: &People,
) -> (Speaker, Route) {
    // « …, lit-on dans le communiqué de l'UA », « peut-on lire sur le site de l'OMS »: the
    // document read.
    if cue.verb.lemma == "lire" {
        if let Some(document) = document_read(text, toks, cue, people) {
            return (document, Route::SourceOfImpersonalIncise);
        }
    }
    if cue.inverted.is_none() {
        if let Some(side) = side_of_on(text, toks, cue.group_start, people) {
            return (side, Route::OpeningName);
        }
    }
    if let Some(pronoun) = &cue.inverted {
        // « … a-t-on appris auprès de la gendarmerie »: the source after « auprès de ».
        if pronoun == "on" || cue.verb.lemma == "apprendre" {
            if let Some(source) = aupres_de(text, toks, cue.group_start, people)
                .or_else(|| learnt_from(text, toks, cue, people))
            {
                return (source, Route::SourceOfImpersonalIncise);
            }
        }
        // « …, a-t-on précisé de source policière »: the source « de source » names.
        if pronoun == "on" {
            if let Some(source) = de_source(text, toks, cue.cue_end + 1, people) {
                return (source, Route::SourceOfImpersonalIncise);
            }
            // « …, confie-t-on dans l'entourage du ministre »: the side « on » speaks for.
            if let Some(side) = side_after_on(text, toks, cue.cue_end + 1, people) {
                return (side, Route::SourceOfImpersonalIncise);
            }
            // « …, a-t-on expliqué » after « …, a-t-on appris auprès de la préfecture »: the
            // « on » of a news desk that named its source just before is that source.
            if cue.verb.lemma != "apprendre" {
                if let Some(source) = people.live_desk_source(pronoun) {
                    return (source.clone(), Route::InvertedPronoun);
                }
            }
        }
        // « Le voisin, un retraité, agite un drapeau : « … », assure-t-il »: the subject of
        // the clause the colon closes.
        if let Some(subject) = subject_before_colon(text, toks, cue.group_start, pronoun, people) {
            return (subject, Route::InvertedPronounSentenceSubject);
        }
        // « Le Haut commissariat a ordonné l'évacuation, a-t-il indiqué »: the subject of
        // the sentence, when no quotation stands before the incise.
        // « L'Union africaine « rappelle … », a-t-elle indiqué »: so does the subject that
        // opens the sentence right before a quotation continuing its clause.
        // (« La préfecture a activé le « plan alarme » qui …, a-t-elle précisé »: a quoted
        // term inside the clause is no quotation the incise closes.)
        // (« La route, a-t-elle expliqué, sera fermée »: with no verb before the incise, by the
        // lexicon or the tagger, the words before it open the clause it cuts.)
        let clause_before = || {
            let tags = super::pos::tags(text, toks);
            (0..cue.group_start).any(|k| {
                is_finite_verb(&toks[k])
                    || !toks[k].quoted
                        && matches!(tags[k], super::pos::Upos::Verb | super::pos::Upos::Aux)
            })
        };
        let subject_end = match toks.iter().position(|t| t.quoted) {
            None => clause_before().then_some(cue.group_start),
            Some(_) if quoted_only_inside_clause(toks, cue.group_start) => {
                clause_before().then_some(cue.group_start)
            }
            Some(q) => subject_before_quotation(toks, q, cue.group_start),
        };
        if let Some(subject_end) = subject_end.filter(|_| matches!(pronoun.as_str(), "il" | "elle"))
        {
            if let Some(subject) = main_subject(text, toks, subject_end, people) {
                let gender = determiner_gender(&subject.name);
                let wanted = if pronoun == "il" {
                    Gender::Male
                } else {
                    Gender::Female
                };
                // (« Le suspect a été identifié, a-t-il précisé »: a person described who
                // undergoes what the clause reports is what the news is about, not who tells
                // it; the pronoun is read as any other.)
                // (An institution may report what it underwent: « Le parquet a été saisi,
                // a-t-il indiqué ».)
                let undergoes =
                    !names_an_institution(&subject.name) && passive_before(toks, subject_end);
                // (« Le gouvernement préfère ignorer les critiques, critique-t-il »: one blames
                // another; the subject is the target, not who blames it.)
                let blamed = BLAMING.contains(&cue.verb.lemma);
                if subject.kind != SpeakerKind::Unattributed
                    && !blamed
                    && subject.kind != SpeakerKind::Person
                    && gender == wanted
                    && !undergoes
                    && !names_a_thing(&subject.name)
                {
                    // (« Paul Girard a précisé … . Le propriétaire refuse de vendre, a-t-il
                    // ajouté »: someone else of that gender spoke just before; the pronoun
                    // may stand for either: unresolved.)
                    // (« Le bilan est de trois blessés, a-t-il précisé », « Le rapport sera
                    // publié en mars, a-t-il indiqué »: a document or a count is what someone
                    // tells of, not who tells it; the pronoun is read as any other, whoever
                    // spoke before.)
                    if !names_a_writing_or_count(&subject.name) {
                        let other = people.other_speaker_within_reach(wanted, &subject.name);
                        if !other {
                            return (subject, Route::InvertedPronounSentenceSubject);
                        }
                        return (
                            Speaker::unresolved(pronoun.clone()),
                            Route::InvertedPronounSentenceSubject,
                        );
                    }
                }
            }
        }
        return (
            incise_pronoun_speaker(cue, pronoun, people),
            Route::InvertedPronoun,
        );
    }
    // « Puis d'ajouter : « … » », « Et de préciser que », « D'ajouter : « … » »: who spoke
    // just before.
    if super::cues::narrative_opening(toks, cue.group_start) {
        return (narrative_speaker(people), Route::NarrativeContinuation);
    }
    // Relative clause: the antecedent of « qui » (object pronouns may stand between).
    let mut q = cue.group_start;
    while q > 0 && CLITICS.contains(&toks[q - 1].low.as_str()) {
        q -= 1;
    }
    if q > 0 && toks[q - 1].low == "qui" {
        let qui = q - 1;
        let (from, to) = antecedent(toks, qui);
        if from <= to {
            if let Some(named) = name_before_apposition(text, toks, from, to, people) {
                return (named, Route::RelativeAntecedent);
            }
            // « contredite par Inès, passagère sur le siège arrière, qui a confié »: the walk
            // stopped at the apposition's own preposition; the apposition describes the name.
            // So it does an unnamed person (« une voisine, présente sur les lieux avec son
            // mari, qui », « un promeneur, membre du club, qui »): the comma before « qui »
            // sets the relative on the phrase the apposition describes, not inside it.
            let apposition = apposition_opening_before(toks, from)
                .or_else(|| {
                    (from > 0 && toks[from - 1].low == "," && opens_a_description(&toks[from].low))
                        .then_some(from)
                })
                .or_else(|| words_set_off_before(toks, qui))
                .filter(|&app| !relative_agrees_with_agent(text, toks, app, (from, to), q));
            if let Some(app) = apposition {
                let described = name_before_apposition(text, toks, app, to, people)
                    .or_else(|| person_described_before(text, toks, app, to, people));
                if let Some(named) = described {
                    return (named, Route::RelativeAntecedent);
                }
                // (A phrase this reader cannot tell, « le père de l'enfant » read as no
                // person's: unresolved, shown with its words, never the apposition's own or
                // its complement's.)
                let comma = app - 1;
                let open = phrase_opening_before(text, toks, comma);
                let set_off = toks.get(to + 1).is_some_and(|t| t.low == ",");
                if set_off && open < comma {
                    let words = slice(text, toks, open, comma - 1);
                    return (Speaker::unresolved(words), Route::RelativeAntecedent);
                }
            }
            // « des salariés du chimiste Acme, qui a annoncé »: a singular verb after a plural
            // head has the complement as its antecedent.
            if let Some(speaker) = singular_complement(text, toks, from, to, q, people) {
                return (speaker, Route::RelativeAntecedent);
            }
            if let Some(speaker) = complement_of_a_thing(text, toks, from, to, people) {
                return (speaker, Route::RelativeAntecedent);
            }
            if let Some(issuer) = issuer_of_document(text, toks, from, to, people) {
                return (issuer, Route::RelativeAntecedent);
            }
            let mut speaker = classify(text, toks, from, to, people);
            // « a écrit au préfet, qui a répondu »: the article « au », « aux » holds is the
            // antecedent's (« le préfet »).
            if let Some(article) = from
                .checked_sub(1)
                .filter(|&k| matches!(toks[k].low.as_str(), "au" | "aux"))
                .and_then(|k| article_in_contraction(&toks[k].low))
                .filter(|_| speaker.name.starts_with(char::is_lowercase))
                .filter(|_| !lexicon::DETERMINERS.contains(&toks[from].low.as_str()))
            {
                speaker.name = format!("{article} {}", speaker.name);
            }
            if let Some(citing) = citing_media(text, toks, from) {
                speaker.name = format!("{}{CITED_BY}{}", speaker.name, citing);
                if speaker.kind == SpeakerKind::Anonymous {
                    speaker.role = None;
                }
            }
            return (speaker, Route::RelativeAntecedent);
        }
        return (unattributed(), Route::RelativeAntecedent);
    }
    // (« La même source nous apprend que »: told to someone, the subject tells it.)
    if cue.verb.lemma == "apprendre"
        && !super::cues::teaches_someone_that(toks, cue.group_start, cue.cue_end)
    {
        if let Some(source) = aupres_de(text, toks, cue.group_start, people)
            .or_else(|| learnt_from(text, toks, cue, people))
        {
            return (source, Route::SourceOfImpersonalIncise);
        }
        // « comme l'a appris l'agence Reuters d'un responsable palestinien »: the one it
        // learnt it from, else the one who learnt it.
        if let Some((from, to)) = postposed_subject(toks, cue.cue_end + 1) {
            let source = (from + 1..to).find(|&k| {
                matches!(toks[k].low.as_str(), "d'" | "de")
                    && matches!(toks[k + 1].low.as_str(), "un" | "une" | "des")
            });
            return (
                match source {
                    Some(k) => classify(text, toks, k + 1, to, people),
                    None => classify(text, toks, from, to, people),
                },
                Route::LearntBy,
            );
        }
        return (unattributed(), Route::LearntBy);
    }
    // « Le ministre — qui était absent — a dit »: an aside between dashes stands between the
    // subject and its verb.
    if let Some(open) = dashed_aside_before(toks, cue.group_start) {
        let from = subject_start(toks, open);
        if from < open {
            return (
                classify(text, toks, from, open - 1, people),
                Route::SubjectPastInsertion,
            );
        }
    }
    // « M. Durand a envoyé une lettre au maire pour lui reprocher ses propos »: an infinitive
    // of purpose has the subject of the verb it depends on.
    // (The subject of that verb, found as that of a verb of saying there: « Le 14 mai, la
    // Fédération (FFF) a publié un communiqué pour dénoncer … ».)
    // (Not a pronoun: « ils ont décidé d'écrire au préfet afin de lui demander … » stays
    // unresolved, the pronoun's antecedent being the last subject more than the last speaker.)
    if let Some(verb) = purpose_of(toks, cue) {
        if verb > 0 && lexicon::SUBJECT_PRONOUNS.contains(&toks[verb - 1].low.as_str()) {
            return (unattributed(), Route::PurposeInfinitive);
        }
        let main_verb = Cue {
            group_start: verb,
            cue_end: verb,
            inverted: None,
            after_comme: false,
            participle: false,
            ..cue.clone()
        };
        return (
            speaker_by_route(text, toks, &main_verb, people).0,
            Route::PurposeInfinitive,
        );
    }
    let prev = cue.group_start.checked_sub(1).map(|p| &toks[p]);
    // « La « Ligue des usagers » a dénoncé », « L'association « Terre vive » affirme que »:
    // a name in quotation marks after its article or descriptor is the subject, not a
    // quotation the verb closes.
    // (The phrase whole is the name; what opens it tells the kind: « La présidente de
    // l'association « Vivre ici » » is a role, « Le collectif « Stop Béton » » a body.)
    if let Some(open) = quoted_name_before(toks, cue.group_start) {
        let from = subject_start(toks, open);
        if from < open {
            let only_article = toks[from..open]
                .iter()
                .all(|t| lexicon::DETERMINERS.contains(&t.low.as_str()));
            let kind = if only_article {
                SpeakerKind::Organization
            } else {
                match classify(text, toks, from, open - 1, people).kind {
                    k @ (SpeakerKind::Role | SpeakerKind::Anonymous | SpeakerKind::Media) => k,
                    _ => SpeakerKind::Organization,
                }
            };
            return (
                Speaker {
                    name: slice(text, toks, from, cue.group_start - 1),
                    role: None,
                    kind,
                },
                Route::SubjectBeforeVerb,
            );
        }
    }
    let first = &toks[cue.group_start];
    let verb_word = &toks[cue.cue_end.min(toks.len() - 1)];
    // « a rendu hommage aux victimes et affirmé que », « …, précisant que »: the subject of
    // the first verb speaks.
    let bare_participle = first.low.ends_with("ant") && cue.group_start == cue_verb(toks, cue)
        // (« en expliquant que », « tout en affirmant »: a gerund, the same.)
        || matches!(first.low.as_str(), "en" | "tout" | "s'" | "se")
            && toks[cue_verb(toks, cue)].low.ends_with("ant")
            // (« Un responsable, s'exprimant sous couvert d'anonymat, a affirmé »)
            && toks[cue.group_start..cue_verb(toks, cue)]
                .iter()
                .all(|t| matches!(t.low.as_str(), "en" | "tout" | "s'" | "se"))
        // (« …, persistant à nier », « se bornant à indiquer », « n'hésitant pas à
        // dénoncer »: a participle leading the infinitive, see `cues::first_verb`.)
        || cue.participle;
    // (« …, mais précise que », « puis a ajouté »: the same, whatever the conjunction.)
    let coordinated = prev.is_some_and(|p| matches!(p.low.as_str(), "et" | "mais" | "puis"))
        && !verb_word.low.contains('-');
    // (« Tout en insistant …, »: a gerund opening the sentence.)
    let opens_sentence = toks[..cue.group_start]
        .iter()
        .all(|t| matches!(t.low.as_str(), "tout" | "en"));
    // « « … », a-t-il rassuré en soulignant que … », « poursuit-elle, estimant que »: a
    // participle hanging on an inverted incise has the incise's pronoun as its subject.
    if bare_participle && !opens_sentence {
        if let Some(pronoun) = incise_pronoun_before(toks, cue.group_start) {
            return (
                incise_pronoun_speaker(cue, pronoun, people),
                Route::FirstVerbSubject,
            );
        }
    }
    // « …, les gendarmes craignant que », « des critiques de plusieurs ministres accusant X »:
    // a present participle right after a noun phrase that can speak, with no comma between,
    // has that noun phrase as its subject, not the main clause's.
    if bare_participle && !opens_sentence && first.low.ends_with("ant") {
        if let Some((from, to)) = participle_holder(toks, cue.group_start) {
            return (
                classify(text, toks, from, to, people),
                Route::ParticipleHolder,
            );
        }
        // « a refusé de commenter la publication d'un sondage confirmant », « face à un autre
        // reconnaissant »: nor is a participle right after a noun phrase in a prepositional
        // phrase the main subject's; it is that phrase's (shown unresolved when it names no one).
        if let Some((from, to)) = noun_in_phrase_before(toks, cue.group_start) {
            return (
                classify(text, toks, from, to, people),
                Route::ParticipleHolder,
            );
        }
        // « Une source a déclaré …, une autre affirmant que … », « …, la droite pointant … »:
        // an absolute participle has its own subject, whatever its head (shown unresolved
        // when it names no one), never the main clause's.
        if let Some((from, to)) = absolute_participle_subject(toks, cue.group_start) {
            return (
                classify(text, toks, from, to, people),
                Route::ParticipleHolder,
            );
        }
    }
    // « X a décrit …, tandis que Y a publié une vidéo, suggérant … »: a participle after a
    // « tandis que » clause is that clause's subject's, the nearer one.
    if bare_participle && !opens_sentence && prev.is_some_and(|p| p.low == ",") {
        if let Some((from, to)) = contrast_subject_before(toks, cue.group_start) {
            return (
                classify(text, toks, from, to, people),
                Route::FirstVerbSubject,
            );
        }
    }
    if coordinated
        || bare_participle && !opens_sentence && prev.is_some_and(|p| p.low == "," || p.word)
    {
        return (
            main_subject(text, toks, cue.group_start, people).unwrap_or_else(unattributed),
            Route::FirstVerbSubject,
        );
    }
    // « Disant être inquiète …, la Russie a démenti »: a participle opening the sentence has
    // the main clause's subject, after the participial clause.
    if bare_participle && opens_sentence {
        let comma = (cue.cue_end + 1..toks.len()).find(|&k| !toks[k].quoted && toks[k].low == ",");
        // « Le candidat a dénoncé des fraudes. Rappelant qu'il est le vainqueur. »: a
        // fragment with no main clause after it goes on with the last one to speak.
        if comma.is_none() {
            return (narrative_speaker(people), Route::NarrativeContinuation);
        }
        // (« Estimant que …, il vota contre »: a pronoun right after the clause.)
        if let Some(pronoun) = comma
            .and_then(|c| toks.get(c + 1))
            .filter(|t| matches!(t.low.as_str(), "il" | "elle" | "ils" | "elles"))
        {
            return (
                pronoun_speaker(&pronoun.low, people),
                Route::MainClauseAfterParticiple,
            );
        }
        let verb =
            comma.and_then(|comma| (comma + 1..toks.len()).find(|&k| is_finite_verb(&toks[k])));
        return (
            verb.and_then(|v| main_subject(text, toks, v, people))
                .unwrap_or_else(unattributed),
            Route::MainClauseAfterParticiple,
        );
    }
    let next = toks[cue.cue_end + 1..]
        .iter()
        .find(|t| {
            !lexicon::TIME_WORDS.contains(&t.low.as_str())
                && !lexicon::ADVERBS.contains(&t.low.as_str())
        })
        .map(|n| n.low.as_str());
    // « L'armée malienne (FAMa) a annoncé », « Le quotidien, qui cite …, affirme que »: a
    // verb followed by what it reports has its subject before it, past any insertion.
    let reports_next =
        matches!(next, Some("que" | "qu'" | ":")) || cue.cue_end > cue_verb(toks, cue);
    // « Le chef de l'État, qui …, n'a jamais commenté le dossier »: so has a verb after a
    // relative clause set off by commas, whatever follows it.
    let after_relative =
        prev.is_some_and(|p| p.low == ",") && relative_before(toks, cue.group_start - 1).is_some();
    // Incise: the subject follows the verb (« …, a prévenu Jake Sullivan », « comme
    // l'explique un des démissionnaires »).
    // « L'inflation est maîtrisée a soutenu, hier, le ministre »: an incise whose comma
    // before it is missing, after a complete clause, its subject after an adjunct.
    let comma_then_subject = toks.get(cue.cue_end + 1).is_some_and(|t| t.low == ",")
        && closes_sentence_after(toks, cue.cue_end + 1)
        && postposed_subject(toks, cue.cue_end + 2).is_some_and(|(from, _)| {
            toks[from].upper
                || lexicon::DETERMINERS.contains(&toks[from].low.as_str())
                    && toks.get(from + 1).is_some_and(|h| {
                        lexicon::ROLE_NOUNS.contains(&h.low.as_str())
                            || MORE_ROLE_NOUNS.contains(&h.low.as_str())
                    })
        });
    let missing_comma = prev.is_some_and(|p| p.word && !p.quoted)
        && comma_then_subject
        && toks[..cue.group_start]
            .iter()
            .any(|t| !t.quoted && is_finite_verb(t));
    // « « … », a témoigné, Paul Mbeki, le président du comité »: a stray comma between the
    // verb of an incise closing a quotation and its subject.
    let comma_after_incise = prev.is_some_and(|p| p.low == "," || is_quote_mark(p))
        && toks[..cue.group_start].iter().any(|t| t.quoted)
        && comma_then_subject;
    let subject_at = cue.cue_end + 1 + usize::from(missing_comma || comma_after_incise);
    let postposed = missing_comma
        || incise_without_commas(toks, cue)
        || match prev {
            None => true,
            Some(p) => !p.word || cue.after_comme || object_relative(toks, cue.group_start),
        };
    let subject_follows = toks
        .get(super::inserts::past_time_phrases(toks, cue.cue_end + 1))
        .is_some_and(|n| n.word && !matches!(n.low.as_str(), "que" | "qu'"));
    let quote_before = toks[..cue.group_start].iter().any(|t| t.quoted);
    // (« …, a indiqué samedi une source de l'UA. »: an incise closing the sentence has its
    // subject after it, whatever stands before the comma.)
    // (Only after another cue of the same clause: « Le porte-parole, X, a démenti toute
    // trêve » is no incise.)
    let clause_start = toks[..cue.group_start]
        .iter()
        .rposition(|t| !t.quoted && matches!(t.low.as_str(), ":" | ";"))
        .map_or(0, |k| k + 1);
    // (Or after a complete clause, not a relative one, and before a subject that can speak:
    // « L'Assemblée a voté la confiance, a annoncé le président de l'Assemblée X. »)
    let clause_before = complete_clause_before(toks, clause_start, cue.group_start);
    let speaking_subject = speaker_follows(toks, cue);
    let closing = subject_follows
        && closes_sentence(toks, cue)
        && (super::cues::find_verb(toks, clause_start).is_some_and(|c| {
            c.cue_end < cue.group_start
                && !toks[c.group_start].quoted
                && !describes_noun_before(toks, c.group_start)
        }) || clause_before && speaking_subject);
    // (Not an incise closing the sentence after a relative clause: « L'Assemblée a voté la
    // confiance au gouvernement, qui devient …, a annoncé le président X ».)
    // « De son côté, l'agence mauritanienne, Sahara Media, a confirmé la mort de X »: with
    // no verb and no quotation before it, a verb after a comma closes no incise; its subject
    // is before it, past the apposition.
    // (« Le directeur, dans une lettre adressée aux salariés, accuse la direction de … »: a
    // participle right after its noun describes it and reports nothing.)
    let nothing_reported_before = !toks[..cue.group_start].iter().enumerate().any(|(k, t)| {
        t.quoted || is_quote_mark(t) || is_finite_verb(t) && !describes_noun_before(toks, k)
    });
    // « Le maire Jean Morel, critiqué par le préfet, a démissionné »: a stance in the passive
    // is its agent's; the one the participle describes, before it, never speaks by it.
    let agent_speaks = super::passive_agent(toks, cue);
    // « Le parti qui a boycotté les assises, qui ont démarré lundi, maintient son appel »: the
    // noun phrase opening the sentence before relative clauses running to the comma.
    // (Not an incise whose own subject follows: « Une situation qui n'est pas tolérable,
    // martèle le ministre ».)
    if !closing && !agent_speaks && !speaking_subject && prev.is_some_and(|p| p.low == ",") {
        if let Some((from, to)) = relative_opening_subject(toks, cue.group_start - 1) {
            return (
                classify(text, toks, from, to, people),
                Route::SubjectPastInsertion,
            );
        }
    }
    // « Trois syndicats, la FSU, Sud et la CGT, dénoncent »: the names listed in apposition
    // to the group, each a speaker (`split_conjoined`).
    if !quote_before && prev.is_some_and(|p| p.low == ",") {
        if let Some((from, to)) = names_listed_after_group(toks, cue.group_start - 1) {
            return (classify(text, toks, from, to, people), Route::ListSubject);
        }
    }
    if !closing
        && !agent_speaks
        && (prev.is_some_and(|p| p.low == ")")
            || prev.is_some_and(|p| p.low == ",")
                && (reports_next || after_relative || nothing_reported_before))
    {
        if let Some(speaker) = clause_subject(text, toks, cue.group_start, people) {
            return (speaker, Route::SubjectPastInsertion);
        }
    }
    if postposed
        && prev.is_some_and(|p| p.low == ",")
        && !(subject_follows && quote_before)
        && !closing
        && !agent_speaks
    {
        // « Emily Horne, la porte-parole du Conseil, a déclaré que … »: the subject is the name
        // before the apposition.
        if let Some(speaker) = subject_before_apposition(text, toks, cue.group_start - 1, people) {
            return (speaker, Route::NameBeforeApposition);
        }
    }
    // « Roland Dumas, ancien ministre …, reconnaît avoir … »: no quotation, and the sentence
    // opens with a name set off by a comma: that name is the subject, not what follows.
    if postposed && !quote_before && !closing && !agent_speaks && prev.is_some_and(|p| p.low == ",")
    {
        if let Some(speaker) = leading_name(text, toks, cue.group_start, people) {
            return (speaker, Route::OpeningName);
        }
        // « La CGT, par la voix de …, a dénoncé une « provocation » »: a subject set off
        // by an insertion (relative clause, adjunct, participle) stands before it.
        if let Some(speaker) = clause_subject(text, toks, cue.group_start, people) {
            return (speaker, Route::SubjectPastInsertion);
        }
        // « Le porte-parole du collectif, se félicite que »: a stray comma after a subject
        // that is one noun phrase opening the sentence.
        let comma = cue.group_start - 1;
        let start = toks[..comma]
            .iter()
            .rposition(|t| matches!(t.low.as_str(), "." | ";" | ":") || is_quote_mark(t))
            .map_or(0, |k| k + 1);
        let opens = toks.get(start).is_some_and(|t| {
            t.word && !t.quoted && (t.upper || lexicon::DETERMINERS.contains(&t.low.as_str()))
        });
        // (« Le parquet dans son communiqué, précise que »: an adjunct after the subject.)
        let subject_end = np_end(toks, start);
        let adjunct_to_comma = toks.get(subject_end + 1).is_some_and(|p| {
            matches!(p.low.as_str(), "dans" | "lors" | "via" | "sur" | "par")
                && toks
                    .get(subject_end + 2)
                    .is_some_and(|d| lexicon::DETERMINERS.contains(&d.low.as_str()))
                && np_end(toks, subject_end + 2) + 1 == comma
        });
        if opens
            && start + 1 < comma
            && (subject_end + 1 == comma || adjunct_to_comma)
            && !lexicon::PREPOSITIONS.contains(&toks[start].low.as_str())
            && !lexicon::TIME_WORDS.contains(&toks[start].low.as_str())
            && !(subject_follows && speaking_subject)
        {
            let speaker = classify(text, toks, start, subject_end.min(comma - 1), people);
            if speaker.kind != SpeakerKind::Unattributed {
                return (speaker, Route::SubjectBeforeStrayComma);
            }
        }
    }
    // « L'association, saluant …, milite pour la tenue du vote »: the words after the
    // preposition a cue ends on (« milite pour », « plaide pour », « s'oppose à ») are its
    // complement, never its subject (« par » aside: the agent of a passive speaks); with no
    // quotation right before, no incise is closing either.
    // The subject stands before, past an insertion the rules could not read: unresolved
    // rather than the complement named.
    let after_a_quotation = toks[..cue.group_start]
        .iter()
        .rev()
        .find(|t| t.low != ",")
        .is_some_and(|t| t.quoted || is_quote_mark(t));
    if postposed
        && !after_a_quotation
        && cue.cue_end > cue_verb(toks, cue)
        && toks[cue.cue_end].low != "par"
        && (lexicon::PREPOSITIONS.contains(&toks[cue.cue_end].low.as_str())
            // (« font état de 3 000 manifestants », « s'inquiète de la hausse »: « de » and
            // its forms open the complement too.)
            || matches!(toks[cue.cue_end].low.as_str(), "de" | "d'" | "du" | "des"))
    {
        return (unattributed(), Route::PostposedSubject);
    }
    if postposed {
        if let Some((from, to)) = postposed_subject(toks, subject_at) {
            // « …, a affirmé Paul Martin cité par Le Parisien »: the medium citing the subject
            // is no part of it (it relays, a row of its own).
            let to = citing_participle_at(toks, from, to).map_or(to, |k| k - 1);
            // « …, ont prévenu élus, syndicats et habitants »: a list of speakers after the
            // verb, each a claim of its own (`split_conjoined`).
            if let Some(end) = postposed_list_end(toks, from, to) {
                return (
                    classify(text, toks, from, end - 1, people),
                    Route::ListSubject,
                );
            }
            // (« X, Y, a confirmé la mort d'Abou Zeid »: after a comma and no quotation, a
            // phrase whose head cannot speak is the object, not the subject.)
            let head = toks[from..=to].iter().find(|t| {
                !lexicon::DETERMINERS.contains(&t.low.as_str())
                    && !matches!(t.low.as_str(), "même" | "mêmes" | "autre" | "autres")
            });
            // (Never the agent of a stance in the passive: « La pièce, critiquée par les
            // collectifs, … ».)
            let object = prev.is_some_and(|p| p.low == ",")
                && !agent_speaks
                && !quote_before
                && !complete_clause_before(toks, clause_start, cue.group_start)
                && lexicon::DETERMINERS.contains(&toks[from].low.as_str())
                && head.is_some_and(|h| !h.upper && !can_speak(&h.low) && !h.low.ends_with("eur"));
            if object {
                return (unattributed(), Route::PostposedSubject);
            }
            let mut speaker = classify(text, toks, from, to, people);
            if speaker.role.is_none() && speaker.kind == SpeakerKind::Person {
                speaker.role = apposition(text, toks, to + 1);
            }
            // « …, a déclaré le chef de la diplomatie européenne, Josep Borrell. »
            // « …, le colonel Souleymane Dembélé »: a determiner and a rank before the name.
            // (« …, explique le président de l'Union des industries (UFI), Jean Martin »: an
            // acronym in brackets before the comma.)
            let mut to = to;
            let mut acronym_closed = false;
            if toks.get(to + 1).is_some_and(|t| t.low == "(") {
                if let Some(close) =
                    (to + 2..(to + 6).min(toks.len())).find(|&k| toks[k].low == ")")
                {
                    to = close;
                    acronym_closed = true;
                }
            }
            // « …, a déclaré le médecin, ex-ministre et opposant Jean Kalala », « …, a dit la
            // juriste et militante Anne Roy »: more functions joined to the role by commas and
            // « et », then the name they all describe.
            if let Some((named, _)) = name_after_functions(text, toks, from, to, &speaker, people) {
                return (named, Route::NameAfterPostposedRole);
            }
            // (« …, indique le préfet délégué pour la défense en Gironde, Paul Martin »: the
            // function's complement runs to the comma before the apposed name.)
            // (Only when a person's name follows: else the title stays as it was.)
            let unextended = speaker.clone();
            if speaker.kind == SpeakerKind::Role {
                if let Some(comma) = title_complement_to_comma(toks, to + 1) {
                    speaker.name = slice(text, toks, from, comma - 1);
                    to = comma - 1;
                }
            }
            // (« …, a affirmé le ministre de la Santé, porte-parole du gouvernement, Paul
            // Martin »: bare functions between the role and the apposed name.)
            let last_function = past_bare_functions(toks, to);
            let mut name_at = last_function + 2;
            while toks.get(name_at).is_some_and(|t| {
                !t.upper
                    && (lexicon::DETERMINERS.contains(&t.low.as_str())
                        || lexicon::ROLE_NOUNS.contains(&t.low.as_str()))
            }) && name_at < last_function + 5
            {
                name_at += 1;
            }
            // (« …, a affirmé un de ses responsables, Oussama Hamdan »: so for an unnamed one,
            // and for a document of a role, « indique un communiqué de la procureure, X ».)
            // (« …, a ajouté la porte-parole de la Mission de l'ONU (Monusco) Claire Roy »: the
            // acronym's bracket closes the role, the name follows it with no comma.)
            let name_after_acronym = acronym_closed
                && toks
                    .get(to + 1)
                    .is_some_and(|t| t.word && t.upper && !t.quoted);
            if name_after_acronym {
                name_at = to + 1;
            }
            let authored_by_role = document_of_a_role(toks, from, to);
            if (matches!(speaker.kind, SpeakerKind::Role | SpeakerKind::Anonymous)
                || authored_by_role.is_some())
                && (toks.get(to + 1).is_some_and(|t| t.low == ",") || name_after_acronym)
                && toks.get(name_at).is_some_and(|t| t.upper)
            {
                let end = np_end(toks, name_at);
                let named = classify(text, toks, name_at, end, people);
                // (« Face à l'ultimatum lancé par le président, la Jirama a procédé à … »: a
                // name its own verb follows is the next clause's subject, no apposition.)
                let subject_of_next_clause = toks.get(end + 1).is_some_and(is_finite_verb);
                if named.kind == SpeakerKind::Person && !subject_of_next_clause {
                    let role = if let Some(role_at) = authored_by_role {
                        slice(text, toks, role_at, to)
                    } else if speaker.kind == SpeakerKind::Role {
                        strip_determiner(&speaker.name)
                    } else {
                        speaker.name.clone()
                    };
                    return (
                        Speaker {
                            role: Some(role),
                            ..named
                        },
                        Route::NameAfterPostposedRole,
                    );
                }
            }
            return (unextended, Route::PostposedSubject);
        }
        return (unattributed(), Route::PostposedSubject);
    }
    // The subject precedes the verb.
    let mut end = cue.group_start;
    // « Souchon nous rappelle »: an object pronoun is not part of the subject. (« Comme il
    // l'explique », « Le maire le dit »: nor is « le », « la », « les », « l' » right before
    // the verb, never an article there.)
    while end > 0
        && (matches!(
            toks[end - 1].low.as_str(),
            "nous" | "vous" | "lui" | "leur" | "me" | "m'" | "te" | "t'"
        ) || end > 1
            && toks[end - 2].word
            && matches!(toks[end - 1].low.as_str(), "le" | "la" | "les" | "l'"))
    {
        end -= 1;
    }
    // « Claude Gewerc a quant à lui prévenu »: the aside and the auxiliary before it.
    let aside = |k: usize| k >= 2 && toks[k - 2].low == "quant" && toks[k - 1].low == "à";
    if end >= 1
        && matches!(toks[end - 1].low.as_str(), "lui" | "elle" | "eux" | "elles")
        && aside(end - 1)
        || aside(end)
    {
        end = (end.saturating_sub(3)..end)
            .find(|&k| toks[k].low == "quant")
            .unwrap_or(end);
        if end > 0 && lexicon::AUXILIARIES.contains(&toks[end - 1].low.as_str()) {
            end -= 1;
        }
    }
    // « le candidat, Mitt Romney, lui demande »: an apposition before an object pronoun.
    if end < cue.group_start && end > 0 && toks[end - 1].low == "," {
        if let Some(speaker) = clause_subject(text, toks, end, people) {
            return (speaker, Route::PronounContinuingSpeech);
        }
    }
    // « Le chef du parti ne décolère pas affirme que »: a negated verb juxtaposed before the
    // cue shares its subject.
    if let Some(ne) = negated_verb_before(toks, end) {
        end = ne;
    }
    let mut from = subject_start(toks, end);
    // « lesquels ont par ailleurs démenti »: the walk stopped at the verb's own auxiliary,
    // an adverbial between them; the subject is before the auxiliary.
    if from > 0
        && from < end
        && lexicon::AUXILIARIES.contains(&toks[from - 1].low.as_str())
        && (lexicon::PREPOSITIONS.contains(&toks[from].low.as_str())
            || lexicon::ADVERBS.contains(&toks[from].low.as_str()))
    {
        end = from - 1;
        from = subject_start(toks, end);
    }
    from = past_fronted_adjunct(text, toks, from, end);
    let end = before_agent_phrase(toks, from, end);
    // (« L'opposition qui rejette la candidature de Paul Martin a appelé »: the walk stopped
    // at the relative's verb; the subject is its antecedent.)
    let (from, end) = match antecedent_of_inner_relative(toks, from) {
        Some(qui) => (subject_start(toks, qui), qui),
        None => (from, before_inner_relative(toks, from, end)),
    };
    if from >= end {
        return (unattributed(), Route::SubjectBeforeVerb);
    }
    // « Il a ajouté que … »: a verb that continues speech takes the last speaker.
    if from + 1 == end {
        if let Some(speaker) = continued_by(cue, &toks[from].low, people) {
            return (speaker, Route::SubjectPastInsertion);
        }
    }
    // « Les administrateurs, la direction et les syndicats ont demandé »: the whole list,
    // each of its speakers a claim of its own (`split_conjoined`).
    if let Some(start) = determiner_list(toks, from, end) {
        return (
            classify(text, toks, start, end - 1, people),
            Route::ListSubject,
        );
    }
    // (« Les membres de la majorité PS, MR et Engagés ont », « Les maires de Lyon, Paris et
    // Marseille ont »: the names continue a complement; the whole noun phrase speaks.)
    if let Some(start) = names_continuing_a_complement(toks, from, end) {
        return (
            classify(text, toks, start, end - 1, people),
            Route::SubjectBeforeVerb,
        );
    }
    if let Some(list) = list_tail(text, toks, from, end) {
        return (list, Route::ListSubject);
    }
    // « La dernière édition du bulletin, une publication de la banque lancée ce jour constate
    // que »: an apposition whose closing comma is missing; the noun phrase opening the
    // sentence is the subject (or the person the apposition names).
    if let Some(speaker) = open_apposition(text, toks, from, end, people) {
        return (speaker, Route::NameBeforeApposition);
    }
    let speaker = classify(text, toks, from, end - 1, people);
    // « Rémy Heitz, procureur de la République a rappelé »: a bare function after a name and
    // a comma (the closing comma forgotten) is the name's apposition. (So is one after a
    // possessive: « Alfred Sirven, son officier traitant chez Elf a contesté », and the last
    // of a chain of functions: « Paul Durand, ministre d'Etat, secrétaire général de la
    // présidence a déclaré », and one with its article: « Jean Dupont, le candidat du parti à
    // l'élection a déclaré », not a list: « Jean Dupont, le maire et le préfet ont »).
    // (So is a bare noun of a trade or a group after a name: « Paul Martin, éleveur se dit
    // découragé », « Marie Durand, habitante du quartier affirme ».)
    // (One person's: singular, no list, « Lyon, habitants et commerçants dénoncent ».)
    let bare_noun = !toks[from].upper
        && !lexicon::DETERMINERS.contains(&toks[from].low.as_str())
        && !toks[from].low.ends_with(['s', 'x'])
        && !toks[from..end]
            .iter()
            .any(|t| matches!(t.low.as_str(), "et" | "ou"))
        && matches!(
            speaker.kind,
            SpeakerKind::Anonymous | SpeakerKind::Organization | SpeakerKind::Media
        );
    if (speaker.kind == SpeakerKind::Role || bare_noun)
        && from >= 2
        && toks[from - 1].low == ","
        && (!lexicon::DETERMINERS.contains(&toks[from].low.as_str())
            || matches!(
                toks[from].low.as_str(),
                "son" | "sa" | "leur" | "le" | "la" | "l'"
            ) && !toks[from..end]
                .iter()
                .any(|t| matches!(t.low.as_str(), "et" | "ou")))
    {
        if let Some(named) = name_before_functions(text, toks, from - 1, people) {
            return (
                Speaker {
                    role: named.role.clone().or(Some(speaker.name)),
                    ..named
                },
                Route::NameBeforeApposition,
            );
        }
        // (« La SNCF, entreprise publique a annoncé »: so is a bare noun after a body's name.)
        if let Some(body) = bare_noun
            .then(|| body_before_bare_noun(text, toks, from - 1, people))
            .flatten()
        {
            return (body, Route::NameBeforeApposition);
        }
    }
    (speaker, Route::SubjectBeforeVerb)
}

/// The body named by the phrase that opens the clause and ends at `comma` (« La SNCF »,
/// « le syndicat »): opening on an article, with no verb, an organization or a medium.
fn body_before_bare_noun(
    text: &str,
    toks: &[Tok],
    comma: usize,
    people: &People,
) -> Option<Speaker> {
    let from = subject_start(toks, comma);
    let opens = from == 0 || !toks[from - 1].word;
    if from >= comma || !opens || toks[from..comma].iter().any(is_finite_verb) {
        return None;
    }
    // (An article opens it: not « Heureusement, », « En réalité, », « Malgré les démarches, ».)
    let named = lexicon::DETERMINERS.contains(&toks[from].low.as_str()) && from + 1 < comma;
    let body = classify(text, toks, from, comma - 1, people);
    (named && matches!(body.kind, SpeakerKind::Organization | SpeakerKind::Media)).then_some(body)
}

/// The person named before the comma at `comma`, past at most two more bare functions set off
/// by commas (« Paul Durand, ministre d'Etat, secrétaire général … »): each function a role
/// in lower case, the name a person in capitals opening the clause.
fn name_before_functions(
    text: &str,
    toks: &[Tok],
    comma: usize,
    people: &People,
) -> Option<Speaker> {
    let mut comma = comma;
    for _ in 0..3 {
        let from = subject_start(toks, comma);
        if from + 1 > comma {
            return None;
        }
        if toks[from].upper {
            // (The name opens the clause and is the whole segment: not « Dans une interview à
            // Radio Sawa, le chef du Conseil a critiqué »; a conjunction may open the sentence
            // before it: « Mais Paul Martin, candidat du parti a affirmé ».)
            let opens = from == 0
                || !toks[from - 1].word
                || from == 1
                    && matches!(toks[0].low.as_str(), "mais" | "et" | "or" | "puis" | "donc");
            let named = classify(text, toks, from, comma - 1, people);
            let first = from + usize::from(lexicon::TITLES.contains(&toks[from].low.as_str()));
            let whole = toks
                .get(first)
                .is_some_and(|t| named.name.to_lowercase().starts_with(&t.low));
            // (« Sollicité, le ministre a … »: a participle opening the sentence is no name.)
            let participle = participle_opener(toks, from, comma + 1).is_some();
            return (opens && whole && !participle && named.kind == SpeakerKind::Person)
                .then_some(named);
        }
        let function = classify(text, toks, from, comma - 1, people);
        if function.kind != SpeakerKind::Role
            || lexicon::DETERMINERS.contains(&toks[from].low.as_str())
            || from < 2
            || toks[from - 1].low != ","
        {
            return None;
        }
        comma = from - 1;
    }
    None
}

/// « le ministre de la Santé, porte-parole du gouvernement, Paul Martin », « la présidente de
/// la région, ancienne ministre, Claire Roy »: the last token before the comma that opens the
/// apposed name, past at most two bare functions (a role noun without article, no clause)
/// set off by commas after the role ending at `to`; `to` when none stands there.
fn past_bare_functions(toks: &[Tok], to: usize) -> usize {
    let mut end = to;
    for _ in 0..2 {
        match bare_function_to_comma(toks, end + 1) {
            Some(comma) => end = comma - 1,
            None => break,
        }
    }
    end
}

/// The person named after a role `from..=to` (its `speaker`, a description with no capital)
/// and more functions joined to it (« le médecin, ex-ministre et opposant Jean Kalala »), with
/// the functions as role, and the name's last token; after a postposed subject or « selon ».
pub(super) fn name_after_functions(
    text: &str,
    toks: &[Tok],
    from: usize,
    to: usize,
    speaker: &Speaker,
    people: &People,
) -> Option<(Speaker, usize)> {
    let described = matches!(speaker.kind, SpeakerKind::Role | SpeakerKind::Person)
        && !toks[from..=to].iter().any(|t| t.upper);
    let name_at = functions_then_name(toks, to).filter(|_| described)?;
    let end = np_end(toks, name_at);
    let named = classify(text, toks, name_at, end, people);
    // (A name its own verb follows opens the next clause.)
    (named.kind == SpeakerKind::Person && !toks.get(end + 1).is_some_and(is_finite_verb)).then(
        || {
            let role = strip_determiner(&slice(text, toks, from, name_at - 1));
            (
                Speaker {
                    role: Some(role),
                    ..named
                },
                end,
            )
        },
    )
}

/// Where the name starts when, after a role ending at `to`, more bare functions follow, each
/// after a comma or « et » (« le médecin, ex-ministre et opposant Jean Kalala », « la juriste
/// et militante Anne Roy »): one function noun each, an adjective of time before it allowed
/// (« ancien », « ex- »), then a capitalized word right after the last one.
fn functions_then_name(toks: &[Tok], to: usize) -> Option<usize> {
    // (A noun of a trade or a person: « militante », « juriste », « opposant ».)
    let function = |low: &str| {
        let low = lexicon::without_former(low);
        names_someone(low)
            || MORE_ROLE_NOUNS.contains(&low)
            || EPITHET_ENDINGS.iter().any(|e| low.ends_with(e))
    };
    let mut k = to + 1;
    let mut links = 0;
    while links < 4
        && toks
            .get(k)
            .is_some_and(|t| matches!(t.low.as_str(), "," | "et") && !t.quoted)
    {
        let mut head = k + 1;
        if toks
            .get(head)
            .is_some_and(|t| ROLE_ADJECTIVES.contains(&t.low.as_str()))
        {
            head += 1;
        }
        let h = toks.get(head)?;
        if !h.word || h.upper || h.quoted || !function(&h.low) {
            return None;
        }
        k = head + 1;
        // (« conseiller régional »: an adjective after the function.)
        if toks.get(k).is_some_and(|t| {
            t.word
                && !t.upper
                && !t.quoted
                && t.low != "et"
                && !lexicon::DETERMINERS.contains(&t.low.as_str())
                && !lexicon::PREPOSITIONS.contains(&t.low.as_str())
                && !matches!(t.low.as_str(), "de" | "d'" | "du" | "des")
                && !is_finite_verb(t)
        }) {
            k += 1;
        }
        links += 1;
    }
    (links > 0 && toks.get(k).is_some_and(|t| t.word && t.upper && !t.quoted)).then_some(k)
}

/// The comma closing a bare function that follows the comma at `comma` (« , porte-parole du
/// gouvernement, », « , ancienne ministre, »), when a capitalized word follows it.
fn bare_function_to_comma(toks: &[Tok], comma: usize) -> Option<usize> {
    let at = comma + 1;
    let first = toks.get(at)?;
    let role_noun = |t: &Tok| {
        lexicon::ROLE_NOUNS.contains(&t.low.as_str()) || MORE_ROLE_NOUNS.contains(&t.low.as_str())
    };
    let head = if ROLE_ADJECTIVES.contains(&first.low.as_str()) {
        toks.get(at + 1)?
    } else {
        first
    };
    if toks[comma].low != "," || first.upper || first.quoted || !role_noun(head) {
        return None;
    }
    let next = (at + 1..toks.len().min(at + 12)).find(|&k| !toks[k].word)?;
    (toks[next].low == ","
        && holds_no_clause(toks, at, next)
        && toks
            .get(next + 1)
            .is_some_and(|n| n.word && n.upper && !n.quoted))
    .then_some(next)
}

/// The comma closing the complement of a function at `at` when an apposed name follows it
/// (« pour la défense et la sécurité en Gironde, Paul Martin », « en charge du dossier dans
/// le département, Marie Durand »): a preposition opens it, then only words (no verb, no
/// « que »/« qui », no quotation) up to a comma followed by a capitalized word.
fn title_complement_to_comma(toks: &[Tok], at: usize) -> Option<usize> {
    let opens = toks.get(at).is_some_and(|t| {
        matches!(
            t.low.as_str(),
            "pour" | "dans" | "en" | "auprès" | "chargé" | "chargée" | "au" | "aux" | "à"
        )
    });
    if !opens {
        return None;
    }
    let comma = (at + 1..toks.len().min(at + 14)).find(|&k| !toks[k].word)?;
    // (The words before the comma are words: it is the first token that is not.)
    (holds_no_clause(toks, at, comma)
        && toks[comma].low == ","
        && toks
            .get(comma + 1)
            .is_some_and(|n| n.word && n.upper && !n.quoted))
    .then_some(comma)
}

/// Whether the incise `cue` closes the sentence: it follows a comma or a quotation, and what
/// comes after it is its subject and adjuncts, nothing it reports (« …, a précisé le
/// porte-parole lors d'un point de presse. »).
/// Whether nothing after token `from` is reported: no « que », colon, semicolon, quotation
/// or other reporting verb.
fn closes_sentence_after(toks: &[Tok], from: usize) -> bool {
    toks[from.min(toks.len())..].iter().all(|t| {
        !t.quoted && !is_quote_mark(t) && !matches!(t.low.as_str(), "que" | "qu'" | ":" | ";")
    }) && super::cues::find_verb(toks, from).is_none()
}

/// (« …, a indiqué une source, précisant que … »: the incise's speaker goes on in a present
/// participle's clause of its own; the incise closes what came before it.)
pub(super) fn closes_sentence(toks: &[Tok], cue: &Cue) -> bool {
    let after_comma = cue.group_start > 0
        && (toks[cue.group_start - 1].low == "," || is_quote_mark(&toks[cue.group_start - 1]));
    let end = participle_clause_after(toks, cue.cue_end + 1).unwrap_or(toks.len());
    after_comma
        && toks[cue.cue_end + 1..end].iter().all(|t| {
            !t.quoted && !is_quote_mark(t) && !matches!(t.low.as_str(), "que" | "qu'" | ":" | ";")
        })
        && super::cues::find_verb(toks, cue.cue_end + 1).is_none_or(|c| c.group_start > end)
}

/// The comma opening a present participle's clause after token `from` (« , précisant que … »,
/// « , ajoutant que … », « , dénonçant … »), past a short noun phrase with no verb.
pub(super) fn participle_clause_after(toks: &[Tok], from: usize) -> Option<usize> {
    let comma =
        (from..toks.len().saturating_sub(1)).find(|&k| toks[k].low == "," && !toks[k].quoted)?;
    let participle = &toks[comma + 1];
    (comma > from
        && participle.word
        && !participle.quoted
        && !participle.upper
        && super::is_present_participle(&participle.low)
        && toks[from..comma]
            .iter()
            .all(|t| t.word && !t.quoted && !is_finite_verb(t)))
    .then_some(comma)
}

/// « La roquette a explosé sans faire de victime avait indiqué un responsable de la sécurité,
/// ajoutant que … »: an incise with no comma before or after its verb. It stands right after a
/// finite verb's clause, with no comma, conjunction or relative word between (two finite
/// verbs of one clause are not juxtaposed otherwise), it is a verb of statement, and a name or
/// a determiner and a role follows it up to a comma or the sentence's end.
fn incise_without_commas(toks: &[Tok], cue: &Cue) -> bool {
    let statement = cue.verb.kind == ClaimKind::Statement && cue.verb.needs_next.is_none();
    let Some(prev) = cue.group_start.checked_sub(1).map(|p| &toks[p]) else {
        return false;
    };
    if !statement || !prev.word || prev.quoted || cue.inverted.is_some() {
        return false;
    }
    let Some((from, to)) = postposed_subject(toks, cue.cue_end + 1) else {
        return false;
    };
    let names_speaker = toks[from].upper
        || lexicon::DETERMINERS.contains(&toks[from].low.as_str())
            && toks.get(from + 1).is_some_and(|h| {
                lexicon::ROLE_NOUNS.contains(&h.low.as_str())
                    || MORE_ROLE_NOUNS.contains(&h.low.as_str())
            });
    // (« … a affirmé Paul Martin sur Radio Kiskeya. », « … dans un communiqué »: where it
    // was said may follow the subject, up to the sentence's end.)
    let closes = toks
        .get(to + 1)
        .is_none_or(|t| matches!(t.low.as_str(), "," | "."))
        || adjunct_to_the_end(toks, to + 1);
    from == cue.cue_end + 1
        && names_speaker
        && closes
        && juxtaposed_to_clause(toks, cue.group_start)
}

/// Words that open a relative or subordinate clause (« qui a explosé », « quand il a dit »).
const SUBORDINATORS: &[&str] = &[
    "qui", "que", "qu'", "dont", "où", "si", "quand", "lorsque", "lorsqu'", "comme",
];

/// Whether a prepositional phrase at `at` runs to the end of the sentence (« sur Radio
/// Kiskeya. », « dans un communiqué »): a preposition, then words with no verb, quotation or
/// punctuation but the final stop.
fn adjunct_to_the_end(toks: &[Tok], at: usize) -> bool {
    toks.get(at).is_some_and(|t| {
        !t.quoted
            && matches!(
                t.low.as_str(),
                "sur" | "dans" | "à" | "au" | "devant" | "lors"
            )
    }) && toks[at + 1..]
        .iter()
        .all(|t| t.word && !t.quoted && !is_finite_verb(t) || matches!(t.low.as_str(), "." | "!"))
}

/// Whether a finite verb stands before token `at` in the same stretch of words: no comma or
/// other boundary, quotation, conjunction or relative word between them, and none before the
/// verb back to the clause's start (« qui a explosé » is a relative clause).
fn juxtaposed_to_clause(toks: &[Tok], at: usize) -> bool {
    let stops = |t: &Tok| {
        is_boundary(t)
            || is_quote_mark(t)
            || t.quoted
            || matches!(t.low.as_str(), "et" | "ou" | "mais")
            || SUBORDINATORS.contains(&t.low.as_str())
    };
    let start = toks[..at].iter().rposition(stops).map_or(0, |k| k + 1);
    let clause_opens = toks[..at]
        .iter()
        .rposition(|t| matches!(t.low.as_str(), "." | ";" | ":") || is_quote_mark(t))
        .map_or(0, |k| k + 1);
    // (« C'est le même poignet qu'il s'était fracturé … a affirmé X »: the « que » of a
    // cleft opens the clause's own content, no subordinate.)
    let cleft_que = |k: usize| {
        matches!(toks[k].low.as_str(), "que" | "qu'")
            && toks[clause_opens..k].windows(2).any(|w| {
                matches!(w[0].low.as_str(), "c'" | "ce")
                    && matches!(w[1].low.as_str(), "est" | "était" | "sont" | "étaient")
            })
    };
    let subordinate_before = (clause_opens..start)
        .any(|k| SUBORDINATORS.contains(&toks[k].low.as_str()) && !cleft_que(k));
    !subordinate_before
        && (start..at).any(|k| {
            is_finite_verb(&toks[k])
                && !(k > 0 && lexicon::DETERMINERS.contains(&toks[k - 1].low.as_str()))
        })
}

/// Whether tokens `from..to` hold a finite verb outside quotes and outside a relative
/// clause (« L'Assemblée a voté la confiance », not « …, qui est à Madrid »).
fn complete_clause_before(toks: &[Tok], from: usize, to: usize) -> bool {
    (from..to).any(|k| {
        let segment = (from..k)
            .rev()
            .find(|&s| toks[s].low == ",")
            .map_or(from, |s| s + 1);
        !toks[k].quoted
            && is_finite_verb(&toks[k])
            && !describes_noun_before(toks, k)
            && !toks[segment..k].iter().any(|t| {
                matches!(
                    t.low.as_str(),
                    "qui" | "que" | "qu'" | "dont" | "où" | "lorsque" | "lorsqu'" | "si" | "quand"
                )
            })
    })
}

/// Where a list of noun phrases that each open with a determiner starts, when `from..end`
/// (after a comma) is its last two joined by « et »: « Les administrateurs, les mandataires,
/// la direction et les syndicats ». Only short items without a complement (« les syndicats de
/// la SNCF, la RATP et … » may share one), so each is a speaker.
pub(super) fn determiner_list(toks: &[Tok], from: usize, end: usize) -> Option<usize> {
    let start = list_items_start(toks, 0, from, end)?;
    // (The list opens the clause: « Jeudi, les élus, la direction et … » has « Jeudi, » first.)
    let opens = start == 0 || matches!(toks[start - 1].low.as_str(), "," | ":" | ";" | "(");
    opens.then_some(start)
}

/// Where the list whose last two items are `from..end` (after a comma, joined by « et »)
/// starts, wherever it stands in the clause ([`determiner_list`] before the verb, a
/// postposed subject after it): its items all open on a determiner, or are all names, or all
/// bare nouns ([`bare_list`]); at least three items.
/// (No item starts before `floor`: a postposed list starts right after its verb.)
fn list_items_start(toks: &[Tok], floor: usize, from: usize, end: usize) -> Option<usize> {
    let plain = |a: usize, b: usize| {
        b > a
            && b - a <= 4
            && toks[a..b].iter().all(|t| {
                t.word
                    && !t.quoted
                    && !is_finite_verb(t)
                    && !matches!(
                        t.low.as_str(),
                        "de" | "du" | "des" | "d'" | "et" | "à" | "au"
                    )
            })
    };
    let determined =
        |a: usize, b: usize| plain(a, b) && ITEM_DETERMINERS.contains(&toks[a].low.as_str());
    // (« Les maires, les députés et les sénateurs de la région »: the last item may carry a
    // complement of its own; one before the last could be shared, so it stops the list.)
    let determined_last = |a: usize, b: usize| {
        determined(a, b)
            || ITEM_DETERMINERS.contains(&toks[a].low.as_str()) && {
                let de = (a + 1..b)
                    .find(|&k| matches!(toks[k].low.as_str(), "de" | "du" | "des" | "d'"));
                de.is_some_and(|de| plain(a, de) && complement_of_words(toks, de, b))
            }
    };
    // (« La CGT, FO et la CFDT »: so a list of names, each with its article or none.)
    let named = |a: usize, b: usize| plain(a, b) && named_item(toks, a);
    if from < 2 || toks[from - 1].low != "," {
        return None;
    }
    let et = (from..end).find(|&k| toks[k].low == "et")?;
    let item: &dyn Fn(usize, usize) -> bool =
        if determined(from, et) && determined_last(et + 1, end) {
            &determined
        } else if named(from, et) && named(et + 1, end) {
            &named
        } else if bare_item(toks, from, et) && bare_item(toks, et + 1, end) {
            return bare_list(toks, floor, from, end);
        } else {
            return None;
        };
    let start = walk_list_back(toks, floor, from, item);
    (start < from).then_some(start)
}

/// Where a list starts whose item after a comma starts at `from`: back over the items before,
/// each between commas and satisfying `item`, none before `floor`.
fn walk_list_back(
    toks: &[Tok],
    floor: usize,
    from: usize,
    item: impl Fn(usize, usize) -> bool,
) -> usize {
    let mut start = from;
    while start >= floor + 2 && toks[start - 1].low == "," {
        let a = (floor..start - 1)
            .rev()
            .find(|&k| !toks[k].word)
            .map_or(floor, |k| k + 1);
        if !item(a, start - 1) {
            break;
        }
        start = a;
    }
    start
}

/// Where a list of bare nouns starts, when `from..end` (after a comma) is its last two joined
/// by « et »: the press enumerates groups without articles (« Élus, syndicats et habitants
/// ont dénoncé », « Riverains, commerçants et parents d'élèves réclament »). Each item is a
/// speaker when at least two of them name people or bodies (« Lyon, habitants et commerçants »
/// is a place, then two groups: no list of three) and the list opens the clause.
fn bare_list(toks: &[Tok], floor: usize, from: usize, end: usize) -> Option<usize> {
    let start = walk_list_back(toks, floor, from, |a, b| bare_item(toks, a, b));
    let speaking = (start..end)
        .filter(|&k| k == start || matches!(toks[k - 1].low.as_str(), "," | "et"))
        .filter(|&k| speaking_noun(&toks[k].low))
        .count();
    (start < from && speaking >= 2).then_some(start)
}

/// Where a list of speakers that a postposed subject starting at `from` and ending at `to`
/// opens ends (exclusive): « …, ont prévenu élus, syndicats et habitants. », « …, estiment
/// les soignants, les patients et la direction. ». The list's items run, after commas, to
/// « et » and a last item that closes the sentence or the clause.
pub(super) fn postposed_list_end(toks: &[Tok], from: usize, to: usize) -> Option<usize> {
    if toks.get(to + 1).is_none_or(|t| t.low != ",") {
        return None;
    }
    let end = (to + 2..toks.len())
        .find(|&k| !toks[k].word && toks[k].low != "," || toks[k].quoted || is_quote_mark(&toks[k]))
        .unwrap_or(toks.len());
    let et = (to + 2..end).rev().find(|&k| toks[k].low == "et")?;
    let last_comma = (to + 1..et).rev().find(|&k| toks[k].low == ",")?;
    // (The last item ends before an adjunct: « … et FO dans un communiqué », « … et les
    // enseignants samedi ».)
    let end = (et + 2..end)
        .find(|&k| {
            let w = toks[k].low.as_str();
            lexicon::PREPOSITIONS.contains(&w) || lexicon::TIME_WORDS.contains(&w)
        })
        .unwrap_or(end);
    // (A « de » complement belongs to the last item, as to any other: « … et les enseignants
    // de l'école », « … et les élus de la commune ».)
    // It runs to the adjunct, of any length, when made of words only: « … et le président du
    // conseil départemental du Var ».
    let head_end = (et + 2..end)
        .find(|&k| matches!(toks[k].low.as_str(), "de" | "du" | "des" | "d'"))
        .unwrap_or(end);
    (head_end - et <= 5
        && complement_of_words(toks, head_end, end)
        && list_items_start(toks, from, last_comma + 1, end) == Some(from))
    .then_some(end)
}

/// Whether `de..end` is a list item's « de » complement: words only, no verb, no quotation, at
/// most eight (« de l'école », « du conseil départemental du Var »); or nothing.
fn complement_of_words(toks: &[Tok], de: usize, end: usize) -> bool {
    end - de <= 8
        && toks[de..end]
            .iter()
            .all(|t| t.word && !t.quoted && !is_finite_verb(t))
}

/// Whether « et » at `et` joins two bare nouns that each name people or bodies, the whole
/// phrase `toks` (« Élus et habitants », « syndicats et parents d'élèves »): two speakers.
pub(super) fn bare_pair(toks: &[Tok], et: usize) -> bool {
    et > 0
        && toks[et].low == "et"
        && bare_item(toks, 0, et)
        && bare_item(toks, et + 1, toks.len())
        && speaking_noun(&toks[0].low)
        && speaking_noun(&toks[et + 1].low)
}

/// Whether `a..b` is a bare list item: one to three words opening on a noun with no article
/// (lowercase, or a noun that speaks when it opens the sentence: « Élus locaux »), and no
/// verb; a complement « de » + a bare noun is part of it (« parents d'élèves »).
fn bare_item(toks: &[Tok], a: usize, b: usize) -> bool {
    b > a
        && b - a <= 3
        && !lexicon::DETERMINERS.contains(&toks[a].low.as_str())
        && !lexicon::PREPOSITIONS.contains(&toks[a].low.as_str())
        && (!toks[a].upper || speaking_noun(&toks[a].low))
        && toks[a..b].iter().enumerate().all(|(j, t)| {
            t.word
                && !t.quoted
                && !is_finite_verb(t)
                && (j == 0 || !t.upper)
                && (!matches!(t.low.as_str(), "de" | "d'") || j > 0 && a + j + 2 == b)
                && !matches!(
                    t.low.as_str(),
                    "du" | "des" | "et" | "à" | "au" | "aux" | "ou"
                )
        })
}

/// Whether a noun, singular or plural, names someone who can speak (« élus », « habitants »).
fn speaking_noun(low: &str) -> bool {
    can_speak(low) || low.strip_suffix(['s', 'x']).is_some_and(can_speak)
}

/// « trois syndicats, la FSU, Sud et la CGT, dénoncent », « Deux ONG, Oxfam et Amnesty, ont
/// dénoncé »: the first and last tokens of the names listed (the last after « et », each a
/// capitalized word after an article or none) between a counted or plural group and the
/// comma at `comma` before the verb.
fn names_listed_after_group(toks: &[Tok], comma: usize) -> Option<(usize, usize)> {
    let item_start = |end: usize| {
        (0..end)
            .rev()
            .find(|&k| !toks[k].word || toks[k].low == "et")
            .map_or(0, |k| k + 1)
    };
    let name_item = |a: usize, end: usize| {
        a < end
            && end - a <= 4
            && named_item(toks, a)
            && toks[a..end].iter().all(|t| {
                !t.quoted && !is_finite_verb(t) && !matches!(t.low.as_str(), "de" | "du" | "des")
            })
    };
    let last = item_start(comma);
    if last < 2 || toks[last - 1].low != "et" || !name_item(last, comma) {
        return None;
    }
    let mut end = last - 1;
    loop {
        let a = item_start(end);
        if !name_item(a, end) || a < 3 || toks[a - 1].low != "," {
            return None;
        }
        if group_before(toks, a - 1) {
            return Some((a, comma - 1));
        }
        end = a - 1;
    }
}

/// Whether a counted or plural group of people or bodies ends right before the comma at
/// `comma` (« trois syndicats », « Deux ONG », « les deux partis », « plusieurs
/// associations »): a plural determiner or a count, then at most three words, no verb, not
/// after a preposition (« les salariés de trois syndicats, … » is no group of speakers).
fn group_before(toks: &[Tok], comma: usize) -> bool {
    (comma.saturating_sub(4)..comma.saturating_sub(1)).any(|h| {
        let det = toks[h].low.as_str();
        let counted = lexicon::CARDINALS.contains(&det)
            || matches!(det, "les" | "des" | "plusieurs" | "ces" | "leurs" | "nos");
        let after_preposition = h > 0
            && (lexicon::PREPOSITIONS.contains(&toks[h - 1].low.as_str())
                || matches!(
                    toks[h - 1].low.as_str(),
                    "des" | "du" | "aux" | "au" | "de" | "d'"
                ));
        counted
            && !after_preposition
            && toks[h + 1..comma]
                .iter()
                .all(|t| t.word && !t.quoted && !t.upper && !is_finite_verb(t))
            || counted && !after_preposition && h + 2 == comma && toks[h + 1].caps
    })
}

/// « Les membres de la majorité PS, MR et Engagés », « Les maires de Lyon, Paris et
/// Marseille », « les syndicats CGT, FO et CFDT »: where the noun phrase starts when the
/// names `from..end` after a comma (the last after « et ») continue a first name glued to a
/// noun or a complement before the comma (not a name opening its own item: « La CGT, FO et
/// la CFDT »). The noun phrase opens the clause on an article and a lowercase noun.
fn names_continuing_a_complement(toks: &[Tok], from: usize, end: usize) -> Option<usize> {
    if from < 3 || toks[from - 1].low != "," {
        return None;
    }
    let et = (from..end).find(|&k| toks[k].low == "et")?;
    let name_item = |a: usize, b: usize| {
        a < b
            && b - a <= 3
            && named_item(toks, a)
            && toks[a..b]
                .iter()
                .all(|t| t.word && !t.quoted && !is_finite_verb(t))
    };
    let inner_commas: Vec<usize> = (from..et).filter(|&k| toks[k].low == ",").collect();
    let mut a = from;
    for &c in &inner_commas {
        if !name_item(a, c) {
            return None;
        }
        a = c + 1;
    }
    if !name_item(a, et) || !name_item(et + 1, end) {
        return None;
    }
    let glued = from - 2;
    let start = subject_start(toks, from - 1);
    let name_glued = toks[glued].upper
        && toks[glued].word
        && glued > start
        && toks[glued - 1].word
        && !toks[glued - 1].upper;
    let opens = start == 0 || !toks[start - 1].word;
    (name_glued
        && opens
        && lexicon::DETERMINERS.contains(&toks[start].low.as_str())
        && toks.get(start + 1).is_some_and(|t| t.word && !t.upper)
        && holds_no_clause(toks, start, from - 1))
    .then_some(start)
}

/// Whether a list item at `a` is a name (« FO », « Sud », « la CFDT »): a capitalized word,
/// after a definite article or none.
fn named_item(toks: &[Tok], a: usize) -> bool {
    let head = a + usize::from(matches!(toks[a].low.as_str(), "le" | "la" | "l'" | "les"));
    toks.get(head)
        .is_some_and(|t| t.word && t.upper && !t.quoted)
}

/// The determiners a list item of `determiner_list` opens with.
const ITEM_DETERMINERS: &[&str] = &[
    "le", "la", "l'", "les", "un", "une", "des", "ses", "son", "sa", "leurs", "leur",
];

/// « Les organisations CGT de Cargill (Nord), Michelin à Blois, Bosch à Rodez et Luxfer
/// souhaitent »: the last items of a list (`from..end`, after a comma or a parenthesis) are
/// not its speakers; unresolved, in the article's words, rather than a wrong name.
fn list_tail(text: &str, toks: &[Tok], from: usize, end: usize) -> Option<Speaker> {
    // (Not the commas of a list of one noun's complements: « adjoint en charge des sports, de
    // la culture et des parcs ».)
    if from < 2
        || !matches!(toks[from - 1].low.as_str(), "," | ")")
        || !toks[from..end].iter().any(|t| t.low == "et" && !t.quoted)
        || (from..end).any(|k| toks[k].low == "," && complement_list_after(toks, k, end))
    {
        return None;
    }
    let start = toks[..from]
        .iter()
        .rposition(|t| matches!(t.low.as_str(), "." | ";" | ":") || is_quote_mark(t))
        .map_or(0, |k| k + 1);
    let list = toks[start..from].iter().filter(|t| t.low == ",").count() >= 2
        && !toks[start..from]
            .iter()
            .any(|t| !t.quoted && is_finite_verb(t));
    list.then(|| Speaker::unresolved(slice(text, toks, start, end - 1)))
}

/// Verbs that continue what someone was saying (« a-t-il ajouté », « poursuit-elle »): their
/// pronoun stands for the last one who spoke, not for a subject named since.
const CONTINUATION_VERBS: &[&str] = &[
    "ajouter",
    "poursuivre",
    "renchérir",
    "insister",
    "compléter",
    "conclure",
    "enchaîner",
    "continuer",
    "répéter",
];

/// Where the subject ends when a sentence opens on a verbless noun phrase, then a quotation
/// continuing its clause up to the incise at `cue_start` (« Le gouvernement « rappelle … »,
/// a-t-il dit »): the opening quote mark, before the first quoted token `first_quoted`.
fn subject_before_quotation(toks: &[Tok], first_quoted: usize, cue_start: usize) -> Option<usize> {
    let open = first_quoted.checked_sub(1)?;
    // (« Un suspect, « un homme a été interpellé », a-t-il ajouté »: a noun phrase set off by
    // a comma before the quotation is its topic, not a subject the quotation continues.)
    if open == 0 || !is_quote_mark(&toks[open]) || toks[open - 1].low == "," {
        return None;
    }
    // (No verb, colon or other quotation before it: « Le maire a dit : « … » » has its own.)
    let verbless = toks[..open]
        .iter()
        .all(|t| !is_finite_verb(t) && !is_quote_mark(t) && t.low != ":");
    let close = (first_quoted..cue_start).find(|&k| !toks[k].quoted && is_quote_mark(&toks[k]))?;
    let up_to_incise = toks[close + 1..cue_start].iter().all(|t| t.low == ",");
    (verbless && up_to_incise && toks[..open].iter().any(|t| t.word)).then_some(open)
}

/// A noun phrase's head, lowercased: its first word past determiners, elided articles and
/// role adjectives (« la nouvelle préfecture » → « préfecture »).
pub(super) fn phrase_head(np: &str) -> Option<String> {
    let low = np.to_lowercase().replace('’', "'");
    low.split([' ', '\''])
        .find(|w| {
            !w.is_empty()
                && !lexicon::DETERMINERS.contains(w)
                && !matches!(*w, "l" | "d")
                && !ROLE_ADJECTIVES.contains(w)
        })
        .map(str::to_string)
}

/// Whether a noun phrase's head, past its determiner and adjectives, is an institution's or
/// a source's word (« le parquet », « la nouvelle préfecture »), not a person's or a thing's.
fn names_an_institution(np: &str) -> bool {
    phrase_head(np).as_deref().is_some_and(|head| {
        institution_word(head) || is_descriptor(head) || lexicon::SOURCE_NOUNS.contains(&head)
    })
}

/// Figures and studies a source gives (« le bilan », « les chiffres », « l'étude »), beside
/// the counts and findings of `cues::is_finding`.
const FIGURES_AND_STUDIES: &[&str] = &[
    "bilan",
    "bilans",
    "chiffre",
    "chiffres",
    "estimation",
    "estimations",
    "statistiques",
    "données",
    "résultats",
    "sondage",
    "sondages",
    "étude",
    "études",
    "palmarès",
    "baromètre",
];

/// Whether a noun phrase's head names a writing or a count (« le rapport », « le texte de
/// loi », « le bilan », « les chiffres »): one of [`DOCUMENTS`], [`FIGURES_AND_STUDIES`], or
/// a count or finding a « selon » may cite (« le décompte », « les projections »); never a
/// person or a body (« le parquet », « les enquêteurs »).
fn names_a_writing_or_count(np: &str) -> bool {
    phrase_head(np).as_deref().is_some_and(|head| {
        DOCUMENTS.contains(&head) || FIGURES_AND_STUDIES.contains(&head) || cues::is_finding(head)
    })
}

/// Whether the clause before token `end` is in the passive: « été » after a form of
/// « avoir » (« a été identifié », « avaient été interpellés »), outside quotations.
fn passive_before(toks: &[Tok], end: usize) -> bool {
    toks[..end].windows(2).any(|w| {
        !w[1].quoted
            && w[1].low == "été"
            && matches!(
                w[0].low.as_str(),
                "a" | "ont" | "avait" | "avaient" | "aura" | "auront" | "aurait" | "auraient"
            )
    })
}

/// Whether what stands before the incise at `incise` is a clause of the narrator's whose
/// quotation marks only set off a term inside it (« la préfecture a activé le « plan
/// alarme » qui renforce la surveillance, a-t-elle précisé »): it neither opens on a quotation
/// nor ends on one before the incise.
fn quoted_only_inside_clause(toks: &[Tok], incise: usize) -> bool {
    let before = toks[..incise].iter().rev().find(|t| t.low != ",");
    let opens_on_quote = toks.first().is_some_and(|t| t.quoted || is_quote_mark(t));
    !opens_on_quote && before.is_some_and(|t| t.word && !t.quoted && !is_quote_mark(t))
}

/// The last speaker of the pronoun's gender, when a continuation verb's subject is « il » or
/// « elle ».
fn continued_by(cue: &Cue, pronoun: &str, people: &People) -> Option<Speaker> {
    if !CONTINUATION_VERBS.contains(&cue.verb.lemma) {
        return None;
    }
    let gender = match pronoun {
        "il" => Gender::Male,
        "elle" => Gender::Female,
        _ => return None,
    };
    let last = people.last_speaker(gender, pronoun)?;
    // (Someone else of that gender opened a sentence since: the pronoun may stand for either,
    // and stays unresolved rather than take a name it cannot be sure of.)
    // (So did a claim since whose speaker was not identified.)
    if people.subject_since(last, gender)
        || people.unidentified_speech_since(last, |words| could_be(words, gender))
    {
        return Some(Speaker::unresolved(pronoun.to_string()));
    }
    let shown = people.continued_in_full(last, pronoun);
    Some(Speaker::of(shown, shown.kind))
}

/// The speaker an inverted incise's pronoun stands for: a continuation verb's last speaker
/// (see [`continued_by`]); else the entity the pronoun reaches, unless that entity opened a
/// sentence naming another person of its gender since someone else of that gender spoke
/// (« X a déclaré … . Dimanche, Y a dû renoncer au match, tandis que Z est sorti blessé.
/// « … », a-t-il avoué »): the one who spoke and the sentence's subject may both be meant,
/// unresolved. So for a body that was only a subject since a person of the pronoun's gender
/// spoke (« Nicola Fox a dit … . Grâce au télescope, la NASA pourra … . « … », a-t-elle
/// déclaré »): a quotation's incise goes on with either.
fn incise_pronoun_speaker(cue: &Cue, pronoun: &str, people: &People) -> Speaker {
    if let Some(continued) = continued_by(cue, pronoun, people) {
        return continued;
    }
    let speaker = pronoun_speaker(pronoun, people);
    let gender = match pronoun {
        "il" => Gender::Male,
        "elle" => Gender::Female,
        _ => return speaker,
    };
    let rival = speaker.kind != SpeakerKind::Unattributed
        && people.who_spoke_last(gender).is_some_and(|last| {
            !super::coreference::same_name(&last.name, &speaker.name)
                && people.subject_since(last, gender)
                && people.named_beside_another(&speaker.name, gender)
        });
    if rival || people.silent_institution_beside_a_speaker(&speaker, gender) {
        return Speaker::unresolved(pronoun.to_string());
    }
    speaker
}

/// The subject pronoun of an inverted incise right before token `at` (« a-t-il rassuré en
/// soulignant », « assure-t-elle, précisant »): the incise verb, its participle and an adverb
/// or two between, no quotation or other punctuation.
fn incise_pronoun_before(toks: &[Tok], at: usize) -> Option<&'static str> {
    let end = if at > 0 && toks[at - 1].low == "," {
        at - 1
    } else {
        at
    };
    for k in (end.saturating_sub(4)..end).rev() {
        let t = &toks[k];
        if !t.word || t.quoted {
            return None;
        }
        if let Some((_, pronoun)) = super::tokens::split_inverted(&t.low) {
            return ["il", "elle", "ils", "elles"]
                .into_iter()
                .find(|p| *p == pronoun);
        }
    }
    None
}

/// The speaker a narrative infinitive with no subject continues (« Le maire a salué la
/// décision. Puis d'ajouter : « … » »): the last one to speak, in this sentence or the two
/// before, when no one else spoke in that sentence and no other person or role opened a
/// sentence since; otherwise unresolved.
fn narrative_speaker(people: &People) -> Speaker {
    let recent: Vec<&Person> = people
        .mentions
        .iter()
        .filter(|p| p.spoke && p.sentence + 2 >= people.sentence)
        .collect();
    let Some(last) = recent.iter().max_by_key(|p| p.sentence) else {
        return Speaker::unresolved(String::new());
    };
    let rival = recent
        .iter()
        .any(|p| p.sentence == last.sentence && p.name != last.name);
    if rival || people.subject_since(last, last.gender) {
        return Speaker::unresolved(String::new());
    }
    Speaker::of(last, last.kind)
}

/// Where the subject ending before token `end` starts: back to a boundary, a clause break,
/// « et » after a clause, a conjunction or a verb.
fn subject_start(toks: &[Tok], end: usize) -> usize {
    let mut from = end;
    while from > 0 {
        let p = &toks[from - 1];
        // « Les Forces de soutien rapide (FSR, paramilitaires) du Soudan ont déclaré »: an
        // acronym or gloss in brackets inside the name, its complement after it.
        if let Some(open) = bracket_inside_name(toks, from, end) {
            from = open;
            continue;
        }
        // « Des salariés des usines de Lyon, de Lille et de Nantes ont »: a list of the
        // noun's complements runs on past its commas.
        if let Some(before) = past_complement_list(toks, from, end) {
            from = before;
            continue;
        }
        // (« Mali – Le chef de la junte assure »: a dash after a topic.)
        // (« le ministre à qui ils demandent »: a relative opened by a preposition has its
        // own subject after « qui ».)
        if is_boundary(p)
            || is_quote_mark(p)
            || lexicon::CLAUSE_BREAKS.contains(&p.low.as_str())
            || matches!(p.low.as_str(), "–" | "—")
            || p.low == "qui"
                && from >= 2
                && lexicon::PREPOSITIONS.contains(&toks[from - 2].low.as_str())
        {
            break;
        }
        // « ils se serrent la main et le médecin déclare »: « et » after a clause; « Et le
        // ministre d'ajouter »: « Et » opening the sentence.
        if p.low == "et" && (from == 1 || verb_between(toks, from - 1)) {
            break;
        }
        // « comme le représentant l'a précisé », « C'est pourquoi notre résolution demande »:
        // the subject starts after a conjunction or a verb.
        // (« le chef d'unité de peste », « le médecin de garde »: right after « de », a
        // verb's form is a noun, as in np_end; « les témoins sur place »: after any
        // preposition.)
        let after_determiner = from >= 2
            && (lexicon::DETERMINERS.contains(&toks[from - 2].low.as_str())
                || lexicon::PREPOSITIONS.contains(&toks[from - 2].low.as_str())
                || matches!(toks[from - 2].low.as_str(), "de" | "d'"));
        if matches!(p.low.as_str(), "comme" | "pourquoi")
            || is_finite_verb(p) && !after_determiner && !p.upper && !modifies_noun(toks, from - 1)
        {
            break;
        }
        from -= 1;
    }
    past_heading(toks, from, end)
}

/// Where the subject starts past a heading glued to the sentence (« Lyon Le maire a déclaré »,
/// « Bordeaux La préfète annonce »): the span `from..end` opens on capitalized words and
/// holds an article with a capital before a lowercase word, which only a sentence opens (a
/// surname's « Le » has a capital after it: « Marine Le Pen »).
fn past_heading(toks: &[Tok], from: usize, end: usize) -> usize {
    (from + 1..end)
        .find(|&k| {
            toks[k].upper
                && matches!(toks[k].low.as_str(), "le" | "la" | "les" | "l'")
                && toks
                    .get(k + 1)
                    .is_some_and(|n| n.word && !n.upper && !n.quoted)
        })
        .filter(|&k| toks[from..k].iter().all(|t| t.word && t.upper && !t.quoted))
        .unwrap_or(from)
}

/// Where the subject starts when an adjunct opens the clause with no comma after it (« Lors
/// de sa visite à Bamako le ministre a déclaré », « Dans un communiqué publié lundi les
/// syndicats ont dénoncé », « Par ailleurs la ministre a affirmé »): the span `from..end`
/// opens on a preposition, and an article, a possessive or a demonstrative stands right after
/// a noun, a name, an adjective or an adverb ending that adjunct (the tagger's reading: not
/// after a verb whose object it would open), before no date (« publié le 3 mars »). `from`
/// itself otherwise.
fn past_fronted_adjunct(text: &str, toks: &[Tok], from: usize, end: usize) -> usize {
    let opens_on_preposition = toks.get(from).is_some_and(|t| {
        !t.quoted
            && (lexicon::PREPOSITIONS.contains(&t.low.as_str()) && t.low != "pour"
                || matches!(
                    t.low.as_str(),
                    "malgré" | "durant" | "dès" | "face" | "suite"
                ))
    });
    if !opens_on_preposition || end < from + 3 {
        return from;
    }
    let tags = super::pos::tags(text, toks);
    (from + 2..end)
        .find(|&k| subject_opens_after_adjunct(toks, &tags, k))
        .unwrap_or(from)
}

/// Whether the determiner at `k` opens a new noun phrase after the one before it: an article,
/// a possessive or a demonstrative (not « du », « des », which may be « de » and an article),
/// after a word that ends a phrase, opening no date.
fn subject_opens_after_adjunct(toks: &[Tok], tags: &[Upos], k: usize) -> bool {
    const OPENERS: &[&str] = &[
        "le",
        "la",
        "l'",
        "les",
        "un",
        "une",
        "ce",
        "cet",
        "cette",
        "ces",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "notre",
        "nos",
        "plusieurs",
    ];
    let (prev, det, next) = (&toks[k - 1], &toks[k], toks.get(k + 1));
    // (« en fin de journée », « lors de son arrivée »: a noun of a participle's form after
    // « de » or an article, which the tagger may read as a verb.)
    let noun_of_participle_form = participle_form(&prev.low)
        && toks.get(k.wrapping_sub(2)).is_some_and(|t| {
            lexicon::DETERMINERS.contains(&t.low.as_str())
                || OPENERS.contains(&t.low.as_str())
                || matches!(t.low.as_str(), "de" | "d'")
        });
    let ends_phrase = prev.word
        && !prev.quoted
        && (matches!(
            tags[k - 1],
            Upos::Noun | Upos::Propn | Upos::Adj | Upos::Adv | Upos::Num
        ) || noun_of_participle_form)
        && !lexicon::PREPOSITIONS.contains(&prev.low.as_str())
        && !matches!(prev.low.as_str(), "de" | "d'" | "et" | "ou" | "tout");
    let date = next.is_some_and(|n| {
        n.low.starts_with(|c: char| c.is_ascii_digit())
            || TIME_NOUNS.contains(&n.low.as_str())
            || lexicon::TIME_WORDS.contains(&n.low.as_str())
            || lexicon::MONTHS.contains(&n.low.as_str())
    });
    !det.quoted && OPENERS.contains(&det.low.as_str()) && ends_phrase && !date
}

/// Walking back from `from` (the token after it a comma) to a subject ending at `end`:
/// where the walk resumes when that comma opens the next item of a list of the noun's
/// complements (« Des salariés des usines de Lyon, de Lille et de Nantes », « Les ministères
/// de l'Économie (Mef), du Commerce … »), past a short bracket before it.
fn past_complement_list(toks: &[Tok], from: usize, end: usize) -> Option<usize> {
    (toks[from - 1].low == "," && complement_list_after(toks, from - 1, end))
        .then(|| short_bracket_before(toks, from - 1).unwrap_or(from - 1))
}
/// Whether the comma at `comma` sets off the next item of a list of a noun's complements
/// that « et » closes before `end` (« des usines de Lyon, de Lille et de Nantes », « des
/// secteurs de la restauration, du nettoyage et de l'hôtellerie »): « du », or « de », « d' »
/// and a name or an article, right after the comma, « et » and « de », « du » or « des »
/// after it, and before the comma
/// a noun phrase opening on a determiner or a capital, not a preposition, that holds a
/// complement of its own.
fn complement_list_after(toks: &[Tok], comma: usize, end: usize) -> bool {
    let de = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.low.as_str(), "de" | "d'" | "du" | "des") && !t.quoted)
    };
    let item_opens = complement_item_opens(toks, comma);
    let closed_by_et = (comma + 2..end).any(|k| toks[k].low == "et" && de(k + 1));
    // (« de l'Économie (Mef), du Commerce »: an acronym in brackets closing the item.)
    let before = short_bracket_before(toks, comma).unwrap_or(comma);
    let start = toks[..before]
        .iter()
        .rposition(|t| is_boundary(t) || is_quote_mark(t))
        .map_or(0, |k| k + 1);
    // (Or a bare function set off by a comma: « Paul Martin, adjoint en charge des sports,
    // de la culture et des parcs ».)
    let apposed = start > 0 && toks[start - 1].low == ",";
    let head_phrase = toks.get(start).is_some_and(|t| {
        t.word
            && !t.quoted
            && (lexicon::DETERMINERS.contains(&t.low.as_str()) || t.upper || apposed)
            && !lexicon::PREPOSITIONS.contains(&t.low.as_str())
            && !matches!(t.low.as_str(), "de" | "d'" | "selon" | "lors")
    });
    let holds_complement = (start + 1..before).any(de);
    item_opens && closed_by_et && head_phrase && holds_complement
}

/// Whether the comma at `comma` is followed by what opens an item of a list of a noun's
/// complements: « du », « de » or « d' » and a name or an article (« de Lille », « de la
/// CFDT », « du nettoyage »; not « de passage », « de bonne humeur », an adjunct), « des » and
/// a name (« , des Finances », not « , des élus », a noun phrase of its own).
fn complement_item_opens(toks: &[Tok], comma: usize) -> bool {
    let after = |k: usize| toks.get(k).filter(|t| t.word && !t.quoted);
    match after(comma + 1).map(|t| t.low.as_str()) {
        Some("du") => true,
        Some("de" | "d'") => after(comma + 2).is_some_and(|n| {
            n.upper || matches!(n.low.as_str(), "la" | "l'" | "leur" | "son" | "sa")
        }),
        Some("des") => after(comma + 2).is_some_and(|n| n.upper),
        _ => false,
    }
}

/// Whether the comma at `comma`, inside the noun phrase opened at `from`, goes on with the
/// next of its complements, « et » closing the list (« le ministre de l'Économie, des
/// Finances et de la Relance », « son département de la défense, de la protection de la
/// population et des sports »): the phrase opens on a determiner or a capital and holds a
/// complement before the comma, an item opens after it ([`complement_item_opens`]), and
/// « et » then « de », « du », « des » or « d' » come before any punctuation but commas and
/// brackets.
fn complement_list_continues(toks: &[Tok], from: usize, comma: usize) -> bool {
    let de = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.low.as_str(), "de" | "d'" | "du" | "des") && !t.quoted)
    };
    let head_phrase = toks[from].word
        && !toks[from].quoted
        && (lexicon::DETERMINERS.contains(&toks[from].low.as_str()) || toks[from].upper);
    let list_end = (comma + 1..toks.len())
        .find(|&k| !toks[k].word && !matches!(toks[k].low.as_str(), "," | "(" | ")"))
        .unwrap_or(toks.len());
    head_phrase
        && (from + 1..comma).any(de)
        && complement_item_opens(toks, comma)
        && (comma + 2..list_end).any(|k| toks[k].low == "et" && !toks[k].quoted && de(k + 1))
}

/// The opening bracket of a short name in brackets ending right before `at` (« (Mef) »,
/// « (CGT) »): one capitalized word of at most six letters after a word.
fn short_bracket_before(toks: &[Tok], at: usize) -> Option<usize> {
    let close = at.checked_sub(1).filter(|&c| toks[c].low == ")")?;
    let open = close.checked_sub(2).filter(|&o| toks[o].low == "(")?;
    let name = &toks[open + 1];
    (name.word && name.upper && !name.quoted && name.low.chars().count() <= 6 && open > 0)
        .then_some(open)
}

/// The « ne » of a negated verb that ends right before `end` (« ne décolère pas », « ne se
/// décourage pas », « n'en démord pas »): « ne » or « n' », one verb and at most two clitics
/// in lower case, then « pas », « plus », « jamais », « guère » or « point ».
fn negated_verb_before(toks: &[Tok], end: usize) -> Option<usize> {
    let negation = |k: usize| {
        toks.get(k)
            .is_some_and(|t| lexicon::NEGATION_WORDS.contains(&t.low.as_str()))
    };
    // (The cue's group may open on the negation itself.)
    let neg = [end.checked_sub(1)?, end]
        .into_iter()
        .find(|&k| negation(k))?;
    let ne = (neg.saturating_sub(4)..neg)
        .rev()
        .find(|&k| matches!(toks[k].low.as_str(), "ne" | "n'"))?;
    let verb_group = neg > ne + 1
        && toks[ne + 1..neg]
            .iter()
            .all(|t| t.word && !t.upper && !t.quoted);
    verb_group.then_some(ne)
}

/// The opening quotation mark of a name in quotation marks that ends right before the verb
/// at `verb` (« La « Ligue des usagers » a dénoncé », « le collectif « Stop Béton » affirme »):
/// at most six words, no verb, no punctuation but brackets inside; an article or a descriptor
/// (« association », « collectif », « ONG », …) right before the opening mark, in the same
/// clause.
fn quoted_name_before(toks: &[Tok], verb: usize) -> Option<usize> {
    let close = verb.checked_sub(1)?;
    if !is_quote_mark(&toks[close]) || toks[close].quoted {
        return None;
    }
    let open = (close.saturating_sub(9)..close)
        .rev()
        .find(|&k| is_quote_mark(&toks[k]))?;
    let inside = &toks[open + 1..close];
    let words = inside.iter().filter(|t| t.word).count();
    let name_like = (1..=6).contains(&words)
        && inside
            .iter()
            .all(|t| t.word && !is_finite_verb(t) || matches!(t.low.as_str(), "(" | ")"));
    let before = toks.get(open.checked_sub(1)?)?;
    let introduced = before.word
        && !before.quoted
        && (matches!(before.low.as_str(), "le" | "la" | "l'" | "les")
            || is_descriptor(&before.low)
            || ASSOCIATION_HEADS.contains(&before.low.as_str()));
    (name_like && introduced).then_some(open)
}

/// The opening bracket of a short aside ending right before `from` (« (FSR, paramilitaires) »,
/// « (CENI) ») that stands inside a name: a complement (« du Soudan », « de Guinée ») follows
/// it up to `end`, a word (no punctuation) precedes it, and it holds only unquoted words and
/// commas, no verb.
fn bracket_inside_name(toks: &[Tok], from: usize, end: usize) -> Option<usize> {
    let close = from.checked_sub(1)?;
    // (« secrétaire général du SNES (Syndicat national) et membre du bureau »: or a second
    // bare function joined by « et ».)
    let second_function = toks[from].low == "et"
        && toks.get(from + 1).is_some_and(|n| {
            n.word && !n.upper && !n.quoted && !lexicon::DETERMINERS.contains(&n.low.as_str())
        });
    if toks[close].low != ")"
        || from >= end
        || !(matches!(toks[from].low.as_str(), "de" | "du" | "des" | "d'") || second_function)
    {
        return None;
    }
    let open = (close.saturating_sub(8)..close)
        .rev()
        .find(|&k| toks[k].low == "(")?;
    let inside_ok = open + 1 < close
        && toks[open + 1..close]
            .iter()
            .all(|t| !t.quoted && (t.word && !is_finite_verb(t) || t.low == ","));
    let before_ok = open
        .checked_sub(1)
        .is_some_and(|b| toks[b].word && !toks[b].quoted);
    (inside_ok && before_ok).then_some(open)
}

/// The finite verb (its auxiliary, when it has one) that an infinitive cue of purpose depends
/// on: « a envoyé une lettre pour lui reprocher », « a écrit au maire afin de dénoncer », « a
/// écouté les salariés avant d'affirmer »; the nearest one before « pour » in the same clause.
fn purpose_of(toks: &[Tok], cue: &Cue) -> Option<usize> {
    let verb = &toks[cue_verb(toks, cue)];
    if cue.inverted.is_some() || !["er", "ir", "re"].iter().any(|e| verb.low.ends_with(e)) {
        return None;
    }
    let mut q = cue.group_start;
    while q > 0 && CLITICS.contains(&toks[q - 1].low.as_str()) {
        q -= 1;
    }
    verb_before_purpose(toks, q.checked_sub(1)?)
}

/// The finite verb (its auxiliary, when it has one) before the word at `at` that opens an
/// infinitive of purpose or of what came next (« pour », « afin de », « avant de »), in the
/// same clause (past a comma right before « avant de »: « a rencontré les habitants, avant
/// d'annoncer »).
pub(super) fn verb_before_purpose(toks: &[Tok], at: usize) -> Option<usize> {
    let opener = &toks[at];
    let after = |word: &str| at > 0 && toks[at - 1].low == word;
    let purpose = opener.low == "pour"
        || matches!(opener.low.as_str(), "de" | "d'") && (after("afin") || after("avant"));
    if !purpose || opener.quoted {
        return None;
    }
    let mut pour = if opener.low == "pour" { at } else { at - 1 };
    // (« a rencontré les habitants, avant d'annoncer »)
    if toks[pour].low == "avant" && pour > 0 && toks[pour - 1].low == "," {
        pour -= 1;
    }
    let mut k = (0..pour).rev().find(|&k| {
        let t = &toks[k];
        is_boundary(t)
            || is_quote_mark(t)
            || lexicon::CLAUSE_BREAKS.contains(&t.low.as_str())
            || conjugated_verb(toks, k)
    })?;
    if !conjugated_verb(toks, k) || toks[k].quoted {
        return None;
    }
    // (« a … envoyé »: the auxiliary, an adverb between; « fût mise »: a subjunctive.)
    for back in 1..=2 {
        let aux = k.checked_sub(back).map(|b| toks[b].low.as_str());
        if aux.is_some_and(|a| lexicon::AUXILIARIES.contains(&a) || matches!(a, "fût" | "eût")) {
            k -= back;
            break;
        }
    }
    // (« s'est rendue », « ne s'est pas rendu »: the reflexive and the negation belong to
    // the verb, not to its subject.)
    while k > 0 && matches!(toks[k - 1].low.as_str(), "se" | "s'" | "ne" | "n'") {
        k -= 1;
    }
    // (Not a verb in the passive, whose subject does nothing: « l'armée a été mise en alerte
    // pour prévenir … »; nor one of a relative clause: « Le Manitoba, qui a acheté des
    // publicités pour condamner … ».)
    let relative = k > 0 && matches!(toks[k - 1].low.as_str(), "qui" | "que" | "qu'");
    (!relative && !passive_group(toks, k)).then_some(k)
}

/// Whether the word at `k` is a conjugated verb (`is_finite_verb`), not an infinitive
/// (« décide de prendre ») nor a noun of the same form after a determiner or a preposition
/// (« un communiqué », « en état d'alerte »), nor a participle qualifying a noun.
fn conjugated_verb(toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    let after_noun_opener = k > 0 && {
        let p = toks[k - 1].low.as_str();
        lexicon::DETERMINERS.contains(&p)
            || lexicon::PREPOSITIONS.contains(&p)
            || matches!(p, "de" | "d'")
    };
    is_finite_verb(t)
        && (lexicon::AUXILIARIES.contains(&t.low.as_str())
            || !cues::is_infinitive(&t.low) && !after_noun_opener)
        && !modifies_noun(toks, k)
}

/// Whether the verb group at `k` is a passive: a form of « être » (« été » after it maybe)
/// then a participle of a verb not conjugated with « être » (« a été mise », « sont
/// invités »; not « sont descendus », « se sont rendus »).
fn passive_group(toks: &[Tok], k: usize) -> bool {
    if k > 0 && matches!(toks[k - 1].low.as_str(), "se" | "s'") {
        return false;
    }
    let etre = cues::ETRE.contains(&toks[k].low.as_str())
        || matches!(toks[k].low.as_str(), "fût" | "soit" | "soient")
        || lexicon::AUXILIARIES.contains(&toks[k].low.as_str())
            && toks.get(k + 1).is_some_and(|t| t.low == "été");
    let participle = toks[k + 1..]
        .iter()
        .find(|t| t.word && !lexicon::ADVERBS.contains(&t.low.as_str()) && t.low != "été");
    etre && participle.is_some_and(|t| {
        let low = t.low.as_str();
        // (« mise », « tenus », « saisie »: the endings of the participles in -is, -it, -u, -i.)
        let ending = [
            "is", "ise", "ises", "it", "ite", "ites", "u", "ue", "us", "ues", "ie", "ies",
        ]
        .iter()
        .any(|e| low.ends_with(e));
        (cues::may_be_participle(low) || ending) && !super::same_sentence::takes_etre(low)
    })
}

/// The subject of « NP, APPOSITION verb » when the apposition `from..end` (opened by an
/// article) has lost its closing comma: the sentence's opening noun phrase, one phrase up to
/// the comma, with an article and no date (« La veille, le maire a dit » keeps « le maire »);
/// the apposition's person when it names one and the opening phrase is a function.
fn open_apposition(
    text: &str,
    toks: &[Tok],
    from: usize,
    end: usize,
    people: &People,
) -> Option<Speaker> {
    let comma = from.checked_sub(1).filter(|&c| toks[c].low == ",")?;
    let start = toks[..comma]
        .iter()
        .rposition(|t| is_boundary(t) && t.low != "," || is_quote_mark(t))
        .map_or(0, |k| k + 1);
    let opening = &toks[start..comma];
    let article = |t: &Tok| {
        matches!(
            t.low.as_str(),
            "le" | "la" | "l'" | "les" | "un" | "une" | "ce" | "cet" | "cette" | "ces"
        )
    };
    let dated = opening.iter().any(|t| {
        t.low.chars().any(|c| c.is_ascii_digit())
            || TIME_NOUNS.contains(&t.low.trim_end_matches("-là"))
            || lexicon::MONTHS.contains(&t.low.as_str())
            || lexicon::TIME_WORDS.contains(&t.low.as_str())
                && !matches!(t.low.as_str(), "dernier" | "dernière" | "prochain")
    });
    if opening.len() < 2
        || !article(&opening[0])
        // (« Le roi X, terrifié par les troupes demande »: a participle's phrase too.)
        || !toks.get(from).is_some_and(|t| {
            article(t)
                || !t.upper
                    && !t.quoted
                    && ["é", "ée", "és", "ées"].iter().any(|e| t.low.ends_with(e))
                    && !can_speak(&t.low)
        })
        // (« Les syndicats de la SNCF, la RATP et les taxis ont appelé »: a list.)
        || toks[from..end].iter().any(|t| matches!(t.low.as_str(), "et" | "ou"))
        || dated
        || np_end(toks, start) + 1 != comma
        || opening
            .iter()
            .any(|t| t.quoted || is_finite_verb(t) && !article(t))
    {
        return None;
    }
    let outer = classify(text, toks, start, comma - 1, people);
    if outer.kind == SpeakerKind::Unattributed {
        return None;
    }
    let named = classify(text, toks, from, end - 1, people);
    if named.kind == SpeakerKind::Person && outer.kind == SpeakerKind::Role {
        return Some(Speaker {
            role: named.role.clone().or(Some(strip_determiner(&outer.name))),
            ..named
        });
    }
    Some(outer)
}

/// Whether the verb form at `k` is a past participle right after a noun and its determiner
/// (« Le policier maintenu en détention », « les salariés licenciés »): it belongs to that
/// noun phrase, not to a clause of its own.
fn modifies_noun(toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    let noun = |n: usize| {
        let w = &toks[n];
        w.word
            && !w.quoted
            && !lexicon::DETERMINERS.contains(&w.low.as_str())
            && !lexicon::PREPOSITIONS.contains(&w.low.as_str())
            && !lexicon::AUXILIARIES.contains(&w.low.as_str())
            && !matches!(
                w.low.as_str(),
                "de" | "d'" | "et" | "ou" | "qui" | "que" | "qu'"
            )
    };
    // (« Le maire, inquiété par les pluies demande »: an apposition opened by a participle.)
    if k >= 1
        && toks[k - 1].low == ","
        && !t.upper
        && ["é", "ée", "és", "ées"].iter().any(|e| t.low.ends_with(e))
    {
        return true;
    }
    // (« à doses répétées », « dans des ports éloignés »: so does a participle in -é after a
    // noun in a noun's slot.)
    let noun_in_slot = k >= 2
        && noun(k - 1)
        && noun_slot(toks, k - 1, 0)
        && ["é", "ée", "és", "ées"].iter().any(|e| t.low.ends_with(e));
    noun_in_slot
        || participle_form(&t.low)
            && !t.low.ends_with("ait")
            && k >= 2
            && noun(k - 1)
            && (lexicon::DETERMINERS.contains(&toks[k - 2].low.as_str())
            && !is_finite_verb(&toks[k - 1])
            || toks[k - 1].upper && toks[k - 2].upper
            // (« la Banque mondiale lancée »: a name and its adjective.)
            || toks[k - 2].upper
                && !toks[k - 2].quoted
                && k >= 3
                && lexicon::DETERMINERS.contains(&toks[k - 3].low.as_str())
                && !is_finite_verb(&toks[k - 1]))
}

/// Whether `t`, right before a present participle, may end the noun phrase the participle
/// hangs on: a word outside a quotation that is no time word, adverb, month or finite verb.
fn may_end_noun_phrase(t: &Tok) -> bool {
    t.word
        && !t.quoted
        && !lexicon::TIME_WORDS.contains(&t.low.as_str())
        && !lexicon::ADVERBS.contains(&t.low.as_str())
        && !lexicon::MONTHS.contains(&t.low.as_str())
        && !is_finite_verb(t)
}

/// The subject of an absolute participial clause (« …, une autre affirmant que », « …, la
/// droite pointant », « …, les syndicats dénonçant »): the short noun phrase between a comma
/// and the present participle at `at`, opening on a determiner (« d'autres » too), holding no
/// verb, no quotation and no preposition: a clause of its own, its subject its own.
pub(super) fn absolute_participle_subject(toks: &[Tok], at: usize) -> Option<(usize, usize)> {
    let participle = toks.get(at)?;
    if !participle.low.ends_with("ant") || participle.quoted || at < 3 {
        return None;
    }
    let comma = (at.saturating_sub(6)..at - 1)
        .rev()
        .find(|&k| toks[k].low == ",")?;
    let phrase = &toks[comma + 1..at];
    let opens = lexicon::DETERMINERS.contains(&phrase[0].low.as_str())
        || phrase[0].low == "d'" && phrase.get(1).is_some_and(|t| t.low == "autres");
    let plain = phrase.iter().all(|t| {
        t.word
            && !t.quoted
            && !is_finite_verb(t)
            && !lexicon::PREPOSITIONS.contains(&t.low.as_str())
            && !matches!(t.low.as_str(), "de" | "du" | "des" | "que" | "qu'" | "qui")
            || t.low == "d'" && phrase[0].low == "d'"
    });
    (opens && plain && phrase.len() >= 2).then_some((comma + 1, at - 1))
}

/// The noun phrase right before the present participle at `at`, no comma between, when a
/// preposition opens it (« d'un sondage », « à un autre », « de membres »): French joins such a
/// participle to the noun before it (in the UD treebanks, 171 of 176 times to a noun, 5 to
/// the clause). Not a document's (« un communiqué de presse affirmant que »: its author's,
/// see [`participle_holder`]).
pub(super) fn noun_in_phrase_before(toks: &[Tok], at: usize) -> Option<(usize, usize)> {
    let last = at.checked_sub(1)?;
    if !may_end_noun_phrase(&toks[last]) {
        return None;
    }
    // The latest start of a noun phrase ending there, right after its preposition.
    let from = (at.saturating_sub(6)..at).rev().find(|&from| {
        let t = &toks[from];
        let after_preposition = |k: usize| {
            k > 0
                && (matches!(toks[k - 1].low.as_str(), "de" | "d'")
                    || toks[k - 1].low != "en"
                        && lexicon::PREPOSITIONS.contains(&toks[k - 1].low.as_str()))
        };
        t.word
            && !t.quoted
            && !lexicon::PREPOSITIONS.contains(&t.low.as_str())
            && !matches!(t.low.as_str(), "de" | "d'")
            && after_preposition(from)
            && np_end(toks, from) == last
    })?;
    // (A bare noun after a document, « un communiqué de presse », only qualifies it.)
    let document = |k: usize| DOCUMENTS.contains(&toks[k].low.as_str());
    let bare = !lexicon::DETERMINERS.contains(&toks[from].low.as_str());
    // (Nor a name [`participle_holder`] did not take as someone who speaks: a place, « une
    // station balnéaire de Floride affirmant que », where the participle is the subject's.)
    if (from..at).any(document)
        || bare && from >= 2 && document(from - 2)
        || toks[from..at].iter().any(|t| t.upper)
    {
        return None;
    }
    // (Only after the clause's verb: before it, the phrase may be the subject's own
    // complement, « les témoignages venant de la place X faisant état de … se sont
    // multipliés », whose participle is the subject's.)
    let verb_before = (0..from).any(|k| {
        !toks[k].quoted
            && (is_finite_verb(&toks[k]) || lexicon::AUXILIARIES.contains(&toks[k].low.as_str()))
            && !noun_slot(toks, k, 0)
    });
    verb_before.then_some((from, last))
}

/// The subject of a « tandis que » clause between the main clause's verb and the participle
/// at `at` (« Le maire a salué le projet, tandis que l'opposition a voté contre, dénonçant
/// … »): its noun phrase, when a finite verb follows it before the participle. Not a
/// « tandis que » clause opening the sentence (« Tandis que X …, Y a …, estimant »: the
/// main clause is the nearer one).
fn contrast_subject_before(toks: &[Tok], at: usize) -> Option<(usize, usize)> {
    let start = (0..at)
        .rev()
        .find(|&k| matches!(toks[k].low.as_str(), "." | ";" | ":" | "!" | "?"))
        .map_or(0, |k| k + 1);
    let tandis = (start..at).rev().find(|&k| {
        !toks[k].quoted
            && toks[k].low == "tandis"
            && toks
                .get(k + 1)
                .is_some_and(|n| matches!(n.low.as_str(), "que" | "qu'"))
    })?;
    let main_verb_before = toks[start..tandis].iter().any(is_finite_verb);
    let from = tandis + 2;
    let to = np_end(toks, from);
    let verb_after = toks.get(to + 1..at)?.iter().any(is_finite_verb);
    (main_verb_before && verb_after && from <= to && toks[from].word).then_some((from, to))
}

/// The noun phrase that ends right before the present participle at `at` and can speak (« les
/// gendarmes » in « les gendarmes craignant que », « un voisin » in « une lettre d'un voisin
/// affirmant que »): the earliest noun phrase start whose phrase ends there, whose head names
/// someone who speaks (a role, people, an institution, a person's name) and not a document,
/// which its author, the main subject, wrote (« a publié un communiqué affirmant que »).
fn participle_holder(toks: &[Tok], at: usize) -> Option<(usize, usize)> {
    let last = at.checked_sub(1)?;
    if !may_end_noun_phrase(&toks[last]) {
        return None;
    }
    for from in at.saturating_sub(10)..at {
        let t = &toks[from];
        let opens = lexicon::DETERMINERS.contains(&t.low.as_str())
            || from > 0 && matches!(toks[from - 1].low.as_str(), "de" | "d'" | "par" | ",")
            || t.upper && (from == 0 || !toks[from - 1].upper);
        if !opens || !t.word || t.quoted || np_end(toks, from) != last {
            continue;
        }
        // (« un communiqué de presse affirmant », « une déclaration des deux pays
        // exprimant »: the document speaks for its author, not the complement.)
        // (« La recherche cite un article de 2013 montrant que »: a document the subject only
        // cites, not one it published, speaks for itself.)
        if toks[from..at]
            .iter()
            .any(|w| DOCUMENTS.contains(&w.low.as_str()))
        {
            // (Not a participle set off by a comma: « La recherche, publiée mardi, cite ».)
            let authored = (0..from).any(|k| {
                let w = &toks[k];
                let apposed = k > 0 && toks[k - 1].low == "," && participle_form(&w.low);
                !w.quoted
                    && !w.upper
                    && !apposed
                    && AUTHORING_STEMS.iter().any(|s| w.low.starts_with(s))
            });
            let indefinite = matches!(toks[from].low.as_str(), "un" | "une" | "des");
            return (!authored && indefinite).then_some((from, last));
        }
        let head = toks[from..at]
            .iter()
            .find(|h| {
                !lexicon::DETERMINERS.contains(&h.low.as_str())
                    && !ROLE_ADJECTIVES.contains(&h.low.as_str())
            })
            .map_or("", |h| h.low.as_str());
        let words: Vec<&str> = toks[from..at].iter().map(|w| w.low.as_str()).collect();
        let name = toks[from..at].iter().all(|w| w.upper || w.low == "-")
            && (looks_like_person(&words) || words.iter().any(|w| institution_word(w)));
        // (« une partie des élus dénonçant », « la majorité des députés estimant »: a share of
        // a group that speaks is who speaks, not the whole group after it.)
        let share_of_speakers = SHARE_NOUNS.contains(&head)
            && matches!(words.get(2), Some(&("des" | "de" | "d'" | "du")))
            && words[3..]
                .iter()
                .find(|w| !lexicon::DETERMINERS.contains(w))
                .is_some_and(|w| speaking_noun(w));
        if name || can_speak(head) || share_of_speakers {
            return Some((from, last));
        }
    }
    None
}

/// Nouns of a share of a group (« la majorité des députés », « une partie de l'opposition »):
/// the share heads the noun phrase, and it is the share that speaks.
const SHARE_NOUNS: &[&str] = &["majorité", "plupart", "partie", "moitié", "minorité"];

/// Stems of the verbs by which a subject issues a document (« a publié un communiqué
/// affirmant »): what the document says is the subject's.
pub(super) const AUTHORING_STEMS: &[&str] = &[
    "publi", "diffus", "envoy", "adress", "sign", "rédig", "adopt", "présent", "lanc", "dévoil",
    "rend", "transm", "remi", "remet", "écri", "émi", "émet", "post", "relay", "partag", "sort",
];

/// Documents: what they say is their author's (« un communiqué affirmant que »).
pub(super) const DOCUMENTS: &[&str] = &[
    "communiqué",
    "communiqués",
    "texte",
    "textes",
    "document",
    "documents",
    "rapport",
    "rapports",
    "lettre",
    "lettres",
    "courrier",
    "message",
    "messages",
    "note",
    "décret",
    "projet",
    "tract",
    "pétition",
    "bulletin",
    "dépêche",
    "article",
    "tweet",
    "publication",
    "déclaration",
    "vidéo",
    "enregistrement",
    "reportage",
    "plainte",
    "mandat",
    "résolution",
    "amendement",
    "motion",
    "avis",
    "arrêté",
    "jugement",
    "verdict",
];

/// Whether the name at `name` has, in the phrase `from..name` before it, a function of its own
/// in the head's complement, with no comma between: « l'avocat du caporal Jean Dupont », « le
/// porte-parole du chef de l'ONU Jean Martin », « le conseiller du Premier ministre Paul
/// Durand ». The name is that function's holder, not the head's (not « le ministre de
/// l'Intérieur Paul Durand », « le porte-parole du chef de l'ONU, Jean Martin »: the head's).
fn role_in_complement_before(toks: &[Tok], from: usize, name: usize) -> bool {
    // (The head first: « du ministre de la culture Paul Martin » opens on the article.)
    let Some(head) = (from..name).find(|&k| !lexicon::DETERMINERS.contains(&toks[k].low.as_str()))
    else {
        return false;
    };
    let Some(de) =
        (head + 1..name).find(|&k| matches!(toks[k].low.as_str(), "de" | "du" | "des" | "d'"))
    else {
        return false;
    };
    // (A function noun with its own article, maybe past « Premier »: « du chef », « de la
    // directrice », « du Premier ministre »; not « la conseillère d'État responsable du
    // service Anne Roux », an adjective.)
    let own_article = |k: usize| {
        let article = |t: &Tok| {
            matches!(
                t.low.as_str(),
                "du" | "des" | "le" | "la" | "l'" | "les" | "un" | "une" | "son" | "sa" | "ses"
            )
        };
        article(&toks[k - 1])
            || k >= 2
                && matches!(
                    toks[k - 1].low.as_str(),
                    "premier"
                        | "première"
                        | "vice"
                        | "ancien"
                        | "ancienne"
                        | "nouveau"
                        | "nouvelle"
                )
                && article(&toks[k - 2])
    };
    // (« général », « premier », « haut » are adjectives too, unless right before the name:
    // « le chef d'état-major général des armées Paul Martin » is the chief.)
    let adjective = |low: &str| {
        matches!(
            low,
            "général" | "premier" | "première" | "haut" | "haute" | "hauts" | "hautes"
        )
    };
    (de + 1..name).any(|k| {
        !toks[k].upper
            && lexicon::ROLE_NOUNS.contains(&toks[k].low.as_str())
            && (k + 1 == name || !adjective(&toks[k].low))
            && own_article(k)
            && toks[k + 1..name].iter().all(|t| t.word)
    })
}

/// Nouns of news or figures that name no one unless a complement says whose they are
/// (« selon les premiers éléments », « d'après les estimations »; not « les chiffres », « les
/// données », which the gold and the treebank take for a source of their own: « les derniers
/// chiffres montrent », « des données … indiquent que »).
const NEWS_WITHOUT_SOURCE: &[&str] = &[
    "informations",
    "information",
    "éléments",
    "estimations",
    "estimation",
];

/// Whether `words` are news of [`NEWS_WITHOUT_SOURCE`] from an inquiry (« les premiers
/// éléments de l'enquête », « les informations de l'autopsie »): past the determiner and a
/// rank, the news noun, « de » (« de l' », « de la », « du »), then a noun of an inquiry.
fn news_of_an_inquiry(words: &[&str]) -> bool {
    const INQUIRIES: &[&str] = &["enquête", "investigation", "investigations", "autopsie"];
    let head = words
        .iter()
        .position(|w| !(lexicon::DETERMINERS.contains(w) || lexicon::ranks(w)));
    head.is_some_and(|h| {
        NEWS_WITHOUT_SOURCE.contains(&words[h])
            && matches!(
                &words[h + 1..],
                ["de" | "d'", "l'" | "la", noun] | ["du", noun] if INQUIRIES.contains(noun)
            )
    })
}

/// A speaker read as an organization whose words name no one who speaks: no capitalized word
/// after its determiner, and no noun of a role, people, an institution, a source, a medium or
/// a person described (« Une battue », « le projet », « une fois de plus »). The rules found a
/// claim but not who makes it: the brief shows it unresolved, with these words, rather than as
/// a speaker (issue 18: never a wrong name).
pub(super) fn nothing_that_speaks(speaker: &Speaker) -> bool {
    if speaker.kind != SpeakerKind::Organization {
        return false;
    }
    let toks = super::tokens::tokenize(&speaker.name);
    let words: Vec<&Tok> = toks.iter().filter(|t| t.word).collect();
    let Some(first) = words.first() else {
        return false;
    };
    // (« Qui poursuit : « … » », « Concrètement, le métro …, garantissant »: one capitalized
    // word that is no name, a pronoun or an adverb opening the sentence.)
    if words.len() == 1 && lexicon::is_not_name(&first.low) {
        return true;
    }
    let body = if lexicon::DETERMINERS.contains(&first.low.as_str()) {
        &words[1..]
    } else {
        &words[..]
    };
    // (« La réunion du gouvernement a montré que », « La mort du soldat rappelle que »: an
    // event or a state of things as head, whoever its complement names.)
    let head = body.iter().find(|t| {
        !lexicon::ranks(&t.low)
            && !matches!(
                t.low.as_str(),
                "autre"
                    | "autres"
                    | "récente"
                    | "récent"
                    | "récentes"
                    | "récents"
                    | "violente"
                    | "violentes"
                    | "forte"
                    | "fortes"
                    | "brusque"
                    | "grande"
                    | "grandes"
                    | "même"
                    | "mêmes"
            )
    });
    if head.is_some_and(|head| !head.upper && EVENTS.contains(&head.low.as_str())) {
        return true;
    }
    // (« les informations », « des informations rendues publiques »: news with no one named
    // as its source, unlike « les informations de la police » or « nos informations »; so are
    // « les premiers éléments », « les estimations ».)
    if head.is_some_and(|head| NEWS_WITHOUT_SOURCE.contains(&head.low.as_str()))
        && matches!(first.low.as_str(), "les" | "des" | "l'" | "une" | "d'")
        && !body
            .iter()
            .any(|t| t.upper || matches!(t.low.as_str(), "de" | "du" | "des" | "d'"))
    {
        return true;
    }
    // (« une promenade dans le secteur »: past its head, a phrase opened by a preposition
    // other than « de » is an adjunct, whoever it names.)
    let adjunct = (1..body.len()).find(|&k| lexicon::PREPOSITIONS.contains(&body[k].low.as_str()));
    let body = &body[..adjunct.unwrap_or(body.len())];
    let names_no_one = |t: &Tok| {
        // (« ce pré-bilan »: a compound's last part is its head.)
        let low = t.low.rsplit('-').next().unwrap_or(&t.low);
        let singular = low.strip_suffix('s').unwrap_or(low);
        !t.upper
            && !t.caps
            && !can_speak(low)
            && !can_speak(singular)
            && !institution_word(low)
            && !COLLECTIVES.contains(&singular)
    };
    let epithet = |t: &Tok| {
        let low = t.low.rsplit('-').next().unwrap_or(&t.low);
        let singular = low.strip_suffix('s').unwrap_or(low);
        EPITHET_ENDINGS.iter().any(|e| singular.ends_with(e))
    };
    // (« les pressions financières », « la situation sécuritaire »: a word in « -ière » or
    // « -aire » right after a noun that names no one is that noun's adjective; not an
    // ordinal, « la nuit dernière ».)
    let adjective_of_a_thing = |k: usize| {
        let singular = body[k].low.strip_suffix('s').unwrap_or(&body[k].low);
        k > 0
            && (singular.ends_with("ière") || singular.ends_with("aire"))
            && !matches!(singular, "dernière" | "première")
            && body[k - 1].low.chars().count() > 3
            && !lexicon::DETERMINERS.contains(&body[k - 1].low.as_str())
            && names_no_one(body[k - 1])
            && !epithet(body[k - 1])
    };
    !body.is_empty()
        && body
            .iter()
            .enumerate()
            .all(|(k, t)| names_no_one(t) && (!epithet(t) || adjective_of_a_thing(k)))
}

/// Events and states of things: heads of a subject that cannot speak, whatever their
/// complement (« la visite du ministre », « la hausse des prix », « l'attaque des rebelles »).
const EVENTS: &[&str] = &[
    "réunion",
    "réunions",
    "visite",
    "mort",
    "décès",
    "attaque",
    "attaques",
    "attentat",
    "hausse",
    "baisse",
    "chute",
    "crise",
    "guerre",
    "conflit",
    "manifestation",
    "manifestations",
    "grève",
    "élection",
    "élections",
    "scrutin",
    "accident",
    "incendie",
    "explosion",
    "catastrophe",
    "situation",
    "arrivée",
    "départ",
    "retour",
    "victoire",
    "défaite",
    "arrestation",
    "fermeture",
    "ouverture",
    "sommet",
    "rencontre",
    "cérémonie",
    "hommage",
];

/// Acts of speech or of will, whose author the complement names (« l'appel du syndicat »,
/// « les déclarations de la préfecture », « à l'initiative du collectif »): heads that
/// cannot speak themselves.
const ACTS: &[&str] = &[
    "appel",
    "appels",
    "initiative",
    "demande",
    "demandes",
    "déclaration",
    "déclarations",
    "annonce",
    "annonces",
    "invitation",
    "proposition",
    "propositions",
    "intervention",
    "réaction",
    "réponse",
    "position",
    "décision",
    "décisions",
    "discours",
    "entretien",
    "interview",
];

/// Collective nouns that speak for their members (« les deux parties », « la profession »).
pub(super) const COLLECTIVES: &[&str] = &[
    "partie",
    "profession",
    "filière",
    "majorité",
    "minorité",
    "camp",
    "clan",
    "délégation",
    "équipe",
    "défense",
    "accusation",
];

/// The opening dash of an aside between dashes (« — qui était absent — », « - un proche du
/// président - ») that ends right before token `end`, when the aside holds no quotation or
/// sentence break and words stand before it.
fn dashed_aside_before(toks: &[Tok], end: usize) -> Option<usize> {
    let is_dash = |t: &Tok| !t.word && matches!(t.low.as_str(), "-" | "–" | "—");
    let close = end.checked_sub(1).filter(|&k| is_dash(&toks[k]))?;
    let open = (0..close).rev().find(|&k| is_dash(&toks[k]))?;
    let aside = &toks[open + 1..close];
    let plain = !aside.is_empty()
        && aside
            .iter()
            .all(|t| !t.quoted && !matches!(t.low.as_str(), "." | "!" | "?" | ";" | ":"));
    (plain && open > 0 && toks[open - 1].word).then_some(open)
}

/// The « qui » (or « dont », « lequel ») opening a relative clause set off by a comma and
/// ending at the comma `comma`: « Le secrétaire général de l'ONU, qui se trouve à Madrid, ».
/// When a short noun phrase stands between the comma and the pronoun (« Acme, une entreprise
/// dont le siège est à Lyon, »), the aside opens with that phrase: its first token.
fn relative_before(toks: &[Tok], comma: usize) -> Option<usize> {
    let rel = (comma.saturating_sub(30).max(1)..comma)
        .rev()
        .find_map(|k| {
            let pronoun = !toks[k].quoted
                && matches!(
                    toks[k].low.as_str(),
                    "qui" | "dont" | "lequel" | "laquelle" | "lesquels" | "lesquelles" | "où"
                );
            if !pronoun {
                return None;
            }
            if toks[k - 1].low == "," {
                return Some(k);
            }
            noun_phrase_after_comma(toks, k)
        })?;
    let closed = toks[rel..comma]
        .iter()
        .any(|t| is_quote_mark(t) || matches!(t.low.as_str(), ";" | ":" | "." | "("));
    (!closed && rel >= 2).then_some(rel)
}

/// The first token of a short noun phrase right after a comma and right before the relative
/// pronoun at `pronoun` (« , une entreprise dont », « , un homme qui »): a determiner, then
/// words that hold no verb.
fn noun_phrase_after_comma(toks: &[Tok], pronoun: usize) -> Option<usize> {
    let comma = (pronoun.saturating_sub(7)..pronoun.saturating_sub(2))
        .rev()
        .find(|&c| toks[c].low == ",")?;
    let phrase = &toks[comma + 1..pronoun];
    let plain = lexicon::DETERMINERS.contains(&phrase[0].low.as_str())
        && phrase
            .iter()
            .all(|t| t.word && !t.quoted && !is_finite_verb(t) && t.low != ",");
    plain.then_some(comma + 1)
}

/// Whether the verb group at `group` follows « ce que », « tel que », « ainsi que » (« c'est
/// ce qu'a indiqué le ministère », « ce que soulignent les délégués », « ainsi que l'a
/// rappelé le maire »), or the « que » of a relative set off by a comma (« La réforme, que
/// dénoncent les syndicats, … »: no subject stands between « que » and the verb but an
/// inverted one): the subject comes after the verb.
fn object_relative(toks: &[Tok], group: usize) -> bool {
    let mut q = group;
    while q > 0 && matches!(toks[q - 1].low.as_str(), "l'" | "le") {
        q -= 1;
    }
    q >= 2
        && matches!(toks[q - 1].low.as_str(), "que" | "qu'")
        && !toks[q - 1].quoted
        && matches!(
            toks[q - 2].low.as_str(),
            "ce" | "tel" | "telle" | "tels" | "telles" | "ainsi" | ","
        )
        || words_antecedent(toks, group).is_some()
}

/// Nouns of words said that a relative's verb of speech may take for its object (« l'appel
/// qu'a lancé X », « le message qu'a adressé X », « la promesse qu'a faite X »).
const WORDS_SAID: &[&str] = &[
    "appel",
    "appels",
    "avertissement",
    "avertissements",
    "ultimatum",
    "message",
    "messages",
    "promesse",
    "promesses",
    "réponse",
    "explication",
    "explications",
    "accusation",
    "accusations",
    "critique",
    "critiques",
    "déclaration",
    "annonce",
    "constat",
    "conclusion",
    "plaidoyer",
    "cri",
];

/// The noun of words said (see [`WORDS_SAID`]) right before « que » / « qu' » that opens the
/// verb group at `group`, with its determiner before it (« C'est l'appel qu'a lancé mardi X »):
/// the verb's object, its subject after it.
pub(super) fn words_antecedent(toks: &[Tok], group: usize) -> Option<&str> {
    let q = group.checked_sub(1)?;
    let noun = q.checked_sub(1)?;
    let determiner = noun.checked_sub(1)?;
    let said = matches!(toks[q].low.as_str(), "que" | "qu'")
        && WORDS_SAID.contains(&toks[noun].low.as_str())
        && lexicon::DETERMINERS.contains(&toks[determiner].low.as_str());
    said.then_some(toks[noun].low.as_str())
}

/// Common finite verbs and auxiliaries: a clause before a comma that holds one is complete.
pub(super) fn is_finite_verb(t: &Tok) -> bool {
    let low = t.low.as_str();
    !t.quoted
        && !t.upper
        && (lexicon::is_auxiliary(low)
            // (« Un témoin, furieux, a noté … »: a feeling's adjective is no verb.)
            || lexicon::is_verb_form(low)
            || low.ends_with("ait")
            || low.ends_with("aient")
            || matches!(
                low,
                "fut"
                    | "furent"
                    | "eut"
                    | "eurent"
                    | "va"
                    | "vont"
                    | "doit"
                    | "doivent"
                    | "peut"
                    | "peuvent"
                    | "fait"
                    | "font"
                    | "reste"
                    | "restent"
                    | "semble"
                    | "semblent"
                    | "devrait"
                    | "pourrait"
                    // (The future of the modals: « Les habitants devront payer plus ».)
                    | "devra"
                    | "devront"
                    | "pourra"
                    | "pourront"
                    | "faut"
                    | "sera"
                    | "seront"
                    | "compte"
                    | "comptent"
                    | "touche"
                    | "concerne"
            ))
}

/// Whether the clause ending at the « et » at `et` holds a verb (so « et » opens a new clause
/// with its own subject) or a subject pronoun.
fn verb_between(toks: &[Tok], et: usize) -> bool {
    let start = toks[..et]
        .iter()
        .rposition(|t| is_boundary(t) || is_quote_mark(t))
        .map_or(0, |b| b + 1);
    // (« Le juge … et »: a noun after its determiner is no verb, whatever its form.)
    (start..et).any(|k| {
        let after_determiner =
            k > 0 && lexicon::DETERMINERS.contains(&toks[k - 1].low.as_str()) && !toks[k].upper;
        is_finite_verb(&toks[k])
            && !after_determiner
            && !noun_slot(toks, k, start)
            && !modifies_noun(toks, k)
            || lexicon::SUBJECT_PRONOUNS.contains(&toks[k].low.as_str())
    })
}

/// The person named at the very start of the sentence, before a comma (« Jean-Claude Desjeux,
/// l'ancien directeur juridique de Thomson CSF, a reconnu … »), with the apposition as role.
fn leading_name(text: &str, toks: &[Tok], before: usize, people: &People) -> Option<Speaker> {
    let mut start = toks.iter().position(|t| t.word)?;
    // (« Contacté, Paul Martin, avocat de …, explique »: the participle opening the sentence
    // is an adjunct about the speaker, who is named after its comma.)
    if let Some(comma) = participle_opener(toks, start, before) {
        start = comma + 1;
    } else if let Some(comma) = fronted_adverbial(toks, start, before) {
        // (« Sans attendre les résultats, Paul Martin, candidat, a annoncé », « De son côté,
        // Paul Martin, … »: so is an adverbial phrase opening the sentence.)
        start = comma + 1;
    }
    if start >= before || !toks[start].upper || toks[start].quoted {
        return None;
    }
    let end = np_end(toks, start);
    if toks.get(end + 1)?.low != "," || end + 1 >= before {
        return None;
    }
    // (« Paul Martin, jugé pour corruption, est arrivé lundi, a indiqué un journaliste »: a
    // verb of the name's own after its apposition closes; the cue is a closing incise.)
    // (Not a relative clause after it: « Paul Martin, jugé …, qui a dirigé la région, ».)
    let apposition_end = (end + 2..before).find(|&k| toks[k].low == "," && !toks[k].quoted);
    if apposition_end.is_some_and(|close| {
        // (« …, selon qui la situation est grave, » too.)
        let relative_at = |k: usize| {
            toks.get(k).is_some_and(|t| {
                matches!(
                    t.low.as_str(),
                    "qui" | "que" | "qu'" | "dont" | "où" | "lequel" | "laquelle"
                )
            })
        };
        let relative = relative_at(close + 1) || relative_at(close + 2);
        // (A participle is no verb of its own: « …, visiblement agacé, réclame ».)
        !relative
            && toks[close + 1..before]
                .iter()
                .any(|t| !t.quoted && is_finite_verb(t) && !bare_past_participle(t))
    }) {
        return None;
    }
    let mut speaker = classify(text, toks, start, end, people);
    if speaker.kind != SpeakerKind::Person {
        return None;
    }
    if speaker.role.is_none() {
        let close = (end + 2..before).find(|&k| toks[k].low == ",")?;
        let role = slice(text, toks, end + 2, close - 1);
        speaker.role = is_role(&role).then_some(role);
    }
    Some(speaker)
}

/// The comma closing a past participle that opens the sentence as an adjunct about its subject
/// (« Contacté, », « Jointe par téléphone, », « Sollicités par nos soins, », « Interrogé sur
/// ce point, »): a capitalized word of a participle's form, no known first name (« René, »,
/// « Aimé, »), then a comma or a lowercase word, and a comma before `before`.
fn participle_opener(toks: &[Tok], start: usize, before: usize) -> Option<usize> {
    let t = toks.get(start)?;
    let next = toks.get(start + 1)?;
    let participle = ["é", "ée", "és", "ées", "int", "inte", "ints", "intes"]
        .iter()
        .any(|e| t.low.ends_with(e));
    let opens = t.word
        && t.upper
        && !t.caps
        && !t.quoted
        && participle
        && !lexicon::is_first_name(&t.low)
        && (next.low == "," || next.word && !next.upper);
    if !opens {
        return None;
    }
    (start + 1..before).find(|&k| toks[k].low == "," && !toks[k].quoted)
}

/// The comma closing an adverbial phrase that opens the sentence before its subject: « Sans »
/// and an infinitive (« Sans attendre les résultats, »), or a phrase of contrast
/// ([`contrast_phrase_len`]: « De son côté, », « Pour sa part, », « À son tour, »), the comma
/// before `before`, no quotation in it.
fn fronted_adverbial(toks: &[Tok], start: usize, before: usize) -> Option<usize> {
    let low = |k: usize| toks.get(k).map_or("", |t| t.low.as_str());
    let contrast = contrast_phrase_len(toks, start).is_some_and(|len| low(start + len) == ",");
    let without = low(start) == "sans" && super::cues::is_infinitive(low(start + 1));
    if !(contrast || without) {
        return None;
    }
    let comma = (start + 1..before).find(|&k| toks[k].low == "," && !toks[k].quoted)?;
    // (The infinitive after « Sans » is no finite verb, whatever its form.)
    let verb_from = start + if without { 2 } else { 0 };
    let clean = !toks[start..comma]
        .iter()
        .any(|t| t.quoted || is_quote_mark(t))
        && !toks[verb_from..comma].iter().any(is_finite_verb);
    clean.then_some(comma)
}

/// Object and reflexive pronouns and negation that may stand between « qui » and its verb.
pub(super) const CLITICS: &[&str] = &[
    "le", "la", "les", "l'", "lui", "leur", "se", "s'", "y", "en", "ne", "n'", "me", "m'", "te",
    "t'", "nous", "vous",
];

/// The token of the cue's verb itself (the group may open with an auxiliary).
fn cue_verb(toks: &[Tok], cue: &Cue) -> usize {
    (cue.group_start..=cue.cue_end.min(toks.len() - 1))
        .find(|&i| lexicon::is_verb_form(toks[i].low.as_str()))
        .unwrap_or(cue.group_start)
}

/// « Du côté de la mairie, on assure », « Chez Acme, on affirme », « À la préfecture, on
/// dément », « Dans l'entourage du ministre, on assure »: « on » right before the verb group
/// at `group_start`, after a comma closing an opening side phrase (`side_phrase`), is that
/// side speaking.
fn side_of_on(text: &str, toks: &[Tok], group_start: usize, people: &People) -> Option<Speaker> {
    let on = group_start.checked_sub(1)?;
    if toks[on].low != "on" || toks[on].quoted || on < 3 || toks[on - 1].low != "," {
        return None;
    }
    let open = toks.iter().position(|t| t.word)?;
    side_phrase(text, toks, open, on - 1, false, people)
}

/// « …, assure-t-on du côté de la mairie », « …, confie-t-on dans l'entourage du ministre »,
/// « …, affirme-t-on chez Acme », « …, indique-t-on à la préfecture »: the side an inverted
/// « on » speaks for, in the phrase right after the verb at `at`, which closes the sentence
/// or a comma closes. After « à » only a seat of authority (« au ministère », « à la
/// préfecture »): « a-t-on dit aux syndicats » names who was told.
fn side_after_on(text: &str, toks: &[Tok], at: usize, people: &People) -> Option<Speaker> {
    let open = at;
    if !toks.get(open).is_some_and(|t| t.word && !t.quoted) {
        return None;
    }
    let stop = (open + 1..toks.len())
        .find(|&k| !toks[k].word || toks[k].quoted)
        .unwrap_or(toks.len());
    if toks
        .get(stop)
        .is_some_and(|t| t.quoted || !matches!(t.low.as_str(), "," | "." | ";" | "!" | "…"))
    {
        return None;
    }
    side_phrase(text, toks, open, stop, true, people)
}

/// Heads of a side phrase after « dans »: the circle around someone (« dans l'entourage du
/// ministre », « dans le camp de Paul Martin », « dans les rangs de l'opposition »).
const CIRCLES: &[&str] = &[
    "entourage",
    "camp",
    "rangs",
    "équipe",
    "cabinet",
    "état-major",
];

/// Seats of authority an inverted « on » may speak from after « à » (« indique-t-on au
/// ministère »), where a dative would name who was told.
const SEATS: &[&str] = &[
    "ministère",
    "mairie",
    "préfecture",
    "parquet",
    "rectorat",
    "siège",
    "gendarmerie",
    "commissariat",
    "présidence",
    "direction",
    "hôtel",
];

/// The side named by the phrase `toks[open..stop]` (`stop` a comma or the sentence's end):
/// « du côté de X », « côté X », « chez X », « à X » (an institution), « dans l'entourage de
/// X »; `after_verb` when it follows an inverted « on » (« à » then names only a seat of
/// authority).
fn side_phrase(
    text: &str,
    toks: &[Tok],
    open: usize,
    stop: usize,
    after_verb: bool,
    people: &People,
) -> Option<Speaker> {
    let comma = stop;
    let first = toks[open].low.as_str();
    let (from, article, at) = match first {
        "du" if toks.get(open + 1)?.low == "côté" => {
            let de = toks.get(open + 2)?;
            match de.low.as_str() {
                "de" | "d'" => (open + 3, None, false),
                "du" | "des" => (open + 3, article_in_contraction(&de.low), false),
                _ => return None,
            }
        }
        "côté" | "chez" => (open + 1, None, false),
        "dans"
            if toks
                .get(open + 2)
                .is_some_and(|t| CIRCLES.contains(&t.low.as_str()))
                && toks
                    .get(open + 1)
                    .is_some_and(|t| lexicon::DETERMINERS.contains(&t.low.as_str())) =>
        {
            (open + 1, None, false)
        }
        "à" => (open + 1, None, true),
        "au" | "aux" => (open + 1, article_in_contraction(first), true),
        _ => return None,
    };
    if from >= comma || toks[from..comma].iter().any(|t| t.quoted || t.low == ",") {
        return None;
    }
    // (« répète-t-on à l'Élysée », « au ministère »; not « dit-on à Paris », a place.)
    if at && after_verb {
        let determined = lexicon::DETERMINERS.contains(&toks[from].low.as_str()) || first == "au";
        let head = &toks[from + usize::from(first != "au" && determined)];
        let seat = head.upper && determined || SEATS.contains(&head.low.as_str());
        if first == "aux" || !seat {
            return None;
        }
    }
    // (« Côté syndical, on dénonce »: an adjective names no side.)
    let head = &toks[from];
    let noun_phrase = head.upper
        || lexicon::DETERMINERS.contains(&head.low.as_str())
        || [
            lexicon::ORG_WORDS,
            lexicon::ROLE_NOUNS,
            lexicon::PEOPLE_NOUNS,
            lexicon::MEDIA_NOUNS,
        ]
        .iter()
        .any(|list| list.contains(&head.low.as_str()));
    // (« Côté syndical, on dénonce », « Côté patronal, on s'inquiète »: a side named by one
    // adjective, no one the brief can name, shown unresolved.)
    if !noun_phrase {
        return (first == "côté" && from + 1 == comma && head.word && !head.quoted)
            .then(|| Speaker::unresolved(slice(text, toks, open, from)));
    }
    let mut speaker = classify(text, toks, from, comma - 1, people);
    if first == "dans" && speaker.kind == SpeakerKind::Unattributed {
        // (« l'entourage du ministre »: the circle speaks unnamed.)
        speaker.kind = SpeakerKind::Anonymous;
    }
    let wanted = if at {
        speaker.kind == SpeakerKind::Organization
    } else {
        speaker.kind != SpeakerKind::Unattributed
    };
    if !wanted {
        return None;
    }
    if let Some(article) = article.filter(|_| speaker.kind != SpeakerKind::Person) {
        speaker.name = format!("{article} {}", speaker.name);
    }
    Some(speaker)
}

/// The source after « de source(s) » right after an impersonal verb (« a-t-on précisé de
/// source policière », « apprend-on de sources proches du dossier »): unnamed, so anonymous.
fn de_source(text: &str, toks: &[Tok], at: usize, people: &People) -> Option<Speaker> {
    let de = (at..toks.len().min(at + 4)).find(|&k| matches!(toks[k].low.as_str(), "de" | "d'"))?;
    let source = toks.get(de + 1)?;
    if !matches!(source.low.as_str(), "source" | "sources") || source.quoted {
        return None;
    }
    let end = np_end(toks, de + 1);
    let speaker = classify(text, toks, de + 1, end, people);
    (end > de + 1 && speaker.kind != SpeakerKind::Unattributed).then_some(Speaker {
        kind: SpeakerKind::Anonymous,
        role: None,
        ..speaker
    })
}

/// The source after « auprès de » (« a-t-on appris auprès de la gendarmerie »).
fn aupres_de(text: &str, toks: &[Tok], at: usize, people: &People) -> Option<Speaker> {
    let (k, span_end) = aupres_de_span(toks, at)?;
    source_after_de(text, toks, k + 1, span_end, people)
}

/// The one learnt from after a bare « de » that follows « appris » or the medium that learnt
/// it (« a-t-on appris de la gendarmerie », « a-t-on appris des services de la préfecture »,
/// « a appris l'APS de son chef, le commissaire X »): someone who can speak or a name. Not
/// « de source … » (see [`de_source`]), « de même source », nor a thing (« a appris de ses
/// erreurs »).
fn learnt_from(text: &str, toks: &[Tok], cue: &Cue, people: &People) -> Option<Speaker> {
    if cue.verb.lemma != "apprendre" {
        return None;
    }
    // (« a-t-on appris mardi de … »: past a time word.)
    let mut right_after = cue.cue_end + 1;
    while toks
        .get(right_after)
        .is_some_and(|t| lexicon::TIME_WORDS.contains(&t.low.as_str()))
    {
        right_after += 1;
    }
    let bare_de = toks
        .get(right_after)
        .is_some_and(|t| !t.quoted && matches!(t.low.as_str(), "de" | "d'" | "du" | "des"));
    // (Right after « appris », or past the medium that learnt it: « l'APS », « l'AFP ».)
    let de = if bare_de {
        right_after
    } else {
        super::cues::de_after_the_medium(toks, cue.cue_end)?
    };
    let head_at = de
        + 1
        + usize::from(toks.get(de + 1).is_some_and(|t| {
            lexicon::DETERMINERS.contains(&t.low.as_str())
                && !matches!(toks[de].low.as_str(), "du" | "des")
        }));
    let head = toks.get(head_at)?;
    if matches!(head.low.as_str(), "source" | "sources" | "même") {
        return None;
    }
    // (A news desk's incise, « a-t-on appris de … », or a medium, learns from a source;
    // otherwise the one learnt from must be someone: not « a appris de ses erreurs ».)
    let from_a_source = cue.inverted.as_deref() == Some("on") || !bare_de;
    let someone = head.upper || can_speak(&head.low) || can_speak(head.low.trim_end_matches('s'));
    let end = np_end(toks, (de + 1).min(toks.len() - 1));
    (from_a_source || someone)
        .then(|| source_after_de(text, toks, de, end, people))
        .flatten()
        .filter(|s| s.kind != SpeakerKind::Unattributed)
}

/// The one named after « de » at `de_at` (« du », « des » read with their article: « des
/// services » is « les services »), up to `span_end`, with the name apposed to a role.
fn source_after_de(
    text: &str,
    toks: &[Tok],
    de_at: usize,
    span_end: usize,
    people: &People,
) -> Option<Speaker> {
    let k = de_at.checked_sub(1)?;
    let de = toks.get(de_at)?;
    let from = match de.low.as_str() {
        "de" | "d'" => k + 2,
        "du" | "des" => k + 1,
        _ => return None,
    };
    let first = toks.get(from)?;
    if !first.word {
        return None;
    }
    let from = if matches!(de.low.as_str(), "du" | "des") {
        from + 1
    } else {
        from
    };
    let end = np_end(toks, from.min(toks.len() - 1)).min(span_end);
    let mut speaker = classify(text, toks, from.min(end), end, people);
    if let Some(article) =
        article_in_contraction(&de.low).filter(|_| speaker.kind != SpeakerKind::Person)
    {
        speaker.name = format!("{article} {}", speaker.name);
    }
    if speaker.kind == SpeakerKind::Role {
        if let Some(named) = name_apposed_to_a_role(text, toks, end, people) {
            return Some(Speaker {
                role: Some(strip_determiner(&speaker.name)),
                ..named
            });
        }
    }
    Some(speaker)
}

/// « auprès de la porte-parole de la préfecture, Anne Roux. »: a person's name after the comma
/// that closes a role at `end`, closing the sentence or set off by a comma. (« auprès de son
/// chef, le commissaire Anne Roux. »: a role and the name closing the sentence, the name.)
fn name_apposed_to_a_role(
    text: &str,
    toks: &[Tok],
    end: usize,
    people: &People,
) -> Option<Speaker> {
    if toks.get(end + 1)?.low != "," {
        return None;
    }
    if let Some(named) = role_and_name_closing(text, toks, end + 2, people) {
        return Some(named);
    }
    if !toks.get(end + 2).is_some_and(|t| t.upper && !t.quoted) {
        return None;
    }
    let name_end = np_end(toks, end + 2);
    let closes = toks
        .get(name_end + 1)
        .is_none_or(|t| matches!(t.low.as_str(), "," | "." | ";" | "!"));
    let named = classify(text, toks, end + 2, name_end, people);
    (closes && named.kind == SpeakerKind::Person).then_some(named)
}

/// « le commissaire aux enquêtes économiques Anne Roux. » from `from`: a determiner, words
/// (no verb, no punctuation), then the name of a person closing the sentence: that person.
fn role_and_name_closing(
    text: &str,
    toks: &[Tok],
    from: usize,
    people: &People,
) -> Option<Speaker> {
    if !toks
        .get(from)
        .is_some_and(|t| matches!(t.low.as_str(), "le" | "la" | "l'"))
    {
        return None;
    }
    let close = (from..toks.len()).find(|&k| !toks[k].word || toks[k].quoted)?;
    let closes_sentence = toks[close..]
        .iter()
        .all(|t| matches!(t.low.as_str(), "." | "!" | "…"));
    let plain = toks[from..close].iter().all(|t| !is_finite_verb(t));
    let named = classify(text, toks, from, close - 1, people);
    (closes_sentence && plain && close > from + 2 && named.kind == SpeakerKind::Person)
        .then_some(named)
}

/// Where « auprès » stands after token `at` (within six tokens), and the last token of the
/// noun phrase it names (up to « et de », which joins a second one).
fn aupres_de_span(toks: &[Tok], at: usize) -> Option<(usize, usize)> {
    let k = (at..toks.len().min(at + 6)).find(|&k| toks[k].low == "auprès")?;
    // (« du », « des »: the noun phrase after the contracted article.)
    if !matches!(toks.get(k + 1)?.low.as_str(), "de" | "d'" | "du" | "des") {
        return None;
    }
    let end = np_end(toks, (k + 2).min(toks.len() - 1));
    // (« auprès des services de sécurité et d'un habitant »: a second one learnt from, not
    // a complement of the first.)
    let second = (k + 3..=end).find(|&j| {
        toks[j].low == "et"
            && toks
                .get(j + 1)
                .is_some_and(|n| matches!(n.low.as_str(), "de" | "d'" | "du" | "des"))
    });
    Some((k, second.map_or(end, |j| j - 1)))
}

/// « …, a appris l'AFP auprès des pompiers et d'un riverain »: the second one learnt from,
/// joined by « et » to the one « auprès de » names after token `at`.
pub(super) fn second_aupres_de(
    text: &str,
    toks: &[Tok],
    at: usize,
    people: &People,
) -> Option<Speaker> {
    let (_, end) = aupres_de_span(toks, at)?;
    let from = super::cues::second_source(toks, end)?;
    let speaker = super::source_named(text, toks, from, np_end(toks, from), people);
    (speaker.kind != SpeakerKind::Unattributed).then_some(speaker)
}

/// The document after « lire dans » / « lire sur » (« lit-on dans le communiqué de l'UA »,
/// « peut-on lire sur le site de l'OMS »): the noun phrase right after the cue's particle.
fn document_read(text: &str, toks: &[Tok], cue: &Cue, people: &People) -> Option<Speaker> {
    if !matches!(toks.get(cue.cue_end)?.low.as_str(), "dans" | "sur") {
        return None;
    }
    let from = cue.cue_end + 1;
    let first = toks.get(from)?;
    if !first.word || first.quoted {
        return None;
    }
    // (« peut-on lire dans un communiqué publié dimanche par l'ONG X »: its author.)
    let from = super::cues::agent_of_document(toks, from).unwrap_or(from);
    let end = np_end(toks, from);
    let speaker = classify(text, toks, from, end, people);
    (speaker.kind != SpeakerKind::Unattributed).then_some(speaker)
}

/// Where the role noun stands in a document of a role spanning `from..=to` (« un communiqué de
/// la procureure de Lyon », « le message du ministre »): its head a document, its complement
/// a role noun after its article.
fn document_of_a_role(toks: &[Tok], from: usize, to: usize) -> Option<usize> {
    let head = from + usize::from(lexicon::DETERMINERS.contains(&toks[from].low.as_str()));
    if head + 2 > to || !lexicon::SOURCE_NOUNS.contains(&toks[head].low.as_str()) {
        return None;
    }
    let role_at = match toks[head + 1].low.as_str() {
        "du" | "des" => head + 2,
        "de" | "d'" if matches!(toks[head + 2].low.as_str(), "la" | "l'") => head + 3,
        _ => return None,
    };
    toks.get(role_at)
        .filter(|t| role_at <= to && lexicon::ROLE_NOUNS.contains(&t.low.as_str()))
        .map(|_| role_at)
}

/// The subject of the clause a verb at `verb` belongs to, past insertions between commas
/// (« , qui cite des documents, ») and parentheses (« (FAMa) »).
/// « Le précédent bilan, communiqué par un porte-parole du gouvernement, faisait état de »:
/// a document subject whose author an insertion ending at `comma` names; the author speaks.
fn document_author(text: &str, toks: &[Tok], comma: usize, people: &People) -> Option<Speaker> {
    let open = (0..comma)
        .rev()
        .find(|&k| toks[k].low == "," || is_boundary(&toks[k]))?;
    if toks[open].low != "," || open + 3 >= comma {
        return None;
    }
    let participle = &toks[open + 1];
    let authored = toks[open + 2].low == "par"
        && ["é", "ée", "és", "ées", "i", "ie", "is", "ies"]
            .iter()
            .any(|e| participle.low.ends_with(e));
    let document = toks[subject_start(toks, open)..open]
        .iter()
        .find(|t| {
            !lexicon::DETERMINERS.contains(&t.low.as_str())
                && !matches!(t.low.as_str(), "précédent" | "dernier" | "nouveau")
        })
        // (« Le syndicat, présidé par X, »: a body is led by its agent, not written by it.)
        .is_some_and(|h| {
            lexicon::SOURCE_NOUNS.contains(&h.low.as_str()) && !body_or_person(&h.low)
        });
    if !(authored && document) {
        return None;
    }
    let author = classify(text, toks, open + 3, comma - 1, people);
    (author.kind != SpeakerKind::Unattributed).then_some(author)
}

/// Whether the token at `k` is a past participle right after a noun it describes (« une
/// lettre adressée aux salariés », « le rapport publié mardi »), not after an auxiliary, a
/// reflexive or an adverb of the verb (« a adressé », « s'est dit », « a ensuite publié »).
fn describes_noun_before(toks: &[Tok], k: usize) -> bool {
    let Some(noun) = k.checked_sub(1).map(|p| &toks[p]) else {
        return false;
    };
    cues::is_participle(&toks[k].low)
        && noun.word
        && !noun.quoted
        && !noun.upper
        && !lexicon::AUXILIARIES.contains(&noun.low.as_str())
        && !lexicon::ADVERBS.contains(&noun.low.as_str())
        && !lexicon::DETERMINERS.contains(&noun.low.as_str())
        && !lexicon::PREPOSITIONS.contains(&noun.low.as_str())
        && !is_finite_verb(noun)
        && !matches!(
            noun.low.as_str(),
            "se" | "s'" | "ne" | "n'" | "pas" | "plus" | "jamais" | "y" | "en" | "qui" | "que"
        )
}

/// Whether `from..open` is a document described by a participle whose complement names
/// someone other than its author: « une lettre adressée au préfet », « une note de synthèse
/// établie à l'intention du PDG », « un rapport commandé par le ministre ». Not a document
/// written, signed or published by someone (« un communiqué signé par le maire »), whose
/// author may be the name apposed after it.
fn document_for_someone(toks: &[Tok], from: usize, open: usize) -> bool {
    let document = lexicon::DETERMINERS.contains(&toks[from].low.as_str())
        && toks.get(from + 1).is_some_and(|h| {
            lexicon::SOURCE_NOUNS.contains(&h.low.as_str()) && !body_or_person(&h.low)
        });
    // (« établie », « remise », « transmise »: a participle of any conjugation, right after
    // a noun of the document's phrase.)
    let participle = |k: usize| {
        describes_noun_before(toks, k)
            || super::open_incise::is_participle_shape(&toks[k].low)
                && toks[k - 1].word
                && !toks[k - 1].upper
                && !lexicon::DETERMINERS.contains(&toks[k - 1].low.as_str())
                && !lexicon::PREPOSITIONS.contains(&toks[k - 1].low.as_str())
    };
    let Some(k) = (from + 2..open).find(|&k| participle(k)) else {
        return false;
    };
    let commissioned = ["command", "demand", "adress", "destin"]
        .iter()
        .any(|stem| toks[k].low.starts_with(stem));
    let complement = toks.get(k + 1).is_some_and(|p| {
        p.low == "par" && commissioned
            || p.low != "par"
                && (lexicon::PREPOSITIONS.contains(&p.low.as_str())
                    || matches!(p.low.as_str(), "au" | "aux" | "à"))
    });
    document && complement
}

/// Whether a stretch set off by commas that opens with `inner` is an insertion between a
/// subject and its verb: a relative clause, « selon », « ainsi que », « comme », a participle
/// (« interrogée par la presse », « estimant que »), an adverb, a time word, a preposition.
fn opens_insertion(inner: &Tok) -> bool {
    matches!(
        inner.low.as_str(),
        "qui"
            | "que"
            | "qu'"
            | "dont"
            | "lequel"
            | "laquelle"
            | "lesquels"
            | "où"
            | "selon"
            // (« X, ainsi que ceux de l'armée, ont réitéré »: others added; « X,
            // comme Amnesty International, demandent »: an example.)
            | "ainsi"
            | "comme"
    ) || inner.low.ends_with("ant")
        || inner.low.ends_with("ment") && !inner.upper
        || ["é", "ée", "és", "ées"]
            .iter()
            .any(|e| inner.low.ends_with(e))
        || lexicon::TIME_WORDS.contains(&inner.low.as_str())
        || lexicon::PREPOSITIONS.contains(&inner.low.as_str())
}

/// Whether the word at `k` opens an adjunct, never a subject: a preposition (« Dans un
/// communiqué », « Lors de sa visite », « Pour sa part »; not « entre », which opens a number:
/// « entre 200 et 300 manifestants »), « selon », « d'après », or a locution of cause or
/// time (« face à », « suite à », « grâce à », « malgré », « durant », « dès », « outre »).
fn opens_adjunct(toks: &[Tok], k: usize) -> bool {
    let Some(t) = toks.get(k).filter(|t| t.word && !t.quoted) else {
        return false;
    };
    let low = t.low.as_str();
    lexicon::PREPOSITIONS.contains(&low) && low != "entre"
        || matches!(
            low,
            "selon" | "malgré" | "durant" | "dès" | "outre" | "face" | "suite" | "grâce"
        )
        || low == "d'" && toks.get(k + 1).is_some_and(|n| n.low == "après")
}

/// « Dans un communiqué, cette rébellion qui …, soutenue par …, qualifie »: when the noun
/// phrase at `phrase` (a relative pronoun after it) follows the comma that closes an adjunct
/// opening the clause (no verb in it), that noun phrase is the clause's subject: where it
/// ends, before the relative pronoun. None when `phrase` is the relative pronoun itself, or
/// what stands before its comma opens no adjunct.
fn subject_after_fronted_adjunct(text: &str, toks: &[Tok], phrase: usize) -> Option<usize> {
    let comma = phrase.checked_sub(1).filter(|&c| toks[c].low == ",")?;
    let pronoun = (phrase..toks.len()).find(|&k| {
        !toks[k].quoted
            && matches!(
                toks[k].low.as_str(),
                "qui" | "dont" | "lequel" | "laquelle" | "lesquels" | "lesquelles" | "où"
            )
    })?;
    if pronoun == phrase {
        return None;
    }
    let start = toks[..comma]
        .iter()
        .rposition(|t| is_boundary(t) && t.low != "," || is_quote_mark(t))
        .map_or(0, |k| k + 1);
    // (A participle may stand in it: « Dans un communiqué publié jeudi ».)
    let tags = super::pos::tags(text, toks);
    let adjunct = opens_adjunct(toks, start)
        && !(start..comma).any(|k| {
            toks[k].quoted
                || toks[k].low == ","
                || tags[k] == Upos::Aux
                || is_finite_verb(&toks[k]) && !participle_form(&toks[k].low)
        });
    // (« Selon des chiffres, les entreprises qui recrutent sont nombreuses, affirme X »: a
    // second verb before the comma is the main one; the relative does not run to the comma,
    // the noun phrase is the subject of what is reported.)
    let relative_end = (pronoun + 1..toks.len())
        .find(|&k| is_boundary(&toks[k]) || is_quote_mark(&toks[k]))
        .unwrap_or(toks.len());
    (adjunct && verb_groups(text, toks, pronoun + 1, relative_end) == 1).then_some(pronoun - 1)
}

/// How many verb groups `toks[from..to]` holds as the tagger reads it: runs of verbs and
/// auxiliaries, adverbs and negation inside a run (« a rapidement repris », « n'a pas dit »);
/// a finite verb after a lexical one opens another (« qui circulent actuellement sont »).
fn verb_groups(text: &str, toks: &[Tok], from: usize, to: usize) -> usize {
    let tags = super::pos::tags(text, toks);
    let mut groups = 0;
    // The last verb of the run being read: whether it was an auxiliary.
    let mut run: Option<bool> = None;
    for k in from..to {
        let verb = matches!(tags[k], Upos::Verb | Upos::Aux) || is_finite_verb(&toks[k]);
        let auxiliary = tags[k] == Upos::Aux && !cues::is_infinitive(&toks[k].low);
        let finite = auxiliary || is_finite_verb(&toks[k]);
        if verb {
            if run.is_none() || run == Some(false) && finite {
                groups += 1;
            }
            run = Some(auxiliary);
        } else if !(tags[k] == Upos::Adv || matches!(toks[k].low.as_str(), "ne" | "n'" | "pas")) {
            run = None;
        }
    }
    groups
}

/// Whether `toks[from..to]` is a place: « en », « à », « au » or « aux », then capitalized
/// words only (« en Guadeloupe », « au Mans », « à Saint-Denis de la Réunion »).
fn place_between_commas(toks: &[Tok], from: usize, to: usize) -> bool {
    from + 1 < to
        && matches!(toks[from].low.as_str(), "en" | "à" | "au" | "aux")
        && toks[from + 1].upper
        && toks[from + 1..to]
            .iter()
            .all(|t| t.word && !t.quoted && (t.upper || is_particle(&t.low)))
}

fn clause_subject(text: &str, toks: &[Tok], verb: usize, people: &People) -> Option<Speaker> {
    let mut end = verb;
    let mut past_apposition = false;
    let mut past_insertion = false;
    for _ in 0..4 {
        let p = &toks[end.checked_sub(1)?];
        if p.low == ")" {
            end = (0..end - 1).rev().find(|&k| toks[k].low == "(")?;
            continue;
        }
        if p.low == "," {
            let comma = end - 1;
            // « Des employés des secteurs de la restauration, du nettoyage et de l'hôtellerie,
            // ont témoigné »: a stray comma after a list of the noun's complements.
            let from = subject_start(toks, comma);
            // (Not past an insertion: « Marie Leroy, maire de Lyon, interrogée par la presse, »
            // is a name, its function and a participle.)
            let last_inner = (from..comma).rev().find(|&k| toks[k].low == ",");
            let inserted = last_inner
                .and_then(|k| toks.get(k + 1))
                .is_some_and(|t| !t.upper && opens_insertion(t));
            // (Nor a function set off by a comma after a name: « Marie Roy, ministre des
            // Sports, de la Jeunesse et de la Vie associative, a estimé » is an apposition.)
            let apposed = from > 0 && toks[from - 1].low == "," && !toks[from].upper;
            if !inserted && !apposed && last_inner.is_some() {
                // (« Le syndicat, présidé par Paul Martin, dénonce »: no list, an insertion.)
                let end = before_agent_phrase(toks, from, comma);
                return Some(classify(text, toks, from, end - 1, people));
            }
            if let Some(author) = document_author(text, toks, comma, people) {
                return Some(author);
            }
            if let Some(speaker) =
                subject_before_apposition(text, toks, comma, people).filter(|_| !inserted)
            {
                // « La maire, Anne Hidalgo, et le préfet, Laurent Nuñez, ont appelé »: two.
                if let Some(first) = conjoined_apposition(text, toks, comma, people) {
                    if speaker.kind == SpeakerKind::Person && first.kind == SpeakerKind::Person {
                        return Some(Speaker {
                            name: format!("{} et {}", first.name, speaker.name),
                            role: None,
                            kind: SpeakerKind::Person,
                        });
                    }
                }
                return Some(speaker);
            }
            // « Le secrétaire général de l'ONU, qui se trouve dans la capitale, Madrid, a
            // appelé »: a relative clause holding commas of its own.
            if let Some(rel) = relative_before(toks, comma) {
                // (« Dans une lettre, le collectif qui regroupe dix associations, fondé en
                // 2019, dénonce »: the noun phrase the relative follows, after the comma that
                // closes a fronted adjunct, is the subject; no apposition to the adjunct.)
                if let Some(subject) = subject_after_fronted_adjunct(text, toks, rel) {
                    return Some(classify(text, toks, rel, subject, people));
                }
                end = rel - 1;
                continue;
            }
            // (A parenthesis inside the insertion is part of it.)
            let mut k = comma;
            let open = loop {
                // (« Deux ministres, membres du bureau …, ont »: past an apposition, the
                // subject may open the sentence.)
                if k == 0 && past_apposition {
                    break None;
                }
                k = k.checked_sub(1)?;
                if toks[k].low == ")" {
                    k = (0..k).rev().find(|&o| toks[o].low == "(")?;
                    continue;
                }
                if is_boundary(&toks[k]) || is_quote_mark(&toks[k]) {
                    break Some(k);
                }
            };
            let Some(open) = open else {
                return subject_before_bare_apposition(text, toks, 0, comma, people);
            };
            if toks[open].low != "," {
                return None;
            }
            let inner = toks.get(open + 1)?;
            // « La CGT, par la voix de sa secrétaire générale Sophie Binet, a dénoncé »: the
            // person who speaks for it.
            if inner.low == "par"
                && toks.get(open + 3).is_some_and(|t| t.low == "voix")
                && toks
                    .get(open + 4)
                    .is_some_and(|t| matches!(t.low.as_str(), "de" | "du" | "d'" | "des"))
            {
                let voice = classify(text, toks, open + 5, comma - 1, people);
                if voice.kind == SpeakerKind::Person {
                    return Some(voice);
                }
            }
            let insertion = opens_insertion(inner);
            if !insertion {
                // « Sans mentionner de noms, Nick De Santis le directeur sportif, a affirmé »:
                // a name opening the stretch, its function after it, is the subject.
                let named = classify(text, toks, open + 1, comma - 1, people);
                let opens_with_name =
                    person_run(toks, open + 1, comma - 1, people).is_some_and(|(a, b)| {
                        a == open + 1
                            && b + 2 < comma
                            && lexicon::DETERMINERS.contains(&toks[b + 1].low.as_str())
                            && (lexicon::ROLE_NOUNS.contains(&toks[b + 2].low.as_str())
                                || MORE_ROLE_NOUNS.contains(&toks[b + 2].low.as_str()))
                    });
                if named.kind == SpeakerKind::Person
                    && opens_with_name
                    && !toks[open + 1..comma].iter().any(is_finite_verb)
                {
                    return Some(named);
                }
                // (« Pour sa part, le Festival X, autre grand rendez-vous …, a annoncé »: past
                // such an apposition, the phrase before it is the subject when it opens with
                // an article or a capital.)
                // « deux ministres, membres du bureau …, parti majoritaire, ont dénoncé »: an
                // apposition with no article describes what stands before it; read on past it.
                if bare_apposition(toks, open + 1, comma) {
                    past_apposition = true;
                    end = open + 1;
                    continue;
                }
                if past_apposition {
                    return subject_before_bare_apposition(text, toks, open + 1, comma, people);
                }
                return None;
            }
            end = open;
            past_insertion = true;
            continue;
        }
        break;
    }
    // « Marie Leroy, maire de Lyon, interrogée par la presse, a affirmé »: past an insertion,
    // a name before its function's apposition is the subject.
    if past_insertion && toks.get(end).is_some_and(|t| t.low == ",") {
        if let Some(speaker) = subject_before_apposition(text, toks, end, people)
            .filter(|s| s.kind == SpeakerKind::Person)
        {
            return Some(speaker);
        }
    }
    let mut from = end;
    while from > 0 {
        let p = &toks[from - 1];
        // (« Les ministères de l'Économie (Mef), du Commerce et de l'Industrie (Mci) »: a
        // list of the noun's complements.)
        if let Some(before) = past_complement_list(toks, from, end) {
            from = before;
            continue;
        }
        if is_boundary(p) || is_quote_mark(p) || lexicon::CLAUSE_BREAKS.contains(&p.low.as_str()) {
            break;
        }
        from -= 1;
    }
    let from = past_heading(toks, from, end);
    // « Il a, dans ce sens, fait remarquer »: the auxiliary before the insertion is the
    // verb's, not the subject's.
    if end > from + 1 && lexicon::AUXILIARIES.contains(&toks[end - 1].low.as_str()) {
        end -= 1;
    }
    let end = before_agent_phrase(toks, from, end);
    // (« Selon des chiffres provisoires, les entreprises qui recrutent sont nombreuses,
    // affirme … »: a stretch opening the sentence on a preposition is an adjunct, never a
    // subject.)
    let opens_sentence = from == 0 || is_boundary(&toks[from - 1]) && toks[from - 1].low != ",";
    if from >= end || opens_sentence && opens_adjunct(toks, from) {
        return None;
    }
    if let Some(start) = determiner_list(toks, from, end) {
        return Some(classify(text, toks, start, end - 1, people));
    }
    if let Some(list) = list_tail(text, toks, from, end) {
        return Some(list);
    }
    let speaker = classify(text, toks, from, end - 1, people);
    (speaker.kind != SpeakerKind::Unattributed || !speaker.name.is_empty()).then_some(speaker)
}

/// « L'armée israélienne a frappé …, en représailles au tir effectué selon elle par … »: the
/// body, role or unnamed source that is the subject of the main clause before the stressed
/// pronoun at `at` (« lui », « elle »), of its gender, is who it stands for (a person
/// subject is already who the pronoun finds first). Not inside a quotation, nor before the
/// main clause's verb.
pub(super) fn subject_taken_up(
    text: &str,
    toks: &[Tok],
    at: usize,
    people: &People,
) -> Option<Speaker> {
    let wanted = match toks[at].low.as_str() {
        "lui" => Gender::Male,
        "elle" => Gender::Female,
        _ => return None,
    };
    let (_, verb) = super::coreference::main_clause(toks);
    if toks[at].quoted || verb.is_none_or(|v| v >= at) {
        return None;
    }
    let subject = main_subject(text, toks, at, people)?;
    let speaks = matches!(
        subject.kind,
        SpeakerKind::Role | SpeakerKind::Organization | SpeakerKind::Media | SpeakerKind::Anonymous
    );
    let gender = determiner_gender(&subject.name);
    (speaks && gender == wanted && !super::coreference::determiner_plural(&subject.name))
        .then_some(subject)
}

/// The subject of the sentence's main clause, read before the token `before`: the noun
/// phrase (or pronoun) that opens it, after any leading adjunct set off by a comma.
pub(super) fn main_subject(
    text: &str,
    toks: &[Tok],
    before: usize,
    people: &People,
) -> Option<Speaker> {
    let mut start = (0..before)
        .rev()
        .find(|&k| matches!(toks[k].low.as_str(), "." | ";" | ":" | "!" | "?"))
        .map_or(0, |k| k + 1);
    // (A quotation opening the sentence ends before its subject; a quoted fragment inside
    // the clause, « l'idée d'un « mars rouge » », does not.)
    if toks.get(start).is_some_and(is_quote_mark) {
        if let Some(close) = (start + 1..before).rev().find(|&k| is_quote_mark(&toks[k])) {
            start = close + 1;
        }
    }
    // (A dateline opening the sentence, « PARIS (AFP) - », was dropped with its tokens.)
    // A conjunction opens the sentence, not its subject (« Mais la juge a … »), its comma
    // with it (« Mais, dans sa lettre, la ministre a … »).
    if toks
        .get(start)
        .is_some_and(|t| matches!(t.low.as_str(), "mais" | "et" | "or" | "puis" | "donc"))
        && toks.get(start + 1).is_some_and(|n| n.word || n.low == ",")
    {
        start += 1;
        if toks[start].low == "," {
            start += 1;
        }
    }
    start = past_cleft(toks, start, before);
    // « Saleh, qui s'en est pris à Obama et a accusé Israël »: the antecedent of the relative.
    if let Some(qui) = (start..before)
        .rev()
        .find(|&k| toks[k].low == "qui" && !toks[k].quoted)
    {
        let (from, to) = antecedent(toks, qui);
        // (Not a relative inside a leading adjunct: « Mis en cause par le joueur, qui lui
        // reprochait …, l'entraîneur a assuré ».)
        let closed_before = toks[qui..before].iter().any(|t| t.low == "," && !t.quoted);
        if from <= to && (from == start || !closed_before) {
            if let Some(named) = name_before_apposition(text, toks, from, to, people) {
                return Some(named);
            }
            return Some(classify(text, toks, from, to, people));
        }
    }
    // Skip leading adjuncts (« Jeudi, », « Dans un communiqué, », « Interrogé sur … , »).
    for _ in 0..3 {
        let t = toks.get(start)?;
        let adjunct = lexicon::PREPOSITIONS.contains(&t.low.as_str())
            || lexicon::TIME_WORDS.contains(&t.low.as_str())
            || lexicon::ADVERBS.contains(&t.low.as_str())
                && !lexicon::DETERMINERS.contains(&t.low.as_str())
            || matches!(t.low.as_str(), "lors" | "après" | "selon" | "outre")
            // (« Lorsque le journaliste a demandé …, X l'a interrompu, estimant »)
            || matches!(
                t.low.as_str(),
                "lorsque" | "lorsqu'" | "quand" | "puisque" | "puisqu'" | "si" | "alors" | "bien"
            )
            || matches!(t.low.as_str(), "suite" | "face" | "grâce" | "quant")
                && toks
                    .get(start + 1)
                    .is_some_and(|n| matches!(n.low.as_str(), "à" | "au" | "aux"))
            // (« La semaine dernière, il a … »: a time phrase with its article.)
            || lexicon::DETERMINERS.contains(&t.low.as_str())
                && toks.get(start + 1).is_some_and(|n| TIME_NOUNS.contains(&n.low.as_str()))
            // (« Quelques jours plus tard, », « Deux semaines avant le vote, », « 48 heures
            // après, »: a span of time before a comma or « plus tard », « avant », « après ».)
            || fronted_time_span(toks, start)
            || t.low.ends_with("ant")
                && (!t.upper
                    || toks
                        .get(start + 1)
                        .is_some_and(|n| !n.upper && (n.word || n.low == ",")))
            || ["é", "ée", "és", "ées", "is", "ise"]
                .iter()
                .any(|e| t.low.ends_with(e))
                && t.upper
                && toks.get(start + 1).is_some_and(|n| n.word && !n.upper)
            // (« Sollicité, le ministre a … »: a participle alone before its comma.)
            || participle_opener(toks, start, before).is_some()
            // (the relative clause closing an adjunct: « …, qui lui reprochait …, »)
            || t.low == "qui"
            // (« Tout en insistant sur …, », « En expliquant …, »)
            || t.low == "tout" && toks.get(start + 1).is_some_and(|n| n.low == "en")
            // (« De son côté, », « À son tour, »: a phrase of contrast or addition.)
            || fronted_contrast_len(toks, start).is_some()
            // (« A la fin de la rencontre, »: « À » without its accent.)
            || t.low == "a" && t.upper && start == 0
            || t.low == "en" && toks.get(start + 1).is_some_and(|n| n.low.ends_with("ant"));
        let comma = (start..before).find(|&k| toks[k].low == "," && !toks[k].quoted);
        match comma {
            Some(c) if adjunct => start = c + 1,
            _ => break,
        }
    }
    // (« Lors de sa visite le ministre a … », « De son côté le maire a … »: an adjunct with
    // no comma after it.)
    start = past_fronted_adjunct(text, toks, start, before);
    if let Some(len) = fronted_contrast_len(toks, start).filter(|&len| start + len < before) {
        start += len;
    }
    let t = toks.get(start)?;
    if start >= before || !t.word || t.quoted {
        return None;
    }
    if lexicon::SUBJECT_PRONOUNS.contains(&t.low.as_str()) {
        return Some(
            antecedent_in_sentence(text, toks, start, people)
                .unwrap_or_else(|| pronoun_speaker(&t.low, people)),
        );
    }
    if !(t.upper || lexicon::DETERMINERS.contains(&t.low.as_str())) {
        return None;
    }
    let end = past_unknown_verb(toks, start, np_end(toks, start)).min(before - 1);
    let end = before_tagged_verb(text, toks, start, end);
    // (« Le parti présidé par X refuse … et affirme »: the agent's phrase is no part of it.)
    let end = before_agent_phrase(toks, start, end + 1).max(start + 1) - 1;
    // (« Le conseiller du ministre pour la sécurité nationale, Paul Martin, a … »: a
    // function's complement runs to the comma before the apposed name.)
    let end = match title_complement_to_comma(toks, end + 1) {
        Some(comma)
            if comma < before
                && classify(text, toks, start, end, people).kind == SpeakerKind::Role =>
        {
            comma - 1
        }
        _ => end,
    };
    // « Anne Martin, la porte-parole, a … »
    if toks.get(end + 1).is_some_and(|c| c.low == ",") {
        let close = (end + 2..before).find(|&k| toks[k].low == ",");
        // (« Le chef des armées, l'amiral Paul Martin a déclaré …, soulignant »: the
        // closing comma missing, the apposition ends at the verb.)
        let verb = (end + 2..close.unwrap_or(before)).find(|&k| is_finite_verb(&toks[k]));
        if let Some(verb) = verb.filter(|&v| v > end + 2) {
            let named = classify(text, toks, end + 2, verb - 1, people);
            let outer = classify(text, toks, start, end, people);
            if named.kind == SpeakerKind::Person && outer.kind == SpeakerKind::Role {
                return Some(Speaker {
                    role: named.role.clone().or(Some(strip_determiner(&outer.name))),
                    ..named
                });
            }
            return Some(outer);
        }
        if let Some(close) = close {
            if let Some(speaker) = subject_before_apposition(text, toks, close, people) {
                return Some(speaker);
            }
        }
    }
    Some(classify(text, toks, start, end, people))
}

/// Where the subject of a cleft sentence starts (« C'est la porte-parole, Anne Roy, qui a
/// annoncé …, en précisant », « Ce sont les élus qui ont voté …, estimant »): past « c'est »
/// (« c'était », « ce sont », « ce fut » …) when a « qui » outside quotation marks follows
/// before token `before`; `start` itself otherwise.
fn past_cleft(toks: &[Tok], start: usize, before: usize) -> usize {
    let (Some(ce), Some(copula)) = (toks.get(start), toks.get(start + 1)) else {
        return start;
    };
    let cleft = matches!(ce.low.as_str(), "c'" | "ce")
        && matches!(
            copula.low.as_str(),
            "est" | "était" | "sera" | "fut" | "sont" | "étaient" | "seront" | "furent"
        )
        && (start + 2..before).any(|k| toks[k].low == "qui" && !toks[k].quoted);
    if cleft {
        start + 2
    } else {
        start
    }
}

/// The end of the subject `start..=end` without a present-tense verb the lexicon does not
/// know, read into it because its object follows (« Le parquet visite l'usine et affirme »,
/// « La CGT quitte la réunion, dénonçant »): the last word, right after the head, lower-case
/// with a verb's ending and no adjective's, before an article that opens no time phrase
/// (« le président russe la semaine dernière » keeps its adjective).
/// Endings of adjectives (and some nouns) that a present-tense verb in « -e » rarely has
/// (« russe », « publique », « nationale »).
const ADJECTIVE_ENDINGS: &[&str] = &[
    "que", "aire", "ale", "aine", "aise", "enne", "elle", "ive", "euse", "ée", "iste", "ible",
    "able", "ère", "ine", "oise", "onne", "ante", "ente", "ote", "arde", "sse", "ge", "be", "une",
    "bre", "pre", "vre", "autre", "même", "seule", "jeune", "moderne", "interne", "externe",
    "contre", "entre",
];

fn past_unknown_verb(toks: &[Tok], start: usize, end: usize) -> usize {
    let (Some(word), Some(next)) = (toks.get(end), toks.get(end + 1)) else {
        return end;
    };
    let low = word.low.as_str();
    let verb_ending = low.ends_with('e') && !ADJECTIVE_ENDINGS.iter().any(|e| low.ends_with(e))
        || low.ends_with("it")
        || low.ends_with("oit")
        || ["end", "ond", "erd", "met"]
            .iter()
            .any(|e| low.ends_with(e));
    let head = &toks[end - 1.min(end)];
    let after_head = end > start
        && head.word
        && !head.quoted
        && !lexicon::DETERMINERS.contains(&head.low.as_str())
        && !lexicon::PREPOSITIONS.contains(&head.low.as_str())
        && !matches!(head.low.as_str(), "de" | "d'" | "du" | "des" | "et" | "ou");
    let object = matches!(
        next.low.as_str(),
        "le" | "la"
            | "l'"
            | "les"
            | "un"
            | "une"
            | "des"
            | "du"
            | "son"
            | "sa"
            | "ses"
            | "leur"
            | "leurs"
            | "ce"
            | "cet"
            | "cette"
            | "ces"
    ) && !toks
        .get(end + 2)
        .is_some_and(|n| TIME_NOUNS.contains(&n.low.as_str()) || n.upper);
    // (« Les deux syndicats multiplient les critiques, pointant »: a plural ending after a
    // plural head; an adjective or noun would agree, « -ents ».)
    let plural_verb = low.ends_with("ent")
        && !low.ends_with("ment")
        && low.chars().count() > 4
        && (head.low.ends_with('s') || head.low.ends_with('x'))
        && !matches!(next.low.as_str(), "de" | "d'" | "du" | "des" | "et" | "ou");
    if word.word
        && !word.upper
        && !word.quoted
        && after_head
        && (verb_ending && object || plural_verb)
    {
        end - 1
    } else {
        end
    }
}

/// The « ROLE, NAME, » joined by « , et » before the one ending at `comma` (« La maire,
/// Anne Hidalgo, et le préfet, Laurent Nuñez, »).
fn conjoined_apposition(
    text: &str,
    toks: &[Tok],
    comma: usize,
    people: &People,
) -> Option<Speaker> {
    let open = (0..comma).rev().find(|&k| toks[k].low == ",")?;
    let from = (0..open)
        .rev()
        .find(|&k| is_boundary(&toks[k]) || is_quote_mark(&toks[k]))?;
    (toks[from].low == "," && toks.get(from + 1)?.low == "et" && from + 2 < open).then_some(())?;
    subject_before_apposition(text, toks, from, people)
}

/// Whether an attribution phrase opens at `from` (« Selon les premiers résultats, … », « D'après
/// le maire, … »): what it names is a source, never the subject of a verb after the comma
/// (« Selon les premiers résultats, le site fermera, a précisé X »: no « X, apposition, »).
fn opens_an_attribution(toks: &[Tok], from: usize) -> bool {
    super::cues::find_attribution_from(toks, from).is_some_and(|(at, _)| at == from)
}

/// The subject of « NAME, APPOSITION, verb »: `comma` is the comma before the verb group.
pub(super) fn subject_before_apposition(
    text: &str,
    toks: &[Tok],
    comma: usize,
    people: &People,
) -> Option<Speaker> {
    let mut open = comma;
    while open > 0 {
        open -= 1;
        let t = &toks[open];
        // (« NAME, ministre des Sports, de la Jeunesse et de la Vie associative, »: a comma of
        // the list of the function's complements is inside the apposition.)
        if t.low == "," && !complement_list_after(toks, open, comma) {
            break;
        }
        // « le député du Parti québécois (PQ), X, »: a parenthesis belongs to the phrase.
        if t.low == ")" {
            if let Some(p) = (0..open).rev().find(|&k| toks[k].low == "(") {
                open = p;
                continue;
            }
        }
        if is_boundary(t) || is_quote_mark(t) || open == 0 {
            return None;
        }
    }
    if open + 1 >= comma {
        return None;
    }
    let mut from = open;
    while from > 0 {
        let p = &toks[from - 1];
        if p.low == ")" {
            if let Some(k) = (0..from - 1).rev().find(|&k| toks[k].low == "(") {
                from = k;
                continue;
            }
        }
        // « Le ministre de l'Économie, des Finances et de la Relance, NAME, »: the list of
        // the function's complements runs on past its commas.
        if let Some(before) = past_complement_list(toks, from, open) {
            from = before;
            continue;
        }
        if is_boundary(p) || is_quote_mark(p) || lexicon::CLAUSE_BREAKS.contains(&p.low.as_str()) {
            break;
        }
        from -= 1;
    }
    let from = past_heading(toks, from, open);
    if from >= open || opens_an_attribution(toks, from) {
        return None;
    }
    // « Paul, ou plutôt son père, a dit »: the aside corrects who speaks.
    if toks[open + 1].low == "ou" {
        if let Some(first) = corrected_from(toks, open, comma - 1) {
            return Some(classify(text, toks, first, comma - 1, people));
        }
    }
    // « Sans mentionner de noms, NAME …, a affirmé », « Dans un entretien, le ministre, a
    // affirmé »: a phrase opened by a preposition is no subject; what follows it is.
    // (« De son côté, le parti présidé par X, dénonce »: so is a phrase of contrast.)
    let outer_is_adjunct = (lexicon::PREPOSITIONS.contains(&toks[from].low.as_str())
        && toks[from].low != "pour"
        || fronted_contrast_len(toks, from) == Some(open - from))
        && !toks[from + 1..open].iter().any(|t| t.upper)
        && !toks[open + 1..comma].iter().any(|t| {
            is_finite_verb(t) || lexicon::AUXILIARIES.contains(&t.low.as_str()) || t.quoted
        });
    // (Nor is a second adjunct after it: « …, en raison d'une blessure, face à Paul Martin en
    // demi-finales, a annoncé » names no Paul Martin.)
    let inner_is_adjunct = lexicon::PREPOSITIONS.contains(&toks[open + 1].low.as_str())
        || matches!(
            toks[open + 1].low.as_str(),
            "face" | "suite" | "grâce" | "malgré" | "durant" | "dès" | "lors" | "selon"
        );
    if outer_is_adjunct && inner_is_adjunct {
        return None;
    }
    if outer_is_adjunct {
        let end = before_agent_phrase(toks, open + 1, comma);
        let inner = classify(text, toks, open + 1, end - 1, people);
        return (inner.kind != SpeakerKind::Unattributed).then_some(inner);
    }
    let det = &toks[open + 1];
    let head = toks.get(open + 2)?;
    let inner_is_role = lexicon::DETERMINERS.contains(&det.low.as_str())
        && lexicon::ROLE_NOUNS.contains(&head.low.as_str())
        && person_run(toks, open + 1, comma - 1, people).is_none();
    if inner_is_role {
        // « NAME, la porte-parole …, a dit »
        let mut speaker = classify(text, toks, from, open - 1, people);
        if speaker.kind == SpeakerKind::Person && speaker.role.is_none() {
            speaker.role = Some(slice(text, toks, open + 1, comma - 1));
        }
        return Some(speaker);
    }
    // « L'agence mauritanienne, Sahara Media, a confirmé »: a descriptor, then the name it
    // describes.
    let descriptor = toks
        .get(from + 1)
        .filter(|_| matches!(toks[from].low.as_str(), "le" | "la" | "l'"))
        .map(|h| h.low.as_str())
        .filter(|h| is_descriptor(h));
    if let Some(noun) = descriptor {
        let named = toks[open + 1].upper
            && !toks[open + 1].quoted
            && toks[open + 1..comma]
                .iter()
                .all(|t| t.upper || is_particle(&t.low))
            && comma - open <= 6;
        if named {
            return Some(Speaker {
                name: slice(text, toks, open + 1, comma - 1),
                role: None,
                kind: if MEDIA_DESCRIPTORS.contains(&noun) {
                    SpeakerKind::Media
                } else {
                    SpeakerKind::Organization
                },
            });
        }
    }
    // « Le candidat, lui, a promis »: a stressed pronoun only stresses the subject before.
    if comma == open + 2
        && matches!(
            toks[open + 1].low.as_str(),
            "lui" | "elle" | "eux" | "elles"
        )
    {
        return Some(classify(text, toks, from, open - 1, people));
    }
    // « Le ministre, qui a reçu Jean Dupont, a affirmé »: a relative clause or a verb between
    // the commas is no apposition; its names are not the subject. (Nor is the agent of a
    // participle: « Le syndicat, présidé par Paul Martin, dénonce ».)
    if matches!(
        toks[open + 1].low.as_str(),
        "qui" | "que" | "qu'" | "dont" | "où" | "lequel" | "laquelle"
    ) || verb_between_commas(toks, open + 1, comma)
        || agent_phrase_at(toks, open + 1)
    {
        return None;
    }
    // « Le ministre de l'Intérieur, NAME, a dit »
    let inner = classify(text, toks, open + 1, comma - 1, people);
    let outer = classify(text, toks, from, open - 1, people);
    // « Le procureur de la cour d'appel de Basse-Terre, en Guadeloupe, a lancé »: a place set
    // off by commas after the subject is no name apposed to it.
    if place_between_commas(toks, open + 1, comma) {
        return (outer.kind != SpeakerKind::Unattributed).then_some(outer);
    }
    // « Le maire de la ville, dans l'ouest de la France, Paul Martin, a déclaré »: a place
    // set off by commas after the function, then the name: the name is the subject.
    let place_aside = from > 0
        && toks[from - 1].low == ","
        && matches!(toks[from].low.as_str(), "dans" | "en" | "au" | "aux")
        && outer.kind == SpeakerKind::Unattributed
        && !toks[from..open].iter().any(is_finite_verb);
    if inner.kind == SpeakerKind::Person && place_aside {
        return Some(inner);
    }
    // « La Russie, par la voix de son ministre, Sergueï Lavrov, a dénoncé »: the voice.
    if inner.kind == SpeakerKind::Person
        && toks[from].low == "par"
        && toks.get(from + 2).is_some_and(|t| t.low == "voix")
    {
        return Some(inner);
    }
    // « Une lettre adressée au préfet, Paul Martin, affirme », « Un rapport commandé par le
    // ministre, X, conclut »: a name never names a document; it names the one the
    // participle's complement names, and the document speaks.
    if inner.kind == SpeakerKind::Person && document_for_someone(toks, from, open) {
        let document = classify(text, toks, from, open - 1, people);
        return Some(if document.kind == SpeakerKind::Unattributed {
            unattributed()
        } else {
            document
        });
    }
    // (The role may already be known from this very sentence: then it resolves to the name.)
    // (« le candidat de la droite à l'élection, Paul Martin, »: a definite description of a
    // function, no verb in it, is a role too.)
    // (« Son homologue lensois, X, », « Sa mère, X, »: a possessive description is a
    // person's whatever its noun.)
    let described = (matches!(toks[from].low.as_str(), "le" | "la" | "l'" | "un" | "une")
        && toks
            .get(from + 1)
            .is_some_and(|h| can_speak(&h.low) && !lexicon::ORG_WORDS.contains(&h.low.as_str()))
        || matches!(toks[from].low.as_str(), "son" | "sa" | "leur")
            && toks.get(from + 1).is_some_and(|h| h.word && !h.upper)
        || describes_someone(toks, from))
        && !toks[from..open].iter().any(is_finite_verb);
    // (« L'un des porte-parole, Joe Incandela, », « La correspondante de France 24, Sonia
    // Dridi, »: an unnamed description or one opening with an article, no verb in it, then
    // a name that opens with a first name.)
    let person_head = toks.get(from + 1).is_some_and(|h| {
        !h.upper
            && (can_speak(&h.low)
                || EPITHET_ENDINGS
                    .iter()
                    .chain(&["ant", "ante", "ent", "ente"])
                    .any(|e| h.low.ends_with(e)))
    });
    let first_named = toks[open + 1].upper
        && lexicon::is_first_name(&toks[open + 1].low)
        && (outer.kind == SpeakerKind::Anonymous
            || lexicon::DETERMINERS.contains(&toks[from].low.as_str()) && person_head)
        && !toks[from..open].iter().any(is_finite_verb);
    // « l'agence mauritanienne, Sahara Media, », « le quotidien britannique, The Guardian, »:
    // a description of a medium or an institution, then its name.
    let described_institution = lexicon::DETERMINERS.contains(&toks[from].low.as_str())
        && toks.get(from + 1).is_some_and(|h| {
            !h.upper
                && (lexicon::MEDIA_NOUNS.contains(&h.low.as_str())
                    || lexicon::ORG_WORDS.contains(&h.low.as_str())
                    || is_descriptor(&h.low))
        })
        && toks[open + 1].upper
        && inner.kind != SpeakerKind::Unattributed
        && !toks[from..comma].iter().any(is_finite_verb);
    if described_institution {
        // (The description tells what the name is: « Sahara Media » is a medium here.)
        let kind = match outer.kind {
            SpeakerKind::Media | SpeakerKind::Organization => outer.kind,
            _ => inner.kind,
        };
        return Some(Speaker { kind, ..inner });
    }
    if inner.kind == SpeakerKind::Person
        && (outer.kind == SpeakerKind::Role || outer.name == inner.name || described || first_named)
    {
        return Some(Speaker {
            role: Some(strip_determiner(&slice(text, toks, from, open - 1))),
            ..inner
        });
    }
    // « Le général Réveilhac, ordonnateur de l'attaque, a demandé »: the name before a
    // description.
    // (Not a phrase a preposition opens, capitalized at the start of the sentence: « En
    // France, la fédération …, a dénoncé » names no France.)
    let outer_opens_np = (toks[from].upper
        || lexicon::DETERMINERS.contains(&toks[from].low.as_str()))
        && !lexicon::PREPOSITIONS.contains(&toks[from].low.as_str());
    let outer_is_one_np = np_end(toks, from) + 1 >= open;
    let inner_has_verb = verb_between_commas(toks, open + 1, comma);
    // (A person's function may run long: « Roland Dumas, ministre des affaires étrangères
    // au moment de la signature du contrat, a affirmé ».)
    let long_role = outer.kind == SpeakerKind::Person
        && comma - open <= 20
        && is_role(&slice(text, toks, open + 1, comma - 1));
    // (So may a description opening with its article, no verb in it: « La Ligue, un groupe
    // armé combattant aux côtés de l'armée régulière du pays, a démenti ».)
    let long_description = comma - open <= 20
        && matches!(
            toks[open + 1].low.as_str(),
            "un" | "une" | "le" | "la" | "l'"
        )
        && !toks[open + 1..comma]
            .iter()
            .any(|t| t.quoted || is_quote_mark(t));
    // (Nor an apposition opening with an age: « L'avocat du prévenu, 30 ans et condamné en
    // appel à deux ans de prison, a plaidé ».)
    let long_age = comma - open <= 20
        && toks[open + 1].low.chars().all(|c| c.is_ascii_digit())
        && toks.get(open + 2).is_some_and(|t| t.low == "ans")
        && !toks[open + 1..comma]
            .iter()
            .any(|t| t.quoted || is_quote_mark(t));
    if outer_opens_np
        && outer_is_one_np
        && !inner_has_verb
        && (comma - open <= 10 || long_role || long_description || long_age)
        && inner.kind != SpeakerKind::Person
        && matches!(
            outer.kind,
            SpeakerKind::Person
                | SpeakerKind::Role
                | SpeakerKind::Organization
                | SpeakerKind::Anonymous
        )
    {
        let role = slice(text, toks, open + 1, comma - 1);
        let role = (outer.kind == SpeakerKind::Person && outer.role.is_none() && is_role(&role))
            .then_some(role);
        return Some(Speaker {
            role: outer.role.clone().or(role),
            ..outer
        });
    }
    None
}

/// The head of the noun phrase opening at `from`: its first token past the determiners,
/// before `end` (« le député » → « député »; a participle after it may describe it, the head
/// itself is none: « le délégué du personnel »).
pub(super) fn head_past_determiners(toks: &[Tok], from: usize, end: usize) -> Option<usize> {
    (from..end).find(|&k| !lexicon::DETERMINERS.contains(&toks[k].low.as_str()))
}

/// Where a subject `from..end` that a body, a group or a person heads ends before the
/// participle of what someone else does to it (« Le parti présidé par Paul Martin »,
/// « L'association dirigée depuis mars par Anne Roy », « La délégation conduite par le
/// ministre »): the agent after « par » leads it, it does not speak for it. A document keeps
/// its issuer (« Un communiqué signé par le ministre »), and « cité par » is read elsewhere.
/// `end` when there is none.
fn before_agent_phrase(toks: &[Tok], from: usize, end: usize) -> usize {
    let Some(head) = head_past_determiners(toks, from, end) else {
        return end;
    };
    let low = toks[head].low.as_str();
    let speaks = toks[head].word
        && !toks[head].quoted
        && (toks[head].upper || body_or_person(low))
        && !DOCUMENTS.contains(&low);
    if !speaks {
        return end;
    }
    // (The comma opening the insertion stays out too: « Le syndicat, présidé par X, ».)
    (head + 1..end)
        .find(|&k| agent_phrase_at(toks, k))
        .map_or(end, |k| if toks[k - 1].low == "," { k - 1 } else { k })
}

/// The « qui » of a relative clause written with no commas inside the subject, when the walk
/// back to the subject's start stopped at the relative's own verb at `from - 1` (« Les
/// habitants qui ont rencontré le préfet Jean Roux dénoncent », object pronouns and negation
/// between): the antecedent before it, a noun, is the subject.
fn antecedent_of_inner_relative(toks: &[Tok], from: usize) -> Option<usize> {
    let verb = from.checked_sub(1)?;
    if !is_finite_verb(&toks[verb]) {
        return None;
    }
    let mut q = verb;
    while q > 0 && CLITICS.contains(&toks[q - 1].low.as_str()) {
        q -= 1;
    }
    let qui = q
        .checked_sub(1)
        .filter(|&k| toks[k].low == "qui" && !toks[k].quoted)?;
    let antecedent = toks.get(qui.checked_sub(1)?)?;
    let noun = antecedent.word
        && !antecedent.quoted
        && !matches!(
            antecedent.low.as_str(),
            "celui" | "celle" | "ceux" | "celles" | "ce" | "c'" | "tous" | "toutes"
        )
        && !lexicon::PREPOSITIONS.contains(&antecedent.low.as_str());
    (noun && (antecedent.upper || subject_start(toks, qui) < qui - 1)).then_some(qui)
}

/// The noun phrase opening the sentence (an article or a capital, no verb, no comma) when a
/// relative « qui » follows it with no comma and relative clauses run from there to the comma
/// at `comma` (each later stretch between commas opening on a relative pronoun): « Le parti
/// qui a boycotté les assises, qui ont démarré lundi, ». Its first and last tokens.
fn relative_opening_subject(toks: &[Tok], comma: usize) -> Option<(usize, usize)> {
    // (« Pourtant, depuis dimanche, ce dernier qui … , »: past adjuncts set off by commas,
    // with no verb.)
    let start = (0..comma)
        .find(|&k| !toks[k].quoted && (toks[k].low == "qui" || !toks[k].word && toks[k].low != ","))
        .and_then(|stop| toks[..stop].iter().rposition(|t| t.low == ","))
        .map_or(0, |c| c + 1);
    if toks[..start]
        .iter()
        .any(|t| t.quoted || is_quote_mark(t) || is_finite_verb(t))
    {
        return None;
    }
    let qui =
        (start + 1..comma).find(|&k| !toks[k].quoted && !toks[k].word || toks[k].low == "qui")?;
    let opening = &toks[start..qui];
    let first = opening.first()?;
    // (A head that can speak: « Une situation qui … » names no one; « ce dernier » points
    // back to someone.)
    let head = toks[start + 1..qui]
        .iter()
        .find(|t| !lexicon::DETERMINERS.contains(&t.low.as_str()));
    let pointer = head.is_some_and(|h| back_pointer(&[&first.low, &h.low]).is_some());
    let noun_phrase = toks[qui].low == "qui"
        && qui >= start + 2
        && (first.upper || lexicon::DETERMINERS.contains(&first.low.as_str()))
        && (pointer || head.is_some_and(|h| h.upper || body_or_person(&h.low)))
        && opening
            .iter()
            .all(|t| t.word && !t.quoted && !is_finite_verb(t));
    let relatives_only = toks[qui..comma]
        .iter()
        .enumerate()
        .filter(|(_, t)| t.low == "," || is_boundary(t) || is_quote_mark(t))
        .all(|(k, t)| {
            t.low == ","
                && toks.get(qui + k + 1).is_some_and(|n| {
                    matches!(n.low.as_str(), "qui" | "que" | "qu'" | "dont" | "où")
                })
        });
    (noun_phrase && relatives_only).then_some((start, qui - 1))
}

/// Where a subject `from..end` ends before a relative clause written with no commas that runs
/// into it (« L'opposition qui rejette la candidature du président Paul Martin a appelé »):
/// at its « qui », after the antecedent, when a verb follows « qui » in the span (the name in
/// the relative never speaks). Not after a pronoun that needs its relative (« celui qui est
/// aussi le représentant de X a ajouté »). `end` when there is none.
fn before_inner_relative(toks: &[Tok], from: usize, end: usize) -> usize {
    let Some(qui) = (from + 1..end).find(|&k| toks[k].low == "qui" && !toks[k].quoted) else {
        return end;
    };
    let antecedent = &toks[qui - 1];
    let needs_relative = matches!(
        antecedent.low.as_str(),
        "celui" | "celle" | "ceux" | "celles" | "ce" | "c'" | "tous" | "toutes" | ","
    ) || lexicon::PREPOSITIONS.contains(&antecedent.low.as_str());
    let verb_after = toks[qui + 1..end]
        .iter()
        .any(|t| is_finite_verb(t) || t.word && !t.upper && !t.quoted && t.low.ends_with("ent"))
        || toks
            .get(qui + 1)
            .is_some_and(|t| t.word && !t.upper && !t.quoted);
    if needs_relative || !antecedent.word || !verb_after {
        return end;
    }
    qui
}

/// Where the subject `start..=end` of a main clause ends before a verb the tagger reads in
/// it and the lexicon does not know (« La police refuse pour le moment de confirmer … et
/// dément », « La direction tente de rassurer … et affirme »): before the first word after
/// the head tagged as a verb, not a participle (« le parti présidé par », « les élus
/// sortants »), when the head can speak. `end` when there is none.
fn before_tagged_verb(text: &str, toks: &[Tok], start: usize, end: usize) -> usize {
    // (Only a head that can speak: « Le phénomène peut découler … » is left whole, no
    // speaker either way.)
    let head = (start..=end).find(|&k| !lexicon::DETERMINERS.contains(&toks[k].low.as_str()));
    let speaks = head.is_some_and(|h| toks[h].upper || body_or_person(&toks[h].low));
    if end <= start + 1 || !speaks {
        return end;
    }
    let tags = super::pos::tags(text, toks);
    // (« Le président russe la semaine dernière a … »: an adjective's ending the tagger may
    // read as a verb's is one only before an infinitive, « tente de rassurer ».)
    let infinitive_after = |k: usize| {
        toks.get(k + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "de" | "d'" | "à"))
            && toks
                .get(k + 2)
                .is_some_and(|t| super::cues::is_infinitive(&t.low))
    };
    (start + 2..=end)
        .find(|&k| {
            let t = &toks[k];
            let adjective_form = ADJECTIVE_ENDINGS.iter().any(|e| t.low.ends_with(e));
            tags[k] == Upos::Verb
                && (!adjective_form || infinitive_after(k))
                && t.word
                && !t.upper
                && !t.quoted
                && !participle_form(&t.low)
                && !t.low.ends_with("ant")
                && !lexicon::DETERMINERS.contains(&toks[k - 1].low.as_str())
                && !matches!(toks[k - 1].low.as_str(), "de" | "d'" | "à")
        })
        .map_or(end, |k| k - 1)
}

/// Whether a noun names a body, a group or a person (« syndicat », « délégation », « maire »,
/// « habitants »), not a document or a figure that a « selon » may also cite.
fn body_or_person(low: &str) -> bool {
    names_someone(low) || COLLECTIVES.contains(&low)
}

/// Whether a past participle at `k` opens a phrase naming its agent: « présidé par »,
/// « dirigée depuis 2019 par », « conduite lundi par » (two words between at most), not « cité
/// par » (a source citing the subject, `Route::CitedSubject`).
fn agent_phrase_at(toks: &[Tok], k: usize) -> bool {
    let Some(t) = toks.get(k) else {
        return false;
    };
    let participle = t.word
        && !t.upper
        && !t.quoted
        && participle_form(&t.low)
        && !cues::CITED.contains(&t.low.as_str());
    let par_at = |j: usize| toks.get(j).is_some_and(|p| p.low == "par" && !p.quoted);
    // (The word between is an adverb or a date, no participle of its own: « le syndicat des
    // élus présidé par » has its participle after « élus ».)
    let word_between = |j: usize| {
        toks.get(j)
            .is_some_and(|w| w.word && !w.quoted && w.low != "par" && !bare_past_participle(w))
    };
    participle
        && (par_at(k + 1)
            || word_between(k + 1) && par_at(k + 2)
            || word_between(k + 1) && word_between(k + 2) && par_at(k + 3))
}

/// The subject from `from` to the comma at `comma`, before a bare apposition: a phrase that
/// opens with an article or a capital. A person's name picked out of a longer phrase the
/// noun-phrase reader stops short of is not trusted (« le Festival Rire pour tous, autre grand
/// rendez-vous de l'été, a annoncé » names no « Festival Rire »).
fn subject_before_bare_apposition(
    text: &str,
    toks: &[Tok],
    from: usize,
    comma: usize,
    people: &People,
) -> Option<Speaker> {
    let first = toks.get(from).filter(|_| from < comma)?;
    if first.quoted || !(first.upper || lexicon::DETERMINERS.contains(&first.low.as_str())) {
        return None;
    }
    let speaker = classify(text, toks, from, comma - 1, people);
    let one_phrase = np_end(toks, from) + 1 == comma;
    (one_phrase || speaker.kind != SpeakerKind::Person).then_some(speaker)
}

/// « membres du comité central », « parti majoritaire », « autre grand rendez-vous de la
/// saison »: the words from `from` to the comma at `comma` are an apposition with no article
/// (a lowercase noun or adjective opens it, no pronoun, conjunction or relative), with no verb
/// and no quotation in it.
fn bare_apposition(toks: &[Tok], from: usize, comma: usize) -> bool {
    let first = &toks[from];
    let low = first.low.as_str();
    // (« l'un des deux principaux partis d'opposition »: one of a group, describing what
    // stands before it.)
    let one_of = low == "l'"
        && toks
            .get(from + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "un" | "une"))
        && toks
            .get(from + 2)
            .is_some_and(|t| matches!(t.low.as_str(), "des" | "de" | "d'" | "du"));
    if one_of {
        return comma - from <= 20
            && !verb_between_commas(toks, from, comma)
            && !toks[from..comma]
                .iter()
                .any(|t| t.quoted || is_quote_mark(t));
    }
    first.word
        && !first.upper
        && !first.quoted
        && comma - from <= 20
        && !lexicon::DETERMINERS.contains(&low)
        && !lexicon::SUBJECT_PRONOUNS.contains(&low)
        && !lexicon::PREPOSITIONS.contains(&low)
        && !lexicon::ADVERBS.contains(&low)
        && !CLITICS.contains(&low)
        && !matches!(
            low,
            "et" | "ou" | "mais" | "ni" | "qui" | "que" | "qu'" | "dont" | "où" | "eux" | "elles"
        )
        && !verb_between_commas(toks, from, comma)
        && !toks[from..comma]
            .iter()
            .any(|t| t.quoted || is_quote_mark(t))
}

/// Whether the words from `from` to the comma at `comma` hold a conjugated verb (not one in
/// a noun's slot, [`noun_slot`]: « chargé des enquêtes et des analyses », « le Bureau
/// d'enquêtes et d'analyses »).
fn verb_between_commas(toks: &[Tok], from: usize, comma: usize) -> bool {
    (from..comma).any(|k| {
        !toks[k].quoted
            && is_finite_verb(&toks[k])
            && !bare_past_participle(&toks[k])
            && !noun_slot(toks, k, from)
    })
}

/// Whether the word at `k` stands where French puts no conjugated verb: right after « de »,
/// « des », « du », « au », « ces », « son »… or a preposition (« à dose unique », « par
/// analyses »), or after « le », « la », « les », « l' » that follow one of those (« de
/// l'analyse »; elsewhere they may be object pronouns, « qui les analyse »). Only words from
/// `from` on are read. (Not « en », « ce », « leur », « deux », « certains »: pronouns too, « il
/// en dose », « ce sont », « certains affirment ».) The UD treebanks hold no finite verb in
/// these places (0 of 27,000).
fn noun_slot(toks: &[Tok], k: usize, from: usize) -> bool {
    let no_verb_after = |low: &str| {
        matches!(
            low,
            "de" | "d'"
                | "des"
                | "du"
                | "au"
                | "aux"
                | "cet"
                | "cette"
                | "ces"
                | "son"
                | "sa"
                | "ses"
                | "nos"
                | "vos"
                | "notre"
                | "votre"
        ) || low != "en" && lexicon::PREPOSITIONS.contains(&low)
    };
    let before = |n: usize| k >= n && k - n >= from;
    before(1)
        && match toks[k - 1].low.as_str() {
            "le" | "la" | "les" | "l'" => before(2) && no_verb_after(&toks[k - 2].low),
            d => no_verb_after(d),
        }
}

/// Whether the noun phrase at `from` describes a person by what they are: « l'un des deux
/// porte-parole des équipes », « une des responsables », « la correspondante de la chaîne »,
/// « l'ancien représentant » (determiner, « un des » and a number, an adjective of role, then
/// a noun that names people or ends like one).
fn describes_someone(toks: &[Tok], from: usize) -> bool {
    let mut h = from;
    let at = |k: usize| toks.get(k).map_or("", |t| t.low.as_str());
    if !matches!(at(h), "le" | "la" | "l'" | "un" | "une") {
        return false;
    }
    h += 1;
    // « l'un des (deux) », « une des »
    if matches!(at(h), "un" | "une") {
        h += 1;
    }
    if matches!(at(h), "des" | "de") {
        h += 1;
        let number = |t: &Tok| {
            SMALL_NUMBERS.contains(&t.low.as_str()) || t.low.chars().all(|c| c.is_ascii_digit())
        };
        if toks.get(h).is_some_and(number) {
            h += 1;
        }
    }
    while ROLE_ADJECTIVES.contains(&at(h)) {
        h += 1;
    }
    let Some(head) = toks.get(h).filter(|t| t.word && !t.upper) else {
        return false;
    };
    let low = head.low.as_str();
    !lexicon::ORG_WORDS.contains(&low)
        && (can_speak(low)
            || ["ant", "ante", "ants", "antes"]
                .iter()
                .any(|e| low.ends_with(e))
            || EPITHET_ENDINGS.iter().any(|e| low.ends_with(e)))
}

/// Numbers in words that count people in « l'un des deux porte-parole ».
const SMALL_NUMBERS: &[&str] = &[
    "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
];

/// « le chef de la diplomatie » → « chef de la diplomatie ».
pub(super) fn strip_determiner(np: &str) -> String {
    np.split_once(' ')
        .filter(|(d, _)| lexicon::DETERMINERS.contains(&d.to_lowercase().as_str()))
        .map_or(np.to_string(), |(_, rest)| rest.to_string())
}

pub(super) fn unattributed() -> Speaker {
    Speaker::unresolved(String::new())
}

impl Speaker {
    /// A speaker the article does not let us name: shown unresolved, in the article's words.
    pub(super) fn unresolved(words: String) -> Speaker {
        Speaker {
            name: words,
            role: None,
            kind: SpeakerKind::Unattributed,
        }
    }

    /// The entity `p` named earlier, as `kind`.
    pub(super) fn of(p: &Person, kind: SpeakerKind) -> Speaker {
        Speaker {
            name: p.name.clone(),
            role: p.role.clone(),
            kind,
        }
    }
}

/// Whether the surname at `at` follows a lawyer's title (« Me », « Maître »), which the press
/// keeps as part of the name (« M. », « Mme » are dropped: « Mikati »).
fn titled_surname(toks: &[Tok], at: usize) -> bool {
    at > 0 && matches!(toks[at - 1].low.as_str(), "me" | "maître")
}

/// The article a contracted « à » or « de » holds: « au », « du » → « le », « aux », « des » →
/// « les » (« a écrit au préfet » is to « le préfet », « la visite du ministre » is « le
/// ministre »'s).
pub(super) fn article_in_contraction(low: &str) -> Option<&'static str> {
    match low {
        "au" | "du" => Some("le"),
        "aux" | "des" => Some("les"),
        _ => None,
    }
}

/// The noun phrase before « qui » (index `qui`): back to its determiner.
pub(super) fn antecedent(toks: &[Tok], qui: usize) -> (usize, usize) {
    let mut to = qui;
    if to > 0 && toks[to - 1].low == "," {
        to -= 1;
        if let Some(comma) = inclusion_before(toks, to, qui) {
            to = comma;
        }
    }
    let end = to;
    let mut from = bracketed_acronym_before(toks, end).unwrap_or(end);
    while from > 0 && end - from < 12 {
        let p = &toks[from - 1];
        if !p.word || p.quoted {
            break;
        }
        // (« des cars ont transporté des salariés du groupe, qui »: no verb in the antecedent.)
        let after_determiner =
            from >= 2 && lexicon::DETERMINERS.contains(&toks[from - 2].low.as_str());
        if !p.upper && !after_determiner && lexicon::AUXILIARIES.contains(&p.low.as_str()) {
            break;
        }
        // (« la directive en vigueur nous permettent d'introduire des faits qui »: an object
        // pronoun or a negation belongs to a verb, never to the antecedent.)
        if matches!(
            p.low.as_str(),
            "nous" | "vous" | "se" | "s'" | "ne" | "n'" | "y" | "me" | "m'" | "te" | "t'"
        ) {
            break;
        }
        // « aux réalisateurs du film, qui »: the head noun, not the complement's. (Nor
        // « selon », a preposition too: « selon des sources qui ont confirmé ».)
        if matches!(p.low.as_str(), "aux" | "au" | "à" | "selon")
            || lexicon::PREPOSITIONS.contains(&p.low.as_str()) && p.low != "de"
        {
            break;
        }
        from -= 1;
        // « du », « des » after a noun open its complement; after a verb, the phrase.
        // (« Le chef de l'État, qui »: « de » before the determiner opens a complement.)
        let de_complement = lexicon::DETERMINERS.contains(&p.low.as_str())
            && from > 1
            && matches!(toks[from - 1].low.as_str(), "de" | "d'")
            && toks[from - 2].word
            && (!toks[from - 2].upper || name_inside_clause(toks, from - 2))
            && !is_finite_verb(&toks[from - 2])
            && !lexicon::PREPOSITIONS.contains(&toks[from - 2].low.as_str());
        // (« ont transporté des salariés »: after a participle, « des » opens the object.)
        let object_of_participle = from >= 2
            && !toks[from - 1].upper
            && participle_form(&toks[from - 1].low)
            && !can_speak(&toks[from - 1].low)
            && !lexicon::DETERMINERS.contains(&toks[from - 2].low.as_str());
        let complement = de_complement
            || matches!(p.low.as_str(), "du" | "des")
                && from > 0
                && toks[from - 1].word
                && (!toks[from - 1].upper || name_inside_clause(toks, from - 1))
                && !toks[from - 1].low.ends_with("ant")
                && !is_finite_verb(&toks[from - 1])
                && !object_of_participle
                && toks[from - 1].low != "selon"
                && !lexicon::PREPOSITIONS.contains(&toks[from - 1].low.as_str());
        if lexicon::DETERMINERS.contains(&p.low.as_str()) && !p.upper && !complement {
            // « l'un d'eux qui »: the article before « un » is part of it.
            if matches!(p.low.as_str(), "un" | "une") && from > 0 && toks[from - 1].low == "l'" {
                from -= 1;
            }
            break;
        }
    }
    // « Il y a d'un côté Auchan, qui », « de l'autre côté Paul Roy, qui »: a locution of
    // contrast before a name is no part of the antecedent.
    let de_at = |k: usize| k < end && matches!(toks[k].low.as_str(), "d'" | "de");
    for locution in CONTRAST_LOCUTIONS {
        let at = if de_at(from) { from + 1 } else { from };
        let opens = (at > 0 && de_at(at - 1))
            && locution
                .iter()
                .enumerate()
                .all(|(j, w)| toks.get(at + j).is_some_and(|t| t.low == *w && !t.quoted));
        if opens && at + locution.len() < end {
            from = at + locution.len();
            break;
        }
    }
    (from, end.saturating_sub(1))
}

/// Locutions of contrast after « de » / « d' » that set two sides apart (« d'un côté …, de
/// l'autre … », « d'une part …, d'autre part … »).
const CONTRAST_LOCUTIONS: &[&[&str]] = &[
    &["un", "côté"],
    &["l'", "autre", "côté"],
    &["l'", "autre"],
    &["une", "part"],
    &["autre", "part"],
];

/// Whether the capitalized word at `k` is a name's: it does not open the sentence or a clause
/// after a colon or a quotation mark (« Réquisitoire du parquet, qui … » is a heading's noun).
fn name_inside_clause(toks: &[Tok], k: usize) -> bool {
    k > 0 && toks[k - 1].word
}

/// « la Société des eaux (SDE), qui », « l'Organisation mondiale de la santé (OMS) qui »: the
/// acronym in brackets that closes a name right before `end` belongs to it; where the bracket
/// opens, or `None`.
pub(super) fn bracketed_acronym_before(toks: &[Tok], end: usize) -> Option<usize> {
    let close = end.checked_sub(1).filter(|&c| toks[c].low == ")")?;
    let open = close.checked_sub(2).filter(|&o| toks[o].low == "(")?;
    let acronym = &toks[open + 1];
    (acronym.caps && !acronym.quoted && open > 0 && toks[open - 1].word).then_some(open)
}

/// « plusieurs candidats, y compris Durand, qui dénoncent », « les syndicats, notamment la
/// CGT, qui réclament »: an incise naming one of a group (« y compris », « notamment »,
/// « dont », « en particulier », « surtout ») ends at the comma `comma` before « qui » (index
/// `qui`), and the verb after « qui » is plural: the group is the antecedent. The comma that
/// opens the incise. (« plusieurs élus, dont le maire, qui affirme » is the mayor's.)
fn inclusion_before(toks: &[Tok], comma: usize, qui: usize) -> Option<usize> {
    let verb = toks[qui + 1..]
        .iter()
        .find(|t| !CLITICS.contains(&t.low.as_str()))?;
    let plural = verb.low.ends_with("ent") || matches!(verb.low.as_str(), "ont" | "sont");
    if !plural {
        return None;
    }
    let open = (comma.saturating_sub(8)..comma)
        .rev()
        .find(|&k| toks[k].low == "," && !toks[k].quoted)?;
    let first = toks.get(open + 1)?;
    let second = toks.get(open + 2).map_or("", |t| t.low.as_str());
    let inclusion = matches!(first.low.as_str(), "notamment" | "dont" | "surtout")
        || first.low == "y" && second == "compris"
        || first.low == "en" && second == "particulier"
        || first.low == "parmi" && matches!(second, "eux" | "lesquels" | "lesquelles");
    let words_only = toks[open + 1..comma].iter().all(|t| t.word && !t.quoted);
    (inclusion && words_only && open > 0).then_some(open)
}

/// The person an apposition `from..=to` describes, when « qui » follows it: « Paul Martin,
/// ministre de l'Agriculture, qui a affirmé » is Paul Martin's (the role his), as is « C'est
/// Paul Martin, le ministre, qui … ». The name must end right before the apposition's comma
/// and the apposition must open on a lower-case word (no second name: « Paul Martin, Anne
/// Roux, qui » stays Anne Roux's).
fn name_before_apposition(
    text: &str,
    toks: &[Tok],
    from: usize,
    to: usize,
    people: &People,
) -> Option<Speaker> {
    let comma = from.checked_sub(1).filter(|&c| toks[c].low == ",")?;
    if toks[from].upper || toks[from].quoted || toks.get(to + 1).is_none_or(|t| t.low != ",") {
        return None;
    }
    // (« lady Edith, sir Anthony Strallan, qui »: an apposition that is itself a person's name
    // is the antecedent, not a description of the name before it. One opening with an
    // article is a description, whoever its complement names: « Bernard Bonnet, le
    // successeur de Claude Erignac, qui ».)
    let described = lexicon::DETERMINERS.contains(&toks[from].low.as_str());
    if !described && classify(text, toks, from, to, people).kind == SpeakerKind::Person {
        return None;
    }
    let last = comma
        .checked_sub(1)
        .filter(|&k| toks[k].upper && toks[k].word)?;
    let mut first = last;
    while first > 0
        && toks[first - 1].word
        && !toks[first - 1].quoted
        && (toks[first - 1].upper || is_particle(&toks[first - 1].low))
        && !lexicon::DETERMINERS.contains(&toks[first].low.as_str())
    {
        first -= 1;
    }
    // (« la mère de Paul Martin, présente …, qui »: a name in a noun's complement is not
    // the one described; nor is the name of a place named after someone, « la directrice du
    // collège Jean-Moulin », « du quartier Nord ».)
    let complement = |k: usize| matches!(toks[k].low.as_str(), "de" | "d'" | "du" | "des");
    let place_named = |k: usize| {
        let low = toks[k].low.as_str();
        !toks[k].upper
            && (super::coreference::NAMED_AFTER_SOMEONE.contains(&low)
                || FAMILY_NOUNS.contains(&low))
    };
    if complement(first) || first > 0 && (complement(first - 1) || place_named(first - 1)) {
        return None;
    }
    // (« la CGT, premier syndicat du pays, qui »: the article stays with the name.)
    if first > 0 && matches!(toks[first - 1].low.as_str(), "le" | "la" | "l'" | "les") {
        first -= 1;
    }
    // (« par Paul Martin et Marie Durand, présents sur les lieux, qui »: a plural apposition
    // describes both names, two speakers once the pair is split.)
    let plural_apposition = toks[from].low.ends_with(['s', 'x']) && !described;
    if plural_apposition && first >= 2 && toks[first - 1].low == "et" && toks[first - 2].upper {
        let mut pair = first - 2;
        while pair > 0 && toks[pair - 1].word && !toks[pair - 1].quoted && toks[pair - 1].upper {
            pair -= 1;
        }
        if pair == 0 || !complement(pair - 1) && !place_named(pair - 1) {
            first = pair;
        } else {
            // (« l'avocat de Paul Martin et Marie Durand, présents …, qui »: the plural
            // apposition agrees with the pair, but the pair is a complement's: the phrase's
            // head or the pair may be meant; unresolved with the pair's words, never its last
            // name alone nor the head.)
            return Some(Speaker::unresolved(slice(text, toks, pair, last)));
        }
    }
    let speaker = classify(text, toks, first, last, people);
    let named = matches!(
        speaker.kind,
        SpeakerKind::Person | SpeakerKind::Organization | SpeakerKind::Media
    );
    named.then(|| Speaker {
        role: speaker.role.clone().or(Some(slice(text, toks, from, to))),
        ..speaker
    })
}

/// Where the words set off by commas right before « qui » at `qui` start, when they are an
/// apposition of adjectives, participles or adverbs (« , réunis en séance, qui », « , très
/// choquée, qui », « , arrivée la première, qui »): short, lowercase, no verb, opening on no
/// determiner, preposition or conjunction (« , en désaccord avec le parquet, qui » is an
/// adjunct; « , sir Anthony Strallan, qui » a name).
fn words_set_off_before(toks: &[Tok], qui: usize) -> Option<usize> {
    let close = qui.checked_sub(1).filter(|&c| toks[c].low == ",")?;
    let open = (close.saturating_sub(6)..close)
        .rev()
        .find(|&k| !toks[k].word || toks[k].quoted)
        .filter(|&k| toks[k].low == "," && k + 1 < close)?;
    let first = &toks[open + 1];
    let describes = !toks[open + 1..close].iter().any(|t| t.upper)
        && !lexicon::DETERMINERS.contains(&first.low.as_str())
        && !lexicon::PREPOSITIONS.contains(&first.low.as_str())
        && !matches!(
            first.low.as_str(),
            // (« , dont le maire, qui », « , notamment la CGT, qui »: an inclusion.)
            "et" | "ou"
                | "mais"
                | "puis"
                | "de"
                | "d'"
                | "dont"
                | "notamment"
                | "surtout"
                | "y"
                | "parmi"
                | "comme"
                | "ainsi"
        )
        && !apposition_has_verb(toks, open + 1, close);
    describes.then_some(open + 1)
}

/// « Le rapport, rédigé par des experts indépendants, qui estiment … »: when the words set
/// off at `app` are a participle and its agent (« par » + the antecedent `from..=to` the walk
/// found), the relative belongs to the agent if its verb (at `q`) agrees in number with the
/// agent and not with the phrase before the apposition: plural « estiment » with « des
/// experts » against « le rapport »; singular « affirme » with « un expert » against « les
/// rapports ». Otherwise the apposition reading stands (« Le rapport, rédigé par des experts,
/// qui sera publié lundi »: the report's).
fn relative_agrees_with_agent(
    text: &str,
    toks: &[Tok],
    app: usize,
    (from, to): (usize, usize),
    q: usize,
) -> bool {
    let agent = app + 1 < from
        && toks[app + 1].low == "par"
        && participle_form(&toks[app].low)
        && from == app + 2;
    let comma = app - 1;
    if !agent || comma == 0 {
        return false;
    }
    let Some(verb) = (q..toks.len()).find(|&k| is_finite_verb(&toks[k])) else {
        return false;
    };
    let verb_plural =
        toks[verb].low.ends_with("ent") || matches!(toks[verb].low.as_str(), "ont" | "sont");
    let agent_plural = super::coreference::determiner_plural(&slice(text, toks, from, to));
    let open = phrase_opening_before(text, toks, comma);
    let before_plural =
        open < comma && super::coreference::determiner_plural(&slice(text, toks, open, comma - 1));
    verb_plural == agent_plural && verb_plural != before_plural
}

/// Whether `low` may open an apposition that describes a person: a person's noun
/// (« passagère », « membre »), or an adjective or a past participle telling where they are,
/// come from or stand (« présente », « originaire », « installée », « hospitalisé »,
/// « saisie », « élue »).
fn opens_a_description(low: &str) -> bool {
    speaking_noun(low)
        || EPITHET_ENDINGS.iter().any(|e| low.ends_with(e))
        || ["é", "ée", "és", "ées", "ie", "ies", "ue", "ues"]
            .iter()
            .any(|e| low.ends_with(e))
        || describes_where_from(low)
}

/// « présent(e)(s) », « originaire(s) », « membre(s) »: words opening an apposition about a
/// person (« présente sur les lieux », « originaire de Lyon »), never its verb there, though
/// « présente » is a form of « présenter ».
fn describes_where_from(low: &str) -> bool {
    matches!(
        low,
        "présent"
            | "présente"
            | "présents"
            | "présentes"
            | "originaire"
            | "originaires"
            | "membre"
            | "membres"
    )
}

/// Whether the words `from..to` of an apposition hold a finite verb, its opening adjective
/// aside (« présente sur les lieux ») and a noun after its determiner (« au moment des
/// faits »).
fn apposition_has_verb(toks: &[Tok], from: usize, to: usize) -> bool {
    (from..to).any(|k| {
        let after_determiner = k > 0 && lexicon::DETERMINERS.contains(&toks[k - 1].low.as_str());
        is_finite_verb(&toks[k])
            && !after_determiner
            && !(k == from && describes_where_from(&toks[k].low))
    })
}

/// The unnamed person an apposition `app..=to` set off by commas describes, when « qui »
/// follows it: the noun phrase before its opening comma, from its first determiner, its head
/// a person's noun or a body's, with its « de » complement (« une voisine, présente sur les
/// lieux avec son mari, qui » is the neighbour's; « la mère de la victime, présente …, qui »
/// the mother's, never the victim's; « le syndicat des enseignants, majoritaire …, qui »
/// the union's). The apposition holds no verb.
fn person_described_before(
    text: &str,
    toks: &[Tok],
    app: usize,
    to: usize,
    people: &People,
) -> Option<Speaker> {
    let comma = app.checked_sub(1).filter(|&c| toks[c].low == ",")?;
    if toks.get(to + 1).is_none_or(|t| t.low != ",")
        || toks[app..=to].iter().any(|t| t.quoted || !t.word)
        || apposition_has_verb(toks, app, to + 1)
    {
        return None;
    }
    let open = phrase_opening_before(text, toks, comma);
    // (« remis au préfet du Rhône, présent à Lyon, qui »: « au » holds the article.)
    let contracted = open
        .checked_sub(1)
        .and_then(|k| matches!(toks[k].low.as_str(), "au" | "aux").then_some(k));
    let det = match contracted {
        Some(k) => k,
        None => (open..comma).find(|&k| lexicon::DETERMINERS.contains(&toks[k].low.as_str()))?,
    };
    let head = toks
        .get(det + 1)
        .filter(|&h| det + 1 < comma && h.word && !h.upper)?;
    // (Past the head and an adjective, a complement: « de la victime », « des enseignants »,
    // « d'Anne Roy ».)
    let de = |t: &Tok| matches!(t.low.as_str(), "de" | "du" | "des" | "d'");
    let mut tail = det + 2;
    if tail < comma && !de(&toks[tail]) {
        tail += 1;
    }
    // (« la famille Martin, installée à Lyon, qui »: a family and its name.)
    let family_named = FAMILY_NOUNS.contains(&head.low.as_str())
        && toks[det + 2..comma].iter().all(|t| t.word && t.upper);
    let words_fit = family_named
        || (tail == comma || de(&toks[tail]))
            && toks[det + 2..comma]
                .iter()
                .enumerate()
                .all(|(i, t)| t.word && !t.quoted && (!t.upper || det + 2 + i > tail));
    // (« le témoignage de Paul Martin, présent sur les lieux, qui », « la plainte de la
    // famille Martin, installée à Lyon, qui »: what someone said or filed is not who the
    // apposition describes; the one its « de » complement names is (its author, a body
    // too), else no one.)
    if words_fit
        && (DOCUMENTS.contains(&head.low.as_str()) || WORDS_GIVEN.contains(&head.low.as_str()))
    {
        let of = (det + 2..comma).find(|&k| matches!(toks[k].low.as_str(), "de" | "d'"))?;
        let someone = classify(text, toks, of + 1, comma - 1, people);
        return matches!(
            someone.kind,
            SpeakerKind::Person
                | SpeakerKind::Role
                | SpeakerKind::Anonymous
                | SpeakerKind::Organization
        )
        .then_some(someone);
    }
    let person = speaking_noun(&head.low) || EPITHET_ENDINGS.iter().any(|e| head.low.ends_with(e));
    if !words_fit || !person {
        return None;
    }
    let mut speaker = classify(text, toks, det, comma - 1, people);
    if let Some(article) = contracted.and_then(|k| article_in_contraction(&toks[k].low)) {
        speaker = classify(text, toks, det + 1, comma - 1, people);
        speaker.name = format!("{article} {}", speaker.name);
    }
    matches!(
        speaker.kind,
        SpeakerKind::Person
            | SpeakerKind::Role
            | SpeakerKind::Anonymous
            | SpeakerKind::Organization
    )
    .then_some(speaker)
}

/// Nouns of a family that a surname follows (« la famille Martin », « les époux Roux »): the
/// group, not the name alone.
const FAMILY_NOUNS: &[&str] = &[
    "famille", "familles", "époux", "couple", "clan", "frères", "sœurs",
];

/// Words someone gives or is heard in, besides [`DOCUMENTS`] (« le témoignage de Paul Martin »,
/// « les propos de Marie Durand », « l'audition de … »): their « de » complement names who.
const WORDS_GIVEN: &[&str] = &[
    "témoignage",
    "témoignages",
    "propos",
    "audition",
    "récit",
    "version",
    "déposition",
    "aveux",
    "interview",
];

/// Where the phrase that ends at the comma `comma` opens: after the word before it, a
/// preposition, a verb or a punctuation mark, eight words back at most.
fn phrase_opening_before(text: &str, toks: &[Tok], comma: usize) -> usize {
    let tags = super::pos::tags(text, toks);
    let mut open = comma;
    while open > 0 && comma - open < 8 {
        let t = &toks[open - 1];
        // (« un employé du lycée »: a noun after its determiner, whatever the tagger says.)
        let after_determiner =
            open >= 2 && lexicon::DETERMINERS.contains(&toks[open - 2].low.as_str());
        let verb = is_finite_verb(t)
            || matches!(
                tags[open - 1],
                super::pos::Upos::Verb | super::pos::Upos::Aux
            );
        if !t.word
            || t.quoted
            || verb && !after_determiner
            || lexicon::PREPOSITIONS.contains(&t.low.as_str())
        {
            break;
        }
        open -= 1;
    }
    open
}

/// Where an apposition starts when the antecedent of « qui » found at `from` is the
/// complement of its preposition (« Inès, passagère sur le siège arrière, qui »: « le siège
/// arrière »): right after the comma before, when the words up to `from` open on a noun of a
/// person (its article allowed) or an adjective or participle that describes one
/// ([`opens_a_description`]: « une voisine, présente sur les lieux avec son mari, qui »),
/// with no verb and no quotation.
fn apposition_opening_before(toks: &[Tok], from: usize) -> Option<usize> {
    // (« présente au moment des faits »: the walk keeps a contracted article with its noun.)
    let prep = if matches!(toks[from].low.as_str(), "au" | "aux") {
        from
    } else {
        from.checked_sub(1)?
    };
    if !lexicon::PREPOSITIONS.contains(&toks[prep].low.as_str()) && toks[prep].low != "de" {
        return None;
    }
    let comma = (prep.saturating_sub(6)..prep)
        .rev()
        .find(|&k| !toks[k].word || toks[k].quoted)
        .filter(|&k| toks[k].low == ",")?;
    let head =
        (comma + 1..prep).find(|&k| !lexicon::DETERMINERS.contains(&toks[k].low.as_str()))?;
    (!toks[head].upper
        && opens_a_description(&toks[head].low)
        && !apposition_has_verb(toks, comma + 1, prep))
    .then_some(comma + 1)
}

/// The singular complement of a plural antecedent `from..=to` (« des salariés du chimiste
/// Acme ») when the relative's verb at `verb` is singular (« qui a annoncé »): « le chimiste
/// Acme », which agrees.
fn singular_complement(
    text: &str,
    toks: &[Tok],
    from: usize,
    to: usize,
    verb: usize,
    people: &People,
) -> Option<Speaker> {
    let v = toks.get(verb)?.low.as_str();
    let singular = matches!(
        v,
        "a" | "est" | "avait" | "était" | "sera" | "serait" | "aurait"
    ) || lexicon::is_verb_form(v)
        && (v.ends_with('e') || v.ends_with('t'))
        && !v.ends_with("ent")
        && !v.ends_with("ont");
    let plural_head = matches!(
        toks[from].low.as_str(),
        "des" | "les" | "ces" | "leurs" | "ses" | "plusieurs" | "nombreux"
    );
    // (« la réalité des habitants qui crient »: a plural verb after a singular head has the
    // plural complement as its antecedent.)
    let plural = matches!(
        v,
        "ont" | "sont" | "avaient" | "étaient" | "seront" | "auront" | "seraient" | "auraient"
    ) || lexicon::is_verb_form(v) && v.ends_with("ent");
    // (« en raison de la démission des avocats, qui contestent »: a bare singular noun of a
    // locution, « raison de », « cause de », heads it as well.)
    let bare_singular_noun = toks[from].word
        && !toks[from].upper
        && !toks[from].quoted
        && !toks[from].low.ends_with(['s', 'x'])
        && !lexicon::DETERMINERS.contains(&toks[from].low.as_str())
        && toks
            .get(from + 1)
            .is_some_and(|n| matches!(n.low.as_str(), "de" | "d'" | "du" | "des"));
    let singular_head = matches!(
        toks[from].low.as_str(),
        "le" | "la" | "l'" | "un" | "une" | "ce" | "cet" | "cette"
    ) || bare_singular_noun;
    if plural && singular_head {
        let des = (from + 1..to).rev().find(|&k| toks[k].low == "des")?;
        let mut speaker = classify(text, toks, des + 1, to, people);
        if matches!(
            speaker.kind,
            SpeakerKind::Unattributed | SpeakerKind::Person
        ) {
            return None;
        }
        speaker.name = format!("les {}", speaker.name);
        return Some(speaker);
    }
    if !singular || !plural_head {
        return None;
    }
    let singular_de = |k: &usize| {
        matches!(toks[*k].low.as_str(), "du" | "de" | "d'")
            && !toks
                .get(*k + 1)
                .is_some_and(|n| matches!(n.low.as_str(), "les" | "ces" | "leurs" | "ses"))
    };
    // (« les propos du frère du joueur, qui avait affirmé »: two singular complements, either
    // may be who « qui » stands for: unresolved, in the article's words.)
    if (from + 1..to).filter(singular_de).count() > 1 {
        return Some(Speaker::unresolved(slice(text, toks, from, to)));
    }
    let de = (from + 1..to).rev().find(singular_de)?;
    let mut speaker = classify(text, toks, de + 1, to, people);
    if speaker.kind == SpeakerKind::Unattributed {
        return None;
    }
    if toks[de].low == "du" && speaker.kind != SpeakerKind::Person {
        speaker.name = format!("le {}", speaker.name);
    }
    Some(speaker)
}

/// The complement that can speak of an antecedent `from..=to` whose head is a thing (« la
/// plainte de l'association, qui dénonce », « à l'appel du syndicat, qui réclame », « la
/// visite du ministre, qui a promis »): only someone speaks, so « qui » stands for the
/// complement. None when the head can speak (« le porte-parole du syndicat », « un
/// communiqué du ministère ») or names someone, or the complement names no one.
fn complement_of_a_thing(
    text: &str,
    toks: &[Tok],
    from: usize,
    to: usize,
    people: &People,
) -> Option<Speaker> {
    let de =
        (from + 1..to).find(|&k| matches!(toks[k].low.as_str(), "de" | "d'" | "du" | "des"))?;
    let head = &toks[de - 1];
    let thing = !head.upper
        && !head.quoted
        && (EVENTS.contains(&head.low.as_str()) || ACTS.contains(&head.low.as_str()))
        && toks[from..de].iter().all(|t| !t.upper);
    if !thing {
        return None;
    }
    let mut speaker = classify(text, toks, de + 1, to, people);
    if speaker.kind == SpeakerKind::Unattributed || speaker.name.is_empty() {
        return None;
    }
    // (« du même syndicat »: the article « du » holds is the speaker's, « le même
    // syndicat », in the article's words.)
    if let Some(article) =
        article_in_contraction(&toks[de].low).filter(|_| speaker.kind != SpeakerKind::Person)
    {
        speaker.name = format!("{article} {}", slice(text, toks, de + 1, to));
    }
    Some(speaker)
}

/// The subject of the verb of issuing whose object is the document `from..=to` (« le syndicat
/// a diffusé un communiqué qui disait que », « la mairie publie une note qui précise »): the
/// one who issued it speaks through it.
fn issuer_of_document(
    text: &str,
    toks: &[Tok],
    from: usize,
    to: usize,
    people: &People,
) -> Option<Speaker> {
    const ISSUING: &[&str] = &[
        "diffusé", "publié", "émis", "envoyé", "transmis", "adressé", "rédigé", "signé", "diffuse",
        "publie", "envoie", "adresse", "transmet",
    ];
    let verb = from.checked_sub(1)?;
    // (The document's noun right after its determiner.)
    let head = from + 1;
    let document = head <= to
        && matches!(
            toks[from].low.as_str(),
            "un" | "une" | "des" | "son" | "sa" | "ses" | "leur"
        )
        && lexicon::SOURCE_NOUNS.contains(&toks[head].low.as_str());
    if !document || toks[verb].quoted || !ISSUING.contains(&toks[verb].low.as_str()) {
        return None;
    }
    let issuer = main_subject(text, toks, verb, people)?;
    (issuer.kind != SpeakerKind::Unattributed).then_some(issuer)
}

/// The media a sentence says are citing the speaker (« des médias citant X », « X, cité par Y »).
pub(super) fn citing_media(text: &str, toks: &[Tok], np_from: usize) -> Option<String> {
    let before = np_from.checked_sub(1).map(|p| toks[p].low.as_str());
    if before != Some("citant") {
        return None;
    }
    let names = media_mentions(text, toks, 0, np_from);
    if names.is_empty() {
        None
    } else {
        Some(join_list(&names))
    }
}

pub(super) fn join_list(items: &[String]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} et {}", rest.join(", "), last),
    }
}

/// Media names found in tokens `from..to`, as written (with « The »/« le » before them).
pub(super) fn media_mentions(text: &str, toks: &[Tok], from: usize, to: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        if let Some(len) = media_at(toks, i, to) {
            let mut start = i;
            if start > from && matches!(toks[start - 1].low.as_str(), "the" | "le" | "la" | "l'") {
                start -= 1;
            }
            out.push(slice(text, toks, start, i + len - 1));
            i += len;
        } else {
            i += 1;
        }
    }
    out
}

/// Length in tokens of the media name starting at `i` (capitalized), if one does.
pub(super) fn media_at(toks: &[Tok], i: usize, to: usize) -> Option<usize> {
    // « Abidjan.net », « 20minutes.fr »: a web outlet.
    if toks[i].word && super::tokens::is_web_name(&toks[i].low) {
        return Some(1);
    }
    // (« selon le Figaro »: a name's own article may be written lowercase; the word after it
    // is the name's, capitalized: not « Le monde agricole ».)
    let article = matches!(toks[i].low.as_str(), "le" | "la" | "l'" | "les");
    let named_after = toks.get(i + 1).is_some_and(|t| t.upper);
    if article && !named_after || !toks[i].upper && !article {
        return None;
    }
    static SPLIT: std::sync::OnceLock<Vec<Vec<&'static str>>> = std::sync::OnceLock::new();
    let names = SPLIT.get_or_init(|| {
        lexicon::MEDIA_NAMES
            .iter()
            .map(|name| name.split(' ').collect())
            .collect()
    });
    names
        .iter()
        .filter(|words| {
            words.first() == Some(&toks[i].low.as_str())
                && i + words.len() <= to
                && words.iter().enumerate().all(|(k, w)| toks[i + k].low == *w)
        })
        .map(|words| words.len())
        .max()
}

/// « Météo-France », « Hydro-Québec », « Électricité-de-France »: one capitalized word whose
/// last part after a hyphen is a country or a place names a body, not a person (not
/// « Jean-Pierre », nor a first name before the place: « Marie-France »).
fn place_compound(toks: &[Tok], from: usize, to: usize) -> bool {
    let word = &toks[to];
    let Some((head, place)) = word.low.rsplit_once('-') else {
        return false;
    };
    let first = head.split('-').next().unwrap_or(head);
    word.upper
        && toks[from..to]
            .iter()
            .all(|t| lexicon::DETERMINERS.contains(&t.low.as_str()))
        && lexicon::PLACES.contains(&place)
        && !lexicon::is_first_name(first)
}

/// The participle of a medium citing or relaying the noun phrase `from..=to` inside it, with
/// no comma before (« Paul Martin cité par Le Parisien », « le ministre relayé par l'AFP »):
/// its token.
pub(super) fn citing_participle_at(toks: &[Tok], from: usize, to: usize) -> Option<usize> {
    (from + 1..to)
        .find(|&k| cites_or_relays(&toks[k].low) && cues::par_after_participle(toks, k).is_some())
}

/// « …, a déclaré le directeur de l'OMS, le Dr Paul Martin cité par Le Figaro »: the
/// participle of a medium citing the name apposed after the comma that follows a postposed
/// role ending at `to`, right after the name (no comma, no clause between).
pub(super) fn citing_participle_after_apposed_name(toks: &[Tok], to: usize) -> Option<usize> {
    if toks.get(to + 1)?.low != "," {
        return None;
    }
    let k =
        (to + 2..toks.len().min(to + 12)).find(|&k| !toks[k].word || cited_or_relayed(&toks[k]))?;
    (k > to + 2
        && cited_or_relayed(&toks[k])
        && toks[k - 1].upper
        && holds_no_clause(toks, to + 2, k)
        && cues::par_after_participle(toks, k).is_some())
    .then_some(k)
}

/// Whether `t`, outside quotation marks, is a participle of citing or relaying (« cité »,
/// « relayée »: [`cues::CITED`], [`cues::RELAYED`]).
fn cited_or_relayed(t: &Tok) -> bool {
    !t.quoted && cites_or_relays(&t.low)
}

/// Whether the lowercase word `low` is a participle of citing or relaying (« cité »,
/// « relayées »: [`cues::CITED`], [`cues::RELAYED`]).
fn cites_or_relays(low: &str) -> bool {
    cues::CITED.contains(&low) || cues::RELAYED.contains(&low)
}

/// Whether the subject after `cue` (past time words) can speak: a name (« a précisé Paul
/// Martin »; « …, réclame la CGT », « …, affirme l'Élysée »: an article before a name too) or
/// a noun of someone who speaks (« a détaillé le procureur »), not a thing (« a reconnu les
/// faits »).
pub(super) fn speaker_follows(toks: &[Tok], cue: &Cue) -> bool {
    postposed_subject(toks, cue.cue_end + 1).is_some_and(|(from, _)| {
        toks[from].upper && !toks[from].quoted
            || toks.get(from + 1).is_some_and(|h| {
                can_speak(&h.low)
                    || h.low == "porte"
                    || h.upper
                        && !h.quoted
                        && matches!(toks[from].low.as_str(), "le" | "la" | "l'" | "les")
            })
    })
}

/// The subject after an inverted verb: skips time words and prepositional phrases.
pub(super) fn postposed_subject(toks: &[Tok], at: usize) -> Option<(usize, usize)> {
    let mut i = at;
    // « comme le laissent entendre des élus », « comme l'a fait savoir la direction »,
    // « comme le font valoir les syndicats »: the infinitive of « faire » or « laisser »
    // belongs to the verb, the subject follows it.
    let causative = at
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .is_some_and(|v| {
            v.word
                && !v.quoted
                && (v.low.starts_with("laiss")
                    || matches!(
                        v.low.as_str(),
                        "fait" | "font" | "faisait" | "faisaient" | "fit" | "firent"
                    ))
        });
    if causative
        && toks.get(at).is_some_and(|t| {
            !t.quoted
                && matches!(
                    t.low.as_str(),
                    "entendre" | "savoir" | "valoir" | "remarquer" | "observer" | "comprendre"
                )
        })
    {
        i += 1;
    }
    while i < toks.len() {
        // « a annoncé ce mercredi le ministère », « ont affirmé, samedi, des sources »: past
        // a time phrase, the one set off by commas too.
        let past_time = super::inserts::past_time_phrases(toks, i);
        if past_time > i {
            i = past_time;
            continue;
        }
        let t = &toks[i];
        // « a déclaré sur les ondes de la Chaîne III, Abdelmalek Sayah »: past an adjunct, a
        // comma before a name.
        // (« a déclaré hier à l'APS, le porte-parole du ministère »: so before a determiner.)
        if t.low == "," && i > at && opens_named_subject(toks, i + 1) {
            i += 1;
            continue;
        }
        // « s'est insurgé sur les ondes de la radio privée RFM, le ministre Paul Martin », « a
        // assuré à l'antenne de Radio Ville, la ministre »: an adjunct right after the verb,
        // up to a comma before a name or a function.
        if let Some(comma) = adjunct_before_comma_subject(toks, i) {
            i = comma + 1;
            continue;
        }
        // « a déclaré à l'Agence France-Presse (AFP), Paul Martin »: an acronym or a short
        // aside in brackets before the subject.
        if t.low == "(" && i > at {
            if let Some(close) = (i + 1..toks.len().min(i + 6)).find(|&k| toks[k].low == ")") {
                if toks[i + 1..close].iter().all(|w| w.word && !w.quoted) {
                    i = close + 1;
                    continue;
                }
            }
        }
        // « dès samedi soir », « mardi 7 novembre », « le 3 mai 2024 »: a date before the
        // subject.
        let is_number = |k: usize| {
            toks.get(k)
                .is_some_and(|n| n.low.chars().all(|c| c.is_ascii_digit()) && !n.low.is_empty())
        };
        if matches!(t.low.as_str(), "dès" | "depuis")
            && (is_number(i + 1)
                || toks
                    .get(i + 1)
                    .is_some_and(|n| lexicon::TIME_WORDS.contains(&n.low.as_str())))
        {
            i += 1;
            continue;
        }
        if is_number(i)
            && toks
                .get(i + 1)
                .is_some_and(|n| lexicon::MONTHS.contains(&n.low.as_str()))
        {
            i += 2;
            if is_number(i) {
                i += 1;
            }
            continue;
        }
        // « ajoute, de son côté, Maître Dupré », « a dit, lui aussi, le maire »: a contrast or
        // an addition set off by commas before the subject.
        if let Some(next) = comma_aside_of_contrast(toks, i) {
            i = next;
            continue;
        }
        // « écrivent, dans une pétition, les syndicats »: an adjunct set off by commas right
        // after the verb, or after a first adjunct (« a déclaré lundi soir, sur France Bleu,
        // le maire »); « a lancé, visiblement ému, le maire », « a répondu, sourire aux
        // lèvres, la ministre »: any aside with no verb, when a subject opens after it.
        if let Some(next) = aside_before_subject(toks, i) {
            i = next;
            continue;
        }
        // « a répété de son côté Michel Laboureur », « a indiqué pour sa part le maire »,
        // « a affirmé à son tour la CGT »: a contrast or an addition with no comma.
        if let Some(len) = contrast_phrase_len(toks, i) {
            i += len;
            continue;
        }
        // « a estimé auprès de l'AFP le maire », « auprès du Monde »: to whom, then the
        // subject.
        if t.low == "auprès"
            && toks
                .get(i + 1)
                .is_some_and(|n| matches!(n.low.as_str(), "de" | "d'" | "du" | "des"))
        {
            let mut j = i + 2;
            if matches!(toks[i + 1].low.as_str(), "de" | "d'")
                && toks
                    .get(j)
                    .is_some_and(|n| matches!(n.low.as_str(), "l'" | "la" | "le" | "les"))
            {
                j += 1;
            }
            if !toks.get(j).is_some_and(|n| n.word && !n.quoted) {
                return None;
            }
            if let Some(name) = name_after_recipient(toks, j) {
                i = name;
                continue;
            }
            // (« auprès de l'AFP Kossi Agbéko, délégué syndical »: a medium's acronym, then
            // the subject's name, even with a first name the lexicon does not know; not
            // « auprès du CHU Grenoble Alpes », an acronym that runs on into a longer name.)
            let medium_acronym_then_name = toks[j].caps
                && media_at(toks, j, toks.len()) == Some(1)
                && toks
                    .get(j + 1)
                    .is_some_and(|n| n.word && n.upper && !n.quoted);
            if medium_acronym_then_name {
                i = j + 1;
            } else if toks[j].upper {
                // (« auprès de l'AFP M. Durand »: a title opens the subject.)
                while toks.get(j).is_some_and(|n| {
                    n.word
                        && n.upper
                        && !lexicon::DETERMINERS.contains(&n.low.as_str())
                        && !lexicon::TITLES.contains(&n.low.as_str())
                }) {
                    j += 1;
                }
                i = j;
            } else {
                let end = np_end(toks, j);
                let head = j + usize::from(lexicon::DETERMINERS.contains(&toks[j].low.as_str()));
                i = name_closing_adjunct(toks, head, end).unwrap_or(end + 1);
            }
            continue;
        }
        // « auraient dit, selon le site, des agents »: an attribution set off by commas.
        if t.low == "," && toks.get(i + 1).is_some_and(|n| n.low == "selon") {
            match (i + 2..toks.len()).find(|&k| toks[k].low == ",") {
                Some(close) => {
                    i = close + 1;
                    continue;
                }
                None => return None,
            }
        }
        // « a déclaré lors d'une conférence de presse le préfet », « au cours d'une réunion
        // la présidente », « en marge du sommet le ministre »: a compound preposition and
        // the phrase it governs.
        if let Some(next) = past_compound_preposition(toks, i) {
            i = next;
            continue;
        }
        if is_boundary(t)
            || is_quote_mark(t)
            || matches!(
                t.low.as_str(),
                "que" | "qu'" | "de" | "d'" | "avoir" | "être"
            )
        {
            return None;
        }
        // « sur les ondes de … », « dans un communiqué », « dans nos colonnes »: a whole
        // adjunct phrase.
        if lexicon::PREPOSITIONS.contains(&t.low.as_str())
            && !matches!(t.low.as_str(), "à" | "au" | "aux" | "par")
            && toks.get(i + 1).is_some_and(opens_adjunct_phrase)
        {
            let end = np_end(toks, i + 1);
            i = name_closing_adjunct(toks, i + 2, end).unwrap_or(end + 1);
            continue;
        }
        // « a déclaré peu avant l'intervention de la police M. X », « juste après le vote »:
        // an adverb of degree before « avant », « après » and the adjunct they open.
        if matches!(
            t.low.as_str(),
            "peu" | "juste" | "bien" | "sitôt" | "longtemps" | "immédiatement"
        ) && toks
            .get(i + 1)
            .is_some_and(|n| matches!(n.low.as_str(), "avant" | "après"))
        {
            i += 1;
            continue;
        }
        // « a confié en conférence de presse le préfet », « a dit en substance le maire »:
        // « en » before a bare noun is a preposition (the pronoun « en » is skipped below).
        if t.low == "en" {
            if let Some(end) = bare_adjunct_end(toks, i + 1) {
                i = name_closing_adjunct(toks, i + 1, end).unwrap_or(end + 1);
                continue;
            }
        }
        // (« a indiqué leur direction »: after the verb, « leur » is a possessive.)
        if lexicon::TIME_WORDS.contains(&t.low.as_str())
            || lexicon::ADVERBS.contains(&t.low.as_str())
                && !matches!(t.low.as_str(), "l'" | "le" | "leur")
        {
            i += 1;
            continue;
        }
        // « a indiqué a l'AFP le gouverneur »: « a » missing its accent is « à » here.
        let accentless_a = t.low == "a"
            && toks.get(i + 1).is_some_and(|n| {
                n.upper || matches!(n.low.as_str(), "l'" | "la" | "le" | "son" | "sa")
            });
        if lexicon::PREPOSITIONS.contains(&t.low.as_str()) || accentless_a {
            // Skip the adjunct: an acronym or capitalized name, or a determiner phrase.
            i += 1;
            // (« a conclu à un court-circuit »: an indefinite phrase is the adjunct whole; so
            // « à plusieurs reprises », « à deux reprises », « à nos lecteurs ».)
            if toks.get(i).is_some_and(|n| {
                !matches!(n.low.as_str(), "le" | "la" | "l'" | "les") && opens_adjunct_phrase(n)
            }) {
                i = np_end(toks, i) + 1;
                continue;
            }
            if toks
                .get(i)
                .is_some_and(|n| n.low == "l'" || n.low == "la" || n.low == "le")
            {
                i += 1;
            }
            // « a déclaré à Radio France Marie Leroy », « à Sputnik Afrique Yacine Fall »: the
            // one spoken to is a medium or a place, the name after it the subject.
            if let Some(name) = name_after_recipient(toks, i) {
                i = name;
                continue;
            }
            // « a répété à maintes reprises la mairesse », « a confié en conférence de presse
            // le préfet », « a dit par téléphone Paul Martin »: a bare noun phrase (no
            // determiner) is the adjunct whole, up to the subject's determiner or name.
            if let Some(end) = bare_adjunct_end(toks, i) {
                i = name_closing_adjunct(toks, i, end).unwrap_or(end + 1);
                continue;
            }
            while toks
                .get(i)
                .is_some_and(|n| n.word && !lexicon::DETERMINERS.contains(&n.low.as_str()))
            {
                let n = &toks[i];
                let acronym = n.low.len() > 1 && n.caps && toks.get(i + 1).is_some_and(|m| m.upper);
                i += 1;
                // « à l'agence RIA Novosti Valentine Sapounov »: the medium's name after its
                // descriptor, up to a first name.
                if !n.upper && is_descriptor(&n.low) {
                    if let Some(len) = media_at(toks, i, toks.len()) {
                        i += len;
                    } else {
                        while toks
                            .get(i)
                            .is_some_and(|m| m.word && m.upper && !lexicon::is_first_name(&m.low))
                            && toks.get(i + 1).is_some_and(|m| m.upper)
                        {
                            i += 1;
                        }
                    }
                    break;
                }
                if acronym || !n.upper {
                    break;
                }
            }
            continue;
        }
        return Some((
            i,
            conjoined_end(toks, i, with_participle(toks, np_end(toks, i))),
        ));
    }
    None
}

/// Whether `t` opens a noun phrase an adjunct governs after its preposition: a determiner,
/// a possessive (« dans nos colonnes », « à votre micro »), a quantifier or a number (« à
/// maintes reprises », « à 2 reprises »), or « de » before a lowercase word (« à de
/// nombreuses reprises »).
fn opens_adjunct_phrase(t: &Tok) -> bool {
    let low = t.low.as_str();
    !t.quoted
        && (lexicon::DETERMINERS.contains(&low)
            || matches!(
                low,
                "notre" | "nos" | "votre" | "vos" | "mon" | "ma" | "mes" | "maintes" | "maints"
            )
            || lexicon::CARDINALS.contains(&low)
            || !low.is_empty() && low.chars().all(|c| c.is_ascii_digit()))
}

/// The last token of a noun phrase with no determiner opening at `at` after a preposition
/// (« à maintes reprises », « en conférence de presse », « par téléphone »): a lowercase word
/// that is no determiner, no descriptor of a medium (« à la radio Europe 1 »), no verb's
/// particle (« de », « que »).
fn bare_adjunct_end(toks: &[Tok], at: usize) -> Option<usize> {
    let t = toks.get(at)?;
    // (« à de nombreuses reprises »: « de » before an adjective of quantity.)
    if matches!(t.low.as_str(), "de" | "d'") && !t.quoted {
        let next = toks.get(at + 1)?;
        let quantity = next.word && !next.upper && !next.quoted && !opens_adjunct_phrase(next);
        return quantity.then(|| np_end(toks, at));
    }
    let bare = t.word
        && !t.upper
        && !t.quoted
        && !opens_adjunct_phrase(t)
        && !is_descriptor(&t.low)
        && !matches!(t.low.as_str(), "de" | "d'" | "du" | "des" | "que" | "qu'");
    if !bare {
        return None;
    }
    // (« à la presse le ministre », « à la télévision des élus »: `np_end` reads an article
    // right after its first word as the phrase's own; after a bare noun it opens the subject.)
    let end = np_end(toks, at);
    let article = (at + 1..=end).find(|&k| {
        matches!(
            toks[k].low.as_str(),
            "le" | "la" | "les" | "l'" | "un" | "une" | "des"
        ) && !matches!(toks[k - 1].low.as_str(), "de" | "d'" | "et" | "ou")
            && !lexicon::PREPOSITIONS.contains(&toks[k - 1].low.as_str())
    });
    Some(article.map_or(end, |k| k - 1))
}

/// Nouns that make a compound preposition with « à » or « en » and a « de » after them
/// (« au cours de », « à l'issue de », « en marge de », « à l'occasion de », « au nom de »):
/// the phrase they govern is an adjunct, not the subject of an inverted verb.
const COMPOUND_PREPOSITION_NOUNS: &[&str] = &[
    "cours",
    "issue",
    "marge",
    "occasion",
    "terme",
    "sortie",
    "fin",
    "début",
    "lendemain",
    "veille",
    "moment",
    "cadre",
    "sein",
    "nom",
    "sujet",
    "propos",
    "présence",
    "ouverture",
    "clôture",
];

/// The token after a compound preposition at `at` and the phrase it governs: « lors de »,
/// or « à », « au », « en » with a noun of [`COMPOUND_PREPOSITION_NOUNS`] (« à l'issue du
/// conseil », « en marge d'un sommet », « au cours de la séance »).
fn past_compound_preposition(toks: &[Tok], at: usize) -> Option<usize> {
    let t = toks.get(at).filter(|t| !t.quoted)?;
    let de = match t.low.as_str() {
        "lors" => at + 1,
        "à" | "au" | "aux" | "en" => {
            let noun =
                at + 1
                    + usize::from(toks.get(at + 1).is_some_and(|n| {
                        matches!(n.low.as_str(), "l'" | "la" | "le") && t.low == "à"
                    }));
            let is_noun = toks
                .get(noun)
                .is_some_and(|n| !n.quoted && COMPOUND_PREPOSITION_NOUNS.contains(&n.low.as_str()));
            if !is_noun {
                return None;
            }
            noun + 1
        }
        _ => return None,
    };
    past_de_complement(toks, de)
}

/// The token after the phrase a « de » at `at` governs, when it opens one with a determiner
/// (« d'une conférence de presse », « du conseil », « de son discours »), past a name that
/// may close it (« d'un entretien Paul Martin »: the subject).
fn past_de_complement(toks: &[Tok], at: usize) -> Option<usize> {
    let np = match toks.get(at)?.low.as_str() {
        "de" | "d'" => at + 1,
        "du" | "des" => at,
        _ => return None,
    };
    let opens = toks
        .get(np)
        .is_some_and(|t| t.word && !t.quoted && lexicon::DETERMINERS.contains(&t.low.as_str()))
        && toks.get(np + 1).is_some_and(|t| t.word && !t.quoted);
    if !opens {
        return None;
    }
    let end = np_end(toks, np);
    Some(name_closing_adjunct(toks, np + 1, end).unwrap_or(end + 1))
}

/// The token after the closing comma when the comma at `at` opens an aside of contrast or
/// addition that an incise may hold before its subject: « , de son côté, », « , pour sa
/// part, », « , lui aussi, », « , elle non plus, », « , quant à lui, », « , à son tour, ».
fn comma_aside_of_contrast(toks: &[Tok], at: usize) -> Option<usize> {
    if toks.get(at)?.low != "," {
        return None;
    }
    let close = at + 1 + contrast_phrase_len(toks, at + 1)?;
    (toks.get(close)?.low == ",").then_some(close + 1)
}

/// Whether a subject named after a comma opens at `at`: a name (« , Abdelmalek Sayah »), or an
/// article and a function (« , le porte-parole du ministère », « , la ministre »).
fn opens_named_subject(toks: &[Tok], at: usize) -> bool {
    toks.get(at).is_some_and(|n| {
        n.word
            && !n.quoted
            && (n.upper
                || matches!(n.low.as_str(), "le" | "la" | "l'" | "les")
                    && toks.get(at + 1).is_some_and(|h| {
                        lexicon::ROLE_NOUNS.contains(&h.low.as_str()) || h.low == "porte"
                    }))
    })
}

/// Whether the tokens `from..to` hold no clause: words only, outside quotes, no finite verb,
/// no « que » or relative word.
fn holds_no_clause(toks: &[Tok], from: usize, to: usize) -> bool {
    toks[from..to].iter().all(|t| {
        t.word
            && !t.quoted
            && !is_finite_verb(t)
            && !matches!(t.low.as_str(), "que" | "qu'" | "qui" | "dont" | "où")
    })
}

/// The comma closing an adjunct that opens with a preposition at `at`, right after an
/// inverted verb, when a subject named opens after it (« sur les ondes de la radio privée
/// RFM, le ministre X », « au micro de France Inter, le député X »): the adjunct holds no
/// clause (no conjugated verb, no relative word, no quotation).
fn adjunct_before_comma_subject(toks: &[Tok], at: usize) -> Option<usize> {
    if !lexicon::PREPOSITIONS.contains(&toks.get(at)?.low.as_str()) {
        return None;
    }
    let comma = (at + 2..(at + 12).min(toks.len())).find(|&k| toks[k].low == ",")?;
    let no_clause = holds_no_clause(toks, at + 1, comma);
    // (« déclare à l'AFP Jean Roy, le porte-parole du parti »: a name closing the phrase is
    // the subject, the function after the comma its apposition; only an acronym or a
    // medium's name may close the adjunct.)
    // (« a déclaré à l'AFP le chef de la diplomatie, Josep Borrell »: an article after no
    // preposition opens the subject inside the phrase, the name after the comma apposed.)
    let second_phrase = (at + 2..comma).any(|k| {
        matches!(
            toks[k].low.as_str(),
            "le" | "la" | "l'" | "les" | "un" | "une"
        ) && !matches!(toks[k - 1].low.as_str(), "de" | "d'")
            && !lexicon::PREPOSITIONS.contains(&toks[k - 1].low.as_str())
    });
    if second_phrase {
        return None;
    }
    let mut run = comma;
    while run > at + 1 && toks[run - 1].upper && toks[run - 1].word {
        run -= 1;
    }
    let closes_on_a_name = run < comma
        && !(run + 1 == comma && toks[run].caps)
        && media_at(toks, run, comma) != Some(comma - run);
    (no_clause && !closes_on_a_name && opens_named_subject(toks, comma + 1)).then_some(comma)
}

/// The token after an aside set off by commas at `at`, between an inverted verb and its
/// subject: one opened by a preposition (« , dans une pétition, »), or, when a name or a
/// determiner follows it, a short one that opens with a lowercase word no subject opens with
/// and holds no clause (« , visiblement ému, », « , sourire aux lèvres, »: no auxiliary, no
/// conjugated verb but a participle, no relative word).
pub(super) fn aside_before_subject(toks: &[Tok], at: usize) -> Option<usize> {
    let first = toks.get(at + 1)?;
    if lexicon::PREPOSITIONS.contains(&first.low.as_str()) {
        return super::cues::aside_from(toks, at);
    }
    // (A determiner, a name or a pronoun may open the subject itself: « , elle, ».)
    let may_open_subject = first.upper
        || lexicon::DETERMINERS.contains(&first.low.as_str())
        || matches!(
            first.low.as_str(),
            "lui" | "elle" | "eux" | "elles" | "il" | "ils"
        );
    if toks[at].low != "," || may_open_subject {
        return None;
    }
    let close = (at + 2..(at + 8).min(toks.len())).find(|&k| toks[k].low == ",")?;
    let no_clause = toks[at + 1..close].iter().all(|t| {
        t.word
            && !t.quoted
            && !lexicon::AUXILIARIES.contains(&t.low.as_str())
            && !matches!(t.low.as_str(), "que" | "qu'" | "qui" | "dont")
            && (!lexicon::is_verb_form(t.low.as_str()) || non_finite_shaped(&t.low))
    });
    let subject_follows = toks.get(close + 1).is_some_and(|n| {
        n.word && !n.quoted && (n.upper || lexicon::DETERMINERS.contains(&n.low.as_str()))
    });
    (no_clause && subject_follows).then_some(close + 1)
}

/// Whether a verb form has the ending of an infinitive or a participle (« sourire », « ému »,
/// « agacée », « joints », « souriant »): no conjugated verb.
fn non_finite_shaped(low: &str) -> bool {
    let stem = low.trim_end_matches('s').trim_end_matches('e');
    ["er", "ir", "r", "é", "u", "i", "int", "ant"]
        .iter()
        .any(|end| stem.ends_with(end))
}

/// The length in tokens of a phrase of contrast or addition at `at` (« de son côté », « pour
/// sa part », « à son tour », « quant à lui », « lui aussi », « elle non plus »), if one opens
/// there.
fn contrast_phrase_len(toks: &[Tok], at: usize) -> Option<usize> {
    let words: Vec<&str> = toks
        .get(at..(at + 4).min(toks.len()))?
        .iter()
        .take_while(|t| t.word && !t.quoted)
        .map(|t| t.low.as_str())
        .collect();
    let possessive = |w: &str| matches!(w, "son" | "sa" | "leur");
    let pronoun = |w: &str| matches!(w, "lui" | "elle" | "eux" | "elles");
    match words.as_slice() {
        ["de" | "pour", p, "côté" | "part", ..] if possessive(p) => Some(3),
        ["à", p, "tour", ..] if possessive(p) => Some(3),
        ["quant", "à", p, ..] if pronoun(p) => Some(3),
        [p, "non", "plus", ..] if pronoun(p) => Some(3),
        [p, "aussi" | "également", ..] if pronoun(p) => Some(2),
        _ => None,
    }
}

/// The length of a phrase of contrast or addition opening a clause before its subject
/// (« De son côté », « Pour sa part », « À son tour », « Quant à lui »): not one that opens on
/// a stressed pronoun, which may be the subject itself (« Lui aussi a démenti »).
fn fronted_contrast_len(toks: &[Tok], at: usize) -> Option<usize> {
    let pronoun = matches!(toks.get(at)?.low.as_str(), "lui" | "elle" | "eux" | "elles");
    contrast_phrase_len(toks, at).filter(|_| !pronoun)
}

/// Where an inverted subject ends when a second speaker follows it after « et » with an
/// indefinite or possessive determiner (« ont déclaré des habitants et des ONG », « ont indiqué
/// une source policière et le parquet », « a dit le maire et ses adjoints »): at the end of the
/// second (each is a claim of its own, `split_conjoined`). `end` is where the first ends.
fn conjoined_end(toks: &[Tok], start: usize, end: usize) -> usize {
    // (« le maire de Lyon et des élus »: after a complement, the second stays out, as « le
    // directeur des ventes et des achats » is one.)
    let complement = toks[start + 1..=end]
        .iter()
        .any(|t| matches!(t.low.as_str(), "de" | "du" | "des" | "d'"));
    let second = !complement
        && toks
            .get(end + 1)
            .is_some_and(|t| t.low == "et" && !t.quoted)
        && toks
            .get(end + 2)
            .is_some_and(|t| !t.quoted && SECOND_SPEAKER_DETERMINERS.contains(&t.low.as_str()))
        && toks.get(end + 3).is_some_and(|t| t.word && !t.quoted);
    if second {
        with_participle(toks, np_end(toks, end + 2))
    } else {
        end
    }
}

/// Determiners that open a second speaker after « et » that `np_end` does not carry on to.
pub(super) const SECOND_SPEAKER_DETERMINERS: &[&str] = &[
    "des",
    "un",
    "une",
    "ses",
    "son",
    "sa",
    "leur",
    "leurs",
    "plusieurs",
];

/// Where the subject starts inside an adjunct phrase that runs to the end of the clause after
/// an inverted verb (« a affirmé dans un communiqué Paul Martin », « dans un texte la CGT »):
/// at the first name (or article and name) right after the phrase's common nouns, `head` being
/// the first word after its determiner. None when a title may follow the noun (« dans le
/// quotidien Le Monde », « dans son livre Les Années »), or the name is a complement (« d'un
/// communiqué de la CGT »).
fn name_closing_adjunct(toks: &[Tok], head: usize, end: usize) -> Option<usize> {
    const TITLED: &[&str] = &[
        "livre",
        "ouvrage",
        "roman",
        "film",
        "émission",
        "revue",
        "documentaire",
        "chronique",
        "tribune",
        "blog",
        "podcast",
        "série",
        "programme",
        "rubrique",
        "spectacle",
    ];
    if !toks
        .get(end + 1)
        .is_none_or(|t| is_boundary(t) || t.low == ",")
    {
        return None;
    }
    for k in head + 1..=end {
        let (prev, t) = (&toks[k - 1], &toks[k]);
        let common_noun = prev.word
            && !prev.upper
            && !prev.quoted
            && !lexicon::PREPOSITIONS.contains(&prev.low.as_str())
            && !lexicon::DETERMINERS.contains(&prev.low.as_str())
            && !matches!(prev.low.as_str(), "de" | "d'" | "du" | "des" | "et" | "ou");
        if !common_noun || is_descriptor(&prev.low) || TITLED.contains(&prev.low.as_str()) {
            if prev.upper || !prev.word {
                return None;
            }
            continue;
        }
        let article_name = matches!(t.low.as_str(), "le" | "la" | "l'" | "les")
            && toks.get(k + 1).is_some_and(|n| n.upper && n.word);
        if article_name {
            return Some(k);
        }
        if t.upper && t.word && !t.quoted {
            return Some(article_after_name_of_noun(toks, k, end).unwrap_or(k));
        }
    }
    None
}

/// The article after the capitalized run at `name` that names the noun before it (« sur son
/// compte Twitter le gouverneur », « dans l'émission Télématin la ministre »): the subject
/// opens there, the run is the noun's; none when the run closes the phrase (`end`).
fn article_after_name_of_noun(toks: &[Tok], name: usize, end: usize) -> Option<usize> {
    let mut last = name;
    while last < end && toks[last + 1].word && toks[last + 1].upper && !toks[last + 1].quoted {
        last += 1;
    }
    let article = last + 1;
    (article < end
        && matches!(toks[article].low.as_str(), "le" | "la" | "l'" | "les")
        && toks[article + 1].word
        && !toks[article + 1].quoted)
        .then_some(article)
}

/// Where a person's name starts inside the run of capitalized words at `from` that follows a
/// preposition after an inverted verb (« à Radio France Marie Leroy »): at a known first name
/// past the run's first word, or, after a medium's name, at the run's last two words (« à
/// Sputnik Afrique Yacine Fall »), when the run closes the clause.
fn name_after_recipient(toks: &[Tok], from: usize) -> Option<usize> {
    let capital = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.word && t.upper && !t.quoted && !lexicon::DETERMINERS.contains(&t.low.as_str())
        })
    };
    if !capital(from) {
        return None;
    }
    let mut end = from;
    while capital(end + 1) {
        end += 1;
    }
    if end == from || !toks.get(end + 1).is_none_or(is_boundary) {
        return None;
    }
    if let Some(first) = (from + 1..end).find(|&k| lexicon::is_first_name(&toks[k].low)) {
        return Some(first);
    }
    let medium = media_at(toks, from, end + 1)?;
    if end + 1 - from < medium + 3 {
        return None;
    }
    // (« à l'AFP Germain Mahan Séhi »: the whole name after the medium's, past an edition's
    // place, « à Sputnik Afrique Yacine Fall ».)
    let mut start = from + medium;
    while end - start >= 2 && listed_institution_word(&toks[start].low) {
        start += 1;
    }
    Some(start)
}

/// [`np_end`] from `from`, cut before the first finite verb from `first` on (« Concernant X,
/// le ministre reste prudent », « et le ministre reste prudent »: the noun phrase may read its
/// verb as one of its words).
pub(super) fn np_end_before_verb(toks: &[Tok], from: usize, first: usize) -> usize {
    let end = np_end(toks, from);
    (first..=end)
        .find(|&k| is_finite_verb(&toks[k]))
        .map_or(end, |verb| verb - 1)
}

/// The last token of the noun phrase starting at `from`: it runs through « de … » and « à X »
/// (a capitalized place) and stops at punctuation, a verb-like word or another adjunct.
pub(super) fn np_end(toks: &[Tok], from: usize) -> usize {
    // (« selon lesoir.be l'ensemble … »: a web outlet's name is whole in itself.)
    if super::tokens::is_web_name(&toks[from].low) {
        return from;
    }
    // (« révèle Le Canard enchaîné », « selon Le Journal du dimanche »: a medium the
    // lexicon names is whole, though a word of it reads as a participle or a date.)
    let mut end = media_at(toks, from, toks.len()).map_or(from, |len| from + len - 1);
    let mut i = end + 1;
    // Whether a comma of a list of the noun's complements was passed: its « et » closes it.
    let mut complement_list = false;
    while i < toks.len() {
        let t = &toks[i];
        // « la source (supposée) d'EDL », « l'auteur (présumé) des tirs »: a qualifier in
        // brackets before the noun's complement is part of the phrase.
        if let Some(close) = qualifier_in_brackets(toks, i) {
            end = close;
            i = close + 1;
            continue;
        }
        // « à l'appel du collectif "Sauvons l'usine" », « le journal « Le Monde » »: the
        // name a descriptor announces, in quotation marks, closes the phrase.
        if let Some(close) = quoted_name_after_descriptor(toks, i) {
            return close;
        }
        // « le ministre de l'Économie, des Finances et de la Relance »: the list of the
        // noun's complements runs on past its commas.
        if t.low == "," && complement_list_continues(toks, from, i) {
            complement_list = true;
            i += 1;
            continue;
        }
        if !t.word || t.quoted && !toks[from].quoted {
            break;
        }
        // « une passante peu après le choc », « un voisin quelques minutes avant l'explosion »,
        // « une chauffeuse sanctionnée aussi », « un élève exclu lui aussi », « la chaîne UNIAN
        // le 14 septembre »: a time adverbial, an additive adverb or a date closes the phrase.
        if i > from + 1 && closes_noun_phrase(toks, i) {
            break;
        }
        let low = t.low.as_str();
        // « cette note »: a noun right after its determiner, even when a verb form.
        if i == from + 1 && lexicon::DETERMINERS.contains(&toks[from].low.as_str()) {
            end = i;
            i += 1;
            continue;
        }
        // « dans la matinée un communiqué du service »: a determiner right after a noun opens
        // another noun phrase.
        let prev_low = toks[i - 1].low.as_str();
        if matches!(
            low,
            "un" | "une" | "la" | "le" | "les" | "l'" | "ce" | "cet" | "cette" | "ces"
        ) && i > from + 1
            && toks[i - 1].word
            && !toks[i - 1].upper
            && !matches!(
                prev_low,
                "de" | "d'" | "du" | "des" | "et" | "ou" | "à" | "au" | "aux" | "en" | "par"
                    | "pour" | "sur" | "sous" | "avec" | "dans" | "chez" | "contre" | "entre"
                    | "vers" | "selon" | "parmi"
            )
            && !lexicon::DETERMINERS.contains(&prev_low)
            // (« le bilan le plus récent », « le collectif la Quadrature du Net »)
            && !toks.get(i + 1).is_some_and(|n| {
                n.upper || matches!(n.low.as_str(), "plus" | "moins" | "mieux" | "même")
            })
        {
            break;
        }
        // « accusé par l'opposition d'avoir menti », « de mentir »: « de » before an
        // infinitive opens what is said, not a complement of the name.
        if matches!(low, "de" | "d'")
            && toks.get(i + 1).is_some_and(|n| {
                matches!(n.low.as_str(), "avoir" | "être")
                    || !n.upper
                        && lexicon::is_verb_form(n.low.as_str())
                        && ["er", "ir", "re"].iter().any(|e| n.low.ends_with(e))
            })
        {
            break;
        }
        if matches!(
            low,
            "de" | "d'" | "du" | "des" | "la" | "le" | "les" | "l'" | "et"
        ) {
            // « Le maire et le préfet », « le président et chef de la direction »; « le Service
            // d'incendie et de secours », « l'Institut de la statistique et des études
            // économiques »: a complement's second half.
            let named_institution = toks[from..i]
                .iter()
                .find(|t| !lexicon::DETERMINERS.contains(&t.low.as_str()))
                .is_some_and(|h| h.upper)
                && toks[from..i]
                    .iter()
                    .any(|t| matches!(t.low.as_str(), "de" | "d'" | "du" | "des"));
            // (« le ministre de la Santé et des Services sociaux », « la directrice de la
            // Recherche et du Développement »: two capitalized fields of one function.)
            let capitalized_fields = toks[i - 1].upper
                && toks
                    .get(i + 2)
                    .is_some_and(|n| n.word && n.upper && !n.quoted);
            // (« des sources proches des services de sécurité et des milices », « la note des
            // ministères de l'Économie et du Commerce »: « des » after a « des » complement,
            // « du » after a « de » or « du » one, opens a parallel complement.)
            let parallel = |word: &str| {
                toks[from + 1..i].iter().any(|t| match word {
                    "du" => matches!(t.low.as_str(), "de" | "d'" | "du"),
                    _ => t.low == word,
                })
            };
            let second_complement = toks.get(i + 1).is_some_and(|n| {
                matches!(n.low.as_str(), "de" | "d'")
                    || matches!(n.low.as_str(), "des" | "du")
                        && (named_institution
                            || capitalized_fields
                            || complement_list
                            || parallel(&n.low))
            }) && toks[from..i]
                .iter()
                .any(|t| matches!(t.low.as_str(), "de" | "d'" | "du" | "des"));
            // (« effectuée en Russie et aux États-Unis »: a second place after a first.)
            if low == "et" {
                if let Some(last) = second_place(toks, from, i) {
                    end = last;
                    i = last + 1;
                    continue;
                }
            }
            if low == "et"
                && !second_complement
                && !coordinated_adjective(toks, from, i)
                && !bare_noun_sharing_determiner(toks, from, i)
                && !toks.get(i + 1).is_some_and(|n| {
                    n.upper
                        || matches!(n.low.as_str(), "le" | "la" | "l'" | "les")
                        || lexicon::ROLE_NOUNS.contains(&n.low.as_str())
                })
            {
                break;
            }
            i += 1;
            continue;
        }
        // « une source au sein de l'armée », « un cadre au sein du ministère »: the body the
        // noun belongs to is part of the phrase.
        // (« une source au fait du dossier », « un proche au courant des discussions »: what
        // the source knows of, likewise.)
        if low == "au"
            && toks
                .get(i + 1)
                .is_some_and(|n| matches!(n.low.as_str(), "sein" | "fait" | "courant"))
            && toks
                .get(i + 2)
                .is_some_and(|n| matches!(n.low.as_str(), "de" | "d'" | "du" | "des"))
        {
            i += 2;
            continue;
        }
        // « le responsable proche des négociations en cours », « le rédacteur en chef »
        if low == "en"
            && toks
                .get(i + 1)
                .is_some_and(|n| FIXED_AFTER_EN.contains(&n.low.as_str()))
        {
            end = i + 1;
            i += 2;
            // (« un officier en poste à la brigade de Kindia », « un agent en fonction au
            // commissariat »: where the post is belongs to the phrase too.)
            if let Some(head) = place_of_post(toks, i - 1) {
                end = head;
                i = head + 1;
            }
            continue;
        }
        // « le chef par intérim du parti », « la présidente par intérim »: a function held
        // for a time is still the function, its complement after it.
        if low == "par"
            && toks
                .get(i + 1)
                .is_some_and(|n| matches!(n.low.as_str(), "intérim" | "interim"))
        {
            end = i + 1;
            i += 2;
            continue;
        }
        // « le parti au pouvoir », « la junte au pouvoir »: who holds power is named by it.
        if low == "au" && toks.get(i + 1).is_some_and(|n| n.low == "pouvoir") {
            end = i + 1;
            i += 2;
            continue;
        }
        // « une source parlant sous couvert d'anonymat »: a present participle after a noun
        // opens what the source does, not its name.
        if low.ends_with("ant")
            && !t.upper
            && i > from
            && !lexicon::DETERMINERS.contains(&toks[i - 1].low.as_str())
            && !lexicon::ROLE_NOUNS.contains(&low)
            && !lexicon::PEOPLE_NOUNS.contains(&low)
            && !MORE_PEOPLE_NOUNS.contains(&low)
        {
            break;
        }
        // « La coordination nationale pour la défense des hôpitaux »: an association's aim
        // is part of its name.
        if low == "pour"
            && toks[from..i]
                .iter()
                .find(|t| !lexicon::DETERMINERS.contains(&t.low.as_str()))
                .is_some_and(|h| ASSOCIATION_HEADS.contains(&h.low.as_str()))
            && toks
                .get(i + 1)
                .is_some_and(|n| lexicon::DETERMINERS.contains(&n.low.as_str()))
        {
            i += 1;
            continue;
        }
        // « l'économiste en chef de la banque pour l'Afrique », « l'envoyé de l'ONU pour la
        // Syrie »: a function's region is part of it.
        if low == "pour" && region_of_function(toks, from, i) {
            i += 1;
            continue;
        }
        // « des sources à la Maison Blanche », « une source au ministère de la Défense »:
        // where an unnamed source sits is part of it.
        if let Some(seat) = seat_of_a_source(toks, from, i) {
            end = seat;
            i = seat + 1;
            continue;
        }
        if matches!(low, "à" | "en" | "au" | "aux") {
            // (A place, not a person spoken to: « a dit Paul Martin à Jean Dupont »; nor an
            // acronym: « détaillent les pompiers à BFM Normandie ».)
            // (Nor a medium the words were given to: « a déclaré l'opposition à El Mundo ».)
            // (« un soldat au Cachemire », « des élus aux Antilles »: a place after « au »,
            // not a body spoken to, « au Parlement », « au Conseil ».)
            // (Nor a medium whose article « au » holds: « au Figaro », « au Monde ».)
            let body = matches!(low, "au" | "aux")
                && toks.get(i + 1).is_some_and(|n| {
                    lexicon::ORG_WORDS.contains(&n.low.as_str())
                        || ORG_NAME_WORDS.contains(&n.low.as_str())
                        || lexicon::MEDIA_NAMES.iter().any(|m| {
                            m.strip_prefix("le ")
                                .or_else(|| m.strip_prefix("les "))
                                .is_some_and(|rest| rest.split(' ').next() == Some(n.low.as_str()))
                        })
                });
            if toks
                .get(i + 1)
                .is_some_and(|n| n.upper && !n.caps && !lexicon::is_first_name(&n.low))
                && media_at(toks, i + 1, toks.len()).is_none()
                && !body
            {
                i += 1;
                continue;
            }
            break;
        }
        // « comme le souhaitait le Parlement plus tôt dans la semaine »: a time adverb.
        if low == "plus"
            && toks
                .get(i + 1)
                .is_some_and(|n| matches!(n.low.as_str(), "tôt" | "tard"))
        {
            break;
        }
        // « Reporters sans frontières », « Médecins sans frontières »: one name.
        if low == "sans" && toks.get(i + 1).is_some_and(|n| n.low == "frontières") {
            end = i + 1;
            i += 2;
            continue;
        }
        // « le candidat N°13 », « la liste n° 4 »: a number sign and its number are the
        // noun's.
        if low == "n"
            && toks.get(i + 1).is_some_and(|s| s.low == "°" && !s.word)
            && toks
                .get(i + 2)
                .is_some_and(|n| n.low.chars().next().is_some_and(|c| c.is_ascii_digit()))
        {
            end = i + 2;
            i += 3;
            continue;
        }
        // « le journal Le Matin », « le quotidien belge Le Soir »: a capitalized time word
        // after an article inside the phrase is a title's, not a time; so after a name
        // (« Nice Matin », « Paris Soir »: days and months are lower case in French).
        if t.upper
            && lexicon::TIME_WORDS.contains(&low)
            && (matches!(prev_low, "le" | "la" | "l'" | "les")
                || matches!(low, "matin" | "soir")
                    && toks[i - 1].upper
                    && toks[i - 1].word
                    && !lexicon::TIME_WORDS.contains(&prev_low))
        {
            end = i;
            i += 1;
            continue;
        }
        if lexicon::PREPOSITIONS.contains(&low)
            || lexicon::TIME_WORDS.contains(&low)
            || lexicon::AUXILIARIES.contains(&low)
            || lexicon::CLAUSE_BREAKS.contains(&low)
            // (« le message d'alerte », « le médecin de garde »: right after « de », a verb's
            // form is a noun, never a finite verb.)
            || lexicon::is_verb_form(low)
                && !t.upper
                && !participle_noun(toks, i)
                && !matches!(prev_low, "de" | "d'")
            || matches!(low, "qui" | "ne" | "n'" | "s'" | "se" | "y")
            // (« Selon Airbus toutefois, … », « a estimé le maire pourtant »: a contrast
            // adverb is no part of a name.)
            || matches!(low, "toutefois" | "cependant" | "pourtant" | "néanmoins")
        {
            break;
        }
        end = i;
        i += 1;
    }
    end
}

/// The head of the body or place where an unnamed source sits, when « à » / « au » at `at`
/// follows a phrase `from..at` headed by « source(s) » (« des sources à la Maison Blanche »,
/// « une source au ministère », « une source à l'Élysée »): a capitalized name or the noun of
/// an institution, no medium (« une source à la chaîne NBC » is who was told).
fn seat_of_a_source(toks: &[Tok], from: usize, at: usize) -> Option<usize> {
    let head = toks[from..at]
        .iter()
        .find(|t| !lexicon::DETERMINERS.contains(&t.low.as_str()))?;
    if !matches!(head.low.as_str(), "source" | "sources") {
        return None;
    }
    let seat = match toks[at].low.as_str() {
        "au" => at + 1,
        "à" if toks
            .get(at + 1)
            .is_some_and(|d| matches!(d.low.as_str(), "la" | "l'")) =>
        {
            at + 2
        }
        _ => return None,
    };
    let t = toks.get(seat)?;
    (t.word
        && !t.quoted
        && media_at(toks, seat, toks.len()).is_none()
        && (t.upper || lexicon::ORG_WORDS.contains(&t.low.as_str())))
    .then_some(seat)
}

/// The closing bracket of a qualifier in brackets at `open` inside a noun phrase, when a
/// complement of the noun follows it (« la source (supposée) d'EDL », « l'auteur (présumé)
/// des tirs »): one or two lowercase words, no acronym or name (« (CGT) », « (Renaissance) »
/// close the phrase).
fn qualifier_in_brackets(toks: &[Tok], open: usize) -> Option<usize> {
    if toks[open].low != "(" || open == 0 || !toks[open - 1].word {
        return None;
    }
    let close = (open + 2..(open + 4).min(toks.len())).find(|&k| toks[k].low == ")")?;
    let words = &toks[open + 1..close];
    let lowercase = words.iter().all(|t| t.word && !t.upper && !t.quoted);
    let complement = toks
        .get(close + 1)
        .is_some_and(|t| matches!(t.low.as_str(), "de" | "d'" | "du" | "des"))
        && toks.get(close + 2).is_some_and(|t| t.word && !t.quoted);
    (lowercase && complement).then_some(close)
}

/// The closing quotation mark of a name of at most eight quoted tokens opened at `open`
/// right after a descriptor noun (« le collectif "Sauvons l'usine" », « l'association
/// « Vivre ici » »).
fn quoted_name_after_descriptor(toks: &[Tok], open: usize) -> Option<usize> {
    let descriptor = open
        .checked_sub(1)
        .is_some_and(|d| toks[d].word && !toks[d].quoted && is_descriptor(&toks[d].low));
    if !descriptor || !is_quote_mark(&toks[open]) || !toks.get(open + 1)?.quoted {
        return None;
    }
    let close = (open + 1..toks.len().min(open + 10)).find(|&k| !toks[k].quoted)?;
    (close > open + 1 && is_quote_mark(&toks[close])).then_some(close)
}

/// The last token of a second place joined by « et » at `et` to a first one the noun phrase
/// opened at `from` ends on (« une analyse effectuée en Russie et aux États-Unis », « des
/// élus à Paris et à Lyon »): « à », « au », « aux » or « en », then capitalized words.
fn second_place(toks: &[Tok], from: usize, et: usize) -> Option<usize> {
    let at_place = |k: usize| matches!(toks[k].low.as_str(), "à" | "au" | "aux" | "en");
    let capital = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.word && t.upper && !t.quoted && !lexicon::is_first_name(&t.low))
    };
    let first_place = et >= from + 2 && capital(et - 1) && at_place(et - 2);
    if !first_place || !toks.get(et + 1).is_some_and(|_| at_place(et + 1)) || !capital(et + 2) {
        return None;
    }
    let mut last = et + 2;
    while capital(last + 1) {
        last += 1;
    }
    Some(last)
}

/// Whether « et » at `et` joins two adjectives of the noun phrase opened at `from` (« des
/// médias marocains et étrangers », « les élus locaux et régionaux »): a lowercase plural
/// word after the head on each side, neither a determiner nor a verb's form.
fn coordinated_adjective(toks: &[Tok], from: usize, et: usize) -> bool {
    let plural = |t: &Tok| {
        t.word
            && !t.upper
            && !t.quoted
            && t.low.ends_with(['s', 'x'])
            && !lexicon::DETERMINERS.contains(&t.low.as_str())
    };
    let (Some(before), Some(after)) = (et.checked_sub(1).map(|k| &toks[k]), toks.get(et + 1))
    else {
        return false;
    };
    et >= from + 2
        && plural(&toks[et - 2])
        && plural(before)
        && plural(after)
        && !lexicon::is_verb_form(after.low.as_str())
        && !can_speak(&after.low)
        && !can_speak(after.low.trim_end_matches(['s', 'x']))
}

/// Whether the word at `i`, inside a noun phrase, opens what is no part of it: a time
/// adverbial before « après » / « avant » (« peu après », « juste avant », « bien avant »,
/// « aussitôt après », « quelques minutes après », « deux heures plus tard », « peu de temps
/// après ») or an additive adverb (« aussi », « également », « lui aussi », « elle non
/// plus »).
fn closes_noun_phrase(toks: &[Tok], i: usize) -> bool {
    const DEGREES: &[&str] = &[
        "peu",
        "juste",
        "bien",
        "longtemps",
        "sitôt",
        "aussitôt",
        "immédiatement",
        "très",
        "quelques",
    ];
    const SPANS: &[&str] = &[
        "secondes", "minutes", "heures", "instants", "jours", "semaines", "mois", "ans", "années",
        "temps", "heure", "minute", "jour", "an", "peu", "de",
    ];
    let t = &toks[i];
    if t.quoted || t.upper {
        return false;
    }
    if companion_participle(toks, i) {
        return true;
    }
    let low = t.low.as_str();
    let after = |k: usize| toks.get(k).map_or("", |n| n.low.as_str());
    if matches!(low, "aussi" | "également")
        || matches!(low, "lui" | "elle" | "eux" | "elles")
            && (matches!(after(i + 1), "aussi" | "également")
                || after(i + 1) == "non" && after(i + 2) == "plus")
    {
        return true;
    }
    // (« la chaîne UNIAN le 14 septembre », « l'agence RIA Novosti le lundi 3 mai »: a
    // date.)
    let day_number = |k: usize| {
        let d = after(k);
        d == "1er" || !d.is_empty() && d.len() <= 2 && d.chars().all(|c| c.is_ascii_digit())
    };
    // (« le Brésilien ce mercredi », « la ministre cette semaine », « le maire cet
    // après-midi »: a demonstrative before a time word.)
    if matches!(low, "ce" | "cet" | "cette")
        && (lexicon::TIME_WORDS.contains(&after(i + 1))
            || matches!(after(i + 1), "semaine" | "nuit" | "année" | "week-end"))
    {
        return true;
    }
    if low == "le"
        && (day_number(i + 1) && lexicon::MONTHS.contains(&after(i + 2))
            || matches!(
                after(i + 1),
                "lundi" | "mardi" | "mercredi" | "jeudi" | "vendredi" | "samedi" | "dimanche"
            ))
    {
        return true;
    }
    let number = low.chars().all(|c| c.is_ascii_digit()) && !low.is_empty()
        || SMALL_NUMBERS.contains(&low)
        || matches!(low, "une" | "un");
    if !(DEGREES.contains(&low) || number && SPANS.contains(&after(i + 1))) {
        return false;
    }
    let mut k = i + 1;
    while k < i + 4 && SPANS.contains(&after(k)) {
        k += 1;
    }
    matches!(after(k), "après" | "avant" | "auparavant" | "plus" | "tard")
        && (after(k) != "plus" || after(k + 1) == "tard")
        && k > i + usize::from(number)
}

/// Whether token `i` is a participle of company after a noun, with the one it names after
/// it (« l'écrivain accompagné de son éditeur », « la ministre entourée de ses conseillers »,
/// « le maire flanqué de son adjoint », « l'avocat suivi par des journalistes »): that one is
/// beside the phrase, not in it.
fn companion_participle(toks: &[Tok], i: usize) -> bool {
    const STEMS: &[&str] = &[
        "accompagn",
        "entour",
        "flanqu",
        "escort",
        "épaul",
        "second",
        "assist",
        "encadr",
        "suiv",
        "précéd",
    ];
    let low = toks[i].low.as_str();
    let stem = ["ées", "és", "ée", "é", "ies", "is", "ie", "i"]
        .iter()
        .find_map(|e| low.strip_suffix(e));
    let names_a_companion = stem.is_some_and(|stem| STEMS.contains(&stem))
        && toks
            .get(i + 1)
            .is_some_and(|n| matches!(n.low.as_str(), "de" | "d'" | "du" | "des" | "par"));
    let after_a_noun = i > 0 && {
        let p = &toks[i - 1];
        p.word
            && !lexicon::DETERMINERS.contains(&p.low.as_str())
            && !lexicon::PREPOSITIONS.contains(&p.low.as_str())
            && !matches!(p.low.as_str(), "de" | "d'" | "du" | "des")
    };
    names_a_companion && after_a_noun
}

/// Whether « et » at `et` joins a second bare noun to the last noun of a complement, both
/// under one determiner (« le préfet de ce département et région », « le ministre de
/// l'économie et finances »): a lowercase word that is no verb, no determiner, then the end
/// of the phrase or an adjective.
fn bare_noun_sharing_determiner(toks: &[Tok], from: usize, et: usize) -> bool {
    let in_complement = toks[from..et]
        .iter()
        .any(|t| matches!(t.low.as_str(), "de" | "d'" | "du" | "des"));
    let before = &toks[et - 1];
    let Some(next) = toks.get(et + 1) else {
        return false;
    };
    in_complement
        && before.word
        && !before.upper
        && next.word
        && !next.upper
        && !next.quoted
        && !lexicon::DETERMINERS.contains(&next.low.as_str())
        && !lexicon::PREPOSITIONS.contains(&next.low.as_str())
        && !is_finite_verb(next)
        && !matches!(
            next.low.as_str(),
            "de" | "d'" | "que" | "qu'" | "qui" | "il" | "elle" | "ils" | "elles" | "on"
        )
        && toks.get(et + 2).is_none_or(|n| {
            // (Then the phrase ends, or an adjective closes it: « et région français ».)
            !n.word
                || is_boundary(n)
                || participle_form(&n.low)
                || ["ais", "al", "ale", "aux"]
                    .iter()
                    .any(|e| n.low.ends_with(e))
        })
}

/// Whether the « pour » at `pour` introduces the region of the function heading the phrase
/// at `from` (« le représentant spécial pour l'Afrique »): the head is a function, a
/// capitalized place follows its article, and no medium (« pour Le Monde »).
fn region_of_function(toks: &[Tok], from: usize, pour: usize) -> bool {
    let head = toks[from..pour].iter().find(|t| {
        !lexicon::DETERMINERS.contains(&t.low.as_str())
            && !ROLE_ADJECTIVES.contains(&t.low.as_str())
    });
    let function = head.is_some_and(|h| {
        !h.upper
            && (lexicon::ROLE_NOUNS.contains(&h.low.as_str())
                || MORE_ROLE_NOUNS.contains(&h.low.as_str())
                || EXPERT_NOUNS.contains(&h.low.as_str())
                || lexicon::EXTRA_ROLE_WORDS.contains(&h.low.as_str()))
    });
    let mut k = pour + 1;
    if toks
        .get(k)
        .is_some_and(|t| matches!(t.low.as_str(), "l'" | "la" | "le" | "les"))
    {
        k += 1;
    }
    function
        && toks.get(k).is_some_and(|t| t.word && t.upper && !t.quoted)
        && media_at(toks, k, toks.len()).is_none()
        && media_at(toks, pour + 1, toks.len()).is_none()
}

/// Descriptors that stand for one another (« l'ONG X … l'organisation »).
const DESCRIPTOR_SYNONYMS: &[&[&str]] = &[
    &["ong", "organisation", "association"],
    &[
        "groupe",
        "entreprise",
        "société",
        "firme",
        "compagnie",
        "constructeur",
    ],
    &["journal", "quotidien", "hebdomadaire"],
];

/// Heads of names that may state an aim (« Coordination pour la défense des hôpitaux »).
const ASSOCIATION_HEADS: &[&str] = &[
    "coordination",
    "association",
    "comité",
    "collectif",
    "union",
    "mouvement",
    "fédération",
    "ligue",
    "coalition",
    "observatoire",
    "fondation",
    "alliance",
    "rassemblement",
];

/// The head noun of the place after « en poste », « en fonction(s) » at `post` (« en poste à
/// la brigade », « en fonction au ministère », « en poste aux Affaires étrangères »): « à »
/// and an article, or « au », « aux », then a word.
fn place_of_post(toks: &[Tok], post: usize) -> Option<usize> {
    if !matches!(toks[post].low.as_str(), "poste" | "fonction" | "fonctions") {
        return None;
    }
    let at = toks.get(post + 1)?;
    let head = match at.low.as_str() {
        "au" | "aux" => post + 2,
        "à" if toks
            .get(post + 2)
            .is_some_and(|d| matches!(d.low.as_str(), "la" | "l'" | "le" | "les")) =>
        {
            post + 3
        }
        _ => return None,
    };
    toks.get(head)
        .is_some_and(|h| h.word && !h.quoted)
        .then_some(head)
}

/// Words after « en » that belong to the noun phrase (« en cours », « rédacteur en chef »).
const FIXED_AFTER_EN: &[&str] = &[
    "matière",
    "cours",
    "exercice",
    "poste",
    "fonction",
    "fonctions",
    "chef",
    "charge",
    "retraite",
    "exil",
];

/// A noun phrase ending in a past participle runs on through its complements: « un
/// diplomate basé au Caire », « un sondage réalisé mardi pour la chaîne ARD ».
pub(super) fn with_participle(toks: &[Tok], end: usize) -> usize {
    let Some(last) = toks.get(end) else {
        return end;
    };
    let participle = last.word
        && !last.upper
        && !last.quoted
        && (["é", "ée", "és", "ées", "oint", "ointe", "oints", "ointes"]
            .iter()
            .any(|e| last.low.ends_with(e))
            // (« un communiqué lu à la télévision », « un texte transmis aux rédactions ».)
            || irregular_participle(&last.low))
        && !lexicon::ROLE_NOUNS.contains(&last.low.as_str());
    // (« le musée », « l'armée », « l'accusé »: a word right after its article is the
    // phrase's noun, not a participle taking a complement: « a indiqué le musée à l'AFP ».)
    let noun_after_article = end.checked_sub(1).is_some_and(|k| {
        matches!(
            toks[k].low.as_str(),
            "le" | "la" | "l'" | "les" | "un" | "une"
        )
    });
    if !participle || noun_after_article {
        return end;
    }
    let mut end = end;
    let mut k = end + 1;
    for _ in 0..3 {
        while toks
            .get(k)
            .is_some_and(|t| lexicon::TIME_WORDS.contains(&t.low.as_str()))
        {
            end = k;
            k += 1;
        }
        let Some(t) = toks.get(k) else { break };
        let preposition = matches!(
            t.low.as_str(),
            "à" | "au"
                | "aux"
                | "en"
                | "pour"
                | "par"
                | "dans"
                | "sur"
                | "auprès"
                | "de"
                | "d'"
                | "du"
                | "des"
        );
        if !preposition || t.quoted || !toks.get(k + 1).is_some_and(|n| n.word && !n.quoted) {
            break;
        }
        end = np_end(toks, k + 1);
        k = end + 1;
    }
    end
}

/// Past participles of a document or words given out that do not end in « -é » (their
/// masculine singular): « lu », « écrit », « transmis » …
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "lu", "écrit", "dit", "mis", "transmis", "émis", "remis", "reçu", "paru", "rendu",
];

/// Whether `form` is one of [`IRREGULAR_PARTICIPLES`], in any gender and number (« lue »,
/// « écrits », « transmises »).
fn irregular_participle(form: &str) -> bool {
    [form]
        .into_iter()
        .chain(["es", "e", "s"].iter().filter_map(|e| form.strip_suffix(e)))
        .any(|stem| IRREGULAR_PARTICIPLES.contains(&stem))
}

/// An apposition giving a role right after a name: « , la porte-parole du Conseil … », « ,
/// ministre de la Sécurité ».
pub(super) fn apposition(text: &str, toks: &[Tok], at: usize) -> Option<String> {
    if toks.get(at)?.low != "," {
        return None;
    }
    let det = toks.get(at + 1)?;
    // (« Paul Martin, ministre de la Sécurité, »: the press drops the article of a function
    // in apposition.)
    let bare = lexicon::ROLE_NOUNS.contains(&det.low.as_str());
    if !bare && !matches!(det.low.as_str(), "le" | "la" | "l'" | "un" | "une") {
        return None;
    }
    let head = toks.get(at + 2 - usize::from(bare))?;
    if !lexicon::ROLE_NOUNS.contains(&head.low.as_str()) {
        return None;
    }
    let end = np_end(toks, at + 1);
    Some(slice(text, toks, at + 1, end))
}

/// Whether the stretch `toks[from..=to]` built as a speaker cannot be one: it holds a finite
/// verb (« Des cars ont transporté des salariés du groupe »), it is only a time phrase (« ce
/// jour », « mardi »), or it opens
/// with a bare participle or ends on a preposition (« envoyé une lettre au maire pour »).
fn names_no_one(toks: &[Tok], from: usize, to: usize) -> bool {
    let span = &toks[from..=to];
    let finite = (from..=to).any(|k| {
        let t = &toks[k];
        // (« le message d'alerte »: after « de », as after a determiner, a verb's form is a
        // noun.)
        let after_determiner = k > from
            && (lexicon::DETERMINERS.contains(&toks[k - 1].low.as_str())
                || matches!(toks[k - 1].low.as_str(), "de" | "d'"));
        !t.quoted
            && !t.upper
            && !after_determiner
            && !noun_slot(toks, k, from)
            && (lexicon::AUXILIARIES.contains(&t.low.as_str()) && t.low != "a"
                || t.low == "a" && k > from && toks[k - 1].word && !toks[k - 1].upper
                || is_finite_verb(t)
                    && (!participle_form(&t.low) || t.low.ends_with("ait"))
                    && !t.low.ends_with("ant"))
    });
    let time_only = span.iter().all(|t| {
        !t.word
            || lexicon::DETERMINERS.contains(&t.low.as_str())
            || lexicon::TIME_WORDS.contains(&t.low.as_str())
            || TIME_NOUNS.contains(&t.low.as_str())
            || lexicon::MONTHS.contains(&t.low.as_str())
            || t.low.chars().all(|c| c.is_ascii_digit())
    }) && span.iter().any(|t| {
        // (« ce dernier », « le premier »: a pointer, not a date.)
        TIME_NOUNS.contains(&t.low.as_str())
            || lexicon::MONTHS.contains(&t.low.as_str())
            || lexicon::TIME_WORDS.contains(&t.low.as_str())
                && !matches!(t.low.as_str(), "dernier" | "dernière" | "prochain")
    }) && !(from + 1..=to).any(|k| {
        // (« Le Matin », « Le Soir »: a capitalized time word after its article is a title.)
        toks[k].upper
            && matches!(toks[k - 1].low.as_str(), "le" | "la" | "l'" | "les")
            && lexicon::TIME_WORDS.contains(&toks[k].low.as_str())
    });
    let first = &toks[from];
    let bare_participle = !first.upper
        && !first.quoted
        && participle_form(&first.low)
        && (lexicon::is_verb_form(first.low.as_str())
            || ["é", "ée", "és", "ées"]
                .iter()
                .any(|e| first.low.ends_with(e))
                && !can_speak(&first.low))
        && from < to;
    // (« dans un discours devant la Diète le 28 décembre accuse »: an adjunct, no subject.)
    let adjunct = from < to
        && !first.upper
        && !first.quoted
        && matches!(
            first.low.as_str(),
            "dans" | "devant" | "lors" | "depuis" | "pendant" | "avant" | "après" | "sur" | "sous"
        );
    let last = &toks[to];
    let dangling = from < to
        && !last.quoted
        && (lexicon::PREPOSITIONS.contains(&last.low.as_str())
            || matches!(last.low.as_str(), "de" | "d'"));
    finite || time_only || bare_participle || dangling || adjunct
}

/// Whether the word at `i` is a past participle used as a noun: right after an article, plain
/// or contracted (« l'avocat du prévenu », « des accusés », « aux blessés », « un élu »), where
/// no verb stands (an object clitic comes before the auxiliary: « l'a prévenu », never
/// « le prévenu » as a verb).
fn participle_noun(toks: &[Tok], i: usize) -> bool {
    i > 0
        && participle_form(&toks[i].low)
        && !toks[i].upper
        && !toks[i].quoted
        && matches!(
            toks[i - 1].low.as_str(),
            "le" | "la" | "les" | "l'" | "un" | "une" | "du" | "des" | "au" | "aux"
        )
        && !toks[i - 1].quoted
}

/// Whether `t` has the ending of a first-conjugation past participle, never a finite form: in
/// an insertion (« , 30 ans et condamné à deux ans de prison, », « , accusée de fraude, ») it
/// describes a noun and makes no clause; an auxiliary before it is the finite verb.
fn bare_past_participle(t: &Tok) -> bool {
    !t.upper && ["é", "ée", "és", "ées"].iter().any(|e| t.low.ends_with(e))
}

/// Whether `low` has the form of a past participle (« maintenu », « lancée », « placés »).
pub(super) fn participle_form(low: &str) -> bool {
    [
        "é", "ée", "és", "ées", "u", "ue", "us", "ues", "i", "ie", "is", "ies", "it", "ite", "its",
        "ites", "int", "inte",
    ]
    .iter()
    .any(|e| low.ends_with(e))
}

/// Classifies the noun phrase `toks[from..=to]` as a speaker.
pub(super) fn classify(
    text: &str,
    toks: &[Tok],
    from: usize,
    to: usize,
    people: &People,
) -> Speaker {
    let to = to.min(toks.len().saturating_sub(1));
    let to = without_emphatic_pronoun(toks, from, to);
    let to = without_dates_in_brackets(toks, from, to);
    let to = without_descriptive_tail(toks, from, to);
    // Trim adverbs, conjunctions and punctuation (« - Les juges ») at the start.
    // (« Paul ou plutôt son père »: the correction is who speaks.)
    let mut from = corrected_from(toks, from, to).unwrap_or(from);
    while from < to && !toks[from].word {
        from += 1;
    }
    // (« Mardi, plus de cent personnes »: « plus de » counts the subject.)
    let counts = |k: usize| {
        matches!(toks[k].low.as_str(), "plus" | "moins")
            && toks
                .get(k + 1)
                .is_some_and(|n| matches!(n.low.as_str(), "de" | "d'"))
    };
    while from < to
        && (lexicon::ADVERBS.contains(&toks[from].low.as_str())
            && !lexicon::DETERMINERS.contains(&toks[from].low.as_str())
            && !counts(from)
            || matches!(
                toks[from].low.as_str(),
                "et" | "mais" | "ou" | "puis" | "donc" | "or"
            ))
        && !toks[from].upper
    {
        from += 1;
    }
    // (« S'il salue …, il regrette »: « si » elided before the subject pronoun opens the
    // clause, no part of its subject.)
    if from < to && toks[from].low == "s'" && matches!(toks[from + 1].low.as_str(), "il" | "ils") {
        from += 1;
    }
    let words: Vec<&str> = toks[from..=to].iter().map(|t| t.low.as_str()).collect();
    // (« selon les experts- »: a dash glued to the last word is no part of the name.)
    let phrase = slice(text, toks, from, to)
        .trim_end_matches(['-', '–', '—'])
        .to_string();
    // « Des cars ont transporté des salariés », « ce jour », « envoyé une lettre au maire
    // pour »: a stretch that cannot name anyone is shown unresolved, never as a name.
    if names_no_one(toks, from, to) {
        return unattributed();
    }
    // A pronoun: its antecedent, or the pronoun as the article writes it, unresolved.
    let as_written = |s: Speaker| -> Speaker {
        if s.kind == SpeakerKind::Unattributed {
            Speaker {
                name: phrase.clone(),
                ..s
            }
        } else {
            s
        }
    };
    // « M.Manelis »: a title glued to the name.
    if let [one] = words.as_slice() {
        let rest = one.strip_prefix("m.").or_else(|| one.strip_prefix("mme."));
        if rest.is_some_and(|r| r.len() > 1) && toks[from].upper {
            return Speaker {
                name: phrase,
                role: None,
                kind: SpeakerKind::Person,
            };
        }
    }
    // (« Selon elle, Mme Dumas … »: a pronoun opening its sentence stands for no one named
    // after it.)
    let reach = if only_attribution_before(toks, from) {
        Reach::OpeningItsSentence(&toks[from + 1..])
    } else {
        Reach::WithItsSentence
    };
    if words.len() == 1 && lexicon::SUBJECT_PRONOUNS.contains(&words[0]) {
        if let Some(before) = antecedent_in_sentence(text, toks, from, people) {
            return as_written(before);
        }
        return as_written(pronoun_speaker_within(words[0], people, reach));
    }
    if matches!(words.as_slice(), ["lui"] | ["elle"] | ["eux"]) {
        return as_written(pronoun_speaker_within(words[0], people, reach));
    }
    // « Certains évoquent des menaces », « D'autres affirment », « racontent plusieurs d'entre
    // eux »: some of a group, unnamed; shown as the article writes them, never as the group
    // or a name.
    if indefinite_group(&words) {
        return Speaker {
            name: phrase,
            role: None,
            kind: SpeakerKind::Anonymous,
        };
    }
    // « je », « nous » outside quotes, or a phrase of function words only (« À »): no one
    // the brief can name.
    let function_words = toks[from..=to].iter().all(|t| {
        !t.word
            || lexicon::PREPOSITIONS.contains(&t.low.as_str())
            || lexicon::DETERMINERS.contains(&t.low.as_str())
            || lexicon::ADVERBS.contains(&t.low.as_str())
            || lexicon::CLAUSE_BREAKS.contains(&t.low.as_str())
            || matches!(t.low.as_str(), "de" | "d'" | "et" | "ou")
    });
    if function_words || matches!(words.as_slice(), ["je" | "j'" | "nous" | "vous" | "tu"]) {
        return Speaker::unresolved(phrase);
    }
    // « Celle de 2019 », « celui du ministère »: a thing named before, not a speaker the
    // brief can name.
    if words
        .first()
        .is_some_and(|w| matches!(*w, "celui" | "celle" | "ceux" | "celles"))
    {
        // (« … à ceux du président russe Vladimir Poutine, qui a affirmé »: the person named in
        // the complement is the antecedent.)
        if matches!(
            toks.get(from + 1).map(|t| t.low.as_str()),
            Some("du" | "de" | "d'")
        ) && from + 2 <= to
        {
            let inner = classify(text, toks, from + 2, to, people);
            if inner.kind == SpeakerKind::Person {
                return inner;
            }
        }
        return Speaker::unresolved(phrase);
    }
    // « ce dernier », « l'intéressée »: the entity named just before, or unresolved.
    // « ce responsable », « cette porte-parole »: the unnamed one of that function who spoke
    // before (« Un haut responsable américain »), if one did.
    // « Un responsable syndical a réaffirmé … . Le responsable a insisté »: a definite
    // article and the bare noun take up the unnamed one introduced with « un », « une » who
    // spoke before (the indefinite introduces, the definite takes up).
    if let ["le" | "la" | "l'", noun] = words.as_slice() {
        if let Some(before) = people
            .anonymous_with(noun, false, &phrase)
            .filter(|a| matches!(a.to_lowercase().split(' ').next(), Some("un" | "une")))
        {
            return Speaker {
                name: before.clone(),
                role: None,
                kind: SpeakerKind::Anonymous,
            };
        }
    }
    if let [det @ ("ce" | "cet" | "cette"), noun] = words.as_slice() {
        if let Some(before) = people.anonymous_with(noun, false, &phrase) {
            return Speaker {
                name: before.clone(),
                role: None,
                kind: SpeakerKind::Anonymous,
            };
        }
        // « Le Dr Karim Haddad a déclaré … Ce responsable a ajouté »: a function with a
        // demonstrative is someone named just before, never a new speaker: the one person of
        // that gender named in this sentence or the one before, or unresolved.
        if lexicon::ROLE_NOUNS.contains(noun) {
            let gender = if *det == "cette" {
                Gender::Female
            } else {
                Gender::Male
            };
            return match people.sole_recent_person(gender, &phrase) {
                Some(p) => Speaker::of(p, SpeakerKind::Person),
                None => Speaker::unresolved(phrase),
            };
        }
    }
    // « Celles-ci », « ceux-là »: a plural pointing back at things or people the sentence
    // before named, never a name: unresolved.
    if matches!(
        words.as_slice(),
        ["ceux-ci" | "celles-ci" | "ceux-là" | "celles-là"]
    ) {
        return Speaker::unresolved(phrase);
    }
    if let Some(gender) = back_pointer(&words) {
        if let Some(last) = named_last_before(text, toks, (from, to), gender, people) {
            return people.surname_in_full(last, &phrase);
        }
        return match people.latest(gender, &phrase) {
            Some(p) => people.surname_in_full(Speaker::of(p, p.kind), &phrase),
            None => Speaker::unresolved(phrase),
        };
    }
    // « Le maire, X, et la préfète, Y, sont venus. Le premier a promis … »: one of the two
    // named just before, or unresolved.
    if let Some((rank, gender)) = ordinal_pointer(&words) {
        return match people.of_pair(rank, gender, &phrase) {
            Some(p) => Speaker::of(p, p.kind),
            None => Speaker::unresolved(phrase),
        };
    }
    // « Paul Martin et Marie Dupont »: two speakers, split by the claim loop.
    if let Some(et) = conjoined_at(toks, from, to) {
        let left = classify(text, toks, from, et - 1, people);
        let right = classify(text, toks, et + 1, to, people);
        let speaks = |s: &Speaker| {
            matches!(
                s.kind,
                SpeakerKind::Person | SpeakerKind::Role | SpeakerKind::Organization
            )
        };
        // (« Paul Martin et des proches »: an anonymous group beside a person.)
        if speaks(&left)
            && (speaks(&right) || right.kind == SpeakerKind::Anonymous)
            && (left.kind == SpeakerKind::Person || right.kind == SpeakerKind::Person)
        {
            return Speaker {
                name: phrase,
                role: None,
                kind: SpeakerKind::Person,
            };
        }
    }
    // « l'ONG », « le quotidien »: the name the article introduced with that noun.
    if let [det, noun] = words.as_slice() {
        if matches!(*det, "le" | "la" | "l'") && is_descriptor(noun) {
            // (« L'ONG Amnesty International … L'organisation appelle »: a synonym too.)
            let synonyms = DESCRIPTOR_SYNONYMS
                .iter()
                .find(|group| group.contains(noun))
                .copied()
                .unwrap_or(&[]);
            let found = people.described_as(noun, &phrase).or_else(|| {
                let mut others = synonyms
                    .iter()
                    .filter(|s| *s != noun)
                    .filter_map(|s| people.described_as(s, &phrase));
                match (others.next(), others.next()) {
                    (Some(d), None) => Some(d),
                    _ => None,
                }
            });
            if let Some(d) = found {
                let media = MEDIA_DESCRIPTORS.contains(noun);
                return Speaker {
                    name: d.name.clone(),
                    role: None,
                    kind: if media {
                        SpeakerKind::Media
                    } else {
                        SpeakerKind::Organization
                    },
                };
            }
        }
    }
    // (« De nombreux scientifiques », « d'autres experts »: quantifiers before the noun.)
    let first_word = words
        .iter()
        .find(|w| !lexicon::DETERMINERS.contains(w) && !QUANTIFIERS.contains(w))
        .copied();
    let det = words.first().copied().unwrap_or("");
    let definite = matches!(
        det,
        "le" | "la" | "l'" | "ce" | "cet" | "cette" | "les" | "ces"
    );
    let demonstrative =
        matches!(det, "ce" | "cet" | "cette" | "ces") || words.get(1) == Some(&"même");
    // (« son entourage », « l'entourage du ministre »: unnamed people close to someone.)
    let anonymous_source = words
        .iter()
        .any(|w| lexicon::ANONYMOUS_MARKERS.contains(w) || *w == "entourage");
    // (« des analystes », « les observateurs spécialistes du monde arabe », « des leaders du
    // parti »: plural experts and members, unnamed.)
    let plural_experts = matches!(det, "des" | "les" | "plusieurs" | "certains" | "de")
        && first_word.is_some_and(|w| {
            EXPERT_NOUNS.contains(&w) && w.ends_with('s') || matches!(w, "leaders" | "cadres")
        });
    // (« Jeune Afrique », « Femme Actuelle »: a noun of people opening a run of capitalized
    // words is a name, no one unnamed.)
    let capitalized_name = to > from && toks[from..=to].iter().all(|t| t.upper || !t.word);
    let unnamed_people = plural_experts
        || first_word
            .is_some_and(|w| lexicon::PEOPLE_NOUNS.contains(&w) || MORE_PEOPLE_NOUNS.contains(&w))
            && !capitalized_name
        || matches!(
            words.as_slice(),
            ["un" | "une", "des" | "de" | "d'", _, ..]
                | ["l'", "un" | "une", "des" | "de" | "d'", _, ..]
        );
    if anonymous_source || unnamed_people {
        // « cet homme », « cette femme »: the person of that gender named just before.
        // So does « cette mère de famille », « ce témoin » when no unnamed one of that noun
        // spoke before.
        let singular_demonstrative = matches!(det, "ce" | "cet" | "cette")
            && first_word.is_some_and(|w| {
                lexicon::PEOPLE_NOUNS.contains(&w) || MORE_PEOPLE_NOUNS.contains(&w)
            });
        if singular_demonstrative {
            let gender = match (first_word, det) {
                (Some("homme"), _) => Gender::Male,
                (Some("femme"), _) => Gender::Female,
                (_, "cette") => Gender::Female,
                _ => Gender::Male,
            };
            let head = first_word.unwrap_or("");
            let named_before = matches!(head, "homme" | "femme")
                || people
                    .anonymous_with(head.trim_end_matches('s'), false, &phrase)
                    .is_none();
            if let Some(p) = people.recent(gender, &phrase).filter(|_| named_before) {
                return Speaker::of(p, SpeakerKind::Person);
            }
        }
        // « a-t-on appris auprès de la préfecture. …, a indiqué la même source »: the source
        // the news desk named, when it spoke last.
        if demonstrative && words.last() == Some(&"source") {
            if let Some(desk) = people.live_desk_source(&phrase) {
                return desk.clone();
            }
        }
        // « la même source », « ce témoin »: the unnamed source that spoke before, shown as
        // first introduced (the words of the sentence are its `speaker_as_written`).
        let mut name = phrase;
        if demonstrative {
            let head = words.iter().rev().find(|w| {
                lexicon::ANONYMOUS_MARKERS.contains(w) || lexicon::PEOPLE_NOUNS.contains(w)
            });
            let plural = super::coreference::determiner_plural(&name);
            if let Some(before) =
                head.and_then(|h| people.anonymous_with(h.trim_end_matches('s'), plural, &name))
            {
                name = before.clone();
            } else if head == Some(&"source") && !plural {
                // « Le parquet a précisé … . « … », a ajouté cette source »: with no unnamed
                // source of that number before, « cette source », « la même source » is the
                // last one who spoke, named or not (README, session 11: one speaker).
                let last = narrative_speaker(people);
                if last.kind != SpeakerKind::Unattributed {
                    people.note(Link::SameSourceToLastSpeaker, &last.name, &name);
                    return last;
                }
            }
        }
        return Speaker {
            name,
            role: None,
            kind: SpeakerKind::Anonymous,
        };
    }
    // A medium: a media name, or a media noun heading the phrase (« le quotidien », not « le
    // propriétaire du site »; « l'agence de presse », not « l'agence de gestion des
    // catastrophes »).
    let media_head = first_word.is_some_and(|w| {
        lexicon::MEDIA_NOUNS.contains(&w)
            && (w != "agence" || words.iter().any(|x| matches!(*x, "presse" | "press")))
            || matches!(w, "documentaire" | "reportage" | "émission" | "chaine")
    }) || to > from && cues::our_colleagues(toks, from);
    // (« Michael Bloomberg »: a medium's name after a first name is a person's; « nos
    // confrères du Parisien »: the writer's colleagues at a medium.)
    if (from..=to).any(|i| {
        media_at(toks, i, to + 1).is_some()
            && !(i > from && lexicon::is_first_name(&toks[i - 1].low) && toks[i - 1].upper)
    }) || media_head && !words.contains(&"porte-parole")
    {
        return Speaker {
            name: phrase,
            role: None,
            kind: SpeakerKind::Media,
        };
    }
    // « le China Daily », « la Société Générale »: an article right before a name makes it no
    // person's (« l'Américain John Kerry » holds a first name: it is one); so do lowercase
    // words that carry the name on (« le Festival Juste pour rire »).
    let article_name = person_run(toks, from, to, people).filter(|&(a, b)| {
        a == from + 1
            && (b == to
                || toks[b + 1..=to]
                    .iter()
                    .all(|t| t.word && !t.upper && !t.quoted))
            && matches!(toks[from].low.as_str(), "le" | "la" | "les" | "l'")
            && !toks[a..=b].iter().any(|t| lexicon::is_first_name(&t.low))
    });
    // (« The Hollywood Reporter », « The Lancet »: so is an English name with its article.)
    let english_name =
        toks[from].low == "the" && toks[from].upper && to > from && toks[from + 1].upper;
    if article_name.is_some() || english_name {
        let media = toks[from..=to]
            .iter()
            .any(|t| MEDIA_NAME_WORDS.contains(&t.low.as_str()));
        return Speaker {
            name: phrase,
            role: None,
            kind: if media {
                SpeakerKind::Media
            } else {
                SpeakerKind::Organization
            },
        };
    }
    // « Ennahar TV », « Daily Post »: a capitalized name holding a newspaper's or a
    // channel's word is a medium. (« Les Dernières Nouvelles d'Alsace », « Le Courrier des
    // Balkans »: « de » and its forms join its capitalized words.)
    if toks[from].upper
        && to > from
        && toks[from..=to].iter().all(|t| {
            t.upper
                || !t.word
                || is_particle(&t.low)
                || matches!(t.low.as_str(), "d'" | "du" | "des")
        })
        && toks[from..=to]
            .iter()
            .any(|t| MEDIA_NAME_WORDS.contains(&t.low.as_str()))
    {
        return Speaker {
            name: phrase,
            role: None,
            kind: SpeakerKind::Media,
        };
    }
    if place_compound(toks, from, to) {
        return Speaker {
            name: phrase,
            role: None,
            kind: SpeakerKind::Organization,
        };
    }
    // (« Air France-KLM », « Sud-Rail »: a compound of a firm's, a union's or a region's,
    // no person's name.)
    let person = person_run(toks, from, to, people)
        .filter(|&(a, b)| !(a..=b).any(|i| compound_of_no_person(&slice(text, toks, i, i))));
    if let Some((a, b)) = person {
        // « Le gouvernement de Hong Kong », « le parti de Marine Le Pen »: an institution
        // heading the phrase speaks, the name is its complement's.
        let institution_head = toks[from..a]
            .iter()
            .find(|t| !lexicon::DETERMINERS.contains(&t.low.as_str()))
            .is_some_and(|h| !h.upper && lexicon::ORG_WORDS.contains(&h.low.as_str()))
            && toks[from..a]
                .iter()
                .any(|t| matches!(t.low.as_str(), "de" | "du" | "des" | "d'"));
        if institution_head {
            return Speaker {
                name: phrase,
                role: None,
                kind: SpeakerKind::Organization,
            };
        }
        // « l'avocat du caporal Jean Dupont »: the name is the complement's, not the speaker's.
        // (« le départ du président Ali Saleh, qui a accusé »: a head that cannot speak
        // leaves the name the speaker.)
        let head_speaks = toks[from..a]
            .iter()
            .find(|t| !lexicon::DETERMINERS.contains(&t.low.as_str()))
            .is_some_and(|h| can_speak(&h.low));
        let owner_of_complement = role_in_complement_before(toks, from, a) && head_speaks
            // (« le juge chargé du procès de Jean Martin », « la porte-parole de Jean
            // Martin »: a name right after « de » is a complement's.)
            || a > from + 1
                && matches!(toks[a - 1].low.as_str(), "de" | "du" | "des" | "d'")
                && head_speaks
            // (« les forces spéciales sous le commandement de X », « les soldats sous les
            // ordres du général X »: a group under someone's command speaks, not its chief.)
            || toks[from..a]
                .iter()
                .skip(1)
                .any(|t| t.low == "sous" && !t.quoted)
            // (« les avocats de Paul Roy et Jean Girard », « le comité des victimes Paul Roy
            // et Jean Girard »: a name joined by « et » to a person's name in the complement
            // is the complement's too.)
            || head_speaks && name_joined_in_complement(toks, from, a, people)
            // (« le communiqué du cabinet de M. Roy », « une lettre du ministère de Paul
            // Roy »: a document of a body the person heads is the body's, never the
            // person's words as such.)
            || document_of_a_body(toks, from, a);
        if !owner_of_complement {
            // « le président Obama »: the full name the article gave the surname before.
            let name = match people.full_name(&toks[b].low).filter(|full| {
                // (« M. Ella Nguema » after « Gérard Ella Nguema »: the full name given before
                // ends with these words, a first name or not.)
                a == b || ends_with_words(full, toks, a, b)
            }) {
                Some(full) => full.to_string(),
                // « Me Bernard », « Maître Kouassi »: a lone surname keeps a lawyer's title (the
                // press's own way of naming a lawyer).
                None if a == b && a > from && titled_surname(toks, a) => {
                    slice(text, toks, a - 1, b)
                }
                None => slice(text, toks, a, b),
            };
            let role = if a > from {
                // (« le départ du président Ali Saleh »: the role is « président ».)
                let mut r = if head_speaks {
                    from
                } else {
                    (from..a)
                        .rev()
                        .find(|&k| matches!(toks[k].low.as_str(), "de" | "du" | "des" | "d'"))
                        .map_or(from, |k| k + 1)
                };
                while r < a
                    && (matches!(
                        toks[r].low.as_str(),
                        "le" | "la" | "l'" | "les" | "un" | "une"
                    ) || lexicon::TITLES.contains(&toks[r].low.as_str()))
                {
                    r += 1;
                }
                let mut e = a - 1;
                while e > r && toks[e].low == "," {
                    e -= 1;
                }
                (r <= e && toks[e].low != ",").then(|| slice(text, toks, r, e))
            } else if b < to {
                let mut r = b + 1;
                while r < to && toks[r].low == "," {
                    r += 1;
                }
                Some(slice(text, toks, r, to)).filter(|s| !s.is_empty())
            } else {
                None
            };
            return Speaker {
                name,
                role: role.filter(|r| is_role(r)),
                kind: SpeakerKind::Person,
            };
        }
    }
    // « Dündar a déclaré », « selon Tarlo »: a lone capitalized word, with no article, that is
    // no acronym, place or institution is a person's surname more often than a company's.
    if from == to
        && toks[from].upper
        && !toks[from].caps
        && toks[from].word
        && !institution_word(&toks[from].low)
        && !NOT_SURNAMES.contains(&toks[from].low.as_str())
        && !lexicon::is_not_name(&toks[from].low)
        && !toks[from].low.ends_with("ment")
        // (« Moody's », « McDonald's »: an English possessive names a firm.)
        && !toks[from].low.ends_with("'s")
        // (« l'agence Fitchley … Fitchley explique »: introduced as an institution.)
        && people.descriptor_of(&phrase).is_none()
        // (« SUD-Rail », « CFE-Cadres »: a part in capitals is an acronym, no surname's.)
        && !has_acronym_part(&phrase)
        && !compound_of_no_person(&phrase)
    {
        return Speaker {
            name: phrase,
            role: None,
            kind: SpeakerKind::Person,
        };
    }
    // (« deux autres ministres », « l'autre élu », « le même officier »: « autre », « même »
    // stand before the head.)
    let before_head = |t: &Tok| {
        lexicon::DETERMINERS.contains(&t.low.as_str())
            || matches!(t.low.as_str(), "autre" | "autres" | "même" | "mêmes")
    };
    let head_at = (from..=to).find(|&i| !before_head(&toks[i]));
    let head = head_at.map(|i| &toks[i]);
    // « haut », « premier » make a role only before a role noun (« le haut responsable »,
    // not « le Haut commissariat »).
    let qualifier = head.is_some_and(|h| {
        matches!(
            h.low.as_str(),
            "haut" | "haute" | "hauts" | "hautes" | "premier" | "première"
        )
    });
    let qualified_role = head_at.is_some_and(|i| {
        toks.get(i + 1)
            .is_some_and(|n| lexicon::ROLE_NOUNS.contains(&n.low.as_str()))
    });
    // « le technicien espagnol », « le quinquagénaire », « l'Américain »: a definite epithet
    // for a person points back to the one person of the sentence before; without one it
    // stays as written.
    if let Some(h) = head.filter(|_| matches!(det, "le" | "la" | "l'") && words.len() <= 3) {
        let low = h.low.as_str();
        let human = !h.upper
            && !can_speak(low)
            && (lexicon::EXTRA_ROLE_WORDS.contains(&low)
                || EPITHET_ENDINGS.iter().any(|e| low.ends_with(e)))
            // (A demonym, « l'Américain », not a country whose name ends like one, « l'Ukraine ».)
            || h.upper
                && lexicon::PLACES.contains(&low)
                && EPITHET_ENDINGS.iter().any(|e| low.ends_with(e))
                && !low.ends_with("aine");
        let complement = words
            .iter()
            .any(|w| matches!(*w, "de" | "du" | "des" | "d'"));
        if human && !complement && !lexicon::ROLE_NOUNS.contains(&low) {
            if let Some(p) = people.protagonist_before(determiner_gender(&phrase), &phrase) {
                return Speaker::of(p, SpeakerKind::Person);
            }
            // (A first mention, « le réalisateur », stays as written: a person's function.)
            return Speaker {
                name: phrase,
                role: None,
                kind: SpeakerKind::Role,
            };
        }
    }
    // « l'ancien ministre », « le nouveau maire », « le 1er adjoint »: an adjective before a
    // role noun.
    let role_adjective = head.is_some_and(|h| {
        ROLE_ADJECTIVES.contains(&h.low.as_str())
            || matches!(h.low.as_str(), "1er" | "1re" | "1ère")
    });
    // (« le porte parole », the hyphen forgotten; « l'amiral », « le grand argentier ».)
    let unlisted_role = head_at.is_some_and(|i| {
        MORE_ROLE_NOUNS.contains(&toks[i].low.as_str())
            // (« le Président-candidat »; « l'avocate-conseil », a role noun opening it)
            || toks[i].low.contains('-')
                && (toks[i]
                    .low
                    .split('-')
                    .all(|part| lexicon::ROLE_NOUNS.contains(&part) || MORE_ROLE_NOUNS.contains(&part))
                    || compound_opening_on_a_role(&toks[i].low))
            || toks[i].low == "porte" && toks.get(i + 1).is_some_and(|n| n.low == "parole")
            // (« l'écrivain », « le cinéaste »: a trade after the definite article.)
            || matches!(det, "le" | "la" | "l'")
                && lexicon::EXTRA_ROLE_WORDS.contains(&toks[i].low.as_str())
            || matches!(toks[i].low.as_str(), "grand" | "haut")
                && toks
                    .get(i + 1)
                    .is_some_and(|n| MORE_ROLE_NOUNS.contains(&n.low.as_str()))
    });
    // (« l'ex-directrice de l'usine », « l'ex-secrétaire général »: the role past the prefix
    // of a former holder.)
    let head_role = head.map(|h| lexicon::without_former(&h.low));
    let kind = match head_role {
        Some(h)
            if lexicon::ROLE_NOUNS.contains(&h) && (!qualifier || qualified_role)
                || role_adjective && qualified_role
                || unlisted_role =>
        {
            SpeakerKind::Role
        }
        _ => SpeakerKind::Organization,
    };
    // « un viticulteur », « les découvreurs », « certains internautes »: unnamed people,
    // told by the ending of a noun of agent or belonging, no institution.
    let some_people = matches!(
        det,
        "un" | "une" | "des" | "de" | "les" | "certains" | "certaines" | "plusieurs" | "quelques"
    ) || QUANTIFIERS.contains(&det);
    let agents = some_people
        && first_word
            .is_some_and(|w| agent_noun(w) && (det != "un" && det != "une" || !w.ends_with('s')));
    // (« les signataires », « les 7 membres du jury », « un groupe de citoyens »: members of
    // a body or a group of people, unnamed.)
    if kind == SpeakerKind::Organization
        && (agents || unnamed_members(&words))
        && !toks[from..=to].iter().any(|t| {
            t.upper
                && (!lexicon::is_not_name(&t.low) && t.low != words[0]
                    || KIN_PLURALS.contains(&t.low.as_str()))
        })
    {
        return Speaker {
            name: phrase,
            role: None,
            kind: SpeakerKind::Anonymous,
        };
    }
    // « plusieurs candidats de l'opposition », « certains membres du Parti », « la majorité
    // des grévistes »: some people of a group, unnamed.
    let share = matches!(words.as_slice(), ["la" | "une", head, "des" | "de" | "d'", ..] if SHARE_NOUNS.contains(head));
    let quantified = matches!(
        det,
        "certains" | "certaines" | "plusieurs" | "quelques" | "nombre"
    ) || det == "de"
        && words
            .get(1)
            .is_some_and(|w| matches!(*w, "nombreux" | "nombreuses"));
    let group_head = if share {
        words.get(3).copied()
    } else {
        first_word.filter(|_| quantified)
    };
    if kind == SpeakerKind::Organization && group_head.is_some_and(plural_people_noun) {
        return Speaker {
            name: phrase,
            role: None,
            kind: SpeakerKind::Anonymous,
        };
    }
    // « un diplomate basé au Caire », « des responsables américains », « un professeur de
    // technologie », « un médecin de l'hôpital »: an unnamed holder of a function, of an
    // institution or not, is an anonymous source (session-14 convention).
    let indefinite = matches!(
        det,
        "un" | "une" | "des" | "plusieurs" | "certains" | "certaines" | "quelques"
    );
    // (« un représentant du Hamas », « un responsable d'Aqmi »: one unnamed member of an
    // institution is an anonymous source too.)
    let one_of = matches!(det, "un" | "une")
        && words.len() <= 6
        && first_word.is_some_and(|w| UNNAMED_OFFICIALS.contains(&w));
    // (« un porte-parole de la police » speaks for it: a role, as the sets give it.)
    let spokesperson = first_word.is_some_and(|w| w.starts_with("porte-parole"));
    // (« un cadre du parti »: so whatever kind its complement's words suggested.)
    if indefinite && (kind == SpeakerKind::Role && !spokesperson || one_of) {
        return Speaker {
            name: phrase,
            role: None,
            kind: SpeakerKind::Anonymous,
        };
    }
    // « selon les premiers éléments de l'enquête »: news of an inquiry with no one named as
    // its source, an anonymous source (README « Session 19 »).
    if kind == SpeakerKind::Organization && news_of_an_inquiry(&words) {
        return Speaker {
            name: phrase,
            role: None,
            kind: SpeakerKind::Anonymous,
        };
    }
    // « le porte-parole », « la pharmacienne »: the person introduced with that role.
    if kind == SpeakerKind::Role && definite && words.len() <= 8 {
        if let Some(p) = people.by_role(&words[1..], determiner_gender(&phrase), &phrase) {
            return Speaker::of(p, SpeakerKind::Person);
        }
    }
    Speaker {
        name: phrase,
        role: None,
        kind,
    }
}

/// The span `from..=to` without the years or the age in brackets that close it (« l'ancien
/// maire de Lyon (1995-2001) », « le député (2012-2017) », « Paul Martin (58 ans) »): they date
/// the function or tell the age, they are no part of a name, unlike an acronym (« (CGT) »).
fn without_dates_in_brackets(toks: &[Tok], from: usize, to: usize) -> usize {
    if to <= from + 1 || toks[to].low != ")" {
        return to;
    }
    let Some(open) = (from + 1..to).rev().find(|&k| toks[k].low == "(") else {
        return to;
    };
    let numbers_only = open + 1 < to
        && toks[open + 1..to].iter().all(|t| {
            t.low.starts_with(|c: char| c.is_ascii_digit())
                || matches!(t.low.as_str(), "-" | "–" | "à" | "ans" | "an" | "depuis")
        })
        && toks[open + 1..to]
            .iter()
            .any(|t| t.low.starts_with(|c: char| c.is_ascii_digit()));
    if numbers_only {
        open - 1
    } else {
        to
    }
}

/// « Paul ou plutôt son père », « le ministre, ou plus exactement son cabinet »: the first
/// token of the correction a span `from..=to` ends on, after « ou plutôt », « ou mieux »,
/// « ou plus exactement », « ou plus précisément » (and a comma).
fn corrected_from(toks: &[Tok], from: usize, to: usize) -> Option<usize> {
    let low = |k: usize| toks.get(k).map_or("", |t| t.low.as_str());
    let ou = (from + 1..to).find(|&k| low(k) == "ou" && !toks[k].quoted)?;
    let marker_len = match (low(ou + 1), low(ou + 2)) {
        ("plutôt" | "mieux", _) => 1,
        ("plus", "exactement" | "précisément" | "justement") => 2,
        _ => return None,
    };
    let mut first = ou + 1 + marker_len;
    if low(first) == "," {
        first += 1;
    }
    (first <= to && toks[first].word).then_some(first)
}

/// The end of the span `from..=to` without the emphatic pronoun closing it (« le ministère
/// lui-même », « les élus eux-mêmes »): it stresses who speaks, it is no part of the name.
fn without_emphatic_pronoun(toks: &[Tok], from: usize, to: usize) -> usize {
    let emphatic = |t: &Tok| {
        matches!(
            t.low.as_str(),
            "lui-même" | "elle-même" | "eux-mêmes" | "elles-mêmes"
        )
    };
    if to > from && emphatic(&toks[to]) {
        to - 1
    } else {
        to
    }
}

/// Whether the name `full` ends with the words `toks[a..=b]` and holds more words (a first
/// name) before them.
fn ends_with_words(full: &str, toks: &[Tok], a: usize, b: usize) -> bool {
    let tail: Vec<&str> = toks[a..=b].iter().map(|t| t.low.as_str()).collect();
    let full = full.to_lowercase();
    let words: Vec<&str> = full.split(' ').collect();
    words.len() > tail.len() && words[words.len() - tail.len()..] == tail[..]
}

/// Lone capitalized words that speak for an institution, not a person: capitals and seats
/// of power (« Alger dément », « Bercy assure »), and companies known by one word.
const NOT_SURNAMES: &[&str] = &[
    "alger",
    "rabat",
    "tunis",
    "tripoli",
    "caire",
    "dakar",
    "bamako",
    "niamey",
    "abidjan",
    "ouagadougou",
    "kinshasa",
    "kigali",
    "nairobi",
    "addis-abeba",
    "pretoria",
    "madrid",
    "lisbonne",
    "vienne",
    "berne",
    "genève",
    "ottawa",
    "québec",
    "canberra",
    "séoul",
    "pyongyang",
    "damas",
    "beyrouth",
    "bagdad",
    "riyad",
    "doha",
    "jérusalem",
    "tel-aviv",
    "kaboul",
    "islamabad",
    "delhi",
    "new-delhi",
    "brasilia",
    "bogota",
    "caracas",
    "havane",
    "mexico",
    "minsk",
    "tbilissi",
    "erevan",
    "bakou",
    "athènes",
    "budapest",
    "prague",
    "stockholm",
    "oslo",
    "copenhague",
    "helsinki",
    "dublin",
    "amsterdam",
    "strasbourg",
    "matignon",
    "bercy",
    "beauvau",
    "downing",
    "westminster",
    "vatican",
    "bruxelles",
    "microsoft",
    "google",
    "apple",
    "amazon",
    "facebook",
    "meta",
    "twitter",
    "samsung",
    "sony",
    "toyota",
    "renault",
    "peugeot",
    "stellantis",
    "airbus",
    "boeing",
    "gazprom",
    "nvidia",
    "intel",
    "netflix",
    "uber",
    "tesla",
    "orange",
    "danone",
    "michelin",
    "sanofi",
    "total",
    "totalenergies",
    "nestlé",
    "volkswagen",
    "siemens",
    "huawei",
    "alibaba",
    "tiktok",
    "openai",
    "frontex",
    "europol",
    "interpol",
    "unicef",
    "unesco",
    "wikileaks",
    "hezbollah",
    "hamas",
];

/// Whether a subject is an indefinite pronoun standing for some of a group (« certains »,
/// « plusieurs », « d'autres », « la plupart », « beaucoup », « quelques-uns », « tous »),
/// alone or with « d'entre eux » (« certains d'entre eux », « l'un d'eux »).
fn indefinite_group(words: &[&str]) -> bool {
    let (head, rest) = match words {
        ["d'" | "les", "autres", rest @ ..] => ("autres", rest),
        // (« Pour les uns, … pour les autres »: some, against others.)
        ["les", "uns" | "unes", rest @ ..] => ("uns", rest),
        ["la", "plupart", rest @ ..] => ("plupart", rest),
        ["l'", "un" | "une", rest @ ..] => ("un", rest),
        // (« une autre », « l'autre »: one more of those named before.)
        ["un" | "une" | "l'", "autre", rest @ ..] => ("autre", rest),
        [head, rest @ ..] => (*head, rest),
        [] => return false,
    };
    let pronoun = matches!(
        head,
        "certains"
            | "certaines"
            | "plusieurs"
            | "autres"
            | "autre"
            | "plupart"
            | "beaucoup"
            | "quelques-uns"
            | "quelques-unes"
            | "tous"
            | "toutes"
            | "un"
            | "uns"
    );
    let of_them = matches!(
        rest,
        [] | ["d'" | "de", "entre", "eux" | "elles"] | ["d'" | "de", "eux" | "elles"]
    );
    pronoun && of_them && (head != "un" || !rest.is_empty())
}

/// Words between a determiner and its noun that count people (« de nombreux », « d'autres »).
const QUANTIFIERS: &[&str] = &[
    "de",
    "d'",
    // (« beaucoup d'agriculteurs »: people, however many.)
    "beaucoup",
    "nombreux",
    "nombreuses",
    "autres",
    "divers",
    "diverses",
    "différents",
    "différentes",
];

/// Whether a noun phrase's words (lowercase) name members of a body or a group of people,
/// no one in particular: its head, past determiners and numbers, is a plural noun of members
/// (« les signataires », « les 7 membres du jury », « des adhérents »), or a noun of a group
/// with people as its complement (« un groupe de citoyens », « une poignée de militants »).
fn unnamed_members(words: &[&str]) -> bool {
    let counted = |w: &&str| {
        lexicon::DETERMINERS.contains(w)
            || QUANTIFIERS.contains(w)
            || lexicon::CARDINALS.contains(w)
            || w.chars().all(|c| c.is_ascii_digit())
    };
    let Some(at) = words.iter().position(|w| !counted(w)) else {
        return false;
    };
    match &words[at..] {
        [head, ..] if MEMBER_NOUNS.contains(head) || KIN_PLURALS.contains(head) => true,
        ["groupe" | "poignée" | "foule", "de" | "d'", member, ..] => plural_people_noun(member),
        _ => false,
    }
}

/// Whether a hyphenated word holds a part of two capitals or more (« SUD-Rail », « CFE-Cadres »):
/// an acronym, the name of a body.
fn has_acronym_part(word: &str) -> bool {
    word.contains('-')
        && word
            .split('-')
            .any(|part| part.chars().count() >= 2 && part.chars().all(|c| c.is_uppercase()))
}

/// Whether a hyphenated word names a firm, a union or a region, never a person: a part in
/// capitals beside one in lower case (« France-KLM », « SUD-Rail », « CFE-Cadres »; not a
/// name typed in capitals, « JEAN-PIERRE »), or a compass point opening it (« Sud-Rail »,
/// « Nord-Pas-de-Calais », « Est-Ensemble »).
fn compound_of_no_person(word: &str) -> bool {
    let mixed = has_acronym_part(word) && word.chars().any(char::is_lowercase);
    let first = word.split('-').next().unwrap_or("");
    let compass = word.contains('-')
        && ["nord", "sud", "est", "ouest"]
            .iter()
            .any(|point| first.eq_ignore_ascii_case(point));
    mixed || compass
}

/// Whether a lowercase noun reads as a person's, by its ending (« viticulteur »,
/// « internautes », « manifestante », « Wikipédiens »), leaving out the -eur nouns of firms
/// and machines (« constructeur », « assureur », « secteur »).
pub(super) fn agent_noun(word: &str) -> bool {
    let singular = word.strip_suffix('s').unwrap_or(word);
    const ENDINGS: &[&str] = &[
        "eur", "euse", "trice", "iste", "ien", "ienne", "ier", "ière", "ant", "ante", "naute",
        "logue", "ais", "aise",
    ];
    const NOT_PEOPLE: &[&str] = &[
        "constructeur",
        "assureur",
        "opérateur",
        "régulateur",
        "fournisseur",
        "distributeur",
        "secteur",
        "moteur",
        "facteur",
        "réacteur",
        "ordinateur",
        "transporteur",
        "diffuseur",
        "équipementier",
        "quotidien",
        "hebdomadaire",
        "restaurant",
        "géant",
        "gouvernement",
        "document",
        "communiqué",
        "rapport",
        "calendrier",
        "dossier",
        "fichier",
        "courrier",
        "chantier",
        "quartier",
        "clavier",
        "papier",
        "dernier",
        "premier",
        "entier",
        "montant",
        "volant",
        "auteur",
        "pompier",
    ];
    word.chars().count() > 4
        && !NOT_PEOPLE.contains(&singular)
        && !lexicon::ORG_WORDS.contains(&singular)
        && ENDINGS.iter().any(|e| singular.ends_with(e))
}

/// Plural nouns of the people a group is made of, that no ending tells (« membres »,
/// « candidats », « élus »).
/// Whether `w` is a plural noun of people: members of a body (« membres », « salariés »),
/// people (« habitants »), one who does something (« manifestants »).
fn plural_people_noun(w: &str) -> bool {
    (w.ends_with('s') || w.ends_with('x'))
        && (MEMBER_NOUNS.contains(&w)
            || agent_noun(w)
            || lexicon::PEOPLE_NOUNS.contains(&w)
            || MORE_PEOPLE_NOUNS.contains(&w))
}

const MEMBER_NOUNS: &[&str] = &[
    "membres",
    "signataires",
    "candidats",
    "candidates",
    "élus",
    "élues",
    "adhérents",
    "adhérentes",
    "délégués",
    "déléguées",
    "proches",
    "parents",
    "fidèles",
    "salariés",
    "salariées",
    "employés",
    "employées",
    "agents",
    "soldats",
    "détenus",
    "victimes",
    "familles",
    "riverains",
    "locataires",
    "jeunes",
    "élèves",
    "patients",
    "usagers",
    "supporters",
    "ressortissants",
    "réfugiés",
    "migrants",
    "médecins",
    "enseignants",
    "observateurs",
    "experts",
    "analystes",
    "dirigeants",
    "cadres",
];

/// Kin in the plural (« les deux frères », « les trois cousins de la victime »): relatives,
/// no body; capitalized, the name of one (« les Frères musulmans »).
const KIN_PLURALS: &[&str] = &[
    "frères", "sœurs", "soeurs", "filles", "cousins", "cousines", "oncles", "tantes", "neveux",
    "nièces", "époux",
];

/// Nouns of time that, with their article, open a sentence as an adjunct (« La semaine
/// dernière, », « Le lendemain, »).
/// « Quelques jours plus tard », « Deux semaines avant le scrutin », « 48 heures après »: a
/// number or a determiner, a unit of time (either number), then a comma, « plus », « avant »,
/// « après », « auparavant » or « durant » — an adjunct, never the subject.
fn fronted_time_span(toks: &[Tok], start: usize) -> bool {
    let (Some(t), Some(n), Some(after)) =
        (toks.get(start), toks.get(start + 1), toks.get(start + 2))
    else {
        return false;
    };
    let counted = lexicon::DETERMINERS.contains(&t.low.as_str())
        || !t.low.is_empty() && t.low.chars().all(|c| c.is_ascii_digit());
    let unit = n.low.strip_suffix('s').unwrap_or(&n.low);
    let time_unit = TIME_NOUNS.contains(&unit)
        || TIME_NOUNS.contains(&n.low.as_str())
        || matches!(unit, "heure" | "minute" | "décennie" | "siècle");
    counted
        && time_unit
        && matches!(
            after.low.as_str(),
            "," | "plus" | "avant" | "après" | "auparavant" | "durant"
        )
}

pub(super) const TIME_NOUNS: &[&str] = &[
    "semaine",
    "année",
    "mois",
    "veille",
    "lendemain",
    "nuit",
    "journée",
    "matinée",
    "soirée",
    "week-end",
    "jour",
    "an",
];

/// Officials who, unnamed, are an anonymous source even of a named institution (« un
/// responsable d'Aqmi »), unlike its spokesman (« un porte-parole du ministère »).
pub(super) const UNNAMED_OFFICIALS: &[&str] = &[
    "responsable",
    "représentant",
    "représentante",
    "membre",
    "cadre",
    "officiel",
    "dirigeant",
    "dirigeante",
];

/// Functions the lexicon's role nouns miss (ranks, a finance minister's nickname).
const MORE_ROLE_NOUNS: &[&str] = &[
    "amiral",
    "maréchal",
    "surintendant",
    "cema",
    "coach",
    "argentier",
    "porte-paroles",
    "candidat",
    "candidate",
    "joueur",
    "joueuse",
    "locataire",
];

/// Experts and analysts: unnamed, they are anonymous people giving a view, not hidden
/// sources.
pub(super) const EXPERT_NOUNS: &[&str] = &[
    "prévisionniste",
    "prévisionnistes",
    "météorologue",
    "météorologues",
    "analyste",
    "analystes",
    "expert",
    "experts",
    "observateur",
    "observateurs",
    "spécialiste",
    "spécialistes",
    "chercheur",
    "chercheurs",
    "scientifique",
    "scientifiques",
    "économiste",
    "économistes",
    "politologue",
    "politologues",
    "médecins",
];

/// Unnamed people who speak, besides the lexicon's (« des agents de voyage », « des
/// passagers »): anonymous people, not organizations.
const MORE_PEOPLE_NOUNS: &[&str] = &[
    "agent",
    "agents",
    "passager",
    "passagère",
    "passagers",
    "fidèles",
    "étudiant",
    "étudiante",
    "étudiants",
    "élève",
    "élèves",
    "militant",
    "militante",
    "militants",
    "touriste",
    "touristes",
    "client",
    "cliente",
    "clients",
    "ouvrier",
    "ouvrière",
    "ouvriers",
    "commerçant",
    "commerçante",
    "commerçants",
    "agriculteur",
    "agriculteurs",
    "pêcheur",
    "pêcheurs",
    "chauffeur",
    "chauffeurs",
    "électeur",
    "électrice",
    "électeurs",
    "supporter",
    "supporters",
    "jeune",
    "jeunes",
    "participant",
    "participants",
    "soignant",
    "soignante",
    "soignants",
    "patient",
    "patiente",
    "patients",
    "usager",
    "usagers",
    "automobiliste",
    "automobilistes",
    "personne",
    "personnes",
    "mère",
    "père",
    "parent",
    "fils",
    "fille",
    "frère",
    "sœur",
    "veuve",
    "ami",
    "amie",
    "amis",
    "collègue",
    "collègues",
    "spectateur",
    "spectateurs",
    "badaud",
    "badauds",
    "citoyen",
    "citoyenne",
    "citoyens",
    "sinistré",
    "sinistrés",
    "blessé",
    "blessés",
    "otage",
    "otages",
    "détenu",
    "détenus",
    "prisonnier",
    "prisonniers",
    "migrant",
    "migrants",
    "déplacé",
    "déplacés",
];

/// Whether a noun phrase names a thing, which speaks no quotation: a determiner, then
/// (past an adjective such as « nouveau ») a lowercase head no speaker rule knows as someone
/// or a body (« Un procès « sans précédent » », « Le nouveau budget « … » », not « Le
/// ministre », « La police », « Le sélectionneur »).
fn names_a_thing(phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let Some((det, rest)) = words.split_first() else {
        return false;
    };
    let det = det.to_lowercase();
    let head = rest
        .iter()
        .find(|w| !ROLE_ADJECTIVES.contains(&w.to_lowercase().as_str()));
    let Some(head) = head.filter(|h| h.chars().next().is_some_and(char::is_lowercase)) else {
        return false;
    };
    let singular = head.trim_end_matches('s');
    lexicon::DETERMINERS.contains(&det.as_str())
        && !can_speak(head)
        && !can_speak(singular)
        && !institution_word(head)
        && !EPITHET_ENDINGS.iter().any(|e| singular.ends_with(e))
}

/// Whether a head noun names someone or something that can speak (a role, people, an
/// institution, a medium, a source), unlike « le départ », « la visite ».
pub(super) fn can_speak(head: &str) -> bool {
    static SPEAKING: lexicon::WordSet = lexicon::WordSet::new();
    SPEAKING
        .get_or_init(|| {
            someone_words()
                .chain(lexicon::SOURCE_NOUNS.iter())
                .chain(lexicon::MEDIA_NOUNS.iter())
                .chain(lexicon::ANONYMOUS_MARKERS.iter())
                .copied()
                .collect()
        })
        .contains(head)
        || is_descriptor(head)
}

/// Whether `low` is a compound that opens on a role noun and names that role (« avocate-conseil »,
/// « ministre-président »): not an office (« haut-commissariat ») nor a place or a work
/// (« chef-lieu », « chef-d'œuvre »).
pub(super) fn compound_opening_on_a_role(low: &str) -> bool {
    !lexicon::ORG_WORDS.contains(&low)
        && low
            .split_once('-')
            .is_some_and(|(first, _)| first != "chef" && lexicon::ROLE_NOUNS.contains(&first))
}

/// Whether a head noun names a person or an institution (a role, people, an organization, a
/// descriptor): what `can_speak` and `body_or_person` share.
pub(super) fn names_someone(head: &str) -> bool {
    static SOMEONE: lexicon::WordSet = lexicon::WordSet::new();
    SOMEONE
        .get_or_init(|| someone_words().copied().collect())
        .contains(head)
        || is_descriptor(head)
}

/// The lists of nouns naming a person or an institution that [`names_someone`] looks up (a
/// set built once: the hot loops ask for every token).
fn someone_words() -> impl Iterator<Item = &'static &'static str> {
    lexicon::ROLE_NOUNS
        .iter()
        .chain(lexicon::PEOPLE_NOUNS.iter())
        .chain(MORE_PEOPLE_NOUNS.iter())
        .chain(lexicon::ORG_WORDS.iter())
        .chain(lexicon::BODIES_AND_FIRMS.iter())
        .chain(lexicon::EXTRA_ROLE_WORDS.iter())
}

/// Endings of nouns naming a person (« technicien », « quinquagénaire », « footballeur »).
const EPITHET_ENDINGS: &[&str] = &[
    "eur", "euse", "ien", "ienne", "iste", "ier", "ière", "aire", "ais", "aise", "ois", "oise",
    "ain", "aine",
];

/// Adjectives that may stand before a role noun (« l'ancien ministre »).
pub(super) const ROLE_ADJECTIVES: &[&str] = &[
    "ancien",
    "ancienne",
    "ex",
    "nouveau",
    "nouvelle",
    "futur",
    "future",
    "actuel",
    "actuelle",
    "jeune",
    "principal",
    "principale",
];

/// Words of organizations' names that no person's name holds (« Human Rights Watch »,
/// « Amnesty International »).
const ORG_NAME_WORDS: &[&str] = &[
    "ville",
    "commune",
    "région",
    "province",
    "canton",
    "comté",
    "international",
    "internationale",
    "watch",
    "group",
    "groupe",
    "foundation",
    "fondation",
    "institute",
    "institut",
    "association",
    "corporation",
    "company",
    "bank",
    "airlines",
    "motors",
    "holding",
    "partners",
    "capital",
    "energy",
    "energies",
    "industries",
    "technologies",
    "systems",
    "services",
    "frontières",
    "nations",
    "croix-rouge",
    "crescent",
    "council",
    "agency",
    "office",
    "club",
    "football",
    "united",
    "city",
    "fc",
    "sa",
    "sas",
    "inc",
    "ltd",
    "tv",
];

/// A word only organizations' names hold (« Watch », « International », « Fondation »).
pub(super) fn is_org_name_word(low: &str) -> bool {
    ORG_NAME_WORDS.contains(&low)
        && !matches!(
            low,
            "ville" | "commune" | "région" | "province" | "canton" | "comté"
        )
}

/// Words of newspaper titles (« le China Daily », « le Jakarta Post »).
pub(super) const MEDIA_NAME_WORDS: &[&str] = &[
    "daily",
    "times",
    "post",
    "journal",
    "news",
    "tribune",
    "herald",
    "gazette",
    "telegraph",
    "observer",
    "independent",
    "express",
    "today",
    "courrier",
    "presse",
    "dépêche",
    "matin",
    "soir",
    "tv",
    "reporter",
    "review",
    "magazine",
    "mail",
    "guardian",
    "monitor",
    "chronicle",
    "radio",
    "channel",
    "press",
    // (« Noovo Info », « Abidjan Info », « Télé Sud »)
    "info",
    "télé",
    // (« Les Dernières Nouvelles d'Alsace », « Les Nouvelles de Tahiti »)
    "nouvelles",
];

/// Whether the words before `toks[at]` are only the preposition of an attribution opening the
/// sentence (« Selon lui, … », « D'après elle, … », « Pour eux, … »), maybe after a
/// connective or an adverb (« Toujours selon lui », « Mais selon lui », rv2 B5).
fn only_attribution_before(toks: &[Tok], at: usize) -> bool {
    let mut words = toks[..at]
        .iter()
        .filter(|t| t.word)
        .map(|t| t.low.as_str())
        .skip_while(|w| matches!(*w, "mais" | "et" | "or" | "toujours" | "enfin" | "donc"));
    matches!(
        (words.next(), words.next(), words.next()),
        (Some("selon" | "pour" | "d'après"), None, _) | (Some("d'"), Some("après"), None)
    )
}

/// Which of the two people named in the sentence before « le premier », « la seconde »
/// stand for (0 or 1), with their gender.
fn ordinal_pointer(words: &[&str]) -> Option<(usize, Gender)> {
    match words {
        ["le", "premier"] => Some((0, Gender::Male)),
        ["la", "première"] => Some((0, Gender::Female)),
        ["le", "second" | "deuxième"] => Some((1, Gender::Male)),
        ["la", "seconde" | "deuxième"] => Some((1, Gender::Female)),
        _ => None,
    }
}

/// « La députée X a reproché … à l'ancienne ministre. Cette dernière a renchéri »: a pointer
/// opening its sentence stands for the last entity of its gender the sentence before named,
/// in word order (see [`super::last_named`]).
fn named_last_before(
    text: &str,
    toks: &[Tok],
    (from, to): (usize, usize),
    gender: Gender,
    people: &People,
) -> Option<Speaker> {
    let opens = toks[..from].iter().all(|t| !t.word);
    let before = &people.last_named;
    if !opens || before.sentence + 1 != people.sentence {
        return None;
    }
    match before.of(gender)? {
        Last::Named(last) => {
            people.note(
                super::path::Link::BackPointer,
                &last.name,
                &slice(text, toks, from, to),
            );
            Some(last.clone())
        }
        Last::Unclear => Some(Speaker::unresolved(slice(text, toks, from, to))),
    }
}

/// The gender « ce dernier », « cette dernière », « l'intéressé(e) », « celui-ci »,
/// « celle-ci » point back with.
pub(super) fn back_pointer(words: &[&str]) -> Option<Gender> {
    match words {
        ["ce", "dernier"] | ["l'", "intéressé"] | ["celui-ci"] => Some(Gender::Male),
        ["cette", "dernière"] | ["l'", "intéressée"] | ["celle-ci"] => Some(Gender::Female),
        _ => None,
    }
}

/// The « et » joining two speakers in `toks[from..=to]` (« M. Paul Martin et M. Marc
/// Petit », « Le maire et le préfet »): outside quotes, a name or a determiner after it, and
/// no complement before it (« le ministère de l'Intérieur et des Outre-mer » is one).
fn conjoined_at(toks: &[Tok], from: usize, to: usize) -> Option<usize> {
    let et = (from + 1..to).find(|&k| toks[k].low == "et" && !toks[k].quoted)?;
    let right = &toks[et + 1];
    // (« Paul Martin et ses avocats », « et des proches »: a second speaker too.)
    let opens_np = right.upper
        || matches!(
            right.low.as_str(),
            "le" | "la" | "l'" | "les" | "un" | "une"
        )
        || lexicon::TITLES.contains(&right.low.as_str())
        || SECOND_SPEAKER_DETERMINERS.contains(&right.low.as_str())
            && toks.get(et + 2).is_some_and(|t| t.word && et + 2 <= to);
    let complement_before = toks[from..et]
        .iter()
        .any(|t| matches!(t.low.as_str(), "de" | "du" | "des" | "d'" | ","));
    (opens_np && !complement_before && toks[from].word).then_some(et)
}

/// Whether the phrase `from..name` opens on a document (« le communiqué », « une lettre ») whose
/// complement names a body (« du cabinet », « du ministère ») before the name: the name is
/// the body's head, the document the body's.
fn document_of_a_body(toks: &[Tok], from: usize, name: usize) -> bool {
    let Some(head) = (from..name).find(|&k| !lexicon::DETERMINERS.contains(&toks[k].low.as_str()))
    else {
        return false;
    };
    DOCUMENTS.contains(&toks[head].low.as_str())
        && (head + 1..name).any(|k| {
            matches!(toks[k].low.as_str(), "de" | "du" | "des" | "d'")
                && (k + 1..name)
                    .any(|j| !toks[j].upper && lexicon::ORG_WORDS.contains(&toks[j].low.as_str()))
        })
}

/// Whether the name at `a` follows « et » and a person's name that stands in a complement
/// of the phrase opened at `from` (« les avocats de Paul Roy et Jean Girard », « le comité
/// de défense des victimes Paul Roy et Jean Girard »): the two names are the complement's,
/// joined, not a second subject. (« Le maire de Lyon et Jean Girard »: a place before « et »
/// is no person's name; that « et » joins two speakers.)
fn name_joined_in_complement(toks: &[Tok], from: usize, a: usize, people: &People) -> bool {
    if a < from + 3 || toks[a - 1].low != "et" || !toks[a - 2].upper {
        return false;
    }
    let Some((first, last)) = person_run(toks, from, a - 2, people) else {
        return false;
    };
    last == a - 2
        && toks[from + 1..first]
            .iter()
            .any(|t| matches!(t.low.as_str(), "de" | "du" | "des" | "d'" | "à" | "aux"))
}

/// Whether a phrase can fill the role column: it names a function (« porte-parole du
/// Hamas »), not a title, a date or a bare complement (« du caporal »).
pub(super) fn is_role(role: &str) -> bool {
    let low = role.to_lowercase().replace('’', "'");
    let words: Vec<&str> = low.split_whitespace().collect();
    let Some(first) = words.first() else {
        return false;
    };
    if lexicon::TITLES.contains(first)
        || matches!(*first, "de" | "du" | "des" | "d'" | "à" | "au")
        || first.starts_with("d'")
        || words.iter().enumerate().any(|(k, w)| {
            // (A number is no role's, but a district's: « le conseiller du district 7 ».)
            let numbered_area = k > 0
                && matches!(
                    words[k - 1],
                    "district" | "arrondissement" | "circonscription" | "secteur" | "quartier"
                );
            lexicon::TIME_WORDS.contains(w)
                || w.chars().next().is_some_and(|c| c.is_ascii_digit()) && !numbered_area
        })
    {
        return false;
    }
    words.iter().take(4).any(|w| {
        // (« l'ambassadeur », « l'élue »: the elided article is glued to the noun.)
        let w = &w.strip_prefix("l'").unwrap_or(w);
        lexicon::ROLE_NOUNS.contains(w)
            || w.split('-').any(|part| lexicon::ROLE_NOUNS.contains(&part))
            || lexicon::EXTRA_ROLE_WORDS.contains(w)
    })
}

/// Where a first name starts a person's name inside the capitalized run `toks[a..=b]`, past
/// the words of a function or an institution before it (« le ministre de l'Intérieur Gérald
/// Darmanin »); none when the run opens on a first name or a name known whole.
fn first_name_in(toks: &[Tok], a: usize, b: usize) -> Option<usize> {
    (a + 1..b)
        .find(|&k| lexicon::is_first_name(&toks[k].low))
        .filter(|_| !lexicon::is_first_name(&toks[a].low) && !whole_name_at(toks, a))
}

/// A person's name inside `toks[from..=to]`: the last run of capitalized words that is not an
/// institution, a place or a title, at least two words long (or one word known as a surname).
pub(super) fn person_run(
    toks: &[Tok],
    from: usize,
    to: usize,
    people: &People,
) -> Option<(usize, usize)> {
    let runs = capitalized_runs(toks, from, to);
    // « le directeur d'EFI Michel Balandier »: an acronym before the name is not part of it.
    let runs = runs.into_iter().map(|(a, b)| {
        // « Mr Saputo »: an English title is no part of the name; « l'Américain John
        // Kerry »: nor is a nationality.
        let english_title = b > a && ENGLISH_TITLES.contains(&toks[a].low.as_str());
        // (Not a medium's name opening on a country: « France Bleu Roussillon ».)
        // (« le CHU de Lyon »: an acronym before « de » and a place is an institution's
        // name, no nationality before a person's.)
        let nationality = b > a + 1
            && toks[a + 1].upper
            && (toks[a].caps && !initials(&toks[a].low)
                || lexicon::PLACES.contains(&toks[a].low.as_str()))
            && !lexicon::is_first_name(&toks[a].low)
            && media_at(toks, a, b + 1).is_none();
        if english_title || nationality {
            // (« de la chaîne TVA Sports Renaud Lavoie »: past the acronym, the rest of a
            // medium's name, up to a first name.)
            (first_name_in(toks, a + 1, b).unwrap_or(a + 1), b)
        } else if let Some(k) = first_name_in(toks, a, b) {
            // « le ministre de l'Intérieur Gérald Darmanin »: the name starts at its first
            // name.
            (k, b)
        } else if let Some(k) = (a + 1..b)
            .find(|&k| !institution_word(&toks[k].low))
            .filter(|&k| {
                institution_word(&toks[a].low)
                    && !whole_name_at(toks, a)
                    && toks[k..=b]
                        .iter()
                        .all(|t| t.upper && !institution_word(&t.low))
            })
        {
            // « le président de l'Assemblée Claude Bartolone »: the institution's name before
            // the person's.
            (k, b)
        } else if b > a + 1
            && !toks[a].caps
            && !lexicon::is_first_name(&toks[a].low)
            && (lexicon::ROLE_NOUNS.contains(&toks[a].low.as_str())
                || MORE_ROLE_NOUNS.contains(&toks[a].low.as_str()))
        {
            // « l'Inspecteur Garry Desrosiers », « le Commissaire Paul Martin »: a function
            // written with a capital is no part of the name after it.
            (a + 1, b)
        } else if (a + 2..=a + 3).contains(&b)
            && toks[a..=b]
                .iter()
                .all(|t| t.upper && !institution_word(&t.low))
            && complement_before(toks, a)
        {
            // « le ministre de l'Intérieur Jan Jambon »: a first name not known, the last two
            // words are the name, what comes before them the ministry's.
            // (« de l'Information Rémis Fulgance Kaboré », « de la Santé Khalid Ait Taleb »:
            // four words, none an institution's, are a field of one word before a name of
            // three, a middle name or a particle opening the surname.)
            if b == a + 3 {
                (b - 2, b)
            } else {
                (b - 1, b)
            }
        } else {
            (a, b)
        }
    });
    let runs: Vec<(usize, usize)> = runs.collect();
    runs.into_iter().rev().find(|&(a, b)| {
        let words: Vec<&str> = toks[a..=b].iter().map(|t| t.low.as_str()).collect();
        let titled = a > 0
            && (lexicon::TITLES.contains(&toks[a - 1].low.as_str())
                || ENGLISH_TITLES.contains(&toks[a - 1].low.as_str()));
        // « le candidat des Frères musulmans »: a name after « des » is a group's.
        if a > 0 && toks[a - 1].low == "des" && !titled {
            return false;
        }
        // « Les Dernières Nouvelles d'Alsace », « La Gazette de Lyon »: capitalized words after
        // a capitalized article and before « de » or « d' » and a capital are a title's.
        if a > 0
            && toks[a - 1].upper
            && matches!(toks[a - 1].low.as_str(), "le" | "la" | "les")
            && toks
                .get(b + 1)
                .is_some_and(|t| matches!(t.low.as_str(), "de" | "d'"))
            && toks
                .get(b + 2)
                .is_some_and(|t| t.word && t.upper && !t.quoted)
        {
            return false;
        }
        // « chez Elf Thomson CSF »: a run holding an acronym is a firm's name, unless a first
        // name opens it (« Emmanuel MACRON »).
        let acronym_inside = b > a
            && toks[a..=b]
                .iter()
                .any(|t| t.caps && t.low.chars().count() >= 2 && !initials(&t.low))
            && !lexicon::is_first_name(words[0]);
        if acronym_inside && !titled {
            return false;
        }
        // « le proviseur du lycée Victor Hugo », « la directrice de l'école Jules Ferry »: a
        // name of someone places are named after, right after a place's noun (no comma), is
        // the place's name (« le directeur de l'hôpital Jérôme Martin » names the director).
        if names_the_place_before(toks, a, &words) {
            return false;
        }
        // « a expliqué Véronique »: a lone first name is a person.
        let first_name_alone =
            a == b && a == from && to == from && lexicon::is_first_name(words[0]);
        // « le capitaine Marquinhos », « le ministre Darmanin »: one word after a rank.
        let after_role = a == b
            && a > from
            && !toks[a].caps
            && !toks[a - 1].upper
            && lexicon::ROLE_NOUNS.contains(&toks[a - 1].low.as_str())
            // (« le roi Théodoric »: a monarch's title is part of the name.)
            && !matches!(toks[a - 1].low.as_str(), "roi" | "reine" | "pape")
            && !lexicon::ORG_WORDS.contains(&words[0])
            && !lexicon::PLACES.contains(&words[0])
            && !lexicon::MEDIA_NAMES.contains(&words[0]);
        looks_like_person(&words)
            || titled
            || first_name_alone
            || after_role
            || (a == b && people.by_surname(words[0]).is_some())
    })
}

/// Whether the capitalized run at `a` (its lowercase `words`) names the place whose noun
/// stands right before it, lowercase (« du lycée Victor Hugo », « de l'école Jules-Ferry »,
/// « du centre hospitalier Louis Pasteur »): a name of someone places are named after
/// ([`lexicon::NAMESAKES`]) with no comma between.
pub(super) fn names_the_place_before(toks: &[Tok], a: usize, words: &[&str]) -> bool {
    let place_noun = |k: usize| {
        let t = &toks[k];
        t.word && !t.upper && super::coreference::NAMED_AFTER_SOMEONE.contains(&t.low.as_str())
    };
    // (One lowercase adjective may follow the noun: « le centre hospitalier ».)
    let after_place = a >= 1 && place_noun(a - 1)
        || a >= 2 && place_noun(a - 2) && toks[a - 1].word && !toks[a - 1].upper;
    after_place && lexicon::is_namesake(words)
}

/// Whether a word is a person's initials (« p.k. », « j.-c. », « a.j. »): single letters,
/// each followed by a full stop, not an acronym.
fn initials(low: &str) -> bool {
    let parts: Vec<&str> = low.split('.').collect();
    parts.len() >= 3
        && parts.last() == Some(&"")
        && parts[..parts.len() - 1]
            .iter()
            .all(|p| p.trim_start_matches('-').chars().count() == 1)
}

/// Whether the capitalized run at `a` is a name from its first word, though that word is
/// no first name the lexicon knows: it stands after a comma or a lowercase word that opens no
/// complement (« , Lucien Marie Martin, », « a insisté Lucien Marie Martin », « le
/// journaliste Lucien Marie Martin »), not after « de », an article or a preposition, where
/// it ends an institution's name (« de l'Intérieur Gérald Darmanin »).
fn whole_name_at(toks: &[Tok], a: usize) -> bool {
    let Some(before) = a.checked_sub(1).map(|k| &toks[k]) else {
        return false;
    };
    let first = toks[a].low.as_str();
    let opens_complement = |low: &str| {
        lexicon::DETERMINERS.contains(&low)
            || lexicon::PREPOSITIONS.contains(&low)
            || matches!(low, "de" | "d'" | "du" | "des" | "selon")
    };
    (before.low == "," || before.word && !before.upper && !opens_complement(&before.low))
        && !before.quoted
        && !toks[a].caps
        && !listed_institution_word(first)
        && !lexicon::is_not_name(first)
}

/// A word of an institution's or a place's name (« Banque », « Européenne »), never of a
/// person's.
pub(super) fn institution_word(low: &str) -> bool {
    lexicon::ORG_WORDS.contains(&low)
        || ORG_NAME_WORDS.contains(&low)
        || lexicon::PLACES.contains(&low)
        || lexicon::MEDIA_NAMES.contains(&low)
        || ["al", "ale", "aux", "ique", "ienne", "éenne", "aise", "ais"]
            .iter()
            .any(|e| low.ends_with(e) && low.len() > 5)
        || institution_adjective(low)
}

/// Whether `low` ends like an adjective of « -iel » or « -nnel » that names an institution's
/// field (« Présidentiel », « Ministériel », « Industriel », « Constitutionnel »,
/// « Professionnelle », « Personnel »): no first name ends so (« Daniel », « Muriel »,
/// « Gabriel » end in « -iel » after another letter, « Lionnel » in « -ionnel » after a vowel).
fn institution_adjective(low: &str) -> bool {
    let singular = low.strip_suffix('s').unwrap_or(low);
    let masculine = singular.strip_suffix("le").unwrap_or(singular);
    ["tiel", "ériel", "striel", "tionnel", "sionnel", "sonnel"]
        .iter()
        .any(|e| masculine.ends_with(e))
}

/// A word the lexicon lists as an institution's, a place's or a medium's (not told by its
/// ending alone: « Gervais » ends like « Sénégalais » and is a first name).
fn listed_institution_word(low: &str) -> bool {
    lexicon::ORG_WORDS.contains(&low)
        || ORG_NAME_WORDS.contains(&low)
        || lexicon::PLACES.contains(&low)
        || lexicon::MEDIA_NAMES.contains(&low)
}

/// Whether the capitalized run at `a` follows a role noun's complement (« le ministre de
/// l'Intérieur … », « la présidente du Conseil … »).
pub(super) fn complement_before(toks: &[Tok], a: usize) -> bool {
    let mut k = a;
    if k > 0 && matches!(toks[k - 1].low.as_str(), "l'" | "la" | "le" | "les") {
        k -= 1;
    }
    // (« le wali d'Oran Saïd Sayoud »: a function the lexicon does not know, a lowercase
    // noun right after its definite article, is read as one; not a noun of a thing or an
    // act, « le réquisitoire de Serigne Bassirou Guèye », whose complement is a person.)
    const THING_ENDINGS: &[&str] = &[
        "oire", "tion", "sion", "ment", "age", "ure", "ence", "ance", "isme", "ité", "ée", "ie",
    ];
    let function_after_article = |j: usize| {
        let t = &toks[j];
        j >= 1
            && t.word
            && !t.upper
            && !t.quoted
            && matches!(toks[j - 1].low.as_str(), "le" | "la" | "l'")
            && !THING_ENDINGS.iter().any(|e| t.low.ends_with(e))
            && !DOCUMENTS.contains(&t.low.as_str())
            && !EVENTS.contains(&t.low.as_str())
    };
    k >= 2
        && matches!(toks[k - 1].low.as_str(), "de" | "d'" | "du" | "des")
        && (toks[..k - 1].iter().rev().take(4).any(|t| {
            lexicon::ROLE_NOUNS.contains(&t.low.as_str())
                || MORE_ROLE_NOUNS.contains(&t.low.as_str())
        }) || function_after_article(k - 2))
}

pub(super) fn looks_like_person(words: &[&str]) -> bool {
    if words.is_empty()
        || words
            .iter()
            .any(|w| ORG_NAME_WORDS.contains(w) || ENGLISH_CONNECTIVES.contains(w))
    {
        return false;
    }
    if lexicon::is_first_name(words[0]) && words.len() >= 2 {
        return true;
    }
    words.len() >= 2
        && !named_after_its_place(words)
        && !words.iter().any(|w| {
            lexicon::ORG_WORDS.contains(w)
                || lexicon::PLACES.contains(w)
                || lexicon::MEDIA_NAMES.contains(w)
                || lexicon::ROLE_NOUNS.contains(w)
        })
        && !lexicon::MEDIA_NAMES.contains(&words.join(" ").as_str())
}

/// Whether a name is an institution's word or a compound (« Hôtel-Dieu de Québec »,
/// « Palais de Tokyo », « Saint-Louis de Dakar »), then « de » and a place: an institution or
/// a building named after its town, never a person, whose particle follows a first name
/// (« Charles de Gaulle », « Kito de Pavant »).
fn named_after_its_place(words: &[&str]) -> bool {
    words.len() >= 3
        && matches!(words[1], "de" | "du" | "des")
        && (words[0].contains('-') || institution_word(words[0]))
        && !lexicon::is_first_name(words[0])
}

/// Lowercase English words that join the capitalized words of a name (« Food and Chemical
/// Toxicology », « Humane World for Animals », « Friends of the Earth »): a name holding one
/// is an organization's, a publication's or a work's, never a person's.
const ENGLISH_CONNECTIVES: &[&str] = &["and", "for", "of", "the", "&"];

/// How many lowercase English connectives start at `at` when a capitalized word follows them
/// (« for Animals », « of the Earth »).
fn english_connective_at(toks: &[Tok], at: usize) -> Option<usize> {
    let mut k = at;
    while toks
        .get(k)
        .is_some_and(|t| !t.upper && !t.quoted && ENGLISH_CONNECTIVES.contains(&t.low.as_str()))
    {
        k += 1;
    }
    (k > at && toks.get(k).is_some_and(|m| m.word && m.upper && !m.quoted)).then_some(k - at)
}

/// Whether the run `start..j` is one capitalized word after a lowercase one (« la députée
/// Constance », « selon Constance »), neither a place nor an institution, with no medium's
/// name at `j`: a first name the lexicon does not know, before a capitalized article that
/// opens a surname (« Constance Le Grip », « Joachim Du Bellay »).
fn lone_first_word(toks: &[Tok], start: usize, j: usize) -> bool {
    let word = toks[start].low.as_str();
    j == start + 1
        && start > 0
        && toks[start - 1].word
        && !toks[start - 1].upper
        && !toks[start].caps
        && !lexicon::PLACES.contains(&word)
        && !institution_word(word)
        && !lexicon::ORG_WORDS.contains(&word)
        && media_at(toks, j, toks.len()).is_none()
}

/// Whether `j` follows the particle « de » right after a lone first name opening the run at
/// `start` (« Jean de | La Fontaine », « Anne-Sophie de | La Rochère »): a capitalized article
/// there opens the surname, as in « Marine Le Pen ».
fn particle_after_first_name(toks: &[Tok], start: usize, j: usize) -> bool {
    j == start + 2
        && toks[j - 1].low == "de"
        && !toks[j - 1].upper
        && lexicon::is_first_name(&toks[start].low)
}

/// English titles before a name (« Mr Saputo »).
const ENGLISH_TITLES: &[&str] = &["mr", "mrs", "ms", "sir"];

/// A particle inside a name (« von », « der », « da », « bin »).
fn is_particle(low: &str) -> bool {
    matches!(
        low,
        "de" | "von"
            | "van"
            | "bin"
            | "ben"
            | "al"
            | "der"
            | "den"
            | "da"
            | "di"
            | "del"
            | "dos"
            | "ibn"
    )
}

/// Whether the capitalized « De », « Du », « Des » (or, after a title, « Le », « La ») at
/// `i` opens a surname (« M. De Croo », « Karel De Gucht », « selon De Roover », « Mme Le
/// Pen »): not at the start of the sentence (« De Paris, … »), a capitalized name word after
/// it, and no place or institution (« De Gaulle » is a name, « Des Moines » a place).
fn surname_particle_at(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    let Some(before) = i.checked_sub(1).map(|k| &toks[k]) else {
        return false;
    };
    // (The cheap tests first: most words are no capitalized « de », « du », « le ».)
    let particle_shape = t.word
        && t.upper
        && !t.quoted
        && matches!(t.low.as_str(), "de" | "du" | "des" | "le" | "la");
    if !particle_shape {
        return false;
    }
    let titled = lexicon::TITLES.contains(&before.low.as_str())
        || ENGLISH_TITLES.contains(&before.low.as_str());
    let particle = matches!(t.low.as_str(), "de" | "du" | "des")
        || titled && matches!(t.low.as_str(), "le" | "la");
    let mid_sentence = before.word || before.low == "," && !before.quoted;
    particle
        && mid_sentence
        && toks.get(i + 1).is_some_and(|n| {
            n.word
                && n.upper
                && !n.quoted
                && !lexicon::is_not_name(&n.low)
                && !institution_word(&n.low)
        })
}

/// A surname written with the Arabic article glued to it in lower case (« al-Rahman »,
/// « el-Kadhafi »): one word that carries the name on after a capitalized one (« Rami Abd
/// al-Rahman », « Mouammar el-Kadhafi »).
fn arabic_article_surname(t: &Tok) -> bool {
    t.word
        && !t.upper
        && !t.quoted
        && ["al-", "el-"].iter().any(|article| {
            t.low.strip_prefix(article).is_some_and(|rest| {
                rest.chars().count() >= 2 && rest.chars().all(char::is_alphabetic)
            })
        })
}

/// « Yossi Gal », « Tom Col »: a rank's abbreviation after a name word and closing the run
/// (no capitalized word after it) is the surname, not a title (« le Gal Jean Kaboré »).
fn rank_spelt_surname(toks: &[Tok], j: usize) -> bool {
    let t = &toks[j];
    t.word
        && t.upper
        && !t.quoted
        && lexicon::RANK_ABBREVIATIONS.contains(&t.low.as_str())
        && !toks.get(j + 1).is_some_and(|m| m.word && m.upper)
}

/// Runs of capitalized words (particles « de », « von », « al- » allowed inside).
pub(super) fn capitalized_runs(toks: &[Tok], from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut i = from;
    while i <= to && i < toks.len() {
        let t = &toks[i];
        let name_word =
            t.word && t.upper && !lexicon::is_not_name(&t.low) || surname_particle_at(toks, i);
        if !name_word {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        let mut j = i + 1;
        while j <= to && j < toks.len() {
            let n = &toks[j];
            if n.word && n.upper && !lexicon::is_not_name(&n.low)
                || arabic_article_surname(n)
                || rank_spelt_surname(toks, j)
            {
                end = j;
                j += 1;
            } else if n.upper
                && matches!(n.low.as_str(), "le" | "la" | "de" | "du" | "des")
                && (lexicon::is_first_name(&toks[j - 1].low)
                    || lone_first_word(toks, start, j)
                    || particle_after_first_name(toks, start, j))
                && toks
                    .get(j + 1)
                    .is_some_and(|m| m.word && m.upper && !m.quoted)
                && j < to
            {
                // « Bruno Le Maire », « Marine Le Pen »: a capitalized article inside a name.
                j += 1;
            } else if is_particle(&n.low)
                && toks.get(j + 1).is_some_and(|m| m.upper)
                && j < to
                // (« Paul Martin de Québec solidaire », « de Force ouvrière »: a lowercase
                // word right after the capitalized one makes it an organization's name.)
                && !(n.low == "de"
                    && !n.upper
                    && j + 2 <= to
                    && toks.get(j + 2).is_some_and(|m| {
                        m.word && !m.upper && !m.quoted && !m.low.ends_with("-même")
                    })
                    // (« François de Rugy réprouve », « Kito de Pavant est »: a lone first
                    // name before « de » opens a particle surname, whatever follows it.)
                    && !(j == start + 1 && lexicon::is_first_name(&toks[start].low)))
            {
                j += 1;
            } else if is_particle(&n.low)
                && toks.get(j + 1).is_some_and(|m| is_particle(&m.low))
                && toks.get(j + 2).is_some_and(|m| m.upper)
                && j + 1 < to
            {
                // « Ursula von der Leyen », « Alexander Van der Bellen »
                j += 2;
            } else if let Some(len) = english_connective_at(toks, j).filter(|&len| j + len <= to) {
                // « Food and Chemical Toxicology », « Humane World for Animals », « Friends
                // of the Earth »: an English name runs on past its lowercase connectives.
                j += len;
            } else {
                break;
            }
        }
        runs.push((start, end));
        i = end + 1;
    }
    runs
}

#[cfg(test)]
mod dashed_aside_tests {
    use super::super::tests::speakers_of as speakers;

    #[test]
    fn an_aside_between_dashes_leaves_the_subject_before_it() {
        assert_eq!(
            speakers("Le ministre — qui était absent — a dit que tout allait bien."),
            ["Le ministre"]
        );
        assert_eq!(
            speakers(
                "La maire de Lyon - une proche du président - a affirmé que le projet reprendrait."
            ),
            ["La maire de Lyon"]
        );
    }

    #[test]
    fn a_dash_that_opens_no_aside_is_no_subject() {
        // One dash only: a title's topic before it, the subject after it.
        assert_eq!(
            speakers("Mali – Le chef de la junte assure que les otages seront relâchés"),
            ["Le chef de la junte"]
        );
        // A dash opening the sentence (a dialogue, a list) closes no aside.
        assert_eq!(
            speakers("— Le ministre a dit que tout allait bien."),
            ["Le ministre"]
        );
    }
}

#[cfg(test)]
mod description_apposition_tests {
    use super::super::tests::speakers_of as speakers;

    #[test]
    fn a_name_after_a_description_of_the_person_is_the_speaker() {
        let cases = [
            (
                "L'un des deux porte-parole de l'équipe, Joe Martin, a annoncé que le résultat tenait.",
                "Joe Martin",
            ),
            (
                "La correspondante de la chaîne en Égypte, Sonia Durand, affirme avoir été agressée.",
                "Sonia Durand",
            ),
            (
                "Une des responsables du collectif, Marie Petit, a affirmé que la grève continuerait.",
                "Marie Petit",
            ),
        ];
        for (sentence, speaker) in cases {
            assert_eq!(speakers(sentence), [speaker], "{sentence}");
        }
    }

    #[test]
    fn a_name_after_a_description_of_a_medium_or_a_party_member() {
        assert_eq!(
            speakers(
                "De son côté, l'agence mauritanienne, Sahara Média, a confirmé la mort du chef."
            ),
            ["Sahara Média"]
        );
        assert_eq!(
            speakers("Plus tôt, le député du Parti vert (PV), Paul Durand, a affirmé que le vote serait reporté."),
            ["Paul Durand"]
        );
    }

    /// With no verb and no quotation before it, a verb after a comma closes no incise: what
    /// follows it is its object, never its subject.
    #[test]
    fn an_object_after_the_verb_is_no_postposed_subject() {
        let got = speakers("De son côté, l'agence, Sahara Média, a confirmé la mort du chef.");
        assert!(!got.iter().any(|s| s.contains("mort")), "{got:?}");
    }

    #[test]
    fn a_name_after_an_opening_adjunct_is_the_speaker() {
        assert_eq!(
            speakers("Sans citer de noms, Paul Durand le directeur sportif du club, a affirmé que deux joueurs partiraient."),
            ["Paul Durand"]
        );
        assert_eq!(
            speakers("Dans un entretien, le ministre, a affirmé que la loi passerait."),
            ["le ministre"]
        );
        // A clause after the opening phrase is what an incise reports, not its subject.
        assert_eq!(
            speakers("En effet, environ 500 postes seront supprimés, a indiqué la direction."),
            ["la direction"]
        );
    }
}

/// A thing before the quotation an inverted incise closes (« Un verdict « sans appel »,
/// estime-t-il ») is no subject the pronoun stands for: the pronoun is read as any other (the
/// one of its gender who spoke before); a role or a body there stays its subject.
#[cfg(test)]
mod thing_before_quotation_tests {
    use super::super::tests::speakers_by_segment as speakers;

    /// Must: the speaker before, not « il » unresolved.
    #[test]
    fn a_thing_before_the_quotation_leaves_the_pronoun_to_the_speaker_before() {
        for (first, second, name) in [
            (
                "« Les peines sont très lourdes », a constaté Paul Roy lundi devant la presse.",
                "Un verdict « sans appel », estime-t-il.",
                "Paul Roy",
            ),
            (
                "« Nous irons jusqu'au bout », a affirmé Claire Vidal, présidente de l'association.",
                "Une réforme « profondément injuste », juge-t-elle.",
                "Claire Vidal",
            ),
            (
                "« Les caisses sont vides », a averti mardi Marc Leroy, maire de la commune.",
                "Le nouveau budget « ne suffira pas », prévient-il.",
                "Marc Leroy",
            ),
            (
                "« C'est une victoire pour les salariés », a déclaré Julie Perrin à l'AFP.",
                "Une décision « historique », salue-t-elle.",
                "Julie Perrin",
            ),
            (
                "« Rien n'a été fait depuis dix ans », a regretté Karim Benali jeudi.",
                "Une sanction « disproportionnée », tranche-t-il.",
                "Karim Benali",
            ),
        ] {
            let got = speakers(&[first, second]);
            assert_eq!(got.last().unwrap(), &(2, name.to_string()), "{got:?}");
        }
    }

    /// Must not: a role or a body before the quotation stays the incise's subject.
    #[test]
    fn a_role_or_a_body_before_the_quotation_stays_its_subject() {
        for (sentence, name) in [
            (
                "Le ministre « rappelle son opposition », a-t-il indiqué.",
                "Le ministre",
            ),
            ("La police « appelle au calme », a-t-elle dit.", "La police"),
            (
                "Le sélectionneur « croit au titre », assure-t-il.",
                "Le sélectionneur",
            ),
            (
                "Le syndicat « refuse toute fermeture », a-t-il prévenu.",
                "Le syndicat",
            ),
            (
                "La ministre « ne cédera pas », a-t-elle assuré.",
                "La ministre",
            ),
        ] {
            let got = speakers(&[sentence]);
            assert_eq!(got.last().unwrap(), &(1, name.to_string()), "{got:?}");
        }
    }
}

/// An indefinite pronoun as a sentence's subject (« Rien ne laissait prévoir … », « Chacun
/// attendait … », « Nul ne pouvait … ») names no one (lexicon::NOT_NAMES): a later « il »
/// takes up who was named before, not it; a surname alone as the subject (« Rienzi »,
/// « Nadal ») is still the person.
#[cfg(test)]
mod indefinite_subject_tests {
    use super::super::tests::speakers_by_segment as speakers;

    fn article(second: &str) -> Vec<(usize, String)> {
        speakers(&[
            "Le maire de Lyon a ouvert la séance lundi soir.",
            second,
            "Il a affirmé que la démocratie exige la tolérance.",
        ])
    }

    /// Must: « il » is the mayor.
    #[test]
    fn an_indefinite_pronoun_subject_is_no_antecedent() {
        for second in [
            "Rien ne laissait prévoir une dispute dans son discours.",
            "Rien n'indiquait une crise au sein du conseil.",
            "Chacun attendait la suite des débats.",
            "Nul ne pouvait prévoir la suite des débats.",
            "Aucun ne voulait quitter la salle avant la fin.",
        ] {
            let got = article(second);
            assert_eq!(
                got.last().unwrap(),
                &(3, "Le maire de Lyon".to_string()),
                "{got:?}"
            );
        }
    }

    /// Must not: a surname alone as the subject, even one opening like « rien », stays who
    /// « il » takes up.
    #[test]
    fn a_surname_alone_as_the_subject_stays_the_antecedent() {
        for (second, name) in [
            (
                "Rienzi a ensuite pris la parole devant le conseil.",
                "Rienzi",
            ),
            ("Nadal a ensuite pris la parole devant le conseil.", "Nadal"),
            (
                "Chacon a ensuite pris la parole devant le conseil.",
                "Chacon",
            ),
            ("Nully a ensuite pris la parole devant le conseil.", "Nully"),
            (
                "Aucouturier a ensuite pris la parole devant le conseil.",
                "Aucouturier",
            ),
        ] {
            let got = article(second);
            assert_eq!(got.last().unwrap(), &(3, name.to_string()), "{got:?}");
        }
    }
}
