//! How many items one request may carry, read off the spec: for every
//! operation whose JSON request body is, or holds as a property, an array
//! with a `maxItems`, a constant of that number in `max_items`. The contact
//! import batches by it (`add_campaign_contacts`: 1000), and an operation
//! Altur adds with such a body gets its own constant without anyone listing
//! it.

use openapiv3::{OpenAPI, ReferenceOr, Schema, SchemaKind, Type};
use quote::{format_ident, quote};

/// One capped array: the operation, the body property holding the array
/// (`None`: the body is the array) and its `maxItems`.
struct Cap {
    operation: String,
    property: Option<String>,
    max_items: usize,
}

/// `pub mod max_items { pub const ADD_CAMPAIGN_CONTACTS: usize = 1000; ... }`.
pub(super) fn constants(spec: &OpenAPI) -> syn::Item {
    let caps = caps(spec);
    let constants = caps.iter().map(|cap| {
        let shared = caps.iter().filter(|c| c.operation == cap.operation).count();
        // The operation's name alone where it has one capped array.
        let name = match (&cap.property, shared) {
            (Some(property), 2..) => format!("{}_{property}", cap.operation),
            _ => cap.operation.clone(),
        };
        let name = format_ident!("{}", name.to_uppercase());
        let max_items = proc_macro2::Literal::usize_unsuffixed(cap.max_items);
        let doc = format!(
            " `{}`: at most {} items in {} per request.",
            cap.operation,
            cap.max_items,
            cap.property
                .as_ref()
                .map_or("the body".to_owned(), |p| format!("`{p}`"))
        );
        quote! {
            #[doc = #doc]
            pub const #name: usize = #max_items;
        }
    });
    syn::parse_quote! {
        /// The most items one request may carry, per operation whose JSON
        /// body is or holds an array with a `maxItems`; derived from the spec
        /// by the code generator.
        pub mod max_items {
            #(#constants)*
        }
    }
}

fn caps(spec: &OpenAPI) -> Vec<Cap> {
    let mut caps = Vec::new();
    for (_, _, operation) in spec.operations() {
        let Some(body) = operation.request_body.as_ref().and_then(|body| match body {
            ReferenceOr::Item(body) => Some(body),
            ReferenceOr::Reference { reference } => reference
                .strip_prefix("#/components/requestBodies/")
                .and_then(|name| spec.components.as_ref()?.request_bodies.get(name))
                .and_then(ReferenceOr::as_item),
        }) else {
            continue;
        };
        let Some(schema) = body
            .content
            .get("application/json")
            .and_then(|media| media.schema.as_ref())
            .and_then(|schema| resolve(spec, schema))
        else {
            continue;
        };
        let operation = operation.operation_id.clone().unwrap_or_default();
        if let Some(max_items) = max_items(schema) {
            caps.push(Cap {
                operation,
                property: None,
                max_items,
            });
        } else if let SchemaKind::Type(Type::Object(object)) = &schema.schema_kind {
            for (property, schema) in &object.properties {
                let schema = match schema {
                    ReferenceOr::Item(schema) => Some(schema.as_ref()),
                    ReferenceOr::Reference { reference } => schema_named(spec, reference),
                };
                if let Some(max_items) = schema.and_then(max_items) {
                    caps.push(Cap {
                        operation: operation.clone(),
                        property: Some(property.clone()),
                        max_items,
                    });
                }
            }
        }
    }
    caps
}

fn max_items(schema: &Schema) -> Option<usize> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::Array(array)) => array.max_items,
        _ => None,
    }
}

fn resolve<'a>(spec: &'a OpenAPI, schema: &'a ReferenceOr<Schema>) -> Option<&'a Schema> {
    match schema {
        ReferenceOr::Item(schema) => Some(schema),
        ReferenceOr::Reference { reference } => schema_named(spec, reference),
    }
}

fn schema_named<'a>(spec: &'a OpenAPI, reference: &str) -> Option<&'a Schema> {
    let name = reference.strip_prefix("#/components/schemas/")?;
    spec.components.as_ref()?.schemas.get(name)?.as_item()
}
