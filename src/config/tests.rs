//! Tests of the config module: parsing, lookup, keys, provenance, the starter config.

use std::collections::HashMap;
use std::ffi::OsString;
use std::path::PathBuf;

use super::lookup::*;
use super::validate::*;
use super::*;

fn p() -> PathBuf {
    PathBuf::from("passerelle.toml")
}

fn no_env(_: &str) -> Option<OsString> {
    None
}

fn parse(text: &str) -> Result<Parsed, Error> {
    parse_inner(&p(), text, &no_env)
}

fn message(r: Result<Parsed, Error>) -> String {
    match r {
        Ok(_) => panic!("expected an error"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn field_lists_come_from_the_structs() {
    assert_eq!(
        config_keys(),
        &["backend", "glossaries", "cache", "api_keys_env", "backends"]
    );
    for key in [
        "kind",
        "url",
        "api_key_env",
        "api_key",
        "chain",
        "command",
        "model_dir",
    ] {
        assert!(backend_keys().contains(&key), "{key}");
    }
}

#[test]
fn design_example_parses() {
    let text = r#"
backend = "deepl"
glossaries = ["~/terms/ukraine.tsv"]

[backends.deepl]
kind = "deepl"
api_key_env = "DEEPL_AUTH_KEY"

[backends.local-llm]
kind = "openai"
url = "http://localhost:11434/v1"
model = "mistral-small"

[backends.apertium]
kind = "apertium"
chain = ["fr-es", "spa-eng"]
"#;
    let env = |k: &str| (k == "HOME").then(|| OsString::from("/home/u"));
    let c = parse_inner(&p(), text, &env).unwrap().config;
    assert_eq!(c.backend.as_deref(), Some("deepl"));
    assert_eq!(
        c.glossaries,
        vec![PathBuf::from("/home/u/terms/ukraine.tsv")]
    );
    assert_eq!(c.backends["local-llm"].kind, "openai");
    assert_eq!(
        c.backends["apertium"].chain.as_deref(),
        Some(&["fr-es".to_string(), "spa-eng".to_string()][..])
    );
}

#[test]
fn unknown_top_level_key_names_the_nearest() {
    let m = message(parse("glosaries = []\n"));
    assert!(
        m.contains(
            "unknown key `glosaries` in passerelle.toml (line 1), did you mean `glossaries`?"
        ),
        "{m}"
    );
    let m = message(parse("\n\nbackned = \"x\"\n"));
    assert!(m.contains("(line 3)") && m.contains("`backend`?"), "{m}");
}

#[test]
fn unknown_backend_key_names_table_line_and_nearest() {
    let text = "[backends.deepl]\nkind = \"deepl\"\napi_kye_env = \"X\"\n";
    let m = message(parse(text));
    assert!(
        m.contains("unknown key `api_kye_env` in [backends.deepl] of passerelle.toml (line 3), did you mean `api_key_env`?"),
        "{m}"
    );
}

#[test]
fn backend_key_at_top_level_is_explained() {
    let m = message(parse("kind = \"deepl\"\n"));
    assert!(m.contains("belongs in a [backends.NAME] table"), "{m}");
}

#[test]
fn far_away_key_lists_the_valid_ones() {
    let m = message(parse("zzzzzzzzzzzz = 1\n"));
    assert!(
        m.contains("valid keys: backend, glossaries, cache, api_keys_env, backends"),
        "{m}"
    );
}

#[test]
fn syntax_and_type_errors_are_one_line_with_line_number() {
    let m = message(parse("backend = \n"));
    assert!(m.starts_with("config: passerelle.toml (line 1): "), "{m}");
    assert!(!m.contains('\n'), "{m}");
    let m = message(parse(
        "[backends.deepl]\nkind = \"deepl\"\nconcurrency = \"two\"\n",
    ));
    assert!(
        m.contains("passerelle.toml:3: `concurrency` in [backends.deepl] must be a whole number")
            && !m.contains('\n'),
        "{m}"
    );
}

#[test]
fn kind_is_inferred_from_a_kind_named_table_and_checked() {
    let c = parse("[backends.apertium]\nchain = [\"fr-es\", \"spa-eng\"]\n")
        .unwrap()
        .config;
    assert_eq!(c.backends["apertium"].kind, "apertium");
    let m = message(parse("[backends.mine]\nurl = \"http://x\"\n"));
    assert!(
        m.contains("[backends.mine] of passerelle.toml has no `kind`"),
        "{m}"
    );
    let m = message(parse("[backends.mine]\nkind = \"depl\"\n"));
    assert!(
        m.contains("unknown kind `depl`") && m.contains("did you mean `deepl`?"),
        "{m}"
    );
}

#[test]
fn api_key_env_holding_a_key_is_rejected_without_echoing_it() {
    let text = "[backends.deepl]\napi_key_env = \"1234-abcd-SECRET:fx\"\n";
    let m = message(parse(text));
    assert!(
        m.contains("must be the NAME of an environment variable"),
        "{m}"
    );
    assert!(!m.contains("SECRET"), "{m}");
}

#[test]
fn backend_precedence_flag_env_file_default() {
    let c = Config {
        backend: Some("deepl".into()),
        ..Default::default()
    };
    let env = |k: &str| (k == BACKEND_ENV).then(|| "openai".to_string());
    let none = |_: &str| None;
    let f = Some(Path::new("x.toml"));
    assert_eq!(
        c.backend_name_from(Some("google"), f, &env),
        ("google".into(), Source::Flag("--backend".into()))
    );
    assert_eq!(
        c.backend_name_from(None, f, &env),
        ("openai".into(), Source::Env(BACKEND_ENV.into()))
    );
    assert_eq!(
        c.backend_name_from(None, f, &none),
        ("deepl".into(), Source::File("x.toml".into()))
    );
    assert_eq!(
        Config::default().backend_name_from(None, None, &none),
        (DEFAULT_BACKEND.into(), Source::Default(String::new()))
    );
}

#[test]
fn unknown_backend_lists_configured_and_kinds() {
    let c = parse("[backends.local-llm]\nkind = \"openai\"\n")
        .unwrap()
        .config;
    let e = c.backend_config("local-lm").unwrap_err().to_string();
    assert!(e.contains("did you mean \"local-llm\"?"), "{e}");
    assert!(e.contains("configured backends: local-llm (openai)"), "{e}");
    assert!(e.contains("apertium") && e.contains("google"), "{e}");
    assert_eq!(c.backend_config("deepl").unwrap().kind, "deepl");
}

#[test]
fn xdg_config_home_is_honoured_else_dot_config() {
    let env = |k: &str| match k {
        "XDG_CONFIG_HOME" => Some(OsString::from("/xdg")),
        "HOME" => Some(OsString::from("/home/u")),
        _ => None,
    };
    assert_eq!(
        user_config_path_with(&env),
        Some(PathBuf::from("/xdg/passerelle/config.toml"))
    );
    let env = |k: &str| (k == "HOME").then(|| OsString::from("/home/u"));
    assert_eq!(
        user_config_path_with(&env),
        Some(PathBuf::from("/home/u/.config/passerelle/config.toml"))
    );
    // A relative XDG_CONFIG_HOME is invalid by the spec and ignored.
    let env = |k: &str| match k {
        "XDG_CONFIG_HOME" => Some(OsString::from("rel")),
        "HOME" => Some(OsString::from("/home/u")),
        _ => None,
    };
    assert_eq!(
        user_config_path_with(&env),
        Some(PathBuf::from("/home/u/.config/passerelle/config.toml"))
    );
}

#[test]
fn lookup_order_and_explicit_missing_file() {
    let dir = tempfile::tempdir().unwrap();
    let xdg = dir.path().join("xdg");
    std::fs::create_dir_all(xdg.join("passerelle")).unwrap();
    std::fs::write(xdg.join("passerelle/config.toml"), "backend = \"google\"\n").unwrap();
    let named = dir.path().join("named.toml");
    std::fs::write(&named, "backend = \"openai\"\n").unwrap();
    let mut vars: HashMap<&str, OsString> = HashMap::new();
    vars.insert("XDG_CONFIG_HOME", xdg.clone().into());
    let env = |k: &str| vars.get(k).cloned();
    // Nothing explicit: ./passerelle.toml (absent in the test's cwd) then XDG.
    let l = load_inner(None, &env).unwrap();
    assert_eq!(l.config.backend.as_deref(), Some("google"));
    assert_eq!(l.searched.len(), 2);
    assert!(!l.searched[0].2 && l.searched[1].2);
    // --config wins over everything.
    let l = load_inner(Some(&named), &env).unwrap();
    assert_eq!(l.config.backend.as_deref(), Some("openai"));
    assert_eq!(l.file.unwrap().found_by, Source::Flag("--config".into()));
    // $PASSERELLE_CONFIG wins over the default places; a missing one is an error.
    vars.insert(CONFIG_ENV, named.clone().into());
    let env = |k: &str| vars.get(k).cloned();
    let l = load_inner(None, &env).unwrap();
    assert_eq!(l.config.backend.as_deref(), Some("openai"));
    vars.insert(CONFIG_ENV, dir.path().join("missing.toml").into());
    let env = |k: &str| vars.get(k).cloned();
    let e = load_inner(None, &env).unwrap_err().to_string();
    assert!(
        e.contains("missing.toml (from env $PASSERELLE_CONFIG): no such file"),
        "{e}"
    );
    let e = load_inner(Some(&dir.path().join("nope.toml")), &env)
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("nope.toml (from flag --config): no such file"),
        "{e}"
    );
}

#[cfg(unix)]
#[test]
fn key_in_a_readable_file_warns_with_chmod() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.toml");
    std::fs::write(&path, "[backends.deepl]\napi_key = \"PLANTED\"\n").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let l = load_inner(Some(&path), &no_env).unwrap();
    assert_eq!(l.warnings.len(), 1);
    assert!(l.warnings[0].contains("chmod 600") && l.warnings[0].contains("api_key_env"));
    assert!(l.warnings[0].contains("c.toml") && !l.warnings[0].contains("PLANTED"));
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    let l = load_inner(Some(&path), &no_env).unwrap();
    assert!(!l.warnings[0].contains("chmod"), "{:?}", l.warnings);
    std::fs::write(&path, "[backends.deepl]\napi_key_env = \"K\"\n").unwrap();
    assert!(load_inner(Some(&path), &no_env)
        .unwrap()
        .warnings
        .is_empty());
}

#[test]
fn explain_reports_sources_and_hides_secrets() {
    let text = "backend = \"deepl\"\nglossaries = [\"a.tsv\"]\n[backends.deepl]\n\
                url = \"https://user:pw@proxy.example/v2?token=abc\"\napi_key = \"PLANTED\"\n";
    let c = parse(text).unwrap().config;
    let env = |k: &str| (k == "DEEPL_AUTH_KEY").then(|| "ENVKEY".to_string());
    let flags = Flags {
        backend: None,
        glossaries: vec!["b.tsv".into()],
        ..Flags::default()
    };
    let x = c
        .explain_with(&flags, Some(Path::new("c.toml")), &env)
        .unwrap();
    assert_eq!(x.backend.value, "\"deepl\"");
    assert_eq!(x.backend.source, Source::File("c.toml".into()));
    assert_eq!(
        x.glossaries[1],
        ("b.tsv".into(), Source::Flag("--glossary".into()))
    );
    let all = format!("{x:?}");
    for secret in ["PLANTED", "ENVKEY", "pw", "abc"] {
        assert!(!all.contains(secret), "{secret} in {all}");
    }
    let deepl = &x.backends[0];
    assert!(deepl
        .settings
        .iter()
        .any(|s| s.key == "api_key_env" && s.source == Source::Default("kind deepl".into())));
    assert!(deepl
        .env
        .iter()
        .any(|e| e.name == "DEEPL_AUTH_KEY" && e.set));
    // A kind used by name with no table is shown with its defaults.
    let x = c
        .explain_with(
            &Flags {
                backend: Some("apertium".into()),
                ..Flags::default()
            },
            None,
            &env,
        )
        .unwrap();
    assert_eq!(x.backends[0].name, "apertium");
    assert!(matches!(x.backends[0].source, Source::Default(_)));
}

#[test]
fn starter_config_parses_and_lists_every_kind_key_and_variable() {
    let text = Config::starter();
    for kind in crate::translate::kinds::names() {
        for v in kind_env_vars(kind) {
            assert!(text.contains(v.name), "{} not documented", v.name);
        }
    }
    for key in backend_keys() {
        assert!(
            text.contains(&format!("# {key} ")) || text.contains(&format!("\n{key} =")),
            "backend key `{key}` is not documented in the starter config"
        );
    }
    // Every commented example is a valid setting: uncomment them all and parse again.
    let uncommented = uncomment_examples(&text);
    assert_ne!(uncommented, text);
    let c = parse(&uncommented).unwrap_or_else(|e| panic!("{e}")).config;
    assert_eq!(c.backend.as_deref(), Some(DEFAULT_BACKEND));
    assert_eq!(c.backends["openai"].model.as_deref(), Some("mistral-small"));
    for kind in crate::translate::kinds::names() {
        assert_eq!(c.backends[kind].kind, kind, "a table for every kind");
    }
}

/// Issue 14 item 16: every table the starter leaves active builds as it stands (the
/// `command` table, which needs the user's program, is commented out), so `passerelle
/// backends` right after `config init` shows no backend "invalid".
#[test]
fn starter_config_active_tables_all_build() {
    let c = parse(&Config::starter()).unwrap().config;
    assert!(!c.backends.is_empty());
    for (name, b) in &c.backends {
        if let Err(e) = crate::translate::build_from(name, b) {
            panic!("[backends.{name}] of the starter config does not build: {e}");
        }
    }
}

#[test]
fn config_glossaries_come_first_and_resolve_from_the_config_dir() {
    let config = Config {
        glossaries: vec![PathBuf::from("terms.tsv"), PathBuf::from("/abs/x.tsv")],
        ..Default::default()
    };
    let files = config.glossary_files(
        Some(Path::new("/etc/passerelle/config.toml")),
        &[PathBuf::from("flag.tsv")],
    );
    assert_eq!(
        files,
        [
            PathBuf::from("/etc/passerelle/terms.tsv"),
            PathBuf::from("/abs/x.tsv"),
            PathBuf::from("flag.tsv")
        ]
    );
}

#[test]
fn resolve_puts_flags_over_environment_over_file_without_touching_the_process() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.toml");
    std::fs::write(
        &file,
        "backend = \"mt\"\nglossaries = [\"t.tsv\"]\n\n[backends.mt]\nkind = \"marian\"\n\
         model_dir = \"/from/file\"\noffline = false\n",
    )
    .unwrap();
    let mut vars: HashMap<&str, OsString> = HashMap::new();
    vars.insert(MODEL_DIR_ENV, "/from/env".into());
    vars.insert(OFFLINE_ENV, "yes".into());
    let env = |k: &str| vars.get(k).cloned();
    let mut flags = Flags {
        config: Some(file.clone()),
        glossaries: vec![PathBuf::from("g.tsv")],
        ..Flags::default()
    };
    // The file alone.
    let r = resolve(&flags, &no_env).unwrap();
    assert_eq!(r.backend, "mt");
    assert_eq!(r.backend_source, Source::File(file.clone()));
    assert_eq!(
        r.backend_config.model_dir,
        Some(PathBuf::from("/from/file"))
    );
    assert_eq!(r.backend_config.offline, Some(false));
    assert_eq!(
        r.glossaries,
        [dir.path().join("t.tsv"), PathBuf::from("g.tsv")]
    );
    // The environment over the file.
    let r = resolve(&flags, &env).unwrap();
    assert_eq!(r.backend_config.model_dir, Some(PathBuf::from("/from/env")));
    assert_eq!(r.backend_config.offline, Some(true));
    // The flags over the environment.
    flags.model_dir = Some(PathBuf::from("/from/flag"));
    flags.offline = true;
    vars.insert(OFFLINE_ENV, "0".into());
    let env = |k: &str| vars.get(k).cloned();
    let r = resolve(&flags, &env).unwrap();
    assert_eq!(
        r.backend_config.model_dir,
        Some(PathBuf::from("/from/flag"))
    );
    assert_eq!(r.backend_config.offline, Some(true));
    // `--quantize` over the file's `quantize` (none here: the backend's default).
    assert_eq!(r.backend_config.quantize, None);
    flags.quantize = Some("f32".into());
    let r = resolve(&flags, &env).unwrap();
    assert_eq!(r.backend_config.quantize.as_deref(), Some("f32"));
    // Nothing was exported to the process.
    assert!(std::env::var_os(MODEL_DIR_ENV).is_none_or(|v| v != "/from/flag"));
    // Another backend kind takes no marian settings.
    flags.backend = Some("apertium".into());
    let r = resolve(&flags, &env).unwrap();
    assert_eq!(
        (
            r.backend_config.model_dir,
            r.backend_config.offline,
            r.backend_config.quantize
        ),
        (None, None, None)
    );
    assert_eq!(r.backend_source, Source::Flag("--backend".into()));
}

