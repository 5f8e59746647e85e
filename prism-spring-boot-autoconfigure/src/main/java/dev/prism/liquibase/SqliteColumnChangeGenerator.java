package dev.prism.liquibase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.UnaryOperator;

import liquibase.database.Database;
import liquibase.database.core.SQLiteDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.UnexpectedLiquibaseException;
import liquibase.exception.ValidationErrors;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.sqlgenerator.core.AbstractSqlGenerator;
import liquibase.statement.SqlStatement;

/**
 * Changes one column's type, {@code NOT NULL} or default on SQLite, which has no
 * {@code ALTER COLUMN}, by rewriting the table's definition in the schema, as SQLite's
 * documentation describes for changes that leave the stored values alone. Unlike
 * Liquibase's own emulation, which copies the table, it keeps partial indexes, triggers
 * and the foreign keys of other tables, and deletes nothing through
 * {@code ON DELETE CASCADE}. Making a column {@code NOT NULL} fails while a row holds
 * {@code NULL} in it.
 *
 * @param <T> the statement
 */
abstract class SqliteColumnChangeGenerator<T extends SqlStatement> extends AbstractSqlGenerator<T> {

	@Override
	public int getPriority() {
		return PRIORITY_DATABASE + 1;
	}

	@Override
	public boolean supports(T statement, Database database) {
		return database instanceof SQLiteDatabase;
	}

	@Override
	public boolean generateStatementsIsVolatile(Database database) {
		return true;
	}

	@Override
	public ValidationErrors validate(T statement, Database database, SqlGeneratorChain<T> chain) {
		ValidationErrors errors = new ValidationErrors();
		errors.checkRequiredField("tableName", tableName(statement));
		errors.checkRequiredField("columnName", columnName(statement));
		return errors;
	}

	@Override
	public Sql[] generateSql(T statement, Database database, SqlGeneratorChain<T> chain) {
		String table = tableName(statement);
		String column = columnName(statement);
		Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
		try {
			check(connection, statement, table, column);
			String createTable = createTable(connection, table);
			String rewritten = SqliteColumnDefinition.rewrite(createTable, column, rewrite(statement, database));
			int schemaVersion = schemaVersion(connection);
			return new Sql[] { new UnparsedSql("PRAGMA writable_schema = ON"),
					new UnparsedSql("UPDATE sqlite_master SET sql = '" + rewritten.replace("'", "''")
							+ "' WHERE type = 'table' AND name = '" + table.replace("'", "''") + "'"),
					new UnparsedSql("PRAGMA schema_version = " + (schemaVersion + 1)),
					new UnparsedSql("PRAGMA writable_schema = OFF") };
		}
		catch (SQLException ex) {
			throw new UnexpectedLiquibaseException("Cannot change column " + table + "." + column + ": "
					+ ex.getMessage(), ex);
		}
	}

	/**
	 * Check that the change can be made to the rows the table holds.
	 * @param connection the connection
	 * @param statement the statement
	 * @param table the table
	 * @param column the column
	 * @throws SQLException when the rows cannot be read
	 */
	void check(Connection connection, T statement, String table, String column) throws SQLException {
	}

	abstract String tableName(T statement);

	abstract String columnName(T statement);

	abstract UnaryOperator<String> rewrite(T statement, Database database);

	static long nullCount(Connection connection, String table, String column) throws SQLException {
		try (Statement query = connection.createStatement();
				ResultSet rows = query.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"")
						+ "\" WHERE \"" + column.replace("\"", "\"\"") + "\" IS NULL")) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static String createTable(Connection connection, String table) throws SQLException {
		try (PreparedStatement query = connection
			.prepareStatement("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE")) {
			query.setString(1, table);
			try (ResultSet rows = query.executeQuery()) {
				if (!rows.next()) {
					throw new SQLException("no table " + table);
				}
				return rows.getString(1);
			}
		}
	}

	private static int schemaVersion(Connection connection) throws SQLException {
		try (Statement query = connection.createStatement();
				ResultSet rows = query.executeQuery("PRAGMA schema_version")) {
			rows.next();
			return rows.getInt(1);
		}
	}

}
