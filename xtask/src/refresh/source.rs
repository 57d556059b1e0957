//! Where the published documents come from: the docs site's `llms.txt`
//! index (live, another URL, or a saved copy in a folder), or one page or
//! YAML file; and fetching them, with timeouts, retries and a small
//! concurrency limit.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use super::page;
use crate::openapi::operation_names;

pub const CANONICAL_SITE: &str = "https://docs.altur.io";
pub const DEFAULT_INDEX: &str = "https://docs.altur.io/llms.txt";

#[derive(Clone, Debug)]
pub struct Options {
    pub locale: String,
    pub timeout: Duration,
    pub attempts: u32,
    pub backoff: Duration,
    pub concurrency: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            locale: "en".into(),
            timeout: Duration::from_secs(20),
            attempts: 3,
            backoff: Duration::from_millis(500),
            concurrency: 4,
        }
    }
}

/// A document as published: where it was, its operation, its exact text.
#[derive(Debug)]
pub struct Published {
    pub location: String,
    /// `POST /message`
    pub operation: String,
    /// Its name in openapi/upstream/.
    pub file_name: String,
    /// The docs page it was published on, as the index names it
    /// (`https://docs.altur.io/en/api-reference/messages/send`), or the
    /// file or URL it was read from.
    pub page: String,
    /// The page's title (`Send Message`), where it has one.
    pub title: Option<String>,
    pub text: String,
}

/// Something to read: a URL or a file on disk.
#[derive(Clone, Debug)]
enum Location {
    Url(String),
    File(PathBuf),
}

impl Location {
    fn parse(source: &str) -> Location {
        if source.starts_with("http://") || source.starts_with("https://") {
            Location::Url(source.to_owned())
        } else {
            Location::File(PathBuf::from(source))
        }
    }

    fn show(&self) -> String {
        match self {
            Location::Url(url) => url.clone(),
            Location::File(path) => path.display().to_string(),
        }
    }
}

pub async fn collect(source: &str, options: &Options) -> Result<Vec<Published>, String> {
    let fetcher = Fetcher::new(options)?;
    let mut root = Location::parse(source);
    // A saved copy of the site: its index is llms.txt at the top, and the
    // pages an index file names are in the folder it is in.
    let site_root = match &root {
        Location::File(dir) if dir.is_dir() => {
            let site = dir.clone();
            root = Location::File(dir.join("llms.txt"));
            Location::File(site)
        }
        Location::Url(url) => Location::Url(origin(url)),
        Location::File(file) => Location::File(
            file.parent()
                .map(Path::to_owned)
                .unwrap_or_else(|| PathBuf::from(".")),
        ),
    };
    let text = fetcher.get(&root).await?;
    let kind = classify(&text);
    match kind {
        Kind::Document => Ok(vec![from_document(&root.show(), &text)?]),
        Kind::Page => Ok(vec![from_page(&root.show(), &root.show(), &text)?]),
        Kind::Index => {
            let site = site_root;
            let specs = openapi_section_links(&text);
            if !specs.is_empty() {
                // Some Mintlify indexes list whole spec files in an "OpenAPI"
                // section: a better source than page-by-page blocks.
                let locations: Vec<Location> =
                    specs.iter().map(|link| rebase(link, &site)).collect();
                let texts = fetcher.get_all(&locations).await?;
                return locations
                    .iter()
                    .zip(texts)
                    .map(|(l, text)| from_document(&l.show(), &text))
                    .collect();
            }
            let links = api_reference_links(&text, &options.locale);
            if links.is_empty() {
                return Err(format!(
                    "{}: lists no `{}` API reference page",
                    root.show(),
                    options.locale
                ));
            }
            let locations: Vec<Location> = links.iter().map(|link| rebase(link, &site)).collect();
            let texts = fetcher.get_all(&locations).await?;
            let mut published: Vec<Published> = Vec::new();
            for ((location, link), text) in locations.iter().zip(&links).zip(texts) {
                let page = link.strip_suffix(".md").unwrap_or(link);
                let document = from_page(&location.show(), page, &text)?;
                if let Some(first) = published.iter().find(|p| p.operation == document.operation) {
                    return Err(format!(
                        "{} is published by two pages: {} and {}",
                        document.operation, first.location, document.location
                    ));
                }
                published.push(document);
            }
            published.sort_by(|a, b| a.file_name.cmp(&b.file_name));
            Ok(published)
        }
    }
}

enum Kind {
    Document,
    Page,
    Index,
}

