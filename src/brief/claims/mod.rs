//! Key claims: reported speech and attributions found by rules over the French segments.
//!
//! Each segment is tokenized (words, elisions, punctuation, with a flag for words inside
//! quotation marks). A claim is cued by either a reporting verb outside the quotes (any tense,
//! compound or simple, inverted incise « a-t-il insisté », relative clause « qui affirment »)
//! or an attribution phrase (selon X, d'après X, cité par X, de source X). The speaker is
//! then read from the subject (before the verb, after it in an incise, or the antecedent of
//! « qui », or the name around an apposition), classified (person, role, organization, media,
//! anonymous), and pronouns are resolved to the last named person of matching gender. A
//! sentence gives one claim per speaker: its first cue, plus later reporting verbs of someone
//! else (« X a affirmé que …, mais le Kremlin a démenti »).

mod announced;
mod clause_span;
mod confidence;
mod coreference;
mod cues;
mod descriptive_tail;
mod incise;
mod inserts;
mod kinds;
mod last_named;
mod open_incise;
mod path;
mod pos;
mod same_sentence;
mod span_edges;
mod speaker;
mod tokens;
mod wordless_speaker;

use super::lexicon::{self, ClaimKind};
use crate::model::{AlignedDocument, AlignedSegment, Claim, SpeakerKind};
use announced::{quotation_shapes, take_announced_quotations};
use coreference::{main_clause, resolve_demonstrative_media, People};
use cues::{find_attribution, find_verb, Cue};
pub use path::{Link, Route, SpeakerPath};
use speaker::{
    classify, closes_sentence, is_finite_verb, main_subject, nothing_that_speaks, np_end,
    person_run, speaker_by_route, strip_determiner, with_participle, Speaker,
};
use std::ops::{Deref, DerefMut};
use tokens::{is_quote_mark, slice, tokenize, tokenize_in, Tok};

/// Every claim of the document, in article order.
pub fn find_claims(document: &AlignedDocument) -> Vec<Claim> {
    find_claims_with_paths(document)
        .into_iter()
        .map(|(claim, _)| claim)
        .collect()
}

/// Every claim of the document, in article order, with how its speaker was reached: for the
/// scorer, which measures how often each path names the right speaker.
pub fn find_claims_with_paths(document: &AlignedDocument) -> Vec<(Claim, SpeakerPath)> {
    let mut people = People::default();
    let mut claims = Vec::new();
    let read = read_segments(document);
    let shapes = quotation_shapes(document, &read);
    // How far back a pronoun or a continuation reaches is counted in sentences of narrative:
    // a sentence that is all quotation (the speaker's words going on, « « Nous savions. Il
    // fallait s'adapter. » ») is not one, so the speaker before it stays within reach.
    let mut narrative = 0;
    for (n, (segment, toks)) in document.segments.iter().zip(&read).enumerate() {
        let toks = toks.0.as_slice();
        if n > 0 && !shapes[n].quotation_only {
            narrative += 1;
        }
        people.sentence = narrative;
        people.answering_a_charge = opening_plural_pronoun(toks)
            .is_some_and(|k| same_sentence::denies_or_admits(toks, k).is_some());
        // « Quant au sous-préfet, il apprécie … »: the pronoun takes up the topic, who is
        // who « il » stands for, here and in the next sentence.
        if let Some(topic) = quant_a_topic(&segment.fr, toks, &people) {
            people.observe_topic(&topic);
        }
        observe_opening_group(&segment.fr, toks, &mut people);
        let found = claims_in(segment, toks, &mut people);
        let desk: Vec<(&Claim, bool)> = found
            .iter()
            .map(|c| (&c.claim, names_desk_source(c)))
            .collect();
        people.follow_desk_source(&desk);
        note_unidentified_speech(&found, &mut people);
        people.apply_learned();
        people.observe(&segment.fr, toks);
        // A sentence whose claims name no one still has a subject « il » may stand for; so
        // does one only a medium reports (« Le maire a parlé …, rapporte Radio Nord »), and
        // one whose claims are all in relative clauses (« Concernant X, qui a appelé à …, le
        // ministre reste prudent »: the subject is not who spoke there).
        if found.iter().all(|c| {
            matches!(
                c.speaker_kind,
                SpeakerKind::Unattributed | SpeakerKind::Media
            ) || c.path.route == Route::RelativeAntecedent
        }) {
            observe_subject(&segment.fr, toks, &mut people);
        }
        if !shapes[n].quotation_only {
            people.last_named = last_named::last_named(&segment.fr, toks, &people);
        }
        for mut found in found.into_iter().filter(|c| !writer_or_anyone(c)) {
            let before = found.speaker.clone();
            resolve_demonstrative_media(&mut found, &mut people.last_media);
            if found.speaker != before {
                found.path.link = Link::DemonstrativeMedia;
                found.speaker_as_written = Some(opening_capital_down(&before, &found.fr));
            }
            claims.push((found.claim, found.path));
        }
    }
    take_announced_quotations(&mut claims, document, &shapes);
    kinds_of_described_names(&mut claims, &people);
    let sentences: Vec<&[Tok]> = read.iter().map(|(toks, _)| toks.as_slice()).collect();
    kinds::settle(&mut claims, &people, &sentences);
    claims
}

/// « Unia pointe du doigt … » (a headline), then « Le syndicat Unia dénonce … »: a name the
/// article introduced with the noun of an organization or a medium (`People::descriptor_of`)
/// is that kind of speaker wherever it speaks, not a person read from a lone capitalized word.
fn kinds_of_described_names(claims: &mut [(Claim, SpeakerPath)], people: &People) {
    for (claim, _) in claims.iter_mut() {
        let Some(described) = (claim.speaker_kind == SpeakerKind::Person)
            .then(|| people.descriptor_of(&claim.speaker))
            .flatten()
        else {
            continue;
        };
        // (« l'agence » may be a news agency or a rating agency: a body either way.)
        let medium = described.noun != "agence"
            && coreference::MEDIA_DESCRIPTORS.contains(&described.noun.as_str());
        claim.speaker_kind = if medium {
            SpeakerKind::Media
        } else {
            SpeakerKind::Organization
        };
        claim.role = None;
    }
}

/// Notes the sentence's claims whose speaker was not identified (see
/// [`People::unidentified_speech_since`]).
fn note_unidentified_speech(found: &[ClaimWithPath], people: &mut People) {
    for c in found {
        if c.speaker_kind == SpeakerKind::Unattributed {
            let entry = (people.sentence, c.speaker.trim().to_string());
            people.unidentified_speech.push(entry);
        }
    }
}

/// Every segment's tokens, read as the claim rules read them (a quotation left open carries
/// on into the next segment of its paragraph; incises and verbs inside quotation marks given
/// back to the narrator), with whether a quotation is still open at its end.
fn read_segments(document: &AlignedDocument) -> Vec<(Vec<Tok>, bool)> {
    let mut open_quote = false;
    let mut read = Vec::with_capacity(document.segments.len());
    for (n, segment) in document.segments.iter().enumerate() {
        // A new paragraph closes any quotation left open.
        let paragraph_start = n == 0 || document.segments[n - 1].paragraph != segment.paragraph;
        let carried = open_quote
            && !paragraph_start
            && tokens::quotation_closes_ahead(
                document.segments[n..]
                    .iter()
                    .take_while(|s| s.paragraph == segment.paragraph)
                    .map(|s| s.fr.as_str()),
            );
        let (mut toks, still_open) = tokenize_in(&segment.fr, carried);
        tokens::drop_dateline(&segment.fr, &mut toks);
        tokens::drop_repeated_verb(&mut toks);
        tokens::mend_typing_slips(&mut toks);
        incise::unquote_incises(&mut toks);
        incise::unquote_verb_after_aux(&mut toks);
        incise::unquote_verb_after_subject(&mut toks);
        open_quote = still_open;
        read.push((toks, still_open));
    }
    read
}

/// A claim while the rules read it, with how its speaker was reached.
struct ClaimWithPath {
    claim: Claim,
    path: SpeakerPath,
}

impl Deref for ClaimWithPath {
    type Target = Claim;
    fn deref(&self) -> &Claim {
        &self.claim
    }
}

impl DerefMut for ClaimWithPath {
    fn deref_mut(&mut self) -> &mut Claim {
        &mut self.claim
    }
}

impl ClaimWithPath {
    /// The claim with its `speaker_as_written`: the words its sentence used for the speaker
    /// when a back-reference reached the name shown ([`speaker_as_written`]).
    fn with_speaker_words(mut self, people: &People) -> Self {
        self.claim.speaker_as_written = speaker_as_written(people, self.path, &self.claim);
        self
    }
}

/// How `speaker`, read by `route`, was reached: the back-reference that named them, if one
/// did (a name the sentence writes is as written, unless a pronoun of it stood for it).
fn path_of(people: &People, route: Route, speaker: &Speaker, text: &str) -> SpeakerPath {
    let written = !speaker.name.is_empty() && text.contains(speaker.name.as_str());
    let link = match people.link_to(&speaker.name) {
        Some(
            link
            @ (Link::PronounToEntity | Link::PluralPronounToGroup | Link::PronounToLastSpeaker),
        ) => link,
        _ if written => Link::AsWritten,
        Some(link) => link,
        None if route == Route::NarrativeContinuation && !speaker.name.is_empty() => Link::ByRoute,
        None => Link::AsWritten,
    };
    SpeakerPath { route, link }
}

/// The words `claim`'s sentence used for its speaker when `path` says a back-reference
/// reached the name shown: those the link started from (« il », « le porte-parole », « la
/// même source »), or, for a narrative continuation with no subject (« Puis d'ajouter »),
/// the cue that continues. None for a name as written, a surname taken to the full name
/// (the reader sees it is the same person) and a speaker not identified. A capital that only
/// opens the sentence is taken down (« Ce dernier a dit » gives « ce dernier »).
fn speaker_as_written(people: &People, path: SpeakerPath, claim: &Claim) -> Option<String> {
    if claim.speaker_kind == SpeakerKind::Unattributed || claim.speaker.is_empty() {
        return None;
    }
    let words = match path.link {
        Link::AsWritten | Link::SurnameToFullName => return None,
        Link::ByRoute => claim.cue.clone(),
        _ => people.words_to(&claim.speaker)?,
    };
    Some(opening_capital_down(&words, &claim.fr))
}

/// `words` with its first letter in lowercase when it opens `sentence` (after any quotation
/// mark or dash), the capital being the sentence's, not the words'.
fn opening_capital_down(words: &str, sentence: &str) -> String {
    let opening = sentence.trim_start_matches(|c: char| !c.is_alphanumeric());
    let mut chars = words.chars();
    match chars.next() {
        Some(first) if first.is_uppercase() && opening.starts_with(words) => {
            first.to_lowercase().chain(chars).collect()
        }
        _ => words.to_string(),
    }
}

/// Whether a claim names the source a news desk's « on » learnt from (« a-t-on appris auprès
/// de la préfecture », « a-t-on précisé de source judiciaire »), not a document it read
/// (« lit-on dans le communiqué »).
fn names_desk_source(claim: &ClaimWithPath) -> bool {
    let cue = claim.cue.to_lowercase();
    claim.path.route == Route::SourceOfImpersonalIncise
        && cue.contains("-on")
        && !cue.contains("lire")
        && !cue.starts_with("lit")
}

/// « j'espère que », « On considérait … comme »: outside any quotation the writer or people in
/// general hold the view, not a source the article reports; no claim. (An incise, « pensait-on »,
/// « indique-t-on », still reports a source the article does not name.)
fn writer_or_anyone(claim: &Claim) -> bool {
    let cue = claim.cue.to_lowercase();
    let inverted = ["-on", "-je", "-nous", "-vous"]
        .iter()
        .any(|p| cue.contains(p));
    claim.speaker_kind == SpeakerKind::Unattributed
        && !inverted
        && matches!(
            claim.speaker.to_lowercase().replace('’', "'").as_str(),
            "je" | "j'" | "nous" | "on" | "tu" | "vous"
        )
}

/// Where « ils / elles » opens the sentence's clause: before any verb and quotation, past
/// « Mais », « Or » or a phrase and its comma (« Entendus par les enquêteurs, ils nient … »).
fn opening_plural_pronoun(toks: &[Tok]) -> Option<usize> {
    let k = toks
        .iter()
        .position(|t| !t.quoted && matches!(t.low.as_str(), "ils" | "elles"))?;
    (!toks[..k]
        .iter()
        .any(|t| t.quoted || is_quote_mark(t) || speaker::is_finite_verb(t)))
    .then_some(k)
}

/// Records the subject of a sentence that made no claim, for the pronouns after it.
/// The subject is the noun phrase (or pronoun) right before the first verb, object pronouns
/// and negation aside (« Natif des Forges, en 1928, il a fréquenté » gives « il »).
fn observe_subject(text: &str, toks: &[Tok], people: &mut People) {
    if let Some((from, to)) = subject_span(toks).map(|span| past_impersonal_frame(toks, span)) {
        let subject = classify(text, toks, from, to, people);
        if cues::says_it_wonders_in(toks) {
            people.observe_speaker_without_claim(&subject);
        } else {
            people.observe_subject(&subject);
        }
        // (« Les gendarmes sont arrivés. Ils ont interpellé deux suspects. Ils ont indiqué
        // … »: a group its own pronoun takes up keeps the subject's place, the topic of the
        // story; the people it acts on are no rival for the next « ils ». Two groups named in
        // one sentence are: « Les syndicats ont rencontré les patrons. Ils … ».)
        let group_taken_up = from == to
            && matches!(toks[from].low.as_str(), "ils" | "elles")
            && subject.kind != SpeakerKind::Unattributed;
        if let Some(group) = plural_object_group(toks, to + 1) {
            // (« Ils ont entendu plusieurs témoins. Ils affirment … »: those whose words are
            // the news are rivals still.)
            if group_taken_up && !WITNESS_NOUNS.contains(&group) {
                people.group_objects.push(people.sentence);
            } else {
                people.plural_objects.push(people.sentence);
            }
        }
    } else if let Some(subject) = subject_past_adjunct_relative(text, toks, people) {
        people.observe_subject(&subject);
    }
}

/// « Concernant l'ancien président X, qui a appelé à manifester, le ministre reste
/// prudent »: the first verb is a relative's, set off by commas inside a leading adjunct; the
/// main clause's subject is the one before the first verb after the relative's comma.
fn subject_past_adjunct_relative(text: &str, toks: &[Tok], people: &People) -> Option<Speaker> {
    let first = coreference::first_verb(toks)?;
    let mut qui = first;
    while qui > 0 && speaker::CLITICS.contains(&toks[qui - 1].low.as_str()) {
        qui -= 1;
    }
    let set_off = qui >= 2 && toks[qui - 1].low == "qui" && toks[qui - 2].low == ",";
    if !set_off {
        return None;
    }
    let comma = (first + 1..toks.len()).find(|&k| !toks[k].quoted && toks[k].low == ",")?;
    let verb = coreference::first_verb(&toks[comma + 1..]).map(|k| comma + 1 + k)?;
    main_subject(text, toks, verb, people).filter(|s| s.kind != SpeakerKind::Unattributed)
}

