//! Talking to the sandbox as a program in any language would: raw HTTP,
//! with or without the key, for what the typed client will not send (a
//! body the spec does not allow, a missing key).

use altur_sandbox::Sandbox;
use serde_json::Value;

/// Sends `body` (JSON text, or nothing) to the sandbox with its key; the
/// status and the answer as JSON (`Null` when it is not JSON).
pub async fn raw(sandbox: &Sandbox, method: &str, path: &str, body: Option<&str>) -> (u16, Value) {
    let key = format!("api-key {}", sandbox.api_key());
    raw_with(sandbox, method, path, body, Some(&key)).await
}

/// The same, with `authorization` as given (`None`: no header).
pub async fn raw_with(
    sandbox: &Sandbox,
    method: &str,
    path: &str,
    body: Option<&str>,
    authorization: Option<&str>,
) -> (u16, Value) {
    let client = reqwest::Client::new();
    let method = reqwest::Method::from_bytes(method.as_bytes()).expect("a method");
    let mut request = client.request(method, format!("{}{path}", sandbox.base_url()));
    if let Some(authorization) = authorization {
        request = request.header("authorization", authorization);
    }
    if let Some(body) = body {
        request = request
            .header("content-type", "application/json")
            .body(body.to_owned());
    }
    let response = request.send().await.expect("the sandbox answers");
    let status = response.status().as_u16();
    let bytes = response.bytes().await.expect("a whole body");
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

/// Every operation of the spec, with a path whose parameters are filled
/// (numbers where the spec says integer, `pause` for an action).
pub fn every_operation() -> Vec<(String, String, String)> {
    let spec: Value = serde_norway::from_str(&crate::committed_spec()).expect("the spec is YAML");
    let mut operations = Vec::new();
    for (template, item) in spec["paths"].as_object().expect("paths") {
        for (method, operation) in item.as_object().expect("a path item") {
            let Some(id) = operation["operationId"].as_str() else {
                continue;
            };
            let mut path = template.clone();
            for parameter in operation["parameters"].as_array().into_iter().flatten() {
                if parameter["in"] != "path" {
                    continue;
                }
                let name = parameter["name"].as_str().expect("a name");
                let value = if name == "action" { "pause" } else { "1" };
                path = path.replace(&format!("{{{name}}}"), value);
            }
            operations.push((id.to_owned(), method.to_uppercase(), path));
        }
    }
    operations
}
