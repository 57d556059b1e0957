//! `--jq EXPR`: a jq filter over each value a command prints, by jaq (a jq
//! written in Rust), so that no `jq` needs installing. Compiled before any
//! request is sent, so that a mistake in it costs nothing.

use jaq_core::load::{Arena, File, Loader};
use jaq_core::{Compiler, Ctx, Vars, data, unwrap_valr};
use jaq_json::Val;
use serde_json::Value;

use crate::failure::{Failure, Result};

/// jq's `@csv` and `@tsv`, which jaq leaves out: an array as one CSV
/// (strings quoted, quotes doubled) or TSV (tabs, line breaks and
/// backslashes escaped) row; a number as is, a boolean as true or false,
/// null as nothing; anything else an error, as in jq.
const FORMATS: &str = r#"
def @csv: if type != "array" then error("\(type) (\(tojson)) cannot be csv-formatted, only an array can be")
  else map(
    if type == "string" then "\"" + (split("\"") | join("\"\"")) + "\""
    elif . == null then ""
    elif type == "number" or type == "boolean" then tojson
    else error("\(type) (\(tojson)) is not valid in a csv row") end
  ) | join(",") end;
def @tsv: if type != "array" then error("\(type) (\(tojson)) cannot be tsv-formatted, only an array can be")
  else map(
    if type == "string" then split("\\") | join("\\\\") | split("\t") | join("\\t")
      | split("\n") | join("\\n") | split("\r") | join("\\r")
    elif . == null then ""
    elif type == "number" or type == "boolean" then tojson
    else error("\(type) (\(tojson)) is not valid in a tsv row") end
  ) | join("\t") end;
"#;

pub struct Jq {
    filter: jaq_core::Filter<data::JustLut<Val>>,
}

impl Jq {
    /// The filter, or a usage error saying what is wrong with it.
    pub fn compile(code: &str) -> Result<Jq> {
        let usage = |why: String| Failure::Usage(format!("--jq `{code}`: {why}"));
        let formats = jaq_core::load::parse(FORMATS, |p| p.defs())
            .ok_or_else(|| usage("the definitions of @csv and @tsv do not parse".into()))?;
        let defs = jaq_core::defs()
            .chain(jaq_std::defs())
            .chain(jaq_json::defs())
            .chain(formats);
        let funs = jaq_core::funs()
            .chain(jaq_std::funs())
            .chain(jaq_json::funs());
        let loader = Loader::new(defs);
        let arena = Arena::default();
        let modules = loader
            .load(&arena, File { code, path: () })
            .map_err(|errors| usage(load_errors(errors)))?;
        let filter = Compiler::default()
            .with_funs(funs)
            .compile(modules)
            .map_err(|errors| {
                let undefined: Vec<String> = errors
                    .into_iter()
                    .flat_map(|(_, errors)| errors)
                    .map(|(name, _)| format!("`{name}` is not defined"))
                    .collect();
                usage(undefined.join("; "))
            })?;
        Ok(Jq { filter })
    }

    /// Each output of the filter on `value`, as JSON; a string is given
    /// as its text, as `gh --jq` and `jq -r` print it.
    pub fn run(&self, value: &Value) -> Result<Vec<String>> {
        let text = serde_json::to_vec(value)
            .map_err(|e| Failure::Usage(format!("--jq: cannot read the value: {e}")))?;
        let input = jaq_json::read::parse_single(&text)
            .map_err(|e| Failure::Usage(format!("--jq: cannot read the value: {e}")))?;
        let ctx = Ctx::<data::JustLut<Val>>::new(&self.filter.lut, Vars::new([]));
        let mut outputs = Vec::new();
        for output in self.filter.id.run((ctx, input)).map(unwrap_valr) {
            match output {
                Ok(Val::TStr(text)) => outputs.push(String::from_utf8_lossy(&text).into_owned()),
                Ok(other) => outputs.push(other.to_string()),
                Err(e) => return Err(Failure::Usage(format!("--jq: {e}"))),
            }
        }
        Ok(outputs)
    }
}

fn load_errors<P>(errors: jaq_core::load::Errors<&str, P>) -> String {
    use jaq_core::load::Error;
    let mut why = Vec::new();
    for (_, error) in errors {
        match error {
            Error::Io(errors) => why.extend(errors.into_iter().map(|(_, e)| e)),
            Error::Lex(errors) => why.extend(
                errors
                    .into_iter()
                    .map(|(expected, at)| found(expected.as_str(), at)),
            ),
            Error::Parse(errors) => why.extend(
                errors
                    .into_iter()
                    .map(|(expected, at)| found(expected.as_str(), at)),
            ),
        }
    }
    why.join("; ")
}

fn found(expected: &str, at: &str) -> String {
    if at.is_empty() {
        format!("expected {expected} at its end")
    } else {
        let near: String = at.chars().take(20).collect();
        format!("expected {expected} at `{near}`")
    }
}
