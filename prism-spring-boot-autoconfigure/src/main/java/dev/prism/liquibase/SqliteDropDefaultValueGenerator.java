package dev.prism.liquibase;

import java.util.function.UnaryOperator;

import liquibase.database.Database;
import liquibase.statement.core.DropDefaultValueStatement;

/**
 * {@code dropDefaultValue} on SQLite.
 */
public class SqliteDropDefaultValueGenerator extends SqliteColumnChangeGenerator<DropDefaultValueStatement> {

	@Override
	String tableName(DropDefaultValueStatement statement) {
		return statement.getTableName();
	}

	@Override
	String columnName(DropDefaultValueStatement statement) {
		return statement.getColumnName();
	}

	@Override
	UnaryOperator<String> rewrite(DropDefaultValueStatement statement, Database database) {
		return (definition) -> SqliteColumnDefinition.withDefault(definition, null);
	}

}
