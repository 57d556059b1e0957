//! A contact list into a campaign: [`Client::import_contacts`] (feature
//! `import`). The crate README's section "Importing contacts" is the guide;
//! this module is hand-written on top of the generated
//! `add_campaign_contacts` and apart from it.
//!
//! One job per file: `job` runs the batches, `keys` names jobs and batches,
//! `journal` remembers what was done, `pacing` keeps the job under the rate
//! limit, `csv`, `json_lines` and `xlsx` read files (`encoding` guesses
//! what a text that is not UTF-8 is), `phone` reads their numbers in a
//! region (`region_rules`: how its numbers used to be written), `file`
//! fingerprints them,
//! `report` and `rejects` say what became of each row, `progress` tells a
//! watcher as it goes.

mod csv;
mod encoding;
mod error;
mod file;
mod job;
mod journal;
mod json_lines;
mod keys;
mod options;
mod pacing;
mod phone;
mod progress;
mod region_rules;
mod rejects;
mod report;
mod rewrites;
mod row;
#[cfg(feature = "xlsx")]
mod xlsx;

pub use self::csv::CsvRows;
pub use error::ImportError;
pub use file::{Check, ContactFile, Duplicate, Rewrite};
pub use job::ImportContacts;
pub use json_lines::JsonLinesRows;
pub use options::{ReadOptions, UnknownRegion};
pub use progress::Progress;
pub use region_rules::{REGION_RULES, RegionRule};
pub use report::{Report, RowOutcome, RowReport, Totals};
pub use row::{ImportItem, Row, RowError};
#[cfg(feature = "xlsx")]
#[cfg_attr(docsrs, doc(cfg(feature = "xlsx")))]
pub use xlsx::XlsxRows;

/// `if_duplicate` of the batch body: what the API does with a contact whose
/// phone number the campaign already has.
pub use crate::types::AddCampaignContactsBodyIfDuplicate as IfDuplicate;

use crate::{Client, types};

/// The documented limit of the endpoint an import sends to, requests per
/// second: the spec's `x-altur-requests-per-second` of
/// `add_campaign_contacts` (Altur states it in prose on each campaign page,
/// "Rate limit: 12 requests per second"; the overlay states it as data).
pub const DOCUMENTED_REQUESTS_PER_SECOND: u32 = crate::requests_per_second::ADD_CAMPAIGN_CONTACTS;

impl Client {
    /// Imports contacts into campaign `campaign_id`, in batches of
    /// [`max_items::ADD_CAMPAIGN_CONTACTS`](crate::max_items::ADD_CAMPAIGN_CONTACTS)
    /// (the spec's `maxItems`), each with an idempotency key that a rerun of
    /// the same job sends again; see [`ImportContacts`].
    pub fn import_contacts(&self, campaign_id: impl Into<types::CampaignId>) -> ImportContacts<'_> {
        ImportContacts::new(self, campaign_id.into().0)
    }
}
