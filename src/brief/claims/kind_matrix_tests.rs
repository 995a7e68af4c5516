//! The kind-and-flag matrix (issue 18): the verbs of each claim kind (denial, warning, call,
//! position) × the modifiers the press puts on them (negation, the journalistic conditional,
//! a conditional in what is reported or quoted, questions, the future, refusals, modals, an
//! infinitive after « vouloir » / « pouvoir »), every cell a made-up sentence per subject of
//! the frame matrix, with the kind and the `u` flag it must give and the speaker it must name.
//!
//! What a cell expects comes from the conventions of `tests/fixtures/claims/README.md` (and the
//! headers of the sets it points to); where they decide nothing, the cell is [`Want::Open`]:
//! it only checks that the speaker is never a wrong name and that one claim at most comes out.
//! A cell the rules do not handle yet is listed in [`KNOWN_GAPS`] and asserted to still fail.

use super::frame_matrix_tests::{
    assert_matrix, capitalized, join, listed, uncapitalized, verb, Subject, Verb, SUBJECTS, VERBS,
};
use super::tests::one_paragraph;
use super::*;
use crate::model::{ClaimKind, SpeakerKind};
use ClaimKind::{Call, Denial, Position, Statement, Warning};

/// The verbs of the kinds the frame matrix does not hold, in its format.
#[rustfmt::skip]
const MORE_VERBS: &[Verb] = &[
    verb("contester", ["contesté", "conteste", "contestait", "contesta", "contestant"], "les chiffres de la préfecture", "Ces chiffres sont faux", Denial, false),
    verb("réfuter", ["réfuté", "réfute", "réfutait", "réfuta", "réfutant"], "toute responsabilité dans l'accident", "Nous ne sommes pas responsables", Denial, false),
    verb("rejeter", ["rejeté", "rejette", "rejetait", "rejeta", "rejetant"], "les accusations de fraude", "Ces accusations sont sans fondement", Denial, false),
    Verb {
        tail: "en faux",
        ..verb("s'inscrire en faux", ["inscrit", "inscrit", "inscrivait", "inscrivit", "inscrivant"], "contre ces accusations", "Ces accusations sont fausses", Denial, false)
    },
    verb("balayer", ["balayé", "balaie", "balayait", "balaya", "balayant"], "les accusations de fraude", "Ce sont des rumeurs", Denial, false),
    verb("alerter", ["alerté", "alerte", "alertait", "alerta", "alertant"], "sur une hausse des prix", "Les prix vont flamber", Warning, false),
    verb("s'inquiéter", ["inquiété", "inquiète", "inquiétait", "inquiéta", "inquiétant"], "d'une hausse des prix", "Les prix vont flamber", Position, false),
    verb("craindre", ["craint", "craint", "craignait", "craignit", "craignant"], "une hausse des prix", "Les prix vont flamber", Position, false),
    verb("prévenir", ["prévenu", "prévient", "prévenait", "prévint", "prévenant"], "que les prix vont augmenter", "Les prix vont augmenter", Warning, false),
    verb("exhorter", ["exhorté", "exhorte", "exhortait", "exhorta", "exhortant"], "le gouvernement à agir", "Le gouvernement doit agir", Call, false),
    verb("plaider pour", ["plaidé", "plaide", "plaidait", "plaida", "plaidant"], "pour une baisse des impôts", "Il faut baisser les impôts", Call, false),
    verb("inviter à", ["invité", "invite", "invitait", "invita", "invitant"], "les habitants à la prudence", "", Call, false),
    verb("saluer", ["salué", "salue", "saluait", "salua", "saluant"], "la décision du tribunal", "C'est une bonne décision", Position, false),
    verb("critiquer", ["critiqué", "critique", "critiquait", "critiqua", "critiquant"], "la réforme des retraites", "Cette réforme est mal pensée", Position, false),
    verb("se féliciter", ["félicité", "félicite", "félicitait", "félicita", "félicitant"], "de la décision du tribunal", "C'est une bonne décision", Position, false),
    verb("déplorer", ["déploré", "déplore", "déplorait", "déplora", "déplorant"], "la fermeture du site", "C'est un gâchis", Position, false),
    Verb {
        tail: "favorable",
        ..verb("se dire favorable", ["dit", "dit", "disait", "dit", "disant"], "à la réforme", "", Position, false)
    },
];

