package dev.prism.lifecycle;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import liquibase.CatalogAndSchema;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.changelog.ChangeLogHistoryService;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeSetStatus;
import liquibase.changelog.RanChangeSet;
import liquibase.command.CommandScope;
import liquibase.command.core.DropAllCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.core.PostgresDatabase;
import liquibase.database.core.SQLiteDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.integration.commandline.LiquibaseCommandLineConfiguration;
import liquibase.integration.spring.SpringLiquibase;
import liquibase.lockservice.DatabaseChangeLogLock;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import liquibase.resource.ResourceAccessor;
import liquibase.snapshot.SnapshotGeneratorFactory;
import liquibase.ui.ConsoleUIService;
import liquibase.ui.LoggerUIService;
import liquibase.ui.UIServiceEnum;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/**
 * A {@link SpringLiquibase} that runs Prism's database lifecycle at startup and the
 * Liquibase side of the one-shot database commands. At startup it does nothing while
 * {@code prism.db.command} is set; otherwise it resets the database when
 * {@code prism.db.reset} is set (guarded by {@link DestructiveOperationGuard}) and applies
 * pending changesets when {@code prism.db.migrate} is set. Every operation runs under the
 * migration lock ({@link MigrationLockService}, {@link PostgresAdvisoryLockService},
 * {@link SqliteFileLockService}).
 */
public class PrismLiquibase extends SpringLiquibase {

	/**
	 * How Liquibase's script header names a database whose connection has no user name,
	 * such as SQLite's.
	 */
	private static final String NO_USER_AGAINST = "-- Against: null@";

	private final PrismDatabaseProperties properties;

	private final DestructiveOperationGuard guard;

	private DataSource lockDataSource;

	private Exception updateFailure;

	/**
	 * Create a new instance.
	 * @param properties the lifecycle properties
	 * @param guard the guard that reset and other destructive operations must pass
	 */
	public PrismLiquibase(PrismDatabaseProperties properties, DestructiveOperationGuard guard) {
		this.properties = properties;
		this.guard = guard;
	}

	@Override
	public void afterPropertiesSet() throws LiquibaseException {
		TransactionPoolingCheck.warnIfUnsafe(getDataSource(), lockDataSource());
		if (StringUtils.hasText(this.properties.getCommand())) {
			this.log.info("Skipping startup migration: prism.db.command=" + this.properties.getCommand() + " is set");
			return;
		}
		if (!this.properties.isMigrate() && !isReset()) {
			this.log.info("Skipping startup migration: prism.db.migrate=false");
			return;
		}
		if (this.shouldRun && LiquibaseCommandLineConfiguration.SHOULD_RUN.getCurrentValue()) {
			checkChangelogExists();
		}
		inScope(() -> {
			try {
				super.afterPropertiesSet();
			}
			catch (LiquibaseException | RuntimeException ex) {
				throw originalFailure(ex);
			}
			finally {
				this.updateFailure = null;
			}
			return null;
		});
	}

	/**
	 * Return the failure of the update itself rather than the one that
	 * {@link SpringLiquibase#afterPropertiesSet()} throws when closing Liquibase fails too,
	 * as it does on a connection that the pool evicted after the update's error.
	 */
	private Exception originalFailure(Exception failure) {
		Exception original = this.updateFailure;
		if (original == null || original == failure || NestedExceptionUtils.getMostSpecificCause(failure) == original) {
			return failure;
		}
		original.addSuppressed(failure);
		return original;
	}

	private boolean isReset() {
		return this.properties.isReset() || this.dropFirst;
	}

	@Override
	protected void performUpdate(Liquibase liquibase) throws LiquibaseException {
		try {
			locked(liquibase, () -> {
				if (isReset()) {
					dropAll(liquibase, "reset");
				}
				if (isClearCheckSums()) {
					liquibase.clearCheckSums();
				}
				applyPending(liquibase);
				return null;
			});
		}
		catch (LiquibaseException | RuntimeException ex) {
			this.updateFailure = ex;
			throw ex;
		}
	}

	/**
	 * Return {@code false}: {@code spring.liquibase.drop-first} is honoured as a reset by
	 * {@link #performUpdate(Liquibase)}, under the destructive-operation guard, instead of
	 * by {@link SpringLiquibase#createLiquibase(Connection)}, which would drop unguarded and
	 * for every command too.
	 */
	@Override
	public boolean isDropFirst() {
		return false;
	}

