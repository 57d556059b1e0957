//! The operationId of an operation Altur publishes without one (every page
//! so far), derived from its docs page the way the overlay names today's:
//! `en/api-reference/agents/list` → `list_agents`,
//! `campaigns/retrieve` → `retrieve_campaign`,
//! `campaigns/retrieve-calls` → `retrieve_campaign_calls`.

/// The id for an operation published on `page` (a URL or file path of the
/// page, `.md` or not); from `METHOD /path` when the page is no API
/// reference page (a single YAML file).
pub fn derive(page: &str, method: &str, path: &str) -> String {
    from_page(page).unwrap_or_else(|| from_route(method, path))
}

fn from_page(page: &str) -> Option<String> {
    let page = page.strip_suffix(".md").unwrap_or(page);
    let mut segments = page.split('/').skip_while(|s| *s != "api-reference");
    segments.next()?;
    let segments: Vec<&str> = segments.filter(|s| !s.is_empty()).collect();
    let (slug, families) = segments.split_last()?;
    let words: Vec<String> = slug.split(['-', '_']).map(snake).collect();
    let (verb, rest) = words.split_first()?;
    let mut id = vec![verb.clone()];
    for (n, family) in families.iter().enumerate() {
        let last = n + 1 == families.len();
        // A list is of many; anything else acts on one.
        if last && rest.is_empty() && verb == "list" {
            id.push(snake(family));
        } else {
            id.push(singular(&snake(family)));
        }
    }
    id.extend(rest.iter().cloned());
    let id = id.join("_");
    (!id.is_empty()).then_some(id)
}

/// `GET /agents/{id}/calls` → `get_agents_id_calls`.
fn from_route(method: &str, path: &str) -> String {
    std::iter::once(method.to_ascii_lowercase())
        .chain(
            path.split('/')
                .map(|s| snake(s.trim_matches(['{', '}'])))
                .filter(|s| !s.is_empty()),
        )
        .collect::<Vec<_>>()
        .join("_")
}

fn snake(word: &str) -> String {
    let mut out = String::new();
    for c in word.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    out.trim_matches('_').to_owned()
}

/// English plurals as the docs site's folders have them: `campaigns`,
/// `activities`, `addresses`.
fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies") {
        format!("{stem}y")
    } else if ["sses", "shes", "ches", "xes"]
        .iter()
        .any(|e| word.ends_with(e))
    {
        word[..word.len() - 2].to_owned()
    } else if word.ends_with('s') && !word.ends_with("ss") {
        word[..word.len() - 1].to_owned()
    } else {
        word.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::derive;

    #[test]
    fn from_the_page_as_the_overlay_names_todays() {
        for (page, id) in [
            (
                "https://docs.altur.io/en/api-reference/agents/list",
                "list_agents",
            ),
            (
                "https://docs.altur.io/en/api-reference/agents/list.md",
                "list_agents",
            ),
            (
                "/site/en/api-reference/agents/retrieve.md",
                "retrieve_agent",
            ),
            (
                "https://docs.altur.io/en/api-reference/campaigns/list",
                "list_campaigns",
            ),
            (
                "https://docs.altur.io/en/api-reference/campaigns/create",
                "create_campaign",
            ),
            (
                "https://docs.altur.io/en/api-reference/calls/start",
                "start_call",
            ),
            (
                "https://docs.altur.io/en/api-reference/threads/retrieve",
                "retrieve_thread",
            ),
            (
                "https://docs.altur.io/en/api-reference/campaigns/retrieve-calls",
                "retrieve_campaign_calls",
            ),
            (
                "https://docs.altur.io/en/api-reference/campaigns/delete-contact",
                "delete_campaign_contact",
            ),
            (
                "https://docs.altur.io/en/api-reference/activities/list",
                "list_activities",
            ),
            (
                "https://docs.altur.io/en/api-reference/activities/get",
                "get_activity",
            ),
        ] {
            assert_eq!(derive(page, "GET", "/x"), id, "{page}");
        }
    }

    #[test]
    fn from_the_route_without_a_page() {
        assert_eq!(
            derive("openapi/agents.yaml", "GET", "/agents/{id}/calls"),
            "get_agents_id_calls"
        );
    }
}
