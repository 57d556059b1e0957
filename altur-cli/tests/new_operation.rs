//! An operation added to the spec becomes a command with no edit: the
//! build's passes (`build/`, compiled here by `#[path]`) run on a copy of
//! the spec with one more operation place it in the tree by its path and
//! operationId, give it flags, and, being a list, a stream with `--limit`
//! (or, a bare array, its items a line each under `--limit`); a value
//! added to the lifecycle action's enum becomes a verb, and a tag the help
//! of its family (or, without one, its operations' summaries). An
//! operation whose words are all its path's nouns is named by the path's
//! last word, and `x-altur-cli-name` names one outright. Until the sandbox
//! models a new operation, `altur` says so in those words.

mod common;

#[path = "../build/adapt.rs"]
mod adapt;
#[path = "../build/cli_source.rs"]
mod cli_source;
#[path = "../build/command_paths.rs"]
mod command_paths;
#[path = "../build/families.rs"]
mod families;
// The build's own script reads the rest of it.
#[allow(dead_code)]
#[path = "../build/shapes.rs"]
mod shapes;
#[path = "../build/verbs.rs"]
mod verbs;

use altur_api_tests::changed_spec::{self, with_list_agents, with_renamed};
use altur_api_tests::{codegen, committed_spec};
use serde_json::{Value, json};

fn with_recordings_list() -> String {
    let mut spec: Value = serde_norway::from_str(&committed_spec()).unwrap();
    let list = spec["paths"]["/campaigns/{id}/calls"]["get"].clone();
    let mut recordings = list.clone();
    recordings["operationId"] = json!("list_campaign_recordings");
    recordings["summary"] = json!("Lists the recordings of a Campaign");
    spec["paths"]["/campaigns/{id}/recordings"] = json!({"get": recordings});
    serde_norway::to_string(&spec).unwrap()
}

#[test]
fn an_added_list_operation_is_a_streaming_command_at_its_path() {
    let spec_text = with_recordings_list();
    let spec: openapiv3::OpenAPI = serde_norway::from_str(&spec_text).unwrap();
    let paths = command_paths::derive(&spec).unwrap();
    assert_eq!(
        paths["list_campaign_recordings"],
        ["campaigns", "recordings", "list"]
    );
    // The others keep their places.
    assert_eq!(
        paths["add_campaign_contacts"],
        ["campaigns", "contacts", "add"]
    );
    assert_eq!(paths["send_message"], ["message", "send"]);
    assert_eq!(paths["create_end_user"], ["enduser", "create"]);
    assert_eq!(paths["campaign_action"], ["campaigns", "action"]);

    let source = cli_source::generate(&spec_text, &shapes::bodies(&spec_text).unwrap()).unwrap();
    assert!(
        source.contains(
            r#"CliCommand::ListCampaignRecordings => &["campaigns", "recordings", "list"]"#
        )
    );
    let execute = source
        .split("pub async fn execute_list_campaign_recordings")
        .nth(1)
        .expect("an execute function")
        .split("pub async fn")
        .next()
        .unwrap();
    assert!(
        execute.contains("request.stream()") && execute.contains("\"limit\""),
        "{execute}"
    );
    assert!(!execute.contains("page-index"), "{execute}");
}

#[test]
fn two_operations_on_one_command_fall_back_to_their_operation_ids() {
    let mut spec: Value = serde_norway::from_str(&committed_spec()).unwrap();
    // Another GET /thread/{id}-shaped operation whose verb is also `retrieve`.
    let mut copy = spec["paths"]["/thread/{id}"]["get"].clone();
    copy["operationId"] = json!("retrieve_thread");
    spec["paths"]["/thread/{id}"]["put"] = {
        let mut other = copy.clone();
        other["operationId"] = json!("retrieve_threads");
        other
    };
    let spec: openapiv3::OpenAPI =
        serde_norway::from_str(&serde_norway::to_string(&spec).unwrap()).unwrap();
    let paths = command_paths::derive(&spec).unwrap();
    assert_eq!(paths["retrieve_thread"], ["thread", "retrieve-thread"]);
    assert_eq!(paths["retrieve_threads"], ["thread", "retrieve-threads"]);
}

