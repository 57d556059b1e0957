//! An API command's JSON body beyond what progenitor's flags set, read off
//! the spec at build time (`build/shapes.rs`): the `--hours` flags of each
//! day schedule it holds (`scheduling`, `cycles.schedule`), the `//` notes
//! of a body template dropped, and every value of an enum field checked,
//! so that `cycles.filter_statuses: ["no_answer"]` is refused with "did you
//! mean no-answer" rather than sent, and a second cycle calls nobody
//! (`--allow-unknown` sends it anyway). The generated commands read their
//! body here (`build/adapt.rs`).

use std::path::PathBuf;

use clap::ArgMatches;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::failure::{Failure, Result};

mod derived {
    include!(concat!(env!("OUT_DIR"), "/bodies.rs"));
}

/// The body of `operation`, as the command line gives it: the file of
/// `--json-body` (`-`: standard input), else, where its `--hours` flags
/// are given, one made of them (and of placeholders for the required
/// fields, which clap makes the user give as flags); `None` where neither.
pub fn read<T: DeserializeOwned>(operation: &str, matches: &ArgMatches) -> Result<Option<T>> {
    let file = matches.try_get_one::<PathBuf>("json-body").ok().flatten();
    let schedules: Vec<(&str, &str, Vec<String>)> = derived::SCHEDULES
        .iter()
        .filter(|(id, _, _)| *id == operation)
        .filter_map(|(_, flag, path)| {
            let values: Vec<String> = matches
                .try_get_many::<String>(flag)
                .ok()
                .flatten()?
                .cloned()
                .collect();
            Some((*flag, *path, values))
        })
        .collect();
    let (mut body, named) = match file {
        Some(path) => {
            let named = path.display().to_string();
            let text = crate::input::read_to_string(path)
                .map_err(|e| Failure::Usage(format!("failed to read {named}: {e}")))?;
            let body: Value = serde_json::from_str(&text)
                .map_err(|e| Failure::Usage(format!("failed to parse {named}: {e}")))?;
            (body, format!("--json-body {named}"))
        }
        None if !schedules.is_empty() => (placeholders(operation), "the body".to_owned()),
        None => return Ok(None),
    };
    without_notes(&mut body);
    for (flag, path, values) in schedules {
        let week = crate::hours::schedule(&values)
            .map_err(|why| Failure::Usage(format!("--{flag}: {why}")))?;
        set(&mut body, path, week);
    }
    if matches.try_get_one::<bool>("allow-unknown").ok().flatten() != Some(&true) {
        check_values(operation, &body, &named)?;
    }
    let typed = serde_json::from_value(body)
        .map_err(|e| Failure::Usage(format!("failed to parse {named}: {e}")))?;
    Ok(Some(typed))
}

/// The required fields with their template values.
fn placeholders(operation: &str) -> Value {
    let fields = derived::REQUIRED
        .iter()
        .find(|(id, _)| *id == operation)
        .map_or(&[][..], |(_, fields)| fields);
    Value::Object(
        fields
            .iter()
            .map(|(name, value)| {
                let value = serde_json::from_str(value).unwrap_or(Value::Null);
                ((*name).to_owned(), value)
            })
            .collect(),
    )
}

/// A body template's notes (`"//scheduling": "Calling hours..."`) are for
/// the person who fills it in, not the API.
fn without_notes(value: &mut Value) {
    match value {
        Value::Object(object) => {
            object.retain(|key, _| !key.starts_with("//"));
            object.values_mut().for_each(without_notes);
        }
        Value::Array(items) => items.iter_mut().for_each(without_notes),
        _ => {}
    }
}

/// `value` at `path` (`cycles.schedule`), making the objects on the way.
fn set(body: &mut Value, path: &str, value: Value) {
    let mut at = body;
    for name in path.split('.') {
        if !at.is_object() {
            *at = Value::Object(Map::new());
        }
        let Value::Object(object) = at else { return };
        at = object.entry(name).or_insert(Value::Null);
    }
    *at = value;
}

/// Every value of an enum field is one the spec lists; else a usage error
/// naming the field, the value, the nearest value and all of them.
fn check_values(operation: &str, body: &Value, named: &str) -> Result<()> {
    for (_, path, what, known) in derived::ENUMS.iter().filter(|(id, ..)| *id == operation) {
        let mut found = Vec::new();
        values_at(body, path, String::new(), &mut found);
        for (at, value) in found {
            let Some(text) = value.as_str() else { continue };
            if known.contains(&text) {
                continue;
            }
            let nearest = known
                .iter()
                .map(|candidate| (strsim::jaro(text, candidate), *candidate))
                .filter(|(score, _)| *score > 0.7)
                .max_by(|a, b| a.0.total_cmp(&b.0))
                .map(|(_, candidate)| format!(" (did you mean `{candidate}`?)"))
                .unwrap_or_default();
            return Err(Failure::Usage(format!(
                "{named}: {at} is `{text}`, which is no {} this command knows{nearest}; the \
                 values are {} (--allow-unknown sends it anyway)",
                first_lowercase(what),
                known.join(", "),
            )));
        }
    }
    Ok(())
}

/// The values at `path` (`a.b[]`), each with where it is (`a.b[2]`).
fn values_at<'a>(value: &'a Value, path: &str, at: String, found: &mut Vec<(String, &'a Value)>) {
    let (name, rest) = path.split_once('.').unwrap_or((path, ""));
    let (name, items) = match name.strip_suffix("[]") {
        Some(name) => (name, true),
        None => (name, false),
    };
    let Some(field) = value.get(name) else { return };
    let here = if at.is_empty() {
        name.to_owned()
    } else {
        format!("{at}.{name}")
    };
    let fields: Vec<(String, &Value)> = match (items, field) {
        (true, Value::Array(list)) => list
            .iter()
            .enumerate()
            .map(|(i, item)| (format!("{here}[{i}]"), item))
            .collect(),
        (true, _) => return,
        (false, field) => vec![(here, field)],
    };
    for (at, field) in fields {
        if rest.is_empty() {
            found.push((at, field));
        } else {
            values_at(field, rest, at, found);
        }
    }
}

fn first_lowercase(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_are_found_in_arrays_and_blocks() {
        let body = json!({"cycles": {"filter_statuses": ["busy", "no_answer"]}});
        let mut found = Vec::new();
        values_at(&body, "cycles.filter_statuses[]", String::new(), &mut found);
        let found: Vec<(String, Value)> = found.into_iter().map(|(a, v)| (a, v.clone())).collect();
        assert_eq!(
            found,
            [
                ("cycles.filter_statuses[0]".to_owned(), json!("busy")),
                ("cycles.filter_statuses[1]".to_owned(), json!("no_answer"))
            ]
        );
        let mut body = json!({"//cycles": "note", "cycles": {"//schedule": "note", "x": 1}});
        without_notes(&mut body);
        assert_eq!(body, json!({"cycles": {"x": 1}}));
        let mut body = json!({"name": "Q3"});
        set(&mut body, "cycles.schedule", json!({"mon": {}}));
        assert_eq!(
            body,
            json!({"name": "Q3", "cycles": {"schedule": {"mon": {}}}})
        );
    }
}
