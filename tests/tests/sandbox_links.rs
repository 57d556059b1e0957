//! The spec's OpenAPI `links` (overlay data) lead from the operations that
//! create things to those that read, update and delete them, as a stateful
//! tester follows them: each names an operation and its parameters, each
//! expression points at what the source's response or request holds, every
//! operation that takes an id in its path is reached by one, and followed
//! on the sandbox (behind Prism) with the ids it really answered, each
//! reaches a 2xx, not a 404.

use std::collections::{BTreeMap, BTreeSet};

use altur_api_tests::samples::Samples;
use altur_api_tests::sandbox::{Judged, fill, path_parameters, raw};
use altur_api_tests::{committed_spec_value, spec_operations};
use altur_sandbox::Sandbox;
use serde_json::{Value, json};

/// One operation of the spec.
struct Operation {
    method: String,
    template: String,
    value: Value,
}

/// One link: from an operation's response to an operation, with its
/// parameters' expressions.
#[derive(Debug)]
struct Link {
    from: String,
    name: String,
    to: String,
    parameters: BTreeMap<String, String>,
}

fn spec() -> Value {
    committed_spec_value()
}

fn operations(spec: &Value) -> BTreeMap<String, Operation> {
    spec_operations(spec)
        .into_iter()
        .map(|operation| {
            let found = Operation {
                method: operation.method.to_uppercase(),
                template: operation.path.to_owned(),
                value: operation.operation.clone(),
            };
            (operation.id().to_owned(), found)
        })
        .collect()
}

fn links(operations: &BTreeMap<String, Operation>) -> Vec<Link> {
    let mut found = Vec::new();
    for (from, operation) in operations {
        for (_, response) in operation.value["responses"].as_object().unwrap() {
            for (name, link) in response["links"].as_object().into_iter().flatten() {
                found.push(Link {
                    from: from.clone(),
                    name: name.clone(),
                    to: link["operationId"]
                        .as_str()
                        .expect("an operationId")
                        .to_owned(),
                    parameters: link["parameters"]
                        .as_object()
                        .into_iter()
                        .flatten()
                        .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_owned()))
                        .collect(),
                });
            }
        }
    }
    found
}

/// `schema` (following `$ref`s) has the JSON pointer's path: properties
/// by name, an array's items by index.
fn schema_has(samples: &Samples, schema: &Value, pointer: &[&str]) -> bool {
    let schema = samples.deref(schema);
    let Some((first, rest)) = pointer.split_first() else {
        return true;
    };
    if let Some(property) = schema["properties"].get(*first) {
        return schema_has(samples, property, rest);
    }
    if first.parse::<usize>().is_ok() && schema.get("items").is_some() {
        return schema_has(samples, &schema["items"], rest);
    }
    false
}

#[test]
fn each_link_names_an_operation_its_parameters_and_what_holds_their_values() {
    let spec = spec();
    let samples = Samples::new(&spec);
    let operations = operations(&spec);
    let links = links(&operations);
    assert!(links.len() >= 10, "{links:?}");
    for link in &links {
        let target = operations
            .get(&link.to)
            .unwrap_or_else(|| panic!("{}: no operation {}", link.name, link.to));
        let source = &operations[&link.from];
        for (parameter, expression) in &link.parameters {
            assert!(
                path_parameters(&target.value).contains(parameter),
                "{}: {} has no path parameter {parameter}",
                link.name,
                link.to
            );
            if let Some(name) = expression.strip_prefix("$request.path.") {
                assert!(
                    path_parameters(&source.value).iter().any(|p| p == name),
                    "{}: {} has no path parameter {name}",
                    link.name,
                    link.from
                );
            } else if let Some(pointer) = expression.strip_prefix("$response.body#/") {
                let pointer: Vec<&str> = pointer.split('/').collect();
                let answered = source.value["responses"]
                    .as_object()
                    .unwrap()
                    .iter()
                    .filter(|(status, _)| status.starts_with('2'))
                    .any(|(_, response)| {
                        schema_has(
                            &samples,
                            &response["content"]["application/json"]["schema"],
                            &pointer,
                        )
                    });
                assert!(
                    answered,
                    "{}: {} answers no {expression}",
                    link.name, link.from
                );
            } else {
                panic!(
                    "{}: an expression this test does not read: {expression}",
                    link.name
                );
            }
        }
    }
    // Every operation that takes an id in its path is reached by a link.
    let reached: BTreeSet<&str> = links.iter().map(|l| l.to.as_str()).collect();
    let by_id: BTreeSet<&str> = operations
        .iter()
        .filter(|(_, o)| !path_parameters(&o.value).is_empty())
        .map(|(id, _)| id.as_str())
        .collect();
    let missed: Vec<_> = by_id.difference(&reached).collect();
    assert!(missed.is_empty(), "reached by no link: {missed:?}");
}

