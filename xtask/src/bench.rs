//! Benchmarks run by hand, each measured in one run on one machine so that
//! the figures compare: `cargo xtask bench tls` (clean build per TLS
//! backend), `cargo xtask bench instructions` (callgrind), and the helpers
//! `cargo xtask bench build` (bench_build.rs) shares. The per-request and
//! decoding figures are `cargo bench -p altur-bench`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const BACKENDS: [&str; 3] = ["rustls-ring", "rustls-aws-lc", "native-tls"];

pub fn tls(root: &Path) -> Result<(), String> {
    let mut rows = Vec::new();
    for backend in BACKENDS {
        let features = ["--no-default-features", "--features", backend];
        let target = TargetDir::new(backend)?;
        let time = measured(build(root, "altur-api", &features, &target.0))
            .ok()
            .map(|m| m.wall);
        rows.push((
            backend,
            time,
            dependency_count(root, "altur-api", &features)?,
        ));
    }
    let baseline = rows
        .first()
        .and_then(|(_, time, _)| *time)
        .unwrap_or(Duration::from_secs(1));
    println!("| backend | clean build (dev) | vs rustls-ring | crates in the tree |");
    println!("|---|---|---|---|");
    for (backend, time, crates) in rows {
        match time {
            Some(time) => println!(
                "| {backend} | {:.1} s | {:.2}x | {crates} |",
                time.as_secs_f64(),
                time.as_secs_f64() / baseline.as_secs_f64()
            ),
            None => println!("| {backend} | build failed | - | - |"),
        }
    }
    Ok(())
}

/// `cargo package -p altur-api` of the working tree, unpacked into
/// `into/<name>/`.
pub(crate) fn unpack_crate(root: &Path, into: &Path, name: &str) -> Result<PathBuf, String> {
    let dir = into.join(name);
    crate::package::unpack_crate(root, &into.join("target"), &dir)?;
    Ok(dir)
}

/// A fresh, empty target directory, removed when dropped.
pub(crate) struct TargetDir(pub(crate) PathBuf);

impl TargetDir {
    pub(crate) fn new(name: &str) -> Result<TargetDir, String> {
        let dir = std::env::temp_dir().join(format!("altur-bench-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        Ok(TargetDir(dir))
    }
}

impl Drop for TargetDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub(crate) fn cargo(root: &Path) -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command.current_dir(root);
    command
}

/// `cargo build -p package` with `features`, into `target`.
pub(crate) fn build(dir: &Path, package: &str, features: &[&str], target: &Path) -> Command {
    let mut build = cargo(dir);
    build
        .args(["build", "--quiet", "--locked", "-p", package])
        .args(features)
        .env("CARGO_TARGET_DIR", target);
    build
}

/// How a build went: wall clock, CPU time of all it ran, load at its end.
#[derive(Clone, Copy, Default)]
pub struct Measure {
    pub wall: Duration,
    pub cpu: Duration,
    pub load: f64,
}

/// `cargo build` as given, measured.
pub fn measured(mut build: Command) -> Result<Measure, String> {
    let cpu_before = children_cpu()?;
    let started = Instant::now();
    let status = build
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let wall = started.elapsed();
    if !status.success() {
        return Err(format!("{build:?} failed"));
    }
    Ok(Measure {
        wall,
        cpu: children_cpu()?.saturating_sub(cpu_before),
        load: load_average(),
    })
}

/// User and system time of the children this process has waited for, and
/// of theirs (cargo waits for rustc, the linker and build scripts).
fn children_cpu() -> Result<Duration, String> {
    let stat = std::fs::read_to_string("/proc/self/stat")
        .map_err(|e| format!("/proc/self/stat (CPU times need Linux): {e}"))?;
    // Fields after the command's name, which is in parentheses: the state is
    // field 3, cutime and cstime are fields 16 and 17.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest.split_whitespace().collect())
        .unwrap_or_default();
    let ticks = |n: usize| fields.get(n - 3).and_then(|f| f.parse::<u64>().ok());
    let (Some(user), Some(system)) = (ticks(16), ticks(17)) else {
        return Err(format!("/proc/self/stat: unexpected form: {stat}"));
    };
    Ok(Duration::from_secs_f64(
        (user + system) as f64 / clock_ticks_per_second(),
    ))
}

fn clock_ticks_per_second() -> f64 {
    static TICKS: std::sync::OnceLock<f64> = std::sync::OnceLock::new();
    *TICKS.get_or_init(|| {
        Command::new("getconf")
            .arg("CLK_TCK")
            .output()
            .ok()
            .and_then(|out| String::from_utf8_lossy(&out.stdout).trim().parse().ok())
            .unwrap_or(100.0)
    })
}

/// The 1-minute load average.
fn load_average() -> f64 {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|text| text.split_whitespace().next()?.parse().ok())
        .unwrap_or(f64::NAN)
}

