package dev.prism.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;

import org.sqlite.SQLiteConnection;

/**
 * What differs between databases in writing and loading a backup.
 */
enum BackupDialect {

	/**
	 * A copy of the database file: written with {@code VACUUM INTO}, which reads one
	 * consistent snapshot while other connections go on writing, and loaded with SQLite's
	 * online backup API.
	 */
	SQLITE("db", "SQLite format 3\0") {

		@Override
		void backup(Connection connection, Path file, PostgresTools tools) throws SQLException {
			boolean autoCommit = connection.getAutoCommit();
			if (!autoCommit) {
				connection.commit();
				connection.setAutoCommit(true);
			}
			try (PreparedStatement statement = connection.prepareStatement("VACUUM INTO ?")) {
				statement.setString(1, file.toString());
				statement.execute();
			}
			finally {
				if (!autoCommit) {
					connection.setAutoCommit(false);
				}
			}
		}

		@Override
		void restore(Connection connection, Path file, PostgresTools tools) throws SQLException {
			int result = connection.unwrap(SQLiteConnection.class)
				.getDatabase()
				.restore("main", file.toString(), null);
			if (result != 0) {
				throw new SQLException("SQLite's backup API failed with result code " + result);
			}
		}

	},

	/**
	 * A plain SQL script from {@code pg_dump}, which dumps one consistent snapshot while
	 * the application goes on, loaded with {@code psql} in a single transaction.
	 */
	POSTGRESQL("sql", "--\n-- PostgreSQL database dump") {

		@Override
		void backup(Connection connection, Path file, PostgresTools tools) throws SQLException {
			tools.dump(connection, file);
		}

		@Override
		void restore(Connection connection, Path file, PostgresTools tools) throws SQLException {
			tools.load(connection, file);
		}

	};

	private final String extension;

	private final byte[] header;

	BackupDialect(String extension, String header) {
		this.extension = extension;
		this.header = header.getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * Return the file name extension of a backup.
	 * @return the extension, without a dot
	 */
	String extension() {
		return this.extension;
	}

	/**
	 * Return whether a file begins as a backup of this dialect does.
	 * @param file the file
	 * @return {@code true} if it looks like a backup
	 * @throws IOException when the file cannot be read
	 */
	boolean isBackup(Path file) throws IOException {
		try (InputStream input = Files.newInputStream(file)) {
			return Arrays.equals(input.readNBytes(this.header.length), this.header);
		}
	}

	abstract void backup(Connection connection, Path file, PostgresTools tools) throws SQLException;

	abstract void restore(Connection connection, Path file, PostgresTools tools) throws SQLException;

	/**
	 * Return the dialect of a connection's database.
	 * @param connection the connection
	 * @return the dialect
	 * @throws SQLException when the database cannot be asked
	 */
	static BackupDialect of(Connection connection) throws SQLException {
		String product = connection.getMetaData().getDatabaseProductName();
		if ("SQLite".equalsIgnoreCase(product)) {
			return SQLITE;
		}
		if ("PostgreSQL".equalsIgnoreCase(product)) {
			return POSTGRESQL;
		}
		throw new BackupFailedException("Prism cannot back up a " + product + " database.",
				"Use the database's own backup tools; Prism backs up SQLite and PostgreSQL.", null);
	}

}
