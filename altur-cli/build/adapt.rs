//! Adapts progenitor's CLI to the client altur-api generates, whose
//! `send()` returns the crate's one `altur_api::Error` and whose list
//! operations have a `stream()` of every page:
//!
//! - `anyhow` becomes `crate::failure`, whose error keeps what failed (a
//!   usage mistake, the API, the network) for the exit code;
//! - the output callbacks of `CliConfig` take the crate's errors, and a list
//!   is items then an end;
//! - each list operation streams every page (`stream()`) under `--limit`,
//!   without a `--page-index` flag the stream sets itself; one whose answer
//!   is a bare array prints its items as a list too, under `--limit`;
//! - `--json-body -` reads standard input, and flags given beside a JSON
//!   body override its fields (the file is read first); the body goes
//!   through `crate::body`, which sets what `--hours` flags say (one per
//!   day schedule of the body, `build/shapes.rs`), drops `//` notes and
//!   refuses a value an enum of the body does not list, unless
//!   `--allow-unknown`;
//! - progenitor's unread `--json-body-template` becomes `--body-template`,
//!   which `main` answers with the template `build/shapes.rs` derives;
//! - `CliCommand::path()` places each operation in the command tree, and
//!   `VERBS` the verbs of an enum path parameter (`build/verbs.rs`);
//!   `FAMILIES` says what each group of the tree is for.
//!
//! Everything is found by what progenitor wrote for the spec, never by an
//! operation's name, so an operation Altur adds is adapted with no edit.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::visit_mut::VisitMut;
use syn::{Expr, ImplItem, Item, Stmt, TraitItem, parse_quote};

use crate::command_paths::CommandPaths;
use crate::families::Families;
use crate::shapes::Body;
use crate::verbs::Verb;

/// The flag progenitor makes of the page index parameter, which
/// `stream()` sets for each page.
const PAGE_INDEX_FLAG: &str = "page-index";

/// The list operations, by how their items come.
pub struct Lists {
    /// In pages (the crate's `stream()`).
    pub paginated: Vec<String>,
    /// In one answer that is a bare JSON array.
    pub bare: Vec<String>,
}

impl Lists {
    fn paginated(&self, op: &str) -> bool {
        self.paginated.iter().any(|p| p == op)
    }

    fn bare(&self, op: &str) -> bool {
        !self.paginated(op) && self.bare.iter().any(|p| p == op)
    }
}

pub fn apply(
    file: &mut syn::File,
    lists: &Lists,
    paths: &CommandPaths,
    verbs: &[Verb],
    bodies: &[Body],
) -> Result<(), String> {
    ReplaceAnyhow.visit_file_mut(file);
    // `anyhow::Context` served the body's reading, which `crate::body` does.
    file.items.retain(|item| {
        !matches!(item, Item::Use(using)
            if using.to_token_stream().to_string().contains("failure :: Context"))
    });
    let variants = variants(file)?;
    for item in &mut file.items {
        match item {
            Item::Impl(block) if is_cli_impl(block) => {
                for item in &mut block.items {
                    let ImplItem::Fn(function) = item else {
                        continue;
                    };
                    let name = function.sig.ident.to_string();
                    if let Some(op) = name.strip_prefix("cli_") {
                        let body = bodies.iter().find(|b| b.operation == op);
                        adapt_command(
                            &mut function.block,
                            lists.paginated(op),
                            lists.paginated(op) || lists.bare(op),
                            body,
                        );
                    } else if let Some(op) = name.strip_prefix("execute_") {
                        json_body_first(&mut function.block, op)?;
                        if lists.paginated(op) {
                            stream_pages(&mut function.block)?;
                        } else if lists.bare(op) {
                            list_items(&mut function.block)?;
                        }
                    }
                }
            }
            Item::Trait(config) if config.ident == "CliConfig" => output_callbacks(config),
            _ => {}
        }
    }
    file.items.push(command_tree(&variants, paths)?);
    file.items.extend(verb_table(&variants, verbs)?);
    refuse_panics(file)
}

fn is_cli_impl(block: &syn::ItemImpl) -> bool {
    block.trait_.is_none()
        && matches!(block.self_ty.as_ref(), syn::Type::Path(p)
            if p.path.segments.last().is_some_and(|s| s.ident == "Cli"))
}

