package dev.prism.lifecycle;

import java.io.PrintWriter;
import java.util.List;

import liquibase.changelog.RanChangeSet;

/**
 * {@code history}: lists the applied changesets in the order they ran.
 */
class HistoryCommand extends LiquibaseCommand {

	HistoryCommand(PrismLiquibase liquibase) {
		super("history", "list applied changesets in the order they ran", liquibase);
	}

	@Override
	public void run(PrintWriter out) {
		List<RanChangeSet> history = this.liquibase.history();
		if (history.isEmpty()) {
			out.println("No changesets have been applied.");
			return;
		}
		out.println("Applied changesets, oldest first (" + history.size() + "):");
		for (RanChangeSet ran : history) {
			out.println("  " + ran.getOrderExecuted() + ". " + ran.getChangeLog() + "::" + ran.getId() + "::"
					+ ran.getAuthor() + "  " + ran.getExecType() + " " + ran.getDateExecuted()
					+ ((ran.getTag() != null) ? "  tag " + ran.getTag() : ""));
		}
	}

}
