//! The command tree: the global flags, the hand-written commands, and every
//! generated API command at the place its `CliCommand::path()` says, with
//! the verbs of its enum path parameters (`VERBS`: `campaigns activate`)
//! and each group's help from the spec's tags (`FAMILIES`).

use std::collections::BTreeMap;

use clap::parser::ValueSource;
use clap::{Args, Command, Subcommand};

use crate::failure::{Failure, Result};
use crate::generated::{Cli, CliCommand, FAMILIES, VERBS, Verb};
use crate::globals::Globals;
use crate::output::Output;
use crate::{api, campaigns, contacts, webhooks};

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
    Api(api::Command),
    /// Campaigns (the API's commands join this group)
    #[command(subcommand)]
    Campaigns(campaigns::Command),
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
            Handwritten::Api(command) => command.run(globals).await,
            Handwritten::Campaigns(command) => command.run(globals).await,
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
        let command = campaign_alias(operation.path(), Cli::<Output>::get_command(operation));
        let command = if VERBS
            .iter()
            .any(|verb| verb.operation.path() == operation.path() && starts_calling(verb))
        {
            with_yes(command)
        } else {
            command
        };
        generated.insert(operation.path(), command);
    }
    for verb in VERBS {
        if let Some(command) = verb_command(verb) {
            let command = if starts_calling(verb) {
                with_yes(command)
            } else {
                command
            };
            generated.insert(verb.path, campaign_alias(verb.path, command));
        }
    }
    generated
        .children
        .into_iter()
        .fold(root, |root, (name, node)| {
            if node.command.is_none() && root.find_subcommand(name).is_some() {
                // A hand-written group of the same name (`contacts`, should the
                // spec get a `/contacts` path): the generated commands join it.
                root.mut_subcommand(name, |group| {
                    let group = match family(&[name]) {
                        Some(about) => group.about(about),
                        None => group,
                    };
                    node.add_children(group, &[name])
                })
            } else {
                root.subcommand(node.into_command(&[name]))
            }
        })
}

/// A campaign is named the same way in every command: the `--id` of the
/// `campaigns` commands is `--campaign` too, as the hand-written ones take
/// it (`campaign_id`).
fn campaign_alias(path: &[&str], command: Command) -> Command {
    let is_campaigns = path.first() == Some(&"campaigns");
    let has_id = command.get_arguments().any(|arg| arg.get_id() == "id");
    let taken = command
        .get_arguments()
        .any(|arg| arg.get_long() == Some(crate::names::ALIAS));
    if is_campaigns && has_id && !taken {
        command.mut_arg("id", |arg| arg.visible_alias(crate::names::ALIAS))
    } else {
        command
    }
}

/// The generated command `matches` chose, with its own matches: an
/// operation's command, or a verb of one.
pub fn generated_command(
    matches: &clap::ArgMatches,
) -> Result<Option<(CliCommand, &clap::ArgMatches)>> {
    let mut words = Vec::new();
    let mut leaf = matches;
    while let Some((name, sub)) = leaf.subcommand() {
        words.push(name);
        leaf = sub;
    }
    if let Some(verb) = VERBS.iter().find(|verb| verb.path == words.as_slice()) {
        // The verb sets the parameter itself (a hidden flag's default).
        if leaf.value_source(verb.parameter) == Some(ValueSource::CommandLine) {
            return Err(Failure::Usage(format!(
                "`altur {}` is `--{} {}`: leave --{} out, or use `altur {}`",
                words.join(" "),
                verb.parameter,
                verb.value,
                verb.parameter,
                verb.operation.path().join(" "),
            )));
        }
        return Ok(Some((verb.operation, leaf)));
    }
    Ok(CliCommand::iter()
        .find(|operation| operation.path() == words.as_slice())
        .map(|operation| (operation, leaf)))
}

/// A 409 INVALID_STATUS_TRANSITION of an operation that has verbs, said as
/// what to do: the statuses the API lists in `valid_targets`, each with the
/// verb that gets there from the current one (the spec's
/// `x-altur-transitions`).
pub fn explain(failure: Failure, operation: CliCommand, leaf: &clap::ArgMatches) -> Failure {
    let failure = not_found(failure, operation, leaf);
    let verbs: Vec<&Verb> = VERBS
        .iter()
        .filter(|verb| verb.operation.path() == operation.path())
        .collect();
    let Some(first) = verbs.first() else {
        return failure;
    };
    // `try_`: an operation with verbs but no `id` flag would panic `get_raw`.
    let id = leaf
        .try_get_raw("id")
        .ok()
        .flatten()
        .and_then(|mut values| values.next())
        .map(|id| id.to_string_lossy().into_owned());
    // `campaigns` → `campaign 12`.
    let noun = first.path[..first.path.len() - 1]
        .last()
        .map_or("it", |noun| noun.strip_suffix('s').unwrap_or(noun));
    let subject = match &id {
        Some(id) => format!("{noun} {id}"),
        None => format!("the {noun}"),
    };
    failure.with_transition_hint(&subject, |current, target| {
        let verb = verbs
            .iter()
            .find(|verb| verb.to == Some(target) && verb.from.contains(&current))?;
        let mut command = format!("altur {}", verb.path.join(" "));
        if let Some(id) = &id {
            command.push_str(&format!(" --id {id}"));
        }
        Some(command)
    })
}

