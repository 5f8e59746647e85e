package dev.prism.liquibase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import dev.prism.test.TestDatabases;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Column changes on SQLite, which has no {@code ALTER COLUMN}: the table's definition is
 * rewritten in place, and columns are added and dropped with SQLite's own
 * {@code ALTER TABLE}, so its rows, its partial index and the rows of a table whose foreign
 * key cascades from it all survive, and the rollback restores the definition. A column
 * that only a copy of the table can add is refused while the copy would cascade.
 */
class SqliteColumnChangeTests {

	@Test
	void columnChangesKeepRowsPartialIndexesAndChildRowsAndRollBack() throws Exception {
		TestDatabases.Database sqlite = TestDatabases.sqlite();
		try (Connection connection = DriverManager.getConnection(sqlite.url())) {
			connection.createStatement().execute("PRAGMA foreign_keys = ON");
			JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
			Liquibase liquibase = liquibase(connection);
			liquibase.update(1, "");
			jdbc.update("INSERT INTO parts (code, note) VALUES ('a', 'x')");
			jdbc.update("INSERT INTO part_uses (part_id) VALUES (1)");
			liquibase.update("");
			jdbc.update("INSERT INTO parts DEFAULT VALUES");
			assertThat(jdbc.queryForList("SELECT code FROM parts ORDER BY id", String.class)).containsExactly("a",
					"none");
			assertThatException().isThrownBy(() -> jdbc.update("INSERT INTO parts (code) VALUES (NULL)"));
			assertThat(definition(jdbc, "parts")).containsIgnoringCase("code VARCHAR(40)");
			assertThat(definition(jdbc, "parts_code_live")).containsIgnoringCase("WHERE deleted_at IS NULL");
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM part_uses", Integer.class)).isOne();
			liquibase.rollback(1, "");
			jdbc.update("INSERT INTO parts (code) VALUES (NULL)");
			assertThat(definition(jdbc, "parts")).containsIgnoringCase("code VARCHAR(20)")
				.doesNotContainIgnoringCase("DEFAULT")
				.doesNotContainIgnoringCase("VARCHAR(20) NOT NULL");
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM part_uses", Integer.class)).isOne();
		}
	}

	@Test
	void notNullIsRefusedWhileRowsHoldNull() throws Exception {
		TestDatabases.Database sqlite = TestDatabases.sqlite();
		try (Connection connection = DriverManager.getConnection(sqlite.url())) {
			JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
			Liquibase liquibase = liquibase(connection);
			liquibase.update(1, "");
			jdbc.update("INSERT INTO parts (code) VALUES (NULL)");
			assertThatException().isThrownBy(() -> liquibase.update(""))
				.withStackTraceContaining("1 row(s) hold NULL in parts.code, which cannot become NOT NULL");
			assertThat(definition(jdbc, "parts")).containsIgnoringCase("code VARCHAR(20)");
		}
	}

	@Test
	void addedAndRestoredColumnsKeepChildRowsAndPartialIndexes() throws Exception {
		TestDatabases.Database sqlite = TestDatabases.sqlite();
		try (Connection connection = DriverManager.getConnection(sqlite.url())) {
			connection.createStatement().execute("PRAGMA foreign_keys = ON");
			JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
			Liquibase liquibase = liquibase(connection, "db/sqlite-columns/add-columns.yaml");
			liquibase.update(1, "");
			jdbc.update("INSERT INTO suppliers DEFAULT VALUES");
			jdbc.update("INSERT INTO parts (code, note) VALUES ('a', 'x')");
			jdbc.update("INSERT INTO part_uses (part_id) VALUES (1)");
			commit(connection);
			liquibase.update(2, "");
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM part_uses", Integer.class)).isOne();
			assertThat(definition(jdbc, "parts_code_live")).containsIgnoringCase("WHERE deleted_at IS NULL");
			assertThat(definition(jdbc, "parts")).doesNotContainIgnoringCase("note");
			assertThat(jdbc.queryForObject("SELECT status FROM parts", String.class)).isEqualTo("new");
			jdbc.update("UPDATE parts SET serial = 's1', supplier_id = 1");
			assertThatException().isThrownBy(() -> jdbc.update("INSERT INTO parts (serial) VALUES ('s1')"))
				.withMessageContaining("UNIQUE");
			assertThatException().isThrownBy(() -> jdbc.update("INSERT INTO parts (supplier_id) VALUES (99)"))
				.withMessageContaining("FOREIGN KEY");
			liquibase.rollback(1, "");
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM part_uses", Integer.class)).isOne();
			assertThat(definition(jdbc, "parts_code_live")).containsIgnoringCase("WHERE deleted_at IS NULL");
			assertThat(jdbc.queryForObject("SELECT note FROM parts", String.class)).isNull();
		}
	}

	@Test
	void aColumnThatNeedsATableCopyIsRefusedWhileTheCopyWouldCascade() throws Exception {
		TestDatabases.Database sqlite = TestDatabases.sqlite();
		try (Connection connection = DriverManager.getConnection(sqlite.url())) {
			connection.createStatement().execute("PRAGMA foreign_keys = ON");
			JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
			Liquibase liquibase = liquibase(connection, "db/sqlite-columns/add-columns.yaml");
			liquibase.update(3, "");
			jdbc.update("INSERT INTO parts (code) VALUES ('a')");
			jdbc.update("INSERT INTO part_uses (part_id) VALUES (1)");
			commit(connection);
			assertThatException().isThrownBy(() -> liquibase.update(""))
				.withStackTraceContaining("would delete or change rows of part_uses");
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM part_uses", Integer.class)).isOne();
			assertThat(definition(jdbc, "parts")).doesNotContainIgnoringCase("checked_at");
		}
	}

	/**
	 * Commit the rows inserted on Liquibase's connection, which it leaves outside
	 * auto-commit.
	 */
	private static void commit(Connection connection) throws SQLException {
		if (!connection.getAutoCommit()) {
			connection.commit();
		}
	}

	private static String definition(JdbcTemplate jdbc, String name) {
		return jdbc.queryForObject("SELECT sql FROM sqlite_master WHERE name = ?", String.class, name);
	}

	private static Liquibase liquibase(Connection connection) throws Exception {
		return liquibase(connection, "db/sqlite-columns/changelog.yaml");
	}

	@SuppressWarnings("deprecation")
	private static Liquibase liquibase(Connection connection, String changelog) throws Exception {
		Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
		return new Liquibase(changelog, new ClassLoaderResourceAccessor(), database);
	}

}
