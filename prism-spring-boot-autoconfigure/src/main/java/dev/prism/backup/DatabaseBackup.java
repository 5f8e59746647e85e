package dev.prism.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Writes and loads backups of a database: on SQLite a copy of the database file, on
 * PostgreSQL a {@code pg_dump} script. Both are consistent snapshots taken while the
 * database stays in use.
 */
public class DatabaseBackup {

	private final PostgresTools postgresTools;

	DatabaseBackup(PostgresTools postgresTools) {
		this.postgresTools = postgresTools;
	}

	/**
	 * Write a backup of the connection's database to a file that does not exist yet.
	 * @param connection a connection to the database
	 * @param file the backup file
	 * @throws BackupFailedException when the backup cannot be written
	 */
	public void backup(Connection connection, Path file) {
		if (Files.exists(file)) {
			throw new BackupFailedException("Backup file " + file.toAbsolutePath() + " already exists.",
					"Set prism.db.file to a new file, or delete the existing one.", null);
		}
		try {
			Path directory = file.toAbsolutePath().getParent();
			if (directory != null) {
				Files.createDirectories(directory);
			}
			BackupDialect.of(connection).backup(connection, file.toAbsolutePath(), this.postgresTools);
		}
		catch (IOException | SQLException ex) {
			throw new BackupFailedException("Could not back up to " + file.toAbsolutePath() + ": " + ex.getMessage(),
					"Check that the directory is writable and has room for the backup.", ex);
		}
	}

	/**
	 * Check that a file is a backup that can be loaded into the connection's database,
	 * before anything is dropped to make room for it.
	 * @param connection a connection to the database
	 * @param file the backup file
	 * @throws BackupFailedException when it is not
	 */
	public void checkRestorable(Connection connection, Path file) {
		try {
			BackupDialect dialect = BackupDialect.of(connection);
			if (!Files.isReadable(file) || !dialect.isBackup(file)) {
				throw new BackupFailedException(
						"Backup file " + file.toAbsolutePath() + (Files.exists(file) ? " is not a " + dialect.name()
								+ " backup written by the backup command." : " does not exist."),
						"Set prism.db.file to a file that prism.db.command=backup wrote for this kind of database. "
								+ "Nothing was dropped.",
						null);
			}
			if (dialect == BackupDialect.POSTGRESQL) {
				this.postgresTools.find("psql");
			}
		}
		catch (IOException | SQLException ex) {
			throw new BackupFailedException("Could not read " + file.toAbsolutePath() + ": " + ex.getMessage(),
					"Check that the file is readable. Nothing was dropped.", ex);
		}
	}

	/**
	 * Load a backup into the connection's emptied database.
	 * @param connection a connection to the database, with no transaction open
	 * @param file the backup file, checked with {@link #checkRestorable}
	 * @throws BackupFailedException when the backup cannot be loaded
	 */
	public void restore(Connection connection, Path file) {
		try {
			BackupDialect.of(connection).restore(connection, file.toAbsolutePath(), this.postgresTools);
		}
		catch (SQLException ex) {
			throw new BackupFailedException(
					"Could not load " + file.toAbsolutePath() + ": " + ex.getMessage()
							+ ". The database was emptied before loading began.",
					"Fix the cause and run the restore command again.", ex);
		}
	}

	/**
	 * Return the file name extension of the connection's database's backups.
	 * @param connection a connection to the database
	 * @return the extension, {@code db} or {@code sql}
	 * @throws SQLException when the database cannot be asked
	 */
	public String extension(Connection connection) throws SQLException {
		return BackupDialect.of(connection).extension();
	}

}
