//! `passerelle serve`: the HTTP service (axum on the tokio runtime the rest already uses).
//! Routes: the LibreTranslate API ([`libre`]: `POST /translate`, `GET /languages`), Passerelle's
//! own ([`v1`]: `POST /v1/translate`, `POST /v1/brief`, answering exactly what the command line
//! writes), `GET /health` and `GET /metrics` ([`metrics`]). Auth ([`auth`]) and limits
//! ([`limits`]) wrap the translating routes.
//!
//! No pipeline logic lives here: a request's texts go through the library
//! ([`crate::pipeline`], [`crate::render`]) with the one backend, glossary and translation
//! memory the service was started with. Replicas hold no state of their own beyond a cache of
//! texts in flight: run several behind any load balancer, sharing one PostgreSQL memory.

pub mod auth;
pub mod libre;
pub mod limits;
pub mod metrics;
pub mod pool;
pub mod v1;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use serde_json::json;

use crate::cache::{CachedTranslator, Counters};
use crate::document::Document;
use crate::glossary::Glossary;
use crate::model::AlignedDocument;
use crate::pipeline::PreparedDocument;
use crate::translate::{TranslateError, Translator};

pub use auth::Keys;
pub use limits::Limits;

/// The default listening address.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:5055";

/// How long `/health` waits for the backend's own check.
const HEALTH_TIMEOUT: Duration = Duration::from_secs(10);

/// One replica: the backend behind its memory, the glossary, keys, limits and counters.
#[derive(Debug)]
pub struct Service {
    translator: CachedTranslator,
    counters: Arc<Counters>,
    glossary: Glossary,
    keys: Keys,
    limits: Limits,
    gate: limits::Gate,
    metrics: metrics::Metrics,
    draining: AtomicBool,
    /// Concurrent requests' documents pooled into shared backend calls ([`pool`]).
    pool: Arc<pool::Pool<PreparedDocument, Result<AlignedDocument, crate::Error>>>,
}

/// Why a request's texts were not translated.
#[derive(Debug)]
pub enum Failure {
    /// The request is malformed: 400 with this message.
    BadRequest(String),
    /// The backend failed.
    Backend(crate::Error),
}

impl Service {
    /// A replica over `translator` (already behind its memory) and `glossary`.
    pub fn new(
        translator: CachedTranslator,
        glossary: Glossary,
        keys: Keys,
        limits: Limits,
    ) -> Arc<Service> {
        let counters = translator.counters();
        // As many pooled calls at once as the backend takes calls, and at least one per core
        // (a local engine's call is one core's work).
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        let slots = translator.capabilities().default_concurrency.max(cores);
        Arc::new(Service {
            pool: pool::Pool::new(slots),
            gate: limits::Gate::new(limits.in_flight, limits.queue),
            metrics: metrics::Metrics::new(counters.clone()),
            translator,
            counters,
            glossary,
            keys,
            limits,
            draining: AtomicBool::new(false),
        })
    }

    /// The request counters.
    pub fn metrics(&self) -> &metrics::Metrics {
        &self.metrics
    }

    /// The translator's counters.
    pub fn counters(&self) -> &Arc<Counters> {
        &self.counters
    }

    /// Translates `docs` together (their sentences pooled into the backend's batches, with
    /// those of the other requests waiting at the same time: [`pool`]), after checking the
    /// sentence limit.
    pub async fn translate(
        self: &Arc<Self>,
        docs: Vec<Document>,
    ) -> Result<Vec<AlignedDocument>, Failure> {
        let strategy = self.translator.capabilities().glossary;
        let prepared: Vec<_> = docs
            .iter()
            .map(|d| crate::pipeline::prepare_document(d, &self.glossary, strategy))
            .collect();
        let sentences: usize = prepared.iter().map(|p| p.len()).sum();
        if sentences > self.limits.sentences {
            return Err(Failure::BadRequest(format!(
                "Invalid request: request ({sentences} sentences) exceeds text limit ({} sentences)",
                self.limits.sentences
            )));
        }
        let service = self.clone();
        let results = self
            .pool
            .submit(prepared, move |docs| async move {
                crate::pipeline::translate_prepared(
                    docs,
                    &service.translator,
                    &service.glossary,
                    &crate::pipeline::Options::default(),
                    &|_| {},
                )
                .await
            })
            .await
            .ok_or_else(|| {
                Failure::Backend(crate::Error::Translate(TranslateError::failed(
                    "serve",
                    "the pooled translation of this request was lost",
                )))
            })?;
        results
            .into_iter()
            .collect::<Result<Vec<_>, _>>()
            .map_err(Failure::Backend)
    }

    fn draining(&self) -> bool {
        self.draining.load(Ordering::SeqCst)
    }
}

/// The routes, with auth and limits where they apply.
pub fn router(service: Arc<Service>) -> Router {
    let work = Router::new()
        .route("/translate", post(libre::translate))
        .route("/v1/translate", post(v1::translate))
        .route("/v1/brief", post(v1::brief))
        .route_layer(middleware::from_fn_with_state(service.clone(), admit));
    Router::new()
        .merge(work)
        .route("/languages", get(libre::languages))
        .route("/health", get(health))
        .route("/metrics", get(metrics_page))
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(service.clone(), observe))
        .with_state(service)
}

/// Serves on `listener` until `shutdown` completes; then drains: new translation requests get
/// 503, those in flight finish (for at most the request timeout), and the server stops.
pub async fn run(
    listener: tokio::net::TcpListener,
    service: Arc<Service>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = router(service.clone());
    let drained = {
        let service = service.clone();
        async move {
            shutdown.await;
            service.draining.store(true, Ordering::SeqCst);
            tracing::warn!("shutting down: finishing the requests in flight");
            let deadline = Instant::now() + service.limits.timeout;
            while service.gate.in_flight() + service.gate.queued() > 0 && Instant::now() < deadline
            {
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        }
    };
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(drained)
    .await
}

/// Resolves on SIGTERM or Ctrl-C.
pub async fn termination() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}

