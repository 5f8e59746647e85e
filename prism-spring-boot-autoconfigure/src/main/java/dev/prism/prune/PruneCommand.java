package dev.prism.prune;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.BooleanSupplier;

import dev.prism.lifecycle.DatabaseCommand;

/**
 * The {@code prune} database command: removes the rows soft deleted longer ago than their
 * retention period, or with {@code prism.db.pretend=true} prints what it would remove per
 * entity and removes nothing. Retention is a deliberate production feature, so the
 * destructive-operation guard does not refuse it.
 */
public class PruneCommand implements DatabaseCommand {

	private final Pruner pruner;

	private final BooleanSupplier pretend;

	/**
	 * Create a new command.
	 * @param pruner the pruner to run
	 * @param pretend whether to only print what would be removed
	 */
	public PruneCommand(Pruner pruner, BooleanSupplier pretend) {
		this.pruner = pruner;
		this.pretend = pretend;
	}

	@Override
	public String name() {
		return "prune";
	}

	@Override
	public String description() {
		return "remove rows soft deleted longer ago than prism.prune.retention or @PruneAfter";
	}

	@Override
	public void run(PrintWriter out) {
		boolean pretend = this.pretend.getAsBoolean();
		List<PruneResult> results = this.pruner.prune(pretend);
		if (results.isEmpty()) {
			out.println("No retention period: set prism.prune.retention or annotate entities with @PruneAfter.");
			return;
		}
		for (PruneResult result : results) {
			out.println((pretend ? "Would prune " : "Pruned ") + result);
		}
		long rows = results.stream().mapToLong(PruneResult::rows).sum();
		out.println(pretend ? rows + " row(s) would be pruned; nothing was removed (prism.db.pretend=true)."
				: rows + " row(s) pruned.");
	}

}
