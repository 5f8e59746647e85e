package dev.prism.changeset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.prism.changeset.SchemaDiff.DifferenceKind;
import liquibase.change.Change;
import liquibase.structure.DatabaseObject;

/**
 * One difference between the JPA entities' schema and the changelog's: the changes that
 * bring the changelog's schema in line, their rollback, and notes for the reviewer.
 *
 * @param description a one-line description, such as
 * {@code created column customers.status}
 * @param object the object that differs, as the entities have it (or as the changelog has
 * it, for one the entities do not have)
 * @param kind how it differs
 * @param changes the changes that resolve the difference
 * @param rollback the changes that undo them
 * @param reviewNotes why the changes need a careful review, empty when they need none
 */
record SchemaDifference(String description, DatabaseObject object, DifferenceKind kind, List<Change> changes,
		List<Change> rollback, List<String> reviewNotes) {

	SchemaDifference(DatabaseObject object, DifferenceKind kind, List<Change> changes, List<Change> rollback,
			List<String> reviewNotes) {
		this(kind.name().toLowerCase(Locale.ROOT) + " " + SchemaDiff.describe(object), object, kind, changes,
				rollback, reviewNotes);
	}

	/**
	 * Return this difference with one more review note.
	 * @param note the note
	 * @return the difference with the note
	 */
	SchemaDifference withNote(String note) {
		List<String> notes = new ArrayList<>(this.reviewNotes);
		notes.add(note);
		return new SchemaDifference(this.description, this.object, this.kind, this.changes, this.rollback,
				List.copyOf(notes));
	}

}