	/**
	 * Return the applied and pending changesets, without changing the database.
	 * @return the status of every changeset in the changelog
	 */
	public List<ChangeSetStatus> status() {
		return execute((liquibase) -> {
			if (!hasHistoryTable(liquibase)) {
				List<ChangeSetStatus> statuses = new ArrayList<>();
				for (var changeSet : liquibase.getDatabaseChangeLog().getChangeSets()) {
					ChangeSetStatus status = new ChangeSetStatus(changeSet);
					status.setWillRun(true);
					statuses.add(status);
				}
				return statuses;
			}
			return liquibase.getChangeSetStatuses(contexts(), labels());
		});
	}

	/**
	 * Return the changesets applied to the database, in the order they ran.
	 * @return the applied changesets, empty when none ever ran
	 */
	public List<RanChangeSet> history() {
		return execute((liquibase) -> {
			if (!hasHistoryTable(liquibase)) {
				return List.of();
			}
			ChangeLogHistoryService history = Scope.getCurrentScope()
				.getSingleton(ChangeLogHistoryServiceFactory.class)
				.getChangeLogService(liquibase.getDatabase());
			return List.copyOf(history.getRanChangeSets());
		});
	}

	/**
	 * Apply every pending changeset.
	 * @return the changesets that were applied
	 */
	public List<String> migrate() {
		return execute((liquibase) -> locked(liquibase, () -> applyPending(liquibase)));
	}

	/**
	 * Drop every object in the database, then apply every changeset. Refused by the
	 * {@link DestructiveOperationGuard} where it would refuse a reset.
	 * @return the changesets that were applied
	 */
	public List<String> reset() {
		return execute((liquibase) -> locked(liquibase, () -> {
			dropAll(liquibase, "reset");
			return applyPending(liquibase);
		}));
	}

	/**
	 * Roll back the most recent changesets.
	 * @param count how many changesets to roll back
	 * @return the changesets that were rolled back
	 */
	public List<String> rollback(int count) {
		return rollback((liquibase) -> liquibase.rollback(count, null, contexts(), labels()));
	}

	/**
	 * Roll back every changeset applied after a tag.
	 * @param tag the tag to return to
	 * @return the changesets that were rolled back
	 */
	public List<String> rollback(String tag) {
		return rollback((liquibase) -> liquibase.rollback(tag, null, contexts(), labels()));
	}

	private List<String> rollback(RollbackAction action) {
		return execute((liquibase) -> {
			this.guard.check("rollback", url(liquibase));
			return locked(liquibase, () -> {
				ChangesetRecorder recorder = record(liquibase);
				action.rollback(liquibase);
				return recorder.rolledBack();
			});
		});
	}

	/**
	 * Tag the current state of the database, for a later rollback to it.
	 * @param tag the tag
	 */
	public void tag(String tag) {
		execute((liquibase) -> locked(liquibase, () -> {
			liquibase.tag(tag);
			untagEarlierChangesets(liquibase.getDatabase(), tag);
			return null;
		}));
	}

	/**
	 * Write the SQL that migrating would run, without changing the database.
	 * @param output where to write the SQL
	 * @throws IOException when the SQL cannot be written
	 */
	public void updateSql(Writer output) throws IOException {
		StringWriter sql = new StringWriter();
		execute((liquibase) -> {
			liquibase.update(contexts(), labels(), sql);
			return null;
		});
		output.write(sql.toString().replace(NO_USER_AGAINST, "-- Against: "));
	}

	/**
	 * Check the changelog for errors and the applied changesets' checksums.
	 */
	public void validate() {
		execute((liquibase) -> {
			liquibase.validate();
			return null;
		});
	}

	/**
	 * Release the migration lock that a process which died while migrating left behind.
	 * @return the locks that were released
	 */
	public List<DatabaseChangeLogLock> releaseLocks() {
		return execute((liquibase) -> {
			LockService lockService = LockServiceFactory.getInstance().getLockService(liquibase.getDatabase());
			List<DatabaseChangeLogLock> held = List.of(lockService.listLocks());
			if (!held.isEmpty() && lockService instanceof MigrationLockService prismLock
					&& prismLock.releaseEndsSessions()) {
				this.guard.check("end the session holding the migration lock of", url(liquibase));
			}
			lockService.forceReleaseLock();
			Set<String> stillHeld = new HashSet<>();
			for (DatabaseChangeLogLock lock : lockService.listLocks()) {
				stillHeld.add(lock.getLockedBy());
			}
			return held.stream().filter((lock) -> !stillHeld.contains(lock.getLockedBy())).toList();
		});
	}

	/**
	 * Return the migration locks currently held.
	 * @return the held locks
	 */
	public List<DatabaseChangeLogLock> locks() {
		return execute((liquibase) -> List
			.of(LockServiceFactory.getInstance().getLockService(liquibase.getDatabase()).listLocks()));
	}

	/**
	 * Return the JDBC URL of the database that migrations run against.
	 * @return the URL
	 */
	public String url() {
		return execute(PrismLiquibase::url);
	}

