//! Service-level dates: when a request is due, given its type's SLA.
//!
//! Business days are counted on the city's own calendar: in its time zone (so a request filed
//! on a Friday evening is a Friday request), skipping weekends and Ontario's statutory
//! holidays as the City observes them.

use jiff::{civil::Date, tz::TimeZone, ToSpan, Zoned};
use time::{Duration, OffsetDateTime};

use crate::catalogue::{Sla, SlaUnit};

/// When a request filed at `filed_at` is due in the city's time zone `zone`.
pub fn due_at(filed_at: OffsetDateTime, sla: Sla, zone: &TimeZone) -> OffsetDateTime {
    let amount = i64::from(sla.amount);
    match sla.unit {
        SlaUnit::Hours => filed_at + Duration::hours(amount),
        SlaUnit::CalendarDays => filed_at + Duration::days(amount),
        SlaUnit::BusinessDays => {
            let Ok(filed) = jiff::Timestamp::from_second(filed_at.unix_timestamp()) else {
                return filed_at + Duration::days(amount);
            };
            let mut due: Zoned = filed.to_zoned(zone.clone());
            let mut remaining = amount;
            while remaining > 0 {
                due = due.checked_add(1.day()).expect("dates stay in range");
                if is_business_day(due.date()) {
                    remaining -= 1;
                }
            }
            OffsetDateTime::from_unix_timestamp(due.timestamp().as_second()).unwrap_or(filed_at)
        }
    }
}

/// Monday to Friday, and not a holiday.
pub fn is_business_day(date: Date) -> bool {
    use jiff::civil::Weekday::{Saturday, Sunday};
    !matches!(date.weekday(), Saturday | Sunday) && !ontario_holidays(date.year()).contains(&date)
}

/// Ontario's statutory holidays plus the Civic Holiday, as observed: a fixed-date holiday on a
/// weekend moves to the next free weekday.
pub fn ontario_holidays(year: i16) -> Vec<Date> {
    let nth_monday = |month: i8, n: i8| {
        let first = Date::new(year, month, 1).expect("valid date");
        let offset = (7 + 1 - first.weekday().to_monday_one_offset()) % 7;
        first
            .checked_add((offset + 7 * (n - 1)).days())
            .expect("valid date")
    };
    let mut holidays = vec![
        nth_monday(2, 3), // Family Day
        easter_sunday(year)
            .checked_sub(2.days())
            .expect("valid date"), // Good Friday
        victoria_day(year),
        nth_monday(8, 1),  // Civic Holiday
        nth_monday(9, 1),  // Labour Day
        nth_monday(10, 2), // Thanksgiving
    ];
    for (month, day) in [(1, 1), (7, 1), (12, 25), (12, 26)] {
        let mut observed = Date::new(year, month, day).expect("valid date");
        while observed.weekday().to_monday_one_offset() > 5 || holidays.contains(&observed) {
            observed = observed.checked_add(1.day()).expect("valid date");
        }
        holidays.push(observed);
    }
    holidays
}

/// The Monday before 25 May.
fn victoria_day(year: i16) -> Date {
    let mut day = Date::new(year, 5, 24).expect("valid date");
    while day.weekday() != jiff::civil::Weekday::Monday {
        day = day.checked_sub(1.day()).expect("valid date");
    }
    day
}

/// Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).
fn easter_sunday(year: i16) -> Date {
    let y = i32::from(year);
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, month as i8, day as i8).expect("valid date")
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;
    use time::macros::datetime;

    use super::*;

    fn toronto() -> TimeZone {
        TimeZone::get("America/Toronto").unwrap()
    }

    fn sla(amount: u32, unit: SlaUnit) -> Sla {
        Sla { amount, unit }
    }

    fn business_days(n: u32) -> Sla {
        sla(n, SlaUnit::BusinessDays)
    }

    #[test]
    fn five_business_days_from_thursday_ends_next_thursday() {
        let thursday = datetime!(2026-11-19 15:00 UTC);
        assert_eq!(
            due_at(thursday, business_days(5), &toronto()),
            datetime!(2026-11-26 15:00 UTC)
        );
    }

    #[test]
    fn friday_evening_in_toronto_is_still_friday() {
        // 21:00 on Friday in Toronto is 02:00 on Saturday in UTC.
        let friday_evening = datetime!(2026-11-21 02:00 UTC);
        assert_eq!(
            due_at(friday_evening, business_days(1), &toronto()),
            datetime!(2026-11-24 02:00 UTC),
            "due Monday 21:00 in Toronto"
        );
    }

    #[test]
    fn holidays_and_their_observed_days_are_skipped() {
        // Friday before Family Day (16 February 2026) → Tuesday.
        assert_eq!(
            due_at(
                datetime!(2026-02-13 15:00 UTC),
                business_days(1),
                &toronto()
            ),
            datetime!(2026-02-17 15:00 UTC)
        );
        // Christmas 2026 is a Friday and Boxing Day a Saturday, observed on Monday the 28th.
        assert_eq!(
            due_at(
                datetime!(2026-12-24 15:00 UTC),
                business_days(1),
                &toronto()
            ),
            datetime!(2026-12-29 15:00 UTC)
        );
    }

    #[test]
    fn the_holiday_calendar_matches_known_dates() {
        let holidays_2026 = ontario_holidays(2026);
        for expected in [
            date(2026, 1, 1),
            date(2026, 2, 16),
            date(2026, 4, 3),
            date(2026, 5, 18),
            date(2026, 7, 1),
            date(2026, 8, 3),
            date(2026, 9, 7),
            date(2026, 10, 12),
            date(2026, 12, 25),
            date(2026, 12, 28),
        ] {
            assert!(holidays_2026.contains(&expected), "{expected} is a holiday");
        }
        assert_eq!(easter_sunday(2027), date(2027, 3, 28));
    }

    #[test]
    fn daylight_saving_keeps_the_local_time_of_day() {
        // Friday 6 March 2026, 10:00 in Toronto (UTC-5); clocks go forward on Sunday the 8th.
        let filed = datetime!(2026-03-06 15:00 UTC);
        assert_eq!(
            due_at(filed, business_days(1), &toronto()),
            datetime!(2026-03-09 14:00 UTC),
            "Monday 10:00 in Toronto, now UTC-4"
        );
    }

    #[test]
    fn hours_and_calendar_days_count_straight_through_weekends() {
        let friday = datetime!(2026-11-20 22:00 UTC);
        let hours = sla(4, SlaUnit::Hours);
        let days = sla(7, SlaUnit::CalendarDays);
        assert_eq!(
            due_at(friday, hours, &toronto()),
            datetime!(2026-11-21 02:00 UTC)
        );
        assert_eq!(
            due_at(friday, days, &toronto()),
            datetime!(2026-11-27 22:00 UTC)
        );
    }
}
