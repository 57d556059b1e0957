//! Merges the per-operation documents Altur publishes into one: the union of
//! their paths, each component once. A component that two pages define
//! differently is an error naming both pages and the fields that differ.

use serde_norway::{Mapping, Value};

/// One published document and where it came from.
pub struct Page {
    pub name: String,
    pub document: Value,
}

/// Top-level members every page repeats; they must agree.
const SHARED: [&str; 4] = ["openapi", "info", "servers", "security"];

pub fn merge(pages: &[Page]) -> Result<Value, String> {
    if pages.is_empty() {
        return Err("there is no published document to merge".into());
    }
    let mut merged = Mapping::new();
    let mut origin_of_shared = Mapping::new();
    for page in pages {
        let document = page
            .document
            .as_mapping()
            .ok_or_else(|| format!("{}: not a YAML mapping", page.name))?;
        for key in SHARED {
            let Some(value) = document.get(key) else {
                continue;
            };
            match merged.get(key) {
                None => {
                    merged.insert(key.into(), value.clone());
                    origin_of_shared.insert(key.into(), page.name.clone().into());
                }
                Some(existing) if existing == value => {}
                Some(existing) => {
                    let other = origin_of_shared
                        .get(key)
                        .and_then(Value::as_str)
                        .unwrap_or("?");
                    return Err(conflict(
                        &format!("`{key}`"),
                        other,
                        &page.name,
                        existing,
                        value,
                    ));
                }
            }
        }
    }
    merged.insert("paths".into(), merge_paths(pages)?);
    let components = merge_components(pages)?;
    if !components.is_empty() {
        merged.insert("components".into(), Value::Mapping(components));
    }
    Ok(Value::Mapping(merged))
}

fn merge_paths(pages: &[Page]) -> Result<Value, String> {
    let mut paths = Mapping::new();
    let mut origin: Vec<(String, String)> = Vec::new();
    for page in pages {
        let Some(page_paths) = page.document.get("paths").and_then(Value::as_mapping) else {
            continue;
        };
        for (path, item) in page_paths {
            let path_name = path.as_str().unwrap_or_default().to_owned();
            let item = item
                .as_mapping()
                .ok_or_else(|| format!("{}: path `{path_name}` is not a mapping", page.name))?;
            let entry = paths
                .entry(path.clone())
                .or_insert_with(|| Value::Mapping(Mapping::new()));
            let Value::Mapping(entry) = entry else {
                unreachable_mapping()
            };
            for (method, operation) in item {
                let key = format!(
                    "{} {path_name}",
                    method.as_str().unwrap_or_default().to_uppercase()
                );
                if let Some(existing) = entry.get(method) {
                    if existing == operation && !is_operation(method) {
                        continue;
                    }
                    let other = origin
                        .iter()
                        .find(|(k, _)| *k == key)
                        .map(|(_, page)| page.as_str())
                        .unwrap_or("?");
                    return Err(format!(
                        "{key} is published by two pages: {other} and {}",
                        page.name
                    ));
                }
                entry.insert(method.clone(), operation.clone());
                origin.push((key, page.name.clone()));
            }
        }
    }
    Ok(Value::Mapping(paths))
}

fn is_operation(key: &Value) -> bool {
    matches!(
        key.as_str(),
        Some("get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace")
    )
}

fn merge_components(pages: &[Page]) -> Result<Mapping, String> {
    let mut components = Mapping::new();
    let mut origin: Vec<(String, String)> = Vec::new();
    for page in pages {
        let Some(sections) = page.document.get("components").and_then(Value::as_mapping) else {
            continue;
        };
        for (section, members) in sections {
            let section_name = section.as_str().unwrap_or_default();
            let members = members.as_mapping().ok_or_else(|| {
                format!("{}: components.{section_name} is not a mapping", page.name)
            })?;
            let merged = components
                .entry(section.clone())
                .or_insert_with(|| Value::Mapping(Mapping::new()));
            let Value::Mapping(merged) = merged else {
                unreachable_mapping()
            };
            for (name, definition) in members {
                let key = format!(
                    "components.{section_name}.{}",
                    name.as_str().unwrap_or_default()
                );
                match merged.get(name) {
                    None => {
                        merged.insert(name.clone(), definition.clone());
                        origin.push((key, page.name.clone()));
                    }
                    Some(existing) if existing == definition => {}
                    Some(existing) => {
                        let other = origin
                            .iter()
                            .find(|(k, _)| *k == key)
                            .map(|(_, page)| page.as_str())
                            .unwrap_or("?");
                        return Err(conflict(
                            &format!("`{key}`"),
                            other,
                            &page.name,
                            existing,
                            definition,
                        ));
                    }
                }
            }
        }
    }
    Ok(components)
}

fn unreachable_mapping() -> ! {
    unreachable!("entries are inserted as mappings just above")
}

fn conflict(what: &str, first: &str, second: &str, a: &Value, b: &Value) -> String {
    let mut fields = Vec::new();
    differing_fields(a, b, String::new(), &mut fields);
    format!(
        "{what} is defined differently by {first} and {second}; differing fields: {}",
        fields.join(", ")
    )
}

/// The dotted paths at which two values differ, as deep as both are objects.
pub fn differing_fields(a: &Value, b: &Value, at: String, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Mapping(a), Value::Mapping(b)) => {
            let keys = a.keys().chain(b.keys().filter(|k| !a.contains_key(*k)));
            for key in keys {
                let name = key
                    .as_str()
                    .map(str::to_owned)
                    .unwrap_or_else(|| format!("{key:?}"));
                let here = if at.is_empty() {
                    name
                } else {
                    format!("{at}.{name}")
                };
                match (a.get(key), b.get(key)) {
                    (Some(x), Some(y)) if x == y => {}
                    (Some(x), Some(y)) => differing_fields(x, y, here, out),
                    _ => out.push(here),
                }
            }
        }
        _ if a == b => {}
        _ => out.push(if at.is_empty() {
            "(the whole value)".into()
        } else {
            at
        }),
    }
}
