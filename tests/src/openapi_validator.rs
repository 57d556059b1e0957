//! swagger-parser (`@apidevtools/swagger-parser`, pinned by
//! `tests/prism/package-lock.json` and installed with Prism): an OpenAPI
//! validator that nobody here wrote, run by `tests/prism/validate-openapi.js`
//! on one document at a time, as a process.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// `Ok` when swagger-parser accepts the document: every `$ref` resolves
/// (another file's, relative to the document's folder) and what they make
/// is an OpenAPI document by the JSON Schema of its version. `Err` holds
/// the file name and swagger-parser's own message. Installs the validator
/// first if it is not yet; panics (the test fails, it is never skipped)
/// when Node.js cannot run it.
pub fn validate(document: &Path) -> Result<(), String> {
    crate::prism::install();
    let script = crate::workspace_root().join("tests/prism/validate-openapi.js");
    let output = Command::new("node")
        .arg(&script)
        .arg(document)
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run node {}: {e}", script.display()));
    match output.status.code() {
        Some(0) => Ok(()),
        Some(1) => Err(String::from_utf8_lossy(&output.stderr)
            .trim_end()
            .to_owned()),
        _ => panic!(
            "{} did not run ({}): {}",
            script.display(),
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ),
    }
}

/// swagger-parser's word on each document that it does not accept, running
/// as many at a time as there are cores.
pub fn failures(documents: &[PathBuf]) -> Vec<String> {
    let cores = std::thread::available_parallelism().map_or(2, usize::from);
    let chunk = documents.len().div_ceil(cores).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = documents
            .chunks(chunk)
            .map(|some| {
                scope.spawn(move || {
                    some.iter()
                        .filter_map(|d| validate(d).err())
                        .collect::<Vec<String>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| worker.join().expect("a validator thread"))
            .collect()
    })
}
