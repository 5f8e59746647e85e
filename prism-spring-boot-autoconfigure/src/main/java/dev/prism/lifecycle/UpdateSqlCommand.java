package dev.prism.lifecycle;

import java.io.IOException;
import java.io.PrintWriter;

import liquibase.changelog.ChangeSetStatus;

/**
 * {@code update-sql}: prints the SQL that migrating would run, applying nothing.
 */
class UpdateSqlCommand extends LiquibaseCommand {

	UpdateSqlCommand(PrismLiquibase liquibase) {
		super("update-sql", "print the SQL that migrate would run, without applying it", liquibase);
	}

	@Override
	public void run(PrintWriter out) throws IOException {
		if (this.liquibase.status().stream().noneMatch(ChangeSetStatus::getWillRun)) {
			out.println("-- Nothing to migrate: every changeset has been applied.");
			return;
		}
		this.liquibase.updateSql(out);
		out.flush();
	}

}
