//! `cargo xtask spec refresh`: fetch what Altur publishes, prove it makes a
//! client, write `openapi/upstream/` and `openapi/altur.yaml` in one step,
//! and say what changed.

pub mod page;
pub mod source;

use std::fs;
use std::path::{Path, PathBuf};

use crate::altur_yaml::{self, Published, Rendered};
use crate::files::{Mode, OVERLAY, PAGES, SPEC, UPSTREAM_DIR, write_atomically};
use crate::openapi::operation_names;
use crate::{
    operation_ids, operations_table, overlay_edit, release, report, shipped_source, supersede,
};

pub use source::{DEFAULT_INDEX, Options};

/// What a refresh found, for the caller to print.
#[derive(Debug)]
pub struct Refreshed {
    /// What changed in altur.yaml, each change BREAKING or compatible.
    pub report: String,
    pub changed: bool,
    pub warnings: Vec<String>,
    /// Reconstructions the published pages now stand in for, each said
    /// with what Altur's document says differently from ours.
    pub superseded: Vec<String>,
    /// The reconstruction files removed (or, with `--check`, to remove).
    pub removed: Vec<String>,
    /// Operations Altur publishes without an operationId, each with the one
    /// derived from its page.
    pub derived: Vec<String>,
    /// How many overlay actions the refresh wrote (derived operationIds,
    /// what superseded reconstructions added).
    pub overlay_actions: usize,
    /// The entry added to CHANGELOG.md's Unreleased section.
    pub changelog: String,
    /// The next version by Cargo's semver rules, from the last release and
    /// what Unreleased holds.
    pub version: String,
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
    let old_overlay =
        fs::read_to_string(root.join(OVERLAY)).map_err(|e| format!("{OVERLAY}: {e}"))?;
    let overlay = parse_overlay(&old_overlay)?;
    let first = altur_yaml::render(root, &documents, &overlay)?;
    let spec: serde_norway::Value =
        serde_norway::from_str(&first.text).map_err(|e| e.to_string())?;

    // What the published pages bring that the overlay must hold: an
    // operationId for each operation without one, and what each superseded
    // reconstruction adds to Altur's document.
    let (ids, derived) = derive_operation_ids(&spec, &published);
    let mut new_overlay = overlay_edit::append(
        &old_overlay,
        "Written by `cargo xtask spec refresh`: operationIds derived from the pages of\noperations Altur publishes without one; edit one to rename the method.",
        &ids,
    )?;
    let mut overlay_actions = ids.len();
    let mut superseded = Vec::new();
    for s in &first.superseded {
        let kept = supersede::kept(s, &spec);
        overlay_actions += kept.len();
        new_overlay = overlay_edit::append(
            &new_overlay,
            &format!(
                "Written by `cargo xtask spec refresh`: what openapi/reconstructed/{} added to\nwhat Altur now publishes for {}.",
                s.file, s.operation
            ),
            &kept,
        )?;
        superseded.push(format!("{}\n{}", s.sentence(), supersede::differences(s)));
    }
    let Rendered { text, warnings, .. } = if new_overlay == old_overlay {
        first
    } else {
        altur_yaml::render(root, &documents, &parse_overlay(&new_overlay)?)?
    };
    prove_it_generates(&text)?;

    let old_spec = fs::read_to_string(root.join(SPEC)).unwrap_or_default();
    let report = report::changes(&old_spec, &text)?;
    let bullets = release::bullets(&report);
    let old_changelog = fs::read_to_string(root.join(release::CHANGELOG))
        .map_err(|e| format!("{}: {e}", release::CHANGELOG))?;
    let new_changelog = release::insert(&old_changelog, &bullets)?;
    let version = release::proposal(root, &new_changelog)?;

    let removed: Vec<String> = superseded_files(root, &documents)?;
    let new_upstream: Vec<(String, String)> = published
        .iter()
        .map(|p| (p.file_name.clone(), p.text.clone()))
        .collect();
    let pages = pages_manifest(root, &published);
    let changed = old_spec != text
        || read_upstream(&root.join(UPSTREAM_DIR)) != new_upstream
        || new_overlay != old_overlay
        || !removed.is_empty();
    if mode == Mode::Write && changed {
        let shipped = shipped_source::generate(root, &text)?;
        write_all(root, &new_upstream, &pages, &text)?;
        if new_overlay != old_overlay {
            write_atomically(&root.join(OVERLAY), &new_overlay)?;
        }
        if new_changelog != old_changelog {
            write_atomically(&root.join(release::CHANGELOG), &new_changelog)?;
        }
        for file in &removed {
            fs::remove_file(root.join(file)).map_err(|e| format!("cannot remove {file}: {e}"))?;
        }
        // Derived from altur.yaml, so written after it is in place.
        operations_table::update(root, &text, Mode::Write)?;
        shipped.update(root, Mode::Write)?;
    }
    Ok(Refreshed {
        report: report.text(),
        changed,
        warnings,
        superseded,
        removed,
        derived,
        overlay_actions,
        changelog: release::entry_text(&bullets),
        version,
    })
}

