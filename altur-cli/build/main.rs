//! Generates the `altur` command's API commands from `openapi/altur.yaml`
//! into `OUT_DIR`: progenitor's clap CLI, made by altur-api's own code
//! generator (so it names the client's types and builders), adapted to the
//! crate by `adapt`, with the command tree `command_paths` derives from the
//! spec's paths; and, from the spec's schemas, webhook samples
//! (`webhook_samples`), each operation's columns and body template
//! (`shapes`), and what each body's command checks and sets beyond
//! progenitor's flags (`shapes::bodies`).

// Only the CLI and the operation facts are used here.
#[allow(dead_code)]
#[path = "../../altur-api/codegen/mod.rs"]
mod codegen;

mod adapt;
mod cli_source;
mod command_paths;
mod families;
mod shapes;
mod verbs;
mod webhook_samples;

use std::path::Path;
use std::process::ExitCode;

const SPEC: &str = "../openapi/altur.yaml";

fn main() -> ExitCode {
    println!("cargo::rerun-if-changed={SPEC}");
    println!("cargo::rerun-if-changed=build");
    println!("cargo::rerun-if-changed=../altur-api/codegen");
    let spec_path = Path::new(env!("CARGO_MANIFEST_DIR")).join(SPEC);
    let text = match std::fs::read_to_string(&spec_path) {
        Ok(text) => text,
        Err(e) => return fail(&format!("{}: cannot read it: {e}", spec_path.display())),
    };
    let out_dir = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    // Read once: the commands' source and `bodies.rs` both use them.
    let bodies = match shapes::bodies(&text) {
        Ok(bodies) => bodies,
        Err(why) => return fail(&format!("{}: {why}", spec_path.display())),
    };
    let outputs = [
        ("altur_cli.rs", cli_source::generate(&text, &bodies)),
        ("webhook_samples.rs", samples(&text)),
        ("shapes.rs", shapes(&text)),
        ("bodies.rs", body_constants(&bodies)),
    ];
    for (name, source) in outputs {
        let source = match source {
            Ok(source) => source,
            Err(why) => return fail(&format!("{}: {why}", spec_path.display())),
        };
        let out = Path::new(&out_dir).join(name);
        if let Err(e) = std::fs::write(&out, source) {
            return fail(&format!("cannot write {}: {e}", out.display()));
        }
    }
    ExitCode::SUCCESS
}

/// `WEBHOOK_SAMPLES`: (event name, sample payload, payload schema); `UNIQUE`.
fn samples(text: &str) -> Result<String, String> {
    let samples = webhook_samples::derive(text)?;
    let events = samples.iter().map(|s| &s.event);
    let payloads = samples.iter().map(|s| &s.payload);
    let schemas = samples.iter().map(|s| &s.schema);
    let unique = webhook_samples::UNIQUE;
    let file: syn::File = syn::parse_quote! {
        /// (event name, sample payload, payload schema), as JSON text.
        pub const WEBHOOK_SAMPLES: &[(&str, &str, &str)] =
            &[#((#events, #payloads, #schemas)),*];
        /// In the samples' identifiers; replaced on each delivery.
        pub const UNIQUE: &str = #unique;
    };
    Ok(prettyplease::unparse(&file))
}

/// `COLUMNS`: (operationId, its columns); `BODY_TEMPLATES`: (operationId,
/// its body template).
fn shapes(text: &str) -> Result<String, String> {
    let paginated = cli_source::paginated(text)?;
    let (ids, columns): (Vec<_>, Vec<_>) = shapes::columns(text, &paginated)?.into_iter().unzip();
    let (body_ids, templates): (Vec<_>, Vec<_>) = shapes::body_templates(text)?.into_iter().unzip();
    let file: syn::File = syn::parse_quote! {
        /// (operationId, the columns of what it prints, in the spec's order).
        pub const COLUMNS: &[(&str, &[&str])] = &[#((#ids, &[#(#columns),*])),*];
        /// (operationId, a JSON body with every field, as JSON text).
        pub const BODY_TEMPLATES: &[(&str, &str)] = &[#((#body_ids, #templates)),*];
    };
    Ok(prettyplease::unparse(&file))
}

/// `REQUIRED`: (operationId, its body's required fields and their template
/// values); `ENUMS`:
/// (operationId, field path, what its values are, the values);
/// `SCHEDULES`: (operationId, flag, field path).
fn body_constants(bodies: &[shapes::Body]) -> Result<String, String> {
    let required = bodies.iter().map(|b| {
        let id = &b.operation;
        let fields = b
            .required
            .iter()
            .map(|(name, value)| quote::quote!((#name, #value)));
        quote::quote!((#id, &[#(#fields),*]))
    });
    let enums = bodies.iter().flat_map(|b| {
        b.enums.iter().map(move |e| {
            let (id, path, what, values) = (&b.operation, &e.path, &e.what, &e.values);
            quote::quote!((#id, #path, #what, &[#(#values),*]))
        })
    });
    let schedules = bodies.iter().flat_map(|b| {
        b.schedules.iter().map(move |s| {
            let (id, flag, path) = (&b.operation, &s.flag, &s.path);
            quote::quote!((#id, #flag, #path))
        })
    });
    let file: syn::File = syn::parse_quote! {
        /// (operationId, the required fields of its JSON body, each with
        /// its template value as JSON text).
        pub const REQUIRED: &[(&str, &[(&str, &str)])] = &[#(#required),*];
        /// (operationId, a field of its body whose values are an enum's
        /// (`a.b[]`: an array's items), what they are, the values).
        pub const ENUMS: &[(&str, &str, &str, &[&str])] = &[#(#enums),*];
        /// (operationId, the flag, a field of its body that is a day
        /// schedule).
        pub const SCHEDULES: &[(&str, &str, &str)] = &[#(#schedules),*];
    };
    Ok(prettyplease::unparse(&file))
}

fn fail(why: &str) -> ExitCode {
    eprintln!("error: {why}");
    ExitCode::FAILURE
}
