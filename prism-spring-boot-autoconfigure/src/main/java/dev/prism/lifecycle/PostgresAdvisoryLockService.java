package dev.prism.lifecycle;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.database.Database;
import liquibase.database.core.PostgresDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import liquibase.exception.LockException;
import liquibase.lockservice.DatabaseChangeLogLock;

/**
 * The migration lock on PostgreSQL: a transaction-scoped advisory lock
 * ({@code pg_try_advisory_xact_lock}) held by an open transaction on a connection of its
 * own for the whole operation, instead of Liquibase's lock-table row. The open transaction
 * pins one server connection even behind PgBouncer in transaction pooling mode, and
 * PostgreSQL releases the lock when that transaction or its connection ends, so a process
 * killed while migrating leaves nothing behind. Used only for Prism's own Liquibase runs,
 * which put the {@link DataSource} to take the lock with into Liquibase's scope. Each
 * attempt opens a new connection and runs one statement, so the driver never switches to
 * named prepared statements, which transaction pooling does not keep.
 */
public class PostgresAdvisoryLockService extends MigrationLockService {

	static final String DATA_SOURCE_SCOPE_KEY = "prism.db.lockDataSource";

	/**
	 * How often a migration session checks that its client is still connected while it
	 * runs a statement, so that a killed process's statement does not run on (PostgreSQL
	 * 14 or later).
	 */
	static final String CLIENT_CHECK_INTERVAL = "5s";

	private static final String TRY_LOCK = """
			SELECT pg_try_advisory_xact_lock(?), set_config('idle_in_transaction_session_timeout', '0', true),
			CASE WHEN current_setting('server_version_num')::int >= 140000
			THEN set_config('client_connection_check_interval', ?, true) END""";

	private static final String HOLDERS = """
			SELECT l.pid, a.backend_start, a.application_name, a.client_addr, a.state, a.xact_start,
			a.query_start, a.query
			FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
			WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
			AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
			AND ((l.classid::bigint << 32) | l.objid::bigint) = ?""";

	private static final String TERMINATE_HOLDERS = """
			SELECT pg_terminate_backend(l.pid) FROM pg_locks l
			WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 AND l.pid <> pg_backend_pid()
			AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
			AND ((l.classid::bigint << 32) | l.objid::bigint) = ?""";

	private static final long TERMINATION_WAIT_MILLIS = 10_000;

	private static final Map<String, HeldLock> HELD = new ConcurrentHashMap<>();

	private int holds;

	@Override
	public int getPriority() {
		return PRIORITY_DATABASE;
	}

	@Override
	public boolean supports(Database database) {
		return database instanceof PostgresDatabase
				&& Scope.getCurrentScope().get(DATA_SOURCE_SCOPE_KEY, DataSource.class) != null;
	}

	@Override
	public void init() {
	}

