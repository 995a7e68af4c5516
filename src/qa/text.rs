//! The checks that look at the text as a whole: untranslated or echoed segments, quotation
//! marks and brackets, length ratio, and placeholder or markup leaks.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::OnceLock;

/// French function words that are not English words: a translation full of them is French.
const FRENCH_STOPWORDS: &[&str] = &[
    "le",
    "les",
    "des",
    "du",
    "une",
    "est",
    "et",
    "dans",
    "qui",
    "que",
    "qu",
    "avec",
    "pas",
    "cette",
    "sont",
    "ont",
    "été",
    "aux",
    "nous",
    "vous",
    "ils",
    "elle",
    "elles",
    "mais",
    "leur",
    "leurs",
    "selon",
    "depuis",
    "avait",
    "était",
    "sera",
    "très",
    "aussi",
    "sans",
    "cependant",
    "lors",
    "chez",
    "après",
    "dont",
    "lui",
    "ces",
    "ses",
    "notre",
    "nos",
    "votre",
    "vos",
    "tous",
    "toute",
    "toutes",
    "être",
    "avoir",
    "peut",
    "ainsi",
    "encore",
    "où",
    "ou",
    "à",
    "au",
    "sur",
    "il",
    "ne",
    "nous",
    "pour",
    "par",
    "un",
];

/// English function words: a translation with enough of them is English, whatever the
/// trigram statistics say.
const ENGLISH_STOPWORDS: &[&str] = &[
    "the", "of", "and", "to", "in", "is", "was", "has", "have", "had", "that", "it", "for", "on",
    "with", "by", "as", "at", "from", "this", "be", "are", "were", "an", "a", "he", "she", "they",
    "we", "his", "her", "their", "not", "but", "or", "which", "who", "will", "would",
];

/// English words written with French accents: not a sign of an untranslated word.
const ACCENTED_ENGLISH: &[&str] = &[
    "café",
    "cafés",
    "résumé",
    "naïve",
    "naïveté",
    "façade",
    "façades",
    "décor",
    "régime",
    "régimes",
    "protégé",
    "élite",
    "élites",
    "fiancé",
    "fiancée",
    "cliché",
    "clichés",
    "déjà",
    "entrée",
    "communiqué",
    "communiqués",
    "détente",
    "débâcle",
    "attaché",
    "exposé",
    "rôle",
    "rôles",
    "touché",
    "soirée",
    "première",
    "premières",
    "matinée",
    "née",
    "émigré",
    "émigrés",
    "état",
    "élan",
    "éclat",
    "doyenne",
    "séance",
    "coup",
    "appliqué",
    "crème",
    "pâté",
    "précis",
];

/// English words with French-looking endings, some missing from the word list.
const ENGLISH_LOOKALIKES: &[&str] = &[
    "unique",
    "technique",
    "techniques",
    "critique",
    "critiques",
    "antique",
    "antiques",
    "boutique",
    "boutiques",
    "physique",
    "mystique",
    "clique",
    "cliques",
    "oblique",
    "alien",
    "aliens",
    "faux",
    "lien",
    "liens",
    "plateaux",
    "bureaux",
    "chateaux",
    "masseuse",
    "chartreuse",
    "coiffeuse",
    "poseuse",
    "comedienne",
    "tragedienne",
    "silhouette",
];

/// Letters of Spanish that French does not use.
const SPANISH_LETTERS: &str = "áíóúñÁÍÓÚÑ";

fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect()
}

/// English or French, when `whatlang` (restricted to the two) is at least `confidence` sure.
fn language(text: &str, confidence: f64) -> Option<whatlang::Lang> {
    static DETECTOR: OnceLock<whatlang::Detector> = OnceLock::new();
    DETECTOR
        .get_or_init(|| {
            whatlang::Detector::with_allowlist(vec![whatlang::Lang::Eng, whatlang::Lang::Fra])
        })
        .detect(text)
        .filter(|i| i.confidence() >= confidence)
        .map(|i| i.lang())
}

/// `word` in lowercase, borrowed when it already is.
fn lowercase(word: &str) -> Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

fn is_in(word: &str, set: &HashSet<&'static str>) -> bool {
    set.contains(word)
}

/// The English word list (`src/qa/words/english.txt`: Debian's wamerican and wbritish,
/// lowercase words), as a set built on first use.
fn english_words() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| include_str!("words/english.txt").lines().collect())
}

