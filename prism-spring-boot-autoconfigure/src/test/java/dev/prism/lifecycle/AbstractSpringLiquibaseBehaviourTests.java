package dev.prism.lifecycle;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.sql.DataSource;

import dev.prism.test.FailureAnalyses;
import dev.prism.test.TestDatabases.Database;
import liquibase.changelog.RanChangeSet;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The {@code spring.liquibase.*} behaviours of Spring Boot's own Liquibase
 * auto-configuration, kept where Prism's lifecycle replaces it, run against each database
 * by a subclass.
 */
abstract class AbstractSpringLiquibaseBehaviourTests {

	static final String CHANGELOG = "spring.liquibase.change-log=classpath:db/lifecycle/changelog.yaml";

	static final String ROLLBACK_CHANGELOG = "spring.liquibase.change-log=classpath:db/lifecycle/rollback-runs.yaml";

	static final String NO_ROLLBACK_CHANGELOG = "spring.liquibase.change-log=classpath:db/lifecycle/no-rollback.yaml";

	static final String TEST_ROLLBACK = "spring.liquibase.test-rollback-on-update=true";

	protected Database database;

	private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

	protected abstract Database createDatabase();

	@BeforeEach
	void createFreshDatabase() {
		this.database = createDatabase();
	}

	@AfterEach
	void closeContexts() {
		this.contexts.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void testRollbackOnUpdateRunsEachRollbackAndAppliesTheChangesetsAgain() throws SQLException {
		execute(this.database, "CREATE TABLE rollback_log (changeset VARCHAR(100))");
		start(ROLLBACK_CHANGELOG, TEST_ROLLBACK);
		assertThat(strings(this.database, "SELECT changeset FROM rollback_log")).containsExactly("2-first-author");
		assertThat(strings(this.database, "SELECT name FROM authors")).containsExactly("Ada");
		assertThat(appliedChangesets(this.database)).containsExactly("1-authors", "2-first-author");
	}

	@Test
	void withoutTestRollbackOnUpdateNoRollbackRuns() throws SQLException {
		execute(this.database, "CREATE TABLE rollback_log (changeset VARCHAR(100))");
		start(ROLLBACK_CHANGELOG);
		assertThat(strings(this.database, "SELECT changeset FROM rollback_log")).isEmpty();
		assertThat(appliedChangesets(this.database)).containsExactly("1-authors", "2-first-author");
	}

	@Test
	void testRollbackOnUpdateFailsStartupOnAChangesetWithoutRollback() throws SQLException {
		Throwable failure = assertThatException().isThrownBy(() -> start(NO_ROLLBACK_CHANGELOG, TEST_ROLLBACK))
			.actual();
		assertThat(FailureAnalyses.analyze(failure).getDescription())
			.isEqualTo("Changeset db/lifecycle/no-rollback.yaml::2-no-rollback::prism cannot be rolled back: it has "
					+ "no rollback, and Liquibase cannot undo its 'sql' change by itself");
		assertThat(appliedChangesets(this.database)).isEmpty();
	}

	@Test
	void migrateCommandTestsRollbackOnUpdateAndListsEachChangesetOnce() throws SQLException {
		execute(this.database, "CREATE TABLE rollback_log (changeset VARCHAR(100))");
		ConfigurableApplicationContext context = start(ROLLBACK_CHANGELOG, TEST_ROLLBACK, "prism.db.command=migrate");
		assertThat(context.getBean(RecordingExitConfiguration.RecordingExit.class).statuses).containsExactly(0);
		List<String> applied = operations(context).history()
			.stream()
			.map(RanChangeSet::getId)
			.toList();
		assertThat(applied).containsExactly("1-authors", "2-first-author");
		assertThat(strings(this.database, "SELECT changeset FROM rollback_log")).containsExactly("2-first-author");
	}

	@Test
	void globalShouldRunFalseStartsWithoutAChangelog() throws SQLException {
		System.setProperty("liquibase.shouldRun", "false");
		try {
			ConfigurableApplicationContext context = start(
					"spring.liquibase.change-log=classpath:db/lifecycle/missing.yaml");
			assertThat(context.isActive()).isTrue();
		}
		finally {
			System.clearProperty("liquibase.shouldRun");
		}
		assertThat(tables(this.database)).isEmpty();
	}

	@Test
	void globalShouldRunFalseLeavesTheDatabaseUnmigrated() throws SQLException {
		System.setProperty("liquibase.shouldRun", "false");
		try {
			start(CHANGELOG);
		}
		finally {
			System.clearProperty("liquibase.shouldRun");
		}
		assertThat(tables(this.database)).isEmpty();
	}

	@Test
	void liquibaseConnectionDetailsBesideTheMainDataSourceAreMigrated() throws SQLException {
		Database details = createDatabase();
		start(new Class<?>[] { LiquibaseConnectionDetailsConfiguration.class }, CHANGELOG,
				"test.liquibase.url=" + details.url(), "test.liquibase.user=" + details.username(),
				"test.liquibase.password=" + details.password());
		assertThat(appliedChangesets(details)).containsExactly("1-authors", "2-books", "3-first-author");
		assertThat(tables(this.database)).isEmpty();
	}

	@Test
	void springLiquibaseUrlBesideTheMainDataSourceIsMigrated() throws SQLException {
		Database other = createDatabase();
		start(CHANGELOG, "spring.liquibase.url=" + other.url(), "spring.liquibase.user=" + other.username(),
				"spring.liquibase.password=" + other.password());
		assertThat(appliedChangesets(other)).containsExactly("1-authors", "2-books", "3-first-author");
		assertThat(tables(this.database)).isEmpty();
	}

	@Test
	void onlySpringLiquibaseUrlWithoutADataSourceIsMigrated() throws SQLException {
		ConfigurableApplicationContext context = startWithoutDataSource(new Class<?>[0], CHANGELOG,
				"spring.liquibase.url=" + this.database.url(), "spring.liquibase.user=" + this.database.username(),
				"spring.liquibase.password=" + this.database.password());
		assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
		assertThat(context.getBean(SpringLiquibase.class))
			.isInstanceOf(PrismLiquibase.class);
		assertThat(appliedChangesets(this.database)).containsExactly("1-authors", "2-books", "3-first-author");
	}

	@Test
	void onlyConnectionDetailsWithoutADataSourceAreMigrated() throws SQLException {
		ConfigurableApplicationContext context = startWithoutDataSource(
				new Class<?>[] { JdbcConnectionDetailsConfiguration.class,
						LiquibaseConnectionDetailsConfiguration.class },
				CHANGELOG, "test.liquibase.url=" + this.database.url(),
				"test.liquibase.user=" + this.database.username(),
				"test.liquibase.password=" + this.database.password());
		assertThat(context.getBean(SpringLiquibase.class))
			.isInstanceOf(PrismLiquibase.class);
		assertThat(appliedChangesets(this.database)).containsExactly("1-authors", "2-books", "3-first-author");
	}

	protected static LiquibaseOperations operations(ConfigurableApplicationContext context) {
		return new LiquibaseOperations(context.getBean(PrismLiquibase.class),
				context.getBean(PrismDatabaseProperties.class), context.getBean(DestructiveOperationGuard.class));
	}

	protected ConfigurableApplicationContext start(String... properties) {
		return start(new Class<?>[0], properties);
	}

	protected ConfigurableApplicationContext start(Class<?>[] sources, String... properties) {
		return run(LifecycleTestApplication.class, sources,
				Stream.concat(Stream.of(this.database.properties()), Stream.of(properties)).toArray(String[]::new));
	}

	private ConfigurableApplicationContext startWithoutDataSource(Class<?>[] sources, String... properties) {
		return run(NoDataSourceApplication.class, sources, properties);
	}

	protected ConfigurableApplicationContext run(Class<?> application, Class<?>[] sources, String... properties) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(application,
				RecordingExitConfiguration.class)
			.sources(sources)
			.web(WebApplicationType.NONE)
			.properties("prism.db.lock-timeout=3s")
			.run(Stream.of(properties).map((property) -> "--" + property).toArray(String[]::new));
		this.contexts.add(context);
		return context;
	}

