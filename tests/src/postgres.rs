//! A real Postgres server, for what spans machines (the webhook inbox): the
//! server binaries the embedded-postgres project packages for npm
//! (`@embedded-postgres/<platform>`, pinned by
//! `tests/postgres/package-lock.json`), installed by the first test that
//! needs them ([`crate::npm`]), once. Each test starts its own server, in a
//! fresh data folder, on a free loopback port, and stops it when done.
//! Postgres refuses to run as root: when the tests do (as in CI), the
//! server runs as `nobody`.

use std::io::BufRead;
use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock, mpsc};
use std::time::Duration;

use altur_api::webhook::inbox::postgres::tokio_postgres;

use crate::npm;

const WHO: &str = "Postgres (webhook inbox)";

/// A running Postgres; stopped, and its data folder removed, when dropped.
pub struct Postgres {
    pub port: u16,
    child: Child,
    folder: PathBuf,
    log: Arc<Mutex<Vec<String>>>,
}

/// Where the binaries are, and who runs them.
#[derive(Clone, Debug)]
pub struct Installed {
    /// The folder holding `bin/`, `lib/` and `share/`.
    pub native: PathBuf,
    /// The unprivileged user's ids when the tests run as root.
    pub run_as: Option<(u32, u32)>,
}

impl Postgres {
    /// A server for tests: no `fsync` (the server is never what a test
    /// kills, and a machine crash ends the test anyway).
    pub fn start() -> Postgres {
        Postgres::start_with(&["-c", "fsync=off"])
    }

    /// A server with Postgres's defaults (every commit synced), for
    /// benchmarks.
    pub fn start_durable() -> Postgres {
        Postgres::start_with(&[])
    }

    fn start_with(settings: &[&str]) -> Postgres {
        let installed = install();
        static STARTED: AtomicUsize = AtomicUsize::new(0);
        let folder = std::env::temp_dir().join(format!(
            "altur-postgres-{}-{}",
            std::process::id(),
            STARTED.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&folder);
        std::fs::create_dir_all(&folder).unwrap();
        if let Some((uid, gid)) = installed.run_as {
            std::os::unix::fs::chown(&folder, Some(uid), Some(gid)).unwrap();
        }
        let data = folder.join("data");
        let output = installed
            .command("initdb", &folder)
            .arg("-D")
            .arg(&data)
            .args(["-U", "postgres", "--auth=trust", "-E", "UTF8"])
            .args(["--no-locale", "--no-sync", "--no-instructions"])
            .output()
            .unwrap_or_else(|e| panic!("cannot run initdb: {e}"));
        assert!(
            output.status.success(),
            "initdb failed ({}): {}{}",
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        // A free port can be taken between our choosing it and Postgres
        // binding it: on a lost race, another port.
        for _ in 0..5 {
            if let Some(postgres) = Postgres::try_start(&installed, &folder, &data, settings) {
                return postgres;
            }
        }
        panic!("Postgres exited before listening, five times");
    }

    fn try_start(
        installed: &Installed,
        folder: &Path,
        data: &Path,
        settings: &[&str],
    ) -> Option<Postgres> {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let mut child = installed
            .command("postgres", folder)
            .arg("-D")
            .arg(data)
            .args(["-p", &port.to_string()])
            .args(["-c", "listen_addresses=127.0.0.1"])
            .args(["-c", "unix_socket_directories="])
            .args(["-c", "max_connections=200"])
            .args(settings)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start postgres: {e}"));
        let (ready, told) = mpsc::channel();
        let log = Arc::new(Mutex::new(Vec::new()));
        let kept = log.clone();
        let stderr = child.stderr.take().expect("piped");
        // Reads the server's log to its end, so that it never blocks on a
        // full pipe; says when it is ready.
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(stderr)
                .lines()
                .map_while(Result::ok)
            {
                if line.contains("database system is ready to accept connections") {
                    let _ = ready.send(());
                }
                kept.lock().unwrap().push(line);
            }
        });
        let postgres = Postgres {
            port,
            child,
            folder: folder.to_owned(),
            log,
        };
        match told.recv_timeout(Duration::from_secs(60)) {
            Ok(()) => Some(postgres),
            Err(_) => {
                let log = postgres.log().join("\n");
                let mut postgres = postgres;
                if let Ok(Some(status)) = postgres.child.try_wait() {
                    eprintln!("Postgres exited before listening on {port} ({status}):\n{log}");
                    // Its data folder is kept for the next try.
                    std::mem::forget(postgres);
                    return None;
                }
                panic!("Postgres did not say it was ready within 60 s:\n{log}");
            }
        }
    }

    /// `host=127.0.0.1 port=<port> user=postgres dbname=postgres`.
    pub fn config(&self) -> tokio_postgres::Config {
        let mut config = tokio_postgres::Config::new();
        config
            .host("127.0.0.1")
            .port(self.port)
            .user("postgres")
            .dbname("postgres");
        config
    }

    /// The same, as a URL.
    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    /// A connection of the test's own (its driver spawned on the runtime).
    pub async fn connect(&self) -> tokio_postgres::Client {
        let (client, connection) = self
            .config()
            .connect(tokio_postgres::NoTls)
            .await
            .unwrap_or_else(|e| panic!("cannot connect to the test's Postgres: {e}"));
        tokio::spawn(connection);
        client
    }

