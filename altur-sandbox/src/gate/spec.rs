//! The spec the sandbox serves (`altur.yaml`, a link to `openapi/altur.yaml`,
//! embedded at build time): which operation a request is for, what it may
//! carry, which statuses it documents, which take an `Idempotency-Key`,
//! which are rate limited (`x-altur-requests-per-second`), and which status
//! each lifecycle action leads to from which (`x-altur-transitions`). All of
//! it is read from the spec, so an operation Altur adds is routed, checked
//! and limited, and an action it adds runs, without anyone listing it; only
//! what an operation does (`serve/operations/`, `rules/`) is written by
//! hand.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::gate::validate::{Schema, Schemas};

/// The spec's text, as the crate was built with it.
pub const SPEC: &str = include_str!("../../altur.yaml");

/// Every operation of the spec, ready to route and check requests.
pub struct Spec {
    pub operations: Vec<Operation>,
    pub lifecycle: Lifecycle,
}

/// The lifecycle actions, from the path parameter whose schema carries
/// `x-altur-transitions` (`campaign_action`'s `action`): each value of its
/// enum, with where it starts from and where it leads.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lifecycle {
    /// The operation and parameter that name the action.
    pub operation: String,
    pub parameter: String,
    /// In the enum's order.
    pub actions: Vec<Action>,
}

/// One action, as `x-altur-transitions` states it.
#[derive(Clone, Debug, PartialEq)]
pub struct Action {
    pub name: String,
    /// The statuses it starts from; `None`: any (`from: any`).
    pub from: Option<Vec<String>>,
    /// The status it leads to, where it changes the status.
    pub to: Option<String>,
    /// What it sets instead (`sets: archived`).
    pub sets: Option<String>,
    /// Asked of a campaign already where it leads: done, nothing changed
    /// (`idempotent: true`), or refused as any other status outside `from`.
    pub idempotent: bool,
}

impl Lifecycle {
    pub fn action(&self, name: &str) -> Option<&Action> {
        self.actions.iter().find(|a| a.name == name)
    }

    /// Whether `parameter` of `operation` names the action.
    pub fn is_action(&self, operation: &str, parameter: &str) -> bool {
        self.operation == operation && self.parameter == parameter
    }
}

impl Action {
    pub fn starts_from(&self, status: &str) -> bool {
        self.from
            .as_ref()
            .is_none_or(|from| from.iter().any(|s| s == status))
    }
}

/// Where a parameter is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Location {
    Path,
    Query,
    Header,
}

/// One parameter, with the schema its value must meet.
pub struct Parameter {
    pub name: String,
    pub location: Location,
    pub required: bool,
    pub schema: Schema,
    /// The JSON type the text of the value is read as (`integer`, ...).
    pub json_type: Option<String>,
    /// The value its schema states for a request that leaves it out.
    pub default: Option<Value>,
}

/// One operation of the spec.
pub struct Operation {
    pub id: String,
    pub method: String,
    segments: Vec<Segment>,
    pub parameters: Vec<Parameter>,
    /// The request body's schema, and whether a body is required.
    pub body: Option<(bool, Schema)>,
    /// The error statuses the operation documents (`400`, `404`, ...).
    pub documented_errors: BTreeSet<u16>,
    /// The header that makes a request idempotent, where the spec has one.
    pub idempotency_header: Option<String>,
    /// Requests per second, where the spec states a limit
    /// (`x-altur-requests-per-second`).
    pub rate_limit: Option<u32>,
}

enum Segment {
    Literal(String),
    Parameter(String),
}

impl Operation {
    /// The status an unknown id is answered with: the documented 404, else
    /// the documented 400 (some pages document only "400 Unexpected error"),
    /// else 404.
    pub fn not_found_status(&self) -> u16 {
        if self.documented_errors.contains(&404) || !self.documented_errors.contains(&400) {
            404
        } else {
            400
        }
    }