fn classify(text: &str) -> Kind {
    let start = text.trim_start();
    if start.starts_with("openapi:") || start.starts_with('{') {
        Kind::Document
    } else if text
        .lines()
        .any(|l| l.trim().eq_ignore_ascii_case("## openapi"))
        || start.starts_with('<')
    {
        Kind::Page
    } else {
        Kind::Index
    }
}

fn from_page(location: &str, page: &str, markdown: &str) -> Result<Published, String> {
    let block = page::extract(markdown).map_err(|why| format!("{location}: {why}"))?;
    let document: serde_norway::Value = serde_norway::from_str(&block.text)
        .map_err(|e| format!("{location}: the OpenAPI block is not valid YAML: {e}"))?;
    let operations = operation_names(&document);
    let operation = format!("{} {}", block.method, block.path);
    if !operations.contains(&operation) {
        return Err(format!(
            "{location}: the block is labelled {operation} but describes {}",
            if operations.is_empty() {
                "no operation".to_owned()
            } else {
                operations.join(", ")
            }
        ));
    }
    Ok(Published {
        location: location.to_owned(),
        file_name: page::file_name(&block.method, &block.path),
        operation,
        page: page.to_owned(),
        title: page::title(markdown),
        text: block.text,
    })
}

fn from_document(location: &str, text: &str) -> Result<Published, String> {
    let document: serde_norway::Value =
        serde_norway::from_str(text).map_err(|e| format!("{location}: not valid YAML: {e}"))?;
    let operations = operation_names(&document);
    let (operation, file_name) = match operations.as_slice() {
        [] => return Err(format!("{location}: describes no operation")),
        [one] => {
            let (method, path) = one.split_once(' ').unwrap_or_default();
            (one.clone(), page::file_name(method, path))
        }
        _ => (operations.join(", "), "openapi.yaml".to_owned()),
    };
    Ok(Published {
        location: location.to_owned(),
        operation,
        file_name,
        page: location.to_owned(),
        title: None,
        text: text.to_owned(),
    })
}

/// The links listed under an H2 that mentions "OpenAPI", if the index has one.
pub fn openapi_section_links(index: &str) -> Vec<String> {
    let mut in_section = false;
    let mut links = Vec::new();
    for line in index.lines() {
        if let Some(heading) = line.strip_prefix("## ") {
            in_section = heading.to_ascii_lowercase().contains("openapi");
        } else if in_section && let Some(url) = link_of(line) {
            links.push(url.to_owned());
        }
    }
    links
}

/// `- [Title](url)` or `- [Title](url): description` → `url`.
fn link_of(line: &str) -> Option<&str> {
    let rest = line.trim_start().strip_prefix("- [")?;
    let (_, after) = rest.split_once("](")?;
    after.split_once(')').map(|(url, _)| url)
}

/// The links of an llms.txt index that are API reference pages of the locale.
pub fn api_reference_links(index: &str, locale: &str) -> Vec<String> {
    let mut links = Vec::new();
    for line in index.lines() {
        let Some(rest) = line.trim_start().strip_prefix("- [") else {
            continue;
        };
        let Some((_, after)) = rest.split_once("](") else {
            continue;
        };
        let Some((url, _)) = after.split_once(')') else {
            continue;
        };
        let path = url
            .split_once("://")
            .map(|(_, r)| r.split_once('/').map_or("", |(_, p)| p))
            .unwrap_or(url);
        let mut segments = path.split('/');
        if segments.next() == Some(locale) && segments.any(|s| s == "api-reference") {
            let url = if url.ends_with(".md") {
                url.to_owned()
            } else {
                format!("{url}.md")
            };
            if !links.contains(&url) {
                links.push(url);
            }
        }
    }
    links
}

/// The index names pages on the canonical site; read them from where the
/// index came from (a mirror, a loopback test server, a saved folder).
fn rebase(link: &str, site: &Location) -> Location {
    let path = link.strip_prefix(CANONICAL_SITE).unwrap_or(link);
    match site {
        Location::Url(origin) if link.starts_with(CANONICAL_SITE) => {
            Location::Url(format!("{origin}{path}"))
        }
        Location::Url(_) => Location::Url(link.to_owned()),
        Location::File(dir) => Location::File(dir.join(path.trim_start_matches('/'))),
    }
}

fn origin(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("https", url));
    let host = rest.split('/').next().unwrap_or_default();
    format!("{scheme}://{host}")
}

struct Fetcher {
    http: reqwest::Client,
    options: Options,
}

