package dev.prism.liquibase;

import java.util.ArrayList;
import java.util.List;

import liquibase.change.ChangeMetaData;
import liquibase.change.ColumnConfig;
import liquibase.change.DatabaseChange;
import liquibase.change.core.DropColumnChange;
import liquibase.database.Database;
import liquibase.database.core.SQLiteDatabase;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.DropColumnStatement;

/**
 * {@code dropColumn} that runs SQLite's own {@code ALTER TABLE … DROP COLUMN} (SQLite 3.35
 * and later) instead of Liquibase's emulation, which copies the table and so loses partial
 * indexes and the foreign keys that other tables hold on it. Other databases run
 * Liquibase's {@code dropColumn} unchanged.
 */
@DatabaseChange(name = "dropColumn", description = "Drop existing column(s)", priority = ChangeMetaData.PRIORITY_DEFAULT + 1,
		appliesTo = "column")
public class SqliteDropColumnChange extends DropColumnChange {

	/**
	 * Return this change for the same columns as Liquibase's own {@code dropColumn}.
	 * @param drop Liquibase's change
	 * @return the change
	 */
	static SqliteDropColumnChange of(DropColumnChange drop) {
		if (drop instanceof SqliteDropColumnChange sqlite) {
			return sqlite;
		}
		SqliteDropColumnChange change = new SqliteDropColumnChange();
		change.setCatalogName(drop.getCatalogName());
		change.setSchemaName(drop.getSchemaName());
		change.setTableName(drop.getTableName());
		change.setColumnName(drop.getColumnName());
		drop.getColumns().forEach(change::addColumn);
		return change;
	}

	@Override
	public boolean generateStatementsVolatile(Database database) {
		return !(database instanceof SQLiteDatabase) && super.generateStatementsVolatile(database);
	}

	@Override
	public SqlStatement[] generateStatements(Database database) {
		if (!(database instanceof SQLiteDatabase)) {
			return super.generateStatements(database);
		}
		List<SqlStatement> statements = new ArrayList<>();
		if (getColumnName() != null) {
			statements.add(new DropColumnStatement(getCatalogName(), getSchemaName(), getTableName(), getColumnName()));
		}
		for (ColumnConfig column : getColumns()) {
			statements.add(new DropColumnStatement(getCatalogName(), getSchemaName(), getTableName(), column.getName()));
		}
		return statements.toArray(SqlStatement[]::new);
	}

}
