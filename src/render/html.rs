//! HTML output: one self-contained page (inline CSS and script, a Content-Security-Policy that
//! forbids any network load), French and English side by side, one row per sentence pair.
//! Hovering or clicking a sentence highlights its pair; claims and summary items link to their
//! sentences; a sentence with QA findings carries a ⚠ that links to them; a paragraph starts
//! with a wider gap and its number. On a narrow screen (a phone) the columns stack and each
//! claim field keeps its label. Every piece of article text goes through [`escape`].

use std::io::{self, Write};

use super::briefing::{
    self, brief_title, claim_kind, claim_who_en, claim_who_fr, headline_fr, Fact,
};
use crate::model::{AlignedDocument, Brief, Finding};

const STYLE: &str = r#"
:root { color-scheme: light dark; --hl: #fff3b0; --line: #d0d0d0; --muted: #666; }
@media (prefers-color-scheme: dark) { :root { --hl: #4a4320; --line: #444; --muted: #aaa; } }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto;
  max-width: 72rem; padding: 1rem; }
h1 { font-size: 1.4rem; line-height: 1.3; }
.facts { color: var(--muted); padding-left: 1.2rem; }
.pair { display: grid; grid-template-columns: 2.5rem 1fr 1fr; gap: 0 1rem;
  border-top: 1px solid var(--line); padding: .4rem 0; }
.pair .n { color: var(--muted); font-size: .85rem; }
.pair p { margin: 0; overflow-wrap: anywhere; }
.pair:hover, .pair.active, .pair:target { background: var(--hl); }
.pair.claim .n::after { content: " \2691"; }
.pair.para { border-top: 2px solid var(--muted); margin-top: .9rem; }
.pair .para-n { display: block; font-size: .75rem; }
.pair .flag { text-decoration: none; color: #b45309; }
.pair.qa .en { text-decoration: underline wavy #d97706; text-decoration-thickness: 1px;
  text-underline-offset: 3px; }
.head { font-weight: 600; border-top: none; }
.label { display: none; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; vertical-align: top;
  text-align: left; overflow-wrap: break-word; }
td:last-child { white-space: nowrap; }
.summary li { margin-bottom: .6rem; }
.summary .fr, .who-fr { color: var(--muted); font-style: italic; display: block; }
.who-from { color: #b45309; }
.legend { color: var(--muted); font-size: .9rem; }
a { color: inherit; }
@media (max-width: 40rem) {
  .pair { grid-template-columns: 1fr; }
  .pair .en { margin-top: .3rem; padding-left: .6rem; border-left: 3px solid var(--line); }
  .head { display: none; }
  table, thead, tbody, tr, th, td { display: block; }
  thead { display: none; }
  td { border: none; padding: .1rem 0; }
  tr { border-top: 1px solid var(--line); padding: .4rem 0; }
  td:last-child { white-space: normal; }
  .label { display: inline; font-weight: 600; color: var(--muted); }
  .label::after { content: ": "; }
}
"#;

const SCRIPT: &str = r#"
document.querySelectorAll('.pair').forEach(function (row) {
  row.addEventListener('click', function () {
    document.querySelectorAll('.pair.active').forEach(function (r) {
      if (r !== row) { r.classList.remove('active'); }
    });
    row.classList.toggle('active');
  });
});
"#;

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Writes a translated document.
pub fn document(doc: &AlignedDocument, out: &mut dyn Write) -> io::Result<()> {
    let title = match crate::brief::headline::find(doc) {
        Some(h) => brief_title(doc, Some(&h)),
        None => format!("Translation: {}", doc.source),
    };
    head(&title, out)?;
    writeln!(out, "<header><h1>{}</h1>", escape(&title))?;
    header(&briefing::document_facts(doc), out)?;
    aligned(doc, &[], out)?;
    let findings: Vec<&Finding> = doc.segments.iter().flat_map(|s| &s.qa).collect();
    findings_section(&findings, out)?;
    tail(out)
}

/// The header facts, `<li><b>Label:</b> value</li>`.
fn header(facts: &[Fact], out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "<ul class=\"facts\">")?;
    for f in facts {
        writeln!(out, "<li><b>{}:</b> {}</li>", f.label, escape(&f.value))?;
    }
    writeln!(out, "</ul></header>")
}

/// The QA findings, each linking to its sentence; the first of each sentence has the id
/// (`qN`) its ⚠ links to.
fn findings_section(findings: &[&Finding], out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "<section class=\"qa\"><h2>QA findings</h2>")?;
    if findings.is_empty() {
        writeln!(out, "<p>None.</p>")?;
    } else {
        writeln!(out, "<ul>")?;
        let mut seen: Vec<usize> = Vec::new();
        for f in findings {
            let id = if seen.contains(&f.segment) {
                String::new()
            } else {
                seen.push(f.segment);
                format!(" id=\"q{}\"", f.segment)
            };
            writeln!(
                out,
                "<li{id}><a href=\"#s{}\">§{}</a> <code>{}</code>: {}</li>",
                f.segment,
                f.segment,
                f.check,
                escape(&f.message)
            )?;
        }
        writeln!(out, "</ul>")?;
    }
    writeln!(out, "</section>")
}

/// The Who cell of a claim: the English (with the kind of speaker), and beneath it the
/// article's French when the English reads otherwise; the French alone when the run did not
/// translate the speaker.
/// When the sentence does not name the speaker, the words the name was inferred from follow
/// the kind (« · inferred from «il» »).
fn who_cell(c: &crate::model::Claim) -> String {
    let fr = escape(&claim_who_fr(c));
    let inferred = briefing::inferred_from(c)
        .map(|words| {
            format!(
                " · <span class=\"who-from\">{} «<span lang=\"fr\">{}</span>»</span>",
                briefing::INFERRED_FROM,
                escape(words)
            )
        })
        .unwrap_or_default();
    match claim_who_en(c) {
        Some(en) => format!(
            "{} · {}{inferred}<span class=\"who-fr\" lang=\"fr\">{fr}</span>",
            escape(&en),
            c.speaker_kind
        ),
        None => format!(
            "<span lang=\"fr\">{fr}</span> · {}{inferred}",
            c.speaker_kind
        ),
    }
}

/// Writes a brief.
pub fn brief(brief: &Brief, out: &mut dyn Write) -> io::Result<()> {
    let doc = &brief.document;
    let headline = brief.headline.as_ref();
    let title = brief_title(doc, headline);
    head(&title, out)?;
    writeln!(out, "<header><h1>{}</h1>", escape(&title))?;
    if let Some(fr) = headline_fr(headline) {
        writeln!(
            out,
            "<p class=\"headline-fr\" lang=\"fr\">{}</p>",
            escape(&fr)
        )?;
    }
    header(&briefing::brief_facts(brief), out)?;

    writeln!(out, "<section class=\"summary\"><h2>Summary</h2><ol>")?;
    for id in &brief.summary {
        if let Some(s) = doc.segments.iter().find(|s| s.id == *id) {
            writeln!(
                out,
                "<li><a href=\"#s{id}\">{}</a> <span class=\"fr\" lang=\"fr\">{}</span></li>",
                escape(&s.en),
                escape(&s.fr)
            )?;
        }
    }
    writeln!(out, "</ol></section>")?;

    writeln!(out, "<section class=\"claims\"><h2>Key claims</h2>")?;
    if brief.claims.is_empty() {
        writeln!(out, "<p>No reported speech or attribution found.</p>")?;
    } else {
        writeln!(
            out,
            "<table><thead><tr><th>Who</th><th>Kind</th><th>Claim (EN)</th>\
             <th>Claim (FR)</th><th>§</th></tr></thead><tbody>"
        )?;
        for (k, c) in brief.claims.iter().enumerate() {
            writeln!(
                out,
                "<tr id=\"c{}\"><td><span class=\"label\">Who</span>{}</td>\
                 <td><span class=\"label\">Kind</span>{}</td>\
                 <td><span class=\"label\">EN</span>{}</td>\
                 <td lang=\"fr\"><span class=\"label\">FR</span>{}</td>\
                 <td><span class=\"label\">§</span><a href=\"#s{}\">§{}</a></td></tr>",
                k + 1,
                who_cell(c),
                escape(&claim_kind(c)),
                escape(&c.en),
                escape(&c.fr),
                c.segment,
                c.segment
            )?;
        }
        writeln!(out, "</tbody></table>")?;
        if let Some(legend) = briefing::claims_legend(&brief.claims) {
            writeln!(out, "<p class=\"legend\">{}</p>", escape(legend))?;
        }
    }
    writeln!(out, "</section>")?;

    let claim_segments: Vec<(usize, usize)> = brief
        .claims
        .iter()
        .enumerate()
        .map(|(k, c)| (c.segment, k + 1))
        .collect();
    aligned(doc, &claim_segments, out)?;

    let findings: Vec<&Finding> = brief.qa.iter().collect();
    findings_section(&findings, out)?;
    tail(out)
}

fn head(title: &str, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "<!DOCTYPE html>")?;
    writeln!(out, "<html lang=\"en\">")?;
    writeln!(out, "<head>")?;
    writeln!(out, "<meta charset=\"utf-8\">")?;
    writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    )?;
    writeln!(
        out,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src 'unsafe-inline'\">"
    )?;
    writeln!(out, "<title>{}</title>", escape(title))?;
    writeln!(out, "<style>{STYLE}</style>")?;
    writeln!(out, "</head>")?;
    writeln!(out, "<body>")
}

