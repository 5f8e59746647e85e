package dev.prism.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.FilterDefinition;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerGroup;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.DeleteEventListener;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.OneToMany;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.RootClass;
import org.hibernate.mapping.ToOne;
import org.hibernate.mapping.Value;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Makes soft delete hold at the Hibernate level for every entity that implements
 * {@link SoftDeletable} and carries the {@value SoftDeletable#FILTER} filter, whatever API
 * the application calls:
 * <ul>
 * <li>every entity delete ({@code EntityManager.remove}, cascades, orphan removal, derived
 * {@code deleteBy…}) soft deletes the row ({@link SoftDeleteStateManagement},
 * {@link SoftDeleteEventListener}), and the flush publishes its deletes as events
 * ({@link FlushedDeletes});</li>
 * <li>{@code deleted_at} and a {@link DeletedBy @DeletedBy} attribute are not updatable, so that saving or merging an entity never
 * deletes or restores it: only deletes and the repository's restore do;</li>
 * <li>one-to-many and many-to-many collections of soft-deletable entities skip deleted
 * elements, without a {@code @Filter} on each collection (Hibernate applies a class-level
 * filter to queries and lookups only).</li>
 * </ul>
 */
public class SoftDeleteIntegrator implements Integrator {

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
			SessionFactoryImplementor sessionFactory) {
		FilterDefinition definition = metadata.getFilterDefinition(SoftDeletable.FILTER);
		if (definition == null) {
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
			PersistentClass element = elementEntity(metadata, collection.getElement());
			if (element != null && isSoftDeletable(element) && !hasFilter(collection)) {
				addFilter(collection, condition(element, definition));
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

	private static void addFilter(Collection collection, String condition) {
		if (collection.isOneToMany()) {
			collection.addFilter(SoftDeletable.FILTER, condition, true, Map.of(), Map.of());
		}
		else {
			collection.addManyToManyFilter(SoftDeletable.FILTER, condition, true, Map.of(), Map.of());
		}
	}

	private static PersistentClass elementEntity(Metadata metadata, Value element) {
		String entityName = null;
		if (element instanceof OneToMany oneToMany) {
			entityName = oneToMany.getReferencedEntityName();
		}
		else if (element instanceof ToOne toOne) {
			entityName = toOne.getReferencedEntityName();
		}
		return (entityName != null) ? metadata.getEntityBinding(entityName) : null;
	}

	private static boolean isSoftDeletable(PersistentClass entity) {
		return entity.getMappedClass() != null && SoftDeletable.class.isAssignableFrom(entity.getMappedClass())
				&& entity.getFilters().stream().anyMatch((filter) -> SoftDeletable.FILTER.equals(filter.getName()));
	}

	private static boolean hasFilter(Collection collection) {
		return collection.getFilters().stream().anyMatch((filter) -> SoftDeletable.FILTER.equals(filter.getName()))
				|| collection.getManyToManyFilters()
					.stream()
					.anyMatch((filter) -> SoftDeletable.FILTER.equals(filter.getName()));
	}

	private static String condition(PersistentClass entity, FilterDefinition definition) {
		return entity.getFilters()
			.stream()
			.filter((filter) -> SoftDeletable.FILTER.equals(filter.getName()) && filter.getCondition() != null)
			.map((filter) -> filter.getCondition())
			.findFirst()
			.orElse(definition.getDefaultFilterCondition());
	}

	@Override
	public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
	}

}
