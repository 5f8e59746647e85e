package dev.prism.lifecycle;

import java.util.Locale;

import dev.prism.test.FailureAnalyses;
import dev.prism.test.PrismApps;
import dev.prism.test.PrismApps.Result;
import dev.prism.test.TestDatabases.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The {@code test-rollback}, {@code rollback-sql} and {@code baseline} commands and
 * changesets still without SQL, run against each database by a subclass.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class AbstractMigrationToolingTests {

	private static final String HISTORY = "SELECT id FROM databasechangelog ORDER BY orderexecuted";

	private static final String MISSING_ROLLBACKS = changelog("db/commands/missing-rollbacks.yaml");

	private static final String BROKEN_ROLLBACK = changelog("db/commands/broken-rollback.yaml");

	private static final String NO_ROLLBACK = changelog("db/lifecycle/no-rollback.yaml");

	private static final String TAGGED = changelog("db/commands/tagged.yaml");

	private static final String EMPTY_SQL = changelog("db/commands/empty-sql.yaml");

	private static final String EMPTY_CHANGESET = "db/commands/empty/20261126120000_write_me_later.sql"
			+ "::20261126120000-write_me_later::prism";

	private PrismApps apps;

	protected abstract Database createDatabase();

	@BeforeEach
	void createApps() {
		this.apps = new PrismApps(createDatabase());
	}

	@AfterEach
	void closeApps() {
		this.apps.close();
	}

	@Test
	void testRollbackAppliesRollsBackAndAppliesAgain(CapturedOutput output) throws Exception {
		Result result = this.apps.command("test-rollback");
		assertThat(result.status()).as(String.valueOf(result.failure())).isZero();
		assertThat(output.getOut()).contains("Applied, rolled back and applied again 3 changeset(s):",
				"  db/lifecycle/changelog.yaml::1-authors::prism", "  db/lifecycle/changelog.yaml::3-first-author::prism");
		assertThat(this.apps.query(HISTORY)).containsExactly("1-authors", "2-books", "3-first-author");
		assertThat(this.apps.query("SELECT name FROM authors")).containsExactly("Ada");
		assertThat(this.apps.tables()).contains("books");
	}

	@Test
	void testRollbackWithNothingPendingSaysSo(CapturedOutput output) {
		this.apps.start().close();
		assertThat(this.apps.command("test-rollback").status()).isZero();
		assertThat(output.getOut()).contains("Nothing to test: every changeset has been applied.");
	}

	@Test
	void testRollbackNamesTheFirstChangesetWithoutRollbackAndAppliesNothing() throws Exception {
		Result result = this.apps.command("test-rollback", MISSING_ROLLBACKS);
		assertThat(result.status()).isEqualTo(1);
		FailureAnalysis analysis = FailureAnalyses.analyze(result.failure());
		assertThat(analysis.getDescription()).isEqualTo("Changeset db/commands/missing-rollbacks.yaml"
				+ "::2-first-without-rollback::prism cannot be rolled back: it has no rollback, and Liquibase cannot "
				+ "undo its 'sql' change by itself");
		assertThat(analysis.getAction()).contains("--rollback", "Nothing was applied.");
		assertThat(this.apps.tables()).doesNotContain("authors");
	}

	@Test
	void testRollbackNamesTheChangesetWhoseRollbackFails() throws Exception {
		Result result = this.apps.command("test-rollback", BROKEN_ROLLBACK);
		assertThat(result.status()).isEqualTo(1);
		FailureAnalysis analysis = FailureAnalyses.analyze(result.failure());
		assertThat(analysis.getDescription())
			.startsWith("Changeset db/commands/broken-rollback.yaml::2-broken-rollback::prism cannot be rolled back: ")
			.containsIgnoringCase("no_such_table")
			.doesNotContain("\tat ");
		assertThat(analysis.getAction()).contains("Fix the changeset's rollback");
		assertThat(this.apps.query(HISTORY)).containsExactly("1-authors", "2-broken-rollback");
		assertThat(this.apps.query("SELECT name FROM authors")).containsExactly("Ada");
	}

	@Test
	void rollbackSqlPrintsTheRollbackAndChangesNothing(CapturedOutput output) throws Exception {
		this.apps.start().close();
		Result result = this.apps.command("rollback-sql", "prism.db.rollback-count=2");
		assertThat(result.status()).as(String.valueOf(result.failure())).isZero();
		String sql = output.getOut().toLowerCase(Locale.ROOT);
		assertThat(sql).contains("delete from", "authors", "name = 'ada'", "drop table", "books")
			.doesNotContain("null@");
		assertThat(this.apps.query(HISTORY)).containsExactly("1-authors", "2-books", "3-first-author");
		assertThat(this.apps.query("SELECT name FROM authors")).containsExactly("Ada");
		assertThat(this.apps.tables()).contains("books");
	}

	@Test
	void rollbackSqlToATagPrintsTheChangesetsAppliedAfterIt(CapturedOutput output) throws Exception {
		this.apps.start().close();
		this.apps.command("rollback", "prism.db.rollback-count=1");
		this.apps.command("tag", "prism.db.tag=v1");
		this.apps.command("migrate");
		int before = output.getOut().length();
		assertThat(this.apps.command("rollback-sql", "prism.db.rollback-tag=v1").status()).isZero();
		String sql = output.getOut().substring(before).toLowerCase(Locale.ROOT);
		assertThat(sql).contains("name = 'ada'").doesNotContain("drop table");
		assertThat(this.apps.query("SELECT name FROM authors")).containsExactly("Ada");
	}

	@Test
	void rollbackSqlNeedsACountOrAnAppliedTag() throws Exception {
		this.apps.start().close();
		assertThat(FailureAnalyses.analyze(this.apps.command("rollback-sql").failure()).getDescription())
			.isEqualTo("Database command 'rollback-sql' failed: nothing to roll back to");
		Result unknownTag = this.apps.command("rollback-sql", "prism.db.rollback-tag=nope");
		assertThat(unknownTag.status()).isEqualTo(1);
		assertThat(FailureAnalyses.analyze(unknownTag.failure()).getDescription())
			.isEqualTo("Database command 'rollback-sql' failed: no applied changeset is tagged 'nope'");
		assertThat(this.apps.query(HISTORY)).hasSize(3);
	}

	@Test
	void rollbackSqlAndRollbackNameAChangesetThatCannotBeRolledBack() throws Exception {
		this.apps.start(NO_ROLLBACK).close();
		String description = "Changeset db/lifecycle/no-rollback.yaml::2-no-rollback::prism cannot be rolled back: it "
				+ "has no rollback, and Liquibase cannot undo its changes by itself";
		for (String command : new String[] { "rollback-sql", "rollback" }) {
			Result result = this.apps.command(command, NO_ROLLBACK, "prism.db.rollback-count=1");
			assertThat(result.status()).isEqualTo(1);
			assertThat(FailureAnalyses.analyze(result.failure()).getDescription()).isEqualTo(description);
		}
		assertThat(this.apps.query(HISTORY)).containsExactly("1-authors", "2-no-rollback");
		assertThat(this.apps.query("SELECT name FROM authors")).containsExactly("Ada");
	}

	@Test
	void baselineMarksTheChangesetsOfAHandMadeSchemaAsAppliedWithoutRunningThem(CapturedOutput output)
			throws Exception {
		createSchemaByHand();
		Result result = this.apps.command("baseline");
		assertThat(result.status()).as(String.valueOf(result.failure())).isZero();
		assertThat(output.getOut()).contains("Marked 3 changeset(s) as applied without running them:",
				"  db/lifecycle/changelog.yaml::1-authors::prism", "  db/lifecycle/changelog.yaml::3-first-author::prism");
		assertThat(this.apps.command("status").status()).isZero();
		assertThat(output.getOut()).contains("Applied changesets (3):", "Pending changesets (0):");
		assertThat(this.apps.query("SELECT name FROM authors")).containsExactly("Grace");
		assertThat(this.apps.query("SELECT title FROM books")).containsExactly("Notes");
		this.apps.start().close();
		assertThat(this.apps.query("SELECT name FROM authors")).containsExactly("Grace");
	}

	@Test
	void baselineToATagMarksTheChangesetsUpToItAndMigrateAppliesTheRest(CapturedOutput output) throws Exception {
		this.apps.execute("CREATE TABLE authors (id BIGINT, name VARCHAR(100))");
		assertThat(this.apps.command("baseline", TAGGED, "prism.db.tag=release-1").status()).isZero();
		assertThat(output.getOut()).contains("Marked 2 changeset(s)", "db/commands/tagged.yaml::2-release-1::prism")
			.doesNotContain("3-books");
		assertThat(this.apps.query(HISTORY)).containsExactly("1-authors", "2-release-1");
		assertThat(this.apps.command("migrate", TAGGED).status()).isZero();
		assertThat(this.apps.query(HISTORY)).containsExactly("1-authors", "2-release-1", "3-books");
		assertThat(this.apps.tables()).contains("books");
	}

	@Test
	void baselineRefusesATagThatNoChangesetWrites() throws Exception {
		Result result = this.apps.command("baseline", TAGGED, "prism.db.tag=release-2");
		assertThat(result.status()).isEqualTo(1);
		assertThat(FailureAnalyses.analyze(result.failure()).getDescription())
			.isEqualTo("Database command 'baseline' failed: no changeset of the changelog tags the database "
					+ "'release-2'");
		assertThat(this.apps.tables()).doesNotContain("databasechangelog");
	}

	@Test
	void baselineRefusesADatabaseThatLiquibaseMigratedAlready() throws Exception {
		this.apps.start().close();
		this.apps.execute("DELETE FROM databasechangelog WHERE id = '3-first-author'");
		Result result = this.apps.command("baseline");
		assertThat(result.status()).isEqualTo(1);
		FailureAnalysis analysis = FailureAnalyses.analyze(result.failure());
		assertThat(analysis.getDescription()).isEqualTo("Database command 'baseline' failed: 2 changeset(s) of the "
				+ "changelog are applied already, and baseline is for a database that Liquibase has not migrated yet");
		assertThat(analysis.getAction()).contains("migrate");
		assertThat(this.apps.query(HISTORY)).containsExactly("1-authors", "2-books");
	}

	@Test
	void baselineWithNothingPendingSaysSo(CapturedOutput output) {
		this.apps.start().close();
		assertThat(this.apps.command("baseline").status()).isZero();
		assertThat(output.getOut()).contains("Nothing to baseline: every changeset has been applied.");
	}

	@Test
	void statusListsAChangesetWithoutSqlAsPending(CapturedOutput output) {
		this.apps.start().close();
		Result result = this.apps.command("status", EMPTY_SQL);
		assertThat(result.status()).as(String.valueOf(result.failure())).isZero();
		assertThat(output.getOut()).contains("Applied changesets (3):", "Pending changesets (1):",
				"  " + EMPTY_CHANGESET + "  (empty: write its SQL)", "1 changeset(s) pending.");
	}

	@Test
	void migrateAndStartupReportAChangesetWithoutSqlByName() throws Exception {
		String description = EMPTY_CHANGESET
				+ " has no SQL yet, and Liquibase applies nothing while a pending changeset is empty";
		Result migrate = this.apps.command("migrate", EMPTY_SQL);
		assertThat(migrate.status()).isEqualTo(1);
		FailureAnalysis analysis = FailureAnalyses.analyze(migrate.failure());
		assertThat(analysis.getDescription()).isEqualTo(description);
		assertThat(analysis.getAction()).contains("--changeset", "--rollback");
		Throwable startup = assertThatException().isThrownBy(() -> this.apps.start(EMPTY_SQL)).actual();
		assertThat(FailureAnalyses.analyze(startup).getDescription()).isEqualTo(description);
		assertThat(this.apps.tables()).doesNotContain("authors");
	}

	@Test
	void baselineDoesNotMarkAChangesetWithoutSql() throws Exception {
		createSchemaByHand();
		Result result = this.apps.command("baseline", EMPTY_SQL);
		assertThat(result.status()).isEqualTo(1);
		assertThat(FailureAnalyses.analyze(result.failure()).getDescription())
			.isEqualTo(EMPTY_CHANGESET + " has no SQL yet, and Liquibase applies nothing while a pending changeset is "
					+ "empty");
		assertThat(this.apps.query(HISTORY)).isEmpty();
	}

	private void createSchemaByHand() throws Exception {
		this.apps.execute("CREATE TABLE authors (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL, "
				+ "deleted_at TIMESTAMP WITH TIME ZONE)");
		this.apps.execute("CREATE TABLE books (id BIGINT PRIMARY KEY, title VARCHAR(200) NOT NULL, author_id BIGINT)");
		this.apps.execute("INSERT INTO authors (id, name) VALUES (1, 'Grace')");
		this.apps.execute("INSERT INTO books (id, title, author_id) VALUES (1, 'Notes', 1)");
	}

	private static String changelog(String location) {
		return "spring.liquibase.change-log=classpath:" + location;
	}

}
