//! `cargo xtask spec refresh` against a copy of the docs site served on
//! loopback. The site is made here: the seed page and its es and unprefixed
//! copies (tests/fixtures/site), and a page for each of the project's
//! reconstructed documents (openapi/reconstructed/), as Altur would publish
//! it the day it does, with llms.txt listing them all.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use altur_api_tests::server::{Reply, TestServer};
use xtask::files::Mode;
use xtask::refresh::{self, Options};

const STATIC_PAGES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/site");

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A scratch directory, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
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

fn copy_dir(from: &Path, to: &Path) {
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
/// the crate README whose operations table the spec writes.
fn project(name: &str) -> Scratch {
    let root = Scratch::new(&format!("{name}-root"));
    copy_dir(&workspace().join("openapi"), &root.0.join("openapi"));
    std::fs::create_dir_all(root.0.join("altur-api")).unwrap();
    std::fs::copy(
        workspace().join(xtask::operations_table::README),
        root.0.join(xtask::operations_table::README),
    )
    .unwrap();
    // The crate's generated source, which a refresh rewrites too.
    copy_dir(
        &workspace().join("altur-api/generated"),
        &root.0.join("altur-api/generated"),
    );
    root
}

/// Every file under openapi/, to prove a failed refresh touched nothing.
fn files(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else {
                out.insert(path.clone(), std::fs::read(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(&root.join("openapi"), &mut out);
    out
}

/// The docs site as it would be with a page for every operation: the
/// static pages, and each reconstructed document (changed by `edit_document`,
/// given its file name) wrapped in a page the way Mintlify writes one.
fn full_site(name: &str, edit_document: impl Fn(&str, &mut serde_norway::Value)) -> Scratch {
    let site = Scratch::new(&format!("{name}-site"));
    copy_dir(Path::new(STATIC_PAGES), &site.0);
    let upstream =
        std::fs::read_to_string(workspace().join("openapi/upstream/post_message.yaml")).unwrap();
    let upstream = BTreeMap::from([(
        "post_message.yaml".to_owned(),
        serde_norway::from_str(&upstream).unwrap(),
    )]);
    let mut index = String::from(
        "# Altur\n\n> Altur: AI agents that talk to your customers on WhatsApp, phone and API.\n\n\
         ## Docs\n\n- [Introduction](https://docs.altur.io/en/introduction.md)\n\
         - [Send Message](https://docs.altur.io/en/api-reference/messages/send)\n",
    );
    let reconstructions = xtask::reconstructed::read_all(&workspace(), &upstream).unwrap();
    // The webhook payloads have no operation, and Altur's webhook pages no
    // OpenAPI block: they make no page here.
    let pages = reconstructions
        .into_iter()
        .filter(|page| !xtask::openapi::operations(&page.document).is_empty());
    for (n, mut page) in pages.enumerate() {
        edit_document(&page.file, &mut page.document);
        let (method, path, description) = only_operation(&page.document);
        let relative = page.page.trim_start_matches("https://docs.altur.io/");
        let file = site.0.join(format!("{relative}.md"));
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        let block = serde_norway::to_string(&page.document).unwrap();
        std::fs::write(
            &file,
            format!(
                "> ## Documentation Index\n> Fetch the complete documentation index at: \
                 https://docs.altur.io/llms.txt\n> Use this file to discover all available pages \
                 before exploring further.\n\n# {}\n\n> {description}\n\n## OpenAPI\n\n\
                 ````yaml {method} {path}\n{block}````\n",
                page.title
            ),
        )
        .unwrap();
        // Links with and without `.md`, with and without a description, as
        // llms.txt files have them.
        let link = if n % 2 == 0 {
            page.page.clone()
        } else {
            format!("{}.md", page.page)
        };
        index.push_str(&format!("- [{}]({link})", page.title));
        if n % 3 == 0 {
            index.push_str(&format!(": {description}"));
        }
        index.push('\n');
    }
    index.push_str(
        "\n## Documentación\n\n- [Enviar Mensaje](https://docs.altur.io/es/api-reference/messages/send.md)\n\
         \n## Legacy\n\n- [Send Message](https://docs.altur.io/api-reference/messages/send.md)\n",
    );
    std::fs::write(site.0.join("llms.txt"), &index).unwrap();
    std::fs::create_dir_all(site.0.join(".well-known")).unwrap();
    std::fs::write(site.0.join(".well-known/llms.txt"), &index).unwrap();
    site
}

/// `POST`, `/path` and the description of a document's one operation.
fn only_operation(document: &serde_norway::Value) -> (String, String, String) {
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

/// The full site, then changed by `edit`.
fn site(name: &str, edit: impl FnOnce(&Path)) -> Scratch {
    let site = full_site(name, |_, _| {});
    edit(&site.0);
    site
}

/// A workspace root whose openapi/ knows only what Altur publishes today,
/// and no reconstructed operation: altur.yaml is the seed page's spec, with
/// the webhook payloads (which no docs page publishes).
fn published_only(name: &str) -> Scratch {
    let root = project(name);
    for file in std::fs::read_dir(root.0.join("openapi/reconstructed")).unwrap() {
        let file = file.unwrap().path();
        let name = file.file_name().unwrap().to_string_lossy();
        if !name.starts_with('_') && name != "webhooks.yaml" {
            std::fs::remove_file(&file).unwrap();
        }
    }
    xtask::spec::build(&root.0, Mode::Write).unwrap();
    root
}

fn replace_in(file: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(file).unwrap();
    assert!(text.contains(from), "{} has no {from:?}", file.display());
    std::fs::write(file, text.replacen(from, to, 1)).unwrap();
}

/// Serves a site folder like the docs site: Markdown, 404 for what is not there.
async fn serve(site: &Path) -> TestServer {
    let site = site.to_owned();
    TestServer::start(move |request| {
        let path = site.join(request.path.trim_start_matches('/'));
        match std::fs::read(&path) {
            Ok(body) if body.starts_with(b"<!DOCTYPE") || body.starts_with(b"<html") => {
                Reply::Http {
                    status: 200,
                    content_type: "text/html",
                    body,
                }
            }
            Ok(body) => Reply::Http {
                status: 200,
                content_type: "text/markdown; charset=utf-8",
                body,
            },
            Err(_) => Reply::Http {
                status: 404,
                content_type: "text/html",
                body: b"<html>Not Found</html>".to_vec(),
            },
        }
    })
    .await
}

fn quick() -> Options {
    Options {
        timeout: Duration::from_secs(2),
        backoff: Duration::from_millis(20),
        ..Options::default()
    }
}

/// Refreshes from the index a test server serves.
async fn refresh_served(
    root: &Path,
    server: &TestServer,
    mode: Mode,
) -> Result<refresh::Refreshed, String> {
    refresh(root, &format!("{}/llms.txt", server.url), quick(), mode).await
}

/// Runs the refresh on a blocking thread (it has its own runtime).
async fn refresh(
    root: &Path,
    source: &str,
    options: Options,
    mode: Mode,
) -> Result<refresh::Refreshed, String> {
    let (root, source) = (root.to_owned(), source.to_owned());
    tokio::task::spawn_blocking(move || refresh::run(&root, &source, &options, mode))
        .await
        .unwrap()
}

/// The file names of every reconstructed document, and the seed's: what a
/// refresh of the full site writes into openapi/upstream/.
fn every_operation() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(workspace().join("openapi/reconstructed"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| !name.starts_with('_') && name != "webhooks.yaml")
        .chain(["post_message.yaml".to_owned()])
        .collect();
    names.sort();
    names
}

fn committed_spec() -> String {
    std::fs::read_to_string(workspace().join("openapi/altur.yaml")).unwrap()
}

/// A spec without its `x-altur-source` lines: what the client is made of.
fn without_sources(spec: &str) -> String {
    spec.lines()
        .filter(|line| !line.trim_start().starts_with("x-altur-source:"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn upstream_names(root: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root.join("openapi/upstream"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[tokio::test]
async fn refreshing_from_the_site_over_http_builds_the_full_spec() {
    let root = published_only("http");
    let site = full_site("http", |_, _| {});
    let server = serve(&site.0).await;
    let refreshed = refresh_served(&root.0, &server, Mode::Write).await.unwrap();
    assert!(refreshed.changed);
    assert_eq!(
        refreshed.warnings,
        Vec::<String>::new(),
        "every correction is used"
    );
    assert_eq!(upstream_names(&root.0), every_operation());

    // Each upstream file is the page's block, byte for byte.
    let seed = std::fs::read_to_string(root.0.join("openapi/upstream/post_message.yaml")).unwrap();
    assert_eq!(
        seed,
        std::fs::read_to_string(workspace().join("openapi/upstream/post_message.yaml")).unwrap()
    );

    // A reconstruction made a page is a whole OpenAPI document, as Altur's
    // pages are: swagger-parser accepts every block the refresh stored.
    let stored: Vec<PathBuf> = upstream_names(&root.0)
        .iter()
        .map(|name| root.0.join("openapi/upstream").join(name))
        .collect();
    let invalid = altur_api_tests::openapi_validator::failures(&stored);
    assert!(invalid.is_empty(), "{}", invalid.join("\n\n"));

    // One locale only: no es/ page and no unprefixed page was fetched.
    let fetched: Vec<String> = server.requests().into_iter().map(|r| r.path).collect();
    assert!(
        fetched
            .iter()
            .all(|p| p == "/llms.txt" || p.starts_with("/en/api-reference/")),
        "{fetched:?}"
    );
    assert_eq!(
        fetched.len(),
        19,
        "the index and the eighteen API pages, each once: {fetched:?}"
    );

    // Published as pages, the reconstructions make the committed spec, but
    // for where each operation says it comes from: what users build from
    // today is what they will build from then.
    let spec = std::fs::read_to_string(root.0.join("openapi/altur.yaml")).unwrap();
    assert!(
        without_sources(&spec) == without_sources(&committed_spec()),
        "the refreshed spec differs from openapi/altur.yaml"
    );
    insta::assert_snapshot!("refresh_report_from_seed_to_full_site", refreshed.report);

    // Refreshing again changes nothing; --check agrees.
    let again = refresh_served(&root.0, &server, Mode::Check).await.unwrap();
    assert!(!again.changed, "{}", again.report);
}

#[tokio::test]
async fn a_published_page_supersedes_its_reconstruction_and_says_so() {
    // The project as it is, reconstructions and all.
    let root = project("supersede");
    let site = full_site("supersede", |_, _| {});
    let refreshed = refresh(&root.0, site.0.to_str().unwrap(), quick(), Mode::Write)
        .await
        .unwrap();
    // Every reconstruction is named, and the spec is unchanged.
    assert_eq!(refreshed.superseded.len(), every_operation().len() - 1);
    assert!(
        refreshed.superseded.contains(
            &"openapi/reconstructed/get_thread_{id}.yaml is superseded: Altur publishes \
              GET /thread/{id}; delete the reconstruction"
                .to_owned()
        ),
        "{:#?}",
        refreshed.superseded
    );
    // The spec is the same but for where each operation comes from...
    let spec = std::fs::read_to_string(root.0.join("openapi/altur.yaml")).unwrap();
    assert_eq!(without_sources(&spec), without_sources(&committed_spec()));
    assert_eq!(
        spec.matches("x-altur-source: openapi/upstream/").count(),
        every_operation().len(),
        "{spec}"
    );
    // ...and the crate README's table says so.
    let readme = std::fs::read_to_string(root.0.join(xtask::operations_table::README)).unwrap();
    assert!(
        readme.contains(
            "| [`retrieve_thread`](Client::retrieve_thread) | `GET` | `/thread/{id}` | yes |  | \
             published: `openapi/upstream/get_thread_{id}.yaml` |"
        ),
        "{readme}"
    );
    assert!(!readme.contains("reconstructed: `"), "{readme}");
    // The refresh wrote upstream/ only: the reconstructions are as they were.
    let ours = |root: &Path| {
        files(root)
            .into_iter()
            .filter(|(path, _)| path.to_string_lossy().contains("/reconstructed/"))
            .map(|(path, bytes)| (path.strip_prefix(root).unwrap().to_owned(), bytes))
            .collect::<BTreeMap<_, _>>()
    };
    assert_eq!(ours(&root.0), ours(&workspace()));

    // Published pages that differ from the reconstructions win: both pages
    // that publish Call give it a new property, and the spec has it.
    let changed = full_site("supersede-changed", |_, document| {
        if let Some(call) = document["components"]["schemas"]
            .get_mut("Call")
            .and_then(|c| c["properties"].as_mapping_mut())
        {
            call.insert(
                "queue_position".into(),
                serde_norway::from_str("type: integer").unwrap(),
            );
        }
    });
    let refreshed = refresh(&root.0, changed.0.to_str().unwrap(), quick(), Mode::Write)
        .await
        .unwrap();
    assert!(
        refreshed.report.contains("queue_position"),
        "{}",
        refreshed.report
    );
    // ...and `spec build` reads it the same way.
    xtask::spec::build(&root.0, Mode::Check).unwrap();
}

#[tokio::test]
async fn a_saved_copy_of_the_site_gives_the_same_spec() {
    let from_folder = published_only("folder");
    let site = full_site("folder", |_, _| {});
    refresh(
        &from_folder.0,
        site.0.to_str().unwrap(),
        quick(),
        Mode::Write,
    )
    .await
    .unwrap();
    let spec = std::fs::read_to_string(from_folder.0.join("openapi/altur.yaml")).unwrap();
    assert!(without_sources(&spec) == without_sources(&committed_spec()));
    assert_eq!(upstream_names(&from_folder.0), every_operation());
}

#[tokio::test]
async fn one_page_or_one_yaml_file_is_a_source_too() {
    let root = project("page");
    let page = format!("{STATIC_PAGES}/en/api-reference/messages/send.md");
    let refreshed = refresh(&root.0, &page, quick(), Mode::Check).await.unwrap();
    assert!(
        !refreshed.changed,
        "the committed upstream is the seed page's: {}",
        refreshed.report
    );
    // The reconstructions stand in for every other operation; nothing is
    // superseded and every correction finds its target.
    assert_eq!(refreshed.superseded, Vec::<String>::new());
    assert_eq!(refreshed.warnings, Vec::<String>::new());

    let yaml = workspace().join("openapi/upstream/post_message.yaml");
    let refreshed = refresh(&root.0, yaml.to_str().unwrap(), quick(), Mode::Check)
        .await
        .unwrap();
    assert!(!refreshed.changed, "{}", refreshed.report);

    // Without its reconstructions, the corrections for the other operations
    // select nothing, and the refresh says so rather than staying silent.
    let bare = published_only("page-bare");
    let refreshed = refresh(&bare.0, &page, quick(), Mode::Check).await.unwrap();
    assert!(
        refreshed.warnings.iter().any(|w| w.contains(
            "(target `$.paths['/campaigns'].get`) selects nothing: the correction may be stale"
        )),
        "{:#?}",
        refreshed.warnings
    );
}

#[tokio::test]
async fn check_mode_reports_and_writes_nothing() {
    let root = published_only("check");
    let before = files(&root.0);
    let site = full_site("check", |_, _| {});
    let server = serve(&site.0).await;
    let refreshed = refresh_served(&root.0, &server, Mode::Check).await.unwrap();
    assert!(refreshed.changed);
    assert!(
        refreshed
            .report
            .contains("+ GET /campaigns (list_campaigns)"),
        "{}",
        refreshed.report
    );
    assert_eq!(files(&root.0), before);
}

/// Refreshes from an edited copy of the site; the refresh must fail with a
/// message containing `expected`, and leave openapi/ exactly as it was.
async fn fails_untouched(name: &str, edit: impl FnOnce(&Path), expected: &[&str]) {
    let root = published_only(name);
    let before = files(&root.0);
    let site = site(name, edit);
    let server = serve(&site.0).await;
    let error = refresh_served(&root.0, &server, Mode::Write)
        .await
        .expect_err("the refresh must fail");
    for part in expected {
        let part = part.replace("{url}", &server.url);
        assert!(error.contains(&part), "{part:?} missing from: {error}");
    }
    assert_eq!(files(&root.0), before, "a failed refresh changed openapi/");
}

#[tokio::test]
async fn an_http_error_names_the_url() {
    fails_untouched(
        "http-error",
        |site| std::fs::remove_file(site.join("en/api-reference/calls/start.md")).unwrap(),
        &["{url}/en/api-reference/calls/start.md: HTTP 404 Not Found"],
    )
    .await;
}

#[tokio::test]
async fn an_html_page_where_markdown_was_expected() {
    fails_untouched(
        "html",
        |site| {
            std::fs::write(
                site.join("en/api-reference/threads/retrieve.md"),
                "<!DOCTYPE html><html></html>",
            )
            .unwrap()
        },
        &["{url}/en/api-reference/threads/retrieve.md: an HTML page where Markdown was expected"],
    )
    .await;
}

#[tokio::test]
async fn a_page_without_an_openapi_block() {
    fails_untouched(
        "no-block",
        |site| {
            replace_in(
                &site.join("en/api-reference/calls/retrieve.md"),
                "## OpenAPI",
                "## Example",
            )
        },
        &["{url}/en/api-reference/calls/retrieve.md: no OpenAPI block"],
    )
    .await;
}

#[tokio::test]
async fn invalid_yaml_in_a_block() {
    fails_untouched(
        "bad-yaml",
        |site| {
            replace_in(
                &site.join("en/api-reference/endusers/create.md"),
                "paths:\n",
                "paths: [\n",
            )
        },
        &["{url}/en/api-reference/endusers/create.md: the OpenAPI block is not valid YAML"],
    )
    .await;
}

#[tokio::test]
async fn one_operation_published_by_two_pages() {
    fails_untouched(
        "twice",
        |site| {
            std::fs::copy(
                site.join("en/api-reference/messages/send.md"),
                site.join("en/api-reference/messages/send-v2.md"),
            )
            .unwrap();
            let index = site.join("llms.txt");
            let text = std::fs::read_to_string(&index).unwrap();
            std::fs::write(&index, text.replace("## Documentación", "- [Send v2](https://docs.altur.io/en/api-reference/messages/send-v2.md)\n\n## Documentación")).unwrap();
        },
        &["POST /message is published by two pages: {url}/en/api-reference/messages/send.md and {url}/en/api-reference/messages/send-v2.md"],
    )
    .await;
}

#[tokio::test]
async fn two_pages_that_define_a_component_differently_need_a_rule() {
    // An older Get Messages page whose sent_at has no date-time format.
    let site = full_site("conflict", |file, document| {
        if file == "get_message_{thread_id}.yaml" {
            let sent_at =
                &mut document["components"]["schemas"]["Message"]["properties"]["sent_at"];
            sent_at.as_mapping_mut().unwrap().remove("format");
        }
    });
    let root = published_only("conflict");
    let before = files(&root.0);
    let server = serve(&site.0).await;
    let error = refresh_served(&root.0, &server, Mode::Write)
        .await
        .unwrap_err();
    let expected = format!(
        "`components.schemas.Message` is defined differently by {0}/en/api-reference/messages/retrieve.md and \
         {0}/en/api-reference/messages/send.md; differing fields: properties.sent_at.format",
        server.url
    );
    assert_eq!(error, expected);
    assert_eq!(files(&root.0), before);

    // A rule in the overlay settles it, and it is used.
    let overlay = root.0.join("openapi/overlay.yaml");
    replace_in(
        &overlay,
        "x-merge-rules: []",
        "x-merge-rules:\n  - component: schemas.Message\n    prefer: POST /message\n    \
         description: the Get Messages page is older",
    );
    let refreshed = refresh_served(&root.0, &server, Mode::Write).await.unwrap();
    assert_eq!(refreshed.warnings, Vec::<String>::new());
    let spec = std::fs::read_to_string(root.0.join("openapi/altur.yaml")).unwrap();
    assert!(spec.contains("Datetime from when the Message was sent\n          type: string\n          format: date-time"));
}

#[tokio::test]
async fn a_shape_the_generator_rejects_names_the_operation() {
    fails_untouched(
        "generator",
        |site| {
            // Two success bodies of different types: progenitor asserts.
            replace_in(
                &site.join("en/api-reference/threads/retrieve.md"),
                "        '400':",
                "        '201':\n          description: Created\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/Agent'\n        '400':",
            );
        },
        &["the refreshed spec does not generate a client: GET /thread/{id}:"],
    )
    .await;
}

#[tokio::test]
async fn transient_errors_are_retried() {
    let root = published_only("retry");
    let site = full_site("retry", |_, _| {});
    let folder = site.0.clone();
    let failures = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = failures.clone();
    let server = TestServer::start(move |request| {
        if request.path.ends_with("/calls/start.md")
            && counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst) < 2
        {
            return Reply::Http {
                status: 503,
                content_type: "text/html",
                body: b"busy".to_vec(),
            };
        }
        let path = folder.join(request.path.trim_start_matches('/'));
        Reply::Http {
            status: 200,
            content_type: "text/markdown",
            body: std::fs::read(path).unwrap_or_default(),
        }
    })
    .await;
    refresh_served(&root.0, &server, Mode::Write)
        .await
        .expect("the third attempt succeeds");
    assert_eq!(failures.load(std::sync::atomic::Ordering::SeqCst), 3);
}

#[tokio::test]
async fn pages_are_fetched_at_most_four_at_a_time() {
    let root = published_only("concurrency");
    let site = full_site("concurrency", |_, _| {});
    let folder = site.0.clone();
    let delay = Duration::from_millis(300);
    let server = TestServer::start(move |request| {
        let path = folder.join(request.path.trim_start_matches('/'));
        let page = Reply::Http {
            status: 200,
            content_type: "text/markdown",
            body: std::fs::read(path).unwrap_or_default(),
        };
        Reply::Delayed(delay, Box::new(page))
    })
    .await;
    refresh_served(&root.0, &server, Mode::Check).await.unwrap();
    let pages: Vec<_> = server
        .requests()
        .into_iter()
        .filter(|r| r.path != "/llms.txt")
        .collect();
    assert_eq!(pages.len(), 18);
    // Each page takes 300 ms to come back: with at most four in flight, no
    // five page requests arrive within less than 300 ms of each other.
    let mut arrivals: Vec<_> = pages.iter().map(|r| r.at).collect();
    arrivals.sort();
    for window in arrivals.windows(5) {
        assert!(
            window[4] - window[0] >= delay - Duration::from_millis(20),
            "five requests in flight at once"
        );
    }
    // ...and more than one at a time is fetched: 18 pages take five waves.
    assert!(
        arrivals[17] - arrivals[0] < delay * 6,
        "the pages were fetched one by one"
    );
}

#[tokio::test]
async fn a_server_that_never_answers_times_out_naming_the_url() {
    let root = project("timeout");
    let before = files(&root.0);
    let server = TestServer::start(|_| Reply::Silence).await;
    let options = Options {
        timeout: Duration::from_millis(200),
        attempts: 2,
        ..quick()
    };
    let error = refresh(
        &root.0,
        &format!("{}/llms.txt", server.url),
        options,
        Mode::Write,
    )
    .await
    .unwrap_err();
    assert!(
        error.starts_with(&format!("{}/llms.txt: ", server.url))
            && error.contains("after 2 attempts"),
        "{error}"
    );
    assert_eq!(files(&root.0), before);
}

#[tokio::test]
async fn the_change_report_between_two_versions_of_the_site() {
    let before_root = published_only("report");
    let before_site = full_site("report-before", |_, _| {});
    refresh(
        &before_root.0,
        before_site.0.to_str().unwrap(),
        quick(),
        Mode::Write,
    )
    .await
    .unwrap();
    // Message changes on both pages that publish it.
    let changed = full_site("report", |file, document| {
        if file == "get_message_{thread_id}.yaml" {
            let message = &mut document["components"]["schemas"]["Message"];
            message["properties"]["type"]["enum"]
                .as_sequence_mut()
                .unwrap()
                .push("sticker".into());
            message["required"]
                .as_sequence_mut()
                .unwrap()
                .insert(2, "content".into());
            message["properties"]
                .as_mapping_mut()
                .unwrap()
                .remove("read");
        }
    });
    let changed = {
        let site = &changed.0;
        let messages = site.join("en/api-reference/messages/send.md");
        replace_in(
            &messages,
            "            - document\n",
            "            - document\n            - sticker\n",
        );
        replace_in(
            &messages,
            "        - thread_id\n        - type\n",
            "        - thread_id\n        - type\n        - content\n",
        );
        replace_in(
            &messages,
            "        read:\n          description: Boolean describing if the Message is considered as read\n          type: boolean\n",
            "",
        );
        let list = site.join("en/api-reference/campaigns/list.md");
        replace_in(
            &list,
            "      - name: pageIndex\n",
            "      - name: search\n        in: query\n        required: false\n        schema:\n          type: string\n      - name: pageIndex\n",
        );
        for page in ["calls/retrieve.md", "calls/start.md"] {
            replace_in(
                &site.join("en/api-reference").join(page),
                "billable_duration:\n          description: Billable duration of the Call in seconds\n          type: integer",
                "billable_duration:\n          description: Billable duration of the Call in seconds\n          type: string",
            );
        }
        std::fs::remove_file(site.join("en/api-reference/endusers/update.md")).unwrap();
        let index = site.join("llms.txt");
        let text = std::fs::read_to_string(&index).unwrap();
        std::fs::write(
            &index,
            text.lines()
                .filter(|l| !l.contains("endusers/update"))
                .collect::<Vec<_>>()
                .join("\n"),
        )
        .unwrap();
        changed
    };
    let refreshed = refresh(
        &before_root.0,
        changed.0.to_str().unwrap(),
        quick(),
        Mode::Check,
    )
    .await
    .unwrap();
    assert!(refreshed.changed);
    insta::assert_snapshot!(refreshed.report);
}
