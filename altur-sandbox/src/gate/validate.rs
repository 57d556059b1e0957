//! Requests checked against the spec's schemas, as a strict server checks
//! them: a missing required field, a wrong type, a value out of range or not
//! among an enum's is refused, naming the field. The schemas are OpenAPI 3.0
//! Schema Objects, turned into JSON Schema (2020-12) for the `jsonschema`
//! crate: `nullable` becomes a `null` alternative and component references
//! point into `$defs`.

use std::sync::Arc;

use jsonschema::error::ValidationErrorKind as Kind;
use serde_json::{Map, Value};

/// The spec's component schemas, converted once.
pub struct Schemas {
    document: Value,
    defs: Value,
}

/// One compiled schema.
#[derive(Clone)]
pub struct Schema(Option<Arc<jsonschema::Validator>>);

/// Why a value does not meet its schema: where (`contacts[3].contact`,
/// empty for the value itself) and what.
#[derive(Debug, Clone, PartialEq)]
pub struct Invalid {
    pub field: String,
    pub message: String,
}

impl Schemas {
    pub fn new(document: &Value) -> Result<Schemas, String> {
        let components = document
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        let defs = components
            .into_iter()
            .map(|(name, schema)| (name, convert(&schema)))
            .collect::<Map<_, _>>();
        Ok(Schemas {
            document: document.clone(),
            defs: Value::Object(defs),
        })
    }

    /// `value`, or what its `$ref` points at in the document.
    pub fn resolve<'a>(&'a self, value: &'a Value) -> &'a Value {
        match value.get("$ref").and_then(Value::as_str) {
            Some(reference) => reference
                .strip_prefix('#')
                .and_then(|pointer| self.document.pointer(pointer))
                .unwrap_or(value),
            None => value,
        }
    }

    pub fn compile(&self, schema: &Value) -> Result<Schema, String> {
        if schema.is_null() {
            return Ok(Schema(None));
        }
        let mut root = match convert(schema) {
            Value::Object(map) => map,
            other => return Err(format!("a schema that is not an object: {other}")),
        };
        root.insert("$defs".into(), self.defs.clone());
        let validator = jsonschema::draft202012::options()
            .should_validate_formats(true)
            .with_format("e164", is_e164)
            .build(&Value::Object(root))
            .map_err(|e| format!("a schema the validator refuses: {e}"))?;
        Ok(Schema(Some(Arc::new(validator))))
    }
}

impl Schema {
    /// Checks `value`; the first few problems, the first one's field named.
    pub fn check(&self, value: &Value) -> Result<(), Invalid> {
        let Some(validator) = &self.0 else {
            return Ok(());
        };
        // The common case, without gathering what is wrong.
        if validator.is_valid(value) {
            return Ok(());
        }
        let mut problems = validator.iter_errors(value).map(|error| {
            let mut field = pointer_to_field(error.instance_path().as_str());
            if let Kind::Required { property } = error.kind() {
                let name = property.as_str().unwrap_or_default();
                if !field.is_empty() {
                    field.push('.');
                }
                field.push_str(name);
                return Invalid {
                    message: format!("{field} is required"),
                    field,
                };
            }
            let what = describe(&error);
            let message = if field.is_empty() {
                what
            } else {
                format!("{field}: {what}")
            };
            Invalid { field, message }
        });
        let Some(first) = problems.next() else {
            return Ok(());
        };
        // A property an `allOf` names twice fails twice, in the same words.
        let mut messages = vec![first.message];
        for problem in problems {
            if messages.len() == 5 {
                break;
            }
            if !messages.contains(&problem.message) {
                messages.push(problem.message);
            }
        }
        Err(Invalid {
            field: first.field,
            message: messages.join("; "),
        })
    }
}

/// What is wrong, in a line: the value itself only where it is short (a
/// 1001-row batch is not repeated back).
fn describe(error: &jsonschema::ValidationError) -> String {
    let value = error.instance();
    let shown = {
        let text = value.to_string();
        if text.chars().count() <= 60 {
            text
        } else {
            format!("a {}", kind_of(value))
        }
    };
    match error.kind() {
        Kind::MaxItems { limit } => {
            format!("{} items, more than the {limit} allowed", count(value))
        }
        Kind::MinItems { limit } => {
            format!("{} items, fewer than the {limit} needed", count(value))
        }
        Kind::MaxLength { limit } => {
            format!("{} characters, more than the {limit} allowed", count(value))
        }
        Kind::MinLength { limit } => {
            format!("{} characters, fewer than the {limit} needed", count(value))
        }
        Kind::Maximum { limit } => format!("{shown} is more than the maximum of {limit}"),
        Kind::Minimum { limit } => format!("{shown} is less than the minimum of {limit}"),
        Kind::Enum { options } => {
            let options: Vec<String> = options
                .as_array()
                .into_iter()
                .flatten()
                .map(|o| o.as_str().map_or_else(|| o.to_string(), str::to_owned))
                .collect();
            format!("{shown} is not one of {}", options.join(", "))
        }
        Kind::Format { format } => format!(
            "{shown} is not {}",
            match format.as_str() {
                "uuid" => "a UUID",
                "date-time" => "an RFC 3339 date-time",
                "e164" => "a phone number in E.164 (a + and 8 to 15 digits)",
                other => other,
            }
        ),
        Kind::Type { .. } => {
            let text = error.to_string();
            let wanted = text
                .rsplit_once(" is not of type ")
                .map_or(text.as_str(), |(_, t)| t);
            format!("{shown} is not of type {wanted}")
        }
        _ => {
            let text = error.to_string();
            if text.chars().count() <= 200 {
                text
            } else {
                format!("a {} the schema does not allow", kind_of(value))
            }
        }
    }
}