    /// The path parameters of `path` if it is this operation's, with how
    /// many of its segments are literal (the more, the better the match:
    /// `/campaigns/1/contacts` is Add Contacts, not an action `contacts`).
    fn matches(&self, path: &[&str]) -> Option<(usize, BTreeMap<String, String>)> {
        if path.len() != self.segments.len() {
            return None;
        }
        let mut values = BTreeMap::new();
        let mut literal = 0;
        for (segment, part) in self.segments.iter().zip(path) {
            match segment {
                Segment::Literal(text) if text == part => literal += 1,
                Segment::Literal(_) => return None,
                Segment::Parameter(name) => {
                    let decoded = percent_encoding::percent_decode_str(part)
                        .decode_utf8()
                        .ok()?
                        .into_owned();
                    values.insert(name.clone(), decoded);
                }
            }
        }
        Some((literal, values))
    }
}

/// What a request's method and path are, against the spec.
pub enum Route<'a> {
    Found(&'a Operation, BTreeMap<String, String>),
    /// The path is the spec's, with another method.
    WrongMethod(Vec<&'a str>),
    NotFound,
}

impl Spec {
    /// The embedded spec. It is the crate's own, checked by its tests, so a
    /// failure here is a broken build, not a user's input.
    pub fn embedded() -> Spec {
        Spec::parse(SPEC).unwrap_or_else(|why| panic!("the embedded altur.yaml: {why}"))
    }

    pub fn parse(text: &str) -> Result<Spec, String> {
        let document: Value = serde_norway::from_str(text).map_err(|e| e.to_string())?;
        let schemas = Schemas::new(&document)?;
        let mut operations = Vec::new();
        let mut lifecycle = Lifecycle::default();
        let paths = document
            .get("paths")
            .and_then(Value::as_object)
            .ok_or("no paths")?;
        for (template, item) in paths {
            let Some(item) = item.as_object() else {
                continue;
            };
            for method in ["get", "put", "post", "delete", "patch"] {
                if let Some(operation) = item.get(method) {
                    let read = read_operation(&schemas, template, method, operation)?;
                    if let Some(found) = read_lifecycle(&schemas, &read.id, operation)? {
                        lifecycle = found;
                    }
                    operations.push(read);
                }
            }
        }
        Ok(Spec {
            operations,
            lifecycle,
        })
    }

    pub fn route(&self, method: &str, path: &str) -> Route<'_> {
        let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
        let mut best: Option<(usize, &Operation, BTreeMap<String, String>)> = None;
        let mut other_methods = Vec::new();
        for operation in &self.operations {
            let Some((literal, values)) = operation.matches(&parts) else {
                continue;
            };
            if !operation.method.eq_ignore_ascii_case(method) {
                other_methods.push(operation.method.as_str());
                continue;
            }
            if best.as_ref().is_none_or(|(l, _, _)| literal > *l) {
                best = Some((literal, operation, values));
            }
        }
        match best {
            Some((_, operation, values)) => Route::Found(operation, values),
            None if !other_methods.is_empty() => Route::WrongMethod(other_methods),
            None => Route::NotFound,
        }
    }
}

