package dev.prism.lifecycle;

import java.time.Duration;

import liquibase.exception.LockException;

/**
 * Thrown when the migration lock was not acquired within {@code prism.db.lock-timeout}.
 */
public class MigrationLockTimeoutException extends LockException {

	private final String lockName;

	private final String holder;

	private final Duration timeout;

	private final boolean sessionScoped;

	private final Integer holderPid;

	/**
	 * Create a new instance.
	 * @param lockName the lock: Liquibase's lock table, a PostgreSQL advisory lock or a SQLite lock file
	 * @param holder who holds the lock, or {@code null} if unknown
	 * @param timeout how long the lock was waited for
	 * @param sessionScoped whether the lock is released when its holder's connection or process ends
	 */
	public MigrationLockTimeoutException(String lockName, String holder, Duration timeout, boolean sessionScoped) {
		this(lockName, holder, timeout, sessionScoped, null);
	}

	/**
	 * Create a new instance for a lock held by a database session.
	 * @param lockName the lock: Liquibase's lock table, or a PostgreSQL advisory lock
	 * @param holder who holds the lock, or {@code null} if unknown
	 * @param timeout how long the lock was waited for
	 * @param sessionScoped whether the lock is released when its holder's connection ends
	 * @param holderPid the process id of the database session holding the lock, or
	 * {@code null} if unknown
	 */
	public MigrationLockTimeoutException(String lockName, String holder, Duration timeout, boolean sessionScoped,
			Integer holderPid) {
		super("Could not acquire the migration lock " + lockName + " within " + timeout
				+ ((holder != null) ? "; it is held by " + holder : ""));
		this.lockName = lockName;
		this.holder = holder;
		this.timeout = timeout;
		this.sessionScoped = sessionScoped;
		this.holderPid = holderPid;
	}

	/**
	 * Return the lock: Liquibase's lock table, a PostgreSQL advisory lock or a SQLite lock
	 * file.
	 * @return the lock's name
	 */
	public String getLockName() {
		return this.lockName;
	}

	/**
	 * Return who holds the lock.
	 * @return the holder, or {@code null} if unknown
	 */
	public String getHolder() {
		return this.holder;
	}

	/**
	 * Return how long the lock was waited for.
	 * @return the timeout
	 */
	public Duration getTimeout() {
		return this.timeout;
	}

	/**
	 * Return whether the lock is released when its holder's connection or process ends, so
	 * that it cannot be left behind by a process that died.
	 * @return {@code true} for PostgreSQL's advisory lock and SQLite's lock file
	 */
	public boolean isSessionScoped() {
		return this.sessionScoped;
	}

	/**
	 * Return the process id of the database session holding the lock.
	 * @return the pid, or {@code null} if unknown or not a database session
	 */
	public Integer getHolderPid() {
		return this.holderPid;
	}

}
