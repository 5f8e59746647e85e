package dev.prism.schema;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown at startup when the table of a soft-deletable or timestamped entity lacks a column
 * that Prism writes.
 */
public class MissingPrismColumnsException extends RuntimeException {

	private final List<MissingColumns> missing;

	/**
	 * Create a new exception.
	 * @param missing the entities whose tables lack columns
	 */
	public MissingPrismColumnsException(List<MissingColumns> missing) {
		super(missing.stream().map(MissingColumns::toString).collect(Collectors.joining("; ")));
		this.missing = List.copyOf(missing);
	}

	/**
	 * Return the entities whose tables lack columns.
	 * @return one entry per entity
	 */
	public List<MissingColumns> getMissing() {
		return this.missing;
	}

	/**
	 * Columns that an entity's table lacks.
	 *
	 * @param entity the entity's class name
	 * @param table the table name
	 * @param columns the missing column names
	 */
	public record MissingColumns(String entity, String table, List<String> columns) {

		@Override
		public String toString() {
			return "Entity " + this.entity + " is mapped to table '" + this.table + "', which has no "
					+ String.join(", ", this.columns) + " column" + ((this.columns.size() > 1) ? "s" : "");
		}

	}

}
