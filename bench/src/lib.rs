#![doc = include_str!("../README.md")]

use std::sync::Arc;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// A realistic `MessageResponse` with `messages` reply messages.
pub fn message_response(messages: usize) -> String {
    let message = |i: usize| {
        format!(
            r#"{{"thread_id":"thr_7f3a2c","type":"text","content":"Reply number {i}: your order ships tomorrow morning from the Monterrey warehouse.","sent_by":"AI","sent_at":"2026-11-20T15:04:06Z","read":false}}"#
        )
    };
    let replies: Vec<String> = (0..messages).map(message).collect();
    format!(
        r#"{{"thread":{{"id":"thr_7f3a2c","agent":{{"id":"5b0f0c6e-8a59-4c0e-9a43-2f5b1f0f7a11","name":"Sofía"}},"end_user":{{"id":"0d4f7c1e-3b2a-4e8f-9c6d-1a2b3c4d5e6f","display_name":"Ana Pérez","integration_type":"whatsapp","info":"Prefers Spanish"}},"integration":{{"id":"int_42","type":"whatsapp"}},"updated_at":"2026-11-20T15:04:05Z","active":true,"blocked":false,"tags":[{{"id":"tag_1","name":"VIP","color":"purple"}}],"assigned_to":[{{"id":"usr_9","email":"ops@example.com","first_name":"Luis"}}]}},"messages":[{}],"in_response_to":{{"thread_id":"thr_7f3a2c","type":"text","content":"When does my order ship?","sent_by":"EU","sent_at":"2026-11-20T15:04:05Z","read":true}}}}"#,
        replies.join(",")
    )
}

/// A realistic `Thread`, as GET /thread/{id} answers.
pub fn thread() -> String {
    let response: serde_json::Value =
        serde_json::from_str(&message_response(0)).expect("the response is JSON");
    response["thread"].to_string()
}

/// A page of `contacts` campaign contacts, as GET /campaigns/{id}/contacts
/// answers (the newest shape: page index pagination, `total_count`, the
/// call time as the backend writes it, without `T` or zone; the billed
/// duration sometimes in seconds, sometimes as "mm:ss", as the docs'
/// examples disagree).
pub fn contacts_page(contacts: usize) -> String {
    let statuses = ["queue", "sending", "delivered", "voicemail", "converted"];
    let contact = |i: usize| {
        let billed = if i.is_multiple_of(2) {
            format!("{}", 30 + i)
        } else {
            format!(r#""00:{:02}""#, i % 60)
        };
        format!(
            r#"{{"f_id":"user_{i:05}","id":{},"name":"Contacto {i}","contact":"+5215512{i:06}","status":"{}","context":"Recordatorio de pago, segundo aviso","retries":{},"has_follow_up":{},"call_count":{},"billed_duration":{billed},"last_call_at":"2025-10-03 19:{:02}:39","extracted_data":{{"monto_prometido":"1000","fecha_limite":"01-01-2025"}},"tags":["cobranza","lote-7"]}}"#,
            42_000 + i,
            statuses[i % statuses.len()],
            i % 3,
            i.is_multiple_of(2),
            i % 4,
            i % 60,
        )
    };
    let contacts: Vec<String> = (0..contacts).map(contact).collect();
    format!(
        r#"{{"total_count":1250,"contacts":[{}],"pagination":{{"has_next":true,"has_previous":false,"next_page":1,"previous_page":null}}}}"#,
        contacts.join(",")
    )
}

/// How many contacts a page of the benchmark holds.
pub const PAGE_SIZE: usize = 50;

/// Answers every request on every connection with JSON and 200, keeping
/// connections open: a GET of campaign contacts with a page of
/// [`PAGE_SIZE`], any other GET with a `Thread`, anything else with `body`.
/// Returns its base URL.
pub async fn keep_alive_server(body: String) -> String {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    let response = |body: &str| -> Arc<[u8]> {
        format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
            body.len()
        )
        .into_bytes()
        .into()
    };
    let responses = Arc::new([
        response(&body),
        response(&thread()),
        response(&contacts_page(PAGE_SIZE)),
    ]);
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let _ = stream.set_nodelay(true);
            tokio::spawn(serve(stream, responses.clone()));
        }
    });
    url
}

async fn serve(mut stream: TcpStream, responses: Arc<[Arc<[u8]>; 3]>) {
    let mut buffer = Vec::with_capacity(8192);
    loop {
        // One request: the head, then `content-length` bytes of body.
        let (head_end, length) = loop {
            if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
                let head = String::from_utf8_lossy(&buffer[..end]).to_ascii_lowercase();
                let length = head
                    .lines()
                    .find_map(|l| l.strip_prefix("content-length:"))
                    .and_then(|v| v.trim().parse::<usize>().ok())
                    .unwrap_or(0);
                break (end + 4, length);
            }
            let mut chunk = [0u8; 8192];
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buffer.extend_from_slice(&chunk[..n]),
            }
        };
        while buffer.len() < head_end + length {
            let mut chunk = [0u8; 8192];
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buffer.extend_from_slice(&chunk[..n]),
            }
        }
        let response = if buffer.starts_with(b"GET /campaigns/") {
            &responses[2]
        } else if buffer.starts_with(b"GET ") {
            &responses[1]
        } else {
            &responses[0]
        };
        buffer.drain(..head_end + length);
        if stream.write_all(response).await.is_err() {
            return;
        }
    }
}
