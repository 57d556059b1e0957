//! Gives each enum variant the doc line the spec gives its value.
//!
//! OpenAPI has no place for what one enum value means, so the spec carries
//! it as `x-enum-descriptions` (value: text) beside the `enum` list, in the
//! reconstructed documents or the overlay. typify drops what it does not
//! know, so the generated enum is matched back to its schema by its values
//! (and, where two schemas list the same values, by its description), and
//! each variant's docs start with its value's meaning. A new enum with
//! descriptions in the spec gets its docs without anyone listing it.

use std::collections::BTreeMap;

use serde_norway::Value;
use syn::{Item, parse_quote};

use super::syntax::{module_mut, wire_name};

/// An `enum` list of the spec: its values, its description, and what each
/// value means.
struct Described {
    values: Vec<String>,
    description: Option<String>,
    meanings: BTreeMap<String, String>,
}

pub(super) fn apply(spec: &openapiv3::OpenAPI, file: &mut syn::File) {
    let Ok(tree) = serde_norway::to_value(spec) else {
        return;
    };
    let mut described = Vec::new();
    collect(&tree, &mut described);
    for item in module_mut(file, "types") {
        if let Item::Enum(e) = item {
            document(e, &described);
        }
    }
}

fn collect(value: &Value, out: &mut Vec<Described>) {
    match value {
        Value::Mapping(map) => {
            let values: Option<Vec<String>> =
                map.get("enum").and_then(Value::as_sequence).map(|s| {
                    s.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect()
                });
            let meanings = map.get("x-enum-descriptions").and_then(Value::as_mapping);
            if let (Some(values), Some(meanings)) = (values, meanings) {
                out.push(Described {
                    values,
                    description: map
                        .get("description")
                        .and_then(Value::as_str)
                        .map(str::to_owned),
                    meanings: meanings
                        .iter()
                        .filter_map(|(k, v)| Some((k.as_str()?.to_owned(), v.as_str()?.to_owned())))
                        .collect(),
                });
            }
            for (_, child) in map {
                collect(child, out);
            }
        }
        Value::Sequence(items) => items.iter().for_each(|child| collect(child, out)),
        _ => {}
    }
}

fn document(e: &mut syn::ItemEnum, described: &[Described]) {
    let wire: Vec<Option<String>> = e.variants.iter().map(wire_value).collect();
    let values: Vec<String> = wire.iter().flatten().cloned().collect();
    let doc = doc_text(&e.attrs);
    let candidates: Vec<&Described> = described.iter().filter(|d| d.values == values).collect();
    let chosen = match candidates[..] {
        [] => return,
        [only] => only,
        _ => {
            let same_text: Vec<_> = candidates
                .iter()
                .filter(|d| d.description.as_deref().map(str::trim) == doc.as_deref())
                .collect();
            match (
                same_text.first(),
                candidates
                    .iter()
                    .all(|d| d.meanings == candidates[0].meanings),
            ) {
                (Some(d), _) if same_text.len() == 1 => d,
                (_, true) => candidates[0],
                _ => return,
            }
        }
    };
    for (variant, wire) in e.variants.iter_mut().zip(wire) {
        let Some(meaning) = wire.and_then(|w| chosen.meanings.get(&w)) else {
            continue;
        };
        let line = format!(" {meaning}");
        variant.attrs.insert(0, parse_quote!(#[doc = ""]));
        variant.attrs.insert(0, parse_quote!(#[doc = #line]));
    }
}

/// The value a unit variant stands for: its `#[serde(rename)]`, else its
/// name. `None` for the variant that keeps unknown values.
fn wire_value(variant: &syn::Variant) -> Option<String> {
    matches!(variant.fields, syn::Fields::Unit).then(|| wire_name(variant))
}

fn doc_text(attrs: &[syn::Attribute]) -> Option<String> {
    let lines: Vec<String> = attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            syn::Meta::NameValue(nv) => match &nv.value {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) => Some(s.value()),
                _ => None,
            },
            _ => None,
        })
        .collect();
    (!lines.is_empty()).then(|| lines.join(" ").trim().to_owned())
}
