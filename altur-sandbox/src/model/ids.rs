//! Identifiers and random draws from one seed, so that the same seed and the
//! same requests give the same ids and outcomes. Faults draw from a stream
//! of their own: turning them on does not change the ids.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// A seeded stream of draws; its state is kept with the sandbox's state, so
/// a sandbox restarted from its file goes on where it stopped.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Draws {
    state: u64,
}

impl Draws {
    pub fn new(seed: u64) -> Draws {
        Draws { state: seed }
    }

    fn with<T>(&mut self, draw: impl FnOnce(&mut fastrand::Rng) -> T) -> T {
        let mut rng = fastrand::Rng::with_seed(self.state);
        let value = draw(&mut rng);
        self.state = rng.get_seed();
        value
    }

    pub fn uuid(&mut self) -> Uuid {
        let bytes = self.with(|rng| rng.u128(..)).to_le_bytes();
        uuid::Builder::from_random_bytes(bytes).into_uuid()
    }

    /// `prefix` and 20 letters and digits, as Altur's public ids
    /// (`cll_gBoLtd02pUI50QwXkFjB`, `evt_...`, `prj_...`).
    pub fn public_id(&mut self, prefix: &str) -> String {
        self.with(|rng| {
            let mut id = String::with_capacity(prefix.len() + 21);
            id.push_str(prefix);
            id.push('_');
            for _ in 0..20 {
                id.push(char::from(ALPHABET[rng.usize(..ALPHABET.len())]));
            }
            id
        })
    }

    /// A uniform draw in `0.0..1.0`.
    pub fn unit(&mut self) -> f64 {
        self.with(|rng| rng.f64())
    }

    /// A whole number in `low..=high`.
    pub fn between(&mut self, low: u64, high: u64) -> u64 {
        self.with(|rng| rng.u64(low..=high))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_seed_one_stream() {
        let (mut a, mut b) = (Draws::new(7), Draws::new(7));
        assert_eq!(a.uuid(), b.uuid());
        assert_eq!(a.public_id("cll"), b.public_id("cll"));
        let id = a.public_id("evt");
        assert!(id.starts_with("evt_") && id.len() == 24, "{id}");
        let mut c = Draws::new(8);
        assert_ne!(Draws::new(7).uuid(), c.uuid());
        let restored: Draws = serde_json::from_str(&serde_json::to_string(&a).unwrap()).unwrap();
        assert_eq!(restored.clone().unit(), a.unit());
    }
}
