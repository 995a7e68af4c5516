//! Whether a sentence needs the one before it to be read right: the summary never picks such a
//! sentence without its antecedent, so that no quotation changes speaker and no « elle » changes
//! referent by being cut from its context.
//!
//! A sentence depends on the one before when, outside its quotations:
//! - it opens with a subject pronoun (`Il`, `Elles`, `Je`, `Nous`, `Lui`, `Cela`, `C'est`), a
//!   demonstrative pronoun that points back (`Celle de…`, `Celui-ci`, `Ce dernier`), a
//!   demonstrative or possessive determiner (`Ces sources…`, `Sa porte-parole…`; not a time:
//!   `Ce matin`, `Cette semaine`), or a connective that answers the sentence before (`Mais`,
//!   `Cependant`, `Et`, `En revanche`). An impersonal `Il` (`Il y a`, `Il faut`, `Il est
//!   possible que`) and the generic `On` do not point back;
//! - its speaker is a pronoun (`a-t-il insisté`, `dit-elle`, `selon lui`);
//! - it is a bare quotation with no reporting clause (`« Je leur ai dit de partir. »`): its
//!   speaker is in the sentences before.
//!
//! These are rules over the first words, not a parser: they err on the side of dependence,
//! which only means the sentence is picked together with the one before it or not at all.

/// Subject and disjunctive pronouns that point back when they open a sentence.
const PRONOUNS: &[&str] = &[
    "il",
    "elle",
    "ils",
    "elles",
    "je",
    "j",
    "nous",
    "lui",
    "eux",
    "cela",
    "ceci",
    "ça",
    "c",
    "celui-ci",
    "celle-ci",
    "ceux-ci",
    "celles-ci",
    "celui-là",
    "celle-là",
    "ceux-là",
    "celles-là",
    "leur",
    "leurs",
    "son",
    "sa",
    "ses",
];

/// Demonstrative pronouns: they point back before `de` (`Celle de…`), not before a relative
/// (`Ceux qui le souhaitent…` is generic).
const DEMONSTRATIVE_PRONOUNS: &[&str] = &["celui", "celle", "ceux", "celles"];

/// Demonstrative determiners: `Ces sources`, `Cette décision`, `Ce dernier`.
const DEMONSTRATIVE_DETERMINERS: &[&str] = &["ce", "cet", "cette", "ces"];

/// Nouns that make a demonstrative a time, not a back-reference (`Ce matin`, `Cette année`).
const TIME_NOUNS: &[&str] = &[
    "matin",
    "soir",
    "midi",
    "après-midi",
    "week-end",
    "weekend",
    "jour",
    "jour-là",
    "nuit",
    "semaine",
    "mois",
    "année",
    "an",
    "été",
    "hiver",
    "automne",
    "printemps",
    "saison",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "fois",
    "siècle",
];

/// Connectives that answer the sentence before. Several words are written with spaces.
const CONNECTIVES: &[&str] = &[
    "mais",
    "et",
    "or",
    "cependant",
    "pourtant",
    "toutefois",
    "néanmoins",
    "en revanche",
    "par contre",
    "de plus",
    "en outre",
    "ainsi",
    "donc",
    "alors",
    "aussi",
    "puis",
    "ensuite",
    "d'ailleurs",
    "au contraire",
    "malgré cela",
    "pour autant",
    "de même",
    "lui aussi",
    "elle aussi",
    "le même",
    "la même",
    "les mêmes",
];

/// Verbs after which `Il` is impersonal (`Il y a`, `Il faut`, `Il s'agit`).
const IMPERSONAL_VERBS: &[&str] = &[
    "y",
    "faut",
    "fallait",
    "faudra",
    "faudrait",
    "fallu",
    "agit",
    "agissait",
    "semble",
    "semblait",
    "reste",
    "restait",
    "suffit",
    "suffisait",
    "convient",
    "importe",
    "paraît",
    "arrive",
    "pleut",
    "neige",
    "manque",
    "manquait",
    "existe",
    "existait",
    "serait",
    "sera",
    "était",
    "est",
];

/// Adjectives and nouns after `Il est` that make it impersonal (`Il est possible que`).
const IMPERSONAL_COMPLEMENTS: &[&str] = &[
    "clair",
    "possible",
    "impossible",
    "probable",
    "improbable",
    "difficile",
    "facile",
    "nécessaire",
    "important",
    "essentiel",
    "évident",
    "certain",
    "vrai",
    "faux",
    "temps",
    "question",
    "urgent",
    "inutile",
    "utile",
    "normal",
    "rare",
    "fréquent",
    "tard",
    "tôt",
    "interdit",
    "prévu",
    "permis",
    "peu",
    "trop",
    "déjà",
    "heure",
    "heures",
    "lieu",
];

