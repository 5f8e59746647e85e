package dev.prism.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Drops every table, view and trigger of a SQLite database. Liquibase's {@code dropAll}
 * cannot do it once a foreign key exists, since SQLite cannot drop a foreign key on its own;
 * dropping whole tables with foreign key enforcement briefly off can.
 */
public final class SqliteSchemaDropper {

	private SqliteSchemaDropper() {
	}

	/**
	 * Drop every table, view and trigger, committing first if a transaction is open.
	 * @param connection a connection to the database
	 * @throws SQLException when dropping fails
	 */
	public static void dropAll(Connection connection) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		if (!autoCommit) {
			connection.commit();
			// PRAGMA foreign_keys is ignored inside a transaction.
			connection.setAutoCommit(true);
		}
		try (Statement statement = connection.createStatement()) {
			boolean foreignKeys = foreignKeysEnabled(statement);
			statement.execute("PRAGMA foreign_keys = OFF");
			try {
				for (String drop : dropStatements(statement)) {
					statement.execute(drop);
				}
			}
			finally {
				statement.execute("PRAGMA foreign_keys = " + (foreignKeys ? "ON" : "OFF"));
			}
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	private static boolean foreignKeysEnabled(Statement statement) throws SQLException {
		try (ResultSet result = statement.executeQuery("PRAGMA foreign_keys")) {
			return result.next() && result.getInt(1) == 1;
		}
	}

	private static List<String> dropStatements(Statement statement) throws SQLException {
		List<String> drops = new ArrayList<>();
		try (ResultSet result = statement.executeQuery("SELECT type, name FROM sqlite_master "
				+ "WHERE type IN ('trigger', 'view', 'table') AND name NOT LIKE 'sqlite_%' "
				+ "ORDER BY CASE type WHEN 'trigger' THEN 0 WHEN 'view' THEN 1 ELSE 2 END")) {
			while (result.next()) {
				String identifier = '"' + result.getString(2).replace("\"", "\"\"") + '"';
				drops.add("DROP " + result.getString(1).toUpperCase(Locale.ROOT) + " IF EXISTS " + identifier);
			}
		}
		return drops;
	}

}
