package dev.prism.lifecycle;

import java.io.PrintWriter;

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
		out.println("Dropped every object in the database.");
		MigrateCommand.print(out, this.liquibase.reset());
	}

}
