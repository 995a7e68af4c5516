//! [`Secret`]: an API key that never prints, and [`redact_url`], which hides the credentials a
//! URL may carry.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A secret string (an API key). Its `Debug`, `Display` and `Serialize` never show the value;
/// [`Secret::expose`] is the one way to read it.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        let value = value.into();
        crate::redact::register(&value);
        Secret(value)
    }

    /// The secret value itself: only for putting it where the vendor expects it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// What a secret prints as, everywhere.
pub const REDACTED: &str = "<redacted>";

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Secret({REDACTED})")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

impl<'de> Deserialize<'de> for Secret {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Secret::new)
    }
}

impl Serialize for Secret {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(REDACTED)
    }
}

/// A URL with any `user:password@` and query string hidden (they may carry credentials).
pub fn redact_url(url: &str) -> String {
    let (base, had_query) = match url.split_once('?') {
        Some((b, _)) => (b, true),
        None => (url, false),
    };
    let mut out = match base.split_once("://") {
        Some((scheme, rest)) => {
            let (authority, path) = match rest.find('/') {
                Some(i) => rest.split_at(i),
                None => (rest, ""),
            };
            match authority.rsplit_once('@') {
                Some((_, host)) => format!("{scheme}://{REDACTED}@{host}{path}"),
                None => base.to_string(),
            }
        }
        None => base.to_string(),
    };
    if had_query {
        out.push('?');
        out.push_str(REDACTED);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redact_url_hides_credentials_only() {
        assert_eq!(
            redact_url("http://127.0.0.1:8080/v1"),
            "http://127.0.0.1:8080/v1"
        );
        assert_eq!(
            redact_url("https://u:p@h.example/x?key=1"),
            format!("https://{REDACTED}@h.example/x?{REDACTED}")
        );
    }
}
