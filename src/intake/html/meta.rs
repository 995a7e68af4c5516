//! An article's metadata as a news page states it: JSON-LD (`NewsArticle` and its kin:
//! `headline`, `datePublished`, `author`, `articleBody`), Open Graph and `article:` meta tags,
//! `<meta name="author">`, `<time datetime>`, `<link rel="canonical">` and `<title>`.
//!
//! Each field takes the first source that has it, in that order of trust: JSON-LD is written
//! for machines about this article; `og:` tags are next; `<title>` usually carries the site's
//! name and is cleaned of it.

use scraper::{ElementRef, Html, Selector};
use serde_json::Value;

/// What a page says about its article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    /// The headline.
    pub title: Option<String>,
    /// The publication date as the page writes it (`2024-05-14T08:30:00+02:00`).
    pub date: Option<String>,
    /// The author or authors, joined with `, `.
    pub author: Option<String>,
    /// The page's canonical URL.
    pub url: Option<String>,
    /// The site's name (`og:site_name`, JSON-LD `publisher`).
    pub site: Option<String>,
    /// The article's text from JSON-LD `articleBody`, when the page gives it.
    pub body: Option<String>,
}

/// JSON-LD types that are an article.
const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "LiveBlogPosting",
    "BlogPosting",
    "Report",
    "WebPage",
];

/// Reads the metadata of a parsed page.
pub fn read(page: &Html) -> PageMeta {
    let mut m = json_ld(page);
    let meta = |attr: &str, names: &[&str]| -> Option<String> {
        names.iter().find_map(|n| {
            let sel = Selector::parse(&format!("meta[{attr}=\"{n}\" i]")).ok()?;
            page.select(&sel)
                .filter_map(|e| e.value().attr("content"))
                .map(clean)
                .find(|v| !v.is_empty())
        })
    };
    m.site = m
        .site
        .or_else(|| meta("property", &["og:site_name"]))
        .or_else(|| meta("name", &["application-name"]));
    if m.title.is_none() {
        let sites = site_names(page, m.site.as_deref());
        m.title = meta("property", &["og:title"])
            .or_else(|| meta("name", &["twitter:title"]))
            .map(|t| strip_site(&t, &sites))
            .or_else(|| first_text(page, "article h1, main h1, h1"))
            .or_else(|| first_text(page, "head title").map(|t| strip_site(&t, &sites)));
    }
    if m.date.is_none() {
        m.date = meta(
            "property",
            &["article:published_time", "og:article:published_time"],
        )
        .or_else(|| meta("itemprop", &["datePublished"]))
        .or_else(|| {
            meta(
                "name",
                &[
                    "date",
                    "pubdate",
                    "publish-date",
                    "dc.date.issued",
                    "dc.date",
                ],
            )
        })
        .or_else(|| {
            [
                "[itemprop=datePublished][datetime]",
                "article time[datetime], main time[datetime], time[pubdate][datetime]",
                "body time[datetime]",
            ]
            .iter()
            .find_map(|css| {
                let sel = Selector::parse(css).ok()?;
                page.select(&sel)
                    .filter_map(|e| e.value().attr("datetime"))
                    .map(clean)
                    .find(|v| !v.is_empty())
            })
        });
    }
    if m.author.is_none() {
        m.author = meta("name", &["author", "dc.creator"])
            .or_else(|| meta("property", &["article:author"]).filter(|a| !a.contains("://")))
            .or_else(|| {
                let sel =
                    Selector::parse("[itemprop=author] [itemprop=name], [rel=author]").ok()?;
                let names: Vec<String> = page
                    .select(&sel)
                    .map(text_of)
                    .filter(|t| !t.is_empty())
                    .collect();
                join_unique(names)
            });
    }
    if m.url.is_none() {
        m.url = {
            let sel = Selector::parse("link[rel=canonical][href]").ok();
            sel.and_then(|s| page.select(&s).find_map(|e| e.value().attr("href")))
                .map(clean)
                .filter(|u| u.starts_with("http://") || u.starts_with("https://"))
        }
        .or_else(|| meta("property", &["og:url"]));
    }
    m
}

