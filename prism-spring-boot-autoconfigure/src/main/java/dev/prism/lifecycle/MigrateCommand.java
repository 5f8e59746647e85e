package dev.prism.lifecycle;

import java.io.PrintWriter;
import java.util.List;

/**
 * {@code migrate}: applies every pending changeset.
 */
class MigrateCommand extends LiquibaseCommand {

	MigrateCommand(PrismLiquibase liquibase) {
		super("migrate", "apply pending changesets", liquibase);
	}

	@Override
	public void run(PrintWriter out) {
		print(out, this.liquibase.migrate());
	}

	static void print(PrintWriter out, List<String> applied) {
		out.println("Applied " + applied.size() + " changeset(s)" + (applied.isEmpty() ? "; database is up to date." : ":"));
		applied.forEach((changeset) -> out.println("  " + changeset));
	}

}
