//! A call's recording, made on the fly, for code that downloads recordings
//! to be rehearsed: a short WAV as a phone line carries it (8 kHz, 16-bit,
//! mono), as long as the conversation up to a few seconds, a tone of the
//! agent's turn then the other side's. Only a call that was answered and
//! has ended has one.

use std::f64::consts::TAU;
use std::io::Cursor;

use crate::model::records::Call;

pub const SAMPLE_RATE: u32 = 8_000;
/// The longest recording the sandbox writes, in seconds.
pub const MAX_SECONDS: i64 = 3;

/// Whether the call has a recording.
pub fn exists(call: &Call) -> bool {
    call.started_at.is_some() && call.ended_at.is_some()
}

/// The call's recording, as the bytes of a WAV file.
pub fn wav(call: &Call) -> Vec<u8> {
    let seconds = call.duration.clamp(1, MAX_SECONDS) as u32;
    let samples = SAMPLE_RATE * seconds;
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: SAMPLE_RATE,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut bytes = Vec::with_capacity(44 + samples as usize * 2);
    let mut writer = hound::WavWriter::new(Cursor::new(&mut bytes), spec)
        .unwrap_or_else(|e| unreachable!("a WAV header writes to memory: {e}"));
    for n in 0..samples {
        // The agent speaks first (440 Hz), the other side after (330 Hz).
        let pitch = if n < samples / 2 { 440.0 } else { 330.0 };
        let t = f64::from(n) / f64::from(SAMPLE_RATE);
        let sample = ((TAU * pitch * t).sin() * 8_000.0) as i16;
        writer
            .write_sample(sample)
            .unwrap_or_else(|e| unreachable!("a sample writes to memory: {e}"));
    }
    writer
        .finalize()
        .unwrap_or_else(|e| unreachable!("a WAV finishes in memory: {e}"));
    bytes
}