#[test]
fn numbers_out_of_range_are_one_line_with_file_and_line() {
    for (key, value) in [
        ("timeout_seconds", "1e20"),
        ("max_retry_seconds", "1e20"),
        ("requests_per_second", "1e-300"),
        ("concurrency", "0"),
        ("max_retries", "4000000"),
    ] {
        let text = format!("[backends.svc]\nkind = \"deepl\"\n\n{key} = {value}\n");
        let e = message(parse(&text));
        assert!(
            e.starts_with(&format!(
                "config: passerelle.toml:4: `{key}` in [backends.svc] must be between "
            )),
            "{e}"
        );
        assert!(!e.contains('\n'), "{e}");
    }
}

#[test]
fn every_numeric_key_of_the_starter_config_has_a_range() {
    let text = Config::starter();
    let uncommented = uncomment_examples(&text);
    let table: toml::Table = toml::from_str(&uncommented).unwrap();
    let ranged: Vec<&str> = crate::translate::settings::NUMBER_RANGES
        .iter()
        .map(|r| r.0)
        .collect();
    let mut numeric = 0;
    for (_, section) in table["backends"].as_table().unwrap() {
        for (key, value) in section.as_table().unwrap() {
            if value.is_integer() || value.is_float() {
                numeric += 1;
                assert!(ranged.contains(&key.as_str()), "{key} has no range");
            }
        }
    }
    assert!(numeric >= 8, "{numeric}");
}

