//! Merges the per-operation documents Altur publishes into one: the union of
//! their paths, each component once. A schema that two pages define
//! differently, one only adding to the other (properties, descriptions), is
//! their union; any other difference is an error naming both pages, the
//! fields that differ and the rule that would settle it either way, unless a
//! rule (`x-merge-rules` in openapi/overlay.yaml) says which page's
//! definition to keep.

use std::collections::BTreeMap;

use serde_norway::{Mapping, Value};

use crate::openapi::{METHODS, operation_names};

/// One document, published or reconstructed, and where it came from.
pub struct Page {
    /// Where it was published (a URL) or stored (a file name).
    pub name: String,
    pub document: Value,
    /// Altur's own (`openapi/upstream/`), or the project's reconstruction
    /// (`openapi/reconstructed/`): where the two define a schema
    /// differently, Altur's definition is kept.
    pub published: bool,
}

/// "When pages disagree on `component`, keep the definition of the page
/// that publishes `prefer`."
#[derive(Debug)]
pub struct Rule {
    /// `schemas.Error`
    pub component: String,
    /// `POST /campaigns/{id}/{action}`
    pub prefer: String,
    pub description: String,
}

/// Reads the rules from an overlay document's `x-merge-rules`.
pub fn rules(overlay: &Value) -> Result<Vec<Rule>, String> {
    let Some(list) = overlay.get("x-merge-rules") else {
        return Ok(Vec::new());
    };
    let list = list.as_sequence().ok_or("`x-merge-rules` must be a list")?;
    list.iter()
        .enumerate()
        .map(|(i, rule)| {
            let field = |name: &str| {
                rule.get(name)
                    .and_then(Value::as_str)
                    .map(str::to_owned)
                    .ok_or_else(|| format!("x-merge-rules[{i}] has no `{name}`"))
            };
            Ok(Rule {
                component: field("component")?,
                prefer: field("prefer")?,
                description: field("description")?,
            })
        })
        .collect()
}

/// What merging noticed without failing.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Rules no disagreement needed: Altur may have fixed its pages.
    pub unused_rules: Vec<String>,
    /// Schemas a reconstruction defines otherwise than a published page
    /// (whose definition is kept).
    pub overruled: Vec<String>,
    /// Schemas two pages define differently, one only adding to the other:
    /// their union is kept.
    pub united: Vec<String>,
}

/// Top-level members every page repeats; they must agree.
const SHARED: [&str; 4] = ["openapi", "info", "servers", "security"];

/// Merges `pages` in the order of their operations (`DELETE /a` before
/// `GET /a`), so that the result does not depend on whether a document was
/// published or reconstructed, or on the order it was read in.
pub fn merge(pages: &[Page], rules: &[Rule]) -> Result<(Value, Outcome), String> {
    if pages.is_empty() {
        return Err("there is no published document to merge".into());
    }
    let mut sorted: Vec<&Page> = pages.iter().collect();
    // Pages without operations (the webhook payloads) go last, so that
    // adding one leaves the order of everything else as it was.
    sorted.sort_by_cached_key(|page| {
        let operations = operation_names(&page.document);
        (operations.is_empty(), operations)
    });
    let pages = &sorted[..];
    let mut merged = Mapping::new();
    let mut origin_of_shared: BTreeMap<&str, String> = BTreeMap::new();
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
                    origin_of_shared.insert(key, page.name.clone());
                }
                Some(existing) if existing == value => {}
                Some(existing) => {
                    let other = origin_of_shared.get(key).map_or("?", String::as_str);
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
    let mut used = vec![false; rules.len()];
    let mut overruled = Vec::new();
    let mut united = Vec::new();
    let components = merge_components(pages, rules, &mut used, &mut overruled, &mut united)?;
    if !components.is_empty() {
        merged.insert("components".into(), Value::Mapping(components));
    }
    let unused_rules = rules
        .iter()
        .zip(used)
        .filter(|(_, used)| !used)
        .map(|(rule, _)| {
            format!(
                "merge rule for `{}` ({}) settles no disagreement",
                rule.component, rule.description
            )
        })
        .collect();
    Ok((
        Value::Mapping(merged),
        Outcome {
            unused_rules,
            overruled,
            united,
        },
    ))
}

