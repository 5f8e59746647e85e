package dev.prism.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import dev.prism.entity.DeletedRows;
import dev.prism.entity.SoftDeletable;
import dev.prism.event.EntityChanges.Kind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Removes soft-deleted rows for good together with their cascade, children before their
 * parents, as the repositories' {@code hardDeleteAllById} does; for features outside the
 * repositories, such as pruning. Runs in the caller's transaction.
 */
public final class HardDeletes {

	private final EntityManager entityManager;

	private final CascadeStatements cascades;

	/**
	 * Create an instance.
	 * @param entityManager a shared entity manager
	 */
	public HardDeletes(EntityManager entityManager) {
		this.entityManager = entityManager;
		this.cascades = new CascadeStatements(entityManager);
	}

	/**
	 * Return the ids of at most {@code limit} rows of the type soft deleted before the
	 * given instant.
	 * @param type an entity type with a single id attribute
	 * @param before the instant
	 * @param limit the most ids to return
	 * @return the ids
	 */
	public List<Object> deletedBefore(Class<?> type, Instant before, int limit) {
		return DeletedRows.including(this.entityManager, () -> select(type, before, limit));
	}

	private <T> List<Object> select(Class<T> type, Instant before, int limit) {
		CriteriaBuilder builder = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Object> query = builder.createQuery(Object.class);
		Root<T> root = query.from(type);
		query.select(root.get(persister(type).getIdentifierPropertyName()))
			.where(builder.lessThan(root.<Instant>get(SoftDeletable.DELETED_AT), before));
		return this.entityManager.createQuery(query).setMaxResults(limit).getResultList();
	}

	/**
	 * Count the rows of the type soft deleted before the given instant.
	 * @param type an entity type
	 * @param before the instant
	 * @return the number of rows
	 */
	public long countDeletedBefore(Class<?> type, Instant before) {
		return DeletedRows.including(this.entityManager, () -> count(type, before));
	}

	private <T> long count(Class<T> type, Instant before) {
		CriteriaBuilder builder = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> query = builder.createQuery(Long.class);
		Root<T> root = query.from(type);
		query.select(builder.count(root)).where(builder.lessThan(root.<Instant>get(SoftDeletable.DELETED_AT), before));
		return this.entityManager.createQuery(query).getSingleResult();
	}

	/**
	 * Remove the rows with the given ids and every row their cascade reaches, and publish
	 * one event of the given kind per entity type.
	 * @param type an entity type with a single id attribute
	 * @param ids the ids
	 * @param kind the kind of the events
	 * @return the number of rows of the type removed
	 */
	public <T> int removeAllById(Class<T> type, Collection<?> ids, Kind kind) {
		String id = persister(type).getIdentifierPropertyName();
		BulkChanges changes = new BulkChanges(this.entityManager, kind, Instant.now());
		int count = DeletedRows.including(this.entityManager, () -> this.cascades.hardDelete(type,
				(root, query, builder) -> root.get(id).in(ids), (touched) -> {
				}, changes));
		changes.publish();
		return count;
	}

	private EntityPersister persister(Class<?> type) {
		return this.entityManager.getEntityManagerFactory()
			.unwrap(SessionFactoryImplementor.class)
			.getMappingMetamodel()
			.getEntityDescriptor(type);
	}

}
