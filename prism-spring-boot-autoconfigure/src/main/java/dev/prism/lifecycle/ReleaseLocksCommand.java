package dev.prism.lifecycle;

import java.io.PrintWriter;
import java.util.List;

import liquibase.lockservice.DatabaseChangeLogLock;

/**
 * {@code release-locks}: releases a migration lock left behind by a process that died while
 * migrating.
 */
class ReleaseLocksCommand extends LiquibaseCommand {

	ReleaseLocksCommand(PrismLiquibase liquibase) {
		super("release-locks", "release a migration lock left behind by a process that died", liquibase);
	}

	@Override
	public void run(PrintWriter out) {
		List<DatabaseChangeLogLock> released = this.liquibase.releaseLocks();
		List<DatabaseChangeLogLock> held = this.liquibase.locks();
		released.forEach((lock) -> out.println("Released the migration lock held by " + lock.getLockedBy()
				+ " since " + lock.getLockGranted() + "."));
		held.forEach((lock) -> out.println("Still held by a live session, released when it ends: "
				+ lock.getLockedBy() + "."));
		if (released.isEmpty() && held.isEmpty()) {
			out.println("No migration lock was held.");
		}
	}

}
