//! `cargo xtask <command>` (an alias in `.cargo/config.toml`).
//!
//! The library's modules, top to bottom; each imports only modules below it
//! (or beside it in its own row, never back and forth):
//!
//! 1. the commands: `spec` (`spec build`), `refresh` (`spec refresh`),
//!    `semver` (cargo-semver-checks against the report), `bench_build`
//!    (`bench build`, on `bench`'s helpers), `bench`, `literals` (struct
//!    literals of generated types in hand-written code);
//! 2. `supersede` (what a superseded reconstruction leaves to the overlay)
//!    and `release` (the changelog entry, the next version, `--bump`);
//! 3. `altur_yaml` (the merged spec's text), `operations_table` (the
//!    crate README's table made from it) and `shipped_source` (the crate's
//!    generated source, altur-api/generated/, made from it);
//! 4. `reconstructed` (the project's documents, bundled into pages) and
//!    `refresh::source` (where published pages come from, and fetching);
//! 5. `merge`, `overlay`, `overlay_edit` (actions the refresh writes),
//!    `report`, `operation_ids`, `refresh::page` (one docs page's block)
//!    and `codegen` (the crate's generator, compiled in);
//! 6. the floor: `files` (the paths under openapi/, reading, writing and
//!    diffing them, `Mode`), `openapi` (an OpenAPI document's shape) and
//!    `package` (the crate as `cargo package` makes it, unpacked; std only,
//!    tests/tests/packaged_crate.rs compiles it too) and `types_module`
//!    (the generated code's `mod types`; tests/build.rs compiles it too).

use std::path::PathBuf;
use std::process::ExitCode;

use xtask::files::Mode;
use xtask::{bench, bench_build, literals, refresh, release, semver, spec};

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  spec build [--check]   merge openapi/upstream/, apply openapi/overlay.yaml and
                         write openapi/altur.yaml; with --check, write nothing
                         and fail with a diff if the committed file differs
  spec refresh [--from SOURCE] [--locale LOCALE] [--check | --bump]
                         fetch the published documents (default SOURCE:
                         https://docs.altur.io/llms.txt; also another index URL
                         or index file, a saved copy of the site, one page or
                         one YAML file), rewrite openapi/upstream/ and
                         openapi/altur.yaml (operationIds derived, superseded
                         reconstructions removed, what they added kept in the
                         overlay), report the changes, add them to CHANGELOG.md
                         and propose the next version; with --bump, write that
                         version and date the changelog; with --check, write
                         nothing and fail if anything would change
  semver                 cargo-semver-checks (installed once) compares altur-api
                         with the last release ([workspace.metadata.release] in
                         Cargo.toml), and fails where its verdict on the
                         generated code and the report of openapi/altur.yaml's
                         changes disagree, naming the change
  literals [FOLDER]      list the struct literals (and `X::default()`, and `Some(..)`
                         given to a builder's setter) of generated types in
                         hand-written code, by file and line: build them
                         with the builders, so that a spec change needs no edit
                         (FOLDER: another copy of the workspace)
  bench tls              clean build time of altur-api with each TLS backend
  bench build [--runs N] a user's first build: altur-api (full spec, one
                         operation, webhooks only, + schemars) and altur-cli against the
                         client written by hand, clean dev, clean release and
                         no-op, wall and CPU time; N runs (default 2)
  bench instructions     instructions per request (callgrind), generated client
                         against the hand-written one
                         (times per request and decoding: cargo bench -p altur-bench)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let root = workspace_root();
    let outcome = match args.as_slice() {
        ["spec", "build"] => spec::build(&root, Mode::Write),
        ["spec", "build", "--check"] => spec::build(&root, Mode::Check),
        ["spec", "refresh", flags @ ..] => spec_refresh(&root, flags),
        ["semver"] => semver::run(&root),
        ["literals"] => literals_command(&root),
        ["literals", folder] => literals_command(std::path::Path::new(folder)),
        ["bench", "tls"] => bench::tls(&root),
        ["bench", "build", flags @ ..] => bench_build::run(&root, flags),
        ["bench", "instructions"] => bench::instructions(&root),
        ["help" | "--help" | "-h"] | [] => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => Err(format!("unknown command `{}`\n\n{USAGE}", args.join(" "))),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(why) => {
            eprintln!("error: {why}");
            ExitCode::FAILURE
        }
    }
}

fn literals_command(root: &std::path::Path) -> Result<(), String> {
    let found = literals::find(root)?;
    for literal in &found {
        println!("{literal}");
    }
    match found.len() {
        0 => Ok(()),
        n => Err(format!(
            "{n} constructions of generated types in hand-written code that a spec change \
             breaks: build each with its builder (a builder goes where its type does: a setter \
             or `.body(..)` takes it; `Type::try_from(builder)` makes the value)"
        )),
    }
}

fn spec_refresh(root: &std::path::Path, mut flags: &[&str]) -> Result<(), String> {
    let mut source = refresh::DEFAULT_INDEX.to_owned();
    let mut options = refresh::Options::default();
    let mut mode = Mode::Write;
    let mut bump = false;
    while let Some((flag, rest)) = flags.split_first() {
        match (*flag, rest) {
            ("--check", _) => mode = Mode::Check,
            ("--bump", _) => bump = true,
            ("--from", [value, ..]) => source = (*value).to_owned(),
            ("--locale", [value, ..]) => options.locale = (*value).to_owned(),
            _ => return Err(format!("spec refresh: unexpected `{flag}`\n\n{USAGE}")),
        }
        flags = if matches!(*flag, "--from" | "--locale") {
            &rest[1..]
        } else {
            rest
        };
    }
    if bump && mode == Mode::Check {
        return Err("spec refresh: --bump writes the version; --check writes nothing".into());
    }
    let refreshed = refresh::run(root, &source, &options, mode)?;
    for warning in &refreshed.warnings {
        eprintln!("note: {warning}");
    }
    print!("{}", refreshed.report);
    for line in &refreshed.derived {
        println!("derived: {line}");
    }
    for superseded in &refreshed.superseded {
        println!("\n{superseded}");
    }
    let wrote = mode == Mode::Write;
    for file in &refreshed.removed {
        if wrote {
            println!("removed {file}: Altur's own document is read instead");
        } else {
            println!("would remove {file} (`git rm {file}`)");
        }
    }
    if refreshed.overlay_actions > 0 {
        println!(
            "{} {} overlay action(s) to openapi/overlay.yaml (derived operationIds, what superseded reconstructions added)",
            if wrote { "added" } else { "would add" },
            refreshed.overlay_actions
        );
    }
    if !refreshed.changelog.is_empty() {
        println!(
            "\n{} CHANGELOG.md, under [Unreleased]:\n\n{}",
            if wrote { "added to" } else { "for" },
            refreshed.changelog
        );
    }
    println!("next version: {}", refreshed.version);
    match (mode, refreshed.changed) {
        (Mode::Check, true) => {
            return Err(
                "the published API differs from openapi/: run `cargo xtask spec refresh`".into(),
            );
        }
        (Mode::Check, false) => {}
        (Mode::Write, true) => println!(
            "wrote openapi/upstream/, openapi/altur.yaml and the crate README's operations table"
        ),
        (Mode::Write, false) => println!("openapi/ is up to date"),
    }
    if bump {
        release::bump(root, &refreshed.version, &release::today())?;
        println!(
            "bumped altur-api to {} (altur-api/Cargo.toml, Cargo.toml, Cargo.lock) and dated CHANGELOG.md's Unreleased section",
            refreshed.version
        );
    }
    Ok(())
}

fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(PathBuf::from)
        .unwrap_or_default()
}
