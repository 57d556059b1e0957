//! Turns the OpenAPI description into the client's Rust source.
//!
//! This module is compiled four times, by `#[path]`: by `build.rs` with the
//! `codegen` feature (the workspace's build, which generates the crate
//! afresh from the spec), by the spec xtask (which writes `generated/`, the
//! source the packaged crate compiles without the generator, see
//! `shipped.rs`, and proves a refreshed spec generates before anything is
//! written), by the snapshot tests and by altur-cli's build script (the
//! `altur` command). Keeping it inside the crate's folder is what lets the
//! packaged crate's `codegen` feature work too.

mod aliases;
mod call_spans;
mod enum_docs;
mod extra_keys;
mod id_types;
mod json_schema;
mod lenient;
mod max_items;
mod open_enums;
mod pages;
mod path_segments;
mod requests_per_second;
pub mod retry_policy;
mod scalar_unions;
mod setters;
pub mod shipped;
mod static_headers;
mod syntax;
mod typed_send;

use std::fmt;

/// Why the spec could not become Rust source. Every variant names the problem
/// in words a spec author can act on; none carries a backtrace.
#[derive(Debug)]
pub enum CodegenError {
    /// The text is not an OpenAPI 3.0 document.
    Parse(String),
    /// The document is OpenAPI, but not one this client can be generated from.
    Unsupported(String),
    /// progenitor rejected the document (an error or an assertion).
    Generator(String),
}

impl fmt::Display for CodegenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodegenError::Parse(why) => write!(f, "not an OpenAPI 3.0 document: {why}"),
            CodegenError::Unsupported(why) => write!(f, "unsupported by this client: {why}"),
            CodegenError::Generator(why) => write!(f, "progenitor cannot generate from it: {why}"),
        }
    }
}

impl std::error::Error for CodegenError {}

/// Generates the pretty-printed client source from the text of an OpenAPI
/// document (YAML or JSON).
#[allow(dead_code)] // The snapshot tests and the refresh's proof read it.
pub fn generate(spec_text: &str) -> Result<String, CodegenError> {
    Ok(prettyplease::unparse(&generate_client(&parse(spec_text)?)?))
}

fn generate_client(spec: &openapiv3::OpenAPI) -> Result<syn::File, CodegenError> {
    let default_base_url = spec
        .servers
        .first()
        .map(|server| server.url.clone())
        .ok_or_else(|| {
            CodegenError::Unsupported("`servers` is empty: no default base URL".into())
        })?;

    let mut file = generate_file(spec)?;
    pages::apply(&mut file);
    file.items.push(retry_policy::lookup(spec));
    file.items.push(max_items::constants(spec));
    file.items.push(requests_per_second::constants(spec));
    file.items.push(syn::parse_quote! {
        /// The API server named by the spec; `Client::builder()` uses it unless
        /// told otherwise.
        pub const DEFAULT_BASE_URL: &str = #default_base_url;
    });
    Ok(file)
}

/// The crate's whole generated source, as the files of [`shipped`] (name,
/// text), each with the header that records `fingerprint`: the `types`
/// module (every build), the rest of the client (feature `client`) and the
/// mocks (feature `mock`). One set serves every combination of features.
#[allow(dead_code)] // The build script and the spec xtask read it.
pub fn generate_shipped(
    spec_text: &str,
    fingerprint: &str,
) -> Result<Vec<(&'static str, String)>, CodegenError> {
    let spec = parse(spec_text)?;
    let mut client = generate_client(&spec)?;
    let (types, rest): (Vec<syn::Item>, Vec<syn::Item>) = std::mem::take(&mut client.items)
        .into_iter()
        .partition(|item| matches!(item, syn::Item::Mod(module) if module.ident == "types"));
    let types = syn::File {
        items: types,
        ..client.clone()
    };
    let client = syn::File {
        items: rest,
        ..client
    };
    let mock = generate_mock_file(&spec)?;
    let header = shipped::header(fingerprint);
    Ok([
        (shipped::TYPES, types),
        (shipped::CLIENT, client),
        (shipped::MOCK, mock),
    ]
    .into_iter()
    .map(|(name, file)| (name, format!("{header}\n{}", prettyplease::unparse(&file))))
    .collect())
}

fn generate_file(spec: &openapiv3::OpenAPI) -> Result<syn::File, CodegenError> {
    let tokens = run_progenitor(|generator| generator.generate_tokens(spec))?;
    let mut file = parse_rust(tokens)?;
    open_enums::apply(&mut file);
    scalar_unions::apply(&mut file);
    lenient::apply(&mut file);
    extra_keys::apply(&mut file);
    id_types::apply(&mut file);
    aliases::apply(&mut file, spec)?;
    enum_docs::apply(spec, &mut file);
    typed_send::apply(&mut file, spec);
    setters::apply(&mut file);
    call_spans::apply(&mut file, spec);
    static_headers::apply(&mut file);
    path_segments::apply(&mut file);
    json_schema::apply(&mut file);
    Ok(file)
}

