//! Paragraph precision and recall of the HTML article extraction over the saved pages of
//! `tests/fixtures/pages/` (or a directory given as the first argument), and how many
//! titles, dates and authors are right: the figures of BENCHMARKS.md.
//!
//! `cargo run --release --example extraction_eval [DIR]`

use passerelle::intake::html::eval::score_dir;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "tests/fixtures/pages".into());
    let scores = match score_dir(std::path::Path::new(&dir)) {
        Ok(s) if !s.is_empty() => s,
        Ok(_) => {
            eprintln!("extraction_eval: no page with an .expected.json in {dir}");
            std::process::exit(2);
        }
        Err(e) => {
            eprintln!("extraction_eval: {dir}: {e}");
            std::process::exit(2);
        }
    };
    println!("| page | precision | recall | title | date | author |");
    println!("|---|---|---|---|---|---|");
    let (mut right, mut extracted, mut expected, mut fields) = (0, 0, 0, [0; 3]);
    let pct = |a: usize, b: usize| {
        if b == 0 {
            100.0
        } else {
            100.0 * a as f64 / b as f64
        }
    };
    let mark = |ok: bool| if ok { "yes" } else { "no" };
    for s in &scores {
        println!(
            "| {} | {:.1} % ({}/{}) | {:.1} % ({}/{}) | {} | {} | {} |",
            s.page,
            pct(s.right, s.extracted),
            s.right,
            s.extracted,
            pct(s.right, s.expected),
            s.right,
            s.expected,
            mark(s.fields[0]),
            mark(s.fields[1]),
            mark(s.fields[2])
        );
        right += s.right;
        extracted += s.extracted;
        expected += s.expected;
        for (f, ok) in fields.iter_mut().zip(s.fields) {
            *f += usize::from(ok);
        }
    }
    let n = scores.len();
    println!(
        "| **all {n} pages** | **{:.1} %** ({right}/{extracted}) | **{:.1} %** ({right}/{expected}) | {}/{n} | {}/{n} | {}/{n} |",
        pct(right, extracted),
        pct(right, expected),
        fields[0],
        fields[1],
        fields[2]
    );
}
