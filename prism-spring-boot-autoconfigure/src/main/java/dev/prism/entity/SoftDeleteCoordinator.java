package dev.prism.entity;

import java.lang.reflect.Field;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.prism.event.EntityChanges.Kind;
import org.hibernate.StaleObjectStateException;
import org.hibernate.engine.internal.Versioning;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.metamodel.mapping.EntityVersionMapping;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.persister.entity.mutation.DeleteCoordinator;
import org.hibernate.sql.model.MutationOperationGroup;

/**
 * Runs every entity delete of a {@link SoftDeletable} entity, whatever started it
 * ({@code EntityManager.remove}, a cascade, orphan removal, a derived {@code deleteBy…}),
 * as an {@code UPDATE} that sets {@code deleted_at} (kept when already set),
 * {@code updated_at}, the {@link DeletedBy @DeletedBy} column and, with Spring Data JPA
 * auditing on, the {@code @LastModifiedBy}/{@code @LastModifiedDate} columns, and increments the version of a versioned entity under the same
 * optimistic check as a delete. Inside {@link HardDelete#run} it deletes the row. It
 * records each row for the flush's events ({@link FlushedDeletes}).
 */
final class SoftDeleteCoordinator implements DeleteCoordinator {

	private final EntityPersister persister;

	private final DeleteCoordinator hardDelete;

	private volatile Statement statement;

	SoftDeleteCoordinator(EntityPersister persister, DeleteCoordinator hardDelete) {
		this.persister = persister;
		this.hardDelete = hardDelete;
	}

	@Override
	public MutationOperationGroup getStaticMutationOperationGroup() {
		return this.hardDelete.getStaticMutationOperationGroup();
	}

	@Override
	public void delete(Object entity, Object id, Object version, SharedSessionContractImplementor session) {
		if (HardDelete.isActive()) {
			this.hardDelete.delete(entity, id, version, session);
			FlushedDeletes.deleted(session, Kind.HARD_DELETED, this.persister.getMappedClass(), id);
			return;
		}
		Statement statement = statement();
		Instant now = (entity instanceof SoftDeletable deletable && deletable.getDeletedAt() != null)
				? deletable.getDeletedAt() : TimestampListener.of(session.getFactory()).now();
		Object nextVersion = (statement.version != null) ? Versioning.increment(version, statement.version, session)
				: null;
		JdbcCoordinator jdbc = session.getJdbcCoordinator();
		PreparedStatement prepared = jdbc.getStatementPreparer().prepareStatement(statement.sql);
		try {
			int index = 1;
			bind(prepared, index++, statement.deletedAt.getJdbcMapping(), now, session);
			if (statement.updatedAt != null) {
				bind(prepared, index++, statement.updatedAt.getJdbcMapping(), now, session);
			}
			Auditing auditing = Auditing.of(session.getFactory().getProperties());
			if (statement.deletedBy != null) {
				bind(prepared, index++, statement.deletedBy.getJdbcMapping(), auditing.currentAuditor(), session);
			}
			if (statement.lastModifiedBy != null) {
				bind(prepared, index++, statement.lastModifiedBy.getJdbcMapping(), auditing.currentAuditor(), session);
			}
			if (statement.lastModifiedDate != null) {
				bind(prepared, index++, statement.lastModifiedDate.getJdbcMapping(),
						Auditing.dateValue(statement.lastModifiedDateField, now), session);
			}
			if (statement.version != null) {
				bind(prepared, index++, statement.version.getJdbcMapping(), nextVersion, session);
			}
			index = bindId(prepared, index, id, session);
			if (statement.version != null) {
				bind(prepared, index, statement.version.getJdbcMapping(), version, session);
			}
			if (jdbc.getResultSetReturn().executeUpdate(prepared, statement.sql) != 1) {
				throw new StaleObjectStateException(this.persister.getEntityName(), id);
			}
		}
		catch (SQLException ex) {
			throw session.getJdbcServices()
				.getSqlExceptionHelper()
				.convert(ex, "Could not soft delete " + this.persister.getEntityName(), statement.sql);
		}
		finally {
			jdbc.getLogicalConnection().getResourceRegistry().release(prepared);
			jdbc.afterStatementExecution();
		}
		if (entity != null && statement.version != null) {
			this.persister.setPropertyValue(entity, statement.version.getVersionAttribute().getStateArrayPosition(),
					nextVersion);
		}
		FlushedDeletes.deleted(session, Kind.SOFT_DELETED, this.persister.getMappedClass(), id);
	}

