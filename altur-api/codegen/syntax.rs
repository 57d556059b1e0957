//! Reading the generated code, for the passes: where a module's items are,
//! what a generic type wraps, what a `#[serde(...)]` attribute says. One
//! copy here, rather than one per pass.

use syn::{Attribute, Expr, Item, Type};

/// The items of the top-level module `name` (`types`, `builder`).
pub(super) fn module<'f>(file: &'f syn::File, name: &str) -> &'f [Item] {
    file.items
        .iter()
        .find_map(|item| match item {
            Item::Mod(m) if m.ident == name => m.content.as_ref().map(|(_, items)| &items[..]),
            _ => None,
        })
        .unwrap_or(&[])
}

/// The items of the top-level module `name`, to change.
pub(super) fn module_mut<'f>(file: &'f mut syn::File, name: &str) -> &'f mut [Item] {
    module_items_mut(file, name).map_or(&mut [], |items| &mut items[..])
}

/// The items of the top-level module `name`, to change or add to.
pub(super) fn module_items_mut<'f>(
    file: &'f mut syn::File,
    name: &str,
) -> Option<&'f mut Vec<Item>> {
    file.items.iter_mut().find_map(|item| match item {
        Item::Mod(m) if m.ident == name => m.content.as_mut().map(|(_, items)| items),
        _ => None,
    })
}

/// Every operation's generated `send_generated()` (as `typed_send.rs`
/// renames progenitor's `send()`), to change.
pub(super) fn send_generated_mut(
    file: &mut syn::File,
) -> impl Iterator<Item = &mut syn::ImplItemFn> {
    module_mut(file, "builder")
        .iter_mut()
        .filter_map(|item| match item {
            Item::Impl(block) => Some(block.items.iter_mut()),
            _ => None,
        })
        .flatten()
        .filter_map(|item| match item {
            syn::ImplItem::Fn(f) if f.sig.ident == "send_generated" => Some(f),
            _ => None,
        })
}

/// Drops the derives named (by their last path segment) from `#[derive]`;
/// the position of the last attribute that named one, if any did.
pub(super) fn remove_derives(attrs: &mut [Attribute], names: &[&str]) -> Option<usize> {
    type Paths = syn::punctuated::Punctuated<syn::Path, syn::Token![,]>;
    let mut removed = None;
    for (at, attr) in attrs.iter_mut().enumerate() {
        if !attr.path().is_ident("derive") {
            continue;
        }
        let Ok(paths) = attr.parse_args_with(Paths::parse_terminated) else {
            continue;
        };
        let count = paths.len();
        let kept: Vec<_> = paths
            .into_iter()
            .filter(|p| {
                p.segments
                    .last()
                    .is_none_or(|s| !names.iter().any(|name| s.ident == name))
            })
            .collect();
        if kept.len() < count {
            removed = Some(at);
        }
        *attr = syn::parse_quote!(#[derive(#(#kept),*)]);
    }
    removed
}

/// Adds each of `names` a struct does not derive yet to its `derive`.
pub(super) fn add_derives(s: &mut syn::ItemStruct, names: &[syn::Path]) {
    let Some(derive) = s.attrs.iter_mut().find(|a| a.path().is_ident("derive")) else {
        s.attrs.push(syn::parse_quote!(#[derive(#(#names),*)]));
        return;
    };
    type Paths = syn::punctuated::Punctuated<syn::Path, syn::Token![,]>;
    let mut paths = derive
        .parse_args_with(Paths::parse_terminated)
        .expect("a derive attribute lists paths");
    for name in names {
        let present = paths
            .iter()
            .any(|p| p.segments.last().map(|s| &s.ident) == name.segments.last().map(|s| &s.ident));
        if !present {
            paths.push(name.clone());
        }
    }
    *derive = syn::parse_quote!(#[derive(#paths)]);
}

/// The last segment's name of a type path (`Option` of `::std::option::Option<T>`).
pub(super) fn last_segment(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(path) => path.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// `T` of `Name<T, ..>`, where the path's last segment is `name`.
pub(super) fn path_argument<'p>(path: &'p syn::Path, name: &str) -> Option<&'p Type> {
    let last = path.segments.last()?;
    if last.ident != name {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        syn::GenericArgument::Type(ty) => Some(ty),
        _ => None,
    }
}

/// `T` of the type `Name<T, ..>`.
pub(super) fn type_argument<'t>(ty: &'t Type, name: &str) -> Option<&'t Type> {
    match ty {
        Type::Path(path) => path_argument(&path.path, name),
        _ => None,
    }
}

/// Whether a `#[serde(...)]` attribute holds `word`, bare or with a value
/// (`default`, `default = "..."`).
pub(super) fn has_serde_word(attrs: &[Attribute], word: &str) -> bool {
    serde_metas(attrs).any(|meta| meta.path().is_ident(word))
}

/// The string value of `#[serde(key = "value")]`, if any.
pub(super) fn serde_value(attrs: &[Attribute], key: &str) -> Option<String> {
    serde_metas(attrs).find_map(|meta| match meta {
        syn::Meta::NameValue(nv) if nv.path.is_ident(key) => match nv.value {
            Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            }) => Some(s.value()),
            _ => None,
        },
        _ => None,
    })
}

/// The name a variant has on the wire: its `#[serde(rename)]`, else its own.
pub(super) fn wire_name(variant: &syn::Variant) -> String {
    serde_value(&variant.attrs, "rename").unwrap_or_else(|| variant.ident.to_string())
}

/// How many times the identifier `name` occurs in `tokens`, groups included.
pub(super) fn ident_count(tokens: &impl quote::ToTokens, name: &str) -> usize {
    fn count(tokens: proc_macro2::TokenStream, name: &str) -> usize {
        tokens
            .into_iter()
            .map(|token| match token {
                proc_macro2::TokenTree::Ident(ident) => usize::from(ident == name),
                proc_macro2::TokenTree::Group(group) => count(group.stream(), name),
                _ => 0,
            })
            .sum()
    }
    count(tokens.to_token_stream(), name)
}

fn serde_metas(attrs: &[Attribute]) -> impl Iterator<Item = syn::Meta> + '_ {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("serde"))
        .filter_map(|a| {
            a.parse_args_with(
                syn::punctuated::Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated,
            )
            .ok()
        })
        .flatten()
}
