//! `altur campaigns report --id ID --output FILE.xlsx`: one workbook an
//! operator sends on. Its sheets: the campaign (a field per row, its
//! analytics among them); its contacts, each with the attempts and the
//! last call's outcome (status, who answered, what the agent extracted,
//! the recording); every call; and the contacts counted by status, with a
//! native column chart of them. The columns are those the list commands
//! print (the spec's), with the keys of free-form objects
//! (`extracted_data`, `analytics`) spread into columns of their own.

use std::collections::BTreeMap;
use std::path::PathBuf;

use altur_api::TryStreamExt;
use chrono::DateTime;
use serde_json::Value;

use crate::failure::{Failure, Result};
use crate::output::{text, value_at};
use crate::workbook::{ColumnChart, Sheet};

/// The free-form objects whose keys become columns.
const SPREAD: [&str; 2] = ["extracted_data", "analytics"];

pub async fn run(
    client: &altur_api::Client,
    id: i64,
    output: PathBuf,
    tz: Option<chrono_tz::Tz>,
) -> Result<()> {
    let not_found = |failure: Failure| crate::names::not_found(failure, "campaign", id);
    let campaign =
        serde_json::to_value(crate::names::campaign(client, id).await?).unwrap_or_default();
    let contacts = all(client
        .list_campaign_contacts()
        .id(id)
        .page_size(100)
        .stream())
    .await
    .map_err(not_found)?;
    let calls = all(client.list_campaign_calls().id(id).page_size(100).stream())
        .await
        .map_err(not_found)?;

    let mut by_status: BTreeMap<String, u64> = BTreeMap::new();
    for contact in &contacts {
        let status = contact["status"].as_str().unwrap_or("unknown").to_owned();
        *by_status.entry(status).or_default() += 1;
    }
    let outcomes = Sheet {
        name: "Outcomes".into(),
        header: vec!["status".into(), "contacts".into()],
        rows: by_status
            .iter()
            .map(|(status, n)| vec![Value::from(status.as_str()), Value::from(*n)])
            .collect(),
    };
    let chart = ColumnChart {
        title: "Contacts by status".into(),
        data: outcomes.name.clone(),
        rows: outcomes.rows.len() as u32,
    };
    let sheets = [
        campaign_sheet(&campaign),
        contacts_sheet(&contacts, &calls),
        table(
            "Calls",
            crate::output::columns("list_campaign_calls"),
            &calls,
        ),
        outcomes,
    ];
    crate::workbook::save(&output, &sheets, &[chart], tz.unwrap_or(chrono_tz::UTC))
        .map_err(Failure::Usage)?;
    eprintln!(
        "wrote campaign {id} to {}: {} contacts, {} calls",
        output.display(),
        contacts.len(),
        calls.len()
    );
    Ok(())
}

/// Every item of a list, as JSON.
async fn all<T: serde::Serialize>(
    stream: impl futures_util::Stream<Item = std::result::Result<T, altur_api::PageError>>,
) -> Result<Vec<Value>> {
    Ok(stream
        .map_ok(|item| serde_json::to_value(&item).unwrap_or_default())
        .try_collect()
        .await?)
}

/// The campaign, a field per row: what `campaigns retrieve --format table`
/// shows, the analytics each a row.
fn campaign_sheet(campaign: &Value) -> Sheet {
    let columns: Vec<String> = crate::output::columns("retrieve_campaign")
        .iter()
        .filter_map(|c| c.strip_prefix("campaign."))
        .map(str::to_owned)
        .collect();
    let columns = spread(&columns, std::slice::from_ref(campaign));
    Sheet {
        name: "Campaign".into(),
        header: vec!["field".into(), "value".into()],
        rows: columns
            .iter()
            .map(|c| (c, value_at(campaign, c)))
            .filter(|(_, value)| !value.is_null())
            .map(|(c, value)| vec![Value::from(c.as_str()), value])
            .collect(),
    }
}

/// Each contact, with its attempts and its last call's outcome.
fn contacts_sheet(contacts: &[Value], calls: &[Value]) -> Sheet {
    let mut by_contact: BTreeMap<String, Vec<&Value>> = BTreeMap::new();
    for call in calls {
        if let Some(contact) = text(&call["contact"]["id"]) {
            by_contact.entry(contact).or_default().push(call);
        }
    }
    let last_calls: Vec<Value> = contacts
        .iter()
        .map(|contact| {
            let calls = text(&contact["id"])
                .and_then(|id| by_contact.get(&id))
                .map(Vec::as_slice)
                .unwrap_or_default();
            let last = calls
                .iter()
                .max_by_key(|call| when(call))
                .map_or(Value::Null, |call| (*call).clone());
            let mut row = contact.clone();
            if let Value::Object(fields) = &mut row {
                fields.insert("attempts".into(), Value::from(calls.len()));
                fields.insert("last_call".into(), last);
            }
            row
        })
        .collect();
    let mut columns: Vec<String> = crate::output::columns("list_campaign_contacts")
        .iter()
        .map(|c| (*c).to_owned())
        .collect();
    columns.push("attempts".into());
    for column in [
        "status",
        "answered_by",
        "ended_at",
        "duration",
        "recording_url",
        "extracted_data",
    ] {
        columns.push(format!("last_call.{column}"));
    }
    table_of("Contacts", &columns, &last_calls)
}

/// When a call happened, for finding a contact's last.
fn when(call: &Value) -> i64 {
    ["ended_at", "started_at", "created_at"]
        .iter()
        .find_map(|key| DateTime::parse_from_rfc3339(call[key].as_str()?).ok())
        .map_or(i64::MIN, |at| at.timestamp_millis())
}

fn table(name: &str, columns: &[&str], items: &[Value]) -> Sheet {
    let columns: Vec<String> = columns.iter().map(|c| (*c).to_owned()).collect();
    table_of(name, &columns, items)
}

fn table_of(name: &str, columns: &[String], items: &[Value]) -> Sheet {
    let columns = spread(columns, items);
    Sheet {
        name: name.into(),
        rows: items
            .iter()
            .map(|item| columns.iter().map(|c| value_at(item, c)).collect())
            .collect(),
        header: columns,
    }
}

/// `columns`, each free-form object among them (`extracted_data`) in
/// place of the keys the items have in it, in the order first met.
fn spread(columns: &[String], items: &[Value]) -> Vec<String> {
    let mut spread = Vec::new();
    for column in columns {
        let is_free_form = column
            .rsplit('.')
            .next()
            .is_some_and(|last| SPREAD.contains(&last));
        if !is_free_form {
            spread.push(column.clone());
            continue;
        }
        let mut keys: Vec<String> = Vec::new();
        for item in items {
            if let Value::Object(object) = value_at(item, column) {
                for name in object.keys() {
                    if !keys.contains(name) {
                        keys.push(name.clone());
                    }
                }
            }
        }
        spread.extend(keys.iter().map(|name| format!("{column}.{name}")));
    }
    spread
}