/// The head noun of the group of people or bodies the main verb after `from` takes as its
/// object, when it takes one (« ont rencontré les patrons », « a reçu des représentants
/// syndicaux », « a convoqué les élus », « a interpellé trois suspects »).
fn plural_object_group(toks: &[Tok], from: usize) -> Option<&str> {
    let (_, Some(verb)) = main_clause(toks) else {
        return None;
    };
    // (« a interpellé trois suspects », « 12 manifestants »: a count is a plural's determiner.)
    let count = |t: &Tok| {
        lexicon::CARDINALS.contains(&t.low.as_str()) || t.low.parse::<u32>().is_ok_and(|n| n > 1)
    };
    let mut k = verb.max(from);
    // (the participle after an auxiliary, adverbs)
    while toks.get(k + 1).is_some_and(|t| {
        t.word && !lexicon::DETERMINERS.contains(&t.low.as_str()) && !count(t) && k < verb + 3
    }) {
        k += 1;
    }
    let det = toks.get(k + 1)?;
    if !count(det)
        && !matches!(
            det.low.as_str(),
            "les" | "des" | "leurs" | "ses" | "ces" | "plusieurs"
        )
    {
        return None;
    }
    let h = toks.get(k + 2)?;
    let low = h.low.as_str();
    let singular = low.strip_suffix('s').unwrap_or(low);
    // (« 12 manifestantes »: the masculine the lists hold.)
    let masculine = singular.strip_suffix('e').unwrap_or(singular);
    let group = h.word
        && !h.quoted
        && low.ends_with(['s', 'x'])
        && [low, singular, masculine].iter().any(|w| {
            speaker::names_someone(w)
                // (« a interpellé plusieurs individus », « deux suspects »)
                || lexicon::ROUGH_ACTORS.contains(w)
                || matches!(
                    *w,
                    "patron" | "représentant" | "dirigeant" | "élu" | "délégué" | "salarié"
                )
        });
    group.then_some(low)
}

/// People whose words are the news after they were heard or found (« Ils ont entendu
/// plusieurs témoins. Ils affirment … »): a group that acted on them is no surer the next
/// « ils ».
const WITNESS_NOUNS: &[&str] = &[
    "témoins",
    "victimes",
    "plaignants",
    "plaignantes",
    "rescapés",
    "survivants",
];

/// « Il est normal que, dans un procès, les avocats contestent … »: a sentence opening on an
/// impersonal frame whose « que » clause it does not assert (see
/// [`cues::unasserting_frame`]) has for subject the clause's, not the expletive « il »
/// (`span`, from [`subject_span`], is kept otherwise).
fn past_impersonal_frame(toks: &[Tok], span: (usize, usize)) -> (usize, usize) {
    let (from, to) = span;
    // (The expletive « il » before its verb: « il est », « il n'est pas », « il faut », « il
    // arrive »; not « Il manifeste pour que … ».)
    let impersonal_verb = toks.get(to + 1).is_some_and(|v| {
        lexicon::FALLOIR.contains(&v.low.as_str())
            || matches!(
                v.low.as_str(),
                "est" | "était" | "serait" | "sera" | "n'" | "ne" | "arrive"
            )
    });
    if from != to || toks[from].low != "il" || !impersonal_verb {
        return span;
    }
    let Some(que) = toks[to + 1..]
        .iter()
        .take(7)
        .position(|t| matches!(t.low.as_str(), "que" | "qu'"))
        .map(|k| to + 1 + k)
    else {
        return span;
    };
    if !cues::unasserting_frame(toks, que) {
        return span;
    }
    subject_span(&toks[que + 1..]).map_or(span, |(f, t)| (que + 1 + f, que + 1 + t))
}

/// The tokens of the main clause's subject: the noun phrase (or pronoun) right before its
/// verb, object pronouns and negation aside.
fn subject_span(toks: &[Tok]) -> Option<(usize, usize)> {
    // (« Pendant que X parlait, Paul Martin a quitté la salle »: the main clause's subject.)
    let (_, Some(verb)) = main_clause(toks) else {
        return None;
    };
    let mut end = verb;
    while end > 0
        && matches!(
            toks[end - 1].low.as_str(),
            "ne" | "n'" | "se" | "s'" | "l'" | "le" | "la" | "les" | "lui" | "leur" | "y" | "en"
        )
    {
        end -= 1;
    }
    // (« le jeune homme de 24 ans qui s'est assis … »: the relative's « qui » is no part of
    // its antecedent.)
    if end > 0 && toks[end - 1].low == "qui" {
        end -= 1;
    }
    let mut from = end;
    while from > 0 {
        let p = &toks[from - 1];
        if !p.word || p.quoted || lexicon::CLAUSE_BREAKS.contains(&p.low.as_str()) {
            break;
        }
        from -= 1;
    }
    (from < end).then(|| (from, end - 1))
}

/// « Les agents, qui …, s'apprêtaient selon eux à … », « Les syndicats veulent voir le
/// ministre qu'ils estiment … »: a group opening the sentence (a plural determiner, a noun
/// that can speak) is who a later « ils » or « selon eux » in it stands for, recorded before
/// its claims are read.
fn observe_opening_group(text: &str, toks: &[Tok], people: &mut People) {
    let opening = toks.first().is_some_and(|t| t.word && !t.quoted).then(|| {
        // (The noun phrase stops before the first verb: « Les syndicats de l'éducation
        // entrent … ».)
        let verb = coreference::first_verb(toks).unwrap_or(toks.len());
        (0, np_end(toks, 0).min(verb.saturating_sub(1)))
    });
    let span = match opening {
        Some((0, end)) if end > 0 && coreference::determiner_plural(&toks[0].low) => (0, end),
        // (« Avec la marche prévue, les syndicats entendent … qu'ils estiment »: the main
        // clause's subject.)
        _ => match subject_span(toks) {
            Some((from, to))
                if to > from
                    && coreference::determiner_plural(&toks[from].low)
                    && !plural_pronoun_before(toks, from) =>
            {
                (from, to)
            }
            _ => return,
        },
    };
    let group = classify(text, toks, span.0, span.1, people);
    if matches!(
        group.kind,
        SpeakerKind::Role | SpeakerKind::Organization | SpeakerKind::Anonymous
    ) {
        people.observe_subject(&group);
    }
}

/// Whether « eux » or « elles » after an attribution word stands before `at`, outside
/// quotations (« Selon eux, les syndicalistes … », « D'après elles, des employés … »): the
/// group after it is not what it stands for. (Not an opening « ils »: « Quand ils sont
/// arrivés, les pompiers … » names the group it stands for.)
fn plural_pronoun_before(toks: &[Tok], at: usize) -> bool {
    toks[..at].windows(2).any(|w| {
        !w[1].quoted
            && matches!(w[1].low.as_str(), "eux" | "elles")
            && matches!(w[0].low.as_str(), "selon" | "après" | "d'après" | "pour")
    })
}

/// The topic of « Quant au sous-préfet, il … » (« le sous-préfet »), when the comma closing it
/// stands right before a subject pronoun; a contracted « au », « aux » gives back its article.
fn quant_a_topic(text: &str, toks: &[Tok], people: &People) -> Option<Speaker> {
    let (first, prep) = (toks.first()?, toks.get(1)?);
    let comma = toks.iter().position(|t| t.low == ",")?;
    let pronoun = comma + 1;
    if first.low != "quant"
        || !matches!(prep.low.as_str(), "à" | "au" | "aux")
        || pronoun < 4
        || !toks
            .get(pronoun)
            .is_some_and(|t| matches!(t.low.as_str(), "il" | "elle" | "ils" | "elles"))
        || toks[pronoun - 1].low != ","
        || toks[2..pronoun - 1]
            .iter()
            .any(|t| tokens::is_boundary(t) || is_quote_mark(t) || t.quoted)
    {
        return None;
    }
    let topic = classify(text, toks, 2, pronoun - 2, people);
    if topic.kind == SpeakerKind::Unattributed {
        return None;
    }
    let article = match prep.low.as_str() {
        "au" => "le ",
        "aux" => "les ",
        _ => "",
    };
    // (Read again with its article: « le sous-préfet » is a role.)
    let name = format!("{article}{}", topic.name);
    let words = tokenize(&name);
    let again = classify(&name, &words, 0, words.len() - 1, people);
    // (A topic that can speak: « Quant à la réunion, elle a duré » is no one's.)
    let head = words.get(1).map_or("", |t| t.low.as_str());
    let head = ["sous-", "vice-", "co-", "ex-"]
        .iter()
        .find_map(|p| head.strip_prefix(p))
        .unwrap_or(head);
    let can_speak = matches!(
        again.kind,
        SpeakerKind::Person | SpeakerKind::Role | SpeakerKind::Anonymous | SpeakerKind::Media
    ) || words.get(1).is_some_and(|t| t.upper)
        || lexicon::ROLE_NOUNS.contains(&head)
        || lexicon::ORG_WORDS.contains(&head)
        || coreference::is_descriptor(head);
    can_speak.then_some(Speaker { name, ..again })
}

/// Whether the sentence is a question of the article's own: it ends on a question mark
/// outside quotation marks (« … : qui appelle à voter pour qui ? »), not on a quoted one
/// (« « Qui paiera ? », demande le maire. »).
fn asks_a_question(toks: &[Tok]) -> bool {
    toks.iter()
        .rev()
        .find(|t| !is_quote_mark(t) && !matches!(t.low.as_str(), ")" | "…"))
        .is_some_and(|t| t.low == "?" && !t.quoted)
}

/// « Gendarme tué par balles à Nantes : « … » », « Une retraitée escroquée par un faux
/// plombier : « … » »: a headline that opens on a bare noun (or « un », « une », a number)
/// and the participle of what befell it, no verb before the colon: an event, not who speaks
/// (not « Le maire, interrogé : « … » », nor « Paul Martin : « … » »).
fn event_headline(toks: &[Tok], colon: usize) -> bool {
    let noun = usize::from(
        toks.first()
            .is_some_and(|t| matches!(t.low.as_str(), "un" | "une" | "deux" | "trois")),
    );
    let bare_noun = toks
        .get(noun)
        .is_some_and(|t| t.word && !t.quoted && !lexicon::DETERMINERS.contains(&t.low.as_str()));
    let participle = toks
        .get(noun + 1)
        .is_some_and(|t| t.word && !t.upper && cues::is_participle(&t.low));
    bare_noun
        && participle
        && noun + 1 < colon
        && !toks[noun + 2..colon].iter().any(speaker::is_finite_verb)
}

/// The colon that opens a quotation of three words or more (« … : « Nous … » »), outside quotes.
fn colon_quote(toks: &[Tok]) -> Option<usize> {
    let colon = toks.iter().position(|t| !t.quoted && t.low == ":")?;
    let open = toks.get(colon + 1)?;
    let quoted_after = toks[colon + 1..]
        .iter()
        .filter(|t| t.quoted && t.word)
        .count();
    (matches!(open.low.as_str(), "«" | "\"" | "“" | "„" | "‹" | "»") && quoted_after >= 3)
        .then_some(colon)
}

/// The reporting verb that ends the clause before `colon` (« Le maire s'offusque : « … » »,
/// « La préfète rejette : « … » », « Le syndicat a invité : « … » », « ne mâche pas ses mots
/// : »), and its kind: what it reports is a position, a denial or a call as after « que »,
/// though the cues do not take the verb without its complement. The verb's form stands right
/// before the colon, a past participle after its auxiliary, or before the phrase it needs
/// (« ses mots »), or before the press's inserts (« s'offusque dans un communiqué : »,
/// « rejette auprès de l'AFP : », « dénonce, sur France Inter, : »). A verb that needs a
/// phrase after it must report a clause or what is called for or opposed (« que », « à »,
/// « pour », « contre » among its phrases; not « décrit : », « décrire comme »). Its position
/// and kind.
fn verb_before_colon(toks: &[Tok], colon: usize) -> Option<(usize, ClaimKind)> {
    // (The verb, an insert of up to eleven tokens, the colon.)
    (1..=12)
        .filter_map(|back| colon.checked_sub(back))
        .find_map(|at| {
            let t = &toks[at];
            let verb = lexicon::verbs().get(t.low.as_str())?;
            let between: Vec<&str> = toks[at + 1..colon].iter().map(|t| t.low.as_str()).collect();
            let inserts_only =
                between.is_empty() || cues::only_inserts_between(toks, at + 1, colon);
            // (Right before the colon, a verb that reports a clause: « décrit : » is no
            // « décrire comme ».)
            let fits = match verb.needs_next {
                None => inserts_only,
                Some(phrases) if inserts_only => phrases
                    .iter()
                    .any(|p| matches!(*p, "que" | "à" | "pour" | "contre")),
                Some(phrases) => phrases
                    .iter()
                    .any(|p| p.split(' ').eq(between.iter().copied())),
            };
            // (A bare participle is an apposition: « Paul Martin, ému : « … » ».)
            let finite =
                !cues::is_participle(&t.low) || at > 0 && cues::is_aux(toks[at - 1].low.as_str());
            (!t.quoted && lexicon::is_verb_form(&t.low) && fits && finite)
                .then_some((at, verb.kind))
        })
}

/// The kind of the quotation after `colon`, `verb` the reporting verb before it and its kind
/// ([`verb_before_colon`]). Negated in its own group (« ne rejette pas : », « n'a pas invité
/// : »; not by a « ne » in the subject's relative: « Le préfet, qui ne veut prendre aucun
/// risque, invite : »), a warning, denial or call is a statement ([`negation_aware`]); so is a
/// call whose quotation asks a question (« Le député invite : « Qui paiera la facture ? » »:
/// what is asked is said, not called for), and the words after a clause with no reporting
/// verb there (« n'a obtenu aucune garantie : « … » »).
fn kind_of_the_verb_before_colon(
    toks: &[Tok],
    colon: usize,
    verb: Option<(usize, ClaimKind)>,
) -> ClaimKind {
    let Some((at, kind)) = verb else {
        return ClaimKind::Statement;
    };
    let negated = negated_in_its_group(toks, at);
    let asks = toks[colon + 1..].iter().any(|t| t.low == "?");
    match negation_aware(kind, negated) {
        ClaimKind::Call if asks => ClaimKind::Statement,
        kind => kind,
    }
}

/// Whether the verb at `at` is negated in its own group: « ne » or « n' » among the
/// auxiliaries, adverbs and object pronouns right before it (« ne rejette pas », « n'a jamais
/// démenti », « ne les a jamais démenties »), or « pas », « jamais », « guère » right after it
/// (« ne les rejette pas »). Not a « ne » of another clause (« Le préfet, qui ne le cache pas,
/// le déplore »).
fn negated_in_its_group(toks: &[Tok], at: usize) -> bool {
    let mut start = at;
    loop {
        let mut k = cues::group_start(toks, start);
        while k > 0 && !toks[k - 1].quoted && speaker::CLITICS.contains(&toks[k - 1].low.as_str()) {
            k -= 1;
        }
        if k == start {
            break;
        }
        start = k;
    }
    toks[start..at]
        .iter()
        .any(|t| matches!(t.low.as_str(), "ne" | "n'"))
        || toks
            .get(at + 1)
            .is_some_and(|t| !t.quoted && matches!(t.low.as_str(), "pas" | "jamais" | "guère"))
}

/// Whether the quotation after `colon` reads as words said, not a title (« Le festival
/// propose : « Une nuit au musée ». »): it closes on its own stop inside the quotation marks
/// (« « Rejoignez-nous lundi. » »), or holds an auxiliary or a first person (« « Aucun blessé
/// n'est à déplorer ». »).
fn words_said_after(toks: &[Tok], colon: usize) -> bool {
    let quoted = || toks[colon + 1..].iter().filter(|t| t.quoted);
    let closes_on_a_stop = quoted()
        .next_back()
        .is_some_and(|t| matches!(t.low.as_str(), "." | "!" | "?" | "…"));
    closes_on_a_stop
        || quoted().any(|t| {
            lexicon::is_auxiliary(&t.low) || matches!(t.low.as_str(), "je" | "j'" | "nous" | "on")
        })
}

