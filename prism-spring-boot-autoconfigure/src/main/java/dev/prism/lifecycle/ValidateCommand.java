package dev.prism.lifecycle;

import java.io.PrintWriter;

/**
 * {@code validate}: checks the changelog for errors and the applied changesets' checksums.
 */
class ValidateCommand extends LiquibaseCommand {

	ValidateCommand(PrismLiquibase liquibase) {
		super("validate", "check the changelog and the applied changesets' checksums", liquibase);
	}

	@Override
	public void run(PrintWriter out) {
		this.liquibase.validate();
		out.println("Changelog is valid and the applied changesets' checksums match.");
	}

}
