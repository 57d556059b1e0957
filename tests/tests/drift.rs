//! A drifted server: what Altur's real server plausibly sends where it parts
//! ways with the description, generated from the spec rather than picked by
//! hand, so that an operation or a property added to the spec is covered
//! without an edit. Prism serves only what the spec says; this serves, over
//! loopback, for every operation:
//!
//! - its success response with every property set, then with each optional
//!   property `null` in turn, each date-time rewritten in each form a
//!   Python backend writes, an unknown property added at each level;
//! - the success under another 2xx status, and an empty success body;
//! - each documented error status in each body shape Python frameworks
//!   write, and with the documented keys nested in an `error` object;
//! - each older property name (a schema's `x-altur-aliases`) in place of the
//!   newer one and beside it, wherever a response holds such a schema;
//!
//! and for every paginated list, the paging misbehaviours (cursor only,
//! `pageIndex` ignored, `has_next` stuck on `true` over empty pages, pages
//! past `total_count`). Every response decodes to what the full sample
//! decodes to, less what the change removed, or is the typed error expected;
//! no stream runs past its bound. Every webhook payload gets the same
//! changes, through `webhook::verify`.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

use altur_api::{Client, Error, PageErrorKind};
use altur_api_tests::calls::{Cases, Seen, request};
use altur_api_tests::rng::Rng;
use altur_api_tests::samples::{Point, Sample, Samples, with, without};
use altur_api_tests::server::{Recorded, Reply, TestServer};
use altur_api_tests::{committed_spec_value, spec_operations};
use futures_util::StreamExt;
use serde_json::{Value, json};

/// Each form of the sample's date-time (2025-10-03T19:11:39Z) a Python
/// backend writes, or of a time near it, with the instant it stands for.
const TIME_FORMS: &[(&str, &str)] = &[
    ("2025-10-03T19:11:39Z", "2025-10-03T19:11:39Z"),
    ("2025-10-03T19:11:39+00:00", "2025-10-03T19:11:39Z"),
    ("2025-10-03T21:11:39+02:00", "2025-10-03T19:11:39Z"),
    ("2025-10-03T14:11:39-05:00", "2025-10-03T19:11:39Z"),
    ("2025-10-03T14:41:39-0430", "2025-10-03T19:11:39Z"),
    ("2025-10-03 19:11:39", "2025-10-03T19:11:39Z"),
    ("2025-10-03T19:11:39", "2025-10-03T19:11:39Z"),
    ("2025-10-03 19:11:39+00:00", "2025-10-03T19:11:39Z"),
    ("2025-10-03T19:11:39.1Z", "2025-10-03T19:11:39.100Z"),
    ("2025-10-03T19:11:39.123+00:00", "2025-10-03T19:11:39.123Z"),
    ("2025-10-03 19:11:39.123456", "2025-10-03T19:11:39.123456Z"),
    (
        "2025-10-03T19:11:39.123456+00:00",
        "2025-10-03T19:11:39.123456Z",
    ),
    (
        "2025-10-03T19:11:39.123456789Z",
        "2025-10-03T19:11:39.123456789Z",
    ),
];

