//! JSON output: the schema of design §3, one object per input.

use std::io::{self, Write};

use crate::model::{AlignedDocument, Brief};

/// Writes a translated document as pretty JSON.
pub fn document(doc: &AlignedDocument, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, doc)?;
    writeln!(out)
}

/// Writes a brief as pretty JSON.
pub fn brief(brief: &Brief, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, brief)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::test_document;

    /// Issue 18: `speaker_as_written` is written when a claim has it, left out when not, and
    /// read back either way.
    #[test]
    fn a_claims_speaker_as_written_round_trips_and_is_absent_when_none() {
        let mut brief = crate::brief::build(crate::render::briefing::test_doc(), 5);
        assert_eq!(brief.claims.len(), 1);
        let claims_json = |brief: &Brief| {
            let mut buf = Vec::new();
            super::brief(brief, &mut buf).expect("writes");
            let back: Brief = serde_json::from_slice(&buf).expect("reads back");
            assert_eq!(&back, brief);
            let v: serde_json::Value = serde_json::from_slice(&buf).expect("valid JSON");
            v["claims"][0].clone()
        };
        let claim = claims_json(&brief);
        assert!(claim.get("speaker_as_written").is_none(), "{claim}");
        brief.claims[0].speaker_as_written = Some("le porte-parole".into());
        let claim = claims_json(&brief);
        assert_eq!(claim["speaker_as_written"], "le porte-parole");
    }

    #[test]
    fn document_json_has_the_design_fields() {
        let mut buf = Vec::new();
        document(&test_document(), &mut buf).expect("writes");
        let v: serde_json::Value = serde_json::from_slice(&buf).expect("valid JSON");
        assert_eq!(v["source"], "a_b.fr.txt");
        assert_eq!(v["metadata"]["date"], "2022-03");
        assert_eq!(v["backend"]["name"], "apertium");
        assert_eq!(v["backend"]["kind"], "apertium");
        assert_eq!(v["backend"]["detail"], "fr-es → spa-eng");
        let s = &v["segments"][2];
        assert_eq!(s["id"], 3);
        assert_eq!(s["paragraph"], 2);
        assert_eq!(s["span"], serde_json::json!([48, 80]));
        assert_eq!(s["fr"], "Une *grosse* <b>affirmation</b>.");
        assert_eq!(s["en"], "A *bold* <b>claim</b>.");
        assert_eq!(
            s["glossary"],
            serde_json::json!([{"fr": "affirmation", "en": "claim", "found": true}])
        );
        assert_eq!(s["qa"][0]["check"], "quotes");
        let keys: Vec<&String> = v.as_object().expect("object").keys().collect();
        assert_eq!(keys.len(), 4, "{keys:?}");
        // A JSON round trip gives the same document back.
        let back: AlignedDocument = serde_json::from_slice(&buf).expect("deserializes");
        assert_eq!(back, test_document());
    }

    #[test]
    fn metadata_title_author_url_are_written_only_when_known() {
        let mut doc = test_document();
        let mut buf = Vec::new();
        document(&doc, &mut buf).expect("writes");
        let v: serde_json::Value = serde_json::from_slice(&buf).expect("valid JSON");
        assert_eq!(v["metadata"], serde_json::json!({"date": "2022-03"}));
        doc.metadata.title = Some("Pékin « prêt » à jouer un rôle".into());
        doc.metadata.author = Some("Marie Dupont".into());
        doc.metadata.url = Some("https://exemple.fr/monde/article.html".into());
        let mut buf = Vec::new();
        document(&doc, &mut buf).expect("writes");
        let v: serde_json::Value = serde_json::from_slice(&buf).expect("valid JSON");
        assert_eq!(
            v["metadata"],
            serde_json::json!({
                "date": "2022-03",
                "title": "Pékin « prêt » à jouer un rôle",
                "author": "Marie Dupont",
                "url": "https://exemple.fr/monde/article.html"
            })
        );
        let back: AlignedDocument = serde_json::from_slice(&buf).expect("deserializes");
        assert_eq!(back, doc);
    }
}
