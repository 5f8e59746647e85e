package dev.prism.lifecycle;

import java.sql.Connection;
import java.util.List;

import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;
import liquibase.resource.ResourceAccessor;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.util.StringUtils;

/**
 * A {@link SpringLiquibase} that runs Prism's database lifecycle at startup, through
 * {@link LiquibaseOperations}. It does nothing while {@code prism.db.command} is set;
 * otherwise it resets the database when {@code prism.db.reset} is set (guarded by
 * {@link DestructiveOperationGuard}) and applies pending changesets when
 * {@code prism.db.migrate} is set. Every operation runs under the
 * migration lock ({@link MigrationLockService}, {@link PostgresAdvisoryLockService},
 * {@link dev.prism.sqlite.SqliteFileLockService}).
 */
public class PrismLiquibase extends SpringLiquibase {

	private final PrismDatabaseProperties properties;

	private final LiquibaseOperations operations;

	private Exception updateFailure;

	/**
	 * Create a new instance.
	 * @param properties the lifecycle properties
	 * @param guard the guard that reset and other destructive operations must pass
	 */
	public PrismLiquibase(PrismDatabaseProperties properties, DestructiveOperationGuard guard) {
		this(properties, guard, List.of());
	}

	/**
	 * Create a new instance.
	 * @param properties the lifecycle properties
	 * @param guard the guard that reset and other destructive operations must pass
	 * @param listeners the listeners called around applying pending changesets, in order
	 */
	public PrismLiquibase(PrismDatabaseProperties properties, DestructiveOperationGuard guard,
			List<MigrationListener> listeners) {
		this.properties = properties;
		this.operations = new LiquibaseOperations(this, properties, guard, listeners);
	}

	@Override
	public void afterPropertiesSet() throws LiquibaseException {
		TransactionPoolingCheck.warnIfUnsafe(getDataSource(), this.operations.lockDataSource());
		if (StringUtils.hasText(this.properties.getCommand())) {
			this.log.info("Skipping startup migration: prism.db.command=" + this.properties.getCommand() + " is set");
			return;
		}
		if (!this.properties.isMigrate() && !isReset()) {
			this.log.info("Skipping startup migration: prism.db.migrate=false");
			return;
		}
		this.operations.inScope(() -> {
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
			LiquibaseOperations.locked(liquibase, () -> {
				if (isReset()) {
					this.operations.dropAll(liquibase);
				}
				if (isClearCheckSums()) {
					liquibase.clearCheckSums();
				}
				this.operations.applyPending(liquibase, !isReset());
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
	 * Create the Liquibase database, prepared for Prism's migrations by
	 * {@link LiquibaseOperations#prepare(Database, PrismDatabaseProperties)}.
	 */
	@Override
	protected Database createDatabase(Connection connection, ResourceAccessor resourceAccessor)
			throws liquibase.exception.DatabaseException {
		return LiquibaseOperations.prepare(super.createDatabase(connection, resourceAccessor), this.properties);
	}

}