/// Error bodies in the shapes the docs and Python frameworks write, and the
/// message each must give.
fn error_bodies(reason: &str) -> Vec<(String, String)> {
    vec![
        (r#"{"error": 404, "message": "Not here"}"#.into(), "Not here".into()),
        (
            r#"{"error": "CAMPAIGN_FINISHED", "message": "Finished campaigns are read-only"}"#.into(),
            "Finished campaigns are read-only".into(),
        ),
        (
            r#"{"code": "INVALID_STATUS_TRANSITION", "message": "cannot", "current_status": "finished", "valid_targets": []}"#.into(),
            "cannot".into(),
        ),
        (r#"{"detail": "Not found."}"#.into(), "Not found.".into()),
        (
            r#"{"detail": [{"loc": ["body", "contacts", 0, "contact"], "msg": "field required", "type": "value_error.missing"}, {"loc": ["query", "pageSize"], "msg": "ensure this value is less than or equal to 100", "type": "value_error"}]}"#.into(),
            "body.contacts.0.contact: field required; query.pageSize: ensure this value is less than or equal to 100".into(),
        ),
        (
            r#"{"content": ["This field is required."]}"#.into(),
            "content: This field is required.".into(),
        ),
        (
            r#"{"non_field_errors": ["Invalid phone number."], "contact": ["Enter a valid phone number.", "Too short."]}"#.into(),
            "Invalid phone number.; contact: Enter a valid phone number. Too short.".into(),
        ),
        (r#"{"error": "Unauthorized"}"#.into(), "Unauthorized".into()),
        (String::new(), format!("{reason} (empty body)")),
        (
            "<html><body><h1>Server Error</h1></body></html>".into(),
            format!("{reason} (the body has no message)"),
        ),
    ]
}

/// One operation as the spec describes it.
struct Operation {
    id: String,
    /// The success response's schema; `None` where it has no body.
    success: Option<Value>,
    /// Documented error statuses.
    errors: Vec<u16>,
}

fn spec() -> Value {
    committed_spec_value()
}

fn operations(spec: &Value) -> Vec<Operation> {
    let mut found: Vec<Operation> = spec_operations(spec)
        .into_iter()
        .map(|operation| Operation {
            id: operation.id().to_owned(),
            success: operation
                .responses()
                .find(|(code, _)| code.starts_with('2'))
                .and_then(|(_, r)| r.pointer("/content/application~1json/schema"))
                .cloned(),
            errors: operation
                .responses()
                .filter_map(|(code, _)| code.parse::<u16>().ok())
                .filter(|code| *code >= 400)
                .collect(),
        })
        .collect();
    found.sort_by(|a, b| a.id.cmp(&b.id));
    found
}

/// A loopback server whose one reply the test changes between calls.
struct Drifted {
    reply: Arc<Mutex<Reply>>,
    /// Held so the server runs as long as the client calls it.
    _server: TestServer,
    client: Client,
    cases: Cases,
}

impl Drifted {
    async fn start() -> Drifted {
        let reply = Arc::new(Mutex::new(Reply::json(200, "{}")));
        let answer = reply.clone();
        let server = TestServer::start(move |_| answer.lock().unwrap().clone()).await;
        Drifted {
            reply,
            client: client(&server),
            _server: server,
            cases: Cases(Rng(0x5eed_d21f)),
        }
    }

    async fn answer(&mut self, operation: &str, reply: Reply) -> Result<Seen, Error> {
        *self.reply.lock().unwrap() = reply;
        request(operation, &self.client, &mut self.cases).await
    }
}

/// Every change of one sample: (what changed, the body, what the decoded
/// value must be, `None` where only decoding is checked).
fn drifts(
    sample: &Value,
    decoded: &Value,
    points: &[Point],
) -> Vec<(String, Value, Option<Value>)> {
    let mut out = Vec::new();
    let mut all_unknown = sample.clone();
    let mut all_expected = decoded.clone();
    for point in points {
        match point {
            Point::Optional {
                pointer,
                has_default,
            } => out.push((
                format!("{pointer} null"),
                with(sample, pointer, Value::Null),
                (!has_default).then(|| without(decoded, pointer)),
            )),
            Point::Integer { pointer } => {
                let whole = sample.pointer(pointer).and_then(Value::as_i64).unwrap();
                out.push((
                    format!("{pointer} = {whole}.0"),
                    with(sample, pointer, json!(whole as f64)),
                    Some(decoded.clone()),
                ));
            }
            Point::DateTime { pointer } => {
                for (form, instant) in TIME_FORMS {
                    out.push((
                        format!("{pointer} = {form:?}"),
                        with(sample, pointer, json!(form)),
                        Some(with(decoded, pointer, json!(instant))),
                    ));
                }
            }
            Point::Object {
                pointer,
                keeps_unknown,
                ..
            } => {
                let unknown = json!({"nested": [1, null, "two", {"deeper": {}}], "n": 1.5e300});
                let mut body = sample.clone();
                // Dropped, unless the schema takes other keys: then kept as
                // they came.
                let mut expected = decoded.clone();
                let mut targets = vec![&mut body, &mut all_unknown];
                if *keeps_unknown {
                    targets.extend([&mut expected, &mut all_expected]);
                }
                for target in targets {
                    let object = target
                        .pointer_mut(pointer)
                        .unwrap()
                        .as_object_mut()
                        .unwrap();
                    object.insert("x_drift_unknown".into(), unknown.clone());
                    object.insert("x_drift_null".into(), Value::Null);
                }
                out.push((
                    format!("{pointer} + unknown properties"),
                    body,
                    Some(expected),
                ));
            }
        }
    }
    out.push((
        "unknown properties at every level".into(),
        all_unknown,
        Some(all_expected),
    ));
    out
}

#[tokio::test]
async fn every_operation_decodes_what_a_drifted_server_sends() {
    let spec = spec();
    let samples = Samples::new(&spec);
    let operations = operations(&spec);
    assert!(!operations.is_empty());
    let mut server = Drifted::start().await;
    let mut checked = 0;
    for operation in &operations {
        let id = operation.id.as_str();
        let Some(schema) = &operation.success else {
            // No body documented: any 2xx, with a body or without, is it.
            for (status, body) in [(204, ""), (200, r#"{"success": true}"#), (202, "")] {
                let seen = server
                    .answer(id, Reply::json(status, body))
                    .await
                    .unwrap_or_else(|e| panic!("{id} {status} {body:?}: {e}"));
                assert_eq!(seen.status.as_u16(), status);
                checked += 1;
            }
            continue;
        };
        let sample = samples.of(schema);
        let full = server
            .answer(id, Reply::json(200, sample.value.to_string()))
            .await
            .unwrap_or_else(|e| panic!("{id}, every property set: {e}"));
        assert_eq!(
            full.value, sample.value,
            "{id}: the full sample round-trips"
        );
        let decoded = full.value;

        for (what, body, expected) in drifts(&sample.value, &decoded, &sample.points) {
            let seen = server
                .answer(id, Reply::json(200, body.to_string()))
                .await
                .unwrap_or_else(|e| panic!("{id}, {what}: {e}\n{body}"));
            if let Some(expected) = expected {
                assert_eq!(seen.value, expected, "{id}, {what}");
            }
            checked += 1;
        }

        // Another 2xx than the documented one is the success.
        let seen = server
            .answer(id, Reply::json(201, sample.value.to_string()))
            .await
            .unwrap_or_else(|e| panic!("{id}, 201: {e}"));
        assert_eq!((seen.status.as_u16(), &seen.value), (201, &decoded), "{id}");
        // An empty success body is the success where the type can stand
        // empty (an object that requires nothing), else an error that says
        // the request was accepted.
        let resolved = samples.resolve(schema);
        let can_be_empty = resolved.get("properties").is_some()
            && resolved
                .get("required")
                .and_then(Value::as_array)
                .is_none_or(Vec::is_empty);
        for status in [200, 204] {
            match server.answer(id, Reply::json(status, "")).await {
                Ok(seen) => {
                    assert!(can_be_empty, "{id}: an empty {status} decoded: {seen:?}");
                    assert_eq!(seen.value, json!({}), "{id}");
                }
                Err(error) => {
                    assert!(!can_be_empty, "{id}: an empty {status}: {error}");
                    assert!(matches!(error, Error::Decode { .. }), "{id}: {error:?}");
                    assert!(
                        error.to_string().contains("accepted the request"),
                        "{error}"
                    );
                }
            }
            checked += 2;
        }
        checked += 1;
    }
    checked += errors_in_every_shape(&mut server, &operations).await;
    // The figure for the closing note.
    println!("drifted responses checked: {checked}");
    assert!(checked > 1000, "{checked}");
}

/// Error statuses an operation may meet whether its spec lists them or not:
/// a refused key, a forbidden resource, a validation error, a crash.
const ANY_OPERATION_MAY_MEET: &[u16] = &[400, 401, 403, 404, 409, 422, 500];

/// The error statuses tried on `operation`: its documented ones, and those
/// any operation may meet.
fn error_statuses(operation: &Operation) -> BTreeSet<u16> {
    operation
        .errors
        .iter()
        .chain(ANY_OPERATION_MAY_MEET)
        .copied()
        .collect()
}

/// The operations whose every error line the test prints, for a reader.
const PRINTED: &[&str] = &["campaign_action", "send_message", "start_call"];

/// Every error status of every operation, documented or not, in every body
/// shape: a documented one is `Error::Api` with the message read; an
/// undocumented one `Error::UnexpectedStatus`, whose `api_error()` reads the
/// body as `Api`'s does where it says something. Either way the raw body is
/// kept, and the error's line carries the message.
async fn errors_in_every_shape(server: &mut Drifted, operations: &[Operation]) -> usize {
    let mut checked = 0;
    for operation in operations {
        for status in error_statuses(operation) {
            let documented = operation.errors.contains(&status);
            let reason = reqwest::StatusCode::from_u16(status)
                .unwrap()
                .canonical_reason()
                .unwrap();
            for (body, message) in error_bodies(reason) {
                let what = format!("{} {status} {body}", operation.id);
                let html = body.starts_with('<');
                let error = server
                    .answer(
                        &operation.id,
                        Reply::Http {
                            status,
                            content_type: if html {
                                "text/html"
                            } else {
                                "application/json"
                            },
                            body: body.clone().into_bytes(),
                        },
                    )
                    .await
                    .expect_err(&what);
                let says_something = !body.is_empty() && !html;
                match &error {
                    Error::Api { status: got, .. } => {
                        assert!(documented, "{what}: {error:?}");
                        assert_eq!(got.as_u16(), status, "{what}");
                    }
                    Error::UnexpectedStatus { status: got, .. } => {
                        assert!(!documented, "{what}: {error:?}");
                        assert_eq!(got.as_u16(), status, "{what}");
                    }
                    other => panic!("{what}: {other:?}"),
                }
                let line = error.to_string();
                assert!(!line.contains('\n'), "{line}");
                if documented || says_something {
                    let api = error.api_error().unwrap_or_else(|| panic!("{what}"));
                    assert_eq!(api.message, message, "{what}");
                    assert!(line.contains(&message), "{what}: {line}");
                } else {
                    assert!(error.api_error().is_none(), "{what}: {error:?}");
                    let content_type = if html {
                        "text/html"
                    } else {
                        "application/json"
                    };
                    assert!(
                        line.ends_with(&format!(
                            "status {status} {reason} ({content_type}, {} bytes)",
                            body.len()
                        )),
                        "{what}: {line}"
                    );
                }
                assert_eq!(
                    error.body().unwrap(),
                    body.as_bytes(),
                    "the raw body is kept"
                );
                if PRINTED.contains(&operation.id.as_str()) {
                    println!("{:<16} {status}  {body:<60.60}  {line}", operation.id);
                }
                checked += 1;
            }
        }
    }
    assert!(
        checked >= operations.len() * ANY_OPERATION_MAY_MEET.len() * 10,
        "{checked}"
    );
    checked
}

/// An error body with the documented keys nested in an `error` object, as
/// Stripe and many frameworks write it, and what `Error::Api` must read.
struct Nested {
    body: &'static str,
    message: &'static str,
    code: Option<&'static str>,
    field: Option<&'static str>,
    current_status: Option<&'static str>,
    valid_targets: &'static [&'static str],
}

const NESTED_ERRORS: &[Nested] = &[
    Nested {
        body: r#"{"error": {"code": "IMMUTABLE_FIELD", "message": "cycles.enabled cannot be changed after creation", "field": "cycles.enabled"}}"#,
        message: "cycles.enabled cannot be changed after creation",
        code: Some("IMMUTABLE_FIELD"),
        field: Some("cycles.enabled"),
        current_status: None,
        valid_targets: &[],
    },
    Nested {
        body: r#"{"error": {"code": "INVALID_STATUS_TRANSITION", "message": "A finished campaign cannot be resumed", "current_status": "finished", "valid_targets": ["archived"]}}"#,
        message: "A finished campaign cannot be resumed",
        code: Some("INVALID_STATUS_TRANSITION"),
        field: None,
        current_status: Some("finished"),
        valid_targets: &["archived"],
    },
    // Stripe's own: `type` and `param` have no place in the spec's `Error`
    // and stay in the raw body.
    Nested {
        body: r#"{"error": {"type": "invalid_request_error", "code": "resource_missing", "message": "No such campaign: 42", "param": "id"}}"#,
        message: "No such campaign: 42",
        code: Some("resource_missing"),
        field: None,
        current_status: None,
        valid_targets: &[],
    },
    // A message at the top, the rest nested: each read where it is.
    Nested {
        body: r#"{"message": "Invalid update", "error": {"code": "IMMUTABLE_FIELD", "field": "cycles.mode"}}"#,
        message: "Invalid update",
        code: Some("IMMUTABLE_FIELD"),
        field: Some("cycles.mode"),
        current_status: None,
        valid_targets: &[],
    },
    // FastAPI's `detail` nested.
    Nested {
        body: r#"{"error": {"detail": "Not found."}}"#,
        message: "Not found.",
        code: None,
        field: None,
        current_status: None,
        valid_targets: &[],
    },
];

#[tokio::test]
async fn a_nested_error_object_is_read_for_every_error_status_documented_or_not() {
    let operations = operations(&spec());
    let mut server = Drifted::start().await;
    let mut checked = 0;
    for operation in &operations {
        for status in error_statuses(operation) {
            for nested in NESTED_ERRORS {
                let what = format!("{} {status} {}", operation.id, nested.body);
                let error = match server
                    .answer(&operation.id, Reply::json(status, nested.body))
                    .await
                {
                    Err(error @ Error::Api { .. }) if operation.errors.contains(&status) => error,
                    Err(error @ Error::UnexpectedStatus { .. })
                        if !operation.errors.contains(&status) =>
                    {
                        error
                    }
                    other => panic!("{what}: {other:?}"),
                };
                let api = error.api_error().unwrap();
                assert_eq!(api.message, nested.message, "{what}");
                assert_eq!(api.code(), nested.code, "{what}");
                assert_eq!(api.field.as_deref(), nested.field, "{what}");
                assert_eq!(
                    api.current_status.as_deref(),
                    nested.current_status,
                    "{what}"
                );
                assert_eq!(api.valid_targets, nested.valid_targets, "{what}");
                assert_eq!(
                    &error.body().unwrap()[..],
                    nested.body.as_bytes(),
                    "the raw body is kept"
                );
                // The message, then the code and the field where there are.
                let line = error.to_string();
                let said = match (nested.code, nested.field) {
                    (Some(code), Some(field)) => {
                        format!(": {} ({code}; field {field})", nested.message)
                    }
                    (Some(part), None) => format!(": {} ({part})", nested.message),
                    (None, Some(field)) => format!(": {} (field {field})", nested.message),
                    (None, None) => format!(": {}", nested.message),
                };
                assert!(line.ends_with(&said), "{what}: {line}");
                if PRINTED.contains(&operation.id.as_str()) {
                    println!("{:<16} {status}  {line}", operation.id);
                }
                checked += 1;
            }
        }
    }
    println!("nested error objects checked: {checked}");
    assert!(
        checked >= operations.len() * ANY_OPERATION_MAY_MEET.len() * NESTED_ERRORS.len(),
        "{checked}"
    );
}

#[tokio::test]
async fn error_codes_and_fields_are_read_from_every_shape() {
    // The code, where the body gives one in either key; the field of a
    // per-field list naming one field.
    for (body, code, field) in [
        (
            r#"{"error": "CAMPAIGN_FINISHED"}"#,
            Some("CAMPAIGN_FINISHED"),
            None,
        ),
        (
            r#"{"code": "IMMUTABLE_FIELD", "field": "cycles.mode"}"#,
            Some("IMMUTABLE_FIELD"),
            Some("cycles.mode"),
        ),
        (
            r#"{"content": ["This field is required."]}"#,
            None,
            Some("content"),
        ),
    ] {
        let server = TestServer::replying(400, "application/json", body).await;
        let error = client(&server)
            .send_message()
            .body(altur_api::types::SendMessageBody::builder().content("hola"))
            .send()
            .await
            .unwrap_err();
        let api = error.api_error().expect("Error::Api");
        assert_eq!((api.code(), api.field.as_deref()), (code, field), "{body}");
        assert!(!error.to_string().contains('\n'));
    }
}

/// Each schema's older property names, from its `x-altur-aliases`:
/// (schema, older, newer).
fn aliases(spec: &Value) -> Vec<(String, String, String)> {
    let mut found = Vec::new();
    for (schema, definition) in spec["components"]["schemas"].as_object().unwrap() {
        let pairs = definition.get("x-altur-aliases").and_then(Value::as_object);
        for (older, newer) in pairs.into_iter().flatten() {
            let newer = newer.as_str().expect("an alias names a property");
            found.push((schema.clone(), older.clone(), newer.to_owned()));
        }
    }
    found
}

/// What must come of a body.
#[derive(Debug)]
enum Expect {
    /// It decodes to this.
    Decoded(Value),
    /// It does not decode, and the error names this property.
    ErrorNaming(String),
}

/// Every way a server may send an older name of a property, at every
/// object of the sample that is a schema with aliases: (what, the body as
/// text, what must come of it). `schemas` collects the schemas met.
fn older_names(
    sample: &Sample,
    decoded: &Value,
    aliases: &[(String, String, String)],
    schemas: &mut BTreeSet<String>,
) -> Vec<(String, String, Expect)> {
    let mut out = Vec::new();
    for point in &sample.points {
        let Point::Object {
            pointer,
            component: Some(component),
            ..
        } = point
        else {
            continue;
        };
        for (_, older, newer) in aliases.iter().filter(|(schema, ..)| schema == component) {
            schemas.insert(component.clone());
            let at = format!("{pointer}/{}", escape(newer));
            let value = sample.value.pointer(&at).unwrap().clone();
            // Both names in either order: serde's derive refuses the second
            // whichever it is, and a "last one wins" would pass one order.
            let both = |newer_value: Value, older_value: Value| -> Vec<(String, String)> {
                let mut body = sample.value.clone();
                let object = body.pointer_mut(pointer).unwrap().as_object_mut().unwrap();
                object.insert(newer.clone(), newer_value);
                object.insert(older.clone(), older_value);
                [newer, older]
                    .into_iter()
                    .map(|first| {
                        (
                            format!("{first} first"),
                            text_with_first(&body, pointer, first),
                        )
                    })
                    .collect()
            };
            let only_older = |older_value: Value| -> String {
                let mut body = without(&sample.value, &at);
                let object = body.pointer_mut(pointer).unwrap().as_object_mut().unwrap();
                object.insert(older.clone(), older_value);
                body.to_string()
            };
            // An older value of a shape the type cannot read is ignored
            // beside a newer one, and an error alone.
            let unreadable = match &value {
                Value::Object(_) | Value::Array(_) => json!("an older shape"),
                _ => json!({"an": "older shape"}),
            };
            // (what, the older name's value), alone; (what, the newer's, the
            // older's, what they decode to), together.
            let mut alone = vec![
                ("", value.clone(), Expect::Decoded(decoded.clone())),
                (
                    ", unreadable",
                    unreadable.clone(),
                    Expect::ErrorNaming(older.clone()),
                ),
            ];
            let mut together = vec![
                ("one value", value.clone(), value.clone(), decoded.clone()),
                (
                    "the older unreadable",
                    value.clone(),
                    unreadable,
                    decoded.clone(),
                ),
            ];
            // Two readable values: the newer name's wins, whichever it is;
            // a `null` under the newer name is none.
            if let Some(other) = another_value(sample, &at, &value) {
                let other_decoded = with(decoded, &at, other.clone());
                alone.push((
                    ", another value",
                    other.clone(),
                    Expect::Decoded(other_decoded.clone()),
                ));
                together.extend([
                    ("two values", value.clone(), other.clone(), decoded.clone()),
                    (
                        "two values swapped",
                        other.clone(),
                        value.clone(),
                        other_decoded.clone(),
                    ),
                    ("the newer null", Value::Null, other, other_decoded),
                ]);
            }
            let case = |what: &str| format!("{pointer}: {what} ({older} for {newer})");
            for (what, older_value, expect) in alone {
                out.push((
                    case(&format!("the older name alone{what}")),
                    only_older(older_value),
                    expect,
                ));
            }
            for (what, newer_value, older_value, expected) in together {
                for (order, body) in both(newer_value, older_value) {
                    out.push((
                        case(&format!("both names, {what}, {order}")),
                        body,
                        Expect::Decoded(expected.clone()),
                    ));
                }
            }
        }
    }
    out
}

/// A value other than the sample's at `at` that decodes to itself: the
/// object without its optional properties (those without a default), or
/// the boolean negated, the integer plus one.
fn another_value(sample: &Sample, at: &str, value: &Value) -> Option<Value> {
    let other = match value {
        Value::Object(_) => {
            let below = format!("{at}/");
            sample
                .points
                .iter()
                .fold(value.clone(), |other, point| match point {
                    Point::Optional {
                        pointer,
                        has_default: false,
                    } if pointer
                        .strip_prefix(&below)
                        .is_some_and(|rest| !rest.contains('/')) =>
                    {
                        without(&other, &pointer[at.len()..])
                    }
                    _ => other,
                })
        }
        Value::Bool(b) => json!(!b),
        Value::Number(n) => json!(n.as_i64()? + 1),
        _ => return None,
    };
    (other != *value).then_some(other)
}

/// `name` as a JSON pointer's segment.
fn escape(name: &str) -> String {
    name.replace('~', "~0").replace('/', "~1")
}

/// `value` as JSON text, the object at `pointer` writing `first` before its
/// other keys (serde_json's `Map` writes them sorted).
fn text_with_first(value: &Value, pointer: &str, first: &str) -> String {
    fn write(value: &Value, at: &str, target: (&str, &str), out: &mut String) {
        match value {
            Value::Object(object) => {
                let mut keys: Vec<&String> = object.keys().collect();
                if at == target.0 {
                    keys.sort_by_key(|key| key.as_str() != target.1);
                }
                out.push('{');
                for (i, key) in keys.into_iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&json!(key).to_string());
                    out.push(':');
                    write(&object[key], &format!("{at}/{}", escape(key)), target, out);
                }
                out.push('}');
            }
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write(item, &format!("{at}/{i}"), target, out);
                }
                out.push(']');
            }
            scalar => out.push_str(&scalar.to_string()),
        }
    }
    let mut out = String::new();
    write(value, "", (pointer, first), &mut out);
    out
}

