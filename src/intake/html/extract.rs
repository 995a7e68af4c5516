//! Main-content extraction: the article's body paragraphs out of a whole news page, without
//! navigation, headers, footers, asides, share buttons, cookie banners, related links,
//! comments, captions, scripts and styles.
//!
//! A readability-style pass over the parsed tree, in three steps:
//! 1. **Boilerplate**: an element is left out with everything in it when its tag says so
//!    (`nav`, `footer`, `aside`, `figure`, `form`, `script`, …; `header` outside the article),
//!    its ARIA role does (`navigation`, `banner`, `dialog`, …), it is hidden, or a word of its
//!    `class`/`id` names a part of a page that is not the article (`share`, `cookie`,
//!    `related`, `comment`, `newsletter`, `lire-aussi`, `byline`, …).
//! 2. **Container**: every paragraph of prose (a `p`, or text broken by `<br><br>`) scores its
//!    parent and, by half, its grandparent (one point, one per comma, one per 100 characters,
//!    at most three); a container is worth less the more of its text is link text. The best
//!    one is the article; its siblings that score well enough join it.
//! 3. **Paragraphs**: the container's blocks in reading order (paragraphs, sub-headings, quotes,
//!    list items), each one paragraph; one `<br>` is a space, two end a paragraph; blocks that
//!    are mostly links, or are the article's title again, or are a "Lire aussi" box, are left out.
//!
//! The walk never recurses, so the depth the parser allows is safe here.

use std::collections::HashMap;

use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use scraper::{Html, Node};

/// Tags whose whole subtree is never article text.
const SKIP_TAGS: &[&str] = &[
    "head",
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "object",
    "embed",
    "math",
    "canvas",
    "video",
    "audio",
    "nav",
    "footer",
    "aside",
    "form",
    "button",
    "select",
    "input",
    "textarea",
    "label",
    "figure",
    "figcaption",
    "dialog",
    "menu",
    "picture",
];

/// ARIA roles of page parts that are not the article.
const SKIP_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "dialog",
    "alertdialog",
    "search",
    "menu",
    "menubar",
    "toolbar",
    "alert",
];

/// Words (of `class` and `id`, split at `-`, `_`, spaces and case changes) naming a part of
/// a page that is not the article; a word matches when it starts with one of these.
const JUNK_PREFIXES: &[&str] = &[
    "nav",
    "menu",
    "breadcrumb",
    "footer",
    "share",
    "sharing",
    "social",
    "cookie",
    "consent",
    "gdpr",
    "didomi",
    "cmp",
    "banner",
    "related",
    "recommend",
    "comment",
    "newsletter",
    "promo",
    "advert",
    "sidebar",
    "paywall",
    "subscri",
    "abonn",
    "outbrain",
    "taboola",
    "popup",
    "modal",
    "overlay",
    "caption",
    "credit",
    "legende",
    "byline",
    "author",
    "auteur",
    "signature",
    "widget",
    "sponsor",
    "toolbar",
    "skip",
    "hidden",
    "visually",
    "teaser",
    "masthead",
    "pagination",
    "disqus",
    "reaction",
    "partage",
    "publicit",
    "timestamp",
    "copyright",
    "tweet",
    "twitter",
    "instagram",
    "youtube",
    "embed",
    "player",
    "audio",
];

/// Class words of an article's lead paragraph (chapô, standfirst), kept even when it sits
/// outside the body's container, as long as it is in the same `<article>`.
const LEAD_WORDS: &[&str] = &[
    "desc",
    "description",
    "chapo",
    "chapeau",
    "lead",
    "standfirst",
    "intro",
    "excerpt",
];

/// Words that must match whole (too short or too common as prefixes).
const JUNK_WORDS: &[&str] = &[
    "ad", "ads", "pub", "tags", "tag", "meta", "date", "dates", "aussi", "lire", "sujet", "lus",
    "most", "print", "sr", "tools", "header", "topbar", "alert", "notice", "bandeau",
];

/// Words that mark a site header only when outside the article.
const HEADER_WORDS: &[&str] = &["header", "head", "entete"];

/// Paragraph starts that mark an inline box pointing elsewhere, not article text.
const BOX_STARTS: &[&str] = &[
    "lire aussi",
    "à lire aussi",
    "a lire aussi",
    "lire également",
    "à lire également",
    "voir aussi",
    "à voir aussi",
    "sur le même sujet",
    "publicité",
    "abonnez-vous",
    "inscrivez-vous",
    "partager",
    "retrouvez",
    "suivez-nous",
    "read more",
];

/// Block elements: each starts and ends a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "section",
    "article",
    "header",
    "main",
    "table",
    "tr",
    "td",
    "th",
    "caption",
    "pre",
    "hr",
    "address",
    "body",
    "html",
    "details",
    "summary",
    "center",
];

