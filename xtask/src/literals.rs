//! Hand-written code builds the generated types through their builders
//! (`types::Call::builder().status("queued")...try_into()`), never with a
//! struct literal, `..Default::default()` or `X::default()`, nor a
//! setter given `Some(..)`: each stops compiling the day the spec gives the
//! type a field, or turns one required, and change day is meant to need no hand edit
//! (`cargo xtask literals`; `xtask/tests/literals.rs` runs it on the
//! workspace). The generated types are read from the code the spec
//! generates, not listed; the sources are every Rust file and every
//! README's Rust blocks (they are the crates' docs, so doctests). A
//! construction that must change with its type on purpose (a conversion
//! that decides, field by field, what carries over) says so with a
//! `// literal kept: why` comment on its line or the one above.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;
use syn::punctuated::Punctuated;
use syn::visit_mut::VisitMut;

const LITERAL: &str =
    "a struct literal: build it with its builder (`Type::builder()` and its setters)";
const DEFAULT: &str = "`Type::default()`: build it with its builder (`Type::builder()`)";
const SOME: &str = "`Some(..)` given to a setter of its builder: give the value itself (a \
                    setter takes it whether the field is optional or required)";

/// One construction of a generated type that a spec change can break.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Literal {
    /// Relative to the workspace root.
    pub file: String,
    pub line: usize,
    /// The generated type (`Call`).
    pub ty: String,
    /// `a struct literal`, `X::default()`, `Some(..)` given to a setter.
    pub how: &'static str,
}

impl fmt::Display for Literal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: `{}`, a generated type: {}",
            self.file, self.line, self.ty, self.how
        )
    }
}

/// The struct types the spec generates (`mod types` of the generated code).
pub fn generated_types(spec: &str) -> Result<BTreeSet<String>, String> {
    let source = crate::codegen::generate_shipped(spec, "")
        .map_err(|e| format!("the spec does not generate: {e}"))?
        .into_iter()
        .find(|(name, _)| *name == crate::codegen::shipped::TYPES)
        .map(|(_, source)| source)
        .ok_or("the generator wrote no types")?;
    let file = syn::parse_file(&source).map_err(|e| format!("the generated code: {e}"))?;
    Ok(crate::types_module::types_items(&file)
        .filter_map(|item| match item {
            syn::Item::Struct(s) => Some(s.ident.to_string()),
            _ => None,
        })
        .collect())
}

/// Every literal of a generated type in the workspace's hand-written
/// sources, by file and line.
pub fn find(root: &Path) -> Result<Vec<Literal>, String> {
    let spec = std::fs::read_to_string(root.join("openapi/altur.yaml"))
        .map_err(|e| format!("openapi/altur.yaml: {e}"))?;
    let types = generated_types(&spec)?;
    let mut found = Vec::new();
    for file in sources(root)? {
        let relative = file
            .strip_prefix(root)
            .unwrap_or(&file)
            .to_string_lossy()
            .into_owned();
        let text =
            std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let in_the_crate = relative.starts_with("altur-api/src/");
        if relative.ends_with(".rs") {
            let parsed = syn::parse_file(&text).map_err(|e| format!("{relative}: {e}"))?;
            let lines: Vec<&str> = text.lines().collect();
            // `// literal kept: why` on the line or the one above: a
            // construction that must change with the type, on purpose.
            let kept = |line: usize| {
                lines[line.saturating_sub(2)..line.min(lines.len())]
                    .iter()
                    .any(|l| l.contains("literal kept:"))
            };
            found.extend(
                in_file(&parsed, &types, in_the_crate, &relative, 0)
                    .into_iter()
                    .filter(|l| !kept(l.line)),
            );
        } else {
            found.extend(in_markdown(&text, &types, &relative)?);
        }
    }
    found.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    Ok(found)
}

/// The literals in a Markdown file's Rust blocks; a block that does not
/// parse is an error naming its file and line (its literals would go
/// unreported).
fn in_markdown(
    text: &str,
    types: &BTreeSet<String>,
    relative: &str,
) -> Result<Vec<Literal>, String> {
    let mut found = Vec::new();
    for (first_line, block) in rust_blocks(text) {
        // A doctest is a body, unless it writes its own `main`.
        let (wrapped, offset) = if block.contains("fn main") {
            (block.clone(), first_line - 1)
        } else {
            (format!("fn main() {{\n{block}\n}}"), first_line - 2)
        };
        let parsed = syn::parse_file(&wrapped).map_err(|e| {
            // A lexing error (an unclosed brace) has no line of its own:
            // syn gives the text's first, which is the block's.
            let line = match e.span().start().line {
                line if line > 1 => line + offset,
                _ => first_line,
            };
            format!("{relative}:{line}: a Rust block (from line {first_line}) does not parse: {e}")
        })?;
        found.extend(in_file(&parsed, types, false, relative, offset));
    }
    Ok(found)
}