#[tokio::test]
async fn older_property_names_decode_alone_and_beside_the_newer_ones() {
    let spec = spec();
    let samples = Samples::new(&spec);
    let aliases = aliases(&spec);
    assert!(!aliases.is_empty(), "the spec has x-altur-aliases");
    let mut server = Drifted::start().await;
    let mut schemas = BTreeSet::new();
    let mut reached = Vec::new();
    let mut checked = 0;
    for operation in operations(&spec) {
        let id = operation.id.as_str();
        let Some(schema) = &operation.success else {
            continue;
        };
        let sample = samples.of(schema);
        let decoded = server
            .answer(id, Reply::json(200, sample.value.to_string()))
            .await
            .unwrap_or_else(|e| panic!("{id}, every property set: {e}"))
            .value;
        let cases = older_names(&sample, &decoded, &aliases, &mut schemas);
        if !cases.is_empty() {
            reached.push(operation.id.clone());
        }
        for (what, body, expect) in cases {
            let outcome = server.answer(id, Reply::json(200, body.clone())).await;
            match (outcome, expect) {
                (Ok(seen), Expect::Decoded(expected)) => {
                    assert_eq!(seen.value, expected, "{id}, {what}\n{body}");
                }
                (Err(error @ Error::Decode { .. }), Expect::ErrorNaming(name)) => {
                    let text = error.to_string();
                    assert!(text.contains(&format!("`{name}`")), "{id}, {what}: {text}");
                }
                (outcome, expect) => panic!("{id}, {what}: {outcome:?}, not {expect:?}\n{body}"),
            }
            checked += 1;
        }
    }
    // Every webhook payload the same way, through `webhook::verify`.
    for name in event_schemas(&spec) {
        let sample = samples.of(samples.component(name));
        let decoded = decode_event(&sample.value.to_string()).unwrap();
        for (what, body, expect) in older_names(&sample, &decoded, &aliases, &mut schemas) {
            match (decode_event(&body), expect) {
                (Ok(seen), Expect::Decoded(expected)) => {
                    assert_eq!(seen, expected, "{name}, {what}")
                }
                (Err(error), Expect::ErrorNaming(older)) => {
                    assert!(
                        error.contains(&format!("`{older}`")),
                        "{name}, {what}: {error}"
                    );
                }
                (outcome, expect) => panic!("{name}, {what}: {outcome:?}, not {expect:?}\n{body}"),
            }
            checked += 1;
        }
    }
    let aliased: BTreeSet<String> = aliases.iter().map(|(schema, ..)| schema.clone()).collect();
    assert_eq!(
        schemas, aliased,
        "a schema with aliases that no response or payload holds"
    );
    println!("older names checked: {checked}, in the responses of {reached:?}");
    assert!(checked >= 14 * aliases.len(), "{checked}");
}

