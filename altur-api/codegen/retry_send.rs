//! Gives the `send()` of every operation the spec lets be sent again after
//! any passing failure (see `retry_policy.rs`) the transport's retry loop
//! for those failures; the others keep `typed_send.rs`'s, after a 429
//! alone. The loop keeps the builder, not the request, for an attempt that
//! may follow, and builds the request anew from it only when one does.

use openapiv3::OpenAPI;
use syn::visit_mut::VisitMut;
use syn::{ImplItem, Item, parse_quote};

use super::retry_policy::{self, Retry};
use super::syntax::module_mut;

pub(super) fn apply(file: &mut syn::File, spec: &OpenAPI) {
    let retried: Vec<String> = retry_policy::operations(spec)
        .into_iter()
        .filter(|operation| operation.retry != Retry::RateLimitedOnly)
        .map(|operation| operation.id)
        .collect();
    for item in module_mut(file, "builder") {
        if let Item::Impl(block) = item
            && operation_id(block).is_some_and(|id| retried.contains(&id))
        {
            retry_send(block);
        }
    }
}

/// The `operation_id` the generated `send_generated()` hands its hooks.
pub(super) fn operation_id(block: &syn::ItemImpl) -> Option<String> {
    struct Find(Option<String>);
    impl VisitMut for Find {
        fn visit_field_value_mut(&mut self, field: &mut syn::FieldValue) {
            if let syn::Member::Named(name) = &field.member
                && name == "operation_id"
                && let syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(id),
                    ..
                }) = &field.expr
            {
                self.0 = Some(id.value());
            }
            syn::visit_mut::visit_field_value_mut(self, field);
        }
    }
    let mut generated = block.items.iter().find_map(|item| match item {
        ImplItem::Fn(f) if f.sig.ident == "send_generated" => Some(f.clone()),
        _ => None,
    })?;
    let mut find = Find(None);
    // `visit` is not among syn's features here; a copy is read instead.
    find.visit_impl_item_fn_mut(&mut generated);
    find.0
}

fn retry_send(block: &mut syn::ItemImpl) {
    for item in &mut block.items {
        if let ImplItem::Fn(send) = item
            && send.sig.ident == "send"
        {
            send.block = parse_quote!({
                crate::transport::record_retrying(
                    self.client,
                    Self::OPERATION,
                    self,
                    Self::send_generated,
                    crate::retry::After::Passing,
                )
            });
        }
    }
}
