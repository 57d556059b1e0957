//! The generated client, as a reviewer reads it: one snapshot per type
//! (`generated_code__type_Call.snap`: the type, its impls and its builder)
//! and per operation (`generated_code__operation_send_message.snap`: the
//! method, its builder and, in `mock_`, its typed mock), each a whole unit
//! with no line numbers, so that a spec change shows up as the diffs of the
//! units it touches and nothing else.

use std::collections::BTreeMap;

use altur_api_tests::{codegen, committed_spec, workspace_root};
use heck::ToSnakeCase;
use quote::ToTokens;

fn generate(spec: &str) -> String {
    codegen::generate(spec).unwrap_or_else(|e| panic!("the spec does not generate: {e}"))
}

/// The name of the type an item is about (`Call` for `struct Call`,
/// `impl Call`, `impl From<Call> for X`'s self type, `builder::Call`).
fn self_type(item: &syn::Item) -> Option<String> {
    let last = |ty: &syn::Type| match ty {
        syn::Type::Path(path) => path.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    };
    match item {
        syn::Item::Struct(s) => Some(s.ident.to_string()),
        syn::Item::Enum(e) => Some(e.ident.to_string()),
        syn::Item::Type(t) => Some(t.ident.to_string()),
        // `impl FieldValue<Call> for &str` is about `Call`.
        syn::Item::Impl(i) => last(&i.self_ty).or_else(|| {
            let (path, _) = i.trait_.as_ref()?;
            let syn::PathArguments::AngleBracketed(args) = &path.segments.last()?.arguments else {
                return None;
            };
            let mut ty = args.args.iter().find_map(|a| match a {
                syn::GenericArgument::Type(t) => Some(t),
                _ => None,
            })?;
            // Through `Option<..>`.
            while let syn::Type::Path(p) = ty
                && let Some(segment) = p.path.segments.last()
                && segment.ident == "Option"
                && let syn::PathArguments::AngleBracketed(inner) = &segment.arguments
                && let Some(syn::GenericArgument::Type(t)) = inner.args.first()
            {
                ty = t;
            }
            last(ty)
        }),
        _ => None,
    }
}

fn module_items(item: &syn::Item) -> Option<(&syn::Ident, &[syn::Item])> {
    match item {
        syn::Item::Mod(m) => m.content.as_ref().map(|(_, items)| (&m.ident, &items[..])),
        _ => None,
    }
}

