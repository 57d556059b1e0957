//! The workspace's chores, run as `cargo xtask <command>` (an alias in
//! `.cargo/config.toml`).

mod bench;
mod merge;
mod overlay;
mod spec;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  spec build [--check]   merge openapi/upstream/, apply openapi/overlay.yaml and
                         write openapi/altur.yaml; with --check, write nothing
                         and fail with a diff if the committed file differs
  bench tls              clean build time of altur-api with each TLS backend
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let outcome = match args.as_slice() {
        ["spec", "build"] => spec::build(&workspace_root(), spec::Mode::Write),
        ["spec", "build", "--check"] => spec::build(&workspace_root(), spec::Mode::Check),
        ["bench", "tls"] => bench::tls(&workspace_root()),
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

fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(PathBuf::from)
        .unwrap_or_default()
}
