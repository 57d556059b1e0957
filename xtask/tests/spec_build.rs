//! `cargo xtask spec build --check` on a copy of openapi/.

use std::path::PathBuf;

mod common;
use common::copy_dir;
use xtask::altur_yaml::{self, Published};
use xtask::files::{self, Mode};
use xtask::spec;

/// A workspace root holding a copy of the committed openapi/ folder, the
/// crate README and the crate's generated source.
fn copy_of_the_workspace(name: &str) -> PathBuf {
    let root = std::env::temp_dir().join(format!("altur-spec-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let openapi = root.join("openapi");
    let committed = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../openapi");
    for dir in ["upstream", "reconstructed"] {
        copy_dir(&committed.join(dir), &openapi.join(dir));
    }
    for file in ["overlay.yaml", "altur.yaml"] {
        std::fs::copy(committed.join(file), openapi.join(file)).unwrap();
    }
    let readme_path = root.join(xtask::operations_table::README);
    std::fs::create_dir_all(readme_path.parent().unwrap()).unwrap();
    std::fs::copy(
        committed.join("..").join(xtask::operations_table::README),
        readme_path,
    )
    .unwrap();
    // altur-api/generated/, the source `spec build` writes beside altur.yaml.
    copy_dir(
        &committed.join("../altur-api/generated"),
        &root.join("altur-api/generated"),
    );
    root
}

#[test]
fn check_passes_on_the_committed_spec_and_fails_with_a_diff_on_a_stale_one() {
    let root = copy_of_the_workspace("build");
    let openapi = root.join("openapi");
    let readme_path = root.join(xtask::operations_table::README);
    let readme = std::fs::read_to_string(&readme_path).unwrap();
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
    let row = "| [`send_message`][Client::send_message] | `POST` | `/message` | after a 429 only \
               |  | published: `openapi/upstream/post_message.yaml` |";
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

    // So are the table's links for a build without `client`, one an
    // operation.
    let links_path = root.join(xtask::operations_table::LINKS_WITHOUT_CLIENT);
    let links = std::fs::read_to_string(&links_path).unwrap();
    let line = "[Client::send_message]: #features\n";
    assert!(links.contains(line), "{links}");
    std::fs::write(&links_path, links.replace(line, "")).unwrap();
    let error = spec::build(&root, Mode::Check).expect_err("stale links");
    assert!(
        error.starts_with("altur-api/generated/operation_links.md is not what"),
        "{error}"
    );
    spec::build(&root, Mode::Write).unwrap();
    assert_eq!(std::fs::read_to_string(&links_path).unwrap(), links);

    // A README without the markers is an error that says what is missing.
    std::fs::write(&readme_path, "# altur-api\n").unwrap();
    let error = spec::build(&root, Mode::Write).expect_err("no markers");
    assert!(error.contains("must hold the lines"), "{error}");
    std::fs::remove_dir_all(&root).unwrap();
}

/// What Altur publishes today (openapi/upstream/), by file name.
fn upstream(
    workspace: &std::path::Path,
) -> std::collections::BTreeMap<String, serde_norway::Value> {
    std::fs::read_dir(workspace.join("openapi/upstream"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, files::read_yaml(&p).unwrap())
        })
        .collect()
}

/// altur-api/generated/, the source the packaged crate compiles, is checked
/// and written with altur.yaml: a stale copy fails the check, naming the
/// command that remakes it, and the build restores it.
#[test]
fn check_fails_on_stale_generated_source_naming_the_command() {
    let root = copy_of_the_workspace("generated");
    spec::build(&root, Mode::Check)
        .expect("the committed generated source is what the build writes");
    let types = root.join("altur-api/generated/types.rs");
    let text = std::fs::read_to_string(&types).unwrap();
    std::fs::write(
        &types,
        text.replacen("    pub struct Message {", "    pub struct Mesage {", 1),
    )
    .unwrap();
    let error = spec::build(&root, Mode::Check).expect_err("stale");
    assert!(
        error.starts_with(
            "altur-api/generated is not what `cargo xtask spec build` generates from altur.yaml \
             and codegen/; run it and commit the result.\naltur-api/generated/types.rs:\n"
        ),
        "{error}"
    );
    assert!(
        error.contains("-    pub struct Mesage {\n+    pub struct Message {"),
        "{error}"
    );
    spec::build(&root, Mode::Write).unwrap();
    assert_eq!(std::fs::read_to_string(&types).unwrap(), text, "restored");
    std::fs::remove_dir_all(&root).unwrap();
}

/// A published page and a reconstruction that define one schema differently:
/// the published definition is kept, and the build says which and where.
#[test]
fn a_published_definition_overrules_a_reconstructed_one() {
    let workspace = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let upstream = upstream(&workspace);
    let reconstructions = xtask::reconstructed::read_all(&workspace, &upstream).unwrap();
    let schemas = |doc: &serde_norway::Value| -> Vec<String> {
        xtask::openapi::members(&doc["components"], "schemas")
            .into_iter()
            .map(|(name, _)| name)
            .collect()
    };
    let published_schemas: Vec<String> = upstream.values().flat_map(schemas).collect();
    // Two reconstructions of operations that share a schema Altur publishes
    // no definition of (today, Call of POST /call and GET /call/{id}).
    let (first, other, schema) = reconstructions
        .iter()
        .filter(|r| !xtask::openapi::operation_names(&r.document).is_empty())
        .flat_map(|a| reconstructions.iter().map(move |b| (a, b)))
        .filter(|(a, b)| {
            a.file != b.file && !xtask::openapi::operation_names(&b.document).is_empty()
        })
        .find_map(|(a, b)| {
            schemas(&a.document)
                .into_iter()
                .find(|s| {
                    schemas(&b.document).contains(s)
                        && !published_schemas.contains(s)
                        && a.document["components"]["schemas"][s.as_str()]
                            .get("properties")
                            .is_some()
                })
                .map(|s| (a, b, s))
        })
        .expect("two reconstructions that share a schema");
    let mut document = first.document.clone();
    // Altur's page gives the schema one more property than ours do.
    document["components"]["schemas"][schema.as_str()]["properties"]
        .as_mapping_mut()
        .unwrap()
        .insert(
            "queue_position".into(),
            serde_norway::from_str("type: integer").unwrap(),
        );
    let mut published: Vec<Published> = upstream
        .iter()
        .map(|(file, document)| Published {
            file: file.clone(),
            found_at: file.clone(),
            document: document.clone(),
        })
        .collect();
    published.push(Published {
        file: first.file.clone(),
        found_at: first.page.clone(),
        document,
    });
    let overlay = files::read_yaml(&workspace.join(files::OVERLAY)).unwrap();
    let rendered = altur_yaml::render(&workspace, &published, &overlay).unwrap();

    let merged: serde_norway::Value = serde_norway::from_str(&rendered.text).unwrap();
    assert!(
        merged["components"]["schemas"][schema.as_str()]["properties"]
            .get("queue_position")
            .is_some(),
        "the published {schema} is kept"
    );
    let operation = xtask::openapi::operation_names(&first.document).remove(0);
    let superseded: Vec<String> = rendered.superseded.iter().map(|s| s.sentence()).collect();
    assert_eq!(
        superseded,
        [format!(
            "openapi/reconstructed/{} is superseded: Altur publishes {operation}; \
             delete the reconstruction",
            first.file
        )]
    );
    let overruled: Vec<&String> = rendered
        .warnings
        .iter()
        .filter(|w| w.contains(&format!("`components.schemas.{schema}` of ")))
        .collect();
    assert_eq!(overruled.len(), 1, "{:#?}", rendered.warnings);
    for expected in [
        format!("openapi/reconstructed/{}", other.file),
        format!("{} (kept)", first.page),
        "queue_position".to_owned(),
    ] {
        assert!(
            overruled[0].contains(&expected),
            "{expected}: {}",
            overruled[0]
        );
    }
}

/// The first reconstruction of an operation (file name).
fn a_reconstruction(root: &std::path::Path) -> String {
    let mut names: Vec<String> = std::fs::read_dir(root.join("openapi/reconstructed"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".yaml") && !n.starts_with('_') && n != "webhooks.yaml")
        .collect();
    names.sort();
    names.remove(0)
}

/// A reconstruction is a whole document, as the page it stands in for: one
/// whose `info` is not the pages' is refused, and named.
#[test]
fn a_reconstruction_without_the_pages_info_is_refused() {
    let root = copy_of_the_workspace("info");
    let file = a_reconstruction(&root);
    let path = root.join("openapi/reconstructed").join(&file);
    let text = std::fs::read_to_string(&path).unwrap();
    let title = "info:\n  title: Altur API\n";
    assert!(text.contains(title), "{text}");
    std::fs::write(&path, text.replace(title, "info:\n  title: Altur\n")).unwrap();
    let refused = format!(
        "openapi/reconstructed/{file}: `info` is not _shared.yaml's: \
         every document repeats the published page's"
    );
    assert_eq!(spec::build(&root, Mode::Check).unwrap_err(), refused);

    let info = text
        .split_once("\ninfo:\n")
        .and_then(|(_, rest)| rest.split_once("\nservers:\n"))
        .map(|(info, _)| format!("\ninfo:\n{info}"))
        .unwrap();
    std::fs::write(&path, text.replace(&info, "")).unwrap();
    assert_eq!(spec::build(&root, Mode::Check).unwrap_err(), refused);
    std::fs::remove_dir_all(&root).unwrap();
}
