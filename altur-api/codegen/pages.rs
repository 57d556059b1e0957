//! Gives every paginated list operation a `stream()` of its items across
//! all pages, beside the single-page `send()`.
//!
//! A list operation is recognised by what progenitor made of the spec, not
//! by its name: its response type has a `pagination` block (the spec's
//! `Pagination`) and one array of items, and its builder has a `page_index`
//! setter. Where the builder also has a `cursor` setter the stream follows
//! `next_cursor`; where the response has a `total_count` the stream stops
//! once that many items have arrived. So the next list operation Altur
//! documents in that shape gets a stream too. The paging itself is the
//! hand-written `crate::pages`.

use std::collections::HashMap;

use quote::{format_ident, quote};
use syn::{Fields, ImplItem, Item, Type, parse_quote};

use super::syntax::{last_segment, module, type_argument};

/// A response type that is a page.
#[derive(Clone)]
struct PageType {
    items: syn::Ident,
    item: Type,
    /// Whether it has a `total_count`.
    total_count: bool,
}

/// A list operation, as this pass sees it.
struct Paginated {
    /// The builder's name (`ListCampaigns`).
    builder: syn::Ident,
    response: syn::Ident,
    page: PageType,
    /// Whether its builder has a `cursor` setter.
    cursor: bool,
}

/// The response types that are pages, by type name.
fn page_types(file: &syn::File) -> HashMap<String, PageType> {
    let mut pages = HashMap::new();
    for item in module(file, "types") {
        let Item::Struct(page) = item else { continue };
        let Fields::Named(fields) = &page.fields else {
            continue;
        };
        let has = |name: &str| {
            fields.named.iter().any(|f| {
                f.ident.as_ref().is_some_and(|i| i == name)
                    && last_segment(&f.ty).is_some_and(|s| s == "Option")
            })
        };
        let lists: Vec<_> = fields
            .named
            .iter()
            .filter_map(|f| Some((f.ident.clone()?, vec_item(&f.ty)?)))
            .collect();
        if let (true, [(items, item)]) = (has("pagination"), lists.as_slice()) {
            pages.insert(
                page.ident.to_string(),
                PageType {
                    items: items.clone(),
                    item: item.clone(),
                    total_count: has("total_count"),
                },
            );
        }
    }
    pages
}

/// The paginated operations.
fn paginated(file: &syn::File) -> Vec<Paginated> {
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
        if let Some(page) = pages.get(response).cloned() {
            found.push(Paginated {
                builder,
                response: format_ident!("{response}"),
                page,
                cursor: method("cursor").is_some(),
            });
        }
    }
    found
}

pub(super) fn apply(file: &mut syn::File) {
    for Paginated {
        builder,
        response,
        page,
        cursor,
    } in paginated(file)
    {
        let PageType {
            items,
            item,
            total_count,
        } = page;
        let set_cursor = if cursor {
            quote!(::std::option::Option::Some(
                |builder: builder::#builder<'a>, cursor: ::std::string::String| builder.cursor(cursor)
            ))
        } else {
            quote!(::std::option::Option::<fn(builder::#builder<'a>, ::std::string::String) -> builder::#builder<'a>>::None)
        };
        let total_count = if total_count {
            quote!(self.total_count)
        } else {
            quote!(::std::option::Option::None)
        };
        file.items.push(parse_quote! {
            impl<'a> builder::#builder<'a> {
                /// Every item of every page, in order, as a stream: the next
                /// page is asked for only when the items of this one are used
                /// up, with the same filters and page size as this builder's
                /// (set them before calling this), starting from the first
                /// page and following `next_cursor` where a page carries one
                /// and the operation takes a cursor. It ends when the API says
                /// there is no next page. A failed page, a page that repeats
                /// the previous one, an empty page, or more pages than
                /// `total_count` allows end it too, with an `Err` item that
                /// says why.
                pub fn stream(
                    self,
                ) -> impl ::futures_core::Stream<
                    Item = ::std::result::Result<#item, crate::PageError>,
                > + ::std::marker::Unpin + 'a {
                    crate::pages::stream(
                        self,
                        |builder, index| builder.page_index(index),
                        #set_cursor,
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
                    ::std::option::Option<i64>,
                ) {
                    (self.#items, self.pagination, #total_count)
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
        .map(|operation| heck::ToSnakeCase::to_snake_case(operation.builder.to_string().as_str()))
        .collect()
}

/// `T` of `Vec<T>`, written as seen from outside `types` (`types::T`).
fn vec_item(ty: &Type) -> Option<Type> {
    let Type::Path(item) = type_argument(ty, "Vec")? else {
        return None;
    };
    Some(if item.path.leading_colon.is_some() {
        Type::Path(item.clone())
    } else {
        parse_quote!(types::#item)
    })
}
