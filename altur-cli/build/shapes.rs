//! What each operation prints and takes, read off its schemas in the spec:
//!
//! - its columns (for `--format csv|table` and `--fields`): the properties
//!   of what it prints, in the spec's order, nested objects flattened with
//!   dotted names (`agent.name`), arrays and free-form objects one column
//!   each. What it prints is a list operation's item (the one array beside
//!   a page's `pagination`), an array's item, or else the response itself;
//! - its body template (for `--body-template`): a JSON value of its
//!   request body with every field, the spec's example where it has one,
//!   else its default, else the first enum value, else a placeholder of the
//!   field's type that the spec accepts (a string format's own form); each
//!   block (an object) that the spec describes follows a `//name` key
//!   saying what it is for;
//! - its body's checks and flags (`bodies`): the required fields, the
//!   enum fields (whose values the command checks), the day schedules
//!   (which `--hours` flags set).
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

/// The operations whose success answer is a bare JSON array (`GET
/// /message/{thread_id}`): lists in one answer, printed as every list is,
/// an item a line.
pub fn bare_lists(spec_text: &str) -> Result<Vec<String>, String> {
    let spec = parse(spec_text)?;
    Ok(operations(&spec)
        .into_iter()
        .filter(|(_, operation)| {
            success_schema(operation).is_some_and(|schema| {
                resolve(&spec, schema, 0)
                    .get("type")
                    .and_then(Value::as_str)
                    == Some("array")
            })
        })
        .map(|(id, _)| id)
        .collect())
}

/// (operationId, body template as JSON text), for every operation that
/// takes a JSON body.
pub fn body_templates(spec_text: &str) -> Result<Vec<(String, String)>, String> {
    let spec = parse(spec_text)?;
    let mut found = Vec::new();
    for (id, schema) in request_bodies(&spec) {
        let template = template(&spec, schema, 0);
        // serde_norway's mappings keep the spec's order, and JSON is
        // written in it.
        let text = serde_json::to_string_pretty(&template).map_err(|e| e.to_string())?;
        found.push((id, text));
    }
    Ok(found)
}

/// What a command checks and sets in its JSON body beyond progenitor's
/// flags, read off the operation's request body schema.
pub struct Body {
    pub operation: String,
    /// The body's required fields, each with its template value as JSON
    /// text: a body made from hand-written flags alone (`--hours`) starts
    /// with them, and the flags clap makes the user give for them (without
    /// `--json-body`) replace them.
    pub required: Vec<(String, String)>,
    /// Every field (`cycles.filter_statuses[]`: an array's items) whose
    /// values are an enum's: a value the spec does not list is refused
    /// unless `--allow-unknown`.
    pub enums: Vec<EnumField>,
    /// Every field that is a week's day schedule (an object of the seven
    /// weekdays): `--hours` for one at the top, `--<parent>-hours` for one
    /// in a block (`cycles.schedule`: `--cycle-hours`).
    pub schedules: Vec<ScheduleField>,
    /// Each top-level field's description: the body's own definition's,
    /// else the first its `allOf` parts give (typify drops a description
    /// where it merges two definitions of one property, and progenitor's
    /// flag is then left without help).
    pub descriptions: Vec<(String, String)>,
}

pub struct EnumField {
    pub path: String,
    /// What its values are, in words: the enum schema's description (or
    /// name).
    pub what: String,
    pub values: Vec<String>,
}

pub struct ScheduleField {
    pub path: String,
    pub flag: String,
    /// The field's description, for the flag's help.
    pub about: String,
}

/// The spec's weekday keys, which make an object a day schedule.
const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// A [`Body`] for every operation that takes a JSON body.
pub fn bodies(spec_text: &str) -> Result<Vec<Body>, String> {
    let spec = parse(spec_text)?;
    let mut found = Vec::new();
    for (id, schema) in request_bodies(&spec) {
        let template = template(&spec, schema, 0);
        let required = required(&spec, schema, 0)
            .into_iter()
            .map(|name| {
                let value = template.get(name.as_str()).cloned().unwrap_or(Value::Null);
                let text = serde_json::to_string(&value).map_err(|e| e.to_string())?;
                Ok((name, text))
            })
            .collect::<Result<_, String>>()?;
        let descriptions = object_properties(&spec, schema, 0)
            .keys()
            .filter_map(|name| name.as_str())
            .filter_map(|name| Some((name.to_owned(), describe(&spec, schema, name, 0)?)))
            .collect();
        let mut body = Body {
            operation: id,
            required,
            enums: Vec::new(),
            schedules: Vec::new(),
            descriptions,
        };
        walk(&spec, schema, "", 0, &mut body);
        found.push(body);
    }
    Ok(found)
}

/// The description of property `name` of `schema`: its own definition's,
/// else its schema's (through `$ref`), else the first an `allOf` part gives.
fn describe(spec: &Value, schema: &Value, name: &str, depth: usize) -> Option<String> {
    let schema = resolve(spec, schema, depth);
    if let Some(property) = schema.get("properties").and_then(|p| p.get(name))
        && let Some(own) = description(property, &through(spec, property, depth))
    {
        return Some(own.to_owned());
    }
    if depth >= MAX_DEPTH {
        return None;
    }
    schema
        .get("allOf")
        .and_then(Value::as_sequence)
        .into_iter()
        .flatten()
        .find_map(|part| describe(spec, part, name, depth + 1))
}