/// What the client does for each operation (for the crate README's table):
/// whether it may be sent again, and whether it has a `stream()` of pages.
#[allow(dead_code)] // The build script does not read it; the spec xtask does.
pub fn operation_facts(
    spec_text: &str,
) -> Result<Vec<(retry_policy::Operation, bool)>, CodegenError> {
    let spec = parse(spec_text)?;
    let paginated = pages::paginated_operations(&generate_file(&spec)?);
    Ok(retry_policy::operations(&spec)
        .into_iter()
        .map(|operation| {
            let pages = paginated.contains(&operation.id);
            (operation, pages)
        })
        .collect())
}

/// progenitor's `clap` command line for this client, made with the settings
/// the client is made with, so that it names the client's types and builders;
/// the `altur` command's build script (altur-cli) adapts it to the crate.
#[allow(dead_code)] // Only altur-cli's build script reads it.
pub fn generate_cli(spec_text: &str, crate_name: &str) -> Result<syn::File, CodegenError> {
    let spec = parse(spec_text)?;
    parse_rust(run_progenitor(|generator| {
        generator.cli(&spec, crate_name)
    })?)
}

/// Generates typed [httpmock] mocks of every operation (progenitor's
/// generator), for the crate's `mock` feature. They live in `crate::mock`.
#[allow(dead_code)] // The snapshot tests read it.
pub fn generate_mock(spec_text: &str) -> Result<String, CodegenError> {
    Ok(prettyplease::unparse(&generate_mock_file(&parse(
        spec_text,
    )?)?))
}

fn generate_mock_file(spec: &openapiv3::OpenAPI) -> Result<syn::File, CodegenError> {
    parse_rust(run_progenitor(|generator| {
        generator.httpmock(spec, "crate")
    })?)
}

fn parse(spec_text: &str) -> Result<openapiv3::OpenAPI, CodegenError> {
    let spec: openapiv3::OpenAPI =
        serde_norway::from_str(spec_text).map_err(|e| CodegenError::Parse(e.to_string()))?;
    check_operation_ids(&spec)?;
    Ok(spec)
}

fn parse_rust(tokens: proc_macro2::TokenStream) -> Result<syn::File, CodegenError> {
    syn::parse2(tokens)
        .map_err(|e| CodegenError::Generator(format!("output is not valid Rust: {e}")))
}

/// progenitor names every method after the operationId and panics without
/// one; say which operation lacks it instead.
fn check_operation_ids(spec: &openapiv3::OpenAPI) -> Result<(), CodegenError> {
    let mut seen = std::collections::BTreeMap::new();
    for (path, method, operation) in spec.operations() {
        let where_ = format!("{} {path}", method.to_uppercase());
        let Some(id) = operation.operation_id.as_deref() else {
            return Err(CodegenError::Unsupported(format!(
                "{where_} has no operationId (add one in openapi/overlay.yaml)"
            )));
        };
        if let Some(other) = seen.insert(id.to_owned(), where_.clone()) {
            return Err(CodegenError::Unsupported(format!(
                "operationId `{id}` is used by both {other} and {where_}"
            )));
        }
    }
    Ok(())
}

fn run_progenitor(
    run: impl FnOnce(&mut progenitor::Generator) -> Result<proc_macro2::TokenStream, progenitor::Error>,
) -> Result<proc_macro2::TokenStream, CodegenError> {
    let mut settings = progenitor::GenerationSettings::new();
    settings
        .with_interface(progenitor::InterfaceStyle::Builder)
        .with_tag(progenitor::TagStyle::Merged)
        // The hand-written `transport` module implements the hooks; without
        // it the crate must not compile.
        .with_hooks(progenitor::HooksMode::Expected)
        // Only `Client::builder()` can make a `Transport`, so the generated
        // constructors cannot produce a client that skips authentication.
        .with_inner_type(quote::quote!(crate::transport::Transport))
        // Behind the crate's `schemars` feature (json_schema.rs).
        .with_derive("::schemars::JsonSchema");
    let mut generator = progenitor::Generator::new(&settings);

    // progenitor asserts on shapes it does not support; a build script or an
    // xtask must report that as an error, not die with a backtrace.
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(&mut generator)));
    std::panic::set_hook(previous_hook);
    match outcome {
        Ok(Ok(tokens)) => Ok(tokens),
        Ok(Err(e)) => Err(CodegenError::Generator(e.to_string())),
        Err(panic) => {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "it panicked".into());
            Err(CodegenError::Generator(message))
        }
    }
}
