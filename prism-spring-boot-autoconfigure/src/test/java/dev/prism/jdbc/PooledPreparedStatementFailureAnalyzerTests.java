package dev.prism.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import dev.prism.test.PgBouncer;
import dev.prism.test.TestDatabases;
import dev.prism.test.TestDatabases.Database;
import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PooledPreparedStatementFailureAnalyzerTests {

	@Test
	void namedPreparedStatementsBehindTransactionPoolingAreExplained() throws Exception {
		Database direct = TestDatabases.postgres();
		try (PgBouncer bouncer = PgBouncer.start("transaction", direct)) {
			Database database = bouncer.through(direct);
			try (Connection first = connect(database); Connection second = connect(database)) {
				prepareOnServer(first);
				SQLException failure = assertThatExceptionOfType(SQLException.class)
					.isThrownBy(() -> prepareOnServer(second))
					.actual();
				FailureAnalysis analysis = new PooledPreparedStatementFailureAnalyzer()
					.analyze(new IllegalStateException("Startup failed", failure));
				assertThat(analysis.getDescription()).isEqualTo(("PostgreSQL reported: ERROR: prepared statement "
						+ "\"S_1\" already exists%n%nThe JDBC driver's named prepared statements reached another server "
						+ "session than the one that prepared them: the connection goes through a pooler in "
						+ "transaction pooling mode, such as PgBouncer with pool_mode=transaction.").formatted());
				assertThat(analysis.getAction()).isEqualTo("Add prepareThreshold=0 to the JDBC URL, run PgBouncer "
						+ "1.21 or later with max_prepared_statements above 0, or use session pooling.");
			}
		}
	}

	@Test
	void otherFailuresAreNotExplained() {
		assertThat(new PooledPreparedStatementFailureAnalyzer().analyze(new SQLException("boom", "42P01"))).isNull();
	}

	@Test
	void failuresWithoutSqlStateAreNotExplained() {
		// SQLite's driver reports its errors without a SQL state
		assertThat(new PooledPreparedStatementFailureAnalyzer().analyze(new SQLException("no such table: books")))
			.isNull();
	}

	private static Connection connect(Database database) throws SQLException {
		return DriverManager.getConnection(database.url(), database.username(), database.password());
	}

	/**
	 * Run one statement until the driver prepares it on the server under its first name.
	 */
	private static void prepareOnServer(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT 1")) {
			for (int i = 0; i < 6; i++) {
				statement.executeQuery().close();
			}
		}
	}

}
