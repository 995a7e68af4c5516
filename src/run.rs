//! The article run as a library engine: backend, translation memory and glossary set up once
//! ([`Engine::new`]), then any number of articles translated, briefed and rendered
//! ([`Engine::run`]), their outputs and what happened along the way handed to a [`Sink`].
//!
//! The CLI (`translate`, `brief`), `serve` and tests all call this one engine; none of them
//! holds pipeline logic. The engine takes plain values ([`Settings`]), reads no environment
//! variable and prints nothing: warnings, failures and progress are [`Event`]s, outputs are
//! [`Output`]s, and where they go is the sink's business (stdout, files, an HTTP response).
//!
//! Many articles are read in windows (at most [`Settings::window`] articles and
//! [`WINDOW_SEGMENTS`] sentences), a few at a time on all cores; each window's sentences are
//! pooled into the backend's batches ([`crate::pipeline::translate_prepared`]), and its outputs
//! rendered on all cores and handed to the sink in input order before the next window is read,
//! so memory does not grow with the number of articles. An article that fails (unreadable, not
//! French under `strict`, a failed backend batch) is an [`Event::Failed`] and the others go on;
//! a backend that is unavailable, refuses the key or has no quota left stops the run.

use std::ops::ControlFlow;
use std::path::PathBuf;

use crate::config::BackendConfig;
use crate::document::Document;
use crate::glossary::Glossary;
use crate::model::{AlignedDocument, Brief};
use crate::render::{self, Format};
use crate::translate::{BackendInfo, TranslateError, Translator};
use crate::Error;

/// The most sentences one window holds, whatever [`Settings::window`] says.
pub const WINDOW_SEGMENTS: usize = 4096;

/// How many articles are read and prepared at once (split between the cores).
const READ_AHEAD: usize = 32;

/// What the engine needs to set up a run: plain values, resolved by the caller from flags,
/// environment and config file ([`crate::config::Resolved`]).
#[derive(Debug, Clone)]
pub struct Settings {
    /// The backend's name (a `[backends.NAME]` table or a kind), for messages.
    pub backend: String,
    /// The backend's resolved settings.
    pub backend_config: BackendConfig,
    /// The user's glossary files, in order (config's first, then `--glossary`); later win.
    pub glossaries: Vec<PathBuf>,
    /// Whether the glossaries shipped with Passerelle come first.
    pub default_glossary: bool,
    /// Whether the translation memory is read and written.
    pub cache: bool,
    /// How many backend calls may run at once (`None`: the backend's own default).
    pub jobs: Option<usize>,
    /// How many articles are read and translated together (at least 1).
    pub window: usize,
    /// Refuse an input that does not look French (else: a warning, translated anyway).
    pub strict: bool,
    /// How inputs are read: `--input-format` (text or HTML, else decided per input) and
    /// `--encoding` (else detected); see [`crate::intake`].
    pub intake: crate::intake::Options,
    /// The translation memory (`postgres://…` or an SQLite file) when the config or
    /// `$PASSERELLE_CACHE` names one; `None` is the default SQLite file.
    pub cache_location: Option<String>,
}

impl Settings {
    /// Settings for backend `name` with `backend_config`, and every other value at its
    /// default: shipped glossaries, cache on, the backend's concurrency, windows of 256
    /// articles, not strict, plain text.
    pub fn new(name: impl Into<String>, backend_config: BackendConfig) -> Self {
        Settings {
            backend: name.into(),
            backend_config,
            glossaries: Vec::new(),
            default_glossary: true,
            cache: true,
            jobs: None,
            window: 256,
            strict: false,
            intake: crate::intake::Options::default(),
            cache_location: None,
        }
    }
}

impl From<crate::config::Resolved> for Settings {
    /// The resolved config's backend and glossaries, every other value at its default
    /// ([`Settings::new`]).
    fn from(resolved: crate::config::Resolved) -> Self {
        Settings {
            glossaries: resolved.glossaries,
            cache_location: resolved.cache,
            ..Settings::new(resolved.backend, resolved.backend_config)
        }
    }
}

/// What the engine makes of each translated article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Job {
    /// The aligned text.
    Translate,
    /// The brief, with a summary of this many sentences.
    Brief {
        /// Summary length.
        summary: usize,
    },
}

