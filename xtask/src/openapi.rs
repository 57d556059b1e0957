//! What the other modules need to know of an OpenAPI document's shape.

use serde_norway::Value;

/// The keys of a path item that are operations; the others (`summary`,
/// `parameters`, `servers`, ...) are not.
pub const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Every operation of a document, as `METHOD /path` and its definition.
pub fn operations(document: &Value) -> Vec<(String, &Value)> {
    let Some(paths) = document.get("paths").and_then(Value::as_mapping) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for (path, item) in paths {
        let (Some(path), Some(item)) = (path.as_str(), item.as_mapping()) else {
            continue;
        };
        for (method, operation) in item {
            if let Some(method) = method.as_str().filter(|m| METHODS.contains(m)) {
                found.push((format!("{} {path}", method.to_uppercase()), operation));
            }
        }
    }
    found
}

/// `METHOD /path` of every operation of a document.
pub fn operation_names(document: &Value) -> Vec<String> {
    operations(document)
        .into_iter()
        .map(|(key, _)| key)
        .collect()
}

/// The members of the mapping at `key`, by name (empty when absent).
pub fn members(value: &Value, key: &str) -> Vec<(String, Value)> {
    value
        .get(key)
        .and_then(Value::as_mapping)
        .map(|m| {
            m.iter()
                .map(|(k, v)| (k.as_str().unwrap_or_default().to_owned(), v.clone()))
                .collect()
        })
        .unwrap_or_default()
}

/// The strings of the list at `key` (empty when absent); a non-string entry
/// is shown in YAML's debug form.
pub fn strings(value: &Value, key: &str) -> Vec<String> {
    value
        .get(key)
        .and_then(Value::as_sequence)
        .map(|list| {
            list.iter()
                .map(|v| {
                    v.as_str()
                        .map(str::to_owned)
                        .unwrap_or_else(|| format!("{v:?}"))
                })
                .collect()
        })
        .unwrap_or_default()
}
