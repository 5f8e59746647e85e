package dev.prism.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import dev.prism.test.RecordingExitConfiguration;
import dev.prism.test.RecordingExitConfiguration.RecordingExit;
import dev.prism.test.TestDatabases.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample app's operational commands, run against each database by a subclass: info,
 * backup and restore, a backup before migrating, the environment stamp, and testing the
 * changelog's rollbacks.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class AbstractDatabaseOperationsTests {

	@TempDir
	Path directory;

	private Database database;

	abstract Database newDatabase();

	@BeforeEach
	void createDatabase() {
		this.database = newDatabase();
	}

	@Test
	void infoShowsTheMigratedAndSeededDatabase(CapturedOutput output) {
		start("prism.db.seed=true").close();
		assertThat(command("info")).isZero();
		assertThat(output.getOut()).contains("Changesets:      5 applied, 0 pending",
				"Seeders:         2 recorded, 0 pending", "Environment:     first migrated under profile(s) default",
				"Migration lock:  free");
	}

	@Test
	void everyChangesetRollsBackAndAppliesAgain(CapturedOutput output) {
		assertThat(command("test-rollback")).isZero();
		assertThat(output.getOut()).contains("Applied, rolled back and applied again 5 changeset(s):",
				"db/changelog/changes/005-add-customer-phone.yaml::");
		assertThat(command("info")).isZero();
		assertThat(output.getOut()).contains("Changesets:      5 applied, 0 pending");
	}

	@Test
	void infoOfAnUnreachableDatabaseFailsInOneLine(CapturedOutput output) throws Exception {
		assertThat(command("info", "spring.datasource.url=" + unreachableUrl())).isEqualTo(1);
		assertThat(output.getErr()).containsPattern("Database command 'info' failed: cannot connect to .+\\n");
	}

	@Test
	void backupThenRestoreBringsBackTheCustomers(CapturedOutput output) {
		start("prism.db.seed=true").close();
		Path file = this.directory.resolve("sample.backup");
		assertThat(command("backup", "prism.db.file=" + file)).isZero();
		try (ConfigurableApplicationContext context = start()) {
			jdbc(context).update("DELETE FROM orders");
			jdbc(context).update("DELETE FROM customers");
		}
		assertThat(command("restore", "prism.db.file=" + file)).isZero();
		assertThat(output.getOut()).contains("Restored the database from " + file + ".");
		try (ConfigurableApplicationContext context = start()) {
			assertThat(context.getBean(CustomerRepository.class).count()).isEqualTo(2);
			assertThat(context.getBean(OrderRepository.class).count()).isEqualTo(2);
		}
	}

	@Test
	void backupBeforeMigrateBacksUpBeforeTheFirstMigration() throws Exception {
		Path backups = this.directory.resolve("backups");
		start("prism.db.backup-before-migrate=true", "prism.db.backup-dir=" + backups).close();
		try (Stream<Path> files = Files.list(backups)) {
			assertThat(files.toList()).singleElement()
				.satisfies((file) -> assertThat(file.getFileName().toString()).startsWith("before-migrate-"));
		}
	}

	@Test
	void restoreIsRefusedOnADatabaseFirstMigratedUnderProd(CapturedOutput output) {
		start("spring.profiles.active=prod").close();
		Path file = this.directory.resolve("sample.backup");
		assertThat(command("backup", "prism.db.file=" + file)).isZero();
		assertThat(command("restore", "prism.db.file=" + file)).isEqualTo(1);
		assertThat(output.getErr()).contains("first migrated under the 'prod' profile");
	}

	/**
	 * Return a JDBC URL of a database that cannot be reached.
	 * @return the URL
	 */
	abstract String unreachableUrl() throws Exception;

	private ConfigurableApplicationContext start(String... properties) {
		Map<String, String> args = new LinkedHashMap<>();
		Stream.of(this.database.properties(), properties)
			.flatMap(Stream::of)
			.forEach((property) -> args.put(property.substring(0, property.indexOf('=')), "--" + property));
		return new SpringApplicationBuilder(PrismSampleApplication.class, RecordingExitConfiguration.class)
			.web(WebApplicationType.NONE)
			.run(args.values().toArray(String[]::new));
	}

	private Integer command(String name, String... properties) {
		List<String> all = new ArrayList<>(List.of("prism.db.command=" + name));
		all.addAll(List.of(properties));
		try (ConfigurableApplicationContext context = start(all.toArray(String[]::new))) {
			List<Integer> statuses = context.getBean(RecordingExit.class).statuses;
			return statuses.isEmpty() ? null : statuses.get(0);
		}
	}

	private static JdbcTemplate jdbc(ConfigurableApplicationContext context) {
		return new JdbcTemplate(context.getBean(DataSource.class));
	}

}
