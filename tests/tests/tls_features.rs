//! Adding altur-api must not break the user's other HTTP clients: a crate
//! that depends on altur-api and on reqwest (no TLS feature of its own)
//! builds a plain `reqwest::Client` without a panic, on each TLS feature.
//!
//! The fixture (`tests/fixtures/tls_user/`) is built and run as a process,
//! as a user's program is, in a target directory of its own under this
//! workspace's (the first run builds altur-api three times, a minute or two;
//! later runs take seconds).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixture() -> PathBuf {
    let root = altur_api_tests::workspace_root();
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("tls-user");
    std::fs::create_dir_all(&dir).unwrap();
    let altur_api = root.join("altur-api").canonicalize().unwrap();
    let manifest = std::fs::read_to_string(root.join("tests/fixtures/tls_user/Cargo.toml.in"))
        .unwrap()
        .replace("ALTUR_API", &altur_api.display().to_string());
    write_if_changed(&dir.join("Cargo.toml"), &manifest);
    let main = std::fs::read_to_string(root.join("tests/fixtures/tls_user/main.rs")).unwrap();
    write_if_changed(&dir.join("main.rs"), &main);
    // The workspace's versions, so that the fixture builds what users of
    // this commit get; cargo adds the fixture's own entry.
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    dir
}

/// Rewriting an unchanged file would make cargo rebuild the fixture.
fn write_if_changed(path: &Path, text: &str) {
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        std::fs::write(path, text).unwrap();
    }
}

fn run(dir: &Path, feature: &str, args: &[&str]) -> Output {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    Command::new(cargo)
        .args(["run", "--quiet", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .args(["--features", feature, "--"])
        .args(args)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        // The fixture is a workspace of its own; nothing of this test's
        // build may leak into its build.
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_BUILD_TARGET_DIR")
        .output()
        .expect("cargo runs")
}

fn text(output: &Output) -> String {
    format!(
        "status {}\nstdout: {}\nstderr: {}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[test]
fn a_users_own_reqwest_client_builds_beside_altur_api_on_each_tls_feature() {
    let dir = fixture();
    // `altur-default` is altur-api's default features, whose TLS feature is
    // `rustls-aws-lc`.
    for feature in ["altur-default", "native-tls"] {
        let output = run(&dir, feature, &[]);
        assert!(
            output.status.success() && output.stdout.starts_with(b"both clients built"),
            "{feature}: {}",
            text(&output)
        );
    }
    // `rustls-ring` leaves reqwest without a provider for the whole build;
    // the crate docs say so and give the line that installs one, and with it
    // the user's client builds.
    let output = run(&dir, "rustls-ring", &["--install-ring"]);
    assert!(
        output.status.success(),
        "rustls-ring, as documented: {}",
        text(&output)
    );
    let output = run(&dir, "rustls-ring", &[]);
    assert!(
        !output.status.success()
            && String::from_utf8_lossy(&output.stderr).contains("No rustls crypto provider"),
        "rustls-ring without the documented line: {}",
        text(&output)
    );
}
