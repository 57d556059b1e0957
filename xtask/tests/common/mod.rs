//! What the xtask's integration tests share: scratch folders, a copy of the
//! project, and the docs site made from what openapi/ holds (a page for
//! each file of openapi/upstream/, at the page openapi/upstream/pages.md
//! names, and for each reconstruction it leaves, at the page its header
//! names), so that no test keeps a fact twice or assumes what Altur
//! publishes today.

#![allow(dead_code)] // Each test file uses its own part.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const STATIC_PAGES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/site");
pub const SITE: &str = "https://docs.altur.io/";

pub fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A scratch directory, removed when dropped.
pub struct Scratch(pub PathBuf);

impl Scratch {
    pub fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("altur-refresh-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A workspace root holding a copy of the committed openapi/ folder, and
/// the files a refresh writes beside it: the crate README (its operations
/// table), the crate's generated source, the changelog, the manifests (the
/// version) and Cargo.lock.
pub fn project(name: &str) -> Scratch {
    let root = Scratch::new(&format!("{name}-root"));
    copy_dir(&workspace().join("openapi"), &root.0.join("openapi"));
    std::fs::create_dir_all(root.0.join("altur-api")).unwrap();
    for file in [
        xtask::operations_table::README,
        xtask::release::CHANGELOG,
        xtask::release::CRATE_MANIFEST,
        xtask::release::WORKSPACE_MANIFEST,
        xtask::release::LOCKFILE,
    ] {
        std::fs::copy(workspace().join(file), root.0.join(file)).unwrap();
    }
    copy_dir(
        &workspace().join("altur-api/generated"),
        &root.0.join("altur-api/generated"),
    );
    root
}

/// One page of the site: its URL, title and OpenAPI block.
pub struct Page {
    pub url: String,
    pub title: String,
    /// The file name the block is stored under in openapi/upstream/.
    pub file: String,
    pub block: String,
}

/// The file name, page URL and title of each file of openapi/upstream/, as
/// its pages.md lists them.
pub fn published_pages(root: &Path) -> Vec<(String, String, String)> {
    let manifest = std::fs::read_to_string(root.join("openapi/upstream/pages.md")).unwrap();
    let listed: Vec<(String, String, String)> = manifest
        .lines()
        .filter_map(|line| {
            let rest = line.strip_prefix("- [")?;
            let (title, rest) = rest.split_once("](")?;
            let (url, file) = rest.split_once("): ")?;
            Some((file.to_owned(), url.to_owned(), title.to_owned()))
        })
        .collect();
    for name in upstream_names(root) {
        assert!(
            listed.iter().any(|(file, _, _)| *file == name),
            "openapi/upstream/pages.md names no page for {name}"
        );
    }
    listed
}

/// The pages Altur would publish were every operation openapi/ describes
/// published: Altur's own blocks, and each reconstruction they leave, as
/// its page (`edit` changes a document, given its file name: a block it
/// leaves alone stays byte for byte).
pub fn pages(edit: &dyn Fn(&str, &mut serde_norway::Value)) -> Vec<Page> {
    let mut pages = Vec::new();
    let mut upstream = BTreeMap::new();
    for (file, url, title) in published_pages(&workspace()) {
        let text =
            std::fs::read_to_string(workspace().join("openapi/upstream").join(&file)).unwrap();
        let document: serde_norway::Value = serde_norway::from_str(&text).unwrap();
        upstream.insert(file.clone(), document.clone());
        let mut edited = document.clone();
        edit(&file, &mut edited);
        let block = if edited == document {
            text
        } else {
            serde_norway::to_string(&edited).unwrap()
        };
        pages.push(Page {
            url,
            title,
            file,
            block,
        });
    }
    let published: Vec<String> = upstream
        .values()
        .flat_map(xtask::openapi::operation_names)
        .collect();
    // The webhook payloads have no operation, and Altur's webhook pages no
    // OpenAPI block: they make no page here.
    for mut page in xtask::reconstructed::read_all(&workspace(), &upstream).unwrap() {
        let operations = xtask::openapi::operation_names(&page.document);
        if operations.is_empty() || operations.iter().any(|op| published.contains(op)) {
            continue;
        }
        edit(&page.file, &mut page.document);
        pages.push(Page {
            url: page.page,
            title: page.title,
            file: page.file,
            block: serde_norway::to_string(&page.document).unwrap(),
        });
    }
    pages.sort_by(|a, b| a.file.cmp(&b.file));
    pages
}

/// The docs site as it would be with a page for every operation, each
/// document changed by `edit_document`, in the `en`, `es` and unprefixed
/// locales, Mintlify's way.
pub fn full_site(name: &str, edit_document: impl Fn(&str, &mut serde_norway::Value)) -> Scratch {
    write_site(name, &pages(&edit_document))
}

/// A site of these pages, in the `en`, `es` and unprefixed locales.
pub fn write_site(name: &str, pages: &[Page]) -> Scratch {
    let site = Scratch::new(&format!("{name}-site"));
    copy_dir(Path::new(STATIC_PAGES), &site.0);
    let mut index = String::from(
        "# Altur\n\n> Altur: AI agents that talk to your customers on WhatsApp, phone and API.\n\n\
         ## Docs\n\n- [Introduction](https://docs.altur.io/en/introduction.md)\n",
    );
    let mut spanish = String::from("\n## Documentación\n\n");
    let mut legacy = String::from("\n## Legacy\n\n");
    for (n, page) in pages.iter().enumerate() {
        let block = serde_norway::from_str(&page.block).unwrap();
        let (method, path, description) = only_operation(&block);
        let relative = page.url.trim_start_matches(SITE);
        let markdown = format!(
            "> ## Documentation Index\n> Fetch the complete documentation index at: \
             https://docs.altur.io/llms.txt\n> Use this file to discover all available pages \
             before exploring further.\n\n# {}\n\n> {description}\n\n## OpenAPI\n\n\
             ````yaml {method} {path}\n{}````\n",
            page.title, page.block
        );
        let older = relative.trim_start_matches("en/");
        for copy in [relative.to_owned(), format!("es/{older}"), older.to_owned()] {
            let file = site.0.join(format!("{copy}.md"));
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(&file, &markdown).unwrap();
        }
        // Links with and without `.md`, with and without a description, as
        // llms.txt files have them.
        let link = if n % 2 == 0 {
            page.url.clone()
        } else {
            format!("{}.md", page.url)
        };
        index.push_str(&format!("- [{}]({link})", page.title));
        if n % 3 == 0 {
            index.push_str(&format!(": {description}"));
        }
        index.push('\n');
        spanish.push_str(&format!("- [{}]({SITE}es/{older}.md)\n", page.title));
        legacy.push_str(&format!("- [{}]({SITE}{older}.md)\n", page.title));
    }
    index.push_str(&spanish);
    index.push_str(&legacy);
    std::fs::write(site.0.join("llms.txt"), &index).unwrap();
    std::fs::create_dir_all(site.0.join(".well-known")).unwrap();
    std::fs::write(site.0.join(".well-known/llms.txt"), &index).unwrap();
    site
}

/// `POST`, `/path` and the description of a document's one operation.
pub fn only_operation(document: &serde_norway::Value) -> (String, String, String) {
    let paths = document["paths"].as_mapping().unwrap();
    let (path, item) = paths.iter().next().unwrap();
    let (method, operation) = item.as_mapping().unwrap().iter().next().unwrap();
    let description = operation["description"].as_str().unwrap_or_default();
    (
        method.as_str().unwrap().to_uppercase(),
        path.as_str().unwrap().to_owned(),
        description.split_whitespace().collect::<Vec<_>>().join(" "),
    )
}

pub fn upstream_names(root: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root.join("openapi/upstream"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".yaml"))
        .collect();
    names.sort();
    names
}

/// Adds a page to a site `full_site` made, and lists it in its index.
pub fn add_page(site: &Path, url: &str, title: &str, block: &str) {
    let document: serde_norway::Value = serde_norway::from_str(block).unwrap();
    let (method, path, description) = only_operation(&document);
    let file = site.join(format!("{}.md", url.trim_start_matches(SITE)));
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(
        &file,
        format!(
            "# {title}\n\n> {description}\n\n## OpenAPI\n\n````yaml {method} {path}\n{block}````\n"
        ),
    )
    .unwrap();
    for index in ["llms.txt", ".well-known/llms.txt"] {
        let index = site.join(index);
        let text = std::fs::read_to_string(&index).unwrap();
        let text = text.replacen(
            "\n## Documentación",
            &format!("- [{title}]({url}.md)\n\n## Documentación"),
            1,
        );
        std::fs::write(&index, text).unwrap();
    }
}

/// A next version of Altur's docs site, as a change day brings one:
///
/// - a new operation, `GET /agents`, published without an operationId (as
///   every page is), whose `Agent` has more properties than the `Agent`
///   of the Send Message page: a schema defined two ways, one adding;
/// - a request field turned required: `content` of Send Message's body;
/// - a whole document for an operation we reconstructed, GET /call/{id}:
///   two new fields on `Call`, `type` now required (`id` and `status`
///   already are, by the overlay), and without the
///   enum meanings and one description ours has.
pub fn next_version_site(name: &str) -> Scratch {
    let published = upstream_names(&workspace());
    let pages = pages(&|file, document| {
        if file == "post_message.yaml" {
            let body = &mut document["paths"]["/message"]["post"]["requestBody"]["content"]["application/json"]
                ["schema"];
            body.as_mapping_mut().unwrap().insert(
                "required".into(),
                serde_norway::from_str("[content]").unwrap(),
            );
        }
        if file == "get_call_{id}.yaml" {
            strip_extensions(document);
            let call = &mut document["components"]["schemas"]["Call"];
            let properties = call["properties"].as_mapping_mut().unwrap();
            properties["id"]
                .as_mapping_mut()
                .unwrap()
                .remove("description");
            properties.insert(
                "cost".into(),
                serde_norway::from_str("type: number\ndescription: What the Call cost, in USD")
                    .unwrap(),
            );
            properties.insert(
                "direction".into(),
                serde_norway::from_str(
                    "type: string\ndescription: Who placed the Call\nenum: [inbound, outbound]",
                )
                .unwrap(),
            );
            let call = call.as_mapping_mut().unwrap();
            let required = call
                .entry("required".into())
                .or_insert_with(|| serde_norway::Value::Sequence(Vec::new()));
            required.as_sequence_mut().unwrap().push("type".into());
        }
    });
    // What Altur publishes today, and the one page it adds.
    let pages: Vec<Page> = pages
        .into_iter()
        .filter(|p| published.contains(&p.file) || p.file == "get_call_{id}.yaml")
        .collect();
    let site = write_site(name, &pages);
    let send: serde_norway::Value = serde_norway::from_str(
        &std::fs::read_to_string(workspace().join("openapi/upstream/post_message.yaml")).unwrap(),
    )
    .unwrap();
    let agent = &send["components"]["schemas"]["Agent"];
    let mut agent = agent.clone();
    let properties = agent["properties"].as_mapping_mut().unwrap();
    properties.insert(
        "voice".into(),
        serde_norway::from_str(
            "type: string\ndescription: The voice the Agent speaks with on calls",
        )
        .unwrap(),
    );
    properties.insert(
        "language".into(),
        serde_norway::from_str("type: string\ndescription: The Agent's language, as a BCP 47 tag")
            .unwrap(),
    );
    let mut document = serde_norway::Mapping::new();
    for key in ["openapi", "info", "servers", "security"] {
        document.insert(key.into(), send[key].clone());
    }
    let paths: serde_norway::Value = serde_norway::from_str(
        "/agents:\n  get:\n    description: Returns the organization's Agents\n    responses:\n      '200':\n        description: The Agents\n        content:\n          application/json:\n            schema:\n              type: array\n              items:\n                $ref: '#/components/schemas/Agent'\n",
    )
    .unwrap();
    document.insert("paths".into(), paths);
    let mut schemas = serde_norway::Mapping::new();
    schemas.insert("Agent".into(), agent);
    let mut components = serde_norway::Mapping::new();
    components.insert("schemas".into(), serde_norway::Value::Mapping(schemas));
    components.insert(
        "securitySchemes".into(),
        send["components"]["securitySchemes"].clone(),
    );
    document.insert(
        "components".into(),
        serde_norway::Value::Mapping(components),
    );
    let block = serde_norway::to_string(&serde_norway::Value::Mapping(document)).unwrap();
    add_page(
        &site.0,
        "https://docs.altur.io/en/api-reference/agents/list",
        "List Agents",
        &block,
    );
    site
}

/// Every `x-` member, at any depth: what Altur's documents never have.
fn strip_extensions(value: &mut serde_norway::Value) {
    match value {
        serde_norway::Value::Mapping(map) => {
            map.retain(|k, _| !k.as_str().is_some_and(|k| k.starts_with("x-")));
            for (_, v) in map.iter_mut() {
                strip_extensions(v);
            }
        }
        serde_norway::Value::Sequence(items) => items.iter_mut().for_each(strip_extensions),
        _ => {}
    }
}