/// A verb of the matrix: its forms (in [`VERBS`] or [`MORE_VERBS`], by lemma) and what the
/// modifiers need beyond them.
struct KindVerb {
    lemma: &'static str,
    /// The infinitive without its reflexive pronoun or tail (« démentir », « inquiéter »).
    infinitive: &'static str,
    /// The future, third person singular, without pronoun or tail (« démentira »).
    future: &'static str,
    reflexive: bool,
    /// What it reports in a clause in the conditional (« que les prix augmenteraient »);
    /// empty when it reports no clause.
    conditional_clause: &'static str,
    /// Whether a question can be what it reports (« « Qui paiera ? », a demandé X »).
    asks: bool,
}

const fn kind_verb(
    lemma: &'static str,
    infinitive: &'static str,
    future: &'static str,
) -> KindVerb {
    KindVerb {
        lemma,
        infinitive,
        future,
        reflexive: false,
        conditional_clause: "",
        asks: false,
    }
}

const fn reflexive(v: KindVerb) -> KindVerb {
    KindVerb {
        reflexive: true,
        ..v
    }
}

const fn with_clause(v: KindVerb, conditional_clause: &'static str) -> KindVerb {
    KindVerb {
        conditional_clause,
        ..v
    }
}

const UNFAIR_COND: &str = "que la réforme serait injuste";
const PRICES_COND: &str = "que les prix augmenteraient";

const KIND_VERBS: &[KindVerb] = &[
    // Denials.
    kind_verb("démentir", "démentir", "démentira"),
    kind_verb("nier", "nier", "niera"),
    kind_verb("contester", "contester", "contestera"),
    kind_verb("réfuter", "réfuter", "réfutera"),
    kind_verb("rejeter", "rejeter", "rejettera"),
    reflexive(kind_verb("s'inscrire en faux", "inscrire", "inscrira")),
    kind_verb("balayer", "balayer", "balaiera"),
    // Warnings.
    kind_verb("mettre en garde", "mettre", "mettra"),
    with_clause(kind_verb("avertir", "avertir", "avertira"), PRICES_COND),
    kind_verb("alerter", "alerter", "alertera"),
    // Fears: a feeling narrated, a position (README « Session 19 »).
    KindVerb {
        asks: true,
        ..reflexive(kind_verb("s'inquiéter", "inquiéter", "inquiétera"))
    },
    kind_verb("craindre", "craindre", "craindra"),
    with_clause(kind_verb("prévenir", "prévenir", "préviendra"), PRICES_COND),
    // Calls.
    kind_verb("appeler à", "appeler", "appellera"),
    kind_verb("exhorter", "exhorter", "exhortera"),
    KindVerb {
        asks: true,
        ..kind_verb("demander", "demander", "demandera")
    },
    kind_verb("réclamer", "réclamer", "réclamera"),
    kind_verb("exiger", "exiger", "exigera"),
    kind_verb("plaider pour", "plaider", "plaidera"),
    kind_verb("inviter à", "inviter", "invitera"),
    // Positions.
    with_clause(kind_verb("estimer", "estimer", "estimera"), UNFAIR_COND),
    with_clause(kind_verb("juger", "juger", "jugera"), UNFAIR_COND),
    kind_verb("dénoncer", "dénoncer", "dénoncera"),
    kind_verb("saluer", "saluer", "saluera"),
    kind_verb("critiquer", "critiquer", "critiquera"),
    reflexive(kind_verb("se féliciter", "féliciter", "félicitera")),
    kind_verb("regretter", "regretter", "regrettera"),
    kind_verb("déplorer", "déplorer", "déplorera"),
    reflexive(kind_verb("se dire favorable", "dire", "dira")),
];

