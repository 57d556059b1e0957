//! A user's crate depending on altur-api, written from a fixture
//! (`tests/fixtures/<name>/`) into a directory of its own and built there
//! with cargo, as a user builds it. Every such crate builds into one target
//! directory (the first build is the long one; the others share its crates).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The fixture `name` written under `tmp` (the test's `CARGO_TARGET_TMPDIR`),
/// with the workspace's Cargo.lock, so that it builds what users of this
/// commit get.
pub fn write(tmp: &str, name: &str) -> PathBuf {
    let altur_api = crate::workspace_root().join("altur-api");
    write_depending_on(tmp, name, &altur_api)
}

/// The same, depending on the crate at `altur_api` (the packaged crate,
/// unpacked).
pub fn write_depending_on(tmp: &str, name: &str, altur_api: &Path) -> PathBuf {
    let root = crate::workspace_root();
    let dir = PathBuf::from(tmp).join(name.replace('_', "-"));
    std::fs::create_dir_all(&dir).unwrap();
    let altur_api = altur_api.canonicalize().unwrap();
    let fixture = root.join("tests/fixtures").join(name);
    let manifest = std::fs::read_to_string(fixture.join("Cargo.toml.in"))
        .unwrap()
        .replace("ALTUR_API", &altur_api.display().to_string());
    write_if_changed(&dir.join("Cargo.toml"), &manifest);
    let main = std::fs::read_to_string(fixture.join("main.rs")).unwrap();
    write_if_changed(&dir.join("main.rs"), &main);
    // Cargo adds the fixture's own entry.
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    dir
}

/// Rewriting an unchanged file would make cargo rebuild the fixture.
fn write_if_changed(path: &Path, text: &str) {
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        std::fs::write(path, text).unwrap();
    }
}

/// `cargo <args> --manifest-path <dir>/Cargo.toml`, into the target directory
/// every user crate shares (`<tmp>/user-crates`).
pub fn cargo(tmp: &str, dir: &Path, args: &[&str]) -> Command {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .args(args)
        .arg("--manifest-path")
        .arg(dir.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", PathBuf::from(tmp).join("user-crates"))
        // The fixture is a workspace of its own; nothing of this test's
        // build may leak into its build.
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_BUILD_TARGET_DIR");
    command
}

/// What a run printed, for a failed assertion.
pub fn text(output: &Output) -> String {
    format!(
        "status {}\nstdout: {}\nstderr: {}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}