fn merge_paths(pages: &[&Page]) -> Result<Value, String> {
    let mut paths = Mapping::new();
    let mut origin: BTreeMap<String, String> = BTreeMap::new();
    for page in pages {
        let Some(page_paths) = page.document.get("paths").and_then(Value::as_mapping) else {
            continue;
        };
        for (path, item) in page_paths {
            let path_name = path.as_str().unwrap_or_default().to_owned();
            let item = item
                .as_mapping()
                .ok_or_else(|| format!("{}: path `{path_name}` is not a mapping", page.name))?;
            let entry = child_mapping(&mut paths, path);
            for (method, operation) in item {
                let key = format!(
                    "{} {path_name}",
                    method.as_str().unwrap_or_default().to_uppercase()
                );
                if let Some(existing) = entry.get(method) {
                    if existing == operation && !is_operation(method) {
                        continue;
                    }
                    let other = origin.get(&key).map_or("?", String::as_str);
                    return Err(format!(
                        "{key} is published by two pages: {other} and {}",
                        page.name
                    ));
                }
                entry.insert(method.clone(), operation.clone());
                origin.insert(key, page.name.clone());
            }
        }
    }
    Ok(Value::Mapping(paths))
}

fn is_operation(key: &Value) -> bool {
    key.as_str().is_some_and(|k| METHODS.contains(&k))
}

fn merge_components(
    pages: &[&Page],
    rules: &[Rule],
    used: &mut [bool],
    overruled: &mut Vec<String>,
    notes: &mut Vec<String>,
) -> Result<Mapping, String> {
    // Per component: the pages whose definitions were joined, and where
    // they differ.
    let mut united: BTreeMap<String, (Vec<String>, std::collections::BTreeSet<String>)> =
        BTreeMap::new();
    let mut components = Mapping::new();
    let mut origin: BTreeMap<String, &Page> = BTreeMap::new();
    let mut settled: Vec<String> = Vec::new();
    for page in pages {
        let Some(sections) = page.document.get("components").and_then(Value::as_mapping) else {
            continue;
        };
        for (section, members) in sections {
            let section_name = section.as_str().unwrap_or_default();
            let members = members.as_mapping().ok_or_else(|| {
                format!("{}: components.{section_name} is not a mapping", page.name)
            })?;
            let merged = child_mapping(&mut components, section);
            for (name, definition) in members {
                let short = format!("{section_name}.{}", name.as_str().unwrap_or_default());
                let key = format!("components.{short}");
                if settled.contains(&key) {
                    continue;
                }
                match merged.get(name) {
                    None => {
                        merged.insert(name.clone(), definition.clone());
                        origin.insert(key, page);
                    }
                    Some(existing) if existing == definition => {}
                    Some(existing) if origin[&key].published != page.published => {
                        let (kept, dropped) = if page.published {
                            (*page, origin[&key])
                        } else {
                            (origin[&key], *page)
                        };
                        let mut fields = Vec::new();
                        differing_fields(existing, definition, String::new(), &mut fields);
                        overruled.push(format!(
                            "`{key}` of {} differs from the published one of {} (kept); differing fields: {}",
                            dropped.name,
                            kept.name,
                            fields.join(", ")
                        ));
                        if page.published {
                            merged.insert(name.clone(), definition.clone());
                            origin.insert(key, page);
                        }
                    }
                    Some(existing) => {
                        if let Some(i) = rules.iter().position(|r| r.component == short) {
                            let chosen = preferred(pages, section, name, &rules[i])?;
                            merged.insert(name.clone(), chosen);
                            settled.push(key);
                            used[i] = true;
                            continue;
                        }
                        let first = origin[&key];
                        let mut union = Union::default();
                        let joined = union.join(existing, definition, "");
                        if union.conflicts.is_empty() {
                            let mut fields = Vec::new();
                            differing_fields(existing, definition, String::new(), &mut fields);
                            let note = united.entry(key.clone()).or_insert_with(|| {
                                (vec![first.name.clone()], std::collections::BTreeSet::new())
                            });
                            note.0.push(page.name.clone());
                            note.1.extend(fields);
                            merged.insert(name.clone(), joined);
                            continue;
                        }
                        return Err(unsettled(&key, &short, first, page, &union.conflicts));
                    }
                }
            }
        }
    }
    for (key, (pages, fields)) in united {
        notes.push(format!(
            "`{key}`: {} define it differently, one only adding to another \
             (properties, descriptions, required names); their union is kept. Differing fields: {}",
            pages.join(", "),
            fields.into_iter().collect::<Vec<_>>().join(", ")
        ));
    }
    Ok(components)
}

/// A real disagreement, with the `x-merge-rules` entries that would settle
/// it either way, ready to paste.
fn unsettled(key: &str, short: &str, first: &Page, second: &Page, conflicts: &[String]) -> String {
    let entry = |page: &Page| {
        let operation = operation_names(&page.document)
            .into_iter()
            .next()
            .unwrap_or_default();
        format!(
            "  - component: {short}\n    prefer: {operation}\n    description: <why the definition of {} is right>\n",
            page.name
        )
    };
    format!(
        "`{key}` is defined differently by {} and {}; differing fields: {}. \
         Say which definition to keep in openapi/overlay.yaml, under `x-merge-rules:` \
         (in place of `[]` when it is empty), with one of:\n{}or\n{}",
        first.name,
        second.name,
        conflicts.join(", "),
        entry(first),
        entry(second)
    )
}