/// One article of a run, not yet read: a file, stdin, a JSONL line, a text in memory.
pub trait Article: Sync {
    /// How messages name it (a path, `-`, `FILE.jsonl:LINE`).
    fn label(&self) -> &str;
    /// Reads and decodes it as `opts` say (see [`crate::intake`]).
    fn read(&self, opts: &crate::intake::Options) -> Result<Document, Error>;
}

/// An article already in memory (a request body, a test's text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// Its name: the `source` of the outputs and the label of messages.
    pub name: String,
    /// The article's bytes (UTF-8, or UTF-16 with BOM; HTML with [`InputFormat::Html`]).
    pub bytes: Vec<u8>,
}

impl Text {
    /// An article called `name` holding `text`.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        Text {
            name: name.into(),
            bytes: text.into().into_bytes(),
        }
    }
}

impl Article for Text {
    fn label(&self) -> &str {
        &self.name
    }

    fn read(&self, opts: &crate::intake::Options) -> Result<Document, Error> {
        Ok(crate::intake::read(&self.name, &self.bytes, opts, Default::default())?.document)
    }
}

/// Something that happened during a run, for the caller to show (or not).
#[derive(Debug)]
pub enum Event {
    /// A warning about one article or the setup (one line, no `passerelle:` prefix).
    Warning(String),
    /// This many more sentences were read and segmented, to be translated (a window's worth).
    Prepared(usize),
    /// The backend translated this many more sentences.
    Translated(usize),
    /// Article `index` failed and has no output; the run goes on. `message` is the line to
    /// show (it names the article), `error` the cause (for the exit code).
    Failed {
        /// The article's index in the run's list.
        index: usize,
        /// One line naming the article and the problem.
        message: String,
        /// The error.
        error: Error,
    },
    /// The glossary summary of one article (`glossary: 3 terms, 3 rendered`), when the run
    /// has a glossary.
    GlossarySummary {
        /// The article's label.
        label: String,
        /// The summary line.
        summary: String,
    },
}

/// One article's rendered output.
#[derive(Debug)]
pub struct Output {
    /// The article's index in the run's list.
    pub index: usize,
    /// The article's label.
    pub label: String,
    /// The rendered bytes.
    pub bytes: Vec<u8>,
    /// How many sentences it has.
    pub sentences: usize,
    /// How many QA findings it has.
    pub findings: usize,
}

/// Where a run's outputs and events go. Outputs arrive in input order.
pub trait Sink: Send {
    /// Something happened.
    fn event(&mut self, event: Event);
    /// An article's output is ready. `Break` stops the run (stdout closed, say); the sink
    /// keeps its own reason.
    fn output(&mut self, output: Output) -> ControlFlow<()>;
    /// Every output of a window has been handed over; the next window is read and sent to the
    /// backend only after this returns. A sink that writes in the background finishes its
    /// writes here, so that a run killed in a later window leaves every earlier window's
    /// outputs on disk.
    fn window_done(&mut self) {}
}

/// What a run did, on the engine's side (what became of the outputs is the sink's to say).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// Articles rendered and handed to the sink.
    pub rendered: usize,
    /// Articles that failed ([`Event::Failed`]).
    pub failed: usize,
    /// Sentences of the rendered articles.
    pub sentences: usize,
    /// QA findings of the rendered articles.
    pub findings: usize,
    /// Sentences the translation memory answered rather than the backend (at most
    /// `sentences`; 0 without a memory).
    pub from_memory: usize,
    /// Whether the sink stopped the run early.
    pub stopped: bool,
}

/// One article translated (and briefed) and rendered by [`Engine::render_text`].
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The rendered bytes, exactly as the CLI writes them.
    pub bytes: Vec<u8>,
    /// The aligned document they were rendered from.
    pub aligned: AlignedDocument,
    /// Warnings about the article (not French, …).
    pub warnings: Vec<String>,
}

/// The backend, translation memory and glossary of a run, set up once.
#[derive(Debug)]
pub struct Engine {
    translator: Box<dyn Translator>,
    /// The translation memory's counters, when the backend is behind one.
    memory: Option<std::sync::Arc<crate::cache::Counters>>,
    glossary: Glossary,
    settings: Settings,
}

