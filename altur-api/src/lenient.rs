//! What the generated types and operations call to decode leniently (see
//! `codegen/lenient.rs` and `codegen/aliases.rs` for where): `null` for a
//! list or map, integers written as whole floats, date-times in every form
//! a Python backend writes, older
//! property names beside newer ones, and success bodies that are empty or
//! come with another 2xx status.

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, SecondsFormat, Utc};
use serde::de::{Deserializer, Unexpected, Visitor};
use serde::{Deserialize, Serializer};

/// `null` decodes as the type's default (an empty list or map), as if the
/// property were absent.
pub(crate) fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

/// An integer, or a float without a fractional part (`1820.0`): a Python
/// backend writes a count it summed as floats so, and it is the same number.
pub(crate) fn integer<'de, D: Deserializer<'de>>(deserializer: D) -> Result<i64, D::Error> {
    deserializer.deserialize_any(IntegerVisitor)
}

/// An optional integer, as [`integer`] reads it: `null` or absent is `None`.
pub(crate) fn option_integer<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<i64>, D::Error> {
    /// An integer read by [`integer`], for serde's own `Option`.
    struct Lenient(i64);
    impl<'de> Deserialize<'de> for Lenient {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            integer(deserializer).map(Lenient)
        }
    }
    Ok(Option::<Lenient>::deserialize(deserializer)?.map(|n| n.0))
}

/// `value` as an `i64` where it is a whole number a float holds exactly.
pub(crate) fn integral(value: f64) -> Option<i64> {
    // Below 2^53 a whole float is the number the server wrote; from it on
    // a float may stand for another (9007199254740993.0 reads as ...992).
    // NaN and the infinities have no zero fractional part.
    const EXACT: f64 = 9_007_199_254_740_992.0;
    (value.fract() == 0.0 && value.abs() < EXACT).then_some(value as i64)
}

struct IntegerVisitor;

impl Visitor<'_> for IntegerVisitor {
    type Value = i64;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an integer that fits in an i64")
    }

    fn visit_i64<E: serde::de::Error>(self, value: i64) -> Result<i64, E> {
        Ok(value)
    }

    fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<i64, E> {
        i64::try_from(value).map_err(|_| E::invalid_value(Unexpected::Unsigned(value), &self))
    }

    fn visit_f64<E: serde::de::Error>(self, value: f64) -> Result<i64, E> {
        integral(value).ok_or_else(|| E::invalid_value(Unexpected::Float(value), &self))
    }
}

/// A required date-time, in any of the forms [`parse_date_time`] reads.
pub(crate) fn date_time<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<DateTime<Utc>, D::Error> {
    deserializer.deserialize_str(DateTimeVisitor)
}

/// An optional date-time: `null` or absent is `None`.
pub(crate) fn option_date_time<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<DateTime<Utc>>, D::Error> {
    /// A date-time read by [`date_time`], for serde's own `Option`.
    struct Lenient(DateTime<Utc>);
    impl<'de> Deserialize<'de> for Lenient {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            date_time(deserializer).map(Lenient)
        }
    }
    Ok(Option::<Lenient>::deserialize(deserializer)?.map(|time| time.0))
}

/// A date-time written exactly as chrono's own `Serialize` writes it (RFC
/// 3339 in UTC with `Z`, and the fractional digits it needs: none, 3, 6 or
/// 9), formatted once and written whole: chrono's goes through the
/// serializer a character at a time, three times the work.
pub(crate) fn write_date_time<S: Serializer>(
    time: &DateTime<Utc>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&time.to_rfc3339_opts(SecondsFormat::AutoSi, true))
}

/// The same for an optional date-time (`None` as `null`, where a field
/// that skips it does not skip it).
pub(crate) fn write_option_date_time<S: Serializer>(
    time: &Option<DateTime<Utc>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match time {
        Some(time) => write_date_time(time, serializer),
        None => serializer.serialize_none(),
    }
}

/// A property that may arrive under an older name too, or under both (a
/// backend in the middle of a rename): the newer name's value where it
/// has one (`null` is none), else the older name's, decoded (by `decode`)
/// only then, so that an older value beside a newer one is ignored, even
/// one of a shape the type cannot read.
#[inline]
pub(crate) fn newer_or_older<T, E: serde::de::Error>(
    newer: Option<T>,
    older: Option<serde_json::Value>,
    (older_name, newer_name): (&str, &str),
    decode: impl FnOnce(serde_json::Value) -> Result<Option<T>, serde_json::Error>,
) -> Result<Option<T>, E> {
    match (newer, older) {
        (Some(newer), _) => Ok(Some(newer)),
        (None, Some(older)) => decode(older).map_err(|error| {
            E::custom(format_args!(
                "`{older_name}` (the older name of `{newer_name}`): {error}"
            ))
        }),
        (None, None) => Ok(None),
    }
}

struct DateTimeVisitor;

