//! Sample JSON made from the spec's schemas, with every property set, and
//! the places in it where a real server may part ways with the description:
//! optional properties (which it may write as `null`), date-times (which it
//! may write in Python's forms) and objects (which may carry properties the
//! description does not list). The drifted-server tests rewrite each place
//! in turn.

use serde_json::{Map, Value, json};

/// The date-time every sample carries; the drift tests rewrite it.
pub const SAMPLE_TIME: &str = "2025-10-03T19:11:39Z";

/// A place in a sample, as a JSON pointer, and what it is.
#[derive(Clone, Debug)]
pub enum Point {
    /// A property the schema does not require. `has_default`: the schema
    /// gives it a default, which `null` then stands for.
    Optional { pointer: String, has_default: bool },
    /// A date-time string.
    DateTime { pointer: String },
    /// An integer: a count, an id, a union of scalars' integer.
    Integer { pointer: String },
    /// An object with listed properties (not a free-form map); `component`:
    /// the component schema it is, where it is one by reference;
    /// `keeps_unknown`: its schema takes other keys too (`additionalProperties`
    /// a schema, as `{}`), which the type then keeps rather than drops.
    Object {
        pointer: String,
        component: Option<String>,
        keeps_unknown: bool,
    },
}

/// A sample and its places.
pub struct Sample {
    pub value: Value,
    pub points: Vec<Point>,
}

/// Makes samples from the schemas of one spec (parsed as JSON).
pub struct Samples<'s> {
    spec: &'s Value,
}

impl<'s> Samples<'s> {
    pub fn new(spec: &'s Value) -> Self {
        Samples { spec }
    }

    /// A sample of `schema`, every property set.
    pub fn of(&self, schema: &Value) -> Sample {
        let mut points = Vec::new();
        let value = self.build(schema, String::new(), &mut points, 0);
        Sample { value, points }
    }

    /// A component schema by name.
    pub fn component(&self, name: &str) -> &'s Value {
        &self.spec["components"]["schemas"][name]
    }

    /// `$ref`s followed, `allOf`s merged: the schema as one object.
    pub fn resolve(&self, schema: &Value) -> Value {
        let schema = self.deref(schema);
        let Some(parts) = schema.get("allOf").and_then(Value::as_array) else {
            return schema.clone();
        };
        let mut merged = schema.clone();
        let object = merged
            .as_object_mut()
            .expect("a schema with allOf is an object");
        object.remove("allOf");
        for part in parts {
            let part = self.resolve(part);
            for (key, value) in part.as_object().into_iter().flatten() {
                match (key.as_str(), object.get_mut(key)) {
                    ("properties", Some(Value::Object(mine))) => {
                        for (name, property) in value.as_object().into_iter().flatten() {
                            mine.entry(name.clone()).or_insert_with(|| property.clone());
                        }
                    }
                    ("required", Some(Value::Array(mine))) => {
                        mine.extend(value.as_array().into_iter().flatten().cloned());
                    }
                    (_, Some(_)) => {}
                    (_, None) => {
                        object.insert(key.clone(), value.clone());
                    }
                }
            }
        }
        merged
    }

    /// The component schema `schema` refers to (`$ref`, or an `allOf` of
    /// one `$ref`), if it is one.
    fn component_name(&self, schema: &Value) -> Option<String> {
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            return reference
                .strip_prefix("#/components/schemas/")
                .map(str::to_owned);
        }
        match schema.get("allOf").and_then(Value::as_array)?.as_slice() {
            [only] => self.component_name(only),
            _ => None,
        }
    }

    /// `$ref`s followed: the schema a reference names (a component's, in
    /// this spec), or `schema` itself.
    pub fn deref<'v>(&'v self, schema: &'v Value) -> &'v Value {
        match schema.get("$ref").and_then(Value::as_str) {
            Some(reference) => {
                let name = reference
                    .strip_prefix("#/components/schemas/")
                    .unwrap_or_else(|| panic!("a local schema reference: {reference}"));
                self.deref(self.component(name))
            }
            None => schema,
        }
    }

    fn build(
        &self,
        schema: &Value,
        pointer: String,
        points: &mut Vec<Point>,
        depth: usize,
    ) -> Value {
        assert!(depth < 16, "schemas nest deeper than 16 at {pointer}");
        let component = self.component_name(schema);
        let schema = self.resolve(schema);
        if let Some(first) = schema
            .get("oneOf")
            .or_else(|| schema.get("anyOf"))
            .and_then(Value::as_array)
            .and_then(|alternatives| alternatives.first())
        {
            return self.build(first, pointer, points, depth + 1);
        }
        if let Some(first) = schema.get("enum").and_then(|e| e.get(0)) {
            return first.clone();
        }
        if let Some(example) = schema
            .get("example")
            .filter(|e| !e.is_object() && schema.get("format") != Some(&json!("date-time")))
        {
            return example.clone();
        }
        let properties = schema.get("properties").and_then(Value::as_object);
        match schema.get("type").and_then(Value::as_str) {
            Some("object") | None if properties.is_some() => {
                let required: Vec<&str> = schema
                    .get("required")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .collect();
                points.push(Point::Object {
                    pointer: pointer.clone(),
                    component,
                    keeps_unknown: schema
                        .get("additionalProperties")
                        .is_some_and(Value::is_object),
                });
                let mut object = Map::new();
                for (name, property) in properties.into_iter().flatten() {
                    let at = format!("{pointer}/{}", name.replace('~', "~0").replace('/', "~1"));
                    if !required.contains(&name.as_str()) {
                        points.push(Point::Optional {
                            pointer: at.clone(),
                            has_default: self.resolve(property).get("default").is_some(),
                        });
                    }
                    object.insert(name.clone(), self.build(property, at, points, depth + 1));
                }
                Value::Object(object)
            }
            // A free-form map: a key of its own.
            Some("object") | None => json!({"clave": "valor"}),
            Some("array") => {
                let item = self.build(&schema["items"], format!("{pointer}/0"), points, depth + 1);
                Value::Array(vec![item])
            }
            Some("string") => match schema.get("format").and_then(Value::as_str) {
                Some("date-time") => {
                    points.push(Point::DateTime { pointer });
                    SAMPLE_TIME.into()
                }
                Some("uuid") => "5b0f0c6e-8a59-4c0e-9a43-2f5b1f0f7a11".into(),
                Some("date") => "2025-10-03".into(),
                _ => "texto ñ".into(),
            },
            Some("integer") => {
                points.push(Point::Integer { pointer });
                let minimum = schema.get("minimum").and_then(Value::as_i64).unwrap_or(1);
                minimum.max(1).into()
            }
            Some("number") => 1.5.into(),
            Some("boolean") => true.into(),
            Some(other) => panic!("a schema of type {other} at {pointer}"),
        }
    }
}

/// `value` without what `pointer` points at.
pub fn without(value: &Value, pointer: &str) -> Value {
    let mut value = value.clone();
    let (parent, last) = pointer.rsplit_once('/').expect("a pointer below the top");
    match value.pointer_mut(parent) {
        Some(Value::Object(object)) => {
            object.remove(&last.replace("~1", "/").replace("~0", "~"));
        }
        other => panic!("{pointer}: parent is {other:?}"),
    }
    value
}

/// `value` with `replacement` where `pointer` points.
pub fn with(value: &Value, pointer: &str, replacement: Value) -> Value {
    let mut value = value.clone();
    match value.pointer_mut(pointer) {
        Some(slot) => *slot = replacement,
        None => panic!("{pointer} is not in the sample"),
    }
    value
}
