package dev.prism.repository;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import dev.prism.entity.SoftDeletable;
import dev.prism.entity.TimestampListener;
import dev.prism.entity.Timestamped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.support.JpaEntityInformation;
import org.springframework.data.jpa.repository.support.SimpleJpaRepository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.util.Assert;

/**
 * Implementation of {@link SoftDeleteRepository}: Spring Data's {@link SimpleJpaRepository}
 * with every delete turned into a soft delete. Queries skip deleted rows through the
 * {@value SoftDeletable#FILTER} Hibernate filter, which this class switches off where a
 * method must see deleted rows; {@link #findById} checks the loaded entity itself, since
 * Hibernate loads by primary key without filters.
 * <p>
 * Methods that change rows by id run Criteria {@code UPDATE}/{@code DELETE} statements and
 * detach instances of the affected rows from the persistence context, like an
 * {@code EntityManager.remove} would; reload them to see their new state.
 *
 * @param <T> the entity type
 * @param <ID> the id type
 */
@Transactional(readOnly = true)
public class SoftDeleteJpaRepository<T extends SoftDeletable, ID> extends SimpleJpaRepository<T, ID>
		implements SoftDeleteRepository<T, ID> {

	/**
	 * Default number of ids bound in one bulk statement.
	 */
	public static final int DEFAULT_BATCH_SIZE = 1000;

	/**
	 * Parameters a bulk statement binds besides its ids: timestamps and updated values.
	 */
	private static final int RESERVED_PARAMETERS = 64;

	private static final String ID_MUST_NOT_BE_NULL = "The given id must not be null";

	private static final String IDS_MUST_NOT_BE_NULL = "The given Iterable of ids must not be null";

	private static final String ENTITY_MUST_NOT_BE_NULL = "Entity must not be null";

	private static final Set<String> MANAGED_ATTRIBUTES = Set.of("createdAt", Timestamped.UPDATED_AT,
			SoftDeletable.DELETED_AT);

	private final JpaEntityInformation<T, ?> entityInformation;

	private final EntityManager entityManager;

	private final boolean timestamped;

	private Clock clock = Clock.systemUTC();

	private int batchSize = DEFAULT_BATCH_SIZE;

	public SoftDeleteJpaRepository(JpaEntityInformation<T, ?> entityInformation, EntityManager entityManager) {
		super(entityInformation, entityManager);
		this.entityInformation = entityInformation;
		this.entityManager = entityManager;
		this.timestamped = Timestamped.class.isAssignableFrom(entityInformation.getJavaType());
	}

	/**
	 * Set the clock that stamps {@code deleted_at} and {@code updated_at}.
	 * @param clock the clock
	 */
	public void setClock(Clock clock) {
		Assert.notNull(clock, "Clock must not be null");
		this.clock = clock;
	}

	/**
	 * Set how many ids one bulk statement binds at most.
	 * @param batchSize the chunk size, at least 1
	 */
	public void setBatchSize(int batchSize) {
		Assert.isTrue(batchSize > 0, "Batch size must be positive");
		this.batchSize = batchSize;
	}

	@Override
	@Transactional
	public void deleteById(ID id) {
		Assert.notNull(id, ID_MUST_NOT_BE_NULL);
		softDeleteAllById(List.of(id));
	}

	@Override
	@Transactional
	public void delete(T entity) {
		Assert.notNull(entity, ENTITY_MUST_NOT_BE_NULL);
		softDelete(List.of(entity));
	}

	@Override
	@Transactional
	public void deleteAllById(Iterable<? extends ID> ids) {
		softDeleteAllById(ids);
	}

	@Override
	@Transactional
	public void deleteAllByIdInBatch(Iterable<ID> ids) {
		softDeleteAllById(ids);
	}

	@Override
	@Transactional
	public void deleteAll(Iterable<? extends T> entities) {
		softDelete(entities);
	}

	@Override
	@Transactional
	public void deleteAllInBatch(Iterable<T> entities) {
		softDelete(entities);
	}

	@Override
	@Transactional
	public void deleteAll() {
		Instant now = now();
		update(null, (update, root) -> stampDeletedAt(update, root, now), true);
	}

	@Override
	@Transactional
	public void deleteAllInBatch() {
		deleteAll();
	}

	@Override
	@Transactional
	public int insertAll(Iterable<? extends T> entities) {
		return new BatchInserter(this.entityManager, TransactionOperations.withoutTransaction(), this.batchSize)
			.insertAll(entities);
	}

	@Override
	@Transactional
	public int softDeleteAllById(Iterable<? extends ID> ids) {
		Instant now = now();
		return inChunks(ids, (chunk) -> update(chunk, (update, root) -> stampDeletedAt(update, root, now), true));
	}

	@Override
	public Optional<T> findById(ID id) {
		return findByIdIncludingDeleted(id).filter((entity) -> !entity.isDeleted());
	}

	@Override
	public Optional<T> findByIdIncludingDeleted(ID id) {
		Assert.notNull(id, ID_MUST_NOT_BE_NULL);
		return Optional.ofNullable(this.entityManager.find(getDomainClass(), id));
	}

	@Override
	public List<T> findAllIncludingDeleted() {
		return includingDeleted(() -> super.findAll());
	}

	@Override
	public Page<T> findAllIncludingDeleted(Pageable pageable) {
		return includingDeleted(() -> super.findAll(pageable));
	}

	@Override
	public List<T> findAllDeleted() {
		return includingDeleted(() -> super.findAll(deleted()));
	}

	@Override
	public Page<T> findAllDeleted(Pageable pageable) {
		return includingDeleted(() -> super.findAll(deleted(), pageable));
	}

	@Override
	public long countIncludingDeleted() {
		return includingDeleted(() -> super.count());
	}

	@Override
	public long countDeleted() {
		return includingDeleted(() -> super.count(deleted()));
	}

	@Override
	@Transactional
	public boolean restoreById(ID id) {
		Assert.notNull(id, ID_MUST_NOT_BE_NULL);
		return restoreAllById(List.of(id)) == 1;
	}

	@Override
	@Transactional
	public void restore(T entity) {
		Assert.notNull(entity, ENTITY_MUST_NOT_BE_NULL);
		if (this.entityInformation.isNew(entity) || !restoreById(idOf(entity))) {
			return;
		}
		entity.setDeletedAt(null);
		touch(entity, now());
	}

	@Override
	@Transactional
	public int restoreAllById(Iterable<? extends ID> ids) {
		Instant now = now();
		return inChunks(ids, (chunk) -> update(chunk, (update, root) -> {
			update.set(root.<Instant>get(SoftDeletable.DELETED_AT), builder().nullLiteral(Instant.class));
			stampUpdatedAt(update, root, now);
		}, false));
	}

	@Override
	@Transactional
	public boolean hardDeleteById(ID id) {
		Assert.notNull(id, ID_MUST_NOT_BE_NULL);
		T entity = this.entityManager.find(getDomainClass(), id);
		if (entity == null) {
			return false;
		}
		// Cascades must reach soft-deleted children too.
		includingDeleted(() -> {
			this.entityManager.remove(entity);
			return null;
		});
		return true;
	}

	@Override
	@Transactional
	public void hardDelete(T entity) {
		Assert.notNull(entity, ENTITY_MUST_NOT_BE_NULL);
		if (this.entityInformation.isNew(entity)) {
			return;
		}
		hardDeleteById(idOf(entity));
	}

	@Override
	@Transactional
	public int hardDeleteAllById(Iterable<? extends ID> ids) {
		return inChunks(ids, (chunk) -> includingDeleted(() -> {
			CriteriaDelete<T> delete = builder().createCriteriaDelete(getDomainClass());
			Root<T> root = delete.from(getDomainClass());
			delete.where(idPath(root).in(chunk));
			int count = this.entityManager.createQuery(delete).executeUpdate();
			detachManaged(chunk);
			return count;
		}));
	}

	@Override
	@Transactional
	public int updateAllById(Iterable<? extends ID> ids, Map<String, ?> values) {
		Assert.notEmpty(values, "Values to update must not be empty");
		Map<String, Object> checked = new BulkUpdateValues(this.entityManager.getMetamodel()
			.entity(getDomainClass()), MANAGED_ATTRIBUTES).check(values);
		Instant now = now();
		return inChunks(ids, (chunk) -> update(chunk, (update, root) -> {
			checked.forEach((name, value) -> update.set(root.get(name), value));
			stampUpdatedAt(update, root, now);
		}, true));
	}

	private void softDelete(Iterable<? extends T> entities) {
		Assert.notNull(entities, "Entities must not be null");
		List<ID> ids = new ArrayList<>();
		for (T entity : entities) {
			Assert.notNull(entity, ENTITY_MUST_NOT_BE_NULL);
			if (!this.entityInformation.isNew(entity)) {
				ids.add(idOf(entity));
			}
		}
		Instant now = now();
		inChunks(ids, (chunk) -> update(chunk, (update, root) -> stampDeletedAt(update, root, now), true));
		for (T entity : entities) {
			if (!this.entityInformation.isNew(entity) && !entity.isDeleted()) {
				entity.setDeletedAt(now);
				touch(entity, now);
			}
		}
	}

	private void stampDeletedAt(CriteriaUpdate<T> update, Root<T> root, Instant now) {
		update.set(root.<Instant>get(SoftDeletable.DELETED_AT), now);
		stampUpdatedAt(update, root, now);
	}

	private void stampUpdatedAt(CriteriaUpdate<T> update, Root<T> root, Instant now) {
		if (this.timestamped) {
			update.set(root.<Instant>get(Timestamped.UPDATED_AT), now);
		}
	}

	private void touch(T entity, Instant now) {
		if (entity instanceof Timestamped timestamped) {
			timestamped.markUpdated(now);
		}
	}

	/**
	 * Run one Criteria {@code UPDATE} on rows that are (or, when {@code live} is false, are
	 * not) soft deleted, restricted to the given ids unless they are {@code null}.
	 */
	private int update(Collection<ID> ids, UpdateAssignments<T> assignments, boolean live) {
		return includingDeleted(() -> {
			CriteriaBuilder builder = builder();
			CriteriaUpdate<T> update = builder.createCriteriaUpdate(getDomainClass());
			Root<T> root = update.from(getDomainClass());
			assignments.assign(update, root);
			Path<Instant> deletedAt = root.get(SoftDeletable.DELETED_AT);
			Predicate state = live ? builder.isNull(deletedAt) : builder.isNotNull(deletedAt);
			update.where((ids != null) ? builder.and(idPath(root).in(ids), state) : state);
			int count = this.entityManager.createQuery(update).executeUpdate();
			detachManaged(ids);
			return count;
		});
	}

	/**
	 * Apply the statement to the distinct ids in chunks of at most the batch size, and never
	 * more ids than the database binds in one statement.
	 */
	private int inChunks(Iterable<? extends ID> ids, ToIntFunction<List<ID>> statement) {
		Assert.notNull(ids, IDS_MUST_NOT_BE_NULL);
		Set<ID> distinct = new LinkedHashSet<>();
		for (ID id : ids) {
			Assert.notNull(id, "The given Iterable of ids must not contain null");
			distinct.add(id);
		}
		List<ID> all = new ArrayList<>(distinct);
		int chunkSize = chunkSize();
		int count = 0;
		for (int from = 0; from < all.size(); from += chunkSize) {
			count += statement.applyAsInt(all.subList(from, Math.min(from + chunkSize, all.size())));
		}
		return count;
	}

	private int chunkSize() {
		int limit = this.entityManager.getEntityManagerFactory()
			.unwrap(SessionFactoryImplementor.class)
			.getJdbcServices()
			.getDialect()
			.getParameterCountLimit();
		return (limit > 0) ? Math.min(this.batchSize, limit - RESERVED_PARAMETERS) : this.batchSize;
	}

	/**
	 * Detach managed instances of the given rows (all rows when {@code ids} is
	 * {@code null}) so that later reads in this persistence context see the new state.
	 */
	private void detachManaged(Collection<ID> ids) {
		SessionImplementor session = this.entityManager.unwrap(SessionImplementor.class);
		if (session.getPersistenceContextInternal().getNumberOfManagedEntities() == 0) {
			return;
		}
		Set<?> wanted = (ids != null) ? new HashSet<>(ids) : null;
		for (Map.Entry<Object, EntityEntry> entry : session.getPersistenceContextInternal()
			.reentrantSafeEntityEntries()) {
			Object entity = entry.getKey();
			if (getDomainClass().isInstance(entity) && (wanted == null || wanted.contains(entry.getValue().getId()))) {
				this.entityManager.detach(entity);
			}
		}
	}

	private <R> R includingDeleted(Supplier<R> action) {
		return DeletedRowsFilter.including(this.entityManager, action);
	}

	private Specification<T> deleted() {
		return (root, query, builder) -> builder.isNotNull(root.get(SoftDeletable.DELETED_AT));
	}

	private Path<?> idPath(Root<T> root) {
		return root.get(this.entityInformation.getRequiredIdAttribute().getName());
	}

	@SuppressWarnings("unchecked")
	private ID idOf(T entity) {
		return (ID) this.entityInformation.getId(entity);
	}

	private CriteriaBuilder builder() {
		return this.entityManager.getCriteriaBuilder();
	}

	private Instant now() {
		return TimestampListener.now(this.clock);
	}

	@FunctionalInterface
	private interface UpdateAssignments<T> {

		void assign(CriteriaUpdate<T> update, Root<T> root);

	}

}
