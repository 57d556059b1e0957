//! Send Message's answer, written by the spec's types once and filled in
//! after: the answer's shape (`MessageResponse` around two messages and a
//! thread) and a message's (its fields, their names and order) are written
//! once by serde_json from the types, with marks where a message's content,
//! author, time and thread go; a thread is written once, when first
//! answered, with a mark for its `updated_at` (the state keeps it until the
//! end user changes). An answer is then those bytes copied with the values
//! written in at the marks, as serde_json writes a string
//! ([`json_string`]): a fifth of the work of building the types and
//! writing them, and byte for byte the same (the tests below hold it).

use std::sync::{Arc, OnceLock};

use altur_api::types;
use chrono::{DateTime, SecondsFormat, Utc};

use crate::gate::built::built;
use crate::model::records::{Message, Thread};
use crate::model::state::{State, WrittenThread};
use crate::serve::render;

/// What goes at a mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    Content,
    SentBy,
    SentAt,
    ThreadId,
    InResponseTo,
    Messages,
    Thread,
}

/// Bytes the types wrote, cut at the marks: `parts[0]`, then the value
/// of `slots[0]`, then `parts[1]`, and so on.
#[derive(Debug)]
struct Frame {
    parts: Vec<Box<[u8]>>,
    slots: Vec<Slot>,
}

impl Frame {
    /// `written` cut where each mark's text (as the type wrote it) is.
    /// `None` where one is not found exactly once.
    fn cut(written: &str, marks: &[(&str, Slot)]) -> Option<Frame> {
        let mut found: Vec<(usize, usize, Slot)> = Vec::with_capacity(marks.len());
        for (text, slot) in marks {
            let at = written.find(text)?;
            if written[at + 1..].contains(text) {
                return None;
            }
            found.push((at, at + text.len(), *slot));
        }
        found.sort_unstable_by_key(|(at, _, _)| *at);
        let mut parts = Vec::with_capacity(found.len() + 1);
        let mut from = 0;
        for (at, end, _) in &found {
            parts.push(written.as_bytes()[from..*at].into());
            from = *end;
        }
        parts.push(written.as_bytes()[from..].into());
        Some(Frame {
            parts,
            slots: found.into_iter().map(|(_, _, slot)| slot).collect(),
        })
    }

    fn write(&self, out: &mut Vec<u8>, mut fill: impl FnMut(&mut Vec<u8>, Slot)) {
        for (part, slot) in self.parts.iter().zip(&self.slots) {
            out.extend_from_slice(part);
            fill(out, *slot);
        }
        out.extend_from_slice(self.parts.last().map_or(&[][..], |p| &p[..]));
    }
}

/// Marks: text no value of the sandbox's holds (a private-use character).
const CONTENT: &str = "\u{e000}content";
const SENT_BY: &str = "\u{e000}sent_by";
const THREAD_ID: &str = "\u{e000}thread_id";
const IN_RESPONSE_TO: &str = "\u{e000}in_response_to";
const IN_MESSAGES: &str = "\u{e000}messages";
const IN_THREAD: &str = "\u{e000}thread";

/// A date no record holds, to mark where a date-time goes.
fn mark_date() -> DateTime<Utc> {
    DateTime::from_timestamp(-23_000_000_000, 123_456_789).unwrap_or_default()
}

/// `value` as JSON text.
fn json(value: &impl serde::Serialize) -> String {
    serde_json::to_string(value).unwrap_or_else(|e| unreachable!("the spec's types serialize: {e}"))
}

fn quoted(text: &str) -> String {
    json(&text)
}

/// A date-time as the spec's types write one (chrono's RFC 3339 in UTC,
/// the fractional digits it needs), without its quotes.
fn date_text(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

/// A message as `render::message` writes it, read or not: everything but
/// `read` is a mark.
fn message_frame(read: bool) -> &'static Frame {
    static FRAMES: [OnceLock<Frame>; 2] = [OnceLock::new(), OnceLock::new()];
    FRAMES[usize::from(read)].get_or_init(|| {
        let marked = Message {
            content: CONTENT.into(),
            sent_by: types::MessageSentBy::Unknown(SENT_BY.into()),
            sent_at: mark_date(),
            read,
        };
        let written = json(&render::message(THREAD_ID, &marked));
        Frame::cut(
            &written,
            &[
                (&quoted(CONTENT), Slot::Content),
                (&quoted(SENT_BY), Slot::SentBy),
                (&quoted(&date_text(mark_date())), Slot::SentAt),
                (&quoted(THREAD_ID), Slot::ThreadId),
            ],
        )
        .unwrap_or_else(|| unreachable!("a message's marks are each written once: {written}"))
    })
}

