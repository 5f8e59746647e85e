package dev.prism.entity;

import java.util.Map;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.FilterDefinition;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.ToOne;
import org.hibernate.mapping.OneToMany;
import org.hibernate.mapping.Value;

/**
 * Applies the {@value SoftDeletable#FILTER} filter to every one-to-many and many-to-many
 * collection of {@link SoftDeletable} entities, so that collections skip soft-deleted
 * children without a {@code @Filter} on each collection. Hibernate applies a class-level
 * filter to queries and lookups only.
 */
public class SoftDeleteCollectionFilterIntegrator implements Integrator {

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
			SessionFactoryImplementor sessionFactory) {
		FilterDefinition definition = metadata.getFilterDefinition(SoftDeletable.FILTER);
		if (definition == null) {
			return;
		}
		for (Collection collection : metadata.getCollectionBindings()) {
			PersistentClass element = elementEntity(metadata, collection.getElement());
			if (element == null || !isSoftDeletable(element) || hasFilter(collection)) {
				continue;
			}
			String condition = condition(element, definition);
			if (collection.isOneToMany()) {
				collection.addFilter(SoftDeletable.FILTER, condition, true, Map.of(), Map.of());
			}
			else {
				collection.addManyToManyFilter(SoftDeletable.FILTER, condition, true, Map.of(), Map.of());
			}
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
	public void disintegrate(SessionFactoryImplementor sessionFactory,
			org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
	}

}
