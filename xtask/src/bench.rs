//! Build-time benchmarks, each measured in one run on one machine so that
//! the figures compare: `cargo xtask bench tls` (clean build per TLS backend)
//! and `cargo xtask bench build` (the generated crate against the same
//! client written by hand). The per-request and decoding figures are
//! `cargo bench -p altur-bench`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant, SystemTime};

const BACKENDS: [&str; 3] = ["rustls-ring", "rustls-aws-lc", "native-tls"];

pub fn tls(root: &Path) -> Result<(), String> {
    let mut rows = Vec::new();
    for backend in BACKENDS {
        let features = ["--no-default-features", "--features", backend];
        let target = TargetDir::new(backend)?;
        let time = clean_build(root, "altur-api", &features, false, &target.0).ok();
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

pub fn build(root: &Path) -> Result<(), String> {
    struct Row {
        package: &'static str,
        dev: Duration,
        release: Duration,
        noop: Duration,
        crates: usize,
    }
    let mut rows = Vec::new();
    let mut build_script = None;
    let mut reran = None;
    for package in ["altur-api", "altur-handwritten"] {
        let dev_target = TargetDir::new(&format!("{package}-dev"))?;
        let dev = clean_build(root, package, &[], false, &dev_target.0)?;
        let stamp = build_script_stamp(&dev_target.0, package);
        let noop = clean_build(root, package, &[], false, &dev_target.0)?;
        if package == "altur-api" {
            reran = Some(stamp.is_some() && build_script_stamp(&dev_target.0, package) != stamp);
            build_script = Some(time_build_script(root, &dev_target.0)?);
        }
        drop(dev_target);
        let release_target = TargetDir::new(&format!("{package}-release"))?;
        let release = clean_build(root, package, &[], true, &release_target.0)?;
        rows.push(Row {
            package,
            dev,
            release,
            noop,
            crates: dependency_count(root, package, &[])?,
        });
    }
    let (generated, handwritten) = (&rows[0], &rows[1]);
    println!(
        "| crate | clean build, dev | clean build, release | no-op rebuild | crates in the tree |"
    );
    println!("|---|---|---|---|---|");
    for row in &rows {
        println!(
            "| {} | {:.1} s | {:.1} s | {:.2} s | {} |",
            row.package,
            row.dev.as_secs_f64(),
            row.release.as_secs_f64(),
            row.noop.as_secs_f64(),
            row.crates
        );
    }
    println!(
        "| ratio generated / hand-written | {:.2} | {:.2} | {:.2} | {:.2} |",
        generated.dev.as_secs_f64() / handwritten.dev.as_secs_f64(),
        generated.release.as_secs_f64() / handwritten.release.as_secs_f64(),
        generated.noop.as_secs_f64() / handwritten.noop.as_secs_f64(),
        generated.crates as f64 / handwritten.crates as f64
    );
    if let Some(time) = build_script {
        println!(
            "\naltur-api's build script alone (median of 5 runs): {:.3} s",
            time.as_secs_f64()
        );
    }
    match reran {
        Some(false) => println!("no-op rebuild: the build script did not run again"),
        Some(true) => println!("no-op rebuild: THE BUILD SCRIPT RAN AGAIN"),
        None => {}
    }
    Ok(())
}

/// A fresh, empty target directory, removed when dropped.
struct TargetDir(PathBuf);

impl TargetDir {
    fn new(name: &str) -> Result<TargetDir, String> {
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

fn cargo(root: &Path) -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command.current_dir(root);
    command
}

fn clean_build(
    root: &Path,
    package: &str,
    features: &[&str],
    release: bool,
    target: &Path,
) -> Result<Duration, String> {
    let mut build = cargo(root);
    build
        .args(["build", "--quiet", "--locked", "-p", package])
        .args(features)
        .env("CARGO_TARGET_DIR", target);
    if release {
        build.arg("--release");
    }
    let started = Instant::now();
    let status = build
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err(format!(
            "cargo build -p {package} {} failed",
            features.join(" ")
        ));
    }
    Ok(started.elapsed())
}

/// When the build script last wrote its output, if it ran.
fn build_script_stamp(target: &Path, package: &str) -> Option<SystemTime> {
    let build_dir = target.join("debug/build");
    std::fs::read_dir(build_dir)
        .ok()?
        .filter_map(Result::ok)
        .filter(|entry| {
            entry
                .file_name()
                .to_string_lossy()
                .starts_with(&format!("{package}-"))
        })
        .filter_map(|entry| {
            std::fs::metadata(entry.path().join("output"))
                .and_then(|m| m.modified())
                .ok()
        })
        .max()
}

/// Runs the compiled build script by hand, as cargo would.
fn time_build_script(root: &Path, target: &Path) -> Result<Duration, String> {
    let script = std::fs::read_dir(target.join("debug/build"))
        .map_err(|e| e.to_string())?
        .filter_map(Result::ok)
        .filter(|entry| {
            entry
                .file_name()
                .to_string_lossy()
                .starts_with("altur-api-")
        })
        .map(|entry| entry.path().join("build-script-build"))
        .find(|path| path.exists())
        .ok_or("no compiled build script of altur-api")?;
    let out_dir = TargetDir::new("build-script-out")?;
    let mut times: Vec<Duration> = Vec::new();
    for _ in 0..5 {
        let started = Instant::now();
        let status = Command::new(&script)
            .current_dir(root.join("altur-api"))
            .env("OUT_DIR", &out_dir.0)
            .env("CARGO_FEATURE_RUSTLS_RING", "1")
            .stdout(std::process::Stdio::null())
            .status()
            .map_err(|e| format!("{}: {e}", script.display()))?;
        if !status.success() {
            return Err("the build script failed when run by hand".into());
        }
        times.push(started.elapsed());
    }
    times.sort();
    Ok(times[2])
}

fn dependency_count(root: &Path, package: &str, features: &[&str]) -> Result<usize, String> {
    let output = cargo(root)
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
