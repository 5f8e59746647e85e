package dev.prism.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.prism.jdbc.PrismDatabase;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.engine.internal.Versioning;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.Assigned;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.generator.Generator;
import org.hibernate.jpa.event.spi.CallbackRegistry;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.BasicEntityIdentifierMapping;
import org.hibernate.metamodel.mapping.EntityVersionMapping;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.metamodel.mapping.ForeignKeyDescriptor;
import org.hibernate.metamodel.mapping.ModelPart;
import org.hibernate.metamodel.mapping.internal.ToOneAttributeMapping;
import org.hibernate.persister.entity.EntityPersister;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.Assert;

/**
 * Inserts many new entities at once, for seeders and imports. Hibernate cannot batch
 * inserts of entities with {@code IDENTITY} ids such as {@link dev.prism.entity.PrismEntity},
 * so {@code saveAll} sends one statement per row. On PostgreSQL this streams the rows with
 * {@code COPY … FROM STDIN (FORMAT binary)}, taking the ids from the identity column's
 * sequence in one round trip, when it can encode every column's type (text, integers,
 * boolean, numeric, {@code timestamptz}, uuid, enums as strings); otherwise, and on SQLite,
 * it sends one JDBC batch per {@code prism.repository.batch-size} rows. Either way it sets
 * the generated ids on the entities.
 * <p>
 * Entity callbacks run as for {@code persist} ({@code @PrePersist} sets Prism's timestamps)
 * and a {@code @Version} starts at its initial value, but the entities are not attached to
 * the persistence context and cascades do not apply: insert parents before their children.
 * Entities with inheritance or secondary tables are not supported; use {@code saveAll} for
 * them.
 *
 * <pre class="code">
 * inserter.insertAll(customers);
 * </pre>
 */
public class BatchInserter {

	private static final Log logger = LogFactory.getLog(BatchInserter.class);

	private final EntityManager entityManager;

	private final TransactionOperations transactions;

	private final int batchSize;

	/**
	 * Create an inserter.
	 * @param entityManager a shared, transaction-bound entity manager
	 * @param transactions the transactions to open when none is active
	 * @param batchSize the rows sent in one JDBC batch
	 */
	public BatchInserter(EntityManager entityManager, TransactionOperations transactions, int batchSize) {
		Assert.isTrue(batchSize > 0, "Batch size must be positive");
		this.entityManager = entityManager;
		this.transactions = transactions;
		this.batchSize = batchSize;
	}

