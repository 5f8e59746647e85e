package dev.prism.liquibase;

import java.util.function.UnaryOperator;

import liquibase.database.Database;
import liquibase.datatype.DataTypeFactory;
import liquibase.statement.core.ModifyDataTypeStatement;

/**
 * {@code modifyDataType} on SQLite.
 */
public class SqliteModifyDataTypeGenerator extends SqliteColumnChangeGenerator<ModifyDataTypeStatement> {

	@Override
	String tableName(ModifyDataTypeStatement statement) {
		return statement.getTableName();
	}

	@Override
	String columnName(ModifyDataTypeStatement statement) {
		return statement.getColumnName();
	}

	@Override
	UnaryOperator<String> rewrite(ModifyDataTypeStatement statement, Database database) {
		String type = DataTypeFactory.getInstance()
			.fromDescription(statement.getNewDataType(), database)
			.toDatabaseDataType(database)
			.toString();
		return (definition) -> SqliteColumnDefinition.withType(definition, type);
	}

}
