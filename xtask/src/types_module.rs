//! The items of the generated code's `mod types`, where its types are.
//! syn only: `tests/build.rs` compiles this file too (`#[path]`).

/// The items of `file`'s `mod types`.
pub fn types_items(file: &syn::File) -> impl Iterator<Item = &syn::Item> {
    file.items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "types" => m.content.as_ref().map(|(_, items)| items),
            _ => None,
        })
        .flatten()
}
