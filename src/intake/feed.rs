//! RSS 2.0 and Atom feeds (read by `feed-rs`): a feed's items as articles to read, newest
//! first, `--limit` and `--since` applied. An item carries its link, and its full content
//! when the feed gives it (`content:encoded`, Atom `content`), which is then read instead of
//! fetching the link.

/// One item of a feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// The item's id (its guid, or what the parser made of it).
    pub id: String,
    /// Its title.
    pub title: Option<String>,
    /// The article's URL.
    pub link: Option<String>,
    /// Its publication date (or, failing that, its update date), RFC 3339 in UTC.
    pub date: Option<String>,
    /// Its author(s), joined with `, `.
    pub author: Option<String>,
    /// Its full content as HTML, when the feed carries it.
    pub content: Option<String>,
}

impl Item {
    /// The day of [`Item::date`] (`2024-05-14`).
    pub fn day(&self) -> Option<&str> {
        self.date.as_deref().and_then(|d| d.get(..10))
    }
}

/// Parses a feed's bytes into its items, newest first (undated items last, in feed order).
/// The error is one line.
pub fn parse(bytes: &[u8]) -> Result<Vec<Item>, String> {
    let feed =
        feed_rs::parser::parse(bytes).map_err(|e| format!("not an RSS or Atom feed ({e})"))?;
    let mut items: Vec<Item> = feed
        .entries
        .into_iter()
        .map(|e| {
            let link = e
                .links
                .iter()
                .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
                .or(e.links.first())
                .map(|l| l.href.trim().to_string())
                .filter(|h| !h.is_empty());
            let authors: Vec<String> = e
                .authors
                .iter()
                .filter_map(|p| p.name.as_deref())
                .map(|n| n.trim().to_string())
                .filter(|n| !n.is_empty())
                .collect();
            Item {
                id: e.id,
                title: e
                    .title
                    .map(|t| t.content.split_whitespace().collect::<Vec<_>>().join(" "))
                    .filter(|t| !t.is_empty()),
                link,
                date: e.published.or(e.updated).map(|d| d.to_rfc3339()),
                author: (!authors.is_empty()).then(|| authors.join(", ")),
                content: e
                    .content
                    .and_then(|c| c.body)
                    .filter(|b| !b.trim().is_empty()),
            }
        })
        .collect();
    // Newest first; RFC 3339 in UTC sorts as text. Undated items keep feed order, last.
    items.sort_by(|a, b| match (&a.date, &b.date) {
        (Some(x), Some(y)) => y.cmp(x),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    Ok(items)
}

/// The items to read: those of `since` (`YYYY-MM-DD`) or later (undated items are kept:
/// nothing says they are older), at most `limit` of them.
pub fn select(items: Vec<Item>, limit: Option<usize>, since: Option<&str>) -> Vec<Item> {
    items
        .into_iter()
        .filter(|i| match (since, i.day()) {
            (Some(s), Some(d)) => d >= s,
            _ => true,
        })
        .take(limit.unwrap_or(usize::MAX))
        .collect()
}

/// Checks a `--since` value: a date `YYYY-MM-DD`.
pub fn check_since(s: &str) -> Result<(), String> {
    let parts: Vec<&str> = s.split('-').collect();
    let ok = parts.len() == 3
        && parts[0].len() == 4
        && parts[1].len() == 2
        && parts[2].len() == 2
        && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()))
        && (1..=12).contains(&parts[1].parse::<u32>().unwrap_or(0))
        && (1..=31).contains(&parts[2].parse::<u32>().unwrap_or(0));
    if ok {
        Ok(())
    } else {
        Err(format!("--since {s:?}: expected a date as YYYY-MM-DD"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Le Journal</title><link>https://j.example/</link><description>Actu</description>
<item><title>Ancien</title><link>https://j.example/ancien.html</link><guid>1</guid>
  <pubDate>Mon, 13 May 2024 08:00:00 +0200</pubDate></item>
<item><title>Récent</title><link>https://j.example/recent.html</link><guid>2</guid>
  <pubDate>Tue, 14 May 2024 09:30:00 +0200</pubDate><dc:creator>Marie Dupont</dc:creator>
  <content:encoded><![CDATA[<p>Le texte complet.</p>]]></content:encoded></item>
<item><title>Sans date</title><link>https://j.example/sans-date.html</link><guid>3</guid></item>
</channel></rss>"#;

    #[test]
    fn rss_items_newest_first_with_content_and_author() {
        let items = parse(RSS.as_bytes()).unwrap();
        let titles: Vec<_> = items.iter().map(|i| i.title.as_deref().unwrap()).collect();
        assert_eq!(titles, ["Récent", "Ancien", "Sans date"]);
        assert_eq!(items[0].date.as_deref(), Some("2024-05-14T07:30:00+00:00"));
        assert_eq!(items[0].author.as_deref(), Some("Marie Dupont"));
        assert_eq!(
            items[0].content.as_deref(),
            Some("<p>Le texte complet.</p>")
        );
        assert_eq!(
            items[1].link.as_deref(),
            Some("https://j.example/ancien.html")
        );
        assert_eq!(items[1].content, None);
    }

    #[test]
    fn atom_entries() {
        let atom = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:t</id><updated>2024-05-14T10:00:00Z</updated>
<entry><title>Un</title><id>urn:1</id><link rel="alternate" href="https://a.example/un"/>
<updated>2024-05-14T10:00:00Z</updated><author><name>Luc</name></author></entry></feed>"#;
        let items = parse(atom.as_bytes()).unwrap();
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].link.as_deref(), Some("https://a.example/un"));
        assert_eq!(items[0].author.as_deref(), Some("Luc"));
        assert_eq!(items[0].day(), Some("2024-05-14"));
    }

    #[test]
    fn limit_and_since() {
        let items = parse(RSS.as_bytes()).unwrap();
        let picked = select(items.clone(), Some(2), None);
        assert_eq!(picked.len(), 2);
        let since = select(items, None, Some("2024-05-14"));
        let titles: Vec<_> = since.iter().map(|i| i.title.as_deref().unwrap()).collect();
        assert_eq!(titles, ["Récent", "Sans date"]);
        assert!(check_since("2024-05-14").is_ok());
        assert!(check_since("14/05/2024").is_err() && check_since("2024-13-01").is_err());
    }

    #[test]
    fn not_a_feed_is_one_line() {
        let err = parse(b"<html><body>x</body></html>").unwrap_err();
        assert!(
            err.starts_with("not an RSS or Atom feed") && !err.contains('\n'),
            "{err}"
        );
    }
}