/// The article's body paragraphs, in reading order. `title` (the page's headline, already
/// read) is not repeated as a paragraph.
pub fn paragraphs(page: &Html, title: Option<&str>) -> Vec<String> {
    let junk = junk_nodes(page);
    let blocks = blocks(page, &junk);
    let Some(chosen) = best_containers(page, &blocks) else {
        return Vec::new();
    };
    let title = title.map(normalize);
    let article = nearest_article(page, chosen[0]);
    blocks
        .into_iter()
        .filter(|b| {
            chosen.iter().any(|c| b.ancestors.contains(c))
                || (is_lead(page, b) && article.is_none_or(|a| b.ancestors.contains(&a)))
        })
        .filter(|b| b.link_chars * 2 <= b.text.chars().count())
        .filter(|b| !repeats_title(&b.text, title.as_deref()))
        .filter(|b| !is_box(&b.text) && !is_sign_off(&b.text) && !b.text.starts_with('©'))
        .map(|b| b.text)
        .collect()
}

/// The nearest `<article>` (or `itemprop=articleBody`) element holding `id`, if any.
fn nearest_article(page: &Html, id: NodeId) -> Option<NodeId> {
    let node = page.tree.get(id)?;
    std::iter::once(node)
        .chain(node.ancestors())
        .find(|n| {
            n.value().as_element().is_some_and(|e| {
                e.name() == "article"
                    || e.attr("itemprop")
                        .is_some_and(|p| p.contains("articleBody"))
            })
        })
        .map(|n| n.id())
}

/// Whether a block is held by an element whose class names a lead paragraph.
fn is_lead(page: &Html, b: &Block) -> bool {
    let Some(e) = b.ancestors.first().and_then(|id| page.tree.get(*id)) else {
        return false;
    };
    e.value()
        .as_element()
        .and_then(|e| e.attr("class"))
        .is_some_and(|c| words(c).iter().any(|w| LEAD_WORDS.contains(&w.as_str())))
}

/// The headline again, alone or followed by a short byline or date line.
fn repeats_title(text: &str, title: Option<&str>) -> bool {
    let Some(title) = title else { return false };
    let t = normalize(text);
    t == title || (t.starts_with(title) && t.len() - title.len() < 80)
}

/// A wire agency's sign-off line: the initials of those who wrote and edited it
/// (`ctr/ab/mpf`, `jlv-fb/ol`).
fn is_sign_off(text: &str) -> bool {
    let t = text.trim();
    t.contains('/')
        && t.len() <= 40
        && t.split(['/', '-'])
            .all(|w| (2..=5).contains(&w.len()) && w.chars().all(|c| c.is_ascii_lowercase()))
}

/// One paragraph of text as the page lays it out.
#[derive(Debug)]
struct Block {
    text: String,
    /// Characters of it inside links.
    link_chars: usize,
    /// Whether it is a heading (scores nothing).
    heading: bool,
    /// The block element that holds it and that element's ancestors, nearest first.
    ancestors: Vec<NodeId>,
}

/// The nodes whose subtrees are boilerplate (step 1).
fn junk_nodes(page: &Html) -> std::collections::HashSet<NodeId> {
    let mut junk = std::collections::HashSet::new();
    // Whether an article-like ancestor is open: (depth counter).
    let mut in_article = 0usize;
    let mut skipping = 0usize;
    for edge in page.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                let Node::Element(e) = node.value() else {
                    continue;
                };
                let articleish = matches!(e.name(), "article" | "main")
                    || e.attr("itemprop")
                        .is_some_and(|p| p.contains("articleBody"));
                if articleish {
                    in_article += 1;
                }
                if skipping > 0 {
                    skipping += 1;
                    continue;
                }
                if is_junk(e, in_article > usize::from(articleish)) {
                    junk.insert(node.id());
                    skipping = 1;
                }
            }
            Edge::Close(node) => {
                let Node::Element(e) = node.value() else {
                    continue;
                };
                if matches!(e.name(), "article" | "main")
                    || e.attr("itemprop")
                        .is_some_and(|p| p.contains("articleBody"))
                {
                    in_article -= 1;
                }
                skipping = skipping.saturating_sub(1);
            }
        }
    }
    junk
}

