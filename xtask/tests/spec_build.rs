//! `cargo xtask spec build --check` on a copy of openapi/.

use std::path::PathBuf;

use xtask::spec::{self, Mode};

#[test]
fn check_passes_on_the_committed_spec_and_fails_with_a_diff_on_a_stale_one() {
    let root = std::env::temp_dir().join(format!("altur-spec-build-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let openapi = root.join("openapi");
    let committed = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../openapi");
    for dir in ["upstream", "reconstructed"] {
        std::fs::create_dir_all(openapi.join(dir)).unwrap();
        for entry in std::fs::read_dir(committed.join(dir)).unwrap() {
            let name = entry.unwrap().file_name();
            std::fs::copy(
                committed.join(dir).join(&name),
                openapi.join(dir).join(&name),
            )
            .unwrap();
        }
    }
    for file in ["overlay.yaml", "altur.yaml"] {
        std::fs::copy(committed.join(file), openapi.join(file)).unwrap();
    }
    let readme_path = root.join(xtask::operations_table::README);
    std::fs::create_dir_all(readme_path.parent().unwrap()).unwrap();
    let readme =
        std::fs::read_to_string(committed.join("..").join(xtask::operations_table::README))
            .unwrap();
    std::fs::write(&readme_path, &readme).unwrap();
    spec::build(&root, Mode::Check).expect("the committed altur.yaml is what the build writes");

    let spec_path = openapi.join("altur.yaml");
    let text = std::fs::read_to_string(&spec_path).unwrap();
    std::fs::write(
        &spec_path,
        text.replace("operationId: send_message", "operationId: post_message"),
    )
    .unwrap();
    let error = spec::build(&root, Mode::Check).expect_err("stale");
    assert!(
        error.starts_with("openapi/altur.yaml is not what `cargo xtask spec build` writes"),
        "{error}"
    );
    assert!(
        error.contains("-      operationId: post_message\n+      operationId: send_message"),
        "{error}"
    );

    spec::build(&root, Mode::Write).unwrap();
    assert_eq!(
        std::fs::read_to_string(&spec_path).unwrap(),
        text,
        "the build restores it, byte for byte"
    );

    // The crate README's operations table is checked and written the same way.
    let row = "| [`send_message`](Client::send_message) | `POST` | `/message` | no |  | \
               published: `openapi/upstream/post_message.yaml` |";
    assert!(readme.contains(row), "{readme}");
    std::fs::write(&readme_path, readme.replace(row, "")).unwrap();
    let error = spec::build(&root, Mode::Check).expect_err("stale table");
    assert!(
        error.starts_with("the operations table of altur-api/README.md is not what"),
        "{error}"
    );
    assert!(error.contains(&format!("+{row}")), "{error}");
    spec::build(&root, Mode::Write).unwrap();
    assert_eq!(std::fs::read_to_string(&readme_path).unwrap(), readme);

    // A README without the markers is an error that says what is missing.
    std::fs::write(&readme_path, "# altur-api\n").unwrap();
    let error = spec::build(&root, Mode::Write).expect_err("no markers");
    assert!(error.contains("must hold the lines"), "{error}");
    std::fs::remove_dir_all(&root).unwrap();
}