/// The first article object of the page's JSON-LD scripts (a `WebPage` only when no script
/// has an article), read into a [`PageMeta`].
fn json_ld(page: &Html) -> PageMeta {
    let Ok(sel) = Selector::parse("script[type=\"application/ld+json\" i]") else {
        return PageMeta::default();
    };
    let mut fallback = None;
    for script in page.select(&sel) {
        let text: String = script.text().collect();
        let Ok(value) = serde_json::from_str::<Value>(text.trim()) else {
            continue;
        };
        let mut objects = Vec::new();
        collect_objects(&value, &mut objects, 0);
        for o in objects {
            if is_type(o, &["WebPage"]) {
                fallback.get_or_insert_with(|| from_object(o));
            } else if is_type(o, ARTICLE_TYPES) {
                return from_object(o);
            }
        }
    }
    fallback.unwrap_or_default()
}

fn from_object(o: &Value) -> PageMeta {
    let s = |k: &str| {
        o.get(k)
            .and_then(Value::as_str)
            .map(clean)
            .filter(|v| !v.is_empty())
    };
    PageMeta {
        title: s("headline").or_else(|| s("name")),
        date: s("datePublished").or_else(|| s("dateCreated")),
        author: o.get("author").and_then(names),
        url: s("url").or_else(|| {
            o.get("mainEntityOfPage")
                .and_then(|m| m.as_str().or_else(|| m.get("@id").and_then(Value::as_str)))
                .map(clean)
        }),
        site: o
            .get("publisher")
            .and_then(|p| p.get("name"))
            .and_then(Value::as_str)
            .map(clean),
        body: o
            .get("articleBody")
            .and_then(Value::as_str)
            .map(str::to_string)
            .filter(|b| !b.trim().is_empty()),
    }
}

/// Every object in a JSON-LD value: itself, array items, `@graph` members (bounded depth).
fn collect_objects<'a>(v: &'a Value, out: &mut Vec<&'a Value>, depth: usize) {
    if depth > 4 {
        return;
    }
    match v {
        Value::Array(items) => items
            .iter()
            .for_each(|i| collect_objects(i, out, depth + 1)),
        Value::Object(map) => {
            out.push(v);
            if let Some(g) = map.get("@graph") {
                collect_objects(g, out, depth + 1);
            }
        }
        _ => {}
    }
}

fn is_type(o: &Value, types: &[&str]) -> bool {
    match o.get("@type") {
        Some(Value::String(t)) => types.contains(&t.as_str()),
        Some(Value::Array(ts)) => ts
            .iter()
            .filter_map(Value::as_str)
            .any(|t| types.contains(&t)),
        _ => false,
    }
}

/// Author names from JSON-LD: a string, a `Person` object, or an array of either.
fn names(v: &Value) -> Option<String> {
    let one = |v: &Value| -> Option<String> {
        match v {
            Value::String(s) => Some(clean(s)),
            Value::Object(_) => v.get("name").and_then(Value::as_str).map(clean),
            _ => None,
        }
    };
    let list: Vec<String> = match v {
        Value::Array(items) => items.iter().filter_map(one).collect(),
        other => one(other).into_iter().collect(),
    };
    join_unique(list.into_iter().filter(|n| !n.is_empty()).collect())
}

fn join_unique(names: Vec<String>) -> Option<String> {
    let mut out: Vec<String> = Vec::new();
    for n in names {
        if !out.contains(&n) {
            out.push(n);
        }
    }
    (!out.is_empty()).then(|| out.join(", "))
}

/// The text of the first element matching `css`, cleaned.
fn first_text(page: &Html, css: &str) -> Option<String> {
    let sel = Selector::parse(css).ok()?;
    page.select(&sel).map(text_of).find(|t| !t.is_empty())
}

fn text_of(e: ElementRef<'_>) -> String {
    clean(&e.text().collect::<String>())
}

