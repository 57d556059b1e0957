// Generated from altur.yaml by altur-api's codegen/: never edit it by hand.
// `cargo xtask spec build` writes it. The packaged crate compiles it as it
// is; the workspace's build (feature `codegen`) generates it afresh.
// fingerprint: 3f90cf625c3c89c2

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
#[derive(Clone, Debug)]
/**Client for Altur API

An API aimed to allow third-party developers to interact with the Altur platform through a RESTful interface.

Version: 1.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::transport::Transport,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::transport::Transport) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::transport::Transport,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::transport::Transport> for Client {
    fn api_version() -> &'static str {
        "1.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::transport::Transport {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::transport::Transport>,
    {}
};
impl Client {
    /**Returns one contact of a Campaign. Rate limit: 12 requests per second.

Sends a `GET` request to `/campaigns/{id}/contacts/{contact_id}`

Arguments:
- `id`: Identifier of the Campaign
- `contact_id`: Identifier of the Contact
```ignore
let response = client.retrieve_campaign_contact()
    .id(id)
    .contact_id(contact_id)
    .send()
    .await;
```*/
    pub fn retrieve_campaign_contact(&self) -> builder::RetrieveCampaignContact<'_> {
        builder::RetrieveCampaignContact::new(self)
    }
    /**Removes a contact that has not been worked yet (status queue or failed). Rate limit: 12 requests per second.

Sends a `DELETE` request to `/campaigns/{id}/contacts/{contact_id}`

Arguments:
- `id`: Identifier of the Campaign
- `contact_id`: Identifier of the Contact
```ignore
let response = client.delete_campaign_contact()
    .id(id)
    .contact_id(contact_id)
    .send()
    .await;
```*/
    pub fn delete_campaign_contact(&self) -> builder::DeleteCampaignContact<'_> {
        builder::DeleteCampaignContact::new(self)
    }
    /**Returns a Call with its Thread and timing

Sends a `GET` request to `/call/{id}`

Arguments:
- `id`: Unique identifier of the Call
```ignore
let response = client.retrieve_call()
    .id(id)
    .send()
    .await;
```*/
    pub fn retrieve_call(&self) -> builder::RetrieveCall<'_> {
        builder::RetrieveCall::new(self)
    }
    /**Lists the Campaigns of your organization. Rate limit: 12 requests per second. startDate and endDate must be sent together. Pages go by pageIndex, or by cursor where a page carries next_cursor; keep the filters the same from page to page.

Sends a `GET` request to `/campaigns`

Arguments:
- `agent_id`: Only Campaigns assigned to this Agent
- `cursor`: The next_cursor of the previous page, to page by cursor
- `end_date`: Upper bound of the date range
- `integration`
- `page_index`: Page to return, from 0
- `page_size`: Number of items per page
- `start_date`: Lower bound of the date range
- `status`
```ignore
let response = client.list_campaigns()
    .agent_id(agent_id)
    .cursor(cursor)
    .end_date(end_date)
    .integration(integration)
    .page_index(page_index)
    .page_size(page_size)
    .start_date(start_date)
    .status(status)
    .send()
    .await;
```*/
    pub fn list_campaigns(&self) -> builder::ListCampaigns<'_> {
        builder::ListCampaigns::new(self)
    }
    /**Creates a phone-call or WhatsApp Campaign. Pass an Idempotency-Key header (UUID recommended): a replay returns the original response. A field of the other channel is refused (400 INVALID_REQUEST). Cycles (phone-call campaigns only) can be switched on here and only here: cycles.enabled and cycles.mode cannot change later; with enabled false or left out the rest of cycles is ignored, and with mode cooldown the schedule fields are refused. Rate limit: 12 requests per second.

Sends a `POST` request to `/campaigns`

Arguments:
- `idempotency_key`: Client-generated key (UUID recommended) that makes the request idempotent
- `body`: Campaign to be created
```ignore
let response = client.create_campaign()
    .idempotency_key(idempotency_key)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_campaign(&self) -> builder::CreateCampaign<'_> {
        builder::CreateCampaign::new(self)
    }
    /**Returns a Campaign's configuration and, once it has run, its analytics. Rate limit: 12 requests per second.

Sends a `GET` request to `/campaigns/{id}`

Arguments:
- `id`: Identifier of the Campaign
```ignore
let response = client.retrieve_campaign()
    .id(id)
    .send()
    .await;
```*/
    pub fn retrieve_campaign(&self) -> builder::RetrieveCampaign<'_> {
        builder::RetrieveCampaign::new(self)
    }
    /**Changes some settings of a Campaign; a field left out keeps its value. Finished campaigns are read-only (409 CAMPAIGN_FINISHED). Cycle settings are refused for a campaign created without cycles (400 CYCLES_NOT_ENABLED), and the schedule fields unless its cycles.mode is scheduled (400 SCHEDULED_MODE_ONLY). Rate limit: 12 requests per second.

Sends a `PATCH` request to `/campaigns/{id}`

Arguments:
- `id`: Identifier of the Campaign
- `body`: Partial Campaign update
```ignore
let response = client.update_campaign()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_campaign(&self) -> builder::UpdateCampaign<'_> {
        builder::UpdateCampaign::new(self)
    }
    /**Pages through the Calls a Campaign made, with filters. Keep the filters the same from page to page. Rate limit: 12 requests per second.

Sends a `GET` request to `/campaigns/{id}/calls`

Arguments:
- `id`: Identifier of the Campaign
- `answered_by`
- `end_date`: Only Calls created before this time
- `page_index`: Page to return, from 0
- `page_size`: Number of items per page
- `start_date`: Only Calls created after this time
- `status`
```ignore
let response = client.list_campaign_calls()
    .id(id)
    .answered_by(answered_by)
    .end_date(end_date)
    .page_index(page_index)
    .page_size(page_size)
    .start_date(start_date)
    .status(status)
    .send()
    .await;
```*/
    pub fn list_campaign_calls(&self) -> builder::ListCampaignCalls<'_> {
        builder::ListCampaignCalls::new(self)
    }
    /**Pages through the contacts of a Campaign. Keep the filters the same from page to page. total_count is computed on the first page only. Rate limit: 12 requests per second.

Sends a `GET` request to `/campaigns/{id}/contacts`

Arguments:
- `id`: Identifier of the Campaign
- `cursor`: The next_cursor (or previous_cursor) of a page, to page by cursor (older form)
- `direction`: Which way to page from cursor (older form)
- `page_index`: Page to return, from 0
- `page_size`: Number of items per page
- `status`
```ignore
let response = client.list_campaign_contacts()
    .id(id)
    .cursor(cursor)
    .direction(direction)
    .page_index(page_index)
    .page_size(page_size)
    .status(status)
    .send()
    .await;
```*/
    pub fn list_campaign_contacts(&self) -> builder::ListCampaignContacts<'_> {
        builder::ListCampaignContacts::new(self)
    }
    /**Adds up to 1000 contacts to a Campaign. Each row is processed on its own; one bad row does not fail the batch. Pass an Idempotency-Key header (UUID recommended) so that a retry does not queue the batch twice. Rate limit: 12 requests per second.

Sends a `POST` request to `/campaigns/{id}/contacts`

Arguments:
- `id`: Identifier of the Campaign
- `idempotency_key`: Client-generated key (UUID recommended) that makes the request idempotent
- `body`: Batch of contacts to create
```ignore
let response = client.add_campaign_contacts()
    .id(id)
    .idempotency_key(idempotency_key)
    .body(body)
    .send()
    .await;
```*/
    pub fn add_campaign_contacts(&self) -> builder::AddCampaignContacts<'_> {
        builder::AddCampaignContacts::new(self)
    }
    /**Returns an EndUser

Sends a `GET` request to `/enduser/{id}`

Arguments:
- `id`: Unique identifier of the EndUser
```ignore
let response = client.retrieve_end_user()
    .id(id)
    .send()
    .await;
```*/
    pub fn retrieve_end_user(&self) -> builder::RetrieveEndUser<'_> {
        builder::RetrieveEndUser::new(self)
    }
    /**Updates the display name and info of an EndUser

Sends a `PUT` request to `/enduser/{id}`

Arguments:
- `id`: Unique identifier of the EndUser
- `body`: EndUser object that needs to be updated
```ignore
let response = client.update_end_user()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_end_user(&self) -> builder::UpdateEndUser<'_> {
        builder::UpdateEndUser::new(self)
    }
    /**Returns every Message in a Thread, oldest first

Sends a `GET` request to `/message/{thread_id}`

Arguments:
- `thread_id`: Unique identifier of the Thread
```ignore
let response = client.get_messages()
    .thread_id(thread_id)
    .send()
    .await;
```*/
    pub fn get_messages(&self) -> builder::GetMessages<'_> {
        builder::GetMessages::new(self)
    }
    /**Returns a Thread between an Agent and an EndUser

Sends a `GET` request to `/thread/{id}`

Arguments:
- `id`: Unique identifier of the Thread
```ignore
let response = client.retrieve_thread()
    .id(id)
    .send()
    .await;
```*/
    pub fn retrieve_thread(&self) -> builder::RetrieveThread<'_> {
        builder::RetrieveThread::new(self)
    }
    /**Starts an outbound phone Call from an Agent to a phone number

Sends a `POST` request to `/call`

```ignore
let response = client.start_call()
    .body(body)
    .send()
    .await;
```*/
    pub fn start_call(&self) -> builder::StartCall<'_> {
        builder::StartCall::new(self)
    }
    /**Activates, pauses, resumes or archives a Campaign. activate: from pending, ready or cooldown, to active. pause: from active or cooldown, to inactive. resume: from inactive, to active. archive: from any status, sets archived. archive, pause and resume succeed and do nothing when already done; activate is not idempotent (409 INVALID_STATUS_TRANSITION, with current_status and valid_targets; use resume for a paused campaign). activate and resume answer 402 BILLING_LIMIT_REACHED when the plan's limit is reached. Rate limit: 12 requests per second.

Sends a `POST` request to `/campaigns/{id}/{action}`

Arguments:
- `id`: Identifier of the Campaign
- `action`
```ignore
let response = client.campaign_action()
    .id(id)
    .action(action)
    .send()
    .await;
```*/
    pub fn campaign_action(&self) -> builder::CampaignAction<'_> {
        builder::CampaignAction::new(self)
    }
    /**Creates an EndUser in your organization

Sends a `POST` request to `/enduser`

Arguments:
- `body`: EndUser to be created
```ignore
let response = client.create_end_user()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_end_user(&self) -> builder::CreateEndUser<'_> {
        builder::CreateEndUser::new(self)
    }
    /**Send an end user's message to the agent and get the agent's replies

Sends a Message written by the EndUser (`end_user_id`) to the Agent (`agent_id`), as if the end user had typed it, and returns the Message created from the request (`in_response_to`), the Messages the Agent generated in response (`messages`), and the Thread between the Agent and the EndUser. It does not send anything to the end user: to reach a customer first, start a call (`start_call`) or run a WhatsApp campaign.

Sends a `POST` request to `/message`

```ignore
let response = client.send_message()
    .body(body)
    .send()
    .await;
```*/
    pub fn send_message(&self) -> builder::SendMessage<'_> {
        builder::SendMessage::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::retrieve_campaign_contact`]

[`Client::retrieve_campaign_contact`]: super::Client::retrieve_campaign_contact*/
    #[derive(Debug, Clone)]
    pub struct RetrieveCampaignContact<'a> {
        client: &'a super::Client,
        id: Result<types::CampaignId, String>,
        contact_id: Result<types::ContactId, String>,
    }
    impl<'a> RetrieveCampaignContact<'a> {
        /// What this operation's calls' spans name (from the spec).
        const OPERATION: crate::transport::Operation = crate::transport::Operation {
            id: "retrieve_campaign_contact",
            method: "GET",
            path: "/campaigns/{id}/contacts/{contact_id}",
        };
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                contact_id: Err("contact_id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<types::CampaignId>,
        {
            self.id = <V as crate::FieldValue<types::CampaignId>>::into_field(value)
                .map_err(|e: ::std::string::String| format!("id {e}"));
            self
        }
        pub fn contact_id<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<types::ContactId>,
        {
            self.contact_id = <V as crate::FieldValue<
                types::ContactId,
            >>::into_field(value)
                .map_err(|e: ::std::string::String| format!("contact_id {e}"));
            self
        }
        ///Sends a `GET` request to `/campaigns/{id}/contacts/{contact_id}`
        async fn send_generated(
            self,
        ) -> Result<
            ResponseValue<types::RetrieveCampaignContactResponse>,
            Error<types::Error>,
        > {
            let Self { client, id, contact_id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let contact_id = contact_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/campaigns/{}/contacts/{}", client.baseurl, crate
                ::path_segment::Segment(& id), crate ::path_segment::Segment(&
                contact_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .header(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "retrieve_campaign_contact",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16..=299u16 => crate::lenient::success(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request and waits for the response.
        ///
        /// It is sent again after a passing failure only where the operation
        /// may be repeated (the crate docs' table says which), and otherwise
        /// after a 429 alone, which says it was not carried out; after any
        /// other failure it may still have been carried out by the server.
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<types::RetrieveCampaignContactResponse>,
                crate::Error,
            >,
        > + 'a {
            crate::transport::record_retrying(
                self.client,
                Self::OPERATION,
                self,
                Self::send_generated,
                crate::retry::After::Passing,
            )
        }
    }
    /**Builder for [`Client::delete_campaign_contact`]

[`Client::delete_campaign_contact`]: super::Client::delete_campaign_contact*/
    #[derive(Debug, Clone)]
    pub struct DeleteCampaignContact<'a> {
        client: &'a super::Client,
        id: Result<types::CampaignId, String>,
        contact_id: Result<types::ContactId, String>,
    }
    impl<'a> DeleteCampaignContact<'a> {
        /// What this operation's calls' spans name (from the spec).
        const OPERATION: crate::transport::Operation = crate::transport::Operation {
            id: "delete_campaign_contact",
            method: "DELETE",
            path: "/campaigns/{id}/contacts/{contact_id}",
        };
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                contact_id: Err("contact_id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<types::CampaignId>,
        {
            self.id = <V as crate::FieldValue<types::CampaignId>>::into_field(value)
                .map_err(|e: ::std::string::String| format!("id {e}"));
            self
        }
        pub fn contact_id<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<types::ContactId>,
        {
            self.contact_id = <V as crate::FieldValue<
                types::ContactId,
            >>::into_field(value)
                .map_err(|e: ::std::string::String| format!("contact_id {e}"));
            self
        }
        ///Sends a `DELETE` request to `/campaigns/{id}/contacts/{contact_id}`
        async fn send_generated(self) -> Result<ResponseValue<()>, Error<types::Error>> {
            let Self { client, id, contact_id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let contact_id = contact_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/campaigns/{}/contacts/{}", client.baseurl, crate
                ::path_segment::Segment(& id), crate ::path_segment::Segment(&
                contact_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .header(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_campaign_contact",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16..=299u16 => Ok(ResponseValue::empty(response)),
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request and waits for the response.
        ///
        /// It is sent again after a passing failure only where the operation
        /// may be repeated (the crate docs' table says which), and otherwise
        /// after a 429 alone, which says it was not carried out; after any
        /// other failure it may still have been carried out by the server.
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<ResponseValue<()>, crate::Error>,
        > + 'a {
            crate::transport::record_retrying(
                self.client,
                Self::OPERATION,
                self,
                Self::send_generated,
                crate::retry::After::Passing,
            )
        }
    }
    /**Builder for [`Client::retrieve_call`]

[`Client::retrieve_call`]: super::Client::retrieve_call*/
    #[derive(Debug, Clone)]
    pub struct RetrieveCall<'a> {
        client: &'a super::Client,
        id: Result<types::CallId, String>,
    }
    impl<'a> RetrieveCall<'a> {
        /// What this operation's calls' spans name (from the spec).
        const OPERATION: crate::transport::Operation = crate::transport::Operation {
            id: "retrieve_call",
            method: "GET",
            path: "/call/{id}",
        };
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<types::CallId>,
        {
            self.id = <V as crate::FieldValue<types::CallId>>::into_field(value)
                .map_err(|e: ::std::string::String| format!("id {e}"));
            self
        }
        ///Sends a `GET` request to `/call/{id}`
        async fn send_generated(
            self,
        ) -> Result<ResponseValue<types::Call>, Error<types::Error>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/call/{}", client.baseurl, crate ::path_segment::Segment(& id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .header(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "retrieve_call",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16..=299u16 => crate::lenient::success(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request and waits for the response.
        ///
        /// It is sent again after a passing failure only where the operation
        /// may be repeated (the crate docs' table says which), and otherwise
        /// after a 429 alone, which says it was not carried out; after any
        /// other failure it may still have been carried out by the server.
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<ResponseValue<types::Call>, crate::Error>,
        > + 'a {
            crate::transport::record_retrying(
                self.client,
                Self::OPERATION,
                self,
                Self::send_generated,
                crate::retry::After::Passing,
            )
        }
    }
    /**Builder for [`Client::list_campaigns`]

[`Client::list_campaigns`]: super::Client::list_campaigns*/
    #[derive(Debug, Clone)]
    pub struct ListCampaigns<'a> {
        client: &'a super::Client,
        agent_id: Result<Option<types::AgentId>, String>,
        cursor: Result<Option<::std::string::String>, String>,
        end_date: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        integration: Result<Option<types::CampaignChannel>, String>,
        page_index: Result<Option<u64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        start_date: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        status: Result<Option<types::CampaignStatus>, String>,
    }
    impl<'a> ListCampaigns<'a> {
        /// What this operation's calls' spans name (from the spec).
        const OPERATION: crate::transport::Operation = crate::transport::Operation {
            id: "list_campaigns",
            method: "GET",
            path: "/campaigns",
        };
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                agent_id: Ok(None),
                cursor: Ok(None),
                end_date: Ok(None),
                integration: Ok(None),
                page_index: Ok(None),
                page_size: Ok(None),
                start_date: Ok(None),
                status: Ok(None),
            }
        }
        pub fn agent_id<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<types::AgentId>,
        {
            self.agent_id = <V as crate::FieldValue<types::AgentId>>::into_field(value)
                .map(Some)
                .map_err(|e: ::std::string::String| format!("agent_id {e}"));
            self
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<::std::string::String>,
        {
            self.cursor = <V as crate::FieldValue<
                ::std::string::String,
            >>::into_field(value)
                .map(Some)
                .map_err(|e: ::std::string::String| format!("cursor {e}"));
            self
        }
        pub fn end_date<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.end_date = <V as crate::FieldValue<
                ::chrono::DateTime<::chrono::offset::Utc>,
            >>::into_field(value)
                .map(Some)
                .map_err(|e: ::std::string::String| format!("end_date {e}"));
            self
        }
        pub fn integration<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<types::CampaignChannel>,
        {
            self.integration = <V as crate::FieldValue<
                types::CampaignChannel,
            >>::into_field(value)
                .map(Some)
                .map_err(|e: ::std::string::String| format!("integration {e}"));
            self
        }
        pub fn page_index<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<u64>,
        {
            self.page_index = <V as crate::FieldValue<u64>>::into_field(value)
                .map(Some)
                .map_err(|e: ::std::string::String| format!("page_index {e}"));
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<::std::num::NonZeroU64>,
        {
            self.page_size = <V as crate::FieldValue<
                ::std::num::NonZeroU64,
            >>::into_field(value)
                .map(Some)
                .map_err(|e: ::std::string::String| format!("page_size {e}"));
            self
        }
        pub fn start_date<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.start_date = <V as crate::FieldValue<
                ::chrono::DateTime<::chrono::offset::Utc>,
            >>::into_field(value)
                .map(Some)
                .map_err(|e: ::std::string::String| format!("start_date {e}"));
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<types::CampaignStatus>,
        {
            self.status = <V as crate::FieldValue<
                types::CampaignStatus,
            >>::into_field(value)
                .map(Some)
                .map_err(|e: ::std::string::String| format!("status {e}"));
            self
        }
        ///Sends a `GET` request to `/campaigns`
        async fn send_generated(
            self,
        ) -> Result<ResponseValue<types::CampaignList>, Error<types::Error>> {
            let Self {
                client,
                agent_id,
                cursor,
                end_date,
                integration,
                page_index,
                page_size,
                start_date,
                status,
            } = self;
            let agent_id = agent_id.map_err(Error::InvalidRequest)?;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let end_date = end_date.map_err(Error::InvalidRequest)?;
            let integration = integration.map_err(Error::InvalidRequest)?;
            let page_index = page_index.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let start_date = start_date.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!("{}/campaigns", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("agentId", &agent_id))
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(
                    &progenitor_client::QueryParam::new(
                        "endDate",
                        &end_date.map(crate::lenient::QueryTime),
                    ),
                )
                .query(&progenitor_client::QueryParam::new("integration", &integration))
                .query(&progenitor_client::QueryParam::new("pageIndex", &page_index))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(
                    &progenitor_client::QueryParam::new(
                        "startDate",
                        &start_date.map(crate::lenient::QueryTime),
                    ),
                )
                .query(&progenitor_client::QueryParam::new("status", &status))
                .header(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "list_campaigns",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16..=299u16 => crate::lenient::success(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request and waits for the response.
        ///
        /// It is sent again after a passing failure only where the operation
        /// may be repeated (the crate docs' table says which), and otherwise
        /// after a 429 alone, which says it was not carried out; after any
        /// other failure it may still have been carried out by the server.
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<types::CampaignList>,
                crate::Error,
            >,
        > + 'a {
            crate::transport::record_retrying(
                self.client,
                Self::OPERATION,
                self,
                Self::send_generated,
                crate::retry::After::Passing,
            )
        }
    }
    /**Builder for [`Client::create_campaign`]

[`Client::create_campaign`]: super::Client::create_campaign*/
    #[derive(Debug, Clone)]
    pub struct CreateCampaign<'a> {
        client: &'a super::Client,
        idempotency_key: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::NewCampaign, String>,
    }
    impl<'a> CreateCampaign<'a> {
        /// What this operation's calls' spans name (from the spec).
        const OPERATION: crate::transport::Operation = crate::transport::Operation {
            id: "create_campaign",
            method: "POST",
            path: "/campaigns",
        };
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idempotency_key: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<::std::string::String>,
        {
            self.idempotency_key = <V as crate::FieldValue<
                ::std::string::String,
            >>::into_field(value)
                .map(Some)
                .map_err(|e: ::std::string::String| format!("idempotency_key {e}"));
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<types::NewCampaign>,
        {
            self.body = <V as crate::FieldValue<types::NewCampaign>>::into_field(value)
                .map(From::from)
                .map_err(|e: ::std::string::String| format!("body {e}"));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::NewCampaign,
            ) -> types::builder::NewCampaign,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/campaigns`
        async fn send_generated(
            self,
        ) -> Result<ResponseValue<types::CampaignResponse>, Error<types::Error>> {
            let Self { client, idempotency_key, body } = self;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::NewCampaign::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/campaigns", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .header(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_campaign",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16..=299u16 => crate::lenient::success(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request and waits for the response.
        ///
        /// It is sent again after a passing failure only where the operation
        /// may be repeated (the crate docs' table says which), and otherwise
        /// after a 429 alone, which says it was not carried out; after any
        /// other failure it may still have been carried out by the server.
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<types::CampaignResponse>,
                crate::Error,
            >,
        > + 'a {
            crate::transport::record_retrying(
                self.client,
                Self::OPERATION,
                self,
                Self::send_generated,
                crate::retry::After::Passing,
            )
        }
    }
    /**Builder for [`Client::retrieve_campaign`]

[`Client::retrieve_campaign`]: super::Client::retrieve_campaign*/
    #[derive(Debug, Clone)]
    pub struct RetrieveCampaign<'a> {
        client: &'a super::Client,
        id: Result<types::CampaignId, String>,
    }
    impl<'a> RetrieveCampaign<'a> {
        /// What this operation's calls' spans name (from the spec).
        const OPERATION: crate::transport::Operation = crate::transport::Operation {
            id: "retrieve_campaign",
            method: "GET",
            path: "/campaigns/{id}",
        };
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<types::CampaignId>,
        {
            self.id = <V as crate::FieldValue<types::CampaignId>>::into_field(value)
                .map_err(|e: ::std::string::String| format!("id {e}"));
            self
        }
        ///Sends a `GET` request to `/campaigns/{id}`
        async fn send_generated(
            self,
        ) -> Result<ResponseValue<types::CampaignResponse>, Error<types::Error>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/campaigns/{}", client.baseurl, crate ::path_segment::Segment(& id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .header(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "retrieve_campaign",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16..=299u16 => crate::lenient::success(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request and waits for the response.
        ///
        /// It is sent again after a passing failure only where the operation
        /// may be repeated (the crate docs' table says which), and otherwise
        /// after a 429 alone, which says it was not carried out; after any
        /// other failure it may still have been carried out by the server.
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<types::CampaignResponse>,
                crate::Error,
            >,
        > + 'a {
            crate::transport::record_retrying(
                self.client,
                Self::OPERATION,
                self,
                Self::send_generated,
                crate::retry::After::Passing,
            )
        }
    }
    /**Builder for [`Client::update_campaign`]

[`Client::update_campaign`]: super::Client::update_campaign*/
    #[derive(Debug, Clone)]
    pub struct UpdateCampaign<'a> {
        client: &'a super::Client,
        id: Result<types::CampaignId, String>,
        body: Result<types::builder::CampaignUpdate, String>,
    }
    impl<'a> UpdateCampaign<'a> {
        /// What this operation's calls' spans name (from the spec).
        const OPERATION: crate::transport::Operation = crate::transport::Operation {
            id: "update_campaign",
            method: "PATCH",
            path: "/campaigns/{id}",
        };
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<types::CampaignId>,
        {
            self.id = <V as crate::FieldValue<types::CampaignId>>::into_field(value)
                .map_err(|e: ::std::string::String| format!("id {e}"));
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<types::CampaignUpdate>,
        {
            self.body = <V as crate::FieldValue<
                types::CampaignUpdate,
            >>::into_field(value)
                .map(From::from)
                .map_err(|e: ::std::string::String| format!("body {e}"));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CampaignUpdate,
            ) -> types::builder::CampaignUpdate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/campaigns/{id}`
        async fn send_generated(
            self,
        ) -> Result<ResponseValue<types::CampaignResponse>, Error<types::Error>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CampaignUpdate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/campaigns/{}", client.baseurl, crate ::path_segment::Segment(& id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .header(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "update_campaign",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16..=299u16 => crate::lenient::success(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request and waits for the response.
        ///
        /// It is sent again after a passing failure only where the operation
        /// may be repeated (the crate docs' table says which), and otherwise
        /// after a 429 alone, which says it was not carried out; after any
        /// other failure it may still have been carried out by the server.
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<types::CampaignResponse>,
                crate::Error,
            >,
        > + 'a {
            crate::transport::record_retrying(
                self.client,
                Self::OPERATION,
                self,
                Self::send_generated,
                crate::retry::After::RateLimited,
            )
        }
    }
    /**Builder for [`Client::list_campaign_calls`]

[`Client::list_campaign_calls`]: super::Client::list_campaign_calls*/
    #[derive(Debug, Clone)]
    pub struct ListCampaignCalls<'a> {
        client: &'a super::Client,
        id: Result<types::CampaignId, String>,
        answered_by: Result<Option<types::AnsweredBy>, String>,
        end_date: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        page_index: Result<Option<u64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        start_date: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        status: Result<Option<types::ListCampaignCallsStatus>, String>,
    }
    impl<'a> ListCampaignCalls<'a> {
        /// What this operation's calls' spans name (from the spec).
        const OPERATION: crate::transport::Operation = crate::transport::Operation {
            id: "list_campaign_calls",
            method: "GET",
            path: "/campaigns/{id}/calls",
        };
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                answered_by: Ok(None),
                end_date: Ok(None),
                page_index: Ok(None),
                page_size: Ok(None),
                start_date: Ok(None),
                status: Ok(None),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<types::CampaignId>,
        {
            self.id = <V as crate::FieldValue<types::CampaignId>>::into_field(value)
                .map_err(|e: ::std::string::String| format!("id {e}"));
            self
        }
        pub fn answered_by<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<types::AnsweredBy>,
        {
            self.answered_by = <V as crate::FieldValue<
                types::AnsweredBy,
            >>::into_field(value)
                .map(Some)
                .map_err(|e: ::std::string::String| format!("answered_by {e}"));
            self
        }
        pub fn end_date<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.end_date = <V as crate::FieldValue<
                ::chrono::DateTime<::chrono::offset::Utc>,
            >>::into_field(value)
                .map(Some)
                .map_err(|e: ::std::string::String| format!("end_date {e}"));
            self
        }
        pub fn page_index<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<u64>,
        {
            self.page_index = <V as crate::FieldValue<u64>>::into_field(value)
                .map(Some)
                .map_err(|e: ::std::string::String| format!("page_index {e}"));
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<::std::num::NonZeroU64>,
        {
            self.page_size = <V as crate::FieldValue<
                ::std::num::NonZeroU64,
            >>::into_field(value)
                .map(Some)
                .map_err(|e: ::std::string::String| format!("page_size {e}"));
            self
        }
        pub fn start_date<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.start_date = <V as crate::FieldValue<
                ::chrono::DateTime<::chrono::offset::Utc>,
            >>::into_field(value)
                .map(Some)
                .map_err(|e: ::std::string::String| format!("start_date {e}"));
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<types::ListCampaignCallsStatus>,
        {
            self.status = <V as crate::FieldValue<
                types::ListCampaignCallsStatus,
            >>::into_field(value)
                .map(Some)
                .map_err(|e: ::std::string::String| format!("status {e}"));
            self
        }
        ///Sends a `GET` request to `/campaigns/{id}/calls`
        async fn send_generated(
            self,
        ) -> Result<
            ResponseValue<types::ListCampaignCallsResponse>,
            Error<types::Error>,
        > {
            let Self {
                client,
                id,
                answered_by,
                end_date,
                page_index,
                page_size,
                start_date,
                status,
            } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let answered_by = answered_by.map_err(Error::InvalidRequest)?;
            let end_date = end_date.map_err(Error::InvalidRequest)?;
            let page_index = page_index.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let start_date = start_date.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/campaigns/{}/calls", client.baseurl, crate ::path_segment::Segment(&
                id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("answeredBy", &answered_by))
                .query(
                    &progenitor_client::QueryParam::new(
                        "endDate",
                        &end_date.map(crate::lenient::QueryTime),
                    ),
                )
                .query(&progenitor_client::QueryParam::new("pageIndex", &page_index))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(
                    &progenitor_client::QueryParam::new(
                        "startDate",
                        &start_date.map(crate::lenient::QueryTime),
                    ),
                )
                .query(&progenitor_client::QueryParam::new("status", &status))
                .header(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "list_campaign_calls",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16..=299u16 => crate::lenient::success(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request and waits for the response.
        ///
        /// It is sent again after a passing failure only where the operation
        /// may be repeated (the crate docs' table says which), and otherwise
        /// after a 429 alone, which says it was not carried out; after any
        /// other failure it may still have been carried out by the server.
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<types::ListCampaignCallsResponse>,
                crate::Error,
            >,
        > + 'a {
            crate::transport::record_retrying(
                self.client,
                Self::OPERATION,
                self,
                Self::send_generated,
                crate::retry::After::Passing,
            )
        }
    }
    /**Builder for [`Client::list_campaign_contacts`]

[`Client::list_campaign_contacts`]: super::Client::list_campaign_contacts*/
    #[derive(Debug, Clone)]
    pub struct ListCampaignContacts<'a> {
        client: &'a super::Client,
        id: Result<types::CampaignId, String>,
        cursor: Result<Option<::std::string::String>, String>,
        direction: Result<Option<types::ListCampaignContactsDirection>, String>,
        page_index: Result<Option<i64>, String>,
        page_size: Result<Option<::std::num::NonZeroU64>, String>,
        status: Result<Option<types::CampaignContactStatus>, String>,
    }
    impl<'a> ListCampaignContacts<'a> {
        /// What this operation's calls' spans name (from the spec).
        const OPERATION: crate::transport::Operation = crate::transport::Operation {
            id: "list_campaign_contacts",
            method: "GET",
            path: "/campaigns/{id}/contacts",
        };
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                cursor: Ok(None),
                direction: Ok(None),
                page_index: Ok(None),
                page_size: Ok(None),
                status: Ok(None),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<types::CampaignId>,
        {
            self.id = <V as crate::FieldValue<types::CampaignId>>::into_field(value)
                .map_err(|e: ::std::string::String| format!("id {e}"));
            self
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<::std::string::String>,
        {
            self.cursor = <V as crate::FieldValue<
                ::std::string::String,
            >>::into_field(value)
                .map(Some)
                .map_err(|e: ::std::string::String| format!("cursor {e}"));
            self
        }
        pub fn direction<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<types::ListCampaignContactsDirection>,
        {
            self.direction = <V as crate::FieldValue<
                types::ListCampaignContactsDirection,
            >>::into_field(value)
                .map(Some)
                .map_err(|e: ::std::string::String| format!("direction {e}"));
            self
        }
        pub fn page_index<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<i64>,
        {
            self.page_index = <V as crate::FieldValue<i64>>::into_field(value)
                .map(Some)
                .map_err(|e: ::std::string::String| format!("page_index {e}"));
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<::std::num::NonZeroU64>,
        {
            self.page_size = <V as crate::FieldValue<
                ::std::num::NonZeroU64,
            >>::into_field(value)
                .map(Some)
                .map_err(|e: ::std::string::String| format!("page_size {e}"));
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<types::CampaignContactStatus>,
        {
            self.status = <V as crate::FieldValue<
                types::CampaignContactStatus,
            >>::into_field(value)
                .map(Some)
                .map_err(|e: ::std::string::String| format!("status {e}"));
            self
        }
        ///Sends a `GET` request to `/campaigns/{id}/contacts`
        async fn send_generated(
            self,
        ) -> Result<
            ResponseValue<types::ListCampaignContactsResponse>,
            Error<types::Error>,
        > {
            let Self { client, id, cursor, direction, page_index, page_size, status } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let direction = direction.map_err(Error::InvalidRequest)?;
            let page_index = page_index.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/campaigns/{}/contacts", client.baseurl, crate
                ::path_segment::Segment(& id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("direction", &direction))
                .query(&progenitor_client::QueryParam::new("pageIndex", &page_index))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .header(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "list_campaign_contacts",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16..=299u16 => crate::lenient::success(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request and waits for the response.
        ///
        /// It is sent again after a passing failure only where the operation
        /// may be repeated (the crate docs' table says which), and otherwise
        /// after a 429 alone, which says it was not carried out; after any
        /// other failure it may still have been carried out by the server.
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<types::ListCampaignContactsResponse>,
                crate::Error,
            >,
        > + 'a {
            crate::transport::record_retrying(
                self.client,
                Self::OPERATION,
                self,
                Self::send_generated,
                crate::retry::After::Passing,
            )
        }
    }
    /**Builder for [`Client::add_campaign_contacts`]

[`Client::add_campaign_contacts`]: super::Client::add_campaign_contacts*/
    #[derive(Debug, Clone)]
    pub struct AddCampaignContacts<'a> {
        client: &'a super::Client,
        id: Result<types::CampaignId, String>,
        idempotency_key: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::AddCampaignContactsBody, String>,
    }
    impl<'a> AddCampaignContacts<'a> {
        /// What this operation's calls' spans name (from the spec).
        const OPERATION: crate::transport::Operation = crate::transport::Operation {
            id: "add_campaign_contacts",
            method: "POST",
            path: "/campaigns/{id}/contacts",
        };
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                idempotency_key: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<types::CampaignId>,
        {
            self.id = <V as crate::FieldValue<types::CampaignId>>::into_field(value)
                .map_err(|e: ::std::string::String| format!("id {e}"));
            self
        }
        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<::std::string::String>,
        {
            self.idempotency_key = <V as crate::FieldValue<
                ::std::string::String,
            >>::into_field(value)
                .map(Some)
                .map_err(|e: ::std::string::String| format!("idempotency_key {e}"));
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<types::AddCampaignContactsBody>,
        {
            self.body = <V as crate::FieldValue<
                types::AddCampaignContactsBody,
            >>::into_field(value)
                .map(From::from)
                .map_err(|e: ::std::string::String| format!("body {e}"));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AddCampaignContactsBody,
            ) -> types::builder::AddCampaignContactsBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/campaigns/{id}/contacts`
        async fn send_generated(
            self,
        ) -> Result<ResponseValue<types::AddContactsResponse>, Error<types::Error>> {
            let Self { client, id, idempotency_key, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::AddCampaignContactsBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/campaigns/{}/contacts", client.baseurl, crate
                ::path_segment::Segment(& id),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .header(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "add_campaign_contacts",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16..=299u16 => crate::lenient::success(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request and waits for the response.
        ///
        /// It is sent again after a passing failure only where the operation
        /// may be repeated (the crate docs' table says which), and otherwise
        /// after a 429 alone, which says it was not carried out; after any
        /// other failure it may still have been carried out by the server.
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<types::AddContactsResponse>,
                crate::Error,
            >,
        > + 'a {
            crate::transport::record_retrying(
                self.client,
                Self::OPERATION,
                self,
                Self::send_generated,
                crate::retry::After::Passing,
            )
        }
    }
    /**Builder for [`Client::retrieve_end_user`]

[`Client::retrieve_end_user`]: super::Client::retrieve_end_user*/
    #[derive(Debug, Clone)]
    pub struct RetrieveEndUser<'a> {
        client: &'a super::Client,
        id: Result<types::EndUserId, String>,
    }
    impl<'a> RetrieveEndUser<'a> {
        /// What this operation's calls' spans name (from the spec).
        const OPERATION: crate::transport::Operation = crate::transport::Operation {
            id: "retrieve_end_user",
            method: "GET",
            path: "/enduser/{id}",
        };
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<types::EndUserId>,
        {
            self.id = <V as crate::FieldValue<types::EndUserId>>::into_field(value)
                .map_err(|e: ::std::string::String| format!("id {e}"));
            self
        }
        ///Sends a `GET` request to `/enduser/{id}`
        async fn send_generated(
            self,
        ) -> Result<ResponseValue<types::EndUser>, Error<types::Error>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/enduser/{}", client.baseurl, crate ::path_segment::Segment(& id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .header(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "retrieve_end_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16..=299u16 => crate::lenient::success(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request and waits for the response.
        ///
        /// It is sent again after a passing failure only where the operation
        /// may be repeated (the crate docs' table says which), and otherwise
        /// after a 429 alone, which says it was not carried out; after any
        /// other failure it may still have been carried out by the server.
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<ResponseValue<types::EndUser>, crate::Error>,
        > + 'a {
            crate::transport::record_retrying(
                self.client,
                Self::OPERATION,
                self,
                Self::send_generated,
                crate::retry::After::Passing,
            )
        }
    }
    /**Builder for [`Client::update_end_user`]

[`Client::update_end_user`]: super::Client::update_end_user*/
    #[derive(Debug, Clone)]
    pub struct UpdateEndUser<'a> {
        client: &'a super::Client,
        id: Result<types::EndUserId, String>,
        body: Result<types::builder::EndUserData, String>,
    }
    impl<'a> UpdateEndUser<'a> {
        /// What this operation's calls' spans name (from the spec).
        const OPERATION: crate::transport::Operation = crate::transport::Operation {
            id: "update_end_user",
            method: "PUT",
            path: "/enduser/{id}",
        };
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<types::EndUserId>,
        {
            self.id = <V as crate::FieldValue<types::EndUserId>>::into_field(value)
                .map_err(|e: ::std::string::String| format!("id {e}"));
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<types::EndUserData>,
        {
            self.body = <V as crate::FieldValue<types::EndUserData>>::into_field(value)
                .map(From::from)
                .map_err(|e: ::std::string::String| format!("body {e}"));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::EndUserData,
            ) -> types::builder::EndUserData,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/enduser/{id}`
        async fn send_generated(
            self,
        ) -> Result<ResponseValue<types::EndUser>, Error<types::Error>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::EndUserData::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/enduser/{}", client.baseurl, crate ::path_segment::Segment(& id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .header(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "update_end_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16..=299u16 => crate::lenient::success(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request and waits for the response.
        ///
        /// It is sent again after a passing failure only where the operation
        /// may be repeated (the crate docs' table says which), and otherwise
        /// after a 429 alone, which says it was not carried out; after any
        /// other failure it may still have been carried out by the server.
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<ResponseValue<types::EndUser>, crate::Error>,
        > + 'a {
            crate::transport::record_retrying(
                self.client,
                Self::OPERATION,
                self,
                Self::send_generated,
                crate::retry::After::Passing,
            )
        }
    }
    /**Builder for [`Client::get_messages`]

[`Client::get_messages`]: super::Client::get_messages*/
    #[derive(Debug, Clone)]
    pub struct GetMessages<'a> {
        client: &'a super::Client,
        thread_id: Result<types::ThreadId, String>,
    }
    impl<'a> GetMessages<'a> {
        /// What this operation's calls' spans name (from the spec).
        const OPERATION: crate::transport::Operation = crate::transport::Operation {
            id: "get_messages",
            method: "GET",
            path: "/message/{thread_id}",
        };
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                thread_id: Err("thread_id was not initialized".to_string()),
            }
        }
        pub fn thread_id<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<types::ThreadId>,
        {
            self.thread_id = <V as crate::FieldValue<types::ThreadId>>::into_field(value)
                .map_err(|e: ::std::string::String| format!("thread_id {e}"));
            self
        }
        ///Sends a `GET` request to `/message/{thread_id}`
        async fn send_generated(
            self,
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::Message>>,
            Error<types::Error>,
        > {
            let Self { client, thread_id } = self;
            let thread_id = thread_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/message/{}", client.baseurl, crate ::path_segment::Segment(&
                thread_id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .header(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "get_messages",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16..=299u16 => crate::lenient::success(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request and waits for the response.
        ///
        /// It is sent again after a passing failure only where the operation
        /// may be repeated (the crate docs' table says which), and otherwise
        /// after a 429 alone, which says it was not carried out; after any
        /// other failure it may still have been carried out by the server.
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<::std::vec::Vec<types::Message>>,
                crate::Error,
            >,
        > + 'a {
            crate::transport::record_retrying(
                self.client,
                Self::OPERATION,
                self,
                Self::send_generated,
                crate::retry::After::Passing,
            )
        }
    }
    /**Builder for [`Client::retrieve_thread`]

[`Client::retrieve_thread`]: super::Client::retrieve_thread*/
    #[derive(Debug, Clone)]
    pub struct RetrieveThread<'a> {
        client: &'a super::Client,
        id: Result<types::ThreadId, String>,
    }
    impl<'a> RetrieveThread<'a> {
        /// What this operation's calls' spans name (from the spec).
        const OPERATION: crate::transport::Operation = crate::transport::Operation {
            id: "retrieve_thread",
            method: "GET",
            path: "/thread/{id}",
        };
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<types::ThreadId>,
        {
            self.id = <V as crate::FieldValue<types::ThreadId>>::into_field(value)
                .map_err(|e: ::std::string::String| format!("id {e}"));
            self
        }
        ///Sends a `GET` request to `/thread/{id}`
        async fn send_generated(
            self,
        ) -> Result<ResponseValue<types::Thread>, Error<types::Error>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/thread/{}", client.baseurl, crate ::path_segment::Segment(& id),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .header(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "retrieve_thread",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16..=299u16 => crate::lenient::success(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request and waits for the response.
        ///
        /// It is sent again after a passing failure only where the operation
        /// may be repeated (the crate docs' table says which), and otherwise
        /// after a 429 alone, which says it was not carried out; after any
        /// other failure it may still have been carried out by the server.
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<ResponseValue<types::Thread>, crate::Error>,
        > + 'a {
            crate::transport::record_retrying(
                self.client,
                Self::OPERATION,
                self,
                Self::send_generated,
                crate::retry::After::Passing,
            )
        }
    }
    /**Builder for [`Client::start_call`]

[`Client::start_call`]: super::Client::start_call*/
    #[derive(Debug, Clone)]
    pub struct StartCall<'a> {
        client: &'a super::Client,
        body: Result<types::builder::StartCallBody, String>,
    }
    impl<'a> StartCall<'a> {
        /// What this operation's calls' spans name (from the spec).
        const OPERATION: crate::transport::Operation = crate::transport::Operation {
            id: "start_call",
            method: "POST",
            path: "/call",
        };
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<types::StartCallBody>,
        {
            self.body = <V as crate::FieldValue<types::StartCallBody>>::into_field(value)
                .map(From::from)
                .map_err(|e: ::std::string::String| format!("body {e}"));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::StartCallBody,
            ) -> types::builder::StartCallBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/call`
        async fn send_generated(
            self,
        ) -> Result<ResponseValue<types::Call>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::StartCallBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/call", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .header(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "start_call",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16..=299u16 => crate::lenient::success(response).await,
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request and waits for the response.
        ///
        /// It is sent again after a passing failure only where the operation
        /// may be repeated (the crate docs' table says which), and otherwise
        /// after a 429 alone, which says it was not carried out; after any
        /// other failure it may still have been carried out by the server.
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<ResponseValue<types::Call>, crate::Error>,
        > + 'a {
            crate::transport::record_retrying(
                self.client,
                Self::OPERATION,
                self,
                Self::send_generated,
                crate::retry::After::RateLimited,
            )
        }
    }
    /**Builder for [`Client::campaign_action`]

[`Client::campaign_action`]: super::Client::campaign_action*/
    #[derive(Debug, Clone)]
    pub struct CampaignAction<'a> {
        client: &'a super::Client,
        id: Result<types::CampaignId, String>,
        action: Result<types::CampaignActionAction, String>,
    }
    impl<'a> CampaignAction<'a> {
        /// What this operation's calls' spans name (from the spec).
        const OPERATION: crate::transport::Operation = crate::transport::Operation {
            id: "campaign_action",
            method: "POST",
            path: "/campaigns/{id}/{action}",
        };
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                action: Err("action was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<types::CampaignId>,
        {
            self.id = <V as crate::FieldValue<types::CampaignId>>::into_field(value)
                .map_err(|e: ::std::string::String| format!("id {e}"));
            self
        }
        pub fn action<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<types::CampaignActionAction>,
        {
            self.action = <V as crate::FieldValue<
                types::CampaignActionAction,
            >>::into_field(value)
                .map_err(|e: ::std::string::String| format!("action {e}"));
            self
        }
        ///Sends a `POST` request to `/campaigns/{id}/{action}`
        async fn send_generated(
            self,
        ) -> Result<ResponseValue<types::CampaignResponse>, Error<types::Error>> {
            let Self { client, id, action } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let action = action.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/campaigns/{}/{}", client.baseurl, crate ::path_segment::Segment(&
                id), crate ::path_segment::Segment(& action),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .header(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "campaign_action",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16..=299u16 => crate::lenient::success(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                402u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request and waits for the response.
        ///
        /// It is sent again after a passing failure only where the operation
        /// may be repeated (the crate docs' table says which), and otherwise
        /// after a 429 alone, which says it was not carried out; after any
        /// other failure it may still have been carried out by the server.
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<types::CampaignResponse>,
                crate::Error,
            >,
        > + 'a {
            crate::transport::record_retrying(
                self.client,
                Self::OPERATION,
                self,
                Self::send_generated,
                crate::retry::After::RateLimited,
            )
        }
    }
    /**Builder for [`Client::create_end_user`]

[`Client::create_end_user`]: super::Client::create_end_user*/
    #[derive(Debug, Clone)]
    pub struct CreateEndUser<'a> {
        client: &'a super::Client,
        body: Result<types::builder::EndUserData, String>,
    }
    impl<'a> CreateEndUser<'a> {
        /// What this operation's calls' spans name (from the spec).
        const OPERATION: crate::transport::Operation = crate::transport::Operation {
            id: "create_end_user",
            method: "POST",
            path: "/enduser",
        };
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<types::EndUserData>,
        {
            self.body = <V as crate::FieldValue<types::EndUserData>>::into_field(value)
                .map(From::from)
                .map_err(|e: ::std::string::String| format!("body {e}"));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::EndUserData,
            ) -> types::builder::EndUserData,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/enduser`
        async fn send_generated(
            self,
        ) -> Result<ResponseValue<types::EndUser>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::EndUserData::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/enduser", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .header(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "create_end_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16..=299u16 => crate::lenient::success(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request and waits for the response.
        ///
        /// It is sent again after a passing failure only where the operation
        /// may be repeated (the crate docs' table says which), and otherwise
        /// after a 429 alone, which says it was not carried out; after any
        /// other failure it may still have been carried out by the server.
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<ResponseValue<types::EndUser>, crate::Error>,
        > + 'a {
            crate::transport::record_retrying(
                self.client,
                Self::OPERATION,
                self,
                Self::send_generated,
                crate::retry::After::RateLimited,
            )
        }
    }
    /**Builder for [`Client::send_message`]

[`Client::send_message`]: super::Client::send_message*/
    #[derive(Debug, Clone)]
    pub struct SendMessage<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SendMessageBody, String>,
    }
    impl<'a> SendMessage<'a> {
        /// What this operation's calls' spans name (from the spec).
        const OPERATION: crate::transport::Operation = crate::transport::Operation {
            id: "send_message",
            method: "POST",
            path: "/message",
        };
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: crate::FieldValue<types::SendMessageBody>,
        {
            self.body = <V as crate::FieldValue<
                types::SendMessageBody,
            >>::into_field(value)
                .map(From::from)
                .map_err(|e: ::std::string::String| format!("body {e}"));
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SendMessageBody,
            ) -> types::builder::SendMessageBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/message`
        async fn send_generated(
            self,
        ) -> Result<ResponseValue<types::MessageResponse>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::SendMessageBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/message", client.baseurl,);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .header(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                )
                .build()?;
            let info = OperationInfo {
                operation_id: "send_message",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16..=299u16 => crate::lenient::success(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        /// Sends the request and waits for the response.
        ///
        /// It is sent again after a passing failure only where the operation
        /// may be repeated (the crate docs' table says which), and otherwise
        /// after a 429 alone, which says it was not carried out; after any
        /// other failure it may still have been carried out by the server.
        pub fn send(
            self,
        ) -> impl ::std::future::Future<
            Output = ::std::result::Result<
                ResponseValue<types::MessageResponse>,
                crate::Error,
            >,
        > + 'a {
            crate::transport::record_retrying(
                self.client,
                Self::OPERATION,
                self,
                Self::send_generated,
                crate::retry::After::RateLimited,
            )
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
impl<'a> builder::ListCampaigns<'a> {
    /// Every item of every page, in order, as a stream: the next
    /// page is asked for only when the items of this one are used
    /// up, with the same filters and page size as this builder's
    /// (set them before calling this), starting from the first
    /// page and following `next_cursor` where a page carries one
    /// and the operation takes a cursor. It ends when the API says
    /// there is no next page. A failed page, a page that repeats
    /// the previous one, an empty page, or more pages than
    /// `total_count` allows end it too, with an `Err` item that
    /// says why.
    pub fn stream(
        self,
    ) -> impl ::futures_core::Stream<
        Item = ::std::result::Result<types::CampaignListItem, crate::PageError>,
    > + ::std::marker::Unpin + 'a {
        crate::pages::stream(
            self,
            |builder, index| builder.page_index(index),
            ::std::option::Option::Some(|
                builder: builder::ListCampaigns<'a>,
                cursor: ::std::string::String|
            builder.cursor(cursor)),
            |builder| builder.send(),
        )
    }
}
impl crate::pages::Page for types::CampaignList {
    type Item = types::CampaignListItem;
    fn into_parts(
        self,
    ) -> (
        ::std::vec::Vec<types::CampaignListItem>,
        ::std::option::Option<types::Pagination>,
        ::std::option::Option<i64>,
    ) {
        (self.campaigns, self.pagination, self.total_count)
    }
}
impl<'a> builder::ListCampaignCalls<'a> {
    /// Every item of every page, in order, as a stream: the next
    /// page is asked for only when the items of this one are used
    /// up, with the same filters and page size as this builder's
    /// (set them before calling this), starting from the first
    /// page and following `next_cursor` where a page carries one
    /// and the operation takes a cursor. It ends when the API says
    /// there is no next page. A failed page, a page that repeats
    /// the previous one, an empty page, or more pages than
    /// `total_count` allows end it too, with an `Err` item that
    /// says why.
    pub fn stream(
        self,
    ) -> impl ::futures_core::Stream<
        Item = ::std::result::Result<types::CampaignCall, crate::PageError>,
    > + ::std::marker::Unpin + 'a {
        crate::pages::stream(
            self,
            |builder, index| builder.page_index(index),
            ::std::option::Option::<
                fn(
                    builder::ListCampaignCalls<'a>,
                    ::std::string::String,
                ) -> builder::ListCampaignCalls<'a>,
            >::None,
            |builder| builder.send(),
        )
    }
}
impl crate::pages::Page for types::ListCampaignCallsResponse {
    type Item = types::CampaignCall;
    fn into_parts(
        self,
    ) -> (
        ::std::vec::Vec<types::CampaignCall>,
        ::std::option::Option<types::Pagination>,
        ::std::option::Option<i64>,
    ) {
        (self.calls, self.pagination, self.total_count)
    }
}
impl<'a> builder::ListCampaignContacts<'a> {
    /// Every item of every page, in order, as a stream: the next
    /// page is asked for only when the items of this one are used
    /// up, with the same filters and page size as this builder's
    /// (set them before calling this), starting from the first
    /// page and following `next_cursor` where a page carries one
    /// and the operation takes a cursor. It ends when the API says
    /// there is no next page. A failed page, a page that repeats
    /// the previous one, an empty page, or more pages than
    /// `total_count` allows end it too, with an `Err` item that
    /// says why.
    pub fn stream(
        self,
    ) -> impl ::futures_core::Stream<
        Item = ::std::result::Result<types::CampaignContact, crate::PageError>,
    > + ::std::marker::Unpin + 'a {
        crate::pages::stream(
            self,
            |builder, index| builder.page_index(index),
            ::std::option::Option::Some(|
                builder: builder::ListCampaignContacts<'a>,
                cursor: ::std::string::String|
            builder.cursor(cursor)),
            |builder| builder.send(),
        )
    }
}
impl crate::pages::Page for types::ListCampaignContactsResponse {
    type Item = types::CampaignContact;
    fn into_parts(
        self,
    ) -> (
        ::std::vec::Vec<types::CampaignContact>,
        ::std::option::Option<types::Pagination>,
        ::std::option::Option<i64>,
    ) {
        (self.contacts, self.pagination, self.total_count)
    }
}
/// The header that carries an operation's idempotency key, where it
/// documents one (derived from the spec by the code generator): the
/// crate sends one on every call, the same on every retry.
pub(crate) fn idempotency_key_header(
    operation_id: &str,
) -> ::std::option::Option<&'static str> {
    match operation_id {
        "create_campaign" => ::std::option::Option::Some("Idempotency-Key"),
        "add_campaign_contacts" => ::std::option::Option::Some("Idempotency-Key"),
        _ => ::std::option::Option::None,
    }
}
/// The most items one request may carry, per operation whose JSON
/// body is or holds an array with a `maxItems`; derived from the spec
/// by the code generator.
pub mod max_items {
    /// `add_campaign_contacts`: at most 1000 items in `contacts` per request.
    pub const ADD_CAMPAIGN_CONTACTS: usize = 1000;
}
/// The most requests a second each operation takes, where the spec
/// states a limit (`x-altur-requests-per-second`); derived from the
/// spec by the code generator.
pub mod requests_per_second {
    /// `retrieve_campaign_contact`: at most 12 requests per second.
    pub const RETRIEVE_CAMPAIGN_CONTACT: u32 = 12;
    /// `delete_campaign_contact`: at most 12 requests per second.
    pub const DELETE_CAMPAIGN_CONTACT: u32 = 12;
    /// `list_campaigns`: at most 12 requests per second.
    pub const LIST_CAMPAIGNS: u32 = 12;
    /// `create_campaign`: at most 12 requests per second.
    pub const CREATE_CAMPAIGN: u32 = 12;
    /// `retrieve_campaign`: at most 12 requests per second.
    pub const RETRIEVE_CAMPAIGN: u32 = 12;
    /// `update_campaign`: at most 12 requests per second.
    pub const UPDATE_CAMPAIGN: u32 = 12;
    /// `list_campaign_calls`: at most 12 requests per second.
    pub const LIST_CAMPAIGN_CALLS: u32 = 12;
    /// `list_campaign_contacts`: at most 12 requests per second.
    pub const LIST_CAMPAIGN_CONTACTS: u32 = 12;
    /// `add_campaign_contacts`: at most 12 requests per second.
    pub const ADD_CAMPAIGN_CONTACTS: u32 = 12;
    /// `campaign_action`: at most 12 requests per second.
    pub const CAMPAIGN_ACTION: u32 = 12;
}
/// The API server named by the spec; `Client::builder()` uses it unless
/// told otherwise.
pub const DEFAULT_BASE_URL: &str = "https://api.altur.io/api/v1.0";
