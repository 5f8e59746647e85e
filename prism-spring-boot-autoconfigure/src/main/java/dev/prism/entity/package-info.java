/**
 * Entity base classes and contracts for soft delete and timestamps. The package declares
 * the {@value dev.prism.entity.SoftDeletable#FILTER} filter, which marks an entity as
 * soft-deletable and is not enabled, and the {@value dev.prism.entity.DeletedRows#PROFILE}
 * fetch profile, which includes soft-deleted rows in a session's reads.
 */
@FilterDef(name = SoftDeletable.FILTER, defaultCondition = "deleted_at is null")
@FetchProfile(name = DeletedRows.PROFILE)
package dev.prism.entity;

import org.hibernate.annotations.FetchProfile;
import org.hibernate.annotations.FilterDef;
