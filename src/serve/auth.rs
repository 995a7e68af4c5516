//! API keys: read from the environment variable the config's `api_keys_env` names (several
//! keys separated by commas or whitespace), kept only as SHA-256 digests, and compared in
//! constant time (`subtle`), every key every time, so neither the timing of an answer nor its
//! content tells a client how close its key came.
//!
//! A client presents its key as `Authorization: Bearer KEY`, or as LibreTranslate clients do,
//! in the `api_key` field of a `/translate` body.

use axum::http::HeaderMap;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// The accepted keys (their digests). Empty: no key is asked for.
#[derive(Clone, Default)]
pub struct Keys(Vec<[u8; 32]>);

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Keys({} keys)", self.0.len())
    }
}

fn digest(key: &str) -> [u8; 32] {
    Sha256::digest(key.as_bytes()).into()
}

impl Keys {
    /// The keys in `value` (the variable's content), separated by commas or whitespace.
    pub fn parse(value: &str) -> Keys {
        Keys(
            value
                .split(|c: char| c == ',' || c.is_whitespace())
                .filter(|k| !k.is_empty())
                .map(digest)
                .collect(),
        )
    }

    /// The keys in the environment variable `var`: an error naming the variable (never its
    /// content) when it is unset or holds no key.
    pub fn from_env(var: &str) -> Result<Keys, crate::Error> {
        let keys = Keys::parse(&std::env::var(var).unwrap_or_default());
        if keys.is_empty() {
            return Err(crate::Error::Config(format!(
                "api_keys_env names {var}, which holds no key; set it (keys separated by commas)"
            )));
        }
        Ok(keys)
    }

    /// Whether no key is asked for.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether `presented` is one of the keys, in time that depends only on how many keys
    /// there are.
    pub fn accepts(&self, presented: &str) -> bool {
        let d = digest(presented);
        let mut any = subtle::Choice::from(0);
        for k in &self.0 {
            any |= k.ct_eq(&d);
        }
        any.into()
    }

    /// The verdict on a request: its bearer token, else `body_key` (LibreTranslate's
    /// `api_key`).
    pub fn check(&self, headers: &HeaderMap, body_key: Option<&str>) -> Verdict {
        if self.is_empty() {
            return Verdict::Open;
        }
        let bearer = headers
            .get(axum::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim);
        match bearer.or(body_key).filter(|k| !k.is_empty()) {
            None => Verdict::Missing,
            Some(k) if self.accepts(k) => Verdict::Open,
            Some(_) => Verdict::Wrong,
        }
    }
}

/// What [`Keys::check`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// No key needed, or a good one presented.
    Open,
    /// A key is needed and none was presented.
    Missing,
    /// The key presented is not one of them.
    Wrong,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_parsed_and_compared() {
        let keys = Keys::parse(" alpha-1, beta-2\n gamma-3 ,,");
        assert!(keys.accepts("alpha-1") && keys.accepts("beta-2") && keys.accepts("gamma-3"));
        assert!(!keys.accepts("alpha-") && !keys.accepts("alpha-12") && !keys.accepts(""));
        assert!(!format!("{keys:?}").contains("alpha"));
        assert!(Keys::parse(" , ").is_empty());
    }

    #[test]
    fn a_request_is_judged_by_its_bearer_token_or_body_key() {
        let keys = Keys::parse("k1");
        let mut h = HeaderMap::new();
        assert_eq!(keys.check(&h, None), Verdict::Missing);
        assert_eq!(keys.check(&h, Some("k1")), Verdict::Open);
        assert_eq!(keys.check(&h, Some("k2")), Verdict::Wrong);
        h.insert("authorization", "Bearer k1".parse().unwrap());
        assert_eq!(keys.check(&h, None), Verdict::Open);
        h.insert("authorization", "Bearer nope".parse().unwrap());
        assert_eq!(keys.check(&h, Some("k1")), Verdict::Wrong);
        assert_eq!(Keys::default().check(&h, None), Verdict::Open);
    }

    #[test]
    fn an_unset_variable_is_named_not_shown() {
        let err = Keys::from_env("PASSERELLE_TEST_NO_SUCH_KEYS_VAR")
            .unwrap_err()
            .to_string();
        assert!(err.contains("PASSERELLE_TEST_NO_SUCH_KEYS_VAR"), "{err}");
    }
}
