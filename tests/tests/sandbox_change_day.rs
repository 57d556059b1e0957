//! The sandbox on change day.
//!
//! Every field of every answer the spec describes is one the sandbox
//! fills, or one its README lists as left empty, with why. The fields are
//! read from the spec's response schemas (nothing here names one), the
//! answers are what the sandbox sends over HTTP to a scenario that runs
//! every operation; so a field Altur adds (an optional `cost` on Call, say)
//! fails here, naming the field, its schema and the table to list it in,
//! until the sandbox fills it or the table says why it does not.
//!
//! An operation the sandbox does not model yet answers 501 `NOT_MODELED`
//! naming itself, through every layer of the sandbox, and the client says
//! so in those words, not as a status the spec does not document.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use altur_api_tests::changed_spec::{self, with_list_agents, with_renamed};
use altur_api_tests::{spec_operations, workspace_root};
use altur_sandbox::Sandbox;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

/// Where the table of fields the sandbox leaves empty is: its README.
const TABLE_FILE: &str = "altur-sandbox/README.md";
/// The line just above the table.
const TABLE_MARKER: &str = "<!-- left empty:";

/// A field of a schema: the component's name (`Call`), or where an inline
/// object is (`Campaign.integration`, `list_campaign_calls 200`); and the
/// property.
type Field = (String, String);

/// Every field of every response schema, with the operations whose
/// answers hold it.
fn fields_of(spec: &Value) -> BTreeMap<Field, BTreeSet<String>> {
    let mut fields: BTreeMap<Field, BTreeSet<String>> = BTreeMap::new();
    for (id, status, schema) in responses(spec) {
        let mut found = BTreeSet::new();
        described(
            spec,
            schema,
            &format!("{id} {status}"),
            &mut BTreeSet::new(),
            &mut found,
        );
        for field in found {
            fields.entry(field).or_default().insert(id.clone());
        }
    }
    fields
}

/// (operationId, 2xx status, JSON schema) of each success answer.
fn responses(spec: &Value) -> Vec<(String, String, &Value)> {
    let mut found = Vec::new();
    for operation in spec_operations(spec) {
        for (status, response) in operation.responses() {
            let schema = &response["content"]["application/json"]["schema"];
            if status.starts_with('2') && !schema.is_null() {
                found.push((operation.id().to_owned(), status.clone(), schema));
            }
        }
    }
    found
}

/// The component `$ref` names, and its name.
fn component<'s>(spec: &'s Value, reference: &str) -> (String, &'s Value) {
    let name = reference.rsplit('/').next().unwrap_or(reference);
    (name.to_owned(), &spec["components"]["schemas"][name])
}

fn parts(schema: &Value) -> impl Iterator<Item = &Value> {
    ["allOf", "oneOf", "anyOf"]
        .into_iter()
        .flat_map(|key| schema[key].as_array().into_iter().flatten())
}

/// The fields `schema` (labelled `label`) describes, its nested ones too.
fn described(
    spec: &Value,
    schema: &Value,
    label: &str,
    visited: &mut BTreeSet<String>,
    out: &mut BTreeSet<Field>,
) {
    if let Some(reference) = schema["$ref"].as_str() {
        let (name, schema) = component(spec, reference);
        if visited.insert(name.clone()) {
            described(spec, schema, &name, visited, out);
        }
        return;
    }
    for part in parts(schema) {
        described(spec, part, label, visited, out);
    }
    for nested in [&schema["items"], &schema["additionalProperties"]] {
        if nested.is_object() {
            described(spec, nested, label, visited, out);
        }
    }
    for (name, property) in schema["properties"].as_object().into_iter().flatten() {
        out.insert((label.to_owned(), name.clone()));
        described(spec, property, &format!("{label}.{name}"), visited, out);
    }
}

