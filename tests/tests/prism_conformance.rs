//! The client against Prism serving openapi/altur.yaml: for every operation
//! the spec has, varied requests that Prism finds nothing wrong with, and
//! responses that all decode; every error status the spec documents, asked
//! of Prism, decodes to the typed error.

use std::io::{Read, Write};
use std::num::NonZeroU64;

use altur_api::types::*;
use altur_api::{Client, Error};
use altur_api_tests::prism::{Prism, forward};
use altur_api_tests::rng::Rng;
use altur_api_tests::server::TestServer;
use altur_api_tests::{committed_spec, workspace_root};
use reqwest::StatusCode;
use reqwest::header::HeaderMap;

/// Requests per operation.
const PER_OPERATION: usize = 40;

/// Varied request inputs, deterministic, so a failure names a case to replay.
struct Cases(Rng);

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
        chrono::DateTime::from_timestamp(1_600_000_000 + self.below(200_000_000) as i64, 0).unwrap()
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
                self.maybe().then(|| DaySchedule {
                    start_time: Some("09:00".into()),
                    stop_time: Some("18:00".into()),
                    end_time: None,
                    active: Some(self.maybe()),
                })
            };
            Scheduling {
                mon: day(),
                tue: day(),
                wed: day(),
                thu: day(),
                fri: day(),
                sat: day(),
                sun: day(),
            }
        })
    }

    fn cycles(&mut self) -> Option<Cycles> {
        self.maybe().then(|| Cycles {
            enabled: Some(self.maybe()),
            mode: Some(self.pick(&[CyclesMode::Cooldown, CyclesMode::Scheduled])),
            max_iterations: Some(self.below(10) as i64),
            cooldown_minutes: Some(self.below(1440) as i64),
            filter_statuses: vec!["voicemail".into()],
            filter_tags: if self.maybe() {
                vec!["vip".into()]
            } else {
                vec![]
            },
            schedule: self.scheduling(),
            schedule_start_date: self.maybe().then(|| "2026-12-01".into()),
            schedule_end_date: self.maybe().then(|| "2026-12-31".into()),
        })
    }

    fn settings(&mut self) -> CampaignSettings {
        CampaignSettings {
            name: self
                .maybe()
                .then(|| format!("Campaign {}", self.below(1000)).parse().unwrap()),
            description: self.some_text(),
            timezone: self.maybe().then(|| "America/Bogota".into()),
            retries: self.maybe().then(|| self.below(6) as i64),
            message_limit: self
                .maybe()
                .then(|| NonZeroU64::new(1 + self.below(10_000)).unwrap()),
            first_message: self.some_text(),
            template: self.some_text(),
            template_alt: self.some_text(),
            scheduling: self.scheduling(),
        }
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
type Outcome = Result<(StatusCode, HeaderMap), Error>;

fn head<T>(response: altur_api::ResponseValue<T>) -> (StatusCode, HeaderMap) {
    (response.status(), response.headers().clone())
}

/// One varied request of `operation` (its operationId). A new operation in
/// the spec fails here until it has an arm.
async fn request(operation: &str, client: &Client, cases: &mut Cases) -> Outcome {
    let c = cases;
    match operation {
        "send_message" => client
            .send_message()
            .body(SendMessageBody {
                agent_id: c.maybe().then(|| c.uuid()),
                end_user_id: c.maybe().then(|| c.uuid()),
                content: c.some_text(),
            })
            .send()
            .await
            .map(head),
        "get_messages" => client
            .get_messages()
            .thread_id(c.segment())
            .send()
            .await
            .map(head),
        "retrieve_thread" => client
            .retrieve_thread()
            .id(c.segment())
            .send()
            .await
            .map(head),
        "create_end_user" => client
            .create_end_user()
            .body(EndUserData {
                display_name: c.some_text(),
                info: c.some_text(),
            })
            .send()
            .await
            .map(head),
        "retrieve_end_user" => client
            .retrieve_end_user()
            .id(c.uuid())
            .send()
            .await
            .map(head),
        "update_end_user" => client
            .update_end_user()
            .id(c.segment())
            .body(EndUserData {
                display_name: c.some_text(),
                info: c.some_text(),
            })
            .send()
            .await
            .map(head),
        "start_call" => client
            .start_call()
            .body(StartCallBody {
                agent_id: c.uuid(),
                phone_number_to: c.phone(),
                end_user_display_name: c.some_text(),
                end_user_context: match c.below(3) {
                    0 => None,
                    1 => Some(StartCallBodyEndUserContext::String(c.text())),
                    _ => Some(StartCallBodyEndUserContext::Object(c.json_object())),
                },
                initial_message: c.some_text(),
            })
            .send()
            .await
            .map(head),
        "retrieve_call" => client
            .retrieve_call()
            .id(c.segment())
            .send()
            .await
            .map(head),
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
            call.send().await.map(head)
        }
        "retrieve_campaign" => client.retrieve_campaign().id(c.id()).send().await.map(head),
        "create_campaign" => {
            let settings = c.settings();
            let body = NewCampaign {
                name: format!("Campaign {}", c.below(1000)).parse().unwrap(),
                agent_id: c.uuid().to_string(),
                integration_id: format!("int_{}", c.below(1000)),
                integration_type: c
                    .maybe()
                    .then(|| c.pick(&[CampaignChannel::PhoneCall, CampaignChannel::Whatsapp])),
                cycles: c.cycles(),
                description: settings.description,
                first_message: settings.first_message,
                message_limit: settings.message_limit,
                retries: settings.retries,
                scheduling: settings.scheduling,
                template: settings.template,
                template_alt: settings.template_alt,
                timezone: settings.timezone,
            };
            let mut call = client.create_campaign().body(body);
            if c.maybe() {
                call = call.idempotency_key(c.uuid().to_string());
            }
            call.send().await.map(head)
        }
        "update_campaign" => {
            let settings = c.settings();
            let body = CampaignUpdate {
                // A campaign's cycles as read, sent back: enabled and mode,
                // which the API refuses on update, are left behind.
                cycles: c.cycles().map(CyclesUpdate::from),
                description: settings.description,
                first_message: settings.first_message,
                message_limit: settings.message_limit,
                name: settings.name.map(|n| n.to_string().parse().unwrap()),
                retries: settings.retries,
                scheduling: settings.scheduling,
                template: settings.template,
                template_alt: settings.template_alt,
                timezone: settings.timezone,
            };
            client
                .update_campaign()
                .id(c.id())
                .body(body)
                .send()
                .await
                .map(head)
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
            .map(head),
        "add_campaign_contacts" => {
            let contacts = (0..c.below(5))
                .map(|_| NewContact {
                    contact: c.maybe().then(|| c.phone()),
                    name: c.some_text(),
                    context: c.some_text(),
                    extracted_data: c.json_object(),
                    f_id: c.maybe().then(|| format!("user_{}", c.below(100_000))),
                })
                .collect();
            let mut call =
                client
                    .add_campaign_contacts()
                    .id(c.id())
                    .body(AddCampaignContactsBody {
                        contacts,
                        if_duplicate: c.pick(&[
                            AddCampaignContactsBodyIfDuplicate::Skip,
                            AddCampaignContactsBodyIfDuplicate::Update,
                        ]),
                    });
            if c.maybe() {
                call = call.idempotency_key(c.uuid().to_string());
            }
            call.send().await.map(head)
        }
        "list_campaign_contacts" => {
            let mut call = client.list_campaign_contacts().id(c.id());
            if c.maybe() {
                let statuses: Vec<CampaignContactStatus> = [
                    "queue",
                    "sending",
                    "sent",
                    "delivered",
                    "voicemail",
                    "read",
                    "failed",
                    "no-answer",
                    "busy",
                    "retrying",
                    "converted",
                    "answered",
                    "accepted",
                    "acepted",
                    "rejected",
                    "unreachable",
                ]
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
            call.send().await.map(head)
        }
        "retrieve_campaign_contact" => client
            .retrieve_campaign_contact()
            .id(c.id())
            .contact_id(c.id())
            .send()
            .await
            .map(head),
        "delete_campaign_contact" => client
            .delete_campaign_contact()
            .id(c.id())
            .contact_id(c.id())
            .send()
            .await
            .map(head),
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
            call.send().await.map(head)
        }
        other => panic!("no conformance requests for `{other}`: add an arm for it"),
    }
}

/// Every operation of the committed spec, as operationId and its
/// documented error statuses.
fn operations() -> Vec<(String, Vec<u16>)> {
    let spec: serde_json::Value = serde_norway::from_str(&committed_spec()).unwrap();
    let mut found = Vec::new();
    for item in spec["paths"].as_object().unwrap().values() {
        for operation in item.as_object().unwrap().values() {
            let Some(id) = operation["operationId"].as_str() else {
                continue;
            };
            let errors = operation["responses"]
                .as_object()
                .unwrap()
                .keys()
                .filter_map(|code| code.parse::<u16>().ok())
                .filter(|code| *code >= 400)
                .collect();
            found.push((id.to_owned(), errors));
        }
    }
    found.sort();
    found
}

fn client(url: &str) -> Client {
    Client::builder()
        .api_key("sk_prism_test")
        .base_url(url)
        .build()
        .unwrap()
}

#[tokio::test]
async fn every_operation_conforms_and_every_response_decodes() {
    let prism = Prism::start(&workspace_root().join("openapi/altur.yaml"));
    let client = client(&prism.url);
    let operations = operations();
    assert_eq!(operations.len(), 18, "{operations:?}");
    let mut cases = Cases(Rng(0x9e37_79b9_7f4a_7c15));
    let mut decoded = 0;
    for (operation, _) in &operations {
        for case in 0..PER_OPERATION {
            let seed = cases.0.0;
            let (status, headers) = request(operation, &client, &mut cases)
                .await
                .unwrap_or_else(|e| panic!("{operation} case {case} (seed {seed:#x}): {e}"));
            assert!(status.is_success(), "{operation} case {case}: {status}");
            let violations = headers.get("sl-violations");
            assert!(
                violations.is_none(),
                "{operation} case {case} (seed {seed:#x}): Prism reports {violations:?}"
            );
            decoded += 1;
        }
    }
    assert_eq!(decoded, 18 * PER_OPERATION);

    // The check above can fail: Prism does flag a request that breaks the spec.
    for (path, body) in [
        ("/message", r#"{"agent_id":"not-a-uuid"}"#),
        (
            "/campaigns/1/contacts",
            r#"{"contacts":[],"if_duplicate":"merge"}"#,
        ),
        ("/campaigns/not-a-number/pause", ""),
    ] {
        // Where the operation documents a 4xx Prism answers with it and an
        // `sl-violations` header; where it documents none, with 422.
        let answer = raw_post(&prism.url, path, body).to_ascii_lowercase();
        assert!(
            answer.contains("sl-violations:") || answer.starts_with("http/1.1 422"),
            "Prism flagged nothing for POST {path}: {answer}"
        );
    }
}

#[tokio::test]
async fn every_documented_error_decodes_to_the_typed_error() {
    let prism = Prism::start(&workspace_root().join("openapi/altur.yaml"));
    let address = prism.url.trim_start_matches("http://").to_owned();
    let mut cases = Cases(Rng(0x2545_f491_4f6c_dd1d));
    let mut checked = 0;
    for (operation, errors) in operations() {
        for status in errors {
            let to = address.clone();
            let prefer = format!("code={status}");
            let proxy = TestServer::start(move |request| {
                forward(&to, request, &[("prefer", &prefer)], &[])
            })
            .await;
            let outcome = request(&operation, &client(&proxy.url), &mut cases).await;
            match outcome {
                Err(Error::Api {
                    status: got, error, ..
                }) => {
                    assert_eq!(got.as_u16(), status, "{operation}");
                    // Whatever Prism made up, the required message is there.
                    let _ = error.message;
                }
                other => panic!("{operation} with Prefer: code={status}: {other:?}"),
            }
            checked += 1;
        }
    }
    // send_message 3, get_messages 3, retrieve_thread 1, create_end_user 2,
    // retrieve_end_user 1, create_campaign 1, update_campaign 2,
    // campaign_action 3, delete_campaign_contact 1.
    assert_eq!(checked, 17);
}

/// A POST written by hand, without the client: its answer's head.
fn raw_post(url: &str, path: &str, body: &str) -> String {
    let mut stream = std::net::TcpStream::connect(url.trim_start_matches("http://")).unwrap();
    write!(
        stream,
        "POST {path} HTTP/1.1\r\nhost: prism\r\nauthorization: api-key k\r\ncontent-type: application/json\r\n\
         content-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    answer
        .split("\r\n\r\n")
        .next()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn a_request_without_the_key_gets_the_documented_401() {
    let prism = Prism::start(&workspace_root().join("openapi/altur.yaml"));
    // The client always sends its key; this loopback hop drops the header
    // on the way to Prism, as a proxy that loses it would.
    let prism_address = prism.url.trim_start_matches("http://").to_owned();
    let proxy =
        TestServer::start(move |request| forward(&prism_address, request, &[], &["authorization"]))
            .await;
    let error = client(&proxy.url)
        .send_message()
        .body(SendMessageBody::default())
        .send()
        .await
        .expect_err("401");
    let Error::Api { status, .. } = &error else {
        panic!("expected the typed 401, got {error:?}")
    };
    assert_eq!(status.as_u16(), 401);
    assert!(
        proxy.requests()[0].header("authorization").is_some(),
        "the client did send its key"
    );
}