/// A verb group of the matrix, without subject (see [`KindVerb::group`]).
#[derive(Clone, Copy)]
enum Form {
    /// « a démenti », « s'est inquiétée ».
    Past,
    /// « dément », « s'inquiète ».
    Present,
    /// « n'a pas démenti », « ne s'est jamais inquiété »: the negation's second word.
    NegatedPast(&'static str),
    /// « ne dément pas », « ne s'inquiète pas ».
    NegatedPresent,
    /// « aurait démenti », « se serait inquiétée ».
    Conditional,
    /// « démentirait », « s'inquiéterait ».
    PresentConditional,
    /// « démentira », « s'inquiétera ».
    Future,
    /// « démentir », « s'inquiéter ».
    Infinitive,
    /// The inverted passé composé: « a-t-il démenti », « s'est-elle inquiétée ».
    Inverted,
}

impl KindVerb {
    fn verb(&self) -> &'static Verb {
        VERBS
            .iter()
            .chain(MORE_VERBS)
            .find(|v| v.lemma == self.lemma)
            .unwrap_or_else(|| panic!("no forms for {}", self.lemma))
    }

    /// The past participle, agreeing with a feminine subject when reflexive.
    fn participle(&self, s: &Subject) -> String {
        let pp = self.verb().pp;
        if self.reflexive && s.feminine {
            format!("{pp}e")
        } else {
            pp.to_string()
        }
    }

    /// `form` with its reflexive pronoun, if any.
    fn reflexive_on(&self, form: &str) -> String {
        if self.reflexive {
            elided("se", form)
        } else {
            form.to_string()
        }
    }

    /// The verb group in `form` for subject `s`, with the verb's tail (« met en garde »).
    fn group(&self, s: &Subject, form: Form) -> String {
        let v = self.verb();
        let pp = self.participle(s);
        let (past_aux, conditional_aux) = if self.reflexive {
            ("s'est", "se serait")
        } else {
            ("a", "aurait")
        };
        let core = match form {
            Form::Past => format!("{past_aux} {pp}"),
            Form::Present => self.reflexive_on(v.pres),
            Form::NegatedPast(not) => format!("{} {not} {pp}", elided("ne", past_aux)),
            Form::NegatedPresent => format!("{} pas", elided("ne", &self.reflexive_on(v.pres))),
            Form::Conditional => format!("{conditional_aux} {pp}"),
            Form::Future => self.reflexive_on(self.future),
            Form::PresentConditional => self.reflexive_on(&format!("{}it", self.future)),
            Form::Infinitive => self.reflexive_on(self.infinitive),
            Form::Inverted => {
                let t = if self.reflexive { "" } else { "-t" };
                format!("{past_aux}{t}-{} {pp}", s.pronoun())
            }
        };
        join(&[&core, v.tail])
    }

    /// « X {group} {object}. » with the subject before the verb.
    fn preposed(&self, s: &Subject, form: Form) -> String {
        format!(
            "{} {} {}.",
            s.pre(),
            self.group(s, form),
            self.verb().object
        )
    }

    /// « « {quote} », {group} X. »: the incise after a quotation, `None` when the verb
    /// introduces none.
    fn incise(&self, s: &Subject, quote: &str, form: Form) -> Option<String> {
        if self.verb().quote.is_empty() {
            return None;
        }
        let group = if s.is_pronoun() {
            match form {
                Form::Past => self.group(s, Form::Inverted),
                Form::Conditional => {
                    let aux = if self.reflexive {
                        "se serait"
                    } else {
                        "aurait"
                    };
                    let inverted = format!("{aux}-{}", s.pronoun());
                    join(&[&inverted, &self.participle(s), self.verb().tail])
                }
                _ => return None,
            }
        } else {
            join(&[&self.group(s, form), s.text])
        };
        Some(format!("« {quote} », {group}."))
    }

    /// « X {lead} {infinitive} {object}. » (« a tenu à démentir », « refuse de démentir »).
    fn led(&self, s: &Subject, lead: &str) -> String {
        let infinitive = self.group(s, Form::Infinitive);
        let lead_and_verb = match lead.strip_suffix(" de") {
            Some(head) => format!("{head} {}", elided("de", &infinitive)),
            None => join(&[lead, &infinitive]),
        };
        format!("{} {lead_and_verb} {}.", s.pre(), self.verb().object)
    }
}