	/**
	 * Return the qualified name of Liquibase's lock table.
	 * @return the lock table name
	 */
	public String lockTableName() {
		return execute((liquibase) -> MigrationLockService.lockTableName(liquibase.getDatabase()));
	}

	private <T> T execute(LiquibaseAction<T> action) {
		checkChangelogExists();
		try {
			return inScope(() -> {
				Connection connection = getDataSource().getConnection();
				Liquibase liquibase;
				try {
					liquibase = createLiquibase(connection);
				}
				catch (LiquibaseException | RuntimeException ex) {
					connection.close();
					throw ex;
				}
				try {
					return action.run(liquibase);
				}
				finally {
					liquibase.close();
				}
			});
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Liquibase failed: " + ex.getMessage(), ex);
		}
	}

	private <T> T inScope(Scope.ScopedRunnerWithReturn<T> runner) throws LiquibaseException {
		Map<String, Object> scope = new LinkedHashMap<>();
		scope.put(MigrationLockService.LOCK_TIMEOUT_SCOPE_KEY, this.properties.getLockTimeout());
		scope.put(PostgresAdvisoryLockService.DATA_SOURCE_SCOPE_KEY, lockDataSource());
		scope.put(Scope.Attr.ui.name(), (getUiService() != UIServiceEnum.CONSOLE) ? new LoggerUIService()
				: new ConsoleUIService());
		if (getAnalyticsEnabled() != null) {
			scope.put(AnalyticsArgs.ENABLED.getKey(), getAnalyticsEnabled());
		}
		try {
			return Scope.child(scope, runner);
		}
		catch (LiquibaseException | RuntimeException ex) {
			throw ex;
		}
		catch (SQLException ex) {
			throw new liquibase.exception.DatabaseException(ex);
		}
		catch (Exception ex) {
			throw new LiquibaseException(ex);
		}
	}

	/**
	 * Return where the PostgreSQL migration lock takes its connection: an unpooled copy of
	 * the migration data source where possible, so that the lock never waits for a
	 * connection from a pool that the migration itself uses.
	 */
	private DataSource lockDataSource() {
		if (this.lockDataSource == null) {
			try {
				this.lockDataSource = DataSourceBuilder.derivedFrom(getDataSource())
					.type(SimpleDriverDataSource.class)
					.build();
			}
			catch (RuntimeException ex) {
				this.lockDataSource = getDataSource();
			}
		}
		return this.lockDataSource;
	}

	/**
	 * Create the Liquibase database. On PostgreSQL its connection commits each changeset
	 * together with its history row ({@link ChangesetTransactionConnection}) and, from
	 * PostgreSQL 14, checks every {@value PostgresAdvisoryLockService#CLIENT_CHECK_INTERVAL}
	 * during a statement that this process is still connected, so that a statement of a
	 * killed process does not run on.
	 */
	@Override
	protected Database createDatabase(Connection connection, ResourceAccessor resourceAccessor)
			throws liquibase.exception.DatabaseException {
		Database database = super.createDatabase(connection, resourceAccessor);
		if (connection != null && database instanceof PostgresDatabase) {
			database.setConnection(new ChangesetTransactionConnection(connection));
			checkClientConnection(connection);
		}
		return database;
	}

