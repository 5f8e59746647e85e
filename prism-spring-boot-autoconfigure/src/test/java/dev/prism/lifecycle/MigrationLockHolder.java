package dev.prism.lifecycle;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import dev.prism.test.TestDatabases.Database;
import liquibase.Scope;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Holds Prism's migration lock on a test database as another process would, until closed.
 */
public final class MigrationLockHolder implements AutoCloseable {

	private final Connection connection;

	private final LockService lockService;

	private MigrationLockHolder(Connection connection, LockService lockService) {
		this.connection = connection;
		this.lockService = lockService;
	}

	/**
	 * Take the migration lock, from another thread as PostgreSQL's lock is held by a
	 * session of its own.
	 * @param database the database
	 * @return the holder, which releases the lock when closed
	 * @throws Exception on failure
	 */
	public static MigrationLockHolder hold(Database database) throws Exception {
		Connection connection = DriverManager.getConnection(database.url(), database.username(), database.password());
		DriverManagerDataSource dataSource = new DriverManagerDataSource(database.url(), database.username(),
				database.password());
		FutureTask<LockService> holder = new FutureTask<>(
				() -> Scope.child(Map.of(PostgresAdvisoryLockService.DATA_SOURCE_SCOPE_KEY, dataSource), () -> {
					LockService lockService = LockServiceFactory.getInstance()
						.getLockService(DatabaseFactory.getInstance()
							.findCorrectDatabaseImplementation(new JdbcConnection(connection)));
					if (!lockService.acquireLock()) {
						throw new IllegalStateException("The migration lock is held already");
					}
					return lockService;
				}));
		new Thread(holder).start();
		return new MigrationLockHolder(connection, holder.get(30, TimeUnit.SECONDS));
	}

	@Override
	public void close() throws Exception {
		try {
			this.lockService.releaseLock();
		}
		finally {
			LockServiceFactory.getInstance().resetAll();
			this.connection.close();
		}
	}

}
