//! Guards of the translating subcommands against hostile input and lost output: reading an
//! input in its `--input-format`, warning (or refusing with `--strict`) when it does not look
//! French, and the interrupt handler that removes half-written temporary files and exits
//! 130 (SIGINT) or 143 (SIGTERM).

use super::CommonArgs;
use crate::document::Document;
use crate::Error;

/// Reads and decodes one input as `common.input_format`, then checks its language: an input
/// that `whatlang` reliably finds not to be French is warned about on stderr (`input looks
/// like English (0.97), translating anyway`), or refused with `--strict`.
pub fn read_input(path: &str, common: &CommonArgs) -> Result<Document, Error> {
    let opts = common.intake_options()?;
    check_language(crate::intake::read_path(path, &opts)?.document, common)
}

/// Warns when `doc` reliably looks like another language than French, or refuses it with
/// `--strict`.
pub fn check_language(doc: Document, common: &CommonArgs) -> Result<Document, Error> {
    if let Some((lang, confidence)) = foreign_language(&doc) {
        if common.strict {
            return Err(Error::Input {
                path: doc.name,
                message: format!(
                    "input looks like {lang} ({confidence:.2}), not French; refused (--strict)"
                ),
            });
        }
        if !common.quiet {
            eprintln!(
                "passerelle: {}: warning: input looks like {lang} ({confidence:.2}), \
                 translating anyway",
                doc.name
            );
        }
    }
    Ok(doc)
}

/// How much of an input the language check reads: enough for `whatlang`'s trigrams to be
/// reliable, little enough that the check stays a small part of a cached run (it was a third
/// of one with a 20 KB sample).
const LANGUAGE_SAMPLE: usize = 2_000;

/// The language of `doc` and `whatlang`'s confidence, when it is reliably not French. Only the
/// first [`LANGUAGE_SAMPLE`] bytes of text (whole characters) are looked at.
fn foreign_language(doc: &Document) -> Option<(&'static str, f64)> {
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

/// Installs the SIGINT/SIGTERM handler (once per process): on a signal, the temporary files
/// of [`crate::render::write_atomic`] still being written are removed, and the process exits
/// with 130 (SIGINT) or 143 (SIGTERM). Finished outputs are whole (they were renamed into
/// place after an fsync) and nothing partial remains.
#[cfg(unix)]
pub fn install_interrupt_handler() {
    use tokio::signal::unix::{signal, SignalKind};
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let Ok(rt) = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
        else {
            return;
        };
        // Registered here, before any output is written: from now on the signals are ours.
        let signals = {
            let _guard = rt.enter();
            (
                signal(SignalKind::interrupt()),
                signal(SignalKind::terminate()),
            )
        };
        let (Ok(mut int), Ok(mut term)) = signals else {
            return;
        };
        std::thread::spawn(move || {
            let code = rt.block_on(async {
                tokio::select! {
                    _ = int.recv() => 130,
                    _ = term.recv() => 143,
                }
            });
            crate::render::remove_pending_temp_files();
            eprintln!("passerelle: interrupted; no partial output left");
            std::process::exit(code);
        });
    });
}

/// No signal handling outside Unix.
#[cfg(not(unix))]
pub fn install_interrupt_handler() {}

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

    #[test]
    fn strict_refuses_english_with_a_named_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("en.txt");
        std::fs::write(
            &path,
            "The president said on Tuesday that the government would not change its policy \
             on energy prices before the end of the year, despite the protests.",
        )
        .unwrap();
        let p = path.display().to_string();
        let strict = CommonArgs {
            strict: true,
            ..CommonArgs::default()
        };
        let err = read_input(&p, &strict).unwrap_err().to_string();
        assert!(
            err.contains(&p) && err.contains("looks like English"),
            "{err}"
        );
        assert!(read_input(&p, &CommonArgs::default()).is_ok());
    }
}
