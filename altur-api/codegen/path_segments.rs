//! Writes each path parameter into the URL percent-encoded as it is
//! formatted, where progenitor writes `encode_path(&id.to_string())`: two
//! `String`s per parameter per request (the value, then its encoding),
//! copied once more into the URL. `crate::path_segment::Segment` encodes the
//! same characters (its test compares the two on every character up to
//! U+02FF, and on numbers and UUIDs).

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::visit_mut::VisitMut;
use syn::{Expr, Token, parse_quote};

use super::syntax::send_generated_mut;

pub(super) fn apply(file: &mut syn::File) {
    for f in send_generated_mut(file) {
        InPlace.visit_block_mut(&mut f.block);
    }
}

/// Rewrites the arguments of every `format!` (the URL's).
struct InPlace;

impl VisitMut for InPlace {
    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        if !mac.path.is_ident("format") {
            return;
        }
        let Ok(mut args) = mac.parse_body_with(Punctuated::<Expr, Token![,]>::parse_terminated)
        else {
            return;
        };
        let mut changed = false;
        for arg in args.iter_mut() {
            if let Some(value) = encoded_value(arg) {
                *arg = parse_quote!(crate::path_segment::Segment(&#value));
                changed = true;
            }
        }
        if changed {
            mac.tokens = args.into_token_stream();
        }
    }
}

/// `x` of `encode_path(&x.to_string())`.
fn encoded_value(arg: &Expr) -> Option<TokenStream> {
    let Expr::Call(call) = arg else { return None };
    let Expr::Path(func) = &*call.func else {
        return None;
    };
    if !func.path.is_ident("encode_path") || call.args.len() != 1 {
        return None;
    }
    let Some(Expr::Reference(reference)) = call.args.first() else {
        return None;
    };
    match &*reference.expr {
        Expr::MethodCall(m) if m.method == "to_string" && m.args.is_empty() => {
            Some(m.receiver.to_token_stream())
        }
        _ => None,
    }
}