/// Members that are words about a schema, not its shape: one page may have
/// them where another has not, or say them otherwise, and the first is kept.
fn is_words(key: &str) -> bool {
    matches!(
        key,
        "description" | "title" | "summary" | "example" | "examples" | "externalDocs"
    ) || key.starts_with("x-")
}

/// Joins two definitions of a schema where one only adds to the other:
/// properties, words, names in `required` (one list within the other).
/// Anything else that differs (a type, a format, enum values, `required` in
/// opposite directions) is a conflict.
#[derive(Default)]
struct Union {
    conflicts: Vec<String>,
}

impl Union {
    fn join(&mut self, a: &Value, b: &Value, at: &str) -> Value {
        let here = |key: &str| {
            if at.is_empty() {
                key.to_owned()
            } else {
                format!("{at}.{key}")
            }
        };
        let (Value::Mapping(a), Value::Mapping(b)) = (a, b) else {
            if a != b {
                self.conflicts.push(if at.is_empty() {
                    "(the whole value)".into()
                } else {
                    at.to_owned()
                });
            }
            return a.clone();
        };
        let mut out = a.clone();
        for (key, theirs) in b {
            let name = key.as_str().unwrap_or_default();
            match a.get(key) {
                Some(ours) if ours == theirs => {}
                Some(_) if is_words(name) => {}
                Some(Value::Sequence(ours)) if name == "required" => {
                    let theirs = theirs.as_sequence().cloned().unwrap_or_default();
                    let within = |x: &[Value], y: &[Value]| x.iter().all(|v| y.contains(v));
                    if within(ours, &theirs) {
                        out.insert(key.clone(), Value::Sequence(theirs));
                    } else if !within(&theirs, ours) {
                        self.conflicts
                            .push(format!("{} (in opposite directions)", here(name)));
                    }
                }
                Some(Value::Mapping(ours)) if name == "properties" => {
                    let Value::Mapping(theirs) = theirs else {
                        self.conflicts.push(here(name));
                        continue;
                    };
                    let mut properties = ours.clone();
                    for (property, schema) in theirs {
                        let path =
                            format!("{}.{}", here(name), property.as_str().unwrap_or_default());
                        match ours.get(property) {
                            Some(mine) => {
                                let joined = self.join(mine, schema, &path);
                                properties.insert(property.clone(), joined);
                            }
                            None => {
                                properties.insert(property.clone(), schema.clone());
                            }
                        }
                    }
                    out.insert(key.clone(), Value::Mapping(properties));
                }
                Some(ours @ Value::Mapping(_)) => {
                    let joined = self.join(ours, theirs, &here(name));
                    out.insert(key.clone(), joined);
                }
                Some(_) => self.conflicts.push(here(name)),
                None if is_words(name) || name == "properties" || name == "required" => {
                    out.insert(key.clone(), theirs.clone());
                }
                None => self.conflicts.push(here(name)),
            }
        }
        for (key, _) in a {
            let name = key.as_str().unwrap_or_default();
            if !b.contains_key(key) && !is_words(name) && name != "properties" && name != "required"
            {
                self.conflicts.push(here(name));
            }
        }
        Value::Mapping(out)
    }
}

/// The definition of the page that publishes the rule's operation.
fn preferred(pages: &[&Page], section: &Value, name: &Value, rule: &Rule) -> Result<Value, String> {
    let page = pages
        .iter()
        .find(|page| operation_names(&page.document).contains(&rule.prefer))
        .ok_or_else(|| {
            format!(
                "merge rule for `{}`: no page publishes {}",
                rule.component, rule.prefer
            )
        })?;
    page.document
        .get("components")
        .and_then(|c| c.get(section))
        .and_then(|s| s.get(name))
        .cloned()
        .ok_or_else(|| {
            format!(
                "merge rule for `{}`: {} does not define it",
                rule.component, page.name
            )
        })
}

/// The mapping at `key`, made empty if absent. A non-mapping there (which
/// this module never inserts) is replaced.
fn child_mapping<'a>(map: &'a mut Mapping, key: &Value) -> &'a mut Mapping {
    let entry = map
        .entry(key.clone())
        .or_insert_with(|| Value::Mapping(Mapping::new()));
    if !entry.is_mapping() {
        *entry = Value::Mapping(Mapping::new());
    }
    match entry {
        Value::Mapping(mapping) => mapping,
        _ => unreachable!("made a mapping just above"),
    }
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
