//! Lets every setter of every generated builder take what a person would
//! pass: `.content("hola")`, `.agent_id("5b0f...")`, `.page_size(100)`.
//!
//! progenitor (operation builders) and typify (type builders) both write
//! setters as `fn x<V>(self, value: V) where V: TryInto<T>`, so a `&str`
//! cannot be a `String`, a bare value cannot be an `Option`, and a string
//! cannot be a UUID; their errors say "conversion to `NonZeroU64` for
//! page_size failed". Here each such bound becomes the crate's
//! `FieldValue<T>` (`src/field_value.rs`), and each error the field's name
//! followed by the reason. Every conversion a generated type declares
//! (`TryFrom<&str>`, its builder, ...) becomes a `FieldValue` too, except
//! that the API's enums take from strings only their known values: a
//! string typed into a setter is where typos happen.

use std::collections::BTreeSet;

use quote::ToTokens;
use syn::visit_mut::VisitMut;

use syn::{
    Expr, GenericParam, Ident, ImplItem, Item, Type, TypeParamBound, WherePredicate, parse_quote,
};

use super::syntax::{ident_count, path_argument};

pub(super) fn apply(file: &mut syn::File) {
    for item in &mut file.items {
        let Item::Mod(module) = item else { continue };
        let Some((_, items)) = &mut module.content else {
            continue;
        };
        rewrite_setters(items);
        if module.ident == "types" {
            let conversions = declared_conversions(items);
            for item in items.iter_mut() {
                if let Item::Mod(builder) = item
                    && builder.ident == "builder"
                    && let Some((_, builder_items)) = &mut builder.content
                {
                    rewrite_setters(builder_items);
                }
            }
            items.extend(conversions);
        }
    }
}

fn rewrite_setters(items: &mut [Item]) {
    for item in items {
        let Item::Impl(block) = item else { continue };
        if block.trait_.is_some() {
            continue;
        }
        for member in &mut block.items {
            if let ImplItem::Fn(method) = member {
                rewrite_setter(method);
            }
        }
    }
}