/// The fields of `schema` that `value` fills: present, not null, not an
/// empty array or object.
fn filled(spec: &Value, schema: &Value, value: &Value, label: &str, out: &mut BTreeSet<Field>) {
    if let Some(reference) = schema["$ref"].as_str() {
        let (name, schema) = component(spec, reference);
        return filled(spec, schema, value, &name, out);
    }
    for part in parts(schema) {
        filled(spec, part, value, label, out);
    }
    let properties = schema["properties"].as_object();
    match value {
        Value::Array(items) if schema["items"].is_object() => {
            for item in items {
                filled(spec, &schema["items"], item, label, out);
            }
        }
        Value::Object(members) => {
            for (name, member) in members {
                let empty = match member {
                    Value::Null => true,
                    Value::Array(a) => a.is_empty(),
                    Value::Object(o) => o.is_empty(),
                    _ => false,
                };
                match properties.and_then(|p| p.get(name)) {
                    Some(property) if !empty => {
                        out.insert((label.to_owned(), name.clone()));
                        filled(spec, property, member, &format!("{label}.{name}"), out);
                    }
                    Some(_) => {}
                    None if schema["additionalProperties"].is_object() => {
                        filled(spec, &schema["additionalProperties"], member, label, out);
                    }
                    None => {}
                }
            }
        }
        _ => {}
    }
}

/// One answer of the sandbox: its operation, status and body.
struct Answer {
    operation: String,
    status: String,
    body: Value,
}

/// The fields the answers fill, by the spec's response schemas.
fn filled_by(spec: &Value, answers: &[Answer]) -> BTreeSet<Field> {
    let schemas = responses(spec);
    let mut out = BTreeSet::new();
    for answer in answers {
        for (id, status, schema) in &schemas {
            let class = format!("{}XX", &answer.status[..1]);
            if *id == answer.operation && (*status == answer.status || *status == class) {
                filled(
                    spec,
                    schema,
                    &answer.body,
                    &format!("{id} {status}"),
                    &mut out,
                );
            }
        }
    }
    out
}

/// The README's table: field → why the sandbox leaves it empty.
fn table(readme: &str) -> BTreeMap<Field, String> {
    let start = readme
        .find(TABLE_MARKER)
        .unwrap_or_else(|| panic!("{TABLE_FILE} has no line starting {TABLE_MARKER}"));
    readme[start..]
        .lines()
        .skip(3)
        .take_while(|line| line.starts_with('|'))
        .map(|line| {
            let cells: Vec<&str> = line
                .trim_matches('|')
                .split('|')
                .map(|cell| cell.trim().trim_matches('`'))
                .collect();
            assert_eq!(
                cells.len(),
                3,
                "{TABLE_FILE}: a row is | schema | field | why |: {line}"
            );
            (
                (cells[0].to_owned(), cells[1].to_owned()),
                cells[2].to_owned(),
            )
        })
        .collect()
}

/// What is wrong between the spec's fields, the answers and the table,
/// each as what to do and where; empty when nothing is.
fn findings(spec: &Value, answers: &[Answer], table: &BTreeMap<Field, String>) -> Vec<String> {
    let fields = fields_of(spec);
    let filled = filled_by(spec, answers);
    let mut findings = Vec::new();
    let asked: BTreeSet<&str> = answers.iter().map(|a| a.operation.as_str()).collect();
    let unasked: Vec<&str> = spec_operations(spec)
        .iter()
        .map(|operation| operation.id())
        .filter(|id| !asked.contains(id))
        .collect();
    if !unasked.is_empty() {
        findings.push(format!(
            "the scenario of tests/tests/sandbox_change_day.rs (run_every_operation) asks \
             nothing of {}: once the sandbox models each (altur-sandbox/src/serve/operations/), \
             add a request for it there, so that the fields of its answer are checked",
            unasked.join(", ")
        ));
    }
    for ((schema, field), operations) in &fields {
        let key = (schema.clone(), field.clone());
        if !filled.contains(&key) && !table.contains_key(&key) {
            findings.push(format!(
                "`{field}` of {schema} (answered by {}) is in no answer of the sandbox: fill it \
                 where the sandbox writes {schema} (altur-sandbox/src/serve/render.rs), or add the row \
                 | {schema} | `{field}` | why the sandbox leaves it empty | to the table \
                 under \"What the sandbox leaves empty\" in {TABLE_FILE}",
                operations.iter().cloned().collect::<Vec<_>>().join(", ")
            ));
        }
    }
    for ((schema, field), why) in table {
        let key = (schema.clone(), field.clone());
        if !fields.contains_key(&key) {
            findings.push(format!(
                "{TABLE_FILE} lists `{field}` of {schema}, which no answer of the spec has: \
                 remove its row"
            ));
        } else if filled.contains(&key) {
            findings.push(format!(
                "{TABLE_FILE} lists `{field}` of {schema} as left empty, but the sandbox \
                 fills it: remove its row"
            ));
        } else if why.is_empty() {
            findings.push(format!(
                "{TABLE_FILE}: say why `{field}` of {schema} is empty"
            ));
        }
    }
    findings
}

