//! Actions the refresh writes into openapi/overlay.yaml (a derived
//! operationId, what a superseded reconstruction added), appended as a block
//! of their own at the end of its `actions` list, the rest of the file (its
//! comments among it) kept byte for byte.

use serde_norway::{Mapping, Value};

/// One Overlay 1.0 `update` action, with its one-line reason.
#[derive(Clone, Debug, PartialEq)]
pub struct Action {
    pub target: String,
    pub description: String,
    pub update: Mapping,
}

impl Action {
    fn to_value(&self) -> Value {
        let mut action = Mapping::new();
        action.insert("target".into(), self.target.clone().into());
        action.insert("description".into(), self.description.clone().into());
        action.insert("update".into(), Value::Mapping(self.update.clone()));
        Value::Mapping(action)
    }
}

/// `$.components.schemas.Call.properties['a b']`: a JSONPath member step,
/// dotted where the name allows it.
pub fn member(path: &str, name: &str) -> String {
    let plain = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if plain {
        format!("{path}.{name}")
    } else {
        format!(
            "{path}['{}']",
            name.replace('\\', "\\\\").replace('\'', "\\'")
        )
    }
}

/// The overlay's text with `actions` appended to its `actions` list under a
/// `# heading` comment; the text is read back to prove it holds them.
pub fn append(overlay: &str, heading: &str, actions: &[Action]) -> Result<String, String> {
    if actions.is_empty() {
        return Ok(overlay.to_owned());
    }
    let lines: Vec<&str> = overlay.split_inclusive('\n').collect();
    let start = lines
        .iter()
        .position(|l| l.trim_end() == "actions:")
        .ok_or("openapi/overlay.yaml has no block `actions:` list at its top level")?;
    // The list ends where the next top-level key begins; the comments just
    // above that key belong to it.
    let mut end = lines[start + 1..]
        .iter()
        .position(|l| {
            l.chars()
                .next()
                .is_some_and(|c| !c.is_whitespace() && c != '#' && c != '-')
        })
        .map_or(lines.len(), |n| start + 1 + n);
    while end > start + 1 && {
        let line = lines[end - 1].trim();
        line.is_empty() || (line.starts_with('#') && !lines[end - 1].starts_with("  "))
    } {
        end -= 1;
    }
    let items = serde_norway::to_string(&Value::Sequence(
        actions.iter().map(Action::to_value).collect(),
    ))
    .map_err(|e| format!("cannot write the overlay's new actions: {e}"))?;
    let mut block = String::from("\n");
    for line in heading.lines() {
        block.push_str(&format!("  # {line}\n"));
    }
    for line in items.lines() {
        block.push_str(&format!("  {line}\n"));
    }
    let mut text: String = lines[..end].concat();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(&block);
    if end < lines.len() {
        if !lines[end].trim().is_empty() {
            text.push('\n');
        }
        text.push_str(&lines[end..].concat());
    }

    let before: Value = serde_norway::from_str(overlay).map_err(|e| e.to_string())?;
    let after: Value = serde_norway::from_str(&text)
        .map_err(|e| format!("the overlay with the new actions is not YAML: {e}"))?;
    let count = |v: &Value| {
        v.get("actions")
            .and_then(Value::as_sequence)
            .map_or(0, Vec::len)
    };
    let appended = after
        .get("actions")
        .and_then(Value::as_sequence)
        .map(|list| list[count(&before).min(list.len())..].to_vec());
    let expected: Vec<Value> = actions.iter().map(Action::to_value).collect();
    if appended.as_deref() != Some(&expected[..]) {
        return Err("cannot append to openapi/overlay.yaml's `actions` list: its layout is not one this tool can edit; add the actions by hand".into());
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn action(target: &str) -> Action {
        let mut update = Mapping::new();
        update.insert("operationId".into(), "list_agents".into());
        Action {
            target: target.into(),
            description: "why".into(),
            update,
        }
    }

    #[test]
    fn appends_to_the_list_keeping_what_follows_it() {
        let overlay = "overlay: 1.0.0\nactions:\n  # a comment\n  - target: $.a\n    update: {x: 1}\n\n# About the rules\nx-merge-rules: []\n";
        let text = append(
            overlay,
            "Written by a test",
            &[action("$.paths['/agents'].get")],
        )
        .unwrap();
        assert_eq!(
            text,
            "overlay: 1.0.0\nactions:\n  # a comment\n  - target: $.a\n    update: {x: 1}\n\n  # Written by a test\n  - target: $.paths['/agents'].get\n    description: why\n    update:\n      operationId: list_agents\n\n# About the rules\nx-merge-rules: []\n"
        );
        let text = append(
            "overlay: 1.0.0\nactions:\n  - target: $.a\n    update: {x: 1}\n",
            "h",
            &[action("$.b")],
        )
        .unwrap();
        assert!(text.ends_with("  # h\n  - target: $.b\n    description: why\n    update:\n      operationId: list_agents\n"), "{text}");
    }

    #[test]
    fn members_are_dotted_or_bracketed() {
        assert_eq!(member("$.paths", "/a/{id}"), "$.paths['/a/{id}']");
        assert_eq!(member("$.components", "schemas"), "$.components.schemas");
    }
}
