//! The help of every command of the tree, snapshotted: a change to the
//! spec (an operation, a parameter, a description) shows in review as a
//! change here. And the completion scripts cover the generated commands.

mod common;

use common::{KEY, altur, run, tree};

#[test]
fn help_of_the_whole_tree() {
    let mut all = String::new();
    for path in tree() {
        let mut command = altur(path.iter().map(String::as_str).chain(["--help"]));
        // Help never shows the key, even when it is set.
        command.env("ALTUR_API_KEY", KEY);
        let help = run(command);
        assert_eq!(help.code, 0, "{help:?}");
        assert!(!help.stdout.contains(KEY));
        let words: Vec<&str> = std::iter::once("altur")
            .chain(path.iter().map(String::as_str))
            .chain(["--help"])
            .collect();
        all.push_str(&format!("$ {}\n{}\n", words.join(" "), help.stdout));
    }
    insta::assert_snapshot!(all);
}

#[test]
fn completion_scripts_name_every_command() {
    for shell in ["bash", "elvish", "fish", "powershell", "zsh"] {
        let script = run(altur(["completions", shell]));
        assert_eq!(script.code, 0, "{script:?}");
        for word in [
            "campaigns",
            "contacts",
            "enduser",
            "webhooks",
            "json-body",
            "limit",
        ] {
            assert!(script.stdout.contains(word), "{shell}: no {word}");
        }
    }
}
