//! Prism (`@stoplight/prism-cli`, installed from `tests/prism/package-lock.json`
//! by `npm ci --prefix tests/prism`), serving a spec on loopback: an
//! implementation of the spec that nobody here wrote.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running Prism mock server; killed when dropped.
pub struct Prism {
    pub url: String,
    child: Child,
}

impl Prism {
    /// Starts `prism mock --dynamic` on a free loopback port and waits until
    /// it accepts connections. Panics (the test fails, it is not skipped)
    /// when Prism is not installed.
    pub fn start(spec: &Path) -> Prism {
        let binary = binary();
        assert!(
            binary.exists(),
            "Prism is not installed at {}: run `npm ci --prefix tests/prism` (.ci/run does)",
            binary.display()
        );
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let child = Command::new(&binary)
            .args([
                "mock",
                "--dynamic",
                "--host",
                "127.0.0.1",
                "--port",
                &port.to_string(),
            ])
            .arg(spec)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", binary.display()));
        let mut prism = Prism {
            url: format!("http://127.0.0.1:{port}"),
            child,
        };
        let deadline = Instant::now() + Duration::from_secs(60);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Ok(Some(status)) = prism.child.try_wait() {
                panic!("Prism exited before listening: {status}");
            }
            assert!(
                Instant::now() < deadline,
                "Prism did not listen within 60 s"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        prism
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn binary() -> PathBuf {
    crate::workspace_root().join("tests/prism/node_modules/.bin/prism")
}
