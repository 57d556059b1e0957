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

/// Hashes the rows of a batch, or of a whole input: each field, with its
/// length, so that no two different rows hash alike (and without the cost
/// of serializing them as JSON once more).
#[derive(Default)]
pub(crate) struct ContentHash {
    hash: Sha256,
    buffer: Vec<u8>,
}

impl ContentHash {
    pub(crate) fn add(&mut self, contact: &NewContact) {
        for field in [
            &contact.contact,
            &contact.name,
            &contact.context,
            &contact.f_id,
        ] {
            match field {
                Some(text) => self.text(text),
                None => self.hash.update([0]),
            }
        }
        self.hash
            .update((contact.extracted_data.len() as u64).to_be_bytes());
        for (key, value) in &contact.extracted_data {
            self.text(key);
            match value {
                serde_json::Value::String(text) => self.text(text),
                other => {
                    self.buffer.clear();
                    // Serializing a JSON value cannot fail.
                    let _ = serde_json::to_writer(&mut self.buffer, other);
                    self.hash.update([2]);
                    self.hash.update((self.buffer.len() as u64).to_be_bytes());
                    self.hash.update(&self.buffer);
                }
            }
        }
    }

    fn text(&mut self, text: &str) {
        self.hash.update([1]);
        self.hash.update((text.len() as u64).to_be_bytes());
        self.hash.update(text.as_bytes());
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

/// What a batch is sent as, besides its rows.
pub(crate) struct Batch<'a> {
    pub(crate) campaign: i64,
    pub(crate) if_duplicate: &'a str,
    pub(crate) job_id: &'a str,
    /// From 0.
    pub(crate) number: u64,
}

/// The `Idempotency-Key` of a batch: a UUID (version 8, as the docs
/// recommend a UUID) from a SHA-256 of the job, the batch's number and its
/// content. The same job sends the same keys, so the server replays a batch
/// it has seen instead of adding it again. The campaign, the duplicate rule
/// and the rows are in it too, so that a batch sent otherwise under the
/// same job name is a new request, never answered with another's replay.
pub(crate) fn idempotency_key(batch: &Batch<'_>, content: &Digest256) -> String {
    let mut hash = Sha256::new();
    hash.update(b"altur-api contact import batch\0");
    hash.update(batch.campaign.to_be_bytes());
    hash.update(batch.if_duplicate.as_bytes());
    hash.update(b"\0");
    let (job_id, batch) = (batch.job_id, batch.number);
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
    fn rows_that_differ_hash_differently() {
        let hash = |contact: &NewContact| {
            let mut hash = ContentHash::default();
            hash.add(contact);
            hash.finish()
        };
        // literal kept: the hash covers every field, as this test does.
        let mut a = NewContact {
            contact: Some("+5215550001".into()),
            name: Some("Ana".into()),
            ..Default::default()
        };
        let base = hash(&a);
        assert_eq!(base, hash(&a.clone()));
        // The same text, split between fields otherwise.
        a.contact = Some("+5215550001A".into());
        a.name = Some("na".into());
        assert_ne!(base, hash(&a));
        a.name = None;
        a.context = Some("na".into());
        assert_ne!(base, hash(&a));
        a.extracted_data.insert("tier".into(), 2.into());
        let with_number = hash(&a);
        a.extracted_data.insert("tier".into(), "2".into());
        assert_ne!(with_number, hash(&a));
    }

    #[test]
    fn keys_are_uuids_that_depend_on_job_batch_and_content() {
        let content = [7u8; 32];
        let batch = |campaign, if_duplicate, job_id, number| Batch {
            campaign,
            if_duplicate,
            job_id,
            number,
        };
        let key = idempotency_key(&batch(1, "skip", "job", 3), &content);
        assert_eq!(uuid::Uuid::parse_str(&key).unwrap().get_version_num(), 8);
        assert_eq!(key, idempotency_key(&batch(1, "skip", "job", 3), &content));
        for other in [
            batch(1, "skip", "job", 4),
            batch(1, "skip", "other", 3),
            batch(2, "skip", "job", 3),
            batch(1, "update", "job", 3),
        ] {
            assert_ne!(key, idempotency_key(&other, &content));
        }
        assert_ne!(
            key,
            idempotency_key(&batch(1, "skip", "job", 3), &[8u8; 32])
        );
    }
}