fn count(value: &Value) -> usize {
    match value {
        Value::Array(items) => items.len(),
        Value::String(text) => text.chars().count(),
        Value::Object(map) => map.len(),
        _ => 1,
    }
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Array(_) => "list",
        Value::Object(_) => "object",
        Value::String(_) => "string",
        Value::Number(_) => "number",
        Value::Bool(_) => "boolean",
        Value::Null => "null",
    }
}

/// `/contacts/3/contact` → `contacts[3].contact`.
fn pointer_to_field(pointer: &str) -> String {
    let mut field = String::new();
    for segment in pointer.split('/').skip(1) {
        let segment = segment.replace("~1", "/").replace("~0", "~");
        if segment.bytes().all(|b| b.is_ascii_digit()) && !segment.is_empty() {
            field.push_str(&format!("[{segment}]"));
        } else {
            if !field.is_empty() {
                field.push('.');
            }
            field.push_str(&segment);
        }
    }
    field
}

/// E.164: a `+`, then 8 to 15 digits, the first not 0.
pub fn is_e164(text: &str) -> bool {
    let Some(digits) = text.strip_prefix('+') else {
        return false;
    };
    (8..=15).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0')
}

/// An OpenAPI 3.0 Schema Object as JSON Schema 2020-12.
fn convert(schema: &Value) -> Value {
    match schema {
        Value::Object(map) => {
            let mut out = Map::new();
            for (key, value) in map {
                match key.as_str() {
                    "$ref" => {
                        let reference = value.as_str().unwrap_or_default();
                        let target = reference
                            .strip_prefix("#/components/schemas/")
                            .map_or_else(|| reference.to_owned(), |name| format!("#/$defs/{name}"));
                        out.insert(key.clone(), Value::String(target));
                    }
                    "nullable" | "example" | "discriminator" | "xml" | "externalDocs" => {}
                    key if key.starts_with("x-") => {}
                    "properties" => {
                        let properties = value
                            .as_object()
                            .map(|p| p.iter().map(|(k, v)| (k.clone(), convert(v))).collect())
                            .unwrap_or_default();
                        out.insert(key.to_owned(), Value::Object(properties));
                    }
                    _ => {
                        out.insert(key.clone(), convert_children(value));
                    }
                }
            }
            if map.get("nullable").and_then(Value::as_bool) == Some(true) {
                return serde_json::json!({"anyOf": [{"type": "null"}, Value::Object(out)]});
            }
            Value::Object(out)
        }
        other => other.clone(),
    }
}

/// Subschemas inside a keyword's value (`items`, `allOf: [...]`).
fn convert_children(value: &Value) -> Value {
    match value {
        Value::Array(items) => Value::Array(items.iter().map(convert_children).collect()),
        Value::Object(_) => convert(value),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn schemas() -> Schemas {
        Schemas::new(&json!({"components": {"schemas": {
            "Row": {"type": "object", "required": ["contact"],
                    "properties": {"contact": {"type": "string", "format": "e164"},
                                   "note": {"type": "string", "nullable": true}}}
        }}}))
        .unwrap()
    }

    #[test]
    fn names_the_field_and_what_is_wrong() {
        let schema = schemas()
            .compile(&json!({"type": "object", "properties": {
                "contacts": {"type": "array", "maxItems": 2, "items": {"$ref": "#/components/schemas/Row"}}
            }}))
            .unwrap();
        assert_eq!(
            schema.check(&json!({"contacts": [{"contact": "+525512345678"}]})),
            Ok(())
        );
        let wrong = schema
            .check(&json!({"contacts": [{"contact": "+525512345678"}, {"contact": 5}]}))
            .unwrap_err();
        assert_eq!(wrong.field, "contacts[1].contact");
        assert!(
            wrong
                .message
                .starts_with("contacts[1].contact: 5 is not of type"),
            "{wrong:?}"
        );
        let missing = schema.check(&json!({"contacts": [{}]})).unwrap_err();
        assert_eq!(missing.field, "contacts[0].contact");
        assert_eq!(missing.message, "contacts[0].contact is required");
        let phone = schema
            .check(&json!({"contacts": [{"contact": "55 1234"}]}))
            .unwrap_err();
        assert_eq!(phone.field, "contacts[0].contact");
        let long = schema
            .check(&json!({"contacts": [{"contact": "+525512345678"}, {"contact": "+525512345679"}, {"contact": "+525512345670"}]}))
            .unwrap_err();
        assert_eq!(long.field, "contacts");
        assert_eq!(
            schema.check(&json!({"contacts": [{"contact": "+525512345678", "note": null}]})),
            Ok(())
        );
    }

    #[test]
    fn e164() {
        assert!(is_e164("+15005550006"));
        assert!(!is_e164("15005550006"));
        assert!(!is_e164("+52 55 1234 5678"));
        assert!(!is_e164("+0123456789"));
        assert!(!is_e164("+1234567"));
    }
}
