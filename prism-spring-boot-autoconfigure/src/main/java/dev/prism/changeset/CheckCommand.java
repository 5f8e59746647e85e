package dev.prism.changeset;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;

import dev.prism.lifecycle.DatabaseCommand;
import dev.prism.lifecycle.DatabaseCommandException;

/**
 * The {@code check} database command, for CI (Alembic's {@code check}, Django's
 * {@code makemigrations --check}): succeeds when the database has no pending changeset and
 * the JPA entities match the schema that the changelog builds; otherwise lists the pending
 * changesets and the differences, and fails. It changes nothing.
 */
public class CheckCommand implements DatabaseCommand {

	/**
	 * The command's name.
	 */
	public static final String NAME = "check";

	private final Supplier<List<String>> pendingChangesets;

	private final ModelComparison comparison;

	CheckCommand(Supplier<List<String>> pendingChangesets, ModelComparison comparison) {
		this.pendingChangesets = pendingChangesets;
		this.comparison = comparison;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String description() {
		return "fail when changesets are pending or the JPA entities differ from the changelog's schema";
	}

	@Override
	public void run(PrintWriter out) throws Exception {
		List<String> pending = this.pendingChangesets.get();
		List<SchemaDifference> differences = this.comparison.differences(NAME, true);
		out.println("Pending changesets (" + pending.size() + "):");
		pending.forEach((changeset) -> out.println("  " + changeset));
		out.println("Differences between the JPA entities and the changelog (" + differences.size() + "):");
		differences.forEach((difference) -> out.println("  " + difference.description()));
		if (!pending.isEmpty() || !differences.isEmpty()) {
			out.flush();
			throw new DatabaseCommandException(NAME,
					"The database is not in line with the application: " + pending.size()
							+ " changeset(s) pending, " + differences.size()
							+ " difference(s) between the JPA entities and the changelog",
					"Write a changeset for the differences with prism.db.command=generate-changeset and "
							+ "prism.db.message=<what it does>, then apply pending changesets with "
							+ "prism.db.command=migrate.");
		}
		out.println("The database is up to date and matches the JPA entities.");
	}

}
