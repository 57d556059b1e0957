//! One varied request of each operation of the spec, shared by the tests
//! that must cover every operation (Prism conformance, the drifted server):
//! a new operation in the spec fails them until `request` has an arm for it.

use std::num::NonZeroU64;

use altur_api::types::*;
use altur_api::{Client, Error};
use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use crate::built;
use crate::rng::Rng;

/// Varied request inputs, deterministic, so a failure names a case to replay.
pub struct Cases(pub Rng);

impl Cases {
    fn next(&mut self) -> u64 {
        self.0.next_u64()
    }

    fn below(&mut self, n: u64) -> u64 {
        self.0.below(n)
    }

    fn maybe(&mut self) -> bool {
        self.next() & 1 == 1
    }

    fn pick<T: Clone>(&mut self, from: &[T]) -> T {
        from[self.below(from.len() as u64) as usize].clone()
    }

    fn text(&mut self) -> String {
        let texts = [
            "hola",
            "",
            "When does my order ship?",
            "¿Dónde está mi pedido? 📦",
            "line\nbreak \"quoted\"",
            "thr 1/é?#%",
        ];
        match self.below(4) {
            0 => "a".repeat(self.below(2000) as usize),
            _ => self.pick(&texts).to_owned(),
        }
    }

    /// A path segment: any text but the empty one (which would change the path).
    fn segment(&mut self) -> String {
        let text = self.text();
        if text.is_empty() {
            "thr_1".into()
        } else {
            text
        }
    }

    fn some_text(&mut self) -> Option<String> {
        self.maybe().then(|| self.text())
    }

    fn uuid(&mut self) -> uuid::Uuid {
        uuid::Uuid::from_u64_pair(self.next(), self.next())
    }

    fn id(&mut self) -> i64 {
        1 + self.below(1_000_000_000) as i64
    }

    fn time(&mut self) -> chrono::DateTime<chrono::Utc> {
        // Nanoseconds too: the query sends at most microseconds.
        chrono::DateTime::from_timestamp(
            1_600_000_000 + self.below(200_000_000) as i64,
            self.below(1_000_000_000) as u32,
        )
        .unwrap()
    }

    fn page_size(&mut self) -> NonZeroU64 {
        NonZeroU64::new(1 + self.below(100)).unwrap()
    }

    fn phone(&mut self) -> String {
        format!("+52{}", 1_000_000_000 + self.below(9_000_000_000))
    }

    fn scheduling(&mut self) -> Option<Scheduling> {
        self.maybe().then(|| {
            let mut day = || {
                self.maybe().then(|| {
                    built(
                        DaySchedule::builder()
                            .start_time("09:00")
                            .stop_time("18:00")
                            .active(self.maybe()),
                    )
                })
            };
            built(
                Scheduling::builder()
                    .mon(day())
                    .tue(day())
                    .wed(day())
                    .thu(day())
                    .fri(day())
                    .sat(day())
                    .sun(day()),
            )
        })
    }

    fn cycles(&mut self) -> Option<Cycles> {
        self.maybe().then(|| {
            built(
                Cycles::builder()
                    .enabled(self.maybe())
                    .mode(self.pick(&[CyclesMode::Cooldown, CyclesMode::Scheduled]))
                    .max_iterations(self.below(10) as i64)
                    .cooldown_minutes(self.below(1440) as i64)
                    .filter_statuses(vec![CampaignContactStatus::Voicemail])
                    .filter_tags(if self.maybe() {
                        vec!["vip".to_owned()]
                    } else {
                        vec![]
                    })
                    .schedule(self.scheduling())
                    .schedule_start_date(self.maybe().then(|| "2026-12-01".to_owned()))
                    .schedule_end_date(self.maybe().then(|| "2026-12-31".to_owned())),
            )
        })
    }

