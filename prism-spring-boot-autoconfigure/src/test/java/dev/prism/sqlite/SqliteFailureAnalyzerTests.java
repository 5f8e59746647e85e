package dev.prism.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import dev.prism.lifecycle.LifecycleTestApplication;
import dev.prism.test.FailureAnalyses;
import dev.prism.test.LimitedDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Startup failures in the SQLite database file or its surroundings, provoked for real and
 * explained by {@link SqliteFailureAnalyzer}.
 */
class SqliteFailureAnalyzerTests {

	private static final String CHANGELOG = "spring.liquibase.change-log=classpath:db/lifecycle/changelog.yaml";

	@TempDir
	Path directory;

	@Test
	void directoryThatCannotBeCreatedIsNamed() throws Exception {
		Path notADirectory = Files.createFile(this.directory.resolve("plain-file"));
		Path file = notADirectory.resolve("data").resolve("app.db");
		FailureAnalysis analysis = startFailure("jdbc:sqlite:" + file);
		assertThat(analysis.getDescription()).startsWith("The SQLite database " + file + " could not be used:")
			.contains("[SQLITE_CANTOPEN]");
		assertThat(analysis.getAction()).isEqualTo("The directory " + file.getParent()
				+ " does not exist and could not be created. Create it, or check that the user running the "
				+ "application may create it (its parent must exist and be a writable directory).");
	}

	@Test
	void readOnlyDatabaseIsNamed() throws Exception {
		try (LimitedDisk disk = LimitedDisk.create()) {
			start(disk.url()).close();
			disk.makeReadOnly();
			FailureAnalysis analysis = startFailure(disk.url());
			Path file = SqliteDatabaseFile.of(disk.url());
			assertThat(analysis.getDescription()).startsWith("The SQLite database " + file + " could not be used:");
			assertThat(analysis.getAction()).contains(file.getParent().toString())
				.containsAnyOf("Make the database writable", "can read, write and enter the directory");
		}
	}

	@Test
	void fullDiskIsNamed() throws Exception {
		try (LimitedDisk disk = LimitedDisk.create()) {
			assertFullDiskIsNamed(disk);
		}
	}

	/**
	 * At SQLite's page limit the migration itself fails with {@code SQLITE_FULL}, the pool
	 * evicts the connection, and closing Liquibase then fails too; the report is still
	 * about the full database.
	 */
	@Test
	void fullDatabaseAtItsPageLimitIsNamed() throws Exception {
		try (LimitedDisk disk = LimitedDisk.pageLimited()) {
			assertFullDiskIsNamed(disk);
		}
	}

	private void assertFullDiskIsNamed(LimitedDisk disk) throws Exception {
		disk.fill();
		FailureAnalysis analysis = startFailure(disk.url(), disk.properties());
		Path file = SqliteDatabaseFile.of(disk.url());
		assertThat(analysis.getDescription()).startsWith("The SQLite database " + file + " could not be used:")
			.contains("[SQLITE_FULL]");
		assertThat(analysis.getAction()).startsWith("Free space on the file system that holds " + file.getParent());
	}

	@Test
	void databaseLockedByAnotherProcessPastTheBusyTimeoutIsNamed() throws Exception {
		Path file = this.directory.resolve("busy.db");
		try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + file);
				Statement statement = writer.createStatement()) {
			statement.execute("PRAGMA journal_mode = WAL");
			statement.execute("BEGIN IMMEDIATE");
			statement.execute("CREATE TABLE other_writer (id INT)");
			FailureAnalysis analysis = startFailure("jdbc:sqlite:" + file, "prism.sqlite.busy-timeout=300ms");
			assertThat(analysis.getDescription()).startsWith("The SQLite database " + file + " could not be used:")
				.contains("[SQLITE_BUSY]");
			assertThat(analysis.getAction()).startsWith(
					"Another process or connection held the database's write lock for longer than the busy timeout "
							+ "(prism.sqlite.busy-timeout, 300ms)")
				.contains("fuser " + file);
		}
	}

	private static FailureAnalysis startFailure(String url, String... properties) {
		Throwable failure = assertThatException().isThrownBy(() -> start(url, properties).close()).actual();
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", url);
		TestPropertyValues.of(properties).applyTo(environment);
		FailureAnalysis analysis = FailureAnalyses.analyze(failure, environment);
		assertThat(analysis).as("analysis of %s", failure).isNotNull();
		return analysis;
	}

	private static org.springframework.context.ConfigurableApplicationContext start(String url,
			String... properties) {
		return new SpringApplicationBuilder(LifecycleTestApplication.class).web(WebApplicationType.NONE)
			.properties("spring.datasource.url=" + url, CHANGELOG)
			.properties(properties)
			.run();
	}

}
