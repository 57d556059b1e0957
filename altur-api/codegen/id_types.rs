//! Makes each named schema of a plain type (each kind of id the overlay
//! names: `AgentId`, `CampaignId`, ...) a value a program can use as it used
//! the bare `Uuid`, `i64` or `String` before, and nothing else than itself.
//!
//! typify makes such a schema a newtype (`pub struct CampaignId(pub i64)`,
//! `#[serde(transparent)]`, so the wire form is unchanged) with `From` the
//! wire form and back, `Display` and `FromStr`; but it compares and hashes
//! only a `String` one. Here every such newtype:
//! - compares, orders and hashes (a `HashMap<CampaignId, _>`), and is
//!   `Copy` where its wire form is (a UUID, an integer);
//! - decodes a whole float as its integer where its wire form is one, as
//!   every integer field does (`lenient.rs`);
//! - compares with its wire form (`campaign.id == 42`, `call.id ==
//!   "cll_1"`), never with another kind of id;
//! - converts `From<&str>` where its wire form is a string, as a `String`
//!   does (`CallId::from("cll_1")`), and from a reference to itself;
//! - takes what a setter of its wire form takes (text for a UUID, any
//!   integer width for an integer, `&String` for a string), with the wire
//!   form's words for a value that does not convert (`agent_id must be a
//!   UUID (..), not "5b0f"`);
//! - so a builder's setter (`setters.rs` turns every declared conversion
//!   into a `crate::FieldValue`) takes the id, a reference to it, or its
//!   wire form (`.id(42)`, `.agent_id("6f1c…")`); never another kind of
//!   id, which is the point.
//!
//! Found by shape (a tuple struct with one public field), so an id Altur or
//! the overlay adds gets it without anyone listing it. A newtype whose
//! schema constrains its value keeps its field private and is left alone.

use quote::{ToTokens, quote};
use syn::{Fields, Item, ItemStruct, Type, Visibility, parse_quote};

use super::syntax::{add_derives, last_segment, module_items_mut, remove_derives};

pub(super) fn apply(file: &mut syn::File) {
    let Some(items) = module_items_mut(file, "types") else {
        return;
    };
    let mut added = Vec::new();
    for item in items.iter_mut() {
        let Item::Struct(s) = item else { continue };
        let Some(inner) = public_inner(s).cloned() else {
            continue;
        };
        let name = s.ident.clone();
        let wire = last_segment(&inner).unwrap_or_default();
        let copies = wire == "Uuid" || is_integer(&wire);
        if wire == "String" {
            added.push(parse_quote! {
                impl ::std::convert::From<&str> for #name {
                    fn from(value: &str) -> Self {
                        Self(value.to_owned())
                    }
                }
            });
            added.push(parse_quote! {
                impl ::std::cmp::PartialEq<str> for #name {
                    fn eq(&self, other: &str) -> bool {
                        self.0 == other
                    }
                }
            });
            added.push(parse_quote! {
                impl ::std::cmp::PartialEq<&str> for #name {
                    fn eq(&self, other: &&str) -> bool {
                        self.0 == *other
                    }
                }
            });
        }
        // Values whose `FieldValue` of the wire form the id's setter takes
        // too, worded as the wire form's (`agent_id must be a UUID (..),
        // not "5b0f"`, not typify's `TryFrom<&str>` wording). Spelled as
        // typify spells its conversions, which `setters.rs` then leaves
        // alone.
        let delegated = match wire.as_str() {
            "Uuid" => vec![quote!(&str), quote!(String), quote!(&String)],
            "String" => vec![quote!(&String)],
            "i64" => [
                "i8", "i16", "i32", "u8", "u16", "u32", "u64", "usize", "isize",
            ]
            .iter()
            .map(|t| syn::parse_str::<Type>(t).expect("a type").to_token_stream())
            .collect(),
            _ => Vec::new(),
        };
        for source in delegated {
            added.push(parse_quote! {
                impl crate::FieldValue<#name> for #source {
                    fn into_field(self) -> ::std::result::Result<#name, ::std::string::String> {
                        crate::FieldValue::<#inner>::into_field(self).map(#name)
                    }
                }
            });
            added.push(parse_quote! {
                impl crate::FieldValue<::std::option::Option<#name>> for #source {
                    fn into_field(
                        self,
                    ) -> ::std::result::Result<::std::option::Option<#name>, ::std::string::String> {
                        crate::FieldValue::<#inner>::into_field(self).map(|id| Some(#name(id)))
                    }
                }
            });
        }
        if wire == "i64" {
            // Read as every integer field is (`lenient.rs`): a whole float
            // is the integer.
            remove_derives(&mut s.attrs, &["Deserialize"]);
            added.push(parse_quote! {
                impl<'de> ::serde::Deserialize<'de> for #name {
                    fn deserialize<D: ::serde::Deserializer<'de>>(
                        deserializer: D,
                    ) -> ::std::result::Result<Self, D::Error> {
                        crate::lenient::integer(deserializer).map(Self)
                    }
                }
            });
        }
        if copies {
            add_derives(
                s,
                &[
                    parse_quote!(Copy),
                    parse_quote!(PartialEq),
                    parse_quote!(Eq),
                    parse_quote!(Hash),
                    parse_quote!(PartialOrd),
                    parse_quote!(Ord),
                ],
            );
        }
        added.push(parse_quote! {
            impl ::std::cmp::PartialEq<#inner> for #name {
                fn eq(&self, other: &#inner) -> bool {
                    self.0 == *other
                }
            }
        });
        added.push(parse_quote! {
            impl ::std::convert::From<&#name> for #name {
                fn from(value: &#name) -> Self {
                    value.clone()
                }
            }
        });
    }
    items.extend(added);
}

/// The wire type of a newtype whose one field is public (typify makes it
/// private where the schema constrains the value).
fn public_inner(s: &ItemStruct) -> Option<&Type> {
    let Fields::Unnamed(fields) = &s.fields else {
        return None;
    };
    let mut fields = fields.unnamed.iter();
    let field = fields.next()?;
    let public = matches!(field.vis, Visibility::Public(_));
    (public && fields.next().is_none()).then_some(&field.ty)
}

fn is_integer(name: &str) -> bool {
    matches!(
        name,
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64"
    )
}
