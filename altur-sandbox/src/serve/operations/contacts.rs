//! A campaign's contacts: List (by page, with `total_count` on the first
//! page only, as the page says), Add (up to `maxItems` rows, each on its
//! own: a missing phone number is MISSING_CONTACT, one that is not E.164 is
//! INVALID_PHONE_NUMBER; a phone number the campaign has is skipped or
//! updated as `if_duplicate` says), Retrieve, and Delete (only from `queue`
//! or `failed`: 409 CONTACT_NOT_DELETABLE).

use altur_api::types::{self, CampaignContactStatus, CampaignStatus};
use serde_json::json;

use super::{Answer, ApiError, Ctx, Input, page};
use crate::model::Contact;
use crate::render;
use crate::state::State;
use crate::validate::is_e164;

pub fn list(state: &State, input: &Input) -> Result<Answer, ApiError> {
    let campaign = super::campaigns::find(state, input)?;
    if input.query.contains_key("cursor") {
        return Err(super::campaigns::cursor_refused());
    }
    let status = input.query_str("status");
    let contacts: Vec<_> = state
        .contacts_of(campaign.id)
        .filter(|c| status.is_none_or(|s| same_status(s, &c.status)))
        .collect();
    let total = contacts.len() as i64;
    let (contacts, pagination) = page(&contacts, input);
    let contacts = contacts.iter().map(|c| render::contact(c)).collect();
    let first_page = input.query_int("pageIndex").unwrap_or(0) == 0;
    Answer::ok(types::ListCampaignContactsResponse {
        total_count: first_page.then_some(total),
        contacts,
        pagination: Some(pagination),
    })
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

pub fn add(ctx: &mut Ctx, state: &mut State, input: &Input) -> Result<Answer, ApiError> {
    let campaign = super::campaigns::find(state, input)?.clone();
    if campaign.status == CampaignStatus::Finished {
        return Err(ApiError::new(
            409,
            "CAMPAIGN_FINISHED",
            format!(
                "campaign {} is finished: finished campaigns are read-only",
                campaign.id
            ),
        ));
    }
    let body: types::AddCampaignContactsBody = input.body_as()?;
    let update = body.if_duplicate == types::AddCampaignContactsBodyIfDuplicate::Update;
    let mut results = Vec::with_capacity(body.contacts.len());
    let mut summary = [0i64; 4];
    for (index, row) in body.contacts.into_iter().enumerate() {
        let phone = row.contact.clone().unwrap_or_default();
        let phone = phone.trim();
        let (status, error, id) = if phone.is_empty() {
            ("failed", Some("MISSING_CONTACT"), None)
        } else if !is_e164(phone) {
            ("failed", Some("INVALID_PHONE_NUMBER"), None)
        } else if let Some(id) = state.contact_by_phone(campaign.id, phone) {
            if update {
                let contact = state
                    .contact_details_mut(id)
                    .unwrap_or_else(|| unreachable!("indexed"));
                contact.name = row.name;
                contact.context = row.context;
                contact.extracted_data = row.extracted_data;
                contact.f_id = row.f_id;
                ("updated", None, Some(id))
            } else {
                ("skipped_duplicate", None, Some(id))
            }
        } else {
            let meta = state.meta_mut();
            let id = meta.next_contact_id;
            meta.next_contact_id += 1;
            state.add_contact(Contact {
                id,
                campaign_id: campaign.id,
                f_id: row.f_id,
                name: row.name,
                phone: phone.to_owned(),
                context: row.context,
                extracted_data: row.extracted_data,
                tags: Vec::new(),
                status: CampaignContactStatus::Queue,
                retries: 0,
                call_count: 0,
                billed_duration: 0,
                last_call_at: None,
                created_at: ctx.now,
                next_attempt_at: None,
                message: None,
            });
            ("created", None, Some(id))
        };
        summary[match status {
            "created" => 0,
            "updated" => 1,
            "skipped_duplicate" => 2,
            _ => 3,
        }] += 1;
        let mut result = json!({"index": index, "contact": phone, "status": status});
        if let Some(id) = id {
            result["id"] = json!(id);
        }
        if let Some(error) = error {
            result["error"] = json!(error);
        }
        results.push(result);
    }
    if summary[0] > 0 {
        crate::runner::contacts_added(ctx, state, campaign.id);
    }
    // The docs give each result its row's `index`, not an order: the
    // sandbox answers them last row first, so that a client that maps them
    // by their place is caught here rather than in production.
    results.reverse();
    Answer::ok(json!({
        "success": true,
        "summary": {"created": summary[0], "updated": summary[1],
                    "skipped_duplicate": summary[2], "failed": summary[3]},
        "results": results,
    }))
}

pub fn retrieve(state: &State, input: &Input) -> Result<Answer, ApiError> {
    let contact = find(state, input)?;
    Answer::ok(types::RetrieveCampaignContactResponse {
        success: Some(true),
        contact: Some(render::contact(contact)),
    })
}

pub fn delete(state: &mut State, input: &Input) -> Result<Answer, ApiError> {
    let contact = find(state, input)?.clone();
    if !matches!(
        contact.status,
        CampaignContactStatus::Queue | CampaignContactStatus::Failed
    ) {
        return Err(ApiError::new(
            409,
            "CONTACT_NOT_DELETABLE",
            format!(
                "contact {} is {}: only contacts in queue or failed can be deleted",
                contact.id, contact.status
            ),
        ));
    }
    state.remove_contact(contact.id);
    Answer::ok(json!({"success": true}))
}

fn find<'a>(state: &'a State, input: &Input) -> Result<&'a Contact, ApiError> {
    let campaign = super::campaigns::find(state, input)?;
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