/// A quotation with no cue, given to the subject of the clause it follows (« L'éleveur montre
/// le pré, mais « c'est grillé, il n'y a plus rien » »): it opens right after « mais » or
/// « car », runs to the end of the sentence, holds five words or more and speaks in the first
/// person (« je », « nous », « on », « c'est »), and the subject is a person, a role or a named
/// group (« Le syndicat »). The opening quote mark and the speaker.
fn juxtaposed_quotation(text: &str, toks: &[Tok], people: &People) -> Option<(usize, Speaker)> {
    let first = toks.iter().position(|t| t.quoted)?;
    let open = first.checked_sub(1).filter(|&o| is_quote_mark(&toks[o]))?;
    // (The quotation closes the sentence: nothing but punctuation after its closing mark.)
    let closes = toks[first..]
        .iter()
        .skip_while(|t| t.quoted)
        .all(|t| !t.word);
    let quoted = &toks[first..];
    let words = quoted.iter().filter(|t| t.quoted && t.word).count();
    let first_person = quoted.iter().enumerate().any(|(k, t)| {
        t.quoted
            && (matches!(t.low.as_str(), "je" | "j'" | "nous" | "on")
                || t.low == "c'" && quoted.get(k + 1).is_some_and(|n| n.low == "est"))
    });
    // (Only after « mais » or « car »: after a noun or a comma, « son film « On a marché sur
    // la Lune » », a quotation in the first person may be a title.)
    let after_conjunction =
        open > 0 && matches!(toks[open - 1].low.as_str(), "mais" | "car") && !toks[open - 1].upper;
    if !closes
        || words < 5
        || !first_person
        || !after_conjunction
        || toks[..open].iter().any(|t| t.quoted)
    {
        return None;
    }
    let speaker = main_subject(text, toks, open - 1, people)?;
    let determined = tokenize(&speaker.name)
        .first()
        .is_some_and(|t| lexicon::DETERMINERS.contains(&t.low.as_str()));
    let named_group = speaker.kind == SpeakerKind::Organization && determined;
    let lone_word = tokenize(&speaker.name).len() < 2;
    let kind_ok = matches!(
        speaker.kind,
        SpeakerKind::Person | SpeakerKind::Role | SpeakerKind::Anonymous
    ) || named_group;
    (kind_ok && !lone_word).then_some((open, speaker))
}

/// « « Nous devons être fiers de ces joueurs. » Paul Martin, sélectionneur de l'équipe »: a
/// quotation opening the sentence, signed by a person's name right after its closing mark (maybe
/// with an apposition after a comma), and nothing else: the quotation is that person's. Where
/// the quotation opens, and the person.
fn signed_quotation(text: &str, toks: &[Tok], people: &People) -> Option<(usize, Speaker)> {
    let open = toks.iter().position(|t| !t.quoted)?;
    let close = (open + 1..toks.len()).find(|&k| !toks[k].quoted && is_quote_mark(&toks[k]))?;
    let words = toks[open..close]
        .iter()
        .filter(|t| t.word && t.quoted)
        .count();
    if !is_quote_mark(&toks[open]) || words < 5 {
        return None;
    }
    let after = &toks[close + 1..];
    let name_end = after
        .iter()
        .position(|t| !(t.word && t.upper && !t.quoted))
        .unwrap_or(after.len());
    // (the name, then the end or a comma opening an apposition with no verb)
    let signed = name_end >= 2
        && match after.get(name_end) {
            None => true,
            Some(t) if t.low == "," => after[name_end + 1..]
                .iter()
                .all(|t| !t.quoted && !is_quote_mark(t) && !is_finite_verb(t)),
            Some(t) => !t.word && after[name_end + 1..].is_empty(),
        };
    if !signed
        || person_run(toks, close + 1, close + name_end, people)
            != Some((close + 1, close + name_end))
    {
        return None;
    }
    let speaker = classify(text, toks, close + 1, close + name_end, people);
    (speaker.kind == SpeakerKind::Person).then_some((open, speaker))
}

/// « « Nous ne lâcherons rien » : les syndicats maintiennent la grève », « « On ne nous écoute
/// pas » : les éleveurs bloquent l'autoroute »: a headline opening on a quotation of three words
/// or more with a verb of its own, then a colon and a clause whose subject speaks: the quotation
/// is the subject's (not a name or a title quoted, « « Opération Sentinelle » : l'armée se
/// retire »). Where the quotation opens, and the subject.
fn quotation_heading_a_clause(
    text: &str,
    toks: &[Tok],
    people: &People,
) -> Option<(usize, Speaker)> {
    if !toks.first().is_some_and(is_quote_mark) {
        return None;
    }
    let close = (1..toks.len()).find(|&k| !toks[k].quoted && is_quote_mark(&toks[k]))?;
    let colon = close + 1;
    if toks.get(colon).is_none_or(|t| t.low != ":") {
        return None;
    }
    let tags = pos::tags(text, toks);
    let verb_at = |k: usize| matches!(tags[k], pos::Upos::Verb | pos::Upos::Aux);
    let quoted_words = toks[1..close].iter().filter(|t| t.word).count();
    if quoted_words < 3 || !(1..close).any(verb_at) {
        return None;
    }
    let verb = (colon + 1..toks.len()).find(|&k| !toks[k].quoted && verb_at(k))?;
    let speaker = main_subject(text, toks, verb, people)?;
    let speaks = matches!(
        speaker.kind,
        SpeakerKind::Person
            | SpeakerKind::Role
            | SpeakerKind::Organization
            | SpeakerKind::Anonymous
    );
    speaks.then_some((0, speaker))
}

/// « Tout acte de provocation sera réprimé (porte-parole) », « « Nous ne céderons pas »
/// (Durand) », « Arrêter cette guerre (ministre) »: a headline that credits its words in
/// brackets closing it (session 19), the brackets standing for the cue. The brackets hold
/// a person or a role and nothing else (not an acronym, a medium, a place, an age: « (PS) »,
/// « (AFP) », « (Mali) », « (45 ans) »), and three words or more come before them. Where the
/// brackets open, the speaker, and whether the words open on an infinitive (a call).
fn credited_in_brackets(
    text: &str,
    toks: &[Tok],
    people: &People,
) -> Option<(usize, Speaker, ClaimKind)> {
    let close = toks.len().checked_sub(1).filter(|&c| toks[c].low == ")")?;
    let open = toks[..close].iter().rposition(|t| t.low == "(")?;
    let inside = &toks[open + 1..close];
    let words_before = toks[..open].iter().filter(|t| t.word).count();
    if inside.is_empty()
        || inside.len() > 6
        || words_before < 3
        || inside.iter().any(|t| !t.word || t.quoted || t.caps)
        || lexicon::PLACES.contains(&inside[0].low.as_str())
    {
        return None;
    }
    // (« Nous avons reçu Marie Dupont (directrice) », « déposé par Dupont (rapporteur) »:
    // brackets after a name gloss it; not after a place, « … la Corse (Macron) ».)
    let capitalised = |k: usize| toks[k].word && toks[k].upper && !toks[k].caps;
    if open >= 2 && capitalised(open - 1) && (capitalised(open - 2) || toks[open - 2].low == "par")
    {
        return None;
    }
    // (« Topic : Arrêter cette guerre (X) »: the words after a heading's colon.)
    let words_from = toks[..open]
        .iter()
        .position(|t| t.low == ":" && !t.quoted)
        .map_or(0, |c| c + 1);
    // (Words someone says: a quotation or a clause, not a noun phrase « Le bilan de l'année ».)
    let tags = pos::tags(text, toks);
    let verb_at = |k: usize| matches!(tags[k], pos::Upos::Verb | pos::Upos::Aux);
    if !(words_from..open).any(|k| toks[k].quoted || verb_at(k)) {
        return None;
    }
    let speaker = classify(text, toks, open + 1, close - 1, people);
    if !matches!(speaker.kind, SpeakerKind::Person | SpeakerKind::Role) {
        return None;
    }
    let call = toks
        .get(words_from)
        .is_some_and(|t| t.word && !t.quoted && cues::is_infinitive(&t.low) && verb_at(words_from));
    let kind = if call {
        ClaimKind::Call
    } else {
        ClaimKind::Statement
    };
    Some((open, speaker, kind))
}

/// Whether a new clause with its own speaker opens between tokens `from` and `verb`: a
/// contrastive conjunction, a semicolon, « , et », or « qui » right before the verb group.
fn opens_new_clause(toks: &[Tok], from: usize, verb: usize) -> bool {
    let mut q = verb;
    while q > 0
        && matches!(
            toks[q - 1].low.as_str(),
            "le" | "la" | "les" | "l'" | "ne" | "n'" | "se" | "s'" | "lui" | "y" | "en"
        )
    {
        q -= 1;
    }
    if q > 0 && toks[q - 1].low == "qui" && !relative_in_report(toks, from, q - 1) {
        return true;
    }
    // « …, une autre affirmant que … »: an absolute participle with its own subject.
    if from < verb && speaker::absolute_participle_subject(toks, verb).is_some() {
        return true;
    }
    let start = from.min(verb);
    let span = &toks[start..verb];
    span.iter().enumerate().any(|(k, t)| {
        !t.quoted
            && (matches!(
                t.low.as_str(),
                "mais" | "tandis" | "alors" | "cependant" | "pourtant" | "toutefois" | ";" | "or"
            ) || t.low == "pendant"
                && span.get(k + 1).is_some_and(|n| matches!(n.low.as_str(), "que" | "qu'"))
                // « X a nié les faits après que la juge a accusé son parti »: a time clause
                // with a speaker of its own (not inside what X reports, wherever it stands in
                // it: « X a dit que, depuis que … », « X a dit que la ville a agi après que … »).
                || temporal_que(span, k) && !completive_before(toks, start + k)
                || t.low == "et" && k > 0 && span[k - 1].low == ","
                // « …, ce que la Russie dément »: a relative with a speaker of its own.
                || matches!(t.low.as_str(), "que" | "qu'")
                    && k > 0
                    && span[k - 1].low == "ce"
                    && k >= 2
                    && span[k - 2].low == ",")
    })
}

/// « Le ministre a salué les pays qui ont pris position », « La fédération se réjouit du
/// soutien aux enseignants qui dénoncent … », « … a annoncé l'arrestation de jeunes qui avaient
/// revendiqué … »: a relative « qui » at `qui` not set off by a comma, on a noun of what the
/// cue before (ending at `from`) reports, with no verb of another clause between, is part of
/// that report: its speech is told by the first speaker, no claim of its own (the
/// layered-attribution convention, session 11: words reported in a relative clause). Not
/// « …, qui le nie » (the writer's aside), nor « … ont rencontré les élus qui réclament … »
/// (another clause's object).
fn relative_in_report(toks: &[Tok], from: usize, qui: usize) -> bool {
    let Some(before) = qui.checked_sub(1).map(|k| &toks[k]) else {
        return false;
    };
    let between = toks.get(from..qui).unwrap_or_default();
    before.word
        && !before.quoted
        && !between.is_empty()
        && !cues::conjugated_before(between, between.len())
        && between.iter().all(|t| {
            !t.quoted
                && !is_quote_mark(t)
                && !lexicon::CLAUSE_BREAKS.contains(&t.low.as_str())
                && !matches!(t.low.as_str(), "qui" | "dont" | "où")
        })
}

/// « Selon l'AFP, le ministre a annoncé sa démission », « D'après la radio, le maire a
/// promis une enquête »: the sentence's only claim so far is a « selon » or « d'après » whose
/// source ends at `previous_end`, a comma after it (past an adjunct: « selon l'AFP sur
/// place, »), and `cue` is the main clause's verb of speech with a subject of its own (not
/// inverted, no « que », « qui » or « si » between): the subject's claim, beside the one who
/// relays it (the layered-attribution convention). Not a request (« Selon le New York Times,
/// la Russie a demandé une aide militaire à la Chine »): what one party asked another, told by
/// a third, is an act the relay reports, not a call the subject made in public (the sample
/// article's pinned claims, `tests/acceptance.rs`).
fn clause_after_attribution(
    toks: &[Tok],
    claims: &[ClaimWithPath],
    previous_end: usize,
    cue: &cues::Cue,
) -> bool {
    // (« Selon des propos rapportés par X, », « Dans des déclarations relayées par X, »: the
    // phrase runs on to the source.)
    let phrase = claims[0].cue.to_lowercase().replace('’', "'");
    let relayed = claims.len() == 1
        && matches!(
            phrase.split_whitespace().next(),
            Some("selon" | "d'après" | "dans")
        );
    let between = toks.get(previous_end..cue.group_start).unwrap_or(&[]);
    relayed
        && between.iter().any(|t| t.low == ",")
        && cue.inverted.is_none()
        && !cue.participle
        && !cue.after_comme
        && cue.verb.kind != ClaimKind::Call
        && between.iter().all(|t| {
            !t.quoted
                && !matches!(
                    t.low.as_str(),
                    "que" | "qu'" | "qui" | "si" | "s'" | "quand" | "lorsque" | "dont" | "où" | ":"
                )
        })
}

/// « Le Conseil fédéral n'estime pas …, avait-elle précisé »: an incise's pronoun whose
/// gender the first speaker's article contradicts stands for someone else, who relays it.
fn pronoun_of_someone_else(pronoun: Option<&str>, first_speaker: &str) -> bool {
    let wanted = match pronoun {
        Some("il") => lexicon::Gender::Male,
        Some("elle") => lexicon::Gender::Female,
        _ => return false,
    };
    let had = coreference::determiner_gender(first_speaker);
    had != lexicon::Gender::Unknown && had != wanted
}

/// « Selon l'agence, Paul Roux, le directeur de l'usine, a affirmé … », « Selon la famille, le
/// médecin – Anne Morel – aurait constaté … », « Le médecin, selon la famille, aurait
/// constaté … »: after a first claim made by « selon » or « d'après », a verb right after the
/// comma or dash closing an inserted phrase is the main clause's, its subject a noun phrase
/// between the attribution and the verb (or opening the sentence before the attribution), not
/// an incise reporting words (« Selon l'agence, les prix montent, a ajouté le ministre »: a
/// clause between, the incise's).
fn subject_across_insert(
    text: &str,
    toks: &[Tok],
    claims: &[ClaimWithPath],
    previous_end: usize,
    cue: &cues::Cue,
) -> bool {
    // (An attribution read as no one leaves the incise branch to name the speaker: « Selon
    // les premiers éléments, le conducteur, ivre, a reconnu les faits ».)
    let source_named = claims
        .first()
        .is_some_and(|c| c.speaker_kind != SpeakerKind::Unattributed);
    if !source_named || !clause_after_attribution(toks, claims, previous_end, cue) {
        return false;
    }
    let between = previous_end..cue.group_start;
    let subject = if toks[between.clone()].iter().any(|t| t.word) {
        // (Right after the comma closing the attribution, the subject holds an insert of its
        // own: « Paul Roux, le directeur, », « la ministre – Anne Morel – »; a bare « Selon
        // l'AFP, trois morts, a indiqué la police » is an incise.)
        let subject = previous_end + 1..cue.group_start - 1;
        let inserted = subject.clone().skip(1).any(|k| is_insert_mark(&toks[k]));
        if toks[previous_end].low != "," || !inserted {
            return false;
        }
        subject
    } else {
        match find_attribution(toks) {
            // (One noun phrase up to the comma: not « Le bilan s'élève à dix morts, selon X,
            // rapporte Y », a clause the incise reports.)
            Some((at, _)) if at > 1 && toks[at - 1].low == "," && np_end(toks, 0) == at - 2 => {
                0..at - 1
            }
            _ => return false,
        }
    };
    let tags = pos::tags(text, toks);
    // (A past participle describes the subject: « la préfète, jointe par téléphone, ».)
    let noun_phrase = |k: usize| {
        let verb = match tags[k] {
            pos::Upos::Aux => true,
            pos::Upos::Verb => !speaker::participle_form(&toks[k].low),
            _ => false,
        };
        !toks[k].quoted && !speaker::is_finite_verb(&toks[k]) && !verb
    };
    subject
        .clone()
        .find(|&k| toks[k].word)
        .is_some_and(|k| toks[k].upper || lexicon::DETERMINERS.contains(&toks[k].low.as_str()))
        && subject.clone().all(noun_phrase)
}

/// A comma, a dash or a bracket setting off an inserted phrase.
fn is_insert_mark(t: &Tok) -> bool {
    !t.quoted && matches!(t.low.as_str(), "," | "-" | "–" | "—" | "(" | ")")
}

