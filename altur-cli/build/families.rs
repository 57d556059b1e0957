//! What each family of commands is for, read off the spec's tags: a group
//! of the tree (`campaigns`, `campaigns contacts`) is described by the tag
//! most operations under it carry, the narrowest of those where several
//! cover as many (`Campaign contacts` rather than `Campaigns`, which its
//! operations carry too). A group none of whose operations carries a
//! described tag (a path Altur added without one) is described by its
//! operations' summaries, or their descriptions' first lines
//! (`Returns the organization's Agents`), so a new untagged path still
//! builds and still says what it holds.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::command_paths::CommandPaths;

/// Group words → what the group is for.
pub type Families = BTreeMap<Vec<String>, String>;

pub fn derive(spec: &Value, paths: &CommandPaths) -> Families {
    let described: BTreeMap<&str, &str> = spec["tags"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|tag| Some((tag["name"].as_str()?, tag["description"].as_str()?)))
        .filter(|(_, description)| !description.trim().is_empty())
        .collect();
    let mut tags_of: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let mut summary_of: BTreeMap<&str, &str> = BTreeMap::new();
    for item in spec["paths"]
        .as_object()
        .into_iter()
        .flat_map(|p| p.values())
    {
        for operation in item.as_object().into_iter().flat_map(|o| o.values()) {
            let Some(id) = operation["operationId"].as_str() else {
                continue;
            };
            if let Some(summary) = summary(operation) {
                summary_of.insert(id, summary);
            }
            let tags = operation["tags"].as_array().into_iter().flatten();
            tags_of.insert(id, tags.filter_map(Value::as_str).collect());
        }
    }
    // How many operations carry each tag: the fewer, the narrower.
    let mut breadth: BTreeMap<&str, usize> = BTreeMap::new();
    for tags in tags_of.values() {
        for tag in tags {
            *breadth.entry(tag).or_default() += 1;
        }
    }
    let groups: BTreeSet<&[String]> = paths
        .values()
        .flat_map(|words| (1..words.len()).map(move |n| &words[..n]))
        .collect();
    let mut families = Families::new();
    for group in groups {
        // Tag → how many of the group's operations carry it.
        let mut cover: BTreeMap<&str, usize> = BTreeMap::new();
        for (id, words) in paths {
            if !words.starts_with(group) {
                continue;
            }
            for tag in tags_of.get(id.as_str()).into_iter().flatten() {
                if described.contains_key(tag) {
                    *cover.entry(tag).or_default() += 1;
                }
            }
        }
        let chosen = cover.into_iter().max_by_key(|(tag, covered)| {
            let narrowness = std::cmp::Reverse(breadth.get(tag).copied().unwrap_or(0));
            (*covered, narrowness, std::cmp::Reverse(*tag))
        });
        if let Some((tag, _)) = chosen {
            families.insert(group.to_vec(), described[tag].to_owned());
            continue;
        }
        // In the tree's order, each summary once.
        let mut under: Vec<(&Vec<String>, &str)> = paths
            .iter()
            .filter(|(_, words)| words.starts_with(group))
            .filter_map(|(id, words)| Some((words, *summary_of.get(id.as_str())?)))
            .collect();
        under.sort();
        let mut summaries: Vec<&str> = Vec::new();
        for (_, summary) in under {
            if !summaries.contains(&summary) {
                summaries.push(summary);
            }
        }
        if !summaries.is_empty() {
            families.insert(group.to_vec(), summaries.join("; "));
        }
    }
    families
}

/// What an operation does in a line: its `summary`, else its description's
/// first line (Altur's pages give some operations a description alone).
fn summary(operation: &Value) -> Option<&str> {
    ["summary", "description"]
        .into_iter()
        .filter_map(|key| operation[key].as_str())
        .filter_map(|text| text.lines().map(str::trim).find(|line| !line.is_empty()))
        .next()
}
