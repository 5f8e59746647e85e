package dev.prism.repository;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.stream.StreamSupport;

import dev.prism.entity.DeletedRows;
import dev.prism.entity.HardDelete;
import dev.prism.entity.SoftDeletable;
import dev.prism.entity.TimestampListener;
import dev.prism.entity.Timestamped;
import dev.prism.event.EntityChanges.Kind;
import dev.prism.repository.CascadeStatements.Assignments;
import dev.prism.repository.CascadeStatements.Rows;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.hibernate.Session;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.jpa.event.spi.CallbackRegistry;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.DeleteSpecification;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.provider.PersistenceProvider;
import org.springframework.data.jpa.repository.support.CrudMethodMetadata;
import org.springframework.data.jpa.repository.support.JpaEntityInformation;
import org.springframework.data.jpa.repository.support.SimpleJpaRepository;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;

/**
 * Implementation of {@link SoftDeleteRepository}: Spring Data's {@link SimpleJpaRepository}
 * with every delete turned into a soft delete that follows JPA's remove cascades
 * ({@link CascadeStatements}). Queries skip deleted rows unless the session
 * {@linkplain DeletedRows includes them}, which this class does where a method must see
 * deleted rows; {@link #findById} checks the loaded entity itself, since Hibernate loads by
 * primary key without the restriction. Deletes that reach Hibernate another way
 * ({@code EntityManager.remove}, derived {@code deleteBy…}) are soft deletes too, see
 * {@link dev.prism.entity.SoftDeleteIntegrator}.
 * <p>
 * Methods that change rows run Criteria {@code UPDATE}/{@code DELETE} statements and
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
	 * Default offset from which {@link #findAll(Pageable)} reads a page as a
	 * {@link DeferredPage}.
	 */
	public static final long DEFAULT_DEEP_PAGE_OFFSET = 1000;

	/**
	 * Parameters a bulk statement binds besides its ids: timestamps and updated values.
	 */
	private static final int RESERVED_PARAMETERS = 64;

	/**
	 * The parameter that binds a chunk of ids as one list.
	 */
	private static final String IDS_PARAMETER = "prismIds";

	/**
	 * The parameter that binds the version an entity's row must have.
	 */
	private static final String VERSION_PARAMETER = "prismVersion";

	private static final String ID_MUST_NOT_BE_NULL = "The given id must not be null";

	private static final String IDS_MUST_NOT_BE_NULL = "The given Iterable of ids must not be null";

	private static final String ENTITY_MUST_NOT_BE_NULL = "Entity must not be null";

	private static final Set<String> MANAGED_ATTRIBUTES = Set.of("createdAt", Timestamped.UPDATED_AT,
			SoftDeletable.DELETED_AT);

	private final JpaEntityInformation<T, ?> entityInformation;

	private final EntityManager entityManager;

	private final boolean timestamped;

	private final CascadeStatements cascades;

	private Clock clock = Clock.systemUTC();

	private int batchSize = DEFAULT_BATCH_SIZE;

	private int chunkSize;

	private long deepPageOffset = DEFAULT_DEEP_PAGE_OFFSET;

	private Boolean subtractingCount;

	private Boolean idList;

	public SoftDeleteJpaRepository(JpaEntityInformation<T, ?> entityInformation, EntityManager entityManager) {
		super(entityInformation, entityManager);
		this.entityInformation = entityInformation;
		this.entityManager = entityManager;
		this.timestamped = Timestamped.class.isAssignableFrom(entityInformation.getJavaType());
		this.cascades = new CascadeStatements(entityManager);
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
		this.chunkSize = 0;
	}

	/**
	 * Set the offset from which {@link #findAll(Pageable)} selects a sorted page's ids in a
	 * subquery before it loads their rows.
	 * @param deepPageOffset the offset, at least 0
	 */
	public void setDeepPageOffset(long deepPageOffset) {
		Assert.isTrue(deepPageOffset >= 0, "Deep page offset must not be negative");
		this.deepPageOffset = deepPageOffset;
	}

	/**
	 * Soft delete the entity's row and its cascade in one statement per table. The entity's
	 * {@code @PreRemove} and {@code @PostRemove} callbacks run; a stale version is rejected
	 * with an {@link ObjectOptimisticLockingFailureException}; the given instance shows the
	 * new {@code deleted_at}, {@code updated_at} and version.
	 */
	@Override
	@Transactional
	public void delete(T entity) {
		Assert.notNull(entity, ENTITY_MUST_NOT_BE_NULL);
		if (this.entityInformation.isNew(entity)) {
			return;
		}
		ID id = idOf(entity);
		Object version = versionOf(entity);
		callbacks().preRemove(entity);
		Instant now = now();
		BulkChanges changes = changes(Kind.SOFT_DELETED, now);
		int count = includingDeleted(() -> rowStatements(Kind.SOFT_DELETED, version)
			.softDelete(getDomainClass(), byVersionedId(id, version), this::detachAll, changes));
		detachManaged(List.of(id));
		if (count == 0) {
			rejectStaleVersion(id, version, false);
			return;
		}
		if (!entity.isDeleted()) {
			entity.setDeletedAt(now);
			touch(entity, now);
			changes.stamp(entity);
		}
		refreshVersion(entity, id, version);
		callbacks().postRemove(entity);
		changes.publish();
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
	public void deleteAllInBatch(Iterable<T> entities) {
		Assert.notNull(entities, "Entities must not be null");
		List<ID> ids = new ArrayList<>();
		for (T entity : entities) {
			Assert.notNull(entity, ENTITY_MUST_NOT_BE_NULL);
			if (!this.entityInformation.isNew(entity)) {
				ids.add(idOf(entity));
			}
		}
		Instant now = now();
		BulkChanges changes = changes(Kind.SOFT_DELETED, now);
		softDeleteAllById(ids, changes);
		for (T entity : entities) {
			if (!this.entityInformation.isNew(entity) && !entity.isDeleted()) {
				entity.setDeletedAt(now);
				touch(entity, now);
				changes.stamp(entity);
			}
		}
		changes.publish();
	}

	@Override
	@Transactional
	public void deleteAll() {
		Instant now = now();
		BulkChanges changes = changes(Kind.SOFT_DELETED, now);
		includingDeleted(() -> this.cascades.softDelete(getDomainClass(), (root, query, builder) -> null,
				this::detachAll, changes));
		detachAll(getDomainClass());
		changes.publish();
	}

	@Override
	@Transactional
	public void deleteAllInBatch() {
		deleteAll();
	}

	@Override
	@Transactional
	public long delete(DeleteSpecification<T> spec) {
		Assert.notNull(spec, "Specification must not be null");
		Instant now = now();
		BulkChanges changes = changes(Kind.SOFT_DELETED, now);
		int count = includingDeleted(() -> this.cascades.softDelete(getDomainClass(), (root, query, builder) -> spec
			.toPredicate(asRoot(root), builder.createCriteriaDelete(getDomainClass()), builder), this::detachAll,
				changes));
		detachAll(getDomainClass());
		changes.publish();
		return count;
	}

	@Override
	@Transactional
	public long restoreAll(Specification<T> spec) {
		Assert.notNull(spec, "Specification must not be null");
		Instant now = now();
		BulkChanges changes = changes(Kind.RESTORED, now);
		int count = restoring(List.of(), () -> this.cascades.restore(getDomainClass(),
				(root, query, builder) -> spec.toPredicate(asRoot(root), builder.createQuery(), builder),
				this::detachAll, changes));
		detachAll(getDomainClass());
		changes.publish();
		return count;
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
		BulkChanges changes = changes(Kind.SOFT_DELETED, now);
		int count = softDeleteAllById(ids, changes);
		changes.publish();
		return count;
	}

	private int softDeleteAllById(Iterable<? extends ID> ids, BulkChanges changes) {
		CascadeStatements statements = chunkedStatements(Kind.SOFT_DELETED);
		return inChunks(ids, false, (chunk) -> {
			statements.startChunk();
			int count = includingDeleted(
					() -> statements.softDelete(getDomainClass(), byId(chunk), this::detachAll, changes));
			detachManaged(chunk);
			return count;
		});
	}

	@Override
	public Optional<T> findById(ID id) {
		Optional<T> found = super.findById(id);
		return DeletedRows.areIncluded(this.entityManager) ? found : found.filter((entity) -> !entity.isDeleted());
	}

	@Override
	public Optional<T> findByIdIncludingDeleted(ID id) {
		return super.findById(id);
	}

	@Override
	public List<T> findAllIncludingDeleted() {
		return includingDeleted(() -> super.findAll());
	}

	@Override
	public Page<T> findAllIncludingDeleted(Pageable pageable) {
		return includingDeleted(() -> findAll(pageable));
	}

	/**
	 * Read a page as Spring Data does, except that a sorted page at least
	 * {@link #setDeepPageOffset deep page offset} rows deep is read as a
	 * {@link DeferredPage}, and that the total comes from {@link #count()}.
	 */
	@Override
	public Page<T> findAll(Pageable pageable) {
		if (pageable.isUnpaged()) {
			return super.findAll(pageable);
		}
		TypedQuery<T> query;
		if (pageable.getSort().isSorted() && pageable.getOffset() >= this.deepPageOffset
				&& !this.entityInformation.hasCompositeId()) {
			query = getQuery(new DeferredPage<>(getDomainClass(), this.entityInformation.getRequiredIdAttribute().getName(),
					this.entityInformation.getIdType(), pageable), pageable.getSort());
		}
		else {
			query = getQuery(Specification.unrestricted(), pageable.getSort());
			query.setFirstResult(Math.toIntExact(pageable.getOffset()));
			query.setMaxResults(pageable.getPageSize());
		}
		return PageableExecutionUtils.getPage(query.getResultList(), pageable, this::count);
	}

	/**
	 * Count the live rows, on SQLite as all rows minus the deleted ones
	 * ({@link LiveRowCount}).
	 */
	@Override
	public long count() {
		if (DeletedRows.areIncluded(this.entityManager) || !subtractingCount()) {
			return super.count();
		}
		return includingDeleted(() -> {
			TypedQuery<Long> query = this.entityManager
				.createQuery(LiveRowCount.query(this.entityInformation.getEntityName()), Long.class);
			getQueryHintsForCount().forEach(query::setHint);
			return query.getSingleResult();
		});
	}

	/**
	 * Return whether {@link #count()} subtracts: on SQLite, unless a filter, which would
	 * give both counts a condition, is enabled.
	 */
	private boolean subtractingCount() {
		if (this.subtractingCount == null) {
			this.subtractingCount = LiveRowCount.subtracts(persister());
		}
		return this.subtractingCount && !this.entityManager.unwrap(SessionImplementor.class)
			.getLoadQueryInfluencers()
			.hasEnabledFilters();
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

	/**
	 * Count the rows of a page, or of a specification, as Spring Data does, but with
	 * {@code count(1)} instead of {@code count(id)}. The live-row restriction tests
	 * {@code deleted_at}, and PostgreSQL answers {@code count(1)} under it from the
	 * {@code deleted_at} index alone, where {@code count(id)} makes it read every row.
	 */
	@Override
	protected <S extends T> TypedQuery<Long> getCountQuery(@Nullable Specification<S> spec, Class<S> domainClass) {
		CriteriaBuilder builder = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> query = builder.createQuery(Long.class);
		Root<S> root = query.from(domainClass);
		Predicate predicate = (spec != null) ? spec.toPredicate(root, query, builder) : null;
		if (predicate != null) {
			query.where(predicate);
		}
		query.select(query.isDistinct() ? builder.countDistinct(root) : builder.count(builder.literal(1)));
		query.orderBy(List.of());
		TypedQuery<Long> count = this.entityManager.createQuery(query);
		CrudMethodMetadata metadata = getRepositoryMethodMetadata();
		if (metadata != null) {
			getQueryHintsForCount().forEach(count::setHint);
			PersistenceProvider provider = PersistenceProvider.fromEntityManager(this.entityManager);
			if (metadata.getComment() != null && provider.getCommentHintKey() != null) {
				count.setHint(provider.getCommentHintKey(), provider.getCommentHintValue(metadata.getComment()));
			}
		}
		return count;
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

	/**
	 * Restore the entity's row and the children its soft delete cascaded to. The entity's
	 * {@code @PreUpdate} and {@code @PostUpdate} callbacks run; a stale version is rejected
	 * with an {@link ObjectOptimisticLockingFailureException}; the given instance shows the
	 * restored state and new version.
	 */
	@Override
	@Transactional
	public void restore(T entity) {
		Assert.notNull(entity, ENTITY_MUST_NOT_BE_NULL);
		if (this.entityInformation.isNew(entity)) {
			return;
		}
		ID id = idOf(entity);
		Object version = versionOf(entity);
		callbacks().preUpdate(entity);
		Instant now = now();
		BulkChanges changes = changes(Kind.RESTORED, now);
		int count = restoring(List.of(id), () -> rowStatements(Kind.RESTORED, version)
			.restore(getDomainClass(), byVersionedId(id, version), this::detachAll, changes));
		detachManaged(List.of(id));
		if (count == 0) {
			rejectStaleVersion(id, version, true);
			return;
		}
		entity.setDeletedAt(null);
		touch(entity, now);
		changes.stamp(entity);
		refreshVersion(entity, id, version);
		callbacks().postUpdate(entity);
		changes.publish();
	}

	/**
	 * Run a restore with deleted rows visible, reporting a constraint it violates as a
	 * {@link RestoreConflictException}.
	 */
	private int restoring(Collection<?> ids, Supplier<Integer> restore) {
		try {
			return includingDeleted(restore);
		}
		catch (ConstraintViolationException ex) {
			String constraint = (ex.getConstraintName() != null) ? "constraint " + ex.getConstraintName()
					: ex.getSQLException().getMessage();
			throw new RestoreConflictException(getDomainClass(), ids, constraint, ex);
		}
	}

	private Rows<T> byVersionedId(ID id, Object version) {
		Rows<T> rows = byId(List.of(id));
		if (version == null) {
			return rows;
		}
		String attribute = persister().getVersionMapping().getVersionAttribute().getAttributeName();
		return rows.and(Rows.withParameters(Map.of(VERSION_PARAMETER, version), (root, query, builder) -> {
			Path<Object> path = root.get(attribute);
			return builder.equal(path,
					builder.parameter(ClassUtils.resolvePrimitiveIfNecessary(path.getJavaType()), VERSION_PARAMETER));
		}));
	}

	/**
	 * Nothing was changed: throw when that is because the row (deleted when restoring, live
	 * when deleting) has another version than the given instance.
	 */
	private void rejectStaleVersion(ID id, Object version, boolean deleted) {
		if (version != null && findByIdIncludingDeletedUnmanaged(id)
			.filter((current) -> current.isDeleted() == deleted && !version.equals(versionOf(current)))
			.isPresent()) {
			throw new ObjectOptimisticLockingFailureException(getDomainClass(), id);
		}
	}

	private void refreshVersion(T entity, ID id, Object version) {
		if (version != null) {
			findByIdIncludingDeletedUnmanaged(id).ifPresent((current) -> setVersion(entity, versionOf(current)));
			detachManaged(List.of(id));
		}
	}

	private CallbackRegistry callbacks() {
		return this.entityManager.getEntityManagerFactory()
			.unwrap(SessionFactoryImplementor.class)
			.getEventEngine()
			.getCallbackRegistry();
	}

	@Override
	@Transactional
	public int restoreAllById(Iterable<? extends ID> ids) {
		Instant now = now();
		BulkChanges changes = changes(Kind.RESTORED, now);
		CascadeStatements statements = chunkedStatements(Kind.RESTORED);
		int restored = inChunks(ids, false, (chunk) -> {
			statements.startChunk();
			int count = restoring(chunk,
					() -> statements.restore(getDomainClass(), byId(chunk), this::detachAll, changes));
			detachManaged(chunk);
			return count;
		});
		changes.publish();
		return restored;
	}

	@Override
	@Transactional
	public <S extends T> S restoreOrSave(S entity, Specification<T> match) {
		Assert.notNull(entity, ENTITY_MUST_NOT_BE_NULL);
		Assert.notNull(match, "Specification must not be null");
		lockEntityType();
		Sort byId = Sort.by(this.entityInformation.getIdAttributeNames().iterator().next());
		Optional<T> existing = includingDeleted(() -> super.findAll(match, byId).stream().findFirst());
		if (existing.isEmpty()) {
			return save(entity);
		}
		T row = existing.get();
		if (row.isDeleted()) {
			restore(row);
			row = findByIdIncludingDeleted(idOf(row)).orElseThrow();
		}
		EntityPersister persister = persister();
		SessionImplementor session = this.entityManager.unwrap(SessionImplementor.class);
		persister.setIdentifier(entity, persister.getIdentifier(row, session), session);
		setVersion(entity, versionOf(row));
		return this.entityManager.merge(entity);
	}

	/**
	 * Serialise {@link #restoreOrSave} calls for this entity type on PostgreSQL until the
	 * transaction ends; SQLite runs one writing transaction at a time anyway.
	 */
	private void lockEntityType() {
		if (persister().getFactory().getJdbcServices().getDialect() instanceof PostgreSQLDialect) {
			long key = getDomainClass().getName().hashCode();
			this.entityManager.unwrap(Session.class).doWork((connection) -> {
				try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
					statement.setLong(1, key);
					statement.execute();
				}
			});
		}
	}

	@Override
	@Transactional
	public boolean hardDeleteById(ID id) {
		Assert.notNull(id, ID_MUST_NOT_BE_NULL);
		this.entityManager.flush();
		return includingDeleted(() -> HardDelete.run(() -> {
			T entity = this.entityManager.find(getDomainClass(), id);
			if (entity == null) {
				return false;
			}
			this.entityManager.remove(entity);
			this.entityManager.flush();
			return true;
		}));
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
		BulkChanges changes = changes(Kind.HARD_DELETED, now());
		CascadeStatements statements = chunkedStatements(Kind.HARD_DELETED);
		int deleted = inChunks(ids, false, (chunk) -> {
			statements.startChunk();
			int count = includingDeleted(
					() -> statements.hardDelete(getDomainClass(), byId(chunk), this::detachAll, changes));
			detachManaged(chunk);
			return count;
		});
		changes.publish();
		return deleted;
	}

	@Override
	@Transactional
	public int updateAllById(Iterable<? extends ID> ids, Map<String, ?> values) {
		Assert.notEmpty(values, "Values to update must not be empty");
		Map<String, Object> checked = new BulkUpdateValues(this.entityManager.getMetamodel()
			.entity(getDomainClass()), MANAGED_ATTRIBUTES).check(values);
		Instant now = now();
		BulkChanges changes = changes(null, now);
		CascadeStatements statements = chunkedStatements(null);
		return inChunks(ids, true, (chunk) -> {
			statements.startChunk();
			Rows<T> live = byId(chunk)
				.and((root, query, builder) -> builder.isNull(root.get(SoftDeletable.DELETED_AT)));
			Assignments<T> assignments = (update, root, builder) -> {
				checked.forEach((name, value) -> update.set(root.get(name), value));
				if (this.timestamped) {
					update.set(root.<Instant>get(Timestamped.UPDATED_AT), changes.now(builder));
				}
				changes.stamp(getDomainClass(), update, root, builder);
			};
			int count = includingDeleted(() -> statements.update(getDomainClass(), live, changes, assignments));
			detachManaged(chunk);
			return count;
		});
	}

	private void touch(T entity, Instant now) {
		if (entity instanceof Timestamped timestamped) {
			timestamped.markUpdated(now);
		}
	}

	/**
	 * Select the rows with the given ids: integral ids bound as one parameter through
	 * {@link IdListFunction} where the database has it, other ids as an {@code IN} list, and
	 * for an {@code @IdClass} composite id one condition per id on its attributes.
	 */
	private Rows<T> byId(Collection<ID> ids) {
		if (!this.entityInformation.hasCompositeId()) {
			String name = this.entityInformation.getRequiredIdAttribute().getName();
			Class<?> type = this.entityInformation.getIdType();
			if (idList()) {
				return Rows.withParameters(Map.of(IDS_PARAMETER, IdListFunction.parameter(ids)),
						(root, query, builder) -> builder.isTrue(builder.function(IdListFunction.NAME, Boolean.class,
								root.get(name), builder.parameter(String.class, IDS_PARAMETER))));
			}
			return Rows.withParameters(Map.of(IDS_PARAMETER, ids), (root, query, builder) -> root.get(name)
				.in(((HibernateCriteriaBuilder) builder).listParameter(type, IDS_PARAMETER)));
		}
		return (root, query, builder) -> builder.or(ids.stream().map((id) -> builder.and(StreamSupport
			.stream(this.entityInformation.getIdAttributeNames().spliterator(), false)
			.map((name) -> builder.equal(root.get(name), this.entityInformation.getCompositeIdAttributeValue(id, name)))
			.toArray(Predicate[]::new))).toArray(Predicate[]::new));
	}

	/**
	 * Return the statements for an operation that runs chunk by chunk: ones that run the
	 * first chunk's queries again for the next chunks, unless the ids are composite, whose
	 * chunks each select their rows with a predicate of their own. Where the ids are bound
	 * as one parameter, the statements of every operation of a kind are the same, and are
	 * kept for the next operation of that kind.
	 * @param kind the kind of the operation, {@code null} for one whose statements differ
	 * from one operation to the next
	 */
	private CascadeStatements chunkedStatements(Kind kind) {
		if (this.entityInformation.hasCompositeId()) {
			return this.cascades;
		}
		return this.cascades.forChunkedOperation((kind != null && idList()) ? kind : null);
	}

	/**
	 * Return the statements for an operation on one entity's row, selected by its id and
	 * version: where the id is bound as one parameter, the ones of the last such operation
	 * of the kind.
	 */
	private CascadeStatements rowStatements(Kind kind, Object version) {
		return this.cascades.forChunkedOperation(
				(!this.entityInformation.hasCompositeId() && idList()) ? new RowOperation(kind, version != null) : null);
	}

	/**
	 * Return whether this repository's ids are bound through {@link IdListFunction},
	 * which is looked up once.
	 */
	private boolean idList() {
		if (this.idList == null) {
			this.idList = IdListFunction.appliesTo(
					this.entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class),
					this.entityInformation.getIdType());
		}
		return this.idList;
	}

	/**
	 * Apply the statement to the ids in chunks of at most the batch size, and never more
	 * ids than the database binds in one statement. The ids are read as the chunks run, so
	 * memory holds one chunk however many ids there are. The database counts a row once
	 * however often its id repeats within a statement, and a statement whose predicate
	 * excludes the rows it already changed (soft delete, restore, hard delete) counts an
	 * id repeated in a later chunk once too; others need {@code distinctAcrossChunks},
	 * which remembers every id.
	 */
	private int inChunks(Iterable<? extends ID> ids, boolean distinctAcrossChunks, ToIntFunction<List<ID>> statement) {
		Assert.notNull(ids, IDS_MUST_NOT_BE_NULL);
		Set<ID> seen = distinctAcrossChunks ? new HashSet<>() : null;
		int chunkSize = chunkSize();
		List<ID> chunk = new ArrayList<>(chunkSize);
		int count = 0;
		for (ID id : ids) {
			Assert.notNull(id, "The given Iterable of ids must not contain null");
			if (seen == null || seen.add(id)) {
				chunk.add(id);
			}
			if (chunk.size() == chunkSize) {
				count += statement.applyAsInt(chunk);
				chunk = new ArrayList<>(chunkSize);
			}
		}
		if (!chunk.isEmpty()) {
			count += statement.applyAsInt(chunk);
		}
		return count;
	}

	/**
	 * Return how many ids one statement binds: the batch size, within the dialect's
	 * parameter limit when each id is a parameter of its own, which is looked up once.
	 */
	private int chunkSize() {
		if (this.chunkSize == 0 && idList()) {
			this.chunkSize = this.batchSize;
		}
		if (this.chunkSize == 0) {
			int limit = this.entityManager.getEntityManagerFactory()
				.unwrap(SessionFactoryImplementor.class)
				.getJdbcServices()
				.getDialect()
				.getParameterCountLimit();
			int idColumns = this.entityInformation.hasCompositeId() ? (int) StreamSupport
				.stream(this.entityInformation.getIdAttributeNames().spliterator(), false)
				.count() : 1;
			this.chunkSize = (limit > 0)
					? Math.max(1, Math.min(this.batchSize, (limit - RESERVED_PARAMETERS) / idColumns))
					: this.batchSize;
		}
		return this.chunkSize;
	}

	/**
	 * Detach managed instances of the given rows so that later reads in this persistence
	 * context see their new state.
	 */
	private void detachManaged(Collection<ID> ids) {
		detach(getDomainClass(), ids);
	}

	/**
	 * Detach every managed instance of a type whose rows a bulk statement changed.
	 */
	private void detachAll(Class<?> type) {
		detach(type, null);
	}

	/**
	 * Detach the managed instances of a type, or of the given ids of this repository's
	 * type. Nothing to do when nothing is managed; fewer ids than managed entities are
	 * looked up by key instead of scanning the persistence context.
	 */
	private void detach(Class<?> type, Collection<?> ids) {
		SessionImplementor session = this.entityManager.unwrap(SessionImplementor.class);
		PersistenceContext context = session.getPersistenceContextInternal();
		int managed = context.getNumberOfManagedEntities();
		if (managed == 0) {
			return;
		}
		if (ids != null && ids.size() < managed && !this.entityInformation.hasCompositeId()) {
			EntityPersister persister = persister();
			for (Object id : ids) {
				Object entity = context.getEntity(session.generateEntityKey(id, persister));
				if (type.isInstance(entity)) {
					this.entityManager.detach(entity);
				}
			}
			return;
		}
		Set<?> idSet = (ids != null) ? new HashSet<>(ids) : null;
		for (Map.Entry<Object, EntityEntry> entry : context.reentrantSafeEntityEntries()) {
			Object entity = entry.getKey();
			if (type.isInstance(entity) && (idSet == null || idSet.contains(entry.getValue().getId()))) {
				this.entityManager.detach(entity);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> Root<T> asRoot(From<?, T> from) {
		return (Root<T>) from;
	}

	/**
	 * Read a row as it is in the database, bypassing the persistence context.
	 */
	private Optional<T> findByIdIncludingDeletedUnmanaged(ID id) {
		this.entityManager.flush();
		T managed = this.entityManager.find(getDomainClass(), id);
		if (managed != null) {
			this.entityManager.refresh(managed);
		}
		return Optional.ofNullable(managed);
	}

	private Object versionOf(T entity) {
		if (!persister().isVersioned()) {
			return null;
		}
		return persister().getVersion(entity);
	}

	private void setVersion(T entity, Object version) {
		if (version != null) {
			EntityPersister persister = persister();
			persister.setPropertyValue(entity, persister.getVersionMapping().getVersionAttribute().getStateArrayPosition(),
					version);
		}
	}

	private EntityPersister persister() {
		return this.entityManager.getEntityManagerFactory()
			.unwrap(SessionFactoryImplementor.class)
			.getMappingMetamodel()
			.getEntityDescriptor(getDomainClass());
	}

	private <R> R includingDeleted(Supplier<R> action) {
		return DeletedRows.including(this.entityManager, action);
	}

	private Specification<T> deleted() {
		return (root, query, builder) -> builder.isNotNull(root.get(SoftDeletable.DELETED_AT));
	}

	@SuppressWarnings("unchecked")
	private ID idOf(T entity) {
		return (ID) this.entityInformation.getId(entity);
	}

	private Instant now() {
		return TimestampListener.now(this.clock);
	}

	private BulkChanges changes(Kind kind, Instant now) {
		return new BulkChanges(this.entityManager, kind, now);
	}

	/**
	 * The key of the statements of an operation on one entity's row.
	 */
	private record RowOperation(Kind kind, boolean versioned) {
	}

}
