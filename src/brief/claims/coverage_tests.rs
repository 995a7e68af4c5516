//! Tests of cue coverage by frame (session 11, issue 18): claims that had no row at all in
//! their sentence on unseen text. Each frame has made-up sentences over several verbs, tenses,
//! persons and word orders that must give the claim, and the same words in another sense (a
//! title, a topic dealt with, someone summoned, a noun) that must give none.

use super::tests::{claims_of as claims, expect_claim as expect, expect_no_claim as expect_none};
use crate::model::ClaimKind;

fn expect_speaker(sentence: &str, speaker: &str) {
    let got = claims(sentence);
    assert!(
        got.len() == 1 && got[0].0 == speaker,
        "{sentence}: want {speaker}, got {got:?}"
    );
}

/// Right after a quotation, a verb with its subject inverted or after it reports the
/// quotation, whatever particle the lexicon makes it need elsewhere (« se désoler de / que »,
/// « ordonner que », « s'offusquer de », « inviter à »), as an unknown verb does there.
#[test]
fn a_lexicon_verb_in_an_incise_needs_no_particle() {
    for (sentence, speaker) in [
        (
            "« Nous avons perdu notre plus gros client », se désole Paul Martin, délégué CGT.",
            "Paul Martin",
        ),
        (
            "« Personne ne nous a prévenus », se désolait mardi la directrice de l'école.",
            "la directrice de l'école",
        ),
        (
            "\"Il faut évacuer le quartier\", ordonne le préfet.",
            "le préfet",
        ),
        (
            "« C'est une provocation », s'offusque Marie Durand.",
            "Marie Durand",
        ),
        (
            "« Venez nombreux samedi », invite la mairie dans un communiqué.",
            "la mairie",
        ),
        (
            "« Nous avons gagné », se réjouit le maire de Lyon.",
            "le maire de Lyon",
        ),
    ] {
        expect_speaker(sentence, speaker);
    }
}

/// A role noun that ends as an infinitive does (« ministre », « maire », « secrétaire »,
/// « premier ») is the incise's subject, not a verb it introduces.
#[test]
fn an_incise_subject_ending_like_an_infinitive_is_its_subject() {
    for (sentence, speaker) in [
        (
            "« Les caisses de la ville sont vides », se désole le ministre.",
            "le ministre",
        ),
        (
            "« Personne ne nous a écoutés », se plaignait mardi la secrétaire du syndicat.",
            "la secrétaire du syndicat",
        ),
        (
            "« C'est une insulte aux habitants », s'offusque le premier adjoint.",
            "le premier adjoint",
        ),
        (
            "« Il faudra rouvrir l'école en mars », prévoit le maire.",
            "le maire",
        ),
    ] {
        expect_speaker(sentence, speaker);
    }
    // A title quoted, then a verb with its own object; a real infinitive after the verb.
    expect_none("« Germinal », présente le libraire dans sa vitrine.");
    expect(
        "« La crise a commencé en janvier », a-t-il tenu à rappeler.",
        "il",
        ClaimKind::Statement,
    );
}

/// The same verbs with no quotation before them, a title before them, or a verb of their own
/// after them (« a-t-il tenu à rappeler »: the infinitive's cue) are no incise.
#[test]
fn a_lexicon_verb_without_its_particle_outside_an_incise_reports_nothing_new() {
    for sentence in [
        "Le préfet ordonne l'évacuation du quartier.",
        "La mairie invite les habitants.",
        "« Germinal », présente la librairie dans sa vitrine.",
    ] {
        expect_none(sentence);
    }
    // (The infinitive led by « tenir à » keeps the cue and its kind.)
    expect(
        "« La crise a commencé en janvier », a-t-il tenu à rappeler.",
        "il",
        ClaimKind::Statement,
    );
}

