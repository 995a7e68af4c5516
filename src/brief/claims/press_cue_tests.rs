//! Tests of the press cues the lexicon lacked (issue 18, session 9): stances and frames a
//! journalist writes in the slot of a reporting verb (« a félicité X pour », « rejette les
//! résultats », « affiche sa satisfaction », « prend position »), each with made-up sentences
//! over several tenses and word orders that must give the claim, and the verb's other senses
//! that must give none.

use super::tests::{claims_of as claims, expect_claim as expect, expect_no_claim as expect_none};
use crate::model::ClaimKind;

/// Praise given is a stance, as « se féliciter de » is; a passive without an agent names no
/// speaker (with one, see `praise_or_blame_in_the_passive_is_the_agents_stance`).
#[test]
fn congratulating_someone_is_a_stance() {
    for (sentence, speaker) in [
        (
            "Le gouvernement a félicité le Niger pour ce choix courageux.",
            "Le gouvernement",
        ),
        (
            "Le maire félicite les pompiers pour leur courage.",
            "Le maire",
        ),
        (
            "Paul Durand a chaleureusement félicité la nouvelle présidente.",
            "Paul Durand",
        ),
        (
            "Les syndicats félicitaient la direction d'avoir renoncé au plan.",
            "Les syndicats",
        ),
        (
            "La ministre s'est félicitée de la baisse du chômage.",
            "La ministre",
        ),
        ("L'ONU félicitera les deux pays pour cet accord.", "L'ONU"),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    for sentence in [
        "La lauréate a été chaleureusement félicitée.",
        "Les secouristes, félicités pour leur courage, sont rentrés.",
        "Un message de félicitations a été envoyé aux lauréats.",
        "Ils vivaient dans une douce félicité.",
    ] {
        expect_none(sentence);
    }
}

/// A tribute paid to someone (« a rendu hommage aux pompiers », « a souhaité rendre hommage
/// à X ») is praise, a position of someone who speaks; a crowd's tribute, « hommage » with no
/// one it is paid to, and « se rendre » elsewhere are none; joined to a verb that says what
/// (« … et affirmé que »), the claim is that verb's.
#[test]
fn paying_tribute_is_a_stance() {
    for (sentence, speaker) in [
        ("La maire a rendu hommage aux pompiers.", "La maire"),
        (
            "Lors du conseil, le préfet Paul Durand a souhaité rendre hommage à son prédécesseur.",
            "Paul Durand",
        ),
        ("Le syndicat rend hommage aux grévistes.", "Le syndicat"),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    expect(
        "Le directeur a rendu hommage aux salariés et affirmé que des postes seraient créés.",
        "Le directeur",
        ClaimKind::Statement,
    );
    for sentence in [
        "Des milliers de personnes ont rendu hommage à la victime.",
        "Le joueur a rendu hommage.",
        "Le ministre s'est rendu à Lyon mardi.",
    ] {
        expect_none(sentence);
    }
}

/// Praise or blame in the passive with its agent named by « par » is the agent's stance (the
/// session-9 convention of tests/fixtures/claims/README.md); without an agent, or with a
/// thing as agent, no one speaks.
#[test]
fn praise_or_blame_in_the_passive_is_the_agents_stance() {
    for (sentence, speaker) in [
        (
            "Battus en finale, les joueurs ont été félicités par leur entraîneur Paul Durand.",
            "Paul Durand",
        ),
        (
            "Le député a été désavoué par la direction du parti.",
            "la direction du parti",
        ),
        (
            "La mairie a été épinglée par la Cour des comptes.",
            "la Cour des comptes",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    for sentence in [
        "Les joueurs ont été félicités après la finale.",
        "Le député, désavoué, a quitté la salle.",
        "Le projet a été désapprouvé par 300 voix contre 200.",
    ] {
        expect_none(sentence);
    }
}

/// A rebuke or blame in the passive with its agent named (« recadré par », « tancé par »,
/// « rappelé à l'ordre par », « mis en cause par », « remis en question par ») is the
/// agent's stance, as a headline or in a sentence (README « Session 20 »); « mis en garde
/// par » is the agent's warning. Without an agent, in another sense (« a recadré l'image »)
/// or an act (« mis en examen », « mis en place », « arrêté », « tué par »), no one speaks.
#[test]
fn a_rebuke_in_the_passive_is_the_rebukers_stance() {
    for (sentence, speaker) in [
        (
            "Le ministre recadré par le président du Sénat",
            "le président du Sénat",
        ),
        (
            "La joueuse a été sermonnée par son entraîneur après le match.",
            "son entraîneur",
        ),
        (
            "L'arbitre, sévèrement réprimandé mardi par la direction du club, a quitté le stade.",
            "la direction du club",
        ),
        (
            "Le préfet tancé par la ministre de l'Intérieur",
            "la ministre de l'Intérieur",
        ),
        (
            "Le directeur a été rappelé à l'ordre par la présidente de la région.",
            "la présidente de la région",
        ),
        (
            "Le chauffeur mis en cause par des collégiens après l'accident",
            "des collégiens",
        ),
        (
            "Ce rapport a été remis en question par plusieurs chercheurs.",
            "plusieurs chercheurs",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    expect(
        "Les automobilistes mis en garde par la préfecture avant la tempête",
        "la préfecture",
        ClaimKind::Warning,
    );
    for sentence in [
        "Le maire mis en examen par le juge d'instruction",
        "Un dispositif mis en place par la mairie pour l'été",
        "Le suspect arrêté par la police après le cambriolage",
        "Un cycliste tué par un chauffard à Nantes",
        "Le photographe a recadré l'image avant de la publier.",
        "Le ministre a été mis en cause dans l'affaire des marchés publics.",
        "Le club recadre son projet sportif pour la saison prochaine.",
        "L'arbitre, réprimandé, a quitté le stade.",
        // « recadrer » a thing crops or refocuses it (rv2 B1).
        "La photo a été recadrée par le journal avant publication.",
        "Le budget a été recadré par le ministère.",
        "Le débat a été recadré par la présidente de séance.",
        "Le projet, recadré par la direction, sera présenté en mai.",
    ] {
        expect_none(sentence);
    }
}

/// Rejecting results, a verdict, figures or the blame disputes what others said; rejecting
/// an appeal, a bill or a motion is a ruling or a vote.
#[test]
fn rejecting_results_or_figures_is_a_denial() {
    for (sentence, speaker) in [
        (
            "Plusieurs candidats rejettent les résultats.",
            "Plusieurs candidats",
        ),
        (
            "L'opposition a rejeté les résultats provisoires publiés par la commission.",
            "L'opposition",
        ),
        (
            "Le candidat malheureux rejette ce résultat et annonce un recours.",
            "Le candidat malheureux",
        ),
        (
            "Paul Durand rejetait le verdict du tribunal.",
            "Paul Durand",
        ),
        (
            "Le syndicat rejette les chiffres avancés par la direction.",
            "Le syndicat",
        ),
        (
            "La compagnie a rejeté la faute sur le pilote.",
            "La compagnie",
        ),
        (
            "Les auteurs rejetteront en bloc les conclusions de l'audit.",
            "Les auteurs",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Denial);
    }
    for sentence in [
        "Le tribunal a rejeté le recours de l'opposition.",
        "Les députés ont rejeté le texte par 300 voix contre 200.",
        "Le Sénat a rejeté l'amendement en première lecture.",
        "Le Conseil de sécurité rejette un projet de résolution de la Russie.",
        "La mer a rejeté des débris sur la plage.",
        "Les résultats rejetés par l'opposition ont été publiés lundi.",
    ] {
        expect_none(sentence);
    }
}

/// Rejecting or sweeping aside what was said (accusations, allegations, rumours, reports),
/// whatever quantifier, determiner or adjective opens it and however often, is a denial; the
/// same verbs on a request or a proposal are not (a stance, or a ruling or a vote: nothing).
#[test]
fn rejecting_what_was_said_is_a_denial() {
    for (sentence, speaker) in [
        (
            "Le gouvernement a rejeté à maintes reprises toutes ces accusations.",
            "Le gouvernement",
        ),
        (
            "La direction rejette leurs nouvelles allégations.",
            "La direction",
        ),
        ("Le parti rejetait de telles rumeurs.", "Le parti"),
        (
            "L'entraîneur a balayé à plusieurs reprises ces critiques.",
            "L'entraîneur",
        ),
        (
            "Le ministère dénie toutes les informations parues dans la presse.",
            "Le ministère",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Denial);
    }
    for sentence in [
        "Le conseil a rejeté toutes les propositions du maire.",
        "La commission rejette toutes ces candidatures.",
        "Les vagues ont rejeté de nombreux débris.",
    ] {
        expect_none(sentence);
    }
    // (A request turned down by someone who does not rule is a stance, not a denial, as
    // « la requête rejetée par le maire »: see `rejecting_a_request_is_a_position`.)
    expect(
        "Le ministre a rejeté la demande du syndicat à plusieurs reprises.",
        "Le ministre",
        ClaimKind::Position,
    );
}

/// « parler de « … » » names something in the speaker's words, also with « des » and after a
/// short adjunct of where or to whom; a topic, a title or no quotation is no claim.
#[test]
fn speaking_of_something_in_quotation_marks() {
    for (sentence, speaker) in [
        ("Les élus parlent des « fraudes massives ».", "Les élus"),
        (
            "Le ministre a parlé des « pires inondations depuis un siècle ».",
            "Le ministre",
        ),
        (
            "Le ministre parle sur la radio nationale d'une « catastrophe ».",
            "Le ministre",
        ),
        (
            "Le ministre parle sur X (anciennement Twitter) d'\"un incendie d'une grande violence\".",
            "Le ministre",
        ),
        (
            "La maire a parlé devant la presse d'un « drame évitable ».",
            "La maire",
        ),
        (
            "Le syndicat parlait dans un communiqué de « provocation ».",
            "Le syndicat",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    for sentence in [
        "Les élus ont parlé des travaux de la rue principale.",
        "Le ministre parle sur la radio nationale de la réforme.",
        "Le ministre a parlé à la radio.",
        "Le professeur parle des « Misérables » de Victor Hugo.",
        "Le professeur parle aux élèves des « Misérables » de Victor Hugo.",
    ] {
        expect_none(sentence);
    }
}

/// Taking a stance (« prendre position contre », « une position claire », « prendre parti
/// pour ») is a position; troops taking up a position, or someone taking office, say nothing.
#[test]
fn taking_a_stance_is_a_position() {
    for (sentence, speaker) in [
        (
            "Le ministre a pris une position claire sur la réforme.",
            "Le ministre",
        ),
        (
            "Le maire a également pris position contre le projet.",
            "Le maire",
        ),
        (
            "L'Église prend position en faveur des migrants.",
            "L'Église",
        ),
        (
            "Les syndicats prenaient parti pour les grévistes.",
            "Les syndicats",
        ),
        (
            "La députée a pris fait et cause pour les riverains.",
            "La députée",
        ),
        (
            "Plusieurs élus ont publiquement pris position contre la fermeture.",
            "Plusieurs élus",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    for sentence in [
        "Les troupes ont pris position sur la colline.",
        "Le ministre a pris ses fonctions lundi.",
        "Le joueur a pris position devant le but.",
        "Le gardien prend position sur sa ligne.",
    ] {
        expect_none(sentence);
    }
}

/// Showing a stance (« affiche sa satisfaction », « une grande satisfaction ») is a position;
/// showing figures, a full house or a poster is not.
#[test]
fn showing_a_stance_is_a_position() {
    for (sentence, speaker) in [
        (
            "Le parti au pouvoir affiche une grande satisfaction.",
            "Le parti au pouvoir",
        ),
        (
            "La ministre affichait sa satisfaction après le vote.",
            "La ministre",
        ),
        (
            "Les syndicats ont affiché leur détermination face au gouvernement.",
            "Les syndicats",
        ),
        (
            "Paul Durand affiche son soutien au candidat sortant.",
            "Paul Durand",
        ),
        (
            "Le patronat affiche sa très vive inquiétude face à la hausse des taxes.",
            "Le patronat",
        ),
        (
            "L'opposition affichera son désaccord lors du vote.",
            "L'opposition",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    for sentence in [
        "L'entreprise affiche un bénéfice record.",
        "La salle affiche complet depuis lundi.",
        "La mairie affiche les résultats sur ses panneaux.",
        "L'équipe affiche une belle forme.",
        "Une affiche de soutien a été collée sur la mairie.",
        "Le prix affiché en vitrine inclut la livraison.",
    ] {
        expect_none(sentence);
    }
}

/// An apology made (« s'est excusée auprès des voyageurs », « s'excuse pour ses propos »), in
/// any tense, with adverbs between, is a statement of its subject; must not: « excuse » as a
/// noun or not reflexive, and an apology with nothing after it.
#[test]
fn apologising_is_a_statement() {
    for (sentence, speaker) in [
        (
            "La compagnie s'est déjà excusée auprès de ses clients.",
            "La compagnie",
        ),
        ("Le maire s'excuse pour ses propos de mardi.", "Le maire"),
        (
            "La ministre s'était publiquement excusée auprès des familles.",
            "La ministre",
        ),
        (
            "Le club s'est excusé de ce retard auprès des supporters.",
            "Le club",
        ),
        (
            "L'animateur s'est excusé lundi pour sa blague.",
            "L'animateur",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    for sentence in [
        "Il a invoqué une excuse pour son absence.",
        "Rien n'excuse cette violence envers les agents.",
        "Les excuses du maire ont été entendues.",
        "Le joueur s'est excusé.",
    ] {
        expect_none(sentence);
    }
}

/// A request or an offer turned down with « rejeter » or « balayer » (« a rejeté cette
/// demande », « rejette la proposition du maire », « balaie la main tendue ») is a stance,
/// with an adjective or adverb between; must not: a court or an assembly ruling or voting,
/// and things rejected that no one asked for.
#[test]
fn rejecting_a_request_is_a_position() {
    for (sentence, speaker) in [
        (
            "La fédération a rejeté cette demande en bloc.",
            "La fédération",
        ),
        (
            "Le syndicat rejette la proposition du maire.",
            "Le syndicat",
        ),
        (
            "La direction a aussitôt rejeté leur nouvelle offre.",
            "La direction",
        ),
        (
            "Le président a balayé la main tendue de l'opposition.",
            "Le président",
        ),
        (
            "Les grévistes rejettent toujours les exigences de la compagnie.",
            "Les grévistes",
        ),
        (
            "Paul Roux avait rejeté l'ultimatum des actionnaires.",
            "Paul Roux",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    for sentence in [
        "Le tribunal a rejeté la demande de libération.",
        "Les députés ont rejeté la proposition de loi.",
        "Le conseil municipal a rejeté la demande de subvention.",
        "L'usine rejette des eaux polluées dans la rivière.",
        "Le patient a rejeté la greffe.",
    ] {
        expect_none(sentence);
    }
}

/// A stance shown with « manifester », or not hidden (« n'a pas caché sa colère », « ne
/// dissimule pas son inquiétude »), is a position as with « afficher »; must not: a
/// demonstration, a stance hidden, a symptom shown, a thing hidden, and a demonstrator named.
#[test]
fn showing_or_not_hiding_a_stance_is_a_position() {
    for (sentence, speaker) in [
        (
            "Les riverains manifestent leur exaspération face aux travaux.",
            "Les riverains",
        ),
        (
            "La fédération a manifesté sa vive inquiétude après l'annonce.",
            "La fédération",
        ),
        (
            "Plusieurs élus avaient manifesté leur opposition au projet.",
            "Plusieurs élus",
        ),
        (
            "Paul Durand n'a pas caché sa déception après le vote.",
            "Paul Durand",
        ),
        (
            "La présidente ne cache pas son agacement face aux retards.",
            "La présidente",
        ),
        (
            "Le syndicat ne dissimulait pas sa frustration lundi.",
            "Le syndicat",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    for sentence in [
        "Les agriculteurs ont manifesté devant la préfecture mardi.",
        "Le maire cache mal son inquiétude.",
        "La maladie manifeste sa présence par une fièvre.",
        "Le suspect n'a pas caché son arme dans la voiture.",
        "La police a interpellé un manifestant devant la gare.",
    ] {
        expect_none(sentence);
    }
}

/// A request or a criticism put into words (« a formulé sa demande », « formule des
/// propositions ») is a claim; formulating a product is not.
#[test]
fn formulating_a_request() {
    for (sentence, speaker, kind) in [
        (
            "Le ministre a formulé sa demande aux habitants.",
            "Le ministre",
            ClaimKind::Call,
        ),
        (
            "Les élus formulent leur demande auprès de la préfecture.",
            "Les élus",
            ClaimKind::Call,
        ),
        (
            "Le syndicat formulait des propositions pour sauver l'usine.",
            "Le syndicat",
            ClaimKind::Statement,
        ),
        (
            // (Criticism voiced is a stance, as « adresser des critiques »: light_verbs.)
            "La Cour des comptes a formulé de sévères critiques.",
            "La Cour des comptes",
            ClaimKind::Position,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    for sentence in [
        "Le chimiste formule un nouveau vernis.",
        "La formule de calcul a changé.",
        "La demande formulée par le maire a été rejetée.",
        "Le laboratoire a formulé une crème solaire.",
    ] {
        expect_none(sentence);
    }
}

/// An object pronoun between a noun subject and a stance verb (« L'opposition les
/// conteste ») is no determiner when the verb's form cannot be a noun after it, and it is no
/// part of the subject before an auxiliary (« L'opposition les a contestés »), adverbs or a
/// negation between the auxiliary and the participle too (« les ont aussitôt dénoncées », « ne
/// les a jamais contestés »: the subject is not « Le maire ne »).
#[test]
fn an_object_pronoun_after_a_noun_subject() {
    for (sentence, speaker, kind) in [
        (
            "L'opposition les conteste en raison des fraudes.",
            "L'opposition",
            ClaimKind::Denial,
        ),
        (
            "Les syndicats la dénoncent depuis des mois.",
            "Les syndicats",
            ClaimKind::Position,
        ),
        (
            "L'opposition les a contestés devant la presse.",
            "L'opposition",
            ClaimKind::Denial,
        ),
        (
            "Le ministère la démentait formellement.",
            "Le ministère",
            ClaimKind::Denial,
        ),
        (
            "Paul Durand les critiquera lors du conseil.",
            "Paul Durand",
            ClaimKind::Position,
        ),
        (
            "La direction l'a démentie dans un communiqué.",
            "La direction",
            ClaimKind::Denial,
        ),
        (
            "Les syndicats les ont aussitôt dénoncées.",
            "Les syndicats",
            ClaimKind::Position,
        ),
        (
            "Le maire ne les a jamais contestés devant la presse.",
            "Le maire",
            ClaimKind::Statement,
        ),
        (
            "La préfète les a pourtant démenties dans un communiqué.",
            "La préfète",
            ClaimKind::Denial,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    // Must not: a garbled subject « La direction ne » for a denial negated with nothing said.
    expect_none("La direction ne les a pas confirmées.");
    // (Review 3 B48: after « ne », « les » / « la » before a simple tense, « nous » / « vous »
    // before an auxiliary, are object pronouns: the subject never ends on « ne ».)
    expect(
        "La préfète ne la dément pas : « Des contrôles auront lieu. »",
        "La préfète",
        ClaimKind::Statement,
    );
    for sentence in [
        "Le maire ne les dénonce pas, mais il estime qu'elles sont maladroites.",
        "Le ministre ne nous a pas prévenus de la fermeture.",
        "Le maire ne les dénonce pas.",
    ] {
        let got = claims(sentence);
        assert!(
            got.iter().all(|(speaker, _)| !speaker.ends_with(" ne")),
            "{sentence}: {got:?}"
        );
    }
    for sentence in [
        "Pour l'opposition la critique est facile.",
        "Dans le camp adverse la demande reste forte.",
        "Le rapport de la commission les dénonciations anonymes a été publié.",
        "Elle a lu dans le journal les critiques du film.",
        "Les résultats de l'enquête les rappellent à la prudence.",
        "Les habitants les racontent encore aux enfants.",
    ] {
        expect_none(sentence);
    }
}

/// Proclaiming results, a victory, an innocence or a clause reports them; proclaiming a
/// state of emergency or independence is an act, and a future proclamation says nothing yet.
#[test]
fn proclaiming_results_not_a_state_of_emergency() {
    for (sentence, speaker) in [
        (
            "La commission électorale a proclamé les résultats provisoires.",
            "La commission électorale",
        ),
        (
            "Le candidat proclame sa victoire devant ses partisans.",
            "Le candidat",
        ),
        ("L'accusé proclamait son innocence.", "L'accusé"),
        ("« Nous avons gagné », proclame le candidat.", "le candidat"),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    for sentence in [
        "Le président a proclamé l'état d'urgence.",
        "Le pays a proclamé son indépendance en 1960.",
        "La Cour constitutionnelle proclamera les résultats définitifs jeudi.",
        "Les résultats proclamés lundi ont surpris.",
    ] {
        expect_none(sentence);
    }
}

/// « se montrer satisfait / déçu / préoccupé / réservé / hostile » shows a stance, as « se
/// montrer optimiste » does; a player's form or a plain display is no claim.
#[test]
fn showing_oneself_satisfied_or_disappointed() {
    for (sentence, speaker) in [
        (
            "Le ministre s'est montré satisfait des résultats.",
            "Le ministre",
        ),
        (
            "Les syndicats se sont montrés déçus par la proposition.",
            "Les syndicats",
        ),
        (
            "La préfète se montrait réservée sur le calendrier.",
            "La préfète",
        ),
        (
            "Plusieurs élus se montrent hostiles au projet.",
            "Plusieurs élus",
        ),
    ] {
        assert_eq!(
            claims(sentence)
                .iter()
                .map(|(s, _)| s.as_str())
                .collect::<Vec<_>>(),
            [speaker],
            "{sentence}"
        );
    }
    for sentence in [
        "Le gardien s'est montré solide toute la soirée.",
        "Le musée montre des tableaux satisfaisants.",
        "La vidéo montre un client déçu quittant le magasin.",
    ] {
        expect_none(sentence);
    }
}

/// « se montrer défavorable / opposé / réticent / ouvert à » takes a side: a stance, whoever
/// shows it and in any tense; a door, a shop or a form shown is no claim.
#[test]
fn showing_oneself_for_or_against_is_a_stance() {
    for (sentence, speaker) in [
        (
            "Le maire et son adjoint s'étaient montrés défavorables au projet.",
            "Le maire",
        ),
        (
            "La ministre se montre opposée à la fermeture de la maternité.",
            "La ministre",
        ),
        (
            "Les syndicats se sont montrés réticents face à la réforme.",
            "Les syndicats",
        ),
        (
            "Le président s'est toujours montré ouvert au dialogue avec l'opposition.",
            "Le président",
        ),
        (
            "Paul Durand se montrait lundi dubitatif sur le calendrier.",
            "Paul Durand",
        ),
        (
            "La direction s'est montrée intransigeante sur les salaires.",
            "La direction",
        ),
    ] {
        assert_eq!(
            claims(sentence).first(),
            Some(&(speaker.to_string(), ClaimKind::Position)),
            "{sentence}"
        );
    }
    for sentence in [
        "Le guide a montré une porte ouverte sur la cour.",
        "La vidéo montre deux camps opposés sur le terrain.",
        "L'équipe s'est montrée solide en défense.",
        "Le magasin montre ses rayons ouverts le dimanche.",
    ] {
        expect_none(sentence);
    }
}

/// A verb of judging with its adjective before what it judges (« juge nécessaire une
/// réforme », « estimait indispensable de », « trouvent inacceptable que ») is a stance in
/// every tense; a court's verdict (« juge coupable le prévenu »), an adjective the judging
/// does not put first, or a judge who only tries a case, are no claim.
#[test]
fn judging_something_necessary_is_a_stance() {
    for (sentence, speaker) in [
        (
            "La ministre juge nécessaire une réforme du système de santé.",
            "La ministre",
        ),
        (
            "Le directeur jugeait opportune une rencontre avec les élus.",
            "Le directeur",
        ),
        (
            "Le syndicat estime indispensable le maintien des postes.",
            "Le syndicat",
        ),
        (
            "Le maire juge utile de rappeler les règles du stationnement.",
            "Le maire",
        ),
        (
            "Les élus de l'opposition jugent « inacceptable » que la ville paie.",
            "Les élus de l'opposition",
        ),
        (
            "Le président considère prématurée toute discussion sur le sujet.",
            "Le président",
        ),
        (
            "Paul Martin estimait mardi excessives les dépenses de la région.",
            "Paul Martin",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    for sentence in [
        "Le tribunal juge coupable le prévenu.",
        "Le juge juge recevable la plainte des parents.",
        "La cour juge pénalement irresponsable l'auteur des coups.",
        "Le jury trouve le temps long.",
    ] {
        expect_none(sentence);
    }
}

/// An act named by its noun, its participle and « par » + an agent who can speak (README,
/// session 9): « la requête rejetée / balayée par le maire » (a stance; « les accusations
/// balayées par » a denial), « l'appel / l'ultimatum lancé par » (a call, a warning), « une
/// décision expliquée par le club : « … » ». Must not: a ruling or a vote (« rejeté par le
/// tribunal », « par les députés »), a thing launched, a cause (« expliquée par la demande »),
/// nor an appeal another speaker reacts to; and a name after the agent that has its own verb
/// is the next clause's subject, not the agent's name.
#[test]
fn an_act_named_with_its_participle_and_agent() {
    for (sentence, speaker, kind) in [
        (
            "Une requête de l'opposition balayée par le maire, Paul Roux, qui refuse de reculer.",
            "Paul Roux",
            ClaimKind::Position,
        ),
        (
            "La proposition des syndicats a été rejetée mardi par la direction.",
            "la direction",
            ClaimKind::Position,
        ),
        (
            "Des accusations aussitôt balayées par le ministre de l'Intérieur.",
            "le ministre de l'Intérieur",
            ClaimKind::Denial,
        ),
        (
            "Face à l'ultimatum lancé par le préfet, la société Vinci a cédé.",
            "le préfet",
            ClaimKind::Warning,
        ),
        (
            "L'appel au calme lancé par les imams a été entendu.",
            "les imams",
            ClaimKind::Call,
        ),
        (
            "Un choix expliqué par la présidente dans un message : « Nous n'avions plus le temps. »",
            "la présidente",
            ClaimKind::Statement,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    for sentence in [
        "Le recours a été rejeté par le tribunal administratif.",
        "La requête des parents a été rejetée par la cour d'appel.",
        "L'amendement rejeté par les députés sera revu.",
        "L'opération lancée par l'armée a fait dix morts.",
        "La fusée lancée par la NASA a décollé.",
        "La hausse des prix, expliquée par la demande chinoise, inquiète.",
        "La plage balayée par le vent est déserte.",
    ] {
        expect_none(sentence);
    }
    assert_eq!(
        claims("Le nouvel appel à la grève lancé par les pilotes inquiète, a estimé jeudi la compagnie."),
        [("la compagnie".to_string(), ClaimKind::Position)]
    );
}

/// A call named before what it calls for, then « lancé par » and its agent (« l'appel à la
/// grève générale lancé par », « un appel au calme et à la retenue lancé par »), is the
/// agent's call however long the complement between; a tender or a call for projects stays
/// none, as an operation launched does.
#[test]
fn a_call_launched_past_what_it_calls_for() {
    for (sentence, speaker) in [
        (
            "L'appel à la grève générale lancé par les syndicats enseignants a été largement suivi.",
            "les syndicats enseignants",
        ),
        (
            "Un appel au calme et à la retenue lancé par le préfet n'a pas suffi.",
            "le préfet",
        ),
        (
            "Transports : l'appel à une journée nationale de mobilisation lancé par la CGT pour jeudi",
            "la CGT",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Call);
    }
    for sentence in [
        "L'appel d'offres pour la cantine scolaire lancé par la mairie a été annulé.",
        "L'appel à projets pour les jeunes créateurs lancé par la région est clos.",
        "L'opération militaire d'envergure lancée par l'armée se poursuit.",
    ] {
        expect_none(sentence);
    }
}

/// The act named by a noun the lexicon also spells as a verb (« des critiques », « la
/// demande », « les offres ») is no reaction to it, and a name after the agent that only looks
/// like a verb (« des Engagés », « des Insoumis ») is no clause after it: the agent's claim
/// stands. Must not: a real verb before or after still makes it background.
#[test]
fn an_act_named_by_a_noun_spelt_as_a_verb() {
    for (sentence, speaker, kind) in [
        (
            "Des critiques balayées d'un revers de main par Anne Roux.",
            "Anne Roux",
            ClaimKind::Position,
        ),
        (
            "Les critiques ont été balayées mardi par le président du club.",
            "le président du club",
            ClaimKind::Position,
        ),
        (
            "Cette demande a été rejetée en bloc par la fédération.",
            "la fédération",
            ClaimKind::Position,
        ),
        (
            "Une demande aussitôt rejetée par Paul Roux, élu des Engagés.",
            "Paul Roux",
            ClaimKind::Position,
        ),
        (
            "Des offres de reprise rejetées par les syndicats, dès lundi.",
            "les syndicats",
            ClaimKind::Position,
        ),
        (
            "Des critiques balayées par Marie Lenoir, cheffe de file des Insoumis.",
            "Marie Lenoir",
            ClaimKind::Position,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    assert_eq!(
        claims("Le maire a critiqué la demande rejetée par le syndicat."),
        [("Le maire".to_string(), ClaimKind::Position)]
    );
    assert_eq!(
        claims("La demande rejetée par les élus inquiète, a estimé la préfète."),
        [("la préfète".to_string(), ClaimKind::Position)]
    );
}

/// « renouveler » an appeal, a request, a support: words said again, of the kind of what is
/// renewed, in any tense and with a date between; a contract, a lease, a passport or an
/// application renewed is no claim.
#[test]
fn renewing_an_appeal_or_a_request() {
    for (sentence, speaker, kind) in [
        (
            "La ministre a renouvelé son appel à la retenue.",
            "La ministre",
            ClaimKind::Call,
        ),
        (
            "Le chef de la diplomatie a renouvelé l'appel de son pays à un cessez-le-feu.",
            "Le chef de la diplomatie",
            ClaimKind::Call,
        ),
        (
            "Le syndicat renouvelle mardi sa demande d'une hausse des salaires.",
            "Le syndicat",
            ClaimKind::Call,
        ),
        (
            "Les élus de la majorité renouvellent leur soutien au maire.",
            "Les élus de la majorité",
            ClaimKind::Position,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    for sentence in [
        "La mairie a renouvelé son contrat avec la société.",
        "Le club a renouvelé le bail du stade.",
        "Il faut renouveler son passeport avant juin.",
        "Le conseil a renouvelé la demande de subvention auprès de la région.",
        "L'entreprise renouvelle son parc de véhicules.",
    ] {
        expect_none(sentence);
    }
}

/// « appeler X à » calls for something (« à la prudence », « au calme », « à la grève »),
/// not when it summons someone somewhere (« à la rescousse », « à son bureau »).
#[test]
fn calling_on_someone_not_summoning_them() {
    for (sentence, speaker) in [
        (
            "Le préfet appelle les habitants à la prudence.",
            "Le préfet",
        ),
        (
            "La ministre a appelé la population et les vacanciers à la plus grande vigilance.",
            "La ministre",
        ),
        ("Le maire appelait ses administrés au calme.", "Le maire"),
        (
            "Les syndicats appellent les salariés à la grève.",
            "Les syndicats",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Call);
    }
    for sentence in [
        "La police a appelé les pompiers à la rescousse.",
        "Le directeur a appelé les élèves à son bureau.",
        "L'infirmière appelle le médecin au chevet du malade.",
    ] {
        expect_none(sentence);
    }
}

/// « lancer un appel » is a call, but « un appel d'offres / à candidatures / à projets » is a
/// tender.
#[test]
fn a_call_for_tenders_is_no_call() {
    expect(
        "Le maire lance un appel à la prudence.",
        "Le maire",
        ClaimKind::Call,
    );
    for sentence in [
        "La mairie lance un appel d'offres pour la cantine.",
        "La région a lancé un appel à projets pour les jeunes agriculteurs.",
        "Le festival lance un appel à candidatures.",
    ] {
        expect_none(sentence);
    }
}

/// An appeal launched only to someone (« un appel à la population. ») names speech without
/// what it calls for (session 12 convention: no content, no claim); what is called for, an
/// infinitive, a purpose or the words make it a call.
#[test]
fn an_appeal_to_someone_for_nothing_said_is_no_call() {
    for (sentence, speaker) in [
        (
            "Le préfet a lancé un appel aux automobilistes à rester chez eux.",
            "Le préfet",
        ),
        (
            "La maire a tenu à lancer un appel à la population pour qu'elle évite le centre.",
            "La maire",
        ),
        (
            "Le président lance un appel à la communauté internationale : « Aidez-nous. »",
            "Le président",
        ),
        ("L'évêque a lancé un appel à l'apaisement.", "L'évêque"),
    ] {
        expect(sentence, speaker, ClaimKind::Call);
    }
    for sentence in [
        "Le préfet a tenu à lancer un appel à la population.",
        "La ministre lance un appel aux habitants du quartier.",
        "Le président a lancé un nouvel appel à la communauté internationale.",
    ] {
        expect_none(sentence);
    }
}

/// « s'en prendre à » and « prendre à partie » attack in words when they reach a person in
/// office, a named person, a body or a policy, or when a speech setting says so; when they
/// reach things or bystanders, or blows or rioters are named, they are an assault: no claim.
#[test]
fn laying_into_someone_in_words_not_with_blows() {
    for (sentence, speaker) in [
        (
            "Le député s'en est pris au gouvernement dans un discours.",
            "Le député",
        ),
        (
            "Paul Martin s'en prend violemment à la ministre de la Culture.",
            "Paul Martin",
        ),
        (
            "La sénatrice s'en était prise à la réforme des retraites.",
            "La sénatrice",
        ),
        (
            "Le syndicat s'en prendra au patronat lors de son congrès.",
            "Le syndicat",
        ),
        (
            "L'opposition s'en prend une nouvelle fois à Marie Durand.",
            "L'opposition",
        ),
        (
            "La sénatrice a vivement pris à partie le Premier ministre.",
            "La sénatrice",
        ),
        (
            "Le maire prend à partie les élus de l'opposition.",
            "Le maire",
        ),
        (
            "Dans sa question, la députée s'en est prise aux écologistes.",
            "la députée",
        ),
        ("Le président s'en prend à ses détracteurs.", "Le président"),
        // (Any object, once a speech setting or a manner of speaking is named.)
        (
            "Le sénateur s'en est pris vertement aux enseignants.",
            "Le sénateur",
        ),
        (
            "Le ministre s'en est pris aux policiers dans une interview.",
            "Le ministre",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    for sentence in [
        "Des casseurs s'en sont pris aux vitrines des commerces.",
        "Les manifestants s'en sont pris aux forces de l'ordre avec des projectiles.",
        "Un individu s'en est pris à un passant à coups de couteau.",
        "Plusieurs jeunes s'en sont pris au maire, frappé au visage.",
        "Le chien s'en est pris à un enfant.",
        "Un homme armé s'en est pris à la ministre.",
        "Des inconnus s'en sont pris à la permanence du député.",
        "Des jeunes ont pris à partie les pompiers.",
        "Pris à partie, deux policiers ont dû quitter les lieux.",
        "Le conducteur a été pris à partie par des voyageurs.",
        "Le maire a pris à la gorge son adversaire.",
    ] {
        expect_none(sentence);
    }
}

/// « écrire à X » sends a letter: a claim only when the clause gives its words (« que », a
/// colon, a quotation, or what the letter was for); the one who answers in a relative clause
/// is the speaker of the answer, not the writer.
#[test]
fn writing_to_someone_says_nothing_until_the_words_come() {
    for (sentence, speaker, kind) in [
        (
            "Paul Martin a écrit à la ministre, qui a répondu que le dossier était à l'étude.",
            "la ministre",
            ClaimKind::Statement,
        ),
        (
            "Le syndicat a écrit une lettre ouverte au ministre, qui a promis une réponse.",
            "le ministre",
            ClaimKind::Statement,
        ),
        (
            "Les riverains écrivent au maire que le bruit est insupportable.",
            "Les riverains",
            ClaimKind::Statement,
        ),
        (
            "Paul Martin écrivait aux élus : « Le projet est mort. »",
            "Paul Martin",
            ClaimKind::Statement,
        ),
        (
            "Paul Martin a écrit que le projet était mort.",
            "Paul Martin",
            ClaimKind::Statement,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    for sentence in [
        "Paul Martin a écrit au ministre mardi.",
        "Les élus ont écrit aux parents d'élèves, mais personne n'a répondu.",
        "La mairie écrira à chaque habitant.",
        "Le syndicat a écrit un courrier à la direction.",
    ] {
        expect_none(sentence);
    }
}

/// « monter au créneau » (to come out fighting) is a stance in every tense, « être » as its
/// auxiliary; « monter » otherwise says nothing.
#[test]
fn coming_out_fighting_is_a_stance() {
    for (sentence, speaker) in [
        (
            "Le maire Paul Martin est monté au créneau pour dénoncer la fermeture de l'usine.",
            "Paul Martin",
        ),
        (
            "Les syndicats montent au créneau contre la réforme des retraites.",
            "Les syndicats",
        ),
        (
            "La ministre était montée au créneau dès lundi.",
            "La ministre",
        ),
        ("L'opposition monta aussitôt au créneau.", "L'opposition"),
        (
            "Plusieurs élus sont à nouveau montés au créneau mardi.",
            "Plusieurs élus",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    for sentence in [
        "Le prix du gazole est monté à deux euros.",
        "Les eaux montent dans la vallée.",
        "La ministre est montée dans le train pour Lyon.",
        "Le montant de l'amende est élevé.",
    ] {
        expect_none(sentence);
    }
}

/// An alarm raised (« lance un cri d'alarme », « un signal d'alarme », « tire la sonnette
/// d'alarme », « donne l'alerte ») is a warning; a cry or a signal of another kind is not.
#[test]
fn raising_the_alarm_is_a_warning() {
    for (sentence, speaker) in [
        (
            "Les médecins lancent un cri d'alarme sur la pénurie de soignants.",
            "Les médecins",
        ),
        (
            "La Croix-Rouge a tiré la sonnette d'alarme face à la famine.",
            "La Croix-Rouge",
        ),
        (
            "Paul Martin tire la sonnette d'alarme : les digues risquent de céder.",
            "Paul Martin",
        ),
        (
            "Le syndicat avait lancé un signal d'alarme sur les effectifs.",
            "Le syndicat",
        ),
        (
            "Les pompiers lancent un nouveau cri d'alerte.",
            "Les pompiers",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Warning);
    }
    expect(
        "Le préfet lance un nouvel appel à la prudence.",
        "Le préfet",
        ClaimKind::Call,
    );
    expect(
        "Les salariés lancent un cri de colère contre la direction.",
        "Les salariés",
        ClaimKind::Statement,
    );
    for sentence in [
        "La banque centrale lance un signal fort aux marchés.",
        "Le signal d'alarme du train a retenti.",
    ] {
        expect_none(sentence);
    }
}

/// « encourager / inciter X à » is the subject's call on X, when the subject is someone (a
/// name, a role, a body, a pronoun), in every tense and with X as a clitic; a thing that
/// spurs on (« ce succès », « la baisse des prix »), a verb without « à », « tout au long
/// de », and a second verb after « et » (a description of what someone does) call no one.
#[test]
fn spurring_someone_on_is_a_call() {
    for (sentence, speaker) in [
        (
            "Le ministre a encouragé les entreprises à embaucher des jeunes.",
            "Le ministre",
        ),
        (
            "La maire incite les habitants à réduire leur consommation d'eau.",
            "La maire",
        ),
        (
            "Le syndicat encourage ses adhérents à faire grève jeudi.",
            "Le syndicat",
        ),
        (
            "Les autorités ont incité la population à rester chez elle.",
            "Les autorités",
        ),
        (
            "Paul Martin les a encouragés à porter plainte.",
            "Paul Martin",
        ),
        (
            "Le préfet incitait vivement les automobilistes à la prudence.",
            "Le préfet",
        ),
        (
            "L'OMS encouragera les pays à vacciner les enfants.",
            "L'OMS",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Call);
    }
    for sentence in [
        "Ce succès a encouragé les investisseurs à revenir.",
        "La baisse des prix incite les ménages à consommer davantage.",
        "Le soleil incite les promeneurs à sortir.",
        "Ces résultats encouragent l'équipe à continuer.",
        "Les enseignants encouragent les élèves.",
        "Le public a encouragé les coureurs tout au long de l'étape.",
        "Les aides incitent à l'embauche.",
        "Il est encouragé à poursuivre ses études.",
        "Elle est une militante connue et encourage les jeunes à voter.",
    ] {
        expect_none(sentence);
    }
}

/// « convenir » in an incise after a quotation (« « … », convient l'avocate ») reports it: its
/// subject follows the verb, as every incise's does. Impersonal « il convient que » and a
/// finding « des études conviennent que » still make no claim.
#[test]
fn agreeing_in_an_incise_reports_the_quotation() {
    for (sentence, speaker) in [
        (
            "« Je n'ai pas de preuve formelle », convient l'avocate de la défense.",
            "l'avocate de la défense",
        ),
        (
            "« Le calendrier était trop serré », a convenu le directeur de l'usine.",
            "le directeur de l'usine",
        ),
        (
            "« Nous avons tardé à réagir », convenait Marie Lefort, la présidente du club.",
            "Marie Lefort",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    for sentence in [
        "Il convient que chacun respecte les règles du marché.",
        "Plus de 90 % des études conviennent que le climat se réchauffe.",
    ] {
        expect_none(sentence);
    }
}

/// An adverbial phrase of several words between the auxiliary and the participle (« a
/// d'ailleurs rappelé », « a en outre précisé », « ont du reste affirmé ») stays inside the
/// verb group, as « a par ailleurs démenti » did; it makes no cue of a verb that reports
/// nothing.
#[test]
fn an_adverbial_phrase_inside_the_verb_group_keeps_the_cue() {
    for (sentence, speaker, kind) in [
        (
            "Le maire a d'ailleurs rappelé que la piscine resterait fermée.",
            "Le maire",
            ClaimKind::Statement,
        ),
        (
            "La ministre a en outre précisé que le budget serait voté en mars.",
            "La ministre",
            ClaimKind::Statement,
        ),
        (
            "Les syndicats ont du reste affirmé qu'ils ne signeraient pas.",
            "Les syndicats",
            ClaimKind::Statement,
        ),
        (
            "Paul Renard avait de surcroît dénoncé des pressions de la direction.",
            "Paul Renard",
            ClaimKind::Position,
        ),
        (
            "Le gouvernement a encore une fois démenti toute négociation secrète.",
            "Le gouvernement",
            ClaimKind::Denial,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    for sentence in [
        "Le maire a d'ailleurs acheté une maison à Nice.",
        "Les joueurs sont du reste arrivés en retard.",
    ] {
        expect_none(sentence);
    }
}

/// « s'attaquer » and the verbs that report only in their reflexive form (« inquiéter »,
/// « réjouir ») report a quotation in an incise right after it, whatever their form there
/// (« « … », a attaqué le procureur »): the subject follows the verb, as every incise's does.
/// Outside an incise, « attaquer » a place or a thing still makes no claim.
#[test]
fn attacking_in_an_incise_reports_the_quotation() {
    for (sentence, speaker) in [
        (
            "« Vous avez menti à la cour du début à la fin », a attaqué le procureur de la République.",
            "le procureur de la République",
        ),
        (
            "« Ce projet ruinera les petits commerces », attaque la présidente de l'association.",
            "la présidente de l'association",
        ),
        (
            "« Personne n'a jamais vu ces factures », attaque-t-il.",
            "il",
        ),
    ] {
        let got = claims(sentence);
        assert_eq!(got.len(), 1, "{sentence}: {got:?}");
        assert_eq!(got[0].0, speaker, "{sentence}");
    }
    for sentence in [
        "Les rebelles ont attaqué la caserne de la ville dans la nuit.",
        "Le club attaque la saison avec un effectif réduit.",
        "Les insectes ont attaqué les récoltes du village.",
    ] {
        expect_none(sentence);
    }
    // (Nor does a reflexive-only verb before its object, the quotation closed by a colon's
    // noun phrase: « … » : cette rumeur a inquiété les riverains.)
    for (speaker, _) in claims("« Le pont va céder » : cette rumeur a inquiété les riverains.")
    {
        assert_ne!(speaker, "les riverains");
    }
}

/// « « … », lit-on dans le communiqué », « « … », peut-on lire sur le site de la mairie »: the
/// document read says the quotation. Reading is no cue otherwise: a person reading, « on lit »
/// with no quotation, « lire » without « dans » or « sur » a document.
#[test]
fn what_one_reads_in_a_document_is_its_claim() {
    for (sentence, speaker) in [
        (
            "« Les cours reprendront lundi », lit-on dans le communiqué du rectorat.",
            "le communiqué du rectorat",
        ),
        (
            "« Les cours reprendront lundi », peut-on lire sur le site de la mairie.",
            "le site de la mairie",
        ),
        (
            "« Aucune victime n'est à déplorer », pouvait-on lire dans le rapport de la préfecture.",
            "le rapport de la préfecture",
        ),
    ] {
        let got = claims(sentence);
        assert_eq!(got.len(), 1, "{sentence}: {got:?}");
        assert_eq!(got[0].0, speaker, "{sentence}");
    }
    for sentence in [
        "Paul lit dans le train tous les matins.",
        "Il lisait sur son téléphone que la grève était finie.",
        "On lit sur les murs des slogans hostiles au maire.",
    ] {
        expect_none(sentence);
    }
}

/// « lit-on dans un communiqué publié dimanche par X »: a document read whose author « par »
/// names after its participle (a date or a place between) is that author's claim; without an
/// author the document speaks, as before.
#[test]
fn what_one_reads_in_a_document_of_an_author_is_the_authors_claim() {
    for (sentence, speaker) in [
        (
            "« Le groupe compte douze membres », peut-on lire dans un communiqué publié dimanche par l'organisation Aide Mondiale.",
            "Aide Mondiale",
        ),
        (
            "« Les routes resteront fermées », lit-on dans une note diffusée mardi par la préfecture du Nord.",
            "la préfecture du Nord",
        ),
        (
            "« Nous ne céderons pas », pouvait-on lire dans un texte rédigé à Lyon par le syndicat des cheminots.",
            "le syndicat des cheminots",
        ),
        (
            "« Le musée restera ouvert », lit-on dans un message publié par la mairie sur son site.",
            "la mairie",
        ),
        (
            "« La saison est annulée », peut-on lire dans le bulletin envoyé le 3 mai par la fédération.",
            "la fédération",
        ),
    ] {
        let got = claims(sentence);
        assert_eq!(got.len(), 1, "{sentence}: {got:?}");
        assert_eq!(got[0].0, speaker, "{sentence}");
    }
    for (sentence, speaker) in [
        (
            "« Le site fermera », peut-on lire dans un communiqué publié dimanche.",
            "un communiqué",
        ),
        (
            "« Le site fermera », lit-on dans le communiqué de la direction.",
            "le communiqué de la direction",
        ),
    ] {
        let got = claims(sentence);
        assert_eq!(got.len(), 1, "{sentence}: {got:?}");
        assert_eq!(got[0].0, speaker, "{sentence}");
    }
}

/// A tender named by its participle and agent calls for nothing, as « lance un appel
/// d'offres » does not (review, session 15); the same construction with a call does.
#[test]
fn a_tender_launched_by_someone_is_no_call() {
    for sentence in [
        "L'appel d'offres lancé par la mairie a été attribué à une entreprise locale.",
        "L'appel à projets lancé par la région a reçu quarante dossiers.",
        "Un appel à candidatures lancé par le ministère reste ouvert jusqu'en mars.",
    ] {
        expect_none(sentence);
    }
    expect(
        "L'appel à la grève lancé par les syndicats a été suivi par la moitié des agents.",
        "les syndicats",
        ClaimKind::Call,
    );
}
