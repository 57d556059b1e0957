//! A schema's `x-altur-aliases` (older property name → property): the older
//! name decodes into the property's field, and so does a body carrying both
//! names, as a backend in the middle of a rename sends, the newer name's
//! value winning. serde's `#[serde(alias)]` refuses such a body ("duplicate
//! field"), so an aliased type's `Deserialize` is written here instead: the
//! visitor serde's derive would write, but for the older names, each read
//! into a local of its own, undecoded (a `serde_json::Value`), and decoded
//! only where the newer name is absent or `null`
//! (`crate::lenient::newer_or_older`). Beside a newer value an older one is
//! skipped unread, even one of a shape the type cannot read. A body without
//! older names costs what the derive's visitor costs. The type itself, its
//! `Serialize` and its schema are unchanged.
//!
//! Runs after `lenient.rs`, whose decoders the visitor calls. Every schema
//! with aliases gets this, found in the spec, so a type that gains one is
//! covered without anyone listing it.

use std::collections::BTreeMap;

use openapiv3::OpenAPI;
use quote::{format_ident, quote};
use syn::{Attribute, Field, Fields, Item, ItemStruct, parse_quote};

use super::CodegenError;
use super::syntax::{module_items_mut, remove_derives, serde_value, type_argument};

pub(super) fn apply(file: &mut syn::File, spec: &OpenAPI) -> Result<(), CodegenError> {
    let aliases = aliases(spec);
    let Some(items) = module_items_mut(file, "types") else {
        return Ok(());
    };
    let mut decoders = Vec::new();
    for (schema, pairs) in &aliases {
        let type_name = type_name(schema);
        let found = items.iter_mut().find_map(|item| match item {
            Item::Struct(s) if s.ident == type_name => Some(s),
            _ => None,
        });
        let Some(s) = found else {
            return Err(unsupported(format!(
                "schema `{schema}` has x-altur-aliases but is no object with properties \
                 (no struct {type_name} was generated)"
            )));
        };
        decoders.push(decoder(s, schema, pairs)?);
        remove_derives(&mut s.attrs, &["Deserialize"]);
    }
    items.extend(decoders);
    Ok(())
}

/// Per component schema, the older names of its properties: older →
/// property, from each schema's `x-altur-aliases`.
fn aliases(spec: &OpenAPI) -> BTreeMap<String, Vec<(String, String)>> {
    let mut found = BTreeMap::new();
    let Some(components) = &spec.components else {
        return found;
    };
    for (name, schema) in &components.schemas {
        let Some(schema) = schema.as_item() else {
            continue;
        };
        let Some(map) = schema
            .schema_data
            .extensions
            .get("x-altur-aliases")
            .and_then(|v| v.as_object())
        else {
            continue;
        };
        let pairs = map
            .iter()
            .filter_map(|(older, newer)| Some((older.clone(), newer.as_str()?.to_owned())))
            .collect();
        found.insert(name.clone(), pairs);
    }
    found
}

/// The Rust name typify gives a component schema (`end_user` → `EndUser`).
fn type_name(schema: &str) -> String {
    // typify names a component's type so (its `sanitize`, Pascal case).
    heck::ToPascalCase::to_pascal_case(schema)
}

/// What a missing property is, once no name of it was sent.
enum Missing {
    /// `None`: the field is an `Option` without a decoder of its own.
    None,
    /// `#[serde(default)]`: the type's default.
    Default,
    /// `#[serde(default = "path")]`.
    DefaultFrom(syn::ExprPath),
    /// Required: serde's "missing field".
    Required,
}

/// How one field of the struct is read.
struct Slot {
    field: syn::Ident,
    name: String,
    /// The local that holds it while the keys are read.
    local: syn::Ident,
    /// What its value decodes as: the field's type, or, where it has older
    /// names, an `Option` of what it holds (`None`: absent or `null`).
    ty: syn::Type,
    decoder: Option<syn::ExprPath>,
    missing: Missing,
    /// Its older names, each with the local that holds its value undecoded.
    olders: Vec<(String, syn::Ident)>,
}

