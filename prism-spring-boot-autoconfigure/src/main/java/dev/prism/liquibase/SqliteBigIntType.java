package dev.prism.liquibase;

import liquibase.database.Database;
import liquibase.database.core.SQLiteDatabase;
import liquibase.datatype.DataTypeInfo;
import liquibase.datatype.DatabaseDataType;
import liquibase.datatype.LiquibaseDataType;
import liquibase.datatype.core.BigIntType;

/**
 * Renders an auto-increment {@code BIGINT} column as {@code INTEGER} on SQLite, the only type
 * SQLite accepts for {@code AUTOINCREMENT}, so that one changelog with
 * {@code type: BIGINT, autoIncrement: true} ids works on PostgreSQL and SQLite alike. SQLite
 * integers are 64-bit, so nothing is lost.
 */
@DataTypeInfo(name = "bigint", aliases = { "java.sql.Types.BIGINT", "java.math.BigInteger", "java.lang.Long",
		"integer8", "bigserial", "serial8", "int8" }, minParameters = 0, maxParameters = 1,
		priority = LiquibaseDataType.PRIORITY_DATABASE)
public class SqliteBigIntType extends BigIntType {

	@Override
	public boolean supports(Database database) {
		return database instanceof SQLiteDatabase;
	}

	@Override
	public DatabaseDataType toDatabaseDataType(Database database) {
		if (isAutoIncrement()) {
			return new DatabaseDataType("INTEGER");
		}
		return super.toDatabaseDataType(database);
	}

}
