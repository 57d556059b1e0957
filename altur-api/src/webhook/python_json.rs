//! What Python writes for `json.dumps(json.loads(body), separators=(",", ":"))`:
//! the message Altur's current scheme signs. Altur's side is Python, so the
//! bytes must be Python's, not serde_json's: keys in the order received (a
//! repeated key keeps its first place and its last value), every character
//! outside printable ASCII escaped as `\uXXXX` (emoji as surrogate pairs),
//! integers as written, other numbers as Python's `repr(float)` (`1e-05`,
//! `0.0`, `1250.5`).
//!
//! It works on the bytes, in one pass, without building a document: this
//! runs on every delivery, before the signature is known to be good, so it
//! must be cheap and must bound its depth for any input.

use std::collections::HashMap;
use std::fmt;

/// Deeper than any payload Altur sends; bounds the recursion on hostile input.
const MAX_DEPTH: usize = 128;
/// Members of one object compared one by one before a hash index is built.
const LINEAR_LOOKUP: usize = 16;

/// Why a body is not JSON as Python reads it, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotJson {
    /// Byte offset into the body.
    pub offset: usize,
    pub reason: &'static str,
}

impl fmt::Display for NotJson {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at byte {}", self.reason, self.offset)
    }
}

/// The compact re-serialization of `body`, byte for byte as Python writes it.
pub fn compact(body: &[u8]) -> Result<Vec<u8>, NotJson> {
    // Python's json.loads(bytes) reads UTF-8 with or without a BOM.
    let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    let mut reader = Reader {
        bytes: body,
        at: 0,
        out: Vec::with_capacity(body.len()),
    };
    reader.whitespace();
    reader.value(0)?;
    reader.whitespace();
    if reader.at != body.len() {
        return Err(reader.fail("extra data after the JSON value"));
    }
    Ok(reader.out)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    out: Vec<u8>,
}

