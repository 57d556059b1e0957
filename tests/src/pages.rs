//! The page a request to a hand-built paging server asks for, for the
//! crate's `stream()` tests.

use crate::server::Recorded;

/// The page a request asks for.
pub fn page_index(request: &Recorded) -> u64 {
    request
        .query_param("pageIndex")
        .expect("every page request names its page")
        .parse()
        .expect("pageIndex is a number")
}
