//! What changed between two versions of openapi/altur.yaml, in the terms a
//! user of the crate cares about: what appeared, went away or changed, each
//! marked BREAKING when code using the generated client may stop compiling
//! or decoding, and compatible otherwise; with the Rust names it touches and
//! a sentence for the changelog.
//!
//! Breaking follows Cargo's semver rules as cargo-semver-checks applies them
//! to the generated code: its structs have public fields and its enums are
//! exhaustive, so a struct that gains a field breaks a struct literal, and
//! an enum that gains a value breaks an exhaustive `match`.

use std::collections::BTreeMap;

use heck::{ToSnakeCase, ToUpperCamelCase};
use serde_norway::Value;

use crate::openapi::{members, strings};

/// Keep a Changelog's section a change belongs in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Added,
    Changed,
    Removed,
}

#[derive(Clone, Debug)]
pub struct Change {
    pub kind: Kind,
    pub breaking: bool,
    /// The report's line: `+ property `priority`: integer`.
    pub line: String,
    /// The changelog's sentence, in a user's words, with the Rust names.
    pub words: String,
    /// The generated items it touches (`Message`, `Client::send_message`),
    /// as cargo-semver-checks names them.
    pub items: Vec<String>,
    /// Whether cargo-semver-checks has a lint that finds this break (it has
    /// none for a field's type).
    pub semver_sees: bool,
}

#[derive(Debug, Default)]
pub struct Report {
    /// Titled groups, in the order the report prints them.
    pub sections: Vec<(String, Vec<Change>)>,
}

impl Report {
    pub fn changes(&self) -> impl Iterator<Item = &Change> {
        self.sections.iter().flat_map(|(_, c)| c)
    }

    pub fn is_empty(&self) -> bool {
        self.changes().next().is_none()
    }

    pub fn breaking(&self) -> bool {
        self.changes().any(|c| c.breaking)
    }

    /// The report as `spec refresh` prints it.
    pub fn text(&self) -> String {
        if self.is_empty() {
            return "no changes to the API description\n".into();
        }
        let mut out = String::from(
            "changes to openapi/altur.yaml (BREAKING: code using the generated client may stop compiling or decoding)\n",
        );
        for (title, changes) in self.sections.iter().filter(|(_, c)| !c.is_empty()) {
            out.push_str(&format!("\n{title}\n"));
            for change in changes {
                let mark = if change.breaking {
                    "BREAKING"
                } else {
                    "compatible"
                };
                out.push_str(&format!("  {:<72} {mark}\n", change.line));
            }
        }
        let breaking = self.changes().filter(|c| c.breaking).count();
        out.push_str(&format!(
            "\n{} changes, {breaking} breaking\n",
            self.changes().count()
        ));
        out
    }
}

/// The report between two texts of altur.yaml (the old one may be empty).
pub fn changes(old: &str, new: &str) -> Result<Report, String> {
    let parse = |text: &str, which: &str| -> Result<Value, String> {
        if text.trim().is_empty() {
            return Ok(Value::Null);
        }
        serde_norway::from_str(text).map_err(|e| format!("the {which} spec is not YAML: {e}"))
    };
    Ok(compare(&parse(old, "previous")?, &parse(new, "new")?))
}

