package dev.prism.changeset;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.prism.entity.SoftDeletable;
import liquibase.database.Database;
import liquibase.datatype.DataTypeFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.SchemaToolingSettings;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Table;
import org.hibernate.tool.schema.SourceType;
import org.hibernate.tool.schema.TargetType;
import org.hibernate.tool.schema.internal.ExceptionHandlerHaltImpl;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.ExecutionOptions;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
import org.hibernate.tool.schema.spi.ScriptSourceInput;
import org.hibernate.tool.schema.spi.ScriptTargetOutput;
import org.hibernate.tool.schema.spi.SourceDescriptor;
import org.hibernate.tool.schema.spi.TargetDescriptor;

/**
 * The schema that the JPA entities map to: the DDL that Hibernate's schema export writes
 * for them in the application's dialect, and the tables of the soft-deletable ones.
 */
final class EntitySchema {

	private final Metadata metadata;

	private final SessionFactoryImplementor sessionFactory;

	EntitySchema(HibernateMetadataCapture capture) {
		this.metadata = capture.metadata();
		this.sessionFactory = capture.sessionFactory();
	}

	/**
	 * Return the statements that create the schema in an empty database. Columns are
	 * declared with the types that Liquibase gives their {@link PortableTypes portable
	 * types} on that database, so that they compare equal to the columns of a changelog
	 * that declares the same types, even on SQLite, which keeps declared type names; a
	 * column with a {@code columnDefinition} keeps it. This sets the types in the mapping
	 * model, which only a run started for a command that compares keeps.
	 * @param database the database the statements are for
	 * @return the statements, without trailing semicolons
	 */
	List<String> createStatements(Database database) {
		PortableTypes portableTypes = portableTypes();
		for (Table table : this.metadata.collectTableMappings()) {
			for (Column column : table.getColumns()) {
				String type = portableTypes.type(table.getName(), column.getName());
				if (type != null && !column.isIdentity() && column.getSqlType() == null) {
					column.setSqlType(DataTypeFactory.getInstance()
						.fromDescription(type, database)
						.toDatabaseDataType(database)
						.toString());
				}
			}
		}
		return export();
	}

	private List<String> export() {
		Map<String, Object> settings = new HashMap<>(
				this.sessionFactory.getServiceRegistry().requireService(ConfigurationService.class).getSettings());
		settings.put(AvailableSettings.FORMAT_SQL, false);
		settings.put(SchemaToolingSettings.HBM2DDL_IMPORT_FILES, "");
		settings.remove(SchemaToolingSettings.JAKARTA_HBM2DDL_LOAD_SCRIPT_SOURCE);
		settings.remove(SchemaToolingSettings.HBM2DDL_LOAD_SCRIPT_SOURCE);
		ExecutionOptions options = SchemaManagementToolCoordinator.buildExecutionOptions(settings,
				ExceptionHandlerHaltImpl.INSTANCE);
		List<String> statements = new ArrayList<>();
		this.sessionFactory.getServiceRegistry()
			.requireService(SchemaManagementTool.class)
			.getSchemaCreator(settings)
			.doCreation(this.metadata, options, ContributableMatcher.ALL, new MetadataSource(),
					new ScriptTarget(statements));
		return statements;
	}

	/**
	 * Return the entities' column types in Liquibase's portable names.
	 * @return the types
	 */
	PortableTypes portableTypes() {
		return PortableTypes.of(this.metadata, this.sessionFactory.getJdbcServices().getDialect());
	}

	/**
	 * Return the tables of the soft-deletable entities.
	 * @return the table names, in lower case
	 */
	Set<String> softDeletableTables() {
		return this.metadata.getEntityBindings()
			.stream()
			.filter((entity) -> entity.getMappedClass() != null
					&& SoftDeletable.class.isAssignableFrom(entity.getMappedClass()))
			.map(PersistentClass::getTable)
			.map((table) -> table.getName().toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
	}

	private static final class MetadataSource implements SourceDescriptor {

		@Override
		public SourceType getSourceType() {
			return SourceType.METADATA;
		}

		@Override
		public ScriptSourceInput getScriptSourceInput() {
			return null;
		}

	}

	private record ScriptTarget(List<String> statements) implements TargetDescriptor, ScriptTargetOutput {

		@Override
		public EnumSet<TargetType> getTargetTypes() {
			return EnumSet.of(TargetType.SCRIPT);
		}

		@Override
		public ScriptTargetOutput getScriptTargetOutput() {
			return this;
		}

		@Override
		public void prepare() {
		}

		@Override
		public void accept(String command) {
			String statement = command.strip();
			statement = statement.endsWith(";") ? statement.substring(0, statement.length() - 1) : statement;
			if (!statement.isEmpty()) {
				this.statements.add(statement);
			}
		}

		@Override
		public void release() {
		}

	}

}