	private static void checkClientConnection(Connection connection) throws liquibase.exception.DatabaseException {
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT set_config('client_connection_check_interval', ?, false) "
					+ "WHERE current_setting('server_version_num')::int >= 140000")) {
			statement.setString(1, PostgresAdvisoryLockService.CLIENT_CHECK_INTERVAL);
			statement.executeQuery().close();
			connection.commit();
		}
		catch (SQLException ex) {
			throw new liquibase.exception.DatabaseException(ex);
		}
	}

	/**
	 * Run an operation under the migration lock. Liquibase takes the lock itself too, but
	 * only after it has created its changelog table, which concurrent starts on an empty
	 * database would then race to create.
	 */
	private static <T> T locked(Liquibase liquibase, LockedAction<T> action) throws LiquibaseException {
		LockService lockService = LockServiceFactory.getInstance().getLockService(liquibase.getDatabase());
		lockService.waitForLock();
		T result;
		try {
			result = action.run();
		}
		catch (LiquibaseException | RuntimeException ex) {
			try {
				lockService.releaseLock();
			}
			catch (LiquibaseException | RuntimeException releaseFailure) {
				ex.addSuppressed(releaseFailure);
			}
			throw ex;
		}
		lockService.releaseLock();
		return result;
	}

	private List<String> applyPending(Liquibase liquibase) throws LiquibaseException {
		ChangesetRecorder recorder = record(liquibase);
		update(liquibase, recorder);
		return recorder.ran();
	}

	/**
	 * Apply the pending changesets as {@link SpringLiquibase#performUpdate(Liquibase)} does:
	 * with {@code spring.liquibase.test-rollback-on-update}, each is applied, rolled back
	 * and applied again, so that a changeset that cannot be rolled back fails the update.
	 */
	private void update(Liquibase liquibase, ChangesetRecorder recorder) throws LiquibaseException {
		try {
			if (isTestRollbackOnUpdate() && getTag() != null) {
				liquibase.updateTestingRollback(getTag(), contexts(), labels());
			}
			else if (isTestRollbackOnUpdate()) {
				liquibase.updateTestingRollback(contexts(), labels());
			}
			else if (getTag() != null) {
				liquibase.update(getTag(), contexts(), labels());
			}
			else {
				liquibase.update(contexts(), labels());
			}
		}
		catch (LiquibaseException | RuntimeException ex) {
			if (recorder.failedChangeset() != null) {
				throw new ChangesetFailedException(recorder.failedChangeset(), recorder.failure(),
						liquibase.getDatabase().supportsDDLInTransaction(), ex);
			}
			throw ex;
		}
	}

	private void dropAll(Liquibase liquibase, String operation) throws LiquibaseException {
		Database database = liquibase.getDatabase();
		this.guard.check(operation, url(liquibase));
		Set<CatalogAndSchema> schemas = new LinkedHashSet<>();
		schemas.add(new CatalogAndSchema(database.getDefaultCatalogName(), database.getDefaultSchemaName()));
		schemas.add(new CatalogAndSchema(database.getLiquibaseCatalogName(), database.getLiquibaseSchemaName()));
		this.log.info("Dropping every object in " + schemas);
		if (database instanceof SQLiteDatabase) {
			SqliteSchemaDropper.dropAll(((JdbcConnection) database.getConnection()).getUnderlyingConnection());
			database.commit();
			return;
		}
		new CommandScope(DropAllCommandStep.COMMAND_NAME)
			.addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
			.addArgumentValue(DropAllCommandStep.CATALOG_AND_SCHEMAS_ARG, schemas.toArray(CatalogAndSchema[]::new))
			.addArgumentValue(DropAllCommandStep.REQUIRE_FORCE_ARG, true)
			.addArgumentValue(DropAllCommandStep.FORCE_ARG, true)
			.execute();
	}

	/**
	 * Keep the tag on the latest changeset only. Liquibase tags every changeset that ran at
	 * the latest execution time, which on SQLite (times stored to the second) can be several,
	 * and a later rollback to the tag would then undo too much.
	 */
	private static void untagEarlierChangesets(Database database, String tag) throws LiquibaseException {
		String table = database.escapeTableName(database.getLiquibaseCatalogName(), database.getLiquibaseSchemaName(),
				database.getDatabaseChangeLogTableName());
		Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
		try (PreparedStatement statement = connection.prepareStatement("UPDATE " + table
				+ " SET TAG = NULL WHERE TAG = ? AND ORDEREXECUTED < (SELECT MAX(ORDEREXECUTED) FROM " + table
				+ " WHERE TAG = ?)")) {
			statement.setString(1, tag);
			statement.setString(2, tag);
			statement.executeUpdate();
		}
		catch (SQLException ex) {
			throw new liquibase.exception.DatabaseException(ex);
		}
		database.commit();
	}

	private void checkChangelogExists() {
		Resource changelog = getResourceLoader().getResource(getChangeLog());
		if (!changelog.exists()) {
			throw new ChangelogMissingException(getChangeLog());
		}
	}

	private static boolean hasHistoryTable(Liquibase liquibase) throws LiquibaseException {
		return SnapshotGeneratorFactory.getInstance().hasDatabaseChangeLogTable(liquibase.getDatabase());
	}

	private static String url(Liquibase liquibase) {
		return liquibase.getDatabase().getConnection().getURL();
	}

	private static ChangesetRecorder record(Liquibase liquibase) {
		ChangesetRecorder recorder = new ChangesetRecorder();
		liquibase.setChangeExecListener(recorder);
		return recorder;
	}

	private Contexts contexts() {
		return new Contexts(getContexts());
	}

	private LabelExpression labels() {
		return new LabelExpression(getLabelFilter());
	}

	@FunctionalInterface
	private interface RollbackAction {

		void rollback(Liquibase liquibase) throws LiquibaseException;

	}

	@FunctionalInterface
	private interface LockedAction<T> {

		T run() throws LiquibaseException;

	}

	@FunctionalInterface
	private interface LiquibaseAction<T> {

		T run(Liquibase liquibase) throws Exception;

	}

}
