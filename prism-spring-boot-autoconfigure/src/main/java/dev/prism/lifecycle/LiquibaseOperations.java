package dev.prism.lifecycle;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import dev.prism.jdbc.PrismDatabase;
import liquibase.CatalogAndSchema;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.changelog.ChangeLogHistoryService;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.ChangeSetStatus;
import liquibase.changelog.RanChangeSet;
import liquibase.command.CommandScope;
import liquibase.command.core.DropAllCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;
import liquibase.integration.spring.SpringResourceAccessor;
import liquibase.lockservice.DatabaseChangeLogLock;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import liquibase.snapshot.SnapshotGeneratorFactory;
import liquibase.structure.core.Catalog;
import liquibase.structure.core.Schema;
import liquibase.ui.ConsoleUIService;
import liquibase.ui.LoggerUIService;
import liquibase.ui.UIServiceEnum;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringUtils;

/**
 * The Liquibase operations behind Prism's database commands and startup migration:
 * status, history, pending changesets, migrate, reset, rollback, tag, update-sql, validate
 * and release-locks. Works on any {@link SpringLiquibase}, Prism's, Spring Boot's or the
 * application's own, reading its configuration through its getters as Spring Boot's
 * Liquibase endpoint does. Every change to the database runs under the migration lock
 * ({@link MigrationLockService}, {@link PostgresAdvisoryLockService},
 * {@link dev.prism.sqlite.SqliteFileLockService}) and destructive ones pass the
 * {@link DestructiveOperationGuard}.
 */
public class LiquibaseOperations {

	/**
	 * How Liquibase's script header names a database whose connection has no user name,
	 * such as SQLite's.
	 */
	private static final String NO_USER_AGAINST = "-- Against: null@";

	/**
	 * {@link SpringLiquibase} keeps its changelog parameters without a getter.
	 */
	private static final Field PARAMETERS = ReflectionUtils.findField(SpringLiquibase.class, "parameters");

	static {
		ReflectionUtils.makeAccessible(PARAMETERS);
	}

	private final SpringLiquibase liquibase;

	private final PrismDatabaseProperties properties;

	private final DestructiveOperationGuard guard;

	private final List<MigrationListener> listeners;

	private DataSource lockDataSource;

	/**
	 * Create a new instance.
	 * @param liquibase the bean whose data source and changelog the operations use
	 * @param properties the lifecycle properties
	 * @param guard the guard that destructive operations must pass
	 */
	public LiquibaseOperations(SpringLiquibase liquibase, PrismDatabaseProperties properties,
			DestructiveOperationGuard guard) {
		this(liquibase, properties, guard, List.of());
	}

	/**
	 * Create a new instance.
	 * @param liquibase the bean whose data source and changelog the operations use
	 * @param properties the lifecycle properties
	 * @param guard the guard that destructive operations must pass
	 * @param listeners the listeners called around applying pending changesets, in order
	 */
	public LiquibaseOperations(SpringLiquibase liquibase, PrismDatabaseProperties properties,
			DestructiveOperationGuard guard, List<MigrationListener> listeners) {
		this.liquibase = liquibase;
		this.properties = properties;
		this.guard = guard;
		this.listeners = List.copyOf(listeners);
	}

