package dev.prism.liquibase;

import java.util.Arrays;

import liquibase.change.Change;
import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChange;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.DropColumnChange;

/**
 * {@code addColumn} whose automatic rollback drops the columns with
 * {@link SqliteDropColumnChange}, so that rolling it back on SQLite runs SQLite's own
 * {@code ALTER TABLE … DROP COLUMN} instead of Liquibase's emulation, which copies the table
 * and deletes the rows of every table whose foreign key cascades from it. Adding the column
 * is left to the {@code addColumn} statement's generators, {@link SqliteAddColumnGenerator}
 * on SQLite.
 */
@DatabaseChange(name = "addColumn", description = "Adds a new column to an existing table",
		priority = ChangeMetaData.PRIORITY_DEFAULT + 1, appliesTo = "table")
public class SqliteAddColumnChange extends AddColumnChange {

	@Override
	protected Change[] createInverses() {
		return Arrays.stream(super.createInverses())
			.map((inverse) -> (inverse instanceof DropColumnChange drop) ? SqliteDropColumnChange.of(drop) : inverse)
			.toArray(Change[]::new);
	}

}
