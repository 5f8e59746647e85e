/**
 * Entity base classes and contracts for soft delete and timestamps. The package declares
 * the {@value dev.prism.entity.SoftDeletable#FILTER} filter, which every session enables.
 */
@FilterDef(name = SoftDeletable.FILTER, defaultCondition = "deleted_at is null", autoEnabled = true)
package dev.prism.entity;

import org.hibernate.annotations.FilterDef;
