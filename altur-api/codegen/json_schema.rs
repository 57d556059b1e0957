//! `schemars::JsonSchema` for every type, behind the crate's `schemars`
//! feature. progenitor derives it with the others (its command-line
//! generator, which the `altur` command uses, needs it); this pass moves it
//! into `#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]`,
//! so that a build without the feature compiles neither the derives nor
//! schemars, for what few users need: with them, a user's clean release
//! build took 1.58 times as long, 1.08 times the CPU time (BENCHMARKS.md,
//! "A user's first build").

use syn::{Attribute, Item, parse_quote};

use super::syntax::{module_mut, remove_derives};

pub(super) fn apply(file: &mut syn::File) {
    for item in module_mut(file, "types") {
        let attrs = match item {
            Item::Struct(s) => &mut s.attrs,
            Item::Enum(e) => &mut e.attrs,
            _ => continue,
        };
        let Some(at) = attrs.iter().position(derives_json_schema) else {
            continue;
        };
        remove_derives(&mut attrs[at..=at], &["JsonSchema"]);
        attrs.insert(
            at + 1,
            parse_quote!(#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]),
        );
    }
}

fn derives_json_schema(attr: &Attribute) -> bool {
    type Paths = syn::punctuated::Punctuated<syn::Path, syn::Token![,]>;
    attr.path().is_ident("derive")
        && attr
            .parse_args_with(Paths::parse_terminated)
            .is_ok_and(|paths| {
                paths
                    .iter()
                    .any(|p| p.segments.last().is_some_and(|s| s.ident == "JsonSchema"))
            })
}
