//! How commands name what they work on, and what they say when the API
//! has nothing under a name: a campaign is `--id ID`, or `--campaign ID`,
//! the same in the generated commands (`tree` gives their `--id` the
//! alias) and the hand-written ones; an unknown id is one line, the same
//! for every command.

use std::fmt;

use crate::failure::Failure;

/// The flag's other name.
pub const ALIAS: &str = "campaign";

/// `--id ID` (or `--campaign ID`).
#[derive(clap::Args, Debug)]
pub struct CampaignFlag {
    /// The campaign's id (`altur campaigns list` lists them); `--campaign`
    /// is the same flag
    #[arg(long = "id", visible_alias = ALIAS, value_name = "ID")]
    pub id: i64,
}

/// Campaign `id`, as the API gives it: an id it has nothing under said as
/// [`not_found`] says it, an answer without the campaign a failure.
pub async fn campaign(
    client: &altur_api::Client,
    id: i64,
) -> Result<altur_api::types::Campaign, Failure> {
    let answer = client
        .retrieve_campaign()
        .id(id)
        .send()
        .await
        .map_err(|e| not_found(e.into(), "campaign", id))?
        .into_inner();
    answer.campaign.ok_or_else(|| {
        Failure::Usage(format!(
            "the API's answer for campaign {id} holds no campaign"
        ))
    })
}

/// `failure`, where it is the API finding nothing under `noun` `id`, as
/// the one line every command prints for it (with the command that lists
/// such things, where there is one); any other failure as it is.
pub fn not_found(failure: Failure, noun: &str, id: impl fmt::Display) -> Failure {
    failure.not_found(|| {
        let list = crate::generated::CliCommand::iter()
            .map(|command| command.path())
            .find(|path| path.len() == 2 && path[1] == "list" && path[0].starts_with(noun))
            .map(|path| format!(": `altur {}` lists them", path.join(" ")))
            .unwrap_or_default();
        (format!("there is no {noun} {id} for this API key"), list)
    })
}
