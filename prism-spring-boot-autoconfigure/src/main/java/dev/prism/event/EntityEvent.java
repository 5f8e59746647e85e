package dev.prism.event;

import java.util.Collection;
import java.util.List;

import org.springframework.core.ResolvableType;
import org.springframework.core.ResolvableTypeProvider;
import org.springframework.util.Assert;

/**
 * Base class of the events Prism publishes once per operation on rows of one
 * soft-deletable entity type. Generic through {@link ResolvableTypeProvider}, so that a
 * listener for {@code SoftDeletedEvent<Customer>} receives the events of customers only.
 * Published inside the operation's transaction: a listener that throws rolls the
 * operation back, and {@code @TransactionalEventListener} methods run after the commit.
 *
 * @param <T> the entity type
 */
public abstract class EntityEvent<T> implements ResolvableTypeProvider {

	private final Class<T> entityType;

	private final List<Object> ids;

	private final boolean idsKnown;

	private final boolean cascade;

	protected EntityEvent(Class<T> entityType, Collection<?> ids, boolean cascade) {
		this(entityType, ids, true, cascade);
	}

	EntityEvent(Class<T> entityType, Collection<?> ids, boolean idsKnown, boolean cascade) {
		Assert.notNull(entityType, "Entity type must not be null");
		Assert.notNull(ids, "Ids must not be null");
		this.entityType = entityType;
		this.ids = List.copyOf(ids);
		this.idsKnown = idsKnown;
		this.cascade = cascade;
	}

	/**
	 * Return the type of the entities whose rows changed.
	 * @return the entity type
	 */
	public Class<T> getEntityType() {
		return this.entityType;
	}

	/**
	 * Return the ids of the rows the operation changed.
	 * @return the ids, empty when {@link #isIdsKnown() not known}
	 */
	public List<Object> getIds() {
		return this.ids;
	}

	/**
	 * Return whether {@link #getIds()} lists the changed rows: {@code false} for a JPQL or
	 * Criteria {@code delete} statement, which changes rows without reading their ids.
	 * @return whether the ids are known
	 */
	public boolean isIdsKnown() {
		return this.idsKnown;
	}

	/**
	 * Return whether the rows changed because a cascade reached them from their parents.
	 * @return whether the event comes from a cascade
	 */
	public boolean isCascade() {
		return this.cascade;
	}

	@Override
	public ResolvableType getResolvableType() {
		return ResolvableType.forClassWithGenerics(getClass(), this.entityType);
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[" + this.entityType.getSimpleName() + ", ids="
				+ (this.idsKnown ? this.ids : "unknown") + (this.cascade ? ", cascade" : "") + "]";
	}

}