impl Engine {
    /// Builds the backend (wrapped in the translation memory unless `settings.cache` is off)
    /// and loads the glossary. A bad backend config, an unopenable cache or a bad glossary
    /// file is an error; nothing is translated yet.
    pub fn new(settings: Settings) -> Result<Engine, Error> {
        let translator = crate::translate::build_from(&settings.backend, &settings.backend_config)?;
        let (translator, memory) = crate::cache::wrap(
            translator,
            settings.cache_location.as_deref(),
            settings.cache,
        );
        let mut engine = Engine::with_translator(settings, translator)?;
        engine.memory = memory;
        Ok(engine)
    }

    /// Like [`Engine::new`] with a backend already made (tests, a decorated backend).
    pub fn with_translator(
        settings: Settings,
        translator: Box<dyn Translator>,
    ) -> Result<Engine, Error> {
        let glossary =
            crate::glossary::load::load_for_run(&settings.glossaries, settings.default_glossary)?;
        Ok(Engine {
            translator,
            memory: None,
            glossary,
            settings,
        })
    }

    /// The warnings of the setup (glossary files), one line each.
    pub fn warnings(&self) -> Vec<String> {
        self.glossary
            .warnings
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    /// Whether the run has glossary terms (so per-article glossary summaries mean something).
    pub fn has_glossary(&self) -> bool {
        !self.glossary.is_empty()
    }

    /// Name, kind and detail of the backend.
    pub fn backend(&self) -> BackendInfo {
        self.translator.info()
    }

    /// Reads `article` and checks its language: an input that reliably looks like another
    /// language is refused under `strict`, else returned with a warning.
    fn read(&self, article: &dyn Article) -> Result<(Document, Option<String>), Error> {
        let doc = article.read(&self.settings.intake)?;
        let Some((lang, confidence)) = crate::qa::language::foreign_language(&doc) else {
            return Ok((doc, None));
        };
        if self.settings.strict {
            return Err(Error::Input {
                path: doc.name,
                message: format!(
                    "input looks like {lang} (confidence {:.0}%), not French; refused (--strict)",
                    confidence * 100.0
                ),
            });
        }
        let warning = format!(
            "{}: warning: input looks like {lang} (confidence {:.0}%), translating anyway",
            doc.name,
            confidence * 100.0
        );
        Ok((doc, Some(warning)))
    }

    /// Gives the claims of `briefs` their speakers and roles in English (`speaker_en`,
    /// `role_en`), each phrase translated once for all of them, as sentences are (glossary,
    /// memory, typography). On failure they stay in French and the error is returned.
    async fn translate_speakers(&self, briefs: &mut [&mut Brief]) -> Result<(), Error> {
        let options = crate::pipeline::Options {
            jobs: self.settings.jobs,
        };
        crate::pipeline::translate_speakers(
            briefs,
            self.translator.as_ref(),
            &self.glossary,
            &options,
        )
        .await
    }

    /// Translates one article (and briefs it for [`Job::Brief`]) and renders it as `format`,
    /// exactly as [`Engine::run`] would for that article. For `serve`.
    pub async fn render_text(
        &self,
        article: &dyn Article,
        job: Job,
        format: Format,
    ) -> Result<Rendered, Error> {
        let (doc, warning) = self.read(article)?;
        let options = crate::pipeline::Options {
            jobs: self.settings.jobs,
        };
        let aligned = crate::pipeline::translate_document(
            &doc,
            self.translator.as_ref(),
            &self.glossary,
            &options,
        )
        .await?;
        let mut warnings: Vec<String> = warning.into_iter().collect();
        let mut built = build(aligned.clone(), job);
        if let Built::Brief(brief) = &mut built {
            if let Err(e) = self.translate_speakers(&mut [brief]).await {
                warnings.push(speakers_warning(&e));
            }
        }
        let bytes = render(&built, format).map_err(|e| rendering(article.label(), format, e))?;
        Ok(Rendered {
            bytes,
            aligned,
            warnings,
        })
    }

    /// Translates every article and hands each output to `sink`, in input order (see the
    /// module note). Returns an error only for what stops the whole run: a backend that is
    /// unavailable, refuses the key or has no quota left, a failed rendering, or no async
    /// runtime. Must not be called from inside an async runtime (use
    /// [`Engine::render_text`] there).
    pub fn run<A: Article>(
        &self,
        articles: &[A],
        job: Job,
        format: Format,
        sink: &mut dyn Sink,
    ) -> Result<Report, Error> {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .map_err(|e| Error::Config(format!("cannot start the async runtime: {e}")))?;
        let options = crate::pipeline::Options {
            jobs: self.settings.jobs,
        };
        let strategy = self.translator.capabilities().glossary;
        let glossary = &self.glossary;
        let has_glossary = self.has_glossary();
        let mut report = Report {
            rendered: 0,
            failed: 0,
            sentences: 0,
            findings: 0,
            from_memory: 0,
            stopped: false,
        };
        let memory_hits = || {
            self.memory
                .as_ref()
                .map_or(0, |c| crate::cache::Counters::get(&c.hits) as usize)
        };
        let hits_before = memory_hits();
        // The memory's answers for the claims' speakers, which are no sentences of the run.
        let speaker_hits = std::cell::Cell::new(0usize);
        // Counted as the memory counts lookups: a batch that failed and was retried article by
        // article is looked up twice, so the count is capped by the rendered sentences.
        let from_memory = |report: &Report| {
            memory_hits()
                .saturating_sub(hits_before)
                .saturating_sub(speaker_hits.get())
                .min(report.sentences)
        };
        let window_articles = self.settings.window.max(1);
        let mut next = 0usize;
        while next < articles.len() {
            // Read and prepare one window, a few articles at a time on all cores.
            let mut window: Vec<(usize, crate::pipeline::PreparedDocument)> = Vec::new();
            let mut window_segments = 0usize;
            while next < articles.len()
                && window.len() < window_articles
                && window_segments < WINDOW_SEGMENTS
            {
                let take = (window_articles - window.len()).min(READ_AHEAD);
                let chunk: Vec<usize> = (next..articles.len().min(next + take)).collect();
                next += chunk.len();
                let read = crate::pipeline::par_map(chunk, |i| {
                    let (doc, warning) = self.read(&articles[i]).map_err(|e| (i, e))?;
                    Ok::<_, (usize, Error)>((
                        i,
                        crate::pipeline::prepare_document(&doc, glossary, strategy),
                        warning,
                    ))
                });
                for r in read {
                    match r {
                        Ok((i, prepared, warning)) => {
                            if let Some(w) = warning {
                                sink.event(Event::Warning(w));
                            }
                            window_segments += prepared.len();
                            sink.event(Event::Prepared(prepared.len()));
                            window.push((i, prepared));
                        }
                        Err((index, error)) => {
                            report.failed += 1;
                            sink.event(Event::Failed {
                                index,
                                message: error.to_string(),
                                error,
                            });
                        }
                    }
                }
            }
            let (indices, docs): (Vec<usize>, Vec<_>) = window.into_iter().unzip();
            let results = {
                let shared = std::sync::Mutex::new(&mut *sink);
                let on_translated = |n: usize| {
                    if let Ok(mut s) = shared.lock() {
                        s.event(Event::Translated(n));
                    }
                };
                rt.block_on(crate::pipeline::translate_prepared(
                    docs,
                    self.translator.as_ref(),
                    glossary,
                    &options,
                    &on_translated,
                ))
            };
            // No article will get through a backend that is not there, or that refuses the
            // key or has no quota left: stop now rather than fail every remaining window.
            if let Some(pos) = results.iter().position(|r| {
                matches!(
                    r,
                    Err(Error::Translate(
                        TranslateError::Unavailable { .. }
                            | TranslateError::Auth { .. }
                            | TranslateError::Quota { .. }
                    ))
                )
            }) {
                if let Some(Err(e)) = results.into_iter().nth(pos) {
                    return Err(e);
                }
                unreachable!("the position of an error");
            }

            // Briefs on all cores; the window's speakers in English in one backend call;
            // rendering on all cores; then handed over in input order.
            let mut built = crate::pipeline::par_map(
                indices.into_iter().zip(results).collect(),
                |(index, result)| {
                    let aligned = match result {
                        Ok(a) => a,
                        Err(e) => return (index, Err(e)),
                    };
                    let sentences = aligned.segments.len();
                    let findings = aligned.segments.iter().map(|s| s.qa.len()).sum::<usize>();
                    let summary = has_glossary.then(|| {
                        (
                            aligned.source.clone(),
                            crate::glossary::verify::summary(&aligned),
                        )
                    });
                    (
                        index,
                        Ok((build(aligned, job), sentences, findings, summary)),
                    )
                },
            );
            let mut briefs: Vec<&mut Brief> = built
                .iter_mut()
                .filter_map(|(_, r)| match r {
                    Ok((Built::Brief(b), ..)) => Some(b),
                    _ => None,
                })
                .collect();
            let hits = memory_hits();
            if let Err(e) = rt.block_on(self.translate_speakers(&mut briefs)) {
                sink.event(Event::Warning(speakers_warning(&e)));
            }
            speaker_hits.set(speaker_hits.get() + memory_hits().saturating_sub(hits));
            let rendered = crate::pipeline::par_map(built, |(index, result)| {
                let result = result.map(|(built, sentences, findings, summary)| {
                    (render(&built, format), sentences, findings, summary)
                });
                (index, result)
            });
            for (index, result) in rendered {
                let label = articles[index].label();
                let (bytes, sentences, findings, summary) = match result {
                    Ok(r) => r,
                    Err(error) => {
                        report.failed += 1;
                        sink.event(Event::Failed {
                            index,
                            message: format!("{label}: {error}"),
                            error,
                        });
                        continue;
                    }
                };
                let bytes = bytes.map_err(|e| rendering(label, format, e))?;
                report.rendered += 1;
                report.sentences += sentences;
                report.findings += findings;
                if let Some((label, summary)) = summary {
                    sink.event(Event::GlossarySummary { label, summary });
                }
                let output = Output {
                    index,
                    label: label.to_string(),
                    bytes,
                    sentences,
                    findings,
                };
                if sink.output(output).is_break() {
                    report.stopped = true;
                    report.from_memory = from_memory(&report);
                    return Ok(report);
                }
            }
            sink.window_done();
        }
        report.from_memory = from_memory(&report);
        Ok(report)
    }
}

/// What an article becomes before it is rendered: its aligned text, or its brief.
enum Built {
    Document(AlignedDocument),
    Brief(Brief),
}

/// `aligned` made what `job` renders: itself, or its brief for [`Job::Brief`].
fn build(aligned: AlignedDocument, job: Job) -> Built {
    match job {
        Job::Translate => Built::Document(aligned),
        Job::Brief { summary } => Built::Brief(crate::pipeline::brief(aligned, summary)),
    }
}

/// `built` rendered as `format`.
fn render(built: &Built, format: Format) -> std::io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    match built {
        Built::Document(aligned) => render::render_document(aligned, format, &mut buf)?,
        Built::Brief(brief) => render::render_brief(brief, format, &mut buf)?,
    }
    Ok(buf)
}

