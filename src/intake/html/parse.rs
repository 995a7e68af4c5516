//! The HTML parser with bounds (issue 13 item 16): html5ever's tree builder building scraper's
//! tree, fed a small chunk at a time, with what it builds counted as it builds it.
//!
//! A lexical guess at the nesting depth is easy to fool (`<div/>` is not self-closing in HTML,
//! a stray `</span>` closes nothing), and the tree builder's cost is in scanning its own stack
//! of open elements and list of formatting elements, which grows with what it builds, not with
//! what the markup looks like. So the bounds are on what the tree builder itself does:
//! - **depth**: the elements it holds open (its stack plus its active formatting list, as its
//!   `trace_handles` reports them), checked after every chunk of [`CHUNK`] bytes;
//! - **elements**: every element it asks the tree to create;
//! - **work**: every element-name lookup and node comparison it asks of the tree, which is how
//!   it scans its stack and lists (the quadratic part on hostile markup), limited to
//!   [`WORK_PER_BYTE`] per input byte plus [`WORK_BASE`].
//!
//! Past a bound the parse stops at the end of that chunk and the page is refused. Within one
//! chunk the builder can do at most `CHUNK` tags' worth of work over a stack of at most
//! `MAX_DEPTH + CHUNK` elements, so every input is parsed in time linear in its length.

use std::borrow::Cow;
use std::cell::Cell;

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, Tracer, TreeSink};
use html5ever::{Attribute, QualName};
use scraper::{Html, HtmlTreeSink};

/// The deepest the tree builder may hold elements open. Browsers cap their parser's tree
/// depth at about this (Blink: 512); real articles stay under a hundred.
pub const MAX_DEPTH: usize = 512;

/// The most elements a page may have. A large real news page has a few thousand.
pub const MAX_ELEMENTS: usize = 250_000;

/// Tree-builder lookups allowed per input byte (a real page needs fewer than 4; hostile
/// markup that makes every tag scan a deep stack needs hundreds).
pub const WORK_PER_BYTE: u64 = 64;

/// Tree-builder lookups allowed whatever the length.
pub const WORK_BASE: u64 = 1_000_000;

/// How many bytes the tree builder is fed between two checks of the bounds.
pub const CHUNK: usize = 1024;

/// What the tree builder did while parsing one page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ParseStats {
    /// Input bytes fed to the parser (all of them, unless it was stopped).
    pub bytes_fed: usize,
    /// Elements created.
    pub elements: usize,
    /// The most elements held open at a check.
    pub depth: usize,
    /// Element-name lookups and node comparisons the tree builder made.
    pub work: u64,
}

/// Why a page was refused: which bound, and what was counted when the parse stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// The counts when the parse stopped.
    pub stats: ParseStats,
    /// One line saying which bound was passed.
    pub message: String,
}

/// Parses `html` as a document within the bounds above.
pub fn parse(html: &str) -> Result<(Html, ParseStats), Refused> {
    let sink = Bounded::new(HtmlTreeSink::new(Html::new_document()));
    let mut parser = html5ever::driver::parse_document(sink, Default::default());
    let mut fed = 0;
    while fed < html.len() {
        let mut end = (fed + CHUNK).min(html.len());
        while !html.is_char_boundary(end) {
            end += 1;
        }
        parser.process(StrTendril::from_slice(&html[fed..end]));
        fed = end;
        let builder = &parser.tokenizer.sink;
        let open = Counter::default();
        builder.trace_handles(&open);
        let sink = &builder.sink;
        sink.depth.set(sink.depth.get().max(open.0.get()));
        let stats = sink.stats(fed);
        let message = if stats.depth > MAX_DEPTH {
            format!("HTML nested more than {MAX_DEPTH} elements deep")
        } else if stats.elements > MAX_ELEMENTS {
            format!("HTML with more than {MAX_ELEMENTS} elements")
        } else if stats.work > work_budget(html.len()) {
            "HTML whose tag soup would take the parser too long (stray or misnested tags)".into()
        } else {
            continue;
        };
        return Err(Refused {
            stats,
            message: format!("{message}; refused at byte {fed}"),
        });
    }
    let stats = parser.tokenizer.sink.sink.stats(fed);
    Ok((parser.finish(), stats))
}

