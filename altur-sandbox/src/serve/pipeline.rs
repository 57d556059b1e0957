//! One request, from arrival to answer, in the order a real server takes
//! it: route (from the spec), the key, the rate limit, any fault asked for,
//! the parameters and body against the spec's schemas, an `Idempotency-Key`
//! seen before (its first answer replayed, nothing done again), the
//! operation itself, the write to the state file, and the answer. It knows
//! nothing of HTTP connections (`server.rs` does).

use std::collections::BTreeMap;

use bytes::Bytes;
use hyper::HeaderMap;
use serde_json::Value;

use crate::engine::running::{Running, lock};
use crate::gate::api_error::ApiError;
use crate::gate::faults::Fault;
use crate::gate::request_log::{Request, query_value};
use crate::gate::spec::{Location, Operation, Route};
use crate::model::records::Replay;
use crate::rules::lifecycle;
use crate::serve::operations::{self, Answer, Input};
use crate::serve::recording;

/// How long an idempotency key's answer is replayed (the docs give no
/// window; the sandbox's choice: a day of the sandbox's clock).
const REPLAY_WINDOW: chrono::Duration = chrono::Duration::hours(24);

pub struct Incoming {
    pub method: String,
    pub path: String,
    /// The query, decoded, in the order sent.
    pub query: Vec<(String, String)>,
    pub headers: HeaderMap,
    pub body: Bytes,
}