impl Visitor<'_> for DateTimeVisitor {
    type Value = DateTime<Utc>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a date-time such as 2025-10-03T19:11:39Z or 2025-10-03 19:11:39")
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Self::Value, E> {
        parse_date_time(text).ok_or_else(|| {
            E::custom(format_args!(
                "invalid date-time {text:?}: expected YYYY-MM-DD, `T` or a space, \
                 HH:MM[:SS[.fraction]], then Z, an offset or nothing"
            ))
        })
    }
}

/// Reads a date-time as RFC 3339 or as Python writes one
/// (`datetime.isoformat()`, `str(datetime)`): `T` or a space between date
/// and time, seconds optional, 0 to 9 fractional digits (more are cut), and
/// `Z`, `±HH:MM`, `±HHMM`, `±HH` or no offset at all, which is read as UTC.
pub(crate) fn parse_date_time(text: &str) -> Option<DateTime<Utc>> {
    let b = text.as_bytes();
    let num = |range: std::ops::Range<usize>| -> Option<u32> {
        let digits = b.get(range)?;
        digits.iter().try_fold(0u32, |n, d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    let year = num(0..4)?;
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(year as i32, num(5..7)?, num(8..10)?)?;
    if !matches!(b.get(10), Some(b'T' | b't' | b' ')) || b.get(13) != Some(&b':') {
        return None;
    }
    let (hour, minute) = (num(11..13)?, num(14..16)?);
    let mut at = 16;
    let mut second = 0;
    let mut nanos = 0;
    if b.get(at) == Some(&b':') {
        second = num(17..19)?;
        at = 19;
        if matches!(b.get(at), Some(b'.' | b',')) {
            at += 1;
            let start = at;
            while b.get(at).is_some_and(u8::is_ascii_digit) {
                if at - start < 9 {
                    nanos = nanos * 10 + u32::from(b[at] - b'0');
                }
                at += 1;
            }
            let digits = at - start;
            if digits == 0 {
                return None;
            }
            nanos *= 10u32.pow(9 - digits.min(9) as u32);
        }
    }
    // A leap second, as chrono keeps it.
    let time = if second == 60 {
        NaiveTime::from_hms_nano_opt(hour, minute, 59, 1_000_000_000 + nanos)?
    } else {
        NaiveTime::from_hms_nano_opt(hour, minute, second, nanos)?
    };
    let local = NaiveDateTime::new(date, time);
    let offset_seconds = match b.get(at..)? {
        [] | [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), rest @ ..] => {
            let (h, m) = match rest {
                [_, _] => (num(at + 1..at + 3)?, 0),
                [_, _, b':', _, _] => (num(at + 1..at + 3)?, num(at + 4..at + 6)?),
                [_, _, _, _] => (num(at + 1..at + 3)?, num(at + 3..at + 5)?),
                _ => return None,
            };
            if h > 23 || m > 59 {
                return None;
            }
            let seconds = (h * 3600 + m * 60) as i32;
            if *sign == b'-' { -seconds } else { seconds }
        }
        _ => return None,
    };
    let offset = FixedOffset::east_opt(offset_seconds)?;
    Some(
        local
            .and_local_timezone(offset)
            .single()?
            .with_timezone(&Utc),
    )
}

// A query parameter and a response body are the client's (feature
// `client`); what is above decodes the types, which every build has.

/// A date-time as a query parameter: RFC 3339 with at most microseconds,
/// which Python's `datetime.fromisoformat` (before 3.11) and Django read;
/// nanoseconds they refuse.
#[cfg(feature = "client")]
pub(crate) struct QueryTime(pub(crate) DateTime<Utc>);

#[cfg(feature = "client")]
impl serde::Serialize for QueryTime {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use chrono::SubsecRound;
        let time = self.0.trunc_subsecs(6);
        serializer.collect_str(&time.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true))
    }
}

/// A success answer: any 2xx stands for the documented one (the generated
/// code sends every 2xx here where one is documented), and an empty body
/// decodes as `{}` or `null` where the type can stand that way (a 204 for a
/// documented 200 with an all-optional body).
#[cfg(feature = "client")]
pub(crate) async fn success<T: serde::de::DeserializeOwned, E>(
    mut response: reqwest::Response,
) -> Result<crate::generated::ResponseValue<T>, progenitor_client::Error<E>> {
    let status = response.status();
    // Taken, not cloned: the response is not read for them again.
    let headers = std::mem::take(response.headers_mut());
    // Read within the client's size limit (the transport passes a success
    // on unread).
    let read = crate::transport::success_body(&mut response)
        .await
        .map_err(progenitor_client::Error::ResponseBodyError)?;
    // Past the size limit there is no body to decode (the record says why).
    let cut = read.is_none();
    let body = read.unwrap_or_default();
    let inner = match serde_json::from_slice(&body) {
        Ok(inner) => inner,
        Err(error) if body.iter().all(u8::is_ascii_whitespace) && !cut => {
            serde_json::from_slice(b"{}")
                .or_else(|_| serde_json::from_slice(b"null"))
                .map_err(|_| progenitor_client::Error::InvalidResponsePayload(body, error))?
        }
        Err(error) => {
            let error = located::<T>(&body, error);
            return Err(progenitor_client::Error::InvalidResponsePayload(
                body, error,
            ));
        }
    };
    Ok(crate::generated::ResponseValue::new(inner, status, headers))
}

