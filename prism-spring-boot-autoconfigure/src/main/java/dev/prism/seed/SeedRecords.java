package dev.prism.seed;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code prism_seeds} table, which records the seeders that ran and their versions.
 * Prism creates it itself, so it exists even when no changelog mentions it, and a reset
 * that drops every table clears it. All methods run in the caller's transaction.
 */
class SeedRecords {

	static final String TABLE = "prism_seeds";

	/**
	 * DDL that PostgreSQL and SQLite both accept.
	 */
	private static final String CREATE = "CREATE TABLE IF NOT EXISTS " + TABLE
			+ " (name VARCHAR(255) NOT NULL PRIMARY KEY, version VARCHAR(100) NOT NULL,"
			+ " applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)";

	/**
	 * Key of the PostgreSQL advisory lock that serializes seeding ("prsmseed").
	 */
	private static final long POSTGRES_LOCK_KEY = 0x7072736d73656564L;

	private final JdbcTemplate jdbc;

	private final Dialect dialect;

	SeedRecords(JdbcTemplate jdbc, Dialect dialect) {
		this.jdbc = jdbc;
		this.dialect = dialect;
	}

	/**
	 * Take the seeding lock for the rest of the transaction and create the table if it is
	 * missing, so that concurrent applications seeding one database see each other's
	 * records.
	 */
	void lockAndCreate() {
		this.dialect.lock(this.jdbc);
		this.jdbc.execute(CREATE);
	}

	String recordedVersion(String name) {
		List<String> versions = this.jdbc.queryForList("SELECT version FROM " + TABLE + " WHERE name = ?",
				String.class, name);
		return versions.isEmpty() ? null : versions.get(0);
	}

	/**
	 * Return the recorded version of every seeder that ran, reading nothing when the table
	 * does not exist yet.
	 */
	Map<String, String> recordedVersions() {
		Map<String, String> versions = new HashMap<>();
		Boolean exists = this.jdbc.execute((Connection connection) -> {
			String schema = (this.dialect == Dialect.POSTGRESQL) ? connection.getSchema() : null;
			try (ResultSet tables = connection.getMetaData().getTables(null, schema, TABLE, null)) {
				return tables.next();
			}
		});
		if (Boolean.TRUE.equals(exists)) {
			this.jdbc.query("SELECT name, version FROM " + TABLE,
					(ResultSet row) -> {
						versions.put(row.getString(1), row.getString(2));
					});
		}
		return versions;
	}

	void record(String name, String version, boolean exists) {
		if (exists) {
			this.jdbc.update("UPDATE " + TABLE + " SET version = ?, applied_at = CURRENT_TIMESTAMP WHERE name = ?",
					version, name);
		}
		else {
			this.jdbc.update("INSERT INTO " + TABLE + " (name, version, applied_at) VALUES (?, ?, CURRENT_TIMESTAMP)",
					name, version);
		}
	}

	/**
	 * How seeding is serialized across applications sharing one database.
	 */
	enum Dialect {

		/**
		 * A transaction-scoped advisory lock, taken before the table is created because
		 * concurrent {@code CREATE TABLE IF NOT EXISTS} can fail on PostgreSQL.
		 */
		POSTGRESQL {

			@Override
			void lock(JdbcTemplate jdbc) {
				jdbc.query("SELECT pg_advisory_xact_lock(?)", (resultSet) -> null, POSTGRES_LOCK_KEY);
			}

		},

		/**
		 * SQLite and other databases: no extra lock. SQLite allows one writer at a time;
		 * with Prism's default {@code prism.sqlite.transaction-mode=IMMEDIATE} every
		 * transaction takes the write lock when it begins, and in DEFERRED mode a
		 * concurrent seeder fails with {@code SQLITE_BUSY} rather than seeding twice.
		 */
		STANDARD;

		void lock(JdbcTemplate jdbc) {
		}

		static Dialect forProductName(String productName) {
			boolean postgres = productName != null && productName.toLowerCase(Locale.ROOT).contains("postgres");
			return postgres ? POSTGRESQL : STANDARD;
		}

	}

}
