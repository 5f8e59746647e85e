package dev.prism.sample;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.stream.Stream;

import dev.prism.test.RecordingExitConfiguration;
import dev.prism.test.RecordingExitConfiguration.RecordingExit;
import dev.prism.test.TestDatabases.Database;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.RollbackCountCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.UpdateCountCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The sample's Liquibase changelog, run step by step against each database by a subclass:
 * the status migration fills existing rows, enforces NOT NULL and rolls back cleanly, adding
 * the phone column keeps the orders that cascade from customers, and the {@code check}
 * command finds the entities in line with the changelog once migrated.
 */
abstract class AbstractChangelogTests {

	private static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";

	private static final String INSERT_CUSTOMER = "INSERT INTO customers (name, email, created_at, updated_at) "
			+ "VALUES ('Acme Corp', '%s', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)";

	private static final String INSERT_WITHOUT_STATUS = "INSERT INTO customers (name, email, status, created_at, "
			+ "updated_at) VALUES ('Widget Inc', 'null@example.com', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)";

	/**
	 * Create a new, empty database.
	 * @return its connection settings
	 */
	abstract Database newDatabase();

	@Test
	void statusMigrationFillsExistingCustomersAndRollsBack() throws Exception {
		Database database = newDatabase();
		try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
				database.password())) {
			liquibase.database.Database target = DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new JdbcConnection(connection));
			// Separate connections, so that the failures provoked below leave Liquibase's alone.
			JdbcTemplate jdbc = new JdbcTemplate(
					new DriverManagerDataSource(database.url(), database.username(), database.password()));
			run(command(UpdateCountCommandStep.COMMAND_NAME, target).addArgumentValue(UpdateCountCommandStep.COUNT_ARG,
					2));
			jdbc.update(INSERT_CUSTOMER.formatted("before@example.com"));

			run(command(UpdateCountCommandStep.COMMAND_NAME, target).addArgumentValue(UpdateCountCommandStep.COUNT_ARG,
					1));
			assertThat(jdbc.queryForObject("SELECT status FROM customers", String.class)).isEqualTo("active");
			assertThatException().isThrownBy(() -> jdbc.update(INSERT_WITHOUT_STATUS));

			run(command(RollbackCountCommandStep.COMMAND_NAME, target)
				.addArgumentValue(RollbackCountCommandStep.COUNT_ARG, 1));
			assertThatException().isThrownBy(() -> jdbc.queryForList("SELECT status FROM customers"));
			jdbc.update(INSERT_CUSTOMER.formatted("between@example.com"));

			run(command(UpdateCommandStep.COMMAND_NAME, target));
			assertThat(jdbc.queryForList("SELECT status FROM customers", String.class)).containsOnly("active")
				.hasSize(2);
		}
	}

	@Test
	void addingTheCustomerPhoneKeepsTheOrdersOfExistingCustomers() throws Exception {
		Database database = newDatabase();
		try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
				database.password())) {
			if (!database.isPostgres()) {
				// As on the application's connections: Prism turns SQLite's foreign keys on.
				connection.createStatement().execute("PRAGMA foreign_keys = ON");
			}
			liquibase.database.Database target = DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new JdbcConnection(connection));
			JdbcTemplate jdbc = new JdbcTemplate(
					new DriverManagerDataSource(database.url(), database.username(), database.password()));
			run(command(UpdateCountCommandStep.COMMAND_NAME, target).addArgumentValue(UpdateCountCommandStep.COUNT_ARG,
					4));
			jdbc.update(INSERT_CUSTOMER.formatted("orders@example.com"));
			jdbc.update("INSERT INTO orders (customer_id, order_number, total, created_at, updated_at) "
					+ "SELECT id, 'A-1', 10, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM customers");

			run(command(UpdateCommandStep.COMMAND_NAME, target));
			assertThat(jdbc.queryForList("SELECT phone FROM customers", String.class)).containsExactly((String) null);
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM orders", Integer.class)).isOne();

			run(command(RollbackCountCommandStep.COMMAND_NAME, target)
				.addArgumentValue(RollbackCountCommandStep.COUNT_ARG, 1));
			assertThatException().isThrownBy(() -> jdbc.queryForList("SELECT phone FROM customers"));
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM orders", Integer.class)).isOne();
		}
	}

	@Test
	void entitiesMatchTheChangelogOnceMigrated() {
		Database database = newDatabase();
		assertThat(check(database).statuses).containsExactly(1);
		new SpringApplicationBuilder(PrismSampleApplication.class).web(WebApplicationType.NONE)
			.run(arguments(database))
			.close();
		RecordingExit exit = check(database);
		assertThat(exit.failures).isEmpty();
		assertThat(exit.statuses).containsExactly(0);
	}

	private static RecordingExit check(Database database) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PrismSampleApplication.class,
				RecordingExitConfiguration.class)
			.web(WebApplicationType.NONE)
			.run(Stream.concat(Stream.of(arguments(database)), Stream.of("--prism.db.command=check"))
				.toArray(String[]::new))) {
			return context.getBean(RecordingExit.class);
		}
	}

	private static String[] arguments(Database database) {
		return Stream.of(database.properties()).map((property) -> "--" + property).toArray(String[]::new);
	}

	private static CommandScope command(String[] name, liquibase.database.Database database) throws Exception {
		return new CommandScope(name).addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
			.addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG.getName(), CHANGELOG);
	}

	private static void run(CommandScope command) throws Exception {
		Scope.child(Scope.Attr.resourceAccessor, new ClassLoaderResourceAccessor(), command::execute);
	}

}