/// serde's error about `body`, led by where in the body it is
/// (`campaign.id: missing field `id` at line 1 column 57`): a field the
/// spec requires names itself with the objects around it, not only its
/// last name. The body is decoded again to find the place, on a failure
/// only, so that a success costs nothing more.
#[cfg(feature = "client")]
fn located<T: serde::de::DeserializeOwned>(
    body: &[u8],
    error: serde_json::Error,
) -> serde_json::Error {
    // Broken JSON is no field's fault, and keeps its category (`is_eof`).
    if !error.is_data() {
        return error;
    }
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let Err(found) = serde_path_to_error::deserialize::<_, T>(&mut deserializer) else {
        return error;
    };
    let mut path = found.path().to_string();
    // A missing field is reported by the object that lacks it.
    if let Some(name) = error
        .to_string()
        .strip_prefix("missing field `")
        .and_then(|rest| rest.split_once('`'))
        .map(|(name, _)| name.to_owned())
    {
        path = if path == "." {
            name
        } else {
            format!("{path}.{name}")
        };
    }
    if path == "." {
        return error;
    }
    <serde_json::Error as serde::de::Error>::custom(format_args!("{path}: {error}"))
}

#[cfg(test)]
mod tests {
    use super::{parse_date_time, write_date_time, write_option_date_time};

    /// What `write_date_time` writes is what chrono's own `Serialize`
    /// writes, for every count of fractional digits and every era.
    #[test]
    fn date_times_are_written_as_chrono_writes_them() {
        #[derive(serde::Serialize)]
        struct Ours(#[serde(serialize_with = "write_date_time")] chrono::DateTime<chrono::Utc>);
        #[derive(serde::Serialize)]
        struct Optional(
            #[serde(serialize_with = "write_option_date_time")]
            Option<chrono::DateTime<chrono::Utc>>,
        );
        let mut seconds: i64 = -62_135_596_800; // the year 1
        let mut nanos: u32 = 0;
        for step in 0..20_000u32 {
            // Up to the year 9999, seconds a step apart by a prime.
            let time = chrono::DateTime::from_timestamp(seconds, nanos).unwrap();
            let chrono_s = serde_json::to_string(&time).unwrap();
            assert_eq!(serde_json::to_string(&Ours(time)).unwrap(), chrono_s);
            assert_eq!(
                serde_json::to_string(&Optional(Some(time))).unwrap(),
                chrono_s
            );
            seconds += 15_731_927;
            nanos = match step % 4 {
                0 => 0,
                1 => (step % 1000) * 1_000_000,
                2 => (step % 1_000_000) * 1_000,
                _ => (step.wrapping_mul(2_654_435_761)) % 1_000_000_000,
            };
        }
        assert_eq!(serde_json::to_string(&Optional(None)).unwrap(), "null");
    }

    #[test]
    fn every_python_form_is_the_same_instant() {
        let expected = "2025-10-03T19:11:39Z"
            .parse::<chrono::DateTime<chrono::Utc>>()
            .unwrap();
        for text in [
            "2025-10-03T19:11:39Z",
            "2025-10-03T19:11:39z",
            "2025-10-03T19:11:39+00:00",
            "2025-10-03T19:11:39",
            "2025-10-03 19:11:39",
            "2025-10-03 19:11:39+00:00",
            "2025-10-03T21:11:39+02:00",
            "2025-10-03T21:11:39+0200",
            "2025-10-03T21:11:39+02",
            "2025-10-03T14:11:39-05:00",
            "2025-10-03T19:11:39.000Z",
            "2025-10-03T19:11:39.000000000+00:00",
        ] {
            assert_eq!(parse_date_time(text), Some(expected), "{text}");
        }
        assert_eq!(
            parse_date_time("2025-10-03 19:11").unwrap().to_rfc3339(),
            "2025-10-03T19:11:00+00:00"
        );
        assert_eq!(
            parse_date_time("2025-10-03T19:11:39.1234567891234Z")
                .unwrap()
                .timestamp_subsec_nanos(),
            123_456_789
        );
        assert_eq!(
            parse_date_time("2025-10-03T19:11:39.5")
                .unwrap()
                .timestamp_subsec_nanos(),
            500_000_000
        );
        for bad in [
            "",
            "2025-10-03",
            "2025-13-03T19:11:39Z",
            "2025-10-03X19:11:39",
            "2025-10-03T25:11:39",
            "2025-10-03T19:11:39.",
            "2025-10-03T19:11:39+2",
            "2025-10-03T19:11:39+24:00",
            "2025-10-03T19:11:39 UTC",
            "٢٠٢٥-10-03T19:11:39Z",
        ] {
            assert_eq!(parse_date_time(bad), None, "{bad}");
        }
    }
}
