//! Scores dom_smoothie and legible (Readability.js ports) on the saved pages: paragraph
//! precision and recall, and title / date / author right, as Passerelle's own extraction is
//! scored by `examples/extraction_eval.rs`. Their article HTML is cut into paragraphs the way
//! a reader sees it: every `p`, heading, list item, quote or cell holding no such block, and
//! text separated by two `<br>`.

use std::path::Path;

#[derive(serde::Deserialize)]
struct Expected {
    title: Option<String>,
    date: Option<String>,
    author: Option<String>,
    paragraphs: Vec<String>,
}

struct Got {
    title: Option<String>,
    date: Option<String>,
    author: Option<String>,
    paragraphs: Vec<String>,
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn paragraphs(html: &str) -> Vec<String> {
    let html = html.replace("<br><br>", "</p><p>").replace("<br/><br/>", "</p><p>");
    let page = scraper::Html::parse_fragment(&html);
    let blocks = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd, figcaption";
    let sel = scraper::Selector::parse(blocks).unwrap();
    page.select(&sel)
        .filter(|e| e.select(&sel).nth(1).is_none())
        .map(|e| norm(&e.text().collect::<String>()))
        .filter(|t| !t.is_empty())
        .collect()
}

fn smoothie(html: &str) -> Got {
    match dom_smoothie::Readability::new(html, None, None).and_then(|mut r| r.parse()) {
        Ok(a) => Got {
            title: Some(norm(&a.title)).filter(|t| !t.is_empty()),
            date: a.published_time.clone(),
            author: a.byline.clone(),
            paragraphs: paragraphs(&a.content),
        },
        Err(_) => Got { title: None, date: None, author: None, paragraphs: vec![] },
    }
}

fn legible(html: &str) -> Got {
    match legible::parse(html, None, None) {
        Ok(a) => Got {
            title: Some(norm(&a.title)).filter(|t| !t.is_empty()),
            date: a.published_time.clone(),
            author: a.byline.clone(),
            paragraphs: paragraphs(&a.content),
        },
        Err(_) => Got { title: None, date: None, author: None, paragraphs: vec![] },
    }
}

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "tests/fixtures/pages".into());
    let mut pages: Vec<_> = std::fs::read_dir(&dir)
        .expect("pages directory")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    pages.sort();
    let tools: [(&str, fn(&str) -> Got); 2] = [("dom_smoothie 0.19", smoothie), ("legible 0.5", legible)];
    for (name, run) in tools {
        let (mut right, mut got_n, mut want_n, mut fields) = (0, 0, 0, [0; 3]);
        println!("\n{name}");
        for page in &pages {
            let expected: Expected = serde_json::from_slice(
                &std::fs::read(page.with_extension("expected.json")).expect("expected json"),
            )
            .expect("valid expected json");
            let bytes = std::fs::read(page).unwrap();
            // Both take a &str: the Windows-1252 page is decoded first, as a fair start.
            let (text, _, _) = if page.to_string_lossy().contains("1252") {
                encoding_rs::WINDOWS_1252.decode(&bytes)
            } else {
                encoding_rs::UTF_8.decode(&bytes)
            };
            let got = run(&text);
            let want: Vec<String> = expected.paragraphs.iter().map(|p| norm(p)).collect();
            let r = got.paragraphs.iter().filter(|p| want.contains(p)).count();
            let f = [got.title == expected.title, got.date == expected.date, got.author == expected.author];
            println!(
                "  {:<26} {r}/{} extracted right, {r}/{} expected found, title {} date {} author {}   (date {:?}, author {:?})",
                Path::new(page).file_name().unwrap().to_string_lossy(),
                got.paragraphs.len(),
                want.len(),
                f[0], f[1], f[2], got.date, got.author
            );
            right += r;
            got_n += got.paragraphs.len();
            want_n += want.len();
            for (a, b) in fields.iter_mut().zip(f) {
                *a += usize::from(b);
            }
        }
        let pct = |a: usize, b: usize| if b == 0 { 100.0 } else { 100.0 * a as f64 / b as f64 };
        println!(
            "  all: precision {:.1} % ({right}/{got_n}), recall {:.1} % ({right}/{want_n}), titles {}/{n}, dates {}/{n}, authors {}/{n}",
            pct(right, got_n),
            pct(right, want_n),
            fields[0],
            fields[1],
            fields[2],
            n = pages.len()
        );
    }
}