/// Whether `cue` is a stance in the passive whose agent « par » names (« critiqué par
/// l'opposition », « saluée par les syndicats »): the agent speaks.
fn passive_agent(toks: &[Tok], cue: &cues::Cue) -> bool {
    cue.after_comme && cue.inverted.is_none() && toks[cue.cue_end].low == "par"
}

/// Whether token `k` opens a time clause: « après que », « avant que », « depuis que »,
/// « dès que ».
fn temporal_que(toks: &[Tok], k: usize) -> bool {
    matches!(toks[k].low.as_str(), "après" | "avant" | "depuis" | "dès")
        && !toks[k].quoted
        && toks
            .get(k + 1)
            .is_some_and(|n| matches!(n.low.as_str(), "que" | "qu'"))
}

/// Whether a completive « que » (not one of a conjunction: « après que », « pendant que »)
/// stands before token `k`.
fn completive_before(toks: &[Tok], k: usize) -> bool {
    (0..k).any(|j| {
        matches!(toks[j].low.as_str(), "que" | "qu'")
            && !toks[j].quoted
            && !(j > 0
                && matches!(
                    toks[j - 1].low.as_str(),
                    "après" | "avant" | "depuis" | "dès" | "pendant" | "alors" | "tandis" | "ce"
                ))
    })
}

/// « …, que l'Ukraine a rejeté. », « des tirs, que Moscou accuse de viser des civils »: a
/// relative clause after a comma whose « que » is the object of the cue, with a subject of its
/// own (a short noun phrase or a name) between them. The verb has no object after it (a
/// second completive, « …, que l'État a annoncé des aides », is still the first speaker's).
fn relative_object_clause(toks: &[Tok], cue: &cues::Cue) -> bool {
    let Some(que) = (0..cue.group_start)
        .rev()
        .find(|&k| !toks[k].quoted && matches!(toks[k].low.as_str(), "que" | "qu'"))
    else {
        return false;
    };
    let subject = &toks[que + 1..cue.group_start];
    let after_comma = que > 0 && toks[que - 1].low == ",";
    let named = !subject.is_empty()
        && subject.len() <= 5
        && (subject[0].upper || lexicon::DETERMINERS.contains(&subject[0].low.as_str()))
        && subject
            .iter()
            .all(|t| t.word && !t.quoted && !speaker::is_finite_verb(t));
    let no_object = match toks.get(cue.cue_end + 1) {
        None => true,
        Some(t) => {
            matches!(t.low.as_str(), "." | "," | ";" | "-" | "–" | "—" | "!")
                || cue.verb.lemma == "accuser" && matches!(t.low.as_str(), "de" | "d'")
        }
    };
    after_comma && named && no_object
}

/// « Si ses partisans estiment …, l'opposition souligne … », « Pendant que les uns … »,
/// « Alors que la direction dément …, les syndicats assurent … », « Même si le ministre
/// assure …, les syndicats réclament … »: the first cue was in a subordinate clause opening
/// the sentence (past a « Mais » or « Et »; the subordinators of
/// [`coreference::OPENING_SUBORDINATORS`]); a cue after the comma closing it is the main
/// clause's, with its own subject.
fn main_after_subordinate(toks: &[Tok], previous_end: usize, verb: usize) -> bool {
    let start = usize::from(
        toks.first()
            .is_some_and(|t| matches!(t.low.as_str(), "mais" | "et" | "or")),
    );
    let opens_subordinate = coreference::opening_subordinator(toks, start).is_some();
    let first_comma = toks.iter().position(|t| !t.quoted && t.low == ",");
    opens_subordinate
        && (first_comma.is_some_and(|c| c >= previous_end && c < verb)
            || subject_after_closing_comma(toks, previous_end, verb))
}

/// Whether the last comma before token `verb`, past token `from`, is followed by a subject of
/// the verb's own: a short noun phrase opening with a determiner or a capital, with no
/// « que », « qui » or verb in it (« …, les syndicats assurent »; not « …, elle, refuse » nor
/// « un homme de 40 ans, a avoué », what a speaker reports).
fn subject_after_closing_comma(toks: &[Tok], from: usize, verb: usize) -> bool {
    let Some(comma) = (from..verb)
        .rev()
        .find(|&k| !toks[k].quoted && toks[k].low == ",")
    else {
        return false;
    };
    let subject = &toks[comma + 1..verb];
    !subject.is_empty()
        && subject.len() <= 8
        && (subject[0].upper || lexicon::DETERMINERS.contains(&subject[0].low.as_str()))
        && subject.iter().all(|t| {
            t.word
                && !t.quoted
                && !matches!(t.low.as_str(), "que" | "qu'" | "qui")
                && !speaker::is_finite_verb(t)
        })
}

/// Whether a speaker leaves its claim unconfirmed wherever it speaks: « on » with nobody
/// named (« pensait-on », « dit-on »), or a source the article does not name that it only
/// knows through media citing it (« des médias citant des responsables anonymes qui
/// affirment … »: a layered attribution, the source's claim relayed). Session 14 convention:
/// an unnamed source speaking in its own right is not flagged (« une source judiciaire a fait
/// état de … »); only the article's hedge (the journalistic conditional, read by the caller)
/// or a layered attribution is.
fn hedged_source(speaker: &str, kind: SpeakerKind) -> bool {
    speaker.eq_ignore_ascii_case("on") || unnamed_source(speaker, kind) && cited_by_media(speaker)
}

/// Whether a speaker who relays another's claim (« X a dit …, selon une source proche du
/// dossier », « …, a indiqué une source de l'UA ») leaves it unconfirmed: « on », or a source
/// the article does not name (the relay of a layered attribution).
fn hedged_relay(speaker: &str, kind: SpeakerKind) -> bool {
    hedged_source(speaker, kind) || unnamed_source(speaker, kind)
}

/// « des fonctionnaires anonymes, cités par le Washington Post »: the speaker's name holds
/// the media citing it (`speaker::citing_media`).
fn cited_by_media(speaker: &str) -> bool {
    speaker.contains(speaker::CITED_BY)
}

/// Whether a speaker is a source the article does not name: an anonymous source (« une source
/// proche du dossier », « l'entourage du ministre ») as opposed to an unnamed witness or
/// expert, or media it does not name (« selon des médias », « plusieurs médias »).
fn unnamed_source(speaker: &str, kind: SpeakerKind) -> bool {
    let name = speaker.to_lowercase();
    if kind == SpeakerKind::Media
        && [
            "des ",
            "plusieurs ",
            "certains ",
            "d'autres ",
            "de nombreux ",
        ]
        .iter()
        .any(|d| name.starts_with(d))
    {
        return true;
    }
    kind == SpeakerKind::Anonymous
        && name
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(|w| {
                lexicon::ANONYMOUS_MARKERS.contains(&w)
                    || lexicon::ROLE_NOUNS.contains(&w) && !speaker::EXPERT_NOUNS.contains(&w)
                    || w == "entourage"
            })
        // (Analysts and experts give their view, not a leak: « des analystes », not hedged.)
        && !name
            .split_whitespace()
            .nth(1)
            .is_some_and(|w| speaker::EXPERT_NOUNS.contains(&w))
}

/// A negated warning, denial or call (« n'a pas mis en garde », « n'a pas démenti ») only
/// states something.
fn negation_aware(kind: ClaimKind, negated: bool) -> ClaimKind {
    if negated
        && matches!(
            kind,
            ClaimKind::Warning | ClaimKind::Denial | ClaimKind::Call
        )
    {
        ClaimKind::Statement
    } else {
        kind
    }
}

/// Whether a coordinated clause opens between tokens `a` and `b` (« mais », « ; » outside
/// quotation marks): what stands on either side is a clause of its own.
fn coordinated_clause_between(toks: &[Tok], a: usize, b: usize) -> bool {
    toks[a + 1..b.min(toks.len())]
        .iter()
        .any(|t| !t.quoted && matches!(t.low.as_str(), "mais" | ";"))
}

/// A conditional in what a present-tense cue or an attribution reports (« selon la police,
/// l'incendie concernerait trois immeubles »): the article hedges it. Modal verbs
/// (« pourrait », « devrait ») are the speaker's own caution, not the article's.
fn reported_conditional(toks: &[Tok], from: usize) -> bool {
    let from = from.min(toks.len());
    toks[from..].iter().enumerate().any(|(j, t)| {
        t.word
            && !t.quoted
            && lexicon::is_conditional(&t.low)
            && !MODALS.iter().any(|m| t.low.starts_with(m))
            && !compound_modal(toks, from + j)
    }) && !cues::unreal_hypothesis(toks)
}

const MODALS: &[&str] = &["pourr", "devr", "voudr", "faudr", "saur"];

/// « auraient pu prévenir », « aurait dû être », « aurait fallu »: the conditional auxiliary
/// at `k` makes a modal's past, the speaker's own view of what was possible or due, no hedge.
fn compound_modal(toks: &[Tok], k: usize) -> bool {
    lexicon::CONDITIONAL_AUX.contains(&toks[k].low.as_str())
        && toks.get(k + 1).is_some_and(|n| {
            matches!(
                n.low.as_str(),
                "pu" | "dû" | "du" | "fallu" | "voulu" | "su"
            )
        })
}

/// « selon lequel », « selon lesquelles » at `k`: a relative clause giving what others said.
fn selon_lequel(toks: &[Tok], k: usize) -> bool {
    toks[k].low == "selon"
        && toks.get(k + 1).is_some_and(|n| {
            matches!(
                n.low.as_str(),
                "lequel" | "laquelle" | "lesquels" | "lesquelles"
            )
        })
}

/// Whether a conditional in what a present-tense cue of this kind of speaker reports is the
/// article's hedge: a medium or an unnamed source relays what it heard (« Le Figaro indique
/// que le tir serait venu … », « des sources indiquent que … »). A person or a body that
/// names itself speaks its own modal (README, session 17: « estime que la réforme serait un
/// échec », no `u`).
fn relays_hearsay(kind: SpeakerKind) -> bool {
    matches!(kind, SpeakerKind::Media | SpeakerKind::Anonymous)
}

/// Whether the speaker of a closing incise is the first claim's speaker under another name:
/// the same words, one inside the other (« Paul Roy » and « M. Roy »), a name glued to the
/// other by an apposition (« le ministre, Paul Roy »), or the other's function (a pointer
/// back, « la même source (M. Roy) », names whom it stands for).
fn one_speaker(first_name: &str, first_role: Option<&str>, speaker: &Speaker, text: &str) -> bool {
    let (said, named) = (
        strip_determiner(first_name).to_lowercase(),
        strip_determiner(&speaker.name).to_lowercase(),
    );
    said.is_empty()
        || named.is_empty()
        || said.contains(&named)
        || named.contains(&said)
        || text.contains(&format!("{first_name}, {}", speaker.name))
        || text.contains(&format!("{}, {first_name}", speaker.name))
        || first_role.is_some_and(|role| role.to_lowercase().contains(&named))
        || speaker
            .role
            .as_deref()
            .is_some_and(|role| role.to_lowercase().contains(&said))
}

/// « la FSU, Sud et la CGT »: in a list of bodies, a lone capitalized word read as a person
/// (no first name before it) is a body too.
fn bodies_alike(mut items: Vec<Speaker>) -> Vec<Speaker> {
    if items.iter().any(|s| s.kind == SpeakerKind::Organization) {
        for s in &mut items {
            if s.kind == SpeakerKind::Person && !s.name.contains(' ') {
                s.kind = SpeakerKind::Organization;
            }
        }
    }
    items
}

/// « Élus et habitants ont dénoncé … », « …, ont prévenu élus, syndicats et habitants »: a
/// list item that is a bare plural noun of people (no determiner, its other words lowercase)
/// is a group, anonymous, or a body's plural, an organization (« syndicats »,
/// « associations »); never a person (its capital is the sentence's) nor a role.
fn group_of_a_bare_plural(words: &[Tok], mut item: Speaker) -> Speaker {
    let Some((head, rest)) = words.split_first() else {
        return item;
    };
    let low = head.low.as_str();
    let singular = low.strip_suffix(['s', 'x']);
    let bare_plural = head.word
        && !lexicon::DETERMINERS.contains(&low)
        && rest.iter().all(|t| !t.upper)
        && singular.is_some_and(|w| speaker::can_speak(w) || speaker::can_speak(low));
    if bare_plural && matches!(item.kind, SpeakerKind::Person | SpeakerKind::Role) {
        let body = singular.is_some_and(|w| lexicon::ORG_WORDS.contains(&w));
        item.kind = if body {
            SpeakerKind::Organization
        } else {
            SpeakerKind::Anonymous
        };
        item.role = None;
    }
    item
}

/// Splits « Le maire et le préfet » into its two speakers (two callers are two claims);
/// media lists and single names stay whole.
fn split_conjoined(speaker: Speaker, people: &People) -> Vec<Speaker> {
    // « Les administrateurs, la direction et les syndicats »: each item.
    let toks = tokenize(&speaker.name);
    // An item as the classifier reads it alone, or its words with the whole's kind.
    let item = |a: usize, b: usize| {
        let again = classify(&speaker.name, &toks, a, b, people);
        if again.kind == SpeakerKind::Unattributed {
            Speaker {
                name: slice(&speaker.name, &toks, a, b),
                ..speaker.clone()
            }
        } else {
            group_of_a_bare_plural(&toks[a..=b], again)
        }
    };
    let last_comma = toks.iter().rposition(|t| t.low == ",");
    if let Some(comma) = last_comma.filter(|_| !speaker.name.contains(" (")) {
        if speaker::determiner_list(&toks, comma + 1, toks.len()) == Some(0) {
            let mut items = Vec::new();
            let mut from = 0;
            for (k, t) in toks.iter().enumerate() {
                if matches!(t.low.as_str(), "," | "et") {
                    items.push((from, k - 1));
                    from = k + 1;
                }
            }
            items.push((from, toks.len() - 1));
            let items: Vec<Speaker> = items.into_iter().map(|(a, b)| item(a, b)).collect();
            return bodies_alike(items);
        }
    }
    // « Élus et habitants »: two bare nouns of people or bodies, two speakers.
    if let Some(et) = toks.iter().position(|t| t.low == "et") {
        if speaker::bare_pair(&toks, et) {
            return vec![item(0, et - 1), item(et + 1, toks.len() - 1)];
        }
    }
    // (« des militants et des ONG », « une source policière et le parquet »: anonymous
    // sources are as many claims as named ones; so are media, « selon AP et Reuters ».)
    if !matches!(
        speaker.kind,
        SpeakerKind::Person
            | SpeakerKind::Role
            | SpeakerKind::Organization
            | SpeakerKind::Anonymous
            | SpeakerKind::Media
    ) || speaker.name.contains(" (")
    {
        return vec![speaker];
    }
    let toks = tokenize(&speaker.name);
    let at = toks.iter().position(|t| t.low == "et");
    let Some(at) = at else {
        return vec![speaker];
    };
    let right = toks.get(at + 1);
    let opens_np = right.is_some_and(|r| {
        r.upper
            || matches!(r.low.as_str(), "le" | "la" | "l'" | "les" | "un" | "une")
            || speaker::SECOND_SPEAKER_DETERMINERS.contains(&r.low.as_str())
                && toks.get(at + 2).is_some_and(|t| t.word)
    });
    // (Either split needs the left side opened by a name or a determiner.)
    let left_opens =
        at > 0 && (toks[0].upper || lexicon::DETERMINERS.contains(&toks[0].low.as_str()));
    // (The left side's own determiner « des » is no complement: « des militants et … ».)
    // (An anonymous source is split only when short and bare: « des fonctionnaires cités par
    // le Monde et le Figaro » is one, its media a list.)
    let left_whole = left_opens
        && !toks[1..at]
            .iter()
            .any(|t| matches!(t.low.as_str(), "de" | "du" | "des" | "d'"))
        && (speaker.kind != SpeakerKind::Anonymous
            || toks[1..at]
                .iter()
                .all(|t| t.word && !lexicon::PREPOSITIONS.contains(&t.low.as_str())));
    // (« Le maire de Lyon et le préfet », « la direction de KNS et le haut-commissaire »: past
    // a complement, « et », an article and a noun that speaks open a second speaker; « le
    // directeur des ventes et des achats » stays one.)
    let article_then_speaker = left_opens
        && right.is_some_and(|r| matches!(r.low.as_str(), "le" | "la" | "l'" | "les"))
        && toks.get(at + 2).is_some_and(|h| {
            // (« le haut-commissaire »: the compound's last word.)
            let head = h.low.rsplit('-').next().unwrap_or(&h.low);
            h.word
                && !h.upper
                && (speaker::can_speak(&h.low) || head != h.low && speaker::can_speak(head))
        });
    if !opens_np || !(left_whole || article_then_speaker) {
        return vec![speaker];
    }
    let text = &speaker.name;
    let left = text[..toks[at].start]
        .trim()
        .trim_end_matches(',')
        .trim()
        .to_string();
    let right = text[toks[at].end..].trim().to_string();
    // « les syndicats Alliance et Unsa »: two organizations the plural descriptor names.
    let described = at >= 3
        && matches!(toks[0].low.as_str(), "les" | "des")
        && toks[1]
            .low
            .strip_suffix('s')
            .is_some_and(coreference::is_descriptor)
        && toks[2..at].iter().all(|t| t.upper || t.low == ",")
        && toks[at + 1..].iter().all(|t| t.upper);
    if described {
        // (« les agences Reuters et AP »: media.)
        let kind = if speaker.kind == SpeakerKind::Media {
            SpeakerKind::Media
        } else {
            SpeakerKind::Organization
        };
        let organization = |name: &str| Speaker {
            name: name.trim().to_string(),
            role: None,
            kind,
        };
        // (« les syndicats CGT, FO et CFDT »: each name of the list.)
        let left = &text[toks[2].start..toks[at].start];
        return left
            .split(',')
            .chain([right.as_str()])
            .filter(|name| !name.trim().is_empty())
            .map(organization)
            .collect();
    }
    // Each side read again as a speaker of its own (its title dropped, its role resolved).
    let read = |side: String| -> Speaker {
        let toks = tokenize(&side);
        let again = (!toks.is_empty()).then(|| classify(&side, &toks, 0, toks.len() - 1, people));
        match again {
            Some(s)
                if matches!(
                    s.kind,
                    SpeakerKind::Person | SpeakerKind::Role | SpeakerKind::Organization
                ) =>
            {
                s
            }
            _ => Speaker {
                name: side,
                ..speaker.clone()
            },
        }
    };
    // (Media joined are each a medium, however a side alone reads: « AP et Reuters ».)
    let kept_medium = |side: Speaker| {
        if speaker.kind == SpeakerKind::Media {
            Speaker {
                kind: SpeakerKind::Media,
                ..side
            }
        } else {
            side
        }
    };
    vec![kept_medium(read(left)), kept_medium(read(right))]
}

