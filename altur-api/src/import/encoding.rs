//! What a text that is not UTF-8 is likely written in, for the message that
//! says how to convert it. On its own so that the readers (`csv`) and what
//! they yield (`row`) both use it without depending on each other.

/// What a text that is not UTF-8 is likely written in (one byte, to keep
/// `RowError` small).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Guess {
    Windows1252,
    Utf16,
}

impl Guess {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Guess::Windows1252 => "Windows-1252 (Latin-1), as older Excel saves CSV",
            Guess::Utf16 => "UTF-16 (Excel's \"Unicode Text\")",
        }
    }
}

/// What a field that is not UTF-8 is likely written in. Excel's other
/// encodings are the locale's code page (in the Americas and western Europe,
/// Windows-1252, of which Latin-1 is a part) and UTF-16.
pub(crate) fn guess(bytes: &[u8]) -> Guess {
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        Guess::Utf16
    } else {
        Guess::Windows1252
    }
}
