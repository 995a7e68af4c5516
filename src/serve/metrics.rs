//! `GET /metrics`: the service's counters in Prometheus' text format (version 0.0.4).
//! Requests and their latency by route and status (routes are the router's patterns, so the
//! label set stays small whatever clients ask for), requests in flight and queued, and the
//! translation memory's and the backend's counters ([`crate::cache::Counters`]). No label
//! holds anything a client sent, so no secret can reach a metric.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::cache::Counters;

/// Upper bounds of the latency histogram's buckets, in seconds.
const BUCKETS: [f64; 13] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0, 30.0,
];

#[derive(Debug, Default, Clone)]
struct Series {
    count: u64,
    sum: f64,
    /// Per bucket, not cumulative (made cumulative when rendered).
    buckets: [u64; BUCKETS.len()],
}

/// The request counters and the translator's.
#[derive(Debug)]
pub struct Metrics {
    requests: Mutex<BTreeMap<(&'static str, u16), Series>>,
    translator: Arc<Counters>,
}

impl Metrics {
    /// Metrics over the counters of the service's translator.
    pub fn new(translator: Arc<Counters>) -> Metrics {
        Metrics {
            requests: Mutex::new(BTreeMap::new()),
            translator,
        }
    }

    /// Counts one answered request.
    pub fn observe(&self, route: &'static str, status: u16, took: Duration) {
        let secs = took.as_secs_f64();
        let mut requests = self.requests.lock().unwrap_or_else(|e| e.into_inner());
        let series = requests.entry((route, status)).or_default();
        series.count += 1;
        series.sum += secs;
        if let Some(b) = BUCKETS.iter().position(|&le| secs <= le) {
            series.buckets[b] += 1;
        }
    }

    /// How many requests were answered on `route` with `status` (for tests and the bench).
    pub fn count(&self, route: &'static str, status: u16) -> u64 {
        let requests = self.requests.lock().unwrap_or_else(|e| e.into_inner());
        requests.get(&(route, status)).map_or(0, |s| s.count)
    }

    /// Everything, in Prometheus' text format; `in_flight` and `queued` are the gate's.
    pub fn render(&self, in_flight: usize, queued: usize) -> String {
        let mut out = String::new();
        let requests = self
            .requests
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        header(
            &mut out,
            "passerelle_http_requests_total",
            "counter",
            "HTTP requests answered, by route and status.",
        );
        for ((route, status), s) in &requests {
            let _ = writeln!(
                out,
                "passerelle_http_requests_total{{route=\"{route}\",status=\"{status}\"}} {}",
                s.count
            );
        }
        header(
            &mut out,
            "passerelle_http_request_duration_seconds",
            "histogram",
            "Time from a request's arrival to its answer, by route and status.",
        );
        for ((route, status), s) in &requests {
            let labels = format!("route=\"{route}\",status=\"{status}\"");
            let mut cumulative = 0;
            for (le, n) in BUCKETS.iter().zip(s.buckets) {
                cumulative += n;
                let _ = writeln!(
                    out,
                    "passerelle_http_request_duration_seconds_bucket{{{labels},le=\"{le}\"}} {cumulative}"
                );
            }
            let _ = writeln!(
                out,
                "passerelle_http_request_duration_seconds_bucket{{{labels},le=\"+Inf\"}} {}",
                s.count
            );
            let _ = writeln!(
                out,
                "passerelle_http_request_duration_seconds_sum{{{labels}}} {}",
                s.sum
            );
            let _ = writeln!(
                out,
                "passerelle_http_request_duration_seconds_count{{{labels}}} {}",
                s.count
            );
        }
        let gauge = |out: &mut String, name: &str, help: &str, value: u64| {
            header(out, name, "gauge", help);
            let _ = writeln!(out, "{name} {value}");
        };
        gauge(
            &mut out,
            "passerelle_requests_in_flight",
            "Translation requests being worked on.",
            in_flight as u64,
        );
        gauge(
            &mut out,
            "passerelle_requests_queued",
            "Translation requests waiting for a slot.",
            queued as u64,
        );
        let c = &self.translator;
        let counters = [
            (
                "passerelle_tm_hits_total",
                "Sentences found in the translation memory.",
                &c.hits,
            ),
            (
                "passerelle_tm_misses_total",
                "Sentences not found in the translation memory.",
                &c.misses,
            ),
            (
                "passerelle_tm_shared_total",
                "Missed sentences another request of this replica was translating, waited for.",
                &c.shared,
            ),
            (
                "passerelle_tm_errors_total",
                "Translation memory lookups or stores that failed (the request went on without it).",
                &c.memory_errors,
            ),
            (
                "passerelle_backend_sentences_total",
                "Sentences sent to the translation backend.",
                &c.backend_sentences,
            ),
            (
                "passerelle_backend_errors_total",
                "Translation backend calls that failed.",
                &c.backend_errors,
            ),
        ];
        for (name, help, value) in counters {
            header(&mut out, name, "counter", help);
            let _ = writeln!(out, "{name} {}", Counters::get(value));
        }
        gauge(
            &mut out,
            "passerelle_tm_up",
            "1 when the translation memory's last operation succeeded.",
            u64::from(!c.memory_down.load(Ordering::Relaxed)),
        );
        out
    }
}

fn header(out: &mut String, name: &str, kind: &str, help: &str) {
    let _ = writeln!(out, "# HELP {name} {help}");
    let _ = writeln!(out, "# TYPE {name} {kind}");
}

/// The value of the sample `name` (with its labels written exactly as rendered, `{…}`
/// included) in a rendered page, for tests and the bench.
pub fn sample(page: &str, name: &str) -> Option<f64> {
    page.lines()
        .filter(|l| !l.starts_with('#'))
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(' ')?.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_counters_and_a_cumulative_histogram() {
        let counters = Arc::new(Counters::default());
        counters.hits.fetch_add(3, Ordering::Relaxed);
        let m = Metrics::new(counters);
        m.observe("/translate", 200, Duration::from_millis(3));
        m.observe("/translate", 200, Duration::from_millis(40));
        m.observe("/translate", 429, Duration::from_micros(100));
        let page = m.render(2, 0);
        let req = "passerelle_http_requests_total{route=\"/translate\",status=\"200\"}";
        assert_eq!(sample(&page, req), Some(2.0));
        let bucket = |le: &str| {
            sample(
                &page,
                &format!(
                    "passerelle_http_request_duration_seconds_bucket{{route=\"/translate\",status=\"200\",le=\"{le}\"}}"
                ),
            )
        };
        assert_eq!(bucket("0.001"), Some(0.0));
        assert_eq!(bucket("0.005"), Some(1.0));
        assert_eq!(bucket("0.05"), Some(2.0));
        assert_eq!(bucket("+Inf"), Some(2.0));
        assert_eq!(sample(&page, "passerelle_tm_hits_total"), Some(3.0));
        assert_eq!(sample(&page, "passerelle_requests_in_flight"), Some(2.0));
        assert_eq!(sample(&page, "passerelle_tm_up"), Some(1.0));
        // Every sample line is `name{labels} value` or `name value`, each metric declared.
        for line in page.lines().filter(|l| !l.starts_with('#')) {
            let name = line.split(['{', ' ']).next().unwrap();
            let family = name
                .trim_end_matches("_bucket")
                .trim_end_matches("_sum")
                .trim_end_matches("_count");
            assert!(
                page.contains(&format!("# TYPE {family} ")),
                "{line}: undeclared"
            );
            assert!(
                line.rsplit(' ').next().unwrap().parse::<f64>().is_ok(),
                "{line}"
            );
        }
    }
}
