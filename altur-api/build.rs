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
    let spec_path = Path::new(env!("CARGO_MANIFEST_DIR")).join(SPEC);
    let outcome = std::fs::read_to_string(&spec_path)
        .map_err(|e| format!("cannot read it: {e}"))
        .and_then(|text| codegen::generate(&text).map_err(|e| e.to_string()));
    let source = match outcome {
        Ok(source) => source,
        Err(why) => {
            eprintln!("error: {}: {why}", spec_path.display());
            return ExitCode::FAILURE;
        }
    };
    let out_dir = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let out = Path::new(&out_dir).join("altur_api.rs");
    if let Err(e) = std::fs::write(&out, source) {
        eprintln!("error: cannot write {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
