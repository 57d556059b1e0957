//! altur-api/generated/: the crate's generated source, made from altur.yaml
//! by the crate's own generator (`codegen`, compiled into this xtask) and
//! committed, so that the packaged crate compiles it as it is and its users
//! never compile the generator. Written by `spec build` and `spec refresh`;
//! `spec build --check` (CI) fails when it is not what the generator makes
//! now, naming the command that remakes it.

use std::fs;
use std::path::{Path, PathBuf};

use crate::codegen::{self, shipped};
use crate::files::{Mode, unified_diff, write_atomically};

/// The crate's folder, from the workspace root.
const CRATE_DIR: &str = "altur-api";
/// The generator compiled into this xtask, whose files the fingerprint
/// reads: the one that made the source.
const CODEGEN_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../altur-api/codegen");
/// Lines of diff shown per stale file: enough to see what changed.
const DIFF_LINES: usize = 80;

/// The files generated from one altur.yaml, not yet written.
pub struct Shipped {
    dir: PathBuf,
    files: Vec<(&'static str, String)>,
}

/// Generates the files: before anything is written, so that a spec the
/// generator refuses leaves every file as it was.
pub fn generate(root: &Path, spec_text: &str) -> Result<Shipped, String> {
    generate_for(&root.join(CRATE_DIR), spec_text)
}

/// The same for the crate in `crate_dir` (a packaged copy, say).
pub fn generate_for(crate_dir: &Path, spec_text: &str) -> Result<Shipped, String> {
    let fingerprint = shipped::fingerprint(spec_text, Path::new(CODEGEN_DIR))?;
    let files = codegen::generate_shipped(spec_text, &fingerprint)
        .map_err(|why| format!("altur.yaml does not generate the crate: {why}"))?;
    Ok(Shipped {
        dir: crate_dir.join(shipped::DIR),
        files,
    })
}

impl Shipped {
    /// Writes the files that changed, or with `Mode::Check` fails when a
    /// committed one differs.
    pub fn update(&self, root: &Path, mode: Mode) -> Result<(), String> {
        let mut stale = Vec::new();
        for (name, source) in &self.files {
            let path = self.dir.join(name);
            let committed = fs::read_to_string(&path).unwrap_or_default();
            if committed == *source {
                continue;
            }
            match mode {
                Mode::Write => {
                    fs::create_dir_all(&self.dir)
                        .map_err(|e| format!("{}: {e}", self.dir.display()))?;
                    write_atomically(&path, source)?;
                }
                Mode::Check => stale.push((path, unified_diff(&committed, source))),
            }
        }
        if stale.is_empty() {
            return Ok(());
        }
        let mut message = format!(
            "{} is not what `{}` generates from altur.yaml and codegen/; run it and commit the result.",
            display(root, &self.dir),
            shipped::COMMAND
        );
        for (path, diff) in stale {
            let lines: Vec<&str> = diff.lines().collect();
            message.push_str(&format!("\n{}:\n", display(root, &path)));
            message.push_str(&lines[..lines.len().min(DIFF_LINES)].join("\n"));
            if lines.len() > DIFF_LINES {
                message.push_str(&format!("\n... {} more lines", lines.len() - DIFF_LINES));
            }
        }
        Err(message)
    }
}

fn display(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}