#[test]
fn an_action_added_to_the_enum_is_a_verb_and_a_tag_says_what_a_family_is_for() {
    let mut spec: Value = serde_norway::from_str(&committed_spec()).unwrap();
    let action = &mut spec["paths"]["/campaigns/{id}/{action}"]["post"]["parameters"];
    let schema = &mut action
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|p| p["name"] == "action")
        .unwrap()["schema"];
    schema["enum"]
        .as_array_mut()
        .unwrap()
        .push(json!("restart"));
    schema["x-enum-descriptions"]["restart"] = json!("Start a finished campaign over.");
    schema["x-altur-transitions"]["restart"] = json!({"from": ["finished"], "to": "active"});
    spec["paths"]["/campaigns/{id}/recordings"] = json!({"get": {
        "operationId": "list_campaign_recordings",
        "tags": ["Recordings"],
        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
        "responses": {"200": {"description": "ok"}},
    }});
    spec["tags"]
        .as_array_mut()
        .unwrap()
        .push(json!({"name": "Recordings", "description": "What was said on each call"}));
    let text = serde_norway::to_string(&spec).unwrap();
    let typed: openapiv3::OpenAPI = serde_norway::from_str(&text).unwrap();
    let paths = command_paths::derive(&typed).unwrap();

    let verbs = verbs::derive(&spec, &paths).unwrap();
    let words: Vec<String> = verbs.iter().map(|v| v.words.join(" ")).collect();
    assert_eq!(
        words,
        [
            "campaigns activate",
            "campaigns pause",
            "campaigns archive",
            "campaigns resume",
            "campaigns restart"
        ]
    );
    let restart = verbs.iter().find(|v| v.value == "restart").unwrap();
    assert_eq!(restart.about, "Start a finished campaign over.");
    assert_eq!(
        (restart.from.as_slice(), restart.to.as_deref()),
        (&["finished".to_owned()][..], Some("active"))
    );
    assert_eq!(restart.parameter, "action");

    let families = families::derive(&spec, &paths);
    let about = |words: &[&str]| {
        let words: Vec<String> = words.iter().map(|w| (*w).to_owned()).collect();
        families.get(&words).cloned()
    };
    assert_eq!(
        about(&["campaigns", "recordings"]).as_deref(),
        Some("What was said on each call")
    );
    // `campaigns` now holds an operation without its tag: most of its
    // operations still carry it.
    assert!(
        about(&["campaigns"]).is_some_and(|about| about.starts_with("Reach many contacts")),
        "{families:?}"
    );
    assert!(
        about(&["campaigns", "contacts"])
            .is_some_and(|about| about.starts_with("The people a campaign reaches")),
        "{families:?}"
    );

    let source = cli_source::generate(&text, &shapes::bodies(&text).unwrap()).unwrap();
    assert!(
        source.contains(r#"path: &["campaigns", "restart"]"#),
        "{source}"
    );
    assert!(source.contains("What was said on each call"));
}

/// `with_list_agents` (`GET /agents`, a bare array, no tag), with
/// `clone_campaign` on `POST /campaigns/{id}/clone` and, named by the
/// overlay's extension, `duplicate_campaign_with_contacts`.
fn with_agents_and_clones() -> Value {
    let mut spec = with_list_agents();
    let action = |id: &str| {
        json!({"post": {
            "operationId": id,
            "summary": "Copy a Campaign",
            "tags": ["Campaigns"],
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
            "responses": {"200": {"description": "The copy", "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/CampaignResponse"}}}}},
        }})
    };
    spec["paths"]["/campaigns/{id}/clone"] = action("clone_campaign");
    spec["paths"]["/campaigns/{id}/duplicate"] = action("duplicate_campaign_with_contacts");
    spec["paths"]["/campaigns/{id}/duplicate"]["post"]["x-altur-cli-name"] =
        json!("campaigns copy");
    spec
}

