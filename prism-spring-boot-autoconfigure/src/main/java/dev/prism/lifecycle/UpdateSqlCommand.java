package dev.prism.lifecycle;

import java.io.PrintWriter;

/**
 * {@code update-sql}: prints the SQL that migrating would run, applying nothing.
 */
class UpdateSqlCommand extends LiquibaseCommand {

	UpdateSqlCommand(PrismLiquibase liquibase) {
		super("update-sql", "print the SQL that migrate would run, without applying it", liquibase);
	}

	@Override
	public void run(PrintWriter out) {
		this.liquibase.updateSql(out);
		out.flush();
	}

}