	protected static Connection connect(Database database) throws SQLException {
		return DriverManager.getConnection(database.url(), database.username(), database.password());
	}

	protected static Set<String> tables(Database database) throws SQLException {
		String sql = database.isPostgres()
				? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
				: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
		return new TreeSet<>(strings(database, sql).stream().map((name) -> name.toLowerCase(Locale.ROOT)).toList());
	}

	protected static List<String> appliedChangesets(Database database) throws SQLException {
		if (!tables(database).contains("databasechangelog")) {
			return List.of();
		}
		return strings(database, "SELECT id FROM databasechangelog ORDER BY orderexecuted");
	}

	protected static List<String> strings(Database database, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Connection connection = connect(database); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	protected static void execute(Database database, String sql) throws SQLException {
		try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/**
	 * Liquibase and Prism's lifecycle without a data source, as with connection details or
	 * {@code spring.liquibase.url} only.
	 */
	@SpringBootConfiguration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ LiquibaseAutoConfiguration.class, PrismDatabaseAutoConfiguration.class })
	static class NoDataSourceApplication {

	}

	/**
	 * Liquibase connection details as Testcontainers' {@code @ServiceConnection} or Docker
	 * Compose create them, from {@code test.liquibase.*}.
	 */
	@Configuration(proxyBeanMethods = false)
	static class LiquibaseConnectionDetailsConfiguration {

		@Bean
		LiquibaseConnectionDetails liquibaseConnectionDetails(Environment environment) {
			return new LiquibaseConnectionDetails() {

				@Override
				public String getJdbcUrl() {
					return environment.getProperty("test.liquibase.url");
				}

				@Override
				public String getUsername() {
					return environment.getProperty("test.liquibase.user");
				}

				@Override
				public String getPassword() {
					return environment.getProperty("test.liquibase.password");
				}

			};
		}

	}

	/**
	 * JDBC connection details, as Testcontainers' {@code @ServiceConnection} creates them
	 * beside the Liquibase ones, from {@code test.liquibase.*}.
	 */
	@Configuration(proxyBeanMethods = false)
	static class JdbcConnectionDetailsConfiguration {

		@Bean
		JdbcConnectionDetails jdbcConnectionDetails(Environment environment) {
			return new JdbcConnectionDetails() {

				@Override
				public String getJdbcUrl() {
					return environment.getProperty("test.liquibase.url");
				}

				@Override
				public String getUsername() {
					return environment.getProperty("test.liquibase.user");
				}

				@Override
				public String getPassword() {
					return environment.getProperty("test.liquibase.password");
				}

			};
		}

	}

}