/// Whether `word` (lowercase) is an English word, or one with an English plural or
/// possessive ending the list leaves out.
fn is_english_word(word: &str) -> bool {
    let words = english_words();
    words.contains(word)
        || word
            .strip_suffix('s')
            .is_some_and(|stem| words.contains(stem))
}

/// Whether `word` occurs in `text` as a whole word (not inside a longer one).
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn french_stopwords() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| FRENCH_STOPWORDS.iter().copied().collect())
}

fn english_stopwords() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| ENGLISH_STOPWORDS.iter().copied().collect())
}

/// The `untranslated` check: the English is the French echoed back, is mostly French, keeps
/// words the engine marked unknown (`unknown`, from [`super::unknown::strip`]), or keeps French
/// words English does not have.
pub(crate) fn untranslated(fr: &str, en: &str, unknown: &[String]) -> Vec<String> {
    let fr_words = words(fr);
    let en_words = words(en);
    let stopwords = |words: &[&str]| {
        words.iter().fold((0usize, 0usize), |(f, e), w| {
            let w = lowercase(w);
            (
                f + usize::from(is_in(&w, french_stopwords())),
                e + usize::from(is_in(&w, english_stopwords())),
            )
        })
    };
    // A source clearly French by its function words is not asked of `whatlang` (the costliest
    // step of the QA checks when a backend echoes every segment).
    let fr_is_english = || {
        let (french, english) = stopwords(&fr_words);
        !(french >= 3 && french >= 3 * english) && language(fr, 0.5) == Some(whatlang::Lang::Eng)
    };
    let same_words = fr_words.len() == en_words.len()
        && fr_words
            .iter()
            .zip(&en_words)
            .all(|(a, b)| lowercase(a) == lowercase(b));
    if fr_words.len() >= 3
        && same_words
        && fr_words
            .iter()
            .any(|w| is_in(&lowercase(w), french_stopwords()))
        && !fr_is_english()
    {
        return vec!["the English is the French unchanged (echoed)".into()];
    }
    let (french, english) = stopwords(&en_words);
    let by_stopwords = french >= 3 && french * 5 >= en_words.len();
    let detected_french = !by_stopwords
        && en_words.len() >= 6
        && english * 100 < en_words.len() * 15
        && language(en, 0.9) == Some(whatlang::Lang::Fra);
    if (by_stopwords || detected_french) && !fr_is_english() {
        let why = if by_stopwords {
            format!(
                "{french} of {} words are French function words",
                en_words.len()
            )
        } else {
            "detected as French".to_string()
        };
        return vec![format!("the English is mostly French ({why})")];
    }
    // Words the engine said it did not know (Apertium's `*mot` marks), still in the English:
    // each is reported, except a capitalized word the French has too (a name, rightly kept).
    let in_french = |w: &str| fr_words.iter().any(|f| lowercase(f) == lowercase(w));
    let mut unknown_left: Vec<&str> = Vec::new();
    for word in unknown {
        let name =
            word.chars().next().is_some_and(char::is_uppercase) && fr.contains(word.as_str());
        if !name && has_word(en, word) && !unknown_left.contains(&word.as_str()) {
            unknown_left.push(word);
        }
    }
    // Words copied from the French that English does not have: lowercase words of the
    // French found in the English that are not in the English word list (« sommairement »,
    // « usagers »), or carry French accents; marked or not.
    let mut left: Vec<String> = Vec::new();
    for piece in en.split_whitespace() {
        let marked = piece
            .strip_prefix(['*', '#', '@'])
            .filter(|rest| rest.chars().next().is_some_and(char::is_alphabetic));
        let word: String = match marked {
            Some(rest) => rest.chars().take_while(|c| c.is_alphabetic()).collect(),
            None => {
                let w = piece.trim_matches(|c: char| !c.is_alphabetic());
                let starts_lower = w.chars().next().is_some_and(char::is_lowercase);
                if !starts_lower || w.len() < 4 || !w.chars().all(char::is_alphabetic) {
                    continue;
                }
                let lower = lowercase(w);
                let english = is_english_word(&lower)
                    || ACCENTED_ENGLISH.contains(&lower.as_ref())
                    || ENGLISH_LOOKALIKES.contains(&lower.as_ref());
                if english || !in_french(w) {
                    continue;
                }
                w.to_string()
            }
        };
        if !word.is_empty() && !left.contains(&word) && !unknown_left.contains(&word.as_str()) {
            left.push(word);
        }
    }
    let mut out = Vec::new();
    if !unknown_left.is_empty() {
        out.push(format!(
            "words the engine did not know, left untranslated: {}",
            unknown_left.join(", ")
        ));
    }
    if !left.is_empty() {
        out.push(format!("words left in French: {}", left.join(", ")));
    }
    // Words with letters French never writes (á í ó ú ñ) that the French does not have:
    // leftovers of a pivot through Spanish (Apertium fr-es → spa-eng).
    let mut spanish: Vec<&str> = Vec::new();
    for w in en_words.iter().filter(|w| !w.is_ascii()) {
        if w.chars().any(|c| SPANISH_LETTERS.contains(c))
            && !in_french(w)
            && !spanish.contains(w)
            && !unknown_left.contains(w)
        {
            spanish.push(w);
        }
    }
    if !spanish.is_empty() {
        out.push(format!(
            "words left in Spanish (the pivot language): {}",
            spanish.join(", ")
        ));
    }
    out
}

