//! The project's own documents for the operations Altur has published no
//! whole page for (`openapi/reconstructed/`), each bundled into the shape of
//! a docs page's OpenAPI block so that the same merge reads them and the
//! published ones.
//!
//! A reconstructed document is a whole OpenAPI document, as a page's block
//! is: one operation, and the `info`, `servers` and `security` every page
//! repeats (the merge holds them to the published page's). It refers to
//! schemas elsewhere by file, with external references any OpenAPI tool
//! resolves: `_shared.yaml#/components/schemas/Call` (ours, kept once) or
//! `../upstream/post_message.yaml#/components/schemas/Thread` (Altur's, never
//! copied), and to Altur's security scheme the same way. Bundling pulls in
//! every schema referred to, transitively, and each security scheme, so that
//! the page refers only to its own `components`.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Component, Path, PathBuf};

use serde_norway::{Mapping, Value};

use crate::files::{UPSTREAM_DIR, read_yaml};

pub const DIR: &str = "openapi/reconstructed";
/// What the reconstructed documents share; not an operation of its own.
pub const SHARED: &str = "_shared.yaml";

/// One reconstructed operation, bundled.
#[derive(Debug)]
pub struct Reconstruction {
    /// `get_thread_{id}.yaml`
    pub file: String,
    /// The page title its header names (`# Title: ...`).
    pub title: String,
    /// The docs page it stands in for (`# Page: ...`).
    pub page: String,
    /// The whole document, in the shape of a docs page's OpenAPI block.
    pub document: Value,
}

/// Reads and bundles every reconstructed document. References into
/// `openapi/upstream/` resolve against `upstream` (file name to document),
/// the published documents of this build, never against other files.
pub fn read_all(
    root: &Path,
    upstream: &BTreeMap<String, Value>,
) -> Result<Vec<Reconstruction>, String> {
    let dir = root.join(DIR);
    let Ok(entries) = fs::read_dir(&dir) else {
        return Ok(Vec::new());
    };
    let mut files: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".yaml") && !name.starts_with('_'))
        .collect();
    files.sort();
    let shared = read_yaml(&dir.join(SHARED))?;
    files
        .into_iter()
        .map(|file| {
            let path = dir.join(&file);
            let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let header = |key: &str| {
                text.lines()
                    .take_while(|l| l.starts_with('#'))
                    .find_map(|l| l.strip_prefix(&format!("# {key}: ")))
                    .map(str::to_owned)
                    .ok_or_else(|| format!("{DIR}/{file}: the header has no `# {key}:` line"))
            };
            let (title, page) = (header("Title")?, header("Page")?);
            let document = serde_norway::from_str(&text)
                .map_err(|e| format!("{DIR}/{file}: invalid YAML: {e}"))?;
            let document = bundle(root, &file, document, &shared, upstream)
                .map_err(|why| format!("{DIR}/{file}: {why}"))?;
            Ok(Reconstruction {
                file,
                title,
                page,
                document,
            })
        })
        .collect()
}

fn bundle(
    root: &Path,
    file: &str,
    mut document: Value,
    shared: &Value,
    upstream: &BTreeMap<String, Value>,
) -> Result<Value, String> {
    // The merge holds each page's `info` to the others' (the published
    // page's among them). `_shared.yaml`, a whole document but no page,
    // repeats it too, and only this compares that copy; it also refuses a
    // document without one, which a page never is.
    if document.get("info") != shared.get("info") {
        return Err(format!(
            "`info` is not {SHARED}'s: every document repeats the published page's"
        ));
    }
    let here = PathBuf::from(DIR).join(file);
    let mut bundler = Bundler {
        root,
        upstream,
        files: BTreeMap::from([
            (here.clone(), document.clone()),
            (PathBuf::from(DIR).join(SHARED), shared.clone()),
        ]),
        origin: BTreeMap::new(),
        queue: Vec::new(),
    };
    let mut paths = document
        .get_mut("paths")
        .map(std::mem::take)
        .ok_or("no `paths`")?;
    bundler.rewrite(&mut paths, &here)?;
    // A document's own schemas belong to it even where no operation refers
    // to them: the webhook payloads, which Altur sends rather than serves.
    for (name, _) in crate::openapi::members(&document["components"], "schemas") {
        bundler.take(&format!("#/components/schemas/{name}"), &here)?;
    }
    let mut schemas = Mapping::new();
    while !bundler.queue.is_empty() {
        let (name, file) = bundler.queue.remove(0);
        let mut schema = bundler.component(&file, "schemas", &name)?;
        bundler.rewrite(&mut schema, &file)?;
        schemas.insert(name.into(), schema);
    }
    let mut components = Mapping::new();
    if !schemas.is_empty() {
        components.insert("schemas".into(), Value::Mapping(schemas));
    }
    let mut schemes = Mapping::new();
    for (name, scheme) in crate::openapi::members(&document["components"], "securitySchemes") {
        let scheme = match scheme.get("$ref").and_then(Value::as_str) {
            Some(reference) => {
                let (file, name) = target(reference, "securitySchemes", &here)?;
                bundler.component(&file, "securitySchemes", &name)?
            }
            None => scheme,
        };
        schemes.insert(name.into(), scheme);
    }
    if !schemes.is_empty() {
        components.insert("securitySchemes".into(), Value::Mapping(schemes));
    }
    let mut page = Mapping::new();
    page.insert(
        "openapi".into(),
        document.get("openapi").cloned().ok_or("no `openapi`")?,
    );
    for key in ["info", "servers", "security"] {
        if let Some(value) = document.get(key) {
            page.insert(key.into(), value.clone());
        }
    }
    page.insert("paths".into(), paths);
    page.insert("components".into(), Value::Mapping(components));
    Ok(Value::Mapping(page))
}

