package dev.prism.changeset;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import dev.prism.lifecycle.DestructiveOperationGuard;
import dev.prism.lifecycle.LiquibaseOperations;
import dev.prism.lifecycle.PrismDatabaseProperties;
import liquibase.integration.spring.SpringLiquibase;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.StringUtils;

/**
 * Compares the JPA entities with the schema that the changelog builds: Hibernate's schema
 * export of the entities goes into one {@link ScratchDatabase}, every changeset of the
 * changelog into another, and {@link SchemaDiff} compares the two. The application's own
 * database is only read, so the comparison includes the changesets it has not applied yet
 * and is the same on every database the changelog has built.
 */
class ModelComparison {

	private static final Set<String> PRISM_TABLES = Set.of("prism_seeds", "prism_environment");

	private final ObjectProvider<HibernateMetadataCapture> capture;

	private final ObjectProvider<SpringLiquibase> liquibase;

	private final PrismDatabaseProperties properties;

	private final ObjectProvider<DestructiveOperationGuard> guard;

	ModelComparison(ObjectProvider<HibernateMetadataCapture> capture, ObjectProvider<SpringLiquibase> liquibase,
			PrismDatabaseProperties properties, ObjectProvider<DestructiveOperationGuard> guard) {
		this.capture = capture;
		this.liquibase = liquibase;
		this.properties = properties;
		this.guard = guard;
	}

	/**
	 * Compare the entities with the changelog's schema.
	 * @param command the command comparing, for failure reports
	 * @param withChangelog whether the changelog exists, {@code false} to compare with an
	 * empty database
	 * @return the differences, empty when the schemas match
	 * @throws Exception when a schema cannot be built or compared
	 */
	List<SchemaDifference> differences(String command, boolean withChangelog) throws Exception {
		HibernateMetadataCapture capture = this.capture.getIfAvailable();
		if (capture == null) {
			throw new ChangesetException(command + " keeps the JPA entity model only in a run started for it",
					"Run it as a command: --prism.db.command=" + command + " (or ./mvnw prism:" + command + ").");
		}
		SpringLiquibase liquibase = this.liquibase.getIfUnique();
		if (liquibase == null || liquibase.getDataSource() == null) {
			throw new ChangesetException(command + " compares the JPA entities with the changelog of the "
					+ "application's SpringLiquibase bean, and there is none",
					"Enable Liquibase (spring.liquibase.enabled=true) with a data source, and set "
							+ "prism.db.migrate=false instead if the database must not be migrated at startup.");
		}
		EntitySchema entities = new EntitySchema(capture);
		DataSource dataSource = liquibase.getDataSource();
		try (ScratchDatabase model = ScratchDatabase.create(dataSource, "model");
				ScratchDatabase changelog = ScratchDatabase.create(dataSource, "changelog")) {
			model.execute(entities.createStatements(model.database()));
			if (withChangelog) {
				applyChangelog(liquibase, changelog);
			}
			return new SchemaDiff(model, changelog, ignoredTables(liquibase), entities.softDeletableTables(),
					entities.portableTypes())
				.differences();
		}
	}

	private void applyChangelog(SpringLiquibase liquibase, ScratchDatabase changelog) {
		try {
			new LiquibaseOperations(liquibase, this.properties, this.guard.getObject())
				.applyChangelog(changelog.database());
		}
		catch (IllegalStateException ex) {
			throw new ChangesetException("The changelog does not build a schema to compare the JPA entities with: "
					+ ex.getMessage(), "Fix the changelog where the error points (a changeset from new-changeset "
							+ "needs its SQL written before anything can run it), then run the command again.", ex);
		}
	}

	private static Set<String> ignoredTables(SpringLiquibase liquibase) {
		Set<String> tables = new HashSet<>(PRISM_TABLES);
		tables.add(tableName(liquibase.getDatabaseChangeLogTable(), "databasechangelog"));
		tables.add(tableName(liquibase.getDatabaseChangeLogLockTable(), "databasechangeloglock"));
		return tables;
	}

	private static String tableName(String configured, String defaultName) {
		return (StringUtils.hasText(configured) ? configured : defaultName).toLowerCase(Locale.ROOT);
	}

}
