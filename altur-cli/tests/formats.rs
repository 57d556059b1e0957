//! What the API commands print, run as a process against the sandbox:
//! `--format csv` of every list command (read back by the `csv` crate: the
//! header is the item schema's properties flattened, in the spec's order,
//! and each row is its item, accents, commas and line breaks intact);
//! `--fields` choosing columns, a misspelt one refused before any request;
//! `--jq`; tables with nested objects flattened; a bad `--format` naming
//! the choices.

mod common;

use altur_api::types::{EndUserData, NewContact, SendMessageBody};
use altur_api_tests::committed_spec;
use altur_api_tests::sandbox::{create_campaign, phone_campaign, ran_campaign};
use altur_sandbox::Sandbox;
use common::{Run, altur};
use serde_json::Value;

/// A name with accents, and a context with a comma and a line break.
const JOSE: &str = "José Ñúñez Peña";
const CONTEXT: &str = "Debe $1,200.50, pagar \"antes\" del viernes\nllamar por la tarde";

/// A sandbox with a campaign that ran (so that it has calls), and a thread
/// of messages.
struct World {
    sandbox: Sandbox,
    campaign: altur_api::types::CampaignId,
    thread: altur_api::types::ThreadId,
}

async fn world() -> World {
    let sandbox = Sandbox::builder()
        .seed(27)
        .manual_clock()
        .start()
        .await
        .expect("the sandbox starts");
    let client = sandbox.client();
    let agent = sandbox.agents()[0].clone();
    let contact = |phone: &str, name: &str, context: &str| -> NewContact {
        altur_api_tests::built(
            NewContact::builder()
                .contact(phone)
                .name(name)
                .context(context)
                .f_id(format!("crm-{phone}")),
        )
    };
    let contacts = [
        contact("+525512345601", JOSE, CONTEXT),
        contact("+525512345602", "Zoë Brontë", "sin deuda"),
        contact("+525512345603", "Ana", ""),
    ];
    let campaign = ran_campaign(&sandbox, "Cobranza Ñandú", &contacts).await;
    let user = client
        .create_end_user()
        .body(EndUserData::builder().display_name("Sofía Núñez"))
        .send()
        .await
        .expect("an end user")
        .into_inner();
    let reply = client
        .send_message()
        .body(
            SendMessageBody::builder()
                .agent_id(agent.id)
                .end_user_id(user.id)
                .content("¿Cuánto debo, exactamente?\nGracias"),
        )
        .send()
        .await
        .expect("a message")
        .into_inner();
    let thread = reply.thread.map(|t| t.id).expect("the message's thread");
    World {
        sandbox,
        campaign,
        thread,
    }
}

impl World {
    async fn altur(&self, args: &[&str]) -> Run {
        common::on(&self.sandbox, args).await
    }

    /// Each list command (operationId, arguments).
    fn lists(&self) -> Vec<(&'static str, Vec<String>)> {
        let campaign = self.campaign.to_string();
        vec![
            ("list_campaigns", words(&["campaigns", "list"])),
            (
                "list_campaign_contacts",
                words(&["campaigns", "contacts", "list", "--id", &campaign]),
            ),
            (
                "list_campaign_calls",
                words(&["campaigns", "calls", "list", "--id", &campaign]),
            ),
            (
                "get_messages",
                words(&["message", "get", "--thread-id", &self.thread]),
            ),
        ]
    }
}

fn words(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| (*w).to_owned()).collect()
}

/// The spec, its mappings in the spec's order.
type Spec = serde_norway::Value;

fn resolve<'a>(spec: &'a Spec, schema: &'a Spec) -> &'a Spec {
    match schema.get("$ref").and_then(Spec::as_str) {
        Some(reference) => {
            let target = reference[2..]
                .split('/')
                .try_fold(spec, |v, key| v.get(key))
                .expect("resolves");
            resolve(spec, target)
        }
        None => schema,
    }
}

