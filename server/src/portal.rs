//! The database seen through the pages' [`PortalBackend`] port.

use app::{
    backend::{BackendError, PortalBackend},
    catalogue::ServiceGroup,
};

use crate::db::{Db, DbError};

impl From<DbError> for BackendError {
    fn from(error: DbError) -> Self {
        BackendError(error.to_string())
    }
}

#[async_trait::async_trait]
impl PortalBackend for Db {
    async fn service_groups(&self) -> Result<Vec<ServiceGroup>, BackendError> {
        Ok(Db::service_groups(self).await?)
    }
}