/// Whitespace runs as one space, trimmed.
pub fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Names the site goes by on the page: `og:site_name` (or JSON-LD publisher), image `alt`
/// texts (the logo), and what follows a `©` up to the year.
fn site_names(page: &Html, site: Option<&str>) -> Vec<String> {
    let mut names: Vec<String> = site.map(str::to_string).into_iter().collect();
    if let Ok(sel) = Selector::parse("img[alt]") {
        names.extend(
            page.select(&sel)
                .filter_map(|e| e.value().attr("alt"))
                .map(clean),
        );
    }
    if let Ok(sel) = Selector::parse("body") {
        for body in page.select(&sel) {
            for t in body.text().filter(|t| t.contains('©')) {
                for part in t.split('©').skip(1) {
                    let name: String = part
                        .chars()
                        .take_while(|c| !c.is_ascii_digit() && *c != '-' && *c != '–')
                        .collect();
                    names.push(clean(&name));
                }
            }
        }
    }
    names.retain(|n| !n.is_empty());
    names
}

/// A title without the site's name: `Titre | Le Journal` → `Titre`, `Le Journal - Titre` →
/// `Titre`. A part goes when it is one of `sites`; a short last part after `|`, `–`, `—` or
/// `·` goes too when the rest is much longer.
pub fn strip_site(title: &str, sites: &[String]) -> String {
    let title = clean(title);
    let known = |part: &str| sites.iter().any(|s| s.eq_ignore_ascii_case(part.trim()));
    for sep in [" | ", " - ", " – ", " — ", " · ", " :: "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let short = tail.split_whitespace().count() <= 4 && head.len() >= 3 * tail.len();
            if known(tail) || (short && sep != " - ") {
                return head.trim().to_string();
            }
        }
        if let Some((head, tail)) = title.split_once(sep) {
            if known(head) {
                return tail.trim().to_string();
            }
        }
    }
    title
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta_of(html: &str) -> PageMeta {
        read(&Html::parse_document(html))
    }

    #[test]
    fn json_ld_news_article_wins() {
        let m = meta_of(
            r#"<html><head><title>Autre | Site</title>
            <meta property="og:title" content="Titre OG">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebPage","name":"Page"},
              {"@type":"NewsArticle","headline":"Le titre  JSON","datePublished":"2024-05-14T08:30:00+02:00",
               "author":[{"@type":"Person","name":"Marie Dupont"},{"@type":"Person","name":"Luc Martin"}],
               "publisher":{"@type":"Organization","name":"Le Quotidien"},
               "articleBody":"Un.\n\nDeux."}]}</script></head><body></body></html>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Le titre JSON"));
        assert_eq!(m.date.as_deref(), Some("2024-05-14T08:30:00+02:00"));
        assert_eq!(m.author.as_deref(), Some("Marie Dupont, Luc Martin"));
        assert_eq!(m.site.as_deref(), Some("Le Quotidien"));
        assert_eq!(m.body.as_deref(), Some("Un.\n\nDeux."));
    }

    #[test]
    fn meta_tags_then_time_then_title() {
        let m = meta_of(
            r#"<html><head><title>Grève à la SNCF : le trafic perturbé | Le Journal</title>
            <meta property="og:site_name" content="Le Journal">
            <meta name="author" content="Jeanne Roux">
            <link rel="canonical" href="https://journal.example/a.html">
            <script type="application/ld+json">{not json</script></head>
            <body><header><time datetime="2020-01-01">hier</time></header>
            <article><time datetime="2024-03-02T10:00">2 mars</time><p>x</p></article></body></html>"#,
        );
        assert_eq!(
            m.title.as_deref(),
            Some("Grève à la SNCF : le trafic perturbé")
        );
        assert_eq!(m.author.as_deref(), Some("Jeanne Roux"));
        assert_eq!(m.date.as_deref(), Some("2024-03-02T10:00"));
        assert_eq!(m.url.as_deref(), Some("https://journal.example/a.html"));
    }

    #[test]
    fn site_names_are_stripped_from_titles() {
        let none: &[String] = &[];
        let site = ["Ouest Info".to_string()];
        assert_eq!(
            strip_site("Un titre long comme il faut | Monde", none),
            "Un titre long comme il faut"
        );
        assert_eq!(
            strip_site("Ukraine - Russie : la trêve", none),
            "Ukraine - Russie : la trêve"
        );
        assert_eq!(strip_site("Le titre - Ouest Info", &site), "Le titre");
        assert_eq!(
            strip_site("Ouest Info - Le titre - suite", &site),
            "Le titre - suite"
        );
        assert_eq!(strip_site("Court", none), "Court");
    }
}
