package dev.prism.lifecycle;

import java.sql.Connection;
import java.time.Duration;

import dev.prism.test.TestDatabases;
import dev.prism.test.TestDatabases.Database;
import liquibase.lockservice.LockServiceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Database lifecycle on SQLite.
 */
@ExtendWith(OutputCaptureExtension.class)
class SqliteDatabaseLifecycleTests extends AbstractDatabaseLifecycleTests {

	@Override
	protected Database createDatabase() {
		return TestDatabases.sqlite();
	}

	@Test
	void lockLeftBehindMakesStartFailAfterTheLockTimeoutUntilReleased(CapturedOutput output) throws Exception {
		start(CHANGELOG).close();
		try (Connection connection = connect()) {
			assertThat(acquireLock(connection)).isInstanceOf(MigrationLockService.class);
			LockServiceFactory.getInstance().resetAll();
		}
		assertStartFailsUntilLocksAreReleased(output);
	}

	@Override
	protected void assertStartAfterKilledMigration() throws Exception {
		assertStartFailsUntilLocksAreReleased(null);
		start(SLOW_CHANGELOG);
		assertThat(appliedChangesets()).containsExactly("1-before-sleep", "2-sleeps");
		assertThat(tables()).contains("after_sleep");
	}

	private void assertStartFailsUntilLocksAreReleased(CapturedOutput output) throws Exception {
		Throwable[] failure = new Throwable[1];
		Duration waited = timed(() -> failure[0] = startFailure(SLOW_CHANGELOG, "prism.db.lock-timeout=2s"));
		assertThat(waited).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(20));
		FailureAnalysis analysis = new MigrationLockTimeoutFailureAnalyzer().analyze(failure[0]);
		assertThat(analysis.getDescription())
			.startsWith("Could not acquire the migration lock DATABASECHANGELOGLOCK within PT2S.");
		assertThat(analysis.getAction()).contains("release the lock row in DATABASECHANGELOGLOCK",
				"prism.db.command=release-locks");
		assertThat(command("release-locks").status()).isZero();
		if (output != null) {
			assertThat(output).contains("Released the migration lock held by");
		}
	}

}
