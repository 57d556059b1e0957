//! Sets each operation's fixed headers (`api-version`) on the request itself.
//!
//! progenitor gathers an operation's headers in a `HeaderMap` of their own
//! and merges it into the request (`.headers(header_map)`): two allocations
//! and a hash of every name, per request, for a header that never changes.
//! Here every `header_map.append(HeaderName::from_static(..),
//! HeaderValue::from_static(..))` becomes `.header(..)` on the request being
//! built, and the map goes where nothing else is put in it. Headers the
//! caller gives (`Idempotency-Key`) stay in the map as generated.

use syn::visit_mut::VisitMut;
use syn::{Expr, Stmt, parse_quote};

use super::syntax::{ident_count, send_generated_mut};

const MAP: &str = "header_map";

pub(super) fn apply(file: &mut syn::File) {
    for f in send_generated_mut(file) {
        set_on_request(&mut f.block);
    }
}

fn set_on_request(block: &mut syn::Block) {
    let mut changed = block.clone();
    let mut fixed: Vec<(Expr, Expr)> = Vec::new();
    changed.stmts.retain(|stmt| match fixed_append(stmt) {
        Some(pair) => {
            fixed.push(pair);
            false
        }
        None => true,
    });
    if fixed.is_empty() {
        return;
    }
    // Left: the `let`, and `.headers(header_map)`.
    let map_unused = ident_count(&changed, MAP) == 2;
    if map_unused {
        changed.stmts.retain(|stmt| !declares(stmt, MAP));
    }
    let mut chain = ChainHeaders {
        fixed,
        map_unused,
        applied: 0,
    };
    chain.visit_block_mut(&mut changed);
    // Only where the request takes the map once, as progenitor writes it;
    // any other shape is left as generated, headers and all.
    if chain.applied == 1 {
        *block = changed;
    }
}

/// `(name, value)` of `header_map.append(name, value);` where both are
/// `from_static(..)`: fixed, and unable to fail.
fn fixed_append(stmt: &Stmt) -> Option<(Expr, Expr)> {
    let Stmt::Expr(Expr::MethodCall(call), Some(_)) = stmt else {
        return None;
    };
    let is_static = |e: &Expr| {
        matches!(e, Expr::Call(c) if matches!(&*c.func, Expr::Path(p)
            if p.path.segments.last().is_some_and(|s| s.ident == "from_static")))
    };
    match (&*call.receiver, &call.args.iter().collect::<Vec<_>>()[..]) {
        (Expr::Path(receiver), [name, value])
            if call.method == "append"
                && receiver.path.is_ident(MAP)
                && is_static(name)
                && is_static(value) =>
        {
            Some(((*name).clone(), (*value).clone()))
        }
        _ => None,
    }
}

fn declares(stmt: &Stmt, name: &str) -> bool {
    matches!(stmt, Stmt::Local(local) if matches!(&local.pat, syn::Pat::Ident(p) if p.ident == name))
}

/// Puts `.header(name, value)` where the request builder takes
/// `.headers(header_map)`, which it drops when the map is left empty.
struct ChainHeaders {
    fixed: Vec<(Expr, Expr)>,
    map_unused: bool,
    applied: usize,
}

impl VisitMut for ChainHeaders {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        syn::visit_mut::visit_expr_mut(self, expr);
        let Expr::MethodCall(call) = expr else { return };
        let takes_map = call.method == "headers"
            && matches!(call.args.first(), Some(Expr::Path(p)) if p.path.is_ident(MAP));
        if !takes_map {
            return;
        }
        let mut chained = (*call.receiver).clone();
        for (name, value) in &self.fixed {
            chained = parse_quote!(#chained.header(#name, #value));
        }
        if !self.map_unused {
            chained = parse_quote!(#chained.headers(header_map));
        }
        *expr = chained;
        self.applied += 1;
    }
}
