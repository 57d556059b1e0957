//! The modules of `altur` depend on each other one way: each imports only
//! from the layers below its own, as main.rs's docs list them, top to
//! bottom. Read from the source's tokens (so a `crate::` path inside a
//! macro counts, and one in a comment does not: `altur_api_tests::layering`,
//! which the sandbox's layering test reads with too), the generated
//! commands' source included.

use altur_api_tests::layering::{imports, layers};

const SRC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src");

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