pub enum Outgoing {
    Answer {
        status: u16,
        headers: Vec<(&'static str, String)>,
        body: Vec<u8>,
    },
    /// Close the connection without answering: the work was done, the
    /// answer is lost.
    Lost,
    /// Never answer (the work was done).
    Hang,
}

impl Outgoing {
    /// The error's answer, in the spec's `Error`.
    pub fn error(error: &ApiError) -> Outgoing {
        Outgoing::Answer {
            status: error.status,
            headers: Vec::new(),
            body: error.to_bytes(),
        }
    }
}

/// What the pipeline learned of a request, for the log.
#[derive(Default)]
struct Notes {
    /// The sandbox's time the request was taken at, where it was.
    at: Option<chrono::DateTime<chrono::Utc>>,
    operation: Option<String>,
    replayed: bool,
    fault: Option<String>,
}

pub async fn answer(running: &Running, incoming: Incoming) -> Outgoing {
    let mut notes = Notes::default();
    let outgoing = run(running, &incoming, &mut notes).await;
    let status = match &outgoing {
        Outgoing::Answer { status, .. } => Some(*status),
        Outgoing::Lost | Outgoing::Hang => None,
    };
    tracing::info!(
        target: "altur_sandbox::requests",
        method = %incoming.method,
        path = %incoming.path,
        operation = %notes.operation.as_deref().unwrap_or("-"),
        status = %status.map_or_else(|| "none".to_owned(), |s| s.to_string()),
        replayed = notes.replayed,
        fault = %notes.fault.as_deref().unwrap_or("-"),
        "request"
    );
    let mut headers = incoming.headers;
    headers.remove(hyper::header::AUTHORIZATION);
    lock(&running.requests).push(Request {
        at: notes.at.unwrap_or_else(|| running.clock.now()),
        method: incoming.method,
        path: incoming.path,
        query: incoming.query,
        headers,
        body: incoming.body,
        operation: notes.operation,
        status,
        replayed: notes.replayed,
        fault: notes.fault,
    });
    outgoing
}

async fn run(running: &Running, incoming: &Incoming, notes: &mut Notes) -> Outgoing {
    if let Some(call) = recording::requested(&incoming.method, &incoming.path) {
        if let Err(error) = authenticate(running, &incoming.headers) {
            return Outgoing::error(&error);
        }
        return match recording::answer(running, call) {
            Ok(wav) => Outgoing::Answer {
                status: 200,
                headers: vec![("content-type", "audio/wav".into())],
                body: wav,
            },
            Err(error) => Outgoing::error(&error),
        };
    }
    let (operation, path) = match running.spec.route(&incoming.method, &incoming.path) {
        Route::Found(operation, path) => (operation, path),
        Route::WrongMethod(allowed) => {
            let error = ApiError::new(
                405,
                "METHOD_NOT_ALLOWED",
                format!("{} takes {}", incoming.path, allowed.join(", ")),
            );
            return Outgoing::error(&error);
        }
        Route::NotFound => {
            let error = ApiError::new(
                404,
                "NOT_FOUND",
                format!("no operation at {} {}", incoming.method, incoming.path),
            );
            return Outgoing::error(&error);
        }
    };
    notes.operation = Some(operation.id.clone());
    if let Err(error) = authenticate(running, &incoming.headers) {
        return Outgoing::error(&error);
    }
    if let (Some(limit), Some(limiter)) = (operation.rate_limit, &running.limiter)
        && let Err(wait) = lock(limiter).admit(limit, running.rate_now())
    {
        return rate_limited(
            &format!("more than {limit} requests per second"),
            wait.as_secs_f64().ceil().max(1.0) as u32,
        );
    }
    let fault = running
        .faults
        .as_ref()
        .and_then(|faults| lock(faults).draw(&operation.id));
    notes.fault = fault.map(|f| format!("{f:?}"));
    match fault {
        Some(Fault::ServerError) => {
            return Outgoing::error(&ApiError::new(
                503,
                "SERVICE_UNAVAILABLE",
                "the sandbox was told to fail this request",
            ));
        }
        Some(Fault::RateLimited { retry_after }) => {
            return rate_limited("the sandbox was told to refuse this request", retry_after);
        }
        Some(Fault::Slow(by)) => tokio::time::sleep(by).await,
        Some(Fault::Stall) => return Outgoing::Hang,
        Some(Fault::LostAnswer | Fault::Hang | Fault::MissingResults(_)) | None => {}
    }
    let input = match checked(running, operation, path, incoming) {
        Ok(input) => input,
        Err(error) => return Outgoing::error(&error),
    };
    let key = operation
        .idempotency_header
        .as_ref()
        .and_then(|name| incoming.headers.get(name.as_str()))
        .and_then(|value| value.to_str().ok())
        .map(|key| format!("{} {key}", operation.id));
    let outgoing = {
        let mut stored = running.lock();
        let ctx = running.ctx();
        let now = ctx.now;
        notes.at = Some(now);
        let replay = key.as_ref().and_then(|key| {
            stored
                .state
                .replays
                .get(key)
                .filter(|replay| now - replay.at < REPLAY_WINDOW)
                .cloned()
        });
        if let Some(replay) = replay {
            notes.replayed = true;
            Ok(Outgoing::Answer {
                status: replay.status,
                headers: vec![("idempotent-replayed", "true".into())],
                body: replay.body.into_bytes(),
            })
        } else {
            // What the request put on the clock, the real-time driver sees.
            let answer = running.waking(&mut stored.state, |state| {
                operations::handle(&ctx, state, &input)
                    .unwrap_or_else(|error| Answer::error(&error))
            });
            let status = answer.status;
            let answer = match key {
                Some(key) if status < 500 => {
                    // The answer kept for the key is the one sent: written
                    // now, under the lock, with the work it answers for.
                    let body = answer.into_bytes();
                    stored.state.replays.insert(
                        key,
                        Replay {
                            status,
                            body: String::from_utf8_lossy(&body).into_owned(),
                            at: now,
                        },
                    );
                    Answer::bytes(status, body)
                }
                // Any other is written once the lock is let go.
                _ => answer,
            };
            match stored.commit() {
                Ok(()) => Err(answer),
                Err(e) => Ok(Outgoing::error(&ApiError::new(
                    500,
                    "STATE_NOT_WRITTEN",
                    e.to_string(),
                ))),
            }
        }
    };
    // Written away from the state's lock, so that one request's answer
    // does not hold up another's work.
    let outgoing = match outgoing {
        Ok(outgoing) => outgoing,
        Err(answer) => Outgoing::Answer {
            status: answer.status,
            headers: Vec::new(),
            body: answer.into_bytes(),
        },
    };
    match fault {
        Some(Fault::LostAnswer) => Outgoing::Lost,
        Some(Fault::Hang) => Outgoing::Hang,
        Some(Fault::MissingResults(missing)) => short_of(outgoing, missing as usize),
        _ => outgoing,
    }
}

/// The answer without the results of its last `missing` rows. Only what is
/// answered is cut: a replay of the request gets the whole answer.
fn short_of(outgoing: Outgoing, missing: usize) -> Outgoing {
    let Outgoing::Answer {
        status,
        headers,
        body,
    } = outgoing
    else {
        return outgoing;
    };
    let mut answer: Value = match serde_json::from_slice(&body) {
        Ok(answer) => answer,
        Err(_) => {
            return Outgoing::Answer {
                status,
                headers,
                body,
            };
        }
    };
    if let Some(results) = answer.get_mut("results").and_then(Value::as_array_mut) {
        // The last rows of the request (by `index`), wherever the answer
        // puts their results.
        let mut indices: Vec<i64> = results.iter().filter_map(|r| r["index"].as_i64()).collect();
        indices.sort_unstable();
        let cut: Vec<i64> = indices.iter().rev().take(missing).copied().collect();
        results.retain(|r| r["index"].as_i64().is_none_or(|i| !cut.contains(&i)));
    }
    Outgoing::Answer {
        status,
        headers,
        body: serde_json::to_vec(&answer).unwrap_or(body),
    }
}

fn rate_limited(message: &str, retry_after: u32) -> Outgoing {
    let error = ApiError::new(429, "RATE_LIMITED", message);
    Outgoing::Answer {
        status: error.status,
        headers: vec![("retry-after", retry_after.to_string())],
        body: error.to_bytes(),
    }
}

/// `Authorization: api-key <key>`, as the authentication page says.
fn authenticate(running: &Running, headers: &HeaderMap) -> Result<(), ApiError> {
    let unauthorized = |why: &str| ApiError::new(401, "UNAUTHORIZED", why);
    let value = headers.get(hyper::header::AUTHORIZATION).ok_or_else(|| {
        unauthorized("no Authorization header: send `Authorization: api-key <key>`")
    })?;
    let value = value
        .to_str()
        .map_err(|_| unauthorized("the Authorization header is not text"))?;
    let Some(key) = value.strip_prefix("api-key ") else {
        return Err(unauthorized(
            "the Authorization header is not `api-key <key>` (not Bearer)",
        ));
    };
    if key.trim() == running.api_key {
        Ok(())
    } else {
        Err(unauthorized("the API key is not this sandbox's"))
    }
}

/// The request's parameters and body, read and checked against the spec.
fn checked<'a>(
    running: &Running,
    operation: &'a Operation,
    path: BTreeMap<String, String>,
    incoming: &Incoming,
) -> Result<Input<'a>, ApiError> {
    let mut input = Input {
        operation,
        path: BTreeMap::new(),
        query: BTreeMap::new(),
        body: Value::Null,
    };
    for parameter in &operation.parameters {
        let raw = match parameter.location {
            Location::Path => path.get(&parameter.name).cloned(),
            Location::Query => query_value(&incoming.query, &parameter.name).map(str::to_owned),
            Location::Header => incoming
                .headers
                .get(parameter.name.as_str())
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned),
        };
        let Some(raw) = raw else {
            if parameter.required {
                return Err(ApiError::invalid(
                    Some(parameter.name.clone()),
                    format!("{} is required", parameter.name),
                ));
            }
            continue;
        };
        let value = typed(&raw, parameter.json_type.as_deref()).ok_or_else(|| {
            ApiError::invalid(
                Some(parameter.name.clone()),
                format!(
                    "{}: {raw:?} is not {}",
                    parameter.name,
                    match parameter.json_type.as_deref() {
                        Some("integer") => "an integer",
                        Some("number") => "a number",
                        Some("boolean") => "true or false",
                        _ => "valid",
                    }
                ),
            )
        })?;
        parameter.schema.check(&value).map_err(|invalid| {
            let error = ApiError::invalid(
                Some(parameter.name.clone()),
                format!("{}: {}", parameter.name, invalid.message),
            );
            // An action not among the lifecycle's, in the page's words.
            let lifecycle = &running.spec.lifecycle;
            if lifecycle.is_action(&operation.id, &parameter.name) {
                lifecycle::unknown_action(lifecycle, &raw)
            } else {
                error
            }
        })?;
        match parameter.location {
            Location::Path => input.path.insert(parameter.name.clone(), value),
            Location::Query => input.query.insert(parameter.name.clone(), value),
            Location::Header => None,
        };
    }
    if let Some((required, schema)) = &operation.body {
        if incoming.body.iter().all(u8::is_ascii_whitespace) {
            if *required {
                return Err(ApiError::invalid(None, "the request needs a JSON body"));
            }
        } else {
            let body: Value = serde_json::from_slice(&incoming.body)
                .map_err(|e| ApiError::invalid(None, format!("the body is not JSON: {e}")))?;
            schema.check(&body).map_err(|invalid| {
                ApiError::invalid(
                    Some(invalid.field).filter(|f| !f.is_empty()),
                    invalid.message,
                )
            })?;
            input.body = body;
        }
    }
    Ok(input)
}

/// A parameter's text as the JSON value its schema's type says.
fn typed(raw: &str, json_type: Option<&str>) -> Option<Value> {
    match json_type {
        Some("integer") => raw.trim().parse::<i64>().ok().map(Value::from),
        Some("number") => raw.trim().parse::<f64>().ok().map(Value::from),
        Some("boolean") => match raw {
            "true" => Some(Value::Bool(true)),
            "false" => Some(Value::Bool(false)),
            _ => None,
        },
        _ => Some(Value::String(raw.to_owned())),
    }
}
