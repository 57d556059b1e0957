//! A path parameter, percent-encoded while it is written into the URL
//! (`codegen/path_segments.rs` puts it where progenitor formats
//! `encode_path(&value.to_string())`), so that no `String` is made for it.

use std::fmt;

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};

/// What progenitor's `encode_path` encodes: the same bytes go on the wire
/// (the tests below compare the two).
const PATH_SET: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'/')
    .add(b'%');

/// Displays the value as one percent-encoded path segment.
pub(crate) struct Segment<'a, T: ?Sized>(pub(crate) &'a T);

impl<T: fmt::Display + ?Sized> fmt::Display for Segment<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        /// Encodes each piece the value writes as it passes to `f`: every
        /// piece is whole UTF-8, so encoding piece by piece encodes the whole.
        struct Encoding<'a, 'b>(&'a mut fmt::Formatter<'b>);
        impl fmt::Write for Encoding<'_, '_> {
            fn write_str(&mut self, text: &str) -> fmt::Result {
                utf8_percent_encode(text, PATH_SET).try_for_each(|piece| self.0.write_str(piece))
            }
        }
        fmt::write(&mut Encoding(f), format_args!("{}", self.0))
    }
}

#[cfg(test)]
mod tests {
    use super::Segment;
    use progenitor_client::encode_path;

    #[test]
    fn encodes_as_progenitor_does() {
        let mut texts: Vec<String> = (0u32..=0x2FF)
            .filter_map(char::from_u32)
            .map(String::from)
            .collect();
        texts.extend(
            [
                "thr_7f3a2c",
                "a/b?c#d%e f",
                "50% off {now}",
                "ü/😀 <x>",
                "\u{7f}\u{0}\t\n",
                "",
            ]
            .map(String::from),
        );
        for text in &texts {
            assert_eq!(Segment(text).to_string(), encode_path(text), "{text:?}");
        }
        // Values that are not text are written as `to_string` writes them.
        for number in [0i64, -42, i64::MAX] {
            assert_eq!(
                Segment(&number).to_string(),
                encode_path(&number.to_string())
            );
        }
        let id = uuid::Uuid::from_u128(0x5b0f0c6e_8a59_4c0e_9a43_2f5b1f0f7a11);
        assert_eq!(Segment(&id).to_string(), encode_path(&id.to_string()));
    }
}
