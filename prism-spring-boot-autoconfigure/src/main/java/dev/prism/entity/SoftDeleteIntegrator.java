package dev.prism.entity;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerGroup;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.DeleteEventListener;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.RootClass;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Makes soft delete hold at the Hibernate level for every entity that implements
 * {@link SoftDeletable} and carries the {@value SoftDeletable#FILTER} filter (which marks
 * it and is not enabled), whatever API the application calls:
 * <ul>
 * <li>every entity delete ({@code EntityManager.remove}, cascades, orphan removal, derived
 * {@code deleteBy…}) soft deletes the row ({@link SoftDeleteStateManagement},
 * {@link SoftDeleteEventListener}), and the flush publishes its deletes as events
 * ({@link FlushedDeletes});</li>
 * <li>{@code deleted_at} and a {@link DeletedBy @DeletedBy} attribute are not updatable, so that saving or merging an entity never
 * deletes or restores it: only deletes and the repository's restore do;</li>
 * <li>queries, and one-to-many and many-to-many collections of soft-deletable entities,
 * skip deleted rows ({@link LiveRowRestriction}, through {@link SoftDeleteStateManagement})
 * unless the session {@linkplain DeletedRows includes them}.</li>
 * </ul>
 */
public class SoftDeleteIntegrator implements Integrator {

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
			SessionFactoryImplementor sessionFactory) {
		if (metadata.getFilterDefinition(SoftDeletable.FILTER) == null) {
			return;
		}
		boolean any = false;
		for (PersistentClass entity : metadata.getEntityBindings()) {
			if (isSoftDeletable(entity)) {
				any = true;
				entity.getProperty(SoftDeletable.DELETED_AT).setUpdatable(false);
				String deletedBy = AuditedAttributes.of(entity.getMappedClass()).deletedBy();
				if (deletedBy != null) {
					entity.getProperty(deletedBy).setUpdatable(false);
				}
				RootClass root = entity.getRootClass();
				if (root.getStateManagementType() == null) {
					root.setStateManagementType(SoftDeleteStateManagement.class);
				}
			}
		}
		for (Collection collection : metadata.getCollectionBindings()) {
			if (isSoftDeletable(collection.getOwner()) && collection.getStateManagementType() == null) {
				collection.setStateManagementType(SoftDeleteStateManagement.class);
			}
		}
		if (any) {
			EventListenerRegistry registry = sessionFactory.getServiceRegistry().requireService(EventListenerRegistry.class);
			wrapDeleteListeners(registry);
			FlushedDeletes flushedDeletes = new FlushedDeletes();
			registry.appendListeners(EventType.FLUSH, flushedDeletes);
			registry.appendListeners(EventType.AUTO_FLUSH, flushedDeletes);
		}
	}

	private static void wrapDeleteListeners(EventListenerRegistry registry) {
		EventListenerGroup<DeleteEventListener> group = registry.getEventListenerGroup(EventType.DELETE);
		List<DeleteEventListener> listeners = new ArrayList<>();
		for (DeleteEventListener listener : group.listeners()) {
			listeners.add((listener instanceof SoftDeleteEventListener) ? listener
					: new SoftDeleteEventListener(listener));
		}
		registry.setListeners(EventType.DELETE, listeners.toArray(DeleteEventListener[]::new));
	}

	private static boolean isSoftDeletable(PersistentClass entity) {
		return entity.getMappedClass() != null && SoftDeletable.class.isAssignableFrom(entity.getMappedClass())
				&& entity.getFilters().stream().anyMatch((filter) -> SoftDeletable.FILTER.equals(filter.getName()));
	}

	@Override
	public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
	}

}
