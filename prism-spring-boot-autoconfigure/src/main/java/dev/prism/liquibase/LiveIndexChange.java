package dev.prism.liquibase;

import java.util.Arrays;
import java.util.stream.Collectors;

import liquibase.change.AbstractChange;
import liquibase.change.Change;
import liquibase.change.DatabaseChangeProperty;
import liquibase.change.core.DropIndexChange;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.RawSqlStatement;
import liquibase.structure.core.Index;

/**
 * Base of Prism's Liquibase changes that index the live rows of a soft-deletable table: an
 * index with {@code WHERE deleted_at IS NULL}, which Liquibase's {@code createIndex} cannot
 * express. The same statement runs on PostgreSQL and SQLite; the rollback drops the index.
 */
public abstract class LiveIndexChange extends AbstractChange {

	private String schemaName;

	private String tableName;

	private String indexName;

	private String columnNames;

	private String deletedAtColumnName = "deleted_at";

	@DatabaseChangeProperty(description = "Name of the database schema")
	public String getSchemaName() {
		return this.schemaName;
	}

	public void setSchemaName(String schemaName) {
		this.schemaName = schemaName;
	}

	@DatabaseChangeProperty(description = "Name of the table to index", requiredForDatabase = "all")
	public String getTableName() {
		return this.tableName;
	}

	public void setTableName(String tableName) {
		this.tableName = tableName;
	}

	@DatabaseChangeProperty(description = "Name of the index to create", requiredForDatabase = "all")
	public String getIndexName() {
		return this.indexName;
	}

	public void setIndexName(String indexName) {
		this.indexName = indexName;
	}

	@DatabaseChangeProperty(description = "Comma-separated names of the indexed columns", requiredForDatabase = "all")
	public String getColumnNames() {
		return this.columnNames;
	}

	public void setColumnNames(String columnNames) {
		this.columnNames = columnNames;
	}

	@DatabaseChangeProperty(description = "Name of the soft-delete column, deleted_at by default")
	public String getDeletedAtColumnName() {
		return this.deletedAtColumnName;
	}

	public void setDeletedAtColumnName(String deletedAtColumnName) {
		this.deletedAtColumnName = deletedAtColumnName;
	}

	/**
	 * Return whether the index is unique.
	 * @return {@code true} for a unique index
	 */
	protected abstract boolean isUnique();

	@Override
	public ValidationErrors validate(Database database) {
		ValidationErrors errors = super.validate(database);
		if (this.columnNames != null && columns().length == 0) {
			errors.addError("columnNames must name at least one column");
		}
		return errors;
	}

	@Override
	public SqlStatement[] generateStatements(Database database) {
		String columns = Arrays.stream(columns())
			.map((column) -> database.escapeColumnName(null, this.schemaName, this.tableName, column))
			.collect(Collectors.joining(", "));
		String sql = "CREATE " + (isUnique() ? "UNIQUE " : "") + "INDEX "
				+ database.escapeObjectName(this.indexName, Index.class) + " ON "
				+ database.escapeTableName(null, this.schemaName, this.tableName) + " (" + columns + ") WHERE "
				+ database.escapeColumnName(null, this.schemaName, this.tableName, this.deletedAtColumnName)
				+ " IS NULL";
		return new SqlStatement[] { new RawSqlStatement(sql) };
	}

	@Override
	protected Change[] createInverses() {
		DropIndexChange drop = new DropIndexChange();
		drop.setSchemaName(this.schemaName);
		drop.setTableName(this.tableName);
		drop.setIndexName(this.indexName);
		return new Change[] { drop };
	}

	@Override
	public String getConfirmationMessage() {
		return "Index " + this.indexName + " on live rows of " + this.tableName + "(" + this.columnNames + ") created";
	}

	private String[] columns() {
		return Arrays.stream(this.columnNames.split(",")).map(String::trim).filter((name) -> !name.isEmpty())
			.toArray(String[]::new);
	}

}
