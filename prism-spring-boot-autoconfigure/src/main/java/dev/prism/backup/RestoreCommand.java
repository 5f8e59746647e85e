package dev.prism.backup;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;

import javax.sql.DataSource;

import dev.prism.lifecycle.DatabaseCommand;
import dev.prism.lifecycle.PrismDatabaseProperties;
import dev.prism.lifecycle.LiquibaseOperations;

/**
 * {@code restore}: replaces everything in the database with the backup in
 * {@code prism.db.file}. Guarded like {@code reset}.
 */
class RestoreCommand implements DatabaseCommand {

	private final DatabaseBackup backup;

	private final DataSource dataSource;

	private final LiquibaseOperations liquibase;

	private final PrismDatabaseProperties properties;

	RestoreCommand(DatabaseBackup backup, DataSource dataSource, LiquibaseOperations liquibase,
			PrismDatabaseProperties properties) {
		this.backup = backup;
		this.dataSource = dataSource;
		this.liquibase = liquibase;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "restore";
	}

	@Override
	public String description() {
		return "replace everything in the database with the backup in prism.db.file";
	}

	@Override
	public boolean destructive() {
		return true;
	}

	@Override
	public void run(PrintWriter out) throws Exception {
		Path file = BackupCommand.file(name(), this.properties);
		try (Connection connection = this.dataSource.getConnection()) {
			this.backup.checkRestorable(connection, file);
		}
		this.liquibase.restore((connection) -> this.backup.restore(connection, file));
		out.println("Restored the database from " + file.toAbsolutePath() + ".");
	}

}