/// `anyhow::X` → `crate::failure::X`, in paths and in `use`.
struct ReplaceAnyhow;

impl VisitMut for ReplaceAnyhow {
    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        if path.leading_colon.is_none()
            && path.segments.len() > 1
            && path.segments[0].ident == "anyhow"
        {
            let rest: Vec<_> = path.segments.iter().skip(1).cloned().collect();
            *path = parse_quote!(crate::failure::#(#rest)::*);
        }
        syn::visit_mut::visit_path_mut(self, path);
    }

    fn visit_item_use_mut(&mut self, item: &mut syn::ItemUse) {
        if let syn::UseTree::Path(path) = &mut item.tree
            && path.ident == "anyhow"
        {
            let rest = &path.tree;
            *item = parse_quote!(use crate::failure::#rest;);
        }
    }
}

/// The generated `CliCommand` variant of each operationId, read off
/// `CliCommand::operation_id()`.
fn variants(file: &syn::File) -> Result<BTreeMap<String, syn::Path>, String> {
    let mut found = BTreeMap::new();
    let operation_id = file.items.iter().find_map(|item| match item {
        Item::Impl(block) => block.items.iter().find_map(|item| match item {
            ImplItem::Fn(f) if f.sig.ident == "operation_id" => Some(f),
            _ => None,
        }),
        _ => None,
    });
    if let Some(Stmt::Expr(Expr::Match(arms), _)) = operation_id.and_then(|f| f.block.stmts.last())
    {
        for arm in &arms.arms {
            if let (syn::Pat::Path(pattern), Expr::Lit(lit)) = (&arm.pat, arm.body.as_ref())
                && let syn::Lit::Str(id) = &lit.lit
            {
                found.insert(id.value(), pattern.path.clone());
            }
        }
    }
    if found.is_empty() {
        return Err("progenitor's CLI has no `CliCommand::operation_id`: \
                    its shape changed, adapt altur-cli/build/adapt.rs"
            .into());
    }
    Ok(found)
}

/// `cli_<op>()` is one chain, `Command::new("").arg(..)..`: trade the
/// `--json-body-template` flag progenitor declares but never reads for
/// `--body-template` (which `main` answers from `build/shapes.rs`), say that
/// `-` is standard input, and on a list trade `--page-index` for `--limit`
/// (`listed`: a list, in pages or in one answer).
fn adapt_command(body: &mut syn::Block, paginated: bool, listed: bool, shape: Option<&Body>) {
    let Some(Stmt::Expr(chain, None)) = body.stmts.last_mut() else {
        return;
    };
    let takes_body = chain
        .to_token_stream()
        .to_string()
        .contains("\"json-body-template\"");
    let mut drop = vec!["json-body-template"];
    if paginated {
        drop.push(PAGE_INDEX_FLAG);
    }
    *chain = without_args(chain.clone(), &drop);
    JsonBodyHelp.visit_expr_mut(chain);
    DateTimeFlags.visit_expr_mut(chain);
    if takes_body {
        // Exclusive: the flags the body needs are not asked for.
        *chain = parse_quote! {
            #chain.arg(
                ::clap::Arg::new("body-template")
                    .long("body-template")
                    .action(::clap::ArgAction::SetTrue)
                    .exclusive(true)
                    .help(
                        "Print a JSON body with every field (the spec's examples, else \
                         placeholders of each type), to edit and pass back with --json-body; \
                         sends nothing",
                    ),
            )
        };
    }
    if let Some(shape) = shape {
        FlagHelp(&shape.descriptions).visit_expr_mut(chain);
    }
    for schedule in shape.into_iter().flat_map(|shape| &shape.schedules) {
        let flag = &schedule.flag;
        let help = format!(
            "{}. Write DAYS HH:MM-HH:MM, as 'mon-fri 09:00-18:00'; repeat it for other days \
             (each day not named gets no window); it replaces `{}`",
            schedule.about.trim_end_matches('.'),
            schedule.path
        );
        *chain = parse_quote! {
            #chain.arg(
                ::clap::Arg::new(#flag)
                    .long(#flag)
                    .value_name("DAYS HH:MM-HH:MM")
                    .action(::clap::ArgAction::Append)
                    .help(#help),
            )
        };
    }
    if shape.is_some_and(|shape| !shape.enums.is_empty()) {
        *chain = parse_quote! {
            #chain.arg(
                ::clap::Arg::new("allow-unknown")
                    .long("allow-unknown")
                    .action(::clap::ArgAction::SetTrue)
                    .help(
                        "Send a value of the body that the spec does not list for its field \
                         (a status Altur added since); refused otherwise, naming the values",
                    ),
            )
        };
    }
    if listed {
        let help = if paginated {
            "Stop after N items (every page is read otherwise)"
        } else {
            "Print the first N items (the list comes in one answer)"
        };
        *chain = parse_quote! {
            #chain.arg(
                ::clap::Arg::new("limit")
                    .long("limit")
                    .value_name("N")
                    .value_parser(::clap::value_parser!(u64).range(1..))
                    .help(#help),
            )
        };
    }
}

fn without_args(expr: Expr, names: &[&str]) -> Expr {
    match expr {
        Expr::MethodCall(mut call) => {
            let names_flag = |args: &syn::punctuated::Punctuated<Expr, syn::Token![,]>| {
                let text = args.to_token_stream().to_string();
                names
                    .iter()
                    .any(|name| text.starts_with(&format!(":: clap :: Arg :: new (\"{name}\")")))
            };
            if call.method == "arg" && names_flag(&call.args) {
                return without_args(*call.receiver, names);
            }
            *call.receiver = without_args(*call.receiver, names);
            Expr::MethodCall(call)
        }
        other => other,
    }
}

/// A body field's flag that progenitor left without help (typify drops a
/// description where it merges two definitions of one property: `--name`
/// and `--timezone` of `campaigns create`) gets the field's description.
struct FlagHelp<'a>(&'a [(String, String)]);

