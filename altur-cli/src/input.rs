//! Files named on the command line, `-` being standard input.

use std::io::Read;
use std::path::Path;

/// The bytes of `path`, or of standard input for `-`.
pub fn read(path: &Path) -> std::io::Result<Vec<u8>> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes)?;
        Ok(bytes)
    } else {
        std::fs::read(path)
    }
}

/// The whole text of `path`, or of standard input for `-`; text that is not
/// UTF-8 is an `InvalidData` error saying where it stops being UTF-8.
pub fn read_to_string(path: &Path) -> std::io::Result<String> {
    String::from_utf8(read(path)?)
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
}