/// The body an operation is sent with in this test, where it needs one.
fn body(operation: &str, sandbox: &Judged, end_user: Option<&str>) -> Option<String> {
    let agent = &sandbox.agents()[0];
    let body = match operation {
        "create_end_user" => json!({"display_name": "Ana López"}),
        "update_end_user" => json!({"display_name": "Ana María López"}),
        "create_campaign" => json!({
            "name": "Links", "agent_id": agent.public_id,
            "integration_id": agent.integration("phone_call").unwrap().public_id,
        }),
        "update_campaign" => json!({"name": "Links, renamed"}),
        "add_campaign_contacts" => {
            json!({"contacts": [{"contact": "+15005550001", "name": "Ana"}]})
        }
        "start_call" => json!({"agent_id": agent.id, "phone_number_to": "+15005550001"}),
        "send_message" => json!({
            "agent_id": agent.id, "end_user_id": end_user?, "content": "hola",
        }),
        _ => return None,
    };
    Some(body.to_string())
}

#[tokio::test]
async fn followed_on_the_sandbox_each_link_reaches_its_operation_with_real_ids() {
    let spec = spec();
    let operations = operations(&spec);
    let mut links = links(&operations);
    // What deletes goes last, so that what reads finds it first.
    links.sort_by_key(|l| operations[&l.to].method == "DELETE");
    let sandbox = Judged::start(Sandbox::builder().seed(35).manual_clock()).await;

    // Each source, sent once: its path parameters and its answer.
    let mut sent: BTreeMap<String, (BTreeMap<String, String>, Value)> = BTreeMap::new();
    let sources: BTreeSet<&str> = links.iter().map(|l| l.from.as_str()).collect();
    // The sources that need another's id come after it.
    let mut order: Vec<&str> = sources.iter().copied().collect();
    order.sort_by_key(|id| {
        path_parameters(&operations[*id].value).len() + usize::from(*id == "send_message")
    });
    for id in order {
        let operation = &operations[id];
        let mut parameters = BTreeMap::new();
        for name in path_parameters(&operation.value) {
            // A source that takes an id takes the one a link gave it.
            let value = links
                .iter()
                .filter(|l| l.to == id)
                .find_map(|l| {
                    let (_, answer) = sent.get(&l.from)?;
                    let pointer = l.parameters.get(&name)?.strip_prefix("$response.body#")?;
                    let value = answer.pointer(pointer)?;
                    Some(
                        value
                            .as_str()
                            .map_or_else(|| value.to_string(), str::to_owned),
                    )
                })
                .unwrap_or_else(|| panic!("{id} takes {name}, which no link sent before gives"));
            parameters.insert(name, value);
        }
        let end_user = sent
            .get("create_end_user")
            .and_then(|(_, user)| user["id"].as_str().map(str::to_owned));
        let body = body(id, &sandbox, end_user.as_deref());
        let (status, answer) = raw(
            &sandbox,
            &operation.method,
            &fill(&operation.template, &parameters),
            body.as_deref(),
        )
        .await;
        assert!((200..300).contains(&status), "{id}: {status} {answer}");
        sent.insert(id.to_owned(), (parameters, answer));
    }

    for link in &links {
        let (request, answer) = &sent[&link.from];
        let mut values = BTreeMap::new();
        for (parameter, expression) in &link.parameters {
            let value = match expression.strip_prefix("$request.path.") {
                Some(name) => request[name].clone(),
                None => {
                    let pointer = expression.strip_prefix("$response.body#").unwrap();
                    let value = answer
                        .pointer(pointer)
                        .unwrap_or_else(|| panic!("{}: {expression} in {answer}", link.name));
                    value
                        .as_str()
                        .map_or_else(|| value.to_string(), str::to_owned)
                }
            };
            values.insert(parameter.clone(), value);
        }
        let target = &operations[&link.to];
        for name in path_parameters(&target.value) {
            // What no link gives, the tester chooses: the action archive runs
            // from any status.
            values.entry(name).or_insert_with(|| "archive".to_owned());
        }
        let path = fill(&target.template, &values);
        let (status, body) = raw(
            &sandbox,
            &target.method,
            &path,
            body(&link.to, &sandbox, None).as_deref(),
        )
        .await;
        assert!(
            (200..300).contains(&status),
            "{} ({} → {} {path}): {status} {body}",
            link.name,
            link.from,
            target.method
        );
    }
}
