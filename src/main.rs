//! The `passerelle` binary: parse arguments, run, print the error once, exit with its code.

use passerelle::cli;

fn main() -> std::process::ExitCode {
    let cli = cli::parse();
    let code = match cli::run(cli) {
        Ok(code) => code,
        Err(err) => {
            let (code, print) = cli::exit_code_of(&err);
            if print {
                let line = format!("passerelle: {err:#}");
                eprintln!("{}", passerelle::redact::scrub(&line));
            }
            code
        }
    };
    std::process::ExitCode::from(code as u8)
}
