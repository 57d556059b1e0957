//! The generated client, as a reviewer reads it: a spec change shows up in
//! these snapshots as a diff of Rust code.

use altur_api_tests::{codegen, committed_spec};

fn generate(spec: &str) -> String {
    codegen::generate(spec).unwrap_or_else(|e| panic!("the spec does not generate: {e}"))
}

#[test]
fn generated_source() {
    insta::assert_snapshot!(generate(&committed_spec()));
}

#[test]
fn generated_mocks() {
    let mocks = codegen::generate_mock(&committed_spec()).expect("mocks generate");
    insta::assert_snapshot!(mocks);
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
    let diff = similar::TextDiff::from_lines(&before, &after)
        .unified_diff()
        .context_radius(2)
        .to_string();
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