/// The report between two OpenAPI documents.
pub fn compare(old: &Value, new: &Value) -> Report {
    let mut report = Report::default();
    let (old_ops, new_ops) = (operations(old), operations(new));
    let mut listing = Vec::new();
    for (key, op) in &new_ops {
        if !old_ops.contains_key(key) {
            let id = operation_id(op);
            let what = op
                .get("summary")
                .or_else(|| op.get("description"))
                .and_then(Value::as_str)
                .map(first_sentence)
                .unwrap_or_default();
            listing.push(Change {
                kind: Kind::Added,
                breaking: false,
                line: format!("+ {key} ({})", id.unwrap_or("no operationId")),
                words: format!("{} (`{key}`){}", method_name(id, key), colon(&what)),
                items: method_items(id),
                semver_sees: false,
            });
        }
    }
    for (key, op) in &old_ops {
        if !new_ops.contains_key(key) {
            let id = operation_id(op);
            listing.push(Change {
                kind: Kind::Removed,
                breaking: true,
                line: format!("- {key} ({})", id.unwrap_or("no operationId")),
                words: format!(
                    "{} (`{key}`) is gone: Altur no longer publishes the operation",
                    method_name(id, key)
                ),
                items: method_items(id),
                semver_sees: id.is_some(),
            });
        }
    }
    report.sections.push(("operations".into(), listing));

    for (key, new_op) in &new_ops {
        let Some(old_op) = old_ops.get(key) else {
            continue;
        };
        let id = operation_id(new_op).or(operation_id(old_op));
        let changes = parameters(old_op, new_op, id, key);
        if !changes.is_empty() {
            report
                .sections
                .push((format!("parameters of {key}"), changes));
        }
        let body = |op: &Value| {
            op.get("requestBody")
                .and_then(|b| b.get("content"))
                .and_then(|c| c.get("application/json"))
                .and_then(|j| j.get("schema"))
                .cloned()
        };
        if let (Some(a), Some(b)) = (body(old_op), body(new_op)) {
            let owner = Owner::Body(
                id.map(|id| format!("{}Body", id.to_upper_camel_case()))
                    .unwrap_or_else(|| format!("the request body of {key}")),
            );
            let changes = schema(&a, &b, &owner);
            if !changes.is_empty() {
                report
                    .sections
                    .push((format!("request body of {key}"), changes));
            }
        }
        if let (Some(a), Some(b)) = (success_body(old_op), success_body(new_op)) {
            let owner = Owner::Type(
                id.map(|id| format!("{}Response", id.to_upper_camel_case()))
                    .unwrap_or_else(|| format!("the response of {key}")),
            );
            let changes = schema(&a, &b, &owner);
            if !changes.is_empty() {
                report
                    .sections
                    .push((format!("response of {key}"), changes));
            }
        }
    }

    let (old_schemas, new_schemas) = (schemas(old), schemas(new));
    let mut listing = Vec::new();
    for (name, schema) in new_schemas
        .iter()
        .filter(|(n, _)| !old_schemas.contains_key(*n))
    {
        let what = schema
            .get("description")
            .and_then(Value::as_str)
            .map(first_sentence)
            .unwrap_or_default();
        listing.push(Change {
            kind: Kind::Added,
            breaking: false,
            line: format!("+ {name}"),
            words: format!("`{}`{}", name.to_upper_camel_case(), colon(&what)),
            items: vec![name.to_upper_camel_case()],
            semver_sees: false,
        });
    }
    for name in old_schemas.keys().filter(|n| !new_schemas.contains_key(*n)) {
        let rust = name.to_upper_camel_case();
        listing.push(Change {
            kind: Kind::Removed,
            breaking: true,
            line: format!("- {name}"),
            words: format!("`{rust}` is gone: no operation or webhook has it any more"),
            items: vec![rust],
            semver_sees: true,
        });
    }
    report.sections.push(("schemas".into(), listing));
    for (name, new_schema) in &new_schemas {
        if let Some(old_schema) = old_schemas.get(name) {
            let changes = schema(
                old_schema,
                new_schema,
                &Owner::Type(name.to_upper_camel_case()),
            );
            if !changes.is_empty() {
                report.sections.push((format!("schema {name}"), changes));
            }
        }
    }
    report
}

fn colon(what: &str) -> String {
    if what.is_empty() {
        String::new()
    } else {
        format!(": {what}")
    }
}

fn first_sentence(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let end = text.find(". ").map_or(text.len(), |i| i + 1);
    text[..end].trim_end_matches('.').to_owned()
}

fn operations(spec: &Value) -> BTreeMap<String, Value> {
    crate::openapi::operations(spec)
        .into_iter()
        .map(|(key, op)| (key, op.clone()))
        .collect()
}

fn operation_id(op: &Value) -> Option<&str> {
    op.get("operationId").and_then(Value::as_str)
}

fn method_name(id: Option<&str>, key: &str) -> String {
    match id {
        Some(id) => format!("`Client::{id}`"),
        None => format!("The operation `{key}`"),
    }
}

