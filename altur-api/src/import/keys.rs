//! Names that a rerun of the same job computes again: the job's identity,
//! each batch's content hash and its `Idempotency-Key`.

use sha2::{Digest, Sha256};

use crate::types::NewContact;

/// A SHA-256 digest.
pub(crate) type Digest256 = [u8; 32];

/// The identity of a job given none: the campaign, the duplicate rule and
/// the input's fingerprint, so that the same input into the same campaign is
/// the same job, and any other is another.
pub(crate) fn derived_job_id(campaign: i64, if_duplicate: &str, input: &Digest256) -> String {
    let mut hash = Sha256::new();
    hash.update(b"altur-api contact import job\0");
    hash.update(campaign.to_be_bytes());
    hash.update(if_duplicate.as_bytes());
    hash.update(b"\0");
    hash.update(input);
    let digest = hash.finalize();
    format!("campaign-{campaign}-{}", hex::encode(&digest[..12]))
}

/// Hashes the rows of a batch, or of a whole input, as they are sent.
#[derive(Default)]
pub(crate) struct ContentHash {
    hash: Sha256,
    buffer: Vec<u8>,
}

impl ContentHash {
    pub(crate) fn add(&mut self, contact: &NewContact) {
        self.buffer.clear();
        // Serializing a NewContact cannot fail: strings and JSON values only.
        let _ = serde_json::to_writer(&mut self.buffer, contact);
        self.buffer.push(b'\n');
        self.hash.update(&self.buffer);
    }

    /// A row that could not be read counts too, so that fixing it changes
    /// the input's fingerprint.
    pub(crate) fn add_unreadable(&mut self, line: u64, message: &str) {
        self.hash.update(b"\0unreadable\0");
        self.hash.update(line.to_be_bytes());
        self.hash.update(message.as_bytes());
        self.hash.update(b"\n");
    }

    pub(crate) fn finish(self) -> Digest256 {
        self.hash.finalize().into()
    }
}

/// The `Idempotency-Key` of batch `batch` (from 0) of job `job_id`: a UUID
/// (version 8, as the docs recommend a UUID) from a SHA-256 of the job, the
/// batch's number and its content. The same job sends the same keys, so the
/// server replays a batch it has seen instead of adding it again; the
/// content is in it so that a batch whose rows changed under the same job
/// identity is a new request, never answered with the old one's replay.
pub(crate) fn idempotency_key(job_id: &str, batch: u64, content: &Digest256) -> String {
    let mut hash = Sha256::new();
    hash.update(b"altur-api contact import batch\0");
    hash.update(job_id.as_bytes());
    hash.update(b"\0");
    hash.update(batch.to_be_bytes());
    hash.update(content);
    let digest = hash.finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    uuid::Builder::from_custom_bytes(bytes)
        .into_uuid()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_uuids_that_depend_on_job_batch_and_content() {
        let content = [7u8; 32];
        let key = idempotency_key("job", 3, &content);
        assert_eq!(uuid::Uuid::parse_str(&key).unwrap().get_version_num(), 8);
        assert_eq!(key, idempotency_key("job", 3, &content));
        assert_ne!(key, idempotency_key("job", 4, &content));
        assert_ne!(key, idempotency_key("other", 3, &content));
        assert_ne!(key, idempotency_key("job", 3, &[8u8; 32]));
    }
}
