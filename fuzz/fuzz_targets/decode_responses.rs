//! Arbitrary bytes as the body of every response type an operation decodes
//! (its success type and the spec's `Error`): decoding may fail, never panic,
//! and what decodes must serialize back and decode again to the same JSON.

#![no_main]

use altur_api::types;
use libfuzzer_sys::fuzz_target;
use serde::Serialize;
use serde::de::DeserializeOwned;

fn round_trip<T: DeserializeOwned + Serialize>(body: &[u8]) {
    if let Ok(value) = serde_json::from_slice::<T>(body) {
        let json = serde_json::to_value(&value).expect("a decoded value serializes");
        let again: T = serde_json::from_value(json.clone()).expect("what serializes decodes");
        assert_eq!(serde_json::to_value(&again).expect("serializes"), json);
    }
}

fuzz_target!(|body: &[u8]| {
    // send_message: 200 MessageResponse; 400, 401, 404 Error.
    round_trip::<types::MessageResponse>(body);
    round_trip::<types::Error>(body);
});
