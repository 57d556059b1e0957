//! A phone number as a file holds it, read in a region and sent in E.164:
//! as typed where that is a valid number, else through the region's rules
//! for how its numbers used to be written (`region_rules`); and where it is
//! still not valid, why, in words that fit what was typed.

use phonenumber::country::{Id, Source};
use phonenumber::metadata::DATABASE;
use phonenumber::{Mode, ParseError, PhoneNumber};

use super::region_rules::{self, RegionRule};

/// A number read: what is sent, and the rule that rewrote it, if one did.
pub(crate) struct Read {
    pub(crate) e164: String,
    pub(crate) rule: Option<&'static RegionRule>,
}

/// `typed` in E.164, or why it is not a number (to follow "the phone number
/// `...` ").
pub(crate) fn read(region: Id, typed: &str) -> Result<Read, String> {
    // libphonenumber reads letters as a keypad's digits (`1-800-FLOWERS`);
    // in a contact list they are a mistake.
    if typed.chars().any(char::is_alphabetic) {
        return Err("is not a phone number: it holds letters".to_owned());
    }
    let as_typed = phonenumber::parse(Some(region), typed);
    if let Ok(number) = &as_typed
        && phonenumber::is_valid(number)
    {
        return Ok(Read {
            e164: e164(number),
            rule: None,
        });
    }
    // Only a number that is not valid as typed is read by the older rules.
    if let Some((rewritten, rule)) = region_rules::apply(region.as_ref(), typed) {
        return match phonenumber::parse(Some(region), &rewritten) {
            Ok(number) if phonenumber::is_valid(&number) => Ok(Read {
                e164: e164(&number),
                rule: Some(rule),
            }),
            read => Err(format!(
                "{}, once its old prefix `{}` is taken away ({})",
                why_not(region, &rewritten, read),
                rule.prefix,
                rule.reason
            )),
        };
    }
    if let Some((rule, digits)) = region_rules::near(region.as_ref(), typed)
        && let Some(meta) = DATABASE.by_id(region.as_ref())
    {
        return Err(format!(
            "starts with `{}`, an old prefix ({}), but has {} after it, where numbers of {} \
             have {}",
            rule.prefix,
            rule.reason,
            count(digits, "digit"),
            region.as_ref(),
            alternatives(&possible_lengths(meta))
        ));
    }
    Err(why_not(region, typed, as_typed))
}

fn e164(number: &PhoneNumber) -> String {
    number.format().mode(Mode::E164).to_string()
}

/// Why `text` (read in `region`) is no valid number.
fn why_not(region: Id, text: &str, read: Result<PhoneNumber, ParseError>) -> String {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let number = match read {
        Ok(number) => number,
        Err(ParseError::InvalidCountryCode) => {
            return "starts with a country code that no country has".to_owned();
        }
        Err(ParseError::TooShortAfterIdd | ParseError::TooShortNsn) => {
            return "has too few digits after its country code".to_owned();
        }
        Err(ParseError::TooLong) => {
            return format!("has {digits} digits, more than any phone number");
        }
        Err(_) if digits < 3 => {
            return format!("is not a phone number: it has {}", count(digits, "digit"));
        }
        Err(e) => return format!("cannot be read as a phone number ({e})"),
    };
    let code = number.code().value();
    // The number's own region where its digits tell one, else its code's
    // main region.
    let meta = number.metadata(&DATABASE).or_else(|| {
        let regions = DATABASE.by_code(&code)?;
        regions
            .iter()
            .find(|meta| meta.is_main_country_for_code())
            .or(regions.first())
            .copied()
    });
    let country = meta.map_or_else(|| format!("+{code}"), |meta| meta.id().to_owned());
    let national = number.national().to_string().len();
    let lengths = meta.map(possible_lengths).unwrap_or_default();
    let with_code = number.code().source() != Source::Default;
    if !lengths.is_empty() && !lengths.contains(&(national as u16)) {
        let expected = alternatives(&lengths);
        return if with_code {
            format!(
                "has {} after its country code +{code}, where numbers of {country} have {expected}",
                count(national, "digit")
            )
        } else {
            format!(
                "has {}, where numbers of {} have {expected} (or write it with its + and \
                 country code)",
                count(national, "digit"),
                region.as_ref()
            )
        };
    }
    let written = if with_code {
        format!("+{code} {}", number.national())
    } else {
        number.national().to_string()
    };
    format!(
        "has the length of a number of {country}, but {written} is in no range of numbers \
         {country} gives out"
    )
}

