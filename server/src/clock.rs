//! The portal's notion of "now". Tests that need time to pass (an SLA running out) move it
//! forward through `POST /test/clock`, which exists only when `CIVIC311_TEST_CLOCK=true`.

use std::sync::atomic::{AtomicI64, Ordering};

static OFFSET_SECONDS: AtomicI64 = AtomicI64::new(0);

/// The current time.
pub fn now_utc() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
        + time::Duration::seconds(OFFSET_SECONDS.load(Ordering::Relaxed))
}

/// The current time as Unix seconds.
pub fn now() -> i64 {
    now_utc().unix_timestamp()
}

/// Moves the clock forward (tests only).
pub fn advance(seconds: i64) {
    OFFSET_SECONDS.fetch_add(seconds, Ordering::Relaxed);
}