/// The generated source as units: `type_<Name>`, `operation_<id>`, and
/// `client` for what belongs to no one type or operation.
fn units(source: &str) -> BTreeMap<String, Vec<syn::Item>> {
    let file = syn::parse_file(source).expect("generated source parses");
    let mut units: BTreeMap<String, Vec<syn::Item>> = BTreeMap::new();
    // The operations are the methods of `impl Client` that return a builder.
    let mut operations: BTreeMap<String, String> = BTreeMap::new();
    for item in &file.items {
        if let syn::Item::Impl(i) = item
            && self_type(item).as_deref() == Some("Client")
            && i.trait_.is_none()
        {
            for member in &i.items {
                if let syn::ImplItem::Fn(method) = member
                    && method
                        .sig
                        .output
                        .to_token_stream()
                        .to_string()
                        .contains("builder ::")
                {
                    let id = method.sig.ident.to_string();
                    operations.insert(
                        heck::ToUpperCamelCase::to_upper_camel_case(id.as_str()),
                        id.clone(),
                    );
                    let mut alone = i.clone();
                    alone.items = vec![member.clone()];
                    units
                        .entry(format!("operation_{id}"))
                        .or_default()
                        .push(syn::Item::Impl(alone));
                }
            }
            continue;
        }
    }
    let put = |units: &mut BTreeMap<String, Vec<syn::Item>>, key: String, item: &syn::Item| {
        units.entry(key).or_default().push(item.clone());
    };
    for item in &file.items {
        match module_items(item) {
            Some((name, items)) if name == "types" => {
                for inner in items {
                    match module_items(inner) {
                        Some((module, builders)) if module == "builder" => {
                            for b in builders {
                                match self_type(b) {
                                    Some(ty) => put(&mut units, format!("type_{ty}"), b),
                                    None => put(&mut units, "client".into(), b),
                                }
                            }
                        }
                        Some(_) => put(&mut units, "client".into(), inner),
                        None => match self_type(inner) {
                            Some(ty) => put(&mut units, format!("type_{ty}"), inner),
                            None => put(&mut units, "client".into(), inner),
                        },
                    }
                }
            }
            Some((name, items)) if name == "builder" => {
                for b in items {
                    match self_type(b).and_then(|ty| operations.get(&ty)) {
                        Some(id) => put(&mut units, format!("operation_{id}"), b),
                        None => put(&mut units, "client".into(), b),
                    }
                }
            }
            _ => match item {
                syn::Item::Impl(_) if self_type(item).as_deref() == Some("Client") => {
                    let syn::Item::Impl(i) = item else {
                        unreachable!()
                    };
                    if i.trait_.is_some() || !units.keys().any(|k| k.starts_with("operation_")) {
                        put(&mut units, "client".into(), item);
                    } else {
                        // What of `impl Client` is no operation.
                        let mut rest = i.clone();
                        rest.items.retain(|m| {
                            !matches!(m, syn::ImplItem::Fn(f) if operations.values().any(|id| f.sig.ident == id))
                        });
                        if !rest.items.is_empty() {
                            put(&mut units, "client".into(), &syn::Item::Impl(rest));
                        }
                    }
                }
                // `impl builder::ListCampaigns` (its `stream()`) and
                // `impl Page for types::CampaignList`.
                syn::Item::Impl(i) => {
                    let path = i.self_ty.to_token_stream().to_string();
                    let ty = self_type(item).unwrap_or_default();
                    match operations.get(&ty) {
                        Some(id) if path.contains("builder") => {
                            put(&mut units, format!("operation_{id}"), item)
                        }
                        _ if path.contains("types") => put(&mut units, format!("type_{ty}"), item),
                        _ => put(&mut units, "client".into(), item),
                    }
                }
                _ => put(&mut units, "client".into(), item),
            },
        }
    }
    units
}

/// The mocks as units: `mock_<id>` (its When, its Then, its method of
/// `MockServerExt`), and `mock` for the rest.
fn mock_units(source: &str) -> BTreeMap<String, Vec<syn::Item>> {
    let file = syn::parse_file(source).expect("generated mocks parse");
    let mut units: BTreeMap<String, Vec<syn::Item>> = BTreeMap::new();
    for item in &file.items {
        if let Some((name, items)) = module_items(item)
            && name == "operations"
        {
            for inner in items {
                let ty = self_type(inner).unwrap_or_default();
                let op = ty.strip_suffix("When").or(ty.strip_suffix("Then"));
                let key = op.map_or("mock".into(), |op| format!("mock_{}", op.to_snake_case()));
                units.entry(key).or_default().push(inner.clone());
            }
        } else {
            units.entry("mock".into()).or_default().push(item.clone());
        }
    }
    units
}

fn text(items: &[syn::Item]) -> String {
    let mut file: syn::File = syn::parse_str("").expect("an empty file parses");
    file.items = items.to_vec();
    prettyplease::unparse(&file)
}

const SNAPSHOTS: &str = "tests/snapshots";
const PREFIXES: [&str; 4] = ["type_", "operation_", "mock_", "client"];

#[test]
fn generated_source_one_snapshot_per_type_and_operation() {
    let spec = committed_spec();
    let mut names = Vec::new();
    let units = units(&generate(&spec)).into_iter().chain(mock_units(
        &codegen::generate_mock(&spec).expect("mocks generate"),
    ));
    for (name, items) in units {
        insta::assert_snapshot!(name.clone(), text(&items));
        names.push(format!("generated_code__{name}.snap"));
    }
    // A type or an operation that is gone leaves its snapshot behind, which
    // insta alone does not see: name it.
    let dir = workspace_root().join("tests").join(SNAPSHOTS);
    let orphans: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|f| {
            f.strip_prefix("generated_code__")
                .is_some_and(|rest| PREFIXES.iter().any(|p| rest.starts_with(p)))
                && f.ends_with(".snap")
                && !names.contains(f)
        })
        .collect();
    assert!(
        orphans.is_empty(),
        "snapshots of generated code that is gone (the spec no longer has the type or operation): \
         delete them with the change that removed it, in tests/tests/snapshots/: {orphans:?}"
    );
}