/// `impl Deserialize for` the struct: the visitor serde's derive writes,
/// but with each older name read into a local of its own and decoded only
/// where the newer name was not sent (or was `null`).
fn decoder(s: &ItemStruct, schema: &str, pairs: &[(String, String)]) -> Result<Item, CodegenError> {
    let Fields::Named(fields) = &s.fields else {
        return Err(unsupported(format!(
            "schema `{schema}` has x-altur-aliases but its type has no named fields"
        )));
    };
    if let Some(attr) = s.attrs.iter().find(|a| is_serde(a)) {
        return Err(unsupported(format!(
            "schema `{schema}` has x-altur-aliases, and its type a container attribute \
             the aliases pass does not read: {}",
            quote!(#attr)
        )));
    }
    let names: Vec<String> = fields.named.iter().map(wire_name).collect();
    for (older, newer) in pairs {
        if !names.contains(newer) {
            return Err(unsupported(format!(
                "schema `{schema}`: x-altur-aliases reads `{older}` as `{newer}`, \
                 which is none of its properties"
            )));
        }
        if names.contains(older) {
            return Err(unsupported(format!(
                "schema `{schema}`: x-altur-aliases names `{older}` an older name of \
                 `{newer}`, but `{older}` is a property of its own"
            )));
        }
    }
    let mut slots = Vec::new();
    for (field, name) in fields.named.iter().zip(&names) {
        let olders: Vec<&str> = pairs
            .iter()
            .filter(|(_, newer)| newer == name)
            .map(|(older, _)| older.as_str())
            .collect();
        slots.push(
            slot(
                field,
                name,
                &olders,
                slots.iter().map(|s: &Slot| s.olders.len()).sum(),
            )
            .map_err(|why| unsupported(format!("`{schema}.{name}`: {why}")))?,
        );
    }

    let ty = &s.ident;
    let type_name = ty.to_string();
    let key = format_ident!("{ty}Key");
    let visitor = format_ident!("{ty}Visitor");
    let mut variants = Vec::new();
    let mut arms = Vec::new();
    let mut decoders = Vec::new();
    let mut locals = Vec::new();
    let mut finished = Vec::new();
    let mut wire_names = Vec::new();
    for (i, slot) in slots.iter().enumerate() {
        let Slot {
            name,
            local,
            ty: value_ty,
            decoder,
            missing,
            olders,
            ..
        } = slot;
        let variant = format_ident!("Property{i}");
        variants.push(variant.clone());
        wire_names.push(name.clone());
        locals.push(
            quote!(let mut #local: ::std::option::Option<#value_ty> = ::std::option::Option::None;),
        );
        let read = match decoder {
            Some(path) => {
                let wrapper = format_ident!("{ty}Decoder{i}");
                decoders.push(quote! {
                    struct #wrapper(#value_ty);
                    impl<'de> ::serde::Deserialize<'de> for #wrapper {
                        fn deserialize<D: ::serde::Deserializer<'de>>(
                            deserializer: D,
                        ) -> ::std::result::Result<Self, D::Error> {
                            #path(deserializer).map(#wrapper)
                        }
                    }
                });
                quote!(::serde::de::MapAccess::next_value::<#wrapper>(&mut map)?.0)
            }
            None => quote!(::serde::de::MapAccess::next_value::<#value_ty>(&mut map)?),
        };
        arms.push(quote! {
            #key::#variant => {
                if #local.is_some() {
                    return ::std::result::Result::Err(
                        <A::Error as ::serde::de::Error>::duplicate_field(#name),
                    );
                }
                #local = ::std::option::Option::Some(#read);
            }
        });
        let absent = || match missing {
            Missing::None => quote!(::std::option::Option::None),
            Missing::Default => quote!(::std::default::Default::default()),
            Missing::DefaultFrom(path) => quote!(#path()),
            Missing::Required => quote! {
                return ::std::result::Result::Err(
                    <A::Error as ::serde::de::Error>::missing_field(#name),
                )
            },
        };
        if olders.is_empty() {
            let absent = absent();
            finished.push(quote! {
                let #local = match #local {
                    ::std::option::Option::Some(value) => value,
                    ::std::option::Option::None => #absent,
                };
            });
            continue;
        }
        let decode = match decoder {
            Some(path) => quote!(|older| #path(older)),
            None => quote!(|older| <#value_ty as ::serde::Deserialize>::deserialize(older)),
        };
        // `null` under the newer name is none.
        let mut value = quote!(#local.flatten());
        for (older, held) in olders {
            let variant = format_ident!("{}", capitalized(held));
            variants.push(variant.clone());
            wire_names.push(older.clone());
            locals.push(quote! {
                let mut #held: ::std::option::Option<::serde_json::Value> = ::std::option::Option::None;
            });
            arms.push(quote! {
                #key::#variant => {
                    // Beside a newer value, an older one is not even read.
                    if ::std::matches!(#local, ::std::option::Option::Some(::std::option::Option::Some(_))) {
                        ::serde::de::MapAccess::next_value::<::serde::de::IgnoredAny>(&mut map)?;
                    } else {
                        #held = ::std::option::Option::Some(
                            ::serde::de::MapAccess::next_value::<::serde_json::Value>(&mut map)?,
                        );
                    }
                }
            });
            value = quote! {
                crate::lenient::newer_or_older(#value, #held, (#older, #name), #decode)?
            };
        }
        finished.push(match missing {
            Missing::None => quote!(let #local = #value;),
            _ => {
                let absent = absent();
                quote! {
                    let #local = match #value {
                        ::std::option::Option::Some(value) => value,
                        ::std::option::Option::None => #absent,
                    };
                }
            }
        });
    }
    let fields_built = slots
        .iter()
        .map(|Slot { field, local, .. }| quote!(#field: #local));
    let expecting = format!("struct {type_name}");
    let (keys, variant_names) = (&wire_names, &variants);
    Ok(parse_quote! {
        impl<'de> ::serde::Deserialize<'de> for #ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                /// What a key names: a property, an older name of one, or
                /// neither.
                enum #key {
                    #(#variants,)*
                    Other,
                }
                impl<'de> ::serde::Deserialize<'de> for #key {
                    // As serde's derive has it: read inline, every key.
                    #[inline]
                    fn deserialize<D: ::serde::Deserializer<'de>>(
                        deserializer: D,
                    ) -> ::std::result::Result<Self, D::Error> {
                        struct KeyVisitor;
                        impl ::serde::de::Visitor<'_> for KeyVisitor {
                            type Value = #key;
                            fn expecting(&self, f: &mut ::std::fmt::Formatter) -> ::std::fmt::Result {
                                f.write_str("field identifier")
                            }
                            fn visit_str<E: ::serde::de::Error>(
                                self,
                                key: &str,
                            ) -> ::std::result::Result<#key, E> {
                                ::std::result::Result::Ok(match key {
                                    #(#keys => #key::#variant_names,)*
                                    _ => #key::Other,
                                })
                            }
                        }
                        ::serde::Deserializer::deserialize_identifier(deserializer, KeyVisitor)
                    }
                }
                #(#decoders)*
                struct #visitor;
                impl<'de> ::serde::de::Visitor<'de> for #visitor {
                    type Value = #ty;
                    fn expecting(&self, f: &mut ::std::fmt::Formatter) -> ::std::fmt::Result {
                        f.write_str(#expecting)
                    }
                    fn visit_map<A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut map: A,
                    ) -> ::std::result::Result<#ty, A::Error> {
                        #(#locals)*
                        while let ::std::option::Option::Some(key) =
                            ::serde::de::MapAccess::next_key::<#key>(&mut map)?
                        {
                            match key {
                                #(#arms)*
                                #key::Other => {
                                    ::serde::de::MapAccess::next_value::<::serde::de::IgnoredAny>(&mut map)?;
                                }
                            }
                        }
                        #(#finished)*
                        ::std::result::Result::Ok(#ty { #(#fields_built),* })
                    }
                }
                ::serde::Deserializer::deserialize_struct(
                    deserializer,
                    #type_name,
                    &[#(#wire_names),*],
                    #visitor,
                )
            }
        }
    })
}

