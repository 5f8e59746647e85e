package dev.prism.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import dev.prism.test.FailureAnalyses;
import dev.prism.test.PrismApps;
import dev.prism.test.PrismApps.Result;
import dev.prism.test.TestDatabases.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code backup} and {@code restore} commands and backups before migrating, run against
 * each database by a subclass.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class AbstractBackupTests {

	@TempDir
	Path directory;

	PrismApps apps;

	protected abstract Database createDatabase();

	@BeforeEach
	void createApps() {
		this.apps = new PrismApps(createDatabase(), BackupConfiguration.class);
	}

	@AfterEach
	void closeApps() {
		this.apps.close();
	}

	@Test
	void restoreLoadsBackTheBackupReplacingEverythingSince(CapturedOutput output) throws Exception {
		this.apps.start().close();
		this.apps.execute("INSERT INTO authors (name) VALUES ('Grace')");
		Path file = this.directory.resolve("app.backup");
		Result backup = this.apps.command("backup", "prism.db.file=" + file);
		assertThat(backup.status()).as(String.valueOf(backup.failure())).isZero();
		assertThat(output.getOut()).contains("Backed up the database to " + file + ".");
		this.apps.execute("INSERT INTO authors (name) VALUES ('Linus')");
		this.apps.execute("CREATE TABLE scratch (id INT)");
		this.apps.execute("DELETE FROM databasechangelog WHERE id = '3-first-author'");
		Result restore = this.apps.command("restore", "prism.db.file=" + file);
		assertThat(restore.status()).as(String.valueOf(restore.failure())).isZero();
		assertThat(output.getOut()).contains("Restored the database from " + file + ".");
		assertThat(this.apps.query("SELECT name FROM authors ORDER BY name")).containsExactly("Ada", "Grace");
		assertThat(this.apps.query("SELECT id FROM databasechangelog ORDER BY orderexecuted"))
			.containsExactly("1-authors", "2-books", "3-first-author");
		assertThat(this.apps.tables()).doesNotContain("scratch");
		this.apps.execute("INSERT INTO authors (name) VALUES ('Barbara')");
		assertThat(this.apps.query("SELECT COUNT(*) FROM authors")).containsExactly("3");
	}

	@Test
	void backupIsAConsistentSnapshotWhileAWriterHoldsAnOpenTransaction() throws Exception {
		this.apps.start().close();
		Path file = this.directory.resolve("app.backup");
		try (Connection writer = this.apps.connect(); Statement statement = writer.createStatement()) {
			writer.setAutoCommit(false);
			statement.execute("INSERT INTO authors (name) VALUES ('Uncommitted')");
			Result backup = this.apps.command("backup", "prism.db.file=" + file);
			assertThat(backup.status()).as(String.valueOf(backup.failure())).isZero();
			writer.commit();
		}
		this.apps.command("restore", "prism.db.file=" + file);
		assertThat(this.apps.query("SELECT name FROM authors")).containsExactly("Ada");
	}

	@Test
	void backupRefusesToOverwriteAFile() throws Exception {
		this.apps.start().close();
		Path file = Files.writeString(this.directory.resolve("existing.backup"), "keep me");
		Result backup = this.apps.command("backup", "prism.db.file=" + file);
		assertThat(backup.status()).isEqualTo(1);
		FailureAnalysis analysis = FailureAnalyses.analyze(backup.failure());
		assertThat(analysis.getDescription()).isEqualTo("Backup file " + file + " already exists.");
		assertThat(analysis.getAction()).contains("prism.db.file");
		assertThat(Files.readString(file)).isEqualTo("keep me");
	}

	@Test
	void backupWithoutAFileFailsNamingTheProperty() {
		Result backup = this.apps.command("backup");
		assertThat(backup.status()).isEqualTo(1);
		FailureAnalysis analysis = FailureAnalyses.analyze(backup.failure());
		assertThat(analysis.getDescription()).isEqualTo("Database command 'backup' failed: no backup file is set");
		assertThat(analysis.getAction()).contains("prism.db.file=");
	}

	@Test
	void restoreOfAFileThatIsNoBackupDropsNothing() throws Exception {
		this.apps.start().close();
		Path file = Files.writeString(this.directory.resolve("notes.txt"), "not a backup");
		Result restore = this.apps.command("restore", "prism.db.file=" + file);
		assertThat(restore.status()).isEqualTo(1);
		FailureAnalysis analysis = FailureAnalyses.analyze(restore.failure());
		assertThat(analysis.getDescription()).startsWith("Backup file " + file + " is not a ");
		assertThat(analysis.getAction()).endsWith("Nothing was dropped.");
		assertThat(this.apps.query("SELECT name FROM authors")).containsExactly("Ada");
	}

	@Test
	void restoreIsRefusedUnderAProdProfile() throws Exception {
		this.apps.start().close();
		Path file = this.directory.resolve("app.backup");
		this.apps.command("backup", "prism.db.file=" + file);
		this.apps.execute("INSERT INTO authors (name) VALUES ('Grace')");
		Result restore = this.apps.command("restore", "prism.db.file=" + file, "spring.profiles.active=prod");
		assertThat(restore.status()).isEqualTo(1);
		assertThat(FailureAnalyses.analyze(restore.failure()).getDescription()).startsWith("Refused to restore ")
			.contains("the 'prod' profile is active");
		assertThat(this.apps.query("SELECT COUNT(*) FROM authors")).containsExactly("2");
	}

	@Test
	void backupBeforeMigrateBacksUpOnlyWhenChangesetsArePending(CapturedOutput output) throws Exception {
		this.apps.start().close();
		this.apps.execute("DELETE FROM authors");
		this.apps.execute("DELETE FROM databasechangelog WHERE id = '3-first-author'");
		Path backups = this.directory.resolve("backups");
		Result migrate = this.apps.command("migrate", "prism.db.backup-before-migrate=true",
				"prism.db.backup-dir=" + backups);
		assertThat(migrate.status()).as(String.valueOf(migrate.failure())).isZero();
		List<Path> written = list(backups);
		assertThat(written).singleElement()
			.satisfies((file) -> assertThat(file.getFileName().toString()).startsWith("before-migrate-"));
		assertThat(output.getOut()).contains("Backed up the database to " + written.get(0)
				+ " before applying 1 pending changeset(s)");
		this.apps.start("prism.db.backup-before-migrate=true", "prism.db.backup-dir=" + backups).close();
		assertThat(list(backups)).hasSize(1);
		this.apps.command("restore", "prism.db.file=" + written.get(0));
		assertThat(this.apps.query("SELECT id FROM databasechangelog ORDER BY orderexecuted"))
			.containsExactly("1-authors", "2-books");
		assertThat(this.apps.query("SELECT COUNT(*) FROM authors")).containsExactly("0");
	}

	@Test
	void backupBeforeMigrateRunsAtStartupToo() throws Exception {
		Path backups = this.directory.resolve("backups");
		this.apps.start("prism.db.backup-before-migrate=true", "prism.db.backup-dir=" + backups);
		assertThat(list(backups)).hasSize(1);
		assertThat(this.apps.query("SELECT COUNT(*) FROM authors")).containsExactly("1");
	}

	private static List<Path> list(Path directory) throws Exception {
		try (Stream<Path> files = Files.list(directory)) {
			return files.toList();
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(PrismBackupAutoConfiguration.class)
	static class BackupConfiguration {

	}

}
