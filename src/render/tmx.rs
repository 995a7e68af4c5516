//! TMX 1.4b output for translation memories: one `<tu>` per sentence pair, source language
//! `fr-FR`, written with quick-xml (which escapes every text and attribute).

use std::io::{self, Write};

use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;

use super::xml::xml_safe;
use crate::model::AlignedDocument;

/// The source language of every unit.
pub const SOURCE_LANG: &str = "fr-FR";
/// The target language of every unit.
pub const TARGET_LANG: &str = "en";

/// Writes a translated document.
pub fn document(doc: &AlignedDocument, out: &mut dyn Write) -> io::Result<()> {
    let mut w = Writer::new_with_indent(out, b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("tmx")
        .with_attribute(("version", "1.4"))
        .write_inner_content(|w| {
            w.create_element("header")
                .with_attributes([
                    ("creationtool", "passerelle"),
                    ("creationtoolversion", env!("CARGO_PKG_VERSION")),
                    ("segtype", "sentence"),
                    ("o-tmf", "passerelle"),
                    ("adminlang", "en"),
                    ("srclang", SOURCE_LANG),
                    ("datatype", "plaintext"),
                ])
                .write_inner_content(|w| {
                    let source = xml_safe(&doc.source);
                    w.create_element("prop")
                        .with_attribute(("type", "x-source"))
                        .write_text_content(BytesText::new(&source))?;
                    let backend = format!("{} ({})", doc.backend.name, doc.backend.kind);
                    w.create_element("prop")
                        .with_attribute(("type", "x-backend"))
                        .write_text_content(BytesText::new(&xml_safe(&backend)))?;
                    Ok(())
                })?;
            w.create_element("body").write_inner_content(|w| {
                for s in &doc.segments {
                    let id = s.id.to_string();
                    w.create_element("tu")
                        .with_attribute(("tuid", id.as_str()))
                        .write_inner_content(|w| {
                            let paragraph = s.paragraph.to_string();
                            w.create_element("prop")
                                .with_attribute(("type", "x-paragraph"))
                                .write_text_content(BytesText::new(&paragraph))?;
                            for (lang, text) in [(SOURCE_LANG, &s.fr), (TARGET_LANG, &s.en)] {
                                w.create_element("tuv")
                                    .with_attribute(("xml:lang", lang))
                                    .write_inner_content(|w| {
                                        w.create_element("seg")
                                            .write_text_content(BytesText::new(&xml_safe(text)))?;
                                        Ok(())
                                    })?;
                            }
                            Ok(())
                        })?;
                }
                Ok(())
            })?;
            Ok(())
        })?;
    w.into_inner().write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::briefing::test_doc;

    #[test]
    fn one_tu_per_pair_with_escaped_text() {
        let mut out = Vec::new();
        document(&test_doc(), &mut out).unwrap();
        let xml = String::from_utf8(out).unwrap();
        assert_eq!(xml.matches("<tu ").count(), 2);
        assert!(xml.contains(r#"srclang="fr-FR""#));
        assert!(xml.contains(
            "<seg>&lt;script&gt;alert(1)&lt;/script&gt; &amp; «guillemets»\u{FFFD}</seg>"
        ));
        assert!(xml.contains(r#"<tuv xml:lang="en">"#));
        assert!(!xml.contains('\u{1}'));
    }
}
