//! French adjectives of nationality that Apertium's fr-es dictionary does not know
//! (« le conflit ukrainien » comes out as "the conflict ukrainien"), put into English after the
//! chain, in English word order: "the Ukrainian conflict".
//!
//! The table holds exactly the adjectives the Debian packages leave untranslated (checked with
//! `echo "le conflit X." | apertium -u fr-es | apertium -u spa-eng` over a list of 110
//! nationalities); the ones Apertium knows (russe, chinois, américain, …) it already renders
//! and orders itself. Capitalized nouns of inhabitants (« les Ukrainiens ») are glossary
//! entries, not handled here.

/// (masculine singular, feminine singular, English) for each adjective Apertium misses.
/// Plurals add `s` to both French forms.
const MISSED: &[(&str, &str, &str)] = &[
    ("ukrainien", "ukrainienne", "Ukrainian"),
    ("biélorusse", "biélorusse", "Belarusian"),
    ("géorgien", "géorgienne", "Georgian"),
    ("moldave", "moldave", "Moldovan"),
    ("kazakh", "kazakhe", "Kazakh"),
    ("taïwanais", "taïwanaise", "Taiwanese"),
    ("slovaque", "slovaque", "Slovak"),
    ("letton", "lettonne", "Latvian"),
    ("estonien", "estonienne", "Estonian"),
    ("saoudien", "saoudienne", "Saudi"),
    ("qatari", "qatarie", "Qatari"),
    ("émirati", "émiratie", "Emirati"),
    ("yéménite", "yéménite", "Yemeni"),
    ("libyen", "libyenne", "Libyan"),
    ("tunisien", "tunisienne", "Tunisian"),
    ("nigérian", "nigériane", "Nigerian"),
    ("sénégalais", "sénégalaise", "Senegalese"),
    ("éthiopien", "éthiopienne", "Ethiopian"),
    ("soudanais", "soudanaise", "Sudanese"),
    ("kenyan", "kenyane", "Kenyan"),
    ("philippin", "philippine", "Philippine"),
    ("azerbaïdjanais", "azerbaïdjanaise", "Azerbaijani"),
    ("ouzbek", "ouzbèke", "Uzbek"),
    ("tchétchène", "tchétchène", "Chechen"),
    ("ouïghour", "ouïghoure", "Uyghur"),
    ("koweïtien", "koweïtienne", "Kuwaiti"),
    ("bahreïni", "bahreïnie", "Bahraini"),
    ("omanais", "omanaise", "Omani"),
    ("sahraoui", "sahraouie", "Sahrawi"),
    ("mauritanien", "mauritanienne", "Mauritanian"),
    ("tchadien", "tchadienne", "Chadian"),
    ("camerounais", "camerounaise", "Cameroonian"),
    ("ivoirien", "ivoirienne", "Ivorian"),
    ("ghanéen", "ghanéenne", "Ghanaian"),
    ("rwandais", "rwandaise", "Rwandan"),
    ("ougandais", "ougandaise", "Ugandan"),
    ("tanzanien", "tanzanienne", "Tanzanian"),
    ("mozambicain", "mozambicaine", "Mozambican"),
    ("zimbabwéen", "zimbabwéenne", "Zimbabwean"),
];

/// Words after which a noun opens a noun phrase: "the conflict ukrainien", "of soldiers
/// ukrainiens".
const OPENERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our",
    "your", "my", "of", "in", "on", "to", "for", "with", "by", "from", "against", "among",
    "between", "and", "or",
];

/// The English of `word` when it is a form of an adjective Apertium misses.
fn english(word: &str) -> Option<&'static str> {
    MISSED.iter().find_map(|&(m, f, en)| {
        let plural = |s: &str| word.strip_suffix('s') == Some(s);
        (word == m || word == f || plural(m) || plural(f)).then_some(en)
    })
}

