//! Parsing and validating a config file: unknown keys (with the nearest valid one and its
//! line), kinds, `api_key_env` names, and the warnings about keys written in the file.

use std::ffi::OsString;
use std::path::Path;

use super::lookup::{expand_home, home_dir};
use super::{BackendConfig, Config};
use crate::translate::kinds::default_api_key_env;
use crate::translate::settings::NUMBER_RANGES;
use crate::Error;

/// The keys a struct accepts, read from its `Deserialize` impl (so fields added later are
/// known without a list to keep in step).
fn struct_fields<T: serde::de::DeserializeOwned>() -> &'static [&'static str] {
    use serde::de::{self, Visitor};
    struct Probe<'a>(&'a mut &'static [&'static str]);
    impl<'de> de::Deserializer<'de> for Probe<'_> {
        type Error = de::value::Error;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(de::Error::custom("not a struct"))
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _name: &'static str,
            fields: &'static [&'static str],
            _visitor: V,
        ) -> Result<V::Value, Self::Error> {
            *self.0 = fields;
            Err(de::Error::custom("probe"))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
            byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum
            identifier ignored_any
        }
    }
    let mut fields: &'static [&'static str] = &[];
    let _ = T::deserialize(Probe(&mut fields));
    fields
}

/// The keys accepted at the top level of a config file.
pub fn config_keys() -> &'static [&'static str] {
    struct_fields::<Config>()
}

/// The keys accepted in a `[backends.NAME]` table.
pub fn backend_keys() -> &'static [&'static str] {
    struct_fields::<BackendConfig>()
}

/// The candidate nearest to `word` (Damerau–Levenshtein, ties to the first), if it is close
/// enough to be a plausible typo.
pub fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word_lower = word.to_lowercase();
    let (best, distance) = candidates
        .into_iter()
        .map(|c| {
            (
                c,
                strsim::damerau_levenshtein(&word_lower, &c.to_lowercase()),
            )
        })
        .min_by_key(|&(_, d)| d)?;
    let limit = (word.chars().count().max(best.chars().count()) / 2).max(2);
    (distance <= limit).then_some(best)
}

/// The 1-based line of byte offset `at` in `text`.
pub(super) fn line_of(text: &str, at: usize) -> usize {
    text.as_bytes()[..at.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The line where `key` is assigned in table `table` (`None` = top level), when it can be
/// found by a plain scan (dotted keys and inline tables are not followed).
pub(super) fn locate_key(text: &str, table: Option<&str>, key: &str) -> Option<usize> {
    let mut current: Option<String> = None;
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.starts_with('[') {
            let name = line
                .trim_start_matches('[')
                .split(']')
                .next()
                .unwrap_or("")
                .trim();
            let parts: Vec<String> = name
                .split('.')
                .map(|p| p.trim().trim_matches('"').trim_matches('\'').to_string())
                .collect();
            current = Some(parts.join("."));
            continue;
        }
        let in_table = match (table, current.as_deref()) {
            (None, None) => true,
            (Some(want), Some(cur)) => want == cur,
            _ => false,
        };
        if !in_table {
            continue;
        }
        let Some((lhs, _)) = line.split_once('=') else {
            continue;
        };
        let lhs = lhs.trim().trim_matches('"').trim_matches('\'');
        if lhs == key {
            return Some(i + 1);
        }
    }
    None
}

/// A value of the wrong type said in plain words, where serde says it in Rust's
/// (`invalid type: string "x", expected f64`): `file:line: `key` in [table] must be a number,
/// not the string "x"`. `at` is the byte offset of the value; `None` when `message` is not
/// a type error or the key cannot be found.
pub(super) fn wrong_type(file: &str, text: &str, at: usize, message: &str) -> Option<String> {
    let rest = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))?;
    let (got, expected) = rest.rsplit_once(", expected ")?;
    let (table, key, in_list) = key_at(text, at)?;
    let line = line_of(text, at);
    let place = match table {
        Some(t) => format!("`{key}` in [{t}]"),
        None => format!("`{key}`"),
    };
    let mut expected = plain_kind(expected);
    if let Some((_, low, high, unit)) = NUMBER_RANGES.iter().find(|r| r.0 == key) {
        // A number key: its range too (a value past the type's limit lands here, not in
        // the range check).
        expected = format!("{expected} between {low} and {high}{unit}")
            .replace(" (0 or more) between", " between");
    }
    let got = plain_value(got);
    Some(if in_list {
        format!("{file}:{line}: {place} must be a list of strings; {got} is not {expected}")
    } else {
        format!("{file}:{line}: {place} must be {expected}, not {got}")
    })
}

/// What serde expected (a Rust type or its description), in plain words.
fn plain_kind(expected: &str) -> String {
    match expected.trim() {
        "f32" | "f64" => "a number",
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => "a whole number (0 or more)",
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => "a whole number",
        "a boolean" | "bool" => "true or false",
        // Every list of the config is a list of strings (paths, modes, argv).
        "a sequence" => "a list of strings",
        "a string" | "path string" | "a borrowed string" | "a character" => "a string",
        "a map" => "a table",
        other if other.starts_with("struct ") => "a table",
        other => other,
    }
    .to_string()
}