/// The crates of `cargo tree -e normal,build`, each counted once.
pub(crate) fn dependency_count(
    dir: &Path,
    package: &str,
    features: &[&str],
) -> Result<usize, String> {
    let output = cargo(dir)
        .args(["tree", "--locked", "-p", package])
        .args(features)
        .args(["-e", "normal,build", "--prefix", "none", "--no-dedupe"])
        .output()
        .map_err(|e| format!("cannot run cargo tree: {e}"))?;
    let text = String::from_utf8_lossy(&output.stdout);
    let mut crates: Vec<&str> = text.lines().filter_map(|l| l.split(" (").next()).collect();
    crates.sort_unstable();
    crates.dedup();
    Ok(crates.len())
}

/// Instructions per request, counted by callgrind: the generated client
/// against the hand-written one, per operation. Callgrind counts the same
/// on every run whatever else the machine does, where times drift.
pub fn instructions(root: &Path) -> Result<(), String> {
    const FEW: usize = 100;
    const MANY: usize = 600;
    let status = cargo(root)
        .args([
            "build",
            "--quiet",
            "--locked",
            "--release",
            "-p",
            "altur-bench",
            "--bin",
            "calls",
        ])
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err("cargo build -p altur-bench --bin calls failed".into());
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    let calls = target.join("release/calls");
    // The server is its own process, which callgrind does not trace: only
    // client code is counted.
    let mut server = Command::new(&calls)
        .arg("serve")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("{}: {e}", calls.display()))?;
    let mut url = String::new();
    if let Some(stdout) = server.stdout.take() {
        std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut url)
            .map_err(|e| format!("the server said nothing: {e}"))?;
    }
    let url = url.trim().to_owned();
    let count = |client: &str, operation: &str, n: usize| -> Result<u64, String> {
        let output = Command::new("valgrind")
            .args(["--tool=callgrind", "--callgrind-out-file=/dev/null"])
            .arg(&calls)
            .args([client, operation, &url, &n.to_string()])
            .output()
            .map_err(|e| format!("cannot run valgrind (is it installed?): {e}"))?;
        let stderr = String::from_utf8_lossy(&output.stderr);
        stderr
            .lines()
            .find_map(|line| line.split("Collected : ").nth(1))
            .and_then(|n| n.trim().parse().ok())
            .ok_or_else(|| format!("no instruction count from callgrind:\n{stderr}"))
    };
    // The difference between two run lengths leaves out start-up and
    // warm-up, which both runs share.
    let per_request = |client: &str, operation: &str| -> Result<f64, String> {
        let few = count(client, operation, FEW)?;
        let many = count(client, operation, MANY)?;
        Ok(many.saturating_sub(few) as f64 / (MANY - FEW) as f64)
    };
    let outcome = (|| {
        println!(
            "| operation | generated (retries on, the default) | generated, max_retries(0) | hand-written | generated / hand-written | max_retries(0) / hand-written | generated, spans exported (tracing-opentelemetry) | exported / generated |"
        );
        println!("|---|---|---|---|---|---|---|---|");
        for operation in ["send_message", "retrieve_thread", "list_campaign_contacts"] {
            let generated = per_request("generated", operation)?;
            let without_retries = per_request("generated-no-retries", operation)?;
            let handwritten = per_request("handwritten", operation)?;
            let traced = per_request("generated-traced", operation)?;
            println!(
                "| {operation} | {generated:.0} | {without_retries:.0} | {handwritten:.0} | {:.3} | {:.3} | {traced:.0} | {:.3} |",
                generated / handwritten,
                without_retries / handwritten,
                traced / generated
            );
        }
        Ok(())
    })();
    let _ = server.kill();
    let _ = server.wait();
    outcome
}
