package dev.prism.lifecycle;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import dev.prism.test.FailureAnalyses;
import dev.prism.test.PrismApps;
import dev.prism.test.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * {@code prism.db.lock-timeout} and {@code prism.db.statement-timeout} on PostgreSQL's
 * migration sessions.
 */
class PostgresMigrationTimeoutTests {

	private static final String ALTER_AUTHORS = "spring.liquibase.change-log=classpath:db/ops/alter-authors.yaml";

	private final PrismApps apps = new PrismApps(TestDatabases.postgres());

	@AfterEach
	void closeApps() {
		this.apps.close();
	}

	@Test
	void migrationQueuedBehindALongTransactionFailsWithinTheLockTimeout() throws Exception {
		this.apps.start().close();
		Throwable failure;
		long start = System.nanoTime();
		try (Connection reader = this.apps.connect(); Statement statement = reader.createStatement()) {
			reader.setAutoCommit(false);
			statement.executeQuery("SELECT COUNT(*) FROM authors").close();
			failure = catchThrowable(() -> this.apps.start(ALTER_AUTHORS, "prism.db.lock-timeout=2s"));
			reader.rollback();
		}
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		assertThat(took).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(30));
		FailureAnalysis analysis = FailureAnalyses.analyze(failure);
		assertThat(analysis.getDescription()).contains("db/ops/alter-authors.yaml::4-author-email::prism",
				"canceling statement due to lock timeout", "The changeset was rolled back");
		assertThat(analysis.getAction()).contains("prism.db.lock-timeout", "pg_stat_activity");
		assertThat(this.apps.query("SELECT id FROM databasechangelog ORDER BY orderexecuted")).hasSize(3);
		this.apps.start(ALTER_AUTHORS).close();
		assertThat(this.apps.query("SELECT COUNT(email) FROM authors")).containsExactly("0");
	}

	@Test
	void statementRunningLongerThanTheStatementTimeoutFails() throws Exception {
		long start = System.nanoTime();
		Throwable failure = catchThrowable(() -> this.apps.start(
				"spring.liquibase.change-log=classpath:db/ops/slow-statement.yaml", "prism.db.statement-timeout=1s"));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(25));
		FailureAnalysis analysis = FailureAnalyses.analyze(failure);
		assertThat(analysis.getDescription()).contains("4-slow-statement",
				"canceling statement due to statement timeout");
		assertThat(analysis.getAction()).contains("prism.db.statement-timeout");
	}

	@Test
	void timeoutsDoNotStayWithThePooledConnectionAfterMigrating() throws Exception {
		ConfigurableApplicationContext context = this.apps.start("prism.db.statement-timeout=5s",
				"prism.db.lock-timeout=4s");
		try (Connection connection = context.getBean(DataSource.class).getConnection();
				Statement statement = connection.createStatement();
				ResultSet settings = statement
					.executeQuery("SELECT current_setting('statement_timeout'), current_setting('lock_timeout')")) {
			settings.next();
			assertThat(settings.getString(1)).isEqualTo("0");
			assertThat(settings.getString(2)).isEqualTo("0");
		}
	}

}
