package dev.prism.backup;

import java.sql.Connection;
import java.time.Duration;

import dev.prism.test.FailureAnalyses;
import dev.prism.test.TestDatabases;
import dev.prism.test.TestDatabases.Database;
import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Backups on PostgreSQL.
 */
class PostgresBackupTests extends AbstractBackupTests {

	@Override
	protected Database createDatabase() {
		return TestDatabases.postgres();
	}

	@Test
	void backupWithoutPgDumpOnThePathFailsNamingTheTool() throws Exception {
		DatabaseBackup backup = new DatabaseBackup(new PostgresTools("", () -> null, Duration.ofSeconds(1)));
		try (Connection connection = this.apps.connect()) {
			Throwable failure = catchThrowable(() -> backup.backup(connection, this.directory.resolve("app.sql")));
			FailureAnalysis analysis = FailureAnalyses.analyze(failure);
			assertThat(analysis.getDescription())
				.isEqualTo("pg_dump was not found on the PATH, and Prism needs it for PostgreSQL backups.");
			assertThat(analysis.getAction()).contains("postgresql-client", "PATH");
		}
		assertThat(this.directory.resolve("app.sql")).doesNotExist();
	}

	@Test
	void libpqUriKeepsHostsPortAndDatabaseAndDropsDriverParameters() {
		assertThat(PostgresTools.libpqUri("jdbc:postgresql://db1:5433,db2/app?prepareThreshold=0"))
			.isEqualTo("postgresql://db1:5433,db2/app");
		assertThat(PostgresTools.libpqUri("jdbc:postgresql:app")).isEqualTo("postgresql://localhost/app");
	}

}
