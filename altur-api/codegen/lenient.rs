//! Makes every generated type decode what a real server plausibly sends,
//! not only what the description says: most of the spec is this project's
//! reconstruction, and a Python backend serializes its models its own way.
//!
//! - A property the schema does not require accepts `null` as absent:
//!   typify already makes most of them `Option<T>` (where serde reads
//!   `null` as `None`), but lists and maps become a `Vec` or `Map` with
//!   `#[serde(default)]`, which refuse `null`. Those get
//!   `crate::lenient::null_as_default`.
//! - Every date-time field decodes through `crate::lenient::date_time`,
//!   which takes every form Python writes (a space for the `T`, no offset,
//!   0 to 9 fractional digits). It is written as chrono writes it (RFC
//!   3339), through `crate::lenient::write_date_time`, which formats it
//!   once and writes it whole where chrono's own `Serialize` goes through
//!   the serializer a character at a time.
//! - Every integer field (and every id whose wire form is an integer,
//!   `id_types.rs`) decodes through `crate::lenient::integer`, which also
//!   takes a float without a fractional part (`1820.0`), as Python writes
//!   a count summed as floats; `1820.5` is still an error. A union of
//!   scalars reads it as its integer too (`crate::scalar_union`).
//! - A date-time in a query string is sent with at most microseconds
//!   (`crate::lenient::QueryTime`), which Python's parsers accept.
//! - A success status other than the documented one (201 for 200) is a
//!   success, and an empty success body decodes where the type allows it
//!   (`crate::lenient::success`).
//!
//! Required properties stay required. Everything here is found by walking
//! the generated code and the spec, so a type or an operation Altur adds
//! gets it without anyone listing it.

use std::collections::{BTreeMap, HashSet};

use quote::ToTokens;
use syn::visit_mut::VisitMut;
use syn::{Expr, Field, Fields, ImplItem, Item, Type, parse_quote};

use super::syntax::{has_serde_word, last_segment, module_mut, serde_value, type_argument};

pub(super) fn apply(file: &mut syn::File) {
    for item in module_mut(file, "types") {
        if let Item::Struct(s) = item
            && let Fields::Named(fields) = &mut s.fields
        {
            for field in fields.named.iter_mut() {
                lenient_field(field);
            }
        }
    }
    lenient_operations(module_mut(file, "builder"));
}

/// Gives a field the lenient decoder its type needs, if any (`aliases.rs`
/// calls it too, for the fields it makes).
pub(super) fn lenient_field(field: &mut Field) {
    let has_default = has_serde_word(&field.attrs, "default");
    let decoder = match type_argument(&field.ty, "Option") {
        Some(inner) if is_date_time(inner) => Some("crate::lenient::option_date_time"),
        Some(inner) if is_i64(inner) => Some("crate::lenient::option_integer"),
        Some(_) => None,
        None if is_date_time(&field.ty) => Some("crate::lenient::date_time"),
        None if is_i64(&field.ty) => Some("crate::lenient::integer"),
        // `default = "path"` (a value other than the type's default) is left
        // as it is: only request bodies have one, and they are sent, not read.
        None if has_default && serde_value(&field.attrs, "default").is_none() => {
            Some("crate::lenient::null_as_default")
        }
        None => None,
    };
    let Some(decoder) = decoder else { return };
    if decoder.contains("date_time") {
        if field.attrs.iter().any(|a| a.path().is_ident("doc")) {
            field.attrs.push(parse_quote!(#[doc = ""]));
        }
        field.attrs.push(parse_quote!(#[doc = " Decoded from RFC 3339 or any form Python writes (a space for `T`, 0 to 9 fractional digits); a time without an offset is read as UTC."]));
    }
    if type_argument(&field.ty, "Option").is_some() && !has_default {
        // A field with `deserialize_with` is no longer optional to serde
        // unless it has a default.
        field.attrs.push(parse_quote!(#[serde(default)]));
    }
    field
        .attrs
        .push(parse_quote!(#[serde(deserialize_with = #decoder)]));
    let encoder = match decoder {
        "crate::lenient::date_time" => "crate::lenient::write_date_time",
        "crate::lenient::option_date_time" => "crate::lenient::write_option_date_time",
        _ => return,
    };
    field
        .attrs
        .push(parse_quote!(#[serde(serialize_with = #encoder)]));
}

/// Each operation's success arm accepts any 2xx and an empty body where
/// the type can stand empty; each date-time query parameter is sent with at
/// most microseconds.
fn lenient_operations(items: &mut [Item]) {
    let mut time_fields: BTreeMap<String, HashSet<String>> = BTreeMap::new();
    for item in items.iter() {
        if let Item::Struct(s) = item
            && let Fields::Named(fields) = &s.fields
        {
            let names = fields
                .named
                .iter()
                .filter(|f| f.ty.to_token_stream().to_string().contains("DateTime"))
                .filter_map(|f| f.ident.as_ref().map(|i| i.to_string()))
                .collect();
            time_fields.insert(s.ident.to_string(), names);
        }
    }
    for item in items.iter_mut() {
        let Item::Impl(block) = item else { continue };
        let Some(name) = last_segment(&block.self_ty) else {
            continue;
        };
        let times = time_fields.get(&name).cloned().unwrap_or_default();
        for member in &mut block.items {
            if let ImplItem::Fn(f) = member
                && (f.sig.ident == "send" || f.sig.ident == "send_generated")
            {
                Operation { times: &times }.visit_block_mut(&mut f.block);
            }
        }
    }
}

struct Operation<'a> {
    times: &'a HashSet<String>,
}

impl VisitMut for Operation<'_> {
    fn visit_expr_match_mut(&mut self, m: &mut syn::ExprMatch) {
        if m.expr.to_token_stream().to_string().contains("status ()") {
            let successes: Vec<usize> = m
                .arms
                .iter()
                .enumerate()
                .filter(|(_, arm)| is_success_pattern(&arm.pat))
                .map(|(i, _)| i)
                .collect();
            for &i in &successes {
                let arm = &mut m.arms[i];
                // One documented success: any 2xx is it.
                if successes.len() == 1 {
                    arm.pat = parse_quote!(200u16..=299u16);
                }
                let body = arm.body.to_token_stream().to_string();
                if body.contains("ResponseValue :: from_response") {
                    arm.body = parse_quote!(crate::lenient::success(response).await);
                }
            }
        }
        syn::visit_mut::visit_expr_match_mut(self, m);
    }

    fn visit_expr_call_mut(&mut self, call: &mut syn::ExprCall) {
        let callee = call.func.to_token_stream().to_string();
        if callee.ends_with("QueryParam :: new")
            && let Some(Expr::Reference(value)) = call.args.iter_mut().nth(1)
            && let Expr::Path(path) = value.expr.as_ref()
            && path
                .path
                .get_ident()
                .is_some_and(|i| self.times.contains(&i.to_string()))
        {
            let ident = path.path.clone();
            *value.expr = parse_quote!(#ident.map(crate::lenient::QueryTime));
        }
        syn::visit_mut::visit_expr_call_mut(self, call);
    }
}

fn is_success_pattern(pat: &syn::Pat) -> bool {
    let text = pat.to_token_stream().to_string();
    text.starts_with('2') && text.len() >= 3 && text.as_bytes()[..3].iter().all(u8::is_ascii_digit)
}

fn is_date_time(ty: &Type) -> bool {
    last_segment(ty).is_some_and(|s| s == "DateTime")
}

fn is_i64(ty: &Type) -> bool {
    last_segment(ty).is_some_and(|s| s == "i64")
}