/// The sandbox, and what it answered a scenario that runs every operation
/// it models, over HTTP, each answer with the operation its request log
/// says it was for.
struct Scenario {
    sandbox: Sandbox,
    bodies: Vec<Value>,
}

impl Scenario {
    async fn send(&mut self, method: &str, path: &str, body: Option<Value>) -> Value {
        let key = format!("api-key {}", self.sandbox.api_key());
        let sent = body.map(|body| body.to_string());
        let (status, body) = altur_api_tests::sandbox::send(
            self.sandbox.base_url(),
            method,
            path,
            sent.as_deref(),
            Some(&key),
        )
        .await;
        assert!(
            (200..300).contains(&status),
            "{method} {path}: {status} {body}"
        );
        self.bodies.push(body.clone());
        body
    }

    async fn get(&mut self, path: &str) -> Value {
        self.send("GET", path, None).await
    }

    async fn post(&mut self, path: &str, body: Value) -> Value {
        self.send("POST", path, Some(body)).await
    }

    fn answers(self) -> Vec<Answer> {
        let requests = self.sandbox.requests();
        assert_eq!(
            requests.len(),
            self.bodies.len(),
            "one logged request per answer"
        );
        requests
            .into_iter()
            .zip(self.bodies)
            .map(|(request, body)| Answer {
                operation: request.operation.expect("a request of the spec's"),
                status: request.status.expect("answered").to_string(),
                body,
            })
            .collect()
    }
}

/// A window every day; `closes` names its end (`stopTime`, or its older
/// name `endTime`).
fn every_day(start: &str, closes: &str, end: &str) -> Value {
    let day = json!({"startTime": start, closes: end, "active": true});
    json!({"mon": day, "tue": day, "wed": day, "thu": day, "fri": day, "sat": day, "sun": day})
}

