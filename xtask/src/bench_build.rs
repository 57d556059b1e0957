//! `cargo xtask bench build [--runs N]`: what a user's first build costs.
//! Six crates, each built in a fresh, empty target directory (dev, then
//! release in another), then again with nothing changed (the no-op), all on
//! the default TLS stack (reqwest's rustls with aws-lc-rs):
//!
//! - **hand-written**: `bench/handwritten`, Send Message by hand (reqwest,
//!   serde, chrono, uuid), the yardstick;
//! - **one operation**: the packaged crate with its spec cut to the one
//!   operation Altur publishes a whole page for (every schema kept: the
//!   hand-written layer names them), its shipped source regenerated from it;
//! - **full spec**: the crate as `cargo package` makes it, as users get it;
//! - **altur-cli**: the `altur` command, from the workspace;
//! - **webhooks only**: the packaged crate with `default-features = false,
//!   features = ["webhooks"]`;
//! - **full spec + `schemars`**: the packaged crate with every type's
//!   `JsonSchema` derive, what the feature costs.
//!
//! Each figure is the wall time, the CPU time (user + system of every
//! process the build ran, from `/proc/self/stat`'s children times: far less
//! moved by other work on the machine) and the load average (1 minute) at
//! its end. The rows are built in turn within each run, the order reversed
//! between the dev and the release pass and from one run to the next, so
//! that a change of load falls on all of them; each run prints its table and
//! the ratios the goal names.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::bench::{Measure, TargetDir, dependency_count, measured, unpack_crate};

struct Row {
    name: &'static str,
    dir: PathBuf,
    package: &'static str,
    features: &'static [&'static str],
    /// The spec it is generated from; `None` for the hand-written client.
    spec: Option<PathBuf>,
}

#[derive(Default)]
struct Figures {
    dev: Measure,
    noop: Measure,
    release: Measure,
}

pub fn run(root: &Path, flags: &[&str]) -> Result<(), String> {
    let runs = match flags {
        [] => 2,
        ["--runs", n] => n
            .parse()
            .map_err(|_| format!("--runs takes a number, not `{n}`"))?,
        _ => return Err(format!("bench build: unexpected `{}`", flags.join(" "))),
    };
    // `cargo package` makes the crate a user downloads, with its lockfile;
    // the one-operation copy differs from it by altur.yaml and the source
    // generated from it.
    let packages = TargetDir::new("packages")?;
    let full = unpack_crate(root, &packages.0, "full")?;
    let one_operation = unpack_crate(root, &packages.0, "one-operation")?;
    write_one_operation(&one_operation, &published_only_spec(root)?)?;
    const WEBHOOKS_ONLY: &[&str] = &["--no-default-features", "--features", "webhooks"];
    const SCHEMARS: &[&str] = &["--features", "schemars"];
    let rows = [
        Row {
            name: "altur-handwritten",
            dir: root.to_owned(),
            package: "altur-handwritten",
            features: &[],
            spec: None,
        },
        Row {
            name: "altur-api, one operation, every schema",
            spec: Some(one_operation.join("altur.yaml")),
            dir: one_operation,
            package: "altur-api",
            features: &[],
        },
        Row {
            name: "altur-api, full spec",
            dir: full.clone(),
            package: "altur-api",
            features: &[],
            spec: Some(full.join("altur.yaml")),
        },
        // The `altur` command: the client and progenitor's CLI of the same
        // spec (its build script runs the generator), clap, and the webhook,
        // import and sandbox commands.
        Row {
            name: "altur-cli (`altur`)",
            dir: root.to_owned(),
            package: "altur-cli",
            features: &[],
            spec: Some(root.join("openapi/altur.yaml")),
        },
        Row {
            name: "altur-api, webhooks only",
            dir: full.clone(),
            package: "altur-api",
            features: WEBHOOKS_ONLY,
            spec: Some(full.join("altur.yaml")),
        },
        Row {
            name: "altur-api, full spec + `schemars`",
            dir: full.clone(),
            package: "altur-api",
            features: SCHEMARS,
            spec: Some(full.join("altur.yaml")),
        },
    ];
    let crates = rows
        .iter()
        .map(|row| dependency_count(&row.dir, row.package, row.features))
        .collect::<Result<Vec<_>, _>>()?;
    for run in 1..=runs {
        let mut order: Vec<usize> = (0..rows.len()).collect();
        if run % 2 == 0 {
            order.reverse();
        }
        let mut figures: Vec<Figures> = rows.iter().map(|_| Figures::default()).collect();
        for &index in &order {
            let row = &rows[index];
            let target = TargetDir::new(&format!("{index}-dev"))?;
            eprintln!("run {run}: {} (dev)", row.name);
            figures[index].dev = measured(build(row, false, &target.0))?;
            let stamp = build_script_stamp(&target.0, row.package);
            figures[index].noop = measured(build(row, false, &target.0))?;
            if stamp.is_some() && build_script_stamp(&target.0, row.package) != stamp {
                return Err(format!(
                    "{}: the build script ran again on a no-op rebuild",
                    row.name
                ));
            }
        }
        for &index in order.iter().rev() {
            let row = &rows[index];
            let target = TargetDir::new(&format!("{index}-release"))?;
            eprintln!("run {run}: {} (release)", row.name);
            figures[index].release = measured(build(row, true, &target.0))?;
        }
        print_run(run, &rows, &crates, &figures);
    }
    Ok(())
}

