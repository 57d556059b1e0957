//! Where each operation sits in the command tree, read off the spec: the
//! literal segments of its path are the nouns (`/campaigns/{id}/contacts`
//! gives `campaigns contacts`), and what its operationId says beyond those
//! nouns is the verb (`add_campaign_contacts` gives `add`). So
//! `altur campaigns contacts add`, `altur message send`, and an operation
//! Altur adds gets its place with no list to edit. Where the operationId
//! says nothing beyond the nouns, the path's last word is its verb
//! (`clone_campaign` on `POST /campaigns/{id}/clone` is
//! `altur campaigns clone`); and `x-altur-cli-name` on an operation (the
//! overlay's to add) names its command outright.

use std::collections::BTreeMap;

/// operationId → the words of its command.
pub type CommandPaths = BTreeMap<String, Vec<String>>;

/// The operation extension that names an operation's command: its words
/// after `altur`, space-separated (`x-altur-cli-name: campaigns clone`).
pub const NAME_EXTENSION: &str = "x-altur-cli-name";

pub fn derive(spec: &openapiv3::OpenAPI) -> Result<CommandPaths, String> {
    let mut paths = CommandPaths::new();
    let mut named = CommandPaths::new();
    for (path, method, operation) in spec.operations() {
        let id = operation
            .operation_id
            .clone()
            .ok_or_else(|| format!("{} {path} has no operationId", method.to_uppercase()))?;
        if let Some(name) = operation.extensions.get(NAME_EXTENSION) {
            named.insert(
                id,
                given_name(name, &format!("{} {path}", method.to_uppercase()))?,
            );
            continue;
        }
        let nouns: Vec<String> = path
            .split('/')
            .filter(|s| !s.is_empty() && !s.starts_with('{'))
            .map(str::to_lowercase)
            .collect();
        let command = match verb(&words(&id), &nouns) {
            Some(verb) => [nouns, vec![verb]].concat(),
            // `clone_campaign` on `/campaigns/{id}/clone`: the last noun
            // is what it does, as a person would type it.
            None if nouns.len() > 1 => nouns,
            // A lone noun (`GET /agents`, `agents`) is its family: the
            // method says what is done to it.
            None => [nouns, vec![method.to_lowercase()]].concat(),
        };
        paths.insert(id, command);
    }
    settle_clashes(&mut paths);
    place_named(&mut paths, named)?;
    Ok(paths)
}

/// `x-altur-cli-name`'s words, lower case.
fn given_name(name: &serde_json::Value, operation: &str) -> Result<Vec<String>, String> {
    let words: Vec<String> = name
        .as_str()
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        return Err(format!(
            "{operation}: {NAME_EXTENSION} must be the command's words after `altur` \
             (`campaigns clone`), not {name}"
        ));
    }
    Ok(words)
}

/// The commands the spec names outright: as named, or the build fails
/// naming both where one would hide another (a name is a promise to the
/// people who type it, not something to settle quietly).
fn place_named(paths: &mut CommandPaths, named: CommandPaths) -> Result<(), String> {
    for (id, command) in named {
        let hidden = paths
            .iter()
            .find(|(_, other)| other.starts_with(&command) || command.starts_with(other));
        if let Some((other, words)) = hidden {
            return Err(format!(
                "{id}: its {NAME_EXTENSION} `{}` meets {other}'s command `{}`; name one \
                 of them otherwise",
                command.join(" "),
                words.join(" ")
            ));
        }
        paths.insert(id, command);
    }
    Ok(())
}

/// Two operations on one command, or a command that is also a group of
/// others, cannot both be reached: those fall back to their operationId as
/// the verb, which is unique.
fn settle_clashes(paths: &mut CommandPaths) {
    let mut by_command: BTreeMap<Vec<String>, Vec<String>> = BTreeMap::new();
    for (id, command) in paths.iter() {
        by_command
            .entry(command.clone())
            .or_default()
            .push(id.clone());
    }
    let clashing: Vec<String> = paths
        .iter()
        .filter(|(_, command)| {
            by_command[*command].len() > 1
                || paths
                    .values()
                    .any(|other| other.len() > command.len() && other.starts_with(command))
        })
        .map(|(id, _)| id.clone())
        .collect();
    for id in clashing {
        let command = paths.get_mut(&id).expect("listed above");
        *command.last_mut().expect("never empty") = words(&id).join("-");
    }
}

/// `add_campaign_contacts` → `add`: the operationId's words without those
/// that spell a noun of the path (singular or plural, `end_user` for
/// `enduser`). `None` when nothing is left.
fn verb(words: &[String], nouns: &[String]) -> Option<String> {
    let names_a_noun = |run: &[String]| {
        let joined = run.concat();
        nouns.iter().any(|noun| singular(noun) == singular(&joined))
    };
    let mut kept = Vec::new();
    let mut i = 0;
    'words: while i < words.len() {
        for len in (1..=3.min(words.len() - i)).rev() {
            if names_a_noun(&words[i..i + len]) {
                i += len;
                continue 'words;
            }
        }
        kept.push(words[i].clone());
        i += 1;
    }
    (!kept.is_empty()).then(|| kept.join("-"))
}

fn singular(word: &str) -> &str {
    word.strip_suffix('s').unwrap_or(word)
}

/// `listCampaigns`, `list_campaigns`, `list-campaigns` → `[list, campaigns]`.
fn words(id: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut previous_lower = false;
    for c in id.chars() {
        if c == '_' || c == '-' || c == ' ' {
            words.push(std::mem::take(&mut current));
            previous_lower = false;
            continue;
        }
        if c.is_uppercase() && previous_lower {
            words.push(std::mem::take(&mut current));
        }
        previous_lower = c.is_lowercase() || c.is_ascii_digit();
        current.extend(c.to_lowercase());
    }
    words.push(current);
    words.retain(|w| !w.is_empty());
    words
}
