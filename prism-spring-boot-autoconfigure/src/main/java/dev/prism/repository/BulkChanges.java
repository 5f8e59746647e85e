package dev.prism.repository;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.prism.entity.AuditedAttributes;
import dev.prism.entity.Auditing;
import dev.prism.event.EntityChanges;
import dev.prism.event.EntityChanges.Kind;
import dev.prism.event.PrismEvents;
import dev.prism.repository.CascadeStatements.Rows;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.metamodel.mapping.NonAggregatedIdentifierMapping;
import org.hibernate.persister.entity.EntityPersister;

import org.springframework.util.ClassUtils;

/**
 * What one bulk operation does besides its own columns, for every table its cascade
 * reaches: before each statement it reads the ids of the rows the statement changes, when
 * a listener may receive the operation's {@link dev.prism.event.EntityEvent events} (one per entity type and
 * cascade flag, published by {@link #publish()}); in each {@code UPDATE} it sets or clears
 * the {@link dev.prism.entity.DeletedBy @DeletedBy} column and, when Spring Data JPA
 * auditing is on, stamps {@code @LastModifiedBy} and {@code @LastModifiedDate}, since
 * bulk statements bypass entity listeners.
 */
final class BulkChanges {

	private static final String NOW = "prismNow";

	private static final String DELETED_BY = "prismDeletedBy";

	private static final String LAST_MODIFIED_BY = "prismLastModifiedBy";

	private static final String LAST_MODIFIED_DATE = "prismLastModifiedDate";

	private final EntityManager entityManager;

	private final Kind kind;

	private final Instant now;

	private final PrismEvents events;

	private final Auditing auditing;

	private final EntityChanges changes = new EntityChanges();

	private final Map<Class<?>, Boolean> listened = new HashMap<>();

	private Object auditor;

	private boolean auditorRead;

	/**
	 * Create the changes of one operation.
	 * @param kind what the operation does to rows, {@code null} for a plain update
	 */
	BulkChanges(EntityManager entityManager, Kind kind, Instant now) {
		this.entityManager = entityManager;
		this.kind = kind;
		this.now = now;
		Map<String, Object> settings = sessionFactory().getProperties();
		this.events = PrismEvents.of(settings);
		this.auditing = Auditing.of(settings);
	}

	/**
	 * Note the rows that the next statement of the operation changes.
	 */
	<T> void changing(Class<T> type, Rows<T> rows, boolean cascade) {
		if (this.kind != null && this.listened.computeIfAbsent(type, (key) -> this.events.hasListeners(this.kind, key))) {
			this.changes.add(this.kind, type, ids(type, rows), cascade);
		}
	}

	/**
	 * Return the operation's instant as a parameter of its statements, whose value
	 * {@link #parameters(Class)} holds.
	 */
	Expression<Instant> now(CriteriaBuilder builder) {
		return builder.parameter(Instant.class, NOW);
	}

	/**
	 * Add the audit columns of the type to an {@code UPDATE} of the operation, as
	 * parameters whose values {@link #parameters(Class)} holds, so that the statement
	 * fits every operation of its kind.
	 */
	<T> void stamp(Class<T> type, CriteriaUpdate<T> update, Root<T> root, CriteriaBuilder builder) {
		AuditedAttributes attributes = AuditedAttributes.of(type);
		if (attributes.deletedBy() != null && this.kind == Kind.SOFT_DELETED) {
			set(update, root.get(attributes.deletedBy()), DELETED_BY, builder);
		}
		if (attributes.deletedBy() != null && this.kind == Kind.RESTORED) {
			clear(update, root.get(attributes.deletedBy()), builder);
		}
		if (this.auditing.stampsLastModified()) {
			if (attributes.lastModifiedBy() != null) {
				set(update, root.get(attributes.lastModifiedBy()), LAST_MODIFIED_BY, builder);
			}
			if (attributes.lastModifiedDate() != null) {
				set(update, root.get(attributes.lastModifiedDate().getName()), LAST_MODIFIED_DATE, builder);
			}
		}
	}

