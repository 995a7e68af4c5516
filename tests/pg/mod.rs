//! A throw-away PostgreSQL cluster for tests and the service load bench: `initdb` in a
//! temporary directory, `postgres` on a free loopback port (its socket in that directory too),
//! stopped and removed on drop. Debian's binaries (`/usr/lib/postgresql/*/bin`, not on PATH)
//! or any on PATH. PostgreSQL refuses to run as root: as root (CI), the cluster runs as the
//! `postgres` user Debian's package creates, through `setpriv`, in a directory it owns.
#![allow(dead_code)]

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running (or stopped) throw-away cluster.
pub struct Cluster {
    bin: PathBuf,
    dir: tempfile::TempDir,
    port: u16,
    server: Option<Child>,
    as_user: Option<(u32, u32)>,
}

/// The directory holding `initdb` and `postgres`.
fn bin_dir() -> PathBuf {
    let mut found: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path().join("bin"))
        .filter(|b| b.join("initdb").exists())
        .collect();
    found.sort();
    if let Some(b) = found.pop() {
        return b;
    }
    for dir in std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()) {
        if dir.join("initdb").exists() {
            return dir;
        }
    }
    panic!(
        "PostgreSQL is not installed (no initdb in /usr/lib/postgresql/*/bin or on PATH): \
         apt-get install postgresql"
    )
}

/// uid and gid of the `postgres` user, from /etc/passwd.
fn postgres_user() -> (u32, u32) {
    let passwd = std::fs::read_to_string("/etc/passwd").expect("/etc/passwd");
    passwd
        .lines()
        .find_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            (f.first() == Some(&"postgres")).then(|| (f[2].parse().unwrap(), f[3].parse().unwrap()))
        })
        .expect("running as root needs the `postgres` user (Debian's postgresql package)")
}

fn is_root() -> bool {
    // SAFETY: geteuid(2) cannot fail and touches no memory.
    unsafe { libc::geteuid() == 0 }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Cluster {
    /// Creates the cluster (user `passerelle`, trust auth on loopback, database `passerelle`)
    /// and starts it.
    pub fn start() -> Cluster {
        let bin = bin_dir();
        let dir = tempfile::Builder::new()
            .prefix("passerelle-pg-")
            .tempdir()
            .unwrap();
        let as_user = is_root().then(postgres_user);
        if let Some((uid, gid)) = as_user {
            std::os::unix::fs::chown(dir.path(), Some(uid), Some(gid)).unwrap();
        }
        let mut cluster = Cluster {
            bin,
            dir,
            port: free_port(),
            server: None,
            as_user,
        };
        let data = cluster.data();
        let out = cluster
            .command("initdb")
            .args([
                "-A",
                "trust",
                "-U",
                "passerelle",
                "-E",
                "UTF8",
                "--no-sync",
                "-D",
            ])
            .arg(&data)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "initdb failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        cluster.resume();
        let out = cluster
            .command("createdb")
            .args(["-h", "127.0.0.1", "-p", &cluster.port.to_string()])
            .args(["-U", "passerelle", "passerelle"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "createdb failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        cluster
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// A command for one of the cluster's programs, as the user that owns it.
    fn command(&self, program: &str) -> Command {
        let path = self.bin.join(program);
        let mut cmd = match self.as_user {
            Some((uid, gid)) => {
                let mut c = Command::new("setpriv");
                c.arg(format!("--reuid={uid}"))
                    .arg(format!("--regid={gid}"))
                    .arg("--clear-groups")
                    .arg("--")
                    .arg(path);
                c
            }
            None => Command::new(path),
        };
        cmd.current_dir(self.dir.path()).stdin(Stdio::null());
        cmd
    }

    /// The address clients use.
    pub fn url(&self) -> String {
        format!("postgres://passerelle@127.0.0.1:{}/passerelle", self.port)
    }

    /// Starts the server (again), on the same port and data, and waits until it accepts
    /// connections.
    pub fn resume(&mut self) {
        assert!(self.server.is_none(), "already running");
        let log = std::fs::File::create(self.dir.path().join("server.log")).unwrap();
        let child = self
            .command("postgres")
            .arg("-D")
            .arg(self.data())
            .args(["-p", &self.port.to_string()])
            .args(["-c", "listen_addresses=127.0.0.1"])
            .arg("-c")
            .arg(format!(
                "unix_socket_directories={}",
                self.dir.path().display()
            ))
            .args(["-c", "fsync=off", "-c", "max_connections=200"])
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap();
        self.server = Some(child);
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let ready = self
                .command("pg_isready")
                .args(["-h", "127.0.0.1", "-p", &self.port.to_string(), "-q"])
                .status()
                .map(|s| s.success())
                .unwrap_or(false);
            if ready {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "postgres did not start: {}",
                std::fs::read_to_string(self.dir.path().join("server.log")).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Stops the server (fast shutdown: open connections are closed), keeping its data.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.server.take() {
            // SIGINT: PostgreSQL's fast shutdown. setpriv execs, so the pid is postgres's.
            // SAFETY: kill(2) on a child of ours that has not been waited for yet.
            unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) };
            let _ = child.wait();
        }
    }

    /// Whether the server is running.
    pub fn running(&self) -> bool {
        self.server.is_some()
    }

    /// The cluster's directory.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        self.stop();
    }
}