    fn settings(&mut self) -> CampaignSettings {
        built(
            CampaignSettings::builder()
                .name(
                    self.maybe()
                        .then(|| format!("Campaign {}", self.below(1000)).parse().unwrap()),
                )
                .description(self.some_text())
                .timezone(self.maybe().then(|| "America/Bogota".to_owned()))
                .retries(self.maybe().then(|| self.below(6) as i64))
                .message_limit(
                    self.maybe()
                        .then(|| NonZeroU64::new(1 + self.below(10_000)).unwrap()),
                )
                .first_message(self.some_text())
                .template(self.some_text())
                .template_alt(self.some_text())
                .scheduling(self.scheduling()),
        )
    }

    fn end_user_data(&mut self) -> altur_api::types::builder::EndUserData {
        let data = with(EndUserData::builder(), self.some_text(), |b, v| {
            b.display_name(v)
        });
        with(data, self.some_text(), |b, v| b.info(v))
    }

    fn json_object(&mut self) -> serde_json::Map<String, serde_json::Value> {
        let mut object = serde_json::Map::new();
        for _ in 0..self.below(3) {
            object.insert(self.text(), self.text().into());
        }
        object
    }
}

/// What came back, whatever the operation's success type.
pub type Outcome = Result<Seen, Error>;

/// What came back: status, headers, and the decoded value serialized again,
/// to compare with what the server sent.
#[derive(Debug)]
pub struct Seen {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub value: serde_json::Value,
}

fn seen<T: serde::Serialize>(response: altur_api::ResponseValue<T>) -> Seen {
    Seen {
        status: response.status(),
        headers: response.headers().clone(),
        value: serde_json::to_value(response.as_ref()).expect("generated types serialize"),
    }
}

/// `set(builder, value)` for `Some(value)`, the builder unchanged for
/// `None`: a case that leaves a field out compiles whether the spec makes
/// the field optional or required (`.content(c.some_text())` would not
/// once it is required); where it is required, `request` says so.
fn with<B, V>(builder: B, value: Option<V>, set: impl FnOnce(B, V) -> B) -> B {
    match value {
        Some(value) => set(builder, value),
        None => builder,
    }
}

/// One varied request of `operation` (its operationId). A new operation in
/// the spec fails here until it has an arm; a field the spec now requires
/// and some case leaves out fails here too, naming it.
pub async fn request(operation: &str, client: &Client, cases: &mut Cases) -> Outcome {
    let outcome = varied(operation, client, cases).await;
    if let Err(Error::InvalidRequest(why)) = &outcome {
        panic!(
            "tests/src/calls.rs: a case of `{operation}` leaves out what the spec requires ({why}): \
             set it in every case of its arm of `request`"
        );
    }
    outcome
}