/// The hand-written Rust files and READMEs under `root`: build outputs
/// (`target/`), installed packages (`node_modules/`) and hidden folders
/// aside, and the generator itself, which writes the types in `quote!`.
fn sources(root: &Path) -> Result<Vec<PathBuf>, String> {
    let mut found = Vec::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let entries =
            std::fs::read_dir(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        for entry in entries {
            let entry = entry.map_err(|e| format!("{}: {e}", folder.display()))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let path = entry.path();
            let relative = path.strip_prefix(root).unwrap_or(&path);
            let kind = entry
                .file_type()
                .map_err(|e| format!("{}: {e}", path.display()))?;
            if kind.is_dir() {
                let generator = relative == Path::new("altur-api/codegen")
                    || relative == Path::new("altur-cli/build");
                if !(name.starts_with('.')
                    || name == "target"
                    || name == "node_modules"
                    || generator)
                {
                    folders.push(path);
                }
            } else if kind.is_file() && (name.ends_with(".rs") || name == "README.md") {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

/// The Rust blocks of a Markdown file (rustdoc's: untagged, `rust`,
/// `no_run`, `should_panic`...; not `text`, `sh`, `toml`...), with the line
/// of each block's first line and rustdoc's hidden `# ` lines shown.
fn rust_blocks(markdown: &str) -> Vec<(usize, String)> {
    let mut blocks = Vec::new();
    let mut open: Option<(usize, String, bool)> = None;
    for (n, line) in markdown.lines().enumerate() {
        let trimmed = line.trim_start();
        if let Some(info) = trimmed.strip_prefix("```") {
            match open.take() {
                Some((start, text, true)) => blocks.push((start, text)),
                Some((_, _, false)) => {}
                None => {
                    let rust = info.split(',').map(str::trim).all(|tag| {
                        matches!(
                            tag,
                            "" | "rust"
                                | "no_run"
                                | "should_panic"
                                | "compile_fail"
                                | "edition2021"
                                | "edition2024"
                        ) || tag.starts_with("ignore")
                    });
                    open = Some((n + 2, String::new(), rust));
                }
            }
            continue;
        }
        if let Some((_, text, _)) = open.as_mut() {
            let shown = match trimmed.strip_prefix('#') {
                Some(rest) if rest.is_empty() || rest.starts_with(' ') => {
                    rest.strip_prefix(' ').unwrap_or(rest)
                }
                _ => line,
            };
            text.push_str(shown);
            text.push('\n');
        }
    }
    blocks
}

fn in_file(
    file: &syn::File,
    types: &BTreeSet<String>,
    in_the_crate: bool,
    relative: &str,
    offset: usize,
) -> Vec<Literal> {
    let mut imports = Imports::default();
    imports.read(&file.items);
    let mut finder = Finder {
        types,
        imports,
        in_the_crate,
        file: relative,
        offset,
        self_type: Vec::new(),
        found: Vec::new(),
    };
    finder.visit_file_mut(&mut file.clone());
    finder.found
}

/// What each name a file imports stands for (`types` →
/// `altur_api::types`), and the modules it imports every name of.
#[derive(Default)]
struct Imports {
    names: BTreeMap<String, Vec<String>>,
    globs: Vec<Vec<String>>,
}

impl Imports {
    fn read(&mut self, items: &[syn::Item]) {
        for item in items {
            match item {
                syn::Item::Use(u) => self.tree(&u.tree, Vec::new()),
                syn::Item::Mod(m) => {
                    if let Some((_, items)) = &m.content {
                        self.read(items);
                    }
                }
                syn::Item::Fn(f) => self.read_block(&f.block),
                _ => {}
            }
        }
    }

    fn read_block(&mut self, block: &syn::Block) {
        for stmt in &block.stmts {
            if let syn::Stmt::Item(item) = stmt {
                self.read(std::slice::from_ref(item));
            }
        }
    }

    fn tree(&mut self, tree: &syn::UseTree, mut prefix: Vec<String>) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.to_string());
                self.tree(&p.tree, prefix);
            }
            syn::UseTree::Name(n) => {
                let name = n.ident.to_string();
                if name == "self" {
                    if let Some(last) = prefix.last().cloned() {
                        self.names.insert(last, prefix);
                    }
                } else {
                    prefix.push(name.clone());
                    self.names.insert(name, prefix);
                }
            }
            syn::UseTree::Rename(r) => {
                if r.ident != "self" {
                    prefix.push(r.ident.to_string());
                }
                self.names.insert(r.rename.to_string(), prefix);
            }
            syn::UseTree::Glob(_) => self.globs.push(prefix),
            syn::UseTree::Group(g) => {
                for tree in &g.items {
                    self.tree(tree, prefix.clone());
                }
            }
        }
    }
}

