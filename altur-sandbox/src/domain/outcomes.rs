//! How a call or a WhatsApp message goes, drawn when it is placed or sent:
//! from a magic number (`+1500555` and four digits, the last of which says
//! how, as Twilio's test numbers do; the README lists them) or else from
//! the seed, so the same seed gives the same outcomes.

use altur_api::types::CampaignContactStatus as Contact;

use crate::model::ids::Draws;
use crate::model::records::{CallPlan, MessageOutcome, Outcome};

/// How long a contact not reached (by a call or a message) waits before it
/// is tried again, while the campaign's `retries` allow (the sandbox's
/// choice: the docs give no interval).
pub const RETRY_AFTER: chrono::Duration = chrono::Duration::minutes(10);

/// Numbers whose calls and messages go as they say.
pub const MAGIC_PREFIX: &str = "+1500555";

/// What each last digit of a magic number does to a call, on the first
/// attempt and on later ones.
pub const MAGIC_DIGITS: [(char, Outcome, Outcome, &str); 10] = [
    ('0', PERSON, PERSON, "a person answers"),
    ('1', CONVERTS, CONVERTS, "a person answers and converts"),
    (
        '2',
        Outcome::Voicemail,
        Outcome::Voicemail,
        "voicemail answers",
    ),
    ('3', Outcome::Busy, Outcome::Busy, "busy"),
    ('4', Outcome::NoAnswer, Outcome::NoAnswer, "nobody answers"),
    (
        '5',
        Outcome::Failed,
        Outcome::Failed,
        "the call cannot be placed",
    ),
    (
        '6',
        Outcome::Unknown,
        Outcome::Unknown,
        "answered, by whom cannot be told",
    ),
    (
        '7',
        Outcome::NoAnswer,
        PERSON,
        "nobody answers, then a person does on the next attempt",
    ),
    (
        '8',
        Outcome::Voicemail,
        CONVERTS,
        "voicemail, then a person converts on the next attempt",
    ),
    (
        '9',
        Outcome::Busy,
        Outcome::NoAnswer,
        "busy, then nobody answers",
    ),
];

/// What each last digit does to a WhatsApp campaign's message.
pub const MAGIC_MESSAGE_DIGITS: [(char, MessageOutcome, &str); 8] = [
    ('0', MessageOutcome::Read, "read"),
    (
        '1',
        MessageOutcome::Converted,
        "accepted, and the contact converts",
    ),
    ('2', MessageOutcome::Delivered, "delivered, never read"),
    ('3', MessageOutcome::Rejected, "rejected"),
    ('4', MessageOutcome::Sent, "sent, never delivered"),
    ('5', MessageOutcome::Failed, "failed"),
    ('6', MessageOutcome::Accepted, "accepted"),
    (
        '7',
        MessageOutcome::Failed,
        "failed, then read on the next attempt",
    ),
];

const PERSON: Outcome = Outcome::Person { converted: false };
const CONVERTS: Outcome = Outcome::Person { converted: true };

/// The last digit of a magic number; `None` for any other number.
fn magic_digit(phone: &str) -> Option<char> {
    let digits = phone.strip_prefix(MAGIC_PREFIX)?;
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.chars().last()
}

/// How a call to `phone` goes on its `attempt` (from 1).
pub fn call_plan(phone: &str, attempt: i64, draws: &mut Draws) -> CallPlan {
    let magic = magic_digit(phone).and_then(|last| {
        MAGIC_DIGITS
            .iter()
            .find(|(digit, ..)| *digit == last)
            .map(|(_, first, later, _)| if attempt <= 1 { *first } else { *later })
    });
    let outcome = magic.unwrap_or_else(|| match draws.unit() {
        d if d < 0.40 => PERSON,
        d if d < 0.55 => CONVERTS,
        d if d < 0.70 => Outcome::Voicemail,
        d if d < 0.78 => Outcome::Busy,
        d if d < 0.93 => Outcome::NoAnswer,
        d if d < 0.97 => Outcome::Failed,
        _ => Outcome::Unknown,
    });
    let (settle_after, talk) = match outcome {
        Outcome::Person { .. } => (draws.between(3, 12), draws.between(30, 240)),
        Outcome::Voicemail => (draws.between(8, 20), draws.between(15, 35)),
        Outcome::Unknown => (draws.between(3, 12), draws.between(10, 60)),
        Outcome::Busy => (3, 0),
        Outcome::NoAnswer => (30, 0),
        Outcome::Failed => (0, 0),
    };
    CallPlan {
        outcome,
        ring_after: 1,
        settle_after: settle_after as i64,
        talk: talk as i64,
    }
}

/// The status a call that went as `outcome` leaves its contact in, before
/// any retry: reached (converted, answered) or not (voicemail, busy, no
/// answer, failed). `on_call_end`'s `end_user.status` says the same.
pub fn contact_status(outcome: Outcome) -> Contact {
    match outcome {
        Outcome::Person { converted: true } => Contact::Converted,
        Outcome::Person { converted: false } | Outcome::Unknown => Contact::Answered,
        Outcome::Voicemail => Contact::Voicemail,
        Outcome::Busy => Contact::Busy,
        Outcome::NoAnswer => Contact::NoAnswer,
        Outcome::Failed => Contact::Failed,
    }
}

/// How a WhatsApp message to `phone` goes on its `attempt` (from 1).
pub fn message_outcome(phone: &str, attempt: i64, draws: &mut Draws) -> MessageOutcome {
    let magic = magic_digit(phone).and_then(|last| {
        MAGIC_MESSAGE_DIGITS
            .iter()
            .find(|(digit, ..)| *digit == last)
    });
    match magic {
        Some(('7', ..)) if attempt > 1 => MessageOutcome::Read,
        Some((_, outcome, _)) => *outcome,
        None => match draws.unit() {
            d if d < 0.10 => MessageOutcome::Sent,
            d if d < 0.30 => MessageOutcome::Delivered,
            d if d < 0.60 => MessageOutcome::Read,
            d if d < 0.75 => MessageOutcome::Accepted,
            d if d < 0.85 => MessageOutcome::Converted,
            d if d < 0.95 => MessageOutcome::Rejected,
            _ => MessageOutcome::Failed,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magic_numbers_say_how_each_attempt_goes() {
        let mut draws = Draws::new(1);
        assert_eq!(call_plan("+15005550001", 1, &mut draws).outcome, CONVERTS);
        assert_eq!(
            call_plan("+15005551237", 1, &mut draws).outcome,
            Outcome::NoAnswer
        );
        assert_eq!(call_plan("+15005551237", 2, &mut draws).outcome, PERSON);
        assert_eq!(
            call_plan("+15005550005", 1, &mut draws).outcome,
            Outcome::Failed
        );
        let drawn: Vec<_> = (0..200)
            .map(|i| call_plan(&format!("+5215512{i:06}"), 1, &mut draws).outcome)
            .collect();
        assert!(drawn.contains(&PERSON) && drawn.contains(&Outcome::Busy));
        assert_eq!(
            message_outcome("+15005550007", 1, &mut draws),
            MessageOutcome::Failed
        );
        assert_eq!(
            message_outcome("+15005550007", 2, &mut draws),
            MessageOutcome::Read
        );
        assert_eq!(magic_digit("+150055512345"), None);
    }
}
