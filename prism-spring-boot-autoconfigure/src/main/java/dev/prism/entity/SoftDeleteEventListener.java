package dev.prism.entity;

import java.time.Instant;

import org.hibernate.HibernateException;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.event.spi.DeleteContext;
import org.hibernate.event.spi.DeleteEvent;
import org.hibernate.event.spi.DeleteEventListener;
import org.hibernate.jpa.event.spi.CallbackRegistry;
import org.hibernate.jpa.event.spi.CallbackRegistryConsumer;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;

/**
 * Wraps Hibernate's delete listener so that a soft delete and the cascade it starts share
 * one instant, and only reach {@link SoftDeletable} entities: an entity that is not
 * soft-deletable, reached by a cascade from a soft-deleted one, is left untouched (its
 * parent row still exists) and detached from the persistence context. Deleting an entity
 * that is already soft deleted changes nothing. It sets the {@link DeletedBy @DeletedBy}
 * attribute and tells {@link FlushedDeletes} which deletes a cascade reached. The row itself is updated by {@link SoftDeleteCoordinator}.
 */
final class SoftDeleteEventListener implements DeleteEventListener, CallbackRegistryConsumer {

	private static final ThreadLocal<Instant> cascadeInstant = new ThreadLocal<>();

	private static final ThreadLocal<Boolean> hardDeleting = new ThreadLocal<>();

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
			hardDelete(event, transientEntities);
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
		if (cascading != null) {
			markCascaded(event);
		}
		Instant now = (cascading != null) ? cascading : TimestampListener.of(event.getFactory()).now();
		if (entity instanceof SoftDeletable deletable && isManaged(event, entity)) {
			deletable.setDeletedAt(now);
			if (entity instanceof Timestamped timestamped) {
				timestamped.markUpdated(now);
			}
			stamp(event, entity, now);
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

	private void hardDelete(DeleteEvent event, DeleteContext transientEntities) {
		boolean cascading = hardDeleting.get() != null;
		if (cascading && isSoftDeletable(event)) {
			markCascaded(event);
		}
		hardDeleting.set(Boolean.TRUE);
		try {
			this.delegate.onDelete(event, transientEntities);
		}
		finally {
			if (!cascading) {
				hardDeleting.remove();
			}
		}
	}

	private static void markCascaded(DeleteEvent event) {
		Object object = event.getObject();
		LazyInitializer lazy = HibernateProxy.extractLazyInitializer(object);
		Object id = (lazy != null) ? lazy.getIdentifier() : event.getSession().getContextEntityIdentifier(object);
		FlushedDeletes.cascaded(event.getSession(), event.getSession().getEntityPersister(event.getEntityName(), object)
			.getMappedClass(), id);
	}

	private static void stamp(DeleteEvent event, Object entity, Instant now) {
		AuditedAttributes audited = AuditedAttributes.of(entity.getClass());
		Auditing auditing = Auditing.of(event.getFactory().getProperties());
		EntityPersister persister = event.getSession().getEntityPersister(event.getEntityName(), entity);
		if (audited.deletedBy() != null) {
			persister.setPropertyValue(entity, persister.getPropertyIndex(audited.deletedBy()), auditing.currentAuditor());
		}
		if (auditing.stampsLastModified() && audited.lastModifiedBy() != null) {
			persister.setPropertyValue(entity, persister.getPropertyIndex(audited.lastModifiedBy()),
					auditing.currentAuditor());
		}
		if (auditing.stampsLastModified() && audited.lastModifiedDate() != null) {
			persister.setPropertyValue(entity, persister.getPropertyIndex(audited.lastModifiedDate().getName()),
					Auditing.dateValue(audited.lastModifiedDate(), now));
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
