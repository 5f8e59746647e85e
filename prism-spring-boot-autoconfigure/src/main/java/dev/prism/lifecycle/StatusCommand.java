package dev.prism.lifecycle;

import java.io.PrintWriter;
import java.util.List;

import liquibase.changelog.ChangeSetStatus;

/**
 * {@code status}: lists the applied and the pending changesets.
 */
class StatusCommand extends LiquibaseCommand {

	StatusCommand(PrismLiquibase liquibase) {
		super("status", "list applied and pending changesets", liquibase);
	}

	@Override
	public void run(PrintWriter out) {
		List<ChangeSetStatus> statuses = this.liquibase.status();
		List<ChangeSetStatus> applied = statuses.stream().filter(ChangeSetStatus::getPreviouslyRan).toList();
		List<ChangeSetStatus> pending = statuses.stream().filter(ChangeSetStatus::getWillRun).toList();
		out.println("Applied changesets (" + applied.size() + "):");
		applied.forEach((status) -> out.println("  " + ChangesetRecorder.name(status.getChangeSet()) + "  ran "
				+ status.getDateLastExecuted()));
		out.println("Pending changesets (" + pending.size() + "):");
		pending.forEach((status) -> out.println("  " + ChangesetRecorder.name(status.getChangeSet())));
		out.println(pending.isEmpty() ? "Database is up to date." : pending.size() + " changeset(s) pending.");
	}

}
