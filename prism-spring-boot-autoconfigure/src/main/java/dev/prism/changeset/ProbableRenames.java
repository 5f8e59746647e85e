package dev.prism.changeset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.prism.changeset.SchemaDiff.DifferenceKind;
import liquibase.structure.core.Column;
import liquibase.structure.core.Table;

/**
 * Flags what a comparison of schemas cannot tell from a rename, the blind spot of every
 * autogenerate: a column dropped and another of the same type added to the same table, or
 * a table dropped and another with the same columns created. Both differences get a note
 * asking the reviewer to replace them with a rename, which keeps the data.
 */
final class ProbableRenames {

	private ProbableRenames() {
	}

	static List<SchemaDifference> mark(List<SchemaDifference> differences) {
		List<SchemaDifference> marked = new ArrayList<>(differences);
		for (int created = 0; created < marked.size(); created++) {
			for (int dropped = 0; dropped < marked.size(); dropped++) {
				SchemaDifference from = marked.get(dropped);
				SchemaDifference to = marked.get(created);
				if (from.kind() == DifferenceKind.DROPPED && to.kind() == DifferenceKind.CREATED
						&& isProbableRename(from, to)) {
					String rename = (to.object() instanceof Table) ? "renameTable" : "renameColumn";
					String note = "probable rename of " + SchemaDiff.describe(from.object()) + " to "
							+ SchemaDiff.describe(to.object()) + ": a comparison sees a drop and an add, which loses "
							+ "the data; if it is a rename, replace both changesets with one " + rename;
					marked.set(dropped, from.withNote(note));
					marked.set(created, to.withNote(note));
				}
			}
		}
		return marked;
	}

	private static boolean isProbableRename(SchemaDifference dropped, SchemaDifference created) {
		if (dropped.object() instanceof Column from && created.object() instanceof Column to) {
			return from.getRelation().getName().equalsIgnoreCase(to.getRelation().getName())
					&& from.getType() != null && to.getType() != null
					&& from.getType().getTypeName().equalsIgnoreCase(to.getType().getTypeName());
		}
		if (dropped.object() instanceof Table from && created.object() instanceof Table to) {
			Set<String> before = columnNames(from);
			return !before.isEmpty() && before.equals(columnNames(to));
		}
		return false;
	}

	private static Set<String> columnNames(Table table) {
		return table.getColumns()
			.stream()
			.map((column) -> column.getName().toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
	}

}