/// What serde found (`integer `3``, `string "x"`), in plain words; a long string is cut.
fn plain_value(got: &str) -> String {
    let got = got.trim();
    let quoted = |prefix: &str| {
        got.strip_prefix(prefix)
            .map(|v| v.trim_matches('`').to_string())
    };
    if let Some(v) = quoted("integer ")
        .or_else(|| quoted("floating point "))
        .or_else(|| quoted("boolean "))
    {
        return v;
    }
    if let Some(v) = got.strip_prefix("string ") {
        let v = v.trim_matches('"');
        return match v.char_indices().nth(40) {
            Some((cut, _)) => format!("the string \"{}…\"", &v[..cut]),
            None => format!("the string \"{v}\""),
        };
    }
    match got {
        "sequence" => "a list".into(),
        "map" => "a table".into(),
        other => other.to_string(),
    }
}

/// The table (`None` = top level) and key whose value holds byte offset `at`, and whether
/// `at` is inside a list (an element of the wrong type rather than the whole value).
fn key_at(text: &str, at: usize) -> Option<(Option<String>, String, bool)> {
    let at = at.min(text.len());
    let upto = &text[..at];
    let line_start = upto.rfind('\n').map_or(0, |i| i + 1);
    let mut lines = text[..line_start].lines().rev();
    // The line assigning the key: this one, or (a list over several lines) one above.
    let this_line = text[line_start..].lines().next().unwrap_or("");
    let (assignment, offset_in_value, multiline) = match this_line.split_once('=') {
        Some((lhs, rhs)) if !lhs.trim_start().starts_with('[') => {
            let value_start = line_start + lhs.len() + 1 + (rhs.len() - rhs.trim_start().len());
            (this_line.to_string(), at.saturating_sub(value_start), false)
        }
        _ => {
            let line = lines.by_ref().find(|l| l.contains('='))?;
            (line.to_string(), 1, true)
        }
    };
    let (lhs, rhs) = assignment.split_once('=')?;
    let key = lhs.trim().trim_matches('"').trim_matches('\'').to_string();
    let in_list = rhs.trim_start().starts_with('[') && (multiline || offset_in_value > 0);
    let table = lines.find_map(|l| {
        let l = l.trim();
        (l.starts_with('[') && !l.starts_with("[[")).then(|| {
            l.trim_start_matches('[')
                .split(']')
                .next()
                .unwrap_or("")
                .split('.')
                .map(|p| p.trim().trim_matches('"').trim_matches('\''))
                .collect::<Vec<_>>()
                .join(".")
        })
    });
    Some((table, key, in_list))
}

