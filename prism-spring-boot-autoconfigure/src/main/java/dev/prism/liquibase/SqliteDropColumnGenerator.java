package dev.prism.liquibase;

import java.util.List;

import liquibase.database.Database;
import liquibase.database.core.SQLiteDatabase;
import liquibase.exception.ValidationErrors;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.sqlgenerator.core.AbstractSqlGenerator;
import liquibase.statement.core.DropColumnStatement;

/**
 * SQLite's {@code ALTER TABLE … DROP COLUMN}, for {@link SqliteDropColumnChange}.
 */
public class SqliteDropColumnGenerator extends AbstractSqlGenerator<DropColumnStatement> {

	@Override
	public int getPriority() {
		return PRIORITY_DATABASE + 1;
	}

	/**
	 * Whether this generator handles the statement. Liquibase caches the answer per
	 * statement type and database, so it must not depend on the statement.
	 */
	@Override
	public boolean supports(DropColumnStatement statement, Database database) {
		return database instanceof SQLiteDatabase;
	}

	@Override
	public ValidationErrors validate(DropColumnStatement statement, Database database,
			SqlGeneratorChain<DropColumnStatement> chain) {
		ValidationErrors errors = new ValidationErrors();
		for (DropColumnStatement column : columns(statement)) {
			errors.checkRequiredField("tableName", column.getTableName());
			errors.checkRequiredField("columnName", column.getColumnName());
		}
		return errors;
	}

	@Override
	public Sql[] generateSql(DropColumnStatement statement, Database database,
			SqlGeneratorChain<DropColumnStatement> chain) {
		return columns(statement).stream()
			.map((column) -> new UnparsedSql("ALTER TABLE "
					+ database.escapeTableName(column.getCatalogName(), column.getSchemaName(), column.getTableName())
					+ " DROP COLUMN " + database.escapeColumnName(column.getCatalogName(), column.getSchemaName(),
							column.getTableName(), column.getColumnName())))
			.toArray(Sql[]::new);
	}

	private static List<DropColumnStatement> columns(DropColumnStatement statement) {
		return statement.isMultiple() ? statement.getColumns() : List.of(statement);
	}

}
