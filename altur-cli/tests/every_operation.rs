//! Every operation of the spec is a command, and each command, run as a
//! process with the arguments its operation requires, sends a request that
//! Prism (an implementation of the spec nobody here wrote) accepts, and
//! prints the response as JSON. The operations are read from the spec and
//! the commands from the binary's own help, so an operation added to the
//! spec is covered with no edit here. And each command that takes a body
//! prints, with `--body-template` (no key, nothing sent), a body with every
//! field that Prism accepts back as `--json-body`.

mod common;

use std::collections::BTreeMap;

use altur_api_tests::prism::Prism;
use altur_api_tests::{committed_spec, workspace_root};
use common::{KEY, altur, leaves, run};
use heck::ToKebabCase;
use serde_json::{Value, json};

/// The hand-written commands (a group, or a command within a generated
/// group), which the other tests cover.
const HANDWRITTEN: [&str; 7] = [
    "webhooks",
    "completions",
    "contacts",
    "sandbox",
    "api",
    "campaigns watch",
    "campaigns report",
];

fn is_handwritten(path: &[String]) -> bool {
    let words = path.join(" ");
    HANDWRITTEN
        .iter()
        .any(|h| words == *h || words.starts_with(&format!("{h} ")))
}

/// A verb of an enum path parameter (`campaigns activate`): its help
/// names the command it is the same as (`campaigns.rs` runs the verbs).
fn same_as(help: &str) -> Option<String> {
    let rest = help.split("The same as `altur ").nth(1)?;
    let command = rest.split(" --").next()?;
    Some(command.to_owned())
}

struct Operation {
    id: String,
    about: String,
    parameters: Vec<Value>,
    body: Option<Value>,
}