/// The lengths of the region's numbers: its general description's, or (the
/// crate leaves that empty where libphonenumber derives it) the lengths of
/// each kind of number it has, together.
fn possible_lengths(meta: &phonenumber::Metadata) -> Vec<u16> {
    let descriptors = meta.descriptors();
    let general = descriptors.general().possible_length();
    if !general.is_empty() {
        return general.to_vec();
    }
    let kinds = [
        descriptors.fixed_line(),
        descriptors.mobile(),
        descriptors.toll_free(),
        descriptors.premium_rate(),
        descriptors.shared_cost(),
        descriptors.personal_number(),
        descriptors.voip(),
        descriptors.pager(),
        descriptors.uan(),
        descriptors.voicemail(),
    ];
    let mut lengths: Vec<u16> = kinds
        .into_iter()
        .flatten()
        .flat_map(|kind| kind.possible_length().iter().copied())
        .collect();
    lengths.sort_unstable();
    lengths.dedup();
    lengths
}

fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// `10`, `8 or 10`, `7, 8 or 10` digits.
fn alternatives(lengths: &[u16]) -> String {
    let words: Vec<String> = lengths.iter().map(u16::to_string).collect();
    match words.split_last() {
        Some((last, [])) => format!("{last} digits"),
        Some((last, rest)) => format!("{} or {last} digits", rest.join(", ")),
        None => "other lengths".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn why(typed: &str) -> String {
        match read(Id::MX, typed) {
            Ok(read) => panic!("{typed} read as {}", read.e164),
            Err(why) => why,
        }
    }

    #[test]
    fn legacy_forms_are_read_and_say_which_rule() {
        for typed in [
            "+52 1 55 1234 5678",
            "+5215512345678",
            "044 55 1234 5678",
            "01 55 1234 5678",
            "1 55 1234 5678",
        ] {
            let read = read(Id::MX, typed).unwrap();
            assert_eq!(read.e164, "+525512345678", "{typed}");
            assert!(read.rule.is_some(), "{typed}");
        }
        let plain = read(Id::MX, "55-1234-5678").unwrap();
        assert_eq!((plain.e164.as_str(), plain.rule), ("+525512345678", None));
    }

    #[test]
    fn an_invalid_number_says_why_in_its_own_terms() {
        assert_eq!(
            why("+52 55 1234 56789"),
            "has 11 digits after its country code +52, where numbers of MX have 10 digits"
        );
        assert_eq!(
            why("55 1234 567"),
            "has 9 digits, where numbers of MX have 10 digits (or write it with its + and \
             country code)"
        );
        assert_eq!(why("12ab"), "is not a phone number: it holds letters");
        assert!(why("+1 555 123").starts_with("has 6 digits after its country code +1"));
        assert!(
            why("044 00 1234 5678").ends_with(
                "once its old prefix `044` is taken away (044 was dialled before a mobile \
                 in the same area until August 2019)"
            ),
            "{}",
            why("044 00 1234 5678")
        );
        assert!(!why("+52 55 1234 56789").contains("no country code"));
        assert_eq!(
            why("044 55 1234 567"),
            "starts with `044`, an old prefix (044 was dialled before a mobile in the same \
             area until August 2019), but has 9 digits after it, where numbers of MX have 10 \
             digits"
        );
    }
}