impl Reader<'_> {
    fn fail(&self, reason: &'static str) -> NotJson {
        NotJson {
            offset: self.at,
            reason,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn literal(&mut self, word: &[u8]) -> bool {
        if self.bytes[self.at..].starts_with(word) {
            self.out.extend_from_slice(word);
            self.at += word.len();
            true
        } else {
            false
        }
    }

    fn value(&mut self, depth: usize) -> Result<(), NotJson> {
        match self.peek() {
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => self.string(),
            Some(b'-' | b'0'..=b'9') => {
                // Python reads these two words as floats and writes them back.
                if self.literal(b"-Infinity") {
                    Ok(())
                } else {
                    self.number()
                }
            }
            Some(b't') if self.literal(b"true") => Ok(()),
            Some(b'f') if self.literal(b"false") => Ok(()),
            Some(b'n') if self.literal(b"null") => Ok(()),
            Some(b'N') if self.literal(b"NaN") => Ok(()),
            Some(b'I') if self.literal(b"Infinity") => Ok(()),
            Some(_) => Err(self.fail("expected a JSON value")),
            None => Err(self.fail("the body ends where a JSON value was expected")),
        }
    }

    fn object(&mut self, depth: usize) -> Result<(), NotJson> {
        if self.open(depth, b'}')? {
            return Ok(());
        }
        // Where each member's key and value were written, to find a repeated
        // key: Python keeps the first place and the last value.
        let mut members: Vec<Member> = Vec::new();
        // Past a few members, keys are looked up by hash, so that a body of
        // many keys (which anyone can send before the signature is checked)
        // costs linear time, not quadratic.
        let mut index: Option<HashMap<Vec<u8>, usize>> = None;
        loop {
            if self.peek() != Some(b'"') {
                return Err(self.fail("expected a key in double quotes"));
            }
            let key_start = self.out.len();
            self.string()?;
            let key_end = self.out.len();
            self.whitespace();
            if self.peek() != Some(b':') {
                return Err(self.fail("expected ':' after a key"));
            }
            self.at += 1;
            self.out.push(b':');
            self.whitespace();
            self.value(depth)?;
            let member = Member {
                start: key_start,
                key_end,
                end: self.out.len(),
            };
            let key = &self.out[member.start..member.key_end];
            let seen = match &mut index {
                Some(index) => index.get(key).copied(),
                None => members
                    .iter()
                    .position(|m| &self.out[m.start..m.key_end] == key),
            };
            match seen {
                Some(first) => self.replace_value(&mut members, first, member),
                None => {
                    if let Some(index) = &mut index {
                        index.insert(key.to_vec(), members.len());
                    }
                    members.push(member);
                    if index.is_none() && members.len() > LINEAR_LOOKUP {
                        index = Some(
                            members
                                .iter()
                                .enumerate()
                                .map(|(n, m)| (self.out[m.start..m.key_end].to_vec(), n))
                                .collect(),
                        );
                    }
                }
            }
            if !self.next_member(b'}', "expected ',' or '}' in an object")? {
                return Ok(());
            }
        }
    }

    /// Moves the value just written (`latest`) into the place of the first
    /// member with its key, and drops the repeated member.
    fn replace_value(&mut self, members: &mut [Member], first: usize, latest: Member) {
        let value: Vec<u8> = self.out[latest.key_end..latest.end].to_vec();
        // The repeated member and the comma before it go.
        self.out.truncate(latest.start - 1);
        let old = members[first];
        let grown = value.len() as isize - (old.end - old.key_end) as isize;
        self.out.splice(old.key_end..old.end, value);
        members[first].end = members[first].end.saturating_add_signed(grown);
        for later in &mut members[first + 1..] {
            later.start = later.start.saturating_add_signed(grown);
            later.key_end = later.key_end.saturating_add_signed(grown);
            later.end = later.end.saturating_add_signed(grown);
        }
    }

    fn array(&mut self, depth: usize) -> Result<(), NotJson> {
        if self.open(depth, b']')? {
            return Ok(());
        }
        loop {
            self.value(depth)?;
            if !self.next_member(b']', "expected ',' or ']' in an array")? {
                return Ok(());
            }
        }
    }

    /// Writes the opening bracket; true when the container is empty (and
    /// closed).
    fn open(&mut self, depth: usize, close: u8) -> Result<bool, NotJson> {
        if depth > MAX_DEPTH {
            return Err(self.fail("nested too deeply"));
        }
        self.out.push(self.bytes[self.at]);
        self.at += 1;
        self.whitespace();
        let empty = self.peek() == Some(close);
        if empty {
            self.at += 1;
            self.out.push(close);
        }
        Ok(empty)
    }

    /// After a member: true at a comma (another member follows), false at
    /// the closing bracket.
    fn next_member(&mut self, close: u8, expected: &'static str) -> Result<bool, NotJson> {
        self.whitespace();
        match self.peek() {
            Some(b',') => {
                self.at += 1;
                self.out.push(b',');
                self.whitespace();
                Ok(true)
            }
            Some(byte) if byte == close => {
                self.at += 1;
                self.out.push(close);
                Ok(false)
            }
            _ => Err(self.fail(expected)),
        }
    }

    /// A string, written as Python's `ensure_ascii` writes it. Python's
    /// strings are sequences of code points that may hold lone surrogates,
    /// so the text is handled as UTF-16 units: `\ud800` alone survives.
    fn string(&mut self) -> Result<(), NotJson> {
        self.at += 1;
        self.out.push(b'"');
        loop {
            let Some(byte) = self.peek() else {
                return Err(self.fail("unterminated string"));
            };
            match byte {
                b'"' => {
                    self.at += 1;
                    self.out.push(b'"');
                    return Ok(());
                }
                b'\\' => {
                    self.at += 1;
                    let unit = self.escape()?;
                    self.write_unit(unit);
                }
                0x00..=0x1F => return Err(self.fail("control character in a string")),
                0x20..=0x7E => {
                    // Printable ASCII is copied in runs.
                    let run = self.bytes[self.at..]
                        .iter()
                        .position(|b| !matches!(b, 0x20..=0x7E) || *b == b'"' || *b == b'\\')
                        .unwrap_or(self.bytes.len() - self.at);
                    self.out
                        .extend_from_slice(&self.bytes[self.at..self.at + run]);
                    self.at += run;
                }
                _ => {
                    let width = utf8_width(byte);
                    let Some(text) = self
                        .bytes
                        .get(self.at..self.at + width)
                        .and_then(|b| std::str::from_utf8(b).ok())
                    else {
                        return Err(self.fail("not UTF-8"));
                    };
                    let mut units = [0u16; 2];
                    for ch in text.chars() {
                        for unit in ch.encode_utf16(&mut units) {
                            self.write_escaped(*unit);
                        }
                    }
                    self.at += width;
                }
            }
        }
    }

    /// The UTF-16 unit a backslash escape stands for; `self.at` is past the
    /// backslash.
    fn escape(&mut self) -> Result<u16, NotJson> {
        let Some(kind) = self.peek() else {
            return Err(self.fail("unterminated string"));
        };
        self.at += 1;
        Ok(match kind {
            b'"' => u16::from(b'"'),
            b'\\' => u16::from(b'\\'),
            b'/' => u16::from(b'/'),
            b'b' => 0x08,
            b'f' => 0x0C,
            b'n' => u16::from(b'\n'),
            b'r' => u16::from(b'\r'),
            b't' => u16::from(b'\t'),
            b'u' => {
                let hex = self
                    .bytes
                    .get(self.at..self.at + 4)
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
                    .and_then(|h| u16::from_str_radix(h, 16).ok())
                    .ok_or_else(|| self.fail("\\u not followed by four hex digits"))?;
                self.at += 4;
                hex
            }
            _ => {
                self.at -= 1;
                return Err(self.fail("invalid escape"));
            }
        })
    }

    fn write_unit(&mut self, unit: u16) {
        match u8::try_from(unit) {
            Ok(b'"') => self.out.extend_from_slice(b"\\\""),
            Ok(b'\\') => self.out.extend_from_slice(b"\\\\"),
            Ok(b'\n') => self.out.extend_from_slice(b"\\n"),
            Ok(b'\r') => self.out.extend_from_slice(b"\\r"),
            Ok(b'\t') => self.out.extend_from_slice(b"\\t"),
            Ok(0x08) => self.out.extend_from_slice(b"\\b"),
            Ok(0x0C) => self.out.extend_from_slice(b"\\f"),
            Ok(byte @ 0x20..=0x7E) => self.out.push(byte),
            _ => self.write_escaped(unit),
        }
    }

    fn write_escaped(&mut self, unit: u16) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        self.out.extend_from_slice(&[
            b'\\',
            b'u',
            HEX[usize::from(unit >> 12)],
            HEX[usize::from((unit >> 8) & 0xF)],
            HEX[usize::from((unit >> 4) & 0xF)],
            HEX[usize::from(unit & 0xF)],
        ]);
    }

    fn number(&mut self) -> Result<(), NotJson> {
        let start = self.at;
        let digits = |r: &mut Self| {
            let from = r.at;
            while matches!(r.peek(), Some(b'0'..=b'9')) {
                r.at += 1;
            }
            r.at - from
        };
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        let integer_start = self.at;
        match digits(self) {
            0 => return Err(self.fail("expected a digit")),
            // A leading zero ends the integer part, as in Python's scanner.
            n if n > 1 && self.bytes[integer_start] == b'0' => self.at = integer_start + 1,
            _ => {}
        }
        let mut float = false;
        if self.peek() == Some(b'.') && matches!(self.bytes.get(self.at + 1), Some(b'0'..=b'9')) {
            self.at += 1;
            digits(self);
            float = true;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            let mark = self.at;
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if digits(self) == 0 {
                // Not an exponent: Python stops before the `e`.
                self.at = mark;
            } else {
                float = true;
            }
        }
        let text =
            std::str::from_utf8(&self.bytes[start..self.at]).map_err(|_| self.fail("not UTF-8"))?;
        if float {
            let value: f64 = text.parse().map_err(|_| self.fail("invalid number"))?;
            write_python_float(&mut self.out, value);
        } else {
            // Python's int drops a minus sign on zero and nothing else.
            match text {
                "-0" => self.out.push(b'0'),
                _ => self.out.extend_from_slice(text.as_bytes()),
            }
        }
        Ok(())
    }
}

