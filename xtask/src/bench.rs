//! `cargo xtask bench tls`: the clean build time of `altur-api` with each TLS
//! backend, measured in one run on one machine, so the figures compare.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const BACKENDS: [&str; 3] = ["rustls-ring", "rustls-aws-lc", "native-tls"];

pub fn tls(root: &Path) -> Result<(), String> {
    let mut rows = Vec::new();
    for backend in BACKENDS {
        let target = tempdir(backend)?;
        let mut build = cargo(root);
        build
            .args([
                "build",
                "--quiet",
                "--locked",
                "-p",
                "altur-api",
                "--no-default-features",
            ])
            .args(["--features", backend])
            .env("CARGO_TARGET_DIR", &target);
        let started = Instant::now();
        let status = build
            .status()
            .map_err(|e| format!("cannot run cargo: {e}"))?;
        let elapsed = started.elapsed();
        let _ = std::fs::remove_dir_all(&target);
        if !status.success() {
            // native-tls needs OpenSSL's headers; a machine without them
            // reports it instead of skipping the row silently.
            rows.push((backend, None, 0));
            continue;
        }
        rows.push((backend, Some(elapsed), dependency_count(root, backend)?));
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

fn cargo(root: &Path) -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command.current_dir(root);
    command
}

fn dependency_count(root: &Path, backend: &str) -> Result<usize, String> {
    let output = cargo(root)
        .args([
            "tree",
            "--locked",
            "-p",
            "altur-api",
            "--no-default-features",
            "--features",
            backend,
        ])
        .args(["-e", "normal,build", "--prefix", "none", "--no-dedupe"])
        .output()
        .map_err(|e| format!("cannot run cargo tree: {e}"))?;
    let text = String::from_utf8_lossy(&output.stdout);
    let mut crates: Vec<&str> = text.lines().filter_map(|l| l.split(" (").next()).collect();
    crates.sort_unstable();
    crates.dedup();
    Ok(crates.len())
}

fn tempdir(name: &str) -> Result<std::path::PathBuf, String> {
    let dir = std::env::temp_dir().join(format!("altur-bench-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    Ok(dir)
}