	/**
	 * Return the applied and pending changesets, without changing the database.
	 * @return the status of every changeset in the changelog
	 */
	public List<ChangeSetStatus> status() {
		return execute((liquibase) -> {
			if (!hasHistoryTable(liquibase)) {
				List<ChangeSetStatus> statuses = new ArrayList<>();
				for (ChangeSet changeSet : liquibase.getDatabaseChangeLog().getChangeSets()) {
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
	 * Return the changesets of the changelog that the database has not applied.
	 * @return the pending changesets, as {@code changelog::id::author}
	 */
	public List<String> pendingChangesets() {
		return status().stream()
			.filter(ChangeSetStatus::getWillRun)
			.map((status) -> ChangesetRecorder.name(status.getChangeSet()))
			.toList();
	}

	/**
	 * Apply every changeset of the changelog to another database, such as a scratch copy to
	 * compare the JPA entities with: with the changelog's parameters, contexts and labels,
	 * without the listeners and backups of a migration of the application's database.
	 * @param database the database to apply the changelog to, left open
	 */
	public void applyChangelog(Database database) {
		try {
			inScope(() -> {
				liquibaseOn(database).update(contexts(), labels());
				return null;
			});
		}
		catch (LiquibaseException ex) {
			throw new IllegalStateException("Liquibase failed: " + ex.getMessage(), ex);
		}
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
		return execute((liquibase) -> locked(liquibase, () -> applyPending(liquibase, true)));
	}

	/**
	 * Drop every object in the database, then apply every changeset. Refused by the
	 * {@link DestructiveOperationGuard} where it would refuse a reset.
	 * @return the changesets that were applied
	 */
	public List<String> reset() {
		return execute((liquibase) -> locked(liquibase, () -> {
			dropAll(liquibase);
			return applyPending(liquibase, false);
		}));
	}

	/**
	 * Drop every object in the database, then load a backup into it. Refused by the
	 * {@link DestructiveOperationGuard} where it would refuse a reset.
	 * @param loader loads the backup into the emptied database
	 */
	public void restore(BackupLoader loader) {
		execute((liquibase) -> locked(liquibase, () -> {
			dropAll(liquibase, "restore");
			try {
				loader.load(((JdbcConnection) liquibase.getDatabase().getConnection()).getUnderlyingConnection());
			}
			catch (RuntimeException ex) {
				throw ex;
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex.getMessage(), ex);
			}
			return null;
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

	private <T> T execute(LiquibaseAction<T> action) {
		try {
			return inScope(() -> {
				Connection connection = this.liquibase.getDataSource().getConnection();
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

	/**
	 * Create Liquibase for the bean's changelog as {@link SpringLiquibase} itself does, but
	 * without its {@code drop-first}, which only a guarded reset honours.
	 */
	private Liquibase createLiquibase(Connection connection) throws LiquibaseException {
		Database database = DatabaseFactory.getInstance()
			.findCorrectDatabaseImplementation(new JdbcConnection(connection));
		String defaultSchema = StringUtils.trimWhitespace(this.liquibase.getDefaultSchema());
		if (StringUtils.hasText(defaultSchema)) {
			if (database.supports(Schema.class)) {
				database.setDefaultSchemaName(defaultSchema);
			}
			else if (database.supports(Catalog.class)) {
				database.setDefaultCatalogName(defaultSchema);
			}
		}
		String liquibaseSchema = StringUtils.trimWhitespace(this.liquibase.getLiquibaseSchema());
		if (StringUtils.hasText(liquibaseSchema)) {
			if (database.supports(Schema.class)) {
				database.setLiquibaseSchemaName(liquibaseSchema);
			}
			else if (database.supports(Catalog.class)) {
				database.setLiquibaseCatalogName(liquibaseSchema);
			}
		}
		if (StringUtils.hasText(this.liquibase.getLiquibaseTablespace()) && database.supportsTablespaces()) {
			database.setLiquibaseTablespaceName(this.liquibase.getLiquibaseTablespace());
		}
		if (StringUtils.hasText(this.liquibase.getDatabaseChangeLogTable())) {
			database.setDatabaseChangeLogTableName(this.liquibase.getDatabaseChangeLogTable());
		}
		if (StringUtils.hasText(this.liquibase.getDatabaseChangeLogLockTable())) {
			database.setDatabaseChangeLogLockTableName(this.liquibase.getDatabaseChangeLogLockTable());
		}
		return liquibaseOn(database);
	}

	private Liquibase liquibaseOn(Database database) throws LiquibaseException {
		Liquibase liquibase = new Liquibase(this.liquibase.getChangeLog(),
				new SpringResourceAccessor(this.liquibase.getResourceLoader()), prepare(database, this.properties));
		parameters().forEach(liquibase::setChangeLogParameter);
		if (this.liquibase.getCustomizer() != null) {
			this.liquibase.getCustomizer().customize(liquibase);
		}
		return liquibase;
	}

	@SuppressWarnings("unchecked")
	private Map<String, String> parameters() {
		Map<String, String> parameters = (Map<String, String>) ReflectionUtils.getField(PARAMETERS, this.liquibase);
		return (parameters != null) ? parameters : Map.of();
	}

	/**
	 * Run Liquibase in a scope that carries Prism's migration lock settings, the bean's UI
	 * service and its analytics setting.
	 * @param <T> the type of the result
	 * @param runner what to run
	 * @return the runner's result
	 * @throws LiquibaseException when the runner fails
	 */
	<T> T inScope(Scope.ScopedRunnerWithReturn<T> runner) throws LiquibaseException {
		Map<String, Object> scope = new LinkedHashMap<>();
		scope.put(MigrationLockService.LOCK_TIMEOUT_SCOPE_KEY, this.properties.getLockTimeout());
		scope.put(PostgresAdvisoryLockService.DATA_SOURCE_SCOPE_KEY, lockDataSource());
		scope.put(Scope.Attr.ui.name(), (this.liquibase.getUiService() != UIServiceEnum.CONSOLE)
				? new LoggerUIService() : new ConsoleUIService());
		if (this.liquibase.getAnalyticsEnabled() != null) {
			scope.put(AnalyticsArgs.ENABLED.getKey(), this.liquibase.getAnalyticsEnabled());
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
	 * @return the data source for the lock
	 */
	DataSource lockDataSource() {
		if (this.lockDataSource == null) {
			try {
				this.lockDataSource = DataSourceBuilder.derivedFrom(this.liquibase.getDataSource())
					.type(SimpleDriverDataSource.class)
					.build();
			}
			catch (RuntimeException ex) {
				this.lockDataSource = this.liquibase.getDataSource();
			}
		}
		return this.lockDataSource;
	}

	/**
	 * Prepare a Liquibase database for Prism's operations. On PostgreSQL its connection
	 * commits each changeset together with its history row
	 * ({@link ChangesetTransactionConnection}) and, from PostgreSQL 14, checks every
	 * {@value PostgresAdvisoryLockService#CLIENT_CHECK_INTERVAL} during a statement that
	 * this process is still connected, so that a statement of a killed process does not run
	 * on.
	 * @param database the database
	 * @return the database
	 * @throws liquibase.exception.DatabaseException when the connection cannot be set up
	 */
	static Database prepare(Database database, PrismDatabaseProperties properties)
			throws liquibase.exception.DatabaseException {
		if (database.getConnection() instanceof JdbcConnection jdbc
				&& PrismDatabase.fromJdbcUrl(jdbc.getURL()) == PrismDatabase.POSTGRESQL) {
			Connection connection = jdbc.getUnderlyingConnection();
			database.setConnection(new ChangesetTransactionConnection(connection));
			configureSession(connection, properties);
		}
		return database;
	}

	private static void configureSession(Connection connection, PrismDatabaseProperties properties)
			throws liquibase.exception.DatabaseException {
		Duration statementTimeout = properties.getStatementTimeout();
		try (PreparedStatement statement = connection.prepareStatement("SELECT set_config('lock_timeout', ?, false), "
				+ "set_config('statement_timeout', ?, false), (SELECT set_config('client_connection_check_interval', "
				+ "?, false) WHERE current_setting('server_version_num')::int >= 140000)")) {
			statement.setString(1, Long.toString(properties.getLockTimeout().toMillis()));
			statement.setString(2, Long.toString((statementTimeout != null) ? statementTimeout.toMillis() : 0));
			statement.setString(3, PostgresAdvisoryLockService.CLIENT_CHECK_INTERVAL);
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
	 * @param <T> the type of the result
	 * @param liquibase the Liquibase whose database to lock
	 * @param action the operation
	 * @return the operation's result
	 * @throws LiquibaseException when the lock is not acquired or the operation fails
	 */
	static <T> T locked(Liquibase liquibase, LockedAction<T> action) throws LiquibaseException {
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

	/**
	 * Apply every pending changeset, up to the bean's tag if it has one, telling the
	 * {@link MigrationListener listeners}. With the bean's {@code testRollbackOnUpdate}
	 * ({@code spring.liquibase.test-rollback-on-update}) each is applied, rolled back and
	 * applied again, as {@link SpringLiquibase#performUpdate(Liquibase)} does, so that a
	 * changeset that cannot be rolled back fails the update.
	 * @param liquibase the Liquibase to update
	 * @param announce whether to call {@link MigrationListener#beforeMigrate} when
	 * changesets are pending; not after a reset, which left nothing to protect
	 * @return the changesets that were applied
	 * @throws LiquibaseException when a changeset fails
	 */
	List<String> applyPending(Liquibase liquibase, boolean announce) throws LiquibaseException {
		Connection connection = ((JdbcConnection) liquibase.getDatabase().getConnection()).getUnderlyingConnection();
		if (announce && !this.listeners.isEmpty()) {
			List<String> pending = liquibase.listUnrunChangeSets(contexts(), labels())
				.stream()
				.map(ChangesetRecorder::name)
				.toList();
			if (!pending.isEmpty()) {
				notifyListeners((listener) -> listener.beforeMigrate(connection, pending));
			}
		}
		long start = System.nanoTime();
		List<String> applied = update(liquibase);
		Duration duration = Duration.ofNanos(System.nanoTime() - start);
		notifyListeners((listener) -> listener.afterMigrate(connection, applied, duration));
		return applied;
	}

	private void notifyListeners(ListenerCall call) {
		for (MigrationListener listener : this.listeners) {
			try {
				call.call(listener);
			}
			catch (RuntimeException ex) {
				throw ex;
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex.getMessage(), ex);
			}
		}
	}

	private List<String> update(Liquibase liquibase) throws LiquibaseException {
		ChangesetRecorder recorder = record(liquibase);
		try {
			if (this.liquibase.isTestRollbackOnUpdate() && this.liquibase.getTag() != null) {
				liquibase.updateTestingRollback(this.liquibase.getTag(), contexts(), labels());
			}
			else if (this.liquibase.isTestRollbackOnUpdate()) {
				liquibase.updateTestingRollback(contexts(), labels());
			}
			else if (this.liquibase.getTag() != null) {
				liquibase.update(this.liquibase.getTag(), contexts(), labels());
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
		return recorder.ran();
	}

	/**
	 * Drop every object in the database's default and Liquibase schemas, once the
	 * {@link DestructiveOperationGuard} allows a reset.
	 * @param liquibase the Liquibase whose database to drop
	 * @throws LiquibaseException when dropping fails
	 */
	void dropAll(Liquibase liquibase) throws LiquibaseException {
		dropAll(liquibase, "reset");
	}

	private void dropAll(Liquibase liquibase, String operation) throws LiquibaseException {
		Database database = liquibase.getDatabase();
		this.guard.check(operation, url(liquibase));
		Set<CatalogAndSchema> schemas = new LinkedHashSet<>();
		schemas.add(new CatalogAndSchema(database.getDefaultCatalogName(), database.getDefaultSchemaName()));
		schemas.add(new CatalogAndSchema(database.getLiquibaseCatalogName(), database.getLiquibaseSchemaName()));
		Scope.getCurrentScope().getLog(getClass()).info("Dropping every object in " + schemas);
		Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
		try {
			if (PrismDatabase.of(connection).dropSchema(connection)) {
				database.commit();
				return;
			}
		}
		catch (SQLException ex) {
			throw new liquibase.exception.DatabaseException("Could not drop the schema: " + ex.getMessage(), ex);
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
		return new Contexts(this.liquibase.getContexts());
	}

	private LabelExpression labels() {
		return new LabelExpression(this.liquibase.getLabelFilter());
	}

	/**
	 * Loads a backup into an emptied database.
	 */
	@FunctionalInterface
	public interface BackupLoader {

		/**
		 * Load the backup.
		 * @param connection the migration's connection, with no transaction open
		 * @throws Exception when the backup cannot be loaded
		 */
		void load(Connection connection) throws Exception;

	}

	@FunctionalInterface
	private interface ListenerCall {

		void call(MigrationListener listener) throws Exception;

	}

	@FunctionalInterface
	private interface RollbackAction {

		void rollback(Liquibase liquibase) throws LiquibaseException;

	}

	/**
	 * An operation run under the migration lock.
	 * @param <T> the type of its result
	 */
	@FunctionalInterface
	interface LockedAction<T> {

		T run() throws LiquibaseException;

	}

	@FunctionalInterface
	private interface LiquibaseAction<T> {

		T run(Liquibase liquibase) throws Exception;

	}

}
