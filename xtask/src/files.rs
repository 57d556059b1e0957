//! The files under openapi/ that the commands read and keep, and how they
//! read, write and compare them: the floor the other modules stand on.

use std::fs;
use std::path::Path;

use serde_norway::Value;

pub const UPSTREAM_DIR: &str = "openapi/upstream";
/// In openapi/upstream/: the page each file was published on.
pub const PAGES: &str = "pages.md";
pub const OVERLAY: &str = "openapi/overlay.yaml";
pub const SPEC: &str = "openapi/altur.yaml";
/// The operation extension that names the document an operation comes from.
pub const SOURCE_KEY: &str = "x-altur-source";

/// What a command does with the files it makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Write,
    /// Write nothing; fail when a file would change.
    Check,
}

pub fn read_yaml(path: &Path) -> Result<Value, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_norway::from_str(&text).map_err(|e| format!("{}: invalid YAML: {e}", path.display()))
}

/// Writes next to the target, then renames: a reader never sees half a file,
/// and a failure leaves the old file as it was.
pub fn write_atomically(path: &Path, text: &str) -> Result<(), String> {
    let temporary = std::path::PathBuf::from(format!("{}.tmp", path.display()));
    fs::write(&temporary, text)
        .and_then(|()| fs::rename(&temporary, path))
        .map_err(|e| {
            let _ = fs::remove_file(&temporary);
            format!("cannot write {}: {e}", path.display())
        })
}

pub fn unified_diff(old: &str, new: &str) -> String {
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header("committed", "generated")
        .to_string()
}