/// How many of each quotation mark and bracket a text holds.
#[derive(Debug, Default)]
struct Marks {
    straight: usize,
    guillemet_open: usize,
    guillemet_close: usize,
    curly_open: usize,
    curly_close: usize,
    low: usize,
    paren_open: usize,
    paren_close: usize,
    bracket_open: usize,
    bracket_close: usize,
}

impl Marks {
    fn of(text: &str) -> Marks {
        let mut m = Marks::default();
        for c in text.chars() {
            match c {
                '"' => m.straight += 1,
                '«' => m.guillemet_open += 1,
                '»' => m.guillemet_close += 1,
                '“' => m.curly_open += 1,
                '”' => m.curly_close += 1,
                '„' => m.low += 1,
                '(' => m.paren_open += 1,
                ')' => m.paren_close += 1,
                '[' => m.bracket_open += 1,
                ']' => m.bracket_close += 1,
                _ => {}
            }
        }
        m
    }

    fn quotes(&self) -> usize {
        self.straight
            + self.guillemet_open
            + self.guillemet_close
            + self.curly_open
            + self.curly_close
            + self.low
    }

    fn guillemets_balanced(&self) -> bool {
        self.guillemet_open == self.guillemet_close
    }

    fn curly_balanced(&self) -> bool {
        self.curly_open == self.curly_close
    }
}

/// The `quotes` check: a quotation in the French has one in the English, and the English
/// leaves no guillemet, quotation mark or bracket unbalanced that the French balanced.
pub(crate) fn quotes(fr: &str, en: &str) -> Vec<String> {
    let mut out = Vec::new();
    let (f, e) = (Marks::of(fr), Marks::of(en));
    if f.quotes() > 0 && e.quotes() == 0 {
        out.push("the French has a quotation, the English has no quotation marks".into());
        return out;
    }
    if !e.guillemets_balanced() && f.guillemets_balanced() {
        out.push("unbalanced guillemets « » in the English".into());
    }
    if !e.curly_balanced() && f.curly_balanced() {
        out.push("unbalanced quotation marks “ ” in the English".into());
    }
    // Straight quotes: the English must pair them up when the French does (a quotation that
    // spans sentences leaves one open in both).
    let french_paired = f.straight % 2 == 0 && f.guillemets_balanced() && f.curly_balanced();
    if french_paired && e.quotes() % 2 == 1 && e.straight % 2 == 1 {
        out.push("unbalanced quotation marks \" in the English".into());
    }
    if e.paren_open != e.paren_close && f.paren_open == f.paren_close {
        out.push("unbalanced parentheses in the English".into());
    }
    if e.bracket_open != e.bracket_close && f.bracket_open == f.bracket_close {
        out.push("unbalanced brackets in the English".into());
    }
    out
}

