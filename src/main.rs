//! The `passerelle` binary: parse arguments, run, print the error once, exit with its code.

use clap::Parser;
use passerelle::cli::{self, Cli, ExitCode};

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    match cli::run(cli) {
        Ok(code) => std::process::ExitCode::from(code as u8),
        Err(err) => {
            eprintln!("passerelle: {err:#}");
            let code = err
                .chain()
                .find_map(|e| e.downcast_ref::<passerelle::Error>())
                .map(|e| e.exit_code())
                .unwrap_or(ExitCode::Usage as u8);
            std::process::ExitCode::from(code)
        }
    }
}
