package dev.prism.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * Explains a SQLite failure that lies in the database file or its surroundings rather than
 * in the application: a file or directory that cannot be opened or written, a full disk, a
 * database locked by another process, an I/O error. The report names the database file
 * (from {@code spring.datasource.url}) and what to check. Ordered first, so that such a
 * failure during a migration is reported as what it is.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class SqliteFailureAnalyzer extends AbstractFailureAnalyzer<SQLiteException> {

	private final Environment environment;

	SqliteFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SQLiteException cause) {
		Path file = SqliteDatabaseFile.of(this.environment.getProperty("spring.datasource.url"));
		String database = (file != null) ? "SQLite database " + file : "SQLite database";
		Path directory = (file != null) ? file.getParent() : null;
		String where = (directory != null) ? directory.toString() : "the database's directory";
		String action = switch (primary(cause.getResultCode())) {
			case SQLITE_READONLY -> "Make the database writable: check that the user running the application can "
					+ "write both the file and its directory " + where + " (SQLite creates the -wal and -shm files "
					+ "beside the database), and that the file system is not mounted read-only.";
			case SQLITE_CANTOPEN -> cannotOpen(file, directory, where);
			case SQLITE_FULL -> "Free space on the file system that holds " + where + " (df -h " + where
					+ " shows it), then start again. SQLite needs room for the database, its -wal file and "
					+ "temporary files.";
			case SQLITE_BUSY, SQLITE_LOCKED -> "Another process or connection held the database's write lock for "
					+ "longer than the busy timeout (prism.sqlite.busy-timeout, "
					+ this.environment.getProperty("prism.sqlite.busy-timeout", "30s") + "): another instance of "
					+ "this application, a long migration or seeder, or a tool such as sqlite3 or a backup. "
					+ "Let it finish or stop it (fuser " + ((file != null) ? file : where)
					+ " lists the processes that have the file open), or raise prism.sqlite.busy-timeout.";
			case SQLITE_IOERR -> "Check the disk and the file system that hold " + where
					+ ": free space, permissions, and the system log for I/O errors.";
			case SQLITE_CORRUPT, SQLITE_NOTADB -> "The file is not a SQLite database or is damaged. Check that "
					+ "spring.datasource.url names the right file; restore it from a backup, or recover it with "
					+ "sqlite3's .recover command.";
			default -> null;
		};
		if (action == null) {
			return null;
		}
		String description = "The %s could not be used:%n%n    %s".formatted(database, cause.getMessage());
		return new FailureAnalysis(description, action, cause);
	}

	private static String cannotOpen(Path file, Path directory, String where) {
		if (directory != null && !Files.isDirectory(directory)) {
			return "The directory " + where + " does not exist and could not be created. Create it, or check that "
					+ "the user running the application may create it (its parent must exist and be a writable "
					+ "directory).";
		}
		if (file != null && Files.isDirectory(file)) {
			return file + " is a directory. Point spring.datasource.url at a file.";
		}
		return "Check that the user running the application can read, write and enter the directory " + where
				+ " and read and write the file" + ((file != null) ? " " + file : "") + ".";
	}

	private static SQLiteErrorCode primary(SQLiteErrorCode code) {
		SQLiteErrorCode primary = SQLiteErrorCode.getErrorCode(code.code & 0xFF);
		return (primary != null) ? primary : code;
	}

}