/// The `length` check: the English is far shorter or longer than a translation of this
/// French usually is (English runs about 0.8–1.1 times the French in characters).
pub(crate) fn length(fr: &str, en: &str) -> Vec<String> {
    let f = fr.trim().chars().count();
    let e = en.trim().chars().count();
    let (low, high) = match f {
        0..=19 => return Vec::new(),
        20..=39 => (0.3, 2.5),
        _ => (0.45, 1.8),
    };
    let ratio = e as f64 / f as f64;
    if ratio < low {
        vec![format!(
            "the English is {:.0}% of the French length ({e} vs {f} characters): truncated?",
            ratio * 100.0
        )]
    } else if ratio > high {
        vec![format!(
            "the English is {ratio:.1}× the French length ({e} vs {f} characters): additions?"
        )]
    } else {
        Vec::new()
    }
}

const PLACEHOLDER_BRACKETS: &[char] = &['⟦', '⟧', '⟨', '⟩', '⦃', '⦄', '【', '】'];

const CHATTER: &[&str] = &[
    "here is the translation",
    "here's the translation",
    "here is the english translation",
    "here's the english translation",
    "here is your translation",
    "here is a translation",
    "translation:",
    "translated text:",
    "english translation:",
    "voici la traduction",
    "as an ai",
    "i cannot translate",
    "i can't translate",
    "```",
];

