//! Gives every operation's `send()` the crate's own error type and its
//! retry policy.
//!
//! progenitor's error drops the HTTP status when a body fails to decode, and
//! leaves the body of an undocumented status unread. The hand-written
//! `transport` module records status and raw body while a request runs; here
//! each generated `send()` is renamed `send_generated()` (private) and wrapped
//! by a `send()` that runs it under that recorder and returns
//! `Result<_, crate::Error>`, sending it again after every passing failure
//! where the spec allows (see `retry_policy.rs`), and otherwise after a 429
//! alone (which says the server refused it and did nothing). The retry loop
//! keeps the builder, not the request, for an attempt that may follow, and
//! builds the request anew from it only when one does.

use openapiv3::OpenAPI;
use syn::visit_mut::VisitMut;
use syn::{ImplItem, Item, ReturnType, Type, parse_quote};

use super::retry_policy::{self, Retry};
use super::syntax::{module_mut, type_argument};

pub(super) fn apply(file: &mut syn::File, spec: &OpenAPI) {
    let retried: Vec<String> = retry_policy::operations(spec)
        .into_iter()
        .filter(|operation| operation.retry != Retry::RateLimitedOnly)
        .map(|operation| operation.id)
        .collect();
    for item in module_mut(file, "builder") {
        if let Item::Impl(block) = item {
            wrap_send(block, &retried);
        }
    }
}

fn wrap_send(block: &mut syn::ItemImpl, retried: &[String]) {
    let Some(position) = block
        .items
        .iter()
        .position(|i| matches!(i, ImplItem::Fn(f) if f.sig.ident == "send"))
    else {
        return;
    };
    let ImplItem::Fn(generated) = &mut block.items[position] else {
        return;
    };
    let Some(ok_type) = ok_type(&generated.sig.output) else {
        return;
    };
    generated.sig.ident = parse_quote!(send_generated);
    generated.vis = syn::Visibility::Inherited;
    let after: syn::Path = if operation_id(block).is_some_and(|id| retried.contains(&id)) {
        parse_quote!(crate::retry::After::Passing)
    } else {
        parse_quote!(crate::retry::After::RateLimited)
    };
    block.items.push(parse_quote! {
        /// Sends the request and waits for the response.
        ///
        /// It is sent again after a passing failure only where the operation
        /// may be repeated (the crate docs' table says which), and otherwise
        /// after a 429 alone, which says it was not carried out; after any
        /// other failure it may still have been carried out by the server.
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<#ok_type, crate::Error>,
        > + 'a {
            crate::transport::record_retrying(
                self.client,
                Self::OPERATION,
                self,
                Self::send_generated,
                #after,
            )
        }
    });
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

/// `T` of the generated signature `-> Result<T, Error<E>>`.
fn ok_type(output: &ReturnType) -> Option<Type> {
    let ReturnType::Type(_, ty) = output else {
        return None;
    };
    type_argument(ty, "Result").cloned()
}
