package dev.prism.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.prism.jdbc.PrismDatabase;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.Assigned;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.generator.Generator;
import org.hibernate.jpa.event.spi.CallbackRegistry;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.BasicEntityIdentifierMapping;
import org.hibernate.metamodel.mapping.ForeignKeyDescriptor;
import org.hibernate.metamodel.mapping.ModelPart;
import org.hibernate.metamodel.mapping.internal.ToOneAttributeMapping;
import org.hibernate.persister.entity.EntityPersister;

import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.Assert;

/**
 * Inserts many new entities with JDBC batches, for seeders and imports. Hibernate cannot
 * batch inserts of entities with {@code IDENTITY} ids such as {@link dev.prism.entity.PrismEntity},
 * so {@code saveAll} sends one statement per row; this sends one batch per
 * {@code prism.repository.batch-size} rows and still sets the generated ids on the entities.
 * <p>
 * Entity callbacks run as for {@code persist} ({@code @PrePersist} sets Prism's timestamps),
 * but the entities are not attached to the persistence context and cascades do not apply:
 * insert parents before their children. Entities with a {@code @Version}, inheritance or
 * secondary tables are not supported; use {@code saveAll} for them.
 *
 * <pre class="code">
 * inserter.insertAll(customers);
 * </pre>
 */
public class BatchInserter {

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
	 * Insert new entities, of one or more entity types, in JDBC batches and set their ids.
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
	 * The batched {@code INSERT} of one entity type.
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

		EntityInsert(EntityPersister persister, SharedSessionContractImplementor session, int batchSize) {
			String name = persister.getEntityName();
			Assert.isTrue(!persister.isVersioned(), () -> "Cannot batch insert versioned entity " + name);
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
				}
			});
		}

		int execute(Connection connection, List<Object> entities) throws SQLException {
			String sql = "INSERT INTO " + this.persister.getTableName() + " (" + String.join(", ", this.columns)
					+ ") VALUES (" + String.join(", ", this.columns.stream().map((column) -> "?").toList()) + ")";
			PrismDatabase database = PrismDatabase.of(connection);
			try (PreparedStatement statement = this.generatedOnExecution
					? database.prepareBatchInsert(connection, sql, this.persister.getIdentifierColumnNames())
					: connection.prepareStatement(sql)) {
				for (int from = 0; from < entities.size(); from += this.batchSize) {
					List<Object> batch = entities.subList(from, Math.min(from + this.batchSize, entities.size()));
					for (Object entity : batch) {
						this.callbacks.preCreate(entity);
						bind(statement, entity);
						statement.addBatch();
					}
					statement.executeBatch();
					if (this.generatedOnExecution) {
						assignGeneratedIds(database.generatedIds(statement, batch.size()), batch);
					}
					batch.forEach(this.callbacks::postCreate);
				}
			}
			return entities.size();
		}

		private void bind(PreparedStatement statement, Object entity) throws SQLException {
			int[] index = { 1 };
			if (this.generatedOnExecution) {
				Assert.isNull(this.persister.getIdentifier(entity, this.session),
						() -> "Cannot batch insert " + this.persister.getEntityName() + " that already has an id");
			}
			else {
				Object id = this.persister.getIdentifier(entity, this.session);
				if (this.generator instanceof BeforeExecutionGenerator beforeExecution) {
					id = beforeExecution.generate(this.session, entity, id, EventType.INSERT);
					this.persister.setIdentifier(entity, id, this.session);
				}
				Assert.notNull(id, () -> "Entity " + this.persister.getEntityName() + " must have an id");
				bind(statement, this.persister.getIdentifierMapping(), id, index);
			}
			for (AttributeMapping attribute : this.attributes) {
				bind(statement, attribute, attribute.getValue(entity), index);
			}
		}

		private void bind(PreparedStatement statement, ModelPart part, Object value, int[] index) throws SQLException {
			SQLException[] failure = new SQLException[1];
			part.breakDownJdbcValues(value, (valueIndex, jdbcValue, selectable) -> {
				if (failure[0] == null && selectable.isInsertable() && !selectable.isFormula()) {
					try {
						selectable.getJdbcMapping()
							.getJdbcValueBinder()
							.bind(statement, jdbcValue, index[0]++, this.session);
					}
					catch (SQLException ex) {
						failure[0] = ex;
					}
				}
			}, this.session);
			if (failure[0] != null) {
				throw failure[0];
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
			BasicEntityIdentifierMapping id = (BasicEntityIdentifierMapping) this.persister.getIdentifierMapping();
			for (int i = 0; i < batch.size(); i++) {
				Object value = id.getJdbcMapping().getJavaTypeDescriptor().wrap(keys.get(i), this.session);
				this.persister.setIdentifier(batch.get(i), value, this.session);
			}
		}

	}

}