fn read_operation(
    schemas: &Schemas,
    template: &str,
    method: &str,
    operation: &Value,
) -> Result<Operation, String> {
    let id = operation
        .get("operationId")
        .and_then(Value::as_str)
        .ok_or_else(|| format!("{} {template} has no operationId", method.to_uppercase()))?
        .to_owned();
    let segments = template
        .trim_matches('/')
        .split('/')
        .map(
            |part| match part.strip_prefix('{').and_then(|p| p.strip_suffix('}')) {
                Some(name) => Segment::Parameter(name.to_owned()),
                None => Segment::Literal(part.to_owned()),
            },
        )
        .collect();
    let mut parameters = Vec::new();
    for parameter in parameters_of(schemas, operation) {
        let name = parameter["name"].as_str().unwrap_or_default().to_owned();
        let location = match parameter["in"].as_str() {
            Some("path") => Location::Path,
            Some("query") => Location::Query,
            Some("header") => Location::Header,
            _ => continue,
        };
        let schema_value = parameter.get("schema").cloned().unwrap_or(Value::Null);
        let resolved = schemas.resolve(&schema_value);
        parameters.push(Parameter {
            json_type: resolved
                .get("type")
                .and_then(Value::as_str)
                .map(str::to_owned),
            default: resolved.get("default").cloned(),
            schema: schemas.compile(&schema_value)?,
            required: parameter["required"].as_bool().unwrap_or(false),
            name,
            location,
        });
    }
    let body = match operation.get("requestBody") {
        Some(body) => {
            let body = schemas.resolve(body);
            let schema = &body["content"]["application/json"]["schema"];
            Some((
                body["required"].as_bool().unwrap_or(false),
                schemas.compile(schema)?,
            ))
        }
        None => None,
    };
    let documented_errors = operation
        .get("responses")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter_map(|(status, _)| status.parse::<u16>().ok())
        .filter(|status| *status >= 400)
        .collect();
    let idempotency_header = parameters
        .iter()
        .find(|p| p.location == Location::Header && p.name.eq_ignore_ascii_case("idempotency-key"))
        .map(|p| p.name.clone());
    let rate_limit = match operation.get(RATE_LIMIT) {
        None => None,
        Some(value) => Some(
            value
                .as_u64()
                .and_then(|n| u32::try_from(n).ok())
                .filter(|n| *n > 0)
                .ok_or_else(|| format!("{id}: {RATE_LIMIT} is not a whole number above 0"))?,
        ),
    };
    Ok(Operation {
        id,
        method: method.to_uppercase(),
        segments,
        parameters,
        body,
        documented_errors,
        idempotency_header,
        rate_limit,
    })
}

/// An operation's parameters, each resolved where it is a `$ref`.
fn parameters_of<'a>(
    schemas: &'a Schemas,
    operation: &'a Value,
) -> impl Iterator<Item = &'a Value> {
    operation
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|parameter| schemas.resolve(parameter))
}

/// The extension that states an operation's limit, in requests per
/// second (the overlay adds it where Altur's pages state one in prose).
pub const RATE_LIMIT: &str = "x-altur-requests-per-second";

