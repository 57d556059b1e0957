//! What the generated builders' setters accept: the value a person has at
//! hand (`"hola"` for a string, `42` for an optional number, a UUID as
//! text), converted here, once, for every setter of every builder
//! (`codegen/setters.rs` writes the bounds). A value that cannot convert is
//! kept as an error that names the field, returned by `send()` (or by the
//! builder's conversion) as `Error::InvalidRequest`.

use std::num::NonZeroU64;

use chrono::{DateTime, Utc};
use uuid::Uuid;

/// A value a builder's setter takes for a field of type `T`.
///
/// Implemented for `T` itself, for `T` where the field is `Option<T>`,
/// for strings where the field is a `String`, a UUID, a time (RFC 3339) or
/// one of the API's enums (strictly: only a known value), for integers of
/// any width, and for each type's builder. The error is the reason, worded
/// to follow the field's name: `page_size` + `must be 1 or more`.
pub trait FieldValue<T> {
    /// The field's value, or why this cannot be one.
    fn into_field(self) -> Result<T, String>;
}

impl<T> FieldValue<T> for T {
    fn into_field(self) -> Result<T, String> {
        Ok(self)
    }
}

impl<T> FieldValue<Option<T>> for T {
    fn into_field(self) -> Result<Option<T>, String> {
        Ok(Some(self))
    }
}

/// Implements `FieldValue<Target>` and `FieldValue<Option<Target>>` for
/// each source type, with one conversion.
macro_rules! convert {
    ($target:ty: $($source:ty),+ => |$value:ident| $convert:expr) => {$(
        impl FieldValue<$target> for $source {
            // One body serves several source types: for some of them a
            // conversion is a no-op or cannot fail.
            #[allow(
                clippy::useless_asref,
                clippy::useless_conversion,
                clippy::unnecessary_fallible_conversions
            )]
            fn into_field(self) -> Result<$target, String> {
                let $value = self;
                $convert
            }
        }
        impl FieldValue<Option<$target>> for $source {
            fn into_field(self) -> Result<Option<$target>, String> {
                FieldValue::<$target>::into_field(self).map(Some)
            }
        }
    )+};
}

// Not `Option<&str>`: with it, `Some("hola".into())` would no longer infer.
convert!(String: &str, &String, Box<str>, std::borrow::Cow<'_, str>, Uuid => |value| Ok(value.to_string()));

convert!(Uuid: &str, &String, String => |value| {
    Uuid::parse_str(value.as_ref()).map_err(|e| format!("must be a UUID ({e}), not {:?}", &*value))
});

convert!(DateTime<Utc>: &str, &String, String => |value| {
    DateTime::parse_from_rfc3339(value.as_ref())
        .map(|time| time.with_timezone(&Utc))
        .map_err(|e| format!("must be an RFC 3339 time ({e}), not {:?}", &*value))
});

convert!(NonZeroU64: i32, i64, u32, u64, usize => |value| {
    u64::try_from(value)
        .ok()
        .and_then(NonZeroU64::new)
        .ok_or_else(|| format!("must be 1 or more, not {value}"))
});

convert!(i64: i8, i16, i32, u8, u16, u32, u64, usize, isize => |value| {
    i64::try_from(value).map_err(|_| format!("must fit in an i64, not {value}"))
});

convert!(Vec<String>: Vec<&str>, &[&str] => |value| Ok(value.iter().map(|s| s.to_string()).collect()));

impl<const N: usize> FieldValue<Vec<String>> for [&str; N] {
    fn into_field(self) -> Result<Vec<String>, String> {
        Ok(self.iter().map(|s| s.to_string()).collect())
    }
}

impl<const N: usize> FieldValue<Option<Vec<String>>> for [&str; N] {
    fn into_field(self) -> Result<Option<Vec<String>>, String> {
        FieldValue::<Vec<String>>::into_field(self).map(Some)
    }
}

/// A field of a generated type read as an `Option`, whether the spec makes
/// it optional (`Option<T>`) or required (`T`): code that reads a field
/// this way compiles before and after the day Altur makes it required, as
/// code that builds types with their builders does
/// (`altur_api::optional(call.status)`; `optional::<String, _>(..)` where
/// nothing else says what it holds).
pub fn optional<T, V: Into<Option<T>>>(field: V) -> Option<T> {
    field.into()
}
