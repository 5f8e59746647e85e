package dev.prism.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.prism.sqlite.SqliteSchemaDropper;

import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * The databases Prism supports, keyed by Spring Boot's {@link DatabaseDriver}, and
 * everything that differs between them, with standard JDBC for any other database: whether a database is local, how seeding is
 * serialized, how the schema is dropped and how the ids of a batch insert come back. The
 * migration lock differs too; Liquibase picks it by database
 * ({@code PostgresAdvisoryLockService}, {@link dev.prism.sqlite.SqliteFileLockService}).
 */
public enum PrismDatabase {

	/**
	 * PostgreSQL.
	 */
	POSTGRESQL(DatabaseDriver.POSTGRESQL) {

		@Override
		public boolean isLocal(String jdbcUrl) {
			String location = jdbcUrl.substring(jdbcUrl.indexOf(':', "jdbc:".length()) + 1);
			if (!location.startsWith("//")) {
				return true;
			}
			String authority = location.substring(2);
			int end = indexOfAny(authority, '/', '?');
			authority = (end >= 0) ? authority.substring(0, end) : authority;
			if (authority.isEmpty()) {
				return true;
			}
			for (String host : authority.split(",")) {
				if (!LOCAL_HOSTS.contains(hostName(host).toLowerCase(Locale.ROOT))) {
					return false;
				}
			}
			return true;
		}

		/**
		 * Take a transaction-scoped advisory lock, before the seeding table is created,
		 * because concurrent {@code CREATE TABLE IF NOT EXISTS} can fail on PostgreSQL.
		 */
		@Override
		public void lockSeeding(JdbcOperations jdbc) {
			jdbc.query("SELECT pg_advisory_xact_lock(?)", (resultSet) -> null, SEED_LOCK_KEY);
		}

	},

	/**
	 * SQLite.
	 */
	SQLITE(DatabaseDriver.SQLITE) {

		/**
		 * Return {@code true} for every SQLite database, file, temporary or in-memory, but
		 * one read from the class path ({@code :resource:}).
		 */
		@Override
		public boolean isLocal(String jdbcUrl) {
			return jdbcUrl != null && !jdbcUrl.startsWith(RESOURCE_URL_PREFIX);
		}

		/**
		 * Take no extra lock. SQLite allows one writer at a time; with Prism's default
		 * {@code prism.sqlite.transaction-mode=IMMEDIATE} every transaction takes the write
		 * lock when it begins, and in DEFERRED mode a concurrent seeder fails with
		 * {@code SQLITE_BUSY} rather than seeding twice.
		 */
		@Override
		public void lockSeeding(JdbcOperations jdbc) {
		}

		/**
		 * Drop with {@link SqliteSchemaDropper}: Liquibase's {@code dropAll} cannot drop a
		 * SQLite table that has a foreign key.
		 */
		@Override
		public boolean dropSchema(Connection connection) throws SQLException {
			SqliteSchemaDropper.dropAll(connection);
			return true;
		}

		/**
		 * Prepare a plain statement: the SQLite driver returns no keys for a batch.
		 */
		@Override
		public PreparedStatement prepareBatchInsert(Connection connection, String sql, String[] idColumns)
				throws SQLException {
			return connection.prepareStatement(sql);
		}

		/**
		 * Count the ids back from the last one: SQLite gives the rows of one write
		 * transaction consecutive ids.
		 */
		@Override
		public List<Long> generatedIds(PreparedStatement statement, int count) throws SQLException {
			List<Long> ids = new ArrayList<>(count);
			try (Statement query = statement.getConnection().createStatement();
					ResultSet last = query.executeQuery("SELECT last_insert_rowid()")) {
				last.next();
				for (long id = last.getLong(1) - count + 1; ids.size() < count; id++) {
					ids.add(id);
				}
			}
			return ids;
		}

	},

	/**
	 * Any other database, such as H2 in a test slice: standard JDBC, no local database,
	 * no seeding lock.
	 */
	OTHER(DatabaseDriver.UNKNOWN);

