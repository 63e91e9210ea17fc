//! Dates in the reader's language and the city's time zone, formatted on the server so the
//! hydrated page shows exactly what was rendered.

use icu::datetime::{fieldsets, input::Date, input::DateTime, input::Time, DateTimeFormatter};
use icu::locale::Locale;

/// The city's time zone, provided as context by the server (e.g. `America/Toronto`).
#[derive(Clone, Debug)]
pub struct CityTimeZone(pub jiff::tz::TimeZone);

/// The server's clock, provided as context so that pages and the database agree on "now"
/// (tests move it forward to let SLAs pass).
#[derive(Clone, Copy, Debug)]
pub struct Clock(pub fn() -> i64);

/// The current time as Unix seconds, by the server's clock.
pub fn now() -> i64 {
    leptos::prelude::use_context::<Clock>()
        .map(|clock| (clock.0)())
        .unwrap_or_else(|| jiff::Timestamp::now().as_second())
}

/// How much of a moment to show.
#[derive(Clone, Copy, Debug)]
pub enum Precision {
    Date,
    DateTime,
}

/// Formats Unix seconds for `lang` (a BCP-47 tag) in the city's time zone.
pub fn format(unix: i64, lang: &str, zone: &CityTimeZone, precision: Precision) -> String {
    let Ok(timestamp) = jiff::Timestamp::from_second(unix) else {
        return String::new();
    };
    let local = timestamp.to_zoned(zone.0.clone());
    let locale = Locale::try_from_str(lang).unwrap_or(icu::locale::locale!("en"));
    let date = Date::try_new_iso(local.year() as i32, local.month() as u8, local.day() as u8)
        .expect("a valid calendar date");
    match precision {
        Precision::Date => DateTimeFormatter::try_new(locale.into(), fieldsets::YMD::long())
            .map(|formatter| formatter.format(&date).to_string())
            .unwrap_or_else(|_| local.date().to_string()),
        Precision::DateTime => {
            let time = Time::try_new(local.hour() as u8, local.minute() as u8, 0, 0)
                .expect("a valid time of day");
            DateTimeFormatter::try_new(locale.into(), fieldsets::YMD::medium().with_time_hm())
                .map(|formatter| formatter.format(&DateTime { date, time }).to_string())
                .unwrap_or_else(|_| local.strftime("%Y-%m-%d %H:%M").to_string())
        }
    }
}

/// Whole days from `now` until `due`, counted on the city's calendar (negative when overdue).
pub fn days_until(now: i64, due: i64, zone: &CityTimeZone) -> i64 {
    let day = |unix| {
        jiff::Timestamp::from_second(unix)
            .map(|t| t.to_zoned(zone.0.clone()).date())
            .ok()
    };
    match (day(now), day(due)) {
        (Some(today), Some(due_day)) => (due_day - today).get_days() as i64,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toronto() -> CityTimeZone {
        CityTimeZone(jiff::tz::TimeZone::get("America/Toronto").unwrap())
    }

    // 2026-11-23 03:00 UTC is still 22 November in Toronto.
    const LATE_EVENING_IN_TORONTO: i64 = 1_795_402_800;

    #[test]
    fn dates_use_the_city_time_zone_and_the_reader_language() {
        let zone = toronto();
        assert_eq!(
            format(LATE_EVENING_IN_TORONTO, "en", &zone, Precision::Date),
            "November 22, 2026"
        );
        assert_eq!(
            format(LATE_EVENING_IN_TORONTO, "fr", &zone, Precision::Date),
            "22 novembre 2026"
        );
        let arabic = format(LATE_EVENING_IN_TORONTO, "ar", &zone, Precision::Date);
        assert!(arabic.contains("نوفمبر"), "{arabic}");
    }

    #[test]
    fn days_are_counted_on_the_local_calendar() {
        let zone = toronto();
        let next_morning = LATE_EVENING_IN_TORONTO + 10 * 3600;
        assert_eq!(days_until(LATE_EVENING_IN_TORONTO, next_morning, &zone), 1);
        assert_eq!(days_until(next_morning, LATE_EVENING_IN_TORONTO, &zone), -1);
    }
}