/// The webhook events' schemas, by the spec's naming.
fn event_schemas(spec: &Value) -> Vec<&String> {
    spec["components"]["schemas"]
        .as_object()
        .unwrap()
        .keys()
        .filter(|name| name.ends_with("Event"))
        .collect()
}

/// A webhook delivery of `body`, signed, through `webhook::verify`: the
/// event serialized again, or the error's message.
fn decode_event(body: &str) -> Result<Value, String> {
    use altur_api::webhook::{Event, Secret, sign, verify};
    let secret = Secret::new("ZHJpZnRlZC1zZW5kZXItc2VjcmV0LW9mLTMyLWJ5dGVz");
    let signature = sign(&secret, body.as_bytes()).unwrap();
    let event =
        verify(&secret, Some(signature.as_bytes()), body.as_bytes()).map_err(|e| e.to_string())?;
    Ok(match event {
        Event::CallEnded(e) => serde_json::to_value(e).unwrap(),
        Event::CampaignStatusChanged(e) => serde_json::to_value(e).unwrap(),
        Event::CampaignCycleCompleted(e) => serde_json::to_value(e).unwrap(),
        other => panic!("an event the spec describes decodes to its type: {other:?}"),
    })
}

/// The list operations of the spec: a success body with a `pagination`
/// property (the generator's test for a stream) and the array it pages.
fn paginated(spec: &Value) -> Vec<(String, String)> {
    let samples = Samples::new(spec);
    operations(spec)
        .into_iter()
        .filter_map(|operation| {
            let schema = samples.resolve(operation.success.as_ref()?);
            let properties = schema.get("properties")?.as_object()?;
            properties.get("pagination")?;
            let items = properties
                .iter()
                .find(|(_, p)| samples.resolve(p).get("type") == Some(&json!("array")))?
                .0
                .clone();
            Some((operation.id, items))
        })
        .collect()
}

