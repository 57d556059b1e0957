//! Which operations may be sent again, read off the spec: after any passing
//! failure, those whose method is idempotent (GET, HEAD, OPTIONS, PUT,
//! DELETE) and POSTs that document an `Idempotency-Key` header (the crate
//! then sends one on every call); every other operation (`send_message`,
//! `start_call`, the campaign lifecycle actions, PATCH) only after a 429,
//! which says the request was refused, not carried out, so that sending it
//! again cannot do anything twice. An operation Altur adds gets its policy
//! from its method and parameters, without anyone listing it.

use openapiv3::{OpenAPI, Parameter, ReferenceOr};
use quote::quote;

/// The header a POST must document to be retried.
const IDEMPOTENCY_KEY: &str = "Idempotency-Key";
const IDEMPOTENT_METHODS: [&str; 5] = ["get", "head", "options", "put", "delete"];

/// One operation, as the policy sees it.
pub struct Operation {
    pub id: String,
    pub retry: Retry,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    /// Its method is idempotent.
    Idempotent,
    /// A POST that carries an `Idempotency-Key` (sent on every call).
    WithIdempotencyKey,
    /// Repeating it could do something twice: sent again only after a 429
    /// (the server refused it, and did nothing).
    RateLimitedOnly,
}

/// Every operation of the spec, in the spec's order.
pub fn operations(spec: &OpenAPI) -> Vec<Operation> {
    spec.operations()
        .map(|(_, method, operation)| {
            let documents_key = operation.parameters.iter().any(|parameter| {
                let parameter = match parameter {
                    ReferenceOr::Item(parameter) => Some(parameter),
                    ReferenceOr::Reference { reference } => reference
                        .strip_prefix("#/components/parameters/")
                        .and_then(|name| spec.components.as_ref()?.parameters.get(name))
                        .and_then(|p| p.as_item()),
                };
                matches!(parameter, Some(Parameter::Header { parameter_data, .. })
                    if parameter_data.name.eq_ignore_ascii_case(IDEMPOTENCY_KEY))
            });
            let retry = if IDEMPOTENT_METHODS.contains(&method) {
                Retry::Idempotent
            } else if method == "post" && documents_key {
                Retry::WithIdempotencyKey
            } else {
                Retry::RateLimitedOnly
            };
            Operation {
                id: operation.operation_id.clone().unwrap_or_default(),
                retry,
            }
        })
        .collect()
}

/// `crate::generated::idempotency_key_header(operation_id)`, which the
/// transport asks before every request. Whether an operation is sent again
/// is settled here, when the code is generated (`typed_send.rs`).
pub(super) fn lookup(spec: &OpenAPI) -> syn::Item {
    let arms = operations(spec)
        .into_iter()
        .filter(|operation| operation.retry == Retry::WithIdempotencyKey)
        .map(|operation| {
            let id = operation.id;
            quote!(#id => ::std::option::Option::Some(#IDEMPOTENCY_KEY),)
        });
    syn::parse_quote! {
        /// The header that carries an operation's idempotency key, where it
        /// documents one (derived from the spec by the code generator): the
        /// crate sends one on every call, the same on every retry.
        pub(crate) fn idempotency_key_header(operation_id: &str) -> ::std::option::Option<&'static str> {
            match operation_id {
                #(#arms)*
                _ => ::std::option::Option::None,
            }
        }
    }
}
