package dev.prism.liquibase;

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

	@Override
	public boolean supports(DropColumnStatement statement, Database database) {
		return database instanceof SQLiteDatabase && !statement.isMultiple();
	}

	@Override
	public ValidationErrors validate(DropColumnStatement statement, Database database,
			SqlGeneratorChain<DropColumnStatement> chain) {
		ValidationErrors errors = new ValidationErrors();
		errors.checkRequiredField("tableName", statement.getTableName());
		errors.checkRequiredField("columnName", statement.getColumnName());
		return errors;
	}

	@Override
	public Sql[] generateSql(DropColumnStatement statement, Database database,
			SqlGeneratorChain<DropColumnStatement> chain) {
		return new Sql[] { new UnparsedSql("ALTER TABLE "
				+ database.escapeTableName(statement.getCatalogName(), statement.getSchemaName(),
						statement.getTableName())
				+ " DROP COLUMN " + database.escapeColumnName(statement.getCatalogName(), statement.getSchemaName(),
						statement.getTableName(), statement.getColumnName())) };
	}

}
