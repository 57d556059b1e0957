//! A list command streams every page through the crate's `stream()`,
//! against a paging server on loopback: piped, one compact JSON object per
//! line, in order, one request per page; `--limit` stops asking for pages;
//! `--format table` lines the items up; a page that fails after others
//! were printed ends the run with the API's exit code.

mod common;

use altur_api_tests::pages::{contacts_page, page_index};
use altur_api_tests::server::{Reply, TestServer};
use common::{KEY, altur, run_async};
use serde_json::Value;

fn list(server: &TestServer, extra: &[&str]) -> std::process::Command {
    let mut command = altur(
        [
            "campaigns",
            "contacts",
            "list",
            "--id",
            "1234",
            "--page-size",
            "2",
            "--status",
            "queue",
        ]
        .iter()
        .chain(extra),
    );
    command
        .env("ALTUR_API_KEY", KEY)
        .env("ALTUR_BASE_URL", &server.url);
    command
}

#[tokio::test]
async fn piped_a_list_is_every_item_of_every_page_one_json_line_each() {
    let server = TestServer::start(|request| contacts_page(page_index(request))).await;
    let run = run_async(list(&server, &[])).await;
    assert_eq!(run.code, 0, "{run:?}");
    let ids: Vec<i64> = run
        .stdout
        .lines()
        .map(|line| {
            let item: Value = serde_json::from_str(line).expect("each line is a JSON object");
            item["id"].as_i64().expect("an id")
        })
        .collect();
    assert_eq!(ids, [0, 1, 2, 3, 4, 5]);
    let requests = server.requests();
    assert_eq!(
        requests.iter().map(page_index).collect::<Vec<_>>(),
        [0, 1, 2]
    );
    for request in &requests {
        let mut filters = request.query();
        filters.retain(|(name, _)| name != "pageIndex");
        filters.sort();
        assert_eq!(
            filters,
            [
                ("pageSize".to_owned(), "2".to_owned()),
                ("status".to_owned(), "queue".to_owned())
            ]
        );
    }
}

#[tokio::test]
async fn limit_stops_asking_for_pages() {
    let server = TestServer::start(|request| contacts_page(page_index(request))).await;
    let run = run_async(list(&server, &["--limit", "3"])).await;
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout.lines().count(), 3);
    assert_eq!(
        server.requests().len(),
        2,
        "the third page is never asked for"
    );
}

#[tokio::test]
async fn a_table_lines_up_the_items() {
    let server = TestServer::start(|request| contacts_page(page_index(request))).await;
    let run = run_async(list(&server, &["--format", "table"])).await;
    assert_eq!(run.code, 0, "{run:?}");
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines[0], "ID  NAME       STATUS");
    assert_eq!(lines[1], "0   contact 0  queue");
    assert_eq!(lines.len(), 7);
}

#[tokio::test]
async fn a_page_that_fails_ends_the_list_with_the_api_exit_code() {
    let server = TestServer::start(|request| match page_index(request) {
        0 => contacts_page(0),
        _ => Reply::json(404, r#"{"error": 404, "message": "Campaign not found"}"#),
    })
    .await;
    let run = run_async(list(&server, &[])).await;
    assert_eq!(run.code, 3, "{run:?}");
    assert_eq!(
        run.stdout.lines().count(),
        2,
        "the first page's items were printed"
    );
    let error = run.one_error_line();
    assert!(
        error.contains("page 1") && error.contains("404") && error.contains("Campaign not found"),
        "{error}"
    );
}