/// Everything the API can be asked, with values in every field a request
/// can set, and time for calls and campaigns to run their course.
async fn run_every_operation() -> Vec<Answer> {
    let sandbox = Sandbox::builder()
        .seed(33)
        .manual_clock()
        // A run of requests, not a test of the limit.
        .rate_limits(false)
        .start()
        .await
        .expect("the sandbox starts");
    let agent = sandbox.agents()[0].clone();
    let channel = |name: &str| {
        agent
            .integration(name)
            .unwrap_or_else(|| panic!("a {name} integration"))
            .public_id
            .clone()
    };
    let (phone, whatsapp) = (channel("phone_call"), channel("whatsapp"));
    let mut s = Scenario {
        sandbox,
        bodies: Vec::new(),
    };

    // An end user, its conversation and a call.
    let user = s
        .post(
            "/enduser",
            json!({"display_name": "Sofía Núñez", "info": "Cliente desde 2019"}),
        )
        .await;
    let user_id = user["id"].as_str().expect("an end user id").to_owned();
    s.send(
        "PUT",
        &format!("/enduser/{user_id}"),
        Some(json!({"display_name": "Sofía Núñez", "info": "VIP"})),
    )
    .await;
    s.get(&format!("/enduser/{user_id}")).await;
    let reply = s
        .post(
            "/message",
            json!({"agent_id": agent.id, "end_user_id": user_id, "content": "hola"}),
        )
        .await;
    let thread = reply["thread"]["id"].as_str().expect("a thread").to_owned();
    s.get(&format!("/message/{thread}")).await;
    s.get(&format!("/thread/{thread}")).await;
    let call = s
        .post(
            "/call",
            json!({
                "agent_id": agent.id,
                "phone_number_to": "+15005550001",
                "end_user_display_name": "Mateo Ruiz",
                "end_user_context": "Pidió que le llamaran",
                "initial_message": "Hola Mateo",
            }),
        )
        .await;
    s.sandbox.advance(Duration::from_secs(600)).await;
    s.get(&format!(
        "/call/{}",
        call["id"].as_str().expect("a call id")
    ))
    .await;

    // A phone campaign with cycles, run to its end.
    let campaign = s
        .post(
            "/campaigns",
            json!({
                "name": "Cobranza marzo",
                "description": "Saldo vencido",
                "agent_id": agent.public_id,
                "integration_id": phone,
                "integration_type": "phone_call",
                "timezone": "America/Mexico_City",
                "retries": 1,
                "first_message": "Hola, le llamo de Crédito Fácil",
                "scheduling": every_day("00:00", "stopTime", "23:59"),
                "cycles": {
                    "enabled": true,
                    "mode": "cooldown",
                    "max_iterations": 2,
                    "cooldown_minutes": 5,
                    "filter_statuses": ["no-answer", "voicemail"],
                    "filter_tags": ["vip"],
                },
            }),
        )
        .await;
    let id = campaign["campaign"]["id"].as_i64().expect("a campaign id");
    let contact = |n: u32, phone: &str| {
        json!({
            "contact": phone,
            "name": format!("Cliente {n}"),
            "context": "Saldo de 1,200 MXN",
            "extracted_data": {"saldo": 1200},
            "f_id": format!("crm-{n}"),
        })
    };
    s.post(
        &format!("/campaigns/{id}/contacts"),
        json!({"contacts": [
            contact(1, "+15005550001"),
            contact(2, "+15005550008"),
            contact(3, "+15005550004"),
            {"name": "Sin número"},
        ]}),
    )
    .await;
    let added = s
        .post(
            &format!("/campaigns/{id}/contacts"),
            json!({"contacts": [contact(1, "+15005550001"), contact(4, "+15005550000")],
                   "if_duplicate": "update"}),
        )
        .await;
    s.send(
        "PATCH",
        &format!("/campaigns/{id}"),
        Some(json!({"description": "Saldo vencido, marzo"})),
    )
    .await;
    s.post(&format!("/campaigns/{id}/activate"), json!({}))
        .await;
    for _ in 0..12 {
        s.sandbox.advance(Duration::from_secs(600)).await;
    }
    s.get("/campaigns").await;
    s.get(&format!("/campaigns/{id}")).await;
    s.get(&format!("/campaigns/{id}/contacts")).await;
    s.get(&format!("/campaigns/{id}/calls")).await;
    let contact_id = added["results"][0]["id"].as_i64().expect("a contact id");
    s.get(&format!("/campaigns/{id}/contacts/{contact_id}"))
        .await;

    // A WhatsApp campaign, run.
    let campaign = s
        .post(
            "/campaigns",
            json!({
                "name": "Recordatorio",
                "agent_id": agent.public_id,
                "integration_id": whatsapp,
                "integration_type": "whatsapp",
                "template": "recordatorio_pago",
                "template_alt": "recordatorio_pago_b",
                "message_limit": 100,
            }),
        )
        .await;
    let whatsapp_id = campaign["campaign"]["id"].as_i64().expect("a campaign id");
    s.post(
        &format!("/campaigns/{whatsapp_id}/contacts"),
        json!({"contacts": [contact(5, "+15005550001"), contact(6, "+15005550000")]}),
    )
    .await;
    s.post(&format!("/campaigns/{whatsapp_id}/activate"), json!({}))
        .await;
    s.sandbox.advance(Duration::from_secs(600)).await;
    s.get(&format!("/campaigns/{whatsapp_id}")).await;

    // Cycles on a schedule, and a contact deleted before anyone is called.
    let campaign = s
        .post(
            "/campaigns",
            json!({
                "name": "Ciclos programados",
                "agent_id": agent.public_id,
                "integration_id": phone,
                "cycles": {
                    "enabled": true,
                    "mode": "scheduled",
                    "schedule": every_day("10:00", "endTime", "12:00"),
                    "schedule_start_date": "2026-01-05",
                    "schedule_end_date": "2026-02-05",
                    "max_iterations": 3,
                },
            }),
        )
        .await;
    let scheduled = campaign["campaign"]["id"].as_i64().expect("a campaign id");
    let added = s
        .post(
            &format!("/campaigns/{scheduled}/contacts"),
            json!({"contacts": [contact(7, "+15005550003")]}),
        )
        .await;
    let doomed = added["results"][0]["id"].as_i64().expect("a contact id");
    s.send(
        "DELETE",
        &format!("/campaigns/{scheduled}/contacts/{doomed}"),
        None,
    )
    .await;
    s.post(&format!("/campaigns/{scheduled}/archive"), json!({}))
        .await;
    s.get("/campaigns?pageSize=1&pageIndex=1").await;
    s.answers()
}

fn readme_table() -> BTreeMap<Field, String> {
    let readme = std::fs::read_to_string(workspace_root().join(TABLE_FILE)).expect("the README");
    table(&readme)
}