    /// The server's log so far.
    pub fn log(&self) -> Vec<String> {
        self.log.lock().unwrap().clone()
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        // Fast shutdown: the server ends its connections and stops; a
        // SIGKILL would leave its backends behind.
        let _ = Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status();
        for _ in 0..100 {
            if let Ok(Some(_)) = self.child.try_wait() {
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.folder);
    }
}

impl Installed {
    /// `bin/<program>`, run as the unprivileged user where needed, in
    /// `folder` (a working directory that user can enter).
    fn command(&self, program: &str, folder: &Path) -> Command {
        let mut command = Command::new(self.native.join("bin").join(program));
        command.current_dir(folder).stdin(Stdio::null());
        if let Some((uid, gid)) = self.run_as {
            command.gid(gid).uid(uid);
        }
        command
    }
}

/// The package of this machine's platform.
fn package() -> &'static str {
    match (std::env::consts::OS, std::env::consts::ARCH) {
        ("linux", "x86_64") => "linux-x64",
        ("linux", "aarch64") => "linux-arm64",
        ("macos", "aarch64") => "darwin-arm64",
        ("macos", "x86_64") => "darwin-x64",
        (os, arch) => panic!(
            "the webhook inbox tests need a Postgres server, and tests/postgres/package.json has \
             none for {os} {arch}: add the @embedded-postgres package of this platform"
        ),
    }
}

/// Installs the server (once per machine and lockfile), and says who runs
/// it.
pub fn install() -> Installed {
    static INSTALLED: OnceLock<Installed> = OnceLock::new();
    INSTALLED
        .get_or_init(|| {
            let mut packages = npm::Packages::new("postgres", WHO);
            // The package's one install script makes the library links its
            // tarball cannot hold; we make them, whatever npm's script
            // policy (`make_links`).
            packages.flags = &["--ignore-scripts"];
            let root = packages
                .folder
                .join("node_modules/@embedded-postgres")
                .join(package());
            let native = root.join("native");
            packages.install(
                || native.join("bin/postgres").exists() && make_links(&root, false),
                || {
                    make_links(&root, true);
                },
            );
            let run_as = unprivileged_user();
            let native = match run_as {
                Some(_) if !others_can_reach(&native) => copy_for_others(&native),
                _ => native,
            };
            Installed { native, run_as }
        })
        .clone()
}

/// Makes the links `native/pg-symlinks.json` lists (`libpq.so.5` ->
/// `libpq.so.5.17` ...), each relative to its folder, as the package's
/// install script does; with `make` false, only says whether they are
/// there.
fn make_links(root: &Path, make: bool) -> bool {
    #[derive(serde::Deserialize)]
    struct Link {
        source: String,
        target: String,
    }
    let listed = root.join("native/pg-symlinks.json");
    let links: Vec<Link> = match std::fs::read(&listed) {
        Ok(text) => {
            serde_json::from_slice(&text).unwrap_or_else(|e| panic!("{}: {e}", listed.display()))
        }
        Err(_) => return true,
    };
    let mut all = true;
    for link in links {
        let target = root.join(&link.target);
        if target.symlink_metadata().is_ok() {
            continue;
        }
        all = false;
        if make {
            let source = Path::new(&link.source)
                .file_name()
                .unwrap_or_else(|| panic!("{}: a link to no file", listed.display()));
            std::os::unix::fs::symlink(source, &target)
                .unwrap_or_else(|e| panic!("cannot link {}: {e}", target.display()));
        }
    }
    all
}

/// `nobody`'s ids when this process is root, else `None`.
fn unprivileged_user() -> Option<(u32, u32)> {
    let id = |args: &[&str]| -> Option<u32> {
        let output = Command::new("id").args(args).output().ok()?;
        String::from_utf8_lossy(&output.stdout).trim().parse().ok()
    };
    if id(&["-u"])? != 0 {
        return None;
    }
    Some((
        id(&["-u", "nobody"]).unwrap_or(65534),
        id(&["-g", "nobody"]).unwrap_or(65534),
    ))
}

/// Every folder from the root down to `path` lets others through.
fn others_can_reach(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.ancestors()
        .all(|folder| std::fs::metadata(folder).is_ok_and(|m| m.permissions().mode() & 0o001 != 0))
}

/// The binaries copied where the unprivileged user can run them (the
/// checkout sits under a folder only root may enter), once per version.
fn copy_for_others(native: &Path) -> PathBuf {
    let lockfile = std::fs::read(crate::workspace_root().join("tests/postgres/package-lock.json"))
        .expect("tests/postgres/package-lock.json");
    let stamp = format!("{:016x}", crate::rng::fnv1a(&lockfile));
    let copy = std::env::temp_dir().join(format!("altur-api-postgres-{stamp}"));
    if !copy.join("bin/postgres").exists() {
        let partial = copy.with_extension(format!("partial-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&partial);
        let status = Command::new("cp")
            .arg("-a")
            .arg(native)
            .arg(&partial)
            .status()
            .expect("cp runs");
        assert!(status.success(), "cannot copy {}", native.display());
        let status = Command::new("chmod")
            .arg("-R")
            .arg("a+rX")
            .arg(&partial)
            .status()
            .expect("chmod runs");
        assert!(status.success());
        // Another test binary may have finished first: either copy serves.
        if std::fs::rename(&partial, &copy).is_err() {
            let _ = std::fs::remove_dir_all(&partial);
        }
    }
    copy
}
