//! A campaign's analytics, made from its contacts and calls, so that what
//! `GET /campaigns/{id}` and `campaign.status_changed` say always equals what
//! the contacts and calls add up to. The phone-call keys are the ones the
//! `campaign.status_changed` page shows; the page gives no WhatsApp keys,
//! so those are the sandbox's choice (`messages*`, in the same style).

use altur_api::types::{AnsweredBy, CampaignAnalytics, CampaignContactStatus as Status};
use serde::Serialize;

use crate::model::records::{Campaign, Channel};
use crate::model::state::State;

/// Counts, and rates from 0 to 1 rounded to four places.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Analytics {
    pub contacts: u64,
    pub contacts_processed: u64,
    pub contacts_processed_rate: f64,
    pub contacts_failed: u64,
    pub contacts_failed_rate: f64,
    pub contacts_converted: u64,
    pub contacts_converted_rate: f64,
    #[serde(flatten)]
    pub channel: ChannelAnalytics,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(untagged)]
pub enum ChannelAnalytics {
    #[serde(rename_all = "camelCase")]
    Phone {
        calls: u64,
        calls_answered_by_human: u64,
        calls_answered_by_machine: u64,
        calls_answered_by_unknown: u64,
        calls_answered_by_human_rate: f64,
        calls_answered_by_machine_rate: f64,
        calls_answered_by_unknown_rate: f64,
        contacts_voicemail: u64,
        contacts_voicemail_rate: f64,
        contacts_answered: u64,
        contacts_answered_rate: f64,
    },
    #[serde(rename_all = "camelCase")]
    Whatsapp {
        messages_sent: u64,
        messages_delivered: u64,
        messages_read: u64,
        messages_accepted: u64,
        messages_rejected: u64,
        messages_delivered_rate: f64,
        messages_read_rate: f64,
        messages_accepted_rate: f64,
        messages_rejected_rate: f64,
    },
}

impl Default for ChannelAnalytics {
    fn default() -> Self {
        ChannelAnalytics::Whatsapp {
            messages_sent: 0,
            messages_delivered: 0,
            messages_read: 0,
            messages_accepted: 0,
            messages_rejected: 0,
            messages_delivered_rate: 0.0,
            messages_read_rate: 0.0,
            messages_accepted_rate: 0.0,
            messages_rejected_rate: 0.0,
        }
    }
}

/// `part / whole`, to four places; 0 of nothing is 0.
pub fn rate(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        (part as f64 / whole as f64 * 10_000.0).round() / 10_000.0
    }
}

/// Where a contact's status leaves it: done with (in this cycle), or not.
pub fn is_final(status: &Status) -> bool {
    !matches!(status, Status::Queue | Status::Sending | Status::Retrying)
}

/// The campaign's analytics, or `None` before it has reached anyone.
pub fn of(state: &State, campaign: &Campaign) -> Option<Analytics> {
    let mut contacts = 0;
    let mut processed = 0;
    let mut failed = 0;
    let mut converted = 0;
    let mut voicemail = 0;
    let mut answered = 0;
    let (mut delivered, mut read, mut accepted, mut rejected, mut sent) = (0, 0, 0, 0, 0);
    for contact in state.contacts_of(campaign.id) {
        contacts += 1;
        if is_final(&contact.status) {
            processed += 1;
        }
        match contact.status {
            Status::Failed | Status::Busy | Status::NoAnswer | Status::Unreachable => failed += 1,
            Status::Converted => converted += 1,
            Status::Voicemail => voicemail += 1,
            _ => {}
        }
        if matches!(contact.status, Status::Answered | Status::Converted) {
            answered += 1;
        }
        if contact.call_count > 0 {
            sent += 1;
        }
        match contact.status {
            Status::Delivered => delivered += 1,
            Status::Read => {
                delivered += 1;
                read += 1
            }
            Status::Accepted | Status::Acepted | Status::Converted
                if campaign.settings.channel == Channel::Whatsapp =>
            {
                delivered += 1;
                read += 1;
                accepted += 1
            }
            Status::Rejected => {
                delivered += 1;
                read += 1;
                rejected += 1
            }
            _ => {}
        }
    }
    let channel = match campaign.settings.channel {
        Channel::PhoneCall => {
            let (mut calls, mut human, mut machine, mut unknown) = (0, 0, 0, 0);
            for call in state.calls_of(campaign.id) {
                calls += 1;
                match call.answered_by {
                    Some(AnsweredBy::Human) => human += 1,
                    Some(AnsweredBy::Machine) => machine += 1,
                    Some(AnsweredBy::Unknown) => unknown += 1,
                    _ => {}
                }
            }
            if calls == 0 {
                return None;
            }
            ChannelAnalytics::Phone {
                calls,
                calls_answered_by_human: human,
                calls_answered_by_machine: machine,
                calls_answered_by_unknown: unknown,
                calls_answered_by_human_rate: rate(human, calls),
                calls_answered_by_machine_rate: rate(machine, calls),
                calls_answered_by_unknown_rate: rate(unknown, calls),
                contacts_voicemail: voicemail,
                contacts_voicemail_rate: rate(voicemail, contacts),
                contacts_answered: answered,
                contacts_answered_rate: rate(answered, contacts),
            }
        }
        Channel::Whatsapp | Channel::Api => {
            if sent == 0 {
                return None;
            }
            ChannelAnalytics::Whatsapp {
                messages_sent: sent,
                messages_delivered: delivered,
                messages_read: read,
                messages_accepted: accepted,
                messages_rejected: rejected,
                messages_delivered_rate: rate(delivered, sent),
                messages_read_rate: rate(read, sent),
                messages_accepted_rate: rate(accepted, sent),
                messages_rejected_rate: rate(rejected, sent),
            }
        }
    };
    Some(Analytics {
        contacts,
        contacts_processed: processed,
        contacts_processed_rate: rate(processed, contacts),
        contacts_failed: failed,
        contacts_failed_rate: rate(failed, contacts),
        contacts_converted: converted,
        contacts_converted_rate: rate(converted, contacts),
        channel,
    })
}

/// The analytics as the API writes them: the keys the
/// `campaign.status_changed` page shows, typed, and the sandbox's WhatsApp
/// keys among the others; `None` before the campaign has contacted anyone.
pub fn as_written(state: &State, campaign: &Campaign) -> Option<CampaignAnalytics> {
    let value = serde_json::to_value(of(state, campaign)?).ok()?;
    serde_json::from_value(value).ok()
}