/// `MessageResponse` with a message in `in_response_to`, one in
/// `messages` and a thread, each a mark.
fn response_frame() -> &'static Frame {
    static FRAME: OnceLock<Frame> = OnceLock::new();
    FRAME.get_or_init(|| {
        let message = |content: &str| {
            built::<types::Message, _>(
                types::Message::builder()
                    .thread_id("")
                    .type_(types::MessageType::Text)
                    .content(content.to_owned())
                    .sent_by(types::MessageSentBy::Ai)
                    .sent_at(mark_date()),
            )
        };
        let (first, other) = (message(IN_RESPONSE_TO), message(IN_MESSAGES));
        let thread: types::Thread = built(types::Thread::builder().id(IN_THREAD.to_owned()));
        let written = json(&built::<types::MessageResponse, _>(
            types::MessageResponse::builder()
                .in_response_to(first.clone())
                .messages(vec![other.clone()])
                .thread(thread.clone()),
        ));
        Frame::cut(
            &written,
            &[
                (&json(&first), Slot::InResponseTo),
                (&json(&other), Slot::Messages),
                (&json(&thread), Slot::Thread),
            ],
        )
        .unwrap_or_else(|| unreachable!("the answer's marks are each written once: {written}"))
    })
}

/// An author as the type writes it (`"AI"`), each known one written once.
fn sent_by_text(by: &types::MessageSentBy) -> std::borrow::Cow<'static, str> {
    use types::MessageSentBy::{Ai, Eu, Sys};
    static KNOWN: OnceLock<[String; 3]> = OnceLock::new();
    let known = KNOWN.get_or_init(|| [json(&Ai), json(&Eu), json(&Sys)]);
    match by {
        Ai => known[0].as_str().into(),
        Eu => known[1].as_str().into(),
        Sys => known[2].as_str().into(),
        other => json(other).into(),
    }
}

/// `text` as serde_json writes a string: quoted, with `"`, `\` and the
/// control characters escaped as it escapes them, everything else as is.
pub fn json_string(out: &mut Vec<u8>, text: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push(b'"');
    let bytes = text.as_bytes();
    // Most text has nothing to escape: looked for in one pass over every
    // byte (no early exit, which the compiler turns into wide compares).
    let plain = !bytes.iter().fold(false, |any, &b| {
        any | (b < 0x20) | (b == b'"') | (b == b'\\')
    });
    if plain {
        out.extend_from_slice(bytes);
        out.push(b'"');
        return;
    }
    let mut from = 0;
    for (at, &byte) in bytes.iter().enumerate() {
        let escaped: &[u8] = match byte {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            0..=0x1f => &[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(byte >> 4)],
                HEX[usize::from(byte & 0xf)],
            ],
            _ => continue,
        };
        out.extend_from_slice(&bytes[from..at]);
        out.extend_from_slice(escaped);
        from = at + 1;
    }
    out.extend_from_slice(&bytes[from..]);
    out.push(b'"');
}

/// The thread as written, cut at its `updated_at`: the state's copy unless
/// the thread is new or its end user changed since.
fn thread_frame(state: &mut State, thread_id: &str) -> Option<WrittenThread> {
    if let Some(written) = state.written_thread(thread_id) {
        return Some(written);
    }
    let thread: &Thread = state.thread(thread_id)?;
    let mut marked = render::thread(state, thread);
    marked.updated_at = Some(mark_date());
    let written = json(&marked);
    let frame = Frame::cut(
        &written,
        &[(&quoted(&date_text(mark_date())), Slot::SentAt)],
    )?;
    let [before, after]: [Box<[u8]>; 2] = frame.parts.try_into().ok()?;
    let written = Arc::new((before, after));
    state.keep_written_thread(thread_id, written.clone());
    Some(written)
}

/// Send Message's answer: `sent` (the end user's message, then the agent's
/// replies) in thread `thread_id`, which holds them; `None` where the
/// thread cannot be written in parts (the caller writes it whole).
pub fn send_answer(
    state: &mut State,
    thread_id: &str,
    sent: std::ops::RangeFrom<usize>,
) -> Option<Vec<u8>> {
    let thread = thread_frame(state, thread_id)?;
    let record = state.thread(thread_id)?;
    let messages = record.messages.get(sent)?;
    let (first, replies) = messages.split_first()?;
    if replies.is_empty() {
        // `messages` is left out when empty: the frame has one.
        return None;
    }
    // A Send Message's messages are sent when the thread is updated: the
    // time is written once.
    let updated_at = date_text(record.updated_at);
    let mut thread_id_text = Vec::with_capacity(thread_id.len() + 2);
    json_string(&mut thread_id_text, thread_id);
    let write_message = |out: &mut Vec<u8>, message: &Message| {
        message_frame(message.read).write(out, |out, slot| match slot {
            Slot::Content => json_string(out, &message.content),
            Slot::SentBy => out.extend_from_slice(sent_by_text(&message.sent_by).as_bytes()),
            Slot::SentAt if message.sent_at == record.updated_at => {
                json_string(out, &updated_at);
            }
            Slot::SentAt => json_string(out, &date_text(message.sent_at)),
            Slot::ThreadId => out.extend_from_slice(&thread_id_text),
            _ => unreachable!("a message has no {slot:?}"),
        });
    };
    let mut out = Vec::with_capacity(1024);
    response_frame().write(&mut out, |out, slot| match slot {
        Slot::InResponseTo => write_message(out, first),
        Slot::Messages => {
            for (n, reply) in replies.iter().enumerate() {
                if n > 0 {
                    out.push(b',');
                }
                write_message(out, reply);
            }
        }
        Slot::Thread => {
            out.extend_from_slice(&thread.0);
            json_string(out, &updated_at);
            out.extend_from_slice(&thread.1);
        }
        _ => unreachable!("the answer has no {slot:?}"),
    });
    Some(out)
}

