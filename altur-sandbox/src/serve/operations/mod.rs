//! One handler per operation of the spec, by family (one file each). A
//! request reaching a handler has been routed, authenticated and checked
//! against the spec's schemas (`serve/pipeline.rs`); the handler reads what
//! it needs of it, finds what it names (the documented 404 where it cannot),
//! calls the rule (`rules/`), and answers in the spec's types
//! (`serve/render.rs`). A rule of the docs beyond the schemas goes in the
//! rules, not here.

mod calls;
mod campaigns;
mod contacts;
mod end_users;
mod lifecycle;
mod messages;

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use crate::gate::api_error::ApiError;
use crate::gate::built::built;
use crate::gate::spec::{Location, Operation};
use crate::model::context::Ctx;
use crate::model::state::State;

/// A checked request, as the handlers see it.
pub struct Input<'a> {
    pub operation: &'a Operation,
    /// Path and query parameters, read as their schemas type them.
    pub path: BTreeMap<String, Value>,
    pub query: BTreeMap<String, Value>,
    /// The JSON body (`Null` without one).
    pub body: Value,
}

impl Input<'_> {
    pub fn path_int(&self, name: &str) -> i64 {
        self.path.get(name).and_then(Value::as_i64).unwrap_or(-1)
    }

    pub fn path_str(&self, name: &str) -> &str {
        self.path.get(name).and_then(Value::as_str).unwrap_or("")
    }

    pub fn query_str(&self, name: &str) -> Option<&str> {
        self.query.get(name).and_then(Value::as_str)
    }

    pub fn query_int(&self, name: &str) -> Option<i64> {
        self.query.get(name).and_then(Value::as_i64)
    }

    /// A query parameter as an integer: as sent, else the spec's default.
    pub fn query_int_or_default(&self, name: &str) -> Option<i64> {
        self.query_int(name).or_else(|| {
            self.operation
                .parameters
                .iter()
                .find(|p| p.name == name && p.location == Location::Query)?
                .default
                .as_ref()?
                .as_i64()
        })
    }

    /// The body as one of the spec's types; it met the type's schema, so
    /// this fails only where the spec and the generated types disagree.
    pub fn body_as<T: serde::de::DeserializeOwned>(&self) -> Result<T, ApiError> {
        T::deserialize(&self.body)
            .map_err(|e| ApiError::invalid(None, format!("the body does not decode: {e}")))
    }
}

/// An answer: the status, and the JSON body to write. It is written when
/// asked (`into_bytes`), so that the pipeline writes it once it has let go
/// of the state's lock.
pub struct Answer {
    pub status: u16,
    write: Box<dyn FnOnce() -> Vec<u8> + Send>,
}

impl Answer {
    /// 200 with `body`, serialized straight from the spec's type.
    pub fn ok(body: impl Serialize + Send + 'static) -> Result<Answer, ApiError> {
        Ok(Answer {
            status: 200,
            write: Box::new(move || {
                let mut bytes = Vec::with_capacity(1024);
                serde_json::to_writer(&mut bytes, &body)
                    .unwrap_or_else(|e| unreachable!("the spec's types serialize to JSON: {e}"));
                bytes
            }),
        })
    }

    /// 200 with a body the handler writes itself (from written parts).
    pub fn written(write: impl FnOnce() -> Vec<u8> + Send + 'static) -> Answer {
        Answer {
            status: 200,
            write: Box::new(write),
        }
    }

    /// The error's answer, in the spec's `Error` shape.
    pub fn error(error: &ApiError) -> Answer {
        Answer::bytes(error.status, error.to_bytes())
    }

    /// An answer already written.
    pub fn bytes(status: u16, body: Vec<u8>) -> Answer {
        Answer {
            status,
            write: Box::new(move || body),
        }
    }

    pub fn into_bytes(self) -> Vec<u8> {
        (self.write)()
    }
}

/// Runs the operation's handler. Each operation of the spec has one; a test
/// holds the sandbox to that, so an operation added to the spec without one
/// is found before a user finds it.
pub fn handle(ctx: &Ctx, state: &mut State, input: &Input) -> Result<Answer, ApiError> {
    match input.operation.id.as_str() {
        "send_message" => messages::send(ctx, state, input),
        "get_messages" => messages::list(state, input),
        "retrieve_thread" => messages::thread(state, input),
        "create_end_user" => end_users::create(state, input),
        "retrieve_end_user" => end_users::retrieve(state, input),
        "update_end_user" => end_users::update(state, input),
        "start_call" => calls::start(ctx, state, input),
        "retrieve_call" => calls::retrieve(state, input),
        "list_campaigns" => campaigns::list(state, input),
        "create_campaign" => campaigns::create(ctx, state, input),
        "retrieve_campaign" => campaigns::retrieve(state, input),
        "update_campaign" => campaigns::update(ctx, state, input),
        "campaign_action" => lifecycle::act(ctx, state, input),
        "list_campaign_contacts" => contacts::list(state, input),
        "add_campaign_contacts" => contacts::add(ctx, state, input),
        "retrieve_campaign_contact" => contacts::retrieve(state, input),
        "delete_campaign_contact" => contacts::delete(state, input),
        "list_campaign_calls" => campaigns::calls(state, input),
        other => Err(ApiError::new(
            501,
            "NOT_MODELED",
            format!("the sandbox does not model {other} yet"),
        )),
    }
}

/// The page `pageIndex` and `pageSize` ask for (the spec's defaults where
/// left out; where a spec served states none, the first page of 50).
pub struct PageAsked {
    index: usize,
    size: usize,
}

impl PageAsked {
    pub fn of(input: &Input) -> PageAsked {
        PageAsked {
            size: input.query_int_or_default("pageSize").unwrap_or(50).max(1) as usize,
            index: input.query_int_or_default("pageIndex").unwrap_or(0).max(0) as usize,
        }
    }

    /// Where the page is in a list of `len` items.
    pub fn range(&self, len: usize) -> std::ops::Range<usize> {
        let start = self.index.saturating_mul(self.size).min(len);
        start..start.saturating_add(self.size).min(len)
    }

    /// The page-index pagination block of the page, in a list of `len`.
    pub fn pagination(&self, len: usize) -> altur_api::types::Pagination {
        let has_next = self.range(len).end < len;
        let index = self.index as i64;
        built(
            altur_api::types::Pagination::builder()
                .has_next(has_next)
                .has_previous(index > 0)
                .next_page(has_next.then_some(index + 1))
                .previous_page((index > 0).then(|| index - 1))
                .page_index(index)
                .page_size(self.size as i64),
        )
    }
}

/// The page of `items` asked for, with its pagination block; only the page
/// is rendered, whatever the list's length.
pub fn page<'i, T>(items: &'i [T], input: &Input) -> (&'i [T], altur_api::types::Pagination) {
    let asked = PageAsked::of(input);
    (
        &items[asked.range(items.len())],
        asked.pagination(items.len()),
    )
}

/// The sandbox pages by `pageIndex` and never hands out a cursor.
pub fn refuse_cursor(input: &Input) -> Result<(), ApiError> {
    if input.query.contains_key("cursor") {
        return Err(ApiError::invalid(
            Some("cursor".into()),
            "the sandbox pages by pageIndex and hands out no cursor; leave cursor out",
        ));
    }
    Ok(())
}