/// The source named by the words `from..=to`, as the article would name it alone (« du
/// directeur » is « le directeur »): `classify`, then `de_contracted`.
fn source_named(text: &str, toks: &[Tok], from: usize, to: usize, people: &People) -> Speaker {
    // « aux yeux du Parti socialiste », « de l'avis du Conseil d'État », « selon des
    // informations du Monde »: a contracted article before a name; the name is read alone
    // and given its article (not the particle of a surname: « Joachim du Bellay »).
    if from < to && toks[from].low == "du" && !toks[from].upper && toks[from + 1].upper {
        let mut speaker = classify(text, toks, from + 1, to, people);
        if speaker.kind != SpeakerKind::Unattributed {
            speaker.name = format!("le {}", speaker.name);
            return speaker;
        }
    }
    let mut speaker = classify(text, toks, from, to, people);
    speaker.name = de_contracted(&speaker.name, contracted_des(text, toks, from));
    speaker
}

/// A second source joined by « et » to the first, which starts at `first` (see
/// `cues::second_source`), named by the words `from..=to`: its « des » is « de » + « les »
/// when the first source is a noun's complement too (« à l'appel de la CGT et des syndicats
/// enseignants », « à la demande du maire et des riverains »), the indefinite article
/// otherwise (« selon la police et des témoins »).
fn second_source_named(
    text: &str,
    toks: &[Tok],
    first: usize,
    (from, to): (usize, usize),
    people: &People,
) -> Speaker {
    let mut speaker = source_named(text, toks, from, to, people);
    if toks[from].low == "des" && noun_complement_source(text, toks, first) {
        speaker.name = de_contracted(&speaker.name, true);
    }
    speaker
}

/// Whether the source starting at `at` is a noun's complement: after a noun and « de »
/// (« à l'appel de la CGT »), or after a contracted article (« à la demande du maire », « à
/// l'appel des syndicats »).
fn noun_complement_source(text: &str, toks: &[Tok], at: usize) -> bool {
    let after_noun_and_de = at > 1
        && matches!(toks[at - 1].low.as_str(), "de" | "d'")
        && pos::tags(text, toks)[at - 2] == pos::Upos::Noun;
    after_noun_and_de || toks[at].low == "du" || contracted_des(text, toks, at)
}

/// Whether the « des » at `at` is « de » + « les », a noun's complement (« à l'appel des
/// syndicats », « à la demande des familles », « une précision des enquêteurs »), not the
/// indefinite article after a preposition or a verb (« selon des témoins », « citant des
/// sources »).
fn contracted_des(text: &str, toks: &[Tok], at: usize) -> bool {
    toks[at].low == "des"
        && at > 0
        && toks[at - 1].word
        && !toks[at - 1].quoted
        && !lexicon::PREPOSITIONS.contains(&toks[at - 1].low.as_str())
        && pos::tags(text, toks)[at - 1] == pos::Upos::Noun
}

/// A source named after a contracted « de » (« du point de vue du directeur », and when `des`
/// is a noun's complement, see [`contracted_des`], « à l'appel des syndicats ») as the article
/// would name it alone: « le directeur », « les syndicats ».
fn de_contracted(name: &str, des: bool) -> String {
    let contracted = match name.split_once(' ') {
        // (Not a surname: « Du Bellay ».)
        Some(("du" | "Du", rest)) if rest.starts_with(char::is_lowercase) => Some(("du", rest)),
        Some(("des", rest)) if des => Some(("des", rest)),
        _ => None,
    };
    contracted
        .and_then(|(de, rest)| Some(format!("{} {rest}", speaker::article_in_contraction(de)?)))
        .unwrap_or_else(|| name.to_string())
}

/// A name without the acronym in brackets that closes it (« l'Agence régionale de santé
/// (ARS) » is « l'Agence régionale de santé »): one body, with or without it (README, session
/// 13).
fn without_closing_acronym(name: &str) -> &str {
    name.strip_suffix(')')
        .and_then(|open| open.rsplit_once(" ("))
        .filter(|(_, acronym)| {
            !acronym.is_empty() && acronym.chars().any(char::is_uppercase) && !acronym.contains(' ')
        })
        .map_or(name, |(bare, _)| bare)
}

/// The speaker's name as the claim shows it: a body's without the acronym in brackets closing
/// it, whatever path found it (« c'est Amnesty International (AI) qui a dénoncé … »), as the
/// README's session 13 has it; a person's or a role's as read (« l'ancien maire (PS) »).
fn shown_name(speaker: &Speaker) -> String {
    match speaker.kind {
        SpeakerKind::Organization | SpeakerKind::Media => {
            without_closing_acronym(&speaker.name).to_string()
        }
        _ => speaker.name.clone(),
    }
}

/// The claims of one sentence: the first cue's, then those of later reporting verbs whose
/// speaker is someone else (« X a affirmé que …, mais le Kremlin a démenti »).
fn claims_in(segment: &AlignedSegment, toks: &[Tok], people: &mut People) -> Vec<ClaimWithPath> {
    // (The sentence's first cue, read once: the first claim and the incises after it ask.)
    let first_cue = find_verb(toks, 0);
    if let Some(cue) = &first_cue {
        people.observe_until(&segment.fr, toks, cue.group_start);
    }
    // « Élections : qui appelle à voter pour qui ? », « Le maire a-t-il menti ? »: a question
    // asserts nothing, and its « qui » is no speaker.
    if asks_a_question(toks) {
        return Vec::new();
    }
    people.forget_links();
    let Some((first, mut next)) = claim_in(segment, toks, first_cue.clone(), people) else {
        return Vec::new();
    };
    let first_end = next;
    let mut claims = first;
    // The sentence's first speaker is who a later « il » most likely stands for.
    for c in &claims {
        people.record(c);
    }
    let quote = claims[0].quote;
    // Whether the first claim came from an incise, an attribution or a colon: then no later
    // incise reports it.
    let first_is_incise = first_cue.is_none_or(|c| {
        c.inverted.is_some()
            || c.after_comme
            || c.group_start == 0
            || closes_sentence(toks, &c)
            || is_quote_mark(&toks[c.group_start - 1])
            // (« « … », a déclaré le syndicat, a précisé X »)
            || c.group_start > 1
                && toks[c.group_start - 1].low == ","
                && is_quote_mark(&toks[c.group_start - 2])
            || find_attribution(toks).is_some_and(|(a, _)| a < c.group_start)
    }) || colon_quote(toks).is_some();
    while let Some(cue) = find_verb(toks, next) {
        let previous_end = next;
        next = cue.cue_end + 1;
        // An incise (« …, ajoute le texte ») attributes the same words again: not a new claim.
        // When the first cue left its speaker unresolved (« On s'était dit : « … », a
        // expliqué Véronique »), the incise names who speaks.
        // « Le syndicat regrette que … : « Nous voulons négocier », dit Mme Gillard. »: an
        // incise after a quotation opened by a colon past the first cue reports that
        // quotation, a claim of its own.
        let colon_quotation = cue.group_start > 0 && is_quote_mark(&toks[cue.group_start - 1])
            || cue.group_start > 1
                && toks[cue.group_start - 1].low == ","
                && is_quote_mark(&toks[cue.group_start - 2]);
        // (Not when the colon opens the first cue's own words: « Le maire a dit : « … »,
        // a raconté un habitant » is one claim.)
        let colon_quotation = colon_quotation
            && (previous_end..cue.group_start).any(|k| {
                let reported_before = toks[previous_end..k]
                    .iter()
                    .any(|t| matches!(t.low.as_str(), "que" | "qu'"))
                    || toks[previous_end..k].iter().filter(|t| t.word).count() > 4;
                toks[k].low == ":"
                    && !toks[k].quoted
                    && toks.get(k + 1).is_some_and(is_quote_mark)
                    && reported_before
            });
        // (« …, a-t-il déclaré, estimant que l'ANE, dénoncée à plusieurs reprises par son
        // camp, … »: a stance in the passive after a comma names its agent, who speaks too;
        // no incise of the first speaker's words.)
        let incise =
            (cue.inverted.is_some() || cue.group_start == 0 || !toks[cue.group_start - 1].word)
                && !passive_agent(toks, &cue)
                && !subject_across_insert(&segment.fr, toks, &claims, previous_end, &cue);
        if incise && !colon_quotation {
            // (« Pour l'opposition, « … », a estimé Marine Tondelier »: the one named in the
            // incise speaks for the group « pour » names.)
            let for_group = claims.len() == 1
                && claims[0].cue.to_lowercase() == "pour"
                && matches!(
                    claims[0].speaker_kind,
                    SpeakerKind::Organization | SpeakerKind::Anonymous
                );
            // « X a affirmé …, a précisé le porte-parole », « Le ministère a invité …, a
            // rapporté l'APS », « X nie toute implication, ajoute le texte »: an incise
            // closing the sentence names who relays what the subject said; both are credited,
            // each for its part (the layered-attribution convention, as « …, selon Y »),
            // unless the two are one speaker (« M. Roy a indiqué …, a ajouté la même source »).
            // (A present participle has no subject of its own: « …, explique X, commentant
            // les travaux » names no one new.)
            // (« Il entend …, a-t-il précisé »: an incise's own pronoun is the subject again.)
            // (« X et le Y se sont montrés favorables, révèle Z »: the first cue's two
            // speakers, split, are relayed alike.)
            let relayed = one_cue_named(&claims)
                && !first_is_incise
                && !for_group
                && (cue.inverted.is_none()
                    || pronoun_of_someone_else(cue.inverted.as_deref(), &claims[0].speaker))
                && !cue.participle
                && closes_sentence(toks, &cue);
            // (« Il entend …, a-t-il précisé »: the incise's pronoun names the subject again,
            // read better through it.)
            let reporter_again = claims.len() == 1
                && claims[0].speaker_kind != SpeakerKind::Unattributed
                && !first_is_incise
                && cue.inverted.is_some()
                && claims[0].kind == ClaimKind::Statement
                && closes_sentence(toks, &cue);
            // « « … », a dit le ministre, rapporte l'APS »: a medium closing the sentence
            // after a first incise relays it too (a person restating it does not: « « … »,
            // a déclaré le syndicat, a précisé Mme Gillard »).
            let medium_after_incise = first_is_incise
                && claims.len() == 1
                && claims[0].speaker_kind != SpeakerKind::Unattributed
                && !for_group
                && cue.inverted.is_none()
                && !cue.participle
                && closes_sentence(toks, &cue)
                && speaker_by_route(&segment.fr, toks, &cue, people).0.kind == SpeakerKind::Media;
            if relayed || medium_after_incise {
                people.forget_links();
                let (speaker, route) = speaker_by_route(&segment.fr, toks, &cue, people);
                let path = path_of(people, route, &speaker, &segment.fr);
                let speaker = confidence::weigh(speaker, path, &segment.fr);
                if speaker.kind != SpeakerKind::Unattributed
                    && !claims
                        .iter()
                        .any(|c| one_speaker(&c.speaker, c.role.as_deref(), &speaker, &segment.fr))
                {
                    let unconfirmed = cue.conditional || hedged_relay(&speaker.name, speaker.kind);
                    let claim = cue_claim(segment, toks, &cue, speaker, path, quote, unconfirmed)
                        .with_speaker_words(people);
                    people.record(&claim);
                    claims.push(claim);
                }
                continue;
            }
            if claims.len() == 1
                && !cue.participle
                && (claims[0].speaker_kind == SpeakerKind::Unattributed
                    || reporter_again
                    || for_group)
            {
                people.forget_links();
                let (speaker, route) = speaker_by_route(&segment.fr, toks, &cue, people);
                let path = path_of(people, route, &speaker, &segment.fr);
                let speaker = confidence::weigh(speaker, path, &segment.fr);
                let other = speaker.name.to_lowercase() != claims[0].speaker.to_lowercase();
                if speaker.kind != SpeakerKind::Unattributed && other {
                    let claim = &mut claims[0];
                    claim.path = path;
                    // The hedge of the speaker replaced (« On s'était dit … ») goes with it.
                    let replaced_hedge = hedged_source(&claim.speaker, claim.speaker_kind);
                    if replaced_hedge {
                        claim.unconfirmed = cue.conditional;
                    }
                    claim.speaker = speaker.name;
                    claim.speaker_kind = speaker.kind;
                    claim.role = speaker.role;
                    claim.cue = slice(&segment.fr, toks, cue.group_start, cue.cue_end);
                    claim.kind = negation_aware(cue.verb.kind, cue.negated);
                    claim.unconfirmed =
                        claim.unconfirmed || hedged_source(&claim.speaker, claim.speaker_kind);
                    claim.speaker_as_written = speaker_as_written(people, path, claim);
                    people.record(&claims[0]);
                }
            }
            continue;
        }
        // What the first speaker reports (« X affirme que Moscou a demandé … ») is not a
        // claim of its own, unless a new clause opens (« mais », « tandis que », « ; ») or a
        // relative clause names its own speaker (« qui le nie »).
        // « …, comme l'en a accusé Washington »: the one « comme » names speaks too.
        // « Selon X, la Russie a demandé … »: the main clause's speaker, relayed by X, speaks
        // too (the layered-attribution convention).
        let after_attribution = clause_after_attribution(toks, &claims, previous_end, &cue);
        if !colon_quotation
            && !cue.after_comme
            && !opens_new_clause(toks, previous_end, cue.group_start)
            && !relative_object_clause(toks, &cue)
            && !main_after_subordinate(toks, previous_end, cue.group_start)
            && !after_attribution
        {
            continue;
        }
        people.forget_links();
        let (speaker, route) = speaker_by_route(&segment.fr, toks, &cue, people);
        // (A later cue whose speaker the path cannot vouch for gives no row.)
        let path = path_of(people, route, &speaker, &segment.fr);
        let speaker = confidence::weigh(speaker, path, &segment.fr);
        // (« …, a déclaré Franck Diongo, député de l'opposition qui dit avoir … »: the
        // relative's antecedent is the first speaker's function, the same person.)
        // (« Selon l'AFP, la ministre a annoncé »: the comma closes the attribution, no
        // apposition.)
        let same_person = |c: &ClaimWithPath| {
            without_closing_acronym(&c.speaker) == without_closing_acronym(&speaker.name)
                || !after_attribution
                    && segment
                        .fr
                        .contains(&format!("{}, {}", c.speaker, speaker.name))
                || c.role.as_deref().is_some_and(|role| {
                    let name = strip_determiner(&speaker.name).to_lowercase();
                    !name.is_empty() && role.to_lowercase().contains(&name)
                })
        };
        if speaker.kind == SpeakerKind::Unattributed || claims.iter().any(same_person) {
            continue;
        }
        let conditional_after = cue.present && reported_conditional(toks, cue.cue_end + 1);
        for speaker in split_conjoined(speaker, people) {
            let hedged = cue.conditional || conditional_after && relays_hearsay(speaker.kind);
            let unconfirmed = hedged || hedged_source(&speaker.name, speaker.kind);
            let path = path_of(people, route, &speaker, &segment.fr);
            let claim = cue_claim(segment, toks, &cue, speaker, path, quote, unconfirmed)
                .with_speaker_words(people);
            people.record(&claim);
            claims.push(claim);
        }
    }
    // « La Russie a démenti des informations du New York Times, selon lequel … », « ni le
    // Medef, pour qui … »: a relative attribution after the first cue gives the view of the one
    // it stands for, a claim of its own.
    if let Some((at, source_at)) =
        cues::find_attribution_from(toks, first_end).filter(|&(at, _)| {
            matches!(
                toks.get(at + 1).map(|t| t.low.as_str()),
                Some("qui" | "lequel" | "laquelle" | "lesquels" | "lesquelles")
            )
        })
    {
        let text = segment.fr.as_str();
        people.forget_links();
        let end = at.saturating_sub(1);
        let end = if toks[end].low == "," {
            end.saturating_sub(1)
        } else {
            end
        };
        let speaker = source_named(text, toks, source_at, end, people);
        // (Nor the first speaker again, by a part of the name: « le locataire de Bercy ».)
        let known = claims.iter().any(|c| {
            let (said, named) = (c.speaker.to_lowercase(), speaker.name.to_lowercase());
            said.contains(&named) || named.contains(&said)
        });
        if speaker.kind != SpeakerKind::Unattributed && !known && end >= source_at {
            let unconfirmed =
                reported_conditional(toks, at + 2) || hedged_source(&speaker.name, speaker.kind);
            let path = path_of(people, Route::RelativeAttribution, &speaker, text);
            let claim = new_claim(
                segment,
                speaker,
                path,
                slice(text, toks, at, at + 1),
                // (« pour qui » gives a view, « selon lequel » a report.)
                if toks[at].low == "pour" {
                    ClaimKind::Position
                } else {
                    ClaimKind::Statement
                },
                quote,
                unconfirmed,
            )
            .with_speaker_words(people);
            people.record(&claim);
            claims.push(claim);
        }
    }
    claims.extend(layered_attribution(
        segment, toks, first_end, &claims, people,
    ));
    claims
}

