#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

mod connection;
mod contacts;
mod failure;
mod generated;
mod input;
mod output;
mod sandbox;
mod tree;
mod webhooks;

use std::process::ExitCode;

use clap::FromArgMatches;

use crate::failure::{Failure, exit};
use crate::tree::{Globals, Handwritten};

fn main() -> ExitCode {
    let matches = match tree::command().try_get_matches() {
        Ok(matches) => matches,
        Err(e) => return usage_error(e),
    };
    let globals = match Globals::from_arg_matches(&matches) {
        Ok(globals) => globals,
        Err(e) => return usage_error(e),
    };
    if globals.verbose {
        // One line per request: operation, method, path, status, time.
        // altur-api never logs headers, so the key cannot appear.
        use tracing_subscriber::filter::{LevelFilter, Targets};
        use tracing_subscriber::layer::SubscriberExt;
        use tracing_subscriber::util::SubscriberInitExt;
        tracing_subscriber::fmt()
            .with_writer(std::io::stderr)
            .with_max_level(LevelFilter::DEBUG)
            .with_target(false)
            .finish()
            .with(Targets::new().with_target("altur_api", LevelFilter::DEBUG))
            .init();
    }
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start: {e}");
            return ExitCode::from(exit::REFUSED);
        }
    };
    match runtime.block_on(run(&matches, &globals)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("error: {}", one_line(&failure.to_string()));
            failure.exit_code()
        }
    }
}

async fn run(matches: &clap::ArgMatches, globals: &Globals) -> failure::Result<()> {
    let Some((name, _)) = matches.subcommand() else {
        return Err(Failure::Usage(
            "no command given: see `altur --help`".into(),
        ));
    };
    if let Some((command, leaf)) = tree::generated_command(matches) {
        let client = connection::client(globals.base_url.as_deref())?;
        let cli = generated::Cli::new(client, output::Output::new(globals.format));
        return cli.execute(command, leaf).await;
    }
    let command = Handwritten::from_arg_matches(matches)
        .map_err(|e| Failure::Usage(format!("{name}: {}", first_line(&e.to_string()))))?;
    command.run(globals).await
}

/// clap's message, cut to its first line (the rest is usage and tips); help
/// and version requests print in full.
fn usage_error(e: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        let _ = e.print();
        return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(exit::USAGE));
    }
    eprintln!("{}", first_line(&e.to_string()));
    ExitCode::from(exit::USAGE)
}

fn first_line(text: &str) -> String {
    text.lines()
        .next()
        .unwrap_or_default()
        .trim_end()
        .to_owned()
}

/// Whatever a server put in a message, the failure stays on one line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
