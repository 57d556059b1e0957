//! The OpenAPI block of a Mintlify API reference page (see
//! shared/docs-site-format.md): after `## OpenAPI`, a fence of four or more
//! backticks whose info string is `yaml [file] METHOD /path`.

/// One page's published document, as found on the page.
#[derive(Debug)]
pub struct Block {
    /// `POST`, upper-cased.
    pub method: String,
    /// `/message`.
    pub path: String,
    /// The fence's content, byte for byte.
    pub text: String,
}

pub fn extract(markdown: &str) -> Result<Block, String> {
    let trimmed = markdown.trim_start();
    if trimmed.starts_with('<')
        && trimmed[..trimmed.len().min(200)]
            .to_ascii_lowercase()
            .contains("html")
    {
        return Err("an HTML page where Markdown was expected".into());
    }
    let mut lines = markdown.split_inclusive('\n');
    let mut in_openapi_section = false;
    for line in lines.by_ref() {
        let bare = line.trim_end();
        if bare.starts_with("## ") {
            in_openapi_section = bare
                .trim_start_matches("## ")
                .trim()
                .eq_ignore_ascii_case("openapi");
            continue;
        }
        if !in_openapi_section {
            continue;
        }
        let ticks = bare.len() - bare.trim_start_matches('`').len();
        if ticks < 3 {
            continue;
        }
        let (method, path) = parse_info(&bare[ticks..])?;
        let fence = &bare[..ticks];
        let mut text = String::new();
        for line in lines.by_ref() {
            if line.trim_end() == fence {
                return Ok(Block { method, path, text });
            }
            text.push_str(line);
        }
        return Err(format!("the OpenAPI block of {method} {path} never closes"));
    }
    Err("no OpenAPI block (a `## OpenAPI` section with a fenced `yaml METHOD /path` block)".into())
}

/// `yaml POST /message`, or `yaml /openapi.json get /v1/things`.
fn parse_info(info: &str) -> Result<(String, String), String> {
    let words: Vec<&str> = info.split_whitespace().collect();
    let [language, rest @ ..] = words.as_slice() else {
        return Err("the OpenAPI block's fence has no info string".into());
    };
    if !language.eq_ignore_ascii_case("yaml") {
        return Err(format!("the OpenAPI block is `{language}`, not yaml"));
    }
    let (method, path) = match rest {
        [method, path] | [_, method, path] => (method, path),
        _ => {
            return Err(format!(
                "the OpenAPI block's fence says `{info}`, not `yaml METHOD /path`"
            ));
        }
    };
    let method = method.to_ascii_uppercase();
    if !crate::openapi::METHODS.contains(&method.to_ascii_lowercase().as_str())
        || !path.starts_with('/')
    {
        return Err(format!(
            "the OpenAPI block's fence says `{info}`, not `yaml METHOD /path`"
        ));
    }
    Ok((method, (*path).to_owned()))
}

/// The page's `# Title`, the first H1 (the blockquote above it points at
/// the index).
pub fn title(markdown: &str) -> Option<String> {
    markdown
        .lines()
        .find_map(|line| line.strip_prefix("# "))
        .map(|title| title.trim().to_owned())
        .filter(|title| !title.is_empty())
}

/// `POST /message` → `post_message.yaml`; `GET /message/{thread_id}` →
/// `get_message_{thread_id}.yaml`.
pub fn file_name(method: &str, path: &str) -> String {
    let path = path.trim_matches('/').replace('/', "_");
    format!("{}_{path}.yaml", method.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_block_of_the_seed_page() {
        let page = include_str!("../../tests/fixtures/send-message-page.md");
        let block = extract(page).unwrap();
        assert_eq!(
            (block.method.as_str(), block.path.as_str()),
            ("POST", "/message")
        );
        assert!(block.text.starts_with("openapi: 3.0.1\n") && block.text.ends_with("header.\n\n"));
    }

    #[test]
    fn accepts_another_sites_info_string() {
        let page = "## OpenAPI\n\n````yaml /openapi.json get /v1/things\nopenapi: 3.0.1\n````\n";
        let block = extract(page).unwrap();
        assert_eq!(
            (
                block.method.as_str(),
                block.path.as_str(),
                block.text.as_str()
            ),
            ("GET", "/v1/things", "openapi: 3.0.1\n")
        );
    }

    #[test]
    fn names_operation_files() {
        assert_eq!(file_name("POST", "/message"), "post_message.yaml");
        assert_eq!(
            file_name("GET", "/campaigns/{id}/contacts"),
            "get_campaigns_{id}_contacts.yaml"
        );
    }
}
