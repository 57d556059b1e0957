//! `cargo xtask spec build [--check]`: openapi/upstream/ (published) +
//! openapi/reconstructed/ (ours, for what is not published) +
//! openapi/overlay.yaml → openapi/altur.yaml, and what is made from it: the
//! operations table of the crate README and the crate's generated source
//! (altur-api/generated/).

use std::fs;
use std::path::{Path, PathBuf};

use crate::altur_yaml::{self, Published, Rendered};
use crate::files::{Mode, OVERLAY, SPEC, UPSTREAM_DIR, read_yaml, unified_diff, write_atomically};
use crate::{operations_table, shipped_source};

pub fn build(root: &Path, mode: Mode) -> Result<(), String> {
    let published = read_upstream(&root.join(UPSTREAM_DIR))?;
    let overlay = read_yaml(&root.join(OVERLAY))?;
    let Rendered {
        text,
        warnings,
        superseded,
    } = altur_yaml::render(root, &published, &overlay)?;
    for warning in superseded.iter().map(|s| s.sentence()).chain(warnings) {
        eprintln!("note: {warning}");
    }
    let shipped = shipped_source::generate(root, &text)?;
    let path = root.join(SPEC);
    match mode {
        Mode::Write => {
            write_atomically(&path, &text)?;
            operations_table::update(root, &text, mode)?;
            shipped.update(root, mode)?;
            println!(
                "wrote {SPEC}, the operations table of {} and altur-api's generated source",
                operations_table::README
            );
            Ok(())
        }
        Mode::Check => {
            let committed = fs::read_to_string(&path).unwrap_or_default();
            if committed != text {
                return Err(format!(
                    "{SPEC} is not what `cargo xtask spec build` writes; run it and commit the result.\n{}",
                    unified_diff(&committed, &text)
                ));
            }
            operations_table::update(root, &text, mode)?;
            shipped.update(root, mode)?;
            println!(
                "{SPEC}, the operations table of {} and altur-api's generated source are up to date",
                operations_table::README
            );
            Ok(())
        }
    }
}

fn read_upstream(dir: &Path) -> Result<Vec<Published>, String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
        .collect();
    // Directory order differs between machines; the output must not.
    files.sort();
    files
        .iter()
        .map(|path| {
            let file = path.strip_prefix(dir).unwrap_or(path).display().to_string();
            Ok(Published {
                found_at: file.clone(),
                file,
                document: read_yaml(path)?,
            })
        })
        .collect()
}
