//! The crate's generated source, from `altur.yaml` (a link to
//! `../openapi/altur.yaml`, so that `cargo package` ships the spec inside the
//! crate).
//!
//! With the `codegen` feature (the workspace turns it on) this runs the
//! generator, `codegen/`, into `OUT_DIR`, on every change of the spec or the
//! generator. Without it (a user's build) the crate compiles `generated/`, the
//! same source written by `cargo xtask spec build`, and this only checks that
//! it was made from this spec and this generator (see `codegen/shipped.rs`).

#[cfg(feature = "codegen")]
#[path = "codegen/mod.rs"]
mod codegen;
#[cfg(feature = "codegen")]
use codegen::shipped;
#[cfg(not(feature = "codegen"))]
#[path = "codegen/shipped.rs"]
mod shipped;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const SPEC: &str = "altur.yaml";

fn main() -> ExitCode {
    println!("cargo::rerun-if-changed={SPEC}");
    println!("cargo::rerun-if-changed=codegen");
    println!("cargo::rerun-if-changed={}", shipped::DIR);
    // Read when the script runs, not when it was compiled: a build script
    // compiled for one checkout may run for another (same target directory).
    let dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let spec_path = dir.join(SPEC);
    let text = match std::fs::read_to_string(&spec_path) {
        Ok(text) => text,
        Err(e) => return fail(&format!("{}: cannot read it: {e}", spec_path.display())),
    };
    let fingerprint = match shipped::fingerprint(&text, &dir.join("codegen")) {
        Ok(fingerprint) => fingerprint,
        Err(why) => return fail(&why),
    };
    match build(&dir, &text, &fingerprint) {
        Ok(()) => ExitCode::SUCCESS,
        Err(why) => fail(&why),
    }
}

/// Generates every file of `generated/` afresh into `OUT_DIR`, and warns when
/// the committed copy differs (CI's `spec build --check` then fails).
#[cfg(feature = "codegen")]
fn build(dir: &Path, text: &str, fingerprint: &str) -> Result<(), String> {
    let files = codegen::generate_shipped(text, fingerprint)
        .map_err(|why| format!("{}: {why}", dir.join(SPEC).display()))?;
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("cargo sets OUT_DIR")?);
    let mut stale = Vec::new();
    for (name, source) in files {
        let out = out_dir.join(name);
        std::fs::write(&out, &source)
            .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
        let shipped = Path::new(shipped::DIR).join(name);
        if std::fs::read_to_string(dir.join(&shipped)).ok() != Some(source) {
            stale.push(shipped.display().to_string());
        }
    }
    if !stale.is_empty() {
        println!(
            "cargo::warning={} differ from what this build generates: run `{}` and commit them",
            stale.join(", "),
            shipped::COMMAND
        );
    }
    Ok(())
}

/// Checks that the shipped files were made from this spec and generator.
#[cfg(not(feature = "codegen"))]
fn build(dir: &Path, _text: &str, fingerprint: &str) -> Result<(), String> {
    for name in [shipped::TYPES, shipped::CLIENT, shipped::MOCK] {
        let path = dir.join(shipped::DIR).join(name);
        let source = std::fs::read_to_string(&path)
            .map_err(|e| format!("{}: cannot read it: {e}", path.display()))?;
        if shipped::recorded(&source) != Some(fingerprint) {
            return Err(format!(
                "{} was not generated from this altur.yaml and codegen/: run `{}` \
                 (or build with the `codegen` feature, which generates it afresh)",
                path.display(),
                shipped::COMMAND
            ));
        }
    }
    Ok(())
}

fn fail(why: &str) -> ExitCode {
    eprintln!("error: {why}");
    ExitCode::FAILURE
}
