//! Decoding the API's string enums, which the code generator makes open
//! (`codegen/open_enums.rs`): a known value becomes its variant, any other
//! the `Unknown` one, through the enum's `FromStr`, from a borrowed string
//! where the input allows (no allocation for a known value).

use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

use serde::de::{self, Deserializer, Visitor};

/// A string that is none of an enum's known values, from `parse_known`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownValue {
    type_name: &'static str,
    value: String,
    known: &'static [&'static str],
}

impl UnknownValue {
    /// Generated code builds it; users read it.
    #[doc(hidden)]
    pub fn new(type_name: &'static str, value: &str, known: &'static [&'static str]) -> Self {
        UnknownValue {
            type_name,
            value: value.to_owned(),
            known,
        }
    }

    /// The string that was given.
    pub fn value(&self) -> &str {
        &self.value
    }

    /// The values that would have been accepted.
    pub fn known(&self) -> &'static [&'static str] {
        self.known
    }
}

impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:?} is not a known {}; the known values are ",
            self.value, self.type_name
        )?;
        for (i, known) in self.known.iter().enumerate() {
            let separator = if i == 0 { "" } else { ", " };
            write!(f, "{separator}{known:?}")?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownValue {}

pub(crate) fn deserialize<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: FromStr,
    T::Err: fmt::Display,
{
    deserializer.deserialize_str(OpenEnum(PhantomData))
}

struct OpenEnum<T>(PhantomData<T>);

impl<T> Visitor<'_> for OpenEnum<T>
where
    T: FromStr,
    T::Err: fmt::Display,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
        value.parse().map_err(E::custom)
    }
}
