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
		if (cause.getError().contains("due to lock timeout")) {
			action = "Another transaction held a lock that the changeset needed for longer than "
					+ "prism.db.lock-timeout. Find it in pg_stat_activity (joined with pg_locks), let it finish or "
					+ "end it, and start again; or raise prism.db.lock-timeout.";
		}
		else if (cause.getError().contains("due to statement timeout")) {
			action = "The changeset ran longer than prism.db.statement-timeout. Raise prism.db.statement-timeout, "
					+ "or split the changeset into smaller ones.";
		}
		return new FailureAnalysis(description, action, cause);
	}

}
