package dev.prism.backup;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;

import javax.sql.DataSource;

import dev.prism.lifecycle.DatabaseCommand;
import dev.prism.lifecycle.DatabaseCommandException;
import dev.prism.lifecycle.PrismDatabaseProperties;

/**
 * {@code backup}: writes a backup of the database to {@code prism.db.file}.
 */
class BackupCommand implements DatabaseCommand {

	private final DatabaseBackup backup;

	private final DataSource dataSource;

	private final PrismDatabaseProperties properties;

	BackupCommand(DatabaseBackup backup, DataSource dataSource, PrismDatabaseProperties properties) {
		this.backup = backup;
		this.dataSource = dataSource;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "backup";
	}

	@Override
	public String description() {
		return "write a backup of the database to prism.db.file";
	}

	@Override
	public void run(PrintWriter out) throws Exception {
		Path file = file(name(), this.properties);
		try (Connection connection = this.dataSource.getConnection()) {
			this.backup.backup(connection, file);
		}
		out.println("Backed up the database to " + file.toAbsolutePath() + ".");
	}

	static Path file(String command, PrismDatabaseProperties properties) {
		if (properties.getFile() == null) {
			throw new DatabaseCommandException(command, "no backup file is set",
					"Set prism.db.file to the backup file, for example prism.db.file=backups/app.db on SQLite or "
							+ "prism.db.file=backups/app.sql on PostgreSQL.");
		}
		return properties.getFile();
	}

}