struct Finder<'a> {
    types: &'a BTreeSet<String>,
    imports: Imports,
    in_the_crate: bool,
    file: &'a str,
    offset: usize,
    self_type: Vec<Option<String>>,
    found: Vec<Literal>,
}

impl Finder<'_> {
    /// Whether a module path (`altur_api::types`, `crate::generated::types`)
    /// is the generated types' module.
    fn is_types_module(&self, path: &[String]) -> bool {
        let root = path.first().map(String::as_str);
        let rooted = root == Some("altur_api") || (self.in_the_crate && root == Some("crate"));
        rooted && path.last().map(String::as_str) == Some("types")
    }

    /// The generated type a path names, if it names one.
    fn generated(&self, path: &syn::Path) -> Option<String> {
        let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        if segments == ["Self"] {
            return self.self_type.last().cloned().flatten();
        }
        // The path in full: its first segment through the file's imports
        // (`types::Call`, or `ApiError` imported as `types::Error as ApiError`).
        let (first, rest) = segments.split_first()?;
        let full: Vec<String> = match self.imports.names.get(first) {
            Some(imported) => imported.iter().chain(rest).cloned().collect(),
            None if rest.is_empty() => {
                // A glob import of the types' module brings every name.
                let globbed = self.imports.globs.iter().any(|g| self.is_types_module(g));
                return (globbed && self.types.contains(first)).then(|| first.clone());
            }
            None => segments.clone(),
        };
        let (name, module) = full.split_last()?;
        (self.types.contains(name) && self.is_types_module(module)).then(|| name.clone())
    }

    /// The generated type whose builder a chain of setters starts from
    /// (`types::Call::builder().id(..)`).
    fn builder_root(&self, mut expr: &syn::Expr) -> Option<String> {
        loop {
            match expr {
                syn::Expr::MethodCall(m) => expr = &m.receiver,
                syn::Expr::Call(c) => {
                    let syn::Expr::Path(p) = &*c.func else {
                        return None;
                    };
                    let mut ty = p.path.clone();
                    if ty.segments.last()?.ident != "builder" {
                        return None;
                    }
                    ty.segments.pop();
                    ty.segments.pop_punct();
                    return self.generated(&ty);
                }
                _ => return None,
            }
        }
    }

    fn push(&mut self, span: proc_macro2::Span, ty: String, how: &'static str) {
        self.found.push(Literal {
            file: self.file.to_owned(),
            line: span.start().line + self.offset,
            ty,
            how,
        });
    }

    /// The expressions a macro's arguments are, where they are any
    /// (`vec![..]`, `assert_eq!(..)`, `Some(..)` in `format!`).
    fn visit_macro_tokens(&mut self, tokens: TokenStream) {
        let parser = Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated;
        if let Ok(exprs) = syn::parse::Parser::parse2(parser, tokens.clone()) {
            for mut expr in exprs {
                self.visit_expr_mut(&mut expr);
            }
            return;
        }
        let repeat = |input: syn::parse::ParseStream| {
            let item: syn::Expr = input.parse()?;
            input.parse::<syn::Token![;]>()?;
            let _count: syn::Expr = input.parse()?;
            Ok(item)
        };
        if let Ok(mut expr) = syn::parse::Parser::parse2(repeat, tokens.clone()) {
            self.visit_expr_mut(&mut expr);
            return;
        }
        // A block of statements (`tokio::select!` aside).
        if let Ok(block) = syn::parse::Parser::parse2(syn::Block::parse_within, tokens) {
            for mut stmt in block {
                self.visit_stmt_mut(&mut stmt);
            }
        }
    }
}

