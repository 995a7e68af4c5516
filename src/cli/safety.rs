//! The interrupt handler of the translating subcommands: on SIGINT or SIGTERM the temporary
//! files of outputs still being written are removed and the process exits 130 (SIGINT) or 143
//! (SIGTERM). (The language check that lived here is now [`crate::qa::language`], called by
//! the run engine.)

/// Installs the SIGINT/SIGTERM handler (once per process): on a signal, the temporary files
/// of [`crate::render::write_atomic`] still being written are removed, and the process exits
/// with 130 (SIGINT) or 143 (SIGTERM). Finished outputs are whole (they were renamed into
/// place after an fsync) and nothing partial remains.
#[cfg(unix)]
pub fn install_interrupt_handler() {
    use tokio::signal::unix::{signal, SignalKind};
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let Ok(rt) = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
        else {
            return;
        };
        // Registered here, before any output is written: from now on the signals are ours.
        let signals = {
            let _guard = rt.enter();
            (
                signal(SignalKind::interrupt()),
                signal(SignalKind::terminate()),
            )
        };
        let (Ok(mut int), Ok(mut term)) = signals else {
            return;
        };
        std::thread::spawn(move || {
            let code = rt.block_on(async {
                tokio::select! {
                    _ = int.recv() => 130,
                    _ = term.recv() => 143,
                }
            });
            crate::translate::process::kill_all();
            crate::render::remove_pending_temp_files();
            eprintln!("passerelle: interrupted; no partial output left");
            std::process::exit(code);
        });
    });
}

/// No signal handling outside Unix.
#[cfg(not(unix))]
pub fn install_interrupt_handler() {}