/// The warning when the speakers could not be translated: the briefs keep them in French.
fn speakers_warning(e: &Error) -> String {
    format!("warning: the speakers of the key claims are left in French: {e}")
}

/// A failed rendering, naming the article and the format.
fn rendering(label: &str, format: Format, e: std::io::Error) -> Error {
    Error::Output {
        path: PathBuf::from(label),
        message: format!("rendering {}: {e}", format!("{format:?}").to_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sink that keeps everything.
    #[derive(Default)]
    struct Keep {
        events: Vec<Event>,
        outputs: Vec<Output>,
    }

    impl Sink for Keep {
        fn event(&mut self, event: Event) {
            self.events.push(event);
        }
        fn output(&mut self, output: Output) -> ControlFlow<()> {
            self.outputs.push(output);
            ControlFlow::Continue(())
        }
    }

    /// An engine over the `command` backend running `cat` (the English is the French), no
    /// cache, no glossary.
    fn engine(strict: bool, window: usize) -> Engine {
        let config = BackendConfig {
            kind: "command".into(),
            command: Some(vec!["cat".into()]),
            ..BackendConfig::default()
        };
        let mut settings = Settings::new("echo", config);
        settings.cache = false;
        settings.default_glossary = false;
        settings.strict = strict;
        settings.window = window;
        Engine::new(settings).expect("engine")
    }

    const FRENCH: &str = "Le gouvernement a annoncé mardi une nouvelle loi. Elle entre en \
                          vigueur en mars, selon le ministre, qui est très attentif aux \
                          réactions des syndicats et des entreprises.";
    const ENGLISH: &str = "The president said on Tuesday that the government would not \
                           change its policy on energy prices before the end of the year, \
                           despite the protests.";

    #[test]
    fn outputs_come_in_input_order_and_failures_go_on() {
        let articles = vec![
            Text::new("a", FRENCH),
            Text::new("empty", ""),
            Text::new("b", "Deux phrases ici. Et une autre là."),
            Text::new("en", ENGLISH),
        ];
        let mut sink = Keep::default();
        // A window of one article: four windows, the order still kept.
        let report = engine(false, 1)
            .run(&articles, Job::Translate, Format::Text, &mut sink)
            .expect("run");
        let order: Vec<&str> = sink.outputs.iter().map(|o| o.label.as_str()).collect();
        assert_eq!(order, ["a", "b", "en"]);
        assert_eq!(
            (report.rendered, report.failed, report.sentences),
            (3, 1, 5)
        );
        assert_eq!(
            String::from_utf8(sink.outputs[1].bytes.clone()).unwrap(),
            "Deux phrases ici. Et une autre là.\n"
        );
        let failed: Vec<usize> = sink
            .events
            .iter()
            .filter_map(|e| match e {
                Event::Failed { index, message, .. } => {
                    assert!(message.contains("empty"), "{message}");
                    Some(*index)
                }
                _ => None,
            })
            .collect();
        assert_eq!(failed, [1]);
        let warnings: Vec<&String> = sink
            .events
            .iter()
            .filter_map(|e| match e {
                Event::Warning(w) => Some(w),
                _ => None,
            })
            .collect();
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].starts_with("en: warning: input looks like English"));
        let count = |prepared: bool| -> usize {
            sink.events
                .iter()
                .map(|e| match e {
                    Event::Translated(n) if !prepared => *n,
                    Event::Prepared(n) if prepared => *n,
                    _ => 0,
                })
                .sum()
        };
        assert_eq!(count(false), 5);
        assert_eq!(count(true), 5);
    }

    #[test]
    fn strict_refuses_a_foreign_input_and_only_it() {
        let articles = vec![Text::new("en", ENGLISH), Text::new("fr", FRENCH)];
        let mut sink = Keep::default();
        let report = engine(true, 256)
            .run(&articles, Job::Translate, Format::Text, &mut sink)
            .expect("run");
        assert_eq!((report.rendered, report.failed), (1, 1));
        let message = sink
            .events
            .iter()
            .find_map(|e| match e {
                Event::Failed { message, .. } => Some(message.clone()),
                _ => None,
            })
            .expect("a failure");
        assert!(
            message.starts_with("en: input looks like English") && message.contains("--strict"),
            "{message}"
        );
    }

    #[test]
    fn a_sink_can_stop_the_run() {
        struct First(usize);
        impl Sink for First {
            fn event(&mut self, _: Event) {}
            fn output(&mut self, _: Output) -> ControlFlow<()> {
                self.0 += 1;
                ControlFlow::Break(())
            }
        }
        let articles = vec![Text::new("a", FRENCH), Text::new("b", FRENCH)];
        let mut sink = First(0);
        let report = engine(false, 256)
            .run(&articles, Job::Translate, Format::Text, &mut sink)
            .expect("run");
        assert!(report.stopped);
        assert_eq!(sink.0, 1);
    }

    #[test]
    fn one_text_renders_as_the_run_renders_it() {
        let engine = engine(false, 256);
        let text = Text::new("a", FRENCH);
        let mut sink = Keep::default();
        engine
            .run(
                std::slice::from_ref(&text),
                Job::Brief { summary: 2 },
                Format::Json,
                &mut sink,
            )
            .expect("run");
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let one = rt
            .block_on(engine.render_text(&text, Job::Brief { summary: 2 }, Format::Json))
            .expect("one");
        assert_eq!(one.bytes, sink.outputs[0].bytes);
        assert!(one.warnings.is_empty());
        assert_eq!(one.aligned.segments.len(), 2);
    }
}