/// Whether `sentence` (French) needs the sentence before it to be understood.
pub fn needs_antecedent(sentence: &str) -> bool {
    let outside = outside_quotes(sentence);
    let starts_quoted = sentence.trim_start().starts_with(['«', '"', '“', '—', '–']);
    if starts_quoted && reporting_clause(&outside).is_empty() {
        // A bare quotation: its speaker is in the sentences before.
        return true;
    }
    if has_pronoun_speaker(&outside) {
        return true;
    }
    !starts_quoted && opens_with_back_reference(&outside)
}

/// The sentence with its quotations blanked out (each quoted stretch becomes one space).
fn outside_quotes(sentence: &str) -> String {
    let mut out = String::with_capacity(sentence.len());
    let mut depth = 0usize;
    let mut straight = false;
    for c in sentence.chars() {
        match c {
            '«' | '“' => {
                depth += 1;
                out.push(' ');
            }
            '»' | '”' => {
                depth = depth.saturating_sub(1);
                out.push(' ');
            }
            '"' => {
                straight = !straight;
                out.push(' ');
            }
            _ if depth > 0 || straight => {}
            _ => out.push(c),
        }
    }
    out
}

/// What remains of a sentence outside its quotations, as words (punctuation dropped).
fn reporting_clause(outside: &str) -> Vec<&str> {
    words(outside).collect()
}

/// Lower-cased words: split on spaces and punctuation, keeping hyphens and apostrophes
/// inside words (`a-t-il`, `aujourd'hui`); an elided article or pronoun stays a word of its
/// own with its apostrophe (`l'`, `c'`, `qu'`).
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || ",;:.!?…()[]—–".contains(c))
        .flat_map(split_elision)
        .filter(|w| !w.is_empty())
}

/// `c'est` → `c'`, `est`; `aujourd'hui` stays whole.
fn split_elision(word: &str) -> Vec<&str> {
    let word = word.trim_matches(|c: char| c == '-' || c == '\'' || c == '’');
    if let Some(i) = word.find(['\'', '’']) {
        let head = &word[..i];
        let apostrophe = word[i..].chars().next().map_or(1, char::len_utf8);
        if head.chars().count() <= 3 && !head.eq_ignore_ascii_case("aujourd") {
            return vec![&word[..i + apostrophe], &word[i + apostrophe..]];
        }
    }
    vec![word]
}

/// Whether the speaker of the sentence is a pronoun: an inverted subject after a verb
/// (`a-t-il insisté`, `dit-elle`, `ajoutent-ils`), or `selon lui`, `d'après elle`.
fn has_pronoun_speaker(outside: &str) -> bool {
    let lower = outside.to_lowercase();
    let ws: Vec<&str> = words(&lower).collect();
    // Not `faut-il`, `s'agit-il`, `y a-t-il`: an impersonal question.
    let inverted = ws.iter().enumerate().any(|(k, w)| {
        let Some(verb) = [
            "-t-il", "-il", "-t-elle", "-elle", "-t-ils", "-ils", "-t-elles", "-elles",
        ]
        .iter()
        .find_map(|p| w.strip_suffix(p))
        .filter(|v| !v.is_empty()) else {
            return false;
        };
        let impersonal = verb == "faut" || verb == "agit" || verb == "semble" || verb == "reste";
        let il_y_a = verb == "a" && k > 0 && ws[k - 1] == "y";
        !(impersonal || il_y_a)
    });
    // `d'après` is split at its elision: `après lui`.
    let selon = ws.windows(2).any(|p| {
        matches!(p[0], "selon" | "après") && matches!(p[1], "lui" | "elle" | "eux" | "elles")
    });
    inverted || selon
}

/// Whether the sentence opens with a pronoun, demonstrative, possessive or connective that
/// points back (see the module notes).
fn opens_with_back_reference(outside: &str) -> bool {
    let lower = outside.to_lowercase();
    let lower = lower.replace('’', "'");
    let ws: Vec<&str> = words(&lower).take(6).collect();
    let Some(&first) = ws.first() else {
        return false;
    };
    let second = ws.get(1).copied().unwrap_or("");
    let two = if first.ends_with('\'') {
        format!("{first}{second}")
    } else {
        format!("{first} {second}")
    };
    if CONNECTIVES.contains(&first) || CONNECTIVES.contains(&two.as_str()) {
        return true;
    }
    let first_bare = first.trim_end_matches('\'');
    if first_bare == "il" || first_bare == "ils" {
        return !impersonal(&ws[1..]);
    }
    if PRONOUNS.contains(&first_bare) {
        return true;
    }
    if DEMONSTRATIVE_PRONOUNS.contains(&first) {
        return matches!(second, "de" | "d'" | "du" | "des");
    }
    if DEMONSTRATIVE_DETERMINERS.contains(&first) {
        // `Ce matin`, `Cette semaine`, `Ces derniers jours`: a time, not a reference.
        let noun = if matches!(second, "dernier" | "dernière" | "derniers" | "dernières") {
            ws.get(2).copied().unwrap_or("")
        } else {
            second
        };
        return !TIME_NOUNS.contains(&noun) && !TIME_NOUNS.contains(&noun.trim_end_matches('s'));
    }
    false
}