/// The `leak` check: placeholder tokens, markup or model chatter in the English that the
/// French does not have.
pub(crate) fn leaks(fr: &str, en: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut push = |m: String| {
        if !out.contains(&m) {
            out.push(m);
        }
    };
    // Placeholder brackets (⟦T1⟧) and template braces.
    let mut skip_to = 0;
    for (i, c) in en.char_indices() {
        if i >= skip_to && PLACEHOLDER_BRACKETS.contains(&c) && !fr.contains(c) {
            let token: String = en[i..]
                .chars()
                .take_while(|c| !c.is_whitespace())
                .take(24)
                .collect();
            skip_to = i + token.len();
            push(format!("placeholder {token} leaked into the English"));
        }
    }
    for pattern in ["{{", "}}"] {
        if en.contains(pattern) && !fr.contains(pattern) {
            push(format!("template braces {pattern} leaked into the English"));
        }
    }
    // Token-like words: __X__, XXTERM1XX, TERM_3.
    for word in en.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
        let dunder = word.len() > 4 && word.starts_with("__") && word.ends_with("__");
        let upper = word.chars().filter(|c| c.is_ascii_uppercase()).count();
        let digits = word.chars().filter(|c| c.is_ascii_digit()).count();
        let caps_token = word.len() >= 4
            && word
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
            && upper >= 2
            && digits >= 1;
        if (dunder || caps_token) && !fr.contains(word) {
            push(format!("placeholder-like token {word} in the English"));
        }
    }
    // Markup: <think>, </b>, <span class=…>.
    let mut rest = en;
    let mut tags: Vec<&str> = Vec::new();
    while let Some(i) = rest.find('<') {
        let after = &rest[i + 1..];
        let name_start = after.strip_prefix('/').unwrap_or(after);
        let name_len = name_start
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(name_start.len());
        let name = &name_start[..name_len];
        if name.starts_with(|c: char| c.is_ascii_alphabetic()) {
            if let Some(end) = after.find('>') {
                let tag = &rest[i..i + 1 + end + 1];
                let tag_like =
                    tag.len() <= 64 && (!tag.contains(char::is_whitespace) || tag.contains('='));
                if tag_like && !fr.contains(tag) && !tags.contains(&name) {
                    tags.push(name);
                    let shown = tag.split_whitespace().collect::<Vec<_>>().join(" ");
                    push(format!("markup {shown} in the English"));
                }
            }
        }
        rest = after;
    }
    // Model chatter.
    let en_lower = en.to_lowercase();
    let fr_lower = fr.to_lowercase();
    if let Some(phrase) = CHATTER
        .iter()
        .find(|p| en_lower.contains(*p) && !fr_lower.contains(*p))
    {
        push(format!("model commentary \"{phrase}\" in the English"));
    }
    let trimmed = en_lower.trim_start();
    if (trimmed.starts_with("note:") || en_lower.contains("(note:")) && !fr_lower.contains("note") {
        push("model commentary \"note:\" in the English".into());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The check with no words marked unknown by the engine.
    fn untranslated(fr: &str, en: &str) -> Vec<String> {
        super::untranslated(fr, en, &[])
    }

    #[test]
    fn words_the_engine_marked_unknown_are_reported() {
        let unknown = [
            "millardos".to_string(),
            "Macron".to_string(),
            "gone".to_string(),
        ];
        assert_eq!(
            super::untranslated(
                "Il y a 3 milliards d'euros, dit M. Macron.",
                "There is 3 millardos of euros, says Mr Macron.",
                &unknown
            ),
            ["words the engine did not know, left untranslated: millardos"]
        );
    }

    #[test]
    fn french_words_without_accents_are_found_with_the_word_list() {
        fires(
            untranslated,
            "Il a sommairement répondu aux usagers devant le gouffre des tables conviviales.",
            "He sommairement answered the usagers before the gouffre of the tables conviviales.",
            "words left in French: sommairement, usagers, gouffre, conviviales",
        );
        // Words both languages write the same way are English.
        quiet(
            untranslated,
            "Le document de la commission donne des informations.",
            "The document of the commission gives information.",
        );
    }

    #[track_caller]
    fn quiet(f: fn(&str, &str) -> Vec<String>, fr: &str, en: &str) {
        let got = f(fr, en);
        assert!(got.is_empty(), "{fr:?} / {en:?} fired: {got:?}");
    }

    #[track_caller]
    fn fires(f: fn(&str, &str) -> Vec<String>, fr: &str, en: &str, expected: &str) {
        let got = f(fr, en);
        assert_eq!(got, [expected], "{fr:?} / {en:?}");
    }

    #[test]
    fn untranslated_must_fire() {
        fires(
            untranslated,
            "Le gouvernement chinois n'a ni condamné ni approuvé l'offensive.",
            "Le gouvernement chinois n'a ni condamné ni approuvé l'offensive.",
            "the English is the French unchanged (echoed)",
        );
        fires(
            untranslated,
            "Le gouvernement chinois n'a ni condamné ni approuvé l'offensive de la Russie.",
            "The gouvernement chinois n'a ni condamné ni approuvé l'offensive de la Russie.",
            "the English is mostly French (detected as French)",
        );
        fires(
            untranslated,
            "Les deux responsables discuteront des efforts en cours et de la compétition.",
            "Les deux responsables will discuss des efforts en cours et de la competition.",
            "the English is mostly French (3 of 13 words are French function words)",
        );
        fires(
            untranslated,
            "une industrie métallurgique existait",
            "an industry métallurgique existed",
            "words left in French: métallurgique",
        );
        fires(
            untranslated,
            "Nous apprenons le décès de Guy Hosneld.",
            "We learn the óbito of Guy Hosneld.",
            "words left in Spanish (the pivot language): óbito",
        );
        fires(
            untranslated,
            "Li Keqiang a appelé à la retenue dans le conflit ukrainien.",
            "Li Keqiang has called to the retained in the conflict ukrainien.",
            "words left in French: ukrainien",
        );
        fires(
            untranslated,
            "les hauts fourneaux",
            "the high *fourneaux",
            "words left in French: fourneaux",
        );
    }

    #[test]
    fn untranslated_must_not_fire() {
        quiet(untranslated, "Gutenberg", "Gutenberg");
        quiet(untranslated, "Jake Sullivan", "Jake Sullivan");
        quiet(
            untranslated,
            "Pedro Sánchez est arrivé à Logroño.",
            "Pedro Sánchez arrived in Logroño.",
        );
        quiet(
            untranslated,
            "Photos Jacques FISSIER",
            "Photos Jacques FISSIER",
        );
        // Real Apertium output: one verb left in French, but not a French sentence.
        fires(
            untranslated,
            "Elle travailla quelque temps dans une droguerie barisienne, puis épousa Gaston Sequin",
            "It worked some time in a droguerie barisienne, afterwards épousa Gaston Sequin",
            "words left in French: droguerie, barisienne, épousa",
        );
        quiet(
            untranslated,
            "\"I have a dream\", a-t-il cité.",
            "\"I have a dream\", he quoted.",
        );
        quiet(
            untranslated,
            "\"We are watching closely and we will not stand by\"",
            "\"We are watching closely and we will not stand by\"",
        );
        quiet(
            untranslated,
            "Le centre Marie-Marvingt à Montbéliard.",
            "The Marie-Marvingt centre in Montbéliard.",
        );
        quiet(
            untranslated,
            "Une technique unique et les sanctions internationales.",
            "A unique technique and the international sanctions.",
        );
        quiet(
            untranslated,
            "Le régime a publié un communiqué.",
            "The régime published a communiqué.",
        );
        quiet(
            untranslated,
            "Le président Joe Biden a dit que la Chine était un partenaire.",
            "President Joe Biden said that China was a partner and would be one.",
        );
    }

    #[test]
    fn quotes_must_fire() {
        fires(
            quotes,
            "« Je n'ai jamais entendu parler de ça », a-t-il dit.",
            "I have never heard of it, he said.",
            "the French has a quotation, the English has no quotation marks",
        );
        fires(
            quotes,
            "\"Je n'ai jamais entendu parler de ça\", a-t-il dit.",
            "\"I have never heard of it, he said.",
            "unbalanced quotation marks \" in the English",
        );
        fires(
            quotes,
            "« Je n'ai jamais entendu parler de ça », a-t-il dit.",
            "« I have never heard of it, he said.",
            "unbalanced guillemets « » in the English",
        );
        fires(
            quotes,
            "Parti de Cholet (Maine et Loire) le chauffeur.",
            "Left Cholet (Maine and Loire the driver.",
            "unbalanced parentheses in the English",
        );
    }

    #[test]
    fn quotes_must_not_fire() {
        quiet(
            quotes,
            "« Je n'ai jamais entendu parler de ça », a-t-il dit.",
            "“I have never heard of it,” he said.",
        );
        quiet(
            quotes,
            "\"Je n'ai jamais entendu parler de ça\", a-t-il dit.",
            "\"I have never heard of it\", he said.",
        );
        // A quotation spanning two sentences leaves one mark open on both sides.
        quiet(
            quotes,
            "\"Tout simplement\", a précisé Roger Thiriot, \"parce que l'histoire est longue.",
            "\"Quite simply\", said Roger Thiriot, \"because the story is long.",
        );
        quiet(quotes, "Il pleut (encore).", "It is raining (again).");
    }

    #[test]
    fn length_must_fire_and_not_fire() {
        let fr = "Le Premier ministre chinois Li Keqiang a appelé à la retenue dans le conflit.";
        fires(
            length,
            fr,
            "Li Keqiang called.",
            "the English is 23% of the French length (18 vs 77 characters): truncated?",
        );
        let long = format!(
            "{fr} Here I add a long commentary about the history of the conflict and more."
        );
        assert_eq!(length(fr, &long).len(), 1);
        assert!(length(fr, &long)[0].contains("additions?"));
        quiet(
            length,
            fr,
            "Chinese Prime Minister Li Keqiang called for restraint in the conflict.",
        );
        quiet(length, "Pourquoi ce thème ?", "Why?");
    }

    #[test]
    fn leaks_must_fire() {
        fires(
            leaks,
            "Moscou a demandé de l'aide à Pékin.",
            "Moscow asked ⟦T1⟧ for help.",
            "placeholder ⟦T1⟧ leaked into the English",
        );
        fires(
            leaks,
            "Moscou a demandé de l'aide à Pékin.",
            "Moscow asked __TERM_1__ for help.",
            "placeholder-like token __TERM_1__ in the English",
        );
        fires(
            leaks,
            "Moscou a demandé de l'aide à Pékin.",
            "Moscow asked XXTERM3XX for help.",
            "placeholder-like token XXTERM3XX in the English",
        );
        fires(
            leaks,
            "Moscou a demandé de l'aide à Pékin.",
            "<think>The user wants English.</think> Moscow asked Beijing for help.",
            "markup <think> in the English",
        );
        fires(
            leaks,
            "Moscou a demandé de l'aide à Pékin.",
            "Here is the translation: Moscow asked Beijing for help.",
            "model commentary \"here is the translation\" in the English",
        );
    }

    #[test]
    fn leaks_must_not_fire() {
        quiet(
            leaks,
            "La RD192 et l'A36, le CE1 et le COVID19.",
            "The RD192 and the A36, the CE1 class and COVID19.",
        );
        quiet(
            leaks,
            "Il a dit que 3 < 5 et 7 > 2.",
            "He said 3 < 5 and 7 > 2.",
        );
        quiet(
            leaks,
            "La balise <script> est dangereuse.",
            "The <script> tag is dangerous.",
        );
        quiet(
            leaks,
            "Moscou a demandé de l'aide à Pékin.",
            "Moscow asked Beijing for help.",
        );
    }
}
