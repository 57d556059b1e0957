//! A delivery's body as Altur's Python side writes it: `json.dumps(payload,
//! separators=(",", ":"))`, every character outside printable ASCII escaped
//! as `\uXXXX` (astral ones as surrogate pairs). The current signature
//! scheme signs exactly these bytes, so a receiver that signs the raw body
//! and one that re-serializes the payload, as the docs say, both agree.
//! Numbers are the sandbox's own (integers, and rates of four places, which
//! Rust and Python write alike); the tests hold the bytes to Python's.

use std::io;

use serde::Serialize;
use serde_json::ser::{CharEscape, Formatter, Serializer};

struct Python;

impl Formatter for Python {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (at, c) in fragment.char_indices() {
            if (' '..='~').contains(&c) {
                continue;
            }
            writer.write_all(&fragment.as_bytes()[start..at])?;
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                write!(writer, "\\u{unit:04x}")?;
            }
            start = at + c.len_utf8();
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }

    fn write_char_escape<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        escape: CharEscape,
    ) -> io::Result<()> {
        let text = match escape {
            CharEscape::Quote => "\\\"",
            CharEscape::ReverseSolidus => "\\\\",
            CharEscape::Backspace => "\\b",
            CharEscape::FormFeed => "\\f",
            CharEscape::LineFeed => "\\n",
            CharEscape::CarriageReturn => "\\r",
            CharEscape::Tab => "\\t",
            CharEscape::AsciiControl(byte) => return write!(writer, "\\u{byte:04x}"),
            // `Solidus` is never asked for by serde_json; Python leaves `/`.
            _ => "/",
        };
        writer.write_all(text.as_bytes())
    }
}

/// `value` as Python's compact `json.dumps` writes it.
pub fn compact(value: &impl Serialize) -> Vec<u8> {
    let mut out = Vec::new();
    let mut serializer = Serializer::with_formatter(&mut out, Python);
    value
        .serialize(&mut serializer)
        .unwrap_or_else(|e| unreachable!("a payload of the sandbox's own serializes: {e}"));
    out
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn escapes_as_python_does() {
        let text = compact(&json!({"n": [1, 0.156], "name": "Sofía 😀", "q": "a\"b\\c\n\u{7f}/"}));
        assert_eq!(
            String::from_utf8(text).unwrap(),
            r#"{"n":[1,0.156],"name":"Sof\u00eda \ud83d\ude00","q":"a\"b\\c\n\u007f/"}"#
        );
    }
}