impl VisitMut for FlagHelp<'_> {
    fn visit_expr_method_call_mut(&mut self, call: &mut syn::ExprMethodCall) {
        if call.method == "arg"
            && let Some(arg) = call.args.first_mut()
        {
            let text = arg.to_token_stream().to_string();
            let described = self.0.iter().find(|(field, _)| {
                text.starts_with(&format!(
                    ":: clap :: Arg :: new (\"{}\")",
                    heck::ToKebabCase::to_kebab_case(field.as_str())
                ))
            });
            if let Some((_, about)) = described
                && !text.contains(". help (")
            {
                *arg = parse_quote!(#arg.help(#about));
            }
        }
        syn::visit_mut::visit_expr_method_call_mut(self, call);
    }
}

struct JsonBodyHelp;

impl VisitMut for JsonBodyHelp {
    fn visit_lit_str_mut(&mut self, lit: &mut syn::LitStr) {
        if lit.value() == "Path to a file that contains the full json body." {
            *lit = syn::LitStr::new(
                "A file holding the whole JSON body, `-` for standard input; \
                 flags given beside it override its fields",
                lit.span(),
            );
        }
    }
}

/// chrono's parser, which progenitor gives every `format: date-time` flag,
/// takes only a full date-time and fails on `2025-01-15` with "premature end
/// of input": `crate::dates` takes a date too and names the forms it takes,
/// which the flag's help says as well.
struct DateTimeFlags;

const CHRONO_PARSER: &str =
    ":: clap :: value_parser ! (:: chrono :: DateTime < :: chrono :: offset :: Utc >)";

