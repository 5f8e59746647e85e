package dev.prism.lifecycle;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.prism.sqlite.SqliteDatabaseFile;
import dev.prism.sqlite.SqliteFileLockService;
import dev.prism.test.TestDatabases;
import dev.prism.test.TestDatabases.Database;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Database lifecycle on SQLite.
 */
class SqliteDatabaseLifecycleTests extends AbstractDatabaseLifecycleTests {

	@Override
	protected Database createDatabase() {
		return TestDatabases.sqlite();
	}

	@Test
	void liveLockHolderMakesStartFailAfterTheLockTimeoutNamingTheLockFileAndTheProcess() throws Exception {
		try (Connection connection = connect()) {
			LockService lockService = acquireLock(connection);
			assertThat(lockService).isInstanceOf(SqliteFileLockService.class);
			try {
				Throwable[] failure = new Throwable[1];
				Duration waited = timed(() -> failure[0] = startFailure(CHANGELOG, "prism.db.lock-timeout=2s"));
				assertThat(waited).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(20));
				FailureAnalysis analysis = new MigrationLockTimeoutFailureAnalyzer().analyze(failure[0]);
				assertThat(analysis.getDescription()).startsWith("Could not acquire the migration lock " + lockFile()
						+ " within PT2S. It is held by process " + ProcessHandle.current().pid() + " on ");
				assertThat(analysis.getAction()).contains("the lock is released as soon as that process ends")
					.doesNotContain("release-locks");
				assertThat(tables()).isEmpty();
			}
			finally {
				lockService.releaseLock();
				LockServiceFactory.getInstance().resetAll();
			}
		}
		start(CHANGELOG);
		assertThat(appliedChangesets()).hasSize(3);
		assertThat(tables()).doesNotContain("databasechangeloglock");
	}

	@Test
	void startWaitsForTheMigrationLockWhileAnotherMigrationHoldsTheWriteLock() throws Exception {
		try (Connection lockConnection = connect(); Connection writer = connect();
				Statement write = writer.createStatement()) {
			LockService lockService = acquireLock(lockConnection);
			write.execute("PRAGMA journal_mode = WAL");
			write.execute("BEGIN IMMEDIATE");
			write.execute("CREATE TABLE other_migration (id INT)");
			CompletableFuture<Void> finish = CompletableFuture.runAsync(() -> {
				try {
					write.execute("COMMIT");
					lockService.releaseLock();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}, CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS));
			Duration took = timed(
					() -> start(CHANGELOG, "prism.db.lock-timeout=60s", "prism.sqlite.busy-timeout=200ms"));
			finish.get();
			LockServiceFactory.getInstance().resetAll();
			assertThat(took).isGreaterThan(Duration.ofSeconds(2));
		}
		assertThat(appliedChangesets()).containsExactly("1-authors", "2-books", "3-first-author");
	}

	@Test
	void inMemoryDatabaseKeepsTheLockTableRow() throws Exception {
		String url = "jdbc:sqlite:file:prism-lock-test?mode=memory&cache=shared";
		try (Connection connection = DriverManager.getConnection(url)) {
			LockService lockService = acquireLock(connection);
			try (Statement statement = connection.createStatement();
					ResultSet locked = statement.executeQuery("SELECT locked FROM DATABASECHANGELOGLOCK")) {
				assertThat(locked.next()).isTrue();
				assertThat(locked.getBoolean(1)).isTrue();
			}
			assertThat(lockService.listLocks()).hasSize(1);
			lockService.releaseLock();
			assertThat(lockService.listLocks()).isEmpty();
			LockServiceFactory.getInstance().resetAll();
		}
	}

	private Path lockFile() {
		Path file = SqliteDatabaseFile.of(this.database.url());
		return file.resolveSibling(file.getFileName() + SqliteFileLockService.LOCK_FILE_SUFFIX);
	}

}