fn tail(out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "<script>{SCRIPT}</script>")?;
    writeln!(out, "</body>")?;
    writeln!(out, "</html>")
}

/// The two columns, one row (`.pair`, id `sN`) per sentence pair; `claims` maps segment ids to
/// the number of their claim row (`cK`), which the sentence number links back to.
fn aligned(
    doc: &AlignedDocument,
    claims: &[(usize, usize)],
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(out, "<section class=\"text\"><h2>Aligned text</h2>")?;
    writeln!(
        out,
        "<div class=\"pair head\"><span class=\"n\">§</span><span>Français</span>\
         <span>English</span></div>"
    )?;
    for (i, s) in doc.segments.iter().enumerate() {
        let claim = claims.iter().find(|(seg, _)| *seg == s.id).map(|(_, k)| k);
        let mut class = String::from("pair");
        let mut number = match claim {
            Some(k) => {
                class.push_str(" claim");
                format!("<a href=\"#c{k}\" title=\"key claim\">{}</a>", s.id)
            }
            None => s.id.to_string(),
        };
        if briefing::opens_paragraph(doc, i) {
            class.push_str(" para");
            number = format!(
                "<span class=\"para-n\" title=\"paragraph\">¶{}</span>{number}",
                s.paragraph
            );
        }
        if !s.qa.is_empty() {
            class.push_str(" qa");
            let messages: Vec<String> =
                s.qa.iter()
                    .map(|f| format!("{}: {}", f.check, f.message))
                    .collect();
            number.push_str(&format!(
                " <a class=\"flag\" href=\"#q{}\" title=\"{}\">⚠</a>",
                s.id,
                escape(&messages.join("; "))
            ));
        }
        writeln!(
            out,
            "<div class=\"{class}\" id=\"s{id}\" data-paragraph=\"{p}\"><span class=\"n\">{number}</span>\
             <p class=\"fr\" lang=\"fr\">{fr}</p><p class=\"en\" lang=\"en\">{en}</p></div>",
            id = s.id,
            p = s.paragraph,
            fr = escape(&s.fr),
            en = escape(&s.en)
        )?;
    }
    writeln!(out, "</section>")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::briefing::test_doc;

    #[test]
    fn escapes_every_markup_character() {
        assert_eq!(
            escape(r#"<a href="x" onclick='y'>&</a>"#),
            "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
        );
    }

    #[test]
    fn article_text_never_becomes_markup() {
        let doc = test_doc();
        let brief = crate::brief::build(doc, 5);
        let mut out = Vec::new();
        super::brief(&brief, &mut out).unwrap();
        let html = String::from_utf8(out).unwrap();
        assert!(!html.contains("<script>alert"));
        assert!(!html.contains("<img"));
        assert!(!html.contains("<a href=\"javascript"));
        assert!(!html.contains("<i>detail"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert_eq!(html.matches("<script>").count(), 1, "only our own script");
        assert_eq!(html.matches("class=\"pair").count(), 3);
        assert!(!html.contains("http://") && !html.contains("https://"));
        // The claim in segment 2 links both ways.
        assert!(html.contains("<tr id=\"c1\">") && html.contains("href=\"#s2\""));
        assert!(html.contains("<a href=\"#c1\" title=\"key claim\">2</a>"));
    }

    #[test]
    fn document_page_has_pairs() {
        let mut out = Vec::new();
        document(&test_doc(), &mut out).unwrap();
        let html = String::from_utf8(out).unwrap();
        assert!(html.contains("id=\"s1\"") && html.contains("id=\"s2\""));
        assert!(!html.contains("href=\"#c"), "no claims in a plain document");
        assert!(html.starts_with("<!DOCTYPE html>"));
    }
}
