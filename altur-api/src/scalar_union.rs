//! Decoding of the spec's unions of scalars (`oneOf: [integer, string]`):
//! `codegen/scalar_unions.rs` gives each such enum a `Deserialize` that reads
//! the value once and picks the variant by the value's JSON kind, where
//! serde's `#[serde(untagged)]` buffers the value and tries each variant in
//! turn, making an error for every variant that does not fit (on a page of
//! contacts, one per billed duration written as text). The result is the
//! same (each JSON kind fits at most one variant, which the pass checks),
//! but for a whole float (`270.0`), which is read as the integer, as every
//! integer field reads it (`crate::lenient::integer`).

use std::fmt;
use std::marker::PhantomData;

use serde::Deserializer;
use serde::de::{Error, Visitor};

/// A union's variants, by the JSON kind each takes (`None`: no variant
/// takes that kind, or the value does not fit the variant's type).
pub(crate) trait ScalarUnion: Sized {
    /// The enum's name, for the error.
    const NAME: &'static str;
    fn from_integer(_value: i128) -> Option<Self> {
        None
    }
    fn from_bool(_value: bool) -> Option<Self> {
        None
    }
    fn from_text(_value: &str) -> Option<Self> {
        None
    }
}

pub(crate) fn deserialize<'de, D: Deserializer<'de>, T: ScalarUnion>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_any(Kinds(PhantomData))
}

struct Kinds<T>(PhantomData<T>);

impl<T: ScalarUnion> Kinds<T> {
    /// serde's own words for an untagged enum no variant of which fits.
    fn no_variant<E: Error>() -> E {
        E::custom(format_args!(
            "data did not match any variant of untagged enum {}",
            T::NAME
        ))
    }
}

impl<'de, T: ScalarUnion> Visitor<'de> for Kinds<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a value of one of the variants of {}", T::NAME)
    }

    fn visit_i64<E: Error>(self, value: i64) -> Result<T, E> {
        T::from_integer(value.into()).ok_or_else(Self::no_variant)
    }

    fn visit_u64<E: Error>(self, value: u64) -> Result<T, E> {
        T::from_integer(value.into()).ok_or_else(Self::no_variant)
    }

    fn visit_bool<E: Error>(self, value: bool) -> Result<T, E> {
        T::from_bool(value).ok_or_else(Self::no_variant)
    }

    fn visit_str<E: Error>(self, value: &str) -> Result<T, E> {
        T::from_text(value).ok_or_else(Self::no_variant)
    }

    /// A whole float is the integer (`270.0`), as `crate::lenient::integer`
    /// reads one.
    fn visit_f64<E: Error>(self, value: f64) -> Result<T, E> {
        crate::lenient::integral(value)
            .and_then(|n| T::from_integer(n.into()))
            .ok_or_else(Self::no_variant)
    }

    fn visit_unit<E: Error>(self) -> Result<T, E> {
        Err(Self::no_variant())
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, _: A) -> Result<T, A::Error> {
        Err(Self::no_variant())
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, _: A) -> Result<T, A::Error> {
        Err(Self::no_variant())
    }
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};

    use crate::generated::types::{CampaignContactBilledDuration, ErrorError};

    /// What serde's derive makes of the same unions: the judge. Both sides
    /// are compared as they serialize back (untagged: `270` or `"270"`),
    /// which tells the variants apart.
    #[derive(Deserialize, Serialize)]
    #[serde(untagged)]
    enum SerdeI64 {
        Integer(i64),
        String(String),
    }

    #[derive(Deserialize, Serialize)]
    #[serde(untagged)]
    enum SerdeI32 {
        Int32(i32),
        String(String),
    }

    const TEXTS: &[&str] = &[
        "270",
        "-1",
        "0",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775808",
        "-9223372036854775809",
        "2147483647",
        "2147483648",
        "-2147483648",
        "-2147483649",
        "18446744073709551615",
        "1.5",
        "1e3",
        "2.0",
        "-0.0",
        "9007199254740991.0",
        "9007199254740993.0",
        "1e300",
        r#""00:46""#,
        r#""""#,
        r#""270""#,
        r#""esc\"aped \u00e9 \ud83d\ude00""#,
        "true",
        "false",
        "null",
        "[]",
        "[1]",
        "{}",
        r#"{"Integer": 1}"#,
    ];

    /// The text serde's derive is judged on: a whole float's integer (`2.0`
    /// as `2`, `1e3` as `1000`), which ours reads as that integer.
    fn judged(text: &str) -> String {
        let float = !text.starts_with('"') && text.contains(['.', 'e', 'E']);
        match text
            .parse::<f64>()
            .ok()
            .filter(|_| float)
            .and_then(crate::lenient::integral)
        {
            Some(whole) => whole.to_string(),
            None => (*text).to_owned(),
        }
    }

    /// A decoded value as it serializes back; `None` for an error.
    fn back<T: Serialize>(decoded: Result<T, serde_json::Error>) -> Option<serde_json::Value> {
        decoded.ok().map(|v| serde_json::to_value(v).unwrap())
    }

    #[test]
    fn decodes_as_serdes_untagged_derive_does() {
        for text in TEXTS {
            let ours = serde_json::from_str::<CampaignContactBilledDuration>(text);
            let serdes = serde_json::from_str::<SerdeI64>(&judged(text));
            // The same words, and where in the body (serde's derive cannot
            // say: it reads the value again from a buffer).
            if let (Err(ours), Err(serdes)) = (&ours, &serdes) {
                let serdes = serdes
                    .to_string()
                    .replace("SerdeI64", "CampaignContactBilledDuration");
                let ours = ours.to_string();
                assert!(
                    ours.starts_with(&serdes)
                        && ours[serdes.len()..].starts_with(" at line 1 column "),
                    "{text}: {ours}"
                );
            }
            assert_eq!(back(ours), back(serdes), "{text}");
            // Through a `Value`, as error bodies are read.
            if let Ok(value) = serde_json::from_str::<serde_json::Value>(text) {
                let ours = serde_json::from_value::<ErrorError>(value);
                let serdes = serde_json::from_str::<SerdeI32>(&judged(text));
                assert_eq!(back(ours), back(serdes), "{text}");
            }
        }
    }
}
