//! Feature `axum`: [`Verified`], the extractor of a delivery whose signature
//! matched, decoded to its [`Event`].

use std::fmt;

use ::axum::body::Bytes;
use ::axum::extract::rejection::BytesRejection;
use ::axum::extract::{FromRef, FromRequest, Request};
use ::axum::http::StatusCode;
use ::axum::response::{IntoResponse, Response};

use super::{Event, SIGNATURE_HEADER, Secret, WebhookError, verify};

/// A delivery of Altur's, verified with the [`Secret`] of the router's
/// state (any state the secret is [`FromRef`] of, the secret itself
/// included), then decoded.
///
/// The body is read within axum's body limit (2 MB unless the router sets
/// another with `DefaultBodyLimit`); a larger one is refused with 413. A
/// delivery that does not verify is refused with 400 and the reason, which
/// never repeats the secret ([`Rejected`]). An event type the crate does
/// not know is [`Event::Unknown`], not a refusal: answer it 200.
#[derive(Debug)]
#[non_exhaustive]
pub struct Verified {
    /// The delivery's event.
    pub event: Event,
    /// The body as received, to store as it came (it verifies again).
    pub body: Bytes,
    /// The `X-Altur-Signature` header as received (ASCII, as every
    /// signature that verifies is).
    pub signature: String,
}

impl<S> FromRequest<S> for Verified
where
    S: Send + Sync,
    Secret: FromRef<S>,
{
    type Rejection = Rejected;

    async fn from_request(request: Request, state: &S) -> Result<Self, Rejected> {
        let signature = request.headers().get(SIGNATURE_HEADER).cloned();
        let body = Bytes::from_request(request, state)
            .await
            .map_err(Rejected::Body)?;
        let event = verify(&Secret::from_ref(state), signature.as_ref(), &body)
            .map_err(Rejected::Refused)?;
        let signature = signature
            .as_ref()
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        Ok(Verified {
            event,
            body,
            signature,
        })
    }
}

/// Why [`Verified`] refused a delivery.
#[derive(Debug)]
#[non_exhaustive]
pub enum Rejected {
    /// It does not verify, or its payload is not its event's shape: 400,
    /// with the reason.
    Refused(WebhookError),
    /// Its body could not be read: over the body limit (413), or broken off
    /// (axum's status for it).
    Body(BytesRejection),
}

impl Rejected {
    /// The status the refusal is answered with.
    pub fn status(&self) -> StatusCode {
        match self {
            Rejected::Refused(_) => StatusCode::BAD_REQUEST,
            Rejected::Body(rejection) => rejection.status(),
        }
    }
}

impl fmt::Display for Rejected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rejected::Refused(error) => error.fmt(f),
            Rejected::Body(rejection) => f.write_str(&rejection.body_text()),
        }
    }
}

impl std::error::Error for Rejected {}

impl IntoResponse for Rejected {
    fn into_response(self) -> Response {
        (self.status(), format!("{self}\n")).into_response()
    }
}
