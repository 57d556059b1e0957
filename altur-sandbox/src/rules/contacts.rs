//! A campaign's contacts, added and removed, as the contact pages state:
//! each row of a batch on its own (a missing phone number is
//! MISSING_CONTACT, one that is not E.164 is INVALID_PHONE_NUMBER; a number
//! the campaign has is skipped or updated as `if_duplicate` says), and
//! deletion only from `queue` or `failed` (409 CONTACT_NOT_DELETABLE).

use altur_api::types::{
    AddCampaignContactsBodyIfDuplicate as IfDuplicate, CampaignContactStatus, CampaignStatus,
    ContactResultError, NewContact,
};

use crate::gate::api_error::ApiError;
use crate::gate::validate::is_e164;
use crate::model::context::Ctx;
use crate::model::records::Contact;
use crate::model::state::State;
use crate::rules::{campaign_run, campaigns};

/// What became of one row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowStatus {
    Created,
    Updated,
    SkippedDuplicate,
    Failed(ContactResultError),
}

/// One row's result: its place in the request, its phone number as read,
/// what became of it, the contact it is.
pub struct RowResult {
    pub index: usize,
    pub contact: String,
    pub status: RowStatus,
    pub id: Option<i64>,
}

/// Adds `rows` to campaign `id` (which exists); each row's result, in the
/// rows' order.
pub fn add(
    ctx: &Ctx,
    state: &mut State,
    id: i64,
    rows: Vec<NewContact>,
    if_duplicate: &IfDuplicate,
) -> Result<Vec<RowResult>, ApiError> {
    if state
        .campaigns
        .get(&id)
        .is_some_and(|c| c.status == CampaignStatus::Finished)
    {
        return Err(campaigns::finished(id));
    }
    let update = *if_duplicate == IfDuplicate::Update;
    let mut results = Vec::with_capacity(rows.len());
    let mut created = false;
    for (index, row) in rows.into_iter().enumerate() {
        let phone = row.contact.clone().unwrap_or_default();
        let phone = phone.trim();
        let (status, contact) = if phone.is_empty() {
            (RowStatus::Failed(ContactResultError::MissingContact), None)
        } else if !is_e164(phone) {
            (
                RowStatus::Failed(ContactResultError::InvalidPhoneNumber),
                None,
            )
        } else if let Some(existing) = state.contact_by_phone(id, phone) {
            if update {
                let contact = state
                    .contact_details_mut(existing)
                    .unwrap_or_else(|| unreachable!("indexed"));
                contact.name = row.name;
                contact.context = row.context;
                contact.extracted_data = row.extracted_data;
                contact.f_id = row.f_id;
                (RowStatus::Updated, Some(existing))
            } else {
                (RowStatus::SkippedDuplicate, Some(existing))
            }
        } else {
            let meta = state.meta_mut();
            let contact_id = meta.next_contact_id;
            meta.next_contact_id += 1;
            state.add_contact(Contact {
                id: contact_id,
                campaign_id: id,
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
            created = true;
            (RowStatus::Created, Some(contact_id))
        };
        results.push(RowResult {
            index,
            contact: phone.to_owned(),
            status,
            id: contact,
        });
    }
    if created {
        campaign_run::contacts_added(ctx, state, id);
    }
    Ok(results)
}

/// Removes contact `contact_id` (which exists), if its status allows.
pub fn delete(state: &mut State, contact_id: i64) -> Result<(), ApiError> {
    let Some(contact) = state.contact(contact_id) else {
        return Ok(());
    };
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
    state.remove_contact(contact_id);
    Ok(())
}
