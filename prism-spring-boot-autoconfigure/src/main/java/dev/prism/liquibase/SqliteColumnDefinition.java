package dev.prism.liquibase;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code CREATE TABLE} statement that SQLite keeps for a table, with one column's
 * definition rewritten: its type, {@code NOT NULL} or {@code DEFAULT}. SQLite stores values
 * the same whatever a column declares, so such a change needs no copy of the table.
 */
final class SqliteColumnDefinition {

	private static final Pattern NOT_NULL = Pattern.compile("(?i)\\s+NOT\\s+NULL\\b");

	private static final Pattern DEFAULT = Pattern
		.compile("(?i)\\s+DEFAULT\\s+('(?:[^']|'')*'|\\((?:[^()]|\\([^()]*\\))*\\)|[^\\s,]+)");

	private static final Pattern CONSTRAINT_START = Pattern.compile(
			"(?i)\\s+(CONSTRAINT|PRIMARY|NOT|NULL|UNIQUE|CHECK|DEFAULT|COLLATE|REFERENCES|GENERATED|AS)\\b");

	private SqliteColumnDefinition() {
	}

	/**
	 * Rewrite a column's definition in a {@code CREATE TABLE} statement.
	 * @param createTable the statement
	 * @param column the column's name
	 * @param rewrite how to rewrite the column's definition, from its name on
	 * @return the statement with the definition rewritten
	 * @throws IllegalArgumentException when the statement has no such column
	 */
	static String rewrite(String createTable, String column, UnaryOperator<String> rewrite) {
		int open = createTable.indexOf('(');
		int close = createTable.lastIndexOf(')');
		List<String> items = topLevelItems(createTable.substring(open + 1, close));
		for (int i = 0; i < items.size(); i++) {
			String item = items.get(i);
			String stripped = item.strip();
			String name = stripped.split("\\s+", 2)[0].replaceAll("^[\"`\\[]|[\"`\\]]$", "");
			if (name.equalsIgnoreCase(column)) {
				String leading = item.substring(0, item.indexOf(stripped));
				items.set(i, leading + rewrite.apply(stripped));
				return createTable.substring(0, open + 1) + String.join(",", items) + createTable.substring(close);
			}
		}
		throw new IllegalArgumentException("No column " + column + " in " + createTable);
	}

	/**
	 * Replace the type of a column definition.
	 * @param definition the definition, from the column's name on
	 * @param type the new type
	 * @return the definition with the new type
	 */
	static String withType(String definition, String type) {
		String[] nameAndRest = definition.split("\\s+", 2);
		String rest = (nameAndRest.length > 1) ? " " + nameAndRest[1] : "";
		Matcher constraint = CONSTRAINT_START.matcher(rest);
		String constraints = constraint.find() ? rest.substring(constraint.start()) : "";
		return nameAndRest[0] + " " + type + constraints;
	}

	/**
	 * Make a column definition {@code NOT NULL} or nullable.
	 * @param definition the definition, from the column's name on
	 * @param nullable whether the column is to allow {@code NULL}
	 * @return the changed definition
	 */
	static String withNullable(String definition, boolean nullable) {
		String without = NOT_NULL.matcher(definition).replaceAll("");
		return nullable ? without : without + " NOT NULL";
	}

	/**
	 * Set or remove the default of a column definition.
	 * @param definition the definition, from the column's name on
	 * @param defaultSql the default as SQL, or {@code null} to remove it
	 * @return the changed definition
	 */
	static String withDefault(String definition, String defaultSql) {
		String without = DEFAULT.matcher(definition).replaceAll("");
		return (defaultSql != null) ? without + " DEFAULT " + defaultSql : without;
	}

	private static List<String> topLevelItems(String body) {
		List<String> items = new ArrayList<>();
		int depth = 0;
		boolean quoted = false;
		int start = 0;
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			if (c == '\'') {
				quoted = !quoted;
			}
			else if (!quoted && c == '(') {
				depth++;
			}
			else if (!quoted && c == ')') {
				depth--;
			}
			else if (!quoted && depth == 0 && c == ',') {
				items.add(body.substring(start, i));
				start = i + 1;
			}
		}
		items.add(body.substring(start));
		return items;
	}


}
