//! Prism (`@stoplight/prism-cli`, pinned by `tests/prism/package-lock.json`),
//! serving a spec on loopback: an implementation of the spec that nobody here
//! wrote. The first test that needs it installs it with `npm ci`, once, and
//! with it the package's other judge, swagger-parser
//! ([`openapi_validator`](crate::openapi_validator)).

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::npm;

/// A running Prism, mocking the spec or proxying to a server of it; killed
/// when dropped.
pub struct Prism {
    pub url: String,
    child: Child,
    /// Prism's `Violation:` lines so far (proxy mode), each with its
    /// severity as Prism printed it.
    violations: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl Prism {
    /// Starts `prism mock --dynamic` on a free loopback port and waits until
    /// it accepts connections, installing Prism first if it is not yet.
    /// Panics (the test fails, it is never skipped) when that cannot be done.
    pub fn start(spec: &Path) -> Prism {
        Prism::start_with(spec, &["mock", "--dynamic"])
    }

    /// Starts `prism mock` answering with the spec's examples, the same on
    /// every request (Prism's random pages can contradict themselves: an
    /// empty page that says there is a next one).
    pub fn start_static(spec: &Path) -> Prism {
        Prism::start_with(spec, &["mock", "--dynamic=false"])
    }

    /// Starts `prism proxy` in front of `upstream`: every request passes to
    /// it unchecked (so that the server's own refusals are what a client
    /// sees), and every response is validated against the spec; one the
    /// spec does not allow is answered 500 by Prism (`--errors`) and kept
    /// among [`Prism::error_violations`].
    pub fn proxy(spec: &Path, upstream: &str) -> Prism {
        Prism::start_with(
            spec,
            &["proxy", "--errors", "--validate-request=false", upstream],
        )
    }

    /// The responses Prism found the spec does not allow (severity error),
    /// one line each; warnings (a status the operation does not document)
    /// are left out.
    pub fn error_violations(&self) -> Vec<String> {
        self.violations
            .lock()
            .expect("no thread panicked holding the lock")
            .iter()
            .filter(|line| !line.contains("warning"))
            .cloned()
            .collect()
    }

    /// Every `Violation:` line, warnings included.
    pub fn violations(&self) -> Vec<String> {
        self.violations
            .lock()
            .expect("no thread panicked holding the lock")
            .clone()
    }

    fn start_with(spec: &Path, mode: &[&str]) -> Prism {
        let binary = install().binary;
        // A free port can be taken by another test's Prism between our
        // choosing it and Prism binding it; only Prism's own word that it
        // listens tells ours apart, so on a lost race try another port.
        for _ in 0..5 {
            if let Some(prism) = Prism::try_start(&binary, spec, mode) {
                return prism;
            }
        }
        panic!("Prism exited before listening, five times: see its output above");
    }

    fn try_start(binary: &Path, spec: &Path, mode: &[&str]) -> Option<Prism> {
        use std::io::BufRead;
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        // `prism proxy <spec> <upstream>`, `prism mock <spec>`.
        let (command, rest) = mode.split_first().expect("a mode");
        let (upstream, flags): (Vec<&str>, Vec<&str>) =
            rest.iter().partition(|arg| arg.starts_with("http"));
        let mut child = Command::new(binary)
            .arg(command)
            .args(&flags)
            .args(["--host", "127.0.0.1", "--port", &port.to_string()])
            .arg(spec)
            .args(&upstream)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", binary.display()));
        let stdout = child.stdout.take().expect("piped");
        let (listening, told) = std::sync::mpsc::channel();
        let violations = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let kept = violations.clone();
        // Reads Prism's output to its end, so that Prism never blocks on a
        // full pipe; says when Prism reports that it listens; keeps its
        // violations.
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
            {
                if line.contains("Prism is listening") {
                    let _ = listening.send(());
                } else if line.contains("Violation:") {
                    kept.lock()
                        .expect("no thread panicked holding the lock")
                        .push(line);
                }
            }
        });
        let mut prism = Prism {
            url: format!("http://127.0.0.1:{port}"),
            child,
            violations,
        };
        match told.recv_timeout(Duration::from_secs(60)) {
            Ok(()) if TcpStream::connect(("127.0.0.1", port)).is_ok() => Some(prism),
            Ok(()) => None,
            Err(_) => {
                if let Ok(Some(status)) = prism.child.try_wait() {
                    eprintln!("Prism exited before listening on port {port}: {status}");
                    return None;
                }
                panic!("Prism did not listen within 60 s");
            }
        }
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Where Prism is, and whether this call had to install it.
pub struct Installed {
    pub binary: PathBuf,
    pub ran_npm: bool,
}

const WHO: &str = "Prism and swagger-parser";

/// Installs Prism and swagger-parser from the committed lockfile
/// (`tests/prism/package-lock.json`) unless that exact install is there
/// already ([`crate::npm`]).
pub fn install() -> Installed {
    let packages = npm::Packages::new("prism", WHO);
    let binary = packages.folder.join("node_modules/.bin/prism");
    let ran_npm = packages.install(|| binary.exists(), || {});
    Installed { binary, ran_npm }
}

/// The one-line failure when `tool` (node or npm) cannot be run with this
/// `PATH` (the process's own when `None`).
pub fn missing(tool: &str, path: Option<&std::ffi::OsStr>) -> Option<String> {
    npm::missing(tool, path, WHO)
}

/// Passes one request recorded by a loopback [`TestServer`](crate::server::TestServer)
/// on to Prism at `address` (`127.0.0.1:port`), without the headers named in
/// `drop` and with `extra` added, and answers with Prism's bytes: a proxy
/// that can lose the key, or ask Prism for an error (`Prefer: code=409`).
pub fn forward(
    address: &str,
    request: &crate::server::Recorded,
    extra: &[(&str, &str)],
    drop: &[&str],
) -> crate::server::Reply {
    use std::io::{Read, Write};
    let mut upstream = TcpStream::connect(address).expect("Prism listens");
    let mut head = format!(
        "{} {} HTTP/1.1\r\nconnection: close\r\n",
        request.method, request.path
    );
    for (name, value) in &request.headers {
        if name != "connection" && !drop.contains(&name.as_str()) {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
    }
    for (name, value) in extra {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    upstream
        .write_all(head.as_bytes())
        .and_then(|()| upstream.write_all(&request.body))
        .expect("Prism takes the request");
    let mut answer = Vec::new();
    upstream.read_to_end(&mut answer).expect("Prism answers");
    crate::server::Reply::Raw(answer)
}
