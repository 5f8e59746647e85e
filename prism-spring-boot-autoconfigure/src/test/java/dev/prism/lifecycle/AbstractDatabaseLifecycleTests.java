package dev.prism.lifecycle;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import dev.prism.seed.PrismSeedAutoConfiguration;
import dev.prism.seed.PrismSeeder;
import dev.prism.test.FailureAnalyses;
import dev.prism.test.RecordingExitConfiguration.RecordingExit;
import dev.prism.test.TestDatabases.Database;
import dev.prism.testapp.TestApplication;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.integration.spring.SpringLiquibase;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Behaviour of the database lifecycle, run against each database by a subclass.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class AbstractDatabaseLifecycleTests extends AbstractLifecycleContextTests {

	static final String CHANGELOG = "spring.liquibase.change-log=classpath:db/lifecycle/changelog.yaml";

	static final String BROKEN_CHANGELOG = "spring.liquibase.change-log=classpath:db/lifecycle/broken.yaml";

	static final String SLOW_CHANGELOG = "spring.liquibase.change-log=classpath:db/lifecycle/slow.yaml";

	private static final String MISSING_CHANGELOG = "Liquibase failed to start because no changelog could be found "
			+ "at 'classpath:db/lifecycle/missing.yaml'.";

	@Test
	void migratesAFreshDatabaseAtStartup() throws SQLException {
		start(CHANGELOG);
		assertThat(tables()).contains("authors", "books", "databasechangelog");
		assertThat(count("SELECT COUNT(*) FROM authors")).isEqualTo(1);
		assertThat(appliedChangesets()).containsExactly("1-authors", "2-books", "3-first-author");
	}

	@Test
	void migratesBeforeTheEntityManagerFactoryValidatesTheSchema() throws SQLException {
		run(TestApplication.class, new Class<?>[0], this.database.properties());
		assertThat(tables()).contains("customers", "orders");
	}

	@Test
	void commandOnAFreshDatabaseSkipsHibernateSchemaValidation(CapturedOutput output) throws SQLException {
		ConfigurableApplicationContext context = run(TestApplication.class, new Class<?>[0],
				Stream.concat(Stream.of(this.database.properties()), Stream.of("prism.db.command=status"))
					.toArray(String[]::new));
		assertThat(context.getBean(RecordingExit.class).statuses).containsExactly(0);
		assertThat(output).contains("Pending changesets (4):");
		assertThat(tables()).isEmpty();
	}

	@Test
	void secondStartAppliesNothing() throws SQLException {
		start(CHANGELOG).close();
		start(CHANGELOG);
		assertThat(count("SELECT COUNT(*) FROM authors")).isEqualTo(1);
		assertThat(appliedChangesets()).hasSize(3);
	}

	@Test
	void doesNotMigrateWhenMigrateIsFalse() throws SQLException {
		start(CHANGELOG, "prism.db.migrate=false");
		assertThat(tables()).isEmpty();
	}

	@Test
	void doesNotMigrateWhileACommandIsSet(CapturedOutput output) throws SQLException {
		CommandResult result = command("status");
		assertThat(result.status()).isZero();
		assertThat(tables()).isEmpty();
		assertThat(output).contains("Applied changesets (0):", "Pending changesets (3):",
				"db/lifecycle/changelog.yaml::1-authors::prism", "3 changeset(s) pending.");
	}

	@Test
	void statusListsAppliedAndPendingChangesets(CapturedOutput output) {
		start(CHANGELOG).close();
		command("status");
		assertThat(output).contains("Applied changesets (3):", "Pending changesets (0):", "Database is up to date.");
	}

	@Test
	void historyListsAppliedChangesetsInOrder(CapturedOutput output) {
		start(CHANGELOG).close();
		command("history");
		assertThat(output).contains("Applied changesets, oldest first (3):",
				"1. db/lifecycle/changelog.yaml::1-authors::prism", "3. db/lifecycle/changelog.yaml::3-first-author::prism");
	}

	@Test
	void historyOfAFreshDatabaseIsEmpty(CapturedOutput output) throws SQLException {
		command("history");
		assertThat(output).contains("No changesets have been applied.");
		assertThat(tables()).isEmpty();
	}

	@Test
	void migrateCommandAppliesPendingChangesets(CapturedOutput output) throws SQLException {
		CommandResult result = command("migrate");
		assertThat(result.status()).isZero();
		assertThat(output).contains("Applied 3 changeset(s):", "db/lifecycle/changelog.yaml::2-books::prism");
		assertThat(appliedChangesets()).hasSize(3);
	}

	@Test
	void updateSqlPrintsTheSqlAndChangesNothing(CapturedOutput output) throws SQLException {
		CommandResult result = command("update-sql");
		assertThat(result.status()).isZero();
		assertThat(output.getOut().toLowerCase(Locale.ROOT)).contains("create table", "authors", "books",
				"insert into");
		assertThat(output.getOut()).containsPattern("(?m)^-- Against: ").doesNotContain("null@");
		assertThat(tables()).isEmpty();
	}

	@Test
	void updateSqlWithNothingPendingSaysSoInsteadOfPrintingLockStatements(CapturedOutput output) {
		start(CHANGELOG).close();
		assertThat(command("update-sql").status()).isZero();
		assertThat(output.getOut()).contains("-- Nothing to migrate: every changeset has been applied.")
			.doesNotContainIgnoringCase("DATABASECHANGELOGLOCK");
	}

	@Test
	void tagPrintsOnlyItsResult(CapturedOutput output) {
		start(CHANGELOG).close();
		assertThat(command("tag", "prism.db.tag=v1").status()).isZero();
		assertThat(output.getOut()).containsPattern("(?m)^Tagged the database as 'v1'\\.$")
			.doesNotContainPattern("(?m)^Successfully tagged");
	}

	@Test
	void updateSqlAfterMigratingChangesNothing() throws SQLException {
		start(CHANGELOG).close();
		execute("DELETE FROM databasechangelog WHERE id = '3-first-author'");
		command("update-sql");
		assertThat(count("SELECT COUNT(*) FROM authors")).isEqualTo(1);
		assertThat(appliedChangesets()).hasSize(2);
	}

	@Test
	void rollbackThenMigrateRoundTrips(CapturedOutput output) throws SQLException {
		start(CHANGELOG).close();
		command("rollback", "prism.db.rollback-count=2");
		assertThat(output).contains("Rolled back 2 changeset(s):", "3-first-author", "2-books");
		assertThat(tables()).contains("authors").doesNotContain("books");
		assertThat(count("SELECT COUNT(*) FROM authors")).isZero();
		assertThat(appliedChangesets()).containsExactly("1-authors");
		command("migrate");
		assertThat(tables()).contains("authors", "books");
		assertThat(count("SELECT COUNT(*) FROM authors")).isEqualTo(1);
		assertThat(appliedChangesets()).containsExactly("1-authors", "2-books", "3-first-author");
	}

	@Test
	void rollbackToATagUndoesTheChangesetsAppliedAfterIt() throws SQLException {
		start(CHANGELOG).close();
		command("rollback", "prism.db.rollback-count=1");
		command("tag", "prism.db.tag=v1");
		command("migrate");
		assertThat(count("SELECT COUNT(*) FROM authors")).isEqualTo(1);
		command("rollback", "prism.db.rollback-tag=v1");
		assertThat(appliedChangesets()).containsExactly("1-authors", "2-books");
		assertThat(count("SELECT COUNT(*) FROM authors")).isZero();
	}

	@Test
	void rollbackWithoutCountOrTagFailsAndChangesNothing() throws SQLException {
		start(CHANGELOG).close();
		Throwable failure = commandFailure("rollback");
		FailureAnalysis analysis = new DatabaseCommandFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).isEqualTo("Database command 'rollback' failed: nothing to roll back to");
		assertThat(analysis.getAction()).contains("prism.db.rollback-count", "prism.db.rollback-tag");
		assertThat(appliedChangesets()).hasSize(3);
	}

	@Test
	void tagWithoutATagFails() {
		start(CHANGELOG).close();
		FailureAnalysis analysis = new DatabaseCommandFailureAnalyzer().analyze(commandFailure("tag"));
		assertThat(analysis.getDescription()).isEqualTo("Database command 'tag' failed: no tag is set");
		assertThat(analysis.getAction()).contains("prism.db.tag");
	}

	@Test
	void resetAtStartupDropsEverythingAndMigratesAgain() throws SQLException {
		start(CHANGELOG).close();
		execute("INSERT INTO authors (name) VALUES ('Grace')");
		execute("INSERT INTO books (title, author_id) SELECT 'Notes', id FROM authors WHERE name = 'Grace'");
		execute("CREATE TABLE scratch (id INT)");
		start(CHANGELOG, "prism.db.reset=true");
		assertThat(tables()).contains("authors", "books").doesNotContain("scratch");
		assertThat(count("SELECT COUNT(*) FROM authors")).isEqualTo(1);
		assertThat(appliedChangesets()).hasSize(3);
	}

	@Test
	void resetCommandDropsEverythingAndMigratesAgain(CapturedOutput output) throws SQLException {
		start(CHANGELOG).close();
		execute("INSERT INTO authors (name) VALUES ('Grace')");
		execute("INSERT INTO books (title, author_id) SELECT 'Notes', id FROM authors WHERE name = 'Grace'");
		CommandResult result = command("reset");
		assertThat(result.status()).isZero();
		assertThat(output).contains("Dropped every object in the database.", "Applied 3 changeset(s):")
			.doesNotContain("requireForce");
		assertThat(output.getOut().indexOf("Dropped every object in the database."))
			.isGreaterThan(output.getOut().indexOf("Dropping every object in"));
		assertThat(count("SELECT COUNT(*) FROM authors")).isEqualTo(1);
	}

	@Test
	void resetIsRefusedUnderAProdProfileAndDropsNothing() throws SQLException {
		start(CHANGELOG).close();
		execute("INSERT INTO authors (name) VALUES ('Grace')");
		Throwable failure = startFailure(CHANGELOG, "prism.db.reset=true", "spring.profiles.active=prod");
		FailureAnalysis analysis = new DestructiveOperationRefusedFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).startsWith("Refused to reset jdbc:")
			.endsWith("because the 'prod' profile is active. Nothing was dropped or rolled back.");
		assertThat(analysis.getAction()).contains("prism.db.allow-destructive=true");
		assertThat(count("SELECT COUNT(*) FROM authors")).isEqualTo(2);
	}

	@Test
	void destructiveCommandsAreRefusedUnderAProductionProfile() throws SQLException {
		start(CHANGELOG).close();
		Throwable failure = commandFailure("rollback", "prism.db.rollback-count=1",
				"spring.profiles.active=production");
		assertThat(new DestructiveOperationRefusedFailureAnalyzer().analyze(failure).getDescription())
			.startsWith("Refused to rollback ");
		assertThat(appliedChangesets()).hasSize(3);
	}

	@Test
	void resetRunsUnderAProdProfileWhenDestructiveOperationsAreAllowed() throws SQLException {
		start(CHANGELOG).close();
		execute("INSERT INTO authors (name) VALUES ('Grace')");
		start(CHANGELOG, "prism.db.reset=true", "spring.profiles.active=prod", "prism.db.allow-destructive=true");
		assertThat(count("SELECT COUNT(*) FROM authors")).isEqualTo(1);
	}

	@Test
	void commandsRunOnTheApplicationsOwnSpringLiquibase(CapturedOutput output) throws SQLException {
		Class<?>[] userLiquibase = { UserLiquibaseConfiguration.class };
		ConfigurableApplicationContext status = start(userLiquibase, "prism.db.command=status");
		assertThat(status.getBean(SpringLiquibase.class)).isNotInstanceOf(PrismLiquibase.class);
		assertThat(status.getBean(RecordingExit.class).statuses).containsExactly(0);
		assertThat(output).contains("Pending changesets (3):", "db/lifecycle/changelog.yaml::1-authors::prism");
		ConfigurableApplicationContext migrate = start(userLiquibase, "prism.db.command=migrate");
		assertThat(migrate.getBean(RecordingExit.class).statuses).containsExactly(0);
		assertThat(appliedChangesets()).containsExactly("1-authors", "2-books", "3-first-author");
	}

	@Test
	void unknownCommandFailsListingTheValidCommandsWithTheirDescriptions() throws SQLException {
		Throwable failure = commandFailure("dance");
		FailureAnalysis analysis = new UnknownDatabaseCommandFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription())
			.isEqualTo("prism.db.command is set to 'dance', which is not a database command.");
		assertThat(analysis.getAction()).isEqualTo("""
				Set prism.db.command to one of:
				  baseline       mark pending changesets as applied without running them, for a schema that exists already
				  history        list applied changesets in the order they ran
				  migrate        apply pending changesets
				  release-locks  release a migration lock left behind by a process that died
				  reset          drop every object in the database, then apply every changeset
				  rollback       roll back the last prism.db.rollback-count changesets or to prism.db.rollback-tag
				  rollback-sql   print the SQL that rollback would run, without rolling back
				  status         list applied and pending changesets
				  tag            tag the current database state with prism.db.tag
				  test-rollback  apply pending changesets, roll each back and apply it again
				  update-sql     print the SQL that migrate would run, without applying it
				  validate       check the changelog and the applied changesets' checksums"""
			.replace("\n", System.lineSeparator()));
		assertThat(tables()).isEmpty();
	}

	@Test
	void missingChangelogFailsWithSpringBootsOwnAnalysis() {
		String missing = "spring.liquibase.change-log=classpath:db/lifecycle/missing.yaml";
		FailureAnalysis analysis = FailureAnalyses.analyze(startFailure(missing));
		assertThat(analysis.getDescription()).isEqualTo(MISSING_CHANGELOG);
		assertThat(analysis.getAction()).isEqualTo("Make sure a Liquibase changelog is present at the configured path.");
		ConfigurableApplicationContext command = start(missing, "prism.db.command=status");
		RecordingExit exit = command.getBean(RecordingExit.class);
		assertThat(exit.statuses).containsExactly(1);
		assertThat(FailureAnalyses.analyze(exit.failures.get(0)).getDescription()).isEqualTo(MISSING_CHANGELOG);
	}

	@Test
	void failingChangesetNamesTheChangesetAndTheError() throws SQLException {
		Throwable failure = startFailure(BROKEN_CHANGELOG);
		FailureAnalysis analysis = new ChangesetFailedFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).contains("db/lifecycle/broken.yaml::2-fails::prism", "no_such_table");
		assertThat(analysis.getAction()).contains("update-sql");
		assertThat(appliedChangesets()).containsExactly("1-applies");
		assertThat(tables()).contains("first_table").doesNotContain("second_table");
	}

	@Test
	void validatePassesForAnUnchangedChangelog(CapturedOutput output) {
		start(CHANGELOG).close();
		assertThat(command("validate").status()).isZero();
		assertThat(output).contains("Changelog is valid");
	}

	@Test
	void validateReportsAChangedChecksum() throws SQLException {
		start(CHANGELOG).close();
		execute("UPDATE databasechangelog SET md5sum = '9:00000000000000000000000000000000' WHERE id = '2-books'");
		FailureAnalysis analysis = new DatabaseCommandFailureAnalyzer().analyze(commandFailure("validate"));
		assertThat(analysis.getDescription()).startsWith("Database command 'validate' failed: Validation Failed:")
			.contains("db/lifecycle/changelog.yaml::2-books::prism");
		assertThat(analysis.getAction()).contains("spring.liquibase.clear-checksums=true");
	}

	@Test
	void releaseLocksWithNoLockSaysSo(CapturedOutput output) {
		start(CHANGELOG).close();
		command("release-locks");
		assertThat(output).contains("No migration lock was held.");
	}

	@Test
	void twoContextsStartingAtOnceApplyEachChangesetAndSeederOnce() throws Exception {
		startConcurrently(2);
	}

	@Test
	void fourContextsStartingAtOnceApplyEachChangesetAndSeederOnce() throws Exception {
		startConcurrently(4);
	}

	/**
	 * Start application contexts at once, each migrating and seeding, and assert that each
	 * changeset and the seeder ran exactly once.
	 * @param count how many contexts to start
	 * @param properties more properties for every context
	 * @return the started contexts
	 * @throws Exception on failure
	 */
	protected List<ConfigurableApplicationContext> startConcurrently(int count, String... properties)
			throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(count);
		List<ConfigurableApplicationContext> started = new ArrayList<>();
		// Spring Boot's logging system is JVM-wide: contexts initialising it at the same
		// moment race each other, which says nothing about Prism.
		System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
		try {
			String[] all = Stream.concat(Stream.of(CHANGELOG, "prism.db.lock-timeout=60s", "prism.db.seed=true"),
					Stream.of(properties))
				.toArray(String[]::new);
			List<Callable<ConfigurableApplicationContext>> starts = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				starts.add(() -> start(new Class<?>[] { SeedingConfiguration.class }, all));
			}
			for (Future<ConfigurableApplicationContext> context : executor.invokeAll(starts)) {
				assertThat(context.get().isActive()).isTrue();
				started.add(context.get());
			}
		}
		finally {
			executor.shutdown();
			System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
		}
		assertThat(appliedChangesets()).containsExactly("1-authors", "2-books", "3-first-author");
		assertThat(count("SELECT COUNT(*) FROM authors")).isEqualTo(2);
		assertThat(count("SELECT COUNT(*) FROM authors WHERE name = 'Seeded'")).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM prism_seeds")).isEqualTo(1);
		return started;
	}

	@Test
	void processKilledWhileMigratingDoesNotBlockLaterStartsForever() throws Exception {
		Process process = startMigratingProcess();
		try {
			assertThat(tables()).contains("before_sleep").doesNotContain("after_sleep");
		}
		finally {
			process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		assertStartAfterKilledMigration();
	}

	/**
	 * Assert what a start does after a process was killed while it migrated
	 * {@link #SLOW_CHANGELOG}: the lock went with the process, so the start proceeds at once
	 * and applies the interrupted changeset.
	 * @throws Exception on failure
	 */
	protected void assertStartAfterKilledMigration() throws Exception {
		Duration took = timed(() -> start(SLOW_CHANGELOG, "prism.db.lock-timeout=60s"));
		assertThat(took).isLessThan(Duration.ofSeconds(15));
		assertThat(tables()).contains("before_sleep", "after_sleep").doesNotContain("databasechangeloglock");
		assertThat(appliedChangesets()).containsExactly("1-before-sleep", "2-sleeps");
	}

	@Test
	void oneShotCommandPrintsItsResultAndExitsTheJvmWithItsStatus() throws Exception {
		Process status = processBuilder(CHANGELOG, "prism.db.command=status").start();
		String statusOutput = new String(status.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(status.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(status.exitValue()).as(statusOutput).isZero();
		assertThat(statusOutput).contains("Pending changesets (3):");
		Process unknown = processBuilder(CHANGELOG, "prism.db.command=dance").start();
		String unknownOutput = new String(unknown.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(unknown.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(unknown.exitValue()).as(unknownOutput).isNotZero();
		assertThat(unknownOutput).contains("prism.db.command is set to 'dance', which is not a database command.");
		assertThat(tables()).isEmpty();
	}

	protected ProcessBuilder processBuilder(String... properties) {
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
				LifecycleTestApplication.class.getName()));
		Stream.of(this.database.properties(), properties).flatMap(Stream::of).forEach((property) -> command.add("--" + property));
		return new ProcessBuilder(command).redirectErrorStream(true);
	}

	private Process startMigratingProcess() throws Exception {
		ProcessBuilder builder = processBuilder(SLOW_CHANGELOG);
		builder.environment().put(SleepChange.SECONDS_VARIABLE, "300");
		Process process = builder.start();
		CountDownLatch migrating = new CountDownLatch(1);
		StringBuilder log = new StringBuilder();
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = lines.readLine()) != null) {
					synchronized (log) {
						log.append(line).append('\n');
					}
					if (line.contains(SleepChange.MARKER)) {
						migrating.countDown();
					}
				}
			}
			catch (java.io.IOException ex) {
				// The process was killed
			}
		});
		reader.setDaemon(true);
		reader.start();
		if (!migrating.await(90, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			synchronized (log) {
				throw new AssertionError("The child process did not start migrating:\n" + log);
			}
		}
		return process;
	}

	protected Throwable startFailure(String... properties) {
		return assertThatException().isThrownBy(() -> start(properties)).actual();
	}

	protected CommandResult command(String command, String... properties) {
		ConfigurableApplicationContext context = start(commandProperties(command, properties));
		RecordingExit exit = context.getBean(RecordingExit.class);
		context.close();
		return new CommandResult(exit.statuses.isEmpty() ? null : exit.statuses.get(0));
	}

	protected Throwable commandFailure(String command, String... properties) {
		ConfigurableApplicationContext context = start(commandProperties(command, properties));
		RecordingExit exit = context.getBean(RecordingExit.class);
		context.close();
		assertThat(exit.statuses).containsExactly(1);
		assertThat(exit.failures).hasSize(1);
		return exit.failures.get(0);
	}

	private static String[] commandProperties(String command, String... properties) {
		List<String> all = new ArrayList<>(List.of(CHANGELOG, "prism.db.command=" + command));
		all.addAll(Arrays.asList(properties));
		return all.toArray(String[]::new);
	}

	/**
	 * Take the migration lock on a connection of its own, as another process would.
	 * @param connection the connection
	 * @return the lock service holding the lock
	 * @throws Exception on failure
	 */
	protected static LockService acquireLock(Connection connection) throws Exception {
		liquibase.database.Database database = DatabaseFactory.getInstance()
			.findCorrectDatabaseImplementation(new JdbcConnection(connection));
		LockService lockService = LockServiceFactory.getInstance().getLockService(database);
		assertThat(lockService.acquireLock()).isTrue();
		return lockService;
	}

	protected static Duration timed(ThrowingRunnable action) throws Exception {
		long start = System.nanoTime();
		action.run();
		return Duration.ofNanos(System.nanoTime() - start);
	}

	@FunctionalInterface
	interface ThrowingRunnable {

		void run() throws Exception;

	}

	record CommandResult(Integer status) {
	}

	/**
	 * The application's own {@link SpringLiquibase}, which does not migrate at startup.
	 */
	@Configuration(proxyBeanMethods = false)
	static class UserLiquibaseConfiguration {

		@Bean
		SpringLiquibase userLiquibase(DataSource dataSource) {
			SpringLiquibase liquibase = new SpringLiquibase();
			liquibase.setDataSource(dataSource);
			liquibase.setChangeLog("classpath:db/lifecycle/changelog.yaml");
			liquibase.setShouldRun(false);
			return liquibase;
		}

	}

	/**
	 * Seeding support and one seeder that adds an author, for the concurrent start tests.
	 */
	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DataSourceTransactionManagerAutoConfiguration.class,
			PrismSeedAutoConfiguration.class })
	static class SeedingConfiguration {

		@Bean
		PrismSeeder authorSeeder(DataSource dataSource) {
			return new AuthorSeeder(new JdbcTemplate(dataSource));
		}

	}

	static class AuthorSeeder implements PrismSeeder {

		private final JdbcTemplate jdbc;

		AuthorSeeder(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public void seed() {
			this.jdbc.update("INSERT INTO authors (name) VALUES ('Seeded')");
		}

	}

}
