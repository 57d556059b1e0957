//! Gives every paginated list operation a `stream()` of its items across
//! all pages, beside the single-page `send()`.
//!
//! A list operation is recognised by what progenitor made of the spec, not
//! by its name: its response type has a `pagination` block (the spec's
//! `Pagination`) and one array of items, and its builder has a `page_index`
//! setter. So the next list operation Altur documents in that shape gets a
//! stream too. The paging itself is the hand-written `crate::pages`.

use std::collections::HashMap;

use quote::{format_ident, quote};
use syn::{Fields, ImplItem, Item, Type, parse_quote};

/// The response types that are pages: type name → (items field, item type).
fn page_types(file: &syn::File) -> HashMap<String, (syn::Ident, Type)> {
    let mut pages = HashMap::new();
    for item in module(file, "types") {
        let Item::Struct(page) = item else { continue };
        let Fields::Named(fields) = &page.fields else {
            continue;
        };
        let has_pagination = fields.named.iter().any(|f| {
            f.ident.as_ref().is_some_and(|i| i == "pagination")
                && last_segment(&f.ty).is_some_and(|s| s == "Option")
        });
        let lists: Vec<_> = fields
            .named
            .iter()
            .filter_map(|f| Some((f.ident.clone()?, vec_item(&f.ty)?)))
            .collect();
        if let (true, [(field, item)]) = (has_pagination, lists.as_slice()) {
            pages.insert(page.ident.to_string(), (field.clone(), item.clone()));
        }
    }
    pages
}

/// The builder names (`ListCampaigns`) of the paginated operations, and the
/// items that come out of the `impl`s this pass adds.
fn paginated(file: &syn::File) -> Vec<(syn::Ident, syn::Ident, syn::Ident, Type)> {
    let pages = page_types(file);
    let mut found = Vec::new();
    for item in module(file, "builder") {
        let Item::Impl(block) = item else { continue };
        let Type::Path(builder) = block.self_ty.as_ref() else {
            continue;
        };
        let Some(builder) = builder.path.segments.last().map(|s| s.ident.clone()) else {
            continue;
        };
        let method = |name: &str| {
            block.items.iter().find_map(|i| match i {
                ImplItem::Fn(f) if f.sig.ident == name => Some(f),
                _ => None,
            })
        };
        let (Some(send), Some(_)) = (method("send"), method("page_index")) else {
            continue;
        };
        let output = &send.sig.output;
        let returns = quote!(#output).to_string();
        let Some(response) = returns.split("types :: ").nth(1).and_then(|rest| {
            rest.split(|c: char| !c.is_alphanumeric() && c != '_')
                .next()
        }) else {
            continue;
        };
        if let Some((field, item)) = pages.get(response) {
            found.push((
                builder,
                format_ident!("{response}"),
                field.clone(),
                item.clone(),
            ));
        }
    }
    found
}

pub(super) fn apply(file: &mut syn::File) {
    for (builder, response, field, item) in paginated(file) {
        file.items.push(parse_quote! {
            impl<'a> builder::#builder<'a> {
                /// Every item of every page, in order, as a stream: the next
                /// page is asked for only when the items of this one are used
                /// up, with the same filters and page size as this builder's
                /// (set them before calling this), starting from the first
                /// page. A failed page is an `Err` item naming its index, and
                /// ends the stream; so does the API saying there is no next page.
                pub fn stream(
                    self,
                ) -> impl ::futures_core::Stream<
                    Item = ::std::result::Result<#item, crate::PageError>,
                > + ::std::marker::Unpin + 'a {
                    crate::pages::stream(
                        self,
                        |builder, index| builder.page_index(index),
                        |builder| builder.send(),
                    )
                }
            }
        });
        file.items.push(parse_quote! {
            impl crate::pages::Page for types::#response {
                type Item = #item;
                fn into_parts(
                    self,
                ) -> (
                    ::std::vec::Vec<#item>,
                    ::std::option::Option<types::Pagination>,
                ) {
                    (self.#field, self.pagination)
                }
            }
        });
    }
}

/// The operation ids that get a stream (`list_campaigns`), for the crate
/// README's table.
pub fn paginated_operations(file: &syn::File) -> Vec<String> {
    paginated(file)
        .into_iter()
        .map(|(builder, ..)| snake_case(&builder.to_string()))
        .collect()
}

fn snake_case(camel: &str) -> String {
    let mut out = String::new();
    for (i, c) in camel.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

fn module<'f>(file: &'f syn::File, name: &str) -> &'f [Item] {
    file.items
        .iter()
        .find_map(|item| match item {
            Item::Mod(m) if m.ident == name => m.content.as_ref().map(|(_, items)| &items[..]),
            _ => None,
        })
        .unwrap_or(&[])
}

fn last_segment(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(path) => path.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// `T` of `Vec<T>`, written as seen from outside `types` (`types::T`).
fn vec_item(ty: &Type) -> Option<Type> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    if last.ident != "Vec" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    let Some(syn::GenericArgument::Type(Type::Path(item))) = args.args.first() else {
        return None;
    };
    Some(if item.path.leading_colon.is_some() {
        Type::Path(item.clone())
    } else {
        parse_quote!(types::#item)
    })
}
