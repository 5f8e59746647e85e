package dev.prism.lifecycle;

import java.io.PrintWriter;
import java.util.List;

/**
 * {@code reset}: drops every object in the database and applies every changeset.
 */
class ResetCommand extends LiquibaseCommand {

	ResetCommand(PrismLiquibase liquibase) {
		super("reset", "drop every object in the database, then apply every changeset", liquibase);
	}

	@Override
	public boolean destructive() {
		return true;
	}

	@Override
	public void run(PrintWriter out) {
		List<String> applied = this.liquibase.reset();
		out.println("Dropped every object in the database.");
		MigrateCommand.print(out, applied);
	}

}