#[test]
fn secret_never_prints() {
    let text = "[backends.deepl]\napi_key = \"PLANTED-KEY-42\"\n";
    let parsed = parse(text).unwrap();
    assert_eq!(parsed.holds_key, vec!["deepl".to_string()]);
    let b = &parsed.config.backends["deepl"];
    assert_eq!(b.api_key.as_ref().unwrap().expose(), "PLANTED-KEY-42");
    let shown = format!(
        "{:?} {} {}",
        parsed.config,
        toml::to_string(&parsed.config).unwrap(),
        serde_json::to_string(&Secret::new("PLANTED-KEY-42")).unwrap()
    );
    assert!(!shown.contains("PLANTED-KEY-42"), "{shown}");
}

#[test]
fn the_environment_names_the_memory_before_the_config() {
    let config = Config {
        cache: Some("from-config.sqlite3".into()),
        ..Config::default()
    };
    let none = |_: &str| None;
    assert_eq!(
        cache_location(&config, &none).as_deref(),
        Some("from-config.sqlite3")
    );
    let set = |k: &str| (k == crate::cache::CACHE_ENV).then(|| "postgres://tm@db/tm".into());
    assert_eq!(
        cache_location(&config, &set).as_deref(),
        Some("postgres://tm@db/tm")
    );
    let home = |k: &str| match k {
        "PASSERELLE_CACHE" => Some("~/tm.sqlite3".into()),
        "HOME" => Some("/home/ana".into()),
        _ => None,
    };
    assert_eq!(
        cache_location(&config, &home).as_deref(),
        Some("/home/ana/tm.sqlite3")
    );
    let blank = |k: &str| (k == crate::cache::CACHE_ENV).then(|| " ".into());
    assert_eq!(cache_location(&Config::default(), &blank), None);
}

/// The starter config with every commented example (a `# [backends.…]` header or a
/// `# key = value` line) uncommented; prose comments stay comments.
fn uncomment_examples(text: &str) -> String {
    text.lines()
        .map(|l| match l.strip_prefix("# ") {
            Some(rest)
                if rest.starts_with("[backends.")
                    || rest
                        .split_once(" = ")
                        .is_some_and(|(k, _)| is_env_name(k) && k.to_lowercase() == k) =>
            {
                rest.to_string()
            }
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}