fn build(row: &Row, release: bool, target: &Path) -> Command {
    let mut build = crate::bench::build(&row.dir, row.package, row.features, target);
    if release {
        build.arg("--release");
    }
    build
}

fn print_run(run: usize, rows: &[Row], crates: &[usize], figures: &[Figures]) {
    let cell = |m: &Measure| {
        format!(
            "{:.1} s (CPU {:.1} s, load {:.1})",
            m.wall.as_secs_f64(),
            m.cpu.as_secs_f64(),
            m.load
        )
    };
    println!("\nrun {run}\n");
    println!("| crate | operations | clean dev | clean release | no-op | crates in the tree |");
    println!("|---|---|---|---|---|---|");
    for ((row, crates), f) in rows.iter().zip(crates).zip(figures) {
        let operations = row
            .spec
            .as_ref()
            .and_then(|spec| std::fs::read_to_string(spec).ok())
            .and_then(|spec| serde_norway::from_str(&spec).ok())
            .map(|spec| crate::openapi::operations(&spec).len().to_string())
            .unwrap_or_else(|| "1 (by hand)".into());
        println!(
            "| {} | {operations} | {} | {} | {:.2} s (CPU {:.2} s) | {crates} |",
            row.name,
            cell(&f.dev),
            cell(&f.release),
            f.noop.wall.as_secs_f64(),
            f.noop.cpu.as_secs_f64(),
        );
    }
    let [hand, one, full, cli, webhooks, schemars] = [0, 1, 2, 3, 4, 5].map(|i| &figures[i]);
    println!(
        "\n| ratio (wall; CPU) | clean dev | clean release | no-op | crates |\n|---|---|---|---|---|"
    );
    let ratio = |label: &str, a: &Figures, b: &Figures, crates_a: usize, crates_b: usize| {
        let of = |x: &Measure, y: &Measure| {
            format!(
                "{:.2}; {:.2}",
                x.wall.as_secs_f64() / y.wall.as_secs_f64(),
                x.cpu.as_secs_f64() / y.cpu.as_secs_f64()
            )
        };
        println!(
            "| {label} | {} | {} | {} | {:.2} |",
            of(&a.dev, &b.dev),
            of(&a.release, &b.release),
            of(&a.noop, &b.noop),
            crates_a as f64 / crates_b as f64
        );
    };
    ratio(
        "**full spec / hand-written** (goal: 1.25, no-op 1.1)",
        full,
        hand,
        crates[2],
        crates[0],
    );
    ratio(
        "one operation / hand-written",
        one,
        hand,
        crates[1],
        crates[0],
    );
    ratio("full spec / one operation", full, one, crates[2], crates[1]);
    ratio(
        "**webhooks only / full spec** (goal: at most 0.5)",
        webhooks,
        full,
        crates[4],
        crates[2],
    );
    ratio("altur-cli / full spec", cli, full, crates[3], crates[2]);
    ratio(
        "full spec + `schemars` / full spec",
        schemars,
        full,
        crates[5],
        crates[2],
    );
}

/// The one-operation copy: its spec replaced, and the shipped source
/// generated from that spec, as `cargo xtask spec build` would make it.
fn write_one_operation(dir: &Path, spec: &str) -> Result<(), String> {
    let spec_path = dir.join("altur.yaml");
    std::fs::write(&spec_path, spec).map_err(|e| format!("{}: {e}", spec_path.display()))?;
    crate::shipped_source::generate_for(dir, spec)?.update(dir, crate::files::Mode::Write)
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

/// When the package's build script last wrote its output, if it ran.
fn build_script_stamp(target: &Path, package: &str) -> Option<std::time::SystemTime> {
    std::fs::read_dir(target.join("debug/build"))
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
