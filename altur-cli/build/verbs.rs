//! An operation whose path ends in an enum parameter
//! (`POST /campaigns/{id}/{action}`, `action` one of activate, pause, ...)
//! gets a verb per value beside its own command: `altur campaigns activate
//! --id 12` is `altur campaigns action --action activate --id 12`. The
//! values, their help (`x-enum-descriptions`) and which status each leads
//! to from which (`x-altur-transitions`) are the spec's, so a value Altur
//! adds to the enum becomes a verb with no edit.

use heck::ToKebabCase;
use serde_json::Value;

use crate::command_paths::CommandPaths;

#[derive(Debug)]
pub struct Verb {
    /// The operationId the verb runs.
    pub operation: String,
    /// Where it sits: the operation's nouns, then the value.
    pub words: Vec<String>,
    /// The flag of the path parameter the value is given for (progenitor
    /// names it in kebab case).
    pub parameter: String,
    pub value: String,
    pub about: String,
    /// The statuses the verb starts from, and the status it leads to, where
    /// the spec says (`x-altur-transitions`).
    pub from: Vec<String>,
    pub to: Option<String>,
}

pub fn derive(spec: &Value, paths: &CommandPaths) -> Result<Vec<Verb>, String> {
    let mut verbs = Vec::new();
    for (template, item) in spec["paths"].as_object().into_iter().flatten() {
        let Some(last) = template
            .rsplit('/')
            .next()
            .and_then(|s| s.strip_prefix('{'))
            .and_then(|s| s.strip_suffix('}'))
        else {
            continue;
        };
        for operation in item.as_object().into_iter().flat_map(|o| o.values()) {
            let Some(id) = operation["operationId"].as_str() else {
                continue;
            };
            let Some(command) = paths.get(id) else {
                continue;
            };
            let Some(schema) = operation["parameters"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|p| resolve(spec, p))
                .find(|p| p["in"] == "path" && p["name"] == last)
                .map(|p| resolve(spec, &p["schema"]))
            else {
                continue;
            };
            let Some(values) = schema["enum"].as_array() else {
                continue;
            };
            let nouns = &command[..command.len() - 1];
            for value in values.iter().filter_map(Value::as_str) {
                let mut words = nouns.to_vec();
                words.push(value.to_lowercase());
                let about = schema["x-enum-descriptions"][value]
                    .as_str()
                    .map_or_else(|| format!("`{id}` with {last} {value}"), str::to_owned);
                let transition = &schema["x-altur-transitions"][value];
                verbs.push(Verb {
                    operation: id.to_owned(),
                    words,
                    parameter: last.to_kebab_case(),
                    value: value.to_owned(),
                    about,
                    from: transition["from"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect(),
                    to: transition["to"].as_str().map(str::to_owned),
                });
            }
        }
    }
    // A value that spells a command of the tree (or a group of them) would
    // hide it: such a value is reached by the operation's own command only.
    verbs.retain(|verb| {
        !paths
            .values()
            .any(|command| command.starts_with(&verb.words) || verb.words.starts_with(command))
    });
    Ok(verbs)
}

/// A `$ref` within the document, followed (once: parameters and their
/// schemas are not nested further here).
fn resolve<'a>(spec: &'a Value, value: &'a Value) -> &'a Value {
    match value["$ref"].as_str().and_then(|r| r.strip_prefix('#')) {
        Some(pointer) => spec.pointer(pointer).unwrap_or(&Value::Null),
        None => value,
    }
}