fn parse_overlay(text: &str) -> Result<serde_norway::Value, String> {
    serde_norway::from_str(text).map_err(|e| format!("{OVERLAY}: invalid YAML: {e}"))
}

/// An overlay action naming each operation Altur publishes without an
/// operationId (and the overlay names none) after its page, and a line
/// saying so for each.
fn derive_operation_ids(
    spec: &serde_norway::Value,
    published: &[source::Published],
) -> (Vec<overlay_edit::Action>, Vec<String>) {
    let operations = crate::openapi::operations(spec);
    let mut taken: Vec<String> = operations
        .iter()
        .filter_map(|(_, op)| {
            op.get("operationId")
                .and_then(|v| v.as_str())
                .map(str::to_owned)
        })
        .collect();
    let mut actions = Vec::new();
    let mut said = Vec::new();
    for (operation, definition) in &operations {
        if definition.get("operationId").is_some() {
            continue;
        }
        let Some(page) = published.iter().find(|p| &p.operation == operation) else {
            continue;
        };
        let (method, path) = operation.split_once(' ').unwrap_or_default();
        let mut id = operation_ids::derive(&page.page, method, path);
        if taken.contains(&id) {
            id = format!("{id}_{}", method.to_ascii_lowercase());
        }
        taken.push(id.clone());
        let mut update = serde_norway::Mapping::new();
        update.insert("operationId".into(), id.clone().into());
        actions.push(overlay_edit::Action {
            target: overlay_edit::member(
                &overlay_edit::member("$.paths", path),
                &method.to_ascii_lowercase(),
            ),
            description: format!(
                "Altur publishes no operationId; derived from its page ({}) by `spec refresh`; the generator names the method after it.",
                page.page
            ),
            update,
        });
        said.push(format!(
            "{operation}: operationId `{id}`, derived from {}",
            page.page
        ));
    }
    (actions, said)
}

/// The reconstructions (paths from the root) whose operation is published.
fn superseded_files(root: &Path, documents: &[Published]) -> Result<Vec<String>, String> {
    let published: Vec<String> = documents
        .iter()
        .flat_map(|d| crate::openapi::operation_names(&d.document))
        .collect();
    let upstream = documents
        .iter()
        .map(|d| (d.file.clone(), d.document.clone()))
        .collect();
    Ok(crate::reconstructed::read_all(root, &upstream)?
        .into_iter()
        .filter(|r| {
            crate::openapi::operation_names(&r.document)
                .iter()
                .any(|op| published.contains(op))
        })
        .map(|r| format!("{}/{}", crate::reconstructed::DIR, r.file))
        .collect())
}

/// openapi/upstream/pages.md: the page each file was published on, in the
/// form of an llms.txt index. A source that names no page (one YAML file)
/// keeps the page the manifest had.
fn pages_manifest(root: &Path, published: &[source::Published]) -> String {
    let before = fs::read_to_string(root.join(UPSTREAM_DIR).join(PAGES)).unwrap_or_default();
    let mut out = String::from(
        "# Where Altur publishes each file of this folder\n\n\
         Written by `cargo xtask spec refresh`: each file is the OpenAPI block of its\n\
         page, byte for byte.\n\n",
    );
    for p in published {
        let line = if p.page.starts_with("https://") || p.page.starts_with("http://") {
            let title = p.title.clone().unwrap_or_else(|| p.operation.clone());
            format!("- [{title}]({}): {}\n", p.page, p.file_name)
        } else {
            match before
                .lines()
                .find(|l| l.ends_with(&format!("): {}", p.file_name)))
            {
                Some(line) => format!("{line}\n"),
                None => format!("- [{}]({}): {}\n", p.operation, p.page, p.file_name),
            }
        };
        out.push_str(&line);
    }
    out
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
fn write_all(
    root: &Path,
    upstream: &[(String, String)],
    pages: &str,
    spec_text: &str,
) -> Result<(), String> {
    let openapi = root.join("openapi");
    let staging = openapi.join(format!(".refresh-{}", std::process::id()));
    let outcome = stage(&staging, upstream, pages, spec_text).and_then(|()| swap(root, &staging));
    let _ = fs::remove_dir_all(&staging);
    outcome
}

fn stage(
    staging: &Path,
    upstream: &[(String, String)],
    pages: &str,
    spec_text: &str,
) -> Result<(), String> {
    let dir = staging.join("upstream");
    fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for (name, text) in upstream {
        fs::write(dir.join(name), text).map_err(|e| format!("cannot stage {name}: {e}"))?;
    }
    fs::write(dir.join(PAGES), pages).map_err(|e| format!("cannot stage {PAGES}: {e}"))?;
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
