//! `GET /call/{id}/recording`, where `recording_url` points: a call's
//! recording as a WAV, for the key's owner only (401 otherwise, as every
//! request). No page documents the operation, so it is not in the spec and
//! not routed from it; the sandbox serves it so that code that downloads
//! recordings can be rehearsed.

use crate::domain::recording;
use crate::engine::running::Running;
use crate::gate::api_error::ApiError;

/// The call id, if the request is for a recording.
pub fn requested<'p>(method: &str, path: &'p str) -> Option<&'p str> {
    let id = path.strip_prefix("/call/")?.strip_suffix("/recording")?;
    (method == "GET" && !id.is_empty() && !id.contains('/')).then_some(id)
}

/// The recording's bytes, or why there are none.
pub fn answer(running: &Running, id: &str) -> Result<Vec<u8>, ApiError> {
    let stored = running.lock();
    let call = stored
        .state
        .call(id)
        .ok_or_else(|| ApiError::new(404, "NOT_FOUND", format!("no call {id}")))?;
    if !recording::exists(call) {
        return Err(ApiError::new(
            404,
            "NOT_FOUND",
            format!("call {id} has no recording: it was not answered, or has not ended"),
        ));
    }
    Ok(recording::wav(call))
}
