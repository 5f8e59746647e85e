package dev.prism.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestDatabasesTests {

	private static final String NOWHERE = "jdbc:postgresql://127.0.0.1:1/postgres";

	@Test
	void explicitUrlWins() {
		TestDatabases.Server server = TestDatabases.locateServer(Map.of("PRISM_TEST_POSTGRES_URL",
				"jdbc:postgresql://db:5432/app", "PRISM_TEST_POSTGRES_USER", "app"), NOWHERE);
		assertThat(server.url()).isEqualTo("jdbc:postgresql://db:5432/app");
		assertThat(server.username()).isEqualTo("app");
		assertThat(server.embedded()).isNull();
	}

	@Test
	void startsAnEmbeddedServerWhenNothingElseIsThere() throws SQLException {
		try (TestDatabases.Server server = TestDatabases.locateServer(Map.of("CI", "true"), NOWHERE)) {
			assertThat(server.source()).startsWith("embedded PostgreSQL on port ");
			assertThat(server.url()).doesNotContain(":1/");
			try (Connection connection = DriverManager.getConnection(server.url(), server.username(),
					server.password()); Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE probe (id INTEGER)");
				statement.execute("INSERT INTO probe VALUES (42)");
				try (ResultSet rows = statement.executeQuery("SELECT id, version() FROM probe")) {
					assertThat(rows.next()).isTrue();
					assertThat(rows.getInt(1)).isEqualTo(42);
					assertThat(rows.getString(2)).startsWith("PostgreSQL 15.");
				}
			}
		}
	}

	@Test
	void eachCallCreatesAFreshDatabase() {
		assertThat(TestDatabases.postgres().url()).isNotEqualTo(TestDatabases.postgres().url());
	}

}
