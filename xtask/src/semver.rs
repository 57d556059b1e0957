//! `cargo xtask semver`: cargo-semver-checks, an independent judge, compares
//! the crate with the last release (`[workspace.metadata.release]`'s `rev`,
//! taken out of git into target/semver/baseline), and its verdict on the
//! generated code is held to the report's (`report`): every break it finds
//! in a generated item is one the report calls breaking, and every change
//! the report calls breaking that it has a lint for, it finds. Where they
//! disagree, the check fails naming the change.
//!
//! cargo-semver-checks is installed once (`cargo install --locked --debug`,
//! the version pinned here) under a file lock, as the tests install Prism.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::files::SPEC;
use crate::release;
use crate::report::{self, Report};

/// The version the project installs and reads the output of.
pub const VERSION: &str = "0.51.0";
use crate::codegen::shipped;

/// cargo-semver-checks' binary, installed if it is not (or another version
/// is): `cargo install` into `$CARGO_HOME/bin`, once, under a lock in
/// `target_dir`. Returns the binary and whether this call installed it.
pub fn install(target_dir: &Path) -> Result<(PathBuf, bool), String> {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .ok_or("neither CARGO_HOME nor HOME is set")?;
    let binary = home.join("bin/cargo-semver-checks");
    fs::create_dir_all(target_dir).map_err(|e| format!("{}: {e}", target_dir.display()))?;
    let lock = target_dir.join(".cargo-semver-checks.lock");
    let guard = fs::File::create(&lock)
        .and_then(|file| file.lock().map(|()| file))
        .map_err(|e| format!("cannot lock {}: {e}", lock.display()))?;
    let installed = Command::new(&binary)
        .args(["semver-checks", "--version"])
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains(VERSION));
    if !installed {
        eprintln!(
            "installing cargo-semver-checks {VERSION} from crates.io (cargo install --debug, once)"
        );
        let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
            .args([
                "install",
                "--locked",
                "--debug",
                "--version",
                VERSION,
                "cargo-semver-checks",
            ])
            // Debug info makes the build slower and the binary no better.
            .env("CARGO_PROFILE_DEV_DEBUG", "false")
            .stdin(Stdio::null())
            .status()
            .map_err(|e| format!("cannot run cargo install: {e}"))?;
        if !status.success() {
            return Err(format!(
                "`cargo install --locked --debug --version {VERSION} cargo-semver-checks` failed ({status})"
            ));
        }
    }
    drop(guard);
    Ok((binary, !installed))
}

/// The rustdoc JSON of altur-api in the workspace at `root` (default
/// features), built in `target_dir` and copied to `into`.
pub fn rustdoc_json(root: &Path, target_dir: &Path, into: &Path) -> Result<(), String> {
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args([
            "rustdoc",
            "-p",
            "altur-api",
            "--lib",
            "--locked",
            "--manifest-path",
        ])
        .arg(root.join("Cargo.toml"))
        .args([
            "--",
            "-Zunstable-options",
            "--output-format",
            "json",
            "--cap-lints",
            "allow",
        ])
        // rustdoc's JSON is unstable; cargo-semver-checks builds it this
        // same way.
        .env("RUSTC_BOOTSTRAP", "1")
        .env("CARGO_TARGET_DIR", target_dir)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run cargo rustdoc: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "the rustdoc JSON of altur-api in {} does not build:\n{}",
            root.display(),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    fs::copy(target_dir.join("doc/altur_api.json"), into)
        .map(|_| ())
        .map_err(|e| format!("{}: {e}", into.display()))
}

/// One break cargo-semver-checks found: its lint, and the line naming the
/// item (`field Message.priority in …/generated/types.rs:123`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub lint: String,
    pub item: String,
}

impl Finding {
    /// In the generated client, rather than the hand-written layer: a file
    /// of the shipped source (`altur-api/generated/types.rs`), or the same
    /// file as the `codegen` feature's build script writes it into `OUT_DIR`
    /// (`.../out/types.rs`). A break there is the spec's.
    pub fn generated(&self) -> bool {
        let path = self.item.rsplit(" in ").next().unwrap_or("");
        let path = path.rsplit_once(':').map_or(path, |(file, _line)| file);
        let mut parts = path.rsplit('/');
        let (file, dir) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
        (dir == shipped::DIR || dir == "out")
            && [shipped::TYPES, shipped::CLIENT, shipped::MOCK].contains(&file)
    }
}