/// Someone calls someone or something a name or a judgement in quotation marks: the object
/// before the particle may be long (an apposition, a relative, a complement) or a pronoun
/// before the verb, and « traiter de », « appeler » take this frame only with the quotation.
#[test]
fn characterising_in_quotation_marks_is_a_stance() {
    for (sentence, speaker) in [
        (
            "Le maire traite son adversaire de « girouette ».",
            "Le maire",
        ),
        (
            "La sénatrice avait traité le ministre de « menteur » pendant le débat.",
            "La sénatrice",
        ),
        (
            "Les syndicats le traitaient de « fossoyeur de l'industrie ».",
            "Les syndicats",
        ),
        (
            "Le préfet a décrit l'incendie qui a ravagé la colline comme « le pire depuis vingt ans ».",
            "Le préfet",
        ),
        (
            "Paul Martin décrit son successeur, Jean Durand, comme « un homme de dossiers ».",
            "Paul Martin",
        ),
        (
            "Les secouristes ont décrit la crue comme étant la « plus violente du siècle ».",
            "Les secouristes",
        ),
        (
            "Les élus ont qualifié la situation financière de la commune de « catastrophique ».",
            "Les élus",
        ),
        (
            "Les élus de l'opposition sont sortis de la séance, la qualifiant de « mascarade ».",
            "Les élus de l'opposition",
        ),
        (
            "La ministre avait appelé son rival « le roi du double discours ».",
            "La ministre",
        ),
        (
            "Marie Durand l'a appelé « le fossoyeur du service public ».",
            "Marie Durand",
        ),
        (
            "Le sociologue Jean Durand appelle ce phénomène « la fatigue démocratique ».",
            "Jean Durand",
        ),
    ] {
        let got = claims(sentence);
        assert!(
            got.len() == 1 && got[0].0 == speaker && got[0].1 == ClaimKind::Position,
            "{sentence}: want {speaker} position, got {got:?}"
        );
    }
}

/// « traiter de » a topic, « traiter » a file, « appeler » someone or for something, and a
/// description with no quotation and a long object are no characterisation.
#[test]
fn dealing_with_summoning_and_describing_without_quotes_are_not_characterising() {
    for sentence in [
        "Le livre traite de la guerre d'Algérie.",
        "Le ministre traite le dossier de la réforme depuis mars.",
        "Le médecin traitant de la patiente a été entendu.",
        "Le maire a appelé les pompiers en urgence.",
        "La directrice a appelé les parents de l'élève hier soir.",
        "Le traité de Lisbonne a été signé en 2007.",
        "La traite des êtres humains est un crime.",
        "Le guide décrit la cathédrale, qui date du XIIe siècle, comme un joyau gothique.",
    ] {
        expect_none(sentence);
    }
}

/// « De l'opinion de X, », « selon les dires de X » are views credited to X, as « de l'avis de
/// X » and « aux dires de X » were; « l'opinion de X » as a subject or an object is not.
#[test]
fn opinion_and_hearsay_phrases_credit_their_source() {
    for (sentence, speaker) in [
        (
            "De l'opinion du ministre, la réforme ne peut plus attendre.",
            "le ministre",
        ),
        (
            "De l'opinion de Marie Durand, les travaux dureront deux ans.",
            "Marie Durand",
        ),
        (
            "Le couple se disputait souvent, selon les dires des voisins.",
            "les voisins",
        ),
        (
            "Selon les dires de la police, le suspect était armé.",
            "la police",
        ),
    ] {
        expect_speaker(sentence, speaker);
    }
    for sentence in [
        "L'opinion du ministre a changé depuis mars.",
        "Les sondages mesurent l'opinion des électeurs.",
        "Les dires des témoins ont été vérifiés.",
    ] {
        expect_none(sentence);
    }
}

/// A spouse, a partner, a relative, a friend, an accomplice or a colleague can speak: « selon
/// son épouse », « Selon son complice, « … » », « a raconté un ami de la victime ».
#[test]
fn relatives_and_friends_are_sources() {
    for (sentence, speaker) in [
        (
            "Selon son épouse, il était menacé depuis des mois.",
            "son épouse",
        ),
        (
            "Selon son complice, « il voulait tout arrêter ».",
            "son complice",
        ),
        (
            "Le suspect s'était disputé avec son voisin, selon un ami de la victime.",
            "un ami de la victime",
        ),
        (
            "Le joueur souffre du genou, selon ses collègues.",
            "ses collègues",
        ),
    ] {
        let got = claims(sentence);
        assert!(
            got.len() == 1 && got[0].0 == speaker,
            "{sentence}: want {speaker}, got {got:?}"
        );
    }
    // (Nouns of family in a name are no source: « Frères musulmans » stays an organization.)
    expect_none("Le fils du maire a ouvert un restaurant.");
}

