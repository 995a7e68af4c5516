//! `passerelle serve`: starts the HTTP service of [`crate::serve`] with the usual config's
//! backend, glossaries and translation memory, after the checks a service owes its users (API
//! keys or loopback, limits that make sense).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context;
use clap::builder::TypedValueParser;
use clap::{ArgAction, Args};

use super::{glossary_files, ExitCode};
use crate::cache::{self, CachedTranslator};
use crate::config::Config;
use crate::serve::{Keys, Limits, Service, DEFAULT_LISTEN};

const HELP: &str = "\
Routes:
  POST /translate      the LibreTranslate API (q, source fr|auto, target en, format text|html,
                       api_key): any LibreTranslate client can use this server
  GET  /languages      as LibreTranslate
  POST /v1/translate   {\"text\": …, \"date\": …, \"format\": \"json\"|\"markdown\"|\"html\"}: exactly what
  POST /v1/brief       `passerelle translate|brief -f FORMAT -` writes for that text
  GET  /health         200 when the backend works, 503 otherwise (JSON detail)
  GET  /metrics        Prometheus text

Replicas share what they translate through the translation memory: set
cache = \"postgres://USER@HOST/DB\" at the top of the config (or PASSERELLE_CACHE) on each.
API keys: api_keys_env = \"VAR\" in the config names the variable holding them (comma-separated);
clients send `Authorization: Bearer KEY` (or LibreTranslate's api_key). Listening beyond
loopback without keys is refused unless --no-auth. SIGTERM: requests in flight finish, new
ones get 503, then the server exits.

Example:
  PASSERELLE_CACHE=postgres://passerelle@db/passerelle passerelle serve --backend apertium \\
      --listen 0.0.0.0:5055";

/// Arguments of `passerelle serve`.
#[derive(Debug, Args)]
#[command(after_help = HELP)]
pub struct ServeArgs {
    /// Address and port to listen on (port 0: any free port, printed at start).
    #[arg(long, default_value = DEFAULT_LISTEN, value_name = "ADDR")]
    pub listen: String,
    /// Backend to use: a name from the config's [backends] or a kind.
    #[arg(long, short = 'b', value_name = "NAME")]
    pub backend: Option<String>,
    /// Config file (default: $PASSERELLE_CONFIG, ./passerelle.toml,
    /// $XDG_CONFIG_HOME/passerelle/config.toml).
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Listen beyond loopback without API keys.
    #[arg(long)]
    pub no_auth: bool,
    /// Neither read nor write the translation memory.
    #[arg(long)]
    pub no_cache: bool,
    /// Largest request body, in bytes.
    #[arg(long, default_value_t = Limits::default().body_bytes, value_name = "BYTES")]
    pub max_body: usize,
    /// Most sentences in one request.
    #[arg(long, default_value_t = Limits::default().sentences, value_name = "N")]
    pub max_sentences: usize,
    /// Translation requests worked on at once.
    #[arg(long, default_value_t = Limits::default().in_flight, value_name = "N",
          value_parser = clap::value_parser!(u16).range(1..).map(usize::from))]
    pub max_in_flight: usize,
    /// Requests waiting for a slot; one more gets 429 with Retry-After.
    #[arg(long, default_value_t = Limits::default().queue, value_name = "N")]
    pub queue: usize,
    /// Seconds a request may take, waiting included (503 past it).
    #[arg(long, default_value_t = Limits::default().timeout.as_secs_f64(), value_name = "SECS")]
    pub timeout: f64,
    /// More detail on stderr (-v: info, -vv: debugging); `-q` wins.
    #[arg(long, short = 'v', action = ArgAction::Count)]
    pub verbose: u8,
    /// Errors only on stderr.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

/// Runs `passerelle serve` until SIGTERM or Ctrl-C.
pub fn run(args: ServeArgs) -> anyhow::Result<ExitCode> {
    super::init_logging(args.verbose, args.quiet);
    if !(args.timeout.is_finite() && args.timeout > 0.0) {
        return Err(crate::Error::Config(format!(
            "--timeout {}: a positive number of seconds",
            args.timeout
        ))
        .into());
    }
    let addr: SocketAddr = args.listen.parse().map_err(|_| {
        crate::Error::Config(format!(
            "--listen {}: not an address and port (127.0.0.1:5055, [::1]:5055, 0.0.0.0:5055)",
            args.listen
        ))
    })?;
    let (config, config_path) = Config::load(args.config.as_deref())?;
    let keys = match &config.api_keys_env {
        Some(var) => Keys::from_env(var)?,
        None => Keys::default(),
    };
    if keys.is_empty() && !addr.ip().is_loopback() && !args.no_auth {
        return Err(crate::Error::Config(format!(
            "refusing to listen on {addr} without API keys: set api_keys_env in the config \
             (and that variable), or pass --no-auth"
        ))
        .into());
    }
    let name = config.backend_name(args.backend.as_deref());
    let inner = crate::translate::build(&name, &config)?;
    let translator = if args.no_cache {
        CachedTranslator::without_memory(inner)
    } else {
        CachedTranslator::new(inner, cache::open(cache::configured(&config).as_deref())?)
    };
    let memory = translator
        .memory()
        .map_or("none".to_string(), |m| m.location());
    let files = glossary_files(&config, config_path.as_deref(), &[]);
    let glossary = crate::glossary::load::load_for_run(&files, true)?;
    for warning in &glossary.warnings {
        eprintln!("passerelle: {warning}");
    }
    let limits = Limits {
        body_bytes: args.max_body,
        sentences: args.max_sentences,
        in_flight: args.max_in_flight,
        queue: args.queue,
        timeout: Duration::from_secs_f64(args.timeout),
    };
    let info = crate::translate::Translator::info(&translator);
    let service = Service::new(translator, glossary, keys, limits);
    let rt = super::runtime()?;
    rt.block_on(async {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .with_context(|| format!("cannot listen on {addr}"))?;
        let local = listener.local_addr()?;
        // Scripts and tests read the address from this line (port 0 picks a free one).
        eprintln!(
            "passerelle: serving on http://{local} with {} ({}); translation memory: {memory}",
            info.name, info.detail
        );
        crate::serve::run(listener, service, crate::serve::termination()).await?;
        eprintln!("passerelle: stopped");
        Ok::<_, anyhow::Error>(())
    })?;
    Ok(ExitCode::Success)
}
