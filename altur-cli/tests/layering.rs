//! The modules of `altur` depend on each other one way: each imports only
//! from the layers below its own, as main.rs's docs list them, top to
//! bottom. Read from the source's tokens (so a `crate::` path inside a
//! macro counts, and one in a comment does not), the generated commands'
//! source included.

use std::collections::BTreeMap;

use proc_macro2::{Delimiter, TokenStream, TokenTree};

const SRC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src");

/// Module → its layer (0 is the top), from main.rs's numbered list.
fn layers(main: &str) -> BTreeMap<String, usize> {
    let mut layers = BTreeMap::new();
    for line in main.lines().filter_map(|l| l.strip_prefix("//! ")) {
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

/// The first name of every `crate::` path in `tokens`, and of each member
/// of a `crate::{...}` group.
fn crate_paths(tokens: TokenStream, found: &mut Vec<String>) {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, token) in tokens.iter().enumerate() {
        match token {
            TokenTree::Group(group) => crate_paths(group.stream(), found),
            TokenTree::Ident(ident) if ident == "crate" => {
                let is_colon = |t: Option<&TokenTree>| matches!(t, Some(TokenTree::Punct(p)) if p.as_char() == ':');
                if !(is_colon(tokens.get(i + 1)) && is_colon(tokens.get(i + 2))) {
                    continue;
                }
                match tokens.get(i + 3) {
                    Some(TokenTree::Ident(name)) => found.push(name.to_string()),
                    Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Brace => {
                        let members: Vec<TokenTree> = group.stream().into_iter().collect();
                        let mut first = true;
                        for member in &members {
                            match member {
                                TokenTree::Ident(name) if first => found.push(name.to_string()),
                                TokenTree::Punct(p) if p.as_char() == ',' => {
                                    first = true;
                                    continue;
                                }
                                _ => {}
                            }
                            first = false;
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
}

fn imports(source: &str) -> Vec<String> {
    let tokens: TokenStream = source.parse().expect("the source is Rust tokens");
    let mut found = Vec::new();
    crate_paths(tokens, &mut found);
    found
}

#[test]
fn no_module_imports_one_above_it() {
    let main = std::fs::read_to_string(format!("{SRC}/main.rs")).unwrap();
    let layers = layers(&main);
    let modules: Vec<&str> = main
        .lines()
        .filter_map(|l| l.strip_prefix("mod ")?.strip_suffix(';'))
        .collect();
    assert!(modules.len() >= 5, "the modules of main.rs: {modules:?}");
    let mut listed: Vec<&str> = layers.keys().map(String::as_str).collect();
    listed.retain(|&m| m != "main");
    let mut declared = modules.clone();
    declared.sort_unstable();
    assert_eq!(listed, declared, "main.rs's layers list each module once");

    let mut sources: Vec<(String, String)> = vec![("main".into(), main.clone())];
    for module in &modules {
        let text = std::fs::read_to_string(format!("{SRC}/{module}.rs")).unwrap();
        sources.push((module.to_string(), text));
    }
    // What `generated.rs` includes: the commands build/ writes.
    let generated = std::fs::read_to_string(concat!(env!("OUT_DIR"), "/altur_cli.rs")).unwrap();
    sources.push(("generated".into(), generated));

    let mut wrong = Vec::new();
    let mut seen = 0;
    for (module, source) in &sources {
        let own = layers[module];
        for imported in imports(source) {
            seen += 1;
            let Some(&theirs) = layers.get(&imported) else {
                wrong.push(format!("{module} imports crate::{imported}, in no layer"));
                continue;
            };
            if imported != *module && theirs <= own {
                wrong.push(format!(
                    "{module} (layer {}) imports {imported} (layer {})",
                    own + 1,
                    theirs + 1
                ));
            }
        }
    }
    assert!(
        seen > 50,
        "only {seen} crate:: paths found: the scan is broken"
    );
    wrong.sort();
    wrong.dedup();
    assert!(
        wrong.is_empty(),
        "imports against the layers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_scan_finds_paths_groups_and_macro_bodies_but_not_comments() {
    let source = r#"
        //! Not this: crate::comment
        use crate::{alpha, beta::Thing, gamma::{self, More}};
        use crate::delta::Other;
        fn f() { let _ = crate::epsilon::make(); tracing::info!("{}", crate::zeta::NAME); }
    "#;
    assert_eq!(
        imports(source),
        ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]
    );
}