impl VisitMut for DateTimeFlags {
    fn visit_expr_method_call_mut(&mut self, call: &mut syn::ExprMethodCall) {
        if call.method == "help"
            && call
                .receiver
                .to_token_stream()
                .to_string()
                .contains(CHRONO_PARSER)
            && let Some(help) = call.args.first().cloned()
        {
            call.args[0] = parse_quote!(format!("{}: {}", #help, crate::dates::FORMS));
        }
        syn::visit_mut::visit_expr_method_call_mut(self, call);
    }

    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        if let Expr::Macro(mac) = expr
            && mac.to_token_stream().to_string() == CHRONO_PARSER
        {
            *expr = parse_quote!(crate::dates::date_time);
            return;
        }
        syn::visit_mut::visit_expr_mut(self, expr);
    }
}

/// progenitor reads the JSON body last, so that it silently replaces what
/// the flags set; read it first, through `crate::body` (standard input for
/// `-`, the `--hours` flags, `//` notes dropped, enum values checked), and
/// made from those flags alone where there is no file.
fn json_body_first(body: &mut syn::Block, operation: &str) -> Result<(), String> {
    let reads_json_body = |stmt: &Stmt| stmt_text(stmt).contains("(\"json-body\")");
    let Some(position) = body.stmts.iter().position(reads_json_body) else {
        return Ok(());
    };
    let mut stmt = body.stmts.remove(position);
    let mut found = BodyType(None);
    // `visit` is not among syn's features here: the statement goes anyway.
    found.visit_stmt_mut(&mut stmt);
    let ty = found.0.ok_or_else(|| {
        format!(
            "execute_{operation} reads --json-body without `serde_json::from_str::<T>`: \
             progenitor's shape changed, adapt altur-cli/build/adapt.rs"
        )
    })?;
    // After `let mut request = self.client.op();`.
    body.stmts.insert(
        1,
        parse_quote! {
            if let Some(body_value) = crate::body::read::<#ty>(#operation, matches)? {
                request = request.body(body_value);
            }
        },
    );
    Ok(())
}

/// The `T` of the `serde_json::from_str::<T>` progenitor parses the body
/// with.
struct BodyType(Option<syn::Type>);

impl VisitMut for BodyType {
    fn visit_expr_call_mut(&mut self, call: &mut syn::ExprCall) {
        if let Expr::Path(path) = call.func.as_ref()
            && let Some(last) = path.path.segments.last()
            && last.ident == "from_str"
            && let syn::PathArguments::AngleBracketed(arguments) = &last.arguments
            && let Some(syn::GenericArgument::Type(ty)) = arguments.args.first()
        {
            self.0 = Some(ty.clone());
        }
        syn::visit_mut::visit_expr_call_mut(self, call);
    }
}

/// A list operation prints every item of every page: its single-page
/// `send()` becomes the crate's `stream()`, cut at `--limit`.
fn stream_pages(body: &mut syn::Block) -> Result<(), String> {
    body.stmts
        .retain(|stmt| !stmt_text(stmt).contains(&format!("(\"{PAGE_INDEX_FLAG}\")")));
    print_as_list(
        body,
        parse_quote! {
            let mut stream = ::futures_util::StreamExt::take(request.stream(), limit);
            while let Some(item) = ::futures_util::TryStreamExt::try_next(&mut stream)
                .await
                .map_err(crate::failure::Error::new)?
            {
                self.config.list_item(&item);
            }
        },
    )
}

/// A list in one answer (a bare array) prints as a list of pages does: an
/// item at a time, cut at `--limit`, then its end.
fn list_items(body: &mut syn::Block) -> Result<(), String> {
    print_as_list(
        body,
        parse_quote! {
            let items = request
                .send()
                .await
                .map_err(crate::failure::Error::new)?
                .into_inner();
            for item in items.iter().take(limit) {
                self.config.list_item(item);
            }
        },
    )
}

/// From its `send()` on, an execute function becomes `limit` (`--limit`,
/// else no limit), then `items` (which print each item), then the list's
/// end.
fn print_as_list(body: &mut syn::Block, items: Vec<Stmt>) -> Result<(), String> {
    let send = body
        .stmts
        .iter()
        .position(|stmt| stmt_text(stmt).contains("request . send ()"))
        .ok_or("a list operation's execute function does not call `send()`")?;
    body.stmts.truncate(send);
    body.stmts.push(parse_quote! {
        let limit = matches
            .get_one::<u64>("limit")
            .map_or(usize::MAX, |n| usize::try_from(*n).unwrap_or(usize::MAX));
    });
    body.stmts.extend(items);
    body.stmts.extend::<Vec<Stmt>>(parse_quote! {
        self.config.list_end();
        Ok(())
    });
    Ok(())
}

fn stmt_text(stmt: &Stmt) -> String {
    stmt.to_token_stream().to_string()
}

