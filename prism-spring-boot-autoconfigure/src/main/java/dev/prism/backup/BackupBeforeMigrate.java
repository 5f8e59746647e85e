package dev.prism.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import dev.prism.lifecycle.MigrationListener;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Backs the database up into {@code prism.db.backup-dir} before pending changesets are
 * applied, and logs the backup's file.
 */
class BackupBeforeMigrate implements MigrationListener {

	private static final Log logger = LogFactory.getLog(BackupBeforeMigrate.class);

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS")
		.withZone(ZoneOffset.UTC);

	private final DatabaseBackup backup;

	private final Path directory;

	private final Clock clock;

	BackupBeforeMigrate(DatabaseBackup backup, Path directory, Clock clock) {
		this.backup = backup;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	public void beforeMigrate(Connection connection, List<String> pending) throws Exception {
		Path file = this.directory
			.resolve("before-migrate-" + TIMESTAMP.format(this.clock.instant()) + "." + this.backup.extension(connection))
			.toAbsolutePath();
		this.backup.backup(connection, file);
		logger.info("Backed up the database to " + file + " before applying " + pending.size()
				+ " pending changeset(s)");
	}

}
