//! Paging through a list operation: what the generated `stream()` methods
//! run (see `codegen/pages.rs` for which operations get one).
//!
//! A page is asked for by cursor where the previous page carried a
//! `next_cursor` and the operation takes a `cursor`, else by page index.
//! Whatever the server does, a stream ends: on a page that repeats the
//! previous one's items (a server that ignores the page asked for), on an
//! empty page, and once `total_count` items have arrived. Where it ends for
//! such a reason while the API said there was more, its last item is a
//! [`PageError`] that says why, so rows it could not reach are not lost
//! silently.

use std::fmt;
use std::future::Future;
use std::hash::{DefaultHasher, Hash, Hasher};

use futures_core::Stream;
use serde::Serialize;

use crate::Error;
use crate::generated::{ResponseValue, types};

/// A response that is one page of a list (the code generator implements it
/// for each list response with a pagination block).
pub(crate) trait Page {
    type Item: Serialize;
    /// The page's items, where it is in the list, and `total_count` where
    /// the response has one.
    fn into_parts(self) -> (Vec<Self::Item>, Option<types::Pagination>, Option<i64>);
}

/// Why a stream of pages ended early: its last item.
#[derive(Debug)]
pub struct PageError {
    /// The page's `pageIndex`, or where paging goes by cursor, its position
    /// from 0.
    pub page_index: u64,
    /// The cursor the page was asked for with, where paging goes by cursor.
    pub cursor: Option<String>,
    /// What happened.
    pub kind: PageErrorKind,
}

/// What ended a stream of pages early.
#[derive(Debug)]
#[non_exhaustive]
pub enum PageErrorKind {
    /// The page could not be read.
    Failed(Error),
    /// The page held exactly the previous page's items: the server ignores
    /// the page asked for, and asking again would loop.
    Repeated,
    /// The page was empty, yet the API said there was a next one.
    EmptyWithMore,
    /// Every item `total_count` announced has arrived, yet the API says there
    /// is more (the list may have grown since the first page).
    PastTotal {
        /// `total_count` of the first page.
        total_count: u64,
        /// Items received.
        received: u64,
    },
}

impl PageError {
    /// The request's error, where the page could not be read.
    pub fn error(&self) -> Option<&Error> {
        match &self.kind {
            PageErrorKind::Failed(error) => Some(error),
            _ => None,
        }
    }
}

impl fmt::Display for PageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "page {}", self.page_index)?;
        if let Some(cursor) = &self.cursor {
            write!(f, " (cursor {cursor:?})")?;
        }
        match &self.kind {
            PageErrorKind::Failed(error) => write!(f, ": {error}"),
            PageErrorKind::Repeated => f.write_str(
                ": the server sent the previous page's items again; stopped so as not to loop",
            ),
            PageErrorKind::EmptyWithMore => f.write_str(
                ": empty, though the API said there was a next page; stopped so as not to loop",
            ),
            PageErrorKind::PastTotal {
                total_count,
                received,
            } => write!(
                f,
                ": {received} items received, which is all of total_count {total_count}, \
                 yet the API says there is more; stopped so as not to loop"
            ),
        }
    }
}

impl std::error::Error for PageError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.error().map(|e| e as _)
    }
}

/// Where paging starts: the spec's default `pageIndex`.
const FIRST_PAGE: u64 = 0;

/// What to ask for next.
enum Next {
    Index(u64),
    Cursor(String),
}

struct State<B, I, S, C, F> {
    builder: B,
    set_page: S,
    set_cursor: Option<C>,
    send: F,
    items: std::vec::IntoIter<I>,
    next: Option<Next>,
    /// Said after the items in hand, to end the stream.
    ending: Option<PageError>,
    /// Pages asked for so far.
    pages: u64,
    previous_items: Option<u64>,
    received: u64,
    total_count: Option<u64>,
}

