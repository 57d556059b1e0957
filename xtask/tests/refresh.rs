//! `cargo xtask spec refresh` against a copy of the docs site served on
//! loopback (tests/fixtures/site: llms.txt, en/es/unprefixed pages, the seed
//! page, pages written from the facts sheet, and the documented defects).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use altur_api_tests::server::{Reply, TestServer};
use xtask::refresh::{self, Mode, Options};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/site");

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

/// A workspace root holding a copy of the committed openapi/ folder.
fn project(name: &str) -> Scratch {
    let root = Scratch::new(&format!("{name}-root"));
    copy_dir(&workspace().join("openapi"), &root.0.join("openapi"));
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

/// A copy of the fixture site, changed by `edit`.
fn site(name: &str, edit: impl FnOnce(&Path)) -> Scratch {
    let site = Scratch::new(&format!("{name}-site"));
    copy_dir(Path::new(FIXTURE), &site.0);
    edit(&site.0);
    site
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

const OPERATIONS: [&str; 11] = [
    "get_call_{id}.yaml",
    "get_campaigns.yaml",
    "get_enduser_{id}.yaml",
    "get_message_{thread_id}.yaml",
    "get_thread_{id}.yaml",
    "post_call.yaml",
    "post_campaigns_{id}_contacts.yaml",
    "post_campaigns_{id}_{action}.yaml",
    "post_enduser.yaml",
    "post_message.yaml",
    "put_enduser_{id}.yaml",
];

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
    let root = project("http");
    let server = serve(Path::new(FIXTURE)).await;
    let refreshed = refresh_served(&root.0, &server, Mode::Write).await.unwrap();
    assert!(refreshed.changed);
    assert_eq!(
        refreshed.warnings,
        Vec::<String>::new(),
        "every correction and rule is used"
    );
    assert_eq!(upstream_names(&root.0), OPERATIONS);

    // Each upstream file is the page's block, byte for byte.
    let seed = std::fs::read_to_string(root.0.join("openapi/upstream/post_message.yaml")).unwrap();
    assert_eq!(
        seed,
        std::fs::read_to_string(workspace().join("openapi/upstream/post_message.yaml")).unwrap()
    );

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
        12,
        "the index and the eleven API pages, each once: {fetched:?}"
    );

    // The full spec is exactly the one the full client is compiled from.
    let spec = std::fs::read_to_string(root.0.join("openapi/altur.yaml")).unwrap();
    let compiled =
        std::fs::read_to_string(workspace().join("tests/full-client/altur.yaml")).unwrap();
    assert!(
        spec == compiled,
        "tests/full-client/altur.yaml is stale: copy the refreshed spec over it"
    );
    insta::assert_snapshot!("refresh_report_from_seed_to_full_site", refreshed.report);

    // Refreshing again changes nothing; --check agrees.
    let again = refresh_served(&root.0, &server, Mode::Check).await.unwrap();
    assert!(!again.changed, "{}", again.report);
}

#[tokio::test]
async fn a_saved_copy_of_the_site_gives_the_same_spec() {
    let from_folder = project("folder");
    refresh(&from_folder.0, FIXTURE, quick(), Mode::Write)
        .await
        .unwrap();
    let spec = std::fs::read_to_string(from_folder.0.join("openapi/altur.yaml")).unwrap();
    // After a change to the fixture site or the overlay, rewrite the spec the
    // full client is compiled from, and review its diff:
    //   UPDATE_FULL_CLIENT_SPEC=1 cargo test -p xtask --test refresh
    if std::env::var_os("UPDATE_FULL_CLIENT_SPEC").is_some() {
        std::fs::write(workspace().join("tests/full-client/altur.yaml"), &spec).unwrap();
    }
    assert_eq!(
        spec,
        std::fs::read_to_string(workspace().join("tests/full-client/altur.yaml")).unwrap()
    );
    assert_eq!(upstream_names(&from_folder.0), OPERATIONS);
}

#[tokio::test]
async fn one_page_or_one_yaml_file_is_a_source_too() {
    let root = project("page");
    let page = format!("{FIXTURE}/en/api-reference/messages/send.md");
    let refreshed = refresh(&root.0, &page, quick(), Mode::Check).await.unwrap();
    assert!(
        !refreshed.changed,
        "the committed spec is the seed page's: {}",
        refreshed.report
    );
    // With one page, the corrections for the other operations select
    // nothing, and the refresh says so rather than staying silent.
    assert!(
        refreshed.warnings.iter().any(|w| w.contains(
            "(target `$.paths['/campaigns'].get`) selects nothing: the correction may be stale"
        )),
        "{:#?}",
        refreshed.warnings
    );
    assert!(
        refreshed
            .warnings
            .iter()
            .any(|w| w.starts_with("merge rule for `schemas.Error`")),
        "{:#?}",
        refreshed.warnings
    );

    let yaml = workspace().join("openapi/upstream/post_message.yaml");
    let refreshed = refresh(&root.0, yaml.to_str().unwrap(), quick(), Mode::Check)
        .await
        .unwrap();
    assert!(!refreshed.changed, "{}", refreshed.report);
}

#[tokio::test]
async fn check_mode_reports_and_writes_nothing() {
    let root = project("check");
    let before = files(&root.0);
    let server = serve(Path::new(FIXTURE)).await;
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
    let root = project(name);
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
async fn a_component_two_pages_define_differently_without_a_rule() {
    let root = project("conflict");
    let overlay = root.0.join("openapi/overlay.yaml");
    let text = std::fs::read_to_string(&overlay).unwrap();
    let (start, end) = (
        text.find("  - component: schemas.Message").unwrap(),
        text.find("  - component: schemas.Error").unwrap(),
    );
    std::fs::write(&overlay, format!("{}{}", &text[..start], &text[end..])).unwrap();
    let before = files(&root.0);
    let server = serve(Path::new(FIXTURE)).await;
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
    let root = project("retry");
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
        let path = Path::new(FIXTURE).join(request.path.trim_start_matches('/'));
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
    let root = project("concurrency");
    let delay = Duration::from_millis(300);
    let server = TestServer::start(move |request| {
        let path = Path::new(FIXTURE).join(request.path.trim_start_matches('/'));
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
    assert_eq!(pages.len(), 11);
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
    // ...and more than one at a time is fetched: 11 pages take three waves.
    assert!(
        arrivals[10] - arrivals[0] < delay * 4,
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
    let before_root = project("report");
    refresh(&before_root.0, FIXTURE, quick(), Mode::Write)
        .await
        .unwrap();
    let changed = site("report", |site| {
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
            "        - name: pageIndex\n",
            "        - name: cursor\n          in: query\n          required: false\n          schema:\n            type: string\n        - name: pageIndex\n",
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
    });
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
