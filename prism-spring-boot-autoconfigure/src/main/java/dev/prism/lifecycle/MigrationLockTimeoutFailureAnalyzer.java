package dev.prism.lifecycle;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a migration lock that was not acquired in time.
 */
class MigrationLockTimeoutFailureAnalyzer extends AbstractFailureAnalyzer<MigrationLockTimeoutException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MigrationLockTimeoutException cause) {
		String holder = (cause.getHolder() != null) ? " It is held by " + cause.getHolder() + "." : "";
		String description = "Could not acquire the migration lock %s within %s.%s".formatted(cause.getLockName(),
				cause.getTimeout(), holder);
		String action = (cause.getHolderPid() != null) ? sessionAction(cause) : cause.isSessionScoped()
				? "Another live process is migrating this database; the lock is released as soon as that process "
						+ "ends. Wait for it, raise prism.db.lock-timeout, or stop the holder."
				: "If another instance is migrating, wait for it or raise prism.db.lock-timeout. If the process "
						+ "that took the lock died, release the lock row in " + cause.getLockName()
						+ " with prism.db.command=release-locks, then start again.";
		return new FailureAnalysis(description, action, cause);
	}

	private static String sessionAction(MigrationLockTimeoutException cause) {
		String pid = String.valueOf(cause.getHolderPid());
		return "Another session is migrating this database; PostgreSQL releases the lock as soon as that session "
				+ "ends. Wait for it or raise prism.db.lock-timeout. See what it runs with SELECT pid, state, "
				+ "xact_start, query FROM pg_stat_activity WHERE pid = " + pid + ". If its process is gone, end it "
				+ "with SELECT pg_terminate_backend(" + pid + ") or prism.db.command=release-locks, then start again.";
	}

}