/// The work allowed for an input of `len` bytes.
fn work_budget(len: usize) -> u64 {
    WORK_BASE + WORK_PER_BYTE * len as u64
}

/// Counts the handles the tree builder reports holding.
#[derive(Default)]
struct Counter(Cell<usize>);

impl Tracer for Counter {
    type Handle = ego_tree::NodeId;
    fn trace_handle(&self, _node: &Self::Handle) {
        self.0.set(self.0.get() + 1);
    }
}

/// scraper's tree sink, counting what the tree builder asks of it.
struct Bounded {
    inner: HtmlTreeSink,
    elements: Cell<usize>,
    depth: Cell<usize>,
    work: Cell<u64>,
}

impl Bounded {
    fn new(inner: HtmlTreeSink) -> Self {
        Bounded {
            inner,
            elements: Cell::new(0),
            depth: Cell::new(0),
            work: Cell::new(0),
        }
    }

    fn tick(&self) {
        self.work.set(self.work.get() + 1);
    }

    fn stats(&self, bytes_fed: usize) -> ParseStats {
        ParseStats {
            bytes_fed,
            elements: self.elements.get(),
            // The document handle is always traced; it is not an open element.
            depth: self.depth.get().saturating_sub(1),
            work: self.work.get(),
        }
    }
}

impl TreeSink for Bounded {
    type Handle = ego_tree::NodeId;
    type Output = Html;
    type ElemName<'a> = <HtmlTreeSink as TreeSink>::ElemName<'a>;