/// The items of every page of `builder`'s list, asking for a page only when
/// the previous one's items are used up. Every page is `builder` itself with
/// only the page index (or cursor) changed, so the filters cannot drift
/// between pages.
pub(crate) fn stream<'a, B, P, Fut, C>(
    builder: B,
    set_page: impl Fn(B, u64) -> B + 'a,
    set_cursor: Option<C>,
    send: impl Fn(B) -> Fut + 'a,
) -> impl Stream<Item = Result<P::Item, PageError>> + Unpin + 'a
where
    B: Clone + 'a,
    P: Page + 'a,
    P::Item: 'a,
    C: Fn(B, String) -> B + 'a,
    Fut: Future<Output = Result<ResponseValue<P>, Error>> + 'a,
{
    let state = State {
        builder,
        set_page,
        set_cursor,
        send,
        items: Vec::new().into_iter(),
        next: Some(Next::Index(FIRST_PAGE)),
        ending: None,
        pages: 0,
        previous_items: None,
        received: 0,
        total_count: None,
    };
    Box::pin(futures_util::stream::unfold(
        state,
        |mut state| async move {
            loop {
                if let Some(item) = state.items.next() {
                    return Some((Ok(item), state));
                }
                if let Some(ending) = state.ending.take() {
                    return Some((Err(ending), state));
                }
                let next = state.next.take()?;
                let (page_index, cursor, request) = match next {
                    Next::Index(index) => {
                        (index, None, (state.set_page)(state.builder.clone(), index))
                    }
                    Next::Cursor(cursor) => {
                        let set_cursor = state.set_cursor.as_ref()?;
                        let request = set_cursor(state.builder.clone(), cursor.clone());
                        (state.pages, Some(cursor), request)
                    }
                };
                state.pages += 1;
                let stop = |kind| PageError {
                    page_index,
                    cursor: cursor.clone(),
                    kind,
                };
                let (items, pagination, total_count) = match (state.send)(request).await {
                    Err(error) => return Some((Err(stop(PageErrorKind::Failed(error))), state)),
                    Ok(response) => response.into_inner().into_parts(),
                };
                let said_more = says_more(pagination.as_ref());
                if items.is_empty() {
                    return said_more.then(|| (Err(stop(PageErrorKind::EmptyWithMore)), state));
                }
                let fingerprint = fingerprint(&items);
                if fingerprint.is_some() && state.previous_items == fingerprint {
                    return Some((Err(stop(PageErrorKind::Repeated)), state));
                }
                state.previous_items = fingerprint;
                if state.pages == 1 {
                    // Computed on the first page only, the docs say.
                    state.total_count = total_count.and_then(|t| u64::try_from(t).ok());
                }
                state.received += items.len() as u64;
                state.next = next_page(page_index, pagination.as_ref(), state.set_cursor.is_some());
                if let Some(total_count) = state.total_count
                    && state.received >= total_count
                    && state.next.is_some()
                {
                    state.next = None;
                    state.ending = Some(stop(PageErrorKind::PastTotal {
                        total_count,
                        received: state.received,
                    }));
                }
                state.items = items.into_iter();
            }
        },
    ))
}

/// Whether the API says there is a page after this one, in any style.
fn says_more(pagination: Option<&types::Pagination>) -> bool {
    pagination.is_some_and(|p| {
        p.has_next.or(p.has_more) == Some(true)
            || p.next_page.is_some()
            || p.next_cursor.as_deref().is_some_and(|c| !c.is_empty())
    })
}

/// The page after `index`, if the API says there is one: by `next_cursor`
/// where the page has one and the operation takes a cursor; else `has_next`
/// (or the older `has_more`), at `next_page` where given. A `next_page` that
/// does not move forward ends the list rather than repeat pages.
fn next_page(index: u64, pagination: Option<&types::Pagination>, by_cursor: bool) -> Option<Next> {
    let pagination = pagination?;
    let more = pagination.has_next.or(pagination.has_more);
    if more == Some(false) {
        return None;
    }
    if by_cursor && let Some(cursor) = pagination.next_cursor.as_deref().filter(|c| !c.is_empty()) {
        return Some(Next::Cursor(cursor.to_owned()));
    }
    let announced = pagination
        .next_page
        .and_then(|page| u64::try_from(page).ok());
    match (more, announced) {
        (Some(true), None) => index.checked_add(1).map(Next::Index),
        (_, Some(next)) => (next > index).then_some(Next::Index(next)),
        (_, None) => None,
    }
}

/// Tells two pages' items apart without keeping them (`None` where they
/// do not serialize, which generated types always do).
fn fingerprint<T: Serialize>(items: &[T]) -> Option<u64> {
    let bytes = serde_json::to_vec(items).ok()?;
    let mut hasher = DefaultHasher::new();
    bytes.hash(&mut hasher);
    Some(hasher.finish())
}