#[test]
fn words_that_are_all_nouns_name_the_command_by_the_path_s_last_word() {
    let text = changed_spec::text(&with_agents_and_clones());
    let typed: openapiv3::OpenAPI = serde_norway::from_str(&text).unwrap();
    let paths = command_paths::derive(&typed).unwrap();
    // Not `campaigns clone post`.
    assert_eq!(paths["clone_campaign"], ["campaigns", "clone"]);
    assert_eq!(
        paths["duplicate_campaign_with_contacts"],
        ["campaigns", "copy"]
    );
    assert_eq!(paths["list_agents"], ["agents", "list"]);
    // The others keep their places.
    assert_eq!(paths["retrieve_campaign"], ["campaigns", "retrieve"]);
    assert_eq!(paths["campaign_action"], ["campaigns", "action"]);

    let source = cli_source::generate(&text, &shapes::bodies(&text).unwrap()).unwrap();
    assert!(
        source.contains(r#"CliCommand::CloneCampaign => &["campaigns", "clone"]"#),
        "{source}"
    );
    assert!(
        source.contains(r#"CliCommand::DuplicateCampaignWithContacts => &["campaigns", "copy"]"#)
    );

    // A name that would hide another command is refused, naming both.
    let mut clash = with_agents_and_clones();
    clash["paths"]["/campaigns/{id}/duplicate"]["post"]["x-altur-cli-name"] =
        json!("campaigns clone");
    let typed: openapiv3::OpenAPI = serde_norway::from_str(&changed_spec::text(&clash)).unwrap();
    let refused = command_paths::derive(&typed).expect_err("a clash");
    assert!(
        refused.contains("duplicate_campaign_with_contacts")
            && refused.contains("clone_campaign")
            && refused.contains("x-altur-cli-name"),
        "{refused}"
    );
}

#[test]
fn a_family_without_a_tag_is_described_by_its_operations_summaries() {
    let spec = with_agents_and_clones();
    let text = changed_spec::text(&spec);
    let typed: openapiv3::OpenAPI = serde_norway::from_str(&text).unwrap();
    let paths = command_paths::derive(&typed).unwrap();
    let families = families::derive(&spec, &paths);
    assert_eq!(
        families.get(&vec!["agents".to_owned()]).map(String::as_str),
        Some("Returns the organization's Agents"),
        "{families:?}"
    );
    // A tagged family keeps its tag's description.
    assert!(
        families[&vec!["campaigns".to_owned()]].starts_with("Reach many contacts"),
        "{families:?}"
    );
}

#[test]
fn a_bare_array_answer_is_a_list_of_items_under_limit() {
    let text = changed_spec::text(&with_agents_and_clones());
    let bare = shapes::bare_lists(&text).unwrap();
    assert!(
        bare.contains(&"list_agents".to_owned()) && bare.contains(&"get_messages".to_owned()),
        "{bare:?}"
    );
    let source = cli_source::generate(&text, &shapes::bodies(&text).unwrap()).unwrap();
    let function = |prefix: &str| {
        source
            .split(&format!("pub {prefix}list_agents"))
            .nth(1)
            .unwrap_or_else(|| panic!("{prefix}list_agents"))
            .split("pub ")
            .next()
            .unwrap()
            .to_owned()
    };
    let execute = function("async fn execute_");
    assert!(
        execute.contains("self.config.list_item(item)")
            && execute.contains("self.config.list_end()")
            && execute.contains("\"limit\"")
            && !execute.contains("success_item"),
        "{execute}"
    );
    assert!(function("fn cli_").contains("\"limit\""));
}

/// `altur` on a sandbox whose spec renames an operation the command has:
/// the sandbox has no handler by that name, and the one line says it does
/// not model it, not that the status is undocumented (`altur api` on an
/// operation the command does not have: tests/sandbox.rs).
#[tokio::test]
async fn the_sandbox_not_modelling_an_operation_is_said_as_such() {
    let sandbox = altur_sandbox::Sandbox::builder()
        .seed(33)
        .manual_clock()
        .spec(changed_spec::text(&with_renamed(
            "retrieve_call",
            "retrieve_call_v2",
        )))
        .start()
        .await
        .unwrap();
    let run = common::on(&sandbox, &["call", "retrieve", "--id", "any"]).await;
    assert_eq!(run.code, 3, "{run:?}");
    assert_eq!(
        run.one_error_line(),
        "error: the sandbox does not model retrieve_call_v2 yet (501 NOT_MODELED)"
    );
}
