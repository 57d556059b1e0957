//! The source of the API commands: progenitor's CLI of the spec, made by
//! altur-api's code generator, with the command tree derived from the
//! spec's paths, the verbs of its enum path parameters and the help of its
//! families from its tags, adapted to the crate. The build writes it to `OUT_DIR`;
//! tests/new_operation.rs runs it on a changed spec.

use crate::{adapt, codegen, command_paths, families, shapes, verbs};

/// The operationIds of the list operations (those with pages).
pub fn paginated(text: &str) -> Result<Vec<String>, String> {
    Ok(codegen::operation_facts(text)
        .map_err(|e| e.to_string())?
        .into_iter()
        .filter(|(_, pages)| *pages)
        .map(|(operation, _)| operation.id)
        .collect())
}

/// The source, for the spec `text` and what each body's command checks and
/// sets (`shapes::bodies` of the same spec).
pub fn generate(text: &str, bodies: &[shapes::Body]) -> Result<String, String> {
    let mut file = codegen::generate_cli(text, "altur_api").map_err(|e| e.to_string())?;
    let paginated = paginated(text)?;
    let spec: openapiv3::OpenAPI =
        serde_norway::from_str(text).map_err(|e| format!("not an OpenAPI document: {e}"))?;
    let paths = command_paths::derive(&spec)?;
    let document: serde_json::Value =
        serde_norway::from_str(text).map_err(|e| format!("not a YAML document: {e}"))?;
    let verbs = verbs::derive(&document, &paths)?;
    let lists = adapt::Lists {
        paginated,
        bare: shapes::bare_lists(text)?,
    };
    adapt::apply(&mut file, &lists, &paths, &verbs, bodies)?;
    file.items
        .push(adapt::families(&families::derive(&document, &paths)));
    Ok(prettyplease::unparse(&file))
}
