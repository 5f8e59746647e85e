package dev.prism.lifecycle;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.database.Database;
import liquibase.database.core.PostgresDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import liquibase.exception.LockException;
import liquibase.lockservice.DatabaseChangeLogLock;

/**
 * The migration lock on PostgreSQL: a session-scoped advisory lock
 * ({@code pg_advisory_lock}) instead of Liquibase's lock-table row. PostgreSQL releases it
 * when the holding connection ends, so a process killed while migrating leaves nothing
 * behind. Registered with Liquibase through {@code META-INF/services}.
 */
public class PostgresAdvisoryLockService extends MigrationLockService {

	private static final String HOLDERS = """
			SELECT l.pid, a.backend_start, a.application_name, a.client_addr
			FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
			WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
			AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
			AND ((l.classid::bigint << 32) | l.objid::bigint) = ?""";

	@Override
	public int getPriority() {
		return PRIORITY_DATABASE;
	}

	@Override
	public boolean supports(Database database) {
		return database instanceof PostgresDatabase;
	}

	@Override
	public void init() {
	}

	@Override
	public boolean acquireLock() throws LockException {
		if (this.hasChangeLogLock) {
			return true;
		}
		try {
			this.database.rollback();
			if (!queryForBoolean("SELECT pg_try_advisory_lock(?)")) {
				return false;
			}
			this.hasChangeLogLock = true;
			Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class).resetAll();
			this.database.setCanCacheLiquibaseTableInfo(true);
			Scope.getCurrentScope().getLog(getClass()).info("Acquired the migration lock " + lockName());
			return true;
		}
		catch (SQLException | DatabaseException ex) {
			throw new LockException(ex);
		}
		finally {
			rollbackQuietly();
		}
	}

	@Override
	public void releaseLock() throws LockException {
		if (!this.hasChangeLogLock) {
			return;
		}
		try {
			this.database.rollback();
			queryForBoolean("SELECT pg_advisory_unlock(?)");
		}
		catch (SQLException | DatabaseException ex) {
			throw new LockException(ex);
		}
		finally {
			this.hasChangeLogLock = false;
			this.database.setCanCacheLiquibaseTableInfo(false);
			rollbackQuietly();
		}
	}

	@Override
	public DatabaseChangeLogLock[] listLocks() throws LockException {
		List<DatabaseChangeLogLock> locks = new ArrayList<>();
		try (PreparedStatement statement = connection().prepareStatement(HOLDERS)) {
			statement.setLong(1, lockKey());
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					int pid = rows.getInt(1);
					String holder = "PostgreSQL session pid " + pid + " (application '" + rows.getString(3)
							+ "', client " + rows.getString(4) + ")";
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
	 * Release this session's advisory lock and a lock-table row left behind by a Liquibase
	 * that does not use advisory locks. Another live session's advisory lock cannot be
	 * released: it goes when that session ends.
	 */
	@Override
	public void forceReleaseLock() throws LockException, DatabaseException {
		releaseLock();
		if (isDatabaseChangeLogLockTableCreated()) {
			super.init();
			super.releaseLock();
		}
	}

	@Override
	protected String lockName() {
		return "pg_advisory_lock(" + lockKey() + ") for " + changelogTableName();
	}

	@Override
	protected MigrationLockTimeoutException timedOut(Duration timeout) throws LockException {
		DatabaseChangeLogLock[] locks = listLocks();
		String holder = (locks.length > 0) ? locks[0].getLockedBy() : null;
		return new MigrationLockTimeoutException(lockName(), holder, timeout, true);
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

	private boolean queryForBoolean(String sql) throws SQLException, DatabaseException {
		try (PreparedStatement statement = connection().prepareStatement(sql)) {
			statement.setLong(1, lockKey());
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
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

}