fn operations(spec: &Value) -> Vec<Operation> {
    let mut found = Vec::new();
    for (_, item) in spec["paths"].as_object().expect("paths") {
        for (method, operation) in item.as_object().expect("a path item") {
            if !["get", "put", "post", "delete", "patch"].contains(&method.as_str()) {
                continue;
            }
            let text = |key: &str| operation[key].as_str().map(str::to_owned);
            // progenitor's `about`: summary and description, either alone.
            let about = match (text("summary"), text("description")) {
                (Some(s), Some(d)) => format!("{s} {d}"),
                (Some(t), None) | (None, Some(t)) => t,
                (None, None) => String::new(),
            };
            let mut parameters: Vec<Value> =
                item["parameters"].as_array().cloned().unwrap_or_default();
            parameters.extend(
                operation["parameters"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default(),
            );
            found.push(Operation {
                id: text("operationId").expect("an operationId"),
                about: words(&about),
                parameters: parameters
                    .iter()
                    .map(|p| resolve(spec, p).clone())
                    .collect(),
                body: operation
                    .pointer("/requestBody/content/application~1json/schema")
                    .cloned(),
            });
        }
    }
    found
}

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn resolve<'a>(spec: &'a Value, value: &'a Value) -> &'a Value {
    match value.get("$ref").and_then(Value::as_str) {
        Some(reference) => resolve(
            spec,
            spec.pointer(reference.trim_start_matches('#'))
                .unwrap_or_else(|| panic!("{reference} resolves")),
        ),
        None => value,
    }
}

/// A value the schema accepts: its example or first enum value, else the
/// least its type, format and bounds allow; objects with their required
/// properties.
fn sample(spec: &Value, schema: &Value) -> Value {
    let schema = resolve(spec, schema);
    for choice in ["oneOf", "anyOf"] {
        if let Some(first) = schema[choice].get(0) {
            return sample(spec, first);
        }
    }
    if let Some(example) = schema.get("example") {
        return example.clone();
    }
    if let Some(first) = schema["enum"].get(0) {
        return first.clone();
    }
    // A description beside a `$ref` (an id's type, say) is an `allOf` of one.
    if let Some([only]) = schema["allOf"].as_array().map(Vec::as_slice)
        && schema.get("properties").is_none()
    {
        return sample(spec, only);
    }
    match schema["type"].as_str() {
        Some("string") => match schema["format"].as_str() {
            Some("uuid") => json!("0d4f7c1e-3b2a-4e8f-9c6d-1a2b3c4d5e6f"),
            Some("date-time") => json!("2026-06-08T14:23:15Z"),
            Some("date") => json!("2026-06-08"),
            _ => {
                let least = schema["minLength"].as_u64().unwrap_or(1).max(1) as usize;
                json!("x".repeat(least))
            }
        },
        Some("integer") => json!(schema["minimum"].as_i64().unwrap_or(1).max(1)),
        Some("number") => json!(schema["minimum"].as_f64().unwrap_or(1.5)),
        Some("boolean") => json!(true),
        Some("array") => {
            let least = schema["minItems"].as_u64().unwrap_or(1).max(1) as usize;
            Value::Array(vec![sample(spec, &schema["items"]); least])
        }
        _ => {
            let mut object = serde_json::Map::new();
            for part in schema["allOf"].as_array().into_iter().flatten() {
                if let Value::Object(fields) = sample(spec, part) {
                    object.extend(fields);
                }
            }
            for name in schema["required"].as_array().into_iter().flatten() {
                let name = name.as_str().expect("a property name");
                object.insert(name.into(), sample(spec, &schema["properties"][name]));
            }
            Value::Object(object)
        }
    }
}

/// A command's help.
fn help(path: &[String]) -> String {
    run(altur(path.iter().map(String::as_str).chain(["--help"]))).stdout
}

/// The text of a help before its usage line, as one line.
fn about(help: &str) -> String {
    words(help.split("Usage:").next().unwrap_or_default())
}

#[test]
fn every_operation_is_a_command_whose_request_prism_accepts() {
    // Static: Prism's random pages can contradict themselves (an empty page
    // that announces a next one), which the stream rightly refuses.
    let prism = Prism::start_static(&workspace_root().join("openapi/altur.yaml"));
    let spec: Value = serde_norway::from_str(&committed_spec()).expect("the spec is YAML");
    let operations = operations(&spec);
    assert!(operations.len() >= 18, "the spec has its operations");

    // By what their help says, with the help; the verbs apart.
    let mut verbs = Vec::new();
    let commands: BTreeMap<String, (Vec<String>, String)> = leaves()
        .into_iter()
        .filter(|path| !is_handwritten(path))
        .filter_map(|path| {
            let help = help(&path);
            if let Some(command) = same_as(&help) {
                verbs.push((path, command));
                return None;
            }
            Some((about(&help), (path, help)))
        })
        .collect();
    for (verb, command) in &verbs {
        assert!(
            commands
                .values()
                .any(|(path, _)| path.join(" ") == *command),
            "{verb:?} is the same as `{command}`, which is no command"
        );
    }
    let files = tempfile::tempdir().expect("a temporary folder");

    for operation in &operations {
        let (path, help) = commands.get(&operation.about).unwrap_or_else(|| {
            panic!(
                "no command for operation {} ({:?})",
                operation.id, operation.about
            )
        });
        let mut args: Vec<String> = path.clone();
        args.extend(required_flags(&spec, &operation.parameters));
        // A command that can start a campaign calling asks first, and off a
        // terminal refuses without --yes (campaign_safety.rs).
        if help.contains("--yes") {
            args.push("--yes".into());
        }
        if let Some(schema) = &operation.body {
            let file = files.path().join(format!("{}.json", operation.id));
            std::fs::write(&file, sample(&spec, schema).to_string()).expect("written");
            args.push("--json-body".into());
            args.push(file.display().to_string());
        }
        let list = help.contains("--limit");
        if list {
            // One page's first item: Prism's pages do not agree with their
            // own totals, which the stream rightly refuses to page past
            // (`lists.rs` proves the paging, on a consistent server).
            args.extend(["--limit".into(), "1".into()]);
        }
        let mut command = altur(&args);
        command
            .env("ALTUR_API_KEY", KEY)
            .env("ALTUR_BASE_URL", &prism.url)
            .arg("--verbose");
        let outcome = run(command);
        assert_eq!(outcome.code, 0, "altur {}: {outcome:?}", args.join(" "));
        assert!(
            outcome
                .stderr
                .contains(&format!("operation=\"{}\"", operation.id)),
            "altur {} sent {}: {}",
            args.join(" "),
            operation.id,
            outcome.stderr
        );
        if list {
            assert_eq!(outcome.stdout.lines().count(), 1, "{outcome:?}");
        }
        for line in outcome.stdout.lines() {
            serde_json::from_str::<Value>(line).unwrap_or_else(|e| {
                panic!("altur {}: not a JSON line ({e}): {line}", args.join(" "))
            });
        }
        assert!(!outcome.stdout.contains(KEY) && !outcome.stderr.contains(KEY));
    }
    assert_eq!(
        commands.len(),
        operations.len(),
        "one command per operation: {:?}",
        commands.values().map(|(path, _)| path).collect::<Vec<_>>()
    );
}

/// Every field of `schema` is in `value`, nested objects' alike.
fn every_field(spec: &Value, schema: &Value, value: &Value, at: &str) {
    let schema = resolve(spec, schema);
    for part in schema["allOf"].as_array().into_iter().flatten() {
        every_field(spec, part, value, at);
    }
    for (name, property) in schema["properties"].as_object().into_iter().flatten() {
        let field = value
            .get(name)
            .unwrap_or_else(|| panic!("{at}: the template has no `{name}`: {value}"));
        every_field(spec, property, field, &format!("{at}.{name}"));
    }
    if let (Some(items), Some(first)) = (schema.get("items"), value.get(0)) {
        every_field(spec, items, first, &format!("{at}[0]"));
    }
}

#[test]
fn every_body_template_is_accepted_back_as_the_json_body_by_prism() {
    // Prism's mock validates each request against the spec: a body it
    // does not accept is answered 4xx, which the command exits 3 on.
    let prism = Prism::start_static(&workspace_root().join("openapi/altur.yaml"));
    let spec: Value = serde_norway::from_str(&committed_spec()).expect("the spec is YAML");
    let commands: BTreeMap<String, Vec<String>> = leaves()
        .into_iter()
        .filter(|path| !HANDWRITTEN.contains(&path[0].as_str()))
        .map(|path| (about(&help(&path)), path))
        .collect();
    let files = tempfile::tempdir().expect("a temporary folder");
    let mut tried = 0;
    for operation in operations(&spec) {
        let Some(schema) = &operation.body else {
            continue;
        };
        let path = &commands[&operation.about];
        // No key and no server needed: nothing is sent.
        let printed = run(altur(
            path.iter().map(String::as_str).chain(["--body-template"]),
        ));
        assert_eq!(printed.code, 0, "{}: {printed:?}", operation.id);
        let template: Value = serde_json::from_str(&printed.stdout)
            .unwrap_or_else(|e| panic!("{}: not JSON ({e}): {}", operation.id, printed.stdout));
        every_field(&spec, schema, &template, &operation.id);

        let file = files.path().join(format!("{}.json", operation.id));
        std::fs::write(&file, &printed.stdout).expect("written");
        let mut args: Vec<String> = path.clone();
        args.extend(required_flags(&spec, &operation.parameters));
        args.extend(["--json-body".into(), file.display().to_string()]);
        let before = prism.violations().len();
        let mut command = altur(&args);
        command
            .env("ALTUR_API_KEY", KEY)
            .env("ALTUR_BASE_URL", &prism.url);
        let sent = run(command);
        assert_eq!(
            sent.code, 0,
            "Prism refused {}'s template {}: {sent:?}",
            operation.id, printed.stdout
        );
        assert_eq!(
            prism.violations()[before..],
            [] as [String; 0],
            "{}",
            operation.id
        );
        tried += 1;
    }
    assert!(tried >= 7, "the spec's operations with a body: {tried}");
}

/// The flags and sample values of an operation's required parameters:
/// progenitor's flag for a parameter, `pageIndex` → `--page-index`.
fn required_flags(spec: &Value, parameters: &[Value]) -> Vec<String> {
    let mut args = Vec::new();
    for parameter in parameters {
        if parameter["required"] == json!(true) {
            let name = parameter["name"].as_str().expect("a name");
            args.push(format!("--{}", name.to_kebab_case()));
            args.push(match sample(spec, &parameter["schema"]) {
                Value::String(text) => text,
                other => other.to_string(),
            });
        }
    }
    args
}
