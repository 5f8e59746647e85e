package dev.prism.liquibase;

import java.util.function.UnaryOperator;

import liquibase.database.Database;
import liquibase.datatype.DataTypeFactory;
import liquibase.statement.core.AddDefaultValueStatement;

/**
 * {@code addDefaultValue} on SQLite.
 */
public class SqliteAddDefaultValueGenerator extends SqliteColumnChangeGenerator<AddDefaultValueStatement> {

	@Override
	String tableName(AddDefaultValueStatement statement) {
		return statement.getTableName();
	}

	@Override
	String columnName(AddDefaultValueStatement statement) {
		return statement.getColumnName();
	}

	@Override
	UnaryOperator<String> rewrite(AddDefaultValueStatement statement, Database database) {
		String sql = DataTypeFactory.getInstance()
			.fromObject(statement.getDefaultValue(), database)
			.objectToSql(statement.getDefaultValue(), database);
		return (definition) -> SqliteColumnDefinition.withDefault(definition, sql);
	}

}
