//! The JSON Schema of every public type: a change in the spec or in the
//! generator's settings shows up here as a schema diff.

use altur_api::types;
use altur_api_tests::{codegen, committed_spec};

/// Every type of `altur_api::types`; `the_list_covers_every_generated_type`
/// fails when the spec gains one that is not listed here.
macro_rules! public_types {
    ($($name:ident),* $(,)?) => {
        fn schemas() -> serde_json::Map<String, serde_json::Value> {
            let mut generator = schemars::SchemaGenerator::default();
            $( generator.subschema_for::<types::$name>(); )*
            generator.take_definitions(true)
        }
        const NAMES: &[&str] = &[$(stringify!($name)),*];
    };
}

public_types!(
    AddCampaignContactsBody,
    AddCampaignContactsBodyIfDuplicate,
    AddContactsResponse,
    AddContactsResponseSummary,
    Agent,
    AnsweredBy,
    Call,
    CallEndedEvent,
    CallStatus,
    CallType,
    Campaign,
    CampaignActionAction,
    CampaignAgent,
    CampaignCall,
    CampaignCallContact,
    CampaignChannel,
    CampaignContact,
    CampaignContactBilledDuration,
    CampaignContactStatus,
    CampaignCycle,
    CampaignCycleCompletedEvent,
    CampaignIntegration,
    CampaignList,
    CampaignListItem,
    CampaignResponse,
    CampaignSettings,
    CampaignSettingsName,
    CampaignStatus,
    CampaignStatusChange,
    CampaignStatusChangedEvent,
    CampaignUpdate,
    CampaignUpdateName,
    ContactResult,
    ContactResultError,
    ContactResultId,
    ContactResultStatus,
    Cycles,
    CyclesMode,
    CyclesUpdate,
    DaySchedule,
    EndUser,
    EndUserData,
    EndUserIntegrationType,
    Error,
    ErrorError,
    Integration,
    IntegrationType,
    ListCampaignCallsResponse,
    ListCampaignCallsStatus,
    ListCampaignContactsDirection,
    ListCampaignContactsResponse,
    Message,
    MessageResponse,
    MessageSentBy,
    MessageType,
    NewCampaign,
    NewCampaignName,
    NewContact,
    Pagination,
    RetrieveCampaignContactResponse,
    Scheduling,
    SendMessageBody,
    StartCallBody,
    StartCallBodyEndUserContext,
    Tag,
    TagColor,
    Thread,
    TranscriptEntry,
    TranscriptSpeaker,
    User,
    WebhookAgent,
    WebhookCampaign,
    WebhookCampaignUser,
    WebhookEndUser,
);

#[test]
fn json_schema_of_every_public_type() {
    insta::assert_json_snapshot!(schemas());
}

#[test]
fn the_list_covers_every_generated_type() {
    let source = codegen::generate(&committed_spec()).expect("generates");
    let file = syn::parse_file(&source).expect("parses");
    let mut generated: Vec<String> = file
        .items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "types" => m.content.as_ref().map(|(_, items)| items),
            _ => None,
        })
        .flatten()
        .filter_map(|item| match item {
            syn::Item::Struct(s) => Some(s.ident.to_string()),
            syn::Item::Enum(e) => Some(e.ident.to_string()),
            _ => None,
        })
        .collect();
    generated.sort();
    assert_eq!(generated, NAMES);
}

#[test]
fn an_open_enum_schema_accepts_any_string() {
    let schemas = schemas();
    let branches = schemas["TagColor"]["anyOf"].as_array().expect("anyOf");
    // One branch per known value, with what it means, then any string.
    assert_eq!(branches.len(), 8);
    assert_eq!(branches[4]["const"], "purple");
    assert_eq!(
        branches[4]["description"],
        "Shown in purple in the app.\n\n`\"purple\"` on the wire."
    );
    assert_eq!(branches[7]["type"], "string");
    assert!(
        branches[7].get("enum").is_none() && branches[7].get("const").is_none(),
        "the last branch takes any string"
    );
}
