package dev.prism.lifecycle;

import java.io.PrintWriter;
import java.util.List;

import liquibase.change.core.TagDatabaseChange;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.ChangeSetStatus;
import liquibase.changelog.RanChangeSet;
import liquibase.exception.ValidationFailedException;
import liquibase.integration.spring.SpringLiquibase;
import liquibase.lockservice.DatabaseChangeLogLock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.StringUtils;

/**
 * Prism's Liquibase database commands ({@code status}, {@code history}, {@code migrate},
 * {@code reset}, {@code rollback}, {@code rollback-sql}, {@code tag}, {@code update-sql},
 * {@code test-rollback}, {@code baseline}, {@code validate} and {@code release-locks}), run by {@link LiquibaseOperations} on the application's
 * {@link SpringLiquibase} bean, whether Prism, Spring Boot or the application defined it.
 */
public final class LiquibaseCommands {

	private final ObjectProvider<SpringLiquibase> liquibase;

	private final PrismDatabaseProperties properties;

	private final DestructiveOperationGuard guard;

	private final ObjectProvider<MigrationListener> listeners;

	LiquibaseCommands(ObjectProvider<SpringLiquibase> liquibase, PrismDatabaseProperties properties,
			DestructiveOperationGuard guard, ObjectProvider<MigrationListener> listeners) {
		this.liquibase = liquibase;
		this.properties = properties;
		this.guard = guard;
		this.listeners = listeners;
	}

	/**
	 * Return the commands, none unless the application has a single {@link SpringLiquibase}
	 * bean.
	 * @return the commands
	 */
	public List<DatabaseCommand> commands() {
		SpringLiquibase liquibase = this.liquibase.getIfUnique();
		if (liquibase == null) {
			return List.of();
		}
		LiquibaseOperations operations = new LiquibaseOperations(liquibase, this.properties, this.guard,
				this.listeners.orderedStream().toList());
		return List.of(
				command("status", "list applied and pending changesets", (out) -> status(operations, out)),
				command("history", "list applied changesets in the order they ran", (out) -> history(operations, out)),
				command("migrate", "apply pending changesets", (out) -> applied(out, operations.migrate())),
				new LiquibaseCommand("reset", "drop every object in the database, then apply every changeset", true,
						(out) -> reset(operations, out)),
				new LiquibaseCommand("rollback",
						"roll back the last prism.db.rollback-count changesets or to prism.db.rollback-tag", true,
						(out) -> rollback(operations, out)),
				command("rollback-sql", "print the SQL that rollback would run, without rolling back",
						(out) -> rollbackSql(operations, out)),
				command("tag", "tag the current database state with prism.db.tag", (out) -> tag(operations, out)),
				command("update-sql", "print the SQL that migrate would run, without applying it",
						(out) -> updateSql(operations, out)),
				command("test-rollback", "apply pending changesets, roll each back and apply it again",
						(out) -> testRollback(operations, out)),
				command("baseline",
						"mark pending changesets as applied without running them, for a schema that exists already",
						(out) -> baseline(operations, out)),
				command("validate", "check the changelog and the applied changesets' checksums",
						(out) -> validate(operations, out)),
				command("release-locks", "release a migration lock left behind by a process that died",
						(out) -> releaseLocks(operations, out)));
	}

	private static DatabaseCommand command(String name, String description, Action action) {
		return new LiquibaseCommand(name, description, false, action);
	}

	private static void status(LiquibaseOperations operations, PrintWriter out) {
		List<ChangeSetStatus> statuses = operations.status();
		List<ChangeSetStatus> applied = statuses.stream().filter(ChangeSetStatus::getPreviouslyRan).toList();
		List<ChangeSetStatus> pending = statuses.stream().filter(ChangeSetStatus::getWillRun).toList();
		out.println("Applied changesets (" + applied.size() + "):");
		applied.forEach((status) -> out.println("  " + ChangesetRecorder.name(status.getChangeSet()) + "  ran "
				+ status.getDateLastExecuted()));
		out.println("Pending changesets (" + pending.size() + "):");
		pending.forEach((status) -> out.println("  " + ChangesetRecorder.name(status.getChangeSet())
				+ (LiquibaseOperations.hasNoSql(status.getChangeSet()) ? "  (empty: write its SQL)" : "")));
		out.println(pending.isEmpty() ? "Database is up to date." : pending.size() + " changeset(s) pending.");
	}

