//! Calling hours as a person writes them and as the API holds them: a
//! `--hours 'mon-fri 09:00-18:00'` flag becomes the spec's day schedule
//! (a window a weekday, `startTime` and `stopTime` as `HH:MM` in the
//! campaign's time zone, `active`); and a campaign's schedule says whether
//! its window is open now, or when the next one opens. Read as JSON, so
//! that the day schedule's own type is the spec's business.

use chrono::{DateTime, Datelike, Duration, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde_json::{Map, Value, json};

/// The spec's weekday keys, Monday first.
pub const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// The time zone of a campaign that names none: the API's default for
/// `timezone` (the spec's `NewCampaign.timezone`).
pub const DEFAULT_TIMEZONE: &str = "America/Mexico_City";

/// What `--hours` takes, for its help and its errors.
pub const FORM: &str = "DAYS HH:MM-HH:MM, as 'mon-fri 09:00-18:00' or 'sat,sun 10:00-14:00' \
     (days: mon tue wed thu fri sat sun, a range with -, a list with ,; `daily` for every day)";

/// The day schedule the `--hours` values give: each day named has its
/// window, every other day `active: false` (no window), so that the whole
/// week is said. A day named twice, a time that is no `HH:MM`, or a window
/// that closes before it opens is an error naming the value.
pub fn schedule(values: &[String]) -> Result<Value, String> {
    let mut days: [Option<(String, String)>; 7] = Default::default();
    for value in values {
        let fail = |why: &str| format!("`{value}`: {why}; write {FORM}");
        let (names, window) = value
            .trim()
            .rsplit_once(char::is_whitespace)
            .ok_or_else(|| fail("no days, or no window"))?;
        let (start, stop) = window
            .split_once('-')
            .ok_or_else(|| fail("the window is two times joined by -"))?;
        let (start, stop) = (
            time(start).map_err(|e| fail(&e))?,
            time(stop).map_err(|e| fail(&e))?,
        );
        if stop <= start {
            return Err(fail("the window closes before it opens"));
        }
        for day in weekdays(names.trim()).map_err(|e| fail(&e))? {
            if days[day].is_some() {
                return Err(fail(&format!("{} has a window already", DAYS[day])));
            }
            days[day] = Some((
                start.format("%H:%M").to_string(),
                stop.format("%H:%M").to_string(),
            ));
        }
    }
    let mut week = Map::new();
    for (name, window) in DAYS.iter().zip(days) {
        week.insert(
            (*name).to_owned(),
            match window {
                Some((start, stop)) => {
                    json!({"startTime": start, "stopTime": stop, "active": true})
                }
                None => json!({"active": false}),
            },
        );
    }
    Ok(Value::Object(week))
}

/// `9:00`, `09:00`, `24:00` (the day's end).
fn time(text: &str) -> Result<NaiveTime, String> {
    let text = text.trim();
    if text == "24:00" {
        return Ok(NaiveTime::from_hms_opt(23, 59, 59).unwrap_or_default());
    }
    NaiveTime::parse_from_str(text, "%H:%M").map_err(|_| format!("`{text}` is no HH:MM time"))
}

/// `mon-fri`, `sat,sun`, `mon-wed,fri`, `daily`: indices into [`DAYS`].
fn weekdays(names: &str) -> Result<Vec<usize>, String> {
    let index = |name: &str| {
        let name = name.trim().to_ascii_lowercase();
        DAYS.iter()
            .position(|day| name.starts_with(day))
            .ok_or_else(|| format!("`{name}` is no day"))
    };
    if names.eq_ignore_ascii_case("daily") {
        return Ok((0..7).collect());
    }
    let mut found = Vec::new();
    for part in names.split(',') {
        match part.split_once('-') {
            Some((from, to)) => {
                let (from, to) = (index(from)?, index(to)?);
                if to < from {
                    return Err(format!(
                        "`{part}` runs backwards: write the week from Monday"
                    ));
                }
                found.extend(from..=to);
            }
            None => found.push(index(part)?),
        }
    }
    Ok(found)
}

/// Where a moment is against a campaign's calling hours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Window {
    /// Open (until then; `None`: no schedule, so always).
    Open { until: Option<DateTime<Tz>> },
    /// Closed; the next window opens then.
    OpensAt(DateTime<Tz>),
    /// No day of the week has a window.
    Never,
}

/// The time zone a campaign names (or the API's default), parsed.
pub fn timezone(campaign: &Value) -> Result<Tz, String> {
    let name = campaign["timezone"].as_str().unwrap_or(DEFAULT_TIMEZONE);
    name.parse().map_err(|_| {
        format!("the campaign's time zone `{name}` is no IANA name this command knows")
    })
}