/// The list operations of the spec: those whose answer is an array, or a
/// page (a `pagination` beside its array); the schema of their items.
fn list_operations(spec: &Spec) -> Vec<(String, Spec)> {
    let mut found = Vec::new();
    for item in spec["paths"].as_mapping().expect("paths").values() {
        for operation in item.as_mapping().expect("a path item").values() {
            let Some(responses) = operation.get("responses").and_then(Spec::as_mapping) else {
                continue;
            };
            for (status, response) in responses {
                let status = match status {
                    Spec::Number(n) => n.to_string(),
                    other => other.as_str().unwrap_or_default().to_owned(),
                };
                let schema = &response["content"]["application/json"]["schema"];
                if !status.starts_with('2') || schema.is_null() {
                    continue;
                }
                let schema = resolve(spec, schema);
                let items = match schema.get("items") {
                    Some(items) => Some(items),
                    None if schema["properties"].get("pagination").is_some() => {
                        schema["properties"]
                            .as_mapping()
                            .expect("properties")
                            .values()
                            .find_map(|p| resolve(spec, p).get("items"))
                    }
                    None => None,
                };
                if let Some(items) = items {
                    let id = operation["operationId"].as_str().expect("an operationId");
                    found.push((id.to_owned(), resolve(spec, items).clone()));
                }
            }
        }
    }
    found
}

/// The schema's properties, nested objects flattened with dots.
fn flattened(spec: &Spec, schema: &Spec, prefix: &str) -> Vec<String> {
    let mut columns = Vec::new();
    let schema = resolve(spec, schema);
    for (name, property) in schema["properties"].as_mapping().into_iter().flatten() {
        let name = name.as_str().expect("a property name");
        let property = resolve(spec, property);
        if property["properties"]
            .as_mapping()
            .is_some_and(|p| !p.is_empty())
        {
            columns.extend(flattened(spec, property, &format!("{prefix}{name}.")));
        } else {
            columns.push(format!("{prefix}{name}"));
        }
    }
    columns
}

/// A CSV output read back: its header and its rows.
fn read_csv(run: &Run) -> (Vec<String>, Vec<Vec<String>>) {
    assert_eq!(run.code, 0, "{run:?}");
    let text = run
        .stdout
        .strip_prefix('\u{feff}')
        .expect("a byte order mark, for Excel");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader
        .headers()
        .expect("a header")
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.expect("a record").iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

/// What a cell holds for `column` of `item`.
fn cell(item: &Value, column: &str) -> String {
    match column.split('.').try_fold(item, |v, name| v.get(name)) {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(text)) => text.clone(),
        Some(other) => other.to_string(),
    }
}