/// An environment variable name: letters, digits and `_`, not starting with a digit.
pub(super) fn is_env_name(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// A parsed file plus what the loader must still check about it.
pub(super) struct Parsed {
    pub(super) config: Config,
    /// Backends whose table holds `api_key` directly.
    pub(super) holds_key: Vec<String>,
}

pub(super) fn parse_inner(
    path: &Path,
    text: &str,
    env: &dyn Fn(&str) -> Option<OsString>,
) -> Result<Parsed, Error> {
    let file = path.display();
    let err = |message: String| Error::Config(message);
    let syntax = |e: toml::de::Error| {
        let message = e.message().trim().replace('\n', " ");
        if let Some(plain) = e
            .span()
            .and_then(|s| wrong_type(&file.to_string(), text, s.start, &message))
        {
            return err(plain);
        }
        let line = e
            .span()
            .map(|s| format!(" (line {})", line_of(text, s.start)))
            .unwrap_or_default();
        err(format!("{file}{line}: {message}"))
    };
    let table: toml::Table = toml::from_str(text).map_err(syntax)?;

    // Unknown keys, with the nearest valid key named.
    let unknown = |key: &str, table_name: Option<&str>, valid: &[&'static str]| {
        let line = locate_key(text, table_name, key)
            .map(|l| format!(" (line {l})"))
            .unwrap_or_default();
        let place = match table_name {
            None => format!("{file}{line}"),
            Some(t) => format!("[{t}] of {file}{line}"),
        };
        let hint = match nearest(key, valid.iter().copied()) {
            Some(near) => format!(", did you mean `{near}`?"),
            None => format!("; valid keys: {}", valid.join(", ")),
        };
        let belongs = if table_name.is_none() && backend_keys().contains(&key) {
            format!(" (`{key}` belongs in a [backends.NAME] table)")
        } else {
            String::new()
        };
        err(format!("unknown key `{key}` in {place}{hint}{belongs}"))
    };
    for key in table.keys() {
        if !config_keys().contains(&key.as_str()) {
            return Err(unknown(key, None, config_keys()));
        }
    }
    if let Some(backends) = table.get("backends") {
        let Some(backends) = backends.as_table() else {
            return Err(err(format!(
                "{file}: `backends` must be a table of tables, like [backends.deepl]"
            )));
        };
        for (name, section) in backends {
            let Some(section) = section.as_table() else {
                return Err(err(format!(
                    "{file}: `backends.{name}` must be a table ([backends.{name}] with a `kind`)"
                )));
            };
            for key in section.keys() {
                if !backend_keys().contains(&key.as_str()) {
                    return Err(unknown(
                        key,
                        Some(&format!("backends.{name}")),
                        backend_keys(),
                    ));
                }
            }
        }
    }

    // Types (missing fields, wrong types), with the line of the offending value.
    let mut config: Config = toml::from_str(text).map_err(syntax)?;

    let kinds = crate::translate::kinds::names();
    let mut holds_key = Vec::new();
    for (name, backend) in config.backends.iter_mut() {
        if backend.kind.is_empty() {
            if kinds.contains(&name.as_str()) {
                backend.kind = name.clone();
            } else {
                return Err(err(format!(
                    "[backends.{name}] of {file} has no `kind`; set kind to one of: {}",
                    kinds.join(", ")
                )));
            }
        }
        if !kinds.contains(&backend.kind.as_str()) {
            let hint = match nearest(&backend.kind, kinds.iter().copied()) {
                Some(near) => format!("did you mean `{near}`? "),
                None => String::new(),
            };
            return Err(err(format!(
                "unknown kind `{}` in [backends.{name}] of {file}; {hint}kinds: {}",
                backend.kind,
                kinds.join(", ")
            )));
        }
        // A key of another kind: an error naming the kinds that take it.
        if let (Some(kind), Some(section)) = (
            crate::translate::kinds::find(&backend.kind),
            table
                .get("backends")
                .and_then(|b| b.get(name.as_str()))
                .and_then(toml::Value::as_table),
        ) {
            if let Some(key) = section.keys().find(|k| !kind.keys.contains(&k.as_str())) {
                let table_name = format!("backends.{name}");
                let at = match locate_key(text, Some(&table_name), key) {
                    Some(line) => format!("{file}:{line}"),
                    None => file.to_string(),
                };
                return Err(err(format!(
                    "{at}: `{key}` in [{table_name}] is not a key of kind {:?} (it is read by: \
                     {}); remove it, or set the kind that reads it",
                    kind.name,
                    crate::translate::kinds::kinds_taking(key).join(", ")
                )));
            }
        }
        if let Some(var) = &backend.api_key_env {
            // Never echo the value: a user may have pasted the key itself here.
            if !is_env_name(var) {
                return Err(err(format!(
                    "`api_key_env` in [backends.{name}] of {file} must be the NAME of an \
                     environment variable (letters, digits, _), like {}; put the key itself in \
                     that variable",
                    default_api_key_env(&backend.kind).unwrap_or("MY_API_KEY")
                )));
            }
        }
        if let Err((key, message)) = backend.check_numbers() {
            let table = format!("backends.{name}");
            let at = match locate_key(text, Some(&table), key) {
                Some(line) => format!("{file}:{line}"),
                None => file.to_string(),
            };
            let message =
                message.replacen(&format!("`{key}`"), &format!("`{key}` in [{table}]"), 1);
            return Err(err(format!("{at}: {message}")));
        }
        if backend.api_key.is_some() {
            holds_key.push(name.clone());
        }
        if let Some(dir) = &backend.model_dir {
            backend.model_dir = Some(expand_home(dir, home_dir(env).as_deref()));
        }
    }
    if let Some(b) = &config.backend {
        if b.trim().is_empty() {
            return Err(err(format!("{file}: `backend` is empty")));
        }
    }
    let home = home_dir(env);
    for g in config.glossaries.iter_mut() {
        *g = expand_home(g, home.as_deref());
    }
    Ok(Parsed { config, holds_key })
}

/// The warnings about API keys written in a config file: always suggest `api_key_env`; when
/// the file is readable by group or others, also `chmod 600`.
pub(super) fn key_warnings(path: &Path, holds_key: &[String]) -> Vec<String> {
    if holds_key.is_empty() {
        return Vec::new();
    }
    let file = path.display();
    let tables = holds_key
        .iter()
        .map(|n| format!("[backends.{n}]"))
        .collect::<Vec<_>>()
        .join(", ");
    #[cfg(unix)]
    let readable_by_others = {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path)
            .map(|m| m.permissions().mode() & 0o044 != 0)
            .unwrap_or(false)
    };
    #[cfg(not(unix))]
    let readable_by_others = false;
    if readable_by_others {
        vec![format!(
            "{file} holds an API key ({tables}) and is readable by other users: move the key to \
             an environment variable named by `api_key_env`, or at least run `chmod 600 {file}`"
        )]
    } else {
        vec![format!(
            "{file} holds an API key ({tables}); prefer an environment variable named by \
             `api_key_env`"
        )]
    }
}
