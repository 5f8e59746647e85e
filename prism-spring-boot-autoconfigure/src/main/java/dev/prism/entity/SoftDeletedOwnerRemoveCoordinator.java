package dev.prism.entity;

import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.EntityKey;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.collection.mutation.CollectionMutationTarget;
import org.hibernate.persister.collection.mutation.RemoveCoordinator;

/**
 * Keeps the join-table rows and element-collection rows of a {@link SoftDeletable} owner
 * when the owner is soft deleted, so that a restore brings its collections back. Rows are
 * still removed when the collection itself is replaced or cleared, and when the owner is
 * removed for good inside {@link HardDelete#run}.
 */
final class SoftDeletedOwnerRemoveCoordinator implements RemoveCoordinator {

	private final CollectionPersister persister;

	private final RemoveCoordinator delegate;

	SoftDeletedOwnerRemoveCoordinator(CollectionPersister persister, RemoveCoordinator delegate) {
		this.persister = persister;
		this.delegate = delegate;
	}

	@Override
	public CollectionMutationTarget getMutationTarget() {
		return this.delegate.getMutationTarget();
	}

	@Override
	public String getSqlString() {
		return this.delegate.getSqlString();
	}

	@Override
	public void deleteAllRows(Object key, SharedSessionContractImplementor session) {
		if (HardDelete.isActive() || !ownerIsBeingDeleted(key, session)) {
			this.delegate.deleteAllRows(key, session);
		}
	}

	private boolean ownerIsBeingDeleted(Object key, SharedSessionContractImplementor session) {
		PersistenceContext context = session.getPersistenceContextInternal();
		EntityKey ownerKey = session.generateEntityKey(key, this.persister.getOwnerEntityPersister());
		if (context.containsDeletedUnloadedEntityKey(ownerKey)) {
			return true;
		}
		Object owner = context.getEntity(ownerKey);
		EntityEntry entry = (owner != null) ? context.getEntry(owner) : null;
		return entry != null && entry.getStatus().isDeletedOrGone();
	}

}