/// The lifecycle of `operation`, if one of its parameters carries
/// `x-altur-transitions`.
fn read_lifecycle(
    schemas: &Schemas,
    id: &str,
    operation: &Value,
) -> Result<Option<Lifecycle>, String> {
    for parameter in parameters_of(schemas, operation) {
        let schema = schemas.resolve(&parameter["schema"]);
        let Some(transitions) = schema.get("x-altur-transitions") else {
            continue;
        };
        let name = parameter["name"].as_str().unwrap_or_default();
        let strings = |value: &Value| -> Option<Vec<String>> {
            value
                .as_array()?
                .iter()
                .map(|s| s.as_str().map(str::to_owned))
                .collect()
        };
        let values = strings(&schema["enum"])
            .ok_or_else(|| format!("{id}: {name} has x-altur-transitions and no enum"))?;
        let actions = values
            .into_iter()
            .map(|value| {
                let transition = &transitions[value.as_str()];
                let from = match &transition["from"] {
                    Value::String(any) if any == "any" => None,
                    Value::Null => Some(Vec::new()),
                    other => Some(strings(other).ok_or_else(|| {
                        format!("{id}: the `from` of {value} is neither a list nor `any`")
                    })?),
                };
                Ok(Action {
                    from,
                    to: transition["to"].as_str().map(str::to_owned),
                    sets: transition["sets"].as_str().map(str::to_owned),
                    idempotent: transition["idempotent"].as_bool().unwrap_or(false),
                    name: value,
                })
            })
            .collect::<Result<_, String>>()?;
        return Ok(Some(Lifecycle {
            operation: id.to_owned(),
            parameter: name.to_owned(),
            actions,
        }));
    }
    Ok(None)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The spec with an action Altur may add, `restart` (from finished to
    /// active), in its transitions and in the action parameter's values.
    pub fn with_restart() -> String {
        SPEC.replace(
            "x-altur-transitions:\n",
            "x-altur-transitions:\n            restart: {from: [finished], to: active}\n",
        )
        .replacen(
            "          - resume\n",
            "          - resume\n          - restart\n",
            1,
        )
    }

    #[test]
    fn routes_prefer_literal_segments() {
        let spec = Spec::embedded();
        let Route::Found(operation, values) = spec.route("POST", "/campaigns/12/contacts") else {
            panic!("not routed");
        };
        assert_eq!(operation.id, "add_campaign_contacts");
        assert_eq!(values["id"], "12");
        let Route::Found(operation, values) = spec.route("POST", "/campaigns/12/pause") else {
            panic!("not routed");
        };
        assert_eq!(operation.id, "campaign_action");
        assert_eq!(values["action"], "pause");
        assert!(matches!(
            spec.route("DELETE", "/message"),
            Route::WrongMethod(_)
        ));
        assert!(matches!(
            spec.route("GET", "/nothing/here"),
            Route::NotFound
        ));
    }

    #[test]
    fn the_spec_says_which_operations_are_limited_and_idempotent() {
        let spec = Spec::embedded();
        let limited: Vec<_> = spec
            .operations
            .iter()
            .filter(|o| o.rate_limit == Some(12))
            .map(|o| o.id.as_str())
            .collect();
        assert!(limited.contains(&"list_campaign_contacts"), "{limited:?}");
        assert!(!limited.contains(&"send_message"));
        let idempotent: BTreeSet<_> = spec
            .operations
            .iter()
            .filter(|o| o.idempotency_header.is_some())
            .map(|o| o.id.as_str())
            .collect();
        assert_eq!(
            idempotent,
            BTreeSet::from(["create_campaign", "add_campaign_contacts"])
        );
    }

    /// Every operation whose description states "Rate limit: N requests per
    /// second" (the pages' prose) carries N as data, and no other does.
    #[test]
    fn the_prose_limits_are_the_extension_s() {
        let document: Value = serde_norway::from_str(SPEC).unwrap();
        let spec = Spec::embedded();
        let mut stated = 0;
        for (_, item) in document["paths"].as_object().unwrap() {
            for (_, operation) in item.as_object().unwrap() {
                let Some(id) = operation["operationId"].as_str() else {
                    continue;
                };
                let prose = operation["description"]
                    .as_str()
                    .and_then(|d| d.split_once("Rate limit: "))
                    .and_then(|(_, rest)| rest.split_once(" requests per second"))
                    .and_then(|(n, _)| n.parse::<u32>().ok());
                let read = spec.operations.iter().find(|o| o.id == id).unwrap();
                assert_eq!(read.rate_limit, prose, "{id}");
                stated += usize::from(prose.is_some());
            }
        }
        assert_eq!(stated, 10, "the campaign operations state their limit");
    }

    /// The pages' defaults the handlers fall back on are read from the spec.
    #[test]
    fn the_page_defaults_are_the_spec_s() {
        let spec = Spec::embedded();
        for id in [
            "list_campaigns",
            "list_campaign_contacts",
            "list_campaign_calls",
        ] {
            let operation = spec.operations.iter().find(|o| o.id == id).unwrap();
            let default = |name: &str| {
                operation
                    .parameters
                    .iter()
                    .find(|p| p.name == name)
                    .and_then(|p| p.default.clone())
            };
            assert_eq!(
                (default("pageSize"), default("pageIndex")),
                (Some(serde_json::json!(50)), Some(serde_json::json!(0))),
                "{id}"
            );
        }
    }

    #[test]
    fn the_lifecycle_is_the_spec_s() {
        let lifecycle = Spec::embedded().lifecycle;
        assert_eq!(
            (lifecycle.operation.as_str(), lifecycle.parameter.as_str()),
            ("campaign_action", "action")
        );
        let names: Vec<_> = lifecycle.actions.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["activate", "pause", "archive", "resume"]);
        let activate = lifecycle.action("activate").unwrap();
        assert!(activate.starts_from("ready") && !activate.starts_from("active"));
        assert!(!activate.idempotent);
        let archive = lifecycle.action("archive").unwrap();
        assert_eq!(
            (
                archive.from.clone(),
                archive.to.clone(),
                archive.sets.as_deref()
            ),
            (None, None, Some("archived"))
        );
        let restart = Spec::parse(&with_restart()).unwrap().lifecycle;
        let restart = restart
            .action("restart")
            .expect("an action added to the spec");
        assert_eq!(restart.from, Some(vec!["finished".to_owned()]));
        assert_eq!(restart.to.as_deref(), Some("active"));
    }
}