/// « Netanyahu a déclaré qu'il réunira le gouvernement, selon un communiqué de son bureau »,
/// « Les employés évoquent de mauvaises conditions, selon les délégués »: a « selon » or
/// « d'après » set off by a comma after the first cue names who relays the claim, a claim of
/// its own beside the subject's (layered attribution). Not inside what the first speaker
/// reports (« a dit que, selon l'OMS, … »), not a stressed pronoun (« selon lui »: the one
/// speaking), not someone already credited, and the source's noun phrase must close the
/// sentence or a clause (« , selon l'AFP, que … »).
fn layered_attribution(
    segment: &AlignedSegment,
    toks: &[Tok],
    first_end: usize,
    claims: &[ClaimWithPath],
    people: &mut People,
) -> Vec<ClaimWithPath> {
    let Some((at, source_at)) = cues::find_attribution_from(toks, first_end) else {
        return Vec::new();
    };
    let text = segment.fr.as_str();
    let phrase = toks[at].low.as_str();
    let after_comma = at > 0 && toks[at - 1].low == ",";
    let reported = at > 1 && matches!(toks[at - 2].low.as_str(), "que" | "qu'");
    let stressed = matches!(
        toks[source_at].low.as_str(),
        "lui" | "elle" | "eux" | "elles"
    );
    // (« Pour X, …, mais pour le parquet, … »: a second view, opposed to the first.)
    let opposed = phrase == "pour"
        && at > 1
        && (toks[at - 1].low == "mais" && toks[at - 2].low == "," || toks[at - 1].low == ";");
    // (« …, déclare-t-il, cité par la MAP »: the medium citing the speaker relays too; so
    // does one who relays words, with or without a comma: « X aurait jugé … selon des propos
    // rapportés par la préfecture », « explique X dans des propos relayés par Le Soir ».)
    let relays =
        matches!(phrase, "selon" | "d'après" | "d'" | "dans") || cues::CITED.contains(&phrase);
    let words_said = cues::names_words_said(toks, at, source_at);
    let counted = contrasted_count(toks, at, claims);
    if !(relays && (after_comma || words_said || counted) || opposed)
        || source_at < at
        || reported
        || stressed
        || claims.is_empty()
    {
        return Vec::new();
    }
    people.forget_links();
    let (speaker, route, end) = attribution_source(text, toks, at, source_at, people);
    let (speaker, relay) = split_relay(text, toks, (at, source_at, end), speaker, people);
    let end = relay
        .as_ref()
        .map_or(end, |&(_, relay_end, _)| relay_end.max(end));
    // (« rapportés par la préfecture à nos confrères du Progrès »: to whom the words were
    // told, closing the sentence.)
    let end = told_to_end(toks, end).unwrap_or(end);
    let closes = toks[end + 1..]
        .iter()
        .find(|t| !matches!(t.low.as_str(), ")" | "»" | "\""))
        .is_none_or(|t| matches!(t.low.as_str(), "," | "." | "!" | "…" | ";"));
    let known = claims.iter().any(|c| {
        let (said, named) = (c.speaker.to_lowercase(), speaker.name.to_lowercase());
        said.contains(&named) || named.contains(&said)
    });
    // (« …, auraient dit, selon le site, des agents de voyage »: inside the first cue's
    // incise, before the subject it names; that speaker's alone.)
    let before_first_speaker = claims
        .iter()
        .any(|c| !c.speaker.is_empty() && text[toks[at].start..].contains(c.speaker.as_str()));
    if speaker.kind == SpeakerKind::Unattributed
        || known
        || !closes
        || before_first_speaker
        || cues::tally_of_no_one(toks, source_at, end)
    {
        return Vec::new();
    }
    let relay = relay.map(|(other, _, _)| other).filter(|other| {
        other.kind != SpeakerKind::Unattributed
            && other.name.to_lowercase() != speaker.name.to_lowercase()
    });
    // (« …, selon AP et Reuters »: each of two sources « et » joins.)
    split_conjoined(speaker, people)
        .into_iter()
        .map(|speaker| (speaker, route))
        .chain(relay.map(|other| (other, Route::SecondAttributionSource)))
        .map(|(speaker, route)| {
            let unconfirmed =
                reported_conditional(toks, 0) || hedged_relay(&speaker.name, speaker.kind);
            let path = path_of(people, route, &speaker, text);
            let claim = new_claim(
                segment,
                speaker,
                path,
                attribution_cue(text, toks, at, source_at),
                cues::attribution_kind(toks, at),
                claims[0].quote,
                unconfirmed,
            )
            .with_speaker_words(people);
            people.record(&claim);
            claim
        })
        .collect()
}

/// « Entre 300 manifestants selon la police, 900 selon les organisateurs, … », « 2.000
/// personnes d'après la préfecture, 5.000 d'après la CGT »: a figure after a comma, right
/// before a second « selon » or « d'après » (past up to two words of its unit: « 900
/// personnes selon … »)
/// when the sentence's first claim is itself a « selon » or « d'après »: two sources, each
/// giving its own count. Not a figure inside what a speaker says (« Le maire a dit que la
/// ville compte 30.000 habitants selon l'Insee »: the first claim is no attribution).
fn contrasted_count(toks: &[Tok], at: usize, claims: &[ClaimWithPath]) -> bool {
    let first_is_attribution = claims
        .first()
        .is_some_and(|c| matches!(c.cue.to_lowercase().as_str(), "selon" | "d'après"));
    let figure = |t: &Tok| {
        t.low.starts_with(|c: char| c.is_ascii_digit())
            || t.low == "%"
            || lexicon::CARDINALS.contains(&t.low.as_str())
    };
    let count_words = toks[..at]
        .iter()
        .rev()
        .take(3)
        .take_while(|t| t.word && !t.quoted || t.low == "%")
        .count();
    // (The count is set against the first: after a comma or « contre », an approximation
    // between (« …, 900 selon … », « contre 5 000 selon … », « …, près de 5 000 selon … »);
    // not « a baissé de 2 % selon les derniers chiffres de l'Insee », a figure inside the
    // first source's words.)
    let set_against = |j: usize| {
        let approximated = (j.saturating_sub(3)..j).find(|&b| {
            let words: Vec<&str> = toks[b..=j].iter().map(|t| t.low.as_str()).collect();
            lexicon::approximation_len(&words) == j - b
        });
        let before = approximated.unwrap_or(j);
        before > 0 && matches!(toks[before - 1].low.as_str(), "," | "contre")
    };
    first_is_attribution && (at - count_words..at).any(|j| figure(&toks[j]) && set_against(j))
}

/// The last token of « à », « au » or « aux » and a noun phrase right after token `end`
/// (« … à nos confrères du Progrès », « au journal Le Soir »): to whom words were told.
fn told_to_end(toks: &[Tok], end: usize) -> Option<usize> {
    toks.get(end + 1)
        .filter(|t| matches!(t.low.as_str(), "à" | "au" | "aux") && !t.quoted)?;
    toks.get(end + 2)
        .is_some_and(|t| t.word && !t.quoted)
        .then(|| np_end(toks, end + 2))
}

/// An attribution's source `speaker` (phrase at `at`, source `source_at..=end`) split from
/// whom it relays or who relays it (`cues::relayed_through`: « selon une source citée par
/// X », « selon X, citant Y »): the source alone, and the other with the last token of its
/// noun phrase and whether it is a medium citing the source (« cité(e)(s) par », « relayé(e)(s)
/// par »), not one the source cites (« citant »).
fn split_relay(
    text: &str,
    toks: &[Tok],
    (at, source_at, end): (usize, usize, usize),
    speaker: Speaker,
    people: &People,
) -> (Speaker, Option<(Speaker, usize, bool)>) {
    let Some((first_end, other)) =
        cues::relayed_through(toks, source_at, end).filter(|_| at < source_at)
    else {
        return (speaker, None);
    };
    let speaker = if first_end < end {
        source_named(text, toks, source_at, first_end, people)
    } else {
        speaker
    };
    let other_end = np_end(toks, other);
    let relay = source_named(text, toks, other, other_end, people);
    let cites = toks[other - 1].low == "par";
    (speaker, Some((relay, other_end, cites)))
}

/// Whether a denial phrase (« c'est faux », « sans fondement », « fake news ») lies in what
/// the cue reports, not in a clause of the narration after it: a comma and a present participle
/// with no « que » of its own (« …, a-t-il dit, dénonçant la diffusion de fake news »: what
/// he did besides, no denial of his words; « …, ajoutant que c'est faux » still reports).
fn denial_in_reported_words(text: &str, toks: &[Tok], cue_end: usize) -> bool {
    let reported_end =
        narration_participle_after(toks, cue_end).map_or(text.len(), |k| toks[k].start);
    let low = text[..reported_end].to_lowercase().replace('’', "'");
    lexicon::DENIAL_PHRASES.iter().any(|p| low.contains(p))
}

/// The comma opening a present participle's clause of the narration after token `cue_end`
/// (« , dénonçant … », « , qualifiant … »), the participle not followed by « que ».
fn narration_participle_after(toks: &[Tok], cue_end: usize) -> Option<usize> {
    (cue_end + 1..toks.len().saturating_sub(1)).find(|&k| {
        let participle = &toks[k + 1];
        toks[k].low == ","
            && !toks[k].quoted
            && participle.word
            && !participle.quoted
            && is_present_participle(&participle.low)
            && !toks
                .get(k + 2)
                .is_some_and(|t| matches!(t.low.as_str(), "que" | "qu'"))
    })
}

/// A present participle (« dénonçant », « rappelant »), not an adverb or a preposition of the
/// same ending (« cependant », « pendant », « avant »).
pub(super) fn is_present_participle(low: &str) -> bool {
    low.chars().count() > 5
        && low.ends_with("ant")
        && !matches!(
            low,
            "cependant"
                | "pendant"
                | "durant"
                | "maintenant"
                | "auparavant"
                | "devant"
                | "suivant"
                | "moyennant"
                | "nonobstant"
                | "concernant"
                | "pourtant"
        )
}

