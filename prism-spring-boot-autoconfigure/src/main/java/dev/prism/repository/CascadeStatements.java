package dev.prism.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.prism.entity.HardDelete;
import dev.prism.entity.SoftDeletable;
import dev.prism.entity.Timestamped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.hibernate.engine.spi.CascadeStyle;
import org.hibernate.engine.spi.CascadingActions;
import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.query.criteria.JpaCriteriaUpdate;
import org.hibernate.query.sqm.NodeBuilder;
import org.hibernate.query.sqm.tree.select.SqmSubQuery;

/**
 * Bulk soft deletes, restores and hard deletes of the rows a {@link Rows selection} picks,
 * together with the children that JPA cascades a remove to: the elements of a
 * {@code @OneToMany(mappedBy = …)} collection with {@code CascadeType.REMOVE}/{@code ALL}
 * or {@code orphanRemoval}, to any depth. Each table gets one statement per call, the
 * children's statements select their rows through subqueries on their parents, never row
 * by row.
 * <ul>
 * <li>A soft delete sets {@code deleted_at} of the live children of live parents to the
 * parent's instant; children that are not soft-deletable are left untouched.</li>
 * <li>A restore brings back the children whose {@code deleted_at} equals their parent's,
 * which are the ones its cascade deleted; a child deleted on its own before keeps its
 * own instant and stays deleted.</li>
 * <li>A hard delete removes every child row, deleted or not, before its parent.</li>
 * </ul>
 * Statements run with the soft-delete filter off; callers switch it off. A
 * {@link BulkChanges} sees each soft-deletable table's statement, for events and audit
 * columns.
 */
final class CascadeStatements {

	private final EntityManager entityManager;

	private final Map<Class<?>, List<Relation>> relations;

	private final Map<KeptStatements, Map<Integer, Recorded>> kept;

	private final StatementReplay replay;