#[tokio::test]
async fn every_field_of_every_answer_is_filled_or_listed_as_left_empty() {
    let answers = run_every_operation().await;
    let spec = changed_spec::committed();
    let findings = findings(&spec, &answers, &readme_table());
    assert!(findings.is_empty(), "\n{}", findings.join("\n"));
}

/// The check can fail: a field Altur adds to Call, which the sandbox's
/// answers do not hold, is found, with its schema and the table's file.
#[tokio::test]
async fn a_field_added_to_the_spec_and_left_unfilled_is_named() {
    let answers = run_every_operation().await;
    let mut spec = changed_spec::committed();
    spec["components"]["schemas"]["Call"]["properties"]["cost"] =
        json!({"type": "number", "description": "What the call cost, in USD"});
    let found = findings(&spec, &answers, &readme_table());
    assert_eq!(found.len(), 1, "{found:#?}");
    let finding = &found[0];
    assert!(
        finding.starts_with("`cost` of Call (answered by retrieve_call, start_call)")
            && finding.contains(TABLE_FILE)
            && finding.contains("add the row | Call | `cost` |"),
        "{finding}"
    );

    // An operation added, which the scenario cannot ask yet, is named with
    // where its request goes.
    let mut spec = with_list_agents();
    spec["components"]["schemas"]["Call"]["properties"]["cost"] = json!({"type": "number"});
    let both = findings(&spec, &answers, &readme_table());
    assert_eq!(both.len(), 2, "{both:#?}");
    assert!(
        both[0].contains("asks nothing of list_agents")
            && both[0].contains("altur-sandbox/src/serve/operations/"),
        "{both:#?}"
    );
    assert!(both[1].starts_with("`cost` of Call"), "{both:#?}");
}

async fn serving(spec: &Value) -> Sandbox {
    Sandbox::builder()
        .seed(33)
        .manual_clock()
        .spec(changed_spec::text(spec))
        .start()
        .await
        .expect("the sandbox starts on the changed spec")
}

/// An operation Altur added (`GET /agents`), asked through
/// `Client::request`: the sandbox routes it by the spec it reads, checks the
/// key, and answers 501 naming it; the error says so.
#[tokio::test]
async fn an_operation_added_to_the_spec_is_501_not_modeled_naming_itself() {
    let sandbox = serving(&with_list_agents()).await;
    let error = sandbox
        .client()
        .request(Method::GET, "/agents")
        .send()
        .await
        .expect_err("the sandbox does not model it");
    assert_eq!(
        error.status(),
        Some(StatusCode::NOT_IMPLEMENTED),
        "{error:?}"
    );
    assert!(error.is_not_modeled(), "{error:?}");
    assert_eq!(
        error.to_string(),
        "the sandbox does not model list_agents yet (501 NOT_MODELED)"
    );
    let requests = sandbox.requests();
    assert_eq!(
        requests.last().and_then(|r| r.operation.as_deref()),
        Some("list_agents")
    );

    // Through the gate first: without the key it is the 401 of every
    // operation, not the 501.
    let anonymous = reqwest::Client::new()
        .get(format!("{}/agents", sandbox.base_url()))
        .send()
        .await
        .expect("an answer");
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);

    // An answer of the API's that is not this is not taken for it.
    let other = sandbox
        .client()
        .request(Method::GET, "/call/no-such-call")
        .send()
        .await
        .expect_err("no such call");
    assert!(!other.is_not_modeled(), "{other:?}");
}

/// An operation the crate has, whose name the sandbox's handlers do not
/// know (its spec renames it): a status the operation does not document,
/// said as what the sandbox does not model, not as an undocumented status.
#[tokio::test]
async fn a_generated_operation_the_sandbox_does_not_model_is_said_as_such() {
    let sandbox = serving(&with_renamed("retrieve_call", "retrieve_call_v2")).await;
    let error = sandbox
        .client()
        .retrieve_call()
        .id("any")
        .send()
        .await
        .expect_err("the sandbox does not model it");
    assert!(
        matches!(error, altur_api::Error::UnexpectedStatus { .. }),
        "{error:?}"
    );
    assert!(error.is_not_modeled(), "{error:?}");
    assert_eq!(
        error.to_string(),
        "the sandbox does not model retrieve_call_v2 yet (501 NOT_MODELED)"
    );
}