#[test]
fn a_spec_change_changes_the_generated_code_accordingly() {
    let spec = committed_spec();
    // Message gains a property and its `type` enum a value.
    let changed = spec
        .replace(
            "    Message:\n      type: object\n      properties:\n",
            "    Message:\n      type: object\n      properties:\n        priority:\n          \
             description: How urgent the Message is\n          type: integer\n",
        )
        .replace(
            "          - document\n",
            "          - document\n          - sticker\n",
        );
    assert_ne!(
        changed, spec,
        "the edits above must apply to the committed spec"
    );

    let before = generate(&spec);
    let after = generate(&changed);
    assert!(
        !before.contains("pub priority:")
            && after.contains("pub priority: ::std::option::Option<i64>")
    );
    assert!(
        !before.contains("Sticker")
            && after.contains("#[serde(rename = \"sticker\")]\n        Sticker,")
    );
    // The diff a reviewer reads: the units that changed, each on its own,
    // hunks without line numbers.
    let (before, after) = (units(&before), units(&after));
    let mut diff = String::new();
    for (name, items) in &after {
        let old = before.get(name).map(|i| text(i)).unwrap_or_default();
        let new = text(items);
        if old != new {
            diff.push_str(&format!("=== {name}\n"));
            for line in similar::TextDiff::from_lines(&old, &new)
                .unified_diff()
                .context_radius(2)
                .to_string()
                .lines()
            {
                diff.push_str(if line.starts_with("@@") { "@@" } else { line });
                diff.push('\n');
            }
        }
    }
    assert!(
        before.keys().all(|k| after.contains_key(k)),
        "no unit is gone"
    );
    insta::assert_snapshot!(diff);
}

/// The items of the `types` module the committed spec generates.
fn generated_types() -> Vec<syn::Item> {
    let file = syn::parse_file(&generate(&committed_spec())).expect("generated source parses");
    file.items
        .into_iter()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "types" => m.content.map(|(_, items)| items),
            _ => None,
        })
        .expect("a `types` module")
}