/// `word` without Apertium's unknown-word marks when it is one of the adjectives of
/// [`MISSED`] (`**ukrainien`, `(*ukrainienne`): [`mend`] puts it into English.
pub fn unmark(word: &str) -> std::borrow::Cow<'_, str> {
    let lead = word.len() - word.trim_start_matches(|c: char| !c.is_alphabetic()).len();
    let marks = word[..lead].trim_end_matches(['*', '#', '@']);
    if marks.len() == lead {
        return word.into();
    }
    let core = word[lead..].trim_end_matches(|c: char| !c.is_alphabetic() && c != '-');
    if english(core).is_some() {
        format!("{marks}{}", &word[lead..]).into()
    } else {
        word.into()
    }
}

/// Puts the adjectives of [`MISSED`] left in French into English, moving each before the
/// noun it follows when that noun opens a phrase (`the conflict ukrainien` → `the Ukrainian
/// conflict`), in place otherwise (`is ukrainien` → `is Ukrainian`).
pub fn mend(line: &str) -> String {
    let mut words: Vec<String> = line.split(' ').map(str::to_string).collect();
    for i in 0..words.len() {
        let (start, end, en) = {
            let word = &words[i];
            let start = word.len() - word.trim_start_matches(|c: char| !c.is_alphabetic()).len();
            let core = word[start..].trim_end_matches(|c: char| !c.is_alphabetic() && c != '-');
            match english(core) {
                Some(en) => (start, start + core.len(), en),
                None => continue,
            }
        };
        let word = words[i].clone();
        let (lead, tail) = (&word[..start], &word[end..]);
        let noun_before = i >= 2
            && lead.is_empty()
            && words[i - 1].chars().all(char::is_alphabetic)
            && words[i - 1].chars().next().is_some_and(char::is_lowercase)
            && !OPENERS.contains(&words[i - 1].as_str())
            && OPENERS.contains(&words[i - 2].to_lowercase().as_str());
        if noun_before {
            let noun = std::mem::take(&mut words[i - 1]);
            words[i - 1] = en.to_string();
            words[i] = format!("{noun}{tail}");
        } else {
            words[i] = format!("{lead}{en}{tail}");
        }
    }
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adjectives_are_translated_and_put_before_their_noun() {
        assert_eq!(
            mend("called to the retained in the conflict ukrainien with the end"),
            "called to the retained in the Ukrainian conflict with the end"
        );
        assert_eq!(mend("the crisis ukrainienne."), "the Ukrainian crisis.");
        assert_eq!(
            mend("The soldiers ukrainiens, he said"),
            "The Ukrainian soldiers, he said"
        );
        assert_eq!(mend("of women kazakhes"), "of Kazakh women");
        assert_eq!(mend("the army biélorusse"), "the Belarusian army");
    }

    #[test]
    fn without_a_noun_phrase_the_adjective_stays_in_place() {
        assert_eq!(
            mend("The president is ukrainien."),
            "The president is Ukrainian."
        );
        assert_eq!(mend("ukrainiennes"), "Ukrainian");
        assert_eq!(mend("(géorgien)"), "(Georgian)");
        assert_eq!(mend("the conflict Ukrainien"), "the conflict Ukrainien");
    }

    #[test]
    fn marks_come_off_the_adjectives_only() {
        assert_eq!(unmark("**ukrainien"), "ukrainien");
        assert_eq!(unmark("(*ukrainiennes),"), "(ukrainiennes),");
        assert_eq!(unmark("**gouffre"), "**gouffre");
        assert_eq!(unmark("ukrainien"), "ukrainien");
        assert_eq!(unmark("*"), "*");
    }

    #[test]
    fn other_words_are_left_alone() {
        for line in [
            "the Russian conflict and the crisis in Ukraine",
            "a russo-ukrainien war",
            "the ukrainienneries",
            "",
            "  two  spaces ",
        ] {
            assert_eq!(mend(line), line);
        }
    }
}