#[tokio::test]
async fn csv_of_every_list_command_is_its_schema_s_columns_and_its_items() {
    let world = world().await;
    let spec: Spec = serde_norway::from_str(&committed_spec()).expect("YAML");
    let operations = list_operations(&spec);
    let lists = world.lists();
    let mut covered: Vec<&str> = lists.iter().map(|(id, _)| *id).collect();
    covered.sort_unstable();
    let mut in_spec: Vec<&str> = operations.iter().map(|(id, _)| id.as_str()).collect();
    in_spec.sort_unstable();
    assert_eq!(covered, in_spec, "every list operation is tried here");

    for (id, args) in &lists {
        let items = &operations.iter().find(|(o, _)| o == id).expect("listed").1;
        let columns = flattened(&spec, items, "");
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let json = world.altur(&args).await;
        assert_eq!(json.code, 0, "{json:?}");
        // Every list, in pages or in one answer (`message get`), is an
        // item a line.
        let items: Vec<Value> = json
            .stdout
            .lines()
            .map(|l| serde_json::from_str(l).expect("a JSON line"))
            .collect();
        assert!(!items.is_empty(), "{id} lists something: {json:?}");
        let csv = world
            .altur(&[args.as_slice(), &["--format", "csv"]].concat())
            .await;
        let (header, rows) = read_csv(&csv);
        assert_eq!(header, columns, "{id}");
        let expected: Vec<Vec<String>> = items
            .iter()
            .map(|item| columns.iter().map(|c| cell(item, c)).collect())
            .collect();
        assert_eq!(rows, expected, "{id}");
    }

    // Nested objects are columns of their own; an accented name and a
    // context with a comma, quotes and a line break come back whole.
    let campaign = world.campaign.to_string();
    let contacts = world
        .altur(&[
            "campaigns",
            "contacts",
            "list",
            "--id",
            &campaign,
            "--format",
            "csv",
        ])
        .await;
    let (header, rows) = read_csv(&contacts);
    let name = header
        .iter()
        .position(|c| c == "name")
        .expect("a name column");
    let context = header.iter().position(|c| c == "context").expect("context");
    let jose = rows.iter().find(|r| r[name] == JOSE).expect("José's row");
    assert_eq!(jose[context], CONTEXT);
    let calls = world
        .altur(&[
            "campaigns",
            "calls",
            "list",
            "--id",
            &campaign,
            "--format",
            "csv",
        ])
        .await;
    let (header, rows) = read_csv(&calls);
    assert!(header.contains(&"contact.name".to_owned()), "{header:?}");
    let at = header
        .iter()
        .position(|c| c == "contact.name")
        .expect("listed");
    assert!(rows.iter().any(|r| r[at] == JOSE), "{rows:?}");

    // `--limit` holds for CSV too; an empty list is its header alone.
    let one = world
        .altur(&[
            "campaigns",
            "contacts",
            "list",
            "--id",
            &campaign,
            "--format",
            "csv",
            "--limit",
            "1",
        ])
        .await;
    assert_eq!(read_csv(&one).1.len(), 1);
    let other = create_campaign(
        &world.sandbox.client(),
        phone_campaign(&world.sandbox.agents()[0], "Vacía"),
    )
    .await
    .to_string();
    let empty = world
        .altur(&[
            "campaigns",
            "contacts",
            "list",
            "--id",
            &other,
            "--format",
            "csv",
        ])
        .await;
    let (header, rows) = read_csv(&empty);
    assert!(header.contains(&"name".to_owned()) && rows.is_empty());

    // For programs that want no byte order mark.
    let bare = world
        .altur(&[
            "campaigns",
            "contacts",
            "list",
            "--id",
            &campaign,
            "--format",
            "csv",
            "--no-bom",
        ])
        .await;
    assert!(bare.stdout.starts_with("id,"), "{bare:?}");
}

#[tokio::test]
async fn fields_choose_and_order_the_columns_and_a_misspelt_one_names_the_choices() {
    let world = world().await;
    let campaign = world.campaign.to_string();
    let list = ["campaigns", "contacts", "list", "--id", &campaign];
    let csv = world
        .altur(
            &[
                list.as_slice(),
                &["--format", "csv", "--fields", "name,id,status"],
            ]
            .concat(),
        )
        .await;
    let (header, rows) = read_csv(&csv);
    assert_eq!(header, ["name", "id", "status"]);
    assert_eq!(rows.len(), 3);
    assert!(rows.iter().any(|r| r[0] == JOSE));

    // Tables alike, nested fields named with dots.
    let table = world
        .altur(&[
            "campaigns",
            "list",
            "--format",
            "table",
            "--fields",
            "agent.name,name",
        ])
        .await;
    assert_eq!(table.code, 0, "{table:?}");
    let lines: Vec<&str> = table.stdout.lines().collect();
    assert!(
        lines[0].starts_with("AGENT.NAME") && lines[0].ends_with("NAME"),
        "{lines:?}"
    );
    let agent = &world.sandbox.agents()[0].name;
    assert!(lines[1].starts_with(agent.as_str()) && lines[1].ends_with("Cobranza Ñandú"));

    let before = world.sandbox.requests().len();
    let misspelt = world
        .altur(
            &[
                list.as_slice(),
                &["--format", "csv", "--fields", "name,nmae"],
            ]
            .concat(),
        )
        .await;
    assert_eq!(misspelt.code, 2, "{misspelt:?}");
    let error = misspelt.one_error_line();
    assert!(
        error.contains("`nmae`") && error.contains("id,f_id,name,contact,status,context"),
        "{error}"
    );
    assert!(misspelt.stdout.is_empty());
    // JSON has no columns: `--jq` is how to pick its fields.
    let json = world
        .altur(&[list.as_slice(), &["--fields", "name"]].concat())
        .await;
    assert_eq!(json.code, 2, "{json:?}");
    assert!(json.one_error_line().contains("--jq"), "{json:?}");
    assert_eq!(world.sandbox.requests().len(), before, "nothing was sent");
}