/// The method, and the builder struct progenitor makes for it.
fn method_items(id: Option<&str>) -> Vec<String> {
    id.map(|id| {
        vec![
            format!("Client::{id}"),
            format!("builder::{}", id.to_upper_camel_case()),
        ]
    })
    .unwrap_or_default()
}

/// The schema of the first 2xx JSON response, where it is written out
/// rather than referred to (a `$ref`'s schema has its own section).
fn success_body(op: &Value) -> Option<Value> {
    let responses = op.get("responses")?.as_mapping()?;
    let (_, response) = responses
        .iter()
        .find(|(code, _)| code.as_str().is_some_and(|c| c.starts_with('2')))?;
    let schema = response
        .get("content")?
        .get("application/json")?
        .get("schema")?;
    schema.get("properties").is_some().then(|| schema.clone())
}

fn schemas(spec: &Value) -> BTreeMap<String, Value> {
    spec.get("components")
        .map(|c| members(c, "schemas").into_iter().collect())
        .unwrap_or_default()
}

/// A Rust field name as the generator writes it.
fn field(name: &str) -> String {
    const KEYWORDS: [&str; 38] = [
        "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum",
        "extern", "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move",
        "mut", "pub", "ref", "return", "self", "static", "struct", "super", "trait", "true",
        "type", "unsafe", "use", "where", "while", "abstract",
    ];
    let snake = name.to_snake_case();
    if KEYWORDS.contains(&snake.as_str()) {
        format!("{snake}_")
    } else {
        snake
    }
}

