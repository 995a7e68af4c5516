//! Progress of a run over many articles, on stderr: an indicatif bar when stderr is a
//! terminal, a plain line every few seconds when it is not (a log, a CI job), nothing with
//! `-q`. Other messages during the run go through [`Progress::println`] so they never tear the
//! bar.
//!
//! The bar moves with the sentences translated (of those prepared so far, [`Progress::prepared`]),
//! not the articles: a run's articles are translated together, so an article count would sit at
//! 0/N until the end. It is drawn to the terminal's width (`{wide_bar}` takes what the short
//! fixed parts leave, [`BAR_TEMPLATE`]), so it never wraps in an 80-column terminal.

use std::io::Write;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How often the plain line is printed when stderr is not a terminal.
pub const LINE_EVERY: Duration = Duration::from_secs(5);

/// The bar: spinner, elapsed time, a bar as wide as the terminal leaves, sentences and
/// articles. Its fixed parts take at most [`BAR_FIXED_WIDTH`] columns.
pub const BAR_TEMPLATE: &str =
    "{spinner} {elapsed:>4} {wide_bar} {pos}/{len} sentences · {msg} · ETA {eta}";

/// The most columns the bar's parts other than `{wide_bar}` take (with 6-digit counts).
pub const BAR_FIXED_WIDTH: usize = 64;

/// The progress display of one run. Safe to share between threads.
pub struct Progress {
    mode: Mode,
    total: u64,
    started: Instant,
    state: Mutex<State>,
}

enum Mode {
    Off,
    Bar(ProgressBar),
    Lines {
        every: Duration,
        out: Mutex<Box<dyn Write + Send>>,
    },
}

#[derive(Debug)]
struct State {
    articles: u64,
    segments: u64,
    prepared: u64,
    last_line: Instant,
}

/// A run that ends early (an error that stops it) leaves no bar behind on the terminal.
impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}

impl std::fmt::Debug for Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mode = match self.mode {
            Mode::Off => "off",
            Mode::Bar(_) => "bar",
            Mode::Lines { .. } => "lines",
        };
        f.debug_struct("Progress")
            .field("mode", &mode)
            .field("total", &self.total)
            .finish()
    }
}

