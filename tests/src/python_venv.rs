//! A Python package from PyPI as an independent judge (libphonenumber's
//! Python port, say): a virtual environment of its own per requirements
//! file of `tests/python/`, pinned with hashes, made the first time a test
//! needs it, under a file lock (test binaries run in parallel), and reused
//! while the requirements file is the same.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The python3 of the environment `tests/python/<requirements>` makes,
/// installing it first if it is not yet. Panics (the test fails, it is
/// never skipped) where that cannot be done, saying what to install.
pub fn python(requirements: &str) -> PathBuf {
    let folder = crate::workspace_root().join("tests/python");
    let wanted = fs::read(folder.join(requirements))
        .unwrap_or_else(|e| panic!("tests/python/{requirements}: {e}"));
    let name = requirements.trim_end_matches(".txt");
    let venv = folder.join(format!(".venv-{name}"));
    let python = venv.join("bin/python3");
    let install = || {
        let _ = fs::remove_dir_all(&venv);
        eprintln!(
            "installing tests/python/{requirements} into {} (once)",
            venv.display()
        );
        run(
            Command::new("python3").args(["-m", "venv"]).arg(&venv),
            "python3 -m venv (Debian and Ubuntu: apt install python3-venv)",
        );
        run(
            Command::new(&python)
                .args([
                    "-m",
                    "pip",
                    "install",
                    "--quiet",
                    "--disable-pip-version-check",
                ])
                .args(["--require-hashes", "-r"])
                .arg(folder.join(requirements)),
            "pip install (PyPI must be reachable)",
        );
    };
    crate::install_once::install_once(
        &folder.join(format!(".venv-{name}.lock")),
        &venv.join(".altur-installed-from"),
        &wanted,
        || python.exists(),
        install,
    );
    python
}

fn run(command: &mut Command, what: &str) {
    let output = command
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("{what}: cannot run it: {e}"));
    assert!(
        output.status.success(),
        "{what} failed ({}):\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Runs `script` (Python source) with the environment's python3, `input` on
/// its standard input; its standard output.
pub fn run_script(python: &Path, script: &str, input: &[u8]) -> String {
    use std::io::Write;
    let mut child = Command::new(python)
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", python.display()));
    // Written from a thread: the script may answer while it reads, and a
    // pipe holds only so much (64 KiB on Linux).
    let mut stdin = child.stdin.take().expect("standard input is piped");
    let input = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child.wait_with_output().expect("python ends");
    writer
        .join()
        .expect("the writer thread")
        .expect("python reads its standard input");
    assert!(output.status.success(), "the Python script failed");
    String::from_utf8(output.stdout).expect("UTF-8 from Python")
}

#[cfg(test)]
mod tests {
    /// More than a pipe holds, echoed line by line while it is read: a
    /// writer that finished before reading would wait on Python forever.
    #[test]
    fn a_script_that_answers_while_it_reads_gets_all_its_input() {
        let input = "0123456789abcdef\n".repeat(64 * 1024);
        let echoed = super::run_script(
            std::path::Path::new("python3"),
            "import sys\nfor line in sys.stdin:\n    sys.stdout.write(line)\n    sys.stdout.flush()\n",
            input.as_bytes(),
        );
        assert_eq!(echoed.len(), input.len());
    }
}