	@Override
	public boolean acquireLock() throws LockException {
		String id = this.database.getConnection().getURL() + "#" + lockKey();
		HeldLock held = HELD.get(id);
		if (held != null && held.owner == Thread.currentThread() && !isValid(held.connection)) {
			HELD.remove(id);
			held = null;
		}
		if (held == null || held.owner != Thread.currentThread()) {
			Connection connection = tryLock();
			if (connection == null) {
				return false;
			}
			held = new HeldLock(connection);
			HELD.put(id, held);
			Scope.getCurrentScope().getLog(getClass()).info("Acquired the migration lock " + lockName());
		}
		held.holds++;
		this.holds++;
		this.hasChangeLogLock = true;
		Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class).resetAll();
		this.database.setCanCacheLiquibaseTableInfo(true);
		return true;
	}

	private Connection tryLock() throws LockException {
		Connection connection = null;
		try {
			connection = lockDataSource().getConnection();
			connection.setAutoCommit(false);
			try (PreparedStatement statement = connection.prepareStatement(TRY_LOCK)) {
				statement.setLong(1, lockKey());
				statement.setString(2, CLIENT_CHECK_INTERVAL);
				try (ResultSet result = statement.executeQuery()) {
					if (result.next() && result.getBoolean(1)) {
						return connection;
					}
				}
			}
			connection.rollback();
			connection.close();
			return null;
		}
		catch (SQLException ex) {
			closeQuietly(connection);
			throw new LockException(ex);
		}
	}

	/**
	 * Release one hold on the lock; the lock itself goes when the last hold in this thread
	 * is released. Liquibase's own commands take and release the lock again inside Prism's
	 * operations, and drop-all forgets its lock service halfway.
	 */
	@Override
	public void releaseLock() throws LockException {
		if (this.holds == 0) {
			return;
		}
		this.holds--;
		this.hasChangeLogLock = this.holds > 0;
		String id = this.database.getConnection().getURL() + "#" + lockKey();
		HeldLock held = HELD.get(id);
		if (held == null || --held.holds > 0) {
			return;
		}
		HELD.remove(id);
		this.database.setCanCacheLiquibaseTableInfo(false);
		try (Connection connection = held.connection) {
			connection.rollback();
		}
		catch (SQLException ex) {
			throw new LockException(ex);
		}
	}

	/**
	 * Reset the cached lock-table state but keep the holds, so that they are released in
	 * step with their acquisitions.
	 */
	@Override
	public void reset() {
		super.reset();
		this.hasChangeLogLock = this.holds > 0;
	}

	@Override
	public DatabaseChangeLogLock[] listLocks() throws LockException {
		List<DatabaseChangeLogLock> locks = new ArrayList<>();
		try (PreparedStatement statement = connection().prepareStatement(HOLDERS)) {
			statement.setLong(1, lockKey());
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					int pid = rows.getInt(1);
					String holder = ("PostgreSQL session pid %d (application '%s', client %s, %s since %s, "
							+ "transaction since %s, last query: %s)").formatted(pid, rows.getString(3),
									rows.getString(4), rows.getString(5), rows.getTimestamp(7),
									rows.getTimestamp(6), rows.getString(8));
					locks.add(new DatabaseChangeLogLock(pid, rows.getTimestamp(2), holder));
				}
			}
			return locks.toArray(DatabaseChangeLogLock[]::new);
		}
		catch (SQLException | DatabaseException ex) {
			throw new LockException(ex);
		}
		finally {
			rollbackQuietly();
		}
	}

	/**
	 * Release this process's lock, end any other session that holds it, and release a
	 * lock-table row left behind by a Liquibase that does not use advisory locks. Ending a
	 * session rolls back what it was doing; callers check the
	 * {@link DestructiveOperationGuard} first.
	 */
	@Override
	public void forceReleaseLock() throws LockException, DatabaseException {
		releaseLock();
		try (PreparedStatement statement = connection().prepareStatement(TERMINATE_HOLDERS)) {
			statement.setLong(1, lockKey());
			statement.executeQuery().close();
			long deadline = System.currentTimeMillis() + TERMINATION_WAIT_MILLIS;
			while (listLocks().length > 0 && System.currentTimeMillis() < deadline) {
				Thread.sleep(100);
			}
		}
		catch (SQLException ex) {
			throw new LockException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LockException("Interrupted while ending the session holding the migration lock");
		}
		finally {
			rollbackQuietly();
		}
		releaseLockTableRow();
	}

	/**
	 * Return the sessions holding the advisory lock and a lock-table row held by a Liquibase
	 * that does not use advisory locks.
	 */
	@Override
	public List<DatabaseChangeLogLock> heldLocks() throws LockException {
		return withLockTableRows(listLocks());
	}

	@Override
	protected boolean releaseEndsSessions() {
		return true;
	}

	@Override
	protected String lockName() {
		return "pg_advisory_xact_lock(" + lockKey() + ") for " + changelogTableName();
	}

	@Override
	protected MigrationLockTimeoutException timedOut(Duration timeout) throws LockException {
		DatabaseChangeLogLock[] locks = listLocks();
		String holder = (locks.length > 0) ? locks[0].getLockedBy() : null;
		Integer pid = (locks.length > 0) ? locks[0].getId() : null;
		return new MigrationLockTimeoutException(lockName(), holder, timeout, true, pid);
	}

	/**
	 * Return the advisory lock's key, derived from the qualified name of the changelog
	 * table, so that changelogs in different schemas do not block each other.
	 * @return the key
	 */
	long lockKey() {
		return UUID.nameUUIDFromBytes(("prism-migration:" + changelogTableName()).getBytes(StandardCharsets.UTF_8))
			.getMostSignificantBits();
	}

	private String changelogTableName() {
		return this.database.escapeTableName(this.database.getLiquibaseCatalogName(),
				this.database.getLiquibaseSchemaName(), this.database.getDatabaseChangeLogTableName());
	}

	private static DataSource lockDataSource() {
		return Scope.getCurrentScope().get(DATA_SOURCE_SCOPE_KEY, DataSource.class);
	}

	private Connection connection() throws DatabaseException {
		if (this.database.getConnection() instanceof JdbcConnection connection) {
			return connection.getUnderlyingConnection();
		}
		throw new DatabaseException("The PostgreSQL migration lock needs a JDBC connection");
	}

	private void rollbackQuietly() {
		try {
			this.database.rollback();
		}
		catch (DatabaseException ex) {
			Scope.getCurrentScope().getLog(getClass()).fine("Rollback after a lock query failed", ex);
		}
	}

	private static boolean isValid(Connection connection) {
		try {
			return connection.isValid(5);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private static void closeQuietly(Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				Scope.getCurrentScope().getLog(PostgresAdvisoryLockService.class).fine("Closing failed", ex);
			}
		}
	}

	/**
	 * The lock as held by one thread of this process: the connection whose open
	 * transaction holds it, and how many acquisitions have not been released yet.
	 */
	private static final class HeldLock {

		private final Thread owner = Thread.currentThread();

		private final Connection connection;

		private int holds;

		HeldLock(Connection connection) {
			this.connection = connection;
		}

	}

}