/// The findings of cargo-semver-checks' human output: each `--- failure
/// LINT: ... ---` block, and the lines under its `Failed in:`.
pub fn findings(output: &str) -> Vec<Finding> {
    let mut found = Vec::new();
    let mut lint: Option<String> = None;
    let mut listing = false;
    for line in output.lines() {
        if let Some(rest) = line.strip_prefix("--- failure ") {
            lint = rest.split(':').next().map(str::to_owned);
            listing = false;
        } else if line.trim() == "Failed in:" {
            listing = true;
        } else if listing && line.starts_with("  ") && !line.trim().is_empty() {
            if let Some(lint) = &lint {
                found.push(Finding {
                    lint: lint.clone(),
                    item: line.trim().to_owned(),
                });
            }
        } else if listing {
            listing = false;
        }
    }
    found
}

/// Whether `item` (`Message`, `Client::send_message`) is named in a
/// finding's line, as a whole name.
fn names(finding: &str, item: &str) -> bool {
    finding.match_indices(item).any(|(at, _)| {
        let before = finding[..at].chars().next_back();
        let after = finding[at + item.len()..].chars().next();
        let part = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        !part(before) && !part(after)
    })
}

/// Where the report and cargo-semver-checks disagree, one line each.
pub fn disagreements(report: &Report, findings: &[Finding]) -> Vec<String> {
    let mut out = Vec::new();
    for finding in findings.iter().filter(|f| f.generated()) {
        let explained = report
            .changes()
            .filter(|c| c.breaking)
            .any(|c| c.items.iter().any(|item| names(&finding.item, item)));
        if !explained {
            out.push(format!(
                "cargo-semver-checks finds a break the report does not call breaking: {}: {}",
                finding.lint, finding.item
            ));
        }
    }
    for (title, changes) in &report.sections {
        for change in changes.iter().filter(|c| c.breaking && c.semver_sees) {
            let seen = findings
                .iter()
                .filter(|f| f.generated())
                .any(|f| change.items.iter().any(|item| names(&f.item, item)));
            if !seen {
                out.push(format!(
                    "the report calls `{}` ({title}) breaking, and cargo-semver-checks finds no break in {}",
                    change.line,
                    change.items.join(", ")
                ));
            }
        }
    }
    out
}

/// What `check` found.
pub struct Verdict {
    pub report: Report,
    pub findings: Vec<Finding>,
    /// cargo-semver-checks' whole output.
    pub output: String,
}

/// Compares the crate at `current` with the one at `baseline` (two
/// workspace folders), building both in `target_dir`; fails when
/// cargo-semver-checks and the report of their specs disagree.
pub fn check(current: &Path, baseline: &Path, target_dir: &Path) -> Result<Verdict, String> {
    let (binary, _) = install(target_dir)?;
    let dir = target_dir.join("semver");
    fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let (old_json, new_json) = (dir.join("baseline.json"), dir.join("current.json"));
    rustdoc_json(baseline, target_dir, &old_json)?;
    rustdoc_json(current, target_dir, &new_json)?;
    let output = Command::new(&binary)
        .args([
            "semver-checks",
            "--release-type",
            "minor",
            "--color",
            "never",
        ])
        .arg("--baseline-rustdoc")
        .arg(&old_json)
        .arg("--current-rustdoc")
        .arg(&new_json)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run {}: {e}", binary.display()))?;
    let output = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let read = |root: &Path| {
        fs::read_to_string(root.join(SPEC))
            .map_err(|e| format!("{}: {e}", root.join(SPEC).display()))
    };
    let report = report::changes(&read(baseline)?, &read(current)?)?;
    let findings = findings(&output);
    if findings.is_empty()
        && !output.contains("no semver update required")
        && !output.contains("Summary")
    {
        return Err(format!(
            "cargo-semver-checks said nothing this reads:\n{output}"
        ));
    }
    let disagree = disagreements(&report, &findings);
    if !disagree.is_empty() {
        return Err(format!(
            "cargo-semver-checks and the report of the spec's changes disagree:\n  {}\n\n{}\n{output}",
            disagree.join("\n  "),
            report.text()
        ));
    }
    Ok(Verdict {
        report,
        findings,
        output,
    })
}

