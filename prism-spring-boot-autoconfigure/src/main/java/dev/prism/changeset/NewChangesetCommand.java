package dev.prism.changeset;

import java.io.PrintWriter;
import java.nio.file.Path;

import dev.prism.lifecycle.DatabaseCommand;
import dev.prism.lifecycle.PrismDatabaseProperties;

/**
 * The {@code new-changeset} database command (Alembic's {@code revision -m}): writes an
 * empty formatted-SQL changeset named from {@code prism.db.message} next to the master
 * changelog and includes it there, for custom SQL.
 */
public class NewChangesetCommand implements DatabaseCommand {

	private static final String HEADER = """
			-- Write the SQL of this change below the --changeset line, ending each statement with ';',
			-- and how to undo it in lines starting with --rollback, for example:
			--   ALTER TABLE customers ADD COLUMN status VARCHAR(50);
			--   --rollback ALTER TABLE customers DROP COLUMN status;
			-- Liquibase refuses to apply the changeset while it has no SQL.
			""";

	private final ChangesetFiles files;

	private final PrismDatabaseProperties properties;

	NewChangesetCommand(ChangesetFiles files, PrismDatabaseProperties properties) {
		this.files = files;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "new-changeset";
	}

	@Override
	public String description() {
		return "write an empty SQL changeset named from prism.db.message and include it in the master changelog";
	}

	@Override
	public void run(PrintWriter out) throws Exception {
		Path file = this.files.write(this.properties.getMessage(), HEADER, "");
		out.println("Created " + file);
		out.println("Included it in " + this.files.masterChangelog());
	}

}
