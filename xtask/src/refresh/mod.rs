//! `cargo xtask spec refresh`: fetch what Altur publishes, prove it makes a
//! client, write `openapi/upstream/` and `openapi/altur.yaml` in one step,
//! and say what changed.

pub mod page;
pub mod source;

use std::fs;
use std::path::{Path, PathBuf};

use crate::altur_yaml::{self, Published, Rendered};
use crate::files::{Mode, SPEC, UPSTREAM_DIR};
use crate::openapi::operation_names;
use crate::{operations_table, report, shipped_source};

pub use source::{DEFAULT_INDEX, Options};

/// What a refresh found, for the caller to print.
#[derive(Debug)]
pub struct Refreshed {
    pub report: String,
    pub changed: bool,
    pub warnings: Vec<String>,
    /// Reconstructions the published pages now stand in for.
    pub superseded: Vec<String>,
}

pub fn run(root: &Path, source: &str, options: &Options, mode: Mode) -> Result<Refreshed, String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start an async runtime: {e}"))?;
    let published = runtime.block_on(source::collect(source, options))?;

    let documents: Vec<Published> = published
        .iter()
        .map(|p| {
            let document = serde_norway::from_str(&p.text)
                .map_err(|e| format!("{}: invalid YAML: {e}", p.location))?;
            Ok(Published {
                file: p.file_name.clone(),
                found_at: p.location.clone(),
                document,
            })
        })
        .collect::<Result<_, String>>()?;
    let Rendered {
        text,
        warnings,
        superseded,
    } = altur_yaml::render(root, &documents)?;
    prove_it_generates(&text)?;

    let old_spec = fs::read_to_string(root.join(SPEC)).unwrap_or_default();
    let report = report::changes(&old_spec, &text)?;
    let new_upstream: Vec<(String, String)> = published
        .iter()
        .map(|p| (p.file_name.clone(), p.text.clone()))
        .collect();
    let changed = old_spec != text || read_upstream(&root.join(UPSTREAM_DIR)) != new_upstream;
    if mode == Mode::Write && changed {
        let shipped = shipped_source::generate(root, &text)?;
        write_all(root, &new_upstream, &text)?;
        // Derived from altur.yaml, so written after it is in place.
        operations_table::update(root, &text, Mode::Write)?;
        shipped.update(root, Mode::Write)?;
    }
    Ok(Refreshed {
        report,
        changed,
        warnings,
        superseded,
    })
}

/// progenitor must take the merged spec before anything is written; when it
/// does not, find the operation it chokes on.
fn prove_it_generates(text: &str) -> Result<(), String> {
    let Err(whole) = crate::codegen::generate(text) else {
        return Ok(());
    };
    let document: serde_norway::Value = serde_norway::from_str(text).map_err(|e| e.to_string())?;
    for operation in operation_names(&document) {
        let (method, path) = operation.split_once(' ').unwrap_or_default();
        let mut alone = document.clone();
        if let Some(paths) = alone.get_mut("paths").and_then(|p| p.as_mapping_mut()) {
            paths.retain(|p, _| p.as_str() == Some(path));
            if let Some(item) = paths.get_mut(path).and_then(|i| i.as_mapping_mut()) {
                let method = method.to_ascii_lowercase();
                item.retain(|m, _| {
                    m.as_str() == Some(method.as_str()) || m.as_str() == Some("parameters")
                });
            }
        }
        let alone = serde_norway::to_string(&alone).map_err(|e| e.to_string())?;
        if let Err(why) = crate::codegen::generate(&alone) {
            return Err(format!(
                "the refreshed spec does not generate a client: {operation}: {why}"
            ));
        }
    }
    Err(format!(
        "the refreshed spec does not generate a client: {whole}"
    ))
}

fn read_upstream(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let text = fs::read_to_string(entry.path()).ok()?;
            name.ends_with(".yaml").then_some((name, text))
        })
        .collect();
    files.sort();
    files
}

/// Everything is written into a staging folder first, then moved into
/// place; a failure before the moves leaves the committed files as they were.
fn write_all(root: &Path, upstream: &[(String, String)], spec_text: &str) -> Result<(), String> {
    let openapi = root.join("openapi");
    let staging = openapi.join(format!(".refresh-{}", std::process::id()));
    let outcome = stage(&staging, upstream, spec_text).and_then(|()| swap(root, &staging));
    let _ = fs::remove_dir_all(&staging);
    outcome
}

fn stage(staging: &Path, upstream: &[(String, String)], spec_text: &str) -> Result<(), String> {
    let dir = staging.join("upstream");
    fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for (name, text) in upstream {
        fs::write(dir.join(name), text).map_err(|e| format!("cannot stage {name}: {e}"))?;
    }
    fs::write(staging.join("altur.yaml"), spec_text)
        .map_err(|e| format!("cannot stage altur.yaml: {e}"))
}

fn swap(root: &Path, staging: &Path) -> Result<(), String> {
    let upstream = root.join(UPSTREAM_DIR);
    let old: PathBuf = staging.join("upstream.old");
    if upstream.exists() {
        fs::rename(&upstream, &old)
            .map_err(|e| format!("cannot move {} aside: {e}", upstream.display()))?;
    }
    if let Err(e) = fs::rename(staging.join("upstream"), &upstream) {
        let _ = fs::rename(&old, &upstream);
        return Err(format!("cannot put the new {UPSTREAM_DIR} in place: {e}"));
    }
    fs::rename(staging.join("altur.yaml"), root.join(SPEC))
        .map_err(|e| format!("cannot write {SPEC}: {e}"))?;
    Ok(())
}
