//! The keys an object has beyond its properties (`additionalProperties:
//! {}`, which typify keeps in a flattened `extra` map) are optional, as
//! every property the schema does not require: a type's builder starts the
//! map empty, so `CampaignAnalytics::builder().calls(3)` builds without
//! naming `extra` (typify's builder asks for it).

use std::collections::BTreeSet;

use syn::visit_mut::VisitMut;
use syn::{Expr, Fields, ImplItem, Item, Member, Type, parse_quote};

use super::syntax::{has_serde_word, module_mut};

pub(super) fn apply(file: &mut syn::File) {
    let items = module_mut(file, "types");
    let with_extra: BTreeSet<String> = items
        .iter()
        .filter_map(|item| match item {
            Item::Struct(s) => Some(s),
            _ => None,
        })
        .filter(|s| match &s.fields {
            Fields::Named(fields) => fields.named.iter().any(is_extra),
            _ => false,
        })
        .map(|s| s.ident.to_string())
        .collect();
    for item in items.iter_mut() {
        let Item::Mod(builder) = item else { continue };
        if builder.ident != "builder" {
            continue;
        }
        for item in builder.content.iter_mut().flat_map(|(_, items)| items) {
            let Item::Impl(block) = item else { continue };
            let is_default = block
                .trait_
                .as_ref()
                .and_then(|(path, _)| path.segments.last())
                .is_some_and(|s| s.ident == "Default");
            let named = match &*block.self_ty {
                Type::Path(p) => p.path.get_ident().map(|i| i.to_string()),
                _ => None,
            };
            if is_default && named.is_some_and(|n| with_extra.contains(&n)) {
                for member in &mut block.items {
                    if let ImplItem::Fn(f) = member {
                        EmptyExtra.visit_block_mut(&mut f.block);
                    }
                }
            }
        }
    }
}

fn is_extra(field: &syn::Field) -> bool {
    field.ident.as_ref().is_some_and(|i| i == "extra") && has_serde_word(&field.attrs, "flatten")
}

/// `extra: Err("no value supplied for extra"..)` becomes an empty map.
struct EmptyExtra;

impl VisitMut for EmptyExtra {
    fn visit_expr_struct_mut(&mut self, expr: &mut syn::ExprStruct) {
        for field in &mut expr.fields {
            if matches!(&field.member, Member::Named(name) if name == "extra") {
                let value: Expr = parse_quote!(Ok(Default::default()));
                field.expr = value;
            }
        }
        syn::visit_mut::visit_expr_struct_mut(self, expr);
    }
}