	private static void history(LiquibaseOperations operations, PrintWriter out) {
		List<RanChangeSet> history = operations.history();
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

	private static void applied(PrintWriter out, List<String> applied) {
		out.println("Applied " + applied.size() + " changeset(s)" + (applied.isEmpty() ? "; database is up to date." : ":"));
		applied.forEach((changeset) -> out.println("  " + changeset));
	}

	private static void reset(LiquibaseOperations operations, PrintWriter out) {
		List<String> applied = operations.reset();
		out.println("Dropped every object in the database.");
		applied(out, applied);
	}

	private void rollback(LiquibaseOperations operations, PrintWriter out) {
		Integer count = rollbackCount("rollback", operations);
		List<String> rolledBack = (count != null) ? operations.rollback(count)
				: operations.rollback(this.properties.getRollbackTag());
		out.println("Rolled back " + rolledBack.size() + " changeset(s):");
		rolledBack.forEach((changeset) -> out.println("  " + changeset));
	}

	private void rollbackSql(LiquibaseOperations operations, PrintWriter out) throws Exception {
		Integer count = rollbackCount("rollback-sql", operations);
		if (count != null) {
			operations.rollbackSql(count, out);
		}
		else {
			operations.rollbackSql(this.properties.getRollbackTag(), out);
		}
		out.flush();
	}

	/**
	 * Check what to roll back to: exactly one of {@code prism.db.rollback-count}, at least 1,
	 * or {@code prism.db.rollback-tag}, a tag of an applied changeset.
	 * @return the count, or {@code null} to roll back to the tag
	 */
	private Integer rollbackCount(String command, LiquibaseOperations operations) {
		Integer count = this.properties.getRollbackCount();
		String tag = this.properties.getRollbackTag();
		if ((count == null) == !StringUtils.hasText(tag)) {
			throw new DatabaseCommandException(command,
					(count == null) ? "nothing to roll back to" : "both a count and a tag to roll back to are set",
					"Set exactly one of prism.db.rollback-count (how many of the latest changesets to undo) or "
							+ "prism.db.rollback-tag (the tag to return to).");
		}
		if (count != null && count < 1) {
			throw new DatabaseCommandException(command, "prism.db.rollback-count is " + count,
					"Set prism.db.rollback-count to 1 or more.");
		}
		if (count == null && operations.history().stream().noneMatch((ran) -> tag.equalsIgnoreCase(ran.getTag()))) {
			throw new DatabaseCommandException(command, "no applied changeset is tagged '" + tag + "'",
					"Set prism.db.rollback-tag to a tag that the history command lists, or roll back by "
							+ "prism.db.rollback-count.");
		}
		return count;
	}

	private void tag(LiquibaseOperations operations, PrintWriter out) {
		String tag = this.properties.getTag();
		if (!StringUtils.hasText(tag)) {
			throw new DatabaseCommandException("tag", "no tag is set",
					"Set prism.db.tag to the tag to write, for example --prism.db.tag=v1.2.");
		}
		operations.tag(tag);
		out.println("Tagged the database as '" + tag + "'.");
	}

	private static void updateSql(LiquibaseOperations operations, PrintWriter out) throws Exception {
		if (operations.pendingChangesets().isEmpty()) {
			out.println("-- Nothing to migrate: every changeset has been applied.");
			return;
		}
		operations.updateSql(out);
		out.flush();
	}

	private static void testRollback(LiquibaseOperations operations, PrintWriter out) {
		List<String> tested = operations.testRollback();
		if (tested.isEmpty()) {
			out.println("Nothing to test: every changeset has been applied.");
			return;
		}
		out.println("Applied, rolled back and applied again " + tested.size() + " changeset(s):");
		tested.forEach((changeset) -> out.println("  " + changeset));
	}

	private void baseline(LiquibaseOperations operations, PrintWriter out) {
		List<ChangeSetStatus> statuses = operations.status();
		long applied = statuses.stream().filter(ChangeSetStatus::getPreviouslyRan).count();
		List<ChangeSet> pending = statuses.stream()
			.filter(ChangeSetStatus::getWillRun)
			.map(ChangeSetStatus::getChangeSet)
			.toList();
		if (pending.isEmpty()) {
			out.println("Nothing to baseline: every changeset has been applied.");
			return;
		}
		if (applied > 0) {
			throw new DatabaseCommandException("baseline", applied + " changeset(s) of the changelog are applied "
					+ "already, and baseline is for a database that Liquibase has not migrated yet",
					"Use migrate to apply the pending changesets. To baseline, start from a database whose "
							+ "DATABASECHANGELOG table is empty or missing.");
		}
		String tag = StringUtils.hasText(this.properties.getTag()) ? this.properties.getTag().strip() : null;
		if (tag != null && pending.stream().noneMatch((changeSet) -> tags(changeSet, tag))) {
			throw new DatabaseCommandException("baseline", "no changeset of the changelog tags the database '" + tag
					+ "'", "Set prism.db.tag to the tag of a tagDatabase change in the changelog, the last changeset "
							+ "to mark, or leave it unset to mark every pending changeset.");
		}
		List<String> marked = operations.baseline(tag);
		out.println("Marked " + marked.size() + " changeset(s) as applied without running them:");
		marked.forEach((changeset) -> out.println("  " + changeset));
	}

	private static boolean tags(ChangeSet changeSet, String tag) {
		return changeSet.getChanges()
			.stream()
			.anyMatch((change) -> change instanceof TagDatabaseChange tagging && tag.equals(tagging.getTag()));
	}

	private static void validate(LiquibaseOperations operations, PrintWriter out) {
		try {
			operations.validate();
		}
		catch (IllegalStateException ex) {
			ValidationFailedException failure = validationFailure(ex);
			if (failure != null) {
				throw new DatabaseCommandException("validate", failure.getMessage().strip(),
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

	private static void releaseLocks(LiquibaseOperations operations, PrintWriter out) {
		List<DatabaseChangeLogLock> released = operations.releaseLocks();
		List<DatabaseChangeLogLock> held = operations.locks();
		released.forEach((lock) -> out.println("Released the migration lock held by " + lock.getLockedBy()
				+ " since " + lock.getLockGranted() + "."));
		held.forEach((lock) -> out.println("Still held by a live session, released when it ends: "
				+ lock.getLockedBy() + "."));
		if (released.isEmpty() && held.isEmpty()) {
			out.println("No migration lock was held.");
		}
	}

	@FunctionalInterface
	private interface Action {

		void run(PrintWriter out) throws Exception;

	}

	private record LiquibaseCommand(String name, String description, boolean destructive,
			Action action) implements DatabaseCommand {

		@Override
		public void run(PrintWriter out) throws Exception {
			this.action.run(out);
		}

	}

}