    fn finish(self) -> Html {
        self.inner.finish()
    }
    fn parse_error(&self, _msg: Cow<'static, str>) {
        // Not kept: hostile input makes millions of them.
    }
    fn get_document(&self) -> Self::Handle {
        self.inner.get_document()
    }
    fn elem_name<'a>(&'a self, target: &'a Self::Handle) -> Self::ElemName<'a> {
        self.tick();
        self.inner.elem_name(target)
    }
    fn create_element(
        &self,
        name: QualName,
        attrs: Vec<Attribute>,
        flags: ElementFlags,
    ) -> Self::Handle {
        self.elements.set(self.elements.get() + 1);
        self.inner.create_element(name, attrs, flags)
    }
    fn create_comment(&self, text: StrTendril) -> Self::Handle {
        self.inner.create_comment(text)
    }
    fn create_pi(&self, target: StrTendril, data: StrTendril) -> Self::Handle {
        self.inner.create_pi(target, data)
    }
    fn append(&self, parent: &Self::Handle, child: NodeOrText<Self::Handle>) {
        self.inner.append(parent, child)
    }
    fn append_based_on_parent_node(
        &self,
        element: &Self::Handle,
        prev_element: &Self::Handle,
        child: NodeOrText<Self::Handle>,
    ) {
        self.inner
            .append_based_on_parent_node(element, prev_element, child)
    }
    fn append_doctype_to_document(
        &self,
        name: StrTendril,
        public_id: StrTendril,
        system_id: StrTendril,
    ) {
        self.inner
            .append_doctype_to_document(name, public_id, system_id)
    }
    fn get_template_contents(&self, target: &Self::Handle) -> Self::Handle {
        self.inner.get_template_contents(target)
    }
    fn same_node(&self, x: &Self::Handle, y: &Self::Handle) -> bool {
        self.tick();
        x == y
    }
    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.inner.set_quirks_mode(mode)
    }
    fn append_before_sibling(&self, sibling: &Self::Handle, new_node: NodeOrText<Self::Handle>) {
        self.inner.append_before_sibling(sibling, new_node)
    }
    fn add_attrs_if_missing(&self, target: &Self::Handle, attrs: Vec<Attribute>) {
        self.inner.add_attrs_if_missing(target, attrs)
    }
    fn remove_from_parent(&self, target: &Self::Handle) {
        self.inner.remove_from_parent(target)
    }
    fn reparent_children(&self, node: &Self::Handle, new_parent: &Self::Handle) {
        self.inner.reparent_children(node, new_parent)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(html: &str) -> Refused {
        match parse(html) {
            Err(r) => r,
            Ok((_, stats)) => panic!("accepted: {stats:?}"),
        }
    }

    #[test]
    fn a_real_page_is_parsed_whole_with_little_work() {
        let page = format!(
            "<!doctype html><html><head><title>T</title></head><body><nav><ul>{}</ul></nav>\
             <article><h1>Titre</h1>{}</article><footer>© 2024</footer></body></html>",
            "<li><a href=/x>Rubrique</a></li>".repeat(40),
            "<p>Une phrase, avec <b>du gras</b> et <a href=/y>un lien</a>.</p>".repeat(400)
        );
        let (html, stats) = parse(&page).unwrap();
        assert_eq!(stats.bytes_fed, page.len());
        assert!(stats.depth < 10, "{stats:?}");
        assert!(stats.work < 4 * page.len() as u64, "{stats:?}");
        let p = scraper::Selector::parse("article p").unwrap();
        assert_eq!(html.select(&p).count(), 400);
    }

    #[test]
    fn self_closing_divs_nest_and_are_refused_early() {
        // `<div/>` opens a div in HTML: 100k of them nest 100k deep. The old lexical guard took
        // them for empty elements and let the parser go quadratic.
        let page = "<div/>".repeat(100_000);
        let r = refused(&page);
        assert!(r.message.contains("nested more than 512"), "{}", r.message);
        assert!(r.stats.depth > MAX_DEPTH && r.stats.depth <= MAX_DEPTH + CHUNK);
        assert!(
            r.stats.bytes_fed < 6 * MAX_DEPTH + 2 * CHUNK,
            "{:?}",
            r.stats
        );
    }

    #[test]
    fn mismatched_closing_tags_do_not_hide_depth() {
        // Each `</span>` matches no open element; a guard counting end tags saw depth 0 here.
        let page = "<div></span>".repeat(3_000);
        let r = refused(&page);
        assert!(r.message.contains("nested more than"), "{}", r.message);
    }

    #[test]
    fn hostile_tag_soup_costs_work_linear_in_its_length() {
        // Families of markup that make the tree builder scan deep stacks or long formatting
        // lists on every tag. Whatever they do, the counted work stays within the budget plus
        // one chunk's worth, and a refused page stops early.
        let families: Vec<(&str, String, &str)> = vec![
            (
                "stray end tags under deep spans",
                "<span>".repeat(500),
                "</x>",
            ),
            (
                "stray end tags under deep fonts",
                "<font>".repeat(500),
                "</b>",
            ),
            ("formatting elements", String::new(), "<b class=a><p>x</p>"),
            (
                "adoption agency",
                "<div>".repeat(100),
                "<a><b><div>x</a></b>",
            ),
            ("table foster parenting", "<table>".into(), "<div>x"),
            ("nested tables", String::new(), "<table><tr><td>"),
            ("stray end tags", String::new(), "</div></span></p>"),
        ];
        for (name, head, unit) in families {
            for n in [1_000usize, 20_000, 200_000] {
                let page = format!("<body>{head}{}", unit.repeat(n));
                let (stats, ok) = match parse(&page) {
                    Ok((_, s)) => (s, true),
                    Err(r) => (r.stats, false),
                };
                let budget = work_budget(page.len());
                // One chunk's tags over a stack of at most MAX_DEPTH + CHUNK.
                let slack = (CHUNK * 4 * (MAX_DEPTH + CHUNK)) as u64;
                assert!(
                    stats.work <= budget + slack,
                    "{name} ×{n}: work {} over budget {budget}",
                    stats.work
                );
                assert!(stats.depth <= MAX_DEPTH + CHUNK, "{name} ×{n}: {stats:?}");
                if ok {
                    assert_eq!(stats.bytes_fed, page.len());
                }
            }
        }
    }

    #[test]
    fn deep_but_legal_nesting_is_accepted() {
        let page = format!("{}mot{}", "<div>".repeat(400), "</div>".repeat(400));
        let (_, stats) = parse(&page).unwrap();
        assert!(stats.depth >= 390 && stats.depth <= MAX_DEPTH, "{stats:?}");
    }
}
