//! A service that only receives webhooks depends on altur-api with
//! `default-features = false, features = ["webhooks"]`: its tree has no HTTP
//! client, runtime or TLS stack, and the program verifies a delivery Python
//! signed as Altur does, and refuses it changed.
//!
//! The fixture (`tests/fixtures/webhook_user/`) is built and run as a
//! process in the target directory the user crates share
//! (`tests/src/user_crate.rs`).

use std::io::Write;
use std::process::Stdio;

use altur_api_tests::user_crate::{self, text};
use altur_api_tests::{python, workspace_root};

const SECRET: &str = "c2VjcmV0LWZvci10ZXN0cy1vbmx5LTAxMjM0NTY3ODk=";
const TMP: &str = env!("CARGO_TARGET_TMPDIR");

fn verify(dir: &std::path::Path, signature: &str, body: &[u8]) -> std::process::Output {
    let mut child = user_crate::cargo(TMP, dir, &["run", "--quiet"])
        .args(["--", SECRET, signature])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cargo runs");
    child.stdin.take().unwrap().write_all(body).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn a_webhook_only_build_has_no_http_stack_and_verifies_a_python_signed_delivery() {
    let dir = user_crate::write(TMP, "webhook_user");

    let tree = user_crate::cargo(
        TMP,
        &dir,
        &["tree", "--edges", "normal", "--prefix", "none"],
    )
    .output()
    .expect("cargo runs");
    assert!(tree.status.success(), "{}", text(&tree));
    let crates: Vec<String> = String::from_utf8_lossy(&tree.stdout)
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .map(str::to_owned)
        .collect();
    assert!(crates.iter().any(|c| c == "hmac"), "{crates:?}");
    for unwanted in [
        "reqwest",
        "hyper",
        "tokio",
        "rustls",
        "aws-lc-rs",
        "native-tls",
        "progenitor-client",
    ] {
        assert!(
            !crates.iter().any(|c| c == unwanted),
            "{unwanted} in a webhook-only build: {crates:?}"
        );
    }

    let body =
        std::fs::read(workspace_root().join("tests/fixtures/webhooks/on_call_end.json")).unwrap();
    let signed = python::sign(SECRET, std::slice::from_ref(&body));
    let signature = signed[0].current.as_deref().expect("Python signs JSON");
    let output = verify(&dir, signature, &body);
    assert!(output.status.success(), "{}", text(&output));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "on_call_end cll_gBoLtd02pUI50QwXkFjB\n"
    );

    // The older scheme, as Python computes it, verifies too.
    let output = verify(&dir, &signed[0].legacy, &body);
    assert!(output.status.success(), "{}", text(&output));

    let mut changed = body.clone();
    let at = changed.iter().position(|&b| b == b'7').unwrap();
    changed[at] = b'8';
    let output = verify(&dir, signature, &changed);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("does not match the body"),
        "{}",
        text(&output)
    );
}