/// A JSON error body, `{"error": …}`, the shape LibreTranslate clients read.
pub fn error(status: StatusCode, message: impl Into<String>) -> Response {
    (status, axum::Json(json!({ "error": message.into() }))).into_response()
}

/// 429 or 503 with `Retry-After`.
fn busy(status: StatusCode, message: String) -> Response {
    let mut r = error(status, message);
    r.headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
    r
}

/// The error a failed translation answers with: 400 for a bad request; for the backend, 503
/// when it is unavailable or throttled (the client may try again), 500 otherwise.
pub fn failure(f: Failure) -> Response {
    match f {
        Failure::BadRequest(m) => error(StatusCode::BAD_REQUEST, m),
        Failure::Backend(e) => {
            tracing::warn!("{e}");
            match &e {
                crate::Error::Translate(
                    TranslateError::Unavailable { .. } | TranslateError::RateLimited { .. },
                ) => busy(StatusCode::SERVICE_UNAVAILABLE, e.to_string()),
                _ => error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
            }
        }
    }
}

/// Reads a request body of at most [`Limits::body_bytes`]: 413 past it.
pub async fn read_body(service: &Service, body: Body) -> Result<axum::body::Bytes, Response> {
    let limit = service.limits.body_bytes;
    axum::body::to_bytes(body, limit).await.map_err(|_| {
        error(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("request body larger than {limit} bytes"),
        )
    })
}

/// The auth answer for a request without a good key, LibreTranslate's way (400 without a
/// key, 403 with a wrong one), or `None` to go on.
pub fn refuse(service: &Service, headers: &HeaderMap, body_key: Option<&str>) -> Option<Response> {
    match service.keys.check(headers, body_key) {
        auth::Verdict::Open => None,
        auth::Verdict::Missing => Some(error(
            StatusCode::BAD_REQUEST,
            "Please contact the server operator to get an API key",
        )),
        auth::Verdict::Wrong => Some(error(StatusCode::FORBIDDEN, "Invalid API key")),
    }
}

/// The gate around translating routes: draining, in-flight bound and queue, deadline.
async fn admit(State(service): State<Arc<Service>>, req: Request, next: Next) -> Response {
    if service.draining() {
        let mut r = busy(
            StatusCode::SERVICE_UNAVAILABLE,
            "shutting down; try another replica".into(),
        );
        r.headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
        return r;
    }
    let timeout = service.limits.timeout;
    let work = async {
        let permit = service.gate.enter().await?;
        let response = next.run(req).await;
        drop(permit);
        Ok::<_, limits::Full>(response)
    };
    match tokio::time::timeout(timeout, work).await {
        Ok(Ok(response)) => response,
        Ok(Err(limits::Full)) => busy(
            StatusCode::TOO_MANY_REQUESTS,
            format!(
                "Slowdown: {} requests in flight and {} queued",
                service.limits.in_flight, service.limits.queue
            ),
        ),
        Err(_) => busy(
            StatusCode::SERVICE_UNAVAILABLE,
            format!("timed out after {} s", timeout.as_secs_f64()),
        ),
    }
}

/// Counts every answer by route pattern and status, with its latency.
async fn observe(State(service): State<Arc<Service>>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let route = match req
        .extensions()
        .get::<MatchedPath>()
        .map(MatchedPath::as_str)
    {
        Some("/translate") => "/translate",
        Some("/languages") => "/languages",
        Some("/v1/translate") => "/v1/translate",
        Some("/v1/brief") => "/v1/brief",
        Some("/health") => "/health",
        Some("/metrics") => "/metrics",
        _ => "other",
    };
    let response = next.run(req).await;
    service
        .metrics
        .observe(route, response.status().as_u16(), started.elapsed());
    response
}

async fn not_found() -> Response {
    error(StatusCode::NOT_FOUND, "Not Found")
}

/// `GET /health`: 200 when the backend answers its check (and the service is not shutting
/// down), 503 otherwise; JSON detail either way.
async fn health(State(service): State<Arc<Service>>) -> Response {
    let info = service.translator.info();
    let checked = tokio::time::timeout(HEALTH_TIMEOUT, service.translator.check()).await;
    let backend = match &checked {
        Ok(Ok(detail)) => {
            json!({"name": info.name, "kind": info.kind, "ok": true, "detail": detail})
        }
        Ok(Err(e)) => {
            json!({"name": info.name, "kind": info.kind, "ok": false, "detail": e.to_string()})
        }
        Err(_) => json!({"name": info.name, "kind": info.kind, "ok": false,
                         "detail": format!("no answer within {} s", HEALTH_TIMEOUT.as_secs())}),
    };
    let memory = match service.translator.memory() {
        Some(m) => json!({
            "location": m.location(),
            "ok": !service.counters.memory_down.load(Ordering::Relaxed),
        }),
        None => serde_json::Value::Null,
    };
    let ok = matches!(checked, Ok(Ok(_))) && !service.draining();
    let status = if service.draining() {
        "shutting down"
    } else if ok {
        "ok"
    } else {
        "backend unavailable"
    };
    let code = if ok {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (
        code,
        axum::Json(json!({"status": status, "backend": backend, "memory": memory})),
    )
        .into_response()
}

async fn metrics_page(State(service): State<Arc<Service>>) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
        )],
        service
            .metrics
            .render(service.gate.in_flight(), service.gate.queued()),
    )
        .into_response()
}
