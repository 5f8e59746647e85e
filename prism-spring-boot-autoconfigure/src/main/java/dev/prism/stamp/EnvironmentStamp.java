package dev.prism.stamp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import dev.prism.lifecycle.DestructiveOperationGuard;
import dev.prism.lifecycle.DestructiveOperationVeto;
import dev.prism.lifecycle.MigrationListener;

import org.springframework.core.env.Environment;

/**
 * Records in the {@code prism_environment} table the profiles that a database was first
 * migrated under, and refuses destructive operations on a database stamped with a
 * {@code prod} or {@code production} profile, whatever profiles the process running them
 * has and however it reaches the database (Rails' {@code EnvironmentMismatchError}). The
 * table is Prism's own, created on the first migration, and goes with a reset or restore.
 */
public class EnvironmentStamp implements MigrationListener, DestructiveOperationVeto {

	static final String TABLE = "prism_environment";

	/**
	 * DDL that PostgreSQL and SQLite both accept.
	 */
	private static final String CREATE = "CREATE TABLE IF NOT EXISTS " + TABLE
			+ " (profiles VARCHAR(255) NOT NULL, stamped_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)";

	private static final String DEFAULT_PROFILE = "default";

	private final DataSource dataSource;

	private final Environment environment;

	/**
	 * Create a new instance.
	 * @param dataSource the database whose stamp destructive operations check
	 * @param environment the environment whose active profiles a migration records
	 */
	public EnvironmentStamp(DataSource dataSource, Environment environment) {
		this.dataSource = dataSource;
		this.environment = environment;
	}

	/**
	 * Stamp the database with the active profiles unless it is stamped already.
	 */
	@Override
	public void afterMigrate(Connection connection, List<String> applied, Duration duration) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(CREATE);
		}
		if (read(connection) == null) {
			try (PreparedStatement insert = connection
				.prepareStatement("INSERT INTO " + TABLE + " (profiles, stamped_at) VALUES (?, CURRENT_TIMESTAMP)")) {
				insert.setString(1, activeProfiles());
				insert.executeUpdate();
			}
		}
		connection.commit();
	}

	@Override
	public String refusal(String operation, String jdbcUrl) {
		String stamp = stamp();
		if (stamp == null) {
			return null;
		}
		return Arrays.stream(stamp.split(","))
			.filter(DestructiveOperationGuard::isProductionProfile)
			.findFirst()
			.map((profile) -> "the database was first migrated under the '" + profile + "' profile (recorded in "
					+ TABLE + ")")
			.orElse(null);
	}

	/**
	 * Return the profiles that the database was first migrated under.
	 * @return the profiles, comma-separated, or {@code null} when the database has no stamp
	 */
	public String stamp() {
		try (Connection connection = this.dataSource.getConnection()) {
			return hasTable(connection) ? read(connection) : null;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the environment stamp: " + ex.getMessage(), ex);
		}
	}

	private static boolean hasTable(Connection connection) throws SQLException {
		String schema = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL") ? connection.getSchema()
				: null;
		try (ResultSet tables = connection.getMetaData().getTables(null, schema, TABLE, null)) {
			return tables.next();
		}
	}

	private static String read(Connection connection) throws SQLException {
		try (PreparedStatement select = connection
			.prepareStatement("SELECT profiles FROM " + TABLE + " ORDER BY stamped_at")) {
			try (ResultSet rows = select.executeQuery()) {
				return rows.next() ? rows.getString(1) : null;
			}
		}
	}

	private String activeProfiles() {
		String[] profiles = this.environment.getActiveProfiles();
		return (profiles.length > 0) ? String.join(",", profiles) : DEFAULT_PROFILE;
	}

}
