//! What each operation prints and takes, read off its schemas in the spec:
//!
//! - its columns (for `--format csv|table` and `--fields`): the properties
//!   of what it prints, in the spec's order, nested objects flattened with
//!   dotted names (`agent.name`), arrays and free-form objects one column
//!   each. What it prints is a list operation's item (the one array beside
//!   a page's `pagination`), an array's item, or else the response itself;
//! - its body template (for `--body-template`): a JSON value of its
//!   request body with every field, the spec's example where it has one,
//!   else the first enum value, else a placeholder of the field's type that
//!   the spec accepts (a string format's own form).
//!
//! Walked from the operations in the spec, so an operation Altur adds gets
//! both with no edit here.

use serde_norway::{Mapping, Value};

/// Deeper than this, a schema is taken to refer to itself.
const MAX_DEPTH: usize = 8;

/// (operationId, columns), for every operation whose success answer is
/// JSON with a schema.
pub fn columns(
    spec_text: &str,
    paginated: &[String],
) -> Result<Vec<(String, Vec<String>)>, String> {
    let spec = parse(spec_text)?;
    let mut found = Vec::new();
    for (id, operation) in operations(&spec) {
        let Some(schema) = success_schema(operation) else {
            continue;
        };
        let printed = printed_schema(&spec, schema, paginated.contains(&id));
        let mut names = Vec::new();
        flatten(&spec, &printed, "", 0, &mut names);
        found.push((id, names));
    }
    Ok(found)
}

/// (operationId, body template as JSON text), for every operation that
/// takes a JSON body.
pub fn body_templates(spec_text: &str) -> Result<Vec<(String, String)>, String> {
    let spec = parse(spec_text)?;
    let mut found = Vec::new();
    for (id, operation) in operations(&spec) {
        let Some(schema) = at(
            operation,
            &["requestBody", "content", "application/json", "schema"],
        ) else {
            continue;
        };
        let template = template(&spec, schema, 0);
        // serde_norway's mappings keep the spec's order, and JSON is
        // written in it.
        let text = serde_json::to_string_pretty(&template).map_err(|e| e.to_string())?;
        found.push((id, text));
    }
    Ok(found)
}

fn parse(spec_text: &str) -> Result<Value, String> {
    serde_norway::from_str(spec_text).map_err(|e| format!("not a YAML document: {e}"))
}

/// The value at `path` (each a mapping's key).
fn at<'a>(value: &'a Value, path: &[&str]) -> Option<&'a Value> {
    path.iter().try_fold(value, |value, key| value.get(*key))
}

fn text<'a>(value: &'a Value, key: &str) -> Option<&'a str> {
    value.get(key).and_then(Value::as_str)
}

/// (operationId, operation), in the spec's order.
fn operations(spec: &Value) -> Vec<(String, &Value)> {
    const METHODS: [&str; 8] = [
        "get", "put", "post", "delete", "options", "head", "patch", "trace",
    ];
    let mut found = Vec::new();
    let Some(paths) = spec.get("paths").and_then(Value::as_mapping) else {
        return found;
    };
    for item in paths.values() {
        for method in METHODS {
            if let Some(operation) = item.get(method)
                && let Some(id) = text(operation, "operationId")
            {
                found.push((id.to_owned(), operation));
            }
        }
    }
    found
}

/// The schema of the first success answer that is JSON.
fn success_schema(operation: &Value) -> Option<&Value> {
    let responses = operation.get("responses")?.as_mapping()?;
    responses
        .iter()
        .filter(|(status, _)| status_text(status).starts_with('2'))
        .find_map(|(_, response)| at(response, &["content", "application/json", "schema"]))
}

/// `200` is read as a number, `2XX` as text.
fn status_text(status: &Value) -> String {
    match status {
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        _ => String::new(),
    }
}

/// What the command prints one row of: a page's item, an array's item, or
/// the answer itself.
fn printed_schema(spec: &Value, schema: &Value, paginated: bool) -> Value {
    let schema = resolve(spec, schema, 0);
    if let Some(items) = schema.get("items") {
        return resolve(spec, items, 0);
    }
    if paginated {
        let arrays: Vec<Value> = object_properties(spec, &schema, 0)
            .values()
            .filter_map(|p| resolve(spec, p, 0).get("items").cloned())
            .collect();
        if let [items] = arrays.as_slice() {
            return resolve(spec, items, 0);
        }
    }
    schema
}

