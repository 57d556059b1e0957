//! Gives each operation's builder what its call's span names
//! (`transport::Operation`): the operation id, the method and the spec's path
//! template, `{id}` and all, so that a trace never holds a filled path (an
//! id, a phone number). Read off the spec, so an operation Altur adds gets
//! its span without anyone listing it; `typed_send.rs` hands it to the
//! transport.

use std::collections::BTreeMap;

use openapiv3::OpenAPI;
use syn::{ImplItem, Item, parse_quote};

use super::syntax::module_mut;
use super::typed_send::operation_id;

pub(super) fn apply(file: &mut syn::File, spec: &OpenAPI) {
    let operations: BTreeMap<String, (String, String)> = spec
        .operations()
        .filter_map(|(path, method, operation)| {
            let id = operation.operation_id.clone()?;
            Some((id, (method.to_uppercase(), path.to_owned())))
        })
        .collect();
    for item in module_mut(file, "builder") {
        let Item::Impl(block) = item else { continue };
        let Some(id) = operation_id(block) else {
            continue;
        };
        let Some((method, path)) = operations.get(&id) else {
            continue;
        };
        let item: ImplItem = parse_quote! {
            /// What this operation's calls' spans name (from the spec).
            const OPERATION: crate::transport::Operation = crate::transport::Operation {
                id: #id,
                method: #method,
                path: #path,
            };
        };
        block.items.insert(0, item);
    }
}
