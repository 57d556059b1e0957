//! Calendar windows, pure: when a schedule is open in a campaign's time
//! zone, and when a cycle in `scheduled` mode starts next. The campaign
//! rules read them; so does the check of a schedule sent to the API.

use altur_api::types::{Cycles, CyclesMode, DaySchedule, Scheduling};
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

/// Cycles switched on without `cooldown_minutes` (the sandbox's choice).
pub const DEFAULT_COOLDOWN_MINUTES: i64 = 60;

/// Where `now` is against a schedule.
#[derive(Debug, PartialEq)]
pub enum Window {
    /// Open, until then (`None`: no schedule, always open).
    Open {
        until: Option<DateTime<Utc>>,
    },
    OpensAt(DateTime<Utc>),
    /// No day of the week is active.
    Never,
}

/// The days of a schedule, Monday first, by the names the spec gives them.
pub fn days(scheduling: &Scheduling) -> [(&'static str, Option<&DaySchedule>); 7] {
    [
        ("mon", scheduling.mon.as_ref()),
        ("tue", scheduling.tue.as_ref()),
        ("wed", scheduling.wed.as_ref()),
        ("thu", scheduling.thu.as_ref()),
        ("fri", scheduling.fri.as_ref()),
        ("sat", scheduling.sat.as_ref()),
        ("sun", scheduling.sun.as_ref()),
    ]
}

/// `HH:MM` (or `HH:MM:SS`); `24:00` is the end of the day.
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    let text = text.trim();
    if text == "24:00" || text == "24:00:00" {
        return NaiveTime::from_hms_opt(23, 59, 59);
    }
    NaiveTime::parse_from_str(text, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(text, "%H:%M:%S"))
        .ok()
}

/// A campaign's `timezone`, read; UTC where it is not a zone (the API
/// refuses one that is not when it is set).
pub fn zone(name: &str) -> Tz {
    name.parse().unwrap_or(chrono_tz::UTC)
}

/// Where `now` is against `scheduling` in `timezone`. A day left out, or
/// not `active`, has no window; a day's window runs from `startTime` to
/// `stopTime` (or the older `endTime`).
pub fn window(scheduling: Option<&Scheduling>, timezone: Tz, now: DateTime<Utc>) -> Window {
    let Some(scheduling) = scheduling else {
        return Window::Open { until: None };
    };
    let days = days(scheduling);
    let local_today = now.with_timezone(&timezone).date_naive();
    let mut soonest: Option<DateTime<Utc>> = None;
    for offset in -1..=7 {
        let date = local_today + Duration::days(offset);
        let weekday = date.weekday().num_days_from_monday() as usize;
        let Some(day) = days[weekday].1 else { continue };
        if day.active == Some(false) {
            continue;
        }
        let (Some(start), Some(stop)) = (
            day.start_time.as_deref().and_then(parse_time),
            day.stop_time
                .as_deref()
                .or(day.end_time.as_deref())
                .and_then(parse_time),
        ) else {
            continue;
        };
        let (Some(opens), Some(closes)) = (
            timezone
                .from_local_datetime(&date.and_time(start))
                .earliest(),
            timezone
                .from_local_datetime(&date.and_time(stop))
                .earliest(),
        ) else {
            continue;
        };
        let (opens, closes) = (opens.with_timezone(&Utc), closes.with_timezone(&Utc));
        if opens <= now && now < closes {
            return Window::Open {
                until: Some(closes),
            };
        }
        if opens > now && soonest.is_none_or(|s| opens < s) {
            soonest = Some(opens);
        }
    }
    soonest.map_or(Window::Never, Window::OpensAt)
}

/// When the next cycle starts, after one ended at `now`: `cooldown_minutes`
/// later, or in `scheduled` mode the next opening of the cycle schedule
/// (within `schedule_start_date` and `schedule_end_date`, as `YYYY-MM-DD`);
/// `None` when the schedule has no opening left.
pub fn next_cycle_start(
    cycles: &Cycles,
    timezone: Tz,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    if cycles.mode != Some(CyclesMode::Scheduled) {
        let minutes = cycles
            .cooldown_minutes
            .unwrap_or(DEFAULT_COOLDOWN_MINUTES)
            .max(0);
        return Some(now + Duration::minutes(minutes));
    }
    let date = |text: &Option<String>| {
        text.as_deref()
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    };
    let (start, end) = (
        date(&cycles.schedule_start_date),
        date(&cycles.schedule_end_date),
    );
    let mut from = now;
    for _ in 0..400 {
        let at = match window(cycles.schedule.as_ref(), timezone, from) {
            Window::Open { .. } => from,
            Window::OpensAt(at) => at,
            Window::Never => return None,
        };
        let day = at.with_timezone(&timezone).date_naive();
        if end.is_some_and(|end| day > end) {
            return None;
        }
        if start.is_none_or(|start| day >= start) {
            return Some(at.max(now + Duration::seconds(1)));
        }
        from = at + Duration::days(1);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gate::built::built;

    fn day(start: &str, stop: &str) -> DaySchedule {
        built(
            DaySchedule::builder()
                .start_time(start)
                .stop_time(stop)
                .active(true),
        )
    }

    #[test]
    fn windows_are_read_in_the_campaign_s_time_zone() {
        let weekdays: Scheduling = built(
            Scheduling::builder()
                .mon(day("09:00", "18:00"))
                .tue(day("09:00", "18:00")),
        );
        let tz: Tz = "America/Mexico_City".parse().unwrap();
        // Monday 2026-01-05, 14:00 UTC is 08:00 in Mexico City.
        let early: DateTime<Utc> = "2026-01-05T14:00:00Z".parse().unwrap();
        assert_eq!(
            window(Some(&weekdays), tz, early),
            Window::OpensAt("2026-01-05T15:00:00Z".parse().unwrap())
        );
        let noon: DateTime<Utc> = "2026-01-05T18:00:00Z".parse().unwrap();
        assert_eq!(
            window(Some(&weekdays), tz, noon),
            Window::Open {
                until: Some("2026-01-06T00:00:00Z".parse().unwrap())
            }
        );
        // Tuesday evening: next Monday.
        let late: DateTime<Utc> = "2026-01-07T01:00:00Z".parse().unwrap();
        assert_eq!(
            window(Some(&weekdays), tz, late),
            Window::OpensAt("2026-01-12T15:00:00Z".parse().unwrap())
        );
        assert_eq!(window(None, tz, late), Window::Open { until: None });
        assert_eq!(
            window(Some(&built(Scheduling::builder())), tz, late),
            Window::Never
        );
        assert_eq!(parse_time("9:30"), NaiveTime::from_hms_opt(9, 30, 0));
        assert_eq!(parse_time("nine"), None);
    }
}
