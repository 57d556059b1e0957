//! How many requests a second each operation takes, read off the spec: for
//! every operation with `x-altur-requests-per-second` (the overlay states
//! it where Altur's pages state a limit in prose), a constant of that
//! number in `requests_per_second`. The contact import paces by it
//! (`add_campaign_contacts`: 12), as the sandbox enforces it, and an
//! operation Altur gives a limit gets its own constant without anyone
//! listing it.

use openapiv3::OpenAPI;
use quote::{format_ident, quote};

/// The extension, as the sandbox reads it too.
const EXTENSION: &str = "x-altur-requests-per-second";

/// `pub mod requests_per_second { pub const ADD_CAMPAIGN_CONTACTS: u32 = 12; ... }`.
pub(super) fn constants(spec: &OpenAPI) -> syn::Item {
    let constants = spec.operations().filter_map(|(_, _, operation)| {
        let limit = operation.extensions.get(EXTENSION)?.as_u64()?;
        let limit = u32::try_from(limit).ok().filter(|n| *n > 0)?;
        let id = operation.operation_id.as_deref()?;
        let name = format_ident!("{}", id.to_uppercase());
        let value = proc_macro2::Literal::u32_unsuffixed(limit);
        let doc = format!(" `{id}`: at most {limit} requests per second.");
        Some(quote! {
            #[doc = #doc]
            pub const #name: u32 = #value;
        })
    });
    syn::parse_quote! {
        /// The most requests a second each operation takes, where the spec
        /// states a limit (`x-altur-requests-per-second`); derived from the
        /// spec by the code generator.
        pub mod requests_per_second {
            #(#constants)*
        }
    }
}
