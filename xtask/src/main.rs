//! `cargo xtask <command>` (an alias in `.cargo/config.toml`).
//!
//! The library's modules, top to bottom; each imports only modules below it
//! (or beside it in its own row, never back and forth):
//!
//! 1. the commands: `spec` (`spec build`), `refresh` (`spec refresh`),
//!    `bench_build` (`bench build`, on `bench`'s helpers), `bench`;
//! 2. `altur_yaml` (the merged spec's text), `operations_table` (the
//!    crate README's table made from it) and `shipped_source` (the crate's
//!    generated source, altur-api/generated/, made from it);
//! 3. `reconstructed` (the project's documents, bundled into pages) and
//!    `refresh::source` (where published pages come from, and fetching);
//! 4. `merge`, `overlay`, `report`, `refresh::page` (one docs page's block)
//!    and `codegen` (the crate's generator, compiled in);
//! 5. the floor: `files` (the paths under openapi/, reading, writing and
//!    diffing them, `Mode`) and `openapi` (an OpenAPI document's shape).

use std::path::PathBuf;
use std::process::ExitCode;

use xtask::files::Mode;
use xtask::{bench, bench_build, refresh, spec};

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  spec build [--check]   merge openapi/upstream/, apply openapi/overlay.yaml and
                         write openapi/altur.yaml; with --check, write nothing
                         and fail with a diff if the committed file differs
  spec refresh [--from SOURCE] [--locale LOCALE] [--check]
                         fetch the published documents (default SOURCE:
                         https://docs.altur.io/llms.txt; also another index URL,
                         a saved copy of the site, one page or one YAML file),
                         rewrite openapi/upstream/ and openapi/altur.yaml, and
                         report the changes; with --check, write nothing and
                         fail if anything would change
  bench tls              clean build time of altur-api with each TLS backend
  bench build [--runs N] a user's first build: altur-api (full spec, one
                         operation, webhooks only) and altur-cli against the
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

fn spec_refresh(root: &std::path::Path, mut flags: &[&str]) -> Result<(), String> {
    let mut source = refresh::DEFAULT_INDEX.to_owned();
    let mut options = refresh::Options::default();
    let mut mode = Mode::Write;
    while let Some((flag, rest)) = flags.split_first() {
        match (*flag, rest) {
            ("--check", _) => mode = Mode::Check,
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
    let refreshed = refresh::run(root, &source, &options, mode)?;
    for warning in &refreshed.warnings {
        eprintln!("note: {warning}");
    }
    print!("{}", refreshed.report);
    match (mode, refreshed.changed) {
        (Mode::Check, true) => {
            Err("the published API differs from openapi/: run `cargo xtask spec refresh`".into())
        }
        (Mode::Check, false) => Ok(()),
        (Mode::Write, true) => {
            println!("wrote openapi/upstream/ and openapi/altur.yaml");
            Ok(())
        }
        (Mode::Write, false) => {
            println!("openapi/ is up to date");
            Ok(())
        }
    }
}

fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(PathBuf::from)
        .unwrap_or_default()
}
