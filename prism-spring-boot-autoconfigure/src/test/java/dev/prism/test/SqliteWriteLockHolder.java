package dev.prism.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Another process writing to a SQLite database: it takes the write lock
 * ({@code BEGIN IMMEDIATE}), holds it, commits, pauses, and again, until it is killed.
 * Arguments: the JDBC URL, how long to hold the lock and how long to pause, in
 * milliseconds. Prints {@link #MARKER} once it first holds the lock.
 */
public final class SqliteWriteLockHolder {

	/**
	 * Printed once the process first holds the write lock.
	 */
	public static final String MARKER = "Holding the SQLite write lock";

	private SqliteWriteLockHolder() {
	}

	public static void main(String[] args) throws Exception {
		long hold = Long.parseLong(args[1]);
		long pause = Long.parseLong(args[2]);
		try (Connection connection = DriverManager.getConnection(args[0]);
				Statement statement = connection.createStatement()) {
			statement.execute("PRAGMA busy_timeout = 60000");
			boolean first = true;
			while (true) {
				statement.execute("BEGIN IMMEDIATE");
				if (first) {
					System.out.println(MARKER);
					first = false;
				}
				Thread.sleep(hold);
				statement.execute("COMMIT");
				Thread.sleep(pause);
			}
		}
	}

}
