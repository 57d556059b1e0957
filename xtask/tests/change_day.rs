//! Change day, rehearsed: a next version of Altur's docs site
//! (`common::next_version_site`: a new operation without an operationId, a
//! request field turned required, a published document for an operation we
//! reconstructed, a schema two pages define two ways) refreshed into a copy
//! of this repository, walking the root README's "When the API changes".

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

use xtask::files::Mode;
use xtask::refresh::{self, Options};

mod common;
use common::*;

/// Where the copy builds: `<target>/change-day`, seeded from the target
/// directory this test was built in so that every compiled dependency is
/// reused. Not that directory itself: the `cargo test` running this holds
/// its lock until the tests end. The compiled crates are hard links (rustc
/// replaces a file it rebuilds rather than writing into it); cargo's
/// fingerprints and the build scripts' outputs, which are written in place,
/// are copies. Only once the copy's version is bumped are its crates other
/// artifacts than the workspace's: cargo names a workspace's crates by
/// their path within it and their version, not by where it is.
///
/// One test at a time: each seeds it anew, which would pull the compiled
/// crates from under another's build; hold the guard while it is in use.
fn target_dir() -> (PathBuf, MutexGuard<'static, ()>) {
    static IN_USE: Mutex<()> = Mutex::new(());
    let guard = IN_USE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let target = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("CARGO_TARGET_TMPDIR is <target>/tmp")
        .to_owned();
    let seeded = target.join("change-day");
    let profile = seeded.join("debug");
    std::fs::create_dir_all(&profile).unwrap();
    // Seeded anew each time: what an earlier run left may claim what the
    // crates of this build no longer are.
    for (dir, how) in [("deps", "-al"), (".fingerprint", "-a"), ("build", "-a")] {
        let _ = std::fs::remove_dir_all(profile.join(dir));
        let from = target.join("debug").join(dir);
        if from.exists() {
            let status = Command::new("cp")
                .arg(how)
                .arg(&from)
                .arg(&profile)
                .status()
                .expect("cp runs");
            assert!(status.success(), "cp {how} {} failed", from.display());
        }
    }
    (seeded, guard)
}

/// The repository's files as a fresh clone has them (tracked, and new ones
/// not ignored), copied into a scratch folder.
fn copy_of_the_repository(name: &str) -> Scratch {
    let copy = Scratch::new(name);
    let listed = Command::new("git")
        .args([
            "ls-files",
            "-z",
            "--cached",
            "--others",
            "--exclude-standard",
        ])
        .current_dir(workspace())
        .output()
        .expect("git runs");
    assert!(listed.status.success(), "git ls-files failed");
    for file in listed.stdout.split(|b| *b == 0).filter(|f| !f.is_empty()) {
        let file = Path::new(std::str::from_utf8(file).unwrap());
        let from = workspace().join(file);
        if std::fs::symlink_metadata(&from).is_err() {
            continue; // Deleted in the work tree, not yet in the index.
        }
        let to = copy.0.join(file);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        // The crates read the spec through links to openapi/altur.yaml:
        // kept links, they read the refreshed one.
        match std::fs::read_link(&from) {
            Ok(target) => std::os::unix::fs::symlink(target, &to).unwrap(),
            Err(_) => {
                std::fs::copy(&from, &to).unwrap();
            }
        }
    }
    copy
}

/// Step 1 of the runbook on the copy: `cargo xtask spec refresh --from
/// <site>/llms.txt`, what it says checked and printed.
fn refresh_the_copy(copy: &Path, site: &Path) -> refresh::Refreshed {
    let index = site.join("llms.txt");
    let refreshed = refresh::run(
        copy,
        index.to_str().unwrap(),
        &Options::default(),
        Mode::Write,
    )
    .unwrap_or_else(|e| panic!("the refresh needs no hand edit, yet: {e}"));
    println!("{}", refreshed.report);
    for line in refreshed.derived.iter().chain(&refreshed.superseded) {
        println!("{line}");
    }
    refreshed
}