/// A page of the list: items `from..to` (each the sample item with its own
/// `id`), with `pagination` and `total_count` as given.
fn page(
    spec: &Value,
    operation: &str,
    items_key: &str,
    ids: std::ops::Range<u64>,
    pagination: Value,
    total_count: Option<u64>,
) -> Reply {
    let mut body = Samples::new(spec)
        .of(&success_schema(spec, operation))
        .value;
    let item = body[items_key][0].clone();
    body[items_key] = ids
        .map(|n| {
            let mut item = item.clone();
            item["id"] = match &item["id"] {
                Value::String(_) => json!(n.to_string()),
                _ => json!(n),
            };
            item
        })
        .collect();
    body["pagination"] = pagination;
    match total_count {
        Some(total) => body["total_count"] = json!(total),
        None => {
            body.as_object_mut().unwrap().remove("total_count");
        }
    }
    Reply::json(200, body.to_string())
}

/// The success body's schema of a list operation.
fn success_schema(spec: &Value, operation: &str) -> Value {
    operations(spec)
        .into_iter()
        .find(|o| o.id == operation)
        .and_then(|o| o.success)
        .unwrap()
}

/// A server of the list's pages: `pages` says, for each request, which
/// items, `pagination` and `total_count` its page carries.
async fn serve_pages(
    spec: &Arc<Value>,
    operation: &str,
    items_key: &str,
    pages: impl Fn(&Recorded) -> (std::ops::Range<u64>, Value, Option<u64>) + Send + Sync + 'static,
) -> TestServer {
    let (spec, operation, items_key) = (spec.clone(), operation.to_owned(), items_key.to_owned());
    TestServer::start(move |request| {
        let (ids, pagination, total_count) = pages(request);
        page(&spec, &operation, &items_key, ids, pagination, total_count)
    })
    .await
}