/// `fn x<V>(mut self, value: V) -> Self where V: TryInto<T>, ..` becomes
/// the same with `V: crate::FieldValue<T>`, `value.try_into()` its
/// `into_field`, and the error `"x <reason>"`.
fn rewrite_setter(method: &mut syn::ImplItemFn) {
    let [GenericParam::Type(param)] = method.sig.generics.params.iter().collect::<Vec<_>>()[..]
    else {
        return;
    };
    let param = param.ident.clone();
    let Some(clause) = &mut method.sig.generics.where_clause else {
        return;
    };
    let Some(target) = clause.predicates.iter().find_map(|predicate| match predicate {
        WherePredicate::Type(bound) if matches!(&bound.bounded_ty, Type::Path(p) if p.path.is_ident(&param)) => {
            try_into_target(&bound.bounds)
        }
        _ => None,
    }) else {
        return;
    };
    // `V: TryInto<T>`, and `V::Error: Display` or `<V as TryInto<T>>::Error:
    // Display` with it, give way to the one bound.
    let mut kept = syn::punctuated::Punctuated::<WherePredicate, syn::Token![,]>::new();
    for predicate in std::mem::take(&mut clause.predicates) {
        match &predicate {
            WherePredicate::Type(bound)
                if ident_count(&bound.bounded_ty, &param.to_string()) > 0 => {}
            _ => kept.push(predicate),
        }
    }
    kept.push(parse_quote!(#param: crate::FieldValue<#target>));
    clause.predicates = kept;
    let name = method.sig.ident.to_string();
    let name = name.strip_suffix('_').unwrap_or(&name).to_owned();
    IntoField {
        param,
        target,
        name,
    }
    .visit_block_mut(&mut method.block);
}

fn try_into_target(
    bounds: &syn::punctuated::Punctuated<TypeParamBound, syn::Token![+]>,
) -> Option<Type> {
    bounds.iter().find_map(|bound| {
        let TypeParamBound::Trait(bound) = bound else {
            return None;
        };
        path_argument(&bound.path, "TryInto").cloned()
    })
}

struct IntoField {
    param: Ident,
    target: Type,
    name: String,
}

impl VisitMut for IntoField {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        if let Expr::MethodCall(call) = expr
            && call.method == "try_into"
            && call.args.is_empty()
        {
            let receiver = &call.receiver;
            let (param, target) = (&self.param, &self.target);
            *expr = parse_quote!(<#param as crate::FieldValue<#target>>::into_field(#receiver));
            return;
        }
        syn::visit_mut::visit_expr_mut(self, expr);
        if let Expr::MethodCall(call) = expr
            && call.method == "map_err"
        {
            let format = format!("{} {{e}}", self.name);
            call.args = parse_quote!(|e: ::std::string::String| format!(#format));
        }
    }
}

/// `FieldValue` impls for every conversion the `types` module declares
/// (`impl From<A> for X`, `impl TryFrom<A> for X`, and each builder's
/// `TryFrom<builder::X> for X`), to `X` and to `Option<X>`.
fn declared_conversions(items: &[Item]) -> Vec<Item> {
    let strict: BTreeSet<Ident> = items.iter().filter_map(strict_enum).collect();
    let declared: BTreeSet<Ident> = items
        .iter()
        .filter_map(|item| match item {
            Item::Struct(s) => Some(s.ident.clone()),
            Item::Enum(e) => Some(e.ident.clone()),
            _ => None,
        })
        .collect();
    // A `FieldValue` an earlier pass wrote (`id_types.rs`: a UUID id from
    // text, worded as a UUID field's) wins over the declared conversion.
    let written: BTreeSet<(String, String)> = items.iter().filter_map(field_value_pair).collect();
    let mut impls = Vec::new();
    let mut add = |source: Type, target: Ident, converted: Expr| {
        let pair = (
            source.to_token_stream().to_string(),
            target.to_token_stream().to_string(),
        );
        if written.contains(&pair) {
            return;
        }
        impls.push(parse_quote! {
            impl crate::FieldValue<#target> for #source {
                fn into_field(self) -> ::std::result::Result<#target, ::std::string::String> {
                    let value = self;
                    #converted
                }
            }
        });
        impls.push(parse_quote! {
            impl crate::FieldValue<::std::option::Option<#target>> for #source {
                fn into_field(
                    self,
                ) -> ::std::result::Result<::std::option::Option<#target>, ::std::string::String> {
                    <Self as crate::FieldValue<#target>>::into_field(self).map(Some)
                }
            }
        });
    };
    let mut visit = |block: &syn::ItemImpl, in_builder: bool| {
        let Some((trait_path, _)) = &block.trait_ else {
            return;
        };
        let (source, fallible) = match (
            path_argument(trait_path, "From"),
            path_argument(trait_path, "TryFrom"),
        ) {
            (Some(source), _) => (source, false),
            (_, Some(source)) => (source, true),
            _ => return,
        };
        let Some(target) = local_type(&block.self_ty, in_builder) else {
            return;
        };
        // `From<CampaignId> for i64` declares no setter's value: an id is
        // not what an integer field takes.
        if !in_builder && !declared.contains(&target) {
            return;
        }
        let source = if in_builder {
            parse_quote!(builder::#source)
        } else {
            source.clone()
        };
        if matches!(&source, Type::Path(p) if p.path.is_ident(&target)) {
            return;
        }
        let converted: Expr = if !fallible {
            parse_quote!(Ok(<#target as ::std::convert::From<#source>>::from(value)))
        } else if strict.contains(&target) && !in_builder {
            parse_quote! {
                #target::parse_known(::std::convert::AsRef::<str>::as_ref(&value))
                    .map_err(|e| format!("must be one of {:?}, not {:?}", e.known(), e.value()))
            }
        } else if in_builder {
            parse_quote! {
                <#target as ::std::convert::TryFrom<#source>>::try_from(value)
                    .map_err(|e| format!("is incomplete or invalid: {e}"))
            }
        } else {
            parse_quote! {
                <#target as ::std::convert::TryFrom<#source>>::try_from(value)
                    .map_err(|e| format!("is invalid: {e}"))
            }
        };
        add(source, target, converted);
    };
    for item in items {
        match item {
            Item::Impl(block) => visit(block, false),
            Item::Mod(module) if module.ident == "builder" => {
                for item in module.content.iter().flat_map(|(_, items)| items) {
                    if let Item::Impl(block) = item {
                        visit(block, true);
                    }
                }
            }
            _ => {}
        }
    }
    impls
}

/// `(source, target)` of an `impl crate::FieldValue<target> for source`.
fn field_value_pair(item: &Item) -> Option<(String, String)> {
    let Item::Impl(block) = item else { return None };
    let (trait_path, _) = block.trait_.as_ref()?;
    let target = path_argument(trait_path, "FieldValue")?;
    Some((
        block.self_ty.to_token_stream().to_string(),
        target.to_token_stream().to_string(),
    ))
}

/// The enums `open_enums` gave a `parse_known`.
fn strict_enum(item: &Item) -> Option<Ident> {
    let Item::Impl(block) = item else { return None };
    if block.trait_.is_some() {
        return None;
    }
    let has = block
        .items
        .iter()
        .any(|i| matches!(i, ImplItem::Fn(f) if f.sig.ident == "parse_known"));
    if !has {
        return None;
    }
    match &*block.self_ty {
        Type::Path(p) => p.path.get_ident().cloned(),
        _ => None,
    }
}

/// `X` (in `types`) or `super::X` (in `types::builder`).
fn local_type(ty: &Type, in_builder: bool) -> Option<Ident> {
    let Type::Path(path) = ty else { return None };
    let segments: Vec<_> = path.path.segments.iter().collect();
    match (in_builder, &segments[..]) {
        (false, [only]) => Some(only.ident.clone()),
        (true, [parent, only]) if parent.ident == "super" => Some(only.ident.clone()),
        _ => None,
    }
}
