//! Makes every string enum of the API forward-compatible.
//!
//! typify turns `enum: [text, image]` into a closed Rust enum, so the day Altur
//! sends `sticker` a whole response fails to decode. Here every enum whose
//! variants are all unit variants (which is exactly what typify makes of a
//! string enum) gains a last variant `Unknown(String)` marked
//! `#[serde(untagged)]`: known values stay typed, an unknown one is kept and
//! serializes back unchanged. This runs over every enum the spec has, so an
//! enum Altur adds later is covered without anyone listing it.
//!
//! Because anything decodes, a typo (`no_answer` for `no-answer`) would match
//! nothing in silence; so each enum also gets `KNOWN` (its wire strings),
//! `is_known()` and a strict `parse_known()`, and each variant's doc line
//! names its wire string.

use std::collections::HashMap;

use syn::visit_mut::VisitMut;
use syn::{Fields, Ident, Item, parse_quote};

use super::syntax::{module_items_mut, remove_derives, wire_name};

pub(super) fn apply(file: &mut syn::File) {
    if let Some(items) = module_items_mut(file, "types") {
        open_module(items);
    }
}

fn open_module(items: &mut Vec<Item>) {
    let mut opened: HashMap<Ident, Ident> = HashMap::new();
    let mut checks: Vec<Item> = Vec::new();
    for item in items.iter_mut() {
        let Item::Enum(e) = item else { continue };
        let is_string_enum =
            !e.variants.is_empty() && e.variants.iter().all(|v| matches!(v.fields, Fields::Unit));
        if !is_string_enum {
            continue;
        }
        let unknown = unused_variant_name(e);
        // An enum holding a `String` cannot be `Copy`; `Deserialize` is
        // written by hand (below).
        remove_derives(&mut e.attrs, &["Copy", "Deserialize"]);
        let wire: Vec<String> = e.variants.iter_mut().map(document_wire_value).collect();
        checks.push(known_values(&e.ident, &unknown, &wire));
        e.variants.push(parse_quote! {
            /// A value this version of the crate does not know, kept exactly as
            /// received so that it serializes back unchanged.
            #[serde(untagged)]
            #unknown(::std::string::String)
        });
        opened.insert(e.ident.clone(), unknown);
    }
    // Decoding goes through the (patched) `FromStr`: serde's derive would
    // buffer every value to try the untagged variant, on every enum field
    // of every response.
    let mut names: Vec<&Ident> = opened.keys().collect();
    names.sort();
    let decoders: Vec<Item> = names
        .into_iter()
        .map(|name| {
            parse_quote! {
                impl<'de> ::serde::Deserialize<'de> for #name {
                    fn deserialize<D: ::serde::Deserializer<'de>>(
                        deserializer: D,
                    ) -> ::std::result::Result<Self, D::Error> {
                        crate::open_enum::deserialize(deserializer)
                    }
                }
            }
        })
        .collect();

    for item in items.iter_mut() {
        let Item::Impl(block) = item else { continue };
        let Some(unknown) = self_ident(&block.self_ty).and_then(|i| opened.get(i)) else {
            continue;
        };
        let Some((trait_path, _)) = &block.trait_ else {
            continue;
        };
        let trait_name = trait_path.segments.last().map(|s| s.ident.to_string());
        match trait_name.as_deref() {
            Some("Display") => PatchDisplay(unknown).visit_item_impl_mut(block),
            Some("FromStr") => PatchFromStr(unknown).visit_item_impl_mut(block),
            _ => {}
        }
    }
    items.extend(decoders);
    items.extend(checks);
}

/// The variant's wire string (its `#[serde(rename)]`, else its name), which
/// becomes the last line of its docs.
fn document_wire_value(variant: &mut syn::Variant) -> String {
    let wire = wire_name(variant);
    let line = format!(" `\"{wire}\"` on the wire.");
    variant.attrs.insert(0, parse_quote!(#[doc = #line]));
    wire
}

fn known_values(name: &Ident, unknown: &Ident, wire: &[String]) -> Item {
    let type_name = name.to_string();
    parse_quote! {
        impl #name {
            /// Every value this version of the crate knows, as sent on the wire.
            pub const KNOWN: &'static [&'static str] = &[#(#wire),*];

            /// Whether this is one of [`Self::KNOWN`] rather than a value kept
            /// as received.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::#unknown(_))
            }

            /// Parses only a value of [`Self::KNOWN`] (exactly as on the wire);
            /// anything else is an error that lists them. `str::parse`, like
            /// decoding, accepts any string.
            pub fn parse_known(value: &str) -> ::std::result::Result<Self, crate::UnknownValue> {
                match value.parse::<Self>() {
                    Ok(known) if known.is_known() => Ok(known),
                    _ => Err(crate::UnknownValue::new(#type_name, value, Self::KNOWN)),
                }
            }
        }
    }
}

/// `Unknown`, unless the spec already has a value that becomes that variant.
fn unused_variant_name(e: &syn::ItemEnum) -> Ident {
    let mut name = String::from("Unknown");
    while e.variants.iter().any(|v| v.ident == name) {
        name.push_str("Value");
    }
    Ident::new(&name, proc_macro2::Span::call_site())
}

fn self_ident(ty: &syn::Type) -> Option<&Ident> {
    match ty {
        syn::Type::Path(path) => path.path.get_ident(),
        _ => None,
    }
}

/// typify writes `match *self { Self::Text => f.write_str("text"), .. }`.
struct PatchDisplay<'a>(&'a Ident);

impl VisitMut for PatchDisplay<'_> {
    fn visit_expr_match_mut(&mut self, m: &mut syn::ExprMatch) {
        let unknown = self.0;
        *m.expr = parse_quote!(self);
        m.arms
            .push(parse_quote!(Self::#unknown(value) => f.write_str(value),));
    }
}

/// typify writes `match value { "text" => Ok(Self::Text), .., _ => Err(..) }`.
struct PatchFromStr<'a>(&'a Ident);

impl VisitMut for PatchFromStr<'_> {
    fn visit_expr_match_mut(&mut self, m: &mut syn::ExprMatch) {
        let unknown = self.0;
        m.arms.retain(|arm| !matches!(arm.pat, syn::Pat::Wild(_)));
        m.arms
            .push(parse_quote!(_ => Ok(Self::#unknown(value.to_string())),));
    }
}
