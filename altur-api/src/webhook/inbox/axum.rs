//! With feature `axum`: a [`Verified`] delivery into the inbox in one line,
//! answered as Altur needs (200 once stored, 503 when it could not be).

use ::axum::http::StatusCode;
use ::axum::response::{IntoResponse, Response};

use super::{Engine, Inbox, InboxError, Stored};
use crate::webhook::axum::Verified;

impl<E: Engine> Inbox<E> {
    /// Stores a delivery the [`Verified`] extractor let through, and
    /// answers: `inbox.accept(delivery).await` is the whole handler.
    pub async fn accept(&self, delivery: Verified) -> Accepted {
        Accepted(
            self.store(&delivery.event, &delivery.body, &delivery.signature)
                .await,
        )
    }
}

/// What [`Inbox::accept`] did, and the answer to give: 200 when the
/// delivery is stored (now or before), 503 when it could not be, so that
/// Altur tries again later.
#[derive(Debug)]
pub struct Accepted(pub Result<Stored, InboxError>);

impl IntoResponse for Accepted {
    fn into_response(self) -> Response {
        match self.0 {
            Ok(Stored::New) => (StatusCode::OK, "ok\n").into_response(),
            Ok(Stored::Duplicate) => (StatusCode::OK, "already received\n").into_response(),
            Err(error) => {
                tracing::error!(
                    target: "altur_api::webhook::inbox", %error,
                    "delivery not stored: answered 503, Altur will retry"
                );
                (StatusCode::SERVICE_UNAVAILABLE, "not stored\n").into_response()
            }
        }
    }
}
