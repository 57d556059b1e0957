//! openpyxl (from PyPI, pinned with hashes by `tests/python/openpyxl.txt`),
//! the reader nobody here wrote of the workbooks `altur` writes, in the
//! virtual environment [`python_venv`](crate::python_venv) makes of it once;
//! `tests/python/read_xlsx.py` prints a workbook as openpyxl reads it.

use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;

/// The workbook at `path` as openpyxl reads it: a sheet per item, each
/// with `name`, `filter`, `frozen`, `charts` and `rows` of cells
/// (`type`: text, number, datetime, bool or empty; `value`; `format`).
pub fn read(path: &Path) -> Value {
    let python = crate::python_venv::python("openpyxl.txt");
    let script = crate::workspace_root().join("tests/python/read_xlsx.py");
    let output = Command::new(python)
        .arg(script)
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
