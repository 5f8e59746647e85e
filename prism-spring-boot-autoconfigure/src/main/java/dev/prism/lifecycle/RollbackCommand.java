package dev.prism.lifecycle;

import java.io.PrintWriter;
import java.util.List;

import org.springframework.util.StringUtils;

/**
 * {@code rollback}: rolls back the last {@code prism.db.rollback-count} changesets, or back
 * to {@code prism.db.rollback-tag}.
 */
class RollbackCommand extends LiquibaseCommand {

	private final PrismDatabaseProperties properties;

	RollbackCommand(PrismLiquibase liquibase, PrismDatabaseProperties properties) {
		super("rollback", "roll back the last prism.db.rollback-count changesets or to prism.db.rollback-tag",
				liquibase);
		this.properties = properties;
	}

	@Override
	public boolean destructive() {
		return true;
	}

	@Override
	public void run(PrintWriter out) {
		Integer count = this.properties.getRollbackCount();
		String tag = this.properties.getRollbackTag();
		if ((count == null) == !StringUtils.hasText(tag)) {
			throw new DatabaseCommandException(name(),
					(count == null) ? "nothing to roll back to" : "both a count and a tag to roll back to are set",
					"Set exactly one of prism.db.rollback-count (how many of the latest changesets to undo) or "
							+ "prism.db.rollback-tag (the tag to return to).");
		}
		if (count != null && count < 1) {
			throw new DatabaseCommandException(name(), "prism.db.rollback-count is " + count,
					"Set prism.db.rollback-count to 1 or more.");
		}
		List<String> rolledBack = (count != null) ? this.liquibase.rollback(count) : this.liquibase.rollback(tag);
		out.println("Rolled back " + rolledBack.size() + " changeset(s):");
		rolledBack.forEach((changeset) -> out.println("  " + changeset));
	}

}
