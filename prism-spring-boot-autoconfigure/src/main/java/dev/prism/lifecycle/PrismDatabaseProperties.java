package dev.prism.lifecycle;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for Prism's database lifecycle: migrations, seeding, reset and
 * one-shot database commands. The changelog, contexts, labels and schema come from
 * {@code spring.liquibase.*}.
 */
@ConfigurationProperties("prism.db")
public class PrismDatabaseProperties {

	/**
	 * Whether to apply pending Liquibase changesets at startup.
	 */
	private boolean migrate = true;

	/**
	 * Whether to run the application's PrismSeeder beans after migrating.
	 */
	private boolean seed = false;

	/**
	 * Whether to drop every object in the database at startup, migrate from scratch, then
	 * seed if seeding is enabled.
	 */
	private boolean reset = false;

	/**
	 * Database command to run once, print the result of, and exit: status, history, migrate,
	 * seed, reset, rollback, rollback-sql, tag, update-sql, test-rollback, baseline, validate,
	 * release-locks, new-changeset, generate-changeset, backup, restore or info.
	 */
	private String command;

	/**
	 * Whether to log every SQL statement with its bind values.
	 */
	private boolean echo = false;

	/**
	 * Whether to allow reset and destructive commands on a database that is not local or
	 * under a prod or production profile.
	 */
	private boolean allowDestructive = false;

	/**
	 * Number of most recent changesets that the rollback command undoes and rollback-sql
	 * prints the rollback of.
	 */
	private Integer rollbackCount;

	/**
	 * Tag that the rollback command rolls the database back to and rollback-sql prints the
	 * rollback to.
	 */
	private String rollbackTag;

	/**
	 * Tag that the tag command writes, and for baseline the tag of the last changeset to mark
	 * as applied.
	 */
	private String tag;

	/**
	 * Name and description of the changeset that new-changeset and generate-changeset
	 * write.
	 */
	private String message;

	/**
	 * How long to wait for another process's migration lock before failing, and on
	 * PostgreSQL how long a migration statement waits for a table lock.
	 */
	private Duration lockTimeout = Duration.ofMinutes(1);

	/**
	 * Longest that a migration statement may run on PostgreSQL. Unlimited when not set.
	 */
	private Duration statementTimeout;

	/**
	 * Backup file that the backup command writes and the restore command reads.
	 */
	private Path file;

	/**
	 * Whether to back the database up into the backup directory before applying pending
	 * changesets.
	 */
	private boolean backupBeforeMigrate = false;

	/**
	 * Directory that backups taken before migrating are written to.
	 */
	private Path backupDir = Path.of("backups");

	/**
	 * Directory that holds the master changelog on disk, where new-changeset and
	 * generate-changeset write changesets. Defaults to the master changelog's directory,
	 * under src/main/resources of the working directory for a classpath changelog.
	 */
	private Path changelogDirectory;

	public boolean isMigrate() {
		return this.migrate;
	}

	public void setMigrate(boolean migrate) {
		this.migrate = migrate;
	}

	public boolean isSeed() {
		return this.seed;
	}

	public void setSeed(boolean seed) {
		this.seed = seed;
	}

	public boolean isReset() {
		return this.reset;
	}

	public void setReset(boolean reset) {
		this.reset = reset;
	}

	public String getCommand() {
		return this.command;
	}

	public void setCommand(String command) {
		this.command = command;
	}

	public boolean isEcho() {
		return this.echo;
	}

	public void setEcho(boolean echo) {
		this.echo = echo;
	}

	public boolean isAllowDestructive() {
		return this.allowDestructive;
	}

	public void setAllowDestructive(boolean allowDestructive) {
		this.allowDestructive = allowDestructive;
	}

	public Integer getRollbackCount() {
		return this.rollbackCount;
	}

	public void setRollbackCount(Integer rollbackCount) {
		this.rollbackCount = rollbackCount;
	}

	public String getRollbackTag() {
		return this.rollbackTag;
	}

	public void setRollbackTag(String rollbackTag) {
		this.rollbackTag = rollbackTag;
	}

	public String getTag() {
		return this.tag;
	}

	public void setTag(String tag) {
		this.tag = tag;
	}

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	public Duration getLockTimeout() {
		return this.lockTimeout;
	}

	public void setLockTimeout(Duration lockTimeout) {
		this.lockTimeout = lockTimeout;
	}

	public Duration getStatementTimeout() {
		return this.statementTimeout;
	}

	public void setStatementTimeout(Duration statementTimeout) {
		this.statementTimeout = statementTimeout;
	}

	public Path getFile() {
		return this.file;
	}

	public void setFile(Path file) {
		this.file = file;
	}

	public boolean isBackupBeforeMigrate() {
		return this.backupBeforeMigrate;
	}

	public void setBackupBeforeMigrate(boolean backupBeforeMigrate) {
		this.backupBeforeMigrate = backupBeforeMigrate;
	}

	public Path getBackupDir() {
		return this.backupDir;
	}

	public void setBackupDir(Path backupDir) {
		this.backupDir = backupDir;
	}

	public Path getChangelogDirectory() {
		return this.changelogDirectory;
	}

	public void setChangelogDirectory(Path changelogDirectory) {
		this.changelogDirectory = changelogDirectory;
	}

}