/// The output callbacks, on the crate's errors; a list is its items, then
/// its end.
fn output_callbacks(config: &mut syn::ItemTrait) {
    const REPLACED: [&str; 5] = [
        "error",
        "list_start",
        "list_item",
        "list_end_success",
        "list_end_error",
    ];
    config.items.retain(
        |item| !matches!(item, TraitItem::Fn(f) if REPLACED.contains(&f.sig.ident.to_string().as_str())),
    );
    config.items.extend::<Vec<TraitItem>>(vec![
        parse_quote! {
            /// A request failed (the error is returned too).
            fn error(&self, value: &Error);
        },
        parse_quote! {
            /// One item of a list, as soon as its page arrives.
            fn list_item<T: ::serde::Serialize>(&self, value: &T);
        },
        parse_quote! {
            /// After the last item of a list.
            fn list_end(&self);
        },
    ]);
}

/// `CliCommand::path()`: the command's words.
fn command_tree(
    variants: &BTreeMap<String, syn::Path>,
    paths: &CommandPaths,
) -> Result<Item, String> {
    let mut path_arms = Vec::<TokenStream>::new();
    for (id, variant) in variants {
        let words = paths
            .get(id)
            .ok_or_else(|| format!("operation `{id}` is in the CLI but not in the spec's paths"))?;
        path_arms.push(quote!(#variant => &[#(#words),*],));
    }
    Ok(parse_quote! {
        impl CliCommand {
            /// Where the command sits in the tree (`["campaigns", "list"]`),
            /// derived from its path and operationId in the spec.
            pub fn path(&self) -> &'static [&'static str] {
                match self {
                    #(#path_arms)*
                }
            }
        }
    })
}

/// `Verb` and `VERBS`: each value of an enum path parameter as a command.
fn verb_table(variants: &BTreeMap<String, syn::Path>, verbs: &[Verb]) -> Result<Vec<Item>, String> {
    let mut rows = Vec::<TokenStream>::new();
    for verb in verbs {
        let variant = variants
            .get(&verb.operation)
            .ok_or_else(|| format!("operation `{}` has verbs but no command", verb.operation))?;
        let Verb {
            words,
            parameter,
            value,
            about,
            from,
            to,
            ..
        } = verb;
        let to = match to {
            Some(to) => quote!(Some(#to)),
            None => quote!(None),
        };
        rows.push(quote! {
            Verb {
                operation: #variant,
                path: &[#(#words),*],
                parameter: #parameter,
                value: #value,
                about: #about,
                from: &[#(#from),*],
                to: #to,
            },
        });
    }
    Ok(vec![
        parse_quote! {
            /// A value of an enum path parameter as a command of its own
            /// (`altur campaigns activate`), from the spec's enum.
            pub struct Verb {
                /// The operation it runs, with `parameter` set to `value`.
                pub operation: CliCommand,
                pub path: &'static [&'static str],
                pub parameter: &'static str,
                pub value: &'static str,
                pub about: &'static str,
                /// The statuses it starts from and the one it leads to,
                /// where the spec says (`x-altur-transitions`).
                pub from: &'static [&'static str],
                pub to: Option<&'static str>,
            }
        },
        parse_quote! {
            pub const VERBS: &[Verb] = &[#(#rows)*];
        },
    ])
}

/// `FAMILIES`: (group words, what the group is for), from the spec's tags.
pub fn families(families: &Families) -> Item {
    let rows = families
        .iter()
        .map(|(words, about)| quote!((&[#(#words),*], #about),));
    parse_quote! {
        /// What each group of commands is for (`build/families.rs`).
        pub const FAMILIES: &[(&[&str], &str)] = &[#(#rows)*];
    }
}

/// The generated code must not be able to panic on anything a user or a
/// server sends: progenitor writes `todo!()` for shapes it cannot handle.
fn refuse_panics(file: &syn::File) -> Result<(), String> {
    let text = file.to_token_stream().to_string();
    for forbidden in ["todo !", "unimplemented !", "panic !", "unreachable !"] {
        if text.contains(forbidden) {
            return Err(format!(
                "progenitor's CLI contains `{}` (a response or body shape it cannot handle): \
                 teach altur-cli/build/adapt.rs that shape",
                forbidden.replace(' ', "")
            ));
        }
    }
    Ok(())
}
