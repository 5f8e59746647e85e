package dev.prism.lifecycle;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import liquibase.Scope;
import liquibase.database.Database;
import liquibase.exception.DatabaseException;
import liquibase.exception.LockException;
import liquibase.executor.Executor;
import liquibase.executor.ExecutorService;
import liquibase.lockservice.DatabaseChangeLogLock;
import liquibase.lockservice.StandardLockService;
import liquibase.statement.core.SelectFromDatabaseChangeLogLockStatement;

/**
 * Liquibase's lock-table {@link liquibase.lockservice.LockService} with a bounded wait:
 * instead of Liquibase's whole minutes it waits {@code prism.db.lock-timeout}, then fails
 * with a {@link MigrationLockTimeoutException} that names the lock table and the
 * {@code release-locks} command. Registered with Liquibase through
 * {@code META-INF/services}; used for every database but PostgreSQL and SQLite files.
 */
public class MigrationLockService extends StandardLockService {

	static final String LOCK_TIMEOUT_SCOPE_KEY = "prism.db.lockTimeout";

	private static final long RECHECK_MILLIS = 250;

	@Override
	public int getPriority() {
		return PRIORITY_DEFAULT + 1;
	}

	@Override
	public void waitForLock() throws LockException {
		Duration timeout = lockTimeout();
		long deadline = System.nanoTime() + timeout.toNanos();
		boolean logged = false;
		while (!acquireLock()) {
			long remaining = deadline - System.nanoTime();
			if (remaining <= 0) {
				throw timedOut(timeout);
			}
			if (!logged) {
				Scope.getCurrentScope()
					.getLog(getClass())
					.info("Waiting up to " + timeout + " for the migration lock " + lockName());
				logged = true;
			}
			sleep(Math.min(RECHECK_MILLIS, TimeUnit.NANOSECONDS.toMillis(remaining) + 1));
		}
	}

	/**
	 * List the held locks like Liquibase does, but also where the lock table stores its
	 * grant time as text, as on SQLite.
	 */
	@Override
	public DatabaseChangeLogLock[] listLocks() throws LockException {
		return lockTableRows();
	}

	/**
	 * Return every migration lock held on the database: this service's lock and, where this
	 * service does not use Liquibase's lock table, a row of that table that another
	 * Liquibase holds or left behind, such as an application's own {@code SpringLiquibase}.
	 * @return the held locks
	 * @throws LockException when the locks cannot be read
	 */
	public List<DatabaseChangeLogLock> heldLocks() throws LockException {
		return List.of(listLocks());
	}

	/**
	 * Return this service's own locks followed by the held rows of Liquibase's lock table,
	 * each named with the table, for a service that does not lock with the table.
	 * @param own the service's own locks
	 * @return the held locks
	 * @throws LockException when the table cannot be read
	 */
	protected final List<DatabaseChangeLogLock> withLockTableRows(DatabaseChangeLogLock[] own) throws LockException {
		List<DatabaseChangeLogLock> locks = new ArrayList<>(List.of(own));
		for (DatabaseChangeLogLock row : lockTableRows()) {
			locks.add(new DatabaseChangeLogLock(row.getId(), row.getLockGranted(),
					row.getLockedBy() + ", in " + lockTableName(this.database)));
		}
		return locks;
	}

	/**
	 * Return the rows of Liquibase's lock table that hold the lock.
	 * @return the held rows, none when the table does not exist
	 * @throws LockException when the table cannot be read
	 */
	protected final DatabaseChangeLogLock[] lockTableRows() throws LockException {
		try {
			if (!isDatabaseChangeLogLockTableCreated()) {
				return new DatabaseChangeLogLock[0];
			}
			Executor executor = Scope.getCurrentScope().getSingleton(ExecutorService.class).getExecutor("jdbc",
					this.database);
			List<DatabaseChangeLogLock> locks = new ArrayList<>();
			for (Map<String, ?> row : executor.queryForList(
					new SelectFromDatabaseChangeLogLockStatement("ID", "LOCKED", "LOCKGRANTED", "LOCKEDBY"))) {
				Object locked = row.get("LOCKED");
				if (Boolean.TRUE.equals(locked) || (locked instanceof Number number && number.intValue() == 1)) {
					locks.add(new DatabaseChangeLogLock(((Number) row.get("ID")).intValue(),
							grantTime(row.get("LOCKGRANTED")), (String) row.get("LOCKEDBY")));
				}
			}
			return locks.toArray(DatabaseChangeLogLock[]::new);
		}
		catch (DatabaseException ex) {
			throw new LockException(ex);
		}
	}

	private static Date grantTime(Object value) {
		if (value instanceof Date date) {
			return date;
		}
		if (value instanceof LocalDateTime dateTime) {
			return Date.from(dateTime.atZone(ZoneId.systemDefault()).toInstant());
		}
		if (value instanceof String text) {
			try {
				return Timestamp.valueOf(text);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		return null;
	}

	/**
	 * Return how long to wait for the lock: {@code prism.db.lock-timeout} when running for
	 * Prism, else Liquibase's own setting.
	 * @return the timeout
	 */
	protected Duration lockTimeout() {
		Duration timeout = Scope.getCurrentScope().get(LOCK_TIMEOUT_SCOPE_KEY, Duration.class);
		return (timeout != null) ? timeout : Duration.ofMinutes(getChangeLogLockWaitTime());
	}

	/**
	 * Return the name of the lock for messages.
	 * @return the lock's name
	 */
	protected String lockName() {
		return lockTableName(this.database);
	}

	/**
	 * Create the exception for a lock that was not acquired in time.
	 * @param timeout how long the lock was waited for
	 * @return the exception
	 * @throws LockException if the current locks cannot be listed
	 */
	protected MigrationLockTimeoutException timedOut(Duration timeout) throws LockException {
		DatabaseChangeLogLock[] locks = listLocks();
		String holder = (locks.length > 0) ? locks[0].getLockedBy() + " since " + locks[0].getLockGranted() : null;
		return new MigrationLockTimeoutException(lockName(), holder, timeout, false);
	}

	/**
	 * Return whether {@link #forceReleaseLock()} ends the database sessions that hold the
	 * lock, so that callers must check the {@link DestructiveOperationGuard} first.
	 * @return {@code false}: the lock-table row is only cleared
	 */
	protected boolean releaseEndsSessions() {
		return false;
	}

	/**
	 * Release the lock-table row, if the table exists, whoever holds it.
	 * @throws LockException when the row cannot be released
	 * @throws DatabaseException when the table cannot be read
	 */
	protected final void releaseLockTableRow() throws LockException, DatabaseException {
		if (isDatabaseChangeLogLockTableCreated()) {
			super.init();
			super.releaseLock();
		}
	}

	static String lockTableName(Database database) {
		return database.escapeTableName(database.getLiquibaseCatalogName(), database.getLiquibaseSchemaName(),
				database.getDatabaseChangeLogLockTableName());
	}

	private static void sleep(long millis) throws LockException {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LockException("Interrupted while waiting for the migration lock");
		}
	}

}