/// How `field` (`name` on the wire, with older names `olders`) is read;
/// `held`: how many older names the fields before it have.
fn slot(field: &Field, name: &str, olders: &[&str], held: usize) -> Result<Slot, String> {
    type Metas = syn::punctuated::Punctuated<syn::Meta, syn::Token![,]>;
    let ident = field.ident.clone().expect("named fields have names");
    let mut decoder = None;
    let mut default = None;
    for attr in field.attrs.iter().filter(|a| is_serde(a)) {
        let metas = attr
            .parse_args_with(Metas::parse_terminated)
            .map_err(|e| e.to_string())?;
        for meta in metas {
            let key = meta
                .path()
                .get_ident()
                .map(|i| i.to_string())
                .unwrap_or_default();
            match (key.as_str(), &meta) {
                ("rename" | "skip_serializing_if" | "serialize_with", _) => {}
                ("default", syn::Meta::Path(_)) => default = Some(Missing::Default),
                ("default" | "deserialize_with", syn::Meta::NameValue(nv)) => {
                    let syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(path),
                        ..
                    }) = &nv.value
                    else {
                        return Err(format!("`{key}` is not a path in quotes"));
                    };
                    let path: syn::ExprPath = path.parse().map_err(|e| e.to_string())?;
                    if key == "default" {
                        default = Some(Missing::DefaultFrom(path));
                    } else {
                        decoder = Some(path);
                    }
                }
                _ => {
                    return Err(format!(
                        "a serde attribute the aliases pass does not read: {}",
                        quote!(#meta)
                    ));
                }
            }
        }
    }
    let optional = type_argument(&field.ty, "Option").is_some();
    let missing = default.unwrap_or(if optional && decoder.is_none() {
        Missing::None
    } else {
        Missing::Required
    });
    let local = format_ident!("field_{}", ident.to_string().trim_start_matches("r#"));
    let olders: Vec<(String, syn::Ident)> = olders
        .iter()
        .enumerate()
        .map(|(j, older)| (older.to_string(), format_ident!("older_{}", held + j)))
        .collect();
    if olders.is_empty() || optional {
        return Ok(Slot {
            field: ident,
            name: name.to_owned(),
            local,
            ty: field.ty.clone(),
            decoder,
            missing,
            olders,
        });
    }
    // An `Option` of the type, so that absent or `null` tells when to read
    // an older name, decoded as the lenient pass decodes such an `Option`.
    let ty = &field.ty;
    let mut wrapped: Field = parse_quote!(value: ::std::option::Option<#ty>);
    super::lenient::lenient_field(&mut wrapped);
    let decoder = serde_value(&wrapped.attrs, "deserialize_with")
        .map(|path| syn::parse_str(&path).map_err(|e: syn::Error| e.to_string()))
        .transpose()?;
    Ok(Slot {
        field: ident,
        name: name.to_owned(),
        local,
        ty: wrapped.ty,
        decoder,
        missing,
        olders,
    })
}

/// The name a field has on the wire: its `#[serde(rename)]`, else its own.
fn wire_name(field: &Field) -> String {
    serde_value(&field.attrs, "rename").unwrap_or_else(|| {
        field
            .ident
            .as_ref()
            .map(|i| i.to_string().trim_start_matches("r#").to_owned())
            .unwrap_or_default()
    })
}

/// `older_0` → `Older0`, a variant's name.
fn capitalized(local: &syn::Ident) -> String {
    heck::ToPascalCase::to_pascal_case(local.to_string().as_str())
}

fn is_serde(attr: &Attribute) -> bool {
    attr.path().is_ident("serde")
}

fn unsupported(why: String) -> CodegenError {
    CodegenError::Unsupported(why)
}