/// `cargo xtask semver`: the workspace against the last release.
pub fn run(root: &Path) -> Result<(), String> {
    let released = release::released(root)?;
    let target_dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    let baseline = target_dir.join("semver/baseline");
    let _ = fs::remove_dir_all(&baseline);
    fs::create_dir_all(&baseline).map_err(|e| format!("{}: {e}", baseline.display()))?;
    // `git archive` reads the revision without touching the work tree or
    // the repository's list of worktrees.
    let archive = Command::new("git")
        .args(["archive", "--format=tar", &released.rev])
        .current_dir(root)
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run git: {e}"))?;
    let unpacked = Command::new("tar")
        .args(["-x", "-C"])
        .arg(&baseline)
        .stdin(archive.stdout.ok_or("git archive has no output")?)
        .status()
        .map_err(|e| format!("cannot run tar: {e}"))?;
    if !unpacked.success() {
        return Err(format!(
            "cannot take {} {} out of git (a shallow clone? fetch it)",
            released.version, released.rev
        ));
    }
    // Another version, so that cargo builds the baseline's crates as other
    // artifacts than the workspace's in the one target directory: it names
    // a workspace's crates by their path within it and their version.
    release::bump(
        &baseline,
        &format!("{}-baseline", released.version),
        "baseline",
    )?;
    let verdict = check(root, &baseline, &target_dir)?;
    let generated = verdict.findings.iter().filter(|f| f.generated()).count();
    println!(
        "cargo-semver-checks {VERSION}, altur-api against {} ({}): {} break(s), {generated} in generated code; the report of openapi/altur.yaml agrees",
        released.version,
        released.rev,
        verdict.findings.len()
    );
    for finding in &verdict.findings {
        println!("  {}: {}", finding.lint, finding.item);
    }
    print!("{}", verdict.report.text());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const OUTPUT: &str = "\
     Parsing altur-api v0.1.0 (current)
--- failure constructible_struct_adds_field: externally-constructible struct adds field ---

Description:
A pub struct constructible with a struct literal has a new pub field.
        ref: https://doc.rust-lang.org/reference/expressions/struct-expr.html

Failed in:
  field SendMessageBody.priority in /t/debug/build/altur-api-1/out/types.rs:2940
  field Error.hint in /w/altur-api/src/error.rs:40

--- failure enum_variant_added: enum variant added on exhaustive enum ---

Failed in:
  variant MessageType:Sticker in /w/altur-api/src/../generated/types.rs:2620
";

    fn report(old: &str, new: &str) -> Report {
        report::changes(old, new).unwrap()
    }

    const SPEC_OLD: &str = "paths:\n  /message:\n    post:\n      operationId: send_message\n      requestBody:\n        content:\n          application/json:\n            schema:\n              properties:\n                content: {type: string}\ncomponents:\n  schemas:\n    Message:\n      properties:\n        type: {type: string, enum: [text]}\n";

    #[test]
    fn reads_the_findings_and_tells_generated_from_hand_written() {
        let found = findings(OUTPUT);
        assert_eq!(
            found
                .iter()
                .map(|f| (f.lint.as_str(), f.generated()))
                .collect::<Vec<_>>(),
            [
                ("constructible_struct_adds_field", true),
                ("constructible_struct_adds_field", false),
                ("enum_variant_added", true)
            ]
        );
    }

    #[test]
    fn agreeing_on_every_change_is_no_disagreement() {
        let new = SPEC_OLD
            .replace("                content: {type: string}\n", "                content: {type: string}\n                priority: {type: integer}\n")
            .replace("enum: [text]", "enum: [text, sticker]");
        assert_eq!(
            disagreements(&report(SPEC_OLD, &new), &findings(OUTPUT)),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_break_the_report_misses_and_one_it_claims_alone_are_named() {
        // The report sees only the new enum value; cargo-semver-checks sees
        // the new field too. And the other way round.
        let new = SPEC_OLD.replace("enum: [text]", "enum: [text, sticker]");
        assert_eq!(
            disagreements(&report(SPEC_OLD, &new), &findings(OUTPUT)),
            [
                "cargo-semver-checks finds a break the report does not call breaking: constructible_struct_adds_field: field SendMessageBody.priority in /t/debug/build/altur-api-1/out/types.rs:2940"
            ]
        );
        let enum_only: Vec<Finding> = findings(OUTPUT)
            .into_iter()
            .filter(|f| f.lint == "enum_variant_added")
            .collect();
        let new = new.replace(
            "                content: {type: string}\n",
            "                content: {type: string}\n                priority: {type: integer}\n",
        );
        assert_eq!(
            disagreements(&report(SPEC_OLD, &new), &enum_only),
            [
                "the report calls `+ property `priority`: integer` (request body of POST /message) breaking, and cargo-semver-checks finds no break in SendMessageBody"
            ]
        );
    }

    #[test]
    fn names_are_matched_whole() {
        assert!(names("field Message.priority in x", "Message"));
        assert!(!names("field MessageType.x in x", "Message"));
        assert!(names(
            "Client::send_message, previously in",
            "Client::send_message"
        ));
    }
}
