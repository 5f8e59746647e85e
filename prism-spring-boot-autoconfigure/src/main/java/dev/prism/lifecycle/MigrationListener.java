package dev.prism.lifecycle;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;

/**
 * Called by {@link PrismLiquibase} around applying pending changesets, at startup and on
 * the {@code migrate} and {@code reset} commands, while it holds the migration lock. Beans
 * of this type are picked up in their {@code @Order}.
 */
public interface MigrationListener {

	/**
	 * Called before pending changesets are applied, only when some are pending and the
	 * database was not just dropped by a reset.
	 * @param connection the migration's connection, in a transaction that the listener
	 * commits if it writes
	 * @param pending the pending changesets, as {@code file::id::author}
	 * @throws Exception to stop the migration before it changes anything
	 */
	default void beforeMigrate(Connection connection, List<String> pending) throws Exception {
	}

	/**
	 * Called after the pending changesets were applied, also when none were pending.
	 * @param connection the migration's connection, in a transaction that the listener
	 * commits if it writes
	 * @param applied the changesets that were applied, as {@code file::id::author}
	 * @param duration how long applying them took
	 * @throws Exception when the listener fails; the changesets stay applied
	 */
	default void afterMigrate(Connection connection, List<String> applied, Duration duration) throws Exception {
	}

}