	CascadeStatements(EntityManager entityManager) {
		this(entityManager, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), null);
	}

	private CascadeStatements(EntityManager entityManager, Map<Class<?>, List<Relation>> relations,
			Map<KeptStatements, Map<Integer, Recorded>> kept, StatementReplay replay) {
		this.entityManager = entityManager;
		this.relations = relations;
		this.kept = kept;
		this.replay = replay;
	}

	/**
	 * Return statements for one operation that runs chunk after chunk, each chunk
	 * selecting its rows with the same predicate and other values of its named parameters.
	 * The statements the first chunk creates are run again for the next chunks with the new
	 * parameter values, instead of being built, created and translated to SQL again (see
	 * {@link RepeatedMutation}). Call {@link #startChunk()} before each chunk.
	 * <p>
	 * Operations given the same key build the same statements, so the statements that
	 * bind nothing but named parameters are kept for the next operation with that key too,
	 * when no Hibernate filter is enabled and the same fetch profiles are.
	 * @param operation the key of the operation's statements, or {@code null} to keep them
	 * for this operation only
	 * @return the statements of the operation
	 */
	CascadeStatements forChunkedOperation(Object operation) {
		return new CascadeStatements(this.entityManager, this.relations, this.kept,
				new StatementReplay(this.entityManager, (operation != null) ? this.kept : null, operation));
	}

	/**
	 * Start the next chunk of an operation from {@link #forChunkedOperation()}.
	 */
	void startChunk() {
		if (this.replay != null) {
			this.replay.start();
		}
	}

	/**
	 * Soft delete the live rows of the type that the selection picks, and their cascade.
	 * @return the number of rows of the type that were live
	 */
	<T> int softDelete(Class<T> type, Rows<T> rows, Consumer<Class<?>> touched, BulkChanges changes) {
		Rows<T> live = rows.and((root, query, builder) -> builder.isNull(root.get(SoftDeletable.DELETED_AT)));
		softDeleteChildren(type, live, touched, changes, Set.of(type));
		changes.changing(type, live, false);
		return update(type, live, changes, (update, root, builder) -> {
			update.set(root.<Instant>get(SoftDeletable.DELETED_AT), changes.now(builder));
			stampUpdatedAt(type, update, root, builder, changes);
			changes.stamp(type, update, root, builder);
		});
	}

	/**
	 * Restore the deleted rows of the type that the selection picks, and the children their
	 * soft delete cascaded to.
	 * @return the number of rows of the type restored
	 */
	<T> int restore(Class<T> type, Rows<T> rows, Consumer<Class<?>> touched, BulkChanges changes) {
		Rows<T> deleted = rows.and((root, query, builder) -> builder.isNotNull(root.get(SoftDeletable.DELETED_AT)));
		restoreChildren(type, deleted, touched, changes, Set.of(type));
		changes.changing(type, deleted, false);
		return update(type, deleted, changes, (update, root, builder) -> {
			update.set(root.<Instant>get(SoftDeletable.DELETED_AT), builder.nullLiteral(Instant.class));
			stampUpdatedAt(type, update, root, builder, changes);
			changes.stamp(type, update, root, builder);
		});
	}

	/**
	 * Remove the rows of the type that the selection picks, deleted or not, and every row
	 * their cascade reaches, for good.
	 * @return the number of rows of the type removed
	 */
	<T> int hardDelete(Class<T> type, Rows<T> rows, Consumer<Class<?>> touched, BulkChanges changes) {
		return HardDelete.run(() -> {
			for (Relation relation : relations(type)) {
				hardDeleteChildren(relation, type, rows, touched, changes, Set.of(type));
			}
			changes.changing(type, rows, false);
			return delete(type, rows, changes);
		});
	}

	private <P> void softDeleteChildren(Class<P> parentType, Rows<P> parents, Consumer<Class<?>> touched,
			BulkChanges changes, Set<Class<?>> path) {
		for (Relation relation : relations(parentType, path)) {
			if (relation.softDeletable()) {
				softDeleteChild(relation, parentType, parents, touched, changes, path);
			}
		}
	}

	private <P, C> void softDeleteChild(Relation relation, Class<P> parentType, Rows<P> parents,
			Consumer<Class<?>> touched, BulkChanges changes, Set<Class<?>> path) {
		@SuppressWarnings("unchecked")
		Class<C> childType = (Class<C>) relation.child();
		Rows<C> children = CascadeStatements.<P, C>childrenOf(relation, parentType, parents)
			.and((root, query, builder) -> builder.isNull(root.get(SoftDeletable.DELETED_AT)));
		softDeleteChildren(childType, children, touched, changes, extend(path, childType));
		changes.changing(childType, children, true);
		update(childType, children, changes, (update, root, builder) -> {
			update.set(root.<Instant>get(SoftDeletable.DELETED_AT), changes.now(builder));
			stampUpdatedAt(childType, update, root, builder, changes);
			changes.stamp(childType, update, root, builder);
		});
		touched.accept(childType);
	}

	private <P> void restoreChildren(Class<P> parentType, Rows<P> parents, Consumer<Class<?>> touched,
			BulkChanges changes, Set<Class<?>> path) {
		for (Relation relation : relations(parentType, path)) {
			if (relation.softDeletable()) {
				restoreChild(relation, parentType, parents, touched, changes, path);
			}
		}
	}

	private <P, C> void restoreChild(Relation relation, Class<P> parentType, Rows<P> parents,
			Consumer<Class<?>> touched, BulkChanges changes, Set<Class<?>> path) {
		@SuppressWarnings("unchecked")
		Class<C> childType = (Class<C>) relation.child();
		Rows<C> children = Rows.withParameters(parents.parameters(), (root, query, builder) -> {
			Subquery<Integer> parent = query.subquery(Integer.class);
			Root<P> parentRoot = parent.from(parentType);
			Path<Instant> childDeletedAt = root.get(SoftDeletable.DELETED_AT);
			parent.select(builder.literal(1))
				.where(builder.equal(parentRoot, root.get(relation.attribute())),
						builder.equal(parentRoot.get(SoftDeletable.DELETED_AT), childDeletedAt),
						parents.select(parentRoot, parent, builder));
			return builder.and(builder.isNotNull(childDeletedAt), builder.exists(parent));
		});
		restoreChildren(childType, children, touched, changes, extend(path, childType));
		changes.changing(childType, children, true);
		update(childType, children, changes, (update, root, builder) -> {
			update.set(root.<Instant>get(SoftDeletable.DELETED_AT), builder.nullLiteral(Instant.class));
			stampUpdatedAt(childType, update, root, builder, changes);
			changes.stamp(childType, update, root, builder);
		});
		touched.accept(childType);
	}

	private <P, C> void hardDeleteChildren(Relation relation, Class<P> parentType, Rows<P> parents,
			Consumer<Class<?>> touched, BulkChanges changes, Set<Class<?>> path) {
		@SuppressWarnings("unchecked")
		Class<C> childType = (Class<C>) relation.child();
		Rows<C> children = childrenOf(relation, parentType, parents);
		for (Relation grandchild : relations(childType, extend(path, childType))) {
			hardDeleteChildren(grandchild, childType, children, touched, changes, extend(path, childType));
		}
		if (relation.softDeletable()) {
			changes.changing(childType, children, true);
		}
		delete(childType, children, changes);
		touched.accept(childType);
	}

	/**
	 * Select the children of the selected parents with {@code child.parent in (select …)}.
	 * JPA's {@code in(subquery)} makes a list of one scalar subquery, which Hibernate
	 * renders as {@code in ((select …))}; older SQLite versions (3.40 for one) compare such
	 * a list with the subquery's first row only, so the cascade would reach the children of
	 * one parent.
	 */
	private static <P, C> Rows<C> childrenOf(Relation relation, Class<P> parentType, Rows<P> parents) {
		return Rows.withParameters(parents.parameters(), (root, query, builder) -> {
			Subquery<P> parent = query.subquery(parentType);
			Root<P> parentRoot = parent.from(parentType);
			parent.select(parentRoot).where(parents.select(parentRoot, parent, builder));
			return ((NodeBuilder) builder).in(root.get(relation.attribute()), (SqmSubQuery<P>) parent);
		});
	}

	/**
	 * Run one {@code UPDATE} of the rows the selection picks, incrementing the version of a
	 * versioned entity.
	 * @return the number of rows updated
	 */
	<T> int update(Class<T> type, Rows<T> rows, BulkChanges changes, Assignments<T> assignments) {
		return execute(type, rows, changes, () -> {
			CriteriaBuilder builder = this.entityManager.getCriteriaBuilder();
			CriteriaUpdate<T> update = builder.createCriteriaUpdate(type);
			Root<T> root = update.from(type);
			assignments.assign(update, root, builder);
			if (persister(type).isVersioned()) {
				((JpaCriteriaUpdate<T>) update).versioned(true);
			}
			update.where(rows.select(root, update, builder));
			return this.entityManager.createQuery(update);
		});
	}

	private <T> int delete(Class<T> type, Rows<T> rows, BulkChanges changes) {
		return execute(type, rows, changes, () -> {
			CriteriaBuilder builder = this.entityManager.getCriteriaBuilder();
			CriteriaDelete<T> delete = builder.createCriteriaDelete(type);
			Root<T> root = delete.from(type);
			delete.where(rows.select(root, delete, builder));
			return this.entityManager.createQuery(delete);
		});
	}

	/**
	 * Run the statement the supplier creates with the selection's and the operation's
	 * parameter values, or in a chunked operation the one an earlier chunk or operation
	 * created, translated once.
	 */
	private int execute(Class<?> type, Rows<?> rows, BulkChanges changes, Supplier<Query> create) {
		Map<String, Object> values = changes.parameters(type);
		values.putAll(rows.parameters());
		Supplier<RepeatedMutation> mutation = () -> RepeatedMutation.of(create.get(), values);
		return ((this.replay != null) ? this.replay.next(type, mutation) : mutation.get())
			.execute(this.entityManager, values);
	}

	private static <T> void stampUpdatedAt(Class<T> type, CriteriaUpdate<T> update, Root<T> root,
			CriteriaBuilder builder, BulkChanges changes) {
		if (Timestamped.class.isAssignableFrom(type)) {
			update.set(root.<Instant>get(Timestamped.UPDATED_AT), changes.now(builder));
		}
	}

	private List<Relation> relations(Class<?> type) {
		return this.relations.computeIfAbsent(type, this::findRelations);
	}

	/**
	 * The relations of a type, without those that lead back to a type already on the
	 * cascade's path: self-referencing and cyclic cascades are not followed.
	 */
	private List<Relation> relations(Class<?> type, Set<Class<?>> path) {
		return relations(type).stream().filter((relation) -> !path.contains(relation.child())).toList();
	}

	private static Set<Class<?>> extend(Set<Class<?>> path, Class<?> type) {
		Set<Class<?>> extended = new HashSet<>(path);
		extended.add(type);
		return extended;
	}

	private List<Relation> findRelations(Class<?> type) {
		EntityPersister persister = persister(type);
		CascadeStyle[] cascades = persister.getPropertyCascadeStyles();
		List<Relation> found = new ArrayList<>();
		persister.forEachAttributeMapping((attribute) -> {
			if (attribute instanceof PluralAttributeMapping plural) {
				CascadeStyle cascade = cascades[plural.getStateArrayPosition()];
				CollectionPersister collection = plural.getCollectionDescriptor();
				if ((cascade.doCascade(CascadingActions.REMOVE) || cascade.hasOrphanDelete())
						&& collection.isOneToMany() && collection.isInverse()
						&& collection.getMappedByProperty() != null) {
					Class<?> child = collection.getElementPersister().getMappedClass();
					found.add(new Relation(child, collection.getMappedByProperty(),
							SoftDeletable.class.isAssignableFrom(child)));
				}
			}
		});
		return List.copyOf(found);
	}

	private EntityPersister persister(Class<?> type) {
		return this.entityManager.getEntityManagerFactory()
			.unwrap(SessionFactoryImplementor.class)
			.getMappingMetamodel()
			.getEntityDescriptor(type);
	}

	/**
	 * The statements of one chunked operation, in the order its first chunk created them.
	 * Every chunk runs the same statements in the same order, so the n-th statement of a
	 * later chunk is the n-th one again; a statement for another entity type than recorded
	 * gets one of its own. With a key, the shareable statements are looked up in and added
	 * to the ones kept for the key in the same way.
	 */
	private static final class StatementReplay {

		private final EntityManager entityManager;

		private final Map<KeptStatements, Map<Integer, Recorded>> kept;

		private final Object operation;

		private final List<Recorded> recorded = new ArrayList<>();

		private Map<Integer, Recorded> shared;

		private int next;

		StatementReplay(EntityManager entityManager, Map<KeptStatements, Map<Integer, Recorded>> kept,
				Object operation) {
			this.entityManager = entityManager;
			this.kept = kept;
			this.operation = operation;
		}

		void start() {
			this.next = 0;
		}

		RepeatedMutation next(Class<?> type, Supplier<RepeatedMutation> create) {
			int index = this.next++;
			if (index < this.recorded.size() && this.recorded.get(index).type() == type) {
				return this.recorded.get(index).mutation();
			}
			Map<Integer, Recorded> shared = shared();
			Recorded found = shared.get(index);
			Recorded created = (found != null && found.type() == type) ? found : new Recorded(type, create.get());
			if (created != found && created.mutation().isShareable()) {
				shared.putIfAbsent(index, created);
			}
			if (index < this.recorded.size()) {
				this.recorded.set(index, created);
			}
			else {
				this.recorded.add(created);
			}
			return created.mutation();
		}

		/**
		 * The statements kept for this operation's key, looked up on the first statement,
		 * which runs with the operation's fetch profiles enabled. A session with an
		 * enabled filter shares none: Hibernate writes the filter into the SQL.
		 */
		private Map<Integer, Recorded> shared() {
			if (this.shared == null) {
				this.shared = (this.kept != null) ? kept() : new HashMap<>();
			}
			return this.shared;
		}

		private Map<Integer, Recorded> kept() {
			LoadQueryInfluencers influencers = this.entityManager.unwrap(SharedSessionContractImplementor.class)
				.getLoadQueryInfluencers();
			if (influencers.hasEnabledFilters()) {
				return new HashMap<>();
			}
			KeptStatements key = new KeptStatements(this.operation,
					Set.copyOf(influencers.getEnabledFetchProfileNames()));
			return this.kept.computeIfAbsent(key, (ignored) -> new ConcurrentHashMap<>());
		}

	}

	private record Recorded(Class<?> type, RepeatedMutation mutation) {
	}

	/**
	 * The key of the statements kept for operations: what the operation is and the fetch
	 * profiles it ran with.
	 */
	private record KeptStatements(Object operation, Set<String> fetchProfiles) {
	}

	/**
	 * Picks rows of an entity type in a statement or subquery, with the values of the named
	 * parameters its predicate uses. Binding a list of ids as one parameter keeps the
	 * statement small to build and translate, however many ids the list holds.
	 *
	 * @param <T> the entity type
	 */
	@FunctionalInterface
	interface Rows<T> {

		Predicate select(From<?, T> root, CommonAbstractCriteria query, CriteriaBuilder builder);

		/**
		 * Return the values of the named parameters of the predicate.
		 * @return values by parameter name
		 */
		default Map<String, Object> parameters() {
			return Map.of();
		}

		default Rows<T> and(Rows<T> other) {
			Map<String, Object> parameters = new HashMap<>(parameters());
			parameters.putAll(other.parameters());
			return withParameters(parameters, (root, query, builder) -> {
				Predicate first = select(root, query, builder);
				Predicate second = other.select(root, query, builder);
				return (first != null) ? builder.and(first, second) : second;
			});
		}

		/**
		 * Return a selection whose predicate uses the given named parameters.
		 * @param parameters values by parameter name
		 * @param rows the selection
		 * @param <T> the entity type
		 * @return the selection with its parameters
		 */
		static <T> Rows<T> withParameters(Map<String, Object> parameters, Rows<T> rows) {
			if (parameters.isEmpty()) {
				return rows;
			}
			return new Rows<>() {

				@Override
				public Predicate select(From<?, T> root, CommonAbstractCriteria query, CriteriaBuilder builder) {
					return rows.select(root, query, builder);
				}

				@Override
				public Map<String, Object> parameters() {
					return parameters;
				}

			};
		}

	}

	@FunctionalInterface
	interface Assignments<T> {

		void assign(CriteriaUpdate<T> update, Root<T> root, CriteriaBuilder builder);

	}

	/**
	 * A child type whose attribute refers to the parent, reached by a cascading remove.
	 */
	private record Relation(Class<?> child, String attribute, boolean softDeletable) {
	}

}