#[derive(Clone, Copy)]
struct Member {
    start: usize,
    key_end: usize,
    end: usize,
}

fn utf8_width(first: u8) -> usize {
    match first {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

/// Python's `repr(float)`: the shortest digits that read back to the same
/// value (as Rust's formatting finds them), laid out as Python lays them out.
fn write_python_float(out: &mut Vec<u8>, value: f64) {
    if value.is_infinite() {
        out.extend_from_slice(if value > 0.0 {
            b"Infinity"
        } else {
            b"-Infinity"
        });
        return;
    }
    if value.is_nan() {
        out.extend_from_slice(b"NaN");
        return;
    }
    // `{:e}` gives the shortest round-trip digits: `-1.2345e-5`.
    let scientific = format!("{value:e}");
    let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    out.extend_from_slice(sign.as_bytes());
    // Where the decimal point falls, counted from the first digit.
    let point = exponent + 1;
    if value == 0.0 {
        out.extend_from_slice(b"0.0");
    } else if !(-3..=16).contains(&point) {
        out.extend_from_slice(&digits.as_bytes()[..1]);
        if digits.len() > 1 {
            out.push(b'.');
            out.extend_from_slice(&digits.as_bytes()[1..]);
        }
        let exponent = point - 1;
        let sign = if exponent < 0 { '-' } else { '+' };
        out.extend_from_slice(format!("e{sign}{:02}", exponent.abs()).as_bytes());
    } else if point <= 0 {
        out.extend_from_slice(b"0.");
        out.extend(std::iter::repeat_n(b'0', point.unsigned_abs() as usize));
        out.extend_from_slice(digits.as_bytes());
    } else {
        let point = point as usize;
        if point >= digits.len() {
            out.extend_from_slice(digits.as_bytes());
            out.extend(std::iter::repeat_n(b'0', point - digits.len()));
            out.extend_from_slice(b".0");
        } else {
            out.extend_from_slice(&digits.as_bytes()[..point]);
            out.push(b'.');
            out.extend_from_slice(&digits.as_bytes()[point..]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn python(body: &str) -> String {
        String::from_utf8(compact(body.as_bytes()).unwrap()).unwrap()
    }

    // The expected strings are what CPython 3 prints; the tests crate checks
    // the same against python3 itself, for many more inputs.
    #[test]
    fn floats_as_python_writes_them() {
        for (input, python_writes) in [
            ("1e-05", "1e-05"),
            ("0.00001", "1e-05"),
            ("0.0001", "0.0001"),
            ("0.0", "0.0"),
            ("-0.0", "-0.0"),
            ("1250.50", "1250.5"),
            ("1E5", "100000.0"),
            ("1e16", "1e+16"),
            ("1e15", "1000000000000000.0"),
            ("123456789012345678.0", "1.2345678901234568e+17"),
            ("0.1", "0.1"),
            ("1.5e-7", "1.5e-07"),
            ("1e400", "Infinity"),
            ("-1e400", "-Infinity"),
            ("5e-324", "5e-324"),
        ] {
            assert_eq!(python(input), python_writes, "{input}");
        }
    }

    #[test]
    fn integers_strings_and_order() {
        assert_eq!(python("-0"), "0");
        assert_eq!(
            python("123456789012345678901234567890"),
            "123456789012345678901234567890"
        );
        assert_eq!(
            python("{ \"b\" : 1 , \"a\" : [ true , null ] }"),
            r#"{"b":1,"a":[true,null]}"#
        );
        assert_eq!(
            python(r#""Sofía 😀 \u00e9\/\u007f""#),
            r#""Sof\u00eda \ud83d\ude00 \u00e9/\u007f""#
        );
        assert_eq!(python(r#""\ud800""#), r#""\ud800""#);
        assert_eq!(
            python(r#"{"a":1,"b":2,"a":{"c":3}}"#),
            r#"{"a":{"c":3},"b":2}"#
        );
    }

    #[test]
    fn what_python_rejects_is_rejected_with_its_place() {
        for (input, offset) in [
            ("{\"a\":1,}", 7),
            ("[1 2]", 3),
            ("\"\x01\"", 1),
            ("01", 1),
            ("", 0),
        ] {
            let error = compact(input.as_bytes()).unwrap_err();
            assert_eq!(error.offset, offset, "{input:?}: {error}");
        }
        let deep = "[".repeat(10_000);
        assert_eq!(
            compact(deep.as_bytes()).unwrap_err().reason,
            "nested too deeply"
        );
    }
}
