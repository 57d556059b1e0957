//! Dates as people type them, for the API's date-time flags
//! (`--start-date`): the generated commands parse them here (build/adapt.rs
//! puts this parser in place of chrono's), so that `2025-01-15` is taken as
//! well as a full date-time, and a mistake says which forms are taken.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

/// What the flags' help and errors say they take.
pub const FORMS: &str = "a date (2025-01-15, its 00:00 UTC) or a date-time with an offset \
                         (2025-01-15T08:30:00Z, 2025-01-15T08:30:00-06:00)";

/// A date-time flag's value.
pub fn date_time(text: &str) -> Result<DateTime<Utc>, String> {
    let text = text.trim();
    // A space for the `T`, as spreadsheets and databases write it.
    let with_t = text.replacen(' ', "T", 1);
    if let Ok(at) = DateTime::parse_from_rfc3339(&with_t) {
        return Ok(at.with_timezone(&Utc));
    }
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Ok(date.and_time(chrono::NaiveTime::MIN).and_utc());
    }
    Err(format!(
        "`{text}` is not a date nor a date-time: give {FORMS}"
    ))
}

/// A date-time the API sent (RFC 3339) as the clock in `tz` reads it;
/// `None` for any other text.
pub fn local(text: &str, tz: chrono_tz::Tz) -> Option<NaiveDateTime> {
    let at = DateTime::parse_from_rfc3339(text).ok()?;
    Some(at.with_timezone(&tz).naive_local())
}

/// A date-time the API sent (RFC 3339) in `tz`, as spreadsheets read a
/// date-time (`2025-01-15 08:30:00`: Excel and LibreOffice take it as a
/// date in any locale); `None` for any other text.
pub fn in_zone(text: &str, tz: chrono_tz::Tz) -> Option<String> {
    Some(local(text, tz)?.format("%Y-%m-%d %H:%M:%S").to_string())
}

/// `--tz`: an IANA time zone name.
pub fn zone(text: &str) -> Result<chrono_tz::Tz, String> {
    text.trim().parse().map_err(|_| {
        format!(
            "`{text}` is not a time zone: give an IANA name, such as America/Mexico_City or UTC"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::date_time;

    #[test]
    fn the_forms_it_takes() {
        assert_eq!(
            date_time("2025-01-15").unwrap().to_rfc3339(),
            "2025-01-15T00:00:00+00:00"
        );
        assert_eq!(
            date_time("2025-01-15T08:30:00-06:00").unwrap().to_rfc3339(),
            "2025-01-15T14:30:00+00:00"
        );
        assert_eq!(
            date_time("2025-01-15 08:30:00Z").unwrap().to_rfc3339(),
            "2025-01-15T08:30:00+00:00"
        );
        // No offset: which timezone was meant cannot be known.
        for wrong in [
            "2025/01/15",
            "15-01-2025",
            "2025-01-15T08:30:00",
            "2025-02-30",
            "",
        ] {
            let why = date_time(wrong).unwrap_err();
            assert!(why.contains("2025-01-15T08:30:00Z"), "{wrong}: {why}");
        }
    }
}
