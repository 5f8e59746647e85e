package dev.prism.liquibase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import liquibase.database.Database;
import liquibase.database.core.SQLiteDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.UnexpectedLiquibaseException;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.sqlgenerator.core.AddColumnGenerator;
import liquibase.statement.ColumnConstraint;
import liquibase.statement.DatabaseFunction;
import liquibase.statement.ForeignKeyConstraint;
import liquibase.statement.core.AddColumnStatement;

/**
 * {@code addColumn} on SQLite through its own {@code ALTER TABLE … ADD COLUMN} instead of
 * Liquibase's emulation, which copies the table: dropping the old copy deletes the rows of
 * every table whose foreign key cascades from it, and loses partial indexes and triggers.
 * A unique column gets a unique index, and a foreign key is declared on the column.
 * <p>
 * A column SQLite cannot add in place (a primary key, an identity, a default computed by
 * a function, {@code NOT NULL} without a default, or a non-null foreign key) takes
 * Liquibase's emulation, which this generator refuses while the copy would delete or
 * change rows of another table through an {@code ON DELETE} action.
 */
public class SqliteAddColumnGenerator extends AddColumnGenerator {

	private static final String CASCADING_CHILDREN = "SELECT DISTINCT m.name FROM sqlite_master m "
			+ "JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND f.\"table\" = ? COLLATE NOCASE "
			+ "AND f.on_delete IN ('CASCADE', 'SET NULL', 'SET DEFAULT')";

	@Override
	public int getPriority() {
		return PRIORITY_DATABASE + 1;
	}

	/**
	 * Whether this generator handles the statement. Liquibase caches the answer per
	 * statement type and database, so it must not depend on the statement: statements
	 * that cannot be added in place are passed on in {@link #generateSql}.
	 */
	@Override
	public boolean supports(AddColumnStatement statement, Database database) {
		return database instanceof SQLiteDatabase;
	}

	@Override
	public boolean generateStatementsIsVolatile(Database database) {
		return true;
	}

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public Sql[] generateSql(AddColumnStatement statement, Database database, SqlGeneratorChain chain) {
		List<AddColumnStatement> columns = statement.isMultiple() ? statement.getColumns() : List.of(statement);
		if (!columns.stream().allMatch(SqliteAddColumnGenerator::addableInPlace)) {
			refuseCascadingCopy(columns.get(0).getTableName(), database);
			return chain.generateSql(statement, database);
		}
		List<Sql> sql = new ArrayList<>();
		for (AddColumnStatement column : columns) {
			sql.add(new UnparsedSql(generateSingleColumBaseSQL(column, database)
					+ generateSingleColumnSQL(column, database) + references(column, database),
					getAffectedColumn(column)));
			if (column.isUnique()) {
				sql.add(new UnparsedSql(uniqueIndex(column, database)));
			}
		}
		return sql.toArray(EMPTY_SQL);
	}

	private static boolean addableInPlace(AddColumnStatement column) {
		boolean foreignKey = foreignKey(column) != null;
		return !column.isPrimaryKey() && !column.isAutoIncrement() && !Boolean.TRUE.equals(column.getComputed())
				&& !(column.getDefaultValue() instanceof DatabaseFunction)
				&& (foreignKey ? column.isNullable() && column.getDefaultValue() == null
						: column.isNullable() || column.getDefaultValue() != null);
	}

	private static ForeignKeyConstraint foreignKey(AddColumnStatement column) {
		for (ColumnConstraint constraint : column.getConstraints()) {
			if (constraint instanceof ForeignKeyConstraint foreignKey) {
				return foreignKey;
			}
		}
		return null;
	}

	private static String references(AddColumnStatement column, Database database) {
		ForeignKeyConstraint foreignKey = foreignKey(column);
		if (foreignKey == null) {
			return "";
		}
		String table = foreignKey.getReferencedTableName();
		String columns = foreignKey.getReferencedColumnNames();
		if (foreignKey.getReferences() != null) {
			Matcher references = REFERENCE_PATTERN.matcher(foreignKey.getReferences());
			if (!references.matches()) {
				throw new UnexpectedLiquibaseException("Cannot read the table and column of " + foreignKey.getReferences());
			}
			table = references.group(1);
			columns = references.group(2);
		}
		StringBuilder clause = new StringBuilder();
		if (foreignKey.getForeignKeyName() != null) {
			clause.append(" CONSTRAINT ").append(database.escapeConstraintName(foreignKey.getForeignKeyName()));
		}
		clause.append(" REFERENCES ")
			.append(database.escapeTableName(null, null, table))
			.append(" (")
			.append(database.escapeColumnNameList(columns))
			.append(")");
		if (foreignKey.isDeleteCascade()) {
			clause.append(" ON DELETE CASCADE");
		}
		return clause.toString();
	}

	private static String uniqueIndex(AddColumnStatement column, Database database) {
		String name = (column.getUniqueStatementName() != null) ? column.getUniqueStatementName()
				: column.getTableName() + "_" + column.getColumnName() + "_key";
		return "CREATE UNIQUE INDEX " + database.escapeIndexName(null, null, name) + " ON "
				+ database.escapeTableName(column.getCatalogName(), column.getSchemaName(), column.getTableName()) + " ("
				+ database.escapeColumnName(column.getCatalogName(), column.getSchemaName(), column.getTableName(),
						column.getColumnName())
				+ ")";
	}

	private static void refuseCascadingCopy(String table, Database database) {
		Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
		try {
			if (!foreignKeysEnforced(connection)) {
				return;
			}
			for (String child : cascadingChildren(connection, table)) {
				if (hasRows(connection, child)) {
					throw new UnexpectedLiquibaseException("Cannot add the column to " + table
							+ ": SQLite cannot add a primary key, identity, function default, NOT NULL column "
							+ "without a default or non-null foreign key in place, and copying the table would "
							+ "delete or change rows of " + child + " through its foreign key's ON DELETE action. "
							+ "Add the column nullable or with a constant default, then fill it in a later change");
				}
			}
		}
		catch (SQLException ex) {
			throw new UnexpectedLiquibaseException("Cannot read the foreign keys on " + table + ": " + ex.getMessage(),
					ex);
		}
	}

	private static boolean foreignKeysEnforced(Connection connection) throws SQLException {
		try (Statement query = connection.createStatement();
				ResultSet rows = query.executeQuery("PRAGMA foreign_keys")) {
			return rows.next() && rows.getBoolean(1);
		}
	}

	private static List<String> cascadingChildren(Connection connection, String table) throws SQLException {
		List<String> children = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(CASCADING_CHILDREN)) {
			query.setString(1, table);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					children.add(rows.getString(1));
				}
			}
		}
		return children;
	}

	private static boolean hasRows(Connection connection, String table) throws SQLException {
		try (Statement query = connection.createStatement();
				ResultSet rows = query
					.executeQuery("SELECT EXISTS (SELECT 1 FROM \"" + table.replace("\"", "\"\"") + "\")")) {
			return rows.next() && rows.getBoolean(1);
		}
	}

}
