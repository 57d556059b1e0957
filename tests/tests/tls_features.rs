//! Adding altur-api must not break the user's other HTTP clients: a crate
//! that depends on altur-api and on reqwest (no TLS feature of its own)
//! builds a plain `reqwest::Client` without a panic, on each TLS feature.
//!
//! The fixture (`tests/fixtures/tls_user/`) is built and run as a process,
//! as a user's program is, in the target directory of the user crates
//! (`tests/src/user_crate.rs`; the first run builds altur-api three times, a
//! minute or two; later runs take seconds).

use std::path::Path;
use std::process::Output;

use altur_api_tests::user_crate::{self, text};

fn run(dir: &Path, feature: &str, args: &[&str]) -> Output {
    user_crate::cargo(env!("CARGO_TARGET_TMPDIR"), dir, &["run", "--quiet"])
        .args(["--features", feature, "--"])
        .args(args)
        .output()
        .expect("cargo runs")
}

#[test]
fn a_users_own_reqwest_client_builds_beside_altur_api_on_each_tls_feature() {
    let dir = user_crate::write(env!("CARGO_TARGET_TMPDIR"), "tls_user");
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
