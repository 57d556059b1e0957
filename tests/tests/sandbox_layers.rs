//! The sandbox's modules depend on each other one way: each file imports
//! only from its own layer and those below it, as altur-sandbox's lib.rs
//! lists them, and no files import each other in a circle, within a layer
//! either. The rules and the domain do no HTTP and no I/O. Read from the
//! source's tokens (`altur_api_tests::layering`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use altur_api_tests::layering::{layers, paths};
use altur_api_tests::workspace_root;

/// Every `.rs` file under `src/`, by its module path (`rules/calls.rs` is
/// `rules::calls`, `serve/operations/mod.rs` is `serve::operations`).
fn modules(src: &Path) -> BTreeMap<Vec<String>, String> {
    let mut found = BTreeMap::new();
    let mut folders = vec![src.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let relative = path.strip_prefix(src).unwrap().with_extension("");
            let mut module: Vec<String> = relative
                .iter()
                .map(|s| s.to_string_lossy().into_owned())
                .collect();
            if matches!(module.last().map(String::as_str), Some("mod" | "lib")) {
                module.pop();
            }
            found.insert(module, std::fs::read_to_string(&path).unwrap());
        }
    }
    found
}

/// The module file a path names: its longest prefix that is one.
fn resolve<'m>(
    modules: &'m BTreeMap<Vec<String>, String>,
    path: &[String],
) -> Option<&'m Vec<String>> {
    (1..=path.len())
        .rev()
        .find_map(|n| modules.get_key_value(&path[..n]).map(|(k, _)| k))
}

/// The source before its unit tests, which may reach anywhere.
fn without_tests(source: &str) -> &str {
    source
        .match_indices("#[cfg(test)]\n")
        .find(|(at, marker)| {
            let next = source[at + marker.len()..].lines().next().unwrap_or("");
            next.ends_with("mod tests {")
        })
        .map_or(source, |(at, _)| &source[..at])
}

#[test]
fn each_module_imports_only_its_layer_and_those_below_and_no_files_in_a_circle() {
    let src = workspace_root().join("altur-sandbox/src");
    let modules = modules(&src);
    let lib = &modules[&Vec::new()];
    let layers = layers(lib);
    let declared: BTreeSet<String> = lib
        .lines()
        .filter_map(|l| l.strip_prefix("mod ")?.strip_suffix(';'))
        .map(str::to_owned)
        .collect();
    assert!(declared.len() >= 6, "lib.rs's modules: {declared:?}");
    let listed: BTreeSet<String> = layers.keys().cloned().collect();
    assert_eq!(listed, declared, "lib.rs's layers list each module once");

    let mut wrong = Vec::new();
    let mut edges: BTreeMap<&Vec<String>, BTreeSet<&Vec<String>>> = BTreeMap::new();
    let mut seen = 0;
    for (module, source) in &modules {
        let Some(top) = module.first() else {
            continue; // lib.rs: the root re-exports from every layer.
        };
        let own = layers[top];
        let source = without_tests(source);
        let mut targets = Vec::new();
        for path in paths(source, "crate") {
            seen += 1;
            let Some(&theirs) = layers.get(&path[0]) else {
                wrong.push(format!(
                    "{} imports crate::{}, in no layer",
                    module.join("::"),
                    path.join("::")
                ));
                continue;
            };
            if theirs < own {
                wrong.push(format!(
                    "{} (layer {}) imports crate::{} (layer {})",
                    module.join("::"),
                    own + 1,
                    path.join("::"),
                    theirs + 1
                ));
            }
            targets.push(path);
        }
        // `super::` in a folder's file names that folder's module.
        for path in paths(source, "super") {
            let mut full = module[..module.len() - 1].to_vec();
            full.extend(path);
            targets.push(full);
        }
        for target in targets {
            if let Some(file) = resolve(&modules, &target)
                && file != module
                && !module.starts_with(file)
            {
                edges.entry(module).or_default().insert(file);
            }
        }
    }
    assert!(
        seen > 150,
        "only {seen} crate:: paths found: the scan is broken"
    );
    wrong.sort();
    wrong.dedup();
    assert!(
        wrong.is_empty(),
        "imports against the layers:\n{}",
        wrong.join("\n")
    );

    // No circle: a file reaching itself through the files it imports.
    let mut circles = Vec::new();
    for start in edges.keys() {
        let mut stack: Vec<(&Vec<String>, Vec<&Vec<String>>)> = vec![(start, vec![start])];
        let mut visited = BTreeSet::new();
        while let Some((at, trail)) = stack.pop() {
            for next in edges.get(at).into_iter().flatten() {
                if next == start {
                    let names: Vec<String> = trail.iter().map(|m| m.join("::")).collect();
                    circles.push(names.join(" → "));
                } else if visited.insert(*next) {
                    let mut longer = trail.clone();
                    longer.push(next);
                    stack.push((next, longer));
                }
            }
        }
    }
    assert!(
        circles.is_empty(),
        "files in a circle:\n{}",
        circles.join("\n")
    );
}

#[test]
fn the_rules_and_the_domain_do_no_http_and_no_io() {
    let src = workspace_root().join("altur-sandbox/src");
    let mut checked = 0;
    for (module, source) in modules(&src) {
        if !matches!(module.first().map(String::as_str), Some("rules" | "domain")) {
            continue;
        }
        checked += 1;
        let source = without_tests(&source);
        let tokens: Vec<String> = source
            .parse::<proc_macro2::TokenStream>()
            .unwrap()
            .into_iter()
            .flat_map(flatten)
            .collect();
        for forbidden in [
            "hyper", "reqwest", "tokio", "rusqlite", "fs", "net", "Mutex", "engine", "serve",
        ] {
            assert!(
                !tokens.iter().any(|t| t == forbidden),
                "{} uses `{forbidden}`: a rule is a function over the state",
                module.join("::")
            );
        }
    }
    assert!(checked >= 10, "only {checked} files of rules/ and domain/");
}

fn flatten(token: proc_macro2::TokenTree) -> Vec<String> {
    match token {
        proc_macro2::TokenTree::Group(group) => {
            group.stream().into_iter().flat_map(flatten).collect()
        }
        proc_macro2::TokenTree::Ident(ident) => vec![ident.to_string()],
        _ => Vec::new(),
    }
}
