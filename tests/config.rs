//! Integration tests for configuration (lookup order, precedence, validation, secrets),
//! `config init|show`, completions, the man page and `--version`, driving the binary.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use clap::CommandFactory;
use passerelle::cli::Cli;

/// Variables that would leak the developer's environment into a test.
mod common;

/// Cleared besides [`common`]'s: the user config is looked for under `HOME` here.
const SCRUB: &[&str] = &[
    "PASSERELLE_CONFIG",
    "PASSERELLE_BACKEND",
    "XDG_CONFIG_HOME",
    "DEEPL_AUTH_KEY",
    "OPENAI_API_KEY",
    "GOOGLE_API_KEY",
    "LIBRETRANSLATE_API_KEY",
];

/// A scratch directory used as cwd and HOME, so no real config is ever read.
struct Scratch {
    dir: tempfile::TempDir,
}

impl Scratch {
    fn new() -> Self {
        Scratch {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn write(&self, rel: &str, text: &str) -> PathBuf {
        let p = self.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, text).unwrap();
        p
    }

    fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("passerelle").unwrap();
        let every = common::OWN_VARIABLES.iter().copied();
        for v in SCRUB
            .iter()
            .copied()
            .chain(every)
            .chain(common::backend_variables())
        {
            c.env_remove(v);
        }
        c.env("HOME", self.path().join("home"));
        c.current_dir(self.path());
        c
    }
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(c: &mut Command) -> Run {
    let out = c.output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

/// `text` with every run of spaces made one (`config show` aligns its comments).
fn squash(text: &str) -> String {
    text.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The `backend = ...` line of `config show`, spaces squashed.
fn backend_line(r: &Run) -> String {
    assert_eq!(r.code, 0, "stderr: {}", r.stderr);
    squash(
        r.stdout
            .lines()
            .find(|l| l.starts_with("backend = "))
            .unwrap_or_else(|| panic!("no backend line in {}", r.stdout)),
    )
}

#[test]
fn config_show_never_prints_a_secret() {
    let s = Scratch::new();
    let env_key = "PLANTED-ENV-KEY-7f3a9c";
    let file_key = "PLANTED-FILE-KEY-41d2e8";
    let cfg = s.write(
        "secret.toml",
        &format!(
            "backend = \"deepl\"\n\n[backends.deepl]\nkind = \"deepl\"\napi_key = \"{file_key}\"\n\
             url = \"https://user:PLANTED-URL-PW@proxy.example/v2?auth_key=PLANTED-QUERY\"\n\n\
             [backends.llm]\nkind = \"openai\"\napi_key_env = \"LLM_KEY\"\n"
        ),
    );
    for args in [
        vec!["config", "show", "--config"],
        vec!["config", "show", "--backend", "llm", "--config"],
    ] {
        let r = run(s
            .cmd()
            .args(&args)
            .arg(&cfg)
            .env("DEEPL_AUTH_KEY", env_key)
            .env("LLM_KEY", env_key));
        assert_eq!(r.code, 0, "{}", r.stderr);
        let all = format!("{}{}", r.stdout, r.stderr);
        for secret in [env_key, file_key, "PLANTED-URL-PW", "PLANTED-QUERY"] {
            assert!(!all.contains(secret), "{secret} printed:\n{all}");
        }
        assert!(
            r.stdout.contains("api_key = \"<redacted>\""),
            "{}",
            r.stdout
        );
        assert!(
            r.stdout
                .contains("# env $DEEPL_AUTH_KEY (API key): set, value hidden"),
            "{}",
            r.stdout
        );
        assert!(
            r.stdout
                .contains("# env $LLM_KEY (API key): set, value hidden"),
            "{}",
            r.stdout
        );
    }
}

#[test]
fn unknown_config_key_is_an_error_naming_the_closest_key() {
    let s = Scratch::new();
    s.write(
        "passerelle.toml",
        "backend = \"apertium\"\nglosaries = []\n",
    );
    let r = run(s.cmd().args(["config", "show"]));
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr.trim(),
        "passerelle: config: unknown key `glosaries` in passerelle.toml (line 2), did you mean \
         `glossaries`?"
    );
    assert!(r.stdout.is_empty());

    s.write(
        "passerelle.toml",
        "[backends.deepl]\nkind = \"deepl\"\ntarget_language = \"EN-GB\"\n",
    );
    // Every command that reads the config rejects it, not only `config show`.
    let r = run(s.cmd().args(["backends"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains(
            "unknown key `target_language` in [backends.deepl] of passerelle.toml (line 3), did \
             you mean `target_lang`?"
        ),
        "{}",
        r.stderr
    );
    assert_eq!(r.stderr.trim().lines().count(), 1, "{}", r.stderr);
}

#[test]
fn unknown_backend_lists_configured_ones_and_kinds() {
    let s = Scratch::new();
    s.write(
        "passerelle.toml",
        "[backends.local-llm]\nkind = \"openai\"\nurl = \"http://localhost:11434/v1\"\n",
    );
    let r = run(s.cmd().args(["config", "show", "--backend", "local-lm"]));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("unknown backend \"local-lm\""),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("did you mean \"local-llm\"?"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("configured backends: local-llm (openai)"),
        "{}",
        r.stderr
    );
    for kind in passerelle::translate::kinds::names() {
        assert!(r.stderr.contains(kind), "{kind}: {}", r.stderr);
    }
    // From the environment too.
    let r = run(s
        .cmd()
        .args(["config", "show"])
        .env("PASSERELLE_BACKEND", "nope"));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("unknown backend \"nope\""),
        "{}",
        r.stderr
    );
}

#[test]
fn precedence_flag_over_env_over_file_over_default() {
    let s = Scratch::new();
    let show = || {
        let mut c = s.cmd();
        c.args(["config", "show"]);
        c
    };
    let r = run(&mut show());
    assert_eq!(
        backend_line(&r),
        format!(
            "backend = \"{}\" # default",
            passerelle::config::DEFAULT_BACKEND
        )
    );

    s.write("passerelle.toml", "backend = \"google\"\n");
    let r = run(&mut show());
    assert_eq!(
        backend_line(&r),
        "backend = \"google\" # file passerelle.toml"
    );

    let r = run(show().env("PASSERELLE_BACKEND", "openai"));
    assert_eq!(
        backend_line(&r),
        "backend = \"openai\" # env $PASSERELLE_BACKEND, over \"google\" in the file"
    );

    let r = run(show()
        .env("PASSERELLE_BACKEND", "openai")
        .args(["--backend", "deepl"]));
    assert_eq!(
        backend_line(&r),
        "backend = \"deepl\" # flag --backend, over \"google\" in the file"
    );
    // The backend in use is marked, and its defaults are shown though it has no table.
    assert!(
        squash(&r.stdout).contains(
            "[backends.deepl] # default (kind \"deepl\" with no table in the config); in use"
        ),
        "{}",
        r.stdout
    );
    assert!(
        squash(&r.stdout).contains("api_key_env = \"DEEPL_AUTH_KEY\" # default (kind deepl)"),
        "{}",
        r.stdout
    );

    // Config glossaries come first, then --glossary ones, each with its source.
    s.write("passerelle.toml", "glossaries = [\"~/terms.tsv\"]\n");
    let r = run(show().args(["--glossary", "extra.tsv"]));
    let home_terms = s.path().join("home/terms.tsv");
    assert!(
        r.stdout.contains(&format!("\"{}\",", home_terms.display())),
        "~ expanded: {}",
        r.stdout
    );
    let g = r.stdout.find("terms.tsv").unwrap();
    let e = r.stdout.find("\"extra.tsv\",").unwrap();
    assert!(g < e, "{}", r.stdout);
    assert!(r.stdout.contains("# flag --glossary"), "{}", r.stdout);
}

#[test]
fn lookup_order_config_flag_env_cwd_xdg_home() {
    let s = Scratch::new();
    let show = || {
        let mut c = s.cmd();
        c.args(["config", "show"]);
        c
    };
    // ~/.config/passerelle/config.toml when XDG_CONFIG_HOME is unset.
    s.write(
        "home/.config/passerelle/config.toml",
        "backend = \"marian\"\n",
    );
    let r = run(&mut show());
    assert!(backend_line(&r).contains("\"marian\""), "{}", r.stdout);
    assert!(r.stdout.contains("(user config)"), "{}", r.stdout);

    // $XDG_CONFIG_HOME wins over ~/.config.
    s.write("xdg/passerelle/config.toml", "backend = \"google\"\n");
    let xdg = s.path().join("xdg");
    let r = run(show().env("XDG_CONFIG_HOME", &xdg));
    assert!(backend_line(&r).contains("\"google\""), "{}", r.stdout);

    // ./passerelle.toml wins over the user config.
    s.write("passerelle.toml", "backend = \"command\"\n");
    let r = run(show().env("XDG_CONFIG_HOME", &xdg));
    assert!(backend_line(&r).contains("\"command\""), "{}", r.stdout);
    assert!(
        r.stdout
            .contains("# config file: passerelle.toml (current directory)"),
        "{}",
        r.stdout
    );

    // $PASSERELLE_CONFIG wins over ./passerelle.toml.
    let env_cfg = s.write("env.toml", "backend = \"openai\"\n");
    let r = run(show()
        .env("XDG_CONFIG_HOME", &xdg)
        .env("PASSERELLE_CONFIG", &env_cfg));
    assert!(backend_line(&r).contains("\"openai\""), "{}", r.stdout);

    // --config wins over everything.
    let flag_cfg = s.write("flag.toml", "backend = \"deepl\"\n");
    let r = run(show()
        .env("XDG_CONFIG_HOME", &xdg)
        .env("PASSERELLE_CONFIG", &env_cfg)
        .arg("--config")
        .arg(&flag_cfg));
    assert!(backend_line(&r).contains("\"deepl\""), "{}", r.stdout);

    // A file named explicitly must exist; the error names it and how it was named.
    let r = run(show().env("PASSERELLE_CONFIG", s.path().join("gone.toml")));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("gone.toml (from env $PASSERELLE_CONFIG): no such file"),
        "{}",
        r.stderr
    );
    let r = run(show().arg("--config").arg("missing.toml"));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("missing.toml (from flag --config): no such file"),
        "{}",
        r.stderr
    );
}

#[cfg(unix)]
#[test]
fn api_key_in_a_file_others_can_read_warns() {
    use std::os::unix::fs::PermissionsExt;
    let s = Scratch::new();
    let cfg = s.write(
        "passerelle.toml",
        "[backends.deepl]\nkind = \"deepl\"\napi_key = \"PLANTED-WARN-KEY\"\n",
    );
    std::fs::set_permissions(&cfg, std::fs::Permissions::from_mode(0o644)).unwrap();
    let r = run(s.cmd().args(["config", "show", "--backend", "deepl"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("passerelle: warning: passerelle.toml holds an API key"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("chmod 600 passerelle.toml") && r.stderr.contains("api_key_env"));
    assert!(!r.stderr.contains("PLANTED-WARN-KEY") && !r.stdout.contains("PLANTED-WARN-KEY"));
    // Private to the user: still a nudge towards api_key_env, no chmod advice.
    std::fs::set_permissions(&cfg, std::fs::Permissions::from_mode(0o600)).unwrap();
    let r = run(s.cmd().args(["config", "show", "--backend", "deepl"]));
    assert!(
        r.stderr.contains("prefer an environment variable"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("chmod"), "{}", r.stderr);
}

#[test]
fn config_init_writes_a_valid_starter_and_never_clobbers() {
    let s = Scratch::new();
    let r = run(s.cmd().args(["config", "init"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let user = s.path().join("home/.config/passerelle/config.toml");
    let text = std::fs::read_to_string(&user).unwrap();
    for kind in passerelle::translate::kinds::names() {
        // Active, or (a kind that needs the user's values) commented out whole.
        assert!(
            text.contains(&format!("\n[backends.{kind}]\nkind = \"{kind}\""))
                || text.contains(&format!("\n# [backends.{kind}]\n# kind = \"{kind}\"")),
            "{kind}"
        );
    }
    for var in [
        "DEEPL_AUTH_KEY",
        "OPENAI_API_KEY",
        "GOOGLE_API_KEY",
        "LIBRETRANSLATE_API_KEY",
    ] {
        assert!(text.contains(var), "{var}");
    }
    // The file it wrote is the one found next, and it is valid.
    let r = run(s.cmd().args(["config", "show"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("(user config)"), "{}", r.stdout);

    // An existing file is kept without --force.
    std::fs::write(&user, "backend = \"mine\"\n").unwrap();
    let r = run(s.cmd().args(["config", "init"]));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("already exists") && r.stderr.contains("--force"),
        "{}",
        r.stderr
    );
    assert_eq!(
        std::fs::read_to_string(&user).unwrap(),
        "backend = \"mine\"\n"
    );
    let r = run(s.cmd().args(["config", "init", "--force"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&user).unwrap(), text);

    // An explicit path, and `-` for stdout.
    let r = run(s.cmd().args(["config", "init", "./passerelle.toml"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        std::fs::read_to_string(s.path().join("passerelle.toml")).unwrap(),
        text
    );
    let r = run(s.cmd().args(["config", "init", "-"]));
    assert_eq!(r.stdout, text);
}

/// Issue 14 item 16: `config init` then `backends` shows no table "invalid" (the starter left
/// `[backends.command]` active with no command).
#[test]
fn backends_right_after_config_init_shows_nothing_invalid() {
    let s = Scratch::new();
    let xdg = s.path().join("xdg");
    let r = run(s
        .cmd()
        .env("XDG_CONFIG_HOME", &xdg)
        .args(["config", "init"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(xdg.join("passerelle/config.toml").is_file());
    // Offline: marian's check does not go looking for the hub.
    let r = run(s
        .cmd()
        .env("XDG_CONFIG_HOME", &xdg)
        .env("PASSERELLE_OFFLINE", "1")
        .arg("backends"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("NAME"), "{}", r.stdout);
    assert!(r.stdout.lines().count() > 5, "{}", r.stdout);
    for line in r.stdout.lines() {
        assert!(!line.contains("invalid"), "{line}\n{}", r.stdout);
    }
}

/// Issue 14 item 16: `config show` prints the effective value of every key that has one,
/// marked as a default where no file, variable or flag set it (it left out Apertium's chain,
/// the openai url and model, the LibreTranslate url).
#[test]
fn config_show_prints_effective_defaults_marked_as_defaults() {
    let s = Scratch::new();
    let show = |args: &[&str]| {
        let r = run(s.cmd().args(["config", "show"]).args(args));
        assert_eq!(r.code, 0, "{}", r.stderr);
        squash(&r.stdout)
    };
    let out = show(&["-b", "apertium"]);
    assert!(
        out.contains("chain = [\"fr-es\", \"spa-eng\"] # default (kind apertium)"),
        "{out}"
    );
    let out = show(&["-b", "openai"]);
    for line in [
        "url = \"https://api.openai.com/v1\" # default (kind openai)",
        "model = \"gpt-4o-mini\" # default (kind openai)",
        "timeout_seconds = 120.0 # default (kind openai)",
        "api_key_env = \"OPENAI_API_KEY\" # default (kind openai)",
    ] {
        assert!(out.contains(line), "{line}\n{out}");
    }
    let out = show(&["-b", "libretranslate"]);
    assert!(
        out.contains("url = \"http://127.0.0.1:5000\" # default (kind libretranslate)"),
        "{out}"
    );
    let out = show(&["-b", "deepl"]);
    assert!(
        out.contains("url = \"https://api.deepl.com\" # default (kind deepl; "),
        "{out}"
    );

    // A value the file sets is the file's, once; the ones it leaves out are still shown.
    let cfg = s.write(
        "team.toml",
        "[backends.llm]\nkind = \"openai\"\nmodel = \"mistral-small\"\n",
    );
    let cfg = cfg.to_str().unwrap();
    let out = show(&["--config", cfg, "-b", "llm"]);
    assert!(
        out.contains(&format!("model = \"mistral-small\" # file {cfg}")),
        "{out}"
    );
    assert_eq!(out.matches("\nmodel = ").count(), 1, "{out}");
    assert!(
        out.contains("url = \"https://api.openai.com/v1\" # default"),
        "{out}"
    );

    // marian's offline mode from the environment is shown as the environment's.
    let r = run(s
        .cmd()
        .args(["config", "show", "-b", "marian"])
        .env("PASSERELLE_OFFLINE", "1"));
    let out = squash(&r.stdout);
    assert!(
        out.contains("offline = true # env $PASSERELLE_OFFLINE"),
        "{out}"
    );
    assert!(
        out.contains("beam_size = 1 # default (kind marian)"),
        "{out}"
    );
}

/// Issue 14 item 16: a value of the wrong type is one line naming the file and line, the key
/// (and its table), and what it must be in plain words, not serde's Rust types
/// (`invalid type: string "x", expected f64`).
#[test]
fn config_type_errors_name_the_key_the_line_and_the_kind_in_plain_words() {
    let deepl = "[backends.d]\nkind = \"deepl\"\n";
    for (body, said) in [
        (
            format!("{deepl}timeout_seconds = \"x\"\n"),
            ":3: `timeout_seconds` in [backends.d] must be a number between 0.001 and 86400 \
             seconds, not the string \"x\"",
        ),
        (
            format!("{deepl}max_retries = -1\n"),
            ":3: `max_retries` in [backends.d] must be a whole number between 0 and 100, not -1",
        ),
        (
            format!("{deepl}concurrency = 1.5\n"),
            ":3: `concurrency` in [backends.d] must be a whole number between 1 and 256, not 1.5",
        ),
        (
            "[backends.a]\nkind = \"apertium\"\nchain = \"fr-es\"\n".to_string(),
            ":3: `chain` in [backends.a] must be a list of strings, not the string \"fr-es\"",
        ),
        (
            "[backends.c]\nkind = \"command\"\ncommand = 3\n".to_string(),
            ":3: `command` in [backends.c] must be a list of strings, not 3",
        ),
        (
            "glossaries = [\n  \"a.tsv\",\n  2,\n]\n".to_string(),
            ":3: `glossaries` must be a list of strings; 2 is not a string",
        ),
        (
            "[backends.m]\nkind = \"marian\"\noffline = \"yes\"\n".to_string(),
            ":3: `offline` in [backends.m] must be true or false, not the string \"yes\"",
        ),
        (
            "backend = 3\n".to_string(),
            ":1: `backend` must be a string, not 3",
        ),
        (
            format!("{deepl}url = {{ a = 1 }}\n"),
            ":3: `url` in [backends.d] must be a string, not a table",
        ),
    ] {
        let s = Scratch::new();
        s.write("passerelle.toml", &body);
        let r = run(s.cmd().args(["config", "show"]));
        assert_eq!(r.code, 2, "{body}: {}", r.stderr);
        assert!(
            r.stderr.contains(&format!("passerelle.toml{said}")),
            "{body}: {}",
            r.stderr
        );
        assert_eq!(r.stderr.trim().lines().count(), 1, "{}", r.stderr);
        for rust in [
            "f64",
            "u32",
            "usize",
            "sequence",
            "invalid type",
            "expected",
        ] {
            assert!(!r.stderr.contains(rust), "{rust}: {}", r.stderr);
        }
    }
}

/// Issue 14 item 16: messages in plain words: no raw `(os error N)`, no `:0:` for an error
/// tied to no line, a confidence that says what it is (it was a bare "(1.00)").
#[test]
fn error_messages_have_no_os_error_no_line_zero_and_no_bare_confidence() {
    let s = Scratch::new();
    s.write(
        "passerelle.toml",
        "[backends.cat]\nkind = \"command\"\ncommand = [\"cat\"]\n\n\
         [backends.lt]\nkind = \"libretranslate\"\nurl = \"http://127.0.0.1:9\"\n\
         max_retries = 0\n",
    );
    s.write("a.txt", "Le ministre a parlé mardi.\n");
    s.write(
        "en.txt",
        "The minister spoke on Tuesday about the budget and the economy of the country.\n",
    );
    let plain = |r: &Run, said: &str| {
        assert!(r.stderr.contains(said), "{said}: {}", r.stderr);
        assert!(!r.stderr.contains("os error"), "{}", r.stderr);
    };
    let r = run(s.cmd().args(["translate", "-b", "cat", "nope.txt"]));
    assert_ne!(r.code, 0);
    plain(&r, "nope.txt: no such file");
    let r = run(s
        .cmd()
        .args(["translate", "-b", "cat", "--glossary", "nope.tsv", "a.txt"]));
    assert_eq!(r.code, 2);
    plain(&r, "nope.tsv: no such file");
    assert!(!r.stderr.contains(":0:"), "{}", r.stderr);
    let r = run(s.cmd().args(["backends", "lt"]));
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(
        r.stdout.contains("(Connection refused)") && !r.stdout.contains("os error"),
        "{}",
        r.stdout
    );
    let r = run(s
        .cmd()
        .args(["translate", "-b", "cat", "--strict", "en.txt"]));
    assert_eq!(r.code, 2);
    plain(&r, "en.txt: input looks like English (confidence ");
    assert!(r.stderr.contains("%), not French"), "{}", r.stderr);
}

fn subcommand_names() -> Vec<String> {
    Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect()
}

#[test]
fn completions_mention_every_subcommand() {
    let s = Scratch::new();
    let names = subcommand_names();
    assert!(names.len() >= 8, "{names:?}");
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let r = run(s.cmd().args(["completions", shell]));
        assert_eq!(r.code, 0, "{shell}: {}", r.stderr);
        for name in &names {
            assert!(
                r.stdout.contains(name.as_str()),
                "{shell} completions miss {name}"
            );
        }
        assert!(r.stdout.contains("--backend"), "{shell}");
    }
    let r = run(s.cmd().args(["completions", "tcsh"]));
    assert_eq!(r.code, 2);
}

#[test]
fn man_page_mentions_every_subcommand() {
    let s = Scratch::new();
    let r = run(s.cmd().arg("man"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.starts_with(".ie") || r.stdout.starts_with(".TH"),
        "roff expected"
    );
    assert!(r.stdout.contains(".TH passerelle 1"));
    for name in subcommand_names() {
        assert!(
            r.stdout.contains(&format!(".SS \"passerelle {name}\"")),
            "man page misses {name}"
        );
    }
    for section in [".SH ENVIRONMENT", ".SH FILES", ".SH \"EXIT STATUS\""] {
        assert!(r.stdout.contains(section), "{section}");
    }
    // Where groff is installed, the page must format without a single warning.
    let page = s.write("passerelle.1", &r.stdout);
    if let Ok(out) = std::process::Command::new("groff")
        .args(["-man", "-ww", "-z"])
        .arg(&page)
        .output()
    {
        let warnings = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success() && warnings.is_empty(),
            "groff: {warnings}"
        );
    }
}

#[test]
fn version_shows_crate_version_and_commit_when_in_a_checkout() {
    let s = Scratch::new();
    let r = run(s.cmd().arg("--version"));
    assert_eq!(r.code, 0);
    let line = r.stdout.trim_end();
    let expected = format!("passerelle {}", env!("CARGO_PKG_VERSION"));
    assert!(line.starts_with(&expected), "{line}");
    let rest = &line[expected.len()..];
    let commit = std::process::Command::new("git")
        .args([
            "-C",
            env!("CARGO_MANIFEST_DIR"),
            "rev-parse",
            "--short=7",
            "HEAD",
        ])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string());
    match commit {
        Some(c) if std::env::var_os("PASSERELLE_GIT_COMMIT").is_none() => {
            assert_eq!(rest, format!(" ({c})"))
        }
        _ => assert!(
            rest.is_empty() || (rest.starts_with(" (") && rest.ends_with(')') && rest.len() > 3),
            "{line}"
        ),
    }
}

/// Numbers out of range in a backend table (issue 13: `timeout_seconds = 1e20` panicked) are
/// one line naming the file, the line and the range, exit 2, for every command that reads the
/// config, and nothing is written.
#[test]
fn numbers_out_of_range_are_one_line_with_file_and_line_and_exit_2() {
    for (key, value) in [
        ("timeout_seconds", "1e20"),
        ("max_retry_seconds", "1e20"),
        ("requests_per_second", "1e-300"),
        ("retry_base_seconds", "-1"),
        ("concurrency", "0"),
        ("batch_size", "0"),
    ] {
        let s = Scratch::new();
        s.write(
            "passerelle.toml",
            &format!(
                "backend = \"svc\"\n\n[backends.svc]\nkind = \"deepl\"\nurl = \"http://127.0.0.1:9\"\n\
                 {key} = {value}\n"
            ),
        );
        s.write("a.txt", "Le ministre a parlé mardi.\n");
        for args in [
            &["translate", "-o", "out.md", "a.txt"][..],
            &["brief", "a.txt"][..],
            &["config", "show"][..],
            &["backends"][..],
        ] {
            let r = run(s.cmd().args(args).env("DEEPL_AUTH_KEY", "k"));
            assert_eq!(r.code, 2, "{key} = {value}, {args:?}: {}", r.stderr);
            assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
            assert!(
                r.stderr.contains(&format!(
                    "passerelle.toml:6: `{key}` in [backends.svc] must be between "
                )),
                "{key} = {value}, {args:?}: {}",
                r.stderr
            );
            assert_eq!(r.stderr.trim().lines().count(), 1, "{}", r.stderr);
            assert!(!s.path().join("out.md").exists());
        }
    }
}

/// A key of another kind is an error naming the kinds that read it (it was accepted and
/// ignored: `beam_size` on a deepl backend).
#[test]
fn a_key_of_another_kind_names_the_kinds_that_take_it() {
    let s = Scratch::new();
    s.write(
        "passerelle.toml",
        "[backends.d]\nkind = \"deepl\"\nbeam_size = 4\n",
    );
    let r = run(s.cmd().args(["config", "show"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains(
            "passerelle.toml:3: `beam_size` in [backends.d] is not a key of kind \"deepl\" \
             (it is read by: marian)"
        ),
        "{}",
        r.stderr
    );
    s.write(
        "passerelle.toml",
        "[backends.a]\nkind = \"apertium\"\nurl = \"http://x\"\n",
    );
    let r = run(s.cmd().args(["config", "show"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("read by: deepl, libretranslate, openai, google"),
        "{}",
        r.stderr
    );
}