/// The claims of the sentence's first cue `verb` (`find_verb(toks, 0)`; two claims when two
/// speakers share it), and the token after that cue.
fn claim_in(
    segment: &AlignedSegment,
    toks: &[Tok],
    verb: Option<Cue>,
    people: &mut People,
) -> Option<(Vec<ClaimWithPath>, usize)> {
    let text = segment.fr.as_str();
    let attribution = find_attribution(toks);
    // « Plusieurs témoins, cités par Le Parisien, affirment … »: the citing medium qualifies
    // the verb's subject, who speaks.
    let cited_subject = match (&verb, &attribution) {
        // « Des responsables, cités par Reuters, évoquent un accord »: the subject the
        // participle qualifies, opening the sentence, speaks (with a verb known or not).
        (_, Some((a, _)))
            if toks[*a].low.starts_with("cité")
                && *a > 1
                && toks[*a - 1].low == ","
                && toks[..*a - 1].iter().all(|t| t.word && !t.quoted)
                // (a noun phrase, not a clause: « Le bilan s'élève à dix morts, cité par X »)
                && np_end(toks, 0) == *a - 2
                && verb.as_ref().is_none_or(|v| *a < v.group_start) =>
        {
            Some(classify(text, toks, 0, *a - 2, people))
                .filter(|s| s.kind != SpeakerKind::Unattributed)
                .map(|s| (s, Route::CitedSubject))
        }
        (Some(v), Some((a, _))) if *a < v.group_start => {
            // (« Cité par l'ANI, M. Mikati a indiqué »: so a participle opening the sentence.)
            let opening = *a == 0 && toks[*a].upper;
            let cited =
                toks[*a].low.starts_with("cité") && (*a > 1 && toks[*a - 1].low == "," || opening);
            cited
                .then(|| speaker_by_route(text, toks, v, people))
                .filter(|(s, _)| s.kind != SpeakerKind::Unattributed)
        }
        _ => None,
    };
    // (The medium citing the subject relays what its verb of speech reports: a statement of
    // its own, session 14. Not with no such verb: « Des élus, cités par X, ont quitté la
    // salle ».)
    let citing_medium = cited_subject
        .as_ref()
        .and(attribution)
        .filter(|_| verb.is_some());
    let use_attribution = cited_subject.is_none()
        && match (&verb, &attribution) {
            (Some(v), Some((a, source_at))) => {
                *a < v.group_start && !cues::incise_after_a_document(toks, v, *source_at)
            }
            (None, Some(_)) => true,
            _ => false,
        };
    let quoted_words = toks.iter().filter(|t| t.quoted && t.word).count();
    let quote = quoted_words >= 3;
    // The journalistic conditional hedges the main clause; a conditional after « que » is the
    // sequence of tenses of reported speech (« il a précisé que ce serait temporaire »), one
    // after « selon lequel » what others said that the speaker takes up or denies (« a démenti
    // les informations selon lesquelles il aurait démissionné »).
    let main_clause = (0..toks.len())
        .find(|&k| {
            !toks[k].quoted
                && (matches!(toks[k].low.as_str(), "que" | "qu'") || selon_lequel(toks, k))
        })
        .unwrap_or(toks.len());
    // (« 700 postes seraient menacés, mais le groupe dément »: a conditional in a clause of
    // its own, past « mais » or « ; », hedges that clause, not the claim of the other.)
    let claim_at = match (&verb, attribution) {
        (_, Some((a, _))) if use_attribution => Some((a, a)),
        (Some(v), _) => Some((v.group_start, v.cue_end)),
        (None, a) => a.map(|(a, _)| (a, a)),
    };
    let in_the_claims_clause = |k: usize| match claim_at {
        Some((start, _)) if k < start => !coordinated_clause_between(toks, k, start),
        Some((_, end)) if k > end => !coordinated_clause_between(toks, end, k),
        _ => true,
    };
    let journalistic_conditional = toks[..main_clause].iter().enumerate().any(|(k, t)| {
        !t.quoted
            && lexicon::CONDITIONAL_AUX.contains(&t.low.as_str())
            && toks.get(k + 1).is_some_and(|n| n.word && !n.quoted)
            && !cues::impersonal_advice(toks, k)
            && !compound_modal(toks, k)
            && in_the_claims_clause(k)
    }) && !cues::unreal_hypothesis(toks)
        || toks.iter().any(|t| {
            // « Il semblerait que … », « il paraîtrait que … »: the article's own hedge.
            !t.quoted
                && matches!(
                    t.low.as_str(),
                    "semblerait" | "sembleraient" | "paraîtrait" | "paraîtraient" | "paraitrait"
                )
        });
    // « Réaction de X : « … » », « X dans un communiqué : « … » », « X est formel : … »: a
    // colon gives someone's words before any verb reports them.
    // (« Hausse des prix : la mise en garde de la Banque de France », « La municipalité
    // satisfaite de son festival »: a headline's noun of speech or feeling stands for the
    // cue as the colon does.)
    let colon_claim = cues::colon_frame(toks)
        .or_else(|| cues::headline_noun_cue(toks))
        .or_else(|| cues::headline_stance(toks))
        .filter(|f| !use_attribution && verb.as_ref().is_none_or(|v| v.group_start > f.colon))
        .map(|f| {
            let speaker = source_named(text, toks, f.source.0, f.source.1, people);
            (f, speaker)
        })
        .filter(|(_, speaker)| speaker.kind != SpeakerKind::Unattributed);
    let mut second: Option<Speaker> = None;
    // (« Selon une source, citée par l'AFP, les otages auraient été retrouvés »: the
    // conditional hedges what the source says, not that the medium cites it.)
    let mut second_cites_the_first = false;
    // (« …, a affirmé Paul Martin cité par Le Parisien »: a medium citing the subject after
    // the verb, with no comma.)
    let mut medium_after_the_verb: Option<(usize, usize)> = None;
    let mut relayed: Option<ClaimWithPath> = None;
    let (speaker, route, cue, kind, conditional, end) = if let Some((frame, speaker)) = colon_claim
    {
        let cue = slice(text, toks, frame.colon, frame.colon);
        let hedged = reported_conditional(toks, frame.colon + 1);
        (
            speaker,
            Route::ColonFrame,
            cue,
            frame.kind,
            hedged,
            frame.colon,
        )
    } else if let (None, Some((cited, route))) = (&verb, &cited_subject) {
        let (at, _) = attribution?;
        let hedged = reported_conditional(toks, 0);
        (
            cited.clone(),
            *route,
            slice(text, toks, at, at + 1),
            ClaimKind::Statement,
            hedged,
            at + 1,
        )
    } else if use_attribution {
        let (at, source_at) = attribution?;
        let (speaker, route, end) = attribution_source(text, toks, at, source_at, people);
        // « selon une source citée par X », « selon X, citant Y »: the source and the one
        // that relays it (or that it relays), each a claim.
        let (speaker, relay) = split_relay(text, toks, (at, source_at, end), speaker, people);
        // (« X, pour qui … »: the source comes before the phrase, « pour qui » is the cue.)
        let cue = if at < source_at {
            attribution_cue(text, toks, at, source_at)
        } else {
            slice(text, toks, at, at + 1)
        };
        let hedged = reported_conditional(toks, 0);
        // « à l'appel de la CGT et de FO »: the second source's own claim.
        // (« et une source militaire interrogée par l'AFP »: through its participle, as the
        // first source.)
        let second_source = cues::second_source(toks, end).map(|from| {
            let second_end = with_participle(toks, np_end(toks, from));
            second_source_named(text, toks, source_at, (from, second_end), people)
        });
        // (Only the relay, not a second source that wins over it, cites the first.)
        second_cites_the_first =
            second_source.is_none() && relay.as_ref().is_some_and(|&(_, _, cites)| cites);
        second = second_source.or(relay.map(|(other, _, _)| other));
        (
            speaker,
            route,
            cue,
            cues::attribution_kind(toks, at),
            hedged,
            end,
        )
    } else if let Some((open, speaker, kind)) = verb
        .is_none()
        .then(|| credited_in_brackets(text, toks, people))
        .flatten()
    {
        let mark = slice(text, toks, open, toks.len() - 1);
        let unconfirmed = hedged_source(&speaker.name, speaker.kind);
        let path = path_of(people, Route::BracketCredit, &speaker, text);
        return Some((
            vec![
                new_claim(segment, speaker, path, mark, kind, quote, unconfirmed)
                    .with_speaker_words(people),
            ],
            toks.len(),
        ));
    } else if verb.is_none() {
        // « Pablo Correa n'a obtenu aucune garantie : "Je ne revendique rien …" »: a quotation
        // opened right after a colon, in a sentence whose subject is a person or a role.
        let Some(colon) = colon_quote(toks) else {
            // « L'éleveur montre le pré, mais « c'est grillé, il n'y a plus rien »: a
            // quotation in the first person closing a clause of its own.
            let (open, speaker) = juxtaposed_quotation(text, toks, people)
                .or_else(|| signed_quotation(text, toks, people))
                .or_else(|| quotation_heading_a_clause(text, toks, people))?;
            let mark = slice(text, toks, open, open);
            return Some((
                vec![{
                    let unconfirmed = hedged_source(&speaker.name, speaker.kind);
                    let path = path_of(people, Route::JuxtaposedQuotation, &speaker, text);
                    new_claim(
                        segment,
                        speaker,
                        path,
                        mark,
                        ClaimKind::Statement,
                        quote,
                        unconfirmed,
                    )
                    .with_speaker_words(people)
                }],
                toks.len(),
            ));
        };
        let speaker = main_subject(text, toks, colon, people)?;
        // (« Une source diplomatique : « … » », « Des riverains : « … » »: an unnamed source,
        // all that comes before the colon, heads its words.)
        let unnamed_heading =
            speaker.kind == SpeakerKind::Anonymous && tokenize(&speaker.name).len() == colon;
        // (« Le syndicat invite : « … » », « La préfecture dément : « … » »: a body speaks
        // through a reporting verb; not « La ville a fermé ses écoles : « … » ».)
        let reporting_verb = verb_before_colon(toks, colon);
        let body_reporting = matches!(speaker.kind, SpeakerKind::Organization | SpeakerKind::Media)
            && reporting_verb.is_some()
            && words_said_after(toks, colon);
        if !(matches!(speaker.kind, SpeakerKind::Person | SpeakerKind::Role)
            || unnamed_heading
            || body_reporting)
            || event_headline(toks, colon)
        {
            return None;
        }
        // (« Exposition : « … » »: a lone word before the colon is a heading, unless it is
        // the surname of someone the article named before.)
        let lone_word = !speaker.name.contains(' ');
        // (« Julien, parent d'élève, est furieux : « … » »: a known first name opening the
        // sentence, an apposition after it, is a person of the vox pop.)
        let first_name_apposed = toks.first().is_some_and(|t| {
            t.upper && speaker.name.to_lowercase() == t.low && lexicon::is_first_name(&t.low)
        }) && toks.get(1).is_some_and(|t| t.low == ",");
        if lone_word
            && !first_name_apposed
            && people.full_name(&speaker.name.to_lowercase()).is_none()
        {
            return None;
        }
        (
            speaker,
            Route::ColonQuotation,
            ":".to_string(),
            kind_of_the_verb_before_colon(toks, colon, reporting_verb),
            false,
            colon,
        )
    } else {
        let cue = verb?;
        let (speaker, route) =
            cited_subject.unwrap_or_else(|| speaker_by_route(text, toks, &cue, people));
        relayed = relayed_by_medium(segment, toks, &cue, &speaker, people);
        if matches!(
            route,
            Route::PostposedSubject | Route::NameAfterPostposedRole
        ) {
            medium_after_the_verb = medium_citing_the_inverted_subject(toks, &cue);
        }
        // « …, a appris l'AFP auprès des pompiers et d'un riverain »: both speak.
        if cue.verb.lemma == "apprendre" {
            second = speaker::second_aupres_de(text, toks, cue.group_start, people);
        }
        // « …, rapporte l'AFP, citant un responsable »: the medium and whom it cites.
        if second.is_none()
            && speaker.kind == SpeakerKind::Media
            && matches!(
                route,
                Route::PostposedSubject | Route::NameAfterPostposedRole
            )
        {
            second = source_cited_by_the_incise(text, toks, &cue, people);
        }
        let cue_text = slice(text, toks, cue.group_start, cue.cue_end);
        // (« On a appris que … »: what the desk learnt from no one named, unconfirmed as
        // « a-t-on appris ».)
        let learnt_by_on = cue.verb.lemma == "apprendre"
            && cue.group_start > 0
            && toks[cue.group_start - 1].low == "on";
        let hedged = cue.conditional
            || cue.present
                && reported_conditional(toks, cue.cue_end + 1)
                && relays_hearsay(speaker.kind)
            || learnt_by_on;
        (
            speaker,
            route,
            cue_text,
            negation_aware(cue.verb.kind, cue.negated),
            hedged,
            cue.cue_end,
        )
    };
    let kind = if kind == ClaimKind::Statement && denial_in_reported_words(text, toks, end) {
        ClaimKind::Denial
    } else {
        kind
    };
    let second = second.filter(|other| {
        other.kind != SpeakerKind::Unattributed
            && other.name.to_lowercase() != speaker.name.to_lowercase()
    });
    let cited_by_a_medium =
        second_cites_the_first || citing_medium.is_some() || medium_after_the_verb.is_some();
    let claims = split_conjoined(speaker, people)
        .into_iter()
        .map(|speaker| (speaker, route))
        .chain(second.map(|other| (other, Route::SecondAttributionSource)))
        .map(|(speaker, route)| {
            // (The closing incise that relays the subject's own claim: a layered attribution.)
            let relays = relayed.is_some();
            let citing = second_cites_the_first && route == Route::SecondAttributionSource;
            // (« selon une source, citée par Le Parisien », « Des témoins, cités par X,
            // affirment »: an unnamed source the article knows through a medium, session 15.)
            let known_through_a_medium = cited_by_a_medium
                && route != Route::SecondAttributionSource
                && unnamed_source(&speaker.name, speaker.kind);
            let unconfirmed = !citing && (conditional || journalistic_conditional)
                || known_through_a_medium
                || hedged_source(&speaker.name, speaker.kind)
                || relays && hedged_relay(&speaker.name, speaker.kind);
            let path = path_of(people, route, &speaker, text);
            new_claim(
                segment,
                speaker,
                path,
                cue.clone(),
                kind,
                quote,
                unconfirmed,
            )
            .with_speaker_words(people)
        })
        .collect::<Vec<_>>();
    let medium = citing_medium
        .or(medium_after_the_verb)
        .and_then(|(at, source_at)| {
            citing_medium_claim(segment, toks, (at, source_at), &claims, quote, people)
        });
    let claims = relayed.into_iter().chain(claims).chain(medium).collect();
    Some((claims, end + 1))
}

/// The claims so far all come from one cue and name someone: one speaker, or the speakers
/// « et » joins before it (`split_conjoined`: « La direction et le préfet ont dit »).
fn one_cue_named(claims: &[ClaimWithPath]) -> bool {
    claims.first().is_some_and(|first| {
        claims.iter().all(|c| {
            c.cue == first.cue
                && c.segment == first.segment
                && c.speaker_kind != SpeakerKind::Unattributed
        })
    })
}

/// « …, a rapporté la télévision d'État, citant le ministère de la Santé », « …, cite
/// l'agence X citant un responsable »: the source the medium after the verb `cue` cites, a
/// claim of its own beside the medium's, as with « selon X, citant Y »
/// (`cues::relayed_through`).
fn source_cited_by_the_incise(
    text: &str,
    toks: &[Tok],
    cue: &cues::Cue,
    people: &People,
) -> Option<Speaker> {
    let (from, to) = speaker::postposed_subject(toks, cue.cue_end + 1)?;
    let (_, other) = cues::relayed_through(toks, from, to)?;
    if toks[other - 1].low != "citant" {
        return None;
    }
    let cited = source_named(text, toks, other, np_end(toks, other), people);
    (cited.kind != SpeakerKind::Unattributed).then_some(cited)
}

/// « …, a affirmé Paul Martin cité par Le Parisien », « …, a indiqué le ministre relayé par
/// l'AFP »: the participle and the medium's first token, when a medium cites the subject that
/// follows the verb `cue`, with no comma between (`speaker::citing_participle_at`).
fn medium_citing_the_inverted_subject(toks: &[Tok], cue: &cues::Cue) -> Option<(usize, usize)> {
    let (from, to) = speaker::postposed_subject(toks, cue.cue_end + 1)?;
    if let Some(at) = speaker::citing_participle_at(toks, from, to) {
        let source_at = cues::par_after_participle(toks, at)? + 1;
        return Some((at, source_at)).filter(|&(_, source_at)| source_at <= to);
    }
    // (« …, a déclaré le directeur de l'OMS, Paul Martin cité par Le Figaro »)
    let at = speaker::citing_participle_after_apposed_name(toks, to)?;
    Some((at, cues::par_after_participle(toks, at)? + 1))
}

/// « Des responsables, cités par Reuters, évoquent un accord », « Cité par l'AFP, le ministre
/// a indiqué … »: the medium named at `source_at` after the participle at `at` relays what the
/// subject says, a statement of its own beside the subject's claims (`claims`), as « …, a
/// déclaré X, cité par Y » (session 14). Not hedged by the conditional of what it relays.
fn citing_medium_claim(
    segment: &AlignedSegment,
    toks: &[Tok],
    (at, source_at): (usize, usize),
    claims: &[ClaimWithPath],
    quote: bool,
    people: &mut People,
) -> Option<ClaimWithPath> {
    let text = segment.fr.as_str();
    let medium = source_named(text, toks, source_at, np_end(toks, source_at), people);
    let known = claims
        .iter()
        .any(|c| c.speaker.to_lowercase() == medium.name.to_lowercase());
    if medium.kind == SpeakerKind::Unattributed || known {
        return None;
    }
    let unconfirmed = hedged_source(&medium.name, medium.kind);
    let path = path_of(people, Route::SecondAttributionSource, &medium, text);
    let cue = attribution_cue(text, toks, at, source_at);
    Some(
        new_claim(
            segment,
            medium,
            path,
            cue,
            ClaimKind::Statement,
            quote,
            unconfirmed,
        )
        .with_speaker_words(people),
    )
}