/// `word` (« ne », « se », « de ») before `next`, elided before a vowel (« n'a », « s'est »).
fn elided(word: &str, next: &str) -> String {
    let vowel = next
        .chars()
        .next()
        .is_some_and(|c| "aeiouéèêàâîôû".contains(c));
    if vowel {
        format!("{}'{next}", &word[..1])
    } else {
        format!("{word} {next}")
    }
}

/// What a cell must give.
#[derive(Clone, Copy, Debug)]
enum Want {
    /// One claim of the subject, of this kind, with this `u` flag.
    Claim(ClaimKind, bool),
    /// No claim.
    NoClaim,
    /// The README decides nothing: at most one claim, and its speaker the subject's or
    /// unresolved, never another name; of this kind when given.
    Open(Option<ClaimKind>),
}

/// What a negation makes of a kind: a negated denial, warning or call only states something
/// (the code's reading, `negation_aware`, which the frame matrix and annotated.txt's « ne
/// s'inquiète pas » pin); a negated position is left open.
fn negated(kind: ClaimKind) -> Want {
    match kind {
        Denial | Warning | Call => Want::Claim(Statement, false),
        _ => Want::Open(None),
    }
}

fn plain(kind: ClaimKind) -> Want {
    Want::Claim(kind, false)
}

fn hedged(kind: ClaimKind) -> Want {
    Want::Claim(kind, true)
}

fn open_kind(kind: ClaimKind) -> Want {
    Want::Open(Some(kind))
}

fn open(_: ClaimKind) -> Want {
    Want::Open(None)
}

/// A conditional inside the speaker's own words, by kind (README « Session 15 »: no `u`).
fn conditional_quote(kind: ClaimKind) -> &'static str {
    match kind {
        Denial => "Fermer ce site serait absurde",
        Warning => "Une hausse des prix serait catastrophique",
        Call => "Il faudrait que le directeur démissionne",
        _ => "Cette réforme serait une erreur",
    }
}

/// A modifier: its name, what it makes of the verb's kind, and the sentence it builds (None:
/// no French for this verb).
type Modifier = (
    &'static str,
    fn(ClaimKind) -> Want,
    fn(&KindVerb, &Subject) -> Option<String>,
);

