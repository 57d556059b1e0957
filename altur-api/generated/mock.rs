// Generated from altur.yaml by altur-api's codegen/: never edit it by hand.
// `cargo xtask spec build` writes it. The packaged crate compiles it as it
// is; the workspace's build (feature `codegen`) generates it afresh.
// fingerprint: 3f90cf625c3c89c2

pub mod operations {
    //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
    //! wrappers for each operation. Each can be converted to
    //! its inner type with a call to `into_inner()`. This can
    //! be used to explicitly deviate from permitted values.
    use crate::*;
    pub struct RetrieveCampaignContactWhen(::httpmock::When);
    impl RetrieveCampaignContactWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/campaigns/[^/]*/contacts/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &types::CampaignId) -> Self {
            let re = regex::Regex::new(
                    &format!("^/campaigns/{}/contacts/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn contact_id(self, value: &types::ContactId) -> Self {
            let re = regex::Regex::new(
                    &format!("^/campaigns/.*/contacts/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct RetrieveCampaignContactThen(::httpmock::Then);
    impl RetrieveCampaignContactThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::RetrieveCampaignContactResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct DeleteCampaignContactWhen(::httpmock::When);
    impl DeleteCampaignContactWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/campaigns/[^/]*/contacts/[^/]*$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &types::CampaignId) -> Self {
            let re = regex::Regex::new(
                    &format!("^/campaigns/{}/contacts/.*$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn contact_id(self, value: &types::ContactId) -> Self {
            let re = regex::Regex::new(
                    &format!("^/campaigns/.*/contacts/{}$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct DeleteCampaignContactThen(::httpmock::Then);
    impl DeleteCampaignContactThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn success(self, status: u16) -> Self {
            assert_eq!(status / 100u16, 2u16);
            Self(self.0.status(status))
        }
        pub fn conflict(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(409u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct RetrieveCallWhen(::httpmock::When);
    impl RetrieveCallWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/call/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &types::CallId) -> Self {
            let re = regex::Regex::new(&format!("^/call/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct RetrieveCallThen(::httpmock::Then);
    impl RetrieveCallThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Call) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListCampaignsWhen(::httpmock::When);
    impl ListCampaignsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/campaigns$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn agent_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::AgentId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("agentId", value.to_string()))
            } else {
                Self(self.0.query_param_missing("agentId"))
            }
        }
        pub fn cursor<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("cursor", value.to_string()))
            } else {
                Self(self.0.query_param_missing("cursor"))
            }
        }
        pub fn end_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("endDate", value.to_string()))
            } else {
                Self(self.0.query_param_missing("endDate"))
            }
        }
        pub fn integration<T>(self, value: T) -> Self
        where
            T: Into<Option<types::CampaignChannel>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("integration", value.to_string()))
            } else {
                Self(self.0.query_param_missing("integration"))
            }
        }
        pub fn page_index<T>(self, value: T) -> Self
        where
            T: Into<Option<u64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("pageIndex", value.to_string()))
            } else {
                Self(self.0.query_param_missing("pageIndex"))
            }
        }
        pub fn page_size<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("pageSize", value.to_string()))
            } else {
                Self(self.0.query_param_missing("pageSize"))
            }
        }
        pub fn start_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("startDate", value.to_string()))
            } else {
                Self(self.0.query_param_missing("startDate"))
            }
        }
        pub fn status<T>(self, value: T) -> Self
        where
            T: Into<Option<types::CampaignStatus>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("status", value.to_string()))
            } else {
                Self(self.0.query_param_missing("status"))
            }
        }
    }
    pub struct ListCampaignsThen(::httpmock::Then);
    impl ListCampaignsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn success(self, status: u16, value: &types::CampaignList) -> Self {
            assert_eq!(status / 100u16, 2u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CreateCampaignWhen(::httpmock::When);
    impl CreateCampaignWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/campaigns$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn idempotency_key<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("Idempotency-Key", value.to_string()))
            } else {
                Self(self.0.header_missing("Idempotency-Key"))
            }
        }
        pub fn body(self, value: &types::NewCampaign) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateCampaignThen(::httpmock::Then);
    impl CreateCampaignThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn success(self, status: u16, value: &types::CampaignResponse) -> Self {
            assert_eq!(status / 100u16, 2u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct RetrieveCampaignWhen(::httpmock::When);
    impl RetrieveCampaignWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/campaigns/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &types::CampaignId) -> Self {
            let re = regex::Regex::new(&format!("^/campaigns/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct RetrieveCampaignThen(::httpmock::Then);
    impl RetrieveCampaignThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CampaignResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct UpdateCampaignWhen(::httpmock::When);
    impl UpdateCampaignWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(regex::Regex::new("^/campaigns/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &types::CampaignId) -> Self {
            let re = regex::Regex::new(&format!("^/campaigns/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::CampaignUpdate) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateCampaignThen(::httpmock::Then);
    impl UpdateCampaignThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn success(self, status: u16, value: &types::CampaignResponse) -> Self {
            assert_eq!(status / 100u16, 2u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn conflict(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(409u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListCampaignCallsWhen(::httpmock::When);
    impl ListCampaignCallsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/campaigns/[^/]*/calls$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &types::CampaignId) -> Self {
            let re = regex::Regex::new(
                    &format!("^/campaigns/{}/calls$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn answered_by<T>(self, value: T) -> Self
        where
            T: Into<Option<types::AnsweredBy>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("answeredBy", value.to_string()))
            } else {
                Self(self.0.query_param_missing("answeredBy"))
            }
        }
        pub fn end_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("endDate", value.to_string()))
            } else {
                Self(self.0.query_param_missing("endDate"))
            }
        }
        pub fn page_index<T>(self, value: T) -> Self
        where
            T: Into<Option<u64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("pageIndex", value.to_string()))
            } else {
                Self(self.0.query_param_missing("pageIndex"))
            }
        }
        pub fn page_size<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("pageSize", value.to_string()))
            } else {
                Self(self.0.query_param_missing("pageSize"))
            }
        }
        pub fn start_date<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("startDate", value.to_string()))
            } else {
                Self(self.0.query_param_missing("startDate"))
            }
        }
        pub fn status<T>(self, value: T) -> Self
        where
            T: Into<Option<types::ListCampaignCallsStatus>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("status", value.to_string()))
            } else {
                Self(self.0.query_param_missing("status"))
            }
        }
    }
    pub struct ListCampaignCallsThen(::httpmock::Then);
    impl ListCampaignCallsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListCampaignCallsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListCampaignContactsWhen(::httpmock::When);
    impl ListCampaignContactsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/campaigns/[^/]*/contacts$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &types::CampaignId) -> Self {
            let re = regex::Regex::new(
                    &format!("^/campaigns/{}/contacts$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn cursor<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("cursor", value.to_string()))
            } else {
                Self(self.0.query_param_missing("cursor"))
            }
        }
        pub fn direction<T>(self, value: T) -> Self
        where
            T: Into<Option<types::ListCampaignContactsDirection>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("direction", value.to_string()))
            } else {
                Self(self.0.query_param_missing("direction"))
            }
        }
        pub fn page_index<T>(self, value: T) -> Self
        where
            T: Into<Option<i64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("pageIndex", value.to_string()))
            } else {
                Self(self.0.query_param_missing("pageIndex"))
            }
        }
        pub fn page_size<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("pageSize", value.to_string()))
            } else {
                Self(self.0.query_param_missing("pageSize"))
            }
        }
        pub fn status<T>(self, value: T) -> Self
        where
            T: Into<Option<types::CampaignContactStatus>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("status", value.to_string()))
            } else {
                Self(self.0.query_param_missing("status"))
            }
        }
    }
    pub struct ListCampaignContactsThen(::httpmock::Then);
    impl ListCampaignContactsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListCampaignContactsResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct AddCampaignContactsWhen(::httpmock::When);
    impl AddCampaignContactsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/campaigns/[^/]*/contacts$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &types::CampaignId) -> Self {
            let re = regex::Regex::new(
                    &format!("^/campaigns/{}/contacts$", value.to_string()),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn idempotency_key<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a str>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.header("Idempotency-Key", value.to_string()))
            } else {
                Self(self.0.header_missing("Idempotency-Key"))
            }
        }
        pub fn body(self, value: &types::AddCampaignContactsBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct AddCampaignContactsThen(::httpmock::Then);
    impl AddCampaignContactsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn success(self, status: u16, value: &types::AddContactsResponse) -> Self {
            assert_eq!(status / 100u16, 2u16);
            Self(
                self
                    .0
                    .status(status)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct RetrieveEndUserWhen(::httpmock::When);
    impl RetrieveEndUserWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/enduser/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &types::EndUserId) -> Self {
            let re = regex::Regex::new(&format!("^/enduser/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct RetrieveEndUserThen(::httpmock::Then);
    impl RetrieveEndUserThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::EndUser) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct UpdateEndUserWhen(::httpmock::When);
    impl UpdateEndUserWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/enduser/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &types::EndUserId) -> Self {
            let re = regex::Regex::new(&format!("^/enduser/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn body(self, value: &types::EndUserData) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateEndUserThen(::httpmock::Then);
    impl UpdateEndUserThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::EndUser) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetMessagesWhen(::httpmock::When);
    impl GetMessagesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/message/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn thread_id(self, value: &types::ThreadId) -> Self {
            let re = regex::Regex::new(&format!("^/message/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct GetMessagesThen(::httpmock::Then);
    impl GetMessagesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &::std::vec::Vec<types::Message>) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct RetrieveThreadWhen(::httpmock::When);
    impl RetrieveThreadWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/thread/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &types::ThreadId) -> Self {
            let re = regex::Regex::new(&format!("^/thread/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct RetrieveThreadThen(::httpmock::Then);
    impl RetrieveThreadThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Thread) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct StartCallWhen(::httpmock::When);
    impl StartCallWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/call$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::StartCallBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct StartCallThen(::httpmock::Then);
    impl StartCallThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::Call) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CampaignActionWhen(::httpmock::When);
    impl CampaignActionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/campaigns/[^/]*/[^/]*$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn id(self, value: &types::CampaignId) -> Self {
            let re = regex::Regex::new(&format!("^/campaigns/{}/.*$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn action(self, value: types::CampaignActionAction) -> Self {
            let re = regex::Regex::new(&format!("^/campaigns/.*/{}$", value.to_string()))
                .unwrap();
            Self(self.0.path_matches(re))
        }
    }
    pub struct CampaignActionThen(::httpmock::Then);
    impl CampaignActionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CampaignResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn payment_required(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(402u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn conflict(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(409u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CreateEndUserWhen(::httpmock::When);
    impl CreateEndUserWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/enduser$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::EndUserData) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateEndUserThen(::httpmock::Then);
    impl CreateEndUserThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::EndUser) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct SendMessageWhen(::httpmock::When);
    impl SendMessageWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/message$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::SendMessageBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct SendMessageThen(::httpmock::Then);
    impl SendMessageThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::MessageResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unauthorized(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(401u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::Error) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
}
/// An extension trait for [`MockServer`](::httpmock::MockServer) that
/// adds a method for each operation. These are the equivalent of
/// type-checked [`mock()`](::httpmock::MockServer::mock) calls.
pub trait MockServerExt {
    fn retrieve_campaign_contact<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RetrieveCampaignContactWhen,
            operations::RetrieveCampaignContactThen,
        );
    fn delete_campaign_contact<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteCampaignContactWhen,
            operations::DeleteCampaignContactThen,
        );
    fn retrieve_call<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RetrieveCallWhen, operations::RetrieveCallThen);
    fn list_campaigns<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCampaignsWhen, operations::ListCampaignsThen);
    fn create_campaign<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateCampaignWhen, operations::CreateCampaignThen);
    fn retrieve_campaign<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RetrieveCampaignWhen, operations::RetrieveCampaignThen);
    fn update_campaign<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateCampaignWhen, operations::UpdateCampaignThen);
    fn list_campaign_calls<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCampaignCallsWhen, operations::ListCampaignCallsThen);
    fn list_campaign_contacts<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListCampaignContactsWhen,
            operations::ListCampaignContactsThen,
        );
    fn add_campaign_contacts<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::AddCampaignContactsWhen,
            operations::AddCampaignContactsThen,
        );
    fn retrieve_end_user<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RetrieveEndUserWhen, operations::RetrieveEndUserThen);
    fn update_end_user<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateEndUserWhen, operations::UpdateEndUserThen);
    fn get_messages<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetMessagesWhen, operations::GetMessagesThen);
    fn retrieve_thread<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RetrieveThreadWhen, operations::RetrieveThreadThen);
    fn start_call<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::StartCallWhen, operations::StartCallThen);
    fn campaign_action<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CampaignActionWhen, operations::CampaignActionThen);
    fn create_end_user<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateEndUserWhen, operations::CreateEndUserThen);
    fn send_message<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::SendMessageWhen, operations::SendMessageThen);
}
impl MockServerExt for ::httpmock::MockServer {
    fn retrieve_campaign_contact<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RetrieveCampaignContactWhen,
            operations::RetrieveCampaignContactThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RetrieveCampaignContactWhen::new(when),
                operations::RetrieveCampaignContactThen::new(then),
            )
        })
    }
    fn delete_campaign_contact<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteCampaignContactWhen,
            operations::DeleteCampaignContactThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteCampaignContactWhen::new(when),
                operations::DeleteCampaignContactThen::new(then),
            )
        })
    }
    fn retrieve_call<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RetrieveCallWhen, operations::RetrieveCallThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RetrieveCallWhen::new(when),
                operations::RetrieveCallThen::new(then),
            )
        })
    }
    fn list_campaigns<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCampaignsWhen, operations::ListCampaignsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListCampaignsWhen::new(when),
                operations::ListCampaignsThen::new(then),
            )
        })
    }
    fn create_campaign<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateCampaignWhen, operations::CreateCampaignThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateCampaignWhen::new(when),
                operations::CreateCampaignThen::new(then),
            )
        })
    }
    fn retrieve_campaign<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RetrieveCampaignWhen, operations::RetrieveCampaignThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RetrieveCampaignWhen::new(when),
                operations::RetrieveCampaignThen::new(then),
            )
        })
    }
    fn update_campaign<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateCampaignWhen, operations::UpdateCampaignThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateCampaignWhen::new(when),
                operations::UpdateCampaignThen::new(then),
            )
        })
    }
    fn list_campaign_calls<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCampaignCallsWhen, operations::ListCampaignCallsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListCampaignCallsWhen::new(when),
                operations::ListCampaignCallsThen::new(then),
            )
        })
    }
    fn list_campaign_contacts<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListCampaignContactsWhen,
            operations::ListCampaignContactsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListCampaignContactsWhen::new(when),
                operations::ListCampaignContactsThen::new(then),
            )
        })
    }
    fn add_campaign_contacts<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::AddCampaignContactsWhen,
            operations::AddCampaignContactsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::AddCampaignContactsWhen::new(when),
                operations::AddCampaignContactsThen::new(then),
            )
        })
    }
    fn retrieve_end_user<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RetrieveEndUserWhen, operations::RetrieveEndUserThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RetrieveEndUserWhen::new(when),
                operations::RetrieveEndUserThen::new(then),
            )
        })
    }
    fn update_end_user<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateEndUserWhen, operations::UpdateEndUserThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateEndUserWhen::new(when),
                operations::UpdateEndUserThen::new(then),
            )
        })
    }
    fn get_messages<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetMessagesWhen, operations::GetMessagesThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetMessagesWhen::new(when),
                operations::GetMessagesThen::new(then),
            )
        })
    }
    fn retrieve_thread<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::RetrieveThreadWhen, operations::RetrieveThreadThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RetrieveThreadWhen::new(when),
                operations::RetrieveThreadThen::new(then),
            )
        })
    }
    fn start_call<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::StartCallWhen, operations::StartCallThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::StartCallWhen::new(when),
                operations::StartCallThen::new(then),
            )
        })
    }
    fn campaign_action<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CampaignActionWhen, operations::CampaignActionThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CampaignActionWhen::new(when),
                operations::CampaignActionThen::new(then),
            )
        })
    }
    fn create_end_user<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateEndUserWhen, operations::CreateEndUserThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateEndUserWhen::new(when),
                operations::CreateEndUserThen::new(then),
            )
        })
    }
    fn send_message<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::SendMessageWhen, operations::SendMessageThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::SendMessageWhen::new(when),
                operations::SendMessageThen::new(then),
            )
        })
    }
}
