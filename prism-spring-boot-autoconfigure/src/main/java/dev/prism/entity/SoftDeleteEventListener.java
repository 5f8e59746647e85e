package dev.prism.entity;

import java.time.Instant;

import org.hibernate.HibernateException;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.event.spi.DeleteContext;
import org.hibernate.event.spi.DeleteEvent;
import org.hibernate.event.spi.DeleteEventListener;
import org.hibernate.jpa.event.spi.CallbackRegistry;
import org.hibernate.jpa.event.spi.CallbackRegistryConsumer;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;

/**
 * Wraps Hibernate's delete listener so that a soft delete and the cascade it starts share
 * one instant, and only reach {@link SoftDeletable} entities: an entity that is not
 * soft-deletable, reached by a cascade from a soft-deleted one, is left untouched (its
 * parent row still exists) and detached from the persistence context. Deleting an entity that is already soft deleted changes
 * nothing. The row itself is updated by {@link SoftDeleteCoordinator}.
 */
final class SoftDeleteEventListener implements DeleteEventListener, CallbackRegistryConsumer {

	private static final ThreadLocal<Instant> cascadeInstant = new ThreadLocal<>();

	private final DeleteEventListener delegate;

	SoftDeleteEventListener(DeleteEventListener delegate) {
		this.delegate = delegate;
	}

	@Override
	public void injectCallbackRegistry(CallbackRegistry callbackRegistry) {
		if (this.delegate instanceof CallbackRegistryConsumer consumer) {
			consumer.injectCallbackRegistry(callbackRegistry);
		}
	}

	@Override
	public void onDelete(DeleteEvent event) throws HibernateException {
		onDelete(event, DeleteContext.create());
	}

	@Override
	public void onDelete(DeleteEvent event, DeleteContext transientEntities) throws HibernateException {
		if (HardDelete.isActive()) {
			this.delegate.onDelete(event, transientEntities);
			return;
		}
		Instant cascading = cascadeInstant.get();
		if (!isSoftDeletable(event)) {
			if (cascading == null) {
				this.delegate.onDelete(event, transientEntities);
			}
			else if (event.getSession().contains(event.getObject())) {
				// It keeps referring to its soft-deleted parent, which Hibernate now sees as removed.
				event.getSession().evict(event.getObject());
			}
			return;
		}
		Object entity = initializedEntity(event.getObject());
		if (entity instanceof SoftDeletable deletable && isManaged(event, entity) && deletable.isDeleted()) {
			return;
		}
		Instant now = (cascading != null) ? cascading : TimestampListener.of(event.getFactory()).now();
		if (entity instanceof SoftDeletable deletable && isManaged(event, entity)) {
			deletable.setDeletedAt(now);
			if (entity instanceof Timestamped timestamped) {
				timestamped.markUpdated(now);
			}
		}
		cascadeInstant.set(now);
		try {
			this.delegate.onDelete(event, transientEntities);
		}
		finally {
			if (cascading == null) {
				cascadeInstant.remove();
			}
		}
	}

	private static boolean isSoftDeletable(DeleteEvent event) {
		LazyInitializer lazy = HibernateProxy.extractLazyInitializer(event.getObject());
		Class<?> type = (lazy != null) ? lazy.getPersistentClass() : event.getObject().getClass();
		return SoftDeletable.class.isAssignableFrom(type);
	}

	private static Object initializedEntity(Object object) {
		LazyInitializer lazy = HibernateProxy.extractLazyInitializer(object);
		if (lazy == null) {
			return object;
		}
		return lazy.isUninitialized() ? null : lazy.getImplementation();
	}

	private static boolean isManaged(DeleteEvent event, Object entity) {
		EntityEntry entry = event.getSession().getPersistenceContextInternal().getEntry(entity);
		return entry != null && !entry.getStatus().isDeletedOrGone();
	}

}