impl Progress {
    /// The display for a run over `total` articles: nothing when `quiet`, a bar when stderr is
    /// a terminal, else a line every [`LINE_EVERY`].
    pub fn new(total: usize, quiet: bool) -> Self {
        if quiet {
            Self::with_mode(total, Mode::Off)
        } else if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
            // Sentences: the length grows as windows of articles are prepared.
            let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
            if let Ok(style) = ProgressStyle::with_template(BAR_TEMPLATE) {
                bar.set_style(style);
            }
            bar.set_message(format!("0/{total} articles"));
            bar.enable_steady_tick(Duration::from_millis(200));
            Self::with_mode(total, Mode::Bar(bar))
        } else {
            Self::lines(total, LINE_EVERY, Box::new(std::io::stderr()))
        }
    }

    /// Plain lines into `out`, at most one every `every` (for tests: any writer, any period).
    pub fn lines(total: usize, every: Duration, out: Box<dyn Write + Send>) -> Self {
        Self::with_mode(
            total,
            Mode::Lines {
                every,
                out: Mutex::new(out),
            },
        )
    }

    fn with_mode(total: usize, mode: Mode) -> Self {
        let now = Instant::now();
        Progress {
            mode,
            total: total as u64,
            started: now,
            state: Mutex::new(State {
                articles: 0,
                segments: 0,
                prepared: 0,
                last_line: now,
            }),
        }
    }

    /// Counts `n` more sentences to translate (called as each window of articles is read
    /// and segmented): the bar's length.
    pub fn prepared(&self, n: usize) {
        if let Ok(mut s) = self.state.lock() {
            s.prepared += n as u64;
        }
        if let Mode::Bar(bar) = &self.mode {
            bar.inc_length(n as u64);
        }
    }

    /// Counts `n` sentences translated (called as each backend batch completes).
    pub fn translated(&self, n: usize) {
        if let Ok(mut s) = self.state.lock() {
            s.segments += n as u64;
        }
        if let Mode::Bar(bar) = &self.mode {
            bar.inc(n as u64);
        }
        self.maybe_line();
    }

    /// Counts one article finished (written, or failed and reported).
    pub fn article_done(&self) {
        let articles = {
            let Ok(mut s) = self.state.lock() else { return };
            s.articles += 1;
            s.articles
        };
        if let Mode::Bar(bar) = &self.mode {
            bar.set_message(format!("{articles}/{} articles", self.total));
        }
        self.maybe_line();
    }

    /// Prints a message on stderr above the bar (or as is without one). Printed even when
    /// quiet: warnings and errors are not progress.
    pub fn println(&self, message: &str) {
        match &self.mode {
            Mode::Bar(bar) => bar.suspend(|| eprintln!("{message}")),
            Mode::Off => eprintln!("{message}"),
            Mode::Lines { out, .. } => {
                if let Ok(mut out) = out.lock() {
                    let _ = writeln!(out, "{}", crate::redact::scrub(message));
                }
            }
        }
    }

    /// Clears the bar at the end of the run.
    pub fn finish(&self) {
        if let Mode::Bar(bar) = &self.mode {
            bar.finish_and_clear();
        }
    }

    /// The plain line, if it is time for one.
    fn maybe_line(&self) {
        let Mode::Lines { every, out } = &self.mode else {
            return;
        };
        let now = Instant::now();
        let line = {
            let Ok(mut s) = self.state.lock() else { return };
            if now.duration_since(s.last_line) < *every || s.articles >= self.total {
                return;
            }
            s.last_line = now;
            self.line(&s, now)
        };
        if let Ok(mut out) = out.lock() {
            let _ = writeln!(out, "{line}");
        }
    }

    fn line(&self, s: &State, now: Instant) -> String {
        let secs = now.duration_since(self.started).as_secs_f64();
        let rate = if secs > 0.0 {
            s.articles as f64 / secs
        } else {
            0.0
        };
        let eta = if rate > 0.0 {
            format!(
                ", ETA {:.0} s",
                (self.total - s.articles.min(self.total)) as f64 / rate
            )
        } else {
            String::new()
        };
        format!(
            "passerelle: {}/{} articles, {} sentences translated, {rate:.1} articles/s{eta}",
            s.articles, self.total, s.segments
        )
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    /// A writer whose bytes the test can read afterwards.
    #[derive(Clone, Default)]
    struct Shared(Arc<Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl Shared {
        fn text(&self) -> String {
            String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
        }
    }

    #[test]
    fn plain_lines_count_articles_and_sentences_and_stop_at_the_end() {
        let out = Shared::default();
        let p = Progress::lines(3, Duration::ZERO, Box::new(out.clone()));
        p.translated(10);
        p.article_done();
        p.translated(5);
        p.article_done();
        p.article_done(); // the last: no line, the run's summary says it
        p.println("passerelle: a.txt: a message");
        let text = out.text();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 5, "{text}");
        assert!(lines[0].starts_with("passerelle: 0/3 articles, 10 sentences translated"));
        assert!(lines[1].starts_with("passerelle: 1/3 articles, 10 sentences"));
        assert!(lines[3].starts_with("passerelle: 2/3 articles, 15 sentences"));
        assert!(lines[3].contains("articles/s, ETA"), "{text}");
        assert_eq!(lines[4], "passerelle: a.txt: a message");
    }

    #[test]
    fn the_bar_fits_an_80_column_terminal() {
        // The fixed parts as wide as they get: spinner, elapsed, six-digit counts, ETA.
        let fixed = BAR_TEMPLATE
            .replace("{spinner}", "⠁")
            .replace("{elapsed:>4}", "59m")
            .replace("{wide_bar}", "")
            .replace("{pos}/{len}", "999999/999999")
            .replace("{msg}", "99999/99999 articles")
            .replace("{eta}", "59m");
        assert!(fixed.chars().count() <= BAR_FIXED_WIDTH, "{fixed}");
        const { assert!(BAR_FIXED_WIDTH + 10 <= 80) };
        assert!(BAR_TEMPLATE.contains("{wide_bar}"));
    }

    #[test]
    fn plain_lines_are_periodic() {
        let out = Shared::default();
        let p = Progress::lines(100, Duration::from_secs(3600), Box::new(out.clone()));
        for _ in 0..50 {
            p.translated(1);
            p.article_done();
        }
        assert_eq!(out.text(), "");
    }
}