fn is_junk(e: &scraper::node::Element, inside_article: bool) -> bool {
    let name = e.name();
    if SKIP_TAGS.contains(&name) || (name == "header" && !inside_article) {
        return true;
    }
    if e.attr("hidden").is_some()
        || e.attr("aria-hidden")
            .is_some_and(|v| v.eq_ignore_ascii_case("true"))
        || e.attr("style").is_some_and(|s| {
            let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
            s.to_ascii_lowercase().contains("display:none")
        })
    {
        return true;
    }
    if e.attr("role")
        .is_some_and(|r| SKIP_ROLES.contains(&r.to_ascii_lowercase().as_str()))
    {
        return true;
    }
    if matches!(name, "body" | "html" | "article" | "main") {
        return false;
    }
    let names = [e.attr("class"), e.attr("id")];
    names.into_iter().flatten().flat_map(words).any(|w| {
        let header = HEADER_WORDS.contains(&w.as_str());
        (header && !inside_article)
            || (!header
                && (JUNK_WORDS.contains(&w.as_str())
                    || JUNK_PREFIXES.iter().any(|p| w.starts_with(p))))
    })
}

/// The words of a class or id: split at non-alphanumerics and lower-to-upper case changes,
/// lowercased (`article__shareBar` → `article`, `share`, `bar`).
fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in s.chars() {
        if !c.is_alphanumeric() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_lowercase();
        cur.extend(c.to_lowercase());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// The page's paragraphs outside boilerplate, in reading order, each with its ancestors.
fn blocks(page: &Html, junk: &std::collections::HashSet<NodeId>) -> Vec<Block> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut link_chars = 0usize;
    let mut in_link = 0usize;
    // Consecutive `<br>` since the last text.
    let mut brs = 0usize;
    // The innermost open block element, for the block being filled.
    let mut open: Vec<NodeRef<'_, Node>> = Vec::new();
    let mut skipping = 0usize;
    let flush = |text: &mut String,
                 link_chars: &mut usize,
                 open: &[NodeRef<'_, Node>],
                 out: &mut Vec<Block>| {
        let t = text.trim();
        if !t.is_empty() {
            let holder = open.last();
            let heading = holder.is_some_and(|n| {
                matches!(
                    n.value().as_element().map(|e| e.name()),
                    Some("h1" | "h2" | "h3" | "h4" | "h5" | "h6")
                )
            });
            let ancestors = holder
                .map(|n| {
                    std::iter::once(*n)
                        .chain(n.ancestors())
                        .map(|a| a.id())
                        .collect()
                })
                .unwrap_or_default();
            out.push(Block {
                text: t.to_string(),
                link_chars: (*link_chars).min(t.chars().count()),
                heading,
                ancestors,
            });
        }
        text.clear();
        *link_chars = 0;
    };
    for edge in page.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping > 0 || junk.contains(&node.id()) {
                    skipping += usize::from(node.value().is_element());
                    continue;
                }
                match node.value() {
                    Node::Element(e) if BLOCKS.contains(&e.name()) => {
                        flush(&mut text, &mut link_chars, &open, &mut out);
                        open.push(node);
                        brs = 0;
                    }
                    Node::Element(e) if e.name() == "br" => {
                        brs += 1;
                        if brs == 2 {
                            flush(&mut text, &mut link_chars, &open, &mut out);
                        } else if !text.ends_with(' ') && !text.is_empty() {
                            text.push(' ');
                        }
                    }
                    Node::Element(e) if e.name() == "a" => in_link += 1,
                    Node::Text(t) => {
                        let before = text.chars().count();
                        push_text(&mut text, t);
                        if in_link > 0 {
                            link_chars += text.chars().count() - before;
                        }
                        if !t.trim().is_empty() {
                            brs = 0;
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping > 0 {
                    skipping -= usize::from(node.value().is_element());
                    continue;
                }
                match node.value() {
                    Node::Element(e) if BLOCKS.contains(&e.name()) => {
                        flush(&mut text, &mut link_chars, &open, &mut out);
                        open.pop();
                        brs = 0;
                    }
                    Node::Element(e) if e.name() == "a" => in_link = in_link.saturating_sub(1),
                    _ => {}
                }
            }
        }
    }
    flush(&mut text, &mut link_chars, &open, &mut out);
    out
}

/// Appends a text node: runs of whitespace become one space (no-break spaces are kept).
fn push_text(out: &mut String, t: &str) {
    for (i, word) in t.split(|c: char| c.is_ascii_whitespace()).enumerate() {
        if i > 0 && !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
        out.push_str(&word.replace('\0', ""));
    }
}

/// The container of the article and its siblings that belong with it (step 2).
fn best_containers(page: &Html, blocks: &[Block]) -> Option<Vec<NodeId>> {
    let mut score: HashMap<NodeId, f64> = HashMap::new();
    let mut text_len: HashMap<NodeId, (usize, usize)> = HashMap::new();
    for b in blocks {
        let len = b.text.chars().count();
        for a in &b.ancestors {
            let e = text_len.entry(*a).or_default();
            e.0 += len;
            e.1 += b.link_chars;
        }
        if b.heading || len < 25 || b.link_chars * 2 > len {
            continue;
        }
        let points = 1.0 + b.text.matches([',', '，']).count() as f64 + (len / 100).min(3) as f64;
        // The block's holder is ancestors[0]; a `<p>` scores its parent, text directly in a
        // `<div>` scores that div.
        let holder_is_p = page
            .tree
            .get(b.ancestors[0])
            .and_then(|n| n.value().as_element().map(|e| e.name() == "p"))
            .unwrap_or(false);
        let up = if holder_is_p {
            &b.ancestors[1..]
        } else {
            &b.ancestors[..]
        };
        for (level, a) in up.iter().take(2).enumerate() {
            *score.entry(*a).or_default() += points / (1 + level) as f64;
        }
    }
    let weight = |id: NodeId| -> f64 {
        let Some(node) = page.tree.get(id) else {
            return 0.0;
        };
        let Some(e) = node.value().as_element() else {
            return 0.0;
        };
        let mut w = match e.name() {
            "article" => 10.0,
            "div" | "section" | "main" => 5.0,
            "td" | "blockquote" => 3.0,
            "body" | "html" => -10.0,
            _ => 0.0,
        };
        let positive = [
            "article",
            "content",
            "contenu",
            "body",
            "corps",
            "story",
            "text",
            "texte",
            "post",
            "entry",
            "main",
            "chapo",
            "paragraph",
        ];
        if [e.attr("class"), e.attr("id")]
            .into_iter()
            .flatten()
            .flat_map(words)
            .any(|w| positive.iter().any(|p| w.starts_with(p)))
        {
            w += 25.0;
        }
        if e.attr("itemprop")
            .is_some_and(|p| p.contains("articleBody"))
        {
            w += 25.0;
        }
        w
    };
    let adjusted = |id: NodeId, s: f64| -> f64 {
        let (len, links) = text_len.get(&id).copied().unwrap_or((0, 0));
        let density = if len == 0 {
            0.0
        } else {
            links as f64 / len as f64
        };
        (s + weight(id)) * (1.0 - density)
    };
    let (top, top_score) = score
        .iter()
        .map(|(id, s)| (*id, adjusted(*id, *s)))
        .max_by(|a, b| a.1.total_cmp(&b.1).then_with(|| b.0.cmp(&a.0)))?;
    // Siblings of the top container that score well join it (an article split in sections).
    let mut chosen = vec![top];
    let threshold = (top_score * 0.2).max(10.0);
    if let Some(parent) = page.tree.get(top).and_then(|n| n.parent()) {
        for sib in parent.children().filter(|c| c.id() != top) {
            if score
                .get(&sib.id())
                .is_some_and(|s| adjusted(sib.id(), *s) >= threshold)
            {
                chosen.push(sib.id());
            }
        }
    }
    Some(chosen)
}

fn normalize(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches(['.', ' '])
        .to_lowercase()
}

fn is_box(text: &str) -> bool {
    let lower = text.trim_start().to_lowercase();
    BOX_STARTS.iter().any(|s| {
        lower.starts_with(s)
            && lower[s.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_class_names() {
        assert_eq!(
            words("article__shareBar js-x"),
            ["article", "share", "bar", "js", "x"]
        );
        assert_eq!(words("lire-aussi"), ["lire", "aussi"]);
    }

    #[test]
    fn one_br_is_a_space_two_end_a_paragraph() {
        let page = Html::parse_document(
            "<body><div class=texte>PARIS (AFP) - Première ligne,<br>suite de la même phrase \
             sur deux lignes.<br><br>Second paragraphe, qui est assez long pour compter.\
             <br/><br/>  <br>Troisième paragraphe, lui aussi assez long.</div></body>",
        );
        assert_eq!(
            paragraphs(&page, None),
            [
                "PARIS (AFP) - Première ligne, suite de la même phrase sur deux lignes.",
                "Second paragraphe, qui est assez long pour compter.",
                "Troisième paragraphe, lui aussi assez long."
            ]
        );
    }

    #[test]
    fn boxes_and_link_lists_are_left_out() {
        let page = Html::parse_document(
            "<article><p>Un paragraphe de l'article, assez long pour être compté.</p>\
             <p>Lire aussi : <a href=/x>Un autre article</a></p>\
             <ul><li><a href=/a>Lien un vers ailleurs</a></li><li><a href=/b>Lien deux</a></li></ul>\
             <p>Un autre paragraphe, avec <a href=/z>un lien</a> au milieu.</p></article>",
        );
        assert_eq!(
            paragraphs(&page, None),
            [
                "Un paragraphe de l'article, assez long pour être compté.",
                "Un autre paragraphe, avec un lien au milieu."
            ]
        );
    }
}