fn parameters(old: &Value, new: &Value, id: Option<&str>, key: &str) -> Vec<Change> {
    let list = |op: &Value| -> BTreeMap<String, Value> {
        op.get("parameters")
            .and_then(Value::as_sequence)
            .map(|ps| {
                ps.iter()
                    .map(|p| {
                        let name = p.get("name").and_then(Value::as_str).unwrap_or_default();
                        let place = p.get("in").and_then(Value::as_str).unwrap_or_default();
                        (format!("{place} `{name}`"), p.clone())
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let required = |p: &Value| p.get("required").and_then(Value::as_bool).unwrap_or(false);
    let rust_name = |p: &Value| field(p.get("name").and_then(Value::as_str).unwrap_or_default());
    let method = method_name(id, key);
    let builder: Vec<String> = method_items(id).into_iter().skip(1).collect();
    let (old, new) = (list(old), list(new));
    let mut changes = Vec::new();
    for (name, p) in &new {
        let setter = rust_name(p);
        match old.get(name) {
            None if required(p) => changes.push(Change {
                kind: Kind::Changed,
                breaking: true,
                line: format!("+ {name} (required)"),
                words: format!(
                    "{method} needs `.{setter}(..)`: a call without it is refused before it is sent"
                ),
                items: builder.clone(),
                semver_sees: false,
            }),
            None => changes.push(Change {
                kind: Kind::Added,
                breaking: false,
                line: format!("+ {name}"),
                words: format!("{method} takes `.{setter}(..)`, optional ({name})"),
                items: builder.clone(),
                semver_sees: false,
            }),
            Some(before) => {
                let (a, b) = (
                    type_of(before.get("schema").unwrap_or(&Value::Null)),
                    type_of(p.get("schema").unwrap_or(&Value::Null)),
                );
                if a != b {
                    changes.push(Change {
                        kind: Kind::Changed,
                        breaking: true,
                        line: format!("~ {name}: {a} → {b}"),
                        words: format!("{method}'s `.{setter}(..)` takes a {b}, no longer a {a}"),
                        items: builder.clone(),
                        semver_sees: false,
                    });
                }
                if required(before) != required(p) {
                    let (now, words) = if required(p) {
                        (
                            "required",
                            format!(
                                "{method} needs `.{setter}(..)`: a call without it is refused before it is sent"
                            ),
                        )
                    } else {
                        (
                            "optional",
                            format!("{method} may be called without `.{setter}(..)`"),
                        )
                    };
                    changes.push(Change {
                        kind: Kind::Changed,
                        // A builder's setter takes the value either way:
                        // only a call without it changes, and only to pass.
                        breaking: required(p),
                        line: format!("! {name} is now {now}"),
                        words,
                        items: builder.clone(),
                        semver_sees: false,
                    });
                }
                let enum_type = id.map(|id| {
                    format!(
                        "{}{}",
                        id.to_upper_camel_case(),
                        p["name"].as_str().unwrap_or_default().to_upper_camel_case()
                    )
                });
                changes.extend(enum_changes(
                    name,
                    enum_type.as_deref(),
                    before.get("schema"),
                    p.get("schema"),
                ));
            }
        }
    }
    for (name, p) in old.iter().filter(|(n, _)| !new.contains_key(*n)) {
        changes.push(Change {
            kind: Kind::Removed,
            breaking: true,
            line: format!("- {name}"),
            words: format!("{method} no longer takes `.{}(..)` ({name})", rust_name(p)),
            items: builder.clone(),
            semver_sees: id.is_some(),
        });
    }
    changes
}

/// Whose properties a schema's are: a request body (refused before it is
/// sent without what it requires), or a type read from answers.
enum Owner {
    Body(String),
    Type(String),
}

impl Owner {
    fn name(&self) -> &str {
        match self {
            Owner::Body(name) | Owner::Type(name) => name,
        }
    }
}

fn schema(old: &Value, new: &Value, owner: &Owner) -> Vec<Change> {
    let props =
        |s: &Value| -> BTreeMap<String, Value> { members(s, "properties").into_iter().collect() };
    let required = |s: &Value| strings(s, "required");
    let (old_props, new_props) = (props(old), props(new));
    let (old_required, new_required) = (required(old), required(new));
    let ty = owner.name();
    let items = vec![ty.to_owned()];
    let mut changes = Vec::new();
    for (name, p) in &new_props {
        let rust = field(name);
        match old_props.get(name) {
            None => {
                let is_required = new_required.contains(name);
                let what = p
                    .get("description")
                    .and_then(Value::as_str)
                    .map(first_sentence)
                    .map(|d| format!(" ({d})"))
                    .unwrap_or_default();
                let words = match (owner, is_required) {
                    (Owner::Body(_), true) => format!(
                        "`{ty}` has a new required field `{rust}`{what}: a request without it is refused before it is sent, and a struct literal of `{ty}` must set it"
                    ),
                    _ => format!(
                        "`{ty}` has a new field `{rust}`{what}: a struct literal of `{ty}` must set it (`{ty}::builder()` needs no change)"
                    ),
                };
                changes.push(Change {
                    kind: Kind::Added,
                    breaking: true,
                    line: format!(
                        "+ property `{name}`: {}{}",
                        type_of(p),
                        if is_required { " (required)" } else { "" }
                    ),
                    words,
                    items: items.clone(),
                    semver_sees: true,
                });
            }
            Some(before) => {
                let (a, b) = (type_of(before), type_of(p));
                if a != b {
                    changes.push(Change {
                        kind: Kind::Changed,
                        breaking: true,
                        line: format!("~ property `{name}`: {a} → {b}"),
                        words: format!("`{ty}::{rust}` is a {b}, no longer a {a}"),
                        items: items.clone(),
                        semver_sees: false,
                    });
                }
                let enum_type = format!("{ty}{}", name.to_upper_camel_case());
                changes.extend(enum_changes(
                    &format!("property `{name}`"),
                    Some(&enum_type),
                    Some(before),
                    Some(p),
                ));
            }
        }
    }
    for name in old_props.keys().filter(|n| !new_props.contains_key(*n)) {
        changes.push(Change {
            kind: Kind::Removed,
            breaking: true,
            line: format!("- property `{name}`"),
            words: format!(
                "`{ty}::{}` is gone: Altur's description no longer has `{name}`",
                field(name)
            ),
            items: items.clone(),
            semver_sees: true,
        });
    }
    for name in new_props.keys().filter(|n| old_props.contains_key(*n)) {
        let (was, is) = (old_required.contains(name), new_required.contains(name));
        if was != is {
            let rust = field(name);
            let words = match (owner, is) {
                (Owner::Body(_), true) => format!(
                    "`{ty}::{rust}` is required: a request without it is refused before it is sent (the builder says which field is missing), and it is no longer an `Option`"
                ),
                (Owner::Body(_), false) => format!(
                    "`{ty}::{rust}` is optional: an `Option`, which a request may leave out"
                ),
                (Owner::Type(_), true) => format!(
                    "`{ty}::{rust}` is always there: no longer an `Option`, and an answer without it is an error"
                ),
                (Owner::Type(_), false) => {
                    format!("`{ty}::{rust}` may be missing: an `Option` now")
                }
            };
            changes.push(Change {
                kind: Kind::Changed,
                breaking: true,
                line: format!(
                    "! property `{name}` is now {}",
                    if is { "required" } else { "optional" }
                ),
                words,
                items: items.clone(),
                semver_sees: false,
            });
        }
    }
    changes.extend(enum_changes("enum", Some(ty), Some(old), Some(new)));
    changes
}

fn enum_changes(
    name: &str,
    rust: Option<&str>,
    old: Option<&Value>,
    new: Option<&Value>,
) -> Vec<Change> {
    let values = |s: Option<&Value>| s.map(|s| strings(s, "enum")).unwrap_or_default();
    let (old, new) = (values(old), values(new));
    let ty = rust.unwrap_or("the enum");
    let items: Vec<String> = rust.map(str::to_owned).into_iter().collect();
    let mut changes = Vec::new();
    for value in new.iter().filter(|v| !old.contains(v)) {
        changes.push(Change {
            kind: Kind::Added,
            breaking: true,
            line: format!("+ {name} value `{value}`"),
            words: format!(
                "`{ty}::{}` (`\"{value}\"` on the wire), which used to arrive as the catch-all variant: a `match` on `{ty}` without a wildcard arm needs one for it",
                value.to_upper_camel_case()
            ),
            items: items.clone(),
            semver_sees: rust.is_some(),
        });
    }
    for value in old.iter().filter(|v| !new.contains(v)) {
        changes.push(Change {
            kind: Kind::Removed,
            breaking: true,
            line: format!("- {name} value `{value}`"),
            words: format!(
                "`{ty}::{}` is gone: `\"{value}\"` now arrives as the catch-all variant",
                value.to_upper_camel_case()
            ),
            items: items.clone(),
            semver_sees: rust.is_some(),
        });
    }
    changes
}

/// `string(date-time)`, `array of Message`, `Thread`, `oneOf(...)`.
fn type_of(schema: &Value) -> String {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        return reference.rsplit('/').next().unwrap_or(reference).to_owned();
    }
    if let Some(items) = schema.get("items") {
        return format!("array of {}", type_of(items));
    }
    for combinator in ["oneOf", "anyOf", "allOf"] {
        if let Some(list) = schema.get(combinator).and_then(Value::as_sequence) {
            return format!(
                "{combinator}({})",
                list.iter().map(type_of).collect::<Vec<_>>().join(", ")
            );
        }
    }
    let base = schema.get("type").and_then(Value::as_str).unwrap_or("any");
    match schema.get("format").and_then(Value::as_str) {
        Some(format) => format!("{base}({format})"),
        None => base.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_item_fields_that_are_not_methods_are_not_operations() {
        let old = "paths:\n  /a:\n    get: {operationId: get_a}\n";
        let new =
            "paths:\n  /a:\n    summary: A\n    parameters: []\n    get: {operationId: get_a}\n";
        assert_eq!(
            changes(old, new).unwrap().text(),
            "no changes to the API description\n"
        );
    }

    #[test]
    fn a_request_field_turned_required_in_a_users_words() {
        let old = "paths:\n  /message:\n    post:\n      operationId: send_message\n      requestBody:\n        content:\n          application/json:\n            schema:\n              properties:\n                content: {type: string}\n";
        let new = old.replace(
            "            schema:\n",
            "            schema:\n              required: [content]\n",
        );
        let report = changes(old, &new).unwrap();
        let change = report.changes().next().unwrap();
        assert!(change.breaking);
        assert_eq!(
            change.words,
            "`SendMessageBody::content` is required: a request without it is refused before it is sent (the builder says which field is missing), and it is no longer an `Option`"
        );
        assert_eq!(change.items, ["SendMessageBody"]);
    }
}