const MODIFIERS: &[Modifier] = &[
    // The bare verb, for reference.
    ("plain/passé composé", plain, |v, s| {
        Some(v.preposed(s, Form::Past))
    }),
    ("plain/présent", plain, |v, s| {
        Some(v.preposed(s, Form::Present))
    }),
    ("plain/incise", plain, |v, s| {
        v.incise(s, v.verb().quote, Form::Past)
    }),
    // Negation.
    ("negation/n'a pas", negated, |v, s| {
        Some(v.preposed(s, Form::NegatedPast("pas")))
    }),
    ("negation/n'a jamais", negated, |v, s| {
        Some(v.preposed(s, Form::NegatedPast("jamais")))
    }),
    ("negation/ne … pas, présent", negated, |v, s| {
        Some(v.preposed(s, Form::NegatedPresent))
    }),
    ("negation/ne … plus, présent", negated, |v, s| {
        Some(
            v.preposed(s, Form::NegatedPresent)
                .replacen(" pas ", " plus ", 1),
        )
    }),
    // The journalistic conditional on the verb: the article hedges (heldout-s7 header).
    ("conditional/aurait", hedged, |v, s| {
        Some(v.preposed(s, Form::Conditional))
    }),
    ("conditional/présent", hedged, |v, s| {
        Some(v.preposed(s, Form::PresentConditional))
    }),
    ("conditional/aurait, incise", hedged, |v, s| {
        v.incise(s, v.verb().quote, Form::Conditional)
    }),
    // The conditional of reported speech after a past verb is no hedge (heldout-s7 header).
    ("conditional/in the clause, past verb", plain, |v, s| {
        (!v.conditional_clause.is_empty()).then(|| {
            format!(
                "{} {} {}.",
                s.pre(),
                v.group(s, Form::Past),
                v.conditional_clause
            )
        })
    }),
    // After a present verb the README decides nothing (the code flags it).
    (
        "conditional/in the clause, present verb",
        open_kind,
        |v, s| {
            (!v.conditional_clause.is_empty()).then(|| {
                format!(
                    "{} {} {}.",
                    s.pre(),
                    v.group(s, Form::Present),
                    v.conditional_clause
                )
            })
        },
    ),
    // A conditional inside the speaker's quotation is the speaker's (README « Session 15 »).
    ("conditional/in the quotation", plain, |v, s| {
        v.incise(s, conditional_quote(v.verb().kind), Form::Past)
    }),
    // A quoted question closed by « a demandé X » or « s'inquiète X »: open (README « Session
    // 11 » says a direct question makes no claim; the code, `cue_tests::a_question_is_no_claim`,
    // reads « « Qui paiera ? », a demandé le maire » as the mayor's call).
    ("question/quoted question", open, |v, s| {
        v.asks
            .then(|| v.incise(s, "Qui paiera la facture ?", Form::Past))
            .flatten()
    }),
    // The article's own question: open.
    ("question/the article asks", open, |v, s| {
        (!s.is_pronoun() && !s.appositive).then(|| {
            format!(
                "{} {} {} ?",
                s.text,
                v.group(s, Form::Inverted),
                v.verb().object
            )
        })
    }),
    // What will be said: open (the code reads a future with its words as said).
    ("future/simple", open_kind, |v, s| {
        Some(v.preposed(s, Form::Future))
    }),
    // A refusal to say it: open.
    ("refusal/refuse de", open, |v, s| {
        Some(v.led(s, "refuse de"))
    }),
    ("refusal/a refusé de", open, |v, s| {
        Some(v.led(s, "a refusé de"))
    }),
    // A verb leading the infinitive (cue_tests « a tenu à rappeler »).
    ("modal/a tenu à", plain, |v, s| Some(v.led(s, "a tenu à"))),
    ("modal/a dû", open_kind, |v, s| Some(v.led(s, "a dû"))),
    // (A lead that says it only negated: `lexicon::LEAD_VERBS`.)
    ("modal/n'a pas hésité à", plain, |v, s| {
        Some(v.led(s, "n'a pas hésité à"))
    }),
    ("modal/ne peut que", open_kind, |v, s| {
        Some(v.led(s, "ne peut que"))
    }),
    ("modal/veut", open_kind, |v, s| Some(v.led(s, "veut"))),
    ("modal/a voulu", open_kind, |v, s| Some(v.led(s, "a voulu"))),
    ("modal/peut", open, |v, s| Some(v.led(s, "peut"))),
    ("modal/n'a pas pu", open, |v, s| {
        Some(v.led(s, "n'a pas pu"))
    }),
];

