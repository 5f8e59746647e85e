package dev.prism.seed;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.prism.jdbc.PrismDatabase;

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

	private final JdbcTemplate jdbc;

	private final PrismDatabase database;

	SeedRecords(JdbcTemplate jdbc, PrismDatabase database) {
		this.jdbc = jdbc;
		this.database = database;
	}

	/**
	 * Take the seeding lock for the rest of the transaction and create the table if it is
	 * missing, so that concurrent applications seeding one database see each other's
	 * records.
	 */
	void lockAndCreate() {
		this.database.lockSeeding(this.jdbc);
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
			String schema = (this.database == PrismDatabase.POSTGRESQL) ? connection.getSchema() : null;
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

}
