//! The life of a service request, shared by the pages, the API and the staff console.

use serde::{Deserialize, Serialize};

/// Where a service request is. Every closing status says why it closed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Received,
    Assigned,
    Inspection,
    Scheduled,
    Completed,
    ClosedReferred,
    ClosedNoAction,
    ClosedDuplicate,
}

impl Status {
    /// Every status, in the order a request usually moves through them.
    pub const ALL: [Status; 8] = [
        Status::Received,
        Status::Assigned,
        Status::Inspection,
        Status::Scheduled,
        Status::Completed,
        Status::ClosedReferred,
        Status::ClosedNoAction,
        Status::ClosedDuplicate,
    ];

    /// The stored value, also used in Fluent ids (`status-<value>`).
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Received => "received",
            Status::Assigned => "assigned",
            Status::Inspection => "inspection",
            Status::Scheduled => "scheduled",
            Status::Completed => "completed",
            Status::ClosedReferred => "closed_referred",
            Status::ClosedNoAction => "closed_no_action",
            Status::ClosedDuplicate => "closed_duplicate",
        }
    }

    /// The inverse of [`Status::as_str`].
    pub fn parse(stored: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|status| status.as_str() == stored)
    }

    /// Whether the City considers the request finished.
    pub fn is_closed(self) -> bool {
        matches!(
            self,
            Status::Completed
                | Status::ClosedReferred
                | Status::ClosedNoAction
                | Status::ClosedDuplicate
        )
    }

    /// The statuses that count as open or as closed.
    pub fn all_where(closed: bool) -> impl Iterator<Item = Status> {
        Self::ALL
            .into_iter()
            .filter(move |s| s.is_closed() == closed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_values_round_trip() {
        for status in Status::ALL {
            assert_eq!(Status::parse(status.as_str()), Some(status));
        }
        assert_eq!(Status::parse("open"), None);
    }
}
