package dev.prism.lifecycle;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a changeset that failed to apply.
 */
class ChangesetFailedFailureAnalyzer extends AbstractFailureAnalyzer<ChangesetFailedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ChangesetFailedException cause) {
		String outcome = cause.isTransactionalDdl()
				? "The changeset was rolled back: the database is as it was before it, with the earlier changesets applied."
				: "The database may hold part of the changeset's changes.";
		String description = "Liquibase changeset " + cause.getChangeset() + " failed:%n%n    %s%n%n%s"
			.formatted(cause.getError(), outcome);
		String action = "Fix the changeset (or add a new one that corrects it, if it already ran elsewhere) and "
				+ "start again. To see the SQL that migrating would run, use prism.db.command=update-sql.";
		return new FailureAnalysis(description, action, cause);
	}

}
