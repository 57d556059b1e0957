//! The generated source the packaged crate carries, in `generated/`, so that
//! a user's build compiles it as it is and never compiles the generator
//! (progenitor, typify, openapiv3, syn): which files there are, the header
//! each begins with, and the fingerprint of what they were made from.
//!
//! `cargo xtask spec build` writes them (and `--check`, in CI, fails when
//! they differ from what the generator makes now); in this workspace the
//! `codegen` feature makes `build.rs` generate afresh into `OUT_DIR`
//! instead. A build without it (a user's) compiles `generated/` and first
//! checks the fingerprint: shipped source made from another `altur.yaml` or
//! another `codegen/` fails the build, naming the command that remakes it.
//!
//! Needs nothing but std: the build script reads it without the generator.

use std::path::Path;

/// Where the files are, in the crate's folder.
pub const DIR: &str = "generated";
/// The command that writes them.
pub const COMMAND: &str = "cargo xtask spec build";

/// The `types` module: every build compiles it.
pub const TYPES: &str = "types.rs";
/// The client (feature `client`): `Client`, its operations and builders.
pub const CLIENT: &str = "client.rs";
/// The typed httpmock mocks (feature `mock`).
pub const MOCK: &str = "mock.rs";

const FINGERPRINT_LINE: &str = "// fingerprint: ";

/// The comment every shipped file begins with, its last line the
/// fingerprint of what it was made from.
#[allow(dead_code)] // Unused by the build script without the generator.
pub fn header(fingerprint: &str) -> String {
    format!(
        "// Generated from altur.yaml by altur-api's codegen/: never edit it by hand.\n\
         // `{COMMAND}` writes it. The packaged crate compiles it as it\n\
         // is; the workspace's build (feature `codegen`) generates it afresh.\n\
        {FINGERPRINT_LINE}{fingerprint}\n"
    )
}

/// The fingerprint a shipped file's header records, if it has one.
#[allow(dead_code)] // Only the build script without the generator reads it.
pub fn recorded(source: &str) -> Option<&str> {
    source
        .lines()
        .take_while(|line| line.starts_with("//"))
        .find_map(|line| line.strip_prefix(FINGERPRINT_LINE))
}

/// A fingerprint of what the generated source is made from: the spec's text
/// and every file of `codegen/` (name and text). FNV-1a, 64 bits: it tells
/// a stale copy from a current one, nothing more. Line endings are left out,
/// so that a checkout that writes CRLF reads the same.
pub fn fingerprint(spec_text: &str, codegen_dir: &Path) -> Result<String, String> {
    let mut files: Vec<_> = std::fs::read_dir(codegen_dir)
        .map_err(|e| format!("{}: {e}", codegen_dir.display()))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .collect();
    // Directory order differs between machines; the fingerprint must not.
    files.sort();
    let mut hash = Fnv::default();
    hash.text(spec_text);
    for path in files {
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        hash.text(&name);
        hash.text(&text);
    }
    Ok(format!("{:016x}", hash.0))
}

struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn text(&mut self, text: &str) {
        for byte in text.bytes().filter(|&b| b != b'\r') {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
        // A separator, so that moving text from one input to the next
        // changes the fingerprint.
        self.0 = (self.0 ^ 0xff).wrapping_mul(0x0100_0000_01b3);
    }
}