#[test]
fn the_refresh_takes_the_next_version_without_a_hand_edit() {
    let copy = copy_of_the_repository("change-day-refresh");
    let site = next_version_site("change-day-refresh");
    let refreshed = refresh_the_copy(&copy.0, &site.0);

    // The new operation is named after its page, in the overlay.
    assert_eq!(
        refreshed.derived,
        [
            "GET /agents: operationId `list_agents`, derived from https://docs.altur.io/en/api-reference/agents/list"
        ]
    );
    let overlay = std::fs::read_to_string(copy.0.join("openapi/overlay.yaml")).unwrap();
    assert!(
        overlay.contains(
            "  - target: $.paths['/agents'].get\n    description: Altur publishes no operationId; \
             derived from its page (https://docs.altur.io/en/api-reference/agents/list) by `spec refresh`; \
             the generator names the method after it.\n    update:\n      operationId: list_agents\n"
        ),
        "{overlay}"
    );
    assert!(
        refreshed.report.contains("+ GET /agents (list_agents)"),
        "{}",
        refreshed.report
    );

    // The two Agents are one, their union.
    assert!(
        refreshed
            .warnings
            .iter()
            .any(|w| w.starts_with("`components.schemas.Agent`:")
                && w.contains("their union is kept")),
        "{:#?}",
        refreshed.warnings
    );

    // The superseded reconstruction: said, compared, what it added kept in
    // the overlay, and removed.
    let superseded = refreshed.superseded.join("\n");
    for expected in [
        "openapi/reconstructed/get_call_{id}.yaml is superseded: Altur publishes GET /call/{id}; delete the reconstruction",
        "GET /call/{id}: where Altur's document (",
        "+ property `cost`: number",
        "+ property `direction`: string",
        "! property `type` is now required",
    ] {
        assert!(superseded.contains(expected), "{expected}: {superseded}");
    }
    assert_eq!(
        refreshed.removed,
        ["openapi/reconstructed/get_call_{id}.yaml"]
    );
    assert!(
        !copy
            .0
            .join("openapi/reconstructed/get_call_{id}.yaml")
            .exists()
    );
    assert!(
        refreshed.overlay_actions > 1,
        "{}",
        refreshed.overlay_actions
    );
    assert!(
        overlay.contains(
            "  - target: $.components.schemas.Call.properties.id\n    description: Kept from \
             openapi/reconstructed/get_call_{id}.yaml (written from the facts sheet) when Altur \
             published GET /call/{id}, whose document lacks it (description).\n"
        ),
        "{overlay}"
    );
    let spec: serde_norway::Value = serde_norway::from_str(
        &std::fs::read_to_string(copy.0.join("openapi/altur.yaml")).unwrap(),
    )
    .unwrap();
    let status = &spec["components"]["schemas"]["CallStatus"];
    assert!(
        status.get("x-enum-descriptions").is_some(),
        "the enum meanings ours gave are kept: {status:?}"
    );
    // `spec build` makes the same spec from what the refresh wrote.
    xtask::spec::build(&copy.0, Mode::Check).unwrap();

    // The changelog entry, in a user's words, and the version.
    let changelog = std::fs::read_to_string(copy.0.join("CHANGELOG.md")).unwrap();
    for expected in [
        "- `Client::list_agents` (`GET /agents`): Returns the organization's Agents.",
        "- **Breaking:** `SendMessageBody::content` is required: a request without it is refused before it is sent",
        "- **Breaking:** `Call` has a new field `cost` (What the Call cost, in USD): a struct literal of `Call` must set it",
        "- **Breaking:** `Call::type_` is always there: no longer an `Option`",
    ] {
        assert!(changelog.contains(expected), "{expected}\n{changelog}");
    }
    assert_eq!(refreshed.version, "0.2.0");
    println!(
        "{}\nnext version: {}",
        refreshed.changelog, refreshed.version
    );
}

/// cargo-semver-checks on the crate the next version makes, against the
/// crate of this commit: its verdict on the generated code and the
/// report's agree, change by change (`xtask::semver`).
#[test]
fn cargo_semver_checks_agrees_with_the_report_on_the_next_version() {
    let copy = copy_of_the_repository("change-day-semver");
    let site = next_version_site("change-day-semver");
    let refreshed = refresh_the_copy(&copy.0, &site.0);
    // Bumped, the copy's crates are not this workspace's to cargo (another
    // version, other artifacts), though they build in its target directory.
    xtask::release::bump(&copy.0, &refreshed.version, "2026-12-31").unwrap();
    let (target, _in_use) = target_dir();
    let started = Instant::now();
    let verdict =
        xtask::semver::check(&copy.0, &workspace(), &target).unwrap_or_else(|e| panic!("{e}"));
    println!(
        "cargo-semver-checks and two rustdoc builds: {:.0?}\n{}",
        started.elapsed(),
        verdict.output
    );
    let lints: Vec<&str> = verdict
        .findings
        .iter()
        .filter(|f| f.generated())
        .map(|f| f.lint.as_str())
        .collect();
    assert!(
        lints.contains(&"constructible_struct_adds_field"),
        "the new fields of Call break struct literals: {lints:?}"
    );
}

/// The root README's "When the API changes", walked on the copy to a
/// released version: refresh (step 1), the spec as the overlay makes it
/// (step 2), the version bumped (step 4; before the build, so that the
/// build holds the bumped Cargo.lock to `--locked`), and the whole
/// workspace built with no hand edit (step 3's `cargo check`): the new
/// fields of `Call` and `Agent`, `Call::status` and
/// `SendMessageBody::content` turned required, a new operation and a new
/// type (`CallDirection`) break nothing hand-written, and `xtask literals`
/// finds nothing to mend in the copy either.
#[test]
fn change_day_walks_the_readme_to_a_released_version() {
    let copy = copy_of_the_repository("change-day-release");
    let site = next_version_site("change-day-release");
    let refreshed = refresh_the_copy(&copy.0, &site.0);
    xtask::spec::build(&copy.0, Mode::Check).unwrap();
    let literals = xtask::literals::find(&copy.0).unwrap();
    assert!(
        literals.is_empty(),
        "{}",
        literals
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );

    xtask::release::bump(&copy.0, &refreshed.version, "2026-12-31").unwrap();
    let changelog = std::fs::read_to_string(copy.0.join("CHANGELOG.md")).unwrap();
    assert!(
        changelog.contains("## [0.2.0] - 2026-12-31\n"),
        "{changelog}"
    );
    assert_eq!(xtask::release::current(&copy.0).unwrap(), "0.2.0");

    let (target, _in_use) = target_dir();
    let started = Instant::now();
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args([
            "check",
            "--workspace",
            "--all-targets",
            "--locked",
            "--keep-going",
            "--message-format=short",
        ])
        .current_dir(&copy.0)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("CARGO_BUILD_TARGET_DIR")
        .output()
        .unwrap();
    println!(
        "cargo check --workspace --all-targets in the copy: {:.0?}",
        started.elapsed()
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "the workspace does not build after the refresh, with no hand edit:\n{}",
        stderr
            .lines()
            .filter(|l| l.contains("error") || l.contains("warning: unused"))
            .collect::<Vec<_>>()
            .join("\n")
    );
    println!("{}\nreleased: {}", refreshed.changelog, refreshed.version);
}