#[tokio::test]
async fn jq_filters_each_item_of_a_list_and_a_bad_filter_is_refused_before_sending() {
    let world = world().await;
    let campaign = world.campaign.to_string();
    let list = ["campaigns", "contacts", "list", "--id", &campaign];
    let names = world
        .altur(&[list.as_slice(), &["--jq", ".name"]].concat())
        .await;
    assert_eq!(names.code, 0, "{names:?}");
    let mut names: Vec<&str> = names.stdout.lines().collect();
    names.sort_unstable();
    assert_eq!(names, ["Ana", JOSE, "Zoë Brontë"]);

    let objects = world
        .altur(
            &[
                list.as_slice(),
                &["--jq", "select(.name == \"Ana\") | {id, name}"],
            ]
            .concat(),
        )
        .await;
    let lines: Vec<Value> = objects
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(lines.len(), 1, "{objects:?}");
    assert_eq!(lines[0]["name"], "Ana");

    // One object: the filter runs on it.
    let one = world
        .altur(&[
            "campaigns",
            "retrieve",
            "--id",
            &campaign,
            "--jq",
            ".campaign.name",
        ])
        .await;
    assert_eq!(one.code, 0, "{one:?}");
    assert_eq!(one.stdout, "Cobranza Ñandú\n");

    let before = world.sandbox.requests().len();
    let bad = world
        .altur(&[list.as_slice(), &["--jq", ".name |"]].concat())
        .await;
    assert_eq!(bad.code, 2, "{bad:?}");
    let error = bad.one_error_line();
    assert!(
        error.contains("--jq") && error.contains(".name |"),
        "{error}"
    );
    let undefined = world
        .altur(&[list.as_slice(), &["--jq", "nosuchfunction(1)"]].concat())
        .await;
    assert_eq!(undefined.code, 2, "{undefined:?}");
    assert!(
        undefined.one_error_line().contains("nosuchfunction"),
        "{undefined:?}"
    );
    assert_eq!(world.sandbox.requests().len(), before, "nothing was sent");
}

#[tokio::test]
async fn tables_flatten_nested_objects_in_the_schema_s_order() {
    let world = world().await;
    let table = world
        .altur(&["campaigns", "list", "--format", "table"])
        .await;
    assert_eq!(table.code, 0, "{table:?}");
    let header: Vec<&str> = table
        .stdout
        .lines()
        .next()
        .expect("a header")
        .split_whitespace()
        .collect();
    assert_eq!(header[..2], ["ID", "NAME"], "{header:?}");
    let agent = header
        .iter()
        .position(|c| *c == "AGENT.NAME")
        .expect("agent.name");
    let status = header.iter().position(|c| *c == "STATUS").expect("status");
    assert!(status < agent, "the spec's order: {header:?}");
    assert!(table.stdout.contains(&world.sandbox.agents()[0].name));

    // One object: a field per line, nested ones by their dotted names.
    let campaign = world.campaign.to_string();
    let one = world
        .altur(&[
            "campaigns",
            "retrieve",
            "--id",
            &campaign,
            "--format",
            "table",
        ])
        .await;
    assert_eq!(one.code, 0, "{one:?}");
    assert!(
        one.stdout
            .lines()
            .any(|l| l.starts_with("campaign.agent.name")
                && l.ends_with(&world.sandbox.agents()[0].name)),
        "{}",
        one.stdout
    );
}

#[test]
fn a_bad_format_names_the_choices() {
    let run = common::run(altur(["campaigns", "list", "--format", "xml"]));
    assert_eq!(run.code, 2, "{run:?}");
    let error = run.one_error_line();
    assert!(
        error.contains("xml") && error.contains("json, table, csv"),
        "{error}"
    );
}
