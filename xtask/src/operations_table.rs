//! The table of operations in altur-api/README.md (the crate docs), made
//! from altur.yaml and kept between two markers, so that what users read is
//! what the crate generates.

use std::fs;
use std::path::Path;

use serde_norway::Value;

use crate::codegen::retry_policy::Retry;
use crate::files::{Mode, SOURCE_KEY, UPSTREAM_DIR, unified_diff, write_atomically};

pub const README: &str = "altur-api/README.md";
/// Where each row's link goes in a build without the `client` feature (the
/// features table), one definition per operation: altur-api/src/lib.rs
/// includes it then, so the docs of every feature set have no broken link
/// and an operation Altur adds needs no hand-written line.
pub const LINKS_WITHOUT_CLIENT: &str = "altur-api/generated/operation_links.md";
const BEGIN: &str =
    "<!-- operations: written by `cargo xtask spec build` from openapi/altur.yaml -->";
const END: &str = "<!-- end of operations -->";

/// Writes the table into the README, or with `Mode::Check` fails when the
/// committed README holds another.
pub fn update(root: &Path, spec_text: &str, mode: Mode) -> Result<(), String> {
    let path = root.join(README);
    let readme = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let updated = splice(&readme, &table(spec_text)?)?;
    let links = links_without_client(spec_text)?;
    let links_path = root.join(LINKS_WITHOUT_CLIENT);
    let committed_links = fs::read_to_string(&links_path).unwrap_or_default();
    match mode {
        Mode::Check if updated != readme => Err(format!(
            "the operations table of {README} is not what `cargo xtask spec build` writes; run it and commit the result.\n{}",
            unified_diff(&readme, &updated)
        )),
        Mode::Check if links != committed_links => Err(format!(
            "{LINKS_WITHOUT_CLIENT} is not what `cargo xtask spec build` writes; run it and commit the result.\n{}",
            unified_diff(&committed_links, &links)
        )),
        Mode::Check => Ok(()),
        Mode::Write => {
            if updated != readme {
                write_atomically(&path, &updated)?;
            }
            if links != committed_links {
                write_atomically(&links_path, &links)?;
            }
            Ok(())
        }
    }
}

/// The table's links to the operations, each defined as the features
/// table: what a build without `client` documents instead of the methods.
pub fn links_without_client(spec_text: &str) -> Result<String, String> {
    let spec: Value =
        serde_norway::from_str(spec_text).map_err(|e| format!("altur.yaml: invalid YAML: {e}"))?;
    let mut ids: Vec<&str> = crate::openapi::operations(&spec)
        .into_iter()
        .filter_map(|(_, operation)| operation.get("operationId").and_then(Value::as_str))
        .collect();
    ids.sort_unstable();
    Ok(ids
        .iter()
        .map(|id| format!("[Client::{id}]: #features\n"))
        .collect())
}

/// One row per operation, ordered by path then method. What the client
/// does for each (retries, pages) is what the code generator derives from
/// the spec, asked of the generator itself. Each links its method as a
/// reference link, which altur-api/src/lib.rs sends to the features table
/// in a build without `client` (an inline link's target is fixed).
pub fn table(spec_text: &str) -> Result<String, String> {
    let spec: Value =
        serde_norway::from_str(spec_text).map_err(|e| format!("altur.yaml: invalid YAML: {e}"))?;
    let facts = crate::codegen::operation_facts(spec_text).map_err(|e| e.to_string())?;
    let mut rows: Vec<(String, usize, String)> = Vec::new();
    for (key, operation) in crate::openapi::operations(&spec) {
        let (method, path) = key.split_once(' ').unwrap_or_default();
        let id = operation
            .get("operationId")
            .and_then(Value::as_str)
            .ok_or_else(|| format!("{key} has no operationId"))?;
        let source = operation
            .get(SOURCE_KEY)
            .and_then(Value::as_str)
            .ok_or_else(|| format!("{key} has no {SOURCE_KEY}"))?;
        let described = if source.starts_with(UPSTREAM_DIR) {
            "published"
        } else {
            "reconstructed"
        };
        let (policy, paginated) = facts
            .iter()
            .find(|(operation, _)| operation.id == id)
            .ok_or_else(|| format!("the generator does not know `{id}`"))?;
        let retried = match policy.retry {
            Retry::Idempotent => "yes",
            Retry::WithIdempotencyKey => "yes, with the same `Idempotency-Key`",
            Retry::RateLimitedOnly => "after a 429 only",
        };
        let stream = if *paginated { "`stream()`" } else { "" };
        let rank = crate::openapi::METHODS
            .iter()
            .position(|m| m.eq_ignore_ascii_case(method))
            .unwrap_or(usize::MAX);
        rows.push((
            path.to_owned(),
            rank,
            format!(
                "| [`{id}`][Client::{id}] | `{method}` | `{path}` | {retried} | {stream} | {described}: `{source}` |"
            ),
        ));
    }
    rows.sort();
    let mut out = String::from(
        "| call | method | path | retried | all pages | description (in the repository) |\n\
         |---|---|---|---|---|---|\n",
    );
    for (_, _, row) in rows {
        out.push_str(&row);
        out.push('\n');
    }
    Ok(out)
}

fn splice(readme: &str, table: &str) -> Result<String, String> {
    let missing = || format!("{README} must hold the lines `{BEGIN}` and `{END}`, in that order");
    let (before, rest) = readme.split_once(BEGIN).ok_or_else(missing)?;
    let (_, after) = rest.split_once(END).ok_or_else(missing)?;
    Ok(format!("{before}{BEGIN}\n{table}{END}{after}"))
}
