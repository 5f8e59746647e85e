package dev.prism.lifecycle;

import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import dev.prism.test.FailureAnalyses;
import dev.prism.test.RecordingExitConfiguration;
import dev.prism.test.TestDatabases.Database;
import liquibase.changelog.RanChangeSet;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
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
abstract class AbstractSpringLiquibaseBehaviourTests extends AbstractLifecycleContextTests {

	static final String CHANGELOG = "spring.liquibase.change-log=classpath:db/lifecycle/changelog.yaml";

	static final String ROLLBACK_CHANGELOG = "spring.liquibase.change-log=classpath:db/lifecycle/rollback-runs.yaml";

	static final String NO_ROLLBACK_CHANGELOG = "spring.liquibase.change-log=classpath:db/lifecycle/no-rollback.yaml";

	static final String TEST_ROLLBACK = "spring.liquibase.test-rollback-on-update=true";

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

	private ConfigurableApplicationContext startWithoutDataSource(Class<?>[] sources, String... properties) {
		return run(NoDataSourceApplication.class, sources, properties);
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
			return new TestLiquibaseConnection(url(environment), user(environment), password(environment));
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
			return new TestJdbcConnection(url(environment), user(environment), password(environment));
		}

	}

	private static String url(Environment environment) {
		return environment.getProperty("test.liquibase.url");
	}

	private static String user(Environment environment) {
		return environment.getProperty("test.liquibase.user");
	}

	private static String password(Environment environment) {
		return environment.getProperty("test.liquibase.password");
	}

	record TestLiquibaseConnection(String getJdbcUrl, String getUsername,
			String getPassword) implements LiquibaseConnectionDetails {

	}

	record TestJdbcConnection(String getJdbcUrl, String getUsername,
			String getPassword) implements JdbcConnectionDetails {

	}

}