/// Where `now` is against `campaign`'s `scheduling`, in its time zone: a
/// day left out, not `active`, or without two readable times has no
/// window; a campaign without `scheduling` calls at any hour.
pub fn window(campaign: &Value, now: DateTime<Utc>) -> Result<Window, String> {
    let zone = timezone(campaign)?;
    let Some(scheduling) = campaign.get("scheduling").filter(|s| !s.is_null()) else {
        return Ok(Window::Open { until: None });
    };
    let today = now.with_timezone(&zone).date_naive();
    let mut soonest: Option<DateTime<Tz>> = None;
    for offset in -1..=7 {
        let date = today + Duration::days(offset);
        let day = &scheduling[DAYS[date.weekday().num_days_from_monday() as usize]];
        if day.is_null() || day["active"] == false {
            continue;
        }
        let stop = day["stopTime"].as_str().or(day["endTime"].as_str());
        let (Some(start), Some(stop)) = (
            day["startTime"].as_str().and_then(|t| time(t).ok()),
            stop.and_then(|t| time(t).ok()),
        ) else {
            continue;
        };
        let (Some(opens), Some(closes)) = (
            zone.from_local_datetime(&date.and_time(start)).earliest(),
            zone.from_local_datetime(&date.and_time(stop)).earliest(),
        ) else {
            continue;
        };
        if opens <= now && now < closes {
            return Ok(Window::Open {
                until: Some(closes),
            });
        }
        if opens > now && soonest.is_none_or(|s| opens < s) {
            soonest = Some(opens);
        }
    }
    Ok(soonest.map_or(Window::Never, Window::OpensAt))
}

/// `Mon 2026-01-12 09:00 America/Mexico_City (in 2 d 3 h)`.
pub fn when(at: DateTime<Tz>, now: DateTime<Utc>) -> String {
    let left = at.with_timezone(&Utc) - now;
    let (days, hours, minutes) = (
        left.num_days(),
        left.num_hours() % 24,
        left.num_minutes() % 60,
    );
    let in_ = match (days, hours) {
        (0, 0) => format!("in {minutes} min"),
        (0, _) => format!("in {hours} h {minutes} min"),
        _ => format!("in {days} d {hours} h"),
    };
    format!(
        "{} {} ({in_})",
        at.format("%a %Y-%m-%d %H:%M"),
        at.timezone().name()
    )
}

/// What a campaign's calling hours say now, in a line: `None` while its
/// window is open.
pub fn closed_line(campaign: &Value, now: DateTime<Utc>) -> Option<String> {
    match window(campaign, now) {
        Ok(Window::Open { .. }) => None,
        Ok(Window::OpensAt(at)) => Some(format!(
            "outside its calling hours: the next window opens {}",
            when(at, now)
        )),
        Ok(Window::Never) => {
            Some("no day of its calling hours (`scheduling`) has a window: it calls nobody".into())
        }
        Err(why) => Some(why),
    }
}

/// A row for a table of one object: where the object, or one of its
/// fields (`campaign` in `campaigns retrieve`), is an active campaign
/// outside its calling hours, when they open (`campaign.next_window`).
pub fn notes(value: &Value) -> Option<(String, String)> {
    let active =
        |object: &Value| object["status"] == "active" && object.get("scheduling").is_some();
    let (prefix, campaign) = if active(value) {
        (String::new(), value)
    } else {
        value
            .as_object()?
            .iter()
            .find(|(_, field)| active(field))
            .map(|(name, field)| (format!("{name}."), field))?
    };
    let line = closed_line(campaign, Utc::now())?;
    Some((format!("{prefix}next_window"), line))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_as_written_become_the_whole_week() {
        let week = schedule(&["mon-fri 9:00-18:00".into(), "sat 10:00-14:00".into()]).unwrap();
        assert_eq!(
            week["mon"],
            json!({"startTime": "09:00", "stopTime": "18:00", "active": true})
        );
        assert_eq!(week["fri"]["stopTime"], "18:00");
        assert_eq!(week["sat"]["startTime"], "10:00");
        assert_eq!(week["sun"], json!({"active": false}));
        assert_eq!(
            schedule(&["daily 08:00-20:00".into()]).unwrap()["sun"]["active"],
            true
        );
        let errors = [
            "mon-fri 9-18",
            "lun-vie 09:00-18:00",
            "mon 18:00-09:00",
            "fri-mon 09:00-18:00",
            "09:00-18:00",
        ];
        for bad in errors {
            assert!(schedule(&[bad.into()]).is_err(), "{bad}");
        }
        let twice = schedule(&["mon-fri 09:00-18:00".into(), "fri 10:00-12:00".into()]);
        assert!(twice.unwrap_err().contains("fri has a window already"));
    }

    #[test]
    fn the_next_window_is_found_in_the_campaign_s_time_zone() {
        let campaign = json!({
            "timezone": "America/Mexico_City",
            "scheduling": schedule(&["mon-tue 09:00-18:00".into()]).unwrap(),
        });
        // Monday 2026-01-05, 14:00 UTC is 08:00 in Mexico City.
        let early: DateTime<Utc> = "2026-01-05T14:00:00Z".parse().unwrap();
        let Window::OpensAt(at) = window(&campaign, early).unwrap() else {
            panic!()
        };
        assert_eq!(
            when(at, early),
            "Mon 2026-01-05 09:00 America/Mexico_City (in 1 h 0 min)"
        );
        let noon: DateTime<Utc> = "2026-01-05T18:00:00Z".parse().unwrap();
        assert!(matches!(
            window(&campaign, noon).unwrap(),
            Window::Open { .. }
        ));
        assert_eq!(closed_line(&campaign, noon), None);
        let late: DateTime<Utc> = "2026-01-07T01:00:00Z".parse().unwrap();
        assert_eq!(
            closed_line(&campaign, late).unwrap(),
            "outside its calling hours: the next window opens Mon 2026-01-12 09:00 \
             America/Mexico_City (in 5 d 14 h)"
        );
        assert_eq!(
            window(&json!({}), late).unwrap(),
            Window::Open { until: None }
        );
    }
}