	/**
	 * Insert new entities, of one or more entity types, with {@code COPY} or in JDBC batches
	 * and set their ids.
	 * Joins the current transaction, or runs in a new one when none is active.
	 * @param entities the new entities, none {@code null}
	 * @return the number of rows inserted
	 * @throws IllegalArgumentException when an entity's mapping is not supported
	 */
	public int insertAll(Iterable<?> entities) {
		Assert.notNull(entities, "Entities must not be null");
		Map<Class<?>, List<Object>> byType = new LinkedHashMap<>();
		for (Object entity : entities) {
			Assert.notNull(entity, "Entities must not contain null");
			byType.computeIfAbsent(entity.getClass(), (type) -> new ArrayList<>()).add(entity);
		}
		if (byType.isEmpty()) {
			return 0;
		}
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return insert(byType);
		}
		Integer count = this.transactions.execute((status) -> insert(byType));
		return (count != null) ? count : 0;
	}

	private int insert(Map<Class<?>, List<Object>> byType) {
		Session session = this.entityManager.unwrap(Session.class);
		session.flush();
		SharedSessionContractImplementor implementor = session.unwrap(SharedSessionContractImplementor.class);
		int count = 0;
		for (Map.Entry<Class<?>, List<Object>> entry : byType.entrySet()) {
			EntityPersister persister = implementor.getFactory()
				.getMappingMetamodel()
				.getEntityDescriptor(entry.getKey());
			EntityInsert insert = new EntityInsert(persister, implementor, this.batchSize);
			count += session.doReturningWork((connection) -> insert.execute(connection, entry.getValue()));
		}
		return count;
	}

	/**
	 * The insert of one entity type: {@code COPY} on PostgreSQL when it can encode every
	 * column, otherwise batched {@code INSERT}s.
	 */
	private static final class EntityInsert {

		private final EntityPersister persister;

		private final SharedSessionContractImplementor session;

		private final CallbackRegistry callbacks;

		private final int batchSize;

		private final Generator generator;

		private final boolean generatedOnExecution;

		private final List<AttributeMapping> attributes = new ArrayList<>();

		private final List<String> columns = new ArrayList<>();

		private final List<JdbcMapping> mappings = new ArrayList<>();

		EntityInsert(EntityPersister persister, SharedSessionContractImplementor session, int batchSize) {
			String name = persister.getEntityName();
			Assert.isTrue(!persister.isInherited() && !persister.hasSubclasses(),
					() -> "Cannot batch insert entity " + name + " of an inheritance hierarchy");
			Assert.isTrue(persister.getTableNames().length == 1,
					() -> "Cannot batch insert entity " + name + " mapped to several tables");
			this.persister = persister;
			this.session = session;
			this.callbacks = session.getFactory().getEventEngine().getCallbackRegistry();
			this.batchSize = batchSize;
			this.generator = persister.getGenerator();
			this.generatedOnExecution = this.generator.generatedOnExecution();
			Assert.isTrue(this.generatedOnExecution || this.generator instanceof BeforeExecutionGenerator
					|| this.generator instanceof Assigned,
					() -> "Cannot batch insert entity " + name + " with id generator " + this.generator);
			if (!this.generatedOnExecution) {
				addColumns(persister.getIdentifierMapping());
			}
			persister.forEachAttributeMapping((attribute) -> {
				if (!attribute.isPluralAttributeMapping() && !isInverseToOne(attribute)) {
					this.attributes.add(attribute);
					addColumns(attribute);
				}
			});
		}

		private static boolean isInverseToOne(AttributeMapping attribute) {
			return attribute instanceof ToOneAttributeMapping toOne
					&& toOne.getSideNature() == ForeignKeyDescriptor.Nature.TARGET;
		}

		private void addColumns(ModelPart part) {
			part.forEachSelectable((index, selectable) -> {
				if (selectable.isInsertable() && !selectable.isFormula()) {
					this.columns.add(selectable.getSelectionExpression());
					this.mappings.add(selectable.getJdbcMapping());
				}
			});
		}

		int execute(Connection connection, List<Object> entities) throws SQLException {
			PrismDatabase database = PrismDatabase.of(connection);
			PostgresCopy copy = (database == PrismDatabase.POSTGRESQL) ? copyFor(connection) : null;
			List<Long> ids = null;
			if (copy != null && this.generatedOnExecution) {
				entities.forEach(this::rejectId);
				BasicEntityIdentifierMapping id = (BasicEntityIdentifierMapping) this.persister.getIdentifierMapping();
				ids = copy.nextIds(id.getSelectionExpression(), entities.size());
			}
			if (copy == null || (this.generatedOnExecution && ids == null)) {
				insertInBatches(connection, database, entities);
				log(entities, "in JDBC batches");
			}
			else {
				copyAll(copy, entities, (ids != null) ? ids.stream().map(this::wrapId).toList() : null);
				log(entities, "with COPY");
			}
			return entities.size();
		}

		private void log(List<Object> entities, String how) {
			if (logger.isDebugEnabled()) {
				logger.debug("Inserted %d rows into %s %s".formatted(entities.size(), this.persister.getTableName(),
						how));
			}
		}

		/**
		 * Return the {@code COPY} of every insertable column, with the id column in front
		 * when the database generates ids, or {@code null} when there is none.
		 */
		private PostgresCopy copyFor(Connection connection) throws SQLException {
			List<String> columns = new ArrayList<>(this.columns);
			List<JdbcMapping> mappings = new ArrayList<>(this.mappings);
			if (this.generatedOnExecution) {
				if (!(this.persister.getIdentifierMapping() instanceof BasicEntityIdentifierMapping id)) {
					return null;
				}
				columns.add(0, id.getSelectionExpression());
				mappings.add(0, id.getJdbcMapping());
			}
			return PostgresCopy.prepare(connection, this.persister.getTableName(), columns, mappings, this.session);
		}

		/**
		 * Copy the rows, with the given ids in front when the database generates them.
		 */
		private void copyAll(PostgresCopy copy, List<Object> entities, List<Object> ids) throws SQLException {
			entities.forEach(this.callbacks::preCreate);
			List<Object[]> rows = new AbstractList<>() {

				@Override
				public Object[] get(int index) {
					Object[] values = values(entities.get(index));
					if (ids == null) {
						return values;
					}
					Object[] row = new Object[values.length + 1];
					row[0] = ids.get(index);
					System.arraycopy(values, 0, row, 1, values.length);
					return row;
				}

				@Override
				public int size() {
					return entities.size();
				}

			};
			long copied = copy.copy(rows);
			if (copied != entities.size()) {
				throw new IllegalStateException("Expected to copy " + entities.size() + " rows of "
						+ this.persister.getEntityName() + ", PostgreSQL copied " + copied);
			}
			if (ids != null) {
				setIds(entities, ids);
			}
			entities.forEach(this.callbacks::postCreate);
		}

		private void insertInBatches(Connection connection, PrismDatabase database, List<Object> entities)
				throws SQLException {
			String sql = "INSERT INTO " + this.persister.getTableName() + " (" + String.join(", ", this.columns)
					+ ") VALUES (" + String.join(", ", this.columns.stream().map((column) -> "?").toList()) + ")";
			try (PreparedStatement statement = this.generatedOnExecution
					? database.prepareBatchInsert(connection, sql, this.persister.getIdentifierColumnNames())
					: connection.prepareStatement(sql)) {
				for (int from = 0; from < entities.size(); from += this.batchSize) {
					List<Object> batch = entities.subList(from, Math.min(from + this.batchSize, entities.size()));
					for (Object entity : batch) {
						if (this.generatedOnExecution) {
							rejectId(entity);
						}
						this.callbacks.preCreate(entity);
						bind(statement, values(entity));
						statement.addBatch();
					}
					statement.executeBatch();
					if (this.generatedOnExecution) {
						assignGeneratedIds(database.generatedIds(statement, batch.size()), batch);
					}
					batch.forEach(this.callbacks::postCreate);
				}
			}
		}

		private void rejectId(Object entity) {
			Assert.isNull(this.persister.getIdentifier(entity, this.session),
					() -> "Cannot batch insert " + this.persister.getEntityName() + " that already has an id");
		}

		/**
		 * Return the JDBC values of the entity's row in column order, generating an id
		 * before execution and seeding a version where Hibernate would.
		 */
		private Object[] values(Object entity) {
			List<Object> values = new ArrayList<>(this.columns.size());
			if (!this.generatedOnExecution) {
				Object id = this.persister.getIdentifier(entity, this.session);
				if (this.generator instanceof BeforeExecutionGenerator beforeExecution) {
					id = beforeExecution.generate(this.session, entity, id, EventType.INSERT);
					this.persister.setIdentifier(entity, id, this.session);
				}
				Assert.notNull(id, () -> "Entity " + this.persister.getEntityName() + " must have an id");
				addValues(values, this.persister.getIdentifierMapping(), id);
			}
			EntityVersionMapping version = this.persister.getVersionMapping();
			for (AttributeMapping attribute : this.attributes) {
				Object value = attribute.getValue(entity);
				if (version != null && attribute == version.getVersionAttribute()
						&& Versioning.isNullInitialVersion(value)) {
					value = Versioning.seed(version, this.session);
					attribute.setValue(entity, value);
				}
				addValues(values, attribute, value);
			}
			return values.toArray();
		}

		private void addValues(List<Object> values, ModelPart part, Object value) {
			part.breakDownJdbcValues(value, (valueIndex, jdbcValue, selectable) -> {
				if (selectable.isInsertable() && !selectable.isFormula()) {
					values.add(jdbcValue);
				}
			}, this.session);
		}

		private void bind(PreparedStatement statement, Object[] values) throws SQLException {
			for (int i = 0; i < values.length; i++) {
				this.mappings.get(i).getJdbcValueBinder().bind(statement, values[i], i + 1, this.session);
			}
		}

		/**
		 * Set the ids the database generated for a batch.
		 */
		private void assignGeneratedIds(List<Long> keys, List<Object> batch) {
			if (keys.size() != batch.size()) {
				throw new IllegalStateException("Expected " + batch.size() + " generated ids for "
						+ this.persister.getEntityName() + ", the driver returned " + keys.size());
			}
			setIds(batch, keys.stream().map(this::wrapId).toList());
		}

		private Object wrapId(Long id) {
			return ((BasicEntityIdentifierMapping) this.persister.getIdentifierMapping()).getJdbcMapping()
				.getJavaTypeDescriptor()
				.wrap(id, this.session);
		}

		private void setIds(List<Object> entities, List<Object> ids) {
			for (int i = 0; i < entities.size(); i++) {
				this.persister.setIdentifier(entities.get(i), ids.get(i), this.session);
			}
		}

	}

}
