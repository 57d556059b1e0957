//! Every OpenAPI document under openapi/ (what Altur publishes, the
//! project's reconstructions, the schemas they share, the webhook payloads,
//! and the merged altur.yaml) is one that swagger-parser, a validator nobody
//! here wrote, accepts on its own, as the docs page a reconstruction stands
//! in for would be. The overlay is an Overlay document, not OpenAPI: it is
//! told apart by its `overlay` key, so that any other file added is held to
//! the validator too.

use std::path::{Path, PathBuf};

use altur_api_tests::openapi_validator::{failures, validate};
use altur_api_tests::workspace_root;

/// Every `.yaml` file under `dir`, in its folders too, but Overlay documents.
fn openapi_documents(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(openapi_documents(&path));
        } else if path.extension().is_some_and(|ext| ext == "yaml") {
            let text = std::fs::read_to_string(&path).unwrap();
            let document: serde_norway::Value =
                serde_norway::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            if document.get("overlay").is_none() {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

#[test]
fn every_openapi_document_under_openapi_passes_swagger_parser() {
    let openapi = workspace_root().join("openapi").canonicalize().unwrap();
    let documents = openapi_documents(&openapi);
    let names: Vec<String> = documents
        .iter()
        .map(|d| d.strip_prefix(&openapi).unwrap().display().to_string())
        .collect();
    // Whatever Altur publishes and whichever reconstructions remain, each
    // is here.
    for expected in [
        "altur.yaml",
        "upstream/post_message.yaml",
        "reconstructed/_shared.yaml",
        "reconstructed/webhooks.yaml",
    ] {
        assert!(names.iter().any(|n| n == expected), "{expected}: {names:?}");
    }
    for dir in ["upstream", "reconstructed"] {
        for entry in std::fs::read_dir(openapi.join(dir)).unwrap() {
            let name = format!("{dir}/{}", entry.unwrap().file_name().to_string_lossy());
            assert!(
                !name.ends_with(".yaml") || names.contains(&name),
                "{name}: {names:?}"
            );
        }
    }
    assert!(!names.iter().any(|n| n == "overlay.yaml"), "{names:?}");

    let failures = failures(&documents);
    assert!(
        failures.is_empty(),
        "{} of the {} OpenAPI documents under openapi/ fail swagger-parser:\n\n{}",
        failures.len(),
        documents.len(),
        failures.join("\n\n")
    );
}

/// A copy of openapi/, removed when dropped: a changed document in it refers
/// to the other files as the committed one does.
struct Copy(PathBuf);

impl Copy {
    fn new() -> Copy {
        let copy = std::env::temp_dir().join(format!("altur-openapi-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&copy);
        for dir in ["upstream", "reconstructed"] {
            let from = workspace_root().join("openapi").join(dir);
            std::fs::create_dir_all(copy.join(dir)).unwrap();
            for entry in std::fs::read_dir(&from).unwrap() {
                let name = entry.unwrap().file_name();
                std::fs::copy(from.join(&name), copy.join(dir).join(&name)).unwrap();
            }
        }
        Copy(copy)
    }
}

impl Drop for Copy {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn a_document_without_info_or_with_a_ref_to_nothing_fails_naming_the_file() {
    let copy = Copy::new();
    // A reconstruction that refers to a schema of _shared.yaml (whichever
    // Altur has not superseded yet).
    let mut candidates: Vec<_> = std::fs::read_dir(copy.0.join("reconstructed"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            !name.starts_with('_')
                && std::fs::read_to_string(p)
                    .unwrap()
                    .contains("_shared.yaml#/components/schemas/")
        })
        .collect();
    candidates.sort();
    let path = candidates.remove(0);
    let text = std::fs::read_to_string(&path).unwrap();
    validate(&path).expect("the committed document is valid where it is copied to");

    let mut document: serde_norway::Value = serde_norway::from_str(&text).unwrap();
    document.as_mapping_mut().unwrap().remove("info");
    std::fs::write(&path, serde_norway::to_string(&document).unwrap()).unwrap();
    let why = validate(&path).expect_err("a document without `info` is not OpenAPI");
    assert!(why.starts_with(&path.display().to_string()), "{why}");
    assert!(why.contains("must have required property 'info'"), "{why}");

    let reference = "_shared.yaml#/components/schemas/";
    std::fs::write(
        &path,
        text.replacen(
            reference,
            "_shared.yaml#/components/schemas/NoSuchSchema",
            1,
        ),
    )
    .unwrap();
    let why = validate(&path).expect_err("a $ref to no schema does not resolve");
    assert!(why.starts_with(&path.display().to_string()), "{why}");
    assert!(why.contains("NoSuchSchema"), "{why}");
}
