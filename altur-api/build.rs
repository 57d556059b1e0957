//! Generates the client from `altur.yaml` (a link to `../openapi/altur.yaml`,
//! so that `cargo package` ships the spec inside the crate) into `OUT_DIR`.

#[path = "codegen/mod.rs"]
mod codegen;

use std::path::Path;
use std::process::ExitCode;

const SPEC: &str = "altur.yaml";

fn main() -> ExitCode {
    println!("cargo::rerun-if-changed={SPEC}");
    println!("cargo::rerun-if-changed=codegen");
    // Read when the script runs, not when it was compiled: a build script
    // compiled for one checkout may run for another (same target directory).
    let spec_path =
        Path::new(&std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default()).join(SPEC);
    let text = match std::fs::read_to_string(&spec_path) {
        Ok(text) => text,
        Err(e) => return fail(&format!("{}: cannot read it: {e}", spec_path.display())),
    };
    // Without the HTTP client, only the types (and what `webhook` needs).
    let source = if std::env::var_os("CARGO_FEATURE_CLIENT").is_some() {
        codegen::generate(&text)
    } else {
        codegen::generate_types(&text)
    };
    let mut outputs = vec![("altur_api.rs", source)];
    if std::env::var_os("CARGO_FEATURE_MOCK").is_some() {
        outputs.push(("altur_api_mock.rs", codegen::generate_mock(&text)));
    }
    let out_dir = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
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

fn fail(why: &str) -> ExitCode {
    eprintln!("error: {why}");
    ExitCode::FAILURE
}