/// Classic reporting verbs (the verbes introducteurs of French grammars) the lexicon lacked:
/// with another sense in the press they report only with what they report (« a rajouté
/// que », « divulgue que », « s'irrite que », « se lamente du »), or in an incise.
#[test]
fn classic_reporting_verbs_report_with_their_clause() {
    for (sentence, speaker, kind) in [
        (
            "Le maire a rajouté que la salle était pleine.",
            "Le maire",
            ClaimKind::Statement,
        ),
        (
            "La salle est pleine, a rajouté le maire.",
            "le maire",
            ClaimKind::Statement,
        ),
        (
            "Le député divulgue que le rapport est prêt.",
            "Le député",
            ClaimKind::Statement,
        ),
        (
            "La directrice s'irrite que la préfecture tarde à répondre.",
            "La directrice",
            ClaimKind::Position,
        ),
        (
            "Les éleveurs s'exaspèrent que les aides tardent.",
            "Les éleveurs",
            ClaimKind::Position,
        ),
        (
            "Les éleveurs se lamentent du manque de pluie.",
            "Les éleveurs",
            ClaimKind::Position,
        ),
        (
            "« On nous a oubliés », grommelle un agriculteur.",
            "un agriculteur",
            ClaimKind::Statement,
        ),
        // (Exasperation narrated of a group: the group's position, README « Session 21 ».)
        (
            "Le bruit exaspère les riverains.",
            "les riverains",
            ClaimKind::Position,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    for sentence in [
        "Le maire a rajouté des chaises dans la salle.",
        "Le député a divulgué des documents confidentiels.",
        "Ce gel irrite la peau.",
    ] {
        expect_none(sentence);
    }
}

/// A verb of the incises (« lancer », « souffler », « trancher », « claironner ») reports a
/// « que » clause too; not in a comparison (« a plus crié que parlé »), nor with « ne … que »
/// (only), nor with an object of its other sense.
#[test]
fn an_incise_verb_reports_a_que_clause() {
    for (sentence, speaker) in [
        (
            "Le maire a soufflé qu'il se représenterait en mars.",
            "Le maire",
        ),
        (
            "La ministre tranche que la décision revient au conseil.",
            "La ministre",
        ),
        (
            "Le syndicat a lancé mardi qu'il déposerait un préavis.",
            "Le syndicat",
        ),
        (
            "Le président a claironné que la croissance reviendrait.",
            "Le président",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    for sentence in [
        "Le maire a plus crié que parlé.",
        "Il n'a corrigé que des fautes mineures.",
        "Le joueur a lancé plus loin que son rival.",
        "Le syndicat a lancé une opération escargot.",
        "Le juge a tranché le litige en faveur du locataire.",
        "Le vent soufflait sur la plage.",
    ] {
        expect_none(sentence);
    }
}

/// A noun of argument (« hypothèse », « conclusion », « piste », « version ») voiced by a
/// participle (« soulevée », « livrée », « évoquée ») and « par » names who argues it, as
/// « les arguments avancés par » does; the same participles of moving, delivering or
/// emitting things name no one, nor does a version another speaker reacts to.
#[test]
fn an_argument_voiced_by_someone_is_their_claim() {
    for (sentence, speaker) in [
        (
            "C'est la conclusion livrée par Paul Martin, président de la fédération.",
            "Paul Martin",
        ),
        (
            "Autre hypothèse soulevée par l'ancien commandant, celle d'un incendie.",
            "l'ancien commandant",
        ),
        (
            "La piste évoquée par les enquêteurs est celle d'un règlement de comptes.",
            "les enquêteurs",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    for sentence in [
        "Le colis livré par le transporteur est arrivé abîmé.",
        "La poussière soulevée par le vent gêne les riverains.",
        "Un signal émis par la balise a permis de localiser le bateau.",
        "Les questions soulevées par le rapport restent sans réponse.",
    ] {
        expect_none(sentence);
    }
    expect_speaker(
        "Le maire a contesté la version livrée par la police.",
        "Le maire",
    );
}

/// A conviction kept (« reste persuadée que », « demeurent convaincus que », « est resté
/// persuadé que ») is stated as with « être »; the participle alone, or « rester » with
/// anything else, states nothing.
#[test]
fn a_conviction_kept_is_a_view() {
    for (sentence, speaker) in [
        (
            "Toutefois, la magistrate reste persuadée que le projet échouera.",
            "la magistrate",
        ),
        (
            "Les syndicats demeurent convaincus qu'un accord est possible.",
            "Les syndicats",
        ),
        (
            "Le maire est resté persuadé que la ville avait raison.",
            "Le maire",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    for sentence in [
        "Un homme convaincu que la ville a raison reste chez lui.",
        "Le maire reste à Lyon jusqu'à lundi.",
        "Le maire restait persuadé de son bon droit.",
    ] {
        expect_none(sentence);
    }
}

/// An incise may name to whom it speaks by a pronoun before its verb (« nous confie »,
/// « m'explique », « nous a expliqué »): the subject after the verb still speaks. « nous »
/// as the subject (« nous expliquons »), or a dative after a subject that came first
/// (« la presse nous accuse de … »), is no such incise.
#[test]
fn an_incise_speaking_to_us_names_its_speaker() {
    for (sentence, speaker) in [
        (
            "« Tous les cours ont été suspendus », nous confie le doyen.",
            "le doyen",
        ),
        (
            "« Tous les cours ont été suspendus », m'explique Paul Martin.",
            "Paul Martin",
        ),
        (
            "Tous les cours ont été suspendus, nous a expliqué mardi la directrice.",
            "la directrice",
        ),
        ("« Nous reviendrons », lui répond le maire.", "le maire"),
        (
            "« Nous reviendrons », leur explique la directrice.",
            "la directrice",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    expect(
        "Aujourd'hui, les syndicats, la presse, nous accusent d'être absents.",
        "les syndicats",
        ClaimKind::Position,
    );
    for sentence in [
        "Le doyen, nous le savons, a fermé l'université.",
        "« Tous les cours ont été suspendus », nous le savons depuis mardi.",
        "Le maire lui explique la situation.",
    ] {
        expect_none(sentence);
    }
}

/// An incise with its subject inverted between two commas inside the sentence reports the
/// words around it, whatever its verb (« martèle-t-il », « tacle-t-elle »), as it does after
/// a quotation; verbs that report nothing there (« semble-t-il », « paraît-il », « faut-il
/// le rappeler ») and first persons (« avouons-le ») do not.
#[test]
fn an_inverted_incise_inside_the_sentence_reports_it() {
    for (sentence, speaker) in [
        (
            "Contrairement aux idées reçues, appuie-t-il, le français progresse.",
            "il",
        ),
        (
            "Pour la commune, tacle-t-elle, le compte n'y est pas.",
            "elle",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    for sentence in [
        "Le projet, semble-t-il, a été abandonné.",
        "La réforme, paraît-il, sera votée lundi.",
        "Le maire, faut-il le rappeler, a démissionné.",
        "Le maire, avouons-le, a démissionné.",
    ] {
        expect_none(sentence);
    }
}

/// Agreeing with what was just said is a claim of its own (« abonde dans le même sens », « a
/// tenu le même discours »); the same verbs in their other senses (« les réserves abondent »,
/// « a tenu le même rang ») say nothing.
#[test]
fn agreeing_with_what_was_said_is_a_claim() {
    for (sentence, speaker) in [
        (
            "Le porte-parole de l'opposition abonde dans le même sens.",
            "Le porte-parole de l'opposition",
        ),
        (
            "La ministre a abondé dans ce sens lors du débat.",
            "La ministre",
        ),
        (
            "Le père du joueur a tenu le même discours.",
            "Le père du joueur",
        ),
        (
            "Le maire tient un discours similaire sur la sécurité.",
            "Le maire",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    for sentence in [
        "Les réserves d'eau abondent dans la région.",
        "Le club a tenu le même rang toute la saison.",
        "Le maire a tenu le même poste pendant vingt ans.",
    ] {
        expect_none(sentence);
    }
}
