//! Paging through a list operation: what the generated `stream()` methods
//! run (see `codegen/pages.rs` for which operations get one).

use std::fmt;
use std::future::Future;

use futures_core::Stream;

use crate::Error;
use crate::generated::{ResponseValue, types};

/// A response that is one page of a list (the code generator implements it
/// for each list response with a pagination block).
pub(crate) trait Page {
    type Item;
    /// The page's items, and where it is in the list.
    fn into_parts(self) -> (Vec<Self::Item>, Option<types::Pagination>);
}

/// A page that could not be read, mid-stream.
#[derive(Debug)]
pub struct PageError {
    /// The `pageIndex` asked for.
    pub page_index: u64,
    /// Why it failed.
    pub error: Error,
}

impl fmt::Display for PageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "page {}: {}", self.page_index, self.error)
    }
}

impl std::error::Error for PageError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.error)
    }
}

/// Where paging starts: the spec's default `pageIndex`.
const FIRST_PAGE: u64 = 0;

struct State<B, I, S, F> {
    builder: B,
    set_page: S,
    send: F,
    items: std::vec::IntoIter<I>,
    next: Option<u64>,
}

/// The items of every page of `builder`'s list, asking for a page only when
/// the previous one's items are used up. Every page is `builder` itself with
/// only the page index changed, so the filters cannot drift between pages.
pub(crate) fn stream<'a, B, P, Fut>(
    builder: B,
    set_page: impl Fn(B, u64) -> B + 'a,
    send: impl Fn(B) -> Fut + 'a,
) -> impl Stream<Item = Result<P::Item, PageError>> + Unpin + 'a
where
    B: Clone + 'a,
    P: Page + 'a,
    P::Item: 'a,
    Fut: Future<Output = Result<ResponseValue<P>, Error>> + 'a,
{
    let state = State {
        builder,
        set_page,
        send,
        items: Vec::new().into_iter(),
        next: Some(FIRST_PAGE),
    };
    Box::pin(futures_util::stream::unfold(
        state,
        |mut state| async move {
            loop {
                if let Some(item) = state.items.next() {
                    return Some((Ok(item), state));
                }
                let index = state.next.take()?;
                let request = (state.set_page)(state.builder.clone(), index);
                match (state.send)(request).await {
                    Err(error) => {
                        return Some((
                            Err(PageError {
                                page_index: index,
                                error,
                            }),
                            state,
                        ));
                    }
                    Ok(response) => {
                        let (items, pagination) = response.into_inner().into_parts();
                        // An empty page ends the list whatever it says, so that
                        // a server that keeps saying "more" cannot loop us.
                        if !items.is_empty() {
                            state.next = next_page(index, pagination.as_ref());
                        }
                        state.items = items.into_iter();
                    }
                }
            }
        },
    ))
}

/// The page after `index`, if the API says there is one: `has_next` (or the
/// older `has_more`), at `next_page` where given. A `next_page` that does
/// not move forward ends the list rather than repeat pages.
fn next_page(index: u64, pagination: Option<&types::Pagination>) -> Option<u64> {
    let pagination = pagination?;
    let announced = pagination
        .next_page
        .and_then(|page| u64::try_from(page).ok());
    let more = pagination.has_next.or(pagination.has_more);
    match (more, announced) {
        (Some(false), _) => None,
        (Some(true), None) => index.checked_add(1),
        (_, Some(next)) => (next > index).then_some(next),
        (None, None) => None,
    }
}