	private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "::1");

	private static final String RESOURCE_URL_PREFIX = "jdbc:sqlite::resource:";

	/**
	 * Key of the PostgreSQL advisory lock that serializes seeding ("prsmseed").
	 */
	private static final long SEED_LOCK_KEY = 0x7072736d73656564L;

	private final DatabaseDriver driver;

	PrismDatabase(DatabaseDriver driver) {
		this.driver = driver;
	}

	/**
	 * Return Spring Boot's driver of this database.
	 * @return the driver
	 */
	public DatabaseDriver getDriver() {
		return this.driver;
	}

	/**
	 * Return whether a JDBC URL of this database points at a local one, where destructive
	 * operations may run: a PostgreSQL server whose every host is localhost, 127.0.0.1 or
	 * ::1, or a SQLite file or in-memory database; no other database.
	 * @param jdbcUrl the JDBC URL
	 * @return {@code true} for a local database
	 */
	public boolean isLocal(String jdbcUrl) {
		return false;
	}

	/**
	 * Serialize seeding across applications sharing the database, for the rest of the
	 * current transaction.
	 * @param jdbc the operations of the seeding transaction
	 */
	public void lockSeeding(JdbcOperations jdbc) {
	}

	/**
	 * Drop every table, view and trigger where this database needs Prism's own way.
	 * @param connection a connection to the database
	 * @return {@code false} where Liquibase's {@code dropAll} is to drop them instead
	 * @throws SQLException when dropping fails
	 */
	public boolean dropSchema(Connection connection) throws SQLException {
		return false;
	}

	/**
	 * Prepare a batch insert statement whose generated ids {@link #generatedIds} can read.
	 * @param connection the connection
	 * @param sql the insert statement
	 * @param idColumns the columns of the generated id
	 * @return the statement
	 * @throws SQLException when the statement cannot be prepared
	 */
	public PreparedStatement prepareBatchInsert(Connection connection, String sql, String[] idColumns)
			throws SQLException {
		return connection.prepareStatement(sql, idColumns);
	}

	/**
	 * Return the ids that the database generated for the batch just executed.
	 * @param statement the batch insert statement, from {@link #prepareBatchInsert}
	 * @param count how many rows the batch inserted
	 * @return the generated ids, in insertion order
	 * @throws SQLException when the ids cannot be read
	 */
	public List<Long> generatedIds(PreparedStatement statement, int count) throws SQLException {
		List<Long> ids = new ArrayList<>(count);
		try (ResultSet generated = statement.getGeneratedKeys()) {
			while (generated.next()) {
				ids.add(generated.getLong(1));
			}
		}
		return ids;
	}

	/**
	 * Return the database that a JDBC URL points at.
	 * @param jdbcUrl the JDBC URL, may be {@code null}
	 * @return the database, {@link #OTHER} for one that Prism has no support for
	 */
	public static PrismDatabase fromJdbcUrl(String jdbcUrl) {
		DatabaseDriver driver = (jdbcUrl != null && jdbcUrl.startsWith("jdbc:"))
				? DatabaseDriver.fromJdbcUrl(jdbcUrl) : DatabaseDriver.UNKNOWN;
		for (PrismDatabase database : values()) {
			if (database.driver == driver) {
				return database;
			}
		}
		return OTHER;
	}

	/**
	 * Return the database that a connection is connected to.
	 * @param connection the connection
	 * @return the database, {@link #OTHER} for one that Prism has no support for
	 * @throws SQLException when the connection's URL cannot be read
	 */
	public static PrismDatabase of(Connection connection) throws SQLException {
		return fromJdbcUrl(connection.getMetaData().getURL());
	}

	private static String hostName(String hostAndPort) {
		if (hostAndPort.startsWith("[")) {
			int close = hostAndPort.indexOf(']');
			return (close > 0) ? hostAndPort.substring(1, close) : hostAndPort;
		}
		int colon = hostAndPort.indexOf(':');
		return (colon >= 0) ? hostAndPort.substring(0, colon) : hostAndPort;
	}

	private static int indexOfAny(String value, char first, char second) {
		int a = value.indexOf(first);
		int b = value.indexOf(second);
		return (a < 0) ? b : ((b < 0) ? a : Math.min(a, b));
	}

}
