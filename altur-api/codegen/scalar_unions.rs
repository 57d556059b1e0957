//! Decodes the spec's unions of scalars (`oneOf: [integer, string]`, which
//! progenitor makes `#[serde(untagged)]` enums such as
//! `CampaignContactBilledDuration`) through `crate::scalar_union`: the value
//! is read once and its JSON kind picks the variant. serde's derive buffers
//! the value and tries the variants in turn, making an error for each that
//! does not fit. Only enums whose variants each take one JSON kind, a
//! different one, are changed, so that the variant chosen is the one serde's
//! order would have chosen; any other untagged enum keeps serde's derive.

use syn::{Fields, Item, Type, parse_quote};

use super::syntax::{has_serde_word, last_segment, module_items_mut, remove_derives};

/// The JSON kind a variant's one field takes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Integer,
    Bool,
    Text,
}

fn kind(ty: &Type) -> Option<Kind> {
    match last_segment(ty)?.as_str() {
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" => Some(Kind::Integer),
        "bool" => Some(Kind::Bool),
        "String" => Some(Kind::Text),
        _ => None,
    }
}

pub(super) fn apply(file: &mut syn::File) {
    if let Some(items) = module_items_mut(file, "types") {
        let decoders: Vec<Item> = items.iter_mut().flat_map(decode_by_kind).collect();
        items.extend(decoders);
    }
}

/// The impls that decode a union of scalars, its derive removed; none for
/// any other item.
fn decode_by_kind(item: &mut Item) -> Vec<Item> {
    let Item::Enum(e) = item else { return vec![] };
    if !has_serde_word(&e.attrs, "untagged") || e.variants.is_empty() {
        return vec![];
    }
    let mut variants = Vec::new();
    for variant in &e.variants {
        let Fields::Unnamed(fields) = &variant.fields else {
            return vec![];
        };
        let [field] = &fields.unnamed.iter().collect::<Vec<_>>()[..] else {
            return vec![];
        };
        let Some(kind) = kind(&field.ty) else {
            return vec![];
        };
        if variants.iter().any(|(k, _, _)| *k == kind) {
            return vec![];
        }
        variants.push((kind, variant.ident.clone(), field.ty.clone()));
    }
    remove_derives(&mut e.attrs, &["Deserialize"]);
    let name = &e.ident;
    let name_text = name.to_string();
    let takes: Vec<syn::ImplItem> = variants
        .iter()
        .map(|(kind, variant, ty)| match kind {
            Kind::Integer => parse_quote! {
                fn from_integer(value: i128) -> ::std::option::Option<Self> {
                    <#ty>::try_from(value).ok().map(Self::#variant)
                }
            },
            Kind::Bool => parse_quote! {
                fn from_bool(value: bool) -> ::std::option::Option<Self> {
                    ::std::option::Option::Some(Self::#variant(value))
                }
            },
            Kind::Text => parse_quote! {
                fn from_text(value: &str) -> ::std::option::Option<Self> {
                    ::std::option::Option::Some(Self::#variant(value.to_owned()))
                }
            },
        })
        .collect();
    vec![
        parse_quote! {
            impl crate::scalar_union::ScalarUnion for #name {
                const NAME: &'static str = #name_text;
                #(#takes)*
            }
        },
        parse_quote! {
            impl<'de> ::serde::Deserialize<'de> for #name {
                fn deserialize<D: ::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> ::std::result::Result<Self, D::Error> {
                    crate::scalar_union::deserialize(deserializer)
                }
            }
        },
    ]
}