/// « Selon le maire de Lille les travaux commenceront »: with no comma after the source, the
/// article right after a name (no preposition between) opens the clause, not the source's
/// phrase; the source ends before it. `end` otherwise.
fn before_juxtaposed_article(toks: &[Tok], source_at: usize, end: usize) -> usize {
    (source_at + 1..=end)
        .find(|&k| {
            let (name, article) = (&toks[k - 1], &toks[k]);
            name.word
                && name.upper
                && !name.quoted
                && !article.upper
                && matches!(article.low.as_str(), "le" | "la" | "l'" | "les")
        })
        .map_or(end, |k| k - 1)
}

/// « Le président a affirmé que …, a rapporté la télévision nationale », « X a affirmé …, a
/// précisé son porte-parole »: the closing incise `incise` names who relays, `medium`, what
/// the first verb's subject said; that subject's own claim, read from the verb before the
/// incise, when it names someone else (the layered-attribution convention: both are
/// credited, as with « …, selon Y »).
fn relayed_by_medium(
    segment: &AlignedSegment,
    toks: &[Tok],
    incise: &cues::Cue,
    medium: &Speaker,
    people: &mut People,
) -> Option<ClaimWithPath> {
    let text = segment.fr.as_str();
    // (« Il entend …, a-t-il précisé »: an incise's own pronoun is the subject again.)
    if !closes_sentence(toks, incise) || incise.inverted.is_some() {
        return None;
    }
    // (The subject's own verb has its subject before it: « « … », a déclaré le syndicat, a
    // précisé X » is one claim restated.)
    let own = cues::first_verb(toks, 0).filter(|c| {
        c.cue_end < incise.group_start
            && c.inverted.is_none()
            && !c.after_comme
            && !c.participle
            && c.group_start > 0
            && toks[c.group_start - 1].word
            && !toks[c.group_start - 1].quoted
            // (« des opposants qui protestaient contre …, a constaté un journaliste »: words
            // in a relative clause of the narration are the incise's speaker's alone.)
            && !cues::narration_detail(toks, c)
    })?;
    let (subject, route) = speaker_by_route(text, toks, &own, people);
    if subject.kind == SpeakerKind::Unattributed
        || one_speaker(&subject.name, subject.role.as_deref(), medium, text)
    {
        return None;
    }
    let hedged = own.conditional
        || own.present
            && reported_conditional(toks, own.cue_end + 1)
            && relays_hearsay(subject.kind);
    let unconfirmed = hedged || hedged_source(&subject.name, subject.kind);
    let path = path_of(people, route, &subject, text);
    let quoted_words = toks.iter().filter(|t| t.quoted && t.word).count();
    let claim = cue_claim(
        segment,
        toks,
        &own,
        subject,
        path,
        quoted_words >= 3,
        unconfirmed,
    )
    .with_speaker_words(people);
    people.record(&claim);
    Some(claim)
}

/// The words of an attribution phrase from `at` up to its source at `source_at` (« Selon »,
/// « d'après », « cité par »), without the quotation mark of a name in quotation marks
/// (« Selon « Al Ghad TV » »).
fn attribution_cue(text: &str, toks: &[Tok], at: usize, source_at: usize) -> String {
    let end = if source_at > at + 1 && is_quote_mark(&toks[source_at - 1]) {
        source_at - 2
    } else {
        source_at - 1
    };
    slice(text, toks, at, end)
}

/// Who an attribution phrase at `at` names, its source starting at `source_at`: the speaker,
/// how it was read, and the last token of its noun phrase. A possessive's document (« selon
/// leur rapport ») stays unresolved; a role with a name in apposition (« selon le président
/// du groupe LR, Olivier Marleix ») is that person.
fn attribution_source(
    text: &str,
    toks: &[Tok],
    at: usize,
    source_at: usize,
    people: &People,
) -> (Speaker, Route, usize) {
    // (« qui préparaient selon eux un nouveau vol »: a stressed pronoun is the source
    // alone.)
    let stressed = matches!(
        toks[source_at].low.as_str(),
        "lui" | "elle" | "eux" | "elles"
    );
    let end = if stressed {
        source_at
    } else {
        with_participle(toks, np_end(toks, source_at))
    };
    let end = before_juxtaposed_article(toks, source_at, end);
    let end = cues::press_post_end(toks, source_at, end);
    // (« selon la thèse des policiers et de plusieurs témoins »: « et de » repeats the « de »
    // of the words said, a second source of them, not a complement of the first; a second
    // source has its determiner and a common noun: not « du ministre de l'Économie et des
    // Finances », « de la Chambre de commerce et d'industrie », one name.)
    let end = if cues::names_words_said(toks, at, source_at) {
        let low = |k: usize| toks.get(k).map_or("", |t| t.low.as_str());
        let lower_word = |k: usize| toks.get(k).is_some_and(|t| t.word && !t.upper);
        (source_at + 1..end)
            .find(|&k| {
                low(k) == "et"
                    && match low(k + 1) {
                        "de" | "d'" => {
                            (lexicon::DETERMINERS.contains(&low(k + 2))
                                || matches!(low(k + 2), "plusieurs" | "certains" | "certaines"))
                                && lower_word(k + 3)
                        }
                        "des" | "du" => lower_word(k + 2),
                        _ => false,
                    }
            })
            .map_or(end, |k| k - 1)
    } else {
        end
    };
    // (« Cette version laisse la famille perplexe »: the feeling is no part of who feels it.)
    let end = if end > source_at
        && cues::leaves_in_a_feeling(&toks[at])
        && cues::is_feeling_left_in(&toks[end])
    {
        end - 1
    } else {
        end
    };
    // « Pour le ministère dirigé par Paul Martin, … »: the holder in the article's words, what
    // describes it included, of its own kind (not the one the participle names).
    if toks[at].low == "pour" && !stressed {
        let (holder_end, described_end) = cues::described_holder(toks, source_at);
        if described_end > holder_end && toks[holder_end + 1].low != "(" {
            let mut speaker = classify(text, toks, source_at, holder_end, people);
            speaker.name = slice(text, toks, source_at, described_end);
            return (speaker, Route::Attribution, described_end);
        }
    }
    // (A source before its phrase ends there: « le ministre dixit ».)
    let end = if at > source_at { end.min(at - 1) } else { end };
    // (« L'armée a frappé des cibles, en représailles au tir effectué selon elle par … »: the
    // clause's own subject, of the pronoun's gender.)
    if let Some(subject) = stressed
        .then(|| speaker::subject_taken_up(text, toks, source_at, people))
        .flatten()
    {
        return (subject, Route::Attribution, end);
    }
    let mut speaker = source_named(text, toks, source_at, end, people);
    let mut route = Route::Attribution;
    // (« selon un correspondant de l'agence VNA »: one who reports for a medium speaks as
    // the medium, whatever the medium's name reads as.)
    // (« selon 20minutes », « d'après 24heures »: a title opening on a number is a
    // medium's.)
    let numbered = source_at == end && cues::numbered_title(&toks[source_at].low);
    if cues::reports_for_a_medium(toks, source_at, end) || numbered {
        speaker.kind = SpeakerKind::Media;
    }
    // « Selon nos informations, … », « d'après nos calculs »: the outlet's own findings,
    // the outlet speaks (in the article's words).
    // « D'après ses calculs, … », « selon leur rapport »: whose document it is goes
    // unsaid here; shown unresolved, in the article's words, rather than as a body.
    if cues::our_own_findings(toks, source_at) {
        speaker.kind = SpeakerKind::Media;
        speaker.role = None;
    } else if cues::possessive(toks, source_at) && cues::names_a_document(toks, source_at) {
        speaker.kind = SpeakerKind::Unattributed;
        speaker.role = None;
    }
    // « Selon le président du groupe LR, Olivier Marleix, … »: the name in apposition.
    // (« selon le chef de la Division communication et relations publiques, le commissaire
    // X, »: the role runs on past a bare noun after « et » to the comma.)
    let role_end = role_past_bare_noun(text, toks, end).unwrap_or(end);
    if appositive_holder(&speaker, toks, source_at)
        && toks.get(role_end + 1).is_some_and(|t| t.low == ",")
    {
        let end = role_end;
        // (The name may close the sentence: « …, selon le député, Paul Martin. »)
        let close = (end + 2..toks.len().min(end + 8))
            .find(|&k| toks[k].low == ",")
            .or_else(|| {
                let last = np_end(toks, (end + 2).min(toks.len() - 1));
                (last + 1 == toks.len()
                    || toks
                        .get(last + 1)
                        .is_some_and(|t| matches!(t.low.as_str(), "." | "!")))
                .then_some(last + 1)
            });
        if let Some(close) = close.filter(|&c| c > end + 2) {
            let named = classify(text, toks, end + 2, close - 1, people);
            // (« Selon son avocat, Paul Martin, qui était absent, a quitté … »: the name is
            // the main clause's subject, not the lawyer.)
            if named.kind == SpeakerKind::Person
                && (toks[end + 2].upper || role_then_name(toks, end + 2, close - 1))
                && !coreference::name_opens_main_clause(toks, end + 2, close - 1)
            {
                let role = if role_end > source_at + 1 {
                    slice(text, toks, source_at, role_end)
                } else {
                    speaker.name.clone()
                };
                speaker = Speaker {
                    role: Some(strip_determiner(&role)),
                    ..named
                };
                route = Route::AttributionApposedName;
            }
        }
    }
    // « Selon le médecin et opposant Jean Kalala, … »: more functions joined by commas and
    // « et », then the name they all describe.
    if route == Route::Attribution {
        if let Some((named, last)) =
            speaker::name_after_functions(text, toks, source_at, end, &speaker, people)
        {
            return (named, Route::AttributionApposedName, last);
        }
    }
    (speaker, route, end)
}

/// « le chef de la Division communication et relations publiques de la police, »: the last
/// token before the comma when the noun phrase ending at `end` goes on with « et » and a
/// bare noun (no determiner) and its complement, no verb, for six words at most.
/// (The tagger tells the noun « relations » from the verb « (nous) relations ».)
fn role_past_bare_noun(text: &str, toks: &[Tok], end: usize) -> Option<usize> {
    let bare_noun = toks.get(end + 2).filter(|t| {
        t.word && !t.upper && !t.quoted && !lexicon::DETERMINERS.contains(&t.low.as_str())
    });
    if toks.get(end + 1).is_none_or(|t| t.low != "et") || bare_noun.is_none() {
        return None;
    }
    let comma = (end + 3..toks.len().min(end + 9)).find(|&k| toks[k].low == ",")?;
    let tags = pos::tags(text, toks);
    (end + 2..comma)
        .all(|k| {
            toks[k].word && !toks[k].quoted && !matches!(tags[k], pos::Upos::Verb | pos::Upos::Aux)
        })
        .then_some(comma - 1)
}

/// « le commissaire Mamadou Diouf », « l'adjointe Claire Fabre »: a name in apposition
/// after its own function, at `a..=b`: a definite article, a role noun, then a capitalized
/// word that closes the phrase.
fn role_then_name(toks: &[Tok], a: usize, b: usize) -> bool {
    b > a + 1
        && matches!(toks[a].low.as_str(), "le" | "la" | "l'")
        && !toks[a + 1].upper
        && lexicon::ROLE_NOUNS.contains(&toks[a + 1].low.as_str())
        && toks[b].upper
}

/// Whether the source of « selon » may have a person's name in apposition: a role, or one
/// person's function the rules read as a body (« le principal adjoint du collège X »): « le »
/// or « la », then a common noun that names no body and no document.
fn appositive_holder(speaker: &Speaker, toks: &[Tok], source_at: usize) -> bool {
    let singular_definite = toks
        .get(source_at)
        .is_some_and(|t| matches!(t.low.as_str(), "le" | "la"));
    let head = toks.get(source_at + 1).filter(|h| h.word && !h.upper);
    speaker.kind == SpeakerKind::Role
        || speaker.kind == SpeakerKind::Organization
            && singular_definite
            && head.is_some_and(|h| {
                !lexicon::ORG_WORDS.contains(&h.low.as_str())
                    && !lexicon::SOURCE_NOUNS.contains(&h.low.as_str())
            })
            && !cues::names_a_document(toks, source_at)
}

/// The claim `cue` makes in `segment`: its words from the group's start to the cue's end,
/// its kind (a negated warning, denial or call only states something).
fn cue_claim(
    segment: &AlignedSegment,
    toks: &[Tok],
    cue: &cues::Cue,
    speaker: Speaker,
    path: SpeakerPath,
    quote: bool,
    unconfirmed: bool,
) -> ClaimWithPath {
    new_claim(
        segment,
        speaker,
        path,
        slice(&segment.fr, toks, cue.group_start, cue.cue_end),
        negation_aware(cue.verb.kind, cue.negated),
        quote,
        unconfirmed,
    )
}

/// A claim of `segment` by `speaker` (its English filled in later, when the run translates
/// speakers). A speaker whose words name no one who speaks is shown unresolved, with those
/// words ([`nothing_that_speaks`]); so is one whose path nothing vouches for
/// ([`confidence::weigh`]).
fn new_claim(
    segment: &AlignedSegment,
    speaker: Speaker,
    path: SpeakerPath,
    cue: String,
    kind: ClaimKind,
    quote: bool,
    unconfirmed: bool,
) -> ClaimWithPath {
    let mut speaker = confidence::weigh(speaker, path, &segment.fr);
    if nothing_that_speaks(&speaker) {
        speaker.kind = SpeakerKind::Unattributed;
        speaker.role = None;
    }
    // (A route that read no word: unresolved, with the sentence's words around the cue.)
    if wordless_speaker::is_wordless(&speaker.name) {
        speaker = Speaker::unresolved(wordless_speaker::words_around_cue(&segment.fr, &cue));
    }
    let claim = Claim {
        segment: segment.id,
        unconfirmed,
        speaker: shown_name(&speaker),
        speaker_kind: speaker.kind,
        cue,
        kind,
        quote,
        fr: segment.fr.clone(),
        en: segment.en.clone(),
        role: speaker.role,
        speaker_en: None,
        role_en: None,
        // (Set by `with_speaker_words`, which knows the back-references followed.)
        speaker_as_written: None,
    };
    ClaimWithPath { claim, path }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod cue_tests;

#[cfg(test)]
mod span_tests;

#[cfg(test)]
mod press_cue_tests;

#[cfg(test)]
mod frame_matrix_tests;
#[cfg(test)]
mod insert_matrix_tests;

#[cfg(test)]
mod backref_matrix_tests;

#[cfg(test)]
mod kind_matrix_tests;

#[cfg(test)]
mod kinds_tests;

#[cfg(test)]
mod title_tests;

#[cfg(test)]
mod verb_tests;

#[cfg(test)]
mod verb_matrix_tests;

#[cfg(test)]
mod false_cue_tests;

#[cfg(test)]
mod layered_tests;

#[cfg(test)]
mod idiom_tests;

#[cfg(test)]
mod quotation_reach_tests;

#[cfg(test)]
mod coverage_tests;

#[cfg(test)]
mod sense_tests;

#[cfg(test)]
mod subject_matrix_tests;

#[cfg(test)]
mod attribution_matrix_tests;
#[cfg(test)]
mod incise_subject_tests;
#[cfg(test)]
mod light_verb_tests;
#[cfg(test)]
mod narrated_stance_tests;
#[cfg(test)]
mod speech_family_tests;
