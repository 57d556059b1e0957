//! The crate as `cargo package` makes it, which is what a user downloads. It
//! carries its generated source (`generated/`), so a user's program on it
//! (default features) has no generator in its tree, and builds and runs.
//! With the `codegen` feature, which the workspace turns on, its build
//! script generates afresh from the spec: it makes the very source the
//! package carries, and a changed spec changes the code compiled. Without
//! the feature, shipped source the spec has moved away from fails the
//! build, naming the command that remakes it.
//!
//! Built in the target directory the user crates share
//! (`tests/src/user_crate.rs`).

use std::path::{Path, PathBuf};
use std::process::Command;

use altur_api_tests::user_crate::{self, text};
use altur_api_tests::workspace_root;

/// The packaging `cargo xtask bench build` does too.
#[path = "../../xtask/src/package.rs"]
mod package;

const TMP: &str = env!("CARGO_TARGET_TMPDIR");

/// The generator's crates, which a user's build must not compile.
const GENERATOR: [&str; 7] = [
    "progenitor",
    "progenitor-impl",
    "typify",
    "typify-impl",
    "openapiv3",
    "serde_norway",
    "prettyplease",
];

/// `cargo package -p altur-api` of the working tree, unpacked into a
/// directory of its own (made a workspace of its own: it lies inside this
/// one's target directory).
fn packaged_crate(name: &str) -> PathBuf {
    // One target directory per package: the tests run at once.
    let target = PathBuf::from(TMP).join(format!("{name}-target"));
    let dir = PathBuf::from(TMP).join(name);
    package::unpack_crate(&workspace_root(), &target, &dir).unwrap_or_else(|e| panic!("{e}"));
    let manifest = dir.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&manifest, format!("{text}\n[workspace]\n")).unwrap();
    dir
}

fn crates_in_tree(dir: &Path, args: &[&str]) -> Vec<String> {
    let tree = user_crate::cargo(TMP, dir, &["tree", "--edges", "normal,build"])
        .args(["--prefix", "none"])
        .args(args)
        .output()
        .expect("cargo runs");
    assert!(tree.status.success(), "{}", text(&tree));
    String::from_utf8_lossy(&tree.stdout)
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .map(str::to_owned)
        .collect()
}

#[test]
fn a_user_of_the_packaged_crate_compiles_no_generator() {
    let package = packaged_crate("packaged-for-a-user");
    for file in ["types.rs", "client.rs", "mock.rs"] {
        assert!(
            package.join("generated").join(file).is_file(),
            "the package carries generated/{file}"
        );
    }
    let dir = user_crate::write_depending_on(TMP, "packaged_user", &package);

    let crates = crates_in_tree(&dir, &[]);
    for wanted in ["altur-api", "reqwest", "serde"] {
        assert!(crates.iter().any(|c| c == wanted), "{wanted}: {crates:?}");
    }
    for unwanted in GENERATOR {
        assert!(
            !crates.iter().any(|c| c == unwanted),
            "{unwanted} in a user's build of the packaged crate: {crates:?}"
        );
    }
    // The feature brings the generator back, for whoever asks for it.
    let with_codegen = crates_in_tree(&dir, &["--features", "altur-api/codegen"]);
    assert!(
        with_codegen.iter().any(|c| c == "progenitor"),
        "{with_codegen:?}"
    );

    let run = user_crate::cargo(TMP, &dir, &["run", "--quiet"])
        .output()
        .expect("cargo runs");
    assert!(run.status.success(), "{}", text(&run));
    assert_eq!(
        String::from_utf8_lossy(&run.stdout),
        "https://api.altur.io/api/v1.0\n"
    );
}

/// The unpacked crate's types alone (no HTTP client: the fewest crates to
/// build), with the JSON messages that say where its build script wrote.
fn build(dir: &Path, features: &str) -> std::process::Output {
    user_crate::cargo(TMP, dir, &["build", "--message-format", "json"])
        .args(["--no-default-features", "--features", features])
        .output()
        .expect("cargo runs")
}

/// The files the build script generated, from the build's messages.
fn generated(output: &std::process::Output, file: &str) -> String {
    let out_dir = String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|message| {
            message["reason"] == "build-script-executed"
                && message["package_id"]
                    .as_str()
                    .is_some_and(|id| id.contains("altur-api"))
        })
        .find_map(|message| message["out_dir"].as_str().map(PathBuf::from))
        .unwrap_or_else(|| panic!("altur-api's build script ran: {}", text(output)));
    std::fs::read_to_string(out_dir.join(file)).unwrap()
}

#[test]
fn the_workspace_build_generates_from_the_spec_and_a_spec_change_changes_the_code() {
    // The workspace's build turns the generator on.
    let features = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(workspace_root())
        .args([
            "tree",
            "--locked",
            "--edges",
            "features",
            "--invert",
            "altur-api",
        ])
        .output()
        .expect("cargo runs");
    assert!(features.status.success(), "{}", text(&features));
    assert!(
        String::from_utf8_lossy(&features.stdout).contains("altur-api feature \"codegen\""),
        "{}",
        text(&features)
    );

    let dir = packaged_crate("packaged-regenerated");
    let before = build(&dir, "codegen");
    assert!(before.status.success(), "{}", text(&before));
    for file in ["types.rs", "client.rs", "mock.rs"] {
        assert!(
            generated(&before, file)
                == std::fs::read_to_string(dir.join("generated").join(file)).unwrap(),
            "the build script makes the very {file} the package carries"
        );
    }
    let shipped = generated(&before, "types.rs");

    // Message gains a property.
    let spec_path = dir.join("altur.yaml");
    let spec = std::fs::read_to_string(&spec_path).unwrap();
    let changed = spec.replace(
        "    Message:\n      type: object\n      properties:\n",
        "    Message:\n      type: object\n      properties:\n        priority:\n          \
         description: How urgent the Message is\n          type: integer\n",
    );
    assert_ne!(changed, spec, "the edit applies to the packaged spec");
    std::fs::write(&spec_path, changed).unwrap();

    let after = build(&dir, "codegen");
    assert!(after.status.success(), "{}", text(&after));
    assert!(!shipped.contains("pub priority:"));
    assert!(
        generated(&after, "types.rs").contains("pub priority: ::std::option::Option<i64>"),
        "the changed spec is generated"
    );
    assert!(
        text(&after).contains(
            "differ from what this build generates: run `cargo xtask spec build` and commit them"
        ),
        "the build warns that the shipped source is stale: {}",
        text(&after)
    );

    // Without the generator, the shipped source is refused, not compiled
    // against a spec it was not made from.
    let stale = build(&dir, "webhooks");
    assert!(!stale.status.success(), "{}", text(&stale));
    assert!(
        text(&stale).contains(
            "was not generated from this altur.yaml and codegen/: run `cargo xtask spec build`"
        ),
        "{}",
        text(&stale)
    );
}