#[cfg(test)]
mod tests {
    use altur_api::types::MessageSentBy;
    use uuid::Uuid;

    use super::*;
    use crate::model::records::{Agent, EndUser};

    fn state() -> State {
        let mut state = State::new(crate::model::state::tests::meta());
        state.agents.insert(
            Uuid::from_u128(1),
            Agent {
                id: Uuid::from_u128(1),
                public_id: "agt_1".into(),
                name: "Cobranza \"amable\"".into(),
                nickname: "Lucía".into(),
                position: 0,
            },
        );
        state.insert_end_user(EndUser {
            id: Uuid::from_u128(2),
            display_name: "Ana López 😀".into(),
            info: Some("VIP\n\u{1}".into()),
            integration_type: "api".into(),
            phone_number: None,
        });
        state.insert_thread(Thread {
            id: "thr\"1".into(),
            agent_id: Uuid::from_u128(1),
            end_user_id: Uuid::from_u128(2),
            integration_id: "int_1".into(),
            integration_type: "api".into(),
            updated_at: DateTime::from_timestamp(1_780_000_000, 0).unwrap(),
            messages: Vec::new(),
        });
        state
    }

    fn send(state: &mut State, content: &str, replies: &[&str], at: DateTime<Utc>) -> usize {
        let from = state.thread("thr\"1").unwrap().messages.len();
        let message = |content: &str, sent_by, read| Message {
            content: content.into(),
            sent_by,
            sent_at: at,
            read,
        };
        let messages: Vec<Message> = std::iter::once(message(content, MessageSentBy::Eu, true))
            .chain(replies.iter().map(|r| message(r, MessageSentBy::Ai, false)))
            .collect();
        state.add_messages("thr\"1", messages, at);
        from
    }

    fn typed(state: &State, from: usize) -> String {
        json(&render::message_response(
            state,
            state.thread("thr\"1").unwrap(),
            from,
        ))
    }

    fn framed(state: &mut State, from: usize) -> String {
        String::from_utf8(send_answer(state, "thr\"1", from..).expect("written in parts")).unwrap()
    }

    /// The answer from the parts is, byte for byte, the one the spec's types
    /// write: with every kind of character, one reply or two, a thread
    /// written before, times with and without fractions of a second, and
    /// after its end user changed.
    #[test]
    fn send_message_s_answer_is_the_types_own() {
        let mut state = state();
        let at = |nanos| DateTime::from_timestamp(1_780_000_100, nanos).unwrap();
        let mut every: String = (0u8..0x80).map(char::from).collect();
        every.push_str("«Sofía» 😀 \u{2028}");
        for (content, replies, nanos) in [
            ("When does my order ship?", &["Hola «Ana»"][..], 0),
            (every.as_str(), &["uno", "dos \"2\""][..], 488_789_301),
            ("\\", &[every.as_str()][..], 120_000_000),
        ] {
            let from = send(&mut state, content, replies, at(nanos));
            assert_eq!(framed(&mut state, from), typed(&state, from));
        }
        state
            .end_user_mut(&Uuid::from_u128(2))
            .unwrap()
            .display_name = "Otra".into();
        let from = send(&mut state, "¿Y ahora?", &["Sí"], at(5));
        let written = framed(&mut state, from);
        assert_eq!(written, typed(&state, from));
        assert!(written.contains("\"display_name\":\"Otra\""), "{written}");
        // No reply: no `messages`, written whole by the caller.
        let from = send(&mut state, "¿Hola?", &[], at(6));
        assert!(send_answer(&mut state, "thr\"1", from..).is_none());
    }

    #[test]
    fn a_string_is_written_as_serde_json_writes_it() {
        let mut every: String = (0u8..0x80).map(char::from).collect();
        every.push_str("«Sofía» \"López\" \\ 😀 \u{2028} \u{e000}");
        for text in [every.as_str(), "", "plain", "\"", "\\", "\u{1f}x"] {
            let mut ours = Vec::new();
            json_string(&mut ours, text);
            assert_eq!(String::from_utf8(ours).unwrap(), quoted(text));
        }
    }
}