impl VisitMut for Finder<'_> {
    fn visit_item_impl_mut(&mut self, item: &mut syn::ItemImpl) {
        let ty = match &*item.self_ty {
            syn::Type::Path(p) => self.generated(&p.path),
            _ => None,
        };
        self.self_type.push(ty);
        syn::visit_mut::visit_item_impl_mut(self, item);
        self.self_type.pop();
    }

    fn visit_expr_struct_mut(&mut self, expr: &mut syn::ExprStruct) {
        if let Some(ty) = self.generated(&expr.path) {
            let span = expr
                .path
                .segments
                .last()
                .map_or_else(proc_macro2::Span::call_site, |s| s.ident.span());
            self.push(span, ty, LITERAL);
        }
        syn::visit_mut::visit_expr_struct_mut(self, expr);
    }

    fn visit_expr_call_mut(&mut self, call: &mut syn::ExprCall) {
        if let syn::Expr::Path(p) = &*call.func
            && call.args.is_empty()
            && p.path.segments.len() >= 2
            && p.path.segments.last().is_some_and(|s| s.ident == "default")
        {
            let mut ty = p.path.clone();
            ty.segments.pop();
            ty.segments.pop_punct();
            if let Some(name) = self.generated(&ty) {
                let span = p.path.segments.last().unwrap().ident.span();
                self.push(span, name.clone(), DEFAULT);
            }
        }
        syn::visit_mut::visit_expr_call_mut(self, call);
    }

    fn visit_expr_method_call_mut(&mut self, call: &mut syn::ExprMethodCall) {
        if let [syn::Expr::Call(arg)] = call.args.iter().collect::<Vec<_>>()[..]
            && let syn::Expr::Path(f) = &*arg.func
            && f.path.is_ident("Some")
            && let Some(ty) = self.builder_root(&call.receiver)
        {
            self.push(call.method.span(), ty, SOME);
        }
        syn::visit_mut::visit_expr_method_call_mut(self, call);
    }

    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        self.visit_macro_tokens(mac.tokens.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn types() -> BTreeSet<String> {
        ["Call", "NewContact", "SendMessageBody"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    fn found(source: &str, in_the_crate: bool) -> Vec<(usize, String, &'static str)> {
        let file = syn::parse_file(source).unwrap();
        in_file(&file, &types(), in_the_crate, "x.rs", 0)
            .into_iter()
            .map(|l| (l.line, l.ty, l.how))
            .collect()
    }

    #[test]
    fn finds_literals_of_generated_types_wherever_they_are_named_from() {
        let source = r#"
use altur_api::types::{self, NewContact as Contact, SendMessageBody};
use other::Call as Mine;

fn f() {
    let a = types::Call { id: None, ..Default::default() };
    let b = vec![Contact { contact: None }];
    let c = Mine { id: 1 };
    assert_eq!(x, SendMessageBody { content: None });
    let d = types::Call::default();
    let e = altur_api::types::NewContact { contact: None };
    let f = Call { id: 2 };
    let g = SendMessageBody::builder().agent_id(x).content(Some(y));
    let h = other::Thing::builder().content(Some(y));
}
"#;
        assert_eq!(
            found(source, false),
            [
                (6, "Call".into(), LITERAL),
                (7, "NewContact".into(), LITERAL),
                (9, "SendMessageBody".into(), LITERAL),
                (10, "Call".into(), DEFAULT),
                (11, "NewContact".into(), LITERAL),
                (13, "SendMessageBody".into(), SOME),
            ]
        );
    }

    #[test]
    fn within_the_crate_crate_types_and_self_are_generated() {
        let source = r#"
use crate::types::*;
impl crate::types::Call { fn new() -> Self { Self { id: None } } }
fn f() { let a = NewContact { contact: None }; }
"#;
        assert_eq!(
            found(source, true),
            [
                (3, "Call".into(), LITERAL),
                (4, "NewContact".into(), LITERAL),
            ]
        );
        assert_eq!(found(source, false), []);
    }

    #[test]
    fn a_readme_s_rust_blocks_with_their_lines() {
        let markdown = "# Title\n\n```sh\ncargo x\n```\n\n```rust,no_run\n# use altur_api::types;\nlet a = types::Call {\n    id: None,\n};\n```\n";
        let blocks = rust_blocks(markdown);
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].0, 8);
        assert!(blocks[0].1.starts_with("use altur_api::types;\nlet a"));
        let wrapped = format!("fn main() {{\n{}\n}}", blocks[0].1);
        let file = syn::parse_file(&wrapped).unwrap();
        let found = in_file(&file, &types(), false, "README.md", blocks[0].0 - 2);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].line, 9, "{found:?}");
    }

    #[test]
    fn a_readme_s_rust_block_that_does_not_parse_is_an_error_naming_its_line() {
        let markdown = "# Title\n\n```rust\nlet a = 1;\nlet b = types::Call { id: None; };\n```\n";
        let error = in_markdown(markdown, &types(), "README.md").unwrap_err();
        assert!(error.starts_with("README.md:5: "), "{error}");
        // Text that does not lex (an unclosed brace): the block's line.
        let markdown = "# Title\n\n```rust\nlet a = 1;\nlet b = types::Call { id: None ;\n```\n";
        let error = in_markdown(markdown, &types(), "README.md").unwrap_err();
        assert!(error.starts_with("README.md:4: "), "{error}");
        let fine = "```rust\nlet a = types::Call { id: None };\n```\n";
        assert_eq!(in_markdown(fine, &types(), "README.md"), Ok(Vec::new()));
    }
}