#[test]
fn every_string_enum_is_open_to_unknown_values() {
    let types = generated_types();
    // A string enum is an enum whose variants, but for the catch-all, are
    // unit variants; the others (`oneOf` of two types) hold a value each.
    let string_enums: Vec<_> = types
        .iter()
        .filter_map(|item| match item {
            syn::Item::Enum(e)
                if e.variants.len() > 1
                    && e.variants
                        .iter()
                        .rev()
                        .skip(1)
                        .all(|v| matches!(v.fields, syn::Fields::Unit)) =>
            {
                Some(e)
            }
            _ => None,
        })
        .collect();
    assert!(
        string_enums.len() >= 15,
        "the spec has at least fifteen string enums, found {}",
        string_enums.len()
    );
    for e in string_enums {
        let last = e.variants.last().expect("variants");
        // `AnsweredBy` has a value `unknown`: its catch-all is `UnknownValue`.
        assert!(
            last.ident.to_string().starts_with("Unknown"),
            "{} has no catch-all variant",
            e.ident
        );
        assert!(
            matches!(&last.fields, syn::Fields::Unnamed(f) if f.unnamed.len() == 1)
                && last
                    .attrs
                    .iter()
                    .any(|a| quote::quote!(#a).to_string().contains("untagged")),
            "{}: the catch-all holds the value, untagged",
            e.ident
        );
    }
}

#[test]
fn a_spec_the_generator_cannot_take_is_an_error_naming_the_problem() {
    let spec = committed_spec().replace("      operationId: send_message\n", "");
    let error = codegen::generate(&spec).expect_err("no operationId");
    assert_eq!(
        error.to_string(),
        "unsupported by this client: POST /message has no operationId (add one in openapi/overlay.yaml)"
    );
    // An older name read as no property, or one that is a property itself.
    for (aliases, why) in [
        (
            "chatbot: agnt",
            "schema `Thread`: x-altur-aliases reads `chatbot` as `agnt`, which is none of its properties",
        ),
        (
            "tags: agent",
            "schema `Thread`: x-altur-aliases names `tags` an older name of `agent`, but `tags` is a property of its own",
        ),
    ] {
        let spec =
            committed_spec().replace("        chatbot: agent\n", &format!("        {aliases}\n"));
        let error = codegen::generate(&spec).expect_err(aliases);
        assert_eq!(
            error.to_string(),
            format!("unsupported by this client: {why}")
        );
    }
    let error = codegen::generate("openapi: [").expect_err("not YAML");
    assert!(
        error
            .to_string()
            .starts_with("not an OpenAPI 3.0 document:"),
        "{error}"
    );
}

/// Every value of every enum of the API says what it means (from the spec's
/// `x-enum-descriptions`), then its wire string: `MessageSentBy::Eu` is "The
/// end user wrote it", not a bare `Eu`.
#[test]
fn every_enum_variant_says_what_it_means() {
    let types = generated_types();
    let mut undocumented = Vec::new();
    let mut variants = 0;
    for item in types {
        let syn::Item::Enum(e) = item else { continue };
        for variant in e
            .variants
            .iter()
            .filter(|v| matches!(v.fields, syn::Fields::Unit))
        {
            variants += 1;
            let docs: Vec<String> = variant
                .attrs
                .iter()
                .filter_map(|a| match &a.meta {
                    syn::Meta::NameValue(nv) if nv.path.is_ident("doc") => match &nv.value {
                        syn::Expr::Lit(syn::ExprLit {
                            lit: syn::Lit::Str(s),
                            ..
                        }) => Some(s.value().trim().to_owned()),
                        _ => None,
                    },
                    _ => None,
                })
                .collect();
            let meaning = docs
                .first()
                .filter(|line| !line.is_empty() && !line.ends_with("on the wire."));
            let wire = docs.last().filter(|line| line.ends_with("on the wire."));
            if meaning.is_none() || wire.is_none() {
                undocumented.push(format!("{}::{} {docs:?}", e.ident, variant.ident));
            }
        }
    }
    assert!(variants > 80, "{variants} variants");
    assert!(
        undocumented.is_empty(),
        "without a meaning: {undocumented:#?}"
    );
}

/// The passes that change how a request is built (`codegen/static_headers.rs`,
/// `codegen/path_segments.rs`) leave an operation as progenitor wrote it
/// where they do not recognise its shape: the request is still right, only
/// dearer, and no wire test can tell. Here every path parameter of the spec
/// is written through `path_segment::Segment` and every operation sets
/// `api-version` on the request itself, so a progenitor that writes either
/// differently fails this rather than passing as an accepted snapshot.
#[test]
fn every_request_is_built_by_the_passes() {
    use proc_macro2::{Delimiter, TokenStream, TokenTree};

    let spec: serde_json::Value = serde_norway::from_str(&committed_spec()).unwrap();
    let (mut operations, mut parameters) = (0, 0);
    for (path, item) in spec["paths"].as_object().unwrap() {
        for operation in item.as_object().unwrap().values() {
            if operation.get("operationId").is_some() {
                operations += 1;
                parameters += path.matches('{').count();
            }
        }
    }

    /// How often `name(..)` occurs whose arguments contain `inside`, at any
    /// depth, macro arguments included.
    fn calls(stream: TokenStream, name: &str, inside: &str) -> usize {
        let tokens: Vec<TokenTree> = stream.into_iter().collect();
        let mut found = 0;
        for (i, token) in tokens.iter().enumerate() {
            if let (TokenTree::Ident(ident), Some(TokenTree::Group(args))) =
                (token, tokens.get(i + 1))
                && ident == name
                && args.delimiter() == Delimiter::Parenthesis
                && args.stream().to_string().contains(inside)
            {
                found += 1;
            }
            if let TokenTree::Group(group) = token {
                found += calls(group.stream(), name, inside);
            }
        }
        found
    }
    let source: TokenStream = generate(&committed_spec()).parse().unwrap();
    assert_eq!(
        (
            calls(source.clone(), "Segment", ""),
            calls(source.clone(), "encode_path", "")
        ),
        (parameters, 0),
        "path parameters written through Segment, and through encode_path"
    );
    assert_eq!(
        (
            calls(source.clone(), "header", "\"api-version\""),
            calls(source, "append", "from_static")
        ),
        (operations, 0),
        "api-version set on the request, and put in a header map"
    );
}
