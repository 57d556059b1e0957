//! The spec the sandbox serves (`altur.yaml`, a link to `openapi/altur.yaml`,
//! embedded at build time): which operation a request is for, what it may
//! carry, which statuses it documents, which take an `Idempotency-Key`, and
//! which are rate limited. All of it is read from the spec, so an operation
//! Altur adds is routed, checked and limited without anyone listing it; only
//! what it does (`api/`) is written by hand.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::validate::{Schema, Schemas};

/// The spec's text, as the crate was built with it.
pub const SPEC: &str = include_str!("../altur.yaml");

/// Every operation of the spec, ready to route and check requests.
pub struct Spec {
    pub operations: Vec<Operation>,
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
    /// Requests per second, where the description states a limit.
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
                    operations.push(read_operation(&schemas, template, method, operation)?);
                }
            }
        }
        Ok(Spec { operations })
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
    for parameter in operation
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let parameter = schemas.resolve(parameter);
        let name = parameter["name"].as_str().unwrap_or_default().to_owned();
        let location = match parameter["in"].as_str() {
            Some("path") => Location::Path,
            Some("query") => Location::Query,
            Some("header") => Location::Header,
            _ => continue,
        };
        let schema_value = parameter.get("schema").cloned().unwrap_or(Value::Null);
        parameters.push(Parameter {
            json_type: schemas
                .resolve(&schema_value)
                .get("type")
                .and_then(Value::as_str)
                .map(str::to_owned),
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
    let rate_limit = operation
        .get("description")
        .and_then(Value::as_str)
        .and_then(stated_rate_limit);
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

/// The `N` of "Rate limit: N requests per second", as the campaign pages
/// (and so the spec's descriptions) state it.
fn stated_rate_limit(description: &str) -> Option<u32> {
    let (_, rest) = description.split_once("Rate limit: ")?;
    let (number, unit) = rest.split_once(' ')?;
    unit.starts_with("requests per second")
        .then(|| number.parse().ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(
            stated_rate_limit("x. Rate limit: 12 requests per second."),
            Some(12)
        );
        assert_eq!(stated_rate_limit("Rate limit: soon"), None);
    }
}
