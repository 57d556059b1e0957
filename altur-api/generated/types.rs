// Generated from altur.yaml by altur-api's codegen/: never edit it by hand.
// `cargo xtask spec build` writes it. The packaged crate compiles it as it
// is; the workspace's build (feature `codegen`) generates it afresh.
// fingerprint: 3f90cf625c3c89c2

/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`AddCampaignContactsBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct AddCampaignContactsBody {
        pub contacts: ::std::vec::Vec<NewContact>,
        ///What to do with a contact whose phone number the campaign has: skip keeps it, update overwrites name, context, extracted_data and f_id
        #[serde(default = "defaults::add_campaign_contacts_body_if_duplicate")]
        pub if_duplicate: AddCampaignContactsBodyIfDuplicate,
    }
    impl AddCampaignContactsBody {
        pub fn builder() -> builder::AddCampaignContactsBody {
            Default::default()
        }
    }
    ///What to do with a contact whose phone number the campaign has: skip keeps it, update overwrites name, context, extracted_data and f_id
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum AddCampaignContactsBodyIfDuplicate {
        /// Keep the existing contact; the row counts as `skipped_duplicate`.
        ///
        /// `"skip"` on the wire.
        #[serde(rename = "skip")]
        Skip,
        /// Overwrite its name, context, extracted_data and f_id.
        ///
        /// `"update"` on the wire.
        #[serde(rename = "update")]
        Update,
        /// A value this version of the crate does not know, kept exactly as
        /// received so that it serializes back unchanged.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    impl ::std::fmt::Display for AddCampaignContactsBodyIfDuplicate {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Skip => f.write_str("skip"),
                Self::Update => f.write_str("update"),
                Self::Unknown(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for AddCampaignContactsBodyIfDuplicate {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "skip" => Ok(Self::Skip),
                "update" => Ok(Self::Update),
                _ => Ok(Self::Unknown(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AddCampaignContactsBodyIfDuplicate {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for AddCampaignContactsBodyIfDuplicate {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for AddCampaignContactsBodyIfDuplicate {
        fn default() -> Self {
            AddCampaignContactsBodyIfDuplicate::Skip
        }
    }
    ///`AddContactsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct AddContactsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        pub results: ::std::vec::Vec<ContactResult>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub summary: ::std::option::Option<AddContactsResponseSummary>,
    }
    impl AddContactsResponse {
        pub fn builder() -> builder::AddContactsResponse {
            Default::default()
        }
    }
    ///`AddContactsResponseSummary`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct AddContactsResponseSummary {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub created: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub failed: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub skipped_duplicate: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub updated: ::std::option::Option<i64>,
    }
    impl AddContactsResponseSummary {
        pub fn builder() -> builder::AddContactsResponseSummary {
            Default::default()
        }
    }
    ///`Agent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct Agent {
        ///Unique identifier for the Agent
        pub id: AgentId,
        ///Name of the Agent
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl Agent {
        pub fn builder() -> builder::Agent {
            Default::default()
        }
    }
    ///An agent's id, a UUID (Send Message, Start Call, a thread's agent); not its public id, which the campaign pages take
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Copy,
        PartialEq,
        Eq,
        Hash,
        PartialOrd,
        Ord
    )]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct AgentId(pub ::uuid::Uuid);
    impl ::std::ops::Deref for AgentId {
        type Target = ::uuid::Uuid;
        fn deref(&self) -> &::uuid::Uuid {
            &self.0
        }
    }
    impl ::std::convert::From<AgentId> for ::uuid::Uuid {
        fn from(value: AgentId) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::uuid::Uuid> for AgentId {
        fn from(value: ::uuid::Uuid) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for AgentId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for AgentId {
        type Err = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for AgentId {
        type Error = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for AgentId {
        type Error = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///An agent's public id, as the campaign pages show and take it; not its UUID
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct AgentPublicId(pub ::std::string::String);
    impl ::std::ops::Deref for AgentPublicId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AgentPublicId> for ::std::string::String {
        fn from(value: AgentPublicId) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::string::String> for AgentPublicId {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for AgentPublicId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for AgentPublicId {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }
    ///Who answered the Call
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum AnsweredBy {
        /// A person answered.
        ///
        /// `"human"` on the wire.
        #[serde(rename = "human")]
        Human,
        /// A voicemail box or answering machine answered.
        ///
        /// `"machine"` on the wire.
        #[serde(rename = "machine")]
        Machine,
        /// Who answered could not be told.
        ///
        /// `"unknown"` on the wire.
        #[serde(rename = "unknown")]
        Unknown,
        /// A value this version of the crate does not know, kept exactly as
        /// received so that it serializes back unchanged.
        #[serde(untagged)]
        UnknownValue(::std::string::String),
    }
    impl ::std::fmt::Display for AnsweredBy {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Human => f.write_str("human"),
                Self::Machine => f.write_str("machine"),
                Self::Unknown => f.write_str("unknown"),
                Self::UnknownValue(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for AnsweredBy {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "human" => Ok(Self::Human),
                "machine" => Ok(Self::Machine),
                "unknown" => Ok(Self::Unknown),
                _ => Ok(Self::UnknownValue(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AnsweredBy {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AnsweredBy {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`Call`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct Call {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub answered_by: ::std::option::Option<AnsweredBy>,
        ///Billable duration of the Call in seconds
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub billable_duration: ::std::option::Option<i64>,
        ///When the Call was created
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        ///
        /// Decoded from RFC 3339 or any form Python writes (a space for `T`, 0 to 9 fractional digits); a time without an offset is read as UTC.
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_date_time")]
        #[serde(serialize_with = "crate::lenient::write_option_date_time")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Duration of the Call in seconds
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub duration: ::std::option::Option<i64>,
        ///When the Call ended
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        ///
        /// Decoded from RFC 3339 or any form Python writes (a space for `T`, 0 to 9 fractional digits); a time without an offset is read as UTC.
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_date_time")]
        #[serde(serialize_with = "crate::lenient::write_option_date_time")]
        pub ended_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Unique identifier for the Call
        pub id: CallId,
        ///When the Call was answered
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        ///
        /// Decoded from RFC 3339 or any form Python writes (a space for `T`, 0 to 9 fractional digits); a time without an offset is read as UTC.
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_date_time")]
        #[serde(serialize_with = "crate::lenient::write_option_date_time")]
        pub started_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        pub status: CallStatus,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub thread: ::std::option::Option<Thread>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<CallType>,
    }
    impl Call {
        pub fn builder() -> builder::Call {
            Default::default()
        }
    }
    ///on_call_end: a call ended. Deduplicate on the call `id`: Altur signs no timestamp, so a captured delivery can be sent again.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CallEndedEvent {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub answered_by: ::std::option::Option<AnsweredBy>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub assistant: ::std::option::Option<WebhookAgent>,
        ///Billed duration of the Call in seconds
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub billed_duration: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub campaign_user: ::std::option::Option<WebhookCampaignUser>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        /// Decoded from RFC 3339 or any form Python writes (a space for `T`, 0 to 9 fractional digits); a time without an offset is read as UTC.
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_date_time")]
        #[serde(serialize_with = "crate::lenient::write_option_date_time")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Duration of the Call in seconds
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub duration: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end_user: ::std::option::Option<WebhookEndUser>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        /// Decoded from RFC 3339 or any form Python writes (a space for `T`, 0 to 9 fractional digits); a time without an offset is read as UTC.
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_date_time")]
        #[serde(serialize_with = "crate::lenient::write_option_date_time")]
        pub ended_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///on_call_end (the older page has no event_type; see `type`)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_type: ::std::option::Option<::std::string::String>,
        ///Unique identifier of the Call
        pub id: CallId,
        ///Phone number the call came from, E.164
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone_number_from: ::std::option::Option<::std::string::String>,
        ///Phone number the call went to, E.164
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone_number_to: ::std::option::Option<::std::string::String>,
        ///Where the recording is (GET /call/{id}/recording)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub recording_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        /// Decoded from RFC 3339 or any form Python writes (a space for `T`, 0 to 9 fractional digits); a time without an offset is read as UTC.
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_date_time")]
        #[serde(serialize_with = "crate::lenient::write_option_date_time")]
        pub started_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<CallStatus>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        pub transcript: ::std::vec::Vec<TranscriptEntry>,
        ///Direction of the Call (inbound or outbound); on the older page, the event type (on_call_end)
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    impl CallEndedEvent {
        pub fn builder() -> builder::CallEndedEvent {
            Default::default()
        }
    }
    ///A call's id, such as cll_gBoLtd02pUI50QwXkFjB
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct CallId(pub ::std::string::String);
    impl ::std::ops::Deref for CallId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CallId> for ::std::string::String {
        fn from(value: CallId) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::string::String> for CallId {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for CallId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for CallId {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }
    ///Status of the Call
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum CallStatus {
        /// Created; dialing has not started.
        ///
        /// `"created"` on the wire.
        #[serde(rename = "created")]
        Created,
        /// Waiting to be dialed.
        ///
        /// `"queued"` on the wire.
        #[serde(rename = "queued")]
        Queued,
        /// Dialed; the phone is ringing.
        ///
        /// `"ringing"` on the wire.
        #[serde(rename = "ringing")]
        Ringing,
        /// Answered; the conversation is going on.
        ///
        /// `"in-progress"` on the wire.
        #[serde(rename = "in-progress")]
        InProgress,
        /// Being forwarded to another number.
        ///
        /// `"forwarding"` on the wire.
        #[serde(rename = "forwarding")]
        Forwarding,
        /// Over, after it was answered.
        ///
        /// `"ended"` on the wire.
        #[serde(rename = "ended")]
        Ended,
        /// The line was busy.
        ///
        /// `"busy"` on the wire.
        #[serde(rename = "busy")]
        Busy,
        /// Nobody answered.
        ///
        /// `"no-answer"` on the wire.
        #[serde(rename = "no-answer")]
        NoAnswer,
        /// Could not be placed.
        ///
        /// `"failed"` on the wire.
        #[serde(rename = "failed")]
        Failed,
        /// A value this version of the crate does not know, kept exactly as
        /// received so that it serializes back unchanged.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    impl ::std::fmt::Display for CallStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Created => f.write_str("created"),
                Self::Queued => f.write_str("queued"),
                Self::Ringing => f.write_str("ringing"),
                Self::InProgress => f.write_str("in-progress"),
                Self::Forwarding => f.write_str("forwarding"),
                Self::Ended => f.write_str("ended"),
                Self::Busy => f.write_str("busy"),
                Self::NoAnswer => f.write_str("no-answer"),
                Self::Failed => f.write_str("failed"),
                Self::Unknown(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for CallStatus {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "created" => Ok(Self::Created),
                "queued" => Ok(Self::Queued),
                "ringing" => Ok(Self::Ringing),
                "in-progress" => Ok(Self::InProgress),
                "forwarding" => Ok(Self::Forwarding),
                "ended" => Ok(Self::Ended),
                "busy" => Ok(Self::Busy),
                "no-answer" => Ok(Self::NoAnswer),
                "failed" => Ok(Self::Failed),
                _ => Ok(Self::Unknown(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CallStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CallStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Direction of the Call
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum CallType {
        /// The end user called the agent.
        ///
        /// `"inbound"` on the wire.
        #[serde(rename = "inbound")]
        Inbound,
        /// The agent called the end user (start_call, or a campaign).
        ///
        /// `"outbound"` on the wire.
        #[serde(rename = "outbound")]
        Outbound,
        /// A value this version of the crate does not know, kept exactly as
        /// received so that it serializes back unchanged.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    impl ::std::fmt::Display for CallType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Inbound => f.write_str("inbound"),
                Self::Outbound => f.write_str("outbound"),
                Self::Unknown(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for CallType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "inbound" => Ok(Self::Inbound),
                "outbound" => Ok(Self::Outbound),
                _ => Ok(Self::Unknown(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CallType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CallType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`Campaign`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct Campaign {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub agent: ::std::option::Option<CampaignAgent>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub analytics: ::std::option::Option<CampaignAnalytics>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub archived: ::std::option::Option<bool>,
        ///Older name of concurrency_limit
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub concurrency: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub concurrency_limit: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        /// Decoded from RFC 3339 or any form Python writes (a space for `T`, 0 to 9 fractional digits); a time without an offset is read as UTC.
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_date_time")]
        #[serde(serialize_with = "crate::lenient::write_option_date_time")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cycles: ::std::option::Option<Cycles>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_message: ::std::option::Option<::std::string::String>,
        pub id: CampaignId,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub integration: ::std::option::Option<CampaignIntegration>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub message_limit: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub retries: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scheduling: ::std::option::Option<Scheduling>,
        pub status: CampaignStatus,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub template: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub template_alt: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timezone: ::std::option::Option<::std::string::String>,
    }
    impl Campaign {
        pub fn builder() -> builder::Campaign {
            Default::default()
        }
    }
    ///`CampaignActionAction`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum CampaignActionAction {
        /// Start it (from pending, ready or cooldown): status active. Not idempotent.
        ///
        /// `"activate"` on the wire.
        #[serde(rename = "activate")]
        Activate,
        /// Pause it (from active or cooldown): status inactive.
        ///
        /// `"pause"` on the wire.
        #[serde(rename = "pause")]
        Pause,
        /// Archive it, from any status; archiving again does nothing.
        ///
        /// `"archive"` on the wire.
        #[serde(rename = "archive")]
        Archive,
        /// Run a paused campaign again (from inactive): status active.
        ///
        /// `"resume"` on the wire.
        #[serde(rename = "resume")]
        Resume,
        /// A value this version of the crate does not know, kept exactly as
        /// received so that it serializes back unchanged.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    impl ::std::fmt::Display for CampaignActionAction {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Activate => f.write_str("activate"),
                Self::Pause => f.write_str("pause"),
                Self::Archive => f.write_str("archive"),
                Self::Resume => f.write_str("resume"),
                Self::Unknown(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for CampaignActionAction {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "activate" => Ok(Self::Activate),
                "pause" => Ok(Self::Pause),
                "archive" => Ok(Self::Archive),
                "resume" => Ok(Self::Resume),
                _ => Ok(Self::Unknown(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CampaignActionAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CampaignActionAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The Agent of a Campaign, as the campaign pages show it
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CampaignAgent {
        ///Public id of the Agent (the campaign pages show no UUID)
        pub id: AgentPublicId,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl CampaignAgent {
        pub fn builder() -> builder::CampaignAgent {
            Default::default()
        }
    }
    ///Counts and rates of a Campaign: the keys the campaign.status_changed page shows for a phone-call campaign, each optional; any other key (a WhatsApp campaign's, which no page shows, or one Altur adds) is kept as it came
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CampaignAnalytics {
        ///Calls placed
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub calls: ::std::option::Option<i64>,
        ///Calls a person answered
        #[serde(
            rename = "callsAnsweredByHuman",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub calls_answered_by_human: ::std::option::Option<i64>,
        ///callsAnsweredByHuman / calls, from 0 to 1
        #[serde(
            rename = "callsAnsweredByHumanRate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub calls_answered_by_human_rate: ::std::option::Option<f64>,
        ///Calls a machine (voicemail) answered
        #[serde(
            rename = "callsAnsweredByMachine",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub calls_answered_by_machine: ::std::option::Option<i64>,
        ///callsAnsweredByMachine / calls, from 0 to 1
        #[serde(
            rename = "callsAnsweredByMachineRate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub calls_answered_by_machine_rate: ::std::option::Option<f64>,
        ///Calls answered by someone the call could not tell
        #[serde(
            rename = "callsAnsweredByUnknown",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub calls_answered_by_unknown: ::std::option::Option<i64>,
        ///callsAnsweredByUnknown / calls, from 0 to 1
        #[serde(
            rename = "callsAnsweredByUnknownRate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub calls_answered_by_unknown_rate: ::std::option::Option<f64>,
        ///Contacts of the Campaign
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub contacts: ::std::option::Option<i64>,
        ///Contacts who answered
        #[serde(
            rename = "contactsAnswered",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub contacts_answered: ::std::option::Option<i64>,
        ///contactsAnswered / contacts, from 0 to 1
        #[serde(
            rename = "contactsAnsweredRate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub contacts_answered_rate: ::std::option::Option<f64>,
        ///Contacts converted
        #[serde(
            rename = "contactsConverted",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub contacts_converted: ::std::option::Option<i64>,
        ///contactsConverted / contacts, from 0 to 1
        #[serde(
            rename = "contactsConvertedRate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub contacts_converted_rate: ::std::option::Option<f64>,
        ///Contacts that could not be reached
        #[serde(
            rename = "contactsFailed",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub contacts_failed: ::std::option::Option<i64>,
        ///contactsFailed / contacts, from 0 to 1
        #[serde(
            rename = "contactsFailedRate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub contacts_failed_rate: ::std::option::Option<f64>,
        ///Contacts the Campaign is done with
        #[serde(
            rename = "contactsProcessed",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub contacts_processed: ::std::option::Option<i64>,
        ///contactsProcessed / contacts, from 0 to 1
        #[serde(
            rename = "contactsProcessedRate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub contacts_processed_rate: ::std::option::Option<f64>,
        ///Contacts whose call reached voicemail
        #[serde(
            rename = "contactsVoicemail",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub contacts_voicemail: ::std::option::Option<i64>,
        ///contactsVoicemail / contacts, from 0 to 1
        #[serde(
            rename = "contactsVoicemailRate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub contacts_voicemail_rate: ::std::option::Option<f64>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl CampaignAnalytics {
        pub fn builder() -> builder::CampaignAnalytics {
            Default::default()
        }
    }
    ///`CampaignCall`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CampaignCall {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub answered_by: ::std::option::Option<AnsweredBy>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub billed_duration: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub contact: ::std::option::Option<CampaignCallContact>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        /// Decoded from RFC 3339 or any form Python writes (a space for `T`, 0 to 9 fractional digits); a time without an offset is read as UTC.
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_date_time")]
        #[serde(serialize_with = "crate::lenient::write_option_date_time")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub duration: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        /// Decoded from RFC 3339 or any form Python writes (a space for `T`, 0 to 9 fractional digits); a time without an offset is read as UTC.
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_date_time")]
        #[serde(serialize_with = "crate::lenient::write_option_date_time")]
        pub ended_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        pub extracted_data: ::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        >,
        pub id: CallId,
        ///Path of the recording, relative to the API server
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub recording_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        /// Decoded from RFC 3339 or any form Python writes (a space for `T`, 0 to 9 fractional digits); a time without an offset is read as UTC.
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_date_time")]
        #[serde(serialize_with = "crate::lenient::write_option_date_time")]
        pub started_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        pub status: CallStatus,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<CallType>,
    }
    impl CampaignCall {
        pub fn builder() -> builder::CampaignCall {
            Default::default()
        }
    }
    ///`CampaignCallContact`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CampaignCallContact {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub f_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<ContactId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone_number: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<CampaignContactStatus>,
    }
    impl CampaignCallContact {
        pub fn builder() -> builder::CampaignCallContact {
            Default::default()
        }
    }
    ///Channel of a Campaign
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum CampaignChannel {
        /// Reaches its contacts by phone call.
        ///
        /// `"phone_call"` on the wire.
        #[serde(rename = "phone_call")]
        PhoneCall,
        /// Reaches its contacts by WhatsApp message.
        ///
        /// `"whatsapp"` on the wire.
        #[serde(rename = "whatsapp")]
        Whatsapp,
        /// A value this version of the crate does not know, kept exactly as
        /// received so that it serializes back unchanged.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    impl ::std::fmt::Display for CampaignChannel {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::PhoneCall => f.write_str("phone_call"),
                Self::Whatsapp => f.write_str("whatsapp"),
                Self::Unknown(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for CampaignChannel {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "phone_call" => Ok(Self::PhoneCall),
                "whatsapp" => Ok(Self::Whatsapp),
                _ => Ok(Self::Unknown(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CampaignChannel {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CampaignChannel {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`CampaignContact`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CampaignContact {
        ///Billed call time, in seconds (270) or as mm:ss ("00:46")
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub billed_duration: ::std::option::Option<CampaignContactBilledDuration>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub call_count: ::std::option::Option<i64>,
        ///Phone number
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub contact: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub context: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        pub extracted_data: ::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        >,
        ///Your own identifier of the contact
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub f_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub failed_retries: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_follow_up: ::std::option::Option<bool>,
        pub id: ContactId,
        ///When the contact was last called; the API writes it as "2025-10-03 19:11:39" (no offset: read as UTC)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        ///
        /// Decoded from RFC 3339 or any form Python writes (a space for `T`, 0 to 9 fractional digits); a time without an offset is read as UTC.
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_date_time")]
        #[serde(serialize_with = "crate::lenient::write_option_date_time")]
        pub last_call_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub retries: ::std::option::Option<i64>,
        pub status: CampaignContactStatus,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        pub tags: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub voicemail_retries: ::std::option::Option<i64>,
    }
    impl CampaignContact {
        pub fn builder() -> builder::CampaignContact {
            Default::default()
        }
    }
    ///Billed call time, in seconds (270) or as mm:ss ("00:46")
    #[derive(::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    #[serde(untagged)]
    pub enum CampaignContactBilledDuration {
        Integer(i64),
        String(::std::string::String),
    }
    impl ::std::fmt::Display for CampaignContactBilledDuration {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Integer(x) => x.fmt(f),
                Self::String(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<i64> for CampaignContactBilledDuration {
        fn from(value: i64) -> Self {
            Self::Integer(value)
        }
    }
    ///Status of a Campaign Contact
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum CampaignContactStatus {
        /// Waiting to be contacted.
        ///
        /// `"queue"` on the wire.
        #[serde(rename = "queue")]
        Queue,
        /// Being contacted now.
        ///
        /// `"sending"` on the wire.
        #[serde(rename = "sending")]
        Sending,
        /// WhatsApp: the message went out.
        ///
        /// `"sent"` on the wire.
        #[serde(rename = "sent")]
        Sent,
        /// WhatsApp: the message reached the phone.
        ///
        /// `"delivered"` on the wire.
        #[serde(rename = "delivered")]
        Delivered,
        /// Phone: a voicemail box answered.
        ///
        /// `"voicemail"` on the wire.
        #[serde(rename = "voicemail")]
        Voicemail,
        /// WhatsApp: the message was read.
        ///
        /// `"read"` on the wire.
        #[serde(rename = "read")]
        Read,
        /// Could not be contacted.
        ///
        /// `"failed"` on the wire.
        #[serde(rename = "failed")]
        Failed,
        /// Phone: nobody answered.
        ///
        /// `"no-answer"` on the wire.
        #[serde(rename = "no-answer")]
        NoAnswer,
        /// Phone: the line was busy.
        ///
        /// `"busy"` on the wire.
        #[serde(rename = "busy")]
        Busy,
        /// Not reached yet; to be contacted again.
        ///
        /// `"retrying"` on the wire.
        #[serde(rename = "retrying")]
        Retrying,
        /// Reached the campaign's goal.
        ///
        /// `"converted"` on the wire.
        #[serde(rename = "converted")]
        Converted,
        /// Phone: the contact answered.
        ///
        /// `"answered"` on the wire.
        #[serde(rename = "answered")]
        Answered,
        /// WhatsApp: accepted. The Spanish pages spell it so; the English ones write `acepted`: one status, spelled two ways, so match both.
        ///
        /// `"accepted"` on the wire.
        #[serde(rename = "accepted")]
        Accepted,
        /// The same status as `accepted`, as the English pages spell it: one status, spelled two ways, so match both.
        ///
        /// `"acepted"` on the wire.
        #[serde(rename = "acepted")]
        Acepted,
        /// WhatsApp: rejected.
        ///
        /// `"rejected"` on the wire.
        #[serde(rename = "rejected")]
        Rejected,
        /// Could not be reached.
        ///
        /// `"unreachable"` on the wire.
        #[serde(rename = "unreachable")]
        Unreachable,
        /// A value this version of the crate does not know, kept exactly as
        /// received so that it serializes back unchanged.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    impl ::std::fmt::Display for CampaignContactStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Queue => f.write_str("queue"),
                Self::Sending => f.write_str("sending"),
                Self::Sent => f.write_str("sent"),
                Self::Delivered => f.write_str("delivered"),
                Self::Voicemail => f.write_str("voicemail"),
                Self::Read => f.write_str("read"),
                Self::Failed => f.write_str("failed"),
                Self::NoAnswer => f.write_str("no-answer"),
                Self::Busy => f.write_str("busy"),
                Self::Retrying => f.write_str("retrying"),
                Self::Converted => f.write_str("converted"),
                Self::Answered => f.write_str("answered"),
                Self::Accepted => f.write_str("accepted"),
                Self::Acepted => f.write_str("acepted"),
                Self::Rejected => f.write_str("rejected"),
                Self::Unreachable => f.write_str("unreachable"),
                Self::Unknown(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for CampaignContactStatus {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "queue" => Ok(Self::Queue),
                "sending" => Ok(Self::Sending),
                "sent" => Ok(Self::Sent),
                "delivered" => Ok(Self::Delivered),
                "voicemail" => Ok(Self::Voicemail),
                "read" => Ok(Self::Read),
                "failed" => Ok(Self::Failed),
                "no-answer" => Ok(Self::NoAnswer),
                "busy" => Ok(Self::Busy),
                "retrying" => Ok(Self::Retrying),
                "converted" => Ok(Self::Converted),
                "answered" => Ok(Self::Answered),
                "accepted" => Ok(Self::Accepted),
                "acepted" => Ok(Self::Acepted),
                "rejected" => Ok(Self::Rejected),
                "unreachable" => Ok(Self::Unreachable),
                _ => Ok(Self::Unknown(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CampaignContactStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CampaignContactStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`CampaignCycle`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CampaignCycle {
        pub campaign: WebhookCampaign,
        ///The iteration that just finished
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub cycle_iteration: ::std::option::Option<i64>,
        ///When the next iteration starts; null when none is left
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        ///
        /// Decoded from RFC 3339 or any form Python writes (a space for `T`, 0 to 9 fractional digits); a time without an offset is read as UTC.
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_date_time")]
        #[serde(serialize_with = "crate::lenient::write_option_date_time")]
        pub next_cycle_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
    }
    impl CampaignCycle {
        pub fn builder() -> builder::CampaignCycle {
            Default::default()
        }
    }
    ///campaign.cycle_completed: one cycle iteration of a phone-call Campaign finished. Deduplicate on `event_id`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CampaignCycleCompletedEvent {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub api_version: ::std::option::Option<::std::string::String>,
        pub data: CampaignCycle,
        ///Unique per delivery
        pub event_id: ::std::string::String,
        ///campaign.cycle_completed
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_type: ::std::option::Option<::std::string::String>,
        ///When, in the project's time zone
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        ///
        /// Decoded from RFC 3339 or any form Python writes (a space for `T`, 0 to 9 fractional digits); a time without an offset is read as UTC.
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_date_time")]
        #[serde(serialize_with = "crate::lenient::write_option_date_time")]
        pub occurred_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub project_id: ::std::option::Option<::std::string::String>,
    }
    impl CampaignCycleCompletedEvent {
        pub fn builder() -> builder::CampaignCycleCompletedEvent {
            Default::default()
        }
    }
    ///A campaign's id
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Copy,
        PartialEq,
        Eq,
        Hash,
        PartialOrd,
        Ord
    )]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct CampaignId(pub i64);
    impl ::std::ops::Deref for CampaignId {
        type Target = i64;
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<CampaignId> for i64 {
        fn from(value: CampaignId) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i64> for CampaignId {
        fn from(value: i64) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for CampaignId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for CampaignId {
        type Err = <i64 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for CampaignId {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for CampaignId {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///`CampaignIntegration`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CampaignIntegration {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<IntegrationPublicId>,
    }
    impl CampaignIntegration {
        pub fn builder() -> builder::CampaignIntegration {
            Default::default()
        }
    }
    ///`CampaignList`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CampaignList {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        pub campaigns: ::std::vec::Vec<CampaignListItem>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pagination: ::std::option::Option<Pagination>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub total_count: ::std::option::Option<i64>,
    }
    impl CampaignList {
        pub fn builder() -> builder::CampaignList {
            Default::default()
        }
    }
    ///`CampaignListItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CampaignListItem {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub agent: ::std::option::Option<CampaignAgent>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub archived: ::std::option::Option<bool>,
        ///Older name of concurrency_limit
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub concurrency: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub concurrency_limit: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<::std::string::String>,
        ///Older name of cycle_cooldown_minutes
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub cycle_cooldown: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub cycle_cooldown_minutes: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub cycle_current_iteration: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cycle_enabled: ::std::option::Option<bool>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        pub cycle_filter_statuses: ::std::vec::Vec<CampaignContactStatus>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        pub cycle_filter_tags: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cycle_last_iteration_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub cycle_max_iterations: ::std::option::Option<i64>,
        ///Older name of cycle_filter_statuses
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        pub cycle_status_filters: ::std::vec::Vec<CampaignContactStatus>,
        ///Older name of cycle_filter_tags
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        pub cycle_tag_filters: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_message: ::std::option::Option<::std::string::String>,
        pub id: CampaignId,
        ///Older name of cycle_last_iteration_at
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_iteration_at: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub retries: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scheduling: ::std::option::Option<Scheduling>,
        pub status: CampaignStatus,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub template: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timezone: ::std::option::Option<::std::string::String>,
    }
    impl CampaignListItem {
        pub fn builder() -> builder::CampaignListItem {
            Default::default()
        }
    }
    ///`CampaignResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CampaignResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub campaign: ::std::option::Option<Campaign>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl CampaignResponse {
        pub fn builder() -> builder::CampaignResponse {
            Default::default()
        }
    }
    ///The settings of a Campaign that can be changed after creation, but for cycles
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CampaignSettings {
        ///A note on the Campaign for the people who run it
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///What the Agent says when a call is answered (phone_call only)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_message: ::std::option::Option<::std::string::String>,
        ///WhatsApp: the most messages the Campaign sends, 1 to 10000
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message_limit: ::std::option::Option<::std::num::NonZeroU64>,
        ///The Campaign's name, at most 255 characters
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<CampaignSettingsName>,
        ///How many more times a contact not reached (voicemail, busy, no answer, failed) is called, 0 to 5
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub retries: ::std::option::Option<i64>,
        ///Calling hours: a window a weekday (mon to sun) in the Campaign's `timezone`; nobody is called outside them, and a day left out or not `active` has none. Left out, any hour
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scheduling: ::std::option::Option<Scheduling>,
        ///WhatsApp template name (whatsapp only)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub template: ::std::option::Option<::std::string::String>,
        ///Alternate WhatsApp template name (whatsapp only)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub template_alt: ::std::option::Option<::std::string::String>,
        ///IANA time zone name (America/Mexico_City); the calling hours (`scheduling`) are in it
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timezone: ::std::option::Option<::std::string::String>,
    }
    impl CampaignSettings {
        pub fn builder() -> builder::CampaignSettings {
            Default::default()
        }
    }
    ///The Campaign's name, at most 255 characters
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct CampaignSettingsName(::std::string::String);
    impl ::std::ops::Deref for CampaignSettingsName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CampaignSettingsName> for ::std::string::String {
        fn from(value: CampaignSettingsName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CampaignSettingsName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CampaignSettingsName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CampaignSettingsName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CampaignSettingsName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Status of a Campaign
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum CampaignStatus {
        /// Created, not started; `activate` starts it.
        ///
        /// `"pending"` on the wire.
        #[serde(rename = "pending")]
        Pending,
        /// Ready to start; `activate` starts it.
        ///
        /// `"ready"` on the wire.
        #[serde(rename = "ready")]
        Ready,
        /// Running: contacting its contacts.
        ///
        /// `"active"` on the wire.
        #[serde(rename = "active")]
        Active,
        /// Paused (`pause`); `resume` runs it again.
        ///
        /// `"inactive"` on the wire.
        #[serde(rename = "inactive")]
        Inactive,
        /// Between two cycles, waiting out the cooldown.
        ///
        /// `"cooldown"` on the wire.
        #[serde(rename = "cooldown")]
        Cooldown,
        /// Done: its last cycle ran.
        ///
        /// `"finished"` on the wire.
        #[serde(rename = "finished")]
        Finished,
        /// A value this version of the crate does not know, kept exactly as
        /// received so that it serializes back unchanged.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    impl ::std::fmt::Display for CampaignStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Pending => f.write_str("pending"),
                Self::Ready => f.write_str("ready"),
                Self::Active => f.write_str("active"),
                Self::Inactive => f.write_str("inactive"),
                Self::Cooldown => f.write_str("cooldown"),
                Self::Finished => f.write_str("finished"),
                Self::Unknown(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for CampaignStatus {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "pending" => Ok(Self::Pending),
                "ready" => Ok(Self::Ready),
                "active" => Ok(Self::Active),
                "inactive" => Ok(Self::Inactive),
                "cooldown" => Ok(Self::Cooldown),
                "finished" => Ok(Self::Finished),
                _ => Ok(Self::Unknown(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CampaignStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CampaignStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///What changed; `analytics` only once the Campaign finished
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CampaignStatusChange {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub analytics: ::std::option::Option<CampaignAnalytics>,
        pub campaign: WebhookCampaign,
    }
    impl CampaignStatusChange {
        pub fn builder() -> builder::CampaignStatusChange {
            Default::default()
        }
    }
    ///campaign.status_changed: a Campaign changed status. Deduplicate on `event_id`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CampaignStatusChangedEvent {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub api_version: ::std::option::Option<::std::string::String>,
        pub data: CampaignStatusChange,
        ///Unique per delivery
        pub event_id: ::std::string::String,
        ///campaign.status_changed
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub event_type: ::std::option::Option<::std::string::String>,
        ///When, in the project's time zone
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        ///
        /// Decoded from RFC 3339 or any form Python writes (a space for `T`, 0 to 9 fractional digits); a time without an offset is read as UTC.
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_date_time")]
        #[serde(serialize_with = "crate::lenient::write_option_date_time")]
        pub occurred_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub project_id: ::std::option::Option<::std::string::String>,
    }
    impl CampaignStatusChangedEvent {
        pub fn builder() -> builder::CampaignStatusChangedEvent {
            Default::default()
        }
    }
    ///The settings to change; a field left out keeps its value
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CampaignUpdate {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cycles: ::std::option::Option<CyclesUpdate>,
        ///A note on the Campaign for the people who run it
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///What the Agent says when a call is answered (phone_call only)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_message: ::std::option::Option<::std::string::String>,
        ///WhatsApp: the most messages the Campaign sends, 1 to 10000
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message_limit: ::std::option::Option<::std::num::NonZeroU64>,
        ///The Campaign's name, at most 255 characters
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<CampaignUpdateName>,
        ///How many more times a contact not reached (voicemail, busy, no answer, failed) is called, 0 to 5
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub retries: ::std::option::Option<i64>,
        ///Calling hours: a window a weekday (mon to sun) in the Campaign's `timezone`; nobody is called outside them, and a day left out or not `active` has none. Left out, any hour
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scheduling: ::std::option::Option<Scheduling>,
        ///WhatsApp template name (whatsapp only)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub template: ::std::option::Option<::std::string::String>,
        ///Alternate WhatsApp template name (whatsapp only)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub template_alt: ::std::option::Option<::std::string::String>,
        ///IANA time zone name (America/Mexico_City); the calling hours (`scheduling`) are in it
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timezone: ::std::option::Option<::std::string::String>,
    }
    impl CampaignUpdate {
        pub fn builder() -> builder::CampaignUpdate {
            Default::default()
        }
    }
    ///The Campaign's name, at most 255 characters
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct CampaignUpdateName(::std::string::String);
    impl ::std::ops::Deref for CampaignUpdateName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CampaignUpdateName> for ::std::string::String {
        fn from(value: CampaignUpdateName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CampaignUpdateName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CampaignUpdateName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CampaignUpdateName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CampaignUpdateName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///A campaign contact's id, as Altur numbers it; not your own f_id
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Copy,
        PartialEq,
        Eq,
        Hash,
        PartialOrd,
        Ord
    )]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct ContactId(pub i64);
    impl ::std::ops::Deref for ContactId {
        type Target = i64;
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<ContactId> for i64 {
        fn from(value: ContactId) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i64> for ContactId {
        fn from(value: i64) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for ContactId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for ContactId {
        type Err = <i64 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for ContactId {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for ContactId {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///`ContactResult`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ContactResult {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub contact: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<ContactResultError>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<ContactResultId>,
        ///Position of the row in the request
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub index: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<ContactResultStatus>,
    }
    impl ContactResult {
        pub fn builder() -> builder::ContactResult {
            Default::default()
        }
    }
    ///`ContactResultError`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum ContactResultError {
        /// The phone number is not valid.
        ///
        /// `"INVALID_PHONE_NUMBER"` on the wire.
        #[serde(rename = "INVALID_PHONE_NUMBER")]
        InvalidPhoneNumber,
        /// The row has no phone number.
        ///
        /// `"MISSING_CONTACT"` on the wire.
        #[serde(rename = "MISSING_CONTACT")]
        MissingContact,
        /// Altur failed on its side; send the row again.
        ///
        /// `"SERVER_ERROR"` on the wire.
        #[serde(rename = "SERVER_ERROR")]
        ServerError,
        /// A value this version of the crate does not know, kept exactly as
        /// received so that it serializes back unchanged.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    impl ::std::fmt::Display for ContactResultError {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::InvalidPhoneNumber => f.write_str("INVALID_PHONE_NUMBER"),
                Self::MissingContact => f.write_str("MISSING_CONTACT"),
                Self::ServerError => f.write_str("SERVER_ERROR"),
                Self::Unknown(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for ContactResultError {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "INVALID_PHONE_NUMBER" => Ok(Self::InvalidPhoneNumber),
                "MISSING_CONTACT" => Ok(Self::MissingContact),
                "SERVER_ERROR" => Ok(Self::ServerError),
                _ => Ok(Self::Unknown(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ContactResultError {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ContactResultError {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ContactResultId`
    #[derive(::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    #[serde(untagged)]
    pub enum ContactResultId {
        Integer(i64),
        String(::std::string::String),
    }
    impl ::std::fmt::Display for ContactResultId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Integer(x) => x.fmt(f),
                Self::String(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<i64> for ContactResultId {
        fn from(value: i64) -> Self {
            Self::Integer(value)
        }
    }
    ///`ContactResultStatus`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum ContactResultStatus {
        /// Added as a new contact.
        ///
        /// `"created"` on the wire.
        #[serde(rename = "created")]
        Created,
        /// An existing contact was overwritten (`if_duplicate: update`).
        ///
        /// `"updated"` on the wire.
        #[serde(rename = "updated")]
        Updated,
        /// The campaign has this phone number already; the contact was kept as it was.
        ///
        /// `"skipped_duplicate"` on the wire.
        #[serde(rename = "skipped_duplicate")]
        SkippedDuplicate,
        /// Not added; `error` says why.
        ///
        /// `"failed"` on the wire.
        #[serde(rename = "failed")]
        Failed,
        /// A value this version of the crate does not know, kept exactly as
        /// received so that it serializes back unchanged.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    impl ::std::fmt::Display for ContactResultStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Created => f.write_str("created"),
                Self::Updated => f.write_str("updated"),
                Self::SkippedDuplicate => f.write_str("skipped_duplicate"),
                Self::Failed => f.write_str("failed"),
                Self::Unknown(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for ContactResultStatus {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "created" => Ok(Self::Created),
                "updated" => Ok(Self::Updated),
                "skipped_duplicate" => Ok(Self::SkippedDuplicate),
                "failed" => Ok(Self::Failed),
                _ => Ok(Self::Unknown(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ContactResultStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ContactResultStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Cycles of a phone-call Campaign. They can be switched on at creation only: enabled and mode cannot change later. With enabled false or left out, the rest is ignored; with mode cooldown, schedule, schedule_start_date and schedule_end_date are refused.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct Cycles {
        ///Minutes between the end of a cycle and the start of the next (mode: cooldown)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub cooldown_minutes: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        ///Whom a new cycle calls again, by status (no-answer, busy, voicemail...); left out, everyone not converted
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        pub filter_statuses: ::std::vec::Vec<CampaignContactStatus>,
        ///Whom a new cycle calls again, by tag (a contact with any of them)
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        pub filter_tags: ::std::vec::Vec<::std::string::String>,
        ///How many cycles run, at most
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub max_iterations: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mode: ::std::option::Option<CyclesMode>,
        ///When each new cycle starts (mode: scheduled only; refused in cooldown mode). Not the calling hours, which are `scheduling`
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub schedule: ::std::option::Option<Scheduling>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub schedule_end_date: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub schedule_start_date: ::std::option::Option<::std::string::String>,
    }
    impl Cycles {
        pub fn builder() -> builder::Cycles {
            Default::default()
        }
    }
    ///How a new cycle starts
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum CyclesMode {
        /// The next cycle starts `cooldown_minutes` after the last one ends.
        ///
        /// `"cooldown"` on the wire.
        #[serde(rename = "cooldown")]
        Cooldown,
        /// Cycles start on the `schedule` given.
        ///
        /// `"scheduled"` on the wire.
        #[serde(rename = "scheduled")]
        Scheduled,
        /// A value this version of the crate does not know, kept exactly as
        /// received so that it serializes back unchanged.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    impl ::std::fmt::Display for CyclesMode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Cooldown => f.write_str("cooldown"),
                Self::Scheduled => f.write_str("scheduled"),
                Self::Unknown(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for CyclesMode {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "cooldown" => Ok(Self::Cooldown),
                "scheduled" => Ok(Self::Scheduled),
                _ => Ok(Self::Unknown(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CyclesMode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CyclesMode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The settings of Cycles that can change after creation (enabled and mode cannot: the API answers 400 IMMUTABLE_FIELD)
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct CyclesUpdate {
        ///Minutes between the end of a cycle and the start of the next (mode: cooldown)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub cooldown_minutes: ::std::option::Option<i64>,
        ///Whom a new cycle calls again, by status (no-answer, busy, voicemail...); left out, everyone not converted
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        pub filter_statuses: ::std::vec::Vec<CampaignContactStatus>,
        ///Whom a new cycle calls again, by tag (a contact with any of them)
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        pub filter_tags: ::std::vec::Vec<::std::string::String>,
        ///How many cycles run, at most
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub max_iterations: ::std::option::Option<i64>,
        ///When each new cycle starts (mode: scheduled only; refused in cooldown mode). Not the calling hours, which are `scheduling`
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub schedule: ::std::option::Option<Scheduling>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub schedule_end_date: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub schedule_start_date: ::std::option::Option<::std::string::String>,
    }
    impl CyclesUpdate {
        pub fn builder() -> builder::CyclesUpdate {
            Default::default()
        }
    }
    ///`DaySchedule`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct DaySchedule {
        ///Whether the day has a window; false, nobody is called that day
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        ///Older name of stopTime
        #[serde(
            rename = "endTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub end_time: ::std::option::Option<::std::string::String>,
        ///When the day's window opens, HH:MM (24-hour) in the Campaign's `timezone`
        #[serde(
            rename = "startTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub start_time: ::std::option::Option<::std::string::String>,
        ///When it closes, HH:MM (24-hour)
        #[serde(
            rename = "stopTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub stop_time: ::std::option::Option<::std::string::String>,
    }
    impl DaySchedule {
        pub fn builder() -> builder::DaySchedule {
            Default::default()
        }
    }
    ///`EndUser`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct EndUser {
        ///EndUser's display name
        pub display_name: ::std::string::String,
        ///Unique identifier for the EndUser
        pub id: EndUserId,
        ///EndUser's information valuable for interactions with Agents or human agents
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub info: ::std::option::Option<::std::string::String>,
        ///Enum representing the Integration's channel
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub integration_type: ::std::option::Option<EndUserIntegrationType>,
    }
    impl EndUser {
        pub fn builder() -> builder::EndUser {
            Default::default()
        }
    }
    ///`EndUserData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct EndUserData {
        ///EndUser's display name
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub display_name: ::std::option::Option<::std::string::String>,
        ///EndUser's information valuable for interactions with Agents or human agents
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub info: ::std::option::Option<::std::string::String>,
    }
    impl EndUserData {
        pub fn builder() -> builder::EndUserData {
            Default::default()
        }
    }
    ///An end user's id, a UUID
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Copy,
        PartialEq,
        Eq,
        Hash,
        PartialOrd,
        Ord
    )]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct EndUserId(pub ::uuid::Uuid);
    impl ::std::ops::Deref for EndUserId {
        type Target = ::uuid::Uuid;
        fn deref(&self) -> &::uuid::Uuid {
            &self.0
        }
    }
    impl ::std::convert::From<EndUserId> for ::uuid::Uuid {
        fn from(value: EndUserId) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::uuid::Uuid> for EndUserId {
        fn from(value: ::uuid::Uuid) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for EndUserId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for EndUserId {
        type Err = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for EndUserId {
        type Error = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for EndUserId {
        type Error = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///Enum representing the Integration's channel
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum EndUserIntegrationType {
        /// Through the API, as with this client.
        ///
        /// `"api"` on the wire.
        #[serde(rename = "api")]
        Api,
        /// Through WhatsApp.
        ///
        /// `"whatsapp"` on the wire.
        #[serde(rename = "whatsapp")]
        Whatsapp,
        /// A value this version of the crate does not know, kept exactly as
        /// received so that it serializes back unchanged.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    impl ::std::fmt::Display for EndUserIntegrationType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Api => f.write_str("api"),
                Self::Whatsapp => f.write_str("whatsapp"),
                Self::Unknown(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for EndUserIntegrationType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "api" => Ok(Self::Api),
                "whatsapp" => Ok(Self::Whatsapp),
                _ => Ok(Self::Unknown(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for EndUserIntegrationType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for EndUserIntegrationType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`Error`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct Error {
        ///Machine-readable error code, e.g. INVALID_STATUS_TRANSITION
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///Status of the campaign (INVALID_STATUS_TRANSITION)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub current_status: ::std::option::Option<::std::string::String>,
        ///A number on the older pages; perhaps the string code on the campaign pages
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<ErrorError>,
        ///The offending field (IMMUTABLE_FIELD)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub field: ::std::option::Option<::std::string::String>,
        pub message: ::std::string::String,
        ///Statuses reachable from current_status (INVALID_STATUS_TRANSITION)
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        pub valid_targets: ::std::vec::Vec<::std::string::String>,
    }
    impl Error {
        pub fn builder() -> builder::Error {
            Default::default()
        }
    }
    ///A number on the older pages; perhaps the string code on the campaign pages
    #[derive(::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    #[serde(untagged)]
    pub enum ErrorError {
        Int32(i32),
        String(::std::string::String),
    }
    impl ::std::fmt::Display for ErrorError {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Int32(x) => x.fmt(f),
                Self::String(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<i32> for ErrorError {
        fn from(value: i32) -> Self {
            Self::Int32(value)
        }
    }
    ///`Integration`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct Integration {
        ///Unique identifier for the Integration
        pub id: ::std::string::String,
        ///Enum representing the Integration's channel
        #[serde(rename = "type")]
        pub type_: IntegrationType,
    }
    impl Integration {
        pub fn builder() -> builder::Integration {
            Default::default()
        }
    }
    ///An integration's public id (an agent's phone line or WhatsApp number), as the campaign pages show and take it; not an agent's
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct IntegrationPublicId(pub ::std::string::String);
    impl ::std::ops::Deref for IntegrationPublicId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<IntegrationPublicId> for ::std::string::String {
        fn from(value: IntegrationPublicId) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::string::String> for IntegrationPublicId {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for IntegrationPublicId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for IntegrationPublicId {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }
    ///Enum representing the Integration's channel
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum IntegrationType {
        /// Through the API, as with this client.
        ///
        /// `"api"` on the wire.
        #[serde(rename = "api")]
        Api,
        /// Through WhatsApp.
        ///
        /// `"whatsapp"` on the wire.
        #[serde(rename = "whatsapp")]
        Whatsapp,
        /// A value this version of the crate does not know, kept exactly as
        /// received so that it serializes back unchanged.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    impl ::std::fmt::Display for IntegrationType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Api => f.write_str("api"),
                Self::Whatsapp => f.write_str("whatsapp"),
                Self::Unknown(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for IntegrationType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "api" => Ok(Self::Api),
                "whatsapp" => Ok(Self::Whatsapp),
                _ => Ok(Self::Unknown(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for IntegrationType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for IntegrationType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ListCampaignCallsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ListCampaignCallsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        pub calls: ::std::vec::Vec<CampaignCall>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pagination: ::std::option::Option<Pagination>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub total_count: ::std::option::Option<i64>,
    }
    impl ListCampaignCallsResponse {
        pub fn builder() -> builder::ListCampaignCallsResponse {
            Default::default()
        }
    }
    ///`ListCampaignCallsStatus`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum ListCampaignCallsStatus {
        /// Over, after it was answered.
        ///
        /// `"ended"` on the wire.
        #[serde(rename = "ended")]
        Ended,
        /// Could not be placed.
        ///
        /// `"failed"` on the wire.
        #[serde(rename = "failed")]
        Failed,
        /// The line was busy.
        ///
        /// `"busy"` on the wire.
        #[serde(rename = "busy")]
        Busy,
        /// Nobody answered.
        ///
        /// `"no-answer"` on the wire.
        #[serde(rename = "no-answer")]
        NoAnswer,
        /// Answered; the conversation is going on.
        ///
        /// `"in-progress"` on the wire.
        #[serde(rename = "in-progress")]
        InProgress,
        /// A value this version of the crate does not know, kept exactly as
        /// received so that it serializes back unchanged.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    impl ::std::fmt::Display for ListCampaignCallsStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Ended => f.write_str("ended"),
                Self::Failed => f.write_str("failed"),
                Self::Busy => f.write_str("busy"),
                Self::NoAnswer => f.write_str("no-answer"),
                Self::InProgress => f.write_str("in-progress"),
                Self::Unknown(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for ListCampaignCallsStatus {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ended" => Ok(Self::Ended),
                "failed" => Ok(Self::Failed),
                "busy" => Ok(Self::Busy),
                "no-answer" => Ok(Self::NoAnswer),
                "in-progress" => Ok(Self::InProgress),
                _ => Ok(Self::Unknown(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListCampaignCallsStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListCampaignCallsStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ListCampaignContactsDirection`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum ListCampaignContactsDirection {
        /// The page after the cursor's.
        ///
        /// `"next"` on the wire.
        #[serde(rename = "next")]
        Next,
        /// The page before the cursor's.
        ///
        /// `"previous"` on the wire.
        #[serde(rename = "previous")]
        Previous,
        /// A value this version of the crate does not know, kept exactly as
        /// received so that it serializes back unchanged.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    impl ::std::fmt::Display for ListCampaignContactsDirection {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Next => f.write_str("next"),
                Self::Previous => f.write_str("previous"),
                Self::Unknown(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for ListCampaignContactsDirection {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "next" => Ok(Self::Next),
                "previous" => Ok(Self::Previous),
                _ => Ok(Self::Unknown(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListCampaignContactsDirection {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListCampaignContactsDirection {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for ListCampaignContactsDirection {
        fn default() -> Self {
            ListCampaignContactsDirection::Next
        }
    }
    ///`ListCampaignContactsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct ListCampaignContactsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        pub contacts: ::std::vec::Vec<CampaignContact>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pagination: ::std::option::Option<Pagination>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub total_count: ::std::option::Option<i64>,
    }
    impl ListCampaignContactsResponse {
        pub fn builder() -> builder::ListCampaignContactsResponse {
            Default::default()
        }
    }
    ///`Message`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct Message {
        ///Message's text content
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub content: ::std::option::Option<::std::string::String>,
        ///Message's media content, if any (usually in form of URL)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub media: ::std::option::Option<::std::string::String>,
        ///Boolean describing if the Message is considered as read
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub read: ::std::option::Option<bool>,
        ///Datetime from when the Message was sent
        ///
        /// Decoded from RFC 3339 or any form Python writes (a space for `T`, 0 to 9 fractional digits); a time without an offset is read as UTC.
        #[serde(deserialize_with = "crate::lenient::date_time")]
        #[serde(serialize_with = "crate::lenient::write_date_time")]
        pub sent_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Author of this message
        pub sent_by: MessageSentBy,
        ///Altur user id (if Message was sent manually by an in-app user)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sent_by_user: ::std::option::Option<::std::string::String>,
        ///Unique identifier of the Thread the Message belongs to
        pub thread_id: ThreadId,
        ///Message type enum
        #[serde(rename = "type")]
        pub type_: MessageType,
    }
    impl Message {
        pub fn builder() -> builder::Message {
            Default::default()
        }
    }
    ///`MessageResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct MessageResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub in_response_to: ::std::option::Option<Message>,
        ///Array of Messages in response to prompted Message
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        pub messages: ::std::vec::Vec<Message>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub thread: ::std::option::Option<Thread>,
    }
    impl MessageResponse {
        pub fn builder() -> builder::MessageResponse {
            Default::default()
        }
    }
    ///Author of this message
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum MessageSentBy {
        /// The agent (the AI) wrote it: its reply.
        ///
        /// `"AI"` on the wire.
        #[serde(rename = "AI")]
        Ai,
        /// The end user wrote it: what `send_message` sends.
        ///
        /// `"EU"` on the wire.
        #[serde(rename = "EU")]
        Eu,
        /// Altur's system wrote it: a notice, neither party's words.
        ///
        /// `"SYS"` on the wire.
        #[serde(rename = "SYS")]
        Sys,
        /// A value this version of the crate does not know, kept exactly as
        /// received so that it serializes back unchanged.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    impl ::std::fmt::Display for MessageSentBy {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Ai => f.write_str("AI"),
                Self::Eu => f.write_str("EU"),
                Self::Sys => f.write_str("SYS"),
                Self::Unknown(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for MessageSentBy {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "AI" => Ok(Self::Ai),
                "EU" => Ok(Self::Eu),
                "SYS" => Ok(Self::Sys),
                _ => Ok(Self::Unknown(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for MessageSentBy {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MessageSentBy {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Message type enum
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum MessageType {
        /// Text, in `content`.
        ///
        /// `"text"` on the wire.
        #[serde(rename = "text")]
        Text,
        /// An image; `media` holds its URL.
        ///
        /// `"image"` on the wire.
        #[serde(rename = "image")]
        Image,
        /// An audio clip; `media` holds its URL.
        ///
        /// `"audio"` on the wire.
        #[serde(rename = "audio")]
        Audio,
        /// A video; `media` holds its URL.
        ///
        /// `"video"` on the wire.
        #[serde(rename = "video")]
        Video,
        /// A reply button the end user pressed.
        ///
        /// `"button"` on the wire.
        #[serde(rename = "button")]
        Button,
        /// A WhatsApp template message.
        ///
        /// `"template"` on the wire.
        #[serde(rename = "template")]
        Template,
        /// A document; `media` holds its URL.
        ///
        /// `"document"` on the wire.
        #[serde(rename = "document")]
        Document,
        /// A value this version of the crate does not know, kept exactly as
        /// received so that it serializes back unchanged.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    impl ::std::fmt::Display for MessageType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Text => f.write_str("text"),
                Self::Image => f.write_str("image"),
                Self::Audio => f.write_str("audio"),
                Self::Video => f.write_str("video"),
                Self::Button => f.write_str("button"),
                Self::Template => f.write_str("template"),
                Self::Document => f.write_str("document"),
                Self::Unknown(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for MessageType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "text" => Ok(Self::Text),
                "image" => Ok(Self::Image),
                "audio" => Ok(Self::Audio),
                "video" => Ok(Self::Video),
                "button" => Ok(Self::Button),
                "template" => Ok(Self::Template),
                "document" => Ok(Self::Document),
                _ => Ok(Self::Unknown(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for MessageType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for MessageType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`NewCampaign`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct NewCampaign {
        ///Public id of the Agent that will own the Campaign
        pub agent_id: AgentPublicId,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cycles: ::std::option::Option<Cycles>,
        ///A note on the Campaign for the people who run it
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///What the Agent says when a call is answered (phone_call only)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_message: ::std::option::Option<::std::string::String>,
        ///Public id of the Integration; it must belong to agent_id
        pub integration_id: IntegrationPublicId,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub integration_type: ::std::option::Option<CampaignChannel>,
        ///WhatsApp: the most messages the Campaign sends, 1 to 10000
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message_limit: ::std::option::Option<::std::num::NonZeroU64>,
        pub name: NewCampaignName,
        ///How many more times a contact not reached (voicemail, busy, no answer, failed) is called, 0 to 5
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub retries: ::std::option::Option<i64>,
        ///Calling hours: a window a weekday (mon to sun) in the Campaign's `timezone`; nobody is called outside them, and a day left out or not `active` has none. Left out, any hour
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scheduling: ::std::option::Option<Scheduling>,
        ///WhatsApp template name (whatsapp only)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub template: ::std::option::Option<::std::string::String>,
        ///Alternate WhatsApp template name (whatsapp only)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub template_alt: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timezone: ::std::option::Option<::std::string::String>,
    }
    impl NewCampaign {
        pub fn builder() -> builder::NewCampaign {
            Default::default()
        }
    }
    ///`NewCampaignName`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct NewCampaignName(::std::string::String);
    impl ::std::ops::Deref for NewCampaignName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<NewCampaignName> for ::std::string::String {
        fn from(value: NewCampaignName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for NewCampaignName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for NewCampaignName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for NewCampaignName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for NewCampaignName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`NewContact`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct NewContact {
        ///Phone number; duplicates are found by it
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub contact: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub context: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        pub extracted_data: ::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        >,
        ///Your own identifier of the contact
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub f_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl NewContact {
        pub fn builder() -> builder::NewContact {
            Default::default()
        }
    }
    ///Where a page is in the list, in any of the styles the pages show
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct Pagination {
        ///Older name of has_next
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_more: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_next: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub has_previous: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_cursor: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub next_page: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub page_index: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub page_size: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous_cursor: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_integer")]
        pub previous_page: ::std::option::Option<i64>,
    }
    impl Pagination {
        pub fn builder() -> builder::Pagination {
            Default::default()
        }
    }
    ///`RetrieveCampaignContactResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct RetrieveCampaignContactResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub contact: ::std::option::Option<CampaignContact>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl RetrieveCampaignContactResponse {
        pub fn builder() -> builder::RetrieveCampaignContactResponse {
            Default::default()
        }
    }
    ///`Scheduling`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct Scheduling {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fri: ::std::option::Option<DaySchedule>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mon: ::std::option::Option<DaySchedule>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sat: ::std::option::Option<DaySchedule>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sun: ::std::option::Option<DaySchedule>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub thu: ::std::option::Option<DaySchedule>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tue: ::std::option::Option<DaySchedule>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub wed: ::std::option::Option<DaySchedule>,
    }
    impl Scheduling {
        pub fn builder() -> builder::Scheduling {
            Default::default()
        }
    }
    ///`SendMessageBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct SendMessageBody {
        ///Unique identifier of the Agent receiving the Message
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub agent_id: ::std::option::Option<AgentId>,
        ///Text content of the Message
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub content: ::std::option::Option<::std::string::String>,
        ///Unique identifier of the EndUser sending the Message
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end_user_id: ::std::option::Option<EndUserId>,
    }
    impl SendMessageBody {
        pub fn builder() -> builder::SendMessageBody {
            Default::default()
        }
    }
    ///`StartCallBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct StartCallBody {
        ///Unique identifier of the Agent taking part in the Call (formerly Chatbot or Assistant)
        pub agent_id: AgentId,
        ///Context about the EndUser, as free text or a JSON object
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end_user_context: ::std::option::Option<StartCallBodyEndUserContext>,
        ///Display name of the EndUser
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end_user_display_name: ::std::option::Option<::std::string::String>,
        ///The first thing the Agent says when the Call is answered
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub initial_message: ::std::option::Option<::std::string::String>,
        ///Phone number of the EndUser, in E.164
        pub phone_number_to: ::std::string::String,
    }
    impl StartCallBody {
        pub fn builder() -> builder::StartCallBody {
            Default::default()
        }
    }
    ///Context about the EndUser, as free text or a JSON object
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    #[serde(untagged)]
    pub enum StartCallBodyEndUserContext {
        String(::std::string::String),
        Object(::serde_json::Map<::std::string::String, ::serde_json::Value>),
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for StartCallBodyEndUserContext {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self::Object(value)
        }
    }
    ///`Tag`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct Tag {
        ///Color used for in-app display of Tag
        pub color: TagColor,
        ///Unique identifier for the Tag
        pub id: ::std::string::String,
        ///Name given to the Tag
        pub name: ::std::string::String,
    }
    impl Tag {
        pub fn builder() -> builder::Tag {
            Default::default()
        }
    }
    ///Color used for in-app display of Tag
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum TagColor {
        /// Shown in blue in the app.
        ///
        /// `"blue"` on the wire.
        #[serde(rename = "blue")]
        Blue,
        /// Shown in green in the app.
        ///
        /// `"green"` on the wire.
        #[serde(rename = "green")]
        Green,
        /// Shown in red in the app.
        ///
        /// `"red"` on the wire.
        #[serde(rename = "red")]
        Red,
        /// Shown in pink in the app.
        ///
        /// `"pink"` on the wire.
        #[serde(rename = "pink")]
        Pink,
        /// Shown in purple in the app.
        ///
        /// `"purple"` on the wire.
        #[serde(rename = "purple")]
        Purple,
        /// Shown in orange in the app.
        ///
        /// `"orange"` on the wire.
        #[serde(rename = "orange")]
        Orange,
        /// Shown in yellow in the app.
        ///
        /// `"yellow"` on the wire.
        #[serde(rename = "yellow")]
        Yellow,
        /// A value this version of the crate does not know, kept exactly as
        /// received so that it serializes back unchanged.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    impl ::std::fmt::Display for TagColor {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Blue => f.write_str("blue"),
                Self::Green => f.write_str("green"),
                Self::Red => f.write_str("red"),
                Self::Pink => f.write_str("pink"),
                Self::Purple => f.write_str("purple"),
                Self::Orange => f.write_str("orange"),
                Self::Yellow => f.write_str("yellow"),
                Self::Unknown(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for TagColor {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "blue" => Ok(Self::Blue),
                "green" => Ok(Self::Green),
                "red" => Ok(Self::Red),
                "pink" => Ok(Self::Pink),
                "purple" => Ok(Self::Purple),
                "orange" => Ok(Self::Orange),
                "yellow" => Ok(Self::Yellow),
                _ => Ok(Self::Unknown(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TagColor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TagColor {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`Thread`
    #[derive(::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct Thread {
        ///Boolean describing if automatic responses by the Agent are active on this Thread
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub agent: ::std::option::Option<Agent>,
        ///Users assigned to Thread
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        pub assigned_to: ::std::vec::Vec<User>,
        ///Boolean describing if Thread is blocked
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub blocked: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end_user: ::std::option::Option<EndUser>,
        ///Unique identifier for the Thread
        pub id: ThreadId,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub integration: ::std::option::Option<Integration>,
        ///Tags assigned to Thread
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        pub tags: ::std::vec::Vec<Tag>,
        ///Last time the Thread was updated
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        ///
        /// Decoded from RFC 3339 or any form Python writes (a space for `T`, 0 to 9 fractional digits); a time without an offset is read as UTC.
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_date_time")]
        #[serde(serialize_with = "crate::lenient::write_option_date_time")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    }
    impl Thread {
        pub fn builder() -> builder::Thread {
            Default::default()
        }
    }
    ///A thread's id
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct ThreadId(pub ::std::string::String);
    impl ::std::ops::Deref for ThreadId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ThreadId> for ::std::string::String {
        fn from(value: ThreadId) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::string::String> for ThreadId {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for ThreadId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for ThreadId {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }
    ///`TranscriptEntry`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct TranscriptEntry {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub content: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        /// Decoded from RFC 3339 or any form Python writes (a space for `T`, 0 to 9 fractional digits); a time without an offset is read as UTC.
        #[serde(default)]
        #[serde(deserialize_with = "crate::lenient::option_date_time")]
        #[serde(serialize_with = "crate::lenient::write_option_date_time")]
        pub sent_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sent_by: ::std::option::Option<TranscriptSpeaker>,
    }
    impl TranscriptEntry {
        pub fn builder() -> builder::TranscriptEntry {
            Default::default()
        }
    }
    ///Who said it
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub enum TranscriptSpeaker {
        /// The agent.
        ///
        /// `"assistant"` on the wire.
        #[serde(rename = "assistant")]
        Assistant,
        /// The end user.
        ///
        /// `"user"` on the wire.
        #[serde(rename = "user")]
        User,
        /// A value this version of the crate does not know, kept exactly as
        /// received so that it serializes back unchanged.
        #[serde(untagged)]
        Unknown(::std::string::String),
    }
    impl ::std::fmt::Display for TranscriptSpeaker {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Assistant => f.write_str("assistant"),
                Self::User => f.write_str("user"),
                Self::Unknown(value) => f.write_str(value),
            }
        }
    }
    impl ::std::str::FromStr for TranscriptSpeaker {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "assistant" => Ok(Self::Assistant),
                "user" => Ok(Self::User),
                _ => Ok(Self::Unknown(value.to_string())),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TranscriptSpeaker {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TranscriptSpeaker {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`User`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct User {
        ///User's email address
        pub email: ::std::string::String,
        ///User's first name
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_name: ::std::option::Option<::std::string::String>,
        ///Unique identifier for the User
        pub id: ::std::string::String,
        ///User's last name
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_name: ::std::option::Option<::std::string::String>,
    }
    impl User {
        pub fn builder() -> builder::User {
            Default::default()
        }
    }
    ///The Agent that took the call
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct WebhookAgent {
        ///Identifier of the Agent (a UUID, though one example on the page is not: kept as a string)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub nickname: ::std::option::Option<::std::string::String>,
    }
    impl WebhookAgent {
        pub fn builder() -> builder::WebhookAgent {
            Default::default()
        }
    }
    ///`WebhookCampaign`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct WebhookCampaign {
        pub id: CampaignId,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The status before; null on campaign.cycle_completed
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous_status: ::std::option::Option<CampaignStatus>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<CampaignStatus>,
    }
    impl WebhookCampaign {
        pub fn builder() -> builder::WebhookCampaign {
            Default::default()
        }
    }
    ///The campaign contact the call was made for (the page is cut off after `context`)
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct WebhookCampaignUser {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub contact: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub context: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub f_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl WebhookCampaignUser {
        pub fn builder() -> builder::WebhookCampaignUser {
            Default::default()
        }
    }
    ///`WebhookEndUser`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schemars", derive(::schemars::JsonSchema))]
    pub struct WebhookEndUser {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub context: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub display_name: ::std::option::Option<::std::string::String>,
        ///What the Agent extracted in the call; keys are set per Agent
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        pub extracted_data: ::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<EndUserId>,
        ///E.164
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone_number: ::std::option::Option<::std::string::String>,
        ///Status of the EndUser (converted, ...)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///Tag names
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::lenient::null_as_default")]
        pub tags: ::std::vec::Vec<::std::string::String>,
    }
    impl WebhookEndUser {
        pub fn builder() -> builder::WebhookEndUser {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AddCampaignContactsBody {
            contacts: ::std::result::Result<
                ::std::vec::Vec<super::NewContact>,
                ::std::string::String,
            >,
            if_duplicate: ::std::result::Result<
                super::AddCampaignContactsBodyIfDuplicate,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AddCampaignContactsBody {
            fn default() -> Self {
                Self {
                    contacts: Err("no value supplied for contacts".to_string()),
                    if_duplicate: Ok(
                        super::defaults::add_campaign_contacts_body_if_duplicate(),
                    ),
                }
            }
        }
        impl AddCampaignContactsBody {
            pub fn contacts<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::vec::Vec<super::NewContact>>,
            {
                self.contacts = <T as crate::FieldValue<
                    ::std::vec::Vec<super::NewContact>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("contacts {e}"));
                self
            }
            pub fn if_duplicate<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<super::AddCampaignContactsBodyIfDuplicate>,
            {
                self.if_duplicate = <T as crate::FieldValue<
                    super::AddCampaignContactsBodyIfDuplicate,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("if_duplicate {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<AddCampaignContactsBody>
        for super::AddCampaignContactsBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AddCampaignContactsBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    contacts: value.contacts?,
                    if_duplicate: value.if_duplicate?,
                })
            }
        }
        impl ::std::convert::From<super::AddCampaignContactsBody>
        for AddCampaignContactsBody {
            fn from(value: super::AddCampaignContactsBody) -> Self {
                Self {
                    contacts: Ok(value.contacts),
                    if_duplicate: Ok(value.if_duplicate),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AddContactsResponse {
            results: ::std::result::Result<
                ::std::vec::Vec<super::ContactResult>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            summary: ::std::result::Result<
                ::std::option::Option<super::AddContactsResponseSummary>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AddContactsResponse {
            fn default() -> Self {
                Self {
                    results: Ok(Default::default()),
                    success: Ok(Default::default()),
                    summary: Ok(Default::default()),
                }
            }
        }
        impl AddContactsResponse {
            pub fn results<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::vec::Vec<super::ContactResult>>,
            {
                self.results = <T as crate::FieldValue<
                    ::std::vec::Vec<super::ContactResult>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("results {e}"));
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<bool>>,
            {
                self.success = <T as crate::FieldValue<
                    ::std::option::Option<bool>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("success {e}"));
                self
            }
            pub fn summary<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<
                    ::std::option::Option<super::AddContactsResponseSummary>,
                >,
            {
                self.summary = <T as crate::FieldValue<
                    ::std::option::Option<super::AddContactsResponseSummary>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("summary {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<AddContactsResponse>
        for super::AddContactsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AddContactsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    results: value.results?,
                    success: value.success?,
                    summary: value.summary?,
                })
            }
        }
        impl ::std::convert::From<super::AddContactsResponse> for AddContactsResponse {
            fn from(value: super::AddContactsResponse) -> Self {
                Self {
                    results: Ok(value.results),
                    success: Ok(value.success),
                    summary: Ok(value.summary),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AddContactsResponseSummary {
            created: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            failed: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            skipped_duplicate: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            updated: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AddContactsResponseSummary {
            fn default() -> Self {
                Self {
                    created: Ok(Default::default()),
                    failed: Ok(Default::default()),
                    skipped_duplicate: Ok(Default::default()),
                    updated: Ok(Default::default()),
                }
            }
        }
        impl AddContactsResponseSummary {
            pub fn created<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.created = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("created {e}"));
                self
            }
            pub fn failed<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.failed = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("failed {e}"));
                self
            }
            pub fn skipped_duplicate<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.skipped_duplicate = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("skipped_duplicate {e}")
                    });
                self
            }
            pub fn updated<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.updated = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("updated {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<AddContactsResponseSummary>
        for super::AddContactsResponseSummary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AddContactsResponseSummary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created: value.created?,
                    failed: value.failed?,
                    skipped_duplicate: value.skipped_duplicate?,
                    updated: value.updated?,
                })
            }
        }
        impl ::std::convert::From<super::AddContactsResponseSummary>
        for AddContactsResponseSummary {
            fn from(value: super::AddContactsResponseSummary) -> Self {
                Self {
                    created: Ok(value.created),
                    failed: Ok(value.failed),
                    skipped_duplicate: Ok(value.skipped_duplicate),
                    updated: Ok(value.updated),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Agent {
            id: ::std::result::Result<super::AgentId, ::std::string::String>,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Agent {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl Agent {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<super::AgentId>,
            {
                self.id = <T as crate::FieldValue<super::AgentId>>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("id {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.name = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("name {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<Agent> for super::Agent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Agent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::Agent> for Agent {
            fn from(value: super::Agent) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Call {
            answered_by: ::std::result::Result<
                ::std::option::Option<super::AnsweredBy>,
                ::std::string::String,
            >,
            billable_duration: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            duration: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            ended_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<super::CallId, ::std::string::String>,
            started_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            status: ::std::result::Result<super::CallStatus, ::std::string::String>,
            thread: ::std::result::Result<
                ::std::option::Option<super::Thread>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<super::CallType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Call {
            fn default() -> Self {
                Self {
                    answered_by: Ok(Default::default()),
                    billable_duration: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    duration: Ok(Default::default()),
                    ended_at: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    started_at: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    thread: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl Call {
            pub fn answered_by<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::AnsweredBy>>,
            {
                self.answered_by = <T as crate::FieldValue<
                    ::std::option::Option<super::AnsweredBy>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("answered_by {e}"));
                self
            }
            pub fn billable_duration<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.billable_duration = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("billable_duration {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.created_at = <T as crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("created_at {e}"));
                self
            }
            pub fn duration<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.duration = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("duration {e}"));
                self
            }
            pub fn ended_at<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.ended_at = <T as crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("ended_at {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<super::CallId>,
            {
                self.id = <T as crate::FieldValue<super::CallId>>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("id {e}"));
                self
            }
            pub fn started_at<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.started_at = <T as crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("started_at {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<super::CallStatus>,
            {
                self.status = <T as crate::FieldValue<
                    super::CallStatus,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("status {e}"));
                self
            }
            pub fn thread<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::Thread>>,
            {
                self.thread = <T as crate::FieldValue<
                    ::std::option::Option<super::Thread>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("thread {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::CallType>>,
            {
                self.type_ = <T as crate::FieldValue<
                    ::std::option::Option<super::CallType>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("type {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<Call> for super::Call {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Call,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    answered_by: value.answered_by?,
                    billable_duration: value.billable_duration?,
                    created_at: value.created_at?,
                    duration: value.duration?,
                    ended_at: value.ended_at?,
                    id: value.id?,
                    started_at: value.started_at?,
                    status: value.status?,
                    thread: value.thread?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::Call> for Call {
            fn from(value: super::Call) -> Self {
                Self {
                    answered_by: Ok(value.answered_by),
                    billable_duration: Ok(value.billable_duration),
                    created_at: Ok(value.created_at),
                    duration: Ok(value.duration),
                    ended_at: Ok(value.ended_at),
                    id: Ok(value.id),
                    started_at: Ok(value.started_at),
                    status: Ok(value.status),
                    thread: Ok(value.thread),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CallEndedEvent {
            answered_by: ::std::result::Result<
                ::std::option::Option<super::AnsweredBy>,
                ::std::string::String,
            >,
            assistant: ::std::result::Result<
                ::std::option::Option<super::WebhookAgent>,
                ::std::string::String,
            >,
            billed_duration: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            campaign_user: ::std::result::Result<
                ::std::option::Option<super::WebhookCampaignUser>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            duration: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            end_user: ::std::result::Result<
                ::std::option::Option<super::WebhookEndUser>,
                ::std::string::String,
            >,
            ended_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            event_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<super::CallId, ::std::string::String>,
            phone_number_from: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone_number_to: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            recording_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            started_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<super::CallStatus>,
                ::std::string::String,
            >,
            transcript: ::std::result::Result<
                ::std::vec::Vec<super::TranscriptEntry>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CallEndedEvent {
            fn default() -> Self {
                Self {
                    answered_by: Ok(Default::default()),
                    assistant: Ok(Default::default()),
                    billed_duration: Ok(Default::default()),
                    campaign_user: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    duration: Ok(Default::default()),
                    end_user: Ok(Default::default()),
                    ended_at: Ok(Default::default()),
                    event_type: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    phone_number_from: Ok(Default::default()),
                    phone_number_to: Ok(Default::default()),
                    recording_url: Ok(Default::default()),
                    started_at: Ok(Default::default()),
                    status: Ok(Default::default()),
                    transcript: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl CallEndedEvent {
            pub fn answered_by<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::AnsweredBy>>,
            {
                self.answered_by = <T as crate::FieldValue<
                    ::std::option::Option<super::AnsweredBy>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("answered_by {e}"));
                self
            }
            pub fn assistant<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::WebhookAgent>>,
            {
                self.assistant = <T as crate::FieldValue<
                    ::std::option::Option<super::WebhookAgent>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("assistant {e}"));
                self
            }
            pub fn billed_duration<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.billed_duration = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("billed_duration {e}"));
                self
            }
            pub fn campaign_user<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::WebhookCampaignUser>>,
            {
                self.campaign_user = <T as crate::FieldValue<
                    ::std::option::Option<super::WebhookCampaignUser>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("campaign_user {e}"));
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.created_at = <T as crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("created_at {e}"));
                self
            }
            pub fn duration<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.duration = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("duration {e}"));
                self
            }
            pub fn end_user<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::WebhookEndUser>>,
            {
                self.end_user = <T as crate::FieldValue<
                    ::std::option::Option<super::WebhookEndUser>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("end_user {e}"));
                self
            }
            pub fn ended_at<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.ended_at = <T as crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("ended_at {e}"));
                self
            }
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.event_type = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("event_type {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<super::CallId>,
            {
                self.id = <T as crate::FieldValue<super::CallId>>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("id {e}"));
                self
            }
            pub fn phone_number_from<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.phone_number_from = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("phone_number_from {e}")
                    });
                self
            }
            pub fn phone_number_to<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.phone_number_to = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("phone_number_to {e}"));
                self
            }
            pub fn recording_url<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.recording_url = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("recording_url {e}"));
                self
            }
            pub fn started_at<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.started_at = <T as crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("started_at {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::CallStatus>>,
            {
                self.status = <T as crate::FieldValue<
                    ::std::option::Option<super::CallStatus>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("status {e}"));
                self
            }
            pub fn transcript<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::vec::Vec<super::TranscriptEntry>>,
            {
                self.transcript = <T as crate::FieldValue<
                    ::std::vec::Vec<super::TranscriptEntry>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("transcript {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.type_ = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("type {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CallEndedEvent> for super::CallEndedEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CallEndedEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    answered_by: value.answered_by?,
                    assistant: value.assistant?,
                    billed_duration: value.billed_duration?,
                    campaign_user: value.campaign_user?,
                    created_at: value.created_at?,
                    duration: value.duration?,
                    end_user: value.end_user?,
                    ended_at: value.ended_at?,
                    event_type: value.event_type?,
                    id: value.id?,
                    phone_number_from: value.phone_number_from?,
                    phone_number_to: value.phone_number_to?,
                    recording_url: value.recording_url?,
                    started_at: value.started_at?,
                    status: value.status?,
                    transcript: value.transcript?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::CallEndedEvent> for CallEndedEvent {
            fn from(value: super::CallEndedEvent) -> Self {
                Self {
                    answered_by: Ok(value.answered_by),
                    assistant: Ok(value.assistant),
                    billed_duration: Ok(value.billed_duration),
                    campaign_user: Ok(value.campaign_user),
                    created_at: Ok(value.created_at),
                    duration: Ok(value.duration),
                    end_user: Ok(value.end_user),
                    ended_at: Ok(value.ended_at),
                    event_type: Ok(value.event_type),
                    id: Ok(value.id),
                    phone_number_from: Ok(value.phone_number_from),
                    phone_number_to: Ok(value.phone_number_to),
                    recording_url: Ok(value.recording_url),
                    started_at: Ok(value.started_at),
                    status: Ok(value.status),
                    transcript: Ok(value.transcript),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Campaign {
            agent: ::std::result::Result<
                ::std::option::Option<super::CampaignAgent>,
                ::std::string::String,
            >,
            analytics: ::std::result::Result<
                ::std::option::Option<super::CampaignAnalytics>,
                ::std::string::String,
            >,
            archived: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            concurrency: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            concurrency_limit: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            cycles: ::std::result::Result<
                ::std::option::Option<super::Cycles>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            first_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<super::CampaignId, ::std::string::String>,
            integration: ::std::result::Result<
                ::std::option::Option<super::CampaignIntegration>,
                ::std::string::String,
            >,
            message_limit: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            retries: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            scheduling: ::std::result::Result<
                ::std::option::Option<super::Scheduling>,
                ::std::string::String,
            >,
            status: ::std::result::Result<super::CampaignStatus, ::std::string::String>,
            template: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            template_alt: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            timezone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Campaign {
            fn default() -> Self {
                Self {
                    agent: Ok(Default::default()),
                    analytics: Ok(Default::default()),
                    archived: Ok(Default::default()),
                    concurrency: Ok(Default::default()),
                    concurrency_limit: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    cycles: Ok(Default::default()),
                    description: Ok(Default::default()),
                    first_message: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    integration: Ok(Default::default()),
                    message_limit: Ok(Default::default()),
                    name: Ok(Default::default()),
                    retries: Ok(Default::default()),
                    scheduling: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    template: Ok(Default::default()),
                    template_alt: Ok(Default::default()),
                    timezone: Ok(Default::default()),
                }
            }
        }
        impl Campaign {
            pub fn agent<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::CampaignAgent>>,
            {
                self.agent = <T as crate::FieldValue<
                    ::std::option::Option<super::CampaignAgent>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("agent {e}"));
                self
            }
            pub fn analytics<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::CampaignAnalytics>>,
            {
                self.analytics = <T as crate::FieldValue<
                    ::std::option::Option<super::CampaignAnalytics>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("analytics {e}"));
                self
            }
            pub fn archived<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<bool>>,
            {
                self.archived = <T as crate::FieldValue<
                    ::std::option::Option<bool>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("archived {e}"));
                self
            }
            pub fn concurrency<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.concurrency = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("concurrency {e}"));
                self
            }
            pub fn concurrency_limit<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.concurrency_limit = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("concurrency_limit {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.created_at = <T as crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("created_at {e}"));
                self
            }
            pub fn cycles<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::Cycles>>,
            {
                self.cycles = <T as crate::FieldValue<
                    ::std::option::Option<super::Cycles>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("cycles {e}"));
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.description = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("description {e}"));
                self
            }
            pub fn first_message<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.first_message = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("first_message {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<super::CampaignId>,
            {
                self.id = <T as crate::FieldValue<super::CampaignId>>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("id {e}"));
                self
            }
            pub fn integration<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::CampaignIntegration>>,
            {
                self.integration = <T as crate::FieldValue<
                    ::std::option::Option<super::CampaignIntegration>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("integration {e}"));
                self
            }
            pub fn message_limit<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.message_limit = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("message_limit {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.name = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("name {e}"));
                self
            }
            pub fn retries<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.retries = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("retries {e}"));
                self
            }
            pub fn scheduling<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::Scheduling>>,
            {
                self.scheduling = <T as crate::FieldValue<
                    ::std::option::Option<super::Scheduling>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("scheduling {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<super::CampaignStatus>,
            {
                self.status = <T as crate::FieldValue<
                    super::CampaignStatus,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("status {e}"));
                self
            }
            pub fn template<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.template = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("template {e}"));
                self
            }
            pub fn template_alt<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.template_alt = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("template_alt {e}"));
                self
            }
            pub fn timezone<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.timezone = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("timezone {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<Campaign> for super::Campaign {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Campaign,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    agent: value.agent?,
                    analytics: value.analytics?,
                    archived: value.archived?,
                    concurrency: value.concurrency?,
                    concurrency_limit: value.concurrency_limit?,
                    created_at: value.created_at?,
                    cycles: value.cycles?,
                    description: value.description?,
                    first_message: value.first_message?,
                    id: value.id?,
                    integration: value.integration?,
                    message_limit: value.message_limit?,
                    name: value.name?,
                    retries: value.retries?,
                    scheduling: value.scheduling?,
                    status: value.status?,
                    template: value.template?,
                    template_alt: value.template_alt?,
                    timezone: value.timezone?,
                })
            }
        }
        impl ::std::convert::From<super::Campaign> for Campaign {
            fn from(value: super::Campaign) -> Self {
                Self {
                    agent: Ok(value.agent),
                    analytics: Ok(value.analytics),
                    archived: Ok(value.archived),
                    concurrency: Ok(value.concurrency),
                    concurrency_limit: Ok(value.concurrency_limit),
                    created_at: Ok(value.created_at),
                    cycles: Ok(value.cycles),
                    description: Ok(value.description),
                    first_message: Ok(value.first_message),
                    id: Ok(value.id),
                    integration: Ok(value.integration),
                    message_limit: Ok(value.message_limit),
                    name: Ok(value.name),
                    retries: Ok(value.retries),
                    scheduling: Ok(value.scheduling),
                    status: Ok(value.status),
                    template: Ok(value.template),
                    template_alt: Ok(value.template_alt),
                    timezone: Ok(value.timezone),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CampaignAgent {
            id: ::std::result::Result<super::AgentPublicId, ::std::string::String>,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CampaignAgent {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl CampaignAgent {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<super::AgentPublicId>,
            {
                self.id = <T as crate::FieldValue<
                    super::AgentPublicId,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("id {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.name = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("name {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CampaignAgent> for super::CampaignAgent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CampaignAgent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::CampaignAgent> for CampaignAgent {
            fn from(value: super::CampaignAgent) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CampaignAnalytics {
            calls: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            calls_answered_by_human: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            calls_answered_by_human_rate: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            calls_answered_by_machine: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            calls_answered_by_machine_rate: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            calls_answered_by_unknown: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            calls_answered_by_unknown_rate: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            contacts: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            contacts_answered: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            contacts_answered_rate: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            contacts_converted: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            contacts_converted_rate: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            contacts_failed: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            contacts_failed_rate: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            contacts_processed: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            contacts_processed_rate: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            contacts_voicemail: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            contacts_voicemail_rate: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CampaignAnalytics {
            fn default() -> Self {
                Self {
                    calls: Ok(Default::default()),
                    calls_answered_by_human: Ok(Default::default()),
                    calls_answered_by_human_rate: Ok(Default::default()),
                    calls_answered_by_machine: Ok(Default::default()),
                    calls_answered_by_machine_rate: Ok(Default::default()),
                    calls_answered_by_unknown: Ok(Default::default()),
                    calls_answered_by_unknown_rate: Ok(Default::default()),
                    contacts: Ok(Default::default()),
                    contacts_answered: Ok(Default::default()),
                    contacts_answered_rate: Ok(Default::default()),
                    contacts_converted: Ok(Default::default()),
                    contacts_converted_rate: Ok(Default::default()),
                    contacts_failed: Ok(Default::default()),
                    contacts_failed_rate: Ok(Default::default()),
                    contacts_processed: Ok(Default::default()),
                    contacts_processed_rate: Ok(Default::default()),
                    contacts_voicemail: Ok(Default::default()),
                    contacts_voicemail_rate: Ok(Default::default()),
                    extra: Ok(Default::default()),
                }
            }
        }
        impl CampaignAnalytics {
            pub fn calls<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.calls = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("calls {e}"));
                self
            }
            pub fn calls_answered_by_human<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.calls_answered_by_human = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("calls_answered_by_human {e}")
                    });
                self
            }
            pub fn calls_answered_by_human_rate<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<f64>>,
            {
                self.calls_answered_by_human_rate = <T as crate::FieldValue<
                    ::std::option::Option<f64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("calls_answered_by_human_rate {e}")
                    });
                self
            }
            pub fn calls_answered_by_machine<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.calls_answered_by_machine = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("calls_answered_by_machine {e}")
                    });
                self
            }
            pub fn calls_answered_by_machine_rate<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<f64>>,
            {
                self.calls_answered_by_machine_rate = <T as crate::FieldValue<
                    ::std::option::Option<f64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("calls_answered_by_machine_rate {e}")
                    });
                self
            }
            pub fn calls_answered_by_unknown<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.calls_answered_by_unknown = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("calls_answered_by_unknown {e}")
                    });
                self
            }
            pub fn calls_answered_by_unknown_rate<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<f64>>,
            {
                self.calls_answered_by_unknown_rate = <T as crate::FieldValue<
                    ::std::option::Option<f64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("calls_answered_by_unknown_rate {e}")
                    });
                self
            }
            pub fn contacts<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.contacts = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("contacts {e}"));
                self
            }
            pub fn contacts_answered<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.contacts_answered = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("contacts_answered {e}")
                    });
                self
            }
            pub fn contacts_answered_rate<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<f64>>,
            {
                self.contacts_answered_rate = <T as crate::FieldValue<
                    ::std::option::Option<f64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("contacts_answered_rate {e}")
                    });
                self
            }
            pub fn contacts_converted<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.contacts_converted = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("contacts_converted {e}")
                    });
                self
            }
            pub fn contacts_converted_rate<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<f64>>,
            {
                self.contacts_converted_rate = <T as crate::FieldValue<
                    ::std::option::Option<f64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("contacts_converted_rate {e}")
                    });
                self
            }
            pub fn contacts_failed<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.contacts_failed = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("contacts_failed {e}"));
                self
            }
            pub fn contacts_failed_rate<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<f64>>,
            {
                self.contacts_failed_rate = <T as crate::FieldValue<
                    ::std::option::Option<f64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("contacts_failed_rate {e}")
                    });
                self
            }
            pub fn contacts_processed<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.contacts_processed = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("contacts_processed {e}")
                    });
                self
            }
            pub fn contacts_processed_rate<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<f64>>,
            {
                self.contacts_processed_rate = <T as crate::FieldValue<
                    ::std::option::Option<f64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("contacts_processed_rate {e}")
                    });
                self
            }
            pub fn contacts_voicemail<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.contacts_voicemail = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("contacts_voicemail {e}")
                    });
                self
            }
            pub fn contacts_voicemail_rate<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<f64>>,
            {
                self.contacts_voicemail_rate = <T as crate::FieldValue<
                    ::std::option::Option<f64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("contacts_voicemail_rate {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
            {
                self.extra = <T as crate::FieldValue<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("extra {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CampaignAnalytics> for super::CampaignAnalytics {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CampaignAnalytics,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    calls: value.calls?,
                    calls_answered_by_human: value.calls_answered_by_human?,
                    calls_answered_by_human_rate: value.calls_answered_by_human_rate?,
                    calls_answered_by_machine: value.calls_answered_by_machine?,
                    calls_answered_by_machine_rate: value
                        .calls_answered_by_machine_rate?,
                    calls_answered_by_unknown: value.calls_answered_by_unknown?,
                    calls_answered_by_unknown_rate: value
                        .calls_answered_by_unknown_rate?,
                    contacts: value.contacts?,
                    contacts_answered: value.contacts_answered?,
                    contacts_answered_rate: value.contacts_answered_rate?,
                    contacts_converted: value.contacts_converted?,
                    contacts_converted_rate: value.contacts_converted_rate?,
                    contacts_failed: value.contacts_failed?,
                    contacts_failed_rate: value.contacts_failed_rate?,
                    contacts_processed: value.contacts_processed?,
                    contacts_processed_rate: value.contacts_processed_rate?,
                    contacts_voicemail: value.contacts_voicemail?,
                    contacts_voicemail_rate: value.contacts_voicemail_rate?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::CampaignAnalytics> for CampaignAnalytics {
            fn from(value: super::CampaignAnalytics) -> Self {
                Self {
                    calls: Ok(value.calls),
                    calls_answered_by_human: Ok(value.calls_answered_by_human),
                    calls_answered_by_human_rate: Ok(value.calls_answered_by_human_rate),
                    calls_answered_by_machine: Ok(value.calls_answered_by_machine),
                    calls_answered_by_machine_rate: Ok(
                        value.calls_answered_by_machine_rate,
                    ),
                    calls_answered_by_unknown: Ok(value.calls_answered_by_unknown),
                    calls_answered_by_unknown_rate: Ok(
                        value.calls_answered_by_unknown_rate,
                    ),
                    contacts: Ok(value.contacts),
                    contacts_answered: Ok(value.contacts_answered),
                    contacts_answered_rate: Ok(value.contacts_answered_rate),
                    contacts_converted: Ok(value.contacts_converted),
                    contacts_converted_rate: Ok(value.contacts_converted_rate),
                    contacts_failed: Ok(value.contacts_failed),
                    contacts_failed_rate: Ok(value.contacts_failed_rate),
                    contacts_processed: Ok(value.contacts_processed),
                    contacts_processed_rate: Ok(value.contacts_processed_rate),
                    contacts_voicemail: Ok(value.contacts_voicemail),
                    contacts_voicemail_rate: Ok(value.contacts_voicemail_rate),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CampaignCall {
            answered_by: ::std::result::Result<
                ::std::option::Option<super::AnsweredBy>,
                ::std::string::String,
            >,
            billed_duration: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            contact: ::std::result::Result<
                ::std::option::Option<super::CampaignCallContact>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            duration: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            ended_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            extracted_data: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            id: ::std::result::Result<super::CallId, ::std::string::String>,
            recording_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            started_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            status: ::std::result::Result<super::CallStatus, ::std::string::String>,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<super::CallType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CampaignCall {
            fn default() -> Self {
                Self {
                    answered_by: Ok(Default::default()),
                    billed_duration: Ok(Default::default()),
                    contact: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    duration: Ok(Default::default()),
                    ended_at: Ok(Default::default()),
                    extracted_data: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    recording_url: Ok(Default::default()),
                    started_at: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    tags: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl CampaignCall {
            pub fn answered_by<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::AnsweredBy>>,
            {
                self.answered_by = <T as crate::FieldValue<
                    ::std::option::Option<super::AnsweredBy>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("answered_by {e}"));
                self
            }
            pub fn billed_duration<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.billed_duration = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("billed_duration {e}"));
                self
            }
            pub fn contact<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::CampaignCallContact>>,
            {
                self.contact = <T as crate::FieldValue<
                    ::std::option::Option<super::CampaignCallContact>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("contact {e}"));
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.created_at = <T as crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("created_at {e}"));
                self
            }
            pub fn duration<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.duration = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("duration {e}"));
                self
            }
            pub fn ended_at<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.ended_at = <T as crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("ended_at {e}"));
                self
            }
            pub fn extracted_data<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
            {
                self.extracted_data = <T as crate::FieldValue<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("extracted_data {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<super::CallId>,
            {
                self.id = <T as crate::FieldValue<super::CallId>>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("id {e}"));
                self
            }
            pub fn recording_url<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.recording_url = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("recording_url {e}"));
                self
            }
            pub fn started_at<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.started_at = <T as crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("started_at {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<super::CallStatus>,
            {
                self.status = <T as crate::FieldValue<
                    super::CallStatus,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("status {e}"));
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::vec::Vec<::std::string::String>>,
            {
                self.tags = <T as crate::FieldValue<
                    ::std::vec::Vec<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("tags {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::CallType>>,
            {
                self.type_ = <T as crate::FieldValue<
                    ::std::option::Option<super::CallType>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("type {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CampaignCall> for super::CampaignCall {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CampaignCall,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    answered_by: value.answered_by?,
                    billed_duration: value.billed_duration?,
                    contact: value.contact?,
                    created_at: value.created_at?,
                    duration: value.duration?,
                    ended_at: value.ended_at?,
                    extracted_data: value.extracted_data?,
                    id: value.id?,
                    recording_url: value.recording_url?,
                    started_at: value.started_at?,
                    status: value.status?,
                    tags: value.tags?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::CampaignCall> for CampaignCall {
            fn from(value: super::CampaignCall) -> Self {
                Self {
                    answered_by: Ok(value.answered_by),
                    billed_duration: Ok(value.billed_duration),
                    contact: Ok(value.contact),
                    created_at: Ok(value.created_at),
                    duration: Ok(value.duration),
                    ended_at: Ok(value.ended_at),
                    extracted_data: Ok(value.extracted_data),
                    id: Ok(value.id),
                    recording_url: Ok(value.recording_url),
                    started_at: Ok(value.started_at),
                    status: Ok(value.status),
                    tags: Ok(value.tags),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CampaignCallContact {
            f_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<super::ContactId>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<super::CampaignContactStatus>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CampaignCallContact {
            fn default() -> Self {
                Self {
                    f_id: Ok(Default::default()),
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    phone_number: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl CampaignCallContact {
            pub fn f_id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.f_id = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("f_id {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::ContactId>>,
            {
                self.id = <T as crate::FieldValue<
                    ::std::option::Option<super::ContactId>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("id {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.name = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("name {e}"));
                self
            }
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.phone_number = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("phone_number {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<
                    ::std::option::Option<super::CampaignContactStatus>,
                >,
            {
                self.status = <T as crate::FieldValue<
                    ::std::option::Option<super::CampaignContactStatus>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("status {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CampaignCallContact>
        for super::CampaignCallContact {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CampaignCallContact,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    f_id: value.f_id?,
                    id: value.id?,
                    name: value.name?,
                    phone_number: value.phone_number?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::CampaignCallContact> for CampaignCallContact {
            fn from(value: super::CampaignCallContact) -> Self {
                Self {
                    f_id: Ok(value.f_id),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    phone_number: Ok(value.phone_number),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CampaignContact {
            billed_duration: ::std::result::Result<
                ::std::option::Option<super::CampaignContactBilledDuration>,
                ::std::string::String,
            >,
            call_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            contact: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            context: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extracted_data: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            f_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            failed_retries: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            has_follow_up: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            id: ::std::result::Result<super::ContactId, ::std::string::String>,
            last_call_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            retries: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                super::CampaignContactStatus,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            voicemail_retries: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CampaignContact {
            fn default() -> Self {
                Self {
                    billed_duration: Ok(Default::default()),
                    call_count: Ok(Default::default()),
                    contact: Ok(Default::default()),
                    context: Ok(Default::default()),
                    extracted_data: Ok(Default::default()),
                    f_id: Ok(Default::default()),
                    failed_retries: Ok(Default::default()),
                    has_follow_up: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    last_call_at: Ok(Default::default()),
                    name: Ok(Default::default()),
                    retries: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    tags: Ok(Default::default()),
                    voicemail_retries: Ok(Default::default()),
                }
            }
        }
        impl CampaignContact {
            pub fn billed_duration<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<
                    ::std::option::Option<super::CampaignContactBilledDuration>,
                >,
            {
                self.billed_duration = <T as crate::FieldValue<
                    ::std::option::Option<super::CampaignContactBilledDuration>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("billed_duration {e}"));
                self
            }
            pub fn call_count<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.call_count = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("call_count {e}"));
                self
            }
            pub fn contact<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.contact = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("contact {e}"));
                self
            }
            pub fn context<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.context = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("context {e}"));
                self
            }
            pub fn extracted_data<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
            {
                self.extracted_data = <T as crate::FieldValue<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("extracted_data {e}"));
                self
            }
            pub fn f_id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.f_id = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("f_id {e}"));
                self
            }
            pub fn failed_retries<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.failed_retries = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("failed_retries {e}"));
                self
            }
            pub fn has_follow_up<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<bool>>,
            {
                self.has_follow_up = <T as crate::FieldValue<
                    ::std::option::Option<bool>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("has_follow_up {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<super::ContactId>,
            {
                self.id = <T as crate::FieldValue<super::ContactId>>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("id {e}"));
                self
            }
            pub fn last_call_at<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.last_call_at = <T as crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("last_call_at {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.name = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("name {e}"));
                self
            }
            pub fn retries<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.retries = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("retries {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<super::CampaignContactStatus>,
            {
                self.status = <T as crate::FieldValue<
                    super::CampaignContactStatus,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("status {e}"));
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::vec::Vec<::std::string::String>>,
            {
                self.tags = <T as crate::FieldValue<
                    ::std::vec::Vec<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("tags {e}"));
                self
            }
            pub fn voicemail_retries<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.voicemail_retries = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("voicemail_retries {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CampaignContact> for super::CampaignContact {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CampaignContact,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    billed_duration: value.billed_duration?,
                    call_count: value.call_count?,
                    contact: value.contact?,
                    context: value.context?,
                    extracted_data: value.extracted_data?,
                    f_id: value.f_id?,
                    failed_retries: value.failed_retries?,
                    has_follow_up: value.has_follow_up?,
                    id: value.id?,
                    last_call_at: value.last_call_at?,
                    name: value.name?,
                    retries: value.retries?,
                    status: value.status?,
                    tags: value.tags?,
                    voicemail_retries: value.voicemail_retries?,
                })
            }
        }
        impl ::std::convert::From<super::CampaignContact> for CampaignContact {
            fn from(value: super::CampaignContact) -> Self {
                Self {
                    billed_duration: Ok(value.billed_duration),
                    call_count: Ok(value.call_count),
                    contact: Ok(value.contact),
                    context: Ok(value.context),
                    extracted_data: Ok(value.extracted_data),
                    f_id: Ok(value.f_id),
                    failed_retries: Ok(value.failed_retries),
                    has_follow_up: Ok(value.has_follow_up),
                    id: Ok(value.id),
                    last_call_at: Ok(value.last_call_at),
                    name: Ok(value.name),
                    retries: Ok(value.retries),
                    status: Ok(value.status),
                    tags: Ok(value.tags),
                    voicemail_retries: Ok(value.voicemail_retries),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CampaignCycle {
            campaign: ::std::result::Result<
                super::WebhookCampaign,
                ::std::string::String,
            >,
            cycle_iteration: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            next_cycle_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CampaignCycle {
            fn default() -> Self {
                Self {
                    campaign: Err("no value supplied for campaign".to_string()),
                    cycle_iteration: Ok(Default::default()),
                    next_cycle_at: Ok(Default::default()),
                }
            }
        }
        impl CampaignCycle {
            pub fn campaign<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<super::WebhookCampaign>,
            {
                self.campaign = <T as crate::FieldValue<
                    super::WebhookCampaign,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("campaign {e}"));
                self
            }
            pub fn cycle_iteration<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.cycle_iteration = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("cycle_iteration {e}"));
                self
            }
            pub fn next_cycle_at<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.next_cycle_at = <T as crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("next_cycle_at {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CampaignCycle> for super::CampaignCycle {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CampaignCycle,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    campaign: value.campaign?,
                    cycle_iteration: value.cycle_iteration?,
                    next_cycle_at: value.next_cycle_at?,
                })
            }
        }
        impl ::std::convert::From<super::CampaignCycle> for CampaignCycle {
            fn from(value: super::CampaignCycle) -> Self {
                Self {
                    campaign: Ok(value.campaign),
                    cycle_iteration: Ok(value.cycle_iteration),
                    next_cycle_at: Ok(value.next_cycle_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CampaignCycleCompletedEvent {
            api_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            data: ::std::result::Result<super::CampaignCycle, ::std::string::String>,
            event_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            event_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            occurred_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            project_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CampaignCycleCompletedEvent {
            fn default() -> Self {
                Self {
                    api_version: Ok(Default::default()),
                    data: Err("no value supplied for data".to_string()),
                    event_id: Err("no value supplied for event_id".to_string()),
                    event_type: Ok(Default::default()),
                    occurred_at: Ok(Default::default()),
                    project_id: Ok(Default::default()),
                }
            }
        }
        impl CampaignCycleCompletedEvent {
            pub fn api_version<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.api_version = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("api_version {e}"));
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<super::CampaignCycle>,
            {
                self.data = <T as crate::FieldValue<
                    super::CampaignCycle,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("data {e}"));
                self
            }
            pub fn event_id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::string::String>,
            {
                self.event_id = <T as crate::FieldValue<
                    ::std::string::String,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("event_id {e}"));
                self
            }
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.event_type = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("event_type {e}"));
                self
            }
            pub fn occurred_at<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.occurred_at = <T as crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("occurred_at {e}"));
                self
            }
            pub fn project_id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.project_id = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("project_id {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CampaignCycleCompletedEvent>
        for super::CampaignCycleCompletedEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CampaignCycleCompletedEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_version: value.api_version?,
                    data: value.data?,
                    event_id: value.event_id?,
                    event_type: value.event_type?,
                    occurred_at: value.occurred_at?,
                    project_id: value.project_id?,
                })
            }
        }
        impl ::std::convert::From<super::CampaignCycleCompletedEvent>
        for CampaignCycleCompletedEvent {
            fn from(value: super::CampaignCycleCompletedEvent) -> Self {
                Self {
                    api_version: Ok(value.api_version),
                    data: Ok(value.data),
                    event_id: Ok(value.event_id),
                    event_type: Ok(value.event_type),
                    occurred_at: Ok(value.occurred_at),
                    project_id: Ok(value.project_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CampaignIntegration {
            id: ::std::result::Result<
                ::std::option::Option<super::IntegrationPublicId>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CampaignIntegration {
            fn default() -> Self {
                Self { id: Ok(Default::default()) }
            }
        }
        impl CampaignIntegration {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::IntegrationPublicId>>,
            {
                self.id = <T as crate::FieldValue<
                    ::std::option::Option<super::IntegrationPublicId>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("id {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CampaignIntegration>
        for super::CampaignIntegration {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CampaignIntegration,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { id: value.id? })
            }
        }
        impl ::std::convert::From<super::CampaignIntegration> for CampaignIntegration {
            fn from(value: super::CampaignIntegration) -> Self {
                Self { id: Ok(value.id) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CampaignList {
            campaigns: ::std::result::Result<
                ::std::vec::Vec<super::CampaignListItem>,
                ::std::string::String,
            >,
            pagination: ::std::result::Result<
                ::std::option::Option<super::Pagination>,
                ::std::string::String,
            >,
            total_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CampaignList {
            fn default() -> Self {
                Self {
                    campaigns: Ok(Default::default()),
                    pagination: Ok(Default::default()),
                    total_count: Ok(Default::default()),
                }
            }
        }
        impl CampaignList {
            pub fn campaigns<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::vec::Vec<super::CampaignListItem>>,
            {
                self.campaigns = <T as crate::FieldValue<
                    ::std::vec::Vec<super::CampaignListItem>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("campaigns {e}"));
                self
            }
            pub fn pagination<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::Pagination>>,
            {
                self.pagination = <T as crate::FieldValue<
                    ::std::option::Option<super::Pagination>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("pagination {e}"));
                self
            }
            pub fn total_count<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.total_count = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("total_count {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CampaignList> for super::CampaignList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CampaignList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    campaigns: value.campaigns?,
                    pagination: value.pagination?,
                    total_count: value.total_count?,
                })
            }
        }
        impl ::std::convert::From<super::CampaignList> for CampaignList {
            fn from(value: super::CampaignList) -> Self {
                Self {
                    campaigns: Ok(value.campaigns),
                    pagination: Ok(value.pagination),
                    total_count: Ok(value.total_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CampaignListItem {
            agent: ::std::result::Result<
                ::std::option::Option<super::CampaignAgent>,
                ::std::string::String,
            >,
            archived: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            concurrency: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            concurrency_limit: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cycle_cooldown: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            cycle_cooldown_minutes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            cycle_current_iteration: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            cycle_enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            cycle_filter_statuses: ::std::result::Result<
                ::std::vec::Vec<super::CampaignContactStatus>,
                ::std::string::String,
            >,
            cycle_filter_tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            cycle_last_iteration_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cycle_max_iterations: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            cycle_status_filters: ::std::result::Result<
                ::std::vec::Vec<super::CampaignContactStatus>,
                ::std::string::String,
            >,
            cycle_tag_filters: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            first_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<super::CampaignId, ::std::string::String>,
            last_iteration_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            retries: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            scheduling: ::std::result::Result<
                ::std::option::Option<super::Scheduling>,
                ::std::string::String,
            >,
            status: ::std::result::Result<super::CampaignStatus, ::std::string::String>,
            template: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            timezone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CampaignListItem {
            fn default() -> Self {
                Self {
                    agent: Ok(Default::default()),
                    archived: Ok(Default::default()),
                    concurrency: Ok(Default::default()),
                    concurrency_limit: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    cycle_cooldown: Ok(Default::default()),
                    cycle_cooldown_minutes: Ok(Default::default()),
                    cycle_current_iteration: Ok(Default::default()),
                    cycle_enabled: Ok(Default::default()),
                    cycle_filter_statuses: Ok(Default::default()),
                    cycle_filter_tags: Ok(Default::default()),
                    cycle_last_iteration_at: Ok(Default::default()),
                    cycle_max_iterations: Ok(Default::default()),
                    cycle_status_filters: Ok(Default::default()),
                    cycle_tag_filters: Ok(Default::default()),
                    description: Ok(Default::default()),
                    first_message: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    last_iteration_at: Ok(Default::default()),
                    name: Ok(Default::default()),
                    retries: Ok(Default::default()),
                    scheduling: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    template: Ok(Default::default()),
                    timezone: Ok(Default::default()),
                }
            }
        }
        impl CampaignListItem {
            pub fn agent<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::CampaignAgent>>,
            {
                self.agent = <T as crate::FieldValue<
                    ::std::option::Option<super::CampaignAgent>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("agent {e}"));
                self
            }
            pub fn archived<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<bool>>,
            {
                self.archived = <T as crate::FieldValue<
                    ::std::option::Option<bool>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("archived {e}"));
                self
            }
            pub fn concurrency<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.concurrency = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("concurrency {e}"));
                self
            }
            pub fn concurrency_limit<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.concurrency_limit = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("concurrency_limit {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.created_at = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("created_at {e}"));
                self
            }
            pub fn cycle_cooldown<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.cycle_cooldown = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("cycle_cooldown {e}"));
                self
            }
            pub fn cycle_cooldown_minutes<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.cycle_cooldown_minutes = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("cycle_cooldown_minutes {e}")
                    });
                self
            }
            pub fn cycle_current_iteration<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.cycle_current_iteration = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("cycle_current_iteration {e}")
                    });
                self
            }
            pub fn cycle_enabled<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<bool>>,
            {
                self.cycle_enabled = <T as crate::FieldValue<
                    ::std::option::Option<bool>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("cycle_enabled {e}"));
                self
            }
            pub fn cycle_filter_statuses<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::vec::Vec<super::CampaignContactStatus>>,
            {
                self.cycle_filter_statuses = <T as crate::FieldValue<
                    ::std::vec::Vec<super::CampaignContactStatus>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("cycle_filter_statuses {e}")
                    });
                self
            }
            pub fn cycle_filter_tags<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::vec::Vec<::std::string::String>>,
            {
                self.cycle_filter_tags = <T as crate::FieldValue<
                    ::std::vec::Vec<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("cycle_filter_tags {e}")
                    });
                self
            }
            pub fn cycle_last_iteration_at<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.cycle_last_iteration_at = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("cycle_last_iteration_at {e}")
                    });
                self
            }
            pub fn cycle_max_iterations<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.cycle_max_iterations = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("cycle_max_iterations {e}")
                    });
                self
            }
            pub fn cycle_status_filters<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::vec::Vec<super::CampaignContactStatus>>,
            {
                self.cycle_status_filters = <T as crate::FieldValue<
                    ::std::vec::Vec<super::CampaignContactStatus>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("cycle_status_filters {e}")
                    });
                self
            }
            pub fn cycle_tag_filters<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::vec::Vec<::std::string::String>>,
            {
                self.cycle_tag_filters = <T as crate::FieldValue<
                    ::std::vec::Vec<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("cycle_tag_filters {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.description = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("description {e}"));
                self
            }
            pub fn first_message<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.first_message = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("first_message {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<super::CampaignId>,
            {
                self.id = <T as crate::FieldValue<super::CampaignId>>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("id {e}"));
                self
            }
            pub fn last_iteration_at<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.last_iteration_at = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("last_iteration_at {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.name = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("name {e}"));
                self
            }
            pub fn retries<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.retries = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("retries {e}"));
                self
            }
            pub fn scheduling<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::Scheduling>>,
            {
                self.scheduling = <T as crate::FieldValue<
                    ::std::option::Option<super::Scheduling>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("scheduling {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<super::CampaignStatus>,
            {
                self.status = <T as crate::FieldValue<
                    super::CampaignStatus,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("status {e}"));
                self
            }
            pub fn template<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.template = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("template {e}"));
                self
            }
            pub fn timezone<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.timezone = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("timezone {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CampaignListItem> for super::CampaignListItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CampaignListItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    agent: value.agent?,
                    archived: value.archived?,
                    concurrency: value.concurrency?,
                    concurrency_limit: value.concurrency_limit?,
                    created_at: value.created_at?,
                    cycle_cooldown: value.cycle_cooldown?,
                    cycle_cooldown_minutes: value.cycle_cooldown_minutes?,
                    cycle_current_iteration: value.cycle_current_iteration?,
                    cycle_enabled: value.cycle_enabled?,
                    cycle_filter_statuses: value.cycle_filter_statuses?,
                    cycle_filter_tags: value.cycle_filter_tags?,
                    cycle_last_iteration_at: value.cycle_last_iteration_at?,
                    cycle_max_iterations: value.cycle_max_iterations?,
                    cycle_status_filters: value.cycle_status_filters?,
                    cycle_tag_filters: value.cycle_tag_filters?,
                    description: value.description?,
                    first_message: value.first_message?,
                    id: value.id?,
                    last_iteration_at: value.last_iteration_at?,
                    name: value.name?,
                    retries: value.retries?,
                    scheduling: value.scheduling?,
                    status: value.status?,
                    template: value.template?,
                    timezone: value.timezone?,
                })
            }
        }
        impl ::std::convert::From<super::CampaignListItem> for CampaignListItem {
            fn from(value: super::CampaignListItem) -> Self {
                Self {
                    agent: Ok(value.agent),
                    archived: Ok(value.archived),
                    concurrency: Ok(value.concurrency),
                    concurrency_limit: Ok(value.concurrency_limit),
                    created_at: Ok(value.created_at),
                    cycle_cooldown: Ok(value.cycle_cooldown),
                    cycle_cooldown_minutes: Ok(value.cycle_cooldown_minutes),
                    cycle_current_iteration: Ok(value.cycle_current_iteration),
                    cycle_enabled: Ok(value.cycle_enabled),
                    cycle_filter_statuses: Ok(value.cycle_filter_statuses),
                    cycle_filter_tags: Ok(value.cycle_filter_tags),
                    cycle_last_iteration_at: Ok(value.cycle_last_iteration_at),
                    cycle_max_iterations: Ok(value.cycle_max_iterations),
                    cycle_status_filters: Ok(value.cycle_status_filters),
                    cycle_tag_filters: Ok(value.cycle_tag_filters),
                    description: Ok(value.description),
                    first_message: Ok(value.first_message),
                    id: Ok(value.id),
                    last_iteration_at: Ok(value.last_iteration_at),
                    name: Ok(value.name),
                    retries: Ok(value.retries),
                    scheduling: Ok(value.scheduling),
                    status: Ok(value.status),
                    template: Ok(value.template),
                    timezone: Ok(value.timezone),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CampaignResponse {
            campaign: ::std::result::Result<
                ::std::option::Option<super::Campaign>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CampaignResponse {
            fn default() -> Self {
                Self {
                    campaign: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl CampaignResponse {
            pub fn campaign<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::Campaign>>,
            {
                self.campaign = <T as crate::FieldValue<
                    ::std::option::Option<super::Campaign>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("campaign {e}"));
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<bool>>,
            {
                self.success = <T as crate::FieldValue<
                    ::std::option::Option<bool>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("success {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CampaignResponse> for super::CampaignResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CampaignResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    campaign: value.campaign?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::CampaignResponse> for CampaignResponse {
            fn from(value: super::CampaignResponse) -> Self {
                Self {
                    campaign: Ok(value.campaign),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CampaignSettings {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            first_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message_limit: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<super::CampaignSettingsName>,
                ::std::string::String,
            >,
            retries: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            scheduling: ::std::result::Result<
                ::std::option::Option<super::Scheduling>,
                ::std::string::String,
            >,
            template: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            template_alt: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            timezone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CampaignSettings {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    first_message: Ok(Default::default()),
                    message_limit: Ok(Default::default()),
                    name: Ok(Default::default()),
                    retries: Ok(Default::default()),
                    scheduling: Ok(Default::default()),
                    template: Ok(Default::default()),
                    template_alt: Ok(Default::default()),
                    timezone: Ok(Default::default()),
                }
            }
        }
        impl CampaignSettings {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.description = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("description {e}"));
                self
            }
            pub fn first_message<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.first_message = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("first_message {e}"));
                self
            }
            pub fn message_limit<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::num::NonZeroU64>>,
            {
                self.message_limit = <T as crate::FieldValue<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("message_limit {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::CampaignSettingsName>>,
            {
                self.name = <T as crate::FieldValue<
                    ::std::option::Option<super::CampaignSettingsName>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("name {e}"));
                self
            }
            pub fn retries<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.retries = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("retries {e}"));
                self
            }
            pub fn scheduling<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::Scheduling>>,
            {
                self.scheduling = <T as crate::FieldValue<
                    ::std::option::Option<super::Scheduling>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("scheduling {e}"));
                self
            }
            pub fn template<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.template = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("template {e}"));
                self
            }
            pub fn template_alt<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.template_alt = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("template_alt {e}"));
                self
            }
            pub fn timezone<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.timezone = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("timezone {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CampaignSettings> for super::CampaignSettings {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CampaignSettings,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    first_message: value.first_message?,
                    message_limit: value.message_limit?,
                    name: value.name?,
                    retries: value.retries?,
                    scheduling: value.scheduling?,
                    template: value.template?,
                    template_alt: value.template_alt?,
                    timezone: value.timezone?,
                })
            }
        }
        impl ::std::convert::From<super::CampaignSettings> for CampaignSettings {
            fn from(value: super::CampaignSettings) -> Self {
                Self {
                    description: Ok(value.description),
                    first_message: Ok(value.first_message),
                    message_limit: Ok(value.message_limit),
                    name: Ok(value.name),
                    retries: Ok(value.retries),
                    scheduling: Ok(value.scheduling),
                    template: Ok(value.template),
                    template_alt: Ok(value.template_alt),
                    timezone: Ok(value.timezone),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CampaignStatusChange {
            analytics: ::std::result::Result<
                ::std::option::Option<super::CampaignAnalytics>,
                ::std::string::String,
            >,
            campaign: ::std::result::Result<
                super::WebhookCampaign,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CampaignStatusChange {
            fn default() -> Self {
                Self {
                    analytics: Ok(Default::default()),
                    campaign: Err("no value supplied for campaign".to_string()),
                }
            }
        }
        impl CampaignStatusChange {
            pub fn analytics<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::CampaignAnalytics>>,
            {
                self.analytics = <T as crate::FieldValue<
                    ::std::option::Option<super::CampaignAnalytics>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("analytics {e}"));
                self
            }
            pub fn campaign<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<super::WebhookCampaign>,
            {
                self.campaign = <T as crate::FieldValue<
                    super::WebhookCampaign,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("campaign {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CampaignStatusChange>
        for super::CampaignStatusChange {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CampaignStatusChange,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    analytics: value.analytics?,
                    campaign: value.campaign?,
                })
            }
        }
        impl ::std::convert::From<super::CampaignStatusChange> for CampaignStatusChange {
            fn from(value: super::CampaignStatusChange) -> Self {
                Self {
                    analytics: Ok(value.analytics),
                    campaign: Ok(value.campaign),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CampaignStatusChangedEvent {
            api_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            data: ::std::result::Result<
                super::CampaignStatusChange,
                ::std::string::String,
            >,
            event_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            event_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            occurred_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            project_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CampaignStatusChangedEvent {
            fn default() -> Self {
                Self {
                    api_version: Ok(Default::default()),
                    data: Err("no value supplied for data".to_string()),
                    event_id: Err("no value supplied for event_id".to_string()),
                    event_type: Ok(Default::default()),
                    occurred_at: Ok(Default::default()),
                    project_id: Ok(Default::default()),
                }
            }
        }
        impl CampaignStatusChangedEvent {
            pub fn api_version<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.api_version = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("api_version {e}"));
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<super::CampaignStatusChange>,
            {
                self.data = <T as crate::FieldValue<
                    super::CampaignStatusChange,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("data {e}"));
                self
            }
            pub fn event_id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::string::String>,
            {
                self.event_id = <T as crate::FieldValue<
                    ::std::string::String,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("event_id {e}"));
                self
            }
            pub fn event_type<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.event_type = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("event_type {e}"));
                self
            }
            pub fn occurred_at<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.occurred_at = <T as crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("occurred_at {e}"));
                self
            }
            pub fn project_id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.project_id = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("project_id {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CampaignStatusChangedEvent>
        for super::CampaignStatusChangedEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CampaignStatusChangedEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_version: value.api_version?,
                    data: value.data?,
                    event_id: value.event_id?,
                    event_type: value.event_type?,
                    occurred_at: value.occurred_at?,
                    project_id: value.project_id?,
                })
            }
        }
        impl ::std::convert::From<super::CampaignStatusChangedEvent>
        for CampaignStatusChangedEvent {
            fn from(value: super::CampaignStatusChangedEvent) -> Self {
                Self {
                    api_version: Ok(value.api_version),
                    data: Ok(value.data),
                    event_id: Ok(value.event_id),
                    event_type: Ok(value.event_type),
                    occurred_at: Ok(value.occurred_at),
                    project_id: Ok(value.project_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CampaignUpdate {
            cycles: ::std::result::Result<
                ::std::option::Option<super::CyclesUpdate>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            first_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message_limit: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<super::CampaignUpdateName>,
                ::std::string::String,
            >,
            retries: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            scheduling: ::std::result::Result<
                ::std::option::Option<super::Scheduling>,
                ::std::string::String,
            >,
            template: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            template_alt: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            timezone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CampaignUpdate {
            fn default() -> Self {
                Self {
                    cycles: Ok(Default::default()),
                    description: Ok(Default::default()),
                    first_message: Ok(Default::default()),
                    message_limit: Ok(Default::default()),
                    name: Ok(Default::default()),
                    retries: Ok(Default::default()),
                    scheduling: Ok(Default::default()),
                    template: Ok(Default::default()),
                    template_alt: Ok(Default::default()),
                    timezone: Ok(Default::default()),
                }
            }
        }
        impl CampaignUpdate {
            pub fn cycles<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::CyclesUpdate>>,
            {
                self.cycles = <T as crate::FieldValue<
                    ::std::option::Option<super::CyclesUpdate>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("cycles {e}"));
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.description = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("description {e}"));
                self
            }
            pub fn first_message<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.first_message = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("first_message {e}"));
                self
            }
            pub fn message_limit<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::num::NonZeroU64>>,
            {
                self.message_limit = <T as crate::FieldValue<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("message_limit {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::CampaignUpdateName>>,
            {
                self.name = <T as crate::FieldValue<
                    ::std::option::Option<super::CampaignUpdateName>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("name {e}"));
                self
            }
            pub fn retries<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.retries = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("retries {e}"));
                self
            }
            pub fn scheduling<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::Scheduling>>,
            {
                self.scheduling = <T as crate::FieldValue<
                    ::std::option::Option<super::Scheduling>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("scheduling {e}"));
                self
            }
            pub fn template<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.template = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("template {e}"));
                self
            }
            pub fn template_alt<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.template_alt = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("template_alt {e}"));
                self
            }
            pub fn timezone<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.timezone = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("timezone {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<CampaignUpdate> for super::CampaignUpdate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CampaignUpdate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cycles: value.cycles?,
                    description: value.description?,
                    first_message: value.first_message?,
                    message_limit: value.message_limit?,
                    name: value.name?,
                    retries: value.retries?,
                    scheduling: value.scheduling?,
                    template: value.template?,
                    template_alt: value.template_alt?,
                    timezone: value.timezone?,
                })
            }
        }
        impl ::std::convert::From<super::CampaignUpdate> for CampaignUpdate {
            fn from(value: super::CampaignUpdate) -> Self {
                Self {
                    cycles: Ok(value.cycles),
                    description: Ok(value.description),
                    first_message: Ok(value.first_message),
                    message_limit: Ok(value.message_limit),
                    name: Ok(value.name),
                    retries: Ok(value.retries),
                    scheduling: Ok(value.scheduling),
                    template: Ok(value.template),
                    template_alt: Ok(value.template_alt),
                    timezone: Ok(value.timezone),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ContactResult {
            contact: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<super::ContactResultError>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<super::ContactResultId>,
                ::std::string::String,
            >,
            index: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<super::ContactResultStatus>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ContactResult {
            fn default() -> Self {
                Self {
                    contact: Ok(Default::default()),
                    error: Ok(Default::default()),
                    id: Ok(Default::default()),
                    index: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl ContactResult {
            pub fn contact<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.contact = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("contact {e}"));
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::ContactResultError>>,
            {
                self.error = <T as crate::FieldValue<
                    ::std::option::Option<super::ContactResultError>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("error {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::ContactResultId>>,
            {
                self.id = <T as crate::FieldValue<
                    ::std::option::Option<super::ContactResultId>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("id {e}"));
                self
            }
            pub fn index<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.index = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("index {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::ContactResultStatus>>,
            {
                self.status = <T as crate::FieldValue<
                    ::std::option::Option<super::ContactResultStatus>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("status {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ContactResult> for super::ContactResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ContactResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    contact: value.contact?,
                    error: value.error?,
                    id: value.id?,
                    index: value.index?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::ContactResult> for ContactResult {
            fn from(value: super::ContactResult) -> Self {
                Self {
                    contact: Ok(value.contact),
                    error: Ok(value.error),
                    id: Ok(value.id),
                    index: Ok(value.index),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Cycles {
            cooldown_minutes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            filter_statuses: ::std::result::Result<
                ::std::vec::Vec<super::CampaignContactStatus>,
                ::std::string::String,
            >,
            filter_tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            max_iterations: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            mode: ::std::result::Result<
                ::std::option::Option<super::CyclesMode>,
                ::std::string::String,
            >,
            schedule: ::std::result::Result<
                ::std::option::Option<super::Scheduling>,
                ::std::string::String,
            >,
            schedule_end_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            schedule_start_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Cycles {
            fn default() -> Self {
                Self {
                    cooldown_minutes: Ok(Default::default()),
                    enabled: Ok(Default::default()),
                    filter_statuses: Ok(Default::default()),
                    filter_tags: Ok(Default::default()),
                    max_iterations: Ok(Default::default()),
                    mode: Ok(Default::default()),
                    schedule: Ok(Default::default()),
                    schedule_end_date: Ok(Default::default()),
                    schedule_start_date: Ok(Default::default()),
                }
            }
        }
        impl Cycles {
            pub fn cooldown_minutes<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.cooldown_minutes = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("cooldown_minutes {e}"));
                self
            }
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<bool>>,
            {
                self.enabled = <T as crate::FieldValue<
                    ::std::option::Option<bool>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("enabled {e}"));
                self
            }
            pub fn filter_statuses<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::vec::Vec<super::CampaignContactStatus>>,
            {
                self.filter_statuses = <T as crate::FieldValue<
                    ::std::vec::Vec<super::CampaignContactStatus>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("filter_statuses {e}"));
                self
            }
            pub fn filter_tags<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::vec::Vec<::std::string::String>>,
            {
                self.filter_tags = <T as crate::FieldValue<
                    ::std::vec::Vec<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("filter_tags {e}"));
                self
            }
            pub fn max_iterations<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.max_iterations = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("max_iterations {e}"));
                self
            }
            pub fn mode<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::CyclesMode>>,
            {
                self.mode = <T as crate::FieldValue<
                    ::std::option::Option<super::CyclesMode>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("mode {e}"));
                self
            }
            pub fn schedule<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::Scheduling>>,
            {
                self.schedule = <T as crate::FieldValue<
                    ::std::option::Option<super::Scheduling>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("schedule {e}"));
                self
            }
            pub fn schedule_end_date<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.schedule_end_date = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("schedule_end_date {e}")
                    });
                self
            }
            pub fn schedule_start_date<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.schedule_start_date = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("schedule_start_date {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Cycles> for super::Cycles {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Cycles,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cooldown_minutes: value.cooldown_minutes?,
                    enabled: value.enabled?,
                    filter_statuses: value.filter_statuses?,
                    filter_tags: value.filter_tags?,
                    max_iterations: value.max_iterations?,
                    mode: value.mode?,
                    schedule: value.schedule?,
                    schedule_end_date: value.schedule_end_date?,
                    schedule_start_date: value.schedule_start_date?,
                })
            }
        }
        impl ::std::convert::From<super::Cycles> for Cycles {
            fn from(value: super::Cycles) -> Self {
                Self {
                    cooldown_minutes: Ok(value.cooldown_minutes),
                    enabled: Ok(value.enabled),
                    filter_statuses: Ok(value.filter_statuses),
                    filter_tags: Ok(value.filter_tags),
                    max_iterations: Ok(value.max_iterations),
                    mode: Ok(value.mode),
                    schedule: Ok(value.schedule),
                    schedule_end_date: Ok(value.schedule_end_date),
                    schedule_start_date: Ok(value.schedule_start_date),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CyclesUpdate {
            cooldown_minutes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            filter_statuses: ::std::result::Result<
                ::std::vec::Vec<super::CampaignContactStatus>,
                ::std::string::String,
            >,
            filter_tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            max_iterations: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            schedule: ::std::result::Result<
                ::std::option::Option<super::Scheduling>,
                ::std::string::String,
            >,
            schedule_end_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            schedule_start_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CyclesUpdate {
            fn default() -> Self {
                Self {
                    cooldown_minutes: Ok(Default::default()),
                    filter_statuses: Ok(Default::default()),
                    filter_tags: Ok(Default::default()),
                    max_iterations: Ok(Default::default()),
                    schedule: Ok(Default::default()),
                    schedule_end_date: Ok(Default::default()),
                    schedule_start_date: Ok(Default::default()),
                }
            }
        }
        impl CyclesUpdate {
            pub fn cooldown_minutes<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.cooldown_minutes = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("cooldown_minutes {e}"));
                self
            }
            pub fn filter_statuses<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::vec::Vec<super::CampaignContactStatus>>,
            {
                self.filter_statuses = <T as crate::FieldValue<
                    ::std::vec::Vec<super::CampaignContactStatus>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("filter_statuses {e}"));
                self
            }
            pub fn filter_tags<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::vec::Vec<::std::string::String>>,
            {
                self.filter_tags = <T as crate::FieldValue<
                    ::std::vec::Vec<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("filter_tags {e}"));
                self
            }
            pub fn max_iterations<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.max_iterations = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("max_iterations {e}"));
                self
            }
            pub fn schedule<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::Scheduling>>,
            {
                self.schedule = <T as crate::FieldValue<
                    ::std::option::Option<super::Scheduling>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("schedule {e}"));
                self
            }
            pub fn schedule_end_date<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.schedule_end_date = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("schedule_end_date {e}")
                    });
                self
            }
            pub fn schedule_start_date<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.schedule_start_date = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("schedule_start_date {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CyclesUpdate> for super::CyclesUpdate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CyclesUpdate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cooldown_minutes: value.cooldown_minutes?,
                    filter_statuses: value.filter_statuses?,
                    filter_tags: value.filter_tags?,
                    max_iterations: value.max_iterations?,
                    schedule: value.schedule?,
                    schedule_end_date: value.schedule_end_date?,
                    schedule_start_date: value.schedule_start_date?,
                })
            }
        }
        impl ::std::convert::From<super::CyclesUpdate> for CyclesUpdate {
            fn from(value: super::CyclesUpdate) -> Self {
                Self {
                    cooldown_minutes: Ok(value.cooldown_minutes),
                    filter_statuses: Ok(value.filter_statuses),
                    filter_tags: Ok(value.filter_tags),
                    max_iterations: Ok(value.max_iterations),
                    schedule: Ok(value.schedule),
                    schedule_end_date: Ok(value.schedule_end_date),
                    schedule_start_date: Ok(value.schedule_start_date),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DaySchedule {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            end_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            start_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            stop_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DaySchedule {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    end_time: Ok(Default::default()),
                    start_time: Ok(Default::default()),
                    stop_time: Ok(Default::default()),
                }
            }
        }
        impl DaySchedule {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<bool>>,
            {
                self.active = <T as crate::FieldValue<
                    ::std::option::Option<bool>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("active {e}"));
                self
            }
            pub fn end_time<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.end_time = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("end_time {e}"));
                self
            }
            pub fn start_time<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.start_time = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("start_time {e}"));
                self
            }
            pub fn stop_time<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.stop_time = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("stop_time {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<DaySchedule> for super::DaySchedule {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DaySchedule,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    end_time: value.end_time?,
                    start_time: value.start_time?,
                    stop_time: value.stop_time?,
                })
            }
        }
        impl ::std::convert::From<super::DaySchedule> for DaySchedule {
            fn from(value: super::DaySchedule) -> Self {
                Self {
                    active: Ok(value.active),
                    end_time: Ok(value.end_time),
                    start_time: Ok(value.start_time),
                    stop_time: Ok(value.stop_time),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EndUser {
            display_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<super::EndUserId, ::std::string::String>,
            info: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            integration_type: ::std::result::Result<
                ::std::option::Option<super::EndUserIntegrationType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EndUser {
            fn default() -> Self {
                Self {
                    display_name: Err("no value supplied for display_name".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    info: Ok(Default::default()),
                    integration_type: Ok(Default::default()),
                }
            }
        }
        impl EndUser {
            pub fn display_name<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::string::String>,
            {
                self.display_name = <T as crate::FieldValue<
                    ::std::string::String,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("display_name {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<super::EndUserId>,
            {
                self.id = <T as crate::FieldValue<super::EndUserId>>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("id {e}"));
                self
            }
            pub fn info<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.info = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("info {e}"));
                self
            }
            pub fn integration_type<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<
                    ::std::option::Option<super::EndUserIntegrationType>,
                >,
            {
                self.integration_type = <T as crate::FieldValue<
                    ::std::option::Option<super::EndUserIntegrationType>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("integration_type {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<EndUser> for super::EndUser {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EndUser,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    display_name: value.display_name?,
                    id: value.id?,
                    info: value.info?,
                    integration_type: value.integration_type?,
                })
            }
        }
        impl ::std::convert::From<super::EndUser> for EndUser {
            fn from(value: super::EndUser) -> Self {
                Self {
                    display_name: Ok(value.display_name),
                    id: Ok(value.id),
                    info: Ok(value.info),
                    integration_type: Ok(value.integration_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EndUserData {
            display_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            info: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EndUserData {
            fn default() -> Self {
                Self {
                    display_name: Ok(Default::default()),
                    info: Ok(Default::default()),
                }
            }
        }
        impl EndUserData {
            pub fn display_name<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.display_name = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("display_name {e}"));
                self
            }
            pub fn info<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.info = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("info {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<EndUserData> for super::EndUserData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EndUserData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    display_name: value.display_name?,
                    info: value.info?,
                })
            }
        }
        impl ::std::convert::From<super::EndUserData> for EndUserData {
            fn from(value: super::EndUserData) -> Self {
                Self {
                    display_name: Ok(value.display_name),
                    info: Ok(value.info),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Error {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            current_status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<super::ErrorError>,
                ::std::string::String,
            >,
            field: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            valid_targets: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Error {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    current_status: Ok(Default::default()),
                    error: Ok(Default::default()),
                    field: Ok(Default::default()),
                    message: Err("no value supplied for message".to_string()),
                    valid_targets: Ok(Default::default()),
                }
            }
        }
        impl Error {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.code = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("code {e}"));
                self
            }
            pub fn current_status<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.current_status = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("current_status {e}"));
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::ErrorError>>,
            {
                self.error = <T as crate::FieldValue<
                    ::std::option::Option<super::ErrorError>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("error {e}"));
                self
            }
            pub fn field<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.field = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("field {e}"));
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::string::String>,
            {
                self.message = <T as crate::FieldValue<
                    ::std::string::String,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("message {e}"));
                self
            }
            pub fn valid_targets<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::vec::Vec<::std::string::String>>,
            {
                self.valid_targets = <T as crate::FieldValue<
                    ::std::vec::Vec<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("valid_targets {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<Error> for super::Error {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Error,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    current_status: value.current_status?,
                    error: value.error?,
                    field: value.field?,
                    message: value.message?,
                    valid_targets: value.valid_targets?,
                })
            }
        }
        impl ::std::convert::From<super::Error> for Error {
            fn from(value: super::Error) -> Self {
                Self {
                    code: Ok(value.code),
                    current_status: Ok(value.current_status),
                    error: Ok(value.error),
                    field: Ok(value.field),
                    message: Ok(value.message),
                    valid_targets: Ok(value.valid_targets),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Integration {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<super::IntegrationType, ::std::string::String>,
        }
        impl ::std::default::Default for Integration {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl Integration {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::string::String>,
            {
                self.id = <T as crate::FieldValue<
                    ::std::string::String,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("id {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<super::IntegrationType>,
            {
                self.type_ = <T as crate::FieldValue<
                    super::IntegrationType,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("type {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<Integration> for super::Integration {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Integration,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::Integration> for Integration {
            fn from(value: super::Integration) -> Self {
                Self {
                    id: Ok(value.id),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListCampaignCallsResponse {
            calls: ::std::result::Result<
                ::std::vec::Vec<super::CampaignCall>,
                ::std::string::String,
            >,
            pagination: ::std::result::Result<
                ::std::option::Option<super::Pagination>,
                ::std::string::String,
            >,
            total_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListCampaignCallsResponse {
            fn default() -> Self {
                Self {
                    calls: Ok(Default::default()),
                    pagination: Ok(Default::default()),
                    total_count: Ok(Default::default()),
                }
            }
        }
        impl ListCampaignCallsResponse {
            pub fn calls<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::vec::Vec<super::CampaignCall>>,
            {
                self.calls = <T as crate::FieldValue<
                    ::std::vec::Vec<super::CampaignCall>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("calls {e}"));
                self
            }
            pub fn pagination<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::Pagination>>,
            {
                self.pagination = <T as crate::FieldValue<
                    ::std::option::Option<super::Pagination>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("pagination {e}"));
                self
            }
            pub fn total_count<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.total_count = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("total_count {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ListCampaignCallsResponse>
        for super::ListCampaignCallsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListCampaignCallsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    calls: value.calls?,
                    pagination: value.pagination?,
                    total_count: value.total_count?,
                })
            }
        }
        impl ::std::convert::From<super::ListCampaignCallsResponse>
        for ListCampaignCallsResponse {
            fn from(value: super::ListCampaignCallsResponse) -> Self {
                Self {
                    calls: Ok(value.calls),
                    pagination: Ok(value.pagination),
                    total_count: Ok(value.total_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListCampaignContactsResponse {
            contacts: ::std::result::Result<
                ::std::vec::Vec<super::CampaignContact>,
                ::std::string::String,
            >,
            pagination: ::std::result::Result<
                ::std::option::Option<super::Pagination>,
                ::std::string::String,
            >,
            total_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListCampaignContactsResponse {
            fn default() -> Self {
                Self {
                    contacts: Ok(Default::default()),
                    pagination: Ok(Default::default()),
                    total_count: Ok(Default::default()),
                }
            }
        }
        impl ListCampaignContactsResponse {
            pub fn contacts<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::vec::Vec<super::CampaignContact>>,
            {
                self.contacts = <T as crate::FieldValue<
                    ::std::vec::Vec<super::CampaignContact>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("contacts {e}"));
                self
            }
            pub fn pagination<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::Pagination>>,
            {
                self.pagination = <T as crate::FieldValue<
                    ::std::option::Option<super::Pagination>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("pagination {e}"));
                self
            }
            pub fn total_count<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.total_count = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("total_count {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<ListCampaignContactsResponse>
        for super::ListCampaignContactsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListCampaignContactsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    contacts: value.contacts?,
                    pagination: value.pagination?,
                    total_count: value.total_count?,
                })
            }
        }
        impl ::std::convert::From<super::ListCampaignContactsResponse>
        for ListCampaignContactsResponse {
            fn from(value: super::ListCampaignContactsResponse) -> Self {
                Self {
                    contacts: Ok(value.contacts),
                    pagination: Ok(value.pagination),
                    total_count: Ok(value.total_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Message {
            content: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            media: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            read: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            sent_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            sent_by: ::std::result::Result<super::MessageSentBy, ::std::string::String>,
            sent_by_user: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            thread_id: ::std::result::Result<super::ThreadId, ::std::string::String>,
            type_: ::std::result::Result<super::MessageType, ::std::string::String>,
        }
        impl ::std::default::Default for Message {
            fn default() -> Self {
                Self {
                    content: Ok(Default::default()),
                    media: Ok(Default::default()),
                    read: Ok(Default::default()),
                    sent_at: Err("no value supplied for sent_at".to_string()),
                    sent_by: Err("no value supplied for sent_by".to_string()),
                    sent_by_user: Ok(Default::default()),
                    thread_id: Err("no value supplied for thread_id".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl Message {
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.content = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("content {e}"));
                self
            }
            pub fn media<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.media = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("media {e}"));
                self
            }
            pub fn read<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<bool>>,
            {
                self.read = <T as crate::FieldValue<
                    ::std::option::Option<bool>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("read {e}"));
                self
            }
            pub fn sent_at<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::chrono::DateTime<::chrono::offset::Utc>>,
            {
                self.sent_at = <T as crate::FieldValue<
                    ::chrono::DateTime<::chrono::offset::Utc>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("sent_at {e}"));
                self
            }
            pub fn sent_by<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<super::MessageSentBy>,
            {
                self.sent_by = <T as crate::FieldValue<
                    super::MessageSentBy,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("sent_by {e}"));
                self
            }
            pub fn sent_by_user<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.sent_by_user = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("sent_by_user {e}"));
                self
            }
            pub fn thread_id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<super::ThreadId>,
            {
                self.thread_id = <T as crate::FieldValue<
                    super::ThreadId,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("thread_id {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<super::MessageType>,
            {
                self.type_ = <T as crate::FieldValue<
                    super::MessageType,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("type {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<Message> for super::Message {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Message,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content: value.content?,
                    media: value.media?,
                    read: value.read?,
                    sent_at: value.sent_at?,
                    sent_by: value.sent_by?,
                    sent_by_user: value.sent_by_user?,
                    thread_id: value.thread_id?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::Message> for Message {
            fn from(value: super::Message) -> Self {
                Self {
                    content: Ok(value.content),
                    media: Ok(value.media),
                    read: Ok(value.read),
                    sent_at: Ok(value.sent_at),
                    sent_by: Ok(value.sent_by),
                    sent_by_user: Ok(value.sent_by_user),
                    thread_id: Ok(value.thread_id),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MessageResponse {
            in_response_to: ::std::result::Result<
                ::std::option::Option<super::Message>,
                ::std::string::String,
            >,
            messages: ::std::result::Result<
                ::std::vec::Vec<super::Message>,
                ::std::string::String,
            >,
            thread: ::std::result::Result<
                ::std::option::Option<super::Thread>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MessageResponse {
            fn default() -> Self {
                Self {
                    in_response_to: Ok(Default::default()),
                    messages: Ok(Default::default()),
                    thread: Ok(Default::default()),
                }
            }
        }
        impl MessageResponse {
            pub fn in_response_to<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::Message>>,
            {
                self.in_response_to = <T as crate::FieldValue<
                    ::std::option::Option<super::Message>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("in_response_to {e}"));
                self
            }
            pub fn messages<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::vec::Vec<super::Message>>,
            {
                self.messages = <T as crate::FieldValue<
                    ::std::vec::Vec<super::Message>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("messages {e}"));
                self
            }
            pub fn thread<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::Thread>>,
            {
                self.thread = <T as crate::FieldValue<
                    ::std::option::Option<super::Thread>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("thread {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<MessageResponse> for super::MessageResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MessageResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    in_response_to: value.in_response_to?,
                    messages: value.messages?,
                    thread: value.thread?,
                })
            }
        }
        impl ::std::convert::From<super::MessageResponse> for MessageResponse {
            fn from(value: super::MessageResponse) -> Self {
                Self {
                    in_response_to: Ok(value.in_response_to),
                    messages: Ok(value.messages),
                    thread: Ok(value.thread),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct NewCampaign {
            agent_id: ::std::result::Result<super::AgentPublicId, ::std::string::String>,
            cycles: ::std::result::Result<
                ::std::option::Option<super::Cycles>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            first_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            integration_id: ::std::result::Result<
                super::IntegrationPublicId,
                ::std::string::String,
            >,
            integration_type: ::std::result::Result<
                ::std::option::Option<super::CampaignChannel>,
                ::std::string::String,
            >,
            message_limit: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            name: ::std::result::Result<super::NewCampaignName, ::std::string::String>,
            retries: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            scheduling: ::std::result::Result<
                ::std::option::Option<super::Scheduling>,
                ::std::string::String,
            >,
            template: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            template_alt: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            timezone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for NewCampaign {
            fn default() -> Self {
                Self {
                    agent_id: Err("no value supplied for agent_id".to_string()),
                    cycles: Ok(Default::default()),
                    description: Ok(Default::default()),
                    first_message: Ok(Default::default()),
                    integration_id: Err(
                        "no value supplied for integration_id".to_string(),
                    ),
                    integration_type: Ok(Default::default()),
                    message_limit: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    retries: Ok(Default::default()),
                    scheduling: Ok(Default::default()),
                    template: Ok(Default::default()),
                    template_alt: Ok(Default::default()),
                    timezone: Ok(Default::default()),
                }
            }
        }
        impl NewCampaign {
            pub fn agent_id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<super::AgentPublicId>,
            {
                self.agent_id = <T as crate::FieldValue<
                    super::AgentPublicId,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("agent_id {e}"));
                self
            }
            pub fn cycles<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::Cycles>>,
            {
                self.cycles = <T as crate::FieldValue<
                    ::std::option::Option<super::Cycles>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("cycles {e}"));
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.description = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("description {e}"));
                self
            }
            pub fn first_message<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.first_message = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("first_message {e}"));
                self
            }
            pub fn integration_id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<super::IntegrationPublicId>,
            {
                self.integration_id = <T as crate::FieldValue<
                    super::IntegrationPublicId,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("integration_id {e}"));
                self
            }
            pub fn integration_type<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::CampaignChannel>>,
            {
                self.integration_type = <T as crate::FieldValue<
                    ::std::option::Option<super::CampaignChannel>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("integration_type {e}"));
                self
            }
            pub fn message_limit<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::num::NonZeroU64>>,
            {
                self.message_limit = <T as crate::FieldValue<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("message_limit {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<super::NewCampaignName>,
            {
                self.name = <T as crate::FieldValue<
                    super::NewCampaignName,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("name {e}"));
                self
            }
            pub fn retries<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.retries = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("retries {e}"));
                self
            }
            pub fn scheduling<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::Scheduling>>,
            {
                self.scheduling = <T as crate::FieldValue<
                    ::std::option::Option<super::Scheduling>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("scheduling {e}"));
                self
            }
            pub fn template<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.template = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("template {e}"));
                self
            }
            pub fn template_alt<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.template_alt = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("template_alt {e}"));
                self
            }
            pub fn timezone<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.timezone = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("timezone {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<NewCampaign> for super::NewCampaign {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NewCampaign,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    agent_id: value.agent_id?,
                    cycles: value.cycles?,
                    description: value.description?,
                    first_message: value.first_message?,
                    integration_id: value.integration_id?,
                    integration_type: value.integration_type?,
                    message_limit: value.message_limit?,
                    name: value.name?,
                    retries: value.retries?,
                    scheduling: value.scheduling?,
                    template: value.template?,
                    template_alt: value.template_alt?,
                    timezone: value.timezone?,
                })
            }
        }
        impl ::std::convert::From<super::NewCampaign> for NewCampaign {
            fn from(value: super::NewCampaign) -> Self {
                Self {
                    agent_id: Ok(value.agent_id),
                    cycles: Ok(value.cycles),
                    description: Ok(value.description),
                    first_message: Ok(value.first_message),
                    integration_id: Ok(value.integration_id),
                    integration_type: Ok(value.integration_type),
                    message_limit: Ok(value.message_limit),
                    name: Ok(value.name),
                    retries: Ok(value.retries),
                    scheduling: Ok(value.scheduling),
                    template: Ok(value.template),
                    template_alt: Ok(value.template_alt),
                    timezone: Ok(value.timezone),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct NewContact {
            contact: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            context: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extracted_data: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            f_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for NewContact {
            fn default() -> Self {
                Self {
                    contact: Ok(Default::default()),
                    context: Ok(Default::default()),
                    extracted_data: Ok(Default::default()),
                    f_id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl NewContact {
            pub fn contact<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.contact = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("contact {e}"));
                self
            }
            pub fn context<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.context = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("context {e}"));
                self
            }
            pub fn extracted_data<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
            {
                self.extracted_data = <T as crate::FieldValue<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("extracted_data {e}"));
                self
            }
            pub fn f_id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.f_id = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("f_id {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.name = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("name {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<NewContact> for super::NewContact {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NewContact,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    contact: value.contact?,
                    context: value.context?,
                    extracted_data: value.extracted_data?,
                    f_id: value.f_id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::NewContact> for NewContact {
            fn from(value: super::NewContact) -> Self {
                Self {
                    contact: Ok(value.contact),
                    context: Ok(value.context),
                    extracted_data: Ok(value.extracted_data),
                    f_id: Ok(value.f_id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Pagination {
            has_more: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            has_next: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            has_previous: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            next_page: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            page_index: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            page_size: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            previous_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            previous_page: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Pagination {
            fn default() -> Self {
                Self {
                    has_more: Ok(Default::default()),
                    has_next: Ok(Default::default()),
                    has_previous: Ok(Default::default()),
                    next_cursor: Ok(Default::default()),
                    next_page: Ok(Default::default()),
                    page_index: Ok(Default::default()),
                    page_size: Ok(Default::default()),
                    previous_cursor: Ok(Default::default()),
                    previous_page: Ok(Default::default()),
                }
            }
        }
        impl Pagination {
            pub fn has_more<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<bool>>,
            {
                self.has_more = <T as crate::FieldValue<
                    ::std::option::Option<bool>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("has_more {e}"));
                self
            }
            pub fn has_next<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<bool>>,
            {
                self.has_next = <T as crate::FieldValue<
                    ::std::option::Option<bool>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("has_next {e}"));
                self
            }
            pub fn has_previous<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<bool>>,
            {
                self.has_previous = <T as crate::FieldValue<
                    ::std::option::Option<bool>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("has_previous {e}"));
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.next_cursor = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("next_cursor {e}"));
                self
            }
            pub fn next_page<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.next_page = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("next_page {e}"));
                self
            }
            pub fn page_index<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.page_index = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("page_index {e}"));
                self
            }
            pub fn page_size<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.page_size = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("page_size {e}"));
                self
            }
            pub fn previous_cursor<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.previous_cursor = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("previous_cursor {e}"));
                self
            }
            pub fn previous_page<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<i64>>,
            {
                self.previous_page = <T as crate::FieldValue<
                    ::std::option::Option<i64>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("previous_page {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<Pagination> for super::Pagination {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Pagination,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    has_more: value.has_more?,
                    has_next: value.has_next?,
                    has_previous: value.has_previous?,
                    next_cursor: value.next_cursor?,
                    next_page: value.next_page?,
                    page_index: value.page_index?,
                    page_size: value.page_size?,
                    previous_cursor: value.previous_cursor?,
                    previous_page: value.previous_page?,
                })
            }
        }
        impl ::std::convert::From<super::Pagination> for Pagination {
            fn from(value: super::Pagination) -> Self {
                Self {
                    has_more: Ok(value.has_more),
                    has_next: Ok(value.has_next),
                    has_previous: Ok(value.has_previous),
                    next_cursor: Ok(value.next_cursor),
                    next_page: Ok(value.next_page),
                    page_index: Ok(value.page_index),
                    page_size: Ok(value.page_size),
                    previous_cursor: Ok(value.previous_cursor),
                    previous_page: Ok(value.previous_page),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RetrieveCampaignContactResponse {
            contact: ::std::result::Result<
                ::std::option::Option<super::CampaignContact>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RetrieveCampaignContactResponse {
            fn default() -> Self {
                Self {
                    contact: Ok(Default::default()),
                    success: Ok(Default::default()),
                }
            }
        }
        impl RetrieveCampaignContactResponse {
            pub fn contact<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::CampaignContact>>,
            {
                self.contact = <T as crate::FieldValue<
                    ::std::option::Option<super::CampaignContact>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("contact {e}"));
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<bool>>,
            {
                self.success = <T as crate::FieldValue<
                    ::std::option::Option<bool>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("success {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<RetrieveCampaignContactResponse>
        for super::RetrieveCampaignContactResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RetrieveCampaignContactResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    contact: value.contact?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::RetrieveCampaignContactResponse>
        for RetrieveCampaignContactResponse {
            fn from(value: super::RetrieveCampaignContactResponse) -> Self {
                Self {
                    contact: Ok(value.contact),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Scheduling {
            fri: ::std::result::Result<
                ::std::option::Option<super::DaySchedule>,
                ::std::string::String,
            >,
            mon: ::std::result::Result<
                ::std::option::Option<super::DaySchedule>,
                ::std::string::String,
            >,
            sat: ::std::result::Result<
                ::std::option::Option<super::DaySchedule>,
                ::std::string::String,
            >,
            sun: ::std::result::Result<
                ::std::option::Option<super::DaySchedule>,
                ::std::string::String,
            >,
            thu: ::std::result::Result<
                ::std::option::Option<super::DaySchedule>,
                ::std::string::String,
            >,
            tue: ::std::result::Result<
                ::std::option::Option<super::DaySchedule>,
                ::std::string::String,
            >,
            wed: ::std::result::Result<
                ::std::option::Option<super::DaySchedule>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Scheduling {
            fn default() -> Self {
                Self {
                    fri: Ok(Default::default()),
                    mon: Ok(Default::default()),
                    sat: Ok(Default::default()),
                    sun: Ok(Default::default()),
                    thu: Ok(Default::default()),
                    tue: Ok(Default::default()),
                    wed: Ok(Default::default()),
                }
            }
        }
        impl Scheduling {
            pub fn fri<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::DaySchedule>>,
            {
                self.fri = <T as crate::FieldValue<
                    ::std::option::Option<super::DaySchedule>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("fri {e}"));
                self
            }
            pub fn mon<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::DaySchedule>>,
            {
                self.mon = <T as crate::FieldValue<
                    ::std::option::Option<super::DaySchedule>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("mon {e}"));
                self
            }
            pub fn sat<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::DaySchedule>>,
            {
                self.sat = <T as crate::FieldValue<
                    ::std::option::Option<super::DaySchedule>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("sat {e}"));
                self
            }
            pub fn sun<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::DaySchedule>>,
            {
                self.sun = <T as crate::FieldValue<
                    ::std::option::Option<super::DaySchedule>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("sun {e}"));
                self
            }
            pub fn thu<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::DaySchedule>>,
            {
                self.thu = <T as crate::FieldValue<
                    ::std::option::Option<super::DaySchedule>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("thu {e}"));
                self
            }
            pub fn tue<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::DaySchedule>>,
            {
                self.tue = <T as crate::FieldValue<
                    ::std::option::Option<super::DaySchedule>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("tue {e}"));
                self
            }
            pub fn wed<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::DaySchedule>>,
            {
                self.wed = <T as crate::FieldValue<
                    ::std::option::Option<super::DaySchedule>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("wed {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<Scheduling> for super::Scheduling {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Scheduling,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    fri: value.fri?,
                    mon: value.mon?,
                    sat: value.sat?,
                    sun: value.sun?,
                    thu: value.thu?,
                    tue: value.tue?,
                    wed: value.wed?,
                })
            }
        }
        impl ::std::convert::From<super::Scheduling> for Scheduling {
            fn from(value: super::Scheduling) -> Self {
                Self {
                    fri: Ok(value.fri),
                    mon: Ok(value.mon),
                    sat: Ok(value.sat),
                    sun: Ok(value.sun),
                    thu: Ok(value.thu),
                    tue: Ok(value.tue),
                    wed: Ok(value.wed),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SendMessageBody {
            agent_id: ::std::result::Result<
                ::std::option::Option<super::AgentId>,
                ::std::string::String,
            >,
            content: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            end_user_id: ::std::result::Result<
                ::std::option::Option<super::EndUserId>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SendMessageBody {
            fn default() -> Self {
                Self {
                    agent_id: Ok(Default::default()),
                    content: Ok(Default::default()),
                    end_user_id: Ok(Default::default()),
                }
            }
        }
        impl SendMessageBody {
            pub fn agent_id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::AgentId>>,
            {
                self.agent_id = <T as crate::FieldValue<
                    ::std::option::Option<super::AgentId>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("agent_id {e}"));
                self
            }
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.content = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("content {e}"));
                self
            }
            pub fn end_user_id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::EndUserId>>,
            {
                self.end_user_id = <T as crate::FieldValue<
                    ::std::option::Option<super::EndUserId>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("end_user_id {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<SendMessageBody> for super::SendMessageBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SendMessageBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    agent_id: value.agent_id?,
                    content: value.content?,
                    end_user_id: value.end_user_id?,
                })
            }
        }
        impl ::std::convert::From<super::SendMessageBody> for SendMessageBody {
            fn from(value: super::SendMessageBody) -> Self {
                Self {
                    agent_id: Ok(value.agent_id),
                    content: Ok(value.content),
                    end_user_id: Ok(value.end_user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StartCallBody {
            agent_id: ::std::result::Result<super::AgentId, ::std::string::String>,
            end_user_context: ::std::result::Result<
                ::std::option::Option<super::StartCallBodyEndUserContext>,
                ::std::string::String,
            >,
            end_user_display_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            initial_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone_number_to: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StartCallBody {
            fn default() -> Self {
                Self {
                    agent_id: Err("no value supplied for agent_id".to_string()),
                    end_user_context: Ok(Default::default()),
                    end_user_display_name: Ok(Default::default()),
                    initial_message: Ok(Default::default()),
                    phone_number_to: Err(
                        "no value supplied for phone_number_to".to_string(),
                    ),
                }
            }
        }
        impl StartCallBody {
            pub fn agent_id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<super::AgentId>,
            {
                self.agent_id = <T as crate::FieldValue<
                    super::AgentId,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("agent_id {e}"));
                self
            }
            pub fn end_user_context<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<
                    ::std::option::Option<super::StartCallBodyEndUserContext>,
                >,
            {
                self.end_user_context = <T as crate::FieldValue<
                    ::std::option::Option<super::StartCallBodyEndUserContext>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("end_user_context {e}"));
                self
            }
            pub fn end_user_display_name<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.end_user_display_name = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| {
                        format!("end_user_display_name {e}")
                    });
                self
            }
            pub fn initial_message<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.initial_message = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("initial_message {e}"));
                self
            }
            pub fn phone_number_to<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::string::String>,
            {
                self.phone_number_to = <T as crate::FieldValue<
                    ::std::string::String,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("phone_number_to {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<StartCallBody> for super::StartCallBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StartCallBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    agent_id: value.agent_id?,
                    end_user_context: value.end_user_context?,
                    end_user_display_name: value.end_user_display_name?,
                    initial_message: value.initial_message?,
                    phone_number_to: value.phone_number_to?,
                })
            }
        }
        impl ::std::convert::From<super::StartCallBody> for StartCallBody {
            fn from(value: super::StartCallBody) -> Self {
                Self {
                    agent_id: Ok(value.agent_id),
                    end_user_context: Ok(value.end_user_context),
                    end_user_display_name: Ok(value.end_user_display_name),
                    initial_message: Ok(value.initial_message),
                    phone_number_to: Ok(value.phone_number_to),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Tag {
            color: ::std::result::Result<super::TagColor, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Tag {
            fn default() -> Self {
                Self {
                    color: Err("no value supplied for color".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl Tag {
            pub fn color<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<super::TagColor>,
            {
                self.color = <T as crate::FieldValue<super::TagColor>>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("color {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::string::String>,
            {
                self.id = <T as crate::FieldValue<
                    ::std::string::String,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("id {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::string::String>,
            {
                self.name = <T as crate::FieldValue<
                    ::std::string::String,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("name {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<Tag> for super::Tag {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Tag,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    color: value.color?,
                    id: value.id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::Tag> for Tag {
            fn from(value: super::Tag) -> Self {
                Self {
                    color: Ok(value.color),
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Thread {
            active: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            agent: ::std::result::Result<
                ::std::option::Option<super::Agent>,
                ::std::string::String,
            >,
            assigned_to: ::std::result::Result<
                ::std::vec::Vec<super::User>,
                ::std::string::String,
            >,
            blocked: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            end_user: ::std::result::Result<
                ::std::option::Option<super::EndUser>,
                ::std::string::String,
            >,
            id: ::std::result::Result<super::ThreadId, ::std::string::String>,
            integration: ::std::result::Result<
                ::std::option::Option<super::Integration>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<super::Tag>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Thread {
            fn default() -> Self {
                Self {
                    active: Ok(Default::default()),
                    agent: Ok(Default::default()),
                    assigned_to: Ok(Default::default()),
                    blocked: Ok(Default::default()),
                    end_user: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    integration: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    updated_at: Ok(Default::default()),
                }
            }
        }
        impl Thread {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<bool>>,
            {
                self.active = <T as crate::FieldValue<
                    ::std::option::Option<bool>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("active {e}"));
                self
            }
            pub fn agent<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::Agent>>,
            {
                self.agent = <T as crate::FieldValue<
                    ::std::option::Option<super::Agent>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("agent {e}"));
                self
            }
            pub fn assigned_to<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::vec::Vec<super::User>>,
            {
                self.assigned_to = <T as crate::FieldValue<
                    ::std::vec::Vec<super::User>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("assigned_to {e}"));
                self
            }
            pub fn blocked<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<bool>>,
            {
                self.blocked = <T as crate::FieldValue<
                    ::std::option::Option<bool>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("blocked {e}"));
                self
            }
            pub fn end_user<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::EndUser>>,
            {
                self.end_user = <T as crate::FieldValue<
                    ::std::option::Option<super::EndUser>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("end_user {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<super::ThreadId>,
            {
                self.id = <T as crate::FieldValue<super::ThreadId>>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("id {e}"));
                self
            }
            pub fn integration<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::Integration>>,
            {
                self.integration = <T as crate::FieldValue<
                    ::std::option::Option<super::Integration>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("integration {e}"));
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::vec::Vec<super::Tag>>,
            {
                self.tags = <T as crate::FieldValue<
                    ::std::vec::Vec<super::Tag>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("tags {e}"));
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.updated_at = <T as crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("updated_at {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<Thread> for super::Thread {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Thread,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    agent: value.agent?,
                    assigned_to: value.assigned_to?,
                    blocked: value.blocked?,
                    end_user: value.end_user?,
                    id: value.id?,
                    integration: value.integration?,
                    tags: value.tags?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::Thread> for Thread {
            fn from(value: super::Thread) -> Self {
                Self {
                    active: Ok(value.active),
                    agent: Ok(value.agent),
                    assigned_to: Ok(value.assigned_to),
                    blocked: Ok(value.blocked),
                    end_user: Ok(value.end_user),
                    id: Ok(value.id),
                    integration: Ok(value.integration),
                    tags: Ok(value.tags),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TranscriptEntry {
            content: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sent_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            sent_by: ::std::result::Result<
                ::std::option::Option<super::TranscriptSpeaker>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TranscriptEntry {
            fn default() -> Self {
                Self {
                    content: Ok(Default::default()),
                    sent_at: Ok(Default::default()),
                    sent_by: Ok(Default::default()),
                }
            }
        }
        impl TranscriptEntry {
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.content = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("content {e}"));
                self
            }
            pub fn sent_at<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
            {
                self.sent_at = <T as crate::FieldValue<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("sent_at {e}"));
                self
            }
            pub fn sent_by<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::TranscriptSpeaker>>,
            {
                self.sent_by = <T as crate::FieldValue<
                    ::std::option::Option<super::TranscriptSpeaker>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("sent_by {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<TranscriptEntry> for super::TranscriptEntry {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TranscriptEntry,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content: value.content?,
                    sent_at: value.sent_at?,
                    sent_by: value.sent_by?,
                })
            }
        }
        impl ::std::convert::From<super::TranscriptEntry> for TranscriptEntry {
            fn from(value: super::TranscriptEntry) -> Self {
                Self {
                    content: Ok(value.content),
                    sent_at: Ok(value.sent_at),
                    sent_by: Ok(value.sent_by),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct User {
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            first_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            last_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for User {
            fn default() -> Self {
                Self {
                    email: Err("no value supplied for email".to_string()),
                    first_name: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    last_name: Ok(Default::default()),
                }
            }
        }
        impl User {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::string::String>,
            {
                self.email = <T as crate::FieldValue<
                    ::std::string::String,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("email {e}"));
                self
            }
            pub fn first_name<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.first_name = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("first_name {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::string::String>,
            {
                self.id = <T as crate::FieldValue<
                    ::std::string::String,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("id {e}"));
                self
            }
            pub fn last_name<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.last_name = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("last_name {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<User> for super::User {
            type Error = super::error::ConversionError;
            fn try_from(
                value: User,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    first_name: value.first_name?,
                    id: value.id?,
                    last_name: value.last_name?,
                })
            }
        }
        impl ::std::convert::From<super::User> for User {
            fn from(value: super::User) -> Self {
                Self {
                    email: Ok(value.email),
                    first_name: Ok(value.first_name),
                    id: Ok(value.id),
                    last_name: Ok(value.last_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookAgent {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            nickname: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookAgent {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    nickname: Ok(Default::default()),
                }
            }
        }
        impl WebhookAgent {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.id = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("id {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.name = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("name {e}"));
                self
            }
            pub fn nickname<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.nickname = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("nickname {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookAgent> for super::WebhookAgent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookAgent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    nickname: value.nickname?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookAgent> for WebhookAgent {
            fn from(value: super::WebhookAgent) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                    nickname: Ok(value.nickname),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookCampaign {
            id: ::std::result::Result<super::CampaignId, ::std::string::String>,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            previous_status: ::std::result::Result<
                ::std::option::Option<super::CampaignStatus>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<super::CampaignStatus>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookCampaign {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    name: Ok(Default::default()),
                    previous_status: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl WebhookCampaign {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<super::CampaignId>,
            {
                self.id = <T as crate::FieldValue<super::CampaignId>>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("id {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.name = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("name {e}"));
                self
            }
            pub fn previous_status<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::CampaignStatus>>,
            {
                self.previous_status = <T as crate::FieldValue<
                    ::std::option::Option<super::CampaignStatus>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("previous_status {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::CampaignStatus>>,
            {
                self.status = <T as crate::FieldValue<
                    ::std::option::Option<super::CampaignStatus>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("status {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookCampaign> for super::WebhookCampaign {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookCampaign,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    previous_status: value.previous_status?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookCampaign> for WebhookCampaign {
            fn from(value: super::WebhookCampaign) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                    previous_status: Ok(value.previous_status),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookCampaignUser {
            contact: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            context: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            f_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookCampaignUser {
            fn default() -> Self {
                Self {
                    contact: Ok(Default::default()),
                    context: Ok(Default::default()),
                    f_id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl WebhookCampaignUser {
            pub fn contact<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.contact = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("contact {e}"));
                self
            }
            pub fn context<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.context = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("context {e}"));
                self
            }
            pub fn f_id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.f_id = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("f_id {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.name = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("name {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookCampaignUser>
        for super::WebhookCampaignUser {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookCampaignUser,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    contact: value.contact?,
                    context: value.context?,
                    f_id: value.f_id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookCampaignUser> for WebhookCampaignUser {
            fn from(value: super::WebhookCampaignUser) -> Self {
                Self {
                    contact: Ok(value.contact),
                    context: Ok(value.context),
                    f_id: Ok(value.f_id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct WebhookEndUser {
            context: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            display_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extracted_data: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<super::EndUserId>,
                ::std::string::String,
            >,
            phone_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for WebhookEndUser {
            fn default() -> Self {
                Self {
                    context: Ok(Default::default()),
                    display_name: Ok(Default::default()),
                    extracted_data: Ok(Default::default()),
                    id: Ok(Default::default()),
                    phone_number: Ok(Default::default()),
                    status: Ok(Default::default()),
                    tags: Ok(Default::default()),
                }
            }
        }
        impl WebhookEndUser {
            pub fn context<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.context = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("context {e}"));
                self
            }
            pub fn display_name<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.display_name = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("display_name {e}"));
                self
            }
            pub fn extracted_data<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
            {
                self.extracted_data = <T as crate::FieldValue<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("extracted_data {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<super::EndUserId>>,
            {
                self.id = <T as crate::FieldValue<
                    ::std::option::Option<super::EndUserId>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("id {e}"));
                self
            }
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.phone_number = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("phone_number {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::option::Option<::std::string::String>>,
            {
                self.status = <T as crate::FieldValue<
                    ::std::option::Option<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("status {e}"));
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: crate::FieldValue<::std::vec::Vec<::std::string::String>>,
            {
                self.tags = <T as crate::FieldValue<
                    ::std::vec::Vec<::std::string::String>,
                >>::into_field(value)
                    .map_err(|e: ::std::string::String| format!("tags {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<WebhookEndUser> for super::WebhookEndUser {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WebhookEndUser,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    context: value.context?,
                    display_name: value.display_name?,
                    extracted_data: value.extracted_data?,
                    id: value.id?,
                    phone_number: value.phone_number?,
                    status: value.status?,
                    tags: value.tags?,
                })
            }
        }
        impl ::std::convert::From<super::WebhookEndUser> for WebhookEndUser {
            fn from(value: super::WebhookEndUser) -> Self {
                Self {
                    context: Ok(value.context),
                    display_name: Ok(value.display_name),
                    extracted_data: Ok(value.extracted_data),
                    id: Ok(value.id),
                    phone_number: Ok(value.phone_number),
                    status: Ok(value.status),
                    tags: Ok(value.tags),
                }
            }
        }
    }
    /// Generation of default values for serde.
    pub mod defaults {
        pub(super) fn add_campaign_contacts_body_if_duplicate() -> super::AddCampaignContactsBodyIfDuplicate {
            super::AddCampaignContactsBodyIfDuplicate::Skip
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AddCampaignContactsBodyIfDuplicate {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::open_enum::deserialize(deserializer)
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AnsweredBy {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::open_enum::deserialize(deserializer)
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CallStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::open_enum::deserialize(deserializer)
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CallType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::open_enum::deserialize(deserializer)
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CampaignActionAction {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::open_enum::deserialize(deserializer)
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CampaignChannel {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::open_enum::deserialize(deserializer)
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CampaignContactStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::open_enum::deserialize(deserializer)
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CampaignStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::open_enum::deserialize(deserializer)
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ContactResultError {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::open_enum::deserialize(deserializer)
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ContactResultStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::open_enum::deserialize(deserializer)
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CyclesMode {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::open_enum::deserialize(deserializer)
        }
    }
    impl<'de> ::serde::Deserialize<'de> for EndUserIntegrationType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::open_enum::deserialize(deserializer)
        }
    }
    impl<'de> ::serde::Deserialize<'de> for IntegrationType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::open_enum::deserialize(deserializer)
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListCampaignCallsStatus {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::open_enum::deserialize(deserializer)
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListCampaignContactsDirection {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::open_enum::deserialize(deserializer)
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MessageSentBy {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::open_enum::deserialize(deserializer)
        }
    }
    impl<'de> ::serde::Deserialize<'de> for MessageType {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::open_enum::deserialize(deserializer)
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TagColor {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::open_enum::deserialize(deserializer)
        }
    }
    impl<'de> ::serde::Deserialize<'de> for TranscriptSpeaker {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::open_enum::deserialize(deserializer)
        }
    }
    impl AddCampaignContactsBodyIfDuplicate {
        /// Every value this version of the crate knows, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &["skip", "update"];
        /// Whether this is one of [`Self::KNOWN`] rather than a value kept
        /// as received.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
        /// Parses only a value of [`Self::KNOWN`] (exactly as on the wire);
        /// anything else is an error that lists them. `str::parse`, like
        /// decoding, accepts any string.
        pub fn parse_known(
            value: &str,
        ) -> ::std::result::Result<Self, crate::UnknownValue> {
            match value.parse::<Self>() {
                Ok(known) if known.is_known() => Ok(known),
                _ => {
                    Err(
                        crate::UnknownValue::new(
                            "AddCampaignContactsBodyIfDuplicate",
                            value,
                            Self::KNOWN,
                        ),
                    )
                }
            }
        }
    }
    impl AnsweredBy {
        /// Every value this version of the crate knows, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &["human", "machine", "unknown"];
        /// Whether this is one of [`Self::KNOWN`] rather than a value kept
        /// as received.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::UnknownValue(_))
        }
        /// Parses only a value of [`Self::KNOWN`] (exactly as on the wire);
        /// anything else is an error that lists them. `str::parse`, like
        /// decoding, accepts any string.
        pub fn parse_known(
            value: &str,
        ) -> ::std::result::Result<Self, crate::UnknownValue> {
            match value.parse::<Self>() {
                Ok(known) if known.is_known() => Ok(known),
                _ => Err(crate::UnknownValue::new("AnsweredBy", value, Self::KNOWN)),
            }
        }
    }
    impl CallStatus {
        /// Every value this version of the crate knows, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &[
            "created",
            "queued",
            "ringing",
            "in-progress",
            "forwarding",
            "ended",
            "busy",
            "no-answer",
            "failed",
        ];
        /// Whether this is one of [`Self::KNOWN`] rather than a value kept
        /// as received.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
        /// Parses only a value of [`Self::KNOWN`] (exactly as on the wire);
        /// anything else is an error that lists them. `str::parse`, like
        /// decoding, accepts any string.
        pub fn parse_known(
            value: &str,
        ) -> ::std::result::Result<Self, crate::UnknownValue> {
            match value.parse::<Self>() {
                Ok(known) if known.is_known() => Ok(known),
                _ => Err(crate::UnknownValue::new("CallStatus", value, Self::KNOWN)),
            }
        }
    }
    impl CallType {
        /// Every value this version of the crate knows, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &["inbound", "outbound"];
        /// Whether this is one of [`Self::KNOWN`] rather than a value kept
        /// as received.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
        /// Parses only a value of [`Self::KNOWN`] (exactly as on the wire);
        /// anything else is an error that lists them. `str::parse`, like
        /// decoding, accepts any string.
        pub fn parse_known(
            value: &str,
        ) -> ::std::result::Result<Self, crate::UnknownValue> {
            match value.parse::<Self>() {
                Ok(known) if known.is_known() => Ok(known),
                _ => Err(crate::UnknownValue::new("CallType", value, Self::KNOWN)),
            }
        }
    }
    impl CampaignActionAction {
        /// Every value this version of the crate knows, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &[
            "activate",
            "pause",
            "archive",
            "resume",
        ];
        /// Whether this is one of [`Self::KNOWN`] rather than a value kept
        /// as received.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
        /// Parses only a value of [`Self::KNOWN`] (exactly as on the wire);
        /// anything else is an error that lists them. `str::parse`, like
        /// decoding, accepts any string.
        pub fn parse_known(
            value: &str,
        ) -> ::std::result::Result<Self, crate::UnknownValue> {
            match value.parse::<Self>() {
                Ok(known) if known.is_known() => Ok(known),
                _ => {
                    Err(
                        crate::UnknownValue::new(
                            "CampaignActionAction",
                            value,
                            Self::KNOWN,
                        ),
                    )
                }
            }
        }
    }
    impl CampaignChannel {
        /// Every value this version of the crate knows, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &["phone_call", "whatsapp"];
        /// Whether this is one of [`Self::KNOWN`] rather than a value kept
        /// as received.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
        /// Parses only a value of [`Self::KNOWN`] (exactly as on the wire);
        /// anything else is an error that lists them. `str::parse`, like
        /// decoding, accepts any string.
        pub fn parse_known(
            value: &str,
        ) -> ::std::result::Result<Self, crate::UnknownValue> {
            match value.parse::<Self>() {
                Ok(known) if known.is_known() => Ok(known),
                _ => Err(crate::UnknownValue::new("CampaignChannel", value, Self::KNOWN)),
            }
        }
    }
    impl CampaignContactStatus {
        /// Every value this version of the crate knows, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &[
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
        ];
        /// Whether this is one of [`Self::KNOWN`] rather than a value kept
        /// as received.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
        /// Parses only a value of [`Self::KNOWN`] (exactly as on the wire);
        /// anything else is an error that lists them. `str::parse`, like
        /// decoding, accepts any string.
        pub fn parse_known(
            value: &str,
        ) -> ::std::result::Result<Self, crate::UnknownValue> {
            match value.parse::<Self>() {
                Ok(known) if known.is_known() => Ok(known),
                _ => {
                    Err(
                        crate::UnknownValue::new(
                            "CampaignContactStatus",
                            value,
                            Self::KNOWN,
                        ),
                    )
                }
            }
        }
    }
    impl CampaignStatus {
        /// Every value this version of the crate knows, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &[
            "pending",
            "ready",
            "active",
            "inactive",
            "cooldown",
            "finished",
        ];
        /// Whether this is one of [`Self::KNOWN`] rather than a value kept
        /// as received.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
        /// Parses only a value of [`Self::KNOWN`] (exactly as on the wire);
        /// anything else is an error that lists them. `str::parse`, like
        /// decoding, accepts any string.
        pub fn parse_known(
            value: &str,
        ) -> ::std::result::Result<Self, crate::UnknownValue> {
            match value.parse::<Self>() {
                Ok(known) if known.is_known() => Ok(known),
                _ => Err(crate::UnknownValue::new("CampaignStatus", value, Self::KNOWN)),
            }
        }
    }
    impl ContactResultError {
        /// Every value this version of the crate knows, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &[
            "INVALID_PHONE_NUMBER",
            "MISSING_CONTACT",
            "SERVER_ERROR",
        ];
        /// Whether this is one of [`Self::KNOWN`] rather than a value kept
        /// as received.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
        /// Parses only a value of [`Self::KNOWN`] (exactly as on the wire);
        /// anything else is an error that lists them. `str::parse`, like
        /// decoding, accepts any string.
        pub fn parse_known(
            value: &str,
        ) -> ::std::result::Result<Self, crate::UnknownValue> {
            match value.parse::<Self>() {
                Ok(known) if known.is_known() => Ok(known),
                _ => {
                    Err(
                        crate::UnknownValue::new(
                            "ContactResultError",
                            value,
                            Self::KNOWN,
                        ),
                    )
                }
            }
        }
    }
    impl ContactResultStatus {
        /// Every value this version of the crate knows, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &[
            "created",
            "updated",
            "skipped_duplicate",
            "failed",
        ];
        /// Whether this is one of [`Self::KNOWN`] rather than a value kept
        /// as received.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
        /// Parses only a value of [`Self::KNOWN`] (exactly as on the wire);
        /// anything else is an error that lists them. `str::parse`, like
        /// decoding, accepts any string.
        pub fn parse_known(
            value: &str,
        ) -> ::std::result::Result<Self, crate::UnknownValue> {
            match value.parse::<Self>() {
                Ok(known) if known.is_known() => Ok(known),
                _ => {
                    Err(
                        crate::UnknownValue::new(
                            "ContactResultStatus",
                            value,
                            Self::KNOWN,
                        ),
                    )
                }
            }
        }
    }
    impl CyclesMode {
        /// Every value this version of the crate knows, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &["cooldown", "scheduled"];
        /// Whether this is one of [`Self::KNOWN`] rather than a value kept
        /// as received.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
        /// Parses only a value of [`Self::KNOWN`] (exactly as on the wire);
        /// anything else is an error that lists them. `str::parse`, like
        /// decoding, accepts any string.
        pub fn parse_known(
            value: &str,
        ) -> ::std::result::Result<Self, crate::UnknownValue> {
            match value.parse::<Self>() {
                Ok(known) if known.is_known() => Ok(known),
                _ => Err(crate::UnknownValue::new("CyclesMode", value, Self::KNOWN)),
            }
        }
    }
    impl EndUserIntegrationType {
        /// Every value this version of the crate knows, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &["api", "whatsapp"];
        /// Whether this is one of [`Self::KNOWN`] rather than a value kept
        /// as received.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
        /// Parses only a value of [`Self::KNOWN`] (exactly as on the wire);
        /// anything else is an error that lists them. `str::parse`, like
        /// decoding, accepts any string.
        pub fn parse_known(
            value: &str,
        ) -> ::std::result::Result<Self, crate::UnknownValue> {
            match value.parse::<Self>() {
                Ok(known) if known.is_known() => Ok(known),
                _ => {
                    Err(
                        crate::UnknownValue::new(
                            "EndUserIntegrationType",
                            value,
                            Self::KNOWN,
                        ),
                    )
                }
            }
        }
    }
    impl IntegrationType {
        /// Every value this version of the crate knows, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &["api", "whatsapp"];
        /// Whether this is one of [`Self::KNOWN`] rather than a value kept
        /// as received.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
        /// Parses only a value of [`Self::KNOWN`] (exactly as on the wire);
        /// anything else is an error that lists them. `str::parse`, like
        /// decoding, accepts any string.
        pub fn parse_known(
            value: &str,
        ) -> ::std::result::Result<Self, crate::UnknownValue> {
            match value.parse::<Self>() {
                Ok(known) if known.is_known() => Ok(known),
                _ => Err(crate::UnknownValue::new("IntegrationType", value, Self::KNOWN)),
            }
        }
    }
    impl ListCampaignCallsStatus {
        /// Every value this version of the crate knows, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &[
            "ended",
            "failed",
            "busy",
            "no-answer",
            "in-progress",
        ];
        /// Whether this is one of [`Self::KNOWN`] rather than a value kept
        /// as received.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
        /// Parses only a value of [`Self::KNOWN`] (exactly as on the wire);
        /// anything else is an error that lists them. `str::parse`, like
        /// decoding, accepts any string.
        pub fn parse_known(
            value: &str,
        ) -> ::std::result::Result<Self, crate::UnknownValue> {
            match value.parse::<Self>() {
                Ok(known) if known.is_known() => Ok(known),
                _ => {
                    Err(
                        crate::UnknownValue::new(
                            "ListCampaignCallsStatus",
                            value,
                            Self::KNOWN,
                        ),
                    )
                }
            }
        }
    }
    impl ListCampaignContactsDirection {
        /// Every value this version of the crate knows, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &["next", "previous"];
        /// Whether this is one of [`Self::KNOWN`] rather than a value kept
        /// as received.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
        /// Parses only a value of [`Self::KNOWN`] (exactly as on the wire);
        /// anything else is an error that lists them. `str::parse`, like
        /// decoding, accepts any string.
        pub fn parse_known(
            value: &str,
        ) -> ::std::result::Result<Self, crate::UnknownValue> {
            match value.parse::<Self>() {
                Ok(known) if known.is_known() => Ok(known),
                _ => {
                    Err(
                        crate::UnknownValue::new(
                            "ListCampaignContactsDirection",
                            value,
                            Self::KNOWN,
                        ),
                    )
                }
            }
        }
    }
    impl MessageSentBy {
        /// Every value this version of the crate knows, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &["AI", "EU", "SYS"];
        /// Whether this is one of [`Self::KNOWN`] rather than a value kept
        /// as received.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
        /// Parses only a value of [`Self::KNOWN`] (exactly as on the wire);
        /// anything else is an error that lists them. `str::parse`, like
        /// decoding, accepts any string.
        pub fn parse_known(
            value: &str,
        ) -> ::std::result::Result<Self, crate::UnknownValue> {
            match value.parse::<Self>() {
                Ok(known) if known.is_known() => Ok(known),
                _ => Err(crate::UnknownValue::new("MessageSentBy", value, Self::KNOWN)),
            }
        }
    }
    impl MessageType {
        /// Every value this version of the crate knows, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &[
            "text",
            "image",
            "audio",
            "video",
            "button",
            "template",
            "document",
        ];
        /// Whether this is one of [`Self::KNOWN`] rather than a value kept
        /// as received.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
        /// Parses only a value of [`Self::KNOWN`] (exactly as on the wire);
        /// anything else is an error that lists them. `str::parse`, like
        /// decoding, accepts any string.
        pub fn parse_known(
            value: &str,
        ) -> ::std::result::Result<Self, crate::UnknownValue> {
            match value.parse::<Self>() {
                Ok(known) if known.is_known() => Ok(known),
                _ => Err(crate::UnknownValue::new("MessageType", value, Self::KNOWN)),
            }
        }
    }
    impl TagColor {
        /// Every value this version of the crate knows, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &[
            "blue",
            "green",
            "red",
            "pink",
            "purple",
            "orange",
            "yellow",
        ];
        /// Whether this is one of [`Self::KNOWN`] rather than a value kept
        /// as received.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
        /// Parses only a value of [`Self::KNOWN`] (exactly as on the wire);
        /// anything else is an error that lists them. `str::parse`, like
        /// decoding, accepts any string.
        pub fn parse_known(
            value: &str,
        ) -> ::std::result::Result<Self, crate::UnknownValue> {
            match value.parse::<Self>() {
                Ok(known) if known.is_known() => Ok(known),
                _ => Err(crate::UnknownValue::new("TagColor", value, Self::KNOWN)),
            }
        }
    }
    impl TranscriptSpeaker {
        /// Every value this version of the crate knows, as sent on the wire.
        pub const KNOWN: &'static [&'static str] = &["assistant", "user"];
        /// Whether this is one of [`Self::KNOWN`] rather than a value kept
        /// as received.
        pub fn is_known(&self) -> bool {
            !matches!(self, Self::Unknown(_))
        }
        /// Parses only a value of [`Self::KNOWN`] (exactly as on the wire);
        /// anything else is an error that lists them. `str::parse`, like
        /// decoding, accepts any string.
        pub fn parse_known(
            value: &str,
        ) -> ::std::result::Result<Self, crate::UnknownValue> {
            match value.parse::<Self>() {
                Ok(known) if known.is_known() => Ok(known),
                _ => {
                    Err(
                        crate::UnknownValue::new("TranscriptSpeaker", value, Self::KNOWN),
                    )
                }
            }
        }
    }
    impl crate::scalar_union::ScalarUnion for CampaignContactBilledDuration {
        const NAME: &'static str = "CampaignContactBilledDuration";
        fn from_integer(value: i128) -> ::std::option::Option<Self> {
            <i64>::try_from(value).ok().map(Self::Integer)
        }
        fn from_text(value: &str) -> ::std::option::Option<Self> {
            ::std::option::Option::Some(Self::String(value.to_owned()))
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CampaignContactBilledDuration {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::scalar_union::deserialize(deserializer)
        }
    }
    impl crate::scalar_union::ScalarUnion for ContactResultId {
        const NAME: &'static str = "ContactResultId";
        fn from_integer(value: i128) -> ::std::option::Option<Self> {
            <i64>::try_from(value).ok().map(Self::Integer)
        }
        fn from_text(value: &str) -> ::std::option::Option<Self> {
            ::std::option::Option::Some(Self::String(value.to_owned()))
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ContactResultId {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::scalar_union::deserialize(deserializer)
        }
    }
    impl crate::scalar_union::ScalarUnion for ErrorError {
        const NAME: &'static str = "ErrorError";
        fn from_integer(value: i128) -> ::std::option::Option<Self> {
            <i32>::try_from(value).ok().map(Self::Int32)
        }
        fn from_text(value: &str) -> ::std::option::Option<Self> {
            ::std::option::Option::Some(Self::String(value.to_owned()))
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ErrorError {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::scalar_union::deserialize(deserializer)
        }
    }
    impl crate::FieldValue<AgentId> for &str {
        fn into_field(self) -> ::std::result::Result<AgentId, ::std::string::String> {
            crate::FieldValue::<::uuid::Uuid>::into_field(self).map(AgentId)
        }
    }
    impl crate::FieldValue<::std::option::Option<AgentId>> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<AgentId>,
            ::std::string::String,
        > {
            crate::FieldValue::<::uuid::Uuid>::into_field(self)
                .map(|id| Some(AgentId(id)))
        }
    }
    impl crate::FieldValue<AgentId> for String {
        fn into_field(self) -> ::std::result::Result<AgentId, ::std::string::String> {
            crate::FieldValue::<::uuid::Uuid>::into_field(self).map(AgentId)
        }
    }
    impl crate::FieldValue<::std::option::Option<AgentId>> for String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<AgentId>,
            ::std::string::String,
        > {
            crate::FieldValue::<::uuid::Uuid>::into_field(self)
                .map(|id| Some(AgentId(id)))
        }
    }
    impl crate::FieldValue<AgentId> for &String {
        fn into_field(self) -> ::std::result::Result<AgentId, ::std::string::String> {
            crate::FieldValue::<::uuid::Uuid>::into_field(self).map(AgentId)
        }
    }
    impl crate::FieldValue<::std::option::Option<AgentId>> for &String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<AgentId>,
            ::std::string::String,
        > {
            crate::FieldValue::<::uuid::Uuid>::into_field(self)
                .map(|id| Some(AgentId(id)))
        }
    }
    impl ::std::cmp::PartialEq<::uuid::Uuid> for AgentId {
        fn eq(&self, other: &::uuid::Uuid) -> bool {
            self.0 == *other
        }
    }
    impl ::std::convert::From<&AgentId> for AgentId {
        fn from(value: &AgentId) -> Self {
            value.clone()
        }
    }
    impl ::std::convert::From<&str> for AgentPublicId {
        fn from(value: &str) -> Self {
            Self(value.to_owned())
        }
    }
    impl ::std::cmp::PartialEq<str> for AgentPublicId {
        fn eq(&self, other: &str) -> bool {
            self.0 == other
        }
    }
    impl ::std::cmp::PartialEq<&str> for AgentPublicId {
        fn eq(&self, other: &&str) -> bool {
            self.0 == *other
        }
    }
    impl crate::FieldValue<AgentPublicId> for &String {
        fn into_field(
            self,
        ) -> ::std::result::Result<AgentPublicId, ::std::string::String> {
            crate::FieldValue::<::std::string::String>::into_field(self)
                .map(AgentPublicId)
        }
    }
    impl crate::FieldValue<::std::option::Option<AgentPublicId>> for &String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<AgentPublicId>,
            ::std::string::String,
        > {
            crate::FieldValue::<::std::string::String>::into_field(self)
                .map(|id| Some(AgentPublicId(id)))
        }
    }
    impl ::std::cmp::PartialEq<::std::string::String> for AgentPublicId {
        fn eq(&self, other: &::std::string::String) -> bool {
            self.0 == *other
        }
    }
    impl ::std::convert::From<&AgentPublicId> for AgentPublicId {
        fn from(value: &AgentPublicId) -> Self {
            value.clone()
        }
    }
    impl ::std::convert::From<&str> for CallId {
        fn from(value: &str) -> Self {
            Self(value.to_owned())
        }
    }
    impl ::std::cmp::PartialEq<str> for CallId {
        fn eq(&self, other: &str) -> bool {
            self.0 == other
        }
    }
    impl ::std::cmp::PartialEq<&str> for CallId {
        fn eq(&self, other: &&str) -> bool {
            self.0 == *other
        }
    }
    impl crate::FieldValue<CallId> for &String {
        fn into_field(self) -> ::std::result::Result<CallId, ::std::string::String> {
            crate::FieldValue::<::std::string::String>::into_field(self).map(CallId)
        }
    }
    impl crate::FieldValue<::std::option::Option<CallId>> for &String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CallId>,
            ::std::string::String,
        > {
            crate::FieldValue::<::std::string::String>::into_field(self)
                .map(|id| Some(CallId(id)))
        }
    }
    impl ::std::cmp::PartialEq<::std::string::String> for CallId {
        fn eq(&self, other: &::std::string::String) -> bool {
            self.0 == *other
        }
    }
    impl ::std::convert::From<&CallId> for CallId {
        fn from(value: &CallId) -> Self {
            value.clone()
        }
    }
    impl crate::FieldValue<CampaignId> for i8 {
        fn into_field(self) -> ::std::result::Result<CampaignId, ::std::string::String> {
            crate::FieldValue::<i64>::into_field(self).map(CampaignId)
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignId>> for i8 {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignId>,
            ::std::string::String,
        > {
            crate::FieldValue::<i64>::into_field(self).map(|id| Some(CampaignId(id)))
        }
    }
    impl crate::FieldValue<CampaignId> for i16 {
        fn into_field(self) -> ::std::result::Result<CampaignId, ::std::string::String> {
            crate::FieldValue::<i64>::into_field(self).map(CampaignId)
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignId>> for i16 {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignId>,
            ::std::string::String,
        > {
            crate::FieldValue::<i64>::into_field(self).map(|id| Some(CampaignId(id)))
        }
    }
    impl crate::FieldValue<CampaignId> for i32 {
        fn into_field(self) -> ::std::result::Result<CampaignId, ::std::string::String> {
            crate::FieldValue::<i64>::into_field(self).map(CampaignId)
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignId>> for i32 {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignId>,
            ::std::string::String,
        > {
            crate::FieldValue::<i64>::into_field(self).map(|id| Some(CampaignId(id)))
        }
    }
    impl crate::FieldValue<CampaignId> for u8 {
        fn into_field(self) -> ::std::result::Result<CampaignId, ::std::string::String> {
            crate::FieldValue::<i64>::into_field(self).map(CampaignId)
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignId>> for u8 {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignId>,
            ::std::string::String,
        > {
            crate::FieldValue::<i64>::into_field(self).map(|id| Some(CampaignId(id)))
        }
    }
    impl crate::FieldValue<CampaignId> for u16 {
        fn into_field(self) -> ::std::result::Result<CampaignId, ::std::string::String> {
            crate::FieldValue::<i64>::into_field(self).map(CampaignId)
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignId>> for u16 {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignId>,
            ::std::string::String,
        > {
            crate::FieldValue::<i64>::into_field(self).map(|id| Some(CampaignId(id)))
        }
    }
    impl crate::FieldValue<CampaignId> for u32 {
        fn into_field(self) -> ::std::result::Result<CampaignId, ::std::string::String> {
            crate::FieldValue::<i64>::into_field(self).map(CampaignId)
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignId>> for u32 {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignId>,
            ::std::string::String,
        > {
            crate::FieldValue::<i64>::into_field(self).map(|id| Some(CampaignId(id)))
        }
    }
    impl crate::FieldValue<CampaignId> for u64 {
        fn into_field(self) -> ::std::result::Result<CampaignId, ::std::string::String> {
            crate::FieldValue::<i64>::into_field(self).map(CampaignId)
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignId>> for u64 {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignId>,
            ::std::string::String,
        > {
            crate::FieldValue::<i64>::into_field(self).map(|id| Some(CampaignId(id)))
        }
    }
    impl crate::FieldValue<CampaignId> for usize {
        fn into_field(self) -> ::std::result::Result<CampaignId, ::std::string::String> {
            crate::FieldValue::<i64>::into_field(self).map(CampaignId)
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignId>> for usize {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignId>,
            ::std::string::String,
        > {
            crate::FieldValue::<i64>::into_field(self).map(|id| Some(CampaignId(id)))
        }
    }
    impl crate::FieldValue<CampaignId> for isize {
        fn into_field(self) -> ::std::result::Result<CampaignId, ::std::string::String> {
            crate::FieldValue::<i64>::into_field(self).map(CampaignId)
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignId>> for isize {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignId>,
            ::std::string::String,
        > {
            crate::FieldValue::<i64>::into_field(self).map(|id| Some(CampaignId(id)))
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CampaignId {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::lenient::integer(deserializer).map(Self)
        }
    }
    impl ::std::cmp::PartialEq<i64> for CampaignId {
        fn eq(&self, other: &i64) -> bool {
            self.0 == *other
        }
    }
    impl ::std::convert::From<&CampaignId> for CampaignId {
        fn from(value: &CampaignId) -> Self {
            value.clone()
        }
    }
    impl crate::FieldValue<ContactId> for i8 {
        fn into_field(self) -> ::std::result::Result<ContactId, ::std::string::String> {
            crate::FieldValue::<i64>::into_field(self).map(ContactId)
        }
    }
    impl crate::FieldValue<::std::option::Option<ContactId>> for i8 {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<ContactId>,
            ::std::string::String,
        > {
            crate::FieldValue::<i64>::into_field(self).map(|id| Some(ContactId(id)))
        }
    }
    impl crate::FieldValue<ContactId> for i16 {
        fn into_field(self) -> ::std::result::Result<ContactId, ::std::string::String> {
            crate::FieldValue::<i64>::into_field(self).map(ContactId)
        }
    }
    impl crate::FieldValue<::std::option::Option<ContactId>> for i16 {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<ContactId>,
            ::std::string::String,
        > {
            crate::FieldValue::<i64>::into_field(self).map(|id| Some(ContactId(id)))
        }
    }
    impl crate::FieldValue<ContactId> for i32 {
        fn into_field(self) -> ::std::result::Result<ContactId, ::std::string::String> {
            crate::FieldValue::<i64>::into_field(self).map(ContactId)
        }
    }
    impl crate::FieldValue<::std::option::Option<ContactId>> for i32 {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<ContactId>,
            ::std::string::String,
        > {
            crate::FieldValue::<i64>::into_field(self).map(|id| Some(ContactId(id)))
        }
    }
    impl crate::FieldValue<ContactId> for u8 {
        fn into_field(self) -> ::std::result::Result<ContactId, ::std::string::String> {
            crate::FieldValue::<i64>::into_field(self).map(ContactId)
        }
    }
    impl crate::FieldValue<::std::option::Option<ContactId>> for u8 {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<ContactId>,
            ::std::string::String,
        > {
            crate::FieldValue::<i64>::into_field(self).map(|id| Some(ContactId(id)))
        }
    }
    impl crate::FieldValue<ContactId> for u16 {
        fn into_field(self) -> ::std::result::Result<ContactId, ::std::string::String> {
            crate::FieldValue::<i64>::into_field(self).map(ContactId)
        }
    }
    impl crate::FieldValue<::std::option::Option<ContactId>> for u16 {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<ContactId>,
            ::std::string::String,
        > {
            crate::FieldValue::<i64>::into_field(self).map(|id| Some(ContactId(id)))
        }
    }
    impl crate::FieldValue<ContactId> for u32 {
        fn into_field(self) -> ::std::result::Result<ContactId, ::std::string::String> {
            crate::FieldValue::<i64>::into_field(self).map(ContactId)
        }
    }
    impl crate::FieldValue<::std::option::Option<ContactId>> for u32 {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<ContactId>,
            ::std::string::String,
        > {
            crate::FieldValue::<i64>::into_field(self).map(|id| Some(ContactId(id)))
        }
    }
    impl crate::FieldValue<ContactId> for u64 {
        fn into_field(self) -> ::std::result::Result<ContactId, ::std::string::String> {
            crate::FieldValue::<i64>::into_field(self).map(ContactId)
        }
    }
    impl crate::FieldValue<::std::option::Option<ContactId>> for u64 {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<ContactId>,
            ::std::string::String,
        > {
            crate::FieldValue::<i64>::into_field(self).map(|id| Some(ContactId(id)))
        }
    }
    impl crate::FieldValue<ContactId> for usize {
        fn into_field(self) -> ::std::result::Result<ContactId, ::std::string::String> {
            crate::FieldValue::<i64>::into_field(self).map(ContactId)
        }
    }
    impl crate::FieldValue<::std::option::Option<ContactId>> for usize {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<ContactId>,
            ::std::string::String,
        > {
            crate::FieldValue::<i64>::into_field(self).map(|id| Some(ContactId(id)))
        }
    }
    impl crate::FieldValue<ContactId> for isize {
        fn into_field(self) -> ::std::result::Result<ContactId, ::std::string::String> {
            crate::FieldValue::<i64>::into_field(self).map(ContactId)
        }
    }
    impl crate::FieldValue<::std::option::Option<ContactId>> for isize {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<ContactId>,
            ::std::string::String,
        > {
            crate::FieldValue::<i64>::into_field(self).map(|id| Some(ContactId(id)))
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ContactId {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            crate::lenient::integer(deserializer).map(Self)
        }
    }
    impl ::std::cmp::PartialEq<i64> for ContactId {
        fn eq(&self, other: &i64) -> bool {
            self.0 == *other
        }
    }
    impl ::std::convert::From<&ContactId> for ContactId {
        fn from(value: &ContactId) -> Self {
            value.clone()
        }
    }
    impl crate::FieldValue<EndUserId> for &str {
        fn into_field(self) -> ::std::result::Result<EndUserId, ::std::string::String> {
            crate::FieldValue::<::uuid::Uuid>::into_field(self).map(EndUserId)
        }
    }
    impl crate::FieldValue<::std::option::Option<EndUserId>> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<EndUserId>,
            ::std::string::String,
        > {
            crate::FieldValue::<::uuid::Uuid>::into_field(self)
                .map(|id| Some(EndUserId(id)))
        }
    }
    impl crate::FieldValue<EndUserId> for String {
        fn into_field(self) -> ::std::result::Result<EndUserId, ::std::string::String> {
            crate::FieldValue::<::uuid::Uuid>::into_field(self).map(EndUserId)
        }
    }
    impl crate::FieldValue<::std::option::Option<EndUserId>> for String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<EndUserId>,
            ::std::string::String,
        > {
            crate::FieldValue::<::uuid::Uuid>::into_field(self)
                .map(|id| Some(EndUserId(id)))
        }
    }
    impl crate::FieldValue<EndUserId> for &String {
        fn into_field(self) -> ::std::result::Result<EndUserId, ::std::string::String> {
            crate::FieldValue::<::uuid::Uuid>::into_field(self).map(EndUserId)
        }
    }
    impl crate::FieldValue<::std::option::Option<EndUserId>> for &String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<EndUserId>,
            ::std::string::String,
        > {
            crate::FieldValue::<::uuid::Uuid>::into_field(self)
                .map(|id| Some(EndUserId(id)))
        }
    }
    impl ::std::cmp::PartialEq<::uuid::Uuid> for EndUserId {
        fn eq(&self, other: &::uuid::Uuid) -> bool {
            self.0 == *other
        }
    }
    impl ::std::convert::From<&EndUserId> for EndUserId {
        fn from(value: &EndUserId) -> Self {
            value.clone()
        }
    }
    impl ::std::convert::From<&str> for IntegrationPublicId {
        fn from(value: &str) -> Self {
            Self(value.to_owned())
        }
    }
    impl ::std::cmp::PartialEq<str> for IntegrationPublicId {
        fn eq(&self, other: &str) -> bool {
            self.0 == other
        }
    }
    impl ::std::cmp::PartialEq<&str> for IntegrationPublicId {
        fn eq(&self, other: &&str) -> bool {
            self.0 == *other
        }
    }
    impl crate::FieldValue<IntegrationPublicId> for &String {
        fn into_field(
            self,
        ) -> ::std::result::Result<IntegrationPublicId, ::std::string::String> {
            crate::FieldValue::<::std::string::String>::into_field(self)
                .map(IntegrationPublicId)
        }
    }
    impl crate::FieldValue<::std::option::Option<IntegrationPublicId>> for &String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<IntegrationPublicId>,
            ::std::string::String,
        > {
            crate::FieldValue::<::std::string::String>::into_field(self)
                .map(|id| Some(IntegrationPublicId(id)))
        }
    }
    impl ::std::cmp::PartialEq<::std::string::String> for IntegrationPublicId {
        fn eq(&self, other: &::std::string::String) -> bool {
            self.0 == *other
        }
    }
    impl ::std::convert::From<&IntegrationPublicId> for IntegrationPublicId {
        fn from(value: &IntegrationPublicId) -> Self {
            value.clone()
        }
    }
    impl ::std::convert::From<&str> for ThreadId {
        fn from(value: &str) -> Self {
            Self(value.to_owned())
        }
    }
    impl ::std::cmp::PartialEq<str> for ThreadId {
        fn eq(&self, other: &str) -> bool {
            self.0 == other
        }
    }
    impl ::std::cmp::PartialEq<&str> for ThreadId {
        fn eq(&self, other: &&str) -> bool {
            self.0 == *other
        }
    }
    impl crate::FieldValue<ThreadId> for &String {
        fn into_field(self) -> ::std::result::Result<ThreadId, ::std::string::String> {
            crate::FieldValue::<::std::string::String>::into_field(self).map(ThreadId)
        }
    }
    impl crate::FieldValue<::std::option::Option<ThreadId>> for &String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<ThreadId>,
            ::std::string::String,
        > {
            crate::FieldValue::<::std::string::String>::into_field(self)
                .map(|id| Some(ThreadId(id)))
        }
    }
    impl ::std::cmp::PartialEq<::std::string::String> for ThreadId {
        fn eq(&self, other: &::std::string::String) -> bool {
            self.0 == *other
        }
    }
    impl ::std::convert::From<&ThreadId> for ThreadId {
        fn from(value: &ThreadId) -> Self {
            value.clone()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for Thread {
        fn deserialize<D: ::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::std::result::Result<Self, D::Error> {
            /// What a key names: a property, an older name of one, or
            /// neither.
            enum ThreadKey {
                Property0,
                Property1,
                Older0,
                Property2,
                Property3,
                Property4,
                Older1,
                Property5,
                Property6,
                Property7,
                Property8,
                Other,
            }
            impl<'de> ::serde::Deserialize<'de> for ThreadKey {
                #[inline]
                fn deserialize<D: ::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> ::std::result::Result<Self, D::Error> {
                    struct KeyVisitor;
                    impl ::serde::de::Visitor<'_> for KeyVisitor {
                        type Value = ThreadKey;
                        fn expecting(
                            &self,
                            f: &mut ::std::fmt::Formatter,
                        ) -> ::std::fmt::Result {
                            f.write_str("field identifier")
                        }
                        fn visit_str<E: ::serde::de::Error>(
                            self,
                            key: &str,
                        ) -> ::std::result::Result<ThreadKey, E> {
                            ::std::result::Result::Ok(
                                match key {
                                    "active" => ThreadKey::Property0,
                                    "agent" => ThreadKey::Property1,
                                    "chatbot" => ThreadKey::Older0,
                                    "assigned_to" => ThreadKey::Property2,
                                    "blocked" => ThreadKey::Property3,
                                    "end_user" => ThreadKey::Property4,
                                    "enduser" => ThreadKey::Older1,
                                    "id" => ThreadKey::Property5,
                                    "integration" => ThreadKey::Property6,
                                    "tags" => ThreadKey::Property7,
                                    "updated_at" => ThreadKey::Property8,
                                    _ => ThreadKey::Other,
                                },
                            )
                        }
                    }
                    ::serde::Deserializer::deserialize_identifier(
                        deserializer,
                        KeyVisitor,
                    )
                }
            }
            struct ThreadDecoder2(::std::vec::Vec<User>);
            impl<'de> ::serde::Deserialize<'de> for ThreadDecoder2 {
                fn deserialize<D: ::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> ::std::result::Result<Self, D::Error> {
                    crate::lenient::null_as_default(deserializer).map(ThreadDecoder2)
                }
            }
            struct ThreadDecoder7(::std::vec::Vec<Tag>);
            impl<'de> ::serde::Deserialize<'de> for ThreadDecoder7 {
                fn deserialize<D: ::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> ::std::result::Result<Self, D::Error> {
                    crate::lenient::null_as_default(deserializer).map(ThreadDecoder7)
                }
            }
            struct ThreadDecoder8(
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
            );
            impl<'de> ::serde::Deserialize<'de> for ThreadDecoder8 {
                fn deserialize<D: ::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> ::std::result::Result<Self, D::Error> {
                    crate::lenient::option_date_time(deserializer).map(ThreadDecoder8)
                }
            }
            struct ThreadVisitor;
            impl<'de> ::serde::de::Visitor<'de> for ThreadVisitor {
                type Value = Thread;
                fn expecting(
                    &self,
                    f: &mut ::std::fmt::Formatter,
                ) -> ::std::fmt::Result {
                    f.write_str("struct Thread")
                }
                fn visit_map<A: ::serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> ::std::result::Result<Thread, A::Error> {
                    let mut field_active: ::std::option::Option<
                        ::std::option::Option<bool>,
                    > = ::std::option::Option::None;
                    let mut field_agent: ::std::option::Option<
                        ::std::option::Option<Agent>,
                    > = ::std::option::Option::None;
                    let mut older_0: ::std::option::Option<::serde_json::Value> = ::std::option::Option::None;
                    let mut field_assigned_to: ::std::option::Option<
                        ::std::vec::Vec<User>,
                    > = ::std::option::Option::None;
                    let mut field_blocked: ::std::option::Option<
                        ::std::option::Option<bool>,
                    > = ::std::option::Option::None;
                    let mut field_end_user: ::std::option::Option<
                        ::std::option::Option<EndUser>,
                    > = ::std::option::Option::None;
                    let mut older_1: ::std::option::Option<::serde_json::Value> = ::std::option::Option::None;
                    let mut field_id: ::std::option::Option<ThreadId> = ::std::option::Option::None;
                    let mut field_integration: ::std::option::Option<
                        ::std::option::Option<Integration>,
                    > = ::std::option::Option::None;
                    let mut field_tags: ::std::option::Option<::std::vec::Vec<Tag>> = ::std::option::Option::None;
                    let mut field_updated_at: ::std::option::Option<
                        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                    > = ::std::option::Option::None;
                    while let ::std::option::Option::Some(key) = ::serde::de::MapAccess::next_key::<
                        ThreadKey,
                    >(&mut map)? {
                        match key {
                            ThreadKey::Property0 => {
                                if field_active.is_some() {
                                    return ::std::result::Result::Err(
                                        <A::Error as ::serde::de::Error>::duplicate_field("active"),
                                    );
                                }
                                field_active = ::std::option::Option::Some(
                                    ::serde::de::MapAccess::next_value::<
                                        ::std::option::Option<bool>,
                                    >(&mut map)?,
                                );
                            }
                            ThreadKey::Property1 => {
                                if field_agent.is_some() {
                                    return ::std::result::Result::Err(
                                        <A::Error as ::serde::de::Error>::duplicate_field("agent"),
                                    );
                                }
                                field_agent = ::std::option::Option::Some(
                                    ::serde::de::MapAccess::next_value::<
                                        ::std::option::Option<Agent>,
                                    >(&mut map)?,
                                );
                            }
                            ThreadKey::Older0 => {
                                if ::std::matches!(
                                    field_agent,
                                    ::std::option::Option::Some(::std::option::Option::Some(_))
                                ) {
                                    ::serde::de::MapAccess::next_value::<
                                        ::serde::de::IgnoredAny,
                                    >(&mut map)?;
                                } else {
                                    older_0 = ::std::option::Option::Some(
                                        ::serde::de::MapAccess::next_value::<
                                            ::serde_json::Value,
                                        >(&mut map)?,
                                    );
                                }
                            }
                            ThreadKey::Property2 => {
                                if field_assigned_to.is_some() {
                                    return ::std::result::Result::Err(
                                        <A::Error as ::serde::de::Error>::duplicate_field(
                                            "assigned_to",
                                        ),
                                    );
                                }
                                field_assigned_to = ::std::option::Option::Some(
                                    ::serde::de::MapAccess::next_value::<
                                        ThreadDecoder2,
                                    >(&mut map)?
                                        .0,
                                );
                            }
                            ThreadKey::Property3 => {
                                if field_blocked.is_some() {
                                    return ::std::result::Result::Err(
                                        <A::Error as ::serde::de::Error>::duplicate_field("blocked"),
                                    );
                                }
                                field_blocked = ::std::option::Option::Some(
                                    ::serde::de::MapAccess::next_value::<
                                        ::std::option::Option<bool>,
                                    >(&mut map)?,
                                );
                            }
                            ThreadKey::Property4 => {
                                if field_end_user.is_some() {
                                    return ::std::result::Result::Err(
                                        <A::Error as ::serde::de::Error>::duplicate_field(
                                            "end_user",
                                        ),
                                    );
                                }
                                field_end_user = ::std::option::Option::Some(
                                    ::serde::de::MapAccess::next_value::<
                                        ::std::option::Option<EndUser>,
                                    >(&mut map)?,
                                );
                            }
                            ThreadKey::Older1 => {
                                if ::std::matches!(
                                    field_end_user,
                                    ::std::option::Option::Some(::std::option::Option::Some(_))
                                ) {
                                    ::serde::de::MapAccess::next_value::<
                                        ::serde::de::IgnoredAny,
                                    >(&mut map)?;
                                } else {
                                    older_1 = ::std::option::Option::Some(
                                        ::serde::de::MapAccess::next_value::<
                                            ::serde_json::Value,
                                        >(&mut map)?,
                                    );
                                }
                            }
                            ThreadKey::Property5 => {
                                if field_id.is_some() {
                                    return ::std::result::Result::Err(
                                        <A::Error as ::serde::de::Error>::duplicate_field("id"),
                                    );
                                }
                                field_id = ::std::option::Option::Some(
                                    ::serde::de::MapAccess::next_value::<ThreadId>(&mut map)?,
                                );
                            }
                            ThreadKey::Property6 => {
                                if field_integration.is_some() {
                                    return ::std::result::Result::Err(
                                        <A::Error as ::serde::de::Error>::duplicate_field(
                                            "integration",
                                        ),
                                    );
                                }
                                field_integration = ::std::option::Option::Some(
                                    ::serde::de::MapAccess::next_value::<
                                        ::std::option::Option<Integration>,
                                    >(&mut map)?,
                                );
                            }
                            ThreadKey::Property7 => {
                                if field_tags.is_some() {
                                    return ::std::result::Result::Err(
                                        <A::Error as ::serde::de::Error>::duplicate_field("tags"),
                                    );
                                }
                                field_tags = ::std::option::Option::Some(
                                    ::serde::de::MapAccess::next_value::<
                                        ThreadDecoder7,
                                    >(&mut map)?
                                        .0,
                                );
                            }
                            ThreadKey::Property8 => {
                                if field_updated_at.is_some() {
                                    return ::std::result::Result::Err(
                                        <A::Error as ::serde::de::Error>::duplicate_field(
                                            "updated_at",
                                        ),
                                    );
                                }
                                field_updated_at = ::std::option::Option::Some(
                                    ::serde::de::MapAccess::next_value::<
                                        ThreadDecoder8,
                                    >(&mut map)?
                                        .0,
                                );
                            }
                            ThreadKey::Other => {
                                ::serde::de::MapAccess::next_value::<
                                    ::serde::de::IgnoredAny,
                                >(&mut map)?;
                            }
                        }
                    }
                    let field_active = match field_active {
                        ::std::option::Option::Some(value) => value,
                        ::std::option::Option::None => ::std::option::Option::None,
                    };
                    let field_agent = crate::lenient::newer_or_older(
                        field_agent.flatten(),
                        older_0,
                        ("chatbot", "agent"),
                        |older| <::std::option::Option<
                            Agent,
                        > as ::serde::Deserialize>::deserialize(older),
                    )?;
                    let field_assigned_to = match field_assigned_to {
                        ::std::option::Option::Some(value) => value,
                        ::std::option::Option::None => ::std::default::Default::default(),
                    };
                    let field_blocked = match field_blocked {
                        ::std::option::Option::Some(value) => value,
                        ::std::option::Option::None => ::std::option::Option::None,
                    };
                    let field_end_user = crate::lenient::newer_or_older(
                        field_end_user.flatten(),
                        older_1,
                        ("enduser", "end_user"),
                        |older| <::std::option::Option<
                            EndUser,
                        > as ::serde::Deserialize>::deserialize(older),
                    )?;
                    let field_id = match field_id {
                        ::std::option::Option::Some(value) => value,
                        ::std::option::Option::None => {
                            return ::std::result::Result::Err(
                                <A::Error as ::serde::de::Error>::missing_field("id"),
                            );
                        }
                    };
                    let field_integration = match field_integration {
                        ::std::option::Option::Some(value) => value,
                        ::std::option::Option::None => ::std::option::Option::None,
                    };
                    let field_tags = match field_tags {
                        ::std::option::Option::Some(value) => value,
                        ::std::option::Option::None => ::std::default::Default::default(),
                    };
                    let field_updated_at = match field_updated_at {
                        ::std::option::Option::Some(value) => value,
                        ::std::option::Option::None => ::std::default::Default::default(),
                    };
                    ::std::result::Result::Ok(Thread {
                        active: field_active,
                        agent: field_agent,
                        assigned_to: field_assigned_to,
                        blocked: field_blocked,
                        end_user: field_end_user,
                        id: field_id,
                        integration: field_integration,
                        tags: field_tags,
                        updated_at: field_updated_at,
                    })
                }
            }
            ::serde::Deserializer::deserialize_struct(
                deserializer,
                "Thread",
                &[
                    "active",
                    "agent",
                    "chatbot",
                    "assigned_to",
                    "blocked",
                    "end_user",
                    "enduser",
                    "id",
                    "integration",
                    "tags",
                    "updated_at",
                ],
                ThreadVisitor,
            )
        }
    }
    impl crate::FieldValue<AddCampaignContactsBodyIfDuplicate> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            AddCampaignContactsBodyIfDuplicate,
            ::std::string::String,
        > {
            let value = self;
            AddCampaignContactsBodyIfDuplicate::parse_known(
                    ::std::convert::AsRef::<str>::as_ref(&value),
                )
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<AddCampaignContactsBodyIfDuplicate>>
    for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<AddCampaignContactsBodyIfDuplicate>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<
                AddCampaignContactsBodyIfDuplicate,
            >>::into_field(self)
                .map(Some)
        }
    }
    impl crate::FieldValue<AddCampaignContactsBodyIfDuplicate>
    for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            AddCampaignContactsBodyIfDuplicate,
            ::std::string::String,
        > {
            let value = self;
            AddCampaignContactsBodyIfDuplicate::parse_known(
                    ::std::convert::AsRef::<str>::as_ref(&value),
                )
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<AddCampaignContactsBodyIfDuplicate>>
    for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<AddCampaignContactsBodyIfDuplicate>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<
                AddCampaignContactsBodyIfDuplicate,
            >>::into_field(self)
                .map(Some)
        }
    }
    impl crate::FieldValue<AgentId> for ::uuid::Uuid {
        fn into_field(self) -> ::std::result::Result<AgentId, ::std::string::String> {
            let value = self;
            Ok(<AgentId as ::std::convert::From<::uuid::Uuid>>::from(value))
        }
    }
    impl crate::FieldValue<::std::option::Option<AgentId>> for ::uuid::Uuid {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<AgentId>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<AgentId>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<AgentPublicId> for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<AgentPublicId, ::std::string::String> {
            let value = self;
            Ok(
                <AgentPublicId as ::std::convert::From<
                    ::std::string::String,
                >>::from(value),
            )
        }
    }
    impl crate::FieldValue<::std::option::Option<AgentPublicId>>
    for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<AgentPublicId>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<AgentPublicId>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<AnsweredBy> for &str {
        fn into_field(self) -> ::std::result::Result<AnsweredBy, ::std::string::String> {
            let value = self;
            AnsweredBy::parse_known(::std::convert::AsRef::<str>::as_ref(&value))
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<AnsweredBy>> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<AnsweredBy>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<AnsweredBy>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<AnsweredBy> for ::std::string::String {
        fn into_field(self) -> ::std::result::Result<AnsweredBy, ::std::string::String> {
            let value = self;
            AnsweredBy::parse_known(::std::convert::AsRef::<str>::as_ref(&value))
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<AnsweredBy>> for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<AnsweredBy>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<AnsweredBy>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CallId> for ::std::string::String {
        fn into_field(self) -> ::std::result::Result<CallId, ::std::string::String> {
            let value = self;
            Ok(<CallId as ::std::convert::From<::std::string::String>>::from(value))
        }
    }
    impl crate::FieldValue<::std::option::Option<CallId>> for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CallId>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CallId>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CallStatus> for &str {
        fn into_field(self) -> ::std::result::Result<CallStatus, ::std::string::String> {
            let value = self;
            CallStatus::parse_known(::std::convert::AsRef::<str>::as_ref(&value))
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<CallStatus>> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CallStatus>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CallStatus>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CallStatus> for ::std::string::String {
        fn into_field(self) -> ::std::result::Result<CallStatus, ::std::string::String> {
            let value = self;
            CallStatus::parse_known(::std::convert::AsRef::<str>::as_ref(&value))
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<CallStatus>> for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CallStatus>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CallStatus>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CallType> for &str {
        fn into_field(self) -> ::std::result::Result<CallType, ::std::string::String> {
            let value = self;
            CallType::parse_known(::std::convert::AsRef::<str>::as_ref(&value))
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<CallType>> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CallType>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CallType>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CallType> for ::std::string::String {
        fn into_field(self) -> ::std::result::Result<CallType, ::std::string::String> {
            let value = self;
            CallType::parse_known(::std::convert::AsRef::<str>::as_ref(&value))
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<CallType>> for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CallType>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CallType>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CampaignActionAction> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<CampaignActionAction, ::std::string::String> {
            let value = self;
            CampaignActionAction::parse_known(
                    ::std::convert::AsRef::<str>::as_ref(&value),
                )
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignActionAction>> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignActionAction>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignActionAction>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CampaignActionAction> for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<CampaignActionAction, ::std::string::String> {
            let value = self;
            CampaignActionAction::parse_known(
                    ::std::convert::AsRef::<str>::as_ref(&value),
                )
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignActionAction>>
    for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignActionAction>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignActionAction>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CampaignChannel> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<CampaignChannel, ::std::string::String> {
            let value = self;
            CampaignChannel::parse_known(::std::convert::AsRef::<str>::as_ref(&value))
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignChannel>> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignChannel>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignChannel>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CampaignChannel> for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<CampaignChannel, ::std::string::String> {
            let value = self;
            CampaignChannel::parse_known(::std::convert::AsRef::<str>::as_ref(&value))
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignChannel>>
    for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignChannel>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignChannel>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CampaignContactBilledDuration> for i64 {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            CampaignContactBilledDuration,
            ::std::string::String,
        > {
            let value = self;
            Ok(<CampaignContactBilledDuration as ::std::convert::From<i64>>::from(value))
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignContactBilledDuration>>
    for i64 {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignContactBilledDuration>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignContactBilledDuration>>::into_field(self)
                .map(Some)
        }
    }
    impl crate::FieldValue<CampaignContactStatus> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<CampaignContactStatus, ::std::string::String> {
            let value = self;
            CampaignContactStatus::parse_known(
                    ::std::convert::AsRef::<str>::as_ref(&value),
                )
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignContactStatus>> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignContactStatus>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignContactStatus>>::into_field(self)
                .map(Some)
        }
    }
    impl crate::FieldValue<CampaignContactStatus> for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<CampaignContactStatus, ::std::string::String> {
            let value = self;
            CampaignContactStatus::parse_known(
                    ::std::convert::AsRef::<str>::as_ref(&value),
                )
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignContactStatus>>
    for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignContactStatus>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignContactStatus>>::into_field(self)
                .map(Some)
        }
    }
    impl crate::FieldValue<CampaignId> for i64 {
        fn into_field(self) -> ::std::result::Result<CampaignId, ::std::string::String> {
            let value = self;
            Ok(<CampaignId as ::std::convert::From<i64>>::from(value))
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignId>> for i64 {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignId>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignId>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CampaignId> for &str {
        fn into_field(self) -> ::std::result::Result<CampaignId, ::std::string::String> {
            let value = self;
            <CampaignId as ::std::convert::TryFrom<&str>>::try_from(value)
                .map_err(|e| format!("is invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignId>> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignId>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignId>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CampaignId> for String {
        fn into_field(self) -> ::std::result::Result<CampaignId, ::std::string::String> {
            let value = self;
            <CampaignId as ::std::convert::TryFrom<String>>::try_from(value)
                .map_err(|e| format!("is invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignId>> for String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignId>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignId>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CampaignSettingsName> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<CampaignSettingsName, ::std::string::String> {
            let value = self;
            <CampaignSettingsName as ::std::convert::TryFrom<&str>>::try_from(value)
                .map_err(|e| format!("is invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignSettingsName>> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignSettingsName>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignSettingsName>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CampaignSettingsName> for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<CampaignSettingsName, ::std::string::String> {
            let value = self;
            <CampaignSettingsName as ::std::convert::TryFrom<
                ::std::string::String,
            >>::try_from(value)
                .map_err(|e| format!("is invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignSettingsName>>
    for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignSettingsName>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignSettingsName>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CampaignStatus> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<CampaignStatus, ::std::string::String> {
            let value = self;
            CampaignStatus::parse_known(::std::convert::AsRef::<str>::as_ref(&value))
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignStatus>> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignStatus>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignStatus>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CampaignStatus> for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<CampaignStatus, ::std::string::String> {
            let value = self;
            CampaignStatus::parse_known(::std::convert::AsRef::<str>::as_ref(&value))
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignStatus>>
    for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignStatus>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignStatus>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CampaignUpdateName> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<CampaignUpdateName, ::std::string::String> {
            let value = self;
            <CampaignUpdateName as ::std::convert::TryFrom<&str>>::try_from(value)
                .map_err(|e| format!("is invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignUpdateName>> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignUpdateName>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignUpdateName>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CampaignUpdateName> for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<CampaignUpdateName, ::std::string::String> {
            let value = self;
            <CampaignUpdateName as ::std::convert::TryFrom<
                ::std::string::String,
            >>::try_from(value)
                .map_err(|e| format!("is invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignUpdateName>>
    for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignUpdateName>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignUpdateName>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<ContactId> for i64 {
        fn into_field(self) -> ::std::result::Result<ContactId, ::std::string::String> {
            let value = self;
            Ok(<ContactId as ::std::convert::From<i64>>::from(value))
        }
    }
    impl crate::FieldValue<::std::option::Option<ContactId>> for i64 {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<ContactId>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<ContactId>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<ContactId> for &str {
        fn into_field(self) -> ::std::result::Result<ContactId, ::std::string::String> {
            let value = self;
            <ContactId as ::std::convert::TryFrom<&str>>::try_from(value)
                .map_err(|e| format!("is invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<ContactId>> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<ContactId>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<ContactId>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<ContactId> for String {
        fn into_field(self) -> ::std::result::Result<ContactId, ::std::string::String> {
            let value = self;
            <ContactId as ::std::convert::TryFrom<String>>::try_from(value)
                .map_err(|e| format!("is invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<ContactId>> for String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<ContactId>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<ContactId>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<ContactResultError> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<ContactResultError, ::std::string::String> {
            let value = self;
            ContactResultError::parse_known(::std::convert::AsRef::<str>::as_ref(&value))
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<ContactResultError>> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<ContactResultError>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<ContactResultError>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<ContactResultError> for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<ContactResultError, ::std::string::String> {
            let value = self;
            ContactResultError::parse_known(::std::convert::AsRef::<str>::as_ref(&value))
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<ContactResultError>>
    for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<ContactResultError>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<ContactResultError>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<ContactResultId> for i64 {
        fn into_field(
            self,
        ) -> ::std::result::Result<ContactResultId, ::std::string::String> {
            let value = self;
            Ok(<ContactResultId as ::std::convert::From<i64>>::from(value))
        }
    }
    impl crate::FieldValue<::std::option::Option<ContactResultId>> for i64 {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<ContactResultId>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<ContactResultId>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<ContactResultStatus> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<ContactResultStatus, ::std::string::String> {
            let value = self;
            ContactResultStatus::parse_known(
                    ::std::convert::AsRef::<str>::as_ref(&value),
                )
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<ContactResultStatus>> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<ContactResultStatus>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<ContactResultStatus>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<ContactResultStatus> for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<ContactResultStatus, ::std::string::String> {
            let value = self;
            ContactResultStatus::parse_known(
                    ::std::convert::AsRef::<str>::as_ref(&value),
                )
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<ContactResultStatus>>
    for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<ContactResultStatus>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<ContactResultStatus>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CyclesMode> for &str {
        fn into_field(self) -> ::std::result::Result<CyclesMode, ::std::string::String> {
            let value = self;
            CyclesMode::parse_known(::std::convert::AsRef::<str>::as_ref(&value))
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<CyclesMode>> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CyclesMode>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CyclesMode>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CyclesMode> for ::std::string::String {
        fn into_field(self) -> ::std::result::Result<CyclesMode, ::std::string::String> {
            let value = self;
            CyclesMode::parse_known(::std::convert::AsRef::<str>::as_ref(&value))
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<CyclesMode>> for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CyclesMode>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CyclesMode>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<EndUserId> for ::uuid::Uuid {
        fn into_field(self) -> ::std::result::Result<EndUserId, ::std::string::String> {
            let value = self;
            Ok(<EndUserId as ::std::convert::From<::uuid::Uuid>>::from(value))
        }
    }
    impl crate::FieldValue<::std::option::Option<EndUserId>> for ::uuid::Uuid {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<EndUserId>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<EndUserId>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<EndUserIntegrationType> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<EndUserIntegrationType, ::std::string::String> {
            let value = self;
            EndUserIntegrationType::parse_known(
                    ::std::convert::AsRef::<str>::as_ref(&value),
                )
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<EndUserIntegrationType>> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<EndUserIntegrationType>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<EndUserIntegrationType>>::into_field(self)
                .map(Some)
        }
    }
    impl crate::FieldValue<EndUserIntegrationType> for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<EndUserIntegrationType, ::std::string::String> {
            let value = self;
            EndUserIntegrationType::parse_known(
                    ::std::convert::AsRef::<str>::as_ref(&value),
                )
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<EndUserIntegrationType>>
    for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<EndUserIntegrationType>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<EndUserIntegrationType>>::into_field(self)
                .map(Some)
        }
    }
    impl crate::FieldValue<ErrorError> for i32 {
        fn into_field(self) -> ::std::result::Result<ErrorError, ::std::string::String> {
            let value = self;
            Ok(<ErrorError as ::std::convert::From<i32>>::from(value))
        }
    }
    impl crate::FieldValue<::std::option::Option<ErrorError>> for i32 {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<ErrorError>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<ErrorError>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<IntegrationPublicId> for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<IntegrationPublicId, ::std::string::String> {
            let value = self;
            Ok(
                <IntegrationPublicId as ::std::convert::From<
                    ::std::string::String,
                >>::from(value),
            )
        }
    }
    impl crate::FieldValue<::std::option::Option<IntegrationPublicId>>
    for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<IntegrationPublicId>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<IntegrationPublicId>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<IntegrationType> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<IntegrationType, ::std::string::String> {
            let value = self;
            IntegrationType::parse_known(::std::convert::AsRef::<str>::as_ref(&value))
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<IntegrationType>> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<IntegrationType>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<IntegrationType>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<IntegrationType> for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<IntegrationType, ::std::string::String> {
            let value = self;
            IntegrationType::parse_known(::std::convert::AsRef::<str>::as_ref(&value))
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<IntegrationType>>
    for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<IntegrationType>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<IntegrationType>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<ListCampaignCallsStatus> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<ListCampaignCallsStatus, ::std::string::String> {
            let value = self;
            ListCampaignCallsStatus::parse_known(
                    ::std::convert::AsRef::<str>::as_ref(&value),
                )
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<ListCampaignCallsStatus>> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<ListCampaignCallsStatus>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<ListCampaignCallsStatus>>::into_field(self)
                .map(Some)
        }
    }
    impl crate::FieldValue<ListCampaignCallsStatus> for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<ListCampaignCallsStatus, ::std::string::String> {
            let value = self;
            ListCampaignCallsStatus::parse_known(
                    ::std::convert::AsRef::<str>::as_ref(&value),
                )
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<ListCampaignCallsStatus>>
    for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<ListCampaignCallsStatus>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<ListCampaignCallsStatus>>::into_field(self)
                .map(Some)
        }
    }
    impl crate::FieldValue<ListCampaignContactsDirection> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ListCampaignContactsDirection,
            ::std::string::String,
        > {
            let value = self;
            ListCampaignContactsDirection::parse_known(
                    ::std::convert::AsRef::<str>::as_ref(&value),
                )
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<ListCampaignContactsDirection>>
    for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<ListCampaignContactsDirection>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<ListCampaignContactsDirection>>::into_field(self)
                .map(Some)
        }
    }
    impl crate::FieldValue<ListCampaignContactsDirection> for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ListCampaignContactsDirection,
            ::std::string::String,
        > {
            let value = self;
            ListCampaignContactsDirection::parse_known(
                    ::std::convert::AsRef::<str>::as_ref(&value),
                )
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<ListCampaignContactsDirection>>
    for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<ListCampaignContactsDirection>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<ListCampaignContactsDirection>>::into_field(self)
                .map(Some)
        }
    }
    impl crate::FieldValue<MessageSentBy> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<MessageSentBy, ::std::string::String> {
            let value = self;
            MessageSentBy::parse_known(::std::convert::AsRef::<str>::as_ref(&value))
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<MessageSentBy>> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<MessageSentBy>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<MessageSentBy>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<MessageSentBy> for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<MessageSentBy, ::std::string::String> {
            let value = self;
            MessageSentBy::parse_known(::std::convert::AsRef::<str>::as_ref(&value))
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<MessageSentBy>>
    for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<MessageSentBy>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<MessageSentBy>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<MessageType> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<MessageType, ::std::string::String> {
            let value = self;
            MessageType::parse_known(::std::convert::AsRef::<str>::as_ref(&value))
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<MessageType>> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<MessageType>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<MessageType>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<MessageType> for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<MessageType, ::std::string::String> {
            let value = self;
            MessageType::parse_known(::std::convert::AsRef::<str>::as_ref(&value))
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<MessageType>>
    for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<MessageType>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<MessageType>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<NewCampaignName> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<NewCampaignName, ::std::string::String> {
            let value = self;
            <NewCampaignName as ::std::convert::TryFrom<&str>>::try_from(value)
                .map_err(|e| format!("is invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<NewCampaignName>> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<NewCampaignName>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<NewCampaignName>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<NewCampaignName> for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<NewCampaignName, ::std::string::String> {
            let value = self;
            <NewCampaignName as ::std::convert::TryFrom<
                ::std::string::String,
            >>::try_from(value)
                .map_err(|e| format!("is invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<NewCampaignName>>
    for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<NewCampaignName>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<NewCampaignName>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<StartCallBodyEndUserContext>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn into_field(
            self,
        ) -> ::std::result::Result<StartCallBodyEndUserContext, ::std::string::String> {
            let value = self;
            Ok(
                <StartCallBodyEndUserContext as ::std::convert::From<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >>::from(value),
            )
        }
    }
    impl crate::FieldValue<::std::option::Option<StartCallBodyEndUserContext>>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<StartCallBodyEndUserContext>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<StartCallBodyEndUserContext>>::into_field(self)
                .map(Some)
        }
    }
    impl crate::FieldValue<TagColor> for &str {
        fn into_field(self) -> ::std::result::Result<TagColor, ::std::string::String> {
            let value = self;
            TagColor::parse_known(::std::convert::AsRef::<str>::as_ref(&value))
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<TagColor>> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<TagColor>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<TagColor>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<TagColor> for ::std::string::String {
        fn into_field(self) -> ::std::result::Result<TagColor, ::std::string::String> {
            let value = self;
            TagColor::parse_known(::std::convert::AsRef::<str>::as_ref(&value))
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<TagColor>> for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<TagColor>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<TagColor>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<ThreadId> for ::std::string::String {
        fn into_field(self) -> ::std::result::Result<ThreadId, ::std::string::String> {
            let value = self;
            Ok(<ThreadId as ::std::convert::From<::std::string::String>>::from(value))
        }
    }
    impl crate::FieldValue<::std::option::Option<ThreadId>> for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<ThreadId>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<ThreadId>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<TranscriptSpeaker> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<TranscriptSpeaker, ::std::string::String> {
            let value = self;
            TranscriptSpeaker::parse_known(::std::convert::AsRef::<str>::as_ref(&value))
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<TranscriptSpeaker>> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<TranscriptSpeaker>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<TranscriptSpeaker>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<TranscriptSpeaker> for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<TranscriptSpeaker, ::std::string::String> {
            let value = self;
            TranscriptSpeaker::parse_known(::std::convert::AsRef::<str>::as_ref(&value))
                .map_err(|e| {
                    format!("must be one of {:?}, not {:?}", e.known(), e.value())
                })
        }
    }
    impl crate::FieldValue<::std::option::Option<TranscriptSpeaker>>
    for ::std::string::String {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<TranscriptSpeaker>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<TranscriptSpeaker>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<AddCampaignContactsBody>
    for builder::AddCampaignContactsBody {
        fn into_field(
            self,
        ) -> ::std::result::Result<AddCampaignContactsBody, ::std::string::String> {
            let value = self;
            <AddCampaignContactsBody as ::std::convert::TryFrom<
                builder::AddCampaignContactsBody,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<AddCampaignContactsBody>>
    for builder::AddCampaignContactsBody {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<AddCampaignContactsBody>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<AddCampaignContactsBody>>::into_field(self)
                .map(Some)
        }
    }
    impl crate::FieldValue<AddContactsResponse> for builder::AddContactsResponse {
        fn into_field(
            self,
        ) -> ::std::result::Result<AddContactsResponse, ::std::string::String> {
            let value = self;
            <AddContactsResponse as ::std::convert::TryFrom<
                builder::AddContactsResponse,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<AddContactsResponse>>
    for builder::AddContactsResponse {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<AddContactsResponse>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<AddContactsResponse>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<AddContactsResponseSummary>
    for builder::AddContactsResponseSummary {
        fn into_field(
            self,
        ) -> ::std::result::Result<AddContactsResponseSummary, ::std::string::String> {
            let value = self;
            <AddContactsResponseSummary as ::std::convert::TryFrom<
                builder::AddContactsResponseSummary,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<AddContactsResponseSummary>>
    for builder::AddContactsResponseSummary {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<AddContactsResponseSummary>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<AddContactsResponseSummary>>::into_field(self)
                .map(Some)
        }
    }
    impl crate::FieldValue<Agent> for builder::Agent {
        fn into_field(self) -> ::std::result::Result<Agent, ::std::string::String> {
            let value = self;
            <Agent as ::std::convert::TryFrom<builder::Agent>>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<Agent>> for builder::Agent {
        fn into_field(
            self,
        ) -> ::std::result::Result<::std::option::Option<Agent>, ::std::string::String> {
            <Self as crate::FieldValue<Agent>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<Call> for builder::Call {
        fn into_field(self) -> ::std::result::Result<Call, ::std::string::String> {
            let value = self;
            <Call as ::std::convert::TryFrom<builder::Call>>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<Call>> for builder::Call {
        fn into_field(
            self,
        ) -> ::std::result::Result<::std::option::Option<Call>, ::std::string::String> {
            <Self as crate::FieldValue<Call>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CallEndedEvent> for builder::CallEndedEvent {
        fn into_field(
            self,
        ) -> ::std::result::Result<CallEndedEvent, ::std::string::String> {
            let value = self;
            <CallEndedEvent as ::std::convert::TryFrom<
                builder::CallEndedEvent,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<CallEndedEvent>>
    for builder::CallEndedEvent {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CallEndedEvent>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CallEndedEvent>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<Campaign> for builder::Campaign {
        fn into_field(self) -> ::std::result::Result<Campaign, ::std::string::String> {
            let value = self;
            <Campaign as ::std::convert::TryFrom<builder::Campaign>>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<Campaign>> for builder::Campaign {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<Campaign>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<Campaign>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CampaignAgent> for builder::CampaignAgent {
        fn into_field(
            self,
        ) -> ::std::result::Result<CampaignAgent, ::std::string::String> {
            let value = self;
            <CampaignAgent as ::std::convert::TryFrom<
                builder::CampaignAgent,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignAgent>>
    for builder::CampaignAgent {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignAgent>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignAgent>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CampaignAnalytics> for builder::CampaignAnalytics {
        fn into_field(
            self,
        ) -> ::std::result::Result<CampaignAnalytics, ::std::string::String> {
            let value = self;
            <CampaignAnalytics as ::std::convert::TryFrom<
                builder::CampaignAnalytics,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignAnalytics>>
    for builder::CampaignAnalytics {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignAnalytics>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignAnalytics>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CampaignCall> for builder::CampaignCall {
        fn into_field(
            self,
        ) -> ::std::result::Result<CampaignCall, ::std::string::String> {
            let value = self;
            <CampaignCall as ::std::convert::TryFrom<
                builder::CampaignCall,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignCall>>
    for builder::CampaignCall {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignCall>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignCall>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CampaignCallContact> for builder::CampaignCallContact {
        fn into_field(
            self,
        ) -> ::std::result::Result<CampaignCallContact, ::std::string::String> {
            let value = self;
            <CampaignCallContact as ::std::convert::TryFrom<
                builder::CampaignCallContact,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignCallContact>>
    for builder::CampaignCallContact {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignCallContact>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignCallContact>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CampaignContact> for builder::CampaignContact {
        fn into_field(
            self,
        ) -> ::std::result::Result<CampaignContact, ::std::string::String> {
            let value = self;
            <CampaignContact as ::std::convert::TryFrom<
                builder::CampaignContact,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignContact>>
    for builder::CampaignContact {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignContact>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignContact>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CampaignCycle> for builder::CampaignCycle {
        fn into_field(
            self,
        ) -> ::std::result::Result<CampaignCycle, ::std::string::String> {
            let value = self;
            <CampaignCycle as ::std::convert::TryFrom<
                builder::CampaignCycle,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignCycle>>
    for builder::CampaignCycle {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignCycle>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignCycle>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CampaignCycleCompletedEvent>
    for builder::CampaignCycleCompletedEvent {
        fn into_field(
            self,
        ) -> ::std::result::Result<CampaignCycleCompletedEvent, ::std::string::String> {
            let value = self;
            <CampaignCycleCompletedEvent as ::std::convert::TryFrom<
                builder::CampaignCycleCompletedEvent,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignCycleCompletedEvent>>
    for builder::CampaignCycleCompletedEvent {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignCycleCompletedEvent>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignCycleCompletedEvent>>::into_field(self)
                .map(Some)
        }
    }
    impl crate::FieldValue<CampaignIntegration> for builder::CampaignIntegration {
        fn into_field(
            self,
        ) -> ::std::result::Result<CampaignIntegration, ::std::string::String> {
            let value = self;
            <CampaignIntegration as ::std::convert::TryFrom<
                builder::CampaignIntegration,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignIntegration>>
    for builder::CampaignIntegration {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignIntegration>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignIntegration>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CampaignList> for builder::CampaignList {
        fn into_field(
            self,
        ) -> ::std::result::Result<CampaignList, ::std::string::String> {
            let value = self;
            <CampaignList as ::std::convert::TryFrom<
                builder::CampaignList,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignList>>
    for builder::CampaignList {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignList>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignList>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CampaignListItem> for builder::CampaignListItem {
        fn into_field(
            self,
        ) -> ::std::result::Result<CampaignListItem, ::std::string::String> {
            let value = self;
            <CampaignListItem as ::std::convert::TryFrom<
                builder::CampaignListItem,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignListItem>>
    for builder::CampaignListItem {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignListItem>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignListItem>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CampaignResponse> for builder::CampaignResponse {
        fn into_field(
            self,
        ) -> ::std::result::Result<CampaignResponse, ::std::string::String> {
            let value = self;
            <CampaignResponse as ::std::convert::TryFrom<
                builder::CampaignResponse,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignResponse>>
    for builder::CampaignResponse {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignResponse>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignResponse>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CampaignSettings> for builder::CampaignSettings {
        fn into_field(
            self,
        ) -> ::std::result::Result<CampaignSettings, ::std::string::String> {
            let value = self;
            <CampaignSettings as ::std::convert::TryFrom<
                builder::CampaignSettings,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignSettings>>
    for builder::CampaignSettings {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignSettings>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignSettings>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CampaignStatusChange> for builder::CampaignStatusChange {
        fn into_field(
            self,
        ) -> ::std::result::Result<CampaignStatusChange, ::std::string::String> {
            let value = self;
            <CampaignStatusChange as ::std::convert::TryFrom<
                builder::CampaignStatusChange,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignStatusChange>>
    for builder::CampaignStatusChange {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignStatusChange>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignStatusChange>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CampaignStatusChangedEvent>
    for builder::CampaignStatusChangedEvent {
        fn into_field(
            self,
        ) -> ::std::result::Result<CampaignStatusChangedEvent, ::std::string::String> {
            let value = self;
            <CampaignStatusChangedEvent as ::std::convert::TryFrom<
                builder::CampaignStatusChangedEvent,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignStatusChangedEvent>>
    for builder::CampaignStatusChangedEvent {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignStatusChangedEvent>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignStatusChangedEvent>>::into_field(self)
                .map(Some)
        }
    }
    impl crate::FieldValue<CampaignUpdate> for builder::CampaignUpdate {
        fn into_field(
            self,
        ) -> ::std::result::Result<CampaignUpdate, ::std::string::String> {
            let value = self;
            <CampaignUpdate as ::std::convert::TryFrom<
                builder::CampaignUpdate,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignUpdate>>
    for builder::CampaignUpdate {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignUpdate>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignUpdate>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<ContactResult> for builder::ContactResult {
        fn into_field(
            self,
        ) -> ::std::result::Result<ContactResult, ::std::string::String> {
            let value = self;
            <ContactResult as ::std::convert::TryFrom<
                builder::ContactResult,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<ContactResult>>
    for builder::ContactResult {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<ContactResult>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<ContactResult>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<Cycles> for builder::Cycles {
        fn into_field(self) -> ::std::result::Result<Cycles, ::std::string::String> {
            let value = self;
            <Cycles as ::std::convert::TryFrom<builder::Cycles>>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<Cycles>> for builder::Cycles {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<Cycles>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<Cycles>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CyclesUpdate> for builder::CyclesUpdate {
        fn into_field(
            self,
        ) -> ::std::result::Result<CyclesUpdate, ::std::string::String> {
            let value = self;
            <CyclesUpdate as ::std::convert::TryFrom<
                builder::CyclesUpdate,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<CyclesUpdate>>
    for builder::CyclesUpdate {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CyclesUpdate>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CyclesUpdate>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<DaySchedule> for builder::DaySchedule {
        fn into_field(
            self,
        ) -> ::std::result::Result<DaySchedule, ::std::string::String> {
            let value = self;
            <DaySchedule as ::std::convert::TryFrom<
                builder::DaySchedule,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<DaySchedule>> for builder::DaySchedule {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<DaySchedule>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<DaySchedule>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<EndUser> for builder::EndUser {
        fn into_field(self) -> ::std::result::Result<EndUser, ::std::string::String> {
            let value = self;
            <EndUser as ::std::convert::TryFrom<builder::EndUser>>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<EndUser>> for builder::EndUser {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<EndUser>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<EndUser>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<EndUserData> for builder::EndUserData {
        fn into_field(
            self,
        ) -> ::std::result::Result<EndUserData, ::std::string::String> {
            let value = self;
            <EndUserData as ::std::convert::TryFrom<
                builder::EndUserData,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<EndUserData>> for builder::EndUserData {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<EndUserData>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<EndUserData>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<Error> for builder::Error {
        fn into_field(self) -> ::std::result::Result<Error, ::std::string::String> {
            let value = self;
            <Error as ::std::convert::TryFrom<builder::Error>>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<Error>> for builder::Error {
        fn into_field(
            self,
        ) -> ::std::result::Result<::std::option::Option<Error>, ::std::string::String> {
            <Self as crate::FieldValue<Error>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<Integration> for builder::Integration {
        fn into_field(
            self,
        ) -> ::std::result::Result<Integration, ::std::string::String> {
            let value = self;
            <Integration as ::std::convert::TryFrom<
                builder::Integration,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<Integration>> for builder::Integration {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<Integration>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<Integration>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<ListCampaignCallsResponse>
    for builder::ListCampaignCallsResponse {
        fn into_field(
            self,
        ) -> ::std::result::Result<ListCampaignCallsResponse, ::std::string::String> {
            let value = self;
            <ListCampaignCallsResponse as ::std::convert::TryFrom<
                builder::ListCampaignCallsResponse,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<ListCampaignCallsResponse>>
    for builder::ListCampaignCallsResponse {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<ListCampaignCallsResponse>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<ListCampaignCallsResponse>>::into_field(self)
                .map(Some)
        }
    }
    impl crate::FieldValue<ListCampaignContactsResponse>
    for builder::ListCampaignContactsResponse {
        fn into_field(
            self,
        ) -> ::std::result::Result<ListCampaignContactsResponse, ::std::string::String> {
            let value = self;
            <ListCampaignContactsResponse as ::std::convert::TryFrom<
                builder::ListCampaignContactsResponse,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<ListCampaignContactsResponse>>
    for builder::ListCampaignContactsResponse {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<ListCampaignContactsResponse>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<ListCampaignContactsResponse>>::into_field(self)
                .map(Some)
        }
    }
    impl crate::FieldValue<Message> for builder::Message {
        fn into_field(self) -> ::std::result::Result<Message, ::std::string::String> {
            let value = self;
            <Message as ::std::convert::TryFrom<builder::Message>>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<Message>> for builder::Message {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<Message>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<Message>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<MessageResponse> for builder::MessageResponse {
        fn into_field(
            self,
        ) -> ::std::result::Result<MessageResponse, ::std::string::String> {
            let value = self;
            <MessageResponse as ::std::convert::TryFrom<
                builder::MessageResponse,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<MessageResponse>>
    for builder::MessageResponse {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<MessageResponse>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<MessageResponse>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<NewCampaign> for builder::NewCampaign {
        fn into_field(
            self,
        ) -> ::std::result::Result<NewCampaign, ::std::string::String> {
            let value = self;
            <NewCampaign as ::std::convert::TryFrom<
                builder::NewCampaign,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<NewCampaign>> for builder::NewCampaign {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<NewCampaign>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<NewCampaign>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<NewContact> for builder::NewContact {
        fn into_field(self) -> ::std::result::Result<NewContact, ::std::string::String> {
            let value = self;
            <NewContact as ::std::convert::TryFrom<builder::NewContact>>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<NewContact>> for builder::NewContact {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<NewContact>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<NewContact>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<Pagination> for builder::Pagination {
        fn into_field(self) -> ::std::result::Result<Pagination, ::std::string::String> {
            let value = self;
            <Pagination as ::std::convert::TryFrom<builder::Pagination>>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<Pagination>> for builder::Pagination {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<Pagination>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<Pagination>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<RetrieveCampaignContactResponse>
    for builder::RetrieveCampaignContactResponse {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            RetrieveCampaignContactResponse,
            ::std::string::String,
        > {
            let value = self;
            <RetrieveCampaignContactResponse as ::std::convert::TryFrom<
                builder::RetrieveCampaignContactResponse,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<RetrieveCampaignContactResponse>>
    for builder::RetrieveCampaignContactResponse {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<RetrieveCampaignContactResponse>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<
                RetrieveCampaignContactResponse,
            >>::into_field(self)
                .map(Some)
        }
    }
    impl crate::FieldValue<Scheduling> for builder::Scheduling {
        fn into_field(self) -> ::std::result::Result<Scheduling, ::std::string::String> {
            let value = self;
            <Scheduling as ::std::convert::TryFrom<builder::Scheduling>>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<Scheduling>> for builder::Scheduling {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<Scheduling>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<Scheduling>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<SendMessageBody> for builder::SendMessageBody {
        fn into_field(
            self,
        ) -> ::std::result::Result<SendMessageBody, ::std::string::String> {
            let value = self;
            <SendMessageBody as ::std::convert::TryFrom<
                builder::SendMessageBody,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<SendMessageBody>>
    for builder::SendMessageBody {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<SendMessageBody>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<SendMessageBody>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<StartCallBody> for builder::StartCallBody {
        fn into_field(
            self,
        ) -> ::std::result::Result<StartCallBody, ::std::string::String> {
            let value = self;
            <StartCallBody as ::std::convert::TryFrom<
                builder::StartCallBody,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<StartCallBody>>
    for builder::StartCallBody {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<StartCallBody>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<StartCallBody>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<Tag> for builder::Tag {
        fn into_field(self) -> ::std::result::Result<Tag, ::std::string::String> {
            let value = self;
            <Tag as ::std::convert::TryFrom<builder::Tag>>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<Tag>> for builder::Tag {
        fn into_field(
            self,
        ) -> ::std::result::Result<::std::option::Option<Tag>, ::std::string::String> {
            <Self as crate::FieldValue<Tag>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<Thread> for builder::Thread {
        fn into_field(self) -> ::std::result::Result<Thread, ::std::string::String> {
            let value = self;
            <Thread as ::std::convert::TryFrom<builder::Thread>>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<Thread>> for builder::Thread {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<Thread>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<Thread>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<TranscriptEntry> for builder::TranscriptEntry {
        fn into_field(
            self,
        ) -> ::std::result::Result<TranscriptEntry, ::std::string::String> {
            let value = self;
            <TranscriptEntry as ::std::convert::TryFrom<
                builder::TranscriptEntry,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<TranscriptEntry>>
    for builder::TranscriptEntry {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<TranscriptEntry>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<TranscriptEntry>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<User> for builder::User {
        fn into_field(self) -> ::std::result::Result<User, ::std::string::String> {
            let value = self;
            <User as ::std::convert::TryFrom<builder::User>>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<User>> for builder::User {
        fn into_field(
            self,
        ) -> ::std::result::Result<::std::option::Option<User>, ::std::string::String> {
            <Self as crate::FieldValue<User>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<WebhookAgent> for builder::WebhookAgent {
        fn into_field(
            self,
        ) -> ::std::result::Result<WebhookAgent, ::std::string::String> {
            let value = self;
            <WebhookAgent as ::std::convert::TryFrom<
                builder::WebhookAgent,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<WebhookAgent>>
    for builder::WebhookAgent {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<WebhookAgent>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<WebhookAgent>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<WebhookCampaign> for builder::WebhookCampaign {
        fn into_field(
            self,
        ) -> ::std::result::Result<WebhookCampaign, ::std::string::String> {
            let value = self;
            <WebhookCampaign as ::std::convert::TryFrom<
                builder::WebhookCampaign,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<WebhookCampaign>>
    for builder::WebhookCampaign {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<WebhookCampaign>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<WebhookCampaign>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<WebhookCampaignUser> for builder::WebhookCampaignUser {
        fn into_field(
            self,
        ) -> ::std::result::Result<WebhookCampaignUser, ::std::string::String> {
            let value = self;
            <WebhookCampaignUser as ::std::convert::TryFrom<
                builder::WebhookCampaignUser,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<WebhookCampaignUser>>
    for builder::WebhookCampaignUser {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<WebhookCampaignUser>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<WebhookCampaignUser>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<WebhookEndUser> for builder::WebhookEndUser {
        fn into_field(
            self,
        ) -> ::std::result::Result<WebhookEndUser, ::std::string::String> {
            let value = self;
            <WebhookEndUser as ::std::convert::TryFrom<
                builder::WebhookEndUser,
            >>::try_from(value)
                .map_err(|e| format!("is incomplete or invalid: {e}"))
        }
    }
    impl crate::FieldValue<::std::option::Option<WebhookEndUser>>
    for builder::WebhookEndUser {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<WebhookEndUser>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<WebhookEndUser>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<AgentId> for &AgentId {
        fn into_field(self) -> ::std::result::Result<AgentId, ::std::string::String> {
            let value = self;
            Ok(<AgentId as ::std::convert::From<&AgentId>>::from(value))
        }
    }
    impl crate::FieldValue<::std::option::Option<AgentId>> for &AgentId {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<AgentId>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<AgentId>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<AgentPublicId> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<AgentPublicId, ::std::string::String> {
            let value = self;
            Ok(<AgentPublicId as ::std::convert::From<&str>>::from(value))
        }
    }
    impl crate::FieldValue<::std::option::Option<AgentPublicId>> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<AgentPublicId>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<AgentPublicId>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<AgentPublicId> for &AgentPublicId {
        fn into_field(
            self,
        ) -> ::std::result::Result<AgentPublicId, ::std::string::String> {
            let value = self;
            Ok(<AgentPublicId as ::std::convert::From<&AgentPublicId>>::from(value))
        }
    }
    impl crate::FieldValue<::std::option::Option<AgentPublicId>> for &AgentPublicId {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<AgentPublicId>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<AgentPublicId>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CallId> for &str {
        fn into_field(self) -> ::std::result::Result<CallId, ::std::string::String> {
            let value = self;
            Ok(<CallId as ::std::convert::From<&str>>::from(value))
        }
    }
    impl crate::FieldValue<::std::option::Option<CallId>> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CallId>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CallId>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CallId> for &CallId {
        fn into_field(self) -> ::std::result::Result<CallId, ::std::string::String> {
            let value = self;
            Ok(<CallId as ::std::convert::From<&CallId>>::from(value))
        }
    }
    impl crate::FieldValue<::std::option::Option<CallId>> for &CallId {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CallId>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CallId>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<CampaignId> for &CampaignId {
        fn into_field(self) -> ::std::result::Result<CampaignId, ::std::string::String> {
            let value = self;
            Ok(<CampaignId as ::std::convert::From<&CampaignId>>::from(value))
        }
    }
    impl crate::FieldValue<::std::option::Option<CampaignId>> for &CampaignId {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<CampaignId>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<CampaignId>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<ContactId> for &ContactId {
        fn into_field(self) -> ::std::result::Result<ContactId, ::std::string::String> {
            let value = self;
            Ok(<ContactId as ::std::convert::From<&ContactId>>::from(value))
        }
    }
    impl crate::FieldValue<::std::option::Option<ContactId>> for &ContactId {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<ContactId>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<ContactId>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<EndUserId> for &EndUserId {
        fn into_field(self) -> ::std::result::Result<EndUserId, ::std::string::String> {
            let value = self;
            Ok(<EndUserId as ::std::convert::From<&EndUserId>>::from(value))
        }
    }
    impl crate::FieldValue<::std::option::Option<EndUserId>> for &EndUserId {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<EndUserId>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<EndUserId>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<IntegrationPublicId> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<IntegrationPublicId, ::std::string::String> {
            let value = self;
            Ok(<IntegrationPublicId as ::std::convert::From<&str>>::from(value))
        }
    }
    impl crate::FieldValue<::std::option::Option<IntegrationPublicId>> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<IntegrationPublicId>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<IntegrationPublicId>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<IntegrationPublicId> for &IntegrationPublicId {
        fn into_field(
            self,
        ) -> ::std::result::Result<IntegrationPublicId, ::std::string::String> {
            let value = self;
            Ok(
                <IntegrationPublicId as ::std::convert::From<
                    &IntegrationPublicId,
                >>::from(value),
            )
        }
    }
    impl crate::FieldValue<::std::option::Option<IntegrationPublicId>>
    for &IntegrationPublicId {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<IntegrationPublicId>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<IntegrationPublicId>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<ThreadId> for &str {
        fn into_field(self) -> ::std::result::Result<ThreadId, ::std::string::String> {
            let value = self;
            Ok(<ThreadId as ::std::convert::From<&str>>::from(value))
        }
    }
    impl crate::FieldValue<::std::option::Option<ThreadId>> for &str {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<ThreadId>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<ThreadId>>::into_field(self).map(Some)
        }
    }
    impl crate::FieldValue<ThreadId> for &ThreadId {
        fn into_field(self) -> ::std::result::Result<ThreadId, ::std::string::String> {
            let value = self;
            Ok(<ThreadId as ::std::convert::From<&ThreadId>>::from(value))
        }
    }
    impl crate::FieldValue<::std::option::Option<ThreadId>> for &ThreadId {
        fn into_field(
            self,
        ) -> ::std::result::Result<
            ::std::option::Option<ThreadId>,
            ::std::string::String,
        > {
            <Self as crate::FieldValue<ThreadId>>::into_field(self).map(Some)
        }
    }
}