/// An id the API has nothing under, said as every command says it
/// (`Failure::not_found`): the thing the id names is the one of its flag
/// (`--thread-id`: a thread), or for `--id`, what the command's first word
/// names (`campaigns contacts list --id`: a campaign).
fn not_found(failure: Failure, operation: CliCommand, leaf: &clap::ArgMatches) -> Failure {
    let given = |name: &str| {
        leaf.try_get_raw(name)
            .ok()
            .flatten()
            .and_then(|mut values| values.next())
            .map(|value| value.to_string_lossy().into_owned())
    };
    let (noun, id) = if let Some(id) = given("id") {
        let first = operation.path().first().copied().unwrap_or("item");
        (first.strip_suffix('s').unwrap_or(first).to_owned(), id)
    } else {
        let ids: Vec<(String, String)> = leaf
            .ids()
            .filter_map(|name| {
                let name = name.as_str();
                let noun = name.strip_suffix("-id")?;
                Some((noun.replace('-', " "), given(name)?))
            })
            .collect();
        match ids.as_slice() {
            [(noun, id)] => (noun.clone(), id.clone()),
            _ => return failure,
        }
    };
    crate::names::not_found(failure, &noun, id)
}

/// The status in which a campaign calls its contacts.
const CALLING: &str = "active";

/// Whether the verb leads to the status in which a campaign calls people
/// (the spec's `x-altur-transitions`: `activate`, `resume`).
fn starts_calling(verb: &Verb) -> bool {
    verb.to == Some(CALLING)
}

/// `--yes`, for a command that can start a campaign calling.
fn with_yes(command: Command) -> Command {
    command.arg(
        clap::Arg::new("yes")
            .long("yes")
            .action(clap::ArgAction::SetTrue)
            .help(
                "Do it without asking: it starts calling the campaign's contacts at once (on a \
                 terminal the command otherwise says how many, and when, and asks; elsewhere it \
                 refuses without --yes)",
            ),
    )
}

/// Where the command chosen starts a campaign calling (`campaigns
/// activate`, `campaigns resume`, `campaigns action --action activate`):
/// its id and the verb, for the question asked first; and whether `--yes`
/// said not to ask.
pub fn calling_start(
    operation: CliCommand,
    leaf: &clap::ArgMatches,
) -> Option<(String, &'static Verb, bool)> {
    let verb = VERBS.iter().find(|verb| {
        verb.operation.path() == operation.path()
            && starts_calling(verb)
            && leaf
                .try_get_raw(verb.parameter)
                .ok()
                .flatten()
                .and_then(|mut values| values.next())
                .is_some_and(|value| value == verb.value)
    })?;
    // The id as typed, whatever type the spec gives it: a typed read of
    // another type is `None`, and the campaign would start calling without
    // the question. clap requires `--id`, so a calling start always has it.
    let id = leaf
        .try_get_raw("id")
        .ok()
        .flatten()
        .and_then(|mut values| values.next())
        .map(|id| id.to_string_lossy().into_owned())?;
    let yes = leaf.try_get_one::<bool>("yes").ok().flatten() == Some(&true);
    Some((id, verb, yes))
}

/// The verb's command: its operation's, with the parameter set (hidden,
/// defaulted to the verb's value). `None` where the operation's command
/// has no such flag (progenitor named it otherwise).
fn verb_command(verb: &Verb) -> Option<Command> {
    let command = Cli::<Output>::get_command(verb.operation);
    let has_flag = command
        .get_arguments()
        .any(|arg| arg.get_id() == verb.parameter);
    has_flag.then(|| {
        let same = format!(
            "altur {} --{} {}",
            verb.operation.path().join(" "),
            verb.parameter,
            verb.value
        );
        command
            .about(verb.about)
            .after_help(format!("The same as `{same}`."))
            .mut_arg(verb.parameter, |arg| {
                arg.hide(true).required(false).default_value(verb.value)
            })
    })
}

/// What the group at `path` is for, from the spec's tags.
fn family(path: &[&str]) -> Option<&'static str> {
    FAMILIES
        .iter()
        .find(|(words, _)| *words == path)
        .map(|(_, about)| *about)
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
        let about = family(path).map_or_else(
            || format!("The `{}` operations", path.join(" ")),
            str::to_owned,
        );
        let group = Command::new(name)
            .about(about)
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
