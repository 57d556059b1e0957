//! Build-time benchmarks, each measured in one run on one machine so that
//! the figures compare: `cargo xtask bench tls` (clean build per TLS backend)
//! and `cargo xtask bench build` (the crate from the full spec, from one
//! operation, one call written by hand, and the `altur` command). The
//! per-request and decoding figures are `cargo bench -p altur-bench`.

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

/// The crate as users build it, in three forms, and the `altur` command,
/// each in a fresh target directory: generated from the full spec,
/// generated from the one operation Altur publishes a whole document for
/// (every schema kept), the same one call written by hand, and altur-cli
/// built from the workspace.
pub fn build(root: &Path) -> Result<(), String> {
    struct Row {
        name: &'static str,
        dev: Duration,
        release: Duration,
        noop: Duration,
        crates: usize,
        operations: String,
    }
    // `cargo package` makes the crate a user downloads, with its lockfile;
    // the one-operation copy differs from it by altur.yaml alone.
    let packages = TargetDir::new("packages")?;
    let full = unpack_crate(root, &packages.0, "full")?;
    let one_operation = unpack_crate(root, &packages.0, "one-operation")?;
    std::fs::write(one_operation.join("altur.yaml"), published_only_spec(root)?)
        .map_err(|e| format!("cannot write the one-operation spec: {e}"))?;
    let workspace_spec = root.join("openapi/altur.yaml");
    // A service that only receives webhooks: the types and `webhook`.
    const WEBHOOKS_ONLY: &[&str] = &["--no-default-features", "--features", "webhooks"];
    // (row, where to build, package, features, the spec it is generated from)
    type Built<'a> = (
        &'static str,
        &'a Path,
        &'static str,
        &'static [&'static str],
        Option<PathBuf>,
    );
    let crates: [Built; 5] = [
        (
            "altur-api, full spec",
            &full,
            "altur-api",
            &[],
            Some(full.join("altur.yaml")),
        ),
        (
            "altur-api, one operation, every schema",
            &one_operation,
            "altur-api",
            &[],
            Some(one_operation.join("altur.yaml")),
        ),
        ("altur-handwritten", root, "altur-handwritten", &[], None),
        // The `altur` command: the client and progenitor's CLI of the same
        // spec, clap, and the webhook and import commands.
        (
            "altur-cli (`altur`)",
            root,
            "altur-cli",
            &[],
            Some(workspace_spec.clone()),
        ),
        (
            "altur-api, webhooks only (`default-features = false, features = [\"webhooks\"]`)",
            &full,
            "altur-api",
            WEBHOOKS_ONLY,
            Some(full.join("altur.yaml")),
        ),
    ];
    let mut rows = Vec::new();
    let mut build_script = None;
    let mut reran = None;
    for (index, (name, dir, package, features, spec)) in crates.into_iter().enumerate() {
        let dev_target = TargetDir::new(&format!("{index}-dev"))?;
        let dev = clean_build(dir, package, features, false, &dev_target.0)?;
        let stamp = build_script_stamp(&dev_target.0, package);
        let noop = clean_build(dir, package, features, false, &dev_target.0)?;
        if index == 0 {
            reran = Some(stamp.is_some() && build_script_stamp(&dev_target.0, package) != stamp);
            build_script = Some(time_build_script(dir, &dev_target.0)?);
        }
        drop(dev_target);
        let release_target = TargetDir::new(&format!("{index}-release"))?;
        let release = clean_build(dir, package, features, true, &release_target.0)?;
        rows.push(Row {
            name,
            dev,
            release,
            noop,
            crates: dependency_count(dir, package, features)?,
            operations: spec
                .and_then(|spec| std::fs::read_to_string(spec).ok())
                .map(|spec| spec.matches("operationId:").count().to_string())
                .unwrap_or_else(|| "1 (by hand)".into()),
        });
    }
    println!(
        "| crate | operations | clean build, dev | clean build, release | no-op rebuild | crates in the tree |"
    );
    println!("|---|---|---|---|---|---|");
    for row in &rows {
        println!(
            "| {} | {} | {:.1} s | {:.1} s | {:.2} s | {} |",
            row.name,
            row.operations,
            row.dev.as_secs_f64(),
            row.release.as_secs_f64(),
            row.noop.as_secs_f64(),
            row.crates
        );
    }
    let ratio = |label: &str, a: &Row, b: &Row| {
        println!(
            "| ratio {label} | | {:.2} | {:.2} | {:.2} | {:.2} |",
            a.dev.as_secs_f64() / b.dev.as_secs_f64(),
            a.release.as_secs_f64() / b.release.as_secs_f64(),
            a.noop.as_secs_f64() / b.noop.as_secs_f64(),
            a.crates as f64 / b.crates as f64
        );
    };
    ratio("full / one operation", &rows[0], &rows[1]);
    ratio("one operation / hand-written", &rows[1], &rows[2]);
    ratio("altur-cli / altur-api full", &rows[3], &rows[0]);
    ratio("webhooks only / altur-api full", &rows[4], &rows[0]);
    if let Some(time) = build_script {
        println!(
            "\naltur-api's build script alone, full spec (median of 5 runs): {:.3} s",
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

/// `cargo package -p altur-api` of the working tree, unpacked into
/// `into/<name>/`.
fn unpack_crate(root: &Path, into: &Path, name: &str) -> Result<PathBuf, String> {
    let target = into.join("target");
    let status = cargo(root)
        .args([
            "package",
            "--quiet",
            "--locked",
            "--allow-dirty",
            "--no-verify",
        ])
        .args(["-p", "altur-api"])
        .env("CARGO_TARGET_DIR", &target)
        .status()
        .map_err(|e| format!("cannot run cargo package: {e}"))?;
    if !status.success() {
        return Err("cargo package -p altur-api failed".into());
    }
    let archive = std::fs::read_dir(target.join("package"))
        .map_err(|e| e.to_string())?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .find(|path| path.extension().is_some_and(|ext| ext == "crate"))
        .ok_or("cargo package wrote no .crate file")?;
    let dir = into.join(name);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let status = Command::new("tar")
        .args(["xzf"])
        .arg(&archive)
        .args(["--strip-components", "1", "-C"])
        .arg(&dir)
        .status()
        .map_err(|e| format!("cannot run tar: {e}"))?;
    if !status.success() {
        return Err(format!("tar could not unpack {}", archive.display()));
    }
    Ok(dir)
}

/// The committed altur.yaml with its published operations alone (Send
/// Message, the one Altur publishes a whole document for) and every schema
/// kept: the crate's hand-written layer names some of the reconstructed
/// types (pages, webhook events), so the types stay and the row measures
/// what the operations cost.
fn published_only_spec(root: &Path) -> Result<String, String> {
    let path = root.join("openapi/altur.yaml");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut spec: serde_norway::Value =
        serde_norway::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let published = |operation: &serde_norway::Value| {
        operation
            .get("x-altur-source")
            .and_then(serde_norway::Value::as_str)
            .is_some_and(|source| source.starts_with("openapi/upstream/"))
    };
    let Some(paths) = spec.get_mut("paths").and_then(|p| p.as_mapping_mut()) else {
        return Err(format!("{}: no paths", path.display()));
    };
    paths.retain(|_, item| {
        item.as_mapping_mut().is_some_and(|operations| {
            operations.retain(|_, operation| !operation.is_mapping() || published(operation));
            operations.values().any(serde_norway::Value::is_mapping)
        })
    });
    serde_norway::to_string(&spec).map_err(|e| e.to_string())
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
    dir: &Path,
    package: &str,
    features: &[&str],
    release: bool,
    target: &Path,
) -> Result<Duration, String> {
    let mut build = cargo(dir);
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
fn time_build_script(crate_dir: &Path, target: &Path) -> Result<Duration, String> {
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
            .current_dir(crate_dir)
            .env("OUT_DIR", &out_dir.0)
            .env("CARGO_FEATURE_CLIENT", "1")
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

fn dependency_count(dir: &Path, package: &str, features: &[&str]) -> Result<usize, String> {
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
