package dev.prism.event;

import java.util.Collection;
import java.util.List;

/**
 * Published when rows of a soft-deletable entity were soft deleted (their {@code deleted_at} was set).
 *
 * @param <T> the entity type
 */
public final class SoftDeletedEvent<T> extends EntityEvent<T> {

	/**
	 * Create an event.
	 * @param entityType the entity type
	 * @param ids the ids of the rows
	 * @param cascade whether a cascade from the parents reached the rows
	 */
	public SoftDeletedEvent(Class<T> entityType, Collection<?> ids, boolean cascade) {
		super(entityType, ids, cascade);
	}

	SoftDeletedEvent(Class<T> entityType, boolean cascade) {
		super(entityType, List.of(), false, cascade);
	}

}
