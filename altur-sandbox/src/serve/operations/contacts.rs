//! A campaign's contacts: List (by page, with `total_count` on the first
//! page only, as the page says), Add (up to the spec's `maxItems` rows),
//! Retrieve, and Delete.

use altur_api::types::{self, CampaignContactStatus, ContactResultStatus as Status};
use serde_json::json;

use super::campaigns::find as find_campaign;
use super::{Answer, Input, PageAsked, refuse_cursor};
use crate::gate::api_error::ApiError;
use crate::gate::built::built;
use crate::model::context::Ctx;
use crate::model::records::Contact;
use crate::model::state::State;
use crate::rules::contacts::{self, RowStatus};
use crate::serve::render;

pub fn list(state: &mut State, input: &Input) -> Result<Answer, ApiError> {
    let campaign = find_campaign(state, input)?.id;
    refuse_cursor(input)?;
    let asked = PageAsked::of(input);
    // Unfiltered, the page is read straight from the campaign's index.
    let (ids, total): (Vec<i64>, usize) = match input.query_str("status") {
        None => {
            let total = state.contact_count(campaign);
            let range = asked.range(total);
            let ids = state
                .contact_ids(campaign)
                .skip(range.start)
                .take(range.len())
                .collect();
            (ids, total)
        }
        Some(status) => {
            let all: Vec<i64> = state
                .contacts_of(campaign)
                .filter(|c| same_status(status, &c.status))
                .map(|c| c.id)
                .collect();
            (all[asked.range(all.len())].to_vec(), all.len())
        }
    };
    let contacts: Vec<_> = ids
        .into_iter()
        .map(|id| render::written_contact(state, id))
        .collect();
    let first_page = input.query_int("pageIndex").unwrap_or(0) == 0;
    let envelope = built(
        types::ListCampaignContactsResponse::builder()
            .total_count(first_page.then_some(total as i64))
            .contacts(Vec::new())
            .pagination(asked.pagination(total)),
    );
    Ok(Answer::written(move || {
        render::contacts_page(envelope, &contacts)
    }))
}

/// `accepted` and `acepted` are one status, spelled two ways by the docs.
fn same_status(asked: &str, status: &CampaignContactStatus) -> bool {
    let spelled = |s: &str| {
        if s == "acepted" {
            "accepted".to_owned()
        } else {
            s.to_owned()
        }
    };
    spelled(asked) == spelled(&status.to_string())
}

pub fn add(ctx: &Ctx, state: &mut State, input: &Input) -> Result<Answer, ApiError> {
    let id = find_campaign(state, input)?.id;
    let body: types::AddCampaignContactsBody = input.body_as()?;
    let rows = contacts::add(ctx, state, id, body.contacts, &body.if_duplicate)?;
    let [mut created, mut updated, mut skipped, mut failed] = [0i64; 4];
    // The docs give each result its row's `index`, not an order: the
    // sandbox answers them last row first, so that a client that maps them
    // by their place is caught here rather than in production.
    let results = rows
        .into_iter()
        .rev()
        .map(|row| {
            let (count, status, error) = match row.status {
                RowStatus::Created => (&mut created, Status::Created, None),
                RowStatus::Updated => (&mut updated, Status::Updated, None),
                RowStatus::SkippedDuplicate => (&mut skipped, Status::SkippedDuplicate, None),
                RowStatus::Failed(code) => (&mut failed, Status::Failed, Some(code)),
            };
            *count += 1;
            built(
                types::ContactResult::builder()
                    .index(row.index as i64)
                    .contact(row.contact)
                    .status(status)
                    .id(row.id.map(types::ContactResultId::Integer))
                    .error(error),
            )
        })
        .collect::<Vec<types::ContactResult>>();
    Answer::ok(built::<types::AddContactsResponse, _>(
        types::AddContactsResponse::builder()
            .success(true)
            .summary(
                types::AddContactsResponseSummary::builder()
                    .created(created)
                    .updated(updated)
                    .skipped_duplicate(skipped)
                    .failed(failed),
            )
            .results(results),
    ))
}

pub fn retrieve(state: &State, input: &Input) -> Result<Answer, ApiError> {
    let contact = find(state, input)?;
    Answer::ok(built::<types::RetrieveCampaignContactResponse, _>(
        types::RetrieveCampaignContactResponse::builder()
            .success(true)
            .contact(render::contact(contact)),
    ))
}

pub fn delete(state: &mut State, input: &Input) -> Result<Answer, ApiError> {
    let id = find(state, input)?.id;
    contacts::delete(state, id)?;
    // The spec documents no body (and so has no type for one); the sandbox
    // answers as the other campaign operations do.
    Answer::ok(json!({"success": true}))
}

fn find<'a>(state: &'a State, input: &Input) -> Result<&'a Contact, ApiError> {
    let campaign = find_campaign(state, input)?;
    let id = input.path_int("contact_id");
    state
        .contact(id)
        .filter(|c| c.campaign_id == campaign.id)
        .ok_or_else(|| {
            ApiError::not_found(
                input.operation,
                format!("campaign {} has no contact {id}", campaign.id),
            )
        })
}
