//! A Python package from PyPI as an independent judge (libphonenumber's
//! Python port, say): a virtual environment of its own per requirements
//! file of `tests/python/`, pinned with hashes, made the first time a test
//! needs it, under a file lock (test binaries run in parallel), and reused
//! while the requirements file is the same.

use std::fs::{self, File};
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
    let stamp = venv.join(".altur-installed-from");
    let guard = File::create(folder.join(format!(".venv-{name}.lock")))
        .and_then(|file| file.lock().map(|()| file))
        .unwrap_or_else(|e| panic!("cannot lock tests/python/.venv-{name}.lock: {e}"));
    let installed = fs::read(&stamp).is_ok_and(|stamp| stamp == wanted);
    if !(installed && python.exists()) {
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
        fs::write(&stamp, &wanted)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", stamp.display()));
    }
    drop(guard);
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
    child
        .stdin
        .take()
        .expect("standard input is piped")
        .write_all(input)
        .expect("python reads its standard input");
    let output = child.wait_with_output().expect("python ends");
    assert!(output.status.success(), "the Python script failed");
    String::from_utf8(output.stdout).expect("UTF-8 from Python")
}
