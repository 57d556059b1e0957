//! Every phone number a region rewrote, as CSV a person opens in Excel:
//! its row, the number as the file has it, as it is sent, and why (the
//! region's rule for an older form, or only the form written out). A
//! summary names a few; this file names them all.

use std::io::Write;
use std::path::Path;

use super::csv::BOM;
use super::file::Check;

impl Check {
    /// Writes [`rewritten`](Check::rewritten) to `path` as CSV (`row`,
    /// `typed`, `sent`, `why`), after a UTF-8 byte order mark for Excel.
    pub fn write_rewrites(&self, path: impl AsRef<Path>) -> std::io::Result<()> {
        let mut file = std::fs::File::create(path)?;
        file.write_all(BOM)?;
        let mut writer = csv::Writer::from_writer(std::io::BufWriter::new(file));
        writer.write_record(["row", "typed", "sent", "why"])?;
        for rewrite in &self.rewritten {
            writer.write_record([
                rewrite.row.to_string().as_str(),
                &rewrite.typed,
                &rewrite.e164,
                rewrite.why(),
            ])?;
        }
        writer.flush()?;
        Ok(())
    }
}
