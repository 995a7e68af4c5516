//! XLIFF 2.1 output for translators: one `<unit>` per sentence, each with one `<segment>` in
//! state `translated`, written with quick-xml (which escapes every text and attribute).

use std::io::{self, Write};

use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;

use super::xml::xml_safe;
use crate::model::AlignedDocument;

/// The XLIFF 2.x core namespace (XLIFF 2.1 keeps the 2.0 namespace).
pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// Writes a translated document.
pub fn document(doc: &AlignedDocument, out: &mut dyn Write) -> io::Result<()> {
    let mut w = Writer::new_with_indent(out, b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let source = xml_safe(&doc.source);
    w.create_element("xliff")
        .with_attributes([
            ("xmlns", NAMESPACE),
            ("version", "2.1"),
            ("srcLang", super::tmx::SOURCE_LANG),
            ("trgLang", super::tmx::TARGET_LANG),
        ])
        .write_inner_content(|w| {
            w.create_element("file")
                .with_attributes([("id", "f1"), ("original", source.as_ref())])
                .write_inner_content(|w| {
                    let note = format!(
                        "Translated by {} ({}) with passerelle {}",
                        doc.backend.name,
                        doc.backend.kind,
                        env!("CARGO_PKG_VERSION")
                    );
                    w.create_element("notes").write_inner_content(|w| {
                        w.create_element("note")
                            .write_text_content(BytesText::new(&xml_safe(&note)))?;
                        Ok(())
                    })?;
                    for s in &doc.segments {
                        let unit = format!("u{}", s.id);
                        let segment = format!("s{}", s.id);
                        let name = format!("paragraph {}", s.paragraph);
                        w.create_element("unit")
                            .with_attributes([("id", unit.as_str()), ("name", name.as_str())])
                            .write_inner_content(|w| {
                                w.create_element("segment")
                                    .with_attributes([
                                        ("id", segment.as_str()),
                                        ("state", "translated"),
                                    ])
                                    .write_inner_content(|w| {
                                        w.create_element("source")
                                            .write_text_content(BytesText::new(&xml_safe(&s.fr)))?;
                                        w.create_element("target")
                                            .write_text_content(BytesText::new(&xml_safe(&s.en)))?;
                                        Ok(())
                                    })?;
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
    fn one_unit_per_sentence_translated() {
        let mut out = Vec::new();
        document(&test_doc(), &mut out).unwrap();
        let xml = String::from_utf8(out).unwrap();
        assert_eq!(xml.matches("<unit ").count(), 2);
        assert_eq!(xml.matches(r#"state="translated""#).count(), 2);
        assert!(xml.contains(r#"version="2.1""#));
        assert!(xml.contains(
            "<source>&lt;script&gt;alert(1)&lt;/script&gt; &amp; «guillemets»\u{FFFD}</source>"
        ));
        assert!(!xml.contains('\u{1}'));
    }
}
