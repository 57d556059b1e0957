//! The command tree: the global flags, the hand-written commands, and every
//! generated API command at the place its `CliCommand::path()` says.

use std::collections::BTreeMap;

use clap::{Args, Command, Subcommand};

use crate::generated::{Cli, CliCommand};
use crate::globals::Globals;
use crate::output::Output;
use crate::{contacts, webhooks};

/// The commands written by hand, on the crate.
#[derive(Subcommand, Debug)]
pub enum Handwritten {
    /// Bulk work on campaign contacts
    #[command(subcommand)]
    Contacts(contacts::Command),
    /// Check, receive and send Altur's webhook deliveries locally
    #[command(subcommand)]
    Webhooks(webhooks::Command),
    /// Serve the whole API from state on 127.0.0.1, with the documented
    /// rules, to rehearse against: no call or message leaves this machine
    Sandbox(crate::sandbox::Command),
    /// Print a completion script for a shell
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

impl Handwritten {
    pub async fn run(self, globals: &Globals) -> crate::failure::Result<()> {
        match self {
            Handwritten::Contacts(command) => command.run(globals).await,
            Handwritten::Webhooks(command) => command.run(globals).await,
            Handwritten::Sandbox(command) => command.run().await,
            Handwritten::Completions { shell } => {
                let mut out = Vec::new();
                clap_complete::generate(shell, &mut command(), "altur", &mut out);
                crate::output::print_line(String::from_utf8_lossy(&out).trim_end());
                Ok(())
            }
        }
    }
}

pub fn command() -> Command {
    let root = Command::new("altur");
    let root = Globals::augment_args(root);
    let root = Handwritten::augment_subcommands(root)
        .about(
            "The Altur API from the command line: every operation of its spec, and webhook \
             tools. The API key is read from ALTUR_API_KEY.",
        )
        .version(env!("CARGO_PKG_VERSION"))
        // The same help everywhere, whatever the terminal (and in snapshots).
        .term_width(100)
        .subcommand_required(true)
        .arg_required_else_help(true);
    let mut generated = Node::default();
    for operation in CliCommand::iter() {
        generated.insert(operation.path(), Cli::<Output>::get_command(operation));
    }
    generated
        .children
        .into_iter()
        .fold(root, |root, (name, node)| {
            if node.command.is_none() && root.find_subcommand(name).is_some() {
                // A hand-written group of the same name (`contacts`, should the
                // spec get a `/contacts` path): the generated commands join it.
                root.mut_subcommand(name, |group| node.add_children(group, &[name]))
            } else {
                root.subcommand(node.into_command(&[name]))
            }
        })
}

/// The generated command `matches` chose, with its own matches.
pub fn generated_command(matches: &clap::ArgMatches) -> Option<(CliCommand, &clap::ArgMatches)> {
    let mut words = Vec::new();
    let mut leaf = matches;
    while let Some((name, sub)) = leaf.subcommand() {
        words.push(name);
        leaf = sub;
    }
    CliCommand::iter()
        .find(|operation| operation.path() == words.as_slice())
        .map(|operation| (operation, leaf))
}

#[derive(Default)]
struct Node {
    children: BTreeMap<&'static str, Node>,
    command: Option<Command>,
}

impl Node {
    fn insert(&mut self, path: &'static [&'static str], command: Command) {
        let mut node = self;
        for word in path {
            node = node.children.entry(word).or_default();
        }
        node.command = Some(command);
    }

    fn into_command(self, path: &[&str]) -> Command {
        let name = path.last().copied().unwrap_or_default().to_owned();
        if let Some(command) = self.command {
            // progenitor joins the summary and the description: a group's
            // listing shows the summary, the command's --help both.
            let about = command
                .get_about()
                .map(ToString::to_string)
                .unwrap_or_default();
            let summary = about
                .split_once("\n\n")
                .map(|(summary, _)| summary.to_owned());
            return match summary {
                Some(summary) => command.name(name).about(summary).long_about(about),
                None => command.name(name),
            };
        }
        let group = Command::new(name)
            .about(format!("The `{}` operations", path.join(" ")))
            .subcommand_required(true)
            .arg_required_else_help(true);
        self.add_children(group, path)
    }

    fn add_children(self, group: Command, path: &[&str]) -> Command {
        self.children
            .into_iter()
            .fold(group, |group, (word, node)| {
                let mut sub_path = path.to_vec();
                sub_path.push(word);
                group.subcommand(node.into_command(&sub_path))
            })
    }
}