struct Bundler<'a> {
    root: &'a Path,
    upstream: &'a BTreeMap<String, Value>,
    /// Documents read so far, by path from the workspace root.
    files: BTreeMap<PathBuf, Value>,
    /// Where each schema taken in comes from: one name, one definition.
    origin: BTreeMap<String, PathBuf>,
    /// Schemas taken in whose own references are still to be followed.
    queue: Vec<(String, PathBuf)>,
}

impl Bundler<'_> {
    /// Points every `$ref` in `value` (found in `context`) at the bundle's
    /// own components, taking in what it refers to.
    fn rewrite(&mut self, value: &mut Value, context: &Path) -> Result<(), String> {
        match value {
            Value::Mapping(mapping) => {
                if let Some(Value::String(reference)) = mapping.get_mut("$ref") {
                    *reference = self.take(reference, context)?;
                }
                for (_, member) in mapping.iter_mut() {
                    self.rewrite(member, context)?;
                }
            }
            Value::Sequence(items) => {
                for item in items {
                    self.rewrite(item, context)?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn take(&mut self, reference: &str, context: &Path) -> Result<String, String> {
        let (file, name) = target(reference, "schemas", context)?;
        let name = name.as_str();
        match self.origin.get(name) {
            Some(known) if *known == file => {}
            Some(known) => {
                return Err(format!(
                    "schema `{name}` is taken from both {} and {}",
                    known.display(),
                    file.display()
                ));
            }
            None => {
                self.origin.insert(name.to_owned(), file.clone());
                self.queue.push((name.to_owned(), file));
            }
        }
        Ok(format!("#/components/schemas/{name}"))
    }

    /// `components.<section>.<name>` of `file`.
    fn component(&mut self, file: &Path, section: &str, name: &str) -> Result<Value, String> {
        if !self.files.contains_key(file) {
            let document = match file.strip_prefix(UPSTREAM_DIR) {
                Ok(published) => self
                    .upstream
                    .get(&published.display().to_string())
                    .cloned()
                    .ok_or_else(|| {
                        format!(
                            "refers to {}, which is not published (any more)",
                            file.display()
                        )
                    })?,
                Err(_) => read_yaml(&self.root.join(file))?,
            };
            self.files.insert(file.to_owned(), document);
        }
        self.files[file]
            .get("components")
            .and_then(|c| c.get(section))
            .and_then(|s| s.get(name))
            .cloned()
            .ok_or_else(|| {
                format!(
                    "{} defines no `components.{section}.{name}`",
                    file.display()
                )
            })
    }
}

/// The file (from the workspace root) and the name of the member of
/// `components.<section>` that a `$ref` found in `context` points at.
fn target(reference: &str, section: &str, context: &Path) -> Result<(PathBuf, String), String> {
    let (file, pointer) = reference
        .split_once('#')
        .ok_or_else(|| format!("`$ref: {reference}` has no `#/components/{section}/...`"))?;
    let name = pointer
        .strip_prefix(&format!("/components/{section}/"))
        .filter(|name| !name.contains('/'))
        .ok_or_else(|| format!("`$ref: {reference}` is not a member of `components.{section}`"))?;
    let file = if file.is_empty() {
        context.to_owned()
    } else {
        normalize(&context.parent().unwrap_or(Path::new("")).join(file))
    };
    Ok((file, name.to_owned()))
}

/// `openapi/reconstructed/../upstream/x.yaml` → `openapi/upstream/x.yaml`.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}