/// Whether `Il` followed by `rest` is impersonal: `Il y a`, `Il faut`, `Il n'est pas
/// possible de`, `Il était une fois`.
fn impersonal(rest: &[&str]) -> bool {
    let mut i = 0;
    // `n'`, and the reflexive `s'` of `s'agit` (the elision is split off).
    while rest
        .get(i)
        .is_some_and(|w| matches!(*w, "ne" | "n'" | "s'"))
    {
        i += 1;
    }
    let Some(verb) = rest.get(i) else {
        return false;
    };
    let verb = *verb;
    if !IMPERSONAL_VERBS.contains(&verb) {
        return false;
    }
    if !matches!(verb, "serait" | "sera" | "était" | "est") {
        return true;
    }
    // A form of `être`: impersonal only before a complement of the list (`Il est possible
    // que`, `Il était une fois`), personal otherwise (`Il est parti`).
    rest[i + 1..].iter().take(4).any(|w| {
        IMPERSONAL_COMPLEMENTS.contains(w) || (*w == "une" && rest[i + 1..].contains(&"fois"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn depends(s: &str) {
        assert!(needs_antecedent(s), "should need the sentence before: {s}");
    }

    #[track_caller]
    fn stands(s: &str) {
        assert!(!needs_antecedent(s), "should stand alone: {s}");
    }

    #[test]
    fn a_pronoun_subject_points_back() {
        depends("Il a démissionné mardi.");
        depends("Elle dément toute implication.");
        depends("Ils discuteront de la guerre.");
        depends("Je leur ai dit de partir.");
        depends("J'ai tout vu depuis ma fenêtre.");
        depends("Nous ne céderons pas.");
        depends("Cela n'a pas empêché la hausse des prix.");
        depends("C'est ce qu'a confirmé la préfecture.");
        depends("Lui n'a rien dit.");
        stands("Le ministre a démissionné mardi.");
        stands("On ignore encore le nombre de victimes.");
        stands("Jean Dupont dément toute implication.");
    }

    #[test]
    fn an_impersonal_il_does_not() {
        stands("Il y a eu trois morts.");
        stands("Il faut attendre les résultats.");
        stands("Il n'était pas encore clair non plus quelle a été la réponse de la Chine.");
        stands("Il est possible que le scrutin soit reporté.");
        stands("Il s'agit du troisième incendie cette année.");
        depends("Il est parti sans rien dire.");
        depends("Il a dit qu'il reviendrait.");
    }

    #[test]
    fn demonstratives_and_possessives_point_back_but_not_times() {
        depends("Celle de la Chine reste floue.");
        depends("Celui-ci a refusé de commenter.");
        depends("Ce dernier a refusé de commenter.");
        depends("Ces sources ne donnent pas de détails.");
        depends("Cette décision a surpris les marchés.");
        depends("Sa porte-parole a démenti.");
        depends("Leur avocat fera appel.");
        stands("Ceux qui le souhaitent peuvent partir.");
        stands("Ce matin, la police a évacué le camp.");
        stands("Cette semaine, le Parlement vote le budget.");
        stands("Ces derniers jours, les combats ont repris.");
        stands("Ce mardi, le maire a inauguré le pont.");
    }

    #[test]
    fn a_connective_answers_the_sentence_before() {
        depends("Cependant, ces sources ne donnent pas de détails.");
        depends("Mais le gouvernement a refusé.");
        depends("En revanche, la Chine n'a rien dit.");
        depends("La même source a précisé que le convoi était reparti.");
        depends("D'ailleurs, personne n'a rien vu.");
        stands("Par ailleurs, le Sénat examine un autre texte.");
        stands("Selon le New York Times, la Russie a demandé une aide économique.");
    }

    #[test]
    fn a_pronoun_speaker_points_back() {
        depends("\"Et nous avons fait savoir à Pékin que nous ne resterons pas passifs\", a-t-il insisté.");
        depends("« Je ne sais pas. Voyez le maire », a-t-elle répondu.");
        depends("« Nous partirons demain », dit-il.");
        depends("La situation est grave, ajoutent-ils.");
        depends("Selon lui, la situation est grave.");
        depends("D'après elle, le convoi est reparti.");
        stands("\"Je n'ai jamais entendu parler de ça\", a réagi un porte-parole de l'ambassade.");
        stands("« Nous partirons demain », a dit le maire.");
        // A question inside the quotation is not an incise.
        stands("« Que peut-il faire de plus ? », s'interroge le maire.");
        // An impersonal question has no speaker.
        stands("Faut-il fermer la dernière école du village ?");
        stands("Y a-t-il encore un espoir pour les salariés ?");
        stands("« Je leur ai dit de partir », raconte Marie Dupont.");
    }

    #[test]
    fn a_bare_quotation_points_back() {
        depends("« Je leur ai dit de partir. »");
        depends("\"Nous ne céderons pas.\"");
        stands("« Nous ne céderons pas », a déclaré le président.");
    }
}
