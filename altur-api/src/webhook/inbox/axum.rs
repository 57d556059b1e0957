//! With feature `axum`: a [`Verified`] delivery into the inbox in one line,
//! answered as Altur needs (200 once stored, 503 when it could not be), and
//! the router's state that holds both the secret and the inbox.

use ::axum::extract::FromRef;
use ::axum::http::StatusCode;
use ::axum::response::{IntoResponse, Response};

use super::{Engine, Inbox, InboxError, Stored};
use crate::webhook::Secret;
use crate::webhook::axum::Verified;

/// A router's state for receiving into an inbox: the [`Secret`] the
/// [`Verified`] extractor checks deliveries with, and the [`Inbox`] they
/// go into. A handler takes `State<Inbox<E>>` (or `State<Receiver<E>>`)
/// and a `Verified`:
/// `.with_state(Receiver { secret, inbox })`.
pub struct Receiver<E: Engine> {
    /// What deliveries are verified with.
    pub secret: Secret,
    /// Where they are stored.
    pub inbox: Inbox<E>,
}

impl<E: Engine> Clone for Receiver<E> {
    fn clone(&self) -> Self {
        Receiver {
            secret: self.secret.clone(),
            inbox: self.inbox.clone(),
        }
    }
}

/// Where [`Verified`] finds the secret.
impl<E: Engine> FromRef<Receiver<E>> for Secret {
    fn from_ref(receiver: &Receiver<E>) -> Secret {
        receiver.secret.clone()
    }
}

impl<E: Engine> FromRef<Receiver<E>> for Inbox<E> {
    fn from_ref(receiver: &Receiver<E>) -> Inbox<E> {
        receiver.inbox.clone()
    }
}

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
