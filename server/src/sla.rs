//! Service-level dates: when a request is due, given its type's SLA.

use time::{Duration, OffsetDateTime, Weekday};

use crate::catalogue::{Sla, SlaUnit};

/// When a request filed at `filed_at` is due. Business days skip Saturdays and Sundays.
pub fn due_at(filed_at: OffsetDateTime, sla: Sla) -> OffsetDateTime {
    let amount = i64::from(sla.amount);
    match sla.unit {
        SlaUnit::Hours => filed_at + Duration::hours(amount),
        SlaUnit::CalendarDays => filed_at + Duration::days(amount),
        SlaUnit::BusinessDays => {
            let mut due = filed_at;
            let mut remaining = amount;
            while remaining > 0 {
                due += Duration::days(1);
                if !matches!(due.weekday(), Weekday::Saturday | Weekday::Sunday) {
                    remaining -= 1;
                }
            }
            due
        }
    }
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    fn sla(amount: u32, unit: SlaUnit) -> Sla {
        Sla { amount, unit }
    }

    #[test]
    fn five_business_days_from_thursday_ends_next_thursday() {
        let thursday = datetime!(2026-11-19 10:00 UTC);
        assert_eq!(
            due_at(thursday, sla(5, SlaUnit::BusinessDays)),
            datetime!(2026-11-26 10:00 UTC)
        );
    }

    #[test]
    fn one_business_day_from_friday_is_monday() {
        let friday = datetime!(2026-11-20 16:30 UTC);
        assert_eq!(
            due_at(friday, sla(1, SlaUnit::BusinessDays)),
            datetime!(2026-11-23 16:30 UTC)
        );
    }

    #[test]
    fn hours_and_calendar_days_count_straight_through_weekends() {
        let friday = datetime!(2026-11-20 22:00 UTC);
        assert_eq!(
            due_at(friday, sla(4, SlaUnit::Hours)),
            datetime!(2026-11-21 02:00 UTC)
        );
        assert_eq!(
            due_at(friday, sla(7, SlaUnit::CalendarDays)),
            datetime!(2026-11-27 22:00 UTC)
        );
    }
}
