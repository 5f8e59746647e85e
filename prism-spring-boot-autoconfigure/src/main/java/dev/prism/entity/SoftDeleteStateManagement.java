package dev.prism.entity;

import org.hibernate.mapping.RootClass;
import org.hibernate.metamodel.mapping.AuxiliaryMapping;
import org.hibernate.metamodel.mapping.internal.MappingModelCreationProcess;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.collection.mutation.RemoveCoordinator;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.persister.entity.mutation.DeleteCoordinator;
import org.hibernate.persister.state.internal.AbstractStateManagement;

/**
 * Hibernate state management for {@link SoftDeletable} entities and the collections they
 * own: Hibernate's standard handling, except that deleting an entity soft deletes its row
 * ({@link SoftDeleteCoordinator}) and keeps its collection rows
 * ({@link SoftDeletedOwnerRemoveCoordinator}), and reads skip deleted rows
 * ({@link LiveRowRestriction}). {@link SoftDeleteIntegrator} assigns it.
 */
public final class SoftDeleteStateManagement extends AbstractStateManagement {

	/**
	 * The instance Hibernate uses; it reads this field by name.
	 */
	public static final SoftDeleteStateManagement INSTANCE = new SoftDeleteStateManagement();

	private SoftDeleteStateManagement() {
	}

	@Override
	public DeleteCoordinator createDeleteCoordinator(EntityPersister persister) {
		return new SoftDeleteCoordinator(persister, super.createDeleteCoordinator(persister));
	}

	@Override
	public AuxiliaryMapping createAuxiliaryMapping(EntityPersister persister, RootClass bootDescriptor,
			MappingModelCreationProcess creationProcess) {
		return new LiveRowRestriction(persister);
	}

	@Override
	public RemoveCoordinator createRemoveCoordinator(CollectionPersister persister) {
		return new SoftDeletedOwnerRemoveCoordinator(persister, super.createRemoveCoordinator(persister));
	}

}