fn page_index(request: &Recorded) -> u64 {
    request
        .query_param("pageIndex")
        .map_or(0, |p| p.parse().unwrap())
}

/// What a stream yielded: the ids of its items, and how it ended.
async fn drain(operation: &str, client: &Client) -> (Vec<String>, Option<altur_api::PageError>) {
    let mut stream = altur_api_tests::calls::stream(operation, client);
    let mut ids = Vec::new();
    let mut ending = None;
    // Bounded: a stream that loops fails here instead of hanging.
    for _ in 0..100 {
        match stream.next().await {
            Some(Ok(item)) => ids.push(item["id"].to_string().trim_matches('"').to_owned()),
            Some(Err(error)) => {
                ending = Some(error);
                assert!(stream.next().await.is_none(), "nothing after the error");
                break;
            }
            None => break,
        }
    }
    (ids, ending)
}

fn client(server: &TestServer) -> Client {
    Client::builder()
        .api_key("sk_drift")
        .base_url(&server.url)
        .max_retries(0)
        .build()
        .unwrap()
}

#[tokio::test]
async fn no_stream_runs_past_its_bound_whatever_the_server_does() {
    let spec = Arc::new(spec());
    let lists = paginated(&spec);
    let names: Vec<_> = lists.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(
        names,
        [
            "list_campaign_calls",
            "list_campaign_contacts",
            "list_campaigns"
        ]
    );
    let mut checked = 0;
    for (operation, items) in &lists {
        let operation = operation.as_str();
        let takes_cursor = operation_takes(&spec, operation, "cursor");
        // The past-the-total case below needs a total to go past; a list
        // without one needs a case of its own.
        assert!(
            page_has_total(&spec, operation),
            "{operation}: a list without total_count"
        );

        // Cursor only: pageIndex ignored, next_cursor followed. Pages of two
        // items, three pages, the last without a cursor.
        let server = serve_pages(&spec, operation, items, |request| {
            let at: u64 = request
                .query_param("cursor")
                .and_then(|c| c.strip_prefix("c").map(|n| n.parse().unwrap()))
                .unwrap_or(0);
            let next = (at < 2).then(|| format!("c{}", at + 1));
            (
                at * 2..at * 2 + 2,
                json!({"next_cursor": next, "has_more": next.is_some()}),
                None,
            )
        })
        .await;
        let (ids, ending) = drain(operation, &client(&server)).await;
        let requests = server.requests().len();
        if takes_cursor {
            assert_eq!(ids, ["0", "1", "2", "3", "4", "5"], "{operation} by cursor");
            assert!(ending.is_none(), "{operation}: {ending:?}");
            assert_eq!(requests, 3, "{operation}");
        } else {
            // Without a cursor to send, the server sends the first page
            // again: the stream stops there and says why.
            assert_eq!(ids, ["0", "1"], "{operation}");
            assert!(
                matches!(ending.unwrap().kind, PageErrorKind::Repeated),
                "{operation}"
            );
            assert_eq!(requests, 2, "{operation}");
        }
        checked += 1;

        // pageIndex ignored and has_next always true: the first page again.
        let server = serve_pages(&spec, operation, items, |_| {
            (0..2, json!({"has_next": true, "next_page": 1}), Some(50))
        })
        .await;
        let (ids, ending) = drain(operation, &client(&server)).await;
        assert_eq!(ids, ["0", "1"], "{operation}");
        let ending = ending.expect("a repeated page ends the stream with an error");
        assert!(
            matches!(ending.kind, PageErrorKind::Repeated),
            "{operation}: {ending}"
        );
        assert!(
            ending.to_string().contains("previous page's items again"),
            "{ending}"
        );
        assert_eq!(server.requests().len(), 2, "{operation}");
        checked += 1;

        // has_next stuck on true, then nothing but empty pages.
        let server = serve_pages(&spec, operation, items, |request| {
            let index = page_index(request);
            let ids = if index < 2 {
                index * 2..index * 2 + 2
            } else {
                0..0
            };
            (ids, json!({"has_next": true}), None)
        })
        .await;
        let (ids, ending) = drain(operation, &client(&server)).await;
        assert_eq!(ids, ["0", "1", "2", "3"], "{operation}");
        assert!(
            matches!(ending.unwrap().kind, PageErrorKind::EmptyWithMore),
            "{operation}"
        );
        assert_eq!(server.requests().len(), 3, "{operation}");
        checked += 1;

        // New items on every page, has_next always true, total_count 4.
        let server = serve_pages(&spec, operation, items, |request| {
            let index = page_index(request);
            (
                index * 2..index * 2 + 2,
                json!({"has_next": true}),
                (index == 0).then_some(4),
            )
        })
        .await;
        let (ids, ending) = drain(operation, &client(&server)).await;
        assert_eq!(ids, ["0", "1", "2", "3"], "{operation}");
        let ending = ending.unwrap();
        assert!(
            matches!(
                ending.kind,
                PageErrorKind::PastTotal {
                    total_count: 4,
                    received: 4
                }
            ),
            "{operation}: {ending}"
        );
        assert_eq!(server.requests().len(), 2, "{operation}");
        checked += 1;

        // A well-behaved server, for contrast: every item, no error.
        let server = serve_pages(&spec, operation, items, |request| {
            let index = page_index(request);
            let last = index == 2;
            (
                index * 2..index * 2 + 2,
                json!({"has_next": !last, "next_page": (!last).then_some(index + 1)}),
                (index == 0).then_some(6),
            )
        })
        .await;
        let (ids, ending) = drain(operation, &client(&server)).await;
        assert_eq!(ids, ["0", "1", "2", "3", "4", "5"], "{operation}");
        assert!(ending.is_none(), "{operation}: {ending:?}");
        checked += 1;
    }
    println!("paging misbehaviours checked: {checked}");
}