async fn varied(operation: &str, client: &Client, cases: &mut Cases) -> Outcome {
    let c = cases;
    match operation {
        "send_message" => client
            .send_message()
            .body({
                let body = SendMessageBody::builder();
                let body = with(body, c.maybe().then(|| c.uuid()), |b, v| b.agent_id(v));
                let body = with(body, c.maybe().then(|| c.uuid()), |b, v| b.end_user_id(v));
                with(body, c.some_text(), |b, v| b.content(v))
            })
            .send()
            .await
            .map(seen),
        "get_messages" => client
            .get_messages()
            .thread_id(c.segment())
            .send()
            .await
            .map(seen),
        "retrieve_thread" => client
            .retrieve_thread()
            .id(c.segment())
            .send()
            .await
            .map(seen),
        "create_end_user" => client
            .create_end_user()
            .body(c.end_user_data())
            .send()
            .await
            .map(seen),
        "retrieve_end_user" => client
            .retrieve_end_user()
            .id(c.uuid())
            .send()
            .await
            .map(seen),
        "update_end_user" => client
            .update_end_user()
            .id(c.uuid())
            .body(c.end_user_data())
            .send()
            .await
            .map(seen),
        "start_call" => client
            .start_call()
            .body({
                let body = StartCallBody::builder()
                    .agent_id(c.uuid())
                    .phone_number_to(c.phone());
                let body = with(body, c.some_text(), |b, v| b.end_user_display_name(v));
                let context = match c.below(3) {
                    0 => None,
                    1 => Some(StartCallBodyEndUserContext::String(c.text())),
                    _ => Some(StartCallBodyEndUserContext::Object(c.json_object())),
                };
                let body = with(body, context, |b, v| b.end_user_context(v));
                with(body, c.some_text(), |b, v| b.initial_message(v))
            })
            .send()
            .await
            .map(seen),
        "retrieve_call" => client
            .retrieve_call()
            .id(c.segment())
            .send()
            .await
            .map(seen),
        "list_campaigns" => {
            let mut call = client.list_campaigns();
            if c.maybe() {
                call = call.agent_id(c.uuid());
            }
            if c.maybe() {
                call = call.status(c.pick(&[
                    CampaignStatus::Pending,
                    CampaignStatus::Ready,
                    CampaignStatus::Active,
                    CampaignStatus::Inactive,
                    CampaignStatus::Cooldown,
                    CampaignStatus::Finished,
                ]));
            }
            if c.maybe() {
                call = call
                    .integration(c.pick(&[CampaignChannel::PhoneCall, CampaignChannel::Whatsapp]));
            }
            if c.maybe() {
                // The docs: startDate and endDate go together.
                call = call.start_date(c.time()).end_date(c.time());
            }
            if c.maybe() {
                call = call.page_size(c.page_size());
            }
            if c.maybe() {
                call = call.page_index(c.below(1000));
            }
            if c.maybe() {
                call = call.cursor(format!("cur_{}", c.below(1000)));
            }
            call.send().await.map(seen)
        }
        "retrieve_campaign" => client.retrieve_campaign().id(c.id()).send().await.map(seen),
        "create_campaign" => {
            let settings = c.settings();
            let body = NewCampaign::builder()
                .name(format!("Campaign {}", c.below(1000)))
                .agent_id(c.uuid().to_string())
                .integration_id(format!("int_{}", c.below(1000)))
                .integration_type(
                    c.maybe()
                        .then(|| c.pick(&[CampaignChannel::PhoneCall, CampaignChannel::Whatsapp])),
                )
                .cycles(c.cycles())
                .description(settings.description)
                .first_message(settings.first_message)
                .message_limit(settings.message_limit)
                .retries(settings.retries)
                .scheduling(settings.scheduling)
                .template(settings.template)
                .template_alt(settings.template_alt)
                .timezone(settings.timezone);
            let mut call = client.create_campaign().body(body);
            if c.maybe() {
                call = call.idempotency_key(c.uuid().to_string());
            }
            call.send().await.map(seen)
        }
        "update_campaign" => {
            let settings = c.settings();
            let body = CampaignUpdate::builder()
                // A campaign's cycles as read, sent back: enabled and mode,
                // which the API refuses on update, are left behind.
                .cycles(c.cycles().map(CyclesUpdate::from))
                .description(settings.description)
                .first_message(settings.first_message)
                .message_limit(settings.message_limit)
                .name(
                    settings
                        .name
                        .map(|n| n.to_string().parse::<CampaignUpdateName>().unwrap()),
                )
                .retries(settings.retries)
                .scheduling(settings.scheduling)
                .template(settings.template)
                .template_alt(settings.template_alt)
                .timezone(settings.timezone);
            client
                .update_campaign()
                .id(c.id())
                .body(body)
                .send()
                .await
                .map(seen)
        }
        "campaign_action" => client
            .campaign_action()
            .id(c.id())
            .action(c.pick(&[
                CampaignActionAction::Activate,
                CampaignActionAction::Pause,
                CampaignActionAction::Archive,
                CampaignActionAction::Resume,
            ]))
            .send()
            .await
            .map(seen),
        "add_campaign_contacts" => {
            let contacts = (0..c.below(5))
                .map(|_| {
                    let row = NewContact::builder();
                    let row = with(row, c.maybe().then(|| c.phone()), |b, v| b.contact(v));
                    let row = with(row, c.some_text(), |b, v| b.name(v));
                    let row = with(row, c.some_text(), |b, v| b.context(v));
                    let row = row.extracted_data(c.json_object());
                    let id = c.maybe().then(|| format!("user_{}", c.below(100_000)));
                    built(with(row, id, |b, v| b.f_id(v)))
                })
                .collect::<Vec<NewContact>>();
            let mut call = client.add_campaign_contacts().id(c.id()).body(
                AddCampaignContactsBody::builder()
                    .contacts(contacts)
                    .if_duplicate(c.pick(&[
                        AddCampaignContactsBodyIfDuplicate::Skip,
                        AddCampaignContactsBodyIfDuplicate::Update,
                    ])),
            );
            if c.maybe() {
                call = call.idempotency_key(c.uuid().to_string());
            }
            call.send().await.map(seen)
        }
        "list_campaign_contacts" => {
            let mut call = client.list_campaign_contacts().id(c.id());
            if c.maybe() {
                let statuses: Vec<CampaignContactStatus> = CampaignContactStatus::KNOWN
                    .iter()
                    .map(|s| s.parse().unwrap())
                    .collect();
                call = call.status(c.pick(&statuses));
            }
            if c.maybe() {
                call = call.page_size(c.page_size());
            }
            if c.maybe() {
                call = call.page_index(c.below(25_001) as i64);
            }
            if c.maybe() {
                call = call.cursor(format!("cur_{}", c.below(1000)));
                if c.maybe() {
                    call = call.direction(c.pick(&[
                        ListCampaignContactsDirection::Next,
                        ListCampaignContactsDirection::Previous,
                    ]));
                }
            }
            call.send().await.map(seen)
        }
        "retrieve_campaign_contact" => client
            .retrieve_campaign_contact()
            .id(c.id())
            .contact_id(c.id())
            .send()
            .await
            .map(seen),
        "delete_campaign_contact" => client
            .delete_campaign_contact()
            .id(c.id())
            .contact_id(c.id())
            .send()
            .await
            .map(seen),
        "list_campaign_calls" => {
            let mut call = client.list_campaign_calls().id(c.id());
            if c.maybe() {
                call = call.status(c.pick(&[
                    ListCampaignCallsStatus::Ended,
                    ListCampaignCallsStatus::Failed,
                    ListCampaignCallsStatus::Busy,
                    ListCampaignCallsStatus::NoAnswer,
                    ListCampaignCallsStatus::InProgress,
                ]));
            }
            if c.maybe() {
                call = call.answered_by(c.pick(&[
                    AnsweredBy::Human,
                    AnsweredBy::Machine,
                    AnsweredBy::Unknown,
                ]));
            }
            if c.maybe() {
                call = call.start_date(c.time());
            }
            if c.maybe() {
                call = call.end_date(c.time());
            }
            if c.maybe() {
                call = call.page_size(c.page_size());
            }
            if c.maybe() {
                call = call.page_index(c.below(1000));
            }
            call.send().await.map(seen)
        }
        other => panic!("no requests for `{other}` in tests/src/calls.rs: add an arm for it"),
    }
}

/// The `stream()` of a list operation, its items as JSON. A list operation
/// of the spec without an arm here fails the drifted-server test.
pub fn stream<'a>(
    operation: &str,
    client: &'a Client,
) -> futures_util::stream::LocalBoxStream<'a, Result<serde_json::Value, altur_api::PageError>> {
    use futures_util::StreamExt;
    // The stream's own item type, as the crate yields it.
    #[allow(clippy::result_large_err)]
    fn json<T: serde::Serialize>(
        item: Result<T, altur_api::PageError>,
    ) -> Result<serde_json::Value, altur_api::PageError> {
        item.map(|item| serde_json::to_value(item).expect("generated types serialize"))
    }
    match operation {
        "list_campaigns" => client.list_campaigns().stream().map(json).boxed_local(),
        "list_campaign_contacts" => client
            .list_campaign_contacts()
            .id(1)
            .stream()
            .map(json)
            .boxed_local(),
        "list_campaign_calls" => client
            .list_campaign_calls()
            .id(1)
            .stream()
            .map(json)
            .boxed_local(),
        other => panic!("no stream for `{other}` in tests/src/calls.rs"),
    }
}
