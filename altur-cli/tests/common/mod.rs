//! Running the built `altur` binary as a user does, and walking its
//! command tree through its own help.

#![allow(dead_code)] // Each test binary uses part of it.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// An API key no output may contain.
pub const KEY: &str = "sk-live-TEST-KEY-never-printed-7f3a9c";

/// A webhook secret (base64, as the dashboard's are).
pub const WEBHOOK_SECRET: &str = "Y2xpLXRlc3RzLXdlYmhvb2stc2VjcmV0LTAxMjM0NTY=";

/// `altur` with no `ALTUR_*` variable from the environment of the tests.
pub fn altur<I: IntoIterator<Item = S>, S: AsRef<std::ffi::OsStr>>(args: I) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_altur"));
    for (name, _) in std::env::vars_os() {
        if name.to_string_lossy().starts_with("ALTUR_") {
            command.env_remove(name);
        }
    }
    command
        .args(args)
        .stdin(Stdio::null())
        .env("RUST_BACKTRACE", "1");
    command
}

/// `altur ARGS` on `sandbox`, with its key, as a user points it there.
pub fn sandbox_command(sandbox: &altur_sandbox::Sandbox, args: &[&str]) -> Command {
    let mut command = altur(args);
    command
        .env("ALTUR_API_KEY", sandbox.api_key())
        .env("ALTUR_BASE_URL", sandbox.base_url());
    command
}

/// `altur ARGS` run on `sandbox`.
pub async fn on(sandbox: &altur_sandbox::Sandbox, args: &[&str]) -> Run {
    run_async(sandbox_command(sandbox, args)).await
}

/// What a run printed, and how it ended.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Standard error is exactly one line.
    pub fn one_error_line(&self) -> &str {
        let lines: Vec<&str> = self.stderr.lines().collect();
        assert_eq!(
            lines.len(),
            1,
            "one line on standard error, got:\n{}",
            self.stderr
        );
        lines[0]
    }
}

impl From<Output> for Run {
    fn from(output: Output) -> Self {
        Run {
            code: output
                .status
                .code()
                .expect("exited, not killed by a signal"),
            stdout: String::from_utf8(output.stdout).expect("UTF-8 standard output"),
            stderr: String::from_utf8(output.stderr).expect("UTF-8 standard error"),
        }
    }
}

pub fn run(mut command: Command) -> Run {
    command.output().expect("altur runs").into()
}

/// A run with `input` on standard input, closed after it.
pub fn run_with_stdin(mut command: Command, input: &[u8]) -> Run {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("altur runs");
    child
        .stdin
        .take()
        .expect("standard input is piped")
        .write_all(input)
        .expect("altur reads its standard input");
    child.wait_with_output().expect("altur ends").into()
}

/// For tests whose servers run on the tokio runtime.
pub async fn run_async(command: Command) -> Run {
    tokio::task::spawn_blocking(move || run(command))
        .await
        .expect("the run finished")
}

/// A run that must end within `limit`: killed, and the test failed, if not.
pub async fn run_within(mut command: Command, limit: std::time::Duration) -> Run {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("altur runs");
    let deadline = std::time::Instant::now() + limit;
    while child.try_wait().expect("altur is waited for").is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("altur had not ended after {limit:?}");
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    child.wait_with_output().expect("altur ends").into()
}

/// The subcommands `altur <path> --help` lists (without `help`).
pub fn subcommands(path: &[String]) -> Vec<String> {
    let help = run(altur(path.iter().map(String::as_str).chain(["--help"])));
    assert_eq!(help.code, 0, "{help:?}");
    let mut names = Vec::new();
    let mut in_commands = false;
    for line in help.stdout.lines() {
        if line == "Commands:" {
            in_commands = true;
        } else if in_commands && line.is_empty() {
            break;
        } else if in_commands && line.starts_with("  ") && !line.starts_with("   ") {
            let name = line.split_whitespace().next().expect("a name").to_owned();
            if name != "help" {
                names.push(name);
            }
        }
    }
    names
}

/// Every command of the tree, groups before their members, in help order.
pub fn tree() -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let mut pending = vec![Vec::<String>::new()];
    while let Some(path) = pending.pop() {
        let children = subcommands(&path);
        for child in children.into_iter().rev() {
            let mut child_path = path.clone();
            child_path.push(child);
            pending.push(child_path);
        }
        found.push(path);
    }
    found
}

/// The commands with no subcommands.
pub fn leaves() -> Vec<Vec<String>> {
    let all = tree();
    all.iter()
        .filter(|path| {
            !all.iter()
                .any(|other| other.len() > path.len() && other.starts_with(path))
        })
        .cloned()
        .collect()
}

/// A CSV file `altur` wrote for Excel (a rejects file, a rewrites report):
/// it starts with a UTF-8 byte order mark; its header and rows.
pub fn excel_csv(path: impl AsRef<std::path::Path>) -> (Vec<String>, Vec<Vec<String>>) {
    let bytes = std::fs::read(path).unwrap();
    assert!(
        bytes.starts_with(b"\xef\xbb\xbf"),
        "the file starts with a UTF-8 byte order mark, for Excel"
    );
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(&bytes[3..]);
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}
