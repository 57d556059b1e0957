//! `schemars::JsonSchema` for every type, behind the crate's `schemars`
//! feature. progenitor derives it with the others (its command-line
//! generator, which the `altur` command uses, needs it); this pass moves it
//! into `#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]`,
//! so that a build without the feature compiles neither the derives nor
//! schemars, for what few users need: with them, a user's clean release
//! build took 1.58 times as long, 1.08 times the CPU time (BENCHMARKS.md,
//! "A user's first build").

use syn::{Item, parse_quote};

use super::syntax::{module_mut, remove_derives};

pub(super) fn apply(file: &mut syn::File) {
    for item in module_mut(file, "types") {
        let attrs = match item {
            Item::Struct(s) => &mut s.attrs,
            Item::Enum(e) => &mut e.attrs,
            _ => continue,
        };
        if let Some(at) = remove_derives(attrs, &["JsonSchema"]) {
            attrs.insert(
                at + 1,
                parse_quote!(#[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]),
            );
        }
    }
}