/// Constructions with one verb of their own, one cell per subject: their name, what they
/// must give, and the sentence for a subject.
type Fixed = (&'static str, Want, fn(&Subject) -> String);

const FIXED: &[Fixed] = &[
    // Neither confirmed nor denied: nothing said (README « Session 12 »: no content); with
    // its quoted reason, open (wire28's header makes it a statement, the README says nothing).
    ("fixed/ni confirmer ni démentir", Want::NoClaim, |s| {
        format!(
            "{} n'a souhaité ni confirmer ni démentir la fermeture du site.",
            s.pre()
        )
    }),
    (
        "fixed/ni confirmer ni démentir, with its reason",
        Want::Open(Some(Statement)),
        |s| {
            format!(
                "{} n'a souhaité ni confirmer ni démentir la fermeture du site, le dossier n'étant « pas clos ».",
                s.pre()
            )
        },
    ),
    ("fixed/refuse de confirmer", Want::Open(None), |s| {
        format!("{} refuse de confirmer la fermeture du site.", s.pre())
    }),
    // Indirect questions and « s'interroger »: no claim (README « Session 11 »).
    ("fixed/a demandé si", Want::NoClaim, |s| {
        format!("{} a demandé si le site fermerait.", s.pre())
    }),
    ("fixed/s'interroge sur", Want::NoClaim, |s| {
        format!("{} s'interroge sur l'avenir du site.", s.pre())
    }),
    // (« « … ? » se demande X », as wire20 and wire31 annotate it.)
    ("fixed/se demande, quoted question", Want::NoClaim, |s| {
        if s.is_pronoun() {
            format!("« Qui paiera la facture ? », se demande-t-{}.", s.pronoun())
        } else {
            format!("« Qui paiera la facture ? », se demande {}.", s.text)
        }
    }),
    (
        "fixed/s'est interrogé, quoted question",
        Want::NoClaim,
        |s| {
            let e = if s.feminine { "e" } else { "" };
            if s.is_pronoun() {
                format!(
                    "« Qui paiera la facture ? », s'est-{} interrogé{e}.",
                    s.pronoun()
                )
            } else {
                format!(
                    "« Qui paiera la facture ? », s'est interrogé{e} {}.",
                    s.text
                )
            }
        },
    ),
    // « a dû reconnaître », « a tenu à préciser »: the statement said (cue_tests).
    (
        "fixed/a tenu à préciser",
        Want::Claim(Statement, false),
        |s| format!("{} a tenu à préciser que le site fermera en mars.", s.pre()),
    ),
    (
        "fixed/a dû reconnaître",
        Want::Open(Some(Statement)),
        |s| {
            format!(
                "{} a dû reconnaître que des erreurs ont été commises.",
                s.pre()
            )
        },
    ),
];

/// Cells the rules do not handle yet, as `family/modifier/verb/subject` with `*` for any;
/// each cell listed must still fail (move it out when it passes).
#[rustfmt::skip]
const KNOWN_GAPS: &[&str] = &[];

/// One cell: its name, its sentences, and what must come out.
struct Cell {
    id: String,
    sentences: Vec<String>,
    speaker: &'static str,
    want: Want,
}

fn cell(id: String, s: &Subject, sentence: &str, want: Want) -> Cell {
    Cell {
        id,
        sentences: s
            .before
            .map(String::from)
            .into_iter()
            .chain([capitalized(sentence)])
            .collect(),
        speaker: s.speaker,
        want,
    }
}

fn cells() -> Vec<Cell> {
    let mut cells = Vec::new();
    for (name, want, build) in MODIFIERS {
        for v in KIND_VERBS {
            for s in SUBJECTS {
                if let Some(sentence) = build(v, s) {
                    let id = format!("{name}/{}/{}", v.lemma, s.name);
                    cells.push(cell(id, s, &sentence, want(v.verb().kind)));
                }
            }
        }
    }
    for (name, want, build) in FIXED {
        for s in SUBJECTS {
            cells.push(cell(format!("{name}/-/{}", s.name), s, &build(s), *want));
        }
    }
    cells
}

/// The claims of a cell: speaker ("" when unresolved), kind, `u`.
fn claims_of(cell: &Cell) -> Vec<(String, ClaimKind, bool)> {
    let sentences: Vec<&str> = cell.sentences.iter().map(String::as_str).collect();
    find_claims(&one_paragraph(&sentences))
        .into_iter()
        .map(|c| {
            let speaker = if c.speaker_kind == SpeakerKind::Unattributed {
                String::new()
            } else {
                c.speaker
            };
            (speaker, c.kind, c.unconfirmed)
        })
        .collect()
}

/// What the cell gives, as a line to read; `None` when it is right.
fn wrong(cell: &Cell) -> Option<String> {
    let got = claims_of(cell);
    let same_speaker = |speaker: &str| uncapitalized(speaker) == uncapitalized(cell.speaker);
    let right = match (cell.want, got.as_slice()) {
        (Want::NoClaim, []) => true,
        (Want::Claim(kind, u), [(speaker, k, flag)]) => {
            same_speaker(speaker) && *k == kind && *flag == u
        }
        (Want::Open(_), []) => true,
        (Want::Open(kind), [(speaker, k, _)]) => {
            (speaker.is_empty() || same_speaker(speaker)) && kind.is_none_or(|kind| *k == kind)
        }
        _ => false,
    };
    (!right).then(|| {
        format!(
            "{}\n    {}\n    expected {:?} of {:?}, got {:?}",
            cell.id,
            cell.sentences.join(" "),
            cell.want,
            cell.speaker,
            got
        )
    })
}

#[test]
fn the_kind_matrix() {
    let cells = cells();
    assert!(cells.len() > 1500, "{} cells", cells.len());
    assert_matrix(&cells, |c| &c.id, wrong, |id| listed(KNOWN_GAPS, id));
}
