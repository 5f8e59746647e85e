package dev.prism.changeset;

import java.sql.Connection;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.integration.spring.SpringResourceAccessor;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Lists the changesets of the master changelog that the database has not applied, with
 * the changelog, contexts, labels, schemas and tracking tables of
 * {@code spring.liquibase.*}.
 */
class PendingChangesets {

	private final Supplier<DataSource> dataSource;

	private final ResourceLoader resourceLoader;

	private final Environment environment;

	PendingChangesets(Supplier<DataSource> dataSource, ResourceLoader resourceLoader, Environment environment) {
		this.dataSource = dataSource;
		this.resourceLoader = resourceLoader;
		this.environment = environment;
	}

	List<String> list() throws Exception {
		LiquibaseProperties properties = Binder.get(this.environment)
			.bind("spring.liquibase", LiquibaseProperties.class)
			.orElseGet(LiquibaseProperties::new);
		try (Connection connection = this.dataSource.get().getConnection()) {
			Database database = DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new JdbcConnection(connection));
			database.setDefaultSchemaName(properties.getDefaultSchema());
			database.setLiquibaseSchemaName(properties.getLiquibaseSchema());
			database.setLiquibaseTablespaceName(properties.getLiquibaseTablespace());
			database.setDatabaseChangeLogTableName(properties.getDatabaseChangeLogTable());
			database.setDatabaseChangeLogLockTableName(properties.getDatabaseChangeLogLockTable());
			Liquibase liquibase = new Liquibase(properties.getChangeLog(), new SpringResourceAccessor(this.resourceLoader),
					database);
			Contexts contexts = (properties.getContexts() != null) ? new Contexts(properties.getContexts())
					: new Contexts();
			LabelExpression labels = (properties.getLabelFilter() != null)
					? new LabelExpression(properties.getLabelFilter()) : new LabelExpression();
			return liquibase.listUnrunChangeSets(contexts, labels).stream().map(ChangeSet::toString).toList();
		}
	}

}
