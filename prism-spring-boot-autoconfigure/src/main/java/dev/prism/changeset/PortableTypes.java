package dev.prism.changeset;

import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import liquibase.change.Change;
import liquibase.change.ColumnConfig;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.AddNotNullConstraintChange;
import liquibase.change.core.CreateIndexChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.DropNotNullConstraintChange;
import liquibase.change.core.ModifyDataTypeChange;
import org.hibernate.boot.Metadata;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;
import org.hibernate.type.SqlTypes;

/**
 * The column types of the JPA entities in Liquibase's portable type names, such as
 * {@code BIGINT}, {@code VARCHAR(200)} or {@code TIMESTAMP WITH TIME ZONE}, which Liquibase
 * translates for every database. Liquibase's diff names types as the compared database
 * does ({@code INTEGER} for a SQLite {@code Long}, {@code int8} on PostgreSQL); the
 * generated changes get these instead, so that a changeset generated against SQLite runs
 * on PostgreSQL and the other way round. Identity columns become {@code autoIncrement},
 * and indexes lose PostgreSQL's access method.
 */
final class PortableTypes {

	private final Map<String, Map<String, PortableColumn>> tables;

	private PortableTypes(Map<String, Map<String, PortableColumn>> tables) {
		this.tables = tables;
	}

	/**
	 * Read the column types of every table of the entities.
	 * @param metadata the entities' mapping metadata
	 * @param dialect the dialect, for default column sizes
	 * @return the types
	 */
	static PortableTypes of(Metadata metadata, Dialect dialect) {
		Map<String, Map<String, PortableColumn>> tables = new HashMap<>();
		for (Table table : metadata.collectTableMappings()) {
			Map<String, PortableColumn> columns = new HashMap<>();
			for (Column column : table.getColumns()) {
				String type = typeName(column.getSqlTypeCode(metadata), column.getColumnSize(dialect, metadata));
				columns.put(column.getName().toLowerCase(Locale.ROOT), new PortableColumn(type, column.isIdentity()));
			}
			tables.put(table.getName().toLowerCase(Locale.ROOT), columns);
		}
		return new PortableTypes(tables);
	}

	/**
	 * Give the columns of the changes that belong to the entities their portable types.
	 * @param changes the changes, changed in place
	 * @param toEntities whether the changes bring a column to the entities' type, rather
	 * than back from it, as a rollback does
	 */
	void apply(List<Change> changes, boolean toEntities) {
		for (Change change : changes) {
			if (change instanceof CreateTableChange create) {
				create.getColumns().forEach((column) -> apply(create.getTableName(), column));
			}
			else if (change instanceof AddColumnChange add) {
				add.getColumns().forEach((column) -> apply(add.getTableName(), column));
			}
			else if (change instanceof ModifyDataTypeChange modify && toEntities) {
				String type = type(modify.getTableName(), modify.getColumnName());
				if (type != null) {
					modify.setNewDataType(type);
				}
			}
			else if (change instanceof CreateIndexChange index) {
				index.setUsing(null);
			}
			else if (change instanceof AddNotNullConstraintChange notNull) {
				notNull.setColumnDataType(typeOr(notNull.getTableName(), notNull.getColumnName(),
						notNull.getColumnDataType()));
			}
			else if (change instanceof DropNotNullConstraintChange nullable) {
				nullable.setColumnDataType(typeOr(nullable.getTableName(), nullable.getColumnName(),
						nullable.getColumnDataType()));
			}
		}
	}

	private void apply(String table, ColumnConfig column) {
		PortableColumn portable = column(table, column.getName());
		if (portable == null) {
			return;
		}
		if (portable.type() != null) {
			column.setType(portable.type());
		}
		if (portable.identity()) {
			column.setAutoIncrement(true);
			if (column.getConstraints() != null) {
				column.getConstraints().setNullable(false);
			}
		}
	}

	private String typeOr(String table, String column, String otherwise) {
		String type = type(table, column);
		return (type != null) ? type : otherwise;
	}

	/**
	 * Return the portable type of a column of the entities.
	 * @param table the table
	 * @param column the column
	 * @return the type, or {@code null} for a column that is not the entities' or has no
	 * portable type
	 */
	String type(String table, String column) {
		PortableColumn portable = column(table, column);
		return (portable != null) ? portable.type() : null;
	}

	private PortableColumn column(String table, String column) {
		Map<String, PortableColumn> columns = (table != null) ? this.tables.get(table.toLowerCase(Locale.ROOT)) : null;
		return (columns != null && column != null) ? columns.get(column.toLowerCase(Locale.ROOT)) : null;
	}

	private static String typeName(int code, Size size) {
		return switch (code) {
			case Types.BIGINT -> "BIGINT";
			case Types.INTEGER -> "INT";
			case Types.SMALLINT, Types.TINYINT -> "SMALLINT";
			case Types.BOOLEAN, Types.BIT -> "BOOLEAN";
			case Types.VARCHAR, Types.NVARCHAR -> "VARCHAR(" + size.getLength() + ")";
			case Types.CHAR, Types.NCHAR -> "CHAR(" + size.getLength() + ")";
			case Types.NUMERIC, Types.DECIMAL -> "DECIMAL(" + size.getPrecision() + ","
					+ ((size.getScale() != null) ? size.getScale() : 0) + ")";
			case Types.DOUBLE, Types.FLOAT -> "DOUBLE";
			case Types.REAL -> "FLOAT";
			case Types.DATE -> "DATE";
			case Types.TIME -> "TIME";
			case Types.TIMESTAMP -> "TIMESTAMP";
			case Types.TIMESTAMP_WITH_TIMEZONE, SqlTypes.TIMESTAMP_UTC -> "TIMESTAMP WITH TIME ZONE";
			case SqlTypes.UUID -> "UUID";
			case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR, Types.LONGNVARCHAR -> "CLOB";
			case Types.BLOB, Types.VARBINARY, Types.LONGVARBINARY, Types.BINARY -> "BLOB";
			default -> null;
		};
	}

	/**
	 * A column of the entities.
	 *
	 * @param type its portable type, {@code null} for one that has none
	 * @param identity whether the database generates its values
	 */
	private record PortableColumn(String type, boolean identity) {
	}

}
