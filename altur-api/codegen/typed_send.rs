//! Gives every operation's `send()` the crate's own error type.
//!
//! progenitor's error drops the HTTP status when a body fails to decode, and
//! leaves the body of an undocumented status unread. The hand-written
//! `transport` module records status and raw body while a request runs; here
//! each generated `send()` is renamed `send_generated()` (private) and wrapped
//! by a `send()` that runs it under that recorder and returns
//! `Result<_, crate::Error>`, sending it again after a 429 alone (which says
//! the server refused it and did nothing); `retry_send.rs` widens that to
//! every passing failure where the spec allows.

use syn::{ImplItem, Item, ReturnType, Type, parse_quote};

use super::syntax::{module_mut, type_argument};

pub(super) fn apply(file: &mut syn::File) {
    for item in module_mut(file, "builder") {
        if let Item::Impl(block) = item {
            wrap_send(block);
        }
    }
}

fn wrap_send(block: &mut syn::ItemImpl) {
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
                crate::retry::After::RateLimited,
            )
        }
    });
}

/// `T` of the generated signature `-> Result<T, Error<E>>`.
fn ok_type(output: &ReturnType) -> Option<Type> {
    let ReturnType::Type(_, ty) = output else {
        return None;
    };
    type_argument(ty, "Result").cloned()
}
