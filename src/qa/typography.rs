//! English typography for the English text: French guillemets become English quotation marks
//! (« non » → “non”), French titles before a name become English ones (« M. Macron » → "Mr
//! Macron"), and the space French puts before `:`, `;`, `!` and `?` goes. Engines copy all
//! three from the French; the pipeline applies [`english`] to every translation.

/// French titles before a name, and their English. `Mgr` (Monsignor) is English too; `Me`
/// (a lawyer's title) has no English abbreviation and is written out.
const TITLES: &[(&str, &str)] = &[
    ("M.", "Mr"),
    ("MM.", "Messrs"),
    ("Mme", "Mrs"),
    ("Mmes", "Mmes"),
    ("Mlle", "Miss"),
    ("Mgr", "Mgr"),
    ("Me", "Maître"),
];

/// How an engine may write a French title before the name in its English: copied as it is,
/// or through a Spanish pivot (`Sra Dupont`).
const COPIED_TITLES: &[&str] = &[
    "M.", "MM.", "Mme", "Mme.", "Mmes", "Mlle", "Mlle.", "Mgr", "Mgr.", "Me", "Sr", "Sr.", "Sra",
    "Sra.", "Sres", "Sres.", "Srta", "Srta.", "Mons.",
];

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// `en` with English quotation marks, titles and punctuation spacing (see the module note);
/// `fr` is the French it translates, which says which titles were there.
pub fn english(fr: &str, en: &str) -> String {
    let en = titles(fr, en);
    let mut out = String::with_capacity(en.len());
    let chars: Vec<char> = en.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '«' | '‹' => {
                out.push(if c == '«' { '“' } else { '‘' });
                while chars.get(i + 1).is_some_and(|c| is_space(*c)) {
                    i += 1;
                }
            }
            '»' | '›' => {
                while out.ends_with(is_space) {
                    out.pop();
                }
                out.push(if c == '»' { '”' } else { '’' });
            }
            ':' | ';' | '!' | '?' => {
                let before_text = out.trim_end_matches(is_space);
                if before_text.len() < out.len() && !before_text.is_empty() {
                    out.truncate(before_text.len());
                }
                out.push(c);
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

/// The (title, name) pairs of `fr`: a title of [`TITLES`] followed by a capitalized word.
fn french_titles(fr: &str) -> Vec<(&'static str, &str)> {
    let words: Vec<&str> = fr.split(is_space).filter(|w| !w.is_empty()).collect();
    let mut out = Vec::new();
    for pair in words.windows(2) {
        let title = pair[0].trim_start_matches(['«', '“', '"', '(']);
        let name = pair[1].trim_end_matches(|c: char| !c.is_alphanumeric());
        if let Some((_, en)) = TITLES.iter().find(|(t, _)| *t == title) {
            if name.chars().next().is_some_and(char::is_uppercase) {
                out.push((*en, name));
            }
        }
    }
    out
}

/// `en` with each copied title before a name the French gives a title to put into English.
fn titles(fr: &str, en: &str) -> String {
    if !fr.contains('M') {
        return en.to_string();
    }
    let pairs = french_titles(fr);
    if pairs.is_empty() {
        return en.to_string();
    }
    let mut words: Vec<String> = en.split(' ').map(str::to_string).collect();
    for i in 0..words.len().saturating_sub(1) {
        let lead_len = words[i].len() - words[i].trim_start_matches(['“', '"', '(']).len();
        let (lead, title) = words[i].split_at(lead_len);
        if !COPIED_TITLES.contains(&title) {
            continue;
        }
        let next = &words[i + 1];
        if let Some((en_title, _)) = pairs.iter().find(|(_, name)| next.starts_with(name)) {
            words[i] = format!("{lead}{en_title}");
        }
    }
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guillemets_become_english_quotation_marks() {
        assert_eq!(
            english("« Non », a-t-il dit.", "« No », he said."),
            "“No”, he said."
        );
        assert_eq!(
            english("« Non, a-t-il dit.", "«\u{a0}No, he said."),
            "“No, he said."
        );
        assert_eq!(english("‹ non ›", "‹ no ›"), "‘no’");
    }

    #[test]
    fn no_space_before_colon_semicolon_and_marks() {
        assert_eq!(
            english(
                "Il a dit : « non » ; pourquoi ?",
                "He said : « no » ; why ?"
            ),
            "He said: “no”; why?"
        );
        assert_eq!(english("Stop !", "Stop\u{202f}!"), "Stop!");
        // Nothing before: the mark stays where it is.
        assert_eq!(english("? non", " ? no"), " ? no");
        assert_eq!(english("à 14:30", "at 14:30"), "at 14:30");
    }

    #[test]
    fn french_titles_become_english() {
        assert_eq!(
            english("M. Macron a dit", "M. Macron Has said"),
            "Mr Macron Has said"
        );
        assert_eq!(
            english(
                "Mme Dupont et M. Macron, Mgr Aupetit et Me Dupond-Moretti",
                "Sra Dupont and M. Macron, Mgr Aupetit and Me Dupond-Moretti"
            ),
            "Mrs Dupont and Mr Macron, Mgr Aupetit and Maître Dupond-Moretti"
        );
        assert_eq!(
            english("« M. Macron », dit-il.", "« M. Macron », he says."),
            "“Mr Macron”, he says."
        );
        assert_eq!(
            english("MM. Durand et Martin", "MM. Durand And Martin"),
            "Messrs Durand And Martin"
        );
    }

    #[test]
    fn titles_are_changed_only_before_the_french_name() {
        // No title in the French: "Me" is the English pronoun.
        assert_eq!(english("Moi, Dupont.", "Me Dupont."), "Me Dupont.");
        // A title before another name.
        assert_eq!(english("M. Macron", "M. Night"), "M. Night");
        // Already English.
        assert_eq!(english("Mme Dupont", "Mrs Dupont"), "Mrs Dupont");
        assert_eq!(english("", ""), "");
    }
}