fn flatten(spec: &Value, schema: &Value, prefix: &str, depth: usize, out: &mut Vec<String>) {
    for (name, property) in &object_properties(spec, schema, depth) {
        let Some(name) = name.as_str() else { continue };
        let column = format!("{prefix}{name}");
        let property = resolve(spec, property, depth);
        let nested = object_properties(spec, &property, depth + 1);
        if !nested.is_empty() && property.get("items").is_none() && depth < MAX_DEPTH {
            flatten(spec, &property, &format!("{column}."), depth + 1, out);
        } else {
            out.push(column);
        }
    }
}

/// A schema's properties, `allOf` parts merged; none for a free-form
/// object, an array, a scalar or a choice (`oneOf`, `anyOf`).
fn object_properties(spec: &Value, schema: &Value, depth: usize) -> Mapping {
    let schema = resolve(spec, schema, depth);
    let mut properties = schema
        .get("properties")
        .and_then(Value::as_mapping)
        .cloned()
        .unwrap_or_default();
    if let Some(parts) = schema.get("allOf").and_then(Value::as_sequence)
        && depth < MAX_DEPTH
    {
        for part in parts {
            for (name, property) in object_properties(spec, part, depth + 1) {
                properties.insert(name, property);
            }
        }
    }
    properties
}

/// `$ref` followed, to the schema it names.
fn resolve(spec: &Value, schema: &Value, depth: usize) -> Value {
    match text(schema, "$ref") {
        Some(reference) if depth < MAX_DEPTH => {
            let path: Vec<&str> = reference
                .strip_prefix("#/")
                .unwrap_or_default()
                .split('/')
                .collect();
            let target = at(spec, &path).cloned().unwrap_or(Value::Null);
            resolve(spec, &target, depth + 1)
        }
        Some(_) => Value::Null,
        None => schema.clone(),
    }
}

/// A value of `schema` with every field.
fn template(spec: &Value, schema: &Value, depth: usize) -> Value {
    let schema = resolve(spec, schema, depth);
    if depth > MAX_DEPTH {
        return Value::Null;
    }
    if let Some(example) = schema.get("example") {
        return example.clone();
    }
    if let Some(first) = schema.get("enum").and_then(|v| v.get(0)) {
        return first.clone();
    }
    for choice in ["oneOf", "anyOf"] {
        if let Some(first) = schema.get(choice).and_then(|v| v.get(0)) {
            return template(spec, first, depth + 1);
        }
    }
    let properties = object_properties(spec, &schema, depth);
    if !properties.is_empty() {
        return Value::Mapping(
            properties
                .iter()
                .map(|(name, property)| (name.clone(), template(spec, property, depth + 1)))
                .collect(),
        );
    }
    if let Some(parts) = schema.get("allOf").and_then(Value::as_sequence)
        && let [only] = parts.as_slice()
    {
        return template(spec, only, depth + 1);
    }
    let minimum = schema.get("minimum").and_then(Value::as_i64).unwrap_or(0);
    let string = |s: &str| Value::String(s.to_owned());
    match text(&schema, "type") {
        Some("string") => match text(&schema, "format") {
            Some("date-time") => string("2026-01-05T15:00:00Z"),
            Some("date") => string("2026-01-05"),
            Some("uuid") => string("00000000-0000-4000-8000-000000000000"),
            Some("email") => string("name@example.com"),
            Some("uri" | "url") => string("https://example.com"),
            Some("e164") => string("+5215512345678"),
            _ => string("<string>"),
        },
        Some("integer") => Value::from(minimum.max(0)),
        Some("number") => Value::from(0.0),
        Some("boolean") => Value::Bool(false),
        Some("array") => Value::Sequence(
            schema
                .get("items")
                .map(|items| template(spec, items, depth + 1))
                .into_iter()
                .collect(),
        ),
        _ => Value::Mapping(Mapping::new()),
    }
}
