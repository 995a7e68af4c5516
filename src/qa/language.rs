//! The input's language: whether a document reliably looks like another language than French
//! ([`foreign_language`]). The run engine warns about such an input, or refuses it with
//! `--strict`; this module only tells.

use crate::document::Document;

/// How much of an input the language check reads: enough for `whatlang`'s trigrams to be
/// reliable, little enough that the check stays a small part of a cached run (it was a third
/// of one with a 20 KB sample).
const LANGUAGE_SAMPLE: usize = 2_000;

/// The language of `doc` and `whatlang`'s confidence, when it is reliably not French. Only the
/// first [`LANGUAGE_SAMPLE`] bytes of text (whole characters) are looked at.
pub fn foreign_language(doc: &Document) -> Option<(&'static str, f64)> {
    let mut sample = String::new();
    for p in &doc.paragraphs {
        let room = LANGUAGE_SAMPLE.saturating_sub(sample.len());
        if room == 0 {
            break;
        }
        let text = &doc.text[p.clone()];
        let mut end = room.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        sample.push_str(&text[..end]);
        sample.push('\n');
    }
    if clearly_french(&sample) {
        return None;
    }
    let info = whatlang::detect(&sample)?;
    (info.lang() != whatlang::Lang::Fra && info.is_reliable())
        .then(|| (info.lang().eng_name(), info.confidence()))
}

/// French words that the languages French is mistaken for (Spanish, Italian, Catalan,
/// Portuguese, English) do not write as words of their own.
const FRENCH_ONLY_WORDS: &[&str] = &[
    "est", "une", "dans", "sont", "avec", "cette", "été", "être", "aux", "leur", "leurs", "nous",
    "ont", "ces", "du", "très", "aussi", "mais", "elle", "ils", "elles",
];

/// Whether `sample` is French beyond doubt by its function words (at least 6, and 4 % of its
/// words: French news runs at 3–10 %, the other languages at 0), so that `whatlang`, the
/// costliest step of reading an input, need not be asked.
fn clearly_french(sample: &str) -> bool {
    let (mut words, mut french) = (0usize, 0usize);
    for word in sample
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        words += 1;
        let lower = word.to_lowercase();
        french += usize::from(FRENCH_ONLY_WORDS.contains(&lower.as_str()));
    }
    french >= 6 && french * 25 >= words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        crate::document::decode("t.txt", text.as_bytes()).unwrap()
    }

    #[test]
    fn english_is_found_foreign_and_french_is_not() {
        let en = doc(
            "The president said on Tuesday that the government would not change its \
                      policy on energy prices before the end of the year, despite the protests.",
        );
        let (lang, confidence) = foreign_language(&en).expect("English found");
        assert_eq!(lang, "English");
        assert!(confidence > 0.5, "{confidence}");
        let fr = doc(
            "Le président a déclaré mardi que le gouvernement ne changerait pas sa \
                      politique sur les prix de l'énergie avant la fin de l'année.",
        );
        assert_eq!(foreign_language(&fr), None);
    }

    #[test]
    fn french_is_told_by_its_function_words_and_nothing_else_is() {
        let fr = "Le gouvernement chinois n'a ni condamné ni approuvé l'offensive, qui est \
                  selon lui une affaire européenne. Les États-Unis ont dit qu'ils seront très \
                  attentifs aux aides que Pékin apporterait, mais cette position n'est pas \
                  nouvelle : elle date du début de la crise.";
        assert!(clearly_french(fr));
        for other in [
            "The Chinese government has neither condemned nor approved the offensive, which \
             it says is a European affair. The United States said they would be very \
             attentive to any help Beijing would give, but this position is not new.",
            "El gobierno chino no ha condenado ni aprobado la ofensiva. Los Estados Unidos \
             dijeron que estaban observando de cerca y que no se quedarían de brazos cruzados \
             mientras Pekín ayudaba a Moscú. Es una situación muy compleja para todos.",
            "Il governo cinese non ha né condannato né approvato l'offensiva. Gli Stati Uniti \
             hanno detto che stanno osservando da vicino e non resteranno a guardare. È una \
             situazione molto complessa per tutti quelli che sono nel paese.",
            "El govern xinès no ha condemnat ni aprovat l'ofensiva. Els Estats Units han dit \
             que estan observant de prop i que no es quedaran de braços plegats mentre Pequín \
             ajuda Moscou. És una situació molt complexa per a tots els que són al país.",
        ] {
            assert!(!clearly_french(other), "{other}");
            assert!(foreign_language(&doc(other)).is_some(), "{other}");
        }
        // Too short to be sure: left to whatlang.
        assert!(!clearly_french("Il est là avec une amie."));
    }
}
