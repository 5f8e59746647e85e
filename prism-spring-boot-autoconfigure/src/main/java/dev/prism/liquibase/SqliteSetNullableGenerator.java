package dev.prism.liquibase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.UnaryOperator;

import liquibase.database.Database;
import liquibase.statement.core.SetNullableStatement;

/**
 * {@code addNotNullConstraint} and {@code dropNotNullConstraint} on SQLite.
 */
public class SqliteSetNullableGenerator extends SqliteColumnChangeGenerator<SetNullableStatement> {

	@Override
	void check(Connection connection, SetNullableStatement statement, String table, String column)
			throws SQLException {
		if (!statement.isNullable()) {
			long nulls = nullCount(connection, table, column);
			if (nulls > 0) {
				throw new SQLException(nulls + " row(s) hold NULL in " + table + "." + column
						+ ", which cannot become NOT NULL: fill them first");
			}
		}
	}

	@Override
	String tableName(SetNullableStatement statement) {
		return statement.getTableName();
	}

	@Override
	String columnName(SetNullableStatement statement) {
		return statement.getColumnName();
	}

	@Override
	UnaryOperator<String> rewrite(SetNullableStatement statement, Database database) {
		return (definition) -> SqliteColumnDefinition.withNullable(definition, statement.isNullable());
	}

}