fn operation_takes(spec: &Value, operation: &str, parameter: &str) -> bool {
    spec["paths"].as_object().unwrap().values().any(|item| {
        item.as_object().unwrap().values().any(|op| {
            op.get("operationId") == Some(&json!(operation))
                && op["parameters"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .any(|p| p["name"] == parameter)
        })
    })
}

fn page_has_total(spec: &Value, operation: &str) -> bool {
    Samples::new(spec).resolve(&success_schema(spec, operation))["properties"]
        .get("total_count")
        .is_some()
}

#[test]
fn every_webhook_payload_decodes_what_a_drifted_sender_sends() {
    let spec = spec();
    let samples = Samples::new(&spec);
    let decode =
        |body: &Value| decode_event(&body.to_string()).unwrap_or_else(|e| panic!("{e}\n{body}"));
    let events = event_schemas(&spec);
    assert_eq!(events.len(), 3, "{events:?}");
    let mut checked = 0;
    for name in events {
        let sample = samples.of(samples.component(name));
        let decoded = decode(&sample.value);
        assert_eq!(decoded, sample.value, "{name}: the full sample round-trips");
        for (what, body, expected) in drifts(&sample.value, &decoded, &sample.points) {
            // The event's type names which type it is: a null there is no
            // such event any more.
            if what.starts_with("/type ") || what.starts_with("/event_type ") {
                continue;
            }
            let seen = decode(&body);
            if let Some(expected) = expected {
                assert_eq!(seen, expected, "{name}, {what}");
            }
            checked += 1;
        }
    }
    println!("drifted webhook payloads checked: {checked}");
    assert!(checked > 100, "{checked}");
}
