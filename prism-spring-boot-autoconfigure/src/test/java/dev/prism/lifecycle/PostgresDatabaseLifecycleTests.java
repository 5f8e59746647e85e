package dev.prism.lifecycle;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import dev.prism.test.TestDatabases;
import dev.prism.test.TestDatabases.Database;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Database lifecycle on PostgreSQL.
 */
class PostgresDatabaseLifecycleTests extends AbstractDatabaseLifecycleTests {

	@Override
	protected Database createDatabase() {
		return TestDatabases.postgres();
	}

	@Test
	void failingChangesetLeavesTheSchemaAsItWasBeforeIt() throws SQLException {
		Throwable failure = startFailure(BROKEN_CHANGELOG);
		FailureAnalysis analysis = new ChangesetFailedFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).contains("The changeset was rolled back");
		assertThat(tables()).contains("first_table").doesNotContain("second_table");
		assertThat(appliedChangesets()).containsExactly("1-applies");
	}

	@Test
	void liveLockHolderMakesStartFailAfterTheLockTimeout() throws Exception {
		try (Connection connection = connect()) {
			LockService lockService = acquireLock(connection);
			assertThat(lockService).isInstanceOf(PostgresAdvisoryLockService.class);
			Throwable[] failure = new Throwable[1];
			Duration waited = timed(() -> failure[0] = startFailure(CHANGELOG, "prism.db.lock-timeout=2s"));
			assertThat(waited).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(20));
			FailureAnalysis analysis = new MigrationLockTimeoutFailureAnalyzer().analyze(failure[0]);
			assertThat(analysis.getDescription()).startsWith("Could not acquire the migration lock pg_advisory_lock(")
				.contains("within PT2S", "It is held by PostgreSQL session pid");
			assertThat(analysis.getAction()).contains("pg_terminate_backend");
			assertThat(tables()).isEmpty();
			lockService.releaseLock();
			LockServiceFactory.getInstance().resetAll();
		}
		start(CHANGELOG);
		assertThat(appliedChangesets()).hasSize(3);
	}

}
