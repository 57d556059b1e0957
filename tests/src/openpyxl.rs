//! openpyxl (from PyPI, pinned by `tests/python/requirements-xlsx.txt`),
//! the reader nobody here wrote of the workbooks `altur` writes: the first
//! test that needs it makes a virtual environment in
//! `tests/python/.venv` and installs it there, once, under a file lock (as
//! [`prism`](crate::prism) installs Prism), then
//! `tests/python/read_xlsx.py` prints a workbook as openpyxl reads it.

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

fn folder() -> PathBuf {
    crate::workspace_root().join("tests/python")
}

/// Written into the environment after a complete install, holding the
/// requirements it installed: a half-finished or outdated one is redone.
const STAMP: &str = ".venv/.altur-installed-from";

/// The environment's python, openpyxl installed in it.
pub fn install() -> PathBuf {
    let folder = folder();
    let python = folder.join(".venv/bin/python");
    let requirements = fs::read(folder.join("requirements-xlsx.txt"))
        .unwrap_or_else(|e| panic!("{}/requirements-xlsx.txt: {e}", folder.display()));
    let guard = File::create(folder.join(".install.lock"))
        .and_then(|file| file.lock().map(|()| file))
        .unwrap_or_else(|e| panic!("cannot lock {}/.install.lock: {e}", folder.display()));
    let installed = fs::read(folder.join(STAMP)).is_ok_and(|stamp| stamp == requirements);
    if !(installed && python.exists()) {
        eprintln!("installing openpyxl from tests/python/requirements-xlsx.txt (pip, once)");
        let _ = fs::remove_dir_all(folder.join(".venv"));
        run(Command::new("python3")
            .args(["-m", "venv"])
            .arg(folder.join(".venv")));
        run(Command::new(&python)
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "-r",
            ])
            .arg(folder.join("requirements-xlsx.txt")));
        fs::write(folder.join(STAMP), &requirements)
            .unwrap_or_else(|e| panic!("cannot write {}/{STAMP}: {e}", folder.display()));
    }
    drop(guard);
    python
}

fn run(command: &mut Command) {
    let output = command.stdin(Stdio::null()).output().unwrap_or_else(|e| {
        panic!("cannot run {command:?}: {e} (the workbook tests need python3 with venv and pip)")
    });
    assert!(
        output.status.success(),
        "{command:?} failed ({}):\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The workbook at `path` as openpyxl reads it: a sheet per item, each
/// with `name`, `filter`, `frozen`, `charts` and `rows` of cells
/// (`type`: text, number, datetime, bool or empty; `value`; `format`).
pub fn read(path: &Path) -> Value {
    let python = install();
    let output = Command::new(python)
        .arg(folder().join("read_xlsx.py"))
        .arg(path)
        .stdin(Stdio::null())
        .output()
        .expect("the environment's python runs");
    assert!(
        output.status.success(),
        "openpyxl cannot read {}: {}",
        path.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("read_xlsx.py prints JSON")
}