/// The required fields of an object schema, its `allOf` parts' included.
fn required(spec: &Value, schema: &Value, depth: usize) -> Vec<String> {
    let schema = resolve(spec, schema, depth);
    let mut names: Vec<String> = schema
        .get("required")
        .and_then(Value::as_sequence)
        .into_iter()
        .flatten()
        .filter_map(|name| name.as_str().map(str::to_owned))
        .collect();
    for part in schema
        .get("allOf")
        .and_then(Value::as_sequence)
        .into_iter()
        .flatten()
    {
        if depth < MAX_DEPTH {
            names.extend(required(spec, part, depth + 1));
        }
    }
    names.sort();
    names.dedup();
    names
}

/// A schema through `$ref`s and a lone `allOf` (a description beside a
/// reference): what it is.
fn through(spec: &Value, schema: &Value, depth: usize) -> Value {
    let resolved = resolve(spec, schema, depth);
    match resolved.get("allOf").and_then(Value::as_sequence) {
        Some(parts)
            if parts.len() == 1 && resolved.get("properties").is_none() && depth < MAX_DEPTH =>
        {
            through(spec, &parts[0], depth + 1)
        }
        _ => resolved,
    }
}

/// The enum fields and day schedules under `schema`, named from `prefix`.
fn walk(spec: &Value, schema: &Value, prefix: &str, depth: usize, body: &mut Body) {
    if depth > MAX_DEPTH {
        return;
    }
    for (name, property) in &object_properties(spec, schema, depth) {
        let Some(name) = name.as_str() else { continue };
        let path = format!("{prefix}{name}");
        let field = through(spec, property, depth);
        let (path, field, original) = match field.get("items") {
            Some(items) => (
                format!("{path}[]"),
                through(spec, items, depth + 1),
                items.clone(),
            ),
            None => (path, field, property.clone()),
        };
        if let Some(values) = field.get("enum").and_then(Value::as_sequence) {
            let what = text(&field, "description")
                .map(str::to_owned)
                .unwrap_or_else(|| reference_name(&original).unwrap_or_else(|| "value".to_owned()));
            body.enums.push(EnumField {
                path,
                what,
                values: values
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect(),
            });
            continue;
        }
        let properties = object_properties(spec, &field, depth + 1);
        if WEEKDAYS
            .iter()
            .all(|day| properties.contains_key(Value::from(*day)))
        {
            let parent = prefix.trim_end_matches('.');
            let flag = match parent.rsplit('.').next() {
                Some(parent) if !parent.is_empty() => {
                    format!("{}-hours", parent.trim_end_matches('s'))
                }
                _ => "hours".to_owned(),
            };
            body.schedules.push(ScheduleField {
                path,
                flag,
                about: description(property, &field)
                    .unwrap_or("A window a weekday")
                    .to_owned(),
            });
            continue;
        }
        if !properties.is_empty() {
            walk(spec, &field, &format!("{path}."), depth + 1, body);
        }
    }
}

/// `Foo` of `$ref: '#/components/schemas/Foo'`.
fn reference_name(schema: &Value) -> Option<String> {
    text(schema, "$ref")?.rsplit('/').next().map(str::to_owned)
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

/// A property's description: its own (beside a `$ref`), else that of the
/// schema it stands for (`resolved`, as [`through`] gives it).
fn description<'a>(property: &'a Value, resolved: &'a Value) -> Option<&'a str> {
    text(property, "description").or_else(|| text(resolved, "description"))
}

/// (operationId, its JSON request body's schema), for every operation that
/// takes one, in the spec's order.
fn request_bodies(spec: &Value) -> Vec<(String, &Value)> {
    operations(spec)
        .into_iter()
        .filter_map(|(id, operation)| {
            let schema = at(
                operation,
                &["requestBody", "content", "application/json", "schema"],
            )?;
            Some((id, schema))
        })
        .collect()
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
            // The schema's own definition of a property wins over a part's
            // (NewCampaign's `timezone`, with its default).
            for (name, property) in object_properties(spec, part, depth + 1) {
                properties.entry(name).or_insert(property);
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
    if let Some(default) = schema.get("default") {
        return default.clone();
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
        let mut fields = Mapping::new();
        for (name, property) in &properties {
            let value = template(spec, property, depth + 1);
            // What a block is for, in a key of its own before it (JSON has
            // no comments; the command drops `//` keys from a body).
            let described = through(spec, property, depth);
            let about = description(property, &described);
            if let (Value::Mapping(_), Some(name), Some(about)) = (&value, name.as_str(), about) {
                fields.insert(Value::from(format!("//{name}")), Value::from(about));
            }
            fields.insert(name.clone(), value);
        }
        return Value::Mapping(fields);
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
