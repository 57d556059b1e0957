//! The `stream()` of a list operation: against the sandbox (altur-sandbox,
//! behind Prism), every item once, in order, one request per page, asked
//! for only when needed, with the filters unchanged from page to page, and
//! a failed page an item of the stream naming it; against a scripted
//! server, the older `has_more` form of the pages.

use altur_api::types::{AddCampaignContactsBody, CampaignStatus, NewContact};
use altur_api::{Client, Error};
use altur_api_tests::built;
use altur_api_tests::pages::page_index;
use altur_api_tests::sandbox::{Judged, create_campaign, phone_campaign};
use altur_api_tests::server::{Reply, TestServer};
use altur_sandbox::{Fault, Faults, Sandbox};
use futures_util::{StreamExt, TryStreamExt};

fn client(server: &TestServer) -> Client {
    Client::builder()
        .api_key("sk_pages")
        .base_url(&server.url)
        .build()
        .unwrap()
}

/// A sandbox with one campaign of six queued contacts; the campaign's id
/// and their ids in the order added.
async fn six_contacts(
    faults: Faults,
) -> (
    Judged,
    altur_api::types::CampaignId,
    Vec<altur_api::types::ContactId>,
) {
    let sandbox = Judged::start(
        Sandbox::builder()
            .seed(8)
            .manual_clock()
            .rate_limits(false)
            .faults(faults),
    )
    .await;
    let client = sandbox.client();
    let id = create_campaign(&client, phone_campaign(&sandbox.agents()[0], "Paginada")).await;
    let rows: Vec<NewContact> = (0..6)
        .map(|n| {
            built(
                NewContact::builder()
                    .contact(format!("+52551230000{n}"))
                    .name(format!("contact {n}")),
            )
        })
        .collect();
    client
        .add_campaign_contacts()
        .id(id)
        .body(AddCampaignContactsBody::builder().contacts(rows))
        .send()
        .await
        .unwrap();
    let ids = sandbox.contacts(id).iter().map(|c| c.id).collect();
    (sandbox, id, ids)
}

fn list_requests(sandbox: &Judged) -> Vec<altur_sandbox::Request> {
    sandbox
        .requests()
        .into_iter()
        .filter(|r| r.operation.as_deref() == Some("list_campaign_contacts"))
        .collect()
}

#[tokio::test]
async fn three_pages_yield_every_item_once_in_order_with_three_requests() {
    let (sandbox, campaign, added) = six_contacts(Faults::none()).await;
    let contacts: Vec<_> = sandbox
        .client()
        .list_campaign_contacts()
        .id(campaign)
        .status("queue")
        .page_size(2)
        .stream()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<_> = contacts.iter().map(|c| c.id).collect();
    assert_eq!(ids, added);

    let requests = list_requests(&sandbox);
    assert_eq!(requests.len(), 3);
    for (n, request) in requests.iter().enumerate() {
        assert_eq!(
            request.query_param("pageIndex"),
            Some(n.to_string().as_str())
        );
        let mut filters = request.query.clone();
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
        assert_eq!(request.path, format!("/campaigns/{campaign}/contacts"));
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
        .map_ok(|campaign| campaign.id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, [100, 101, 102]);
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test]
async fn a_stream_dropped_after_its_first_item_sends_no_second_request() {
    let (sandbox, campaign, added) = six_contacts(Faults::none()).await;
    let client = sandbox.client();
    {
        let mut stream = client
            .list_campaign_contacts()
            .id(campaign)
            .page_size(2)
            .stream();
        let first = stream.next().await.unwrap().unwrap();
        assert_eq!(first.id, added[0]);
        // The second item is on the first page: still no request.
        assert_eq!(stream.next().await.unwrap().unwrap().id, added[1]);
        assert_eq!(list_requests(&sandbox).len(), 1);
    }
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert_eq!(list_requests(&sandbox).len(), 1, "nothing is fetched ahead");
}

#[tokio::test]
async fn a_failed_page_is_an_item_of_the_stream_naming_its_page() {
    let (sandbox, campaign, _) =
        six_contacts(Faults::none().aim("list_campaign_contacts", 2, Fault::ServerError)).await;
    let client = sandbox.client_builder().max_retries(0).build().unwrap();
    let items: Vec<_> = client
        .list_campaign_contacts()
        .id(campaign)
        .page_size(2)
        .stream()
        .collect()
        .await;
    assert_eq!(items.len(), 3, "two items, then the failure, then the end");
    assert!(items[..2].iter().all(Result::is_ok));
    let failure = items[2].as_ref().unwrap_err();
    assert_eq!(failure.page_index, 1);
    assert!(
        matches!(failure.error(), Some(Error::UnexpectedStatus { status, .. }) if status.as_u16() == 503),
        "{failure:?}"
    );
    assert!(failure.to_string().starts_with("page 1: "), "{failure}");
    assert_eq!(
        list_requests(&sandbox).len(),
        2,
        "no page after the failure"
    );
}