	private static <Y> void clear(CriteriaUpdate<?> update, Path<Y> path, CriteriaBuilder builder) {
		update.set(path, builder.nullLiteral(path.getJavaType()));
	}

	@SuppressWarnings("unchecked")
	private static <Y> void set(CriteriaUpdate<?> update, Path<Y> path, String parameter, CriteriaBuilder builder) {
		Class<Y> type = (Class<Y>) ClassUtils.resolvePrimitiveIfNecessary(path.getJavaType());
		update.set(path, builder.parameter(type, parameter));
	}

	/**
	 * Return the values of the parameters of the operation's statements on the type: its
	 * instant, and the audit columns {@link #stamp(Class, CriteriaUpdate, Root,
	 * CriteriaBuilder)} adds.
	 * @return values by parameter name
	 */
	Map<String, Object> parameters(Class<?> type) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put(NOW, this.now);
		AuditedAttributes attributes = AuditedAttributes.of(type);
		if (attributes.deletedBy() != null && this.kind == Kind.SOFT_DELETED) {
			parameters.put(DELETED_BY, auditor());
		}
		if (this.auditing.stampsLastModified()) {
			if (attributes.lastModifiedBy() != null) {
				parameters.put(LAST_MODIFIED_BY, auditor());
			}
			if (attributes.lastModifiedDate() != null) {
				parameters.put(LAST_MODIFIED_DATE, Auditing.dateValue(attributes.lastModifiedDate(), this.now));
			}
		}
		return parameters;
	}

	/**
	 * Show the operation's audit columns on an instance it changed.
	 */
	void stamp(Object entity) {
		AuditedAttributes attributes = AuditedAttributes.of(entity.getClass());
		EntityPersister persister = persister(entity.getClass());
		if (attributes.deletedBy() != null && (this.kind == Kind.SOFT_DELETED || this.kind == Kind.RESTORED)) {
			set(persister, entity, attributes.deletedBy(), (this.kind == Kind.SOFT_DELETED) ? auditor() : null);
		}
		if (this.auditing.stampsLastModified()) {
			if (attributes.lastModifiedBy() != null) {
				set(persister, entity, attributes.lastModifiedBy(), auditor());
			}
			if (attributes.lastModifiedDate() != null) {
				set(persister, entity, attributes.lastModifiedDate().getName(),
						Auditing.dateValue(attributes.lastModifiedDate(), this.now));
			}
		}
	}

	/**
	 * Publish the operation's events in the caller's transaction.
	 */
	void publish() {
		this.events.publish(this.changes);
	}

	private static void set(EntityPersister persister, Object entity, String attribute, Object value) {
		persister.setPropertyValue(entity, persister.getPropertyIndex(attribute), value);
	}

	private Object auditor() {
		if (!this.auditorRead) {
			this.auditor = this.auditing.currentAuditor();
			this.auditorRead = true;
		}
		return this.auditor;
	}

	/**
	 * Read the ids of the selected rows; for an {@code @IdClass} id, through the entities.
	 */
	private <T> List<Object> ids(Class<T> type, Rows<T> rows) {
		EntityPersister persister = persister(type);
		CriteriaBuilder builder = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Object> query = builder.createQuery(Object.class);
		Root<T> root = query.from(type);
		boolean idClass = persister.getIdentifierMapping() instanceof NonAggregatedIdentifierMapping;
		query.select(idClass ? root : root.get(persister.getIdentifierPropertyName()));
		Predicate selection = rows.select(root, query, builder);
		if (selection != null) {
			query.where(selection);
		}
		TypedQuery<Object> typed = this.entityManager.createQuery(query);
		rows.parameters().forEach(typed::setParameter);
		List<Object> selected = typed.getResultList();
		if (!idClass) {
			return selected;
		}
		SharedSessionContractImplementor session = this.entityManager.unwrap(SharedSessionContractImplementor.class);
		return selected.stream().map((entity) -> persister.getIdentifier(entity, session)).toList();
	}

	private EntityPersister persister(Class<?> type) {
		return sessionFactory().getMappingMetamodel().getEntityDescriptor(type);
	}

	private SessionFactoryImplementor sessionFactory() {
		return this.entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class);
	}

}
