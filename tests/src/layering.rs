//! Reading a crate's layers and its modules' imports, for the tests that
//! hold a crate to one-way layers (`altur-cli/tests/layering.rs`,
//! `tests/sandbox_layers.rs`). Imports are read from the source's tokens,
//! so a `crate::` path inside a macro counts, and one in a comment does
//! not.

use std::collections::BTreeMap;

use proc_macro2::{Delimiter, TokenStream, TokenTree};

/// Module → its layer (0 is the top), from a numbered list in a crate
/// root's docs: `//! 3. `contacts`, `webhooks`: what they are`.
pub fn layers(root: &str) -> BTreeMap<String, usize> {
    let mut layers = BTreeMap::new();
    for line in root.lines().filter_map(|l| l.strip_prefix("//! ")) {
        let Some((number, rest)) = line.split_once(". ") else {
            continue;
        };
        let Ok(number) = number.parse::<usize>() else {
            continue;
        };
        let names = rest.split_once(':').map_or(rest, |(names, _)| names);
        for name in names.split('`').skip(1).step_by(2) {
            assert!(
                layers.insert(name.to_owned(), number - 1).is_none(),
                "`{name}` is in two layers"
            );
        }
    }
    layers
}

/// Every path that starts with `head` (`crate` or `super`) in `source`, as
/// its segments after `head` (`crate::rules::calls::place` is `rules`,
/// `calls`, `place`), with each member of a `crate::{a, b::C}` group as a
/// path of its own.
pub fn paths(source: &str, head: &str) -> Vec<Vec<String>> {
    let tokens: TokenStream = source.parse().expect("the source is Rust tokens");
    let mut found = Vec::new();
    scan(tokens, head, &mut found);
    found
}

/// The first segment of every `crate::` path: the top modules `source`
/// imports.
pub fn imports(source: &str) -> Vec<String> {
    paths(source, "crate")
        .into_iter()
        .filter_map(|path| path.into_iter().next())
        .collect()
}

fn scan(tokens: TokenStream, head: &str, found: &mut Vec<Vec<String>>) {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, token) in tokens.iter().enumerate() {
        match token {
            TokenTree::Group(group) => scan(group.stream(), head, found),
            TokenTree::Ident(ident) if ident == head => {
                // `super::super::` is not written in these crates.
                found.extend(path_after(&tokens[i + 1..]));
            }
            _ => {}
        }
    }
}

/// The paths that `::a::b::{c, d::e}` at the start of `tokens` spells.
fn path_after(tokens: &[TokenTree]) -> Vec<Vec<String>> {
    let is_colon =
        |t: Option<&TokenTree>| matches!(t, Some(TokenTree::Punct(p)) if p.as_char() == ':');
    let mut segments = Vec::new();
    let mut at = 0;
    while is_colon(tokens.get(at)) && is_colon(tokens.get(at + 1)) {
        match tokens.get(at + 2) {
            Some(TokenTree::Ident(name)) => {
                segments.push(name.to_string());
                at += 3;
            }
            Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Brace => {
                let members: Vec<TokenTree> = group.stream().into_iter().collect();
                let mut paths = Vec::new();
                for member in
                    members.split(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ','))
                {
                    let Some(TokenTree::Ident(first)) = member.first() else {
                        continue;
                    };
                    if first == "self" {
                        paths.push(segments.clone());
                        continue;
                    }
                    let mut path = segments.clone();
                    path.push(first.to_string());
                    let rest = path_after(&member[1..]);
                    if rest.is_empty() {
                        paths.push(path);
                    } else {
                        for tail in rest {
                            let mut whole = path.clone();
                            whole.extend(tail);
                            paths.push(whole);
                        }
                    }
                }
                return paths;
            }
            _ => break,
        }
    }
    if segments.is_empty() {
        Vec::new()
    } else {
        vec![segments]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_groups_and_macro_bodies_but_not_comments() {
        let source = r#"
            //! Not this: crate::comment
            use crate::{alpha, beta::Thing, gamma::{self, More}};
            use super::{delta, epsilon::Other};
            fn f() { let _ = crate::zeta::make(); tracing::info!("{}", crate::eta::NAME); }
        "#;
        let strings = |paths: Vec<Vec<String>>| -> Vec<String> {
            paths.into_iter().map(|p| p.join("::")).collect()
        };
        assert_eq!(
            strings(paths(source, "crate")),
            [
                "alpha",
                "beta::Thing",
                "gamma",
                "gamma::More",
                "zeta::make",
                "eta::NAME"
            ]
        );
        assert_eq!(strings(paths(source, "super")), ["delta", "epsilon::Other"]);
        assert_eq!(
            imports(source),
            ["alpha", "beta", "gamma", "gamma", "zeta", "eta"]
        );
    }
}