impl Fetcher {
    fn new(options: &Options) -> Result<Fetcher, String> {
        use rustls_platform_verifier::BuilderVerifierExt;
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let tls = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .and_then(|c| c.with_platform_verifier())
            .map_err(|e| format!("cannot set up TLS: {e}"))?
            .with_no_client_auth();
        let http = reqwest::Client::builder()
            .tls_backend_preconfigured(tls)
            .timeout(options.timeout)
            .connect_timeout(options.timeout)
            .user_agent("altur-api-xtask (spec refresh)")
            .build()
            .map_err(|e| format!("cannot set up HTTP: {e}"))?;
        Ok(Fetcher {
            http,
            options: options.clone(),
        })
    }

    async fn get_all(&self, locations: &[Location]) -> Result<Vec<String>, String> {
        let limit = Arc::new(tokio::sync::Semaphore::new(self.options.concurrency.max(1)));
        let mut tasks = tokio::task::JoinSet::new();
        for (i, location) in locations.iter().cloned().enumerate() {
            let limit = limit.clone();
            let fetcher = Fetcher {
                http: self.http.clone(),
                options: self.options.clone(),
            };
            tasks.spawn(async move {
                let _permit = limit.acquire_owned().await;
                (i, fetcher.get(&location).await)
            });
        }
        let mut texts = vec![String::new(); locations.len()];
        while let Some(joined) = tasks.join_next().await {
            let (i, text) = joined.map_err(|e| format!("a fetch task failed: {e}"))?;
            texts[i] = text?;
        }
        Ok(texts)
    }

    async fn get(&self, location: &Location) -> Result<String, String> {
        match location {
            Location::File(path) => read_file(path),
            Location::Url(url) => self.get_url(url).await,
        }
    }

    async fn get_url(&self, url: &str) -> Result<String, String> {
        let mut attempt = 1;
        loop {
            let outcome = self
                .http
                .get(url)
                .header("accept", "text/markdown, text/plain;q=0.9, */*;q=0.1")
                .send()
                .await;
            let transient = match outcome {
                Ok(response) if response.status().is_success() => {
                    let html = response
                        .headers()
                        .get("content-type")
                        .and_then(|v| v.to_str().ok())
                        .is_some_and(|v| v.starts_with("text/html"));
                    let text = response
                        .text()
                        .await
                        .map_err(|e| format!("{url}: cannot read the body: {e}"))?;
                    if html {
                        return Err(format!("{url}: an HTML page where Markdown was expected"));
                    }
                    return Ok(text);
                }
                Ok(response) => {
                    let status = response.status();
                    if !(status.is_server_error() || status.as_u16() == 429) {
                        return Err(format!("{url}: HTTP {status}"));
                    }
                    format!("HTTP {status}")
                }
                Err(e) if e.is_timeout() || e.is_connect() || e.is_request() => format!("{e}"),
                Err(e) => return Err(format!("{url}: {e}")),
            };
            if attempt >= self.options.attempts {
                return Err(format!("{url}: {transient} (after {attempt} attempts)"));
            }
            tokio::time::sleep(self.options.backoff * 2u32.pow(attempt - 1)).await;
            attempt += 1;
        }
    }
}

fn read_file(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = "# Site\n\n## Docs\n\n- [Send](https://docs.altur.io/en/api-reference/messages/send): Sends\n\
        - [Intro](https://docs.altur.io/en/introduction.md)\n- [Enviar](https://docs.altur.io/es/api-reference/messages/send.md)\n\
        - [Old](https://docs.altur.io/api-reference/messages/send.md)\n";

    #[test]
    fn picks_the_api_reference_pages_of_one_locale_in_their_md_form() {
        assert_eq!(
            api_reference_links(INDEX, "en"),
            ["https://docs.altur.io/en/api-reference/messages/send.md"]
        );
        assert_eq!(
            api_reference_links(INDEX, "es"),
            ["https://docs.altur.io/es/api-reference/messages/send.md"]
        );
        assert!(openapi_section_links(INDEX).is_empty());
    }

    #[test]
    fn an_openapi_section_lists_spec_files() {
        let index = format!(
            "{INDEX}\n## OpenAPI Specifications\n\n- [openapi](https://docs.altur.io/openapi.json)\n"
        );
        assert_eq!(
            openapi_section_links(&index),
            ["https://docs.altur.io/openapi.json"]
        );
    }

    #[test]
    fn rebases_canonical_links_onto_a_mirror_or_a_folder() {
        let link = "https://docs.altur.io/en/a.md";
        let Location::Url(url) = rebase(link, &Location::Url("http://127.0.0.1:9".into())) else {
            panic!()
        };
        assert_eq!(url, "http://127.0.0.1:9/en/a.md");
        let Location::File(path) = rebase(link, &Location::File("/site".into())) else {
            panic!()
        };
        assert_eq!(path, Path::new("/site/en/a.md"));
    }
}