	private int bindId(PreparedStatement prepared, int start, Object id, SharedSessionContractImplementor session)
			throws SQLException {
		List<Object> values = new ArrayList<>();
		List<JdbcMapping> mappings = new ArrayList<>();
		this.persister.getIdentifierMapping().breakDownJdbcValues(id, (valueIndex, value, selectable) -> {
			values.add(value);
			mappings.add(selectable.getJdbcMapping());
		}, session);
		for (int i = 0; i < values.size(); i++) {
			bind(prepared, start + i, mappings.get(i), values.get(i), session);
		}
		return start + values.size();
	}

	@SuppressWarnings("unchecked")
	private static void bind(PreparedStatement prepared, int index, JdbcMapping mapping, Object value,
			SharedSessionContractImplementor session) throws SQLException {
		mapping.getJdbcValueBinder().bind(prepared, value, index, session);
	}

	private Statement statement() {
		Statement statement = this.statement;
		if (statement == null) {
			statement = new Statement(this.persister);
			this.statement = statement;
		}
		return statement;
	}

	/**
	 * The soft-delete {@code UPDATE} of one entity type and the mappings it binds.
	 */
	private static final class Statement {

		private final BasicValuedModelPart deletedAt;

		private final BasicValuedModelPart updatedAt;

		private final BasicValuedModelPart deletedBy;

		private final BasicValuedModelPart lastModifiedBy;

		private final BasicValuedModelPart lastModifiedDate;

		private final Field lastModifiedDateField;

		private final EntityVersionMapping version;

		private final String sql;

		Statement(EntityPersister persister) {
			this.deletedAt = (BasicValuedModelPart) persister.findAttributeMapping(SoftDeletable.DELETED_AT);
			this.updatedAt = Timestamped.class.isAssignableFrom(persister.getMappedClass())
					? (BasicValuedModelPart) persister.findAttributeMapping(Timestamped.UPDATED_AT) : null;
			AuditedAttributes audited = AuditedAttributes.of(persister.getMappedClass());
			boolean lastModified = Auditing.of(persister.getFactory().getProperties()).stampsLastModified();
			this.deletedBy = attribute(persister, audited.deletedBy());
			this.lastModifiedBy = lastModified ? attribute(persister, audited.lastModifiedBy()) : null;
			this.lastModifiedDateField = lastModified ? audited.lastModifiedDate() : null;
			this.lastModifiedDate = (this.lastModifiedDateField != null)
					? attribute(persister, this.lastModifiedDateField.getName()) : null;
			this.version = persister.getVersionMapping();
			String deleted = this.deletedAt.getSelectionExpression();
			StringBuilder sql = new StringBuilder("update ").append(persister.getIdentifierTableName())
				.append(" set ")
				.append(deleted)
				.append(" = coalesce(")
				.append(deleted)
				.append(", ?)");
			if (this.updatedAt != null) {
				sql.append(", ").append(keepWhenDeleted(this.updatedAt.getSelectionExpression(), deleted));
			}
			for (BasicValuedModelPart stamped : new BasicValuedModelPart[] { this.deletedBy, this.lastModifiedBy,
					this.lastModifiedDate }) {
				if (stamped != null) {
					sql.append(", ").append(keepWhenDeleted(stamped.getSelectionExpression(), deleted));
				}
			}
			if (this.version != null) {
				sql.append(", ").append(this.version.getSelectionExpression()).append(" = ?");
			}
			List<String> conditions = new ArrayList<>();
			persister.getIdentifierMapping()
				.forEachSelectable((index, selectable) -> conditions.add(selectable.getSelectionExpression() + " = ?"));
			if (this.version != null) {
				conditions.add(this.version.getSelectionExpression() + " = ?");
			}
			sql.append(" where ").append(String.join(" and ", conditions));
			this.sql = sql.toString();
		}

		private static BasicValuedModelPart attribute(EntityPersister persister, String name) {
			return (name != null) ? (BasicValuedModelPart) persister.findAttributeMapping(name) : null;
		}

		/**
		 * Set the column to a bound value unless the row is already deleted.
		 */
		private static String keepWhenDeleted(String column, String deleted) {
			return column + " = case when " + deleted + " is null then ? else " + column + " end";
		}

	}

}
