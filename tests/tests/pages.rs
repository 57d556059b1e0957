//! The `stream()` of a list operation, against a paging server on loopback:
//! every item once, in order, one request per page, asked for only when
//! needed, with the filters unchanged from page to page.

use std::num::NonZeroU64;

use altur_api::types::{CampaignContactStatus, CampaignStatus};
use altur_api::{Client, Error};
use altur_api_tests::pages::{contacts_page, page_index};
use altur_api_tests::server::{Reply, TestServer};
use futures_util::{StreamExt, TryStreamExt};

fn client(server: &TestServer) -> Client {
    Client::builder()
        .api_key("sk_pages")
        .base_url(&server.url)
        .build()
        .unwrap()
}

#[tokio::test]
async fn three_pages_yield_every_item_once_in_order_with_three_requests() {
    let server = TestServer::start(|request| contacts_page(page_index(request))).await;
    let client = client(&server);
    let contacts: Vec<_> = client
        .list_campaign_contacts()
        .id(1234)
        .status(CampaignContactStatus::Queue)
        .page_size(NonZeroU64::new(2).unwrap())
        .stream()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<_> = contacts.iter().map(|c| c.id.unwrap()).collect();
    assert_eq!(ids, [0, 1, 2, 3, 4, 5]);

    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    for (n, request) in requests.iter().enumerate() {
        assert_eq!(page_index(request), n as u64);
        let mut filters = request.query();
        filters.retain(|(name, _)| name != "pageIndex");
        filters.sort();
        assert_eq!(
            filters,
            [
                ("pageSize".to_owned(), "2".to_owned()),
                ("status".to_owned(), "queue".to_owned())
            ],
            "page {n} keeps every filter and the page size"
        );
        assert!(request.path.starts_with("/campaigns/1234/contacts?"));
    }
}

#[tokio::test]
async fn the_older_has_more_form_pages_too() {
    // List campaigns, as the older copies show it: `has_more`, no next_page.
    let server = TestServer::start(|request| {
        let index = page_index(request);
        Reply::json(200, serde_json::json!({
            "total_count": 3,
            "campaigns": [{"id": 100 + index, "name": format!("campaign {index}"), "status": "active"}],
            "pagination": {"has_more": index < 2}
        })
        .to_string())
    })
    .await;
    let client = client(&server);
    let ids: Vec<_> = client
        .list_campaigns()
        .status(CampaignStatus::Active)
        .stream()
        .map_ok(|campaign| campaign.id.unwrap())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, [100, 101, 102]);
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test]
async fn a_stream_dropped_after_its_first_item_sends_no_second_request() {
    let server = TestServer::start(|request| contacts_page(page_index(request))).await;
    let client = client(&server);
    {
        let mut stream = client.list_campaign_contacts().id(1234).stream();
        let first = stream.next().await.unwrap().unwrap();
        assert_eq!(first.id, Some(0));
        // The second item is on the first page: still no request.
        assert_eq!(stream.next().await.unwrap().unwrap().id, Some(1));
        assert_eq!(server.requests().len(), 1);
    }
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert_eq!(server.requests().len(), 1, "nothing is fetched ahead");
}

#[tokio::test]
async fn a_failed_page_is_an_item_of_the_stream_naming_its_page() {
    let server = TestServer::start(|request| match page_index(request) {
        1 => Reply::Http {
            status: 500,
            content_type: "text/html",
            body: b"<h1>oops</h1>".to_vec(),
        },
        index => contacts_page(index),
    })
    .await;
    let client = client(&server);
    let items: Vec<_> = client
        .list_campaign_contacts()
        .id(1234)
        .stream()
        .collect()
        .await;
    assert_eq!(items.len(), 3, "two items, then the failure, then the end");
    assert!(items[..2].iter().all(Result::is_ok));
    let failure = items[2].as_ref().unwrap_err();
    assert_eq!(failure.page_index, 1);
    assert!(
        matches!(failure.error(), Some(Error::UnexpectedStatus { status, body, .. }) if status.as_u16() == 500 && &body[..] == b"<h1>oops</h1>"),
        "{failure:?}"
    );
    assert!(failure.to_string().starts_with("page 1: "), "{failure}");
    assert_eq!(server.requests().len(), 2, "no page after the failure");
}
