//! A paged list as a server answers it, for the crate's `stream()` tests and
//! the CLI's list commands alike: campaign contacts 0..6, two per page.

use crate::server::{Recorded, Reply};

/// The page a request asks for.
pub fn page_index(request: &Recorded) -> u64 {
    request
        .query_param("pageIndex")
        .expect("every page request names its page")
        .parse()
        .expect("pageIndex is a number")
}

/// Page `index` (0, 1 or 2) of campaign contacts 0..6, in the page-index
/// style, answered 200.
pub fn contacts_page(index: u64) -> Reply {
    let contacts: Vec<_> = (index * 2..index * 2 + 2)
        .map(|id| serde_json::json!({"id": id, "name": format!("contact {id}"), "status": "queue"}))
        .collect();
    let last = index == 2;
    Reply::json(
        200,
        serde_json::json!({
            "total_count": 6,
            "contacts": contacts,
            "pagination": {
                "page_index": index, "page_size": 2, "has_next": !last, "has_previous": index > 0,
                "next_page": if last { None } else { Some(index + 1) }
            }
        })
        .to_string(),
    )
}
