package dev.prism.event;

import java.util.Collection;

/**
 * Published when rows of a soft-deletable entity were removed for good.
 *
 * @param <T> the entity type
 */
public final class HardDeletedEvent<T> extends EntityEvent<T> {

	/**
	 * Create an event.
	 * @param entityType the entity type
	 * @param ids the ids of the rows
	 * @param cascade whether a cascade from the parents reached the rows
	 */
	public HardDeletedEvent(Class<T> entityType, Collection<?> ids, boolean cascade) {
		super(entityType, ids, cascade);
	}

}
