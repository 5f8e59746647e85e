package dev.prism.lifecycle;

import java.io.PrintWriter;

import liquibase.exception.ValidationFailedException;

/**
 * {@code validate}: checks the changelog for errors and the applied changesets' checksums.
 */
class ValidateCommand extends LiquibaseCommand {

	ValidateCommand(PrismLiquibase liquibase) {
		super("validate", "check the changelog and the applied changesets' checksums", liquibase);
	}

	@Override
	public void run(PrintWriter out) {
		try {
			this.liquibase.validate();
		}
		catch (IllegalStateException ex) {
			ValidationFailedException failure = validationFailure(ex);
			if (failure != null) {
				throw new DatabaseCommandException(name(), failure.getMessage().strip(),
						"Fix the errors in the changelog. If an applied changeset was edited, restore it and make the "
								+ "change in a new changeset; if the edit is harmless, start once with "
								+ "spring.liquibase.clear-checksums=true to store the new checksums.",
						failure);
			}
			throw ex;
		}
		out.println("Changelog is valid and the applied changesets' checksums match.");
	}

	private static ValidationFailedException validationFailure(Throwable ex) {
		for (Throwable candidate = ex; candidate != null; candidate = candidate.getCause()) {
			if (candidate instanceof ValidationFailedException failure) {
				return failure;
			}
		}
		return null;
	}

}
