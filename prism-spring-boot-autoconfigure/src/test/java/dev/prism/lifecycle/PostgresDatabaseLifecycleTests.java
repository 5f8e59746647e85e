package dev.prism.lifecycle;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import dev.prism.test.PgBouncer;
import dev.prism.test.TestDatabases;
import dev.prism.test.TestDatabases.Database;
import liquibase.Scope;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Database lifecycle on PostgreSQL.
 */
class PostgresDatabaseLifecycleTests extends AbstractDatabaseLifecycleTests {

	private static final String TRANSACTION_POOLING_WARNING = "PostgreSQL is reached through a pooler in "
			+ "transaction pooling mode";

	/**
	 * How long each PgBouncer run keeps up its load: 4 runs make 32 seconds.
	 */
	private static final Duration LOAD_DURATION = Duration.ofSeconds(8);

	private static final String HOLDER_PID = "SELECT COALESCE(MAX(pid), 0) FROM pg_locks WHERE locktype = 'advisory' "
			+ "AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";

	@Override
	protected Database createDatabase() {
		return TestDatabases.postgres();
	}

	@Test
	void failingChangesetLeavesTheSchemaAsItWasBeforeIt() throws SQLException {
		Throwable failure = startFailure(BROKEN_CHANGELOG);
		FailureAnalysis analysis = new ChangesetFailedFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).contains("The changeset was rolled back");
		assertThat(tables()).contains("first_table").doesNotContain("second_table");
		assertThat(appliedChangesets()).containsExactly("1-applies");
	}

	@Test
	void liveLockHolderMakesStartFailAfterTheLockTimeoutNamingItsSession() throws Exception {
		try (Connection connection = connect()) {
			LockService lockService = holdLock(connection);
			assertThat(lockService).isInstanceOf(PostgresAdvisoryLockService.class);
			long holderPid = count(HOLDER_PID);
			Throwable[] failure = new Throwable[1];
			Duration waited = timed(() -> failure[0] = startFailure(CHANGELOG, "prism.db.lock-timeout=2s"));
			assertThat(waited).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(20));
			FailureAnalysis analysis = new MigrationLockTimeoutFailureAnalyzer().analyze(failure[0]);
			assertThat(analysis.getDescription())
				.startsWith("Could not acquire the migration lock pg_advisory_xact_lock(")
				.contains("within PT2S", "It is held by PostgreSQL session pid " + holderPid,
						"idle in transaction since", "last query: SELECT pg_try_advisory_xact_lock(");
			assertThat(analysis.getAction()).contains("WHERE pid = " + holderPid,
					"pg_terminate_backend(" + holderPid + ")", "prism.db.command=release-locks");
			assertThat(tables()).isEmpty();
			lockService.releaseLock();
			LockServiceFactory.getInstance().resetAll();
		}
		start(CHANGELOG);
		assertThat(appliedChangesets()).hasSize(3);
	}

	@Test
	void releaseLocksEndsTheSessionHoldingTheLock(CapturedOutput output) throws Exception {
		try (Connection connection = connect()) {
			holdLock(connection);
			long holderPid = count(HOLDER_PID);
			assertThat(command("release-locks").status()).isZero();
			assertThat(output).contains("Released the migration lock held by PostgreSQL session pid " + holderPid);
			assertThat(count("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = " + holderPid)).isZero();
		}
		finally {
			LockServiceFactory.getInstance().resetAll();
		}
		start(CHANGELOG, "prism.db.lock-timeout=1s");
		assertThat(appliedChangesets()).hasSize(3);
	}

	@Test
	void releaseLocksDoesNotEndASessionUnderAProductionProfile() throws Exception {
		try (Connection connection = connect()) {
			LockService lockService = holdLock(connection);
			Throwable failure = commandFailure("release-locks", "spring.profiles.active=prod");
			assertThat(new DestructiveOperationRefusedFailureAnalyzer().analyze(failure).getDescription())
				.startsWith("Refused to end the session holding the migration lock of jdbc:postgresql:");
			assertThat(count(HOLDER_PID)).isNotZero();
			lockService.releaseLock();
		}
		finally {
			LockServiceFactory.getInstance().resetAll();
		}
	}

	@Test
	void changesetWhoseHistoryRowFailsLeavesNothingApplied() throws SQLException {
		assertHistoryRefusalLeavesNothingApplied("RAISE EXCEPTION 'history insert refused'");
	}

	@Test
	void changesetWhoseConnectionIsLostBeforeItsHistoryRowLeavesNothingApplied() throws SQLException {
		assertHistoryRefusalLeavesNothingApplied("PERFORM pg_terminate_backend(pg_backend_pid())");
	}

	private void assertHistoryRefusalLeavesNothingApplied(String refusal) throws SQLException {
		startFailure("spring.liquibase.change-log=classpath:db/lifecycle/history-fails.yaml",
				"spring.liquibase.parameters.refusal=" + refusal);
		assertThat(tables()).doesNotContain("ledger");
		assertThat(appliedChangesets()).containsExactly("1-refuse-history-of-ledger");
		execute("DROP TRIGGER refuse_history ON databasechangelog");
		start("spring.liquibase.change-log=classpath:db/lifecycle/history-fails.yaml",
				"spring.liquibase.parameters.refusal=" + refusal);
		assertThat(count("SELECT COUNT(*) FROM ledger")).isEqualTo(1000);
		assertThat(appliedChangesets()).containsExactly("1-refuse-history-of-ledger", "2-ledger");
	}

	@Test
	void statementOfAKilledProcessDoesNotOutliveItAndTheNextStartProceeds() throws Exception {
		String changelog = "spring.liquibase.change-log=classpath:db/lifecycle/slow-sql.yaml";
		Process process = processBuilder(changelog, "spring.liquibase.parameters.sleepSeconds=300").start();
		long sleeper;
		try {
			sleeper = awaitSleepingSession();
		}
		finally {
			process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		Duration gone = timed(() -> {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (count("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = " + sleeper) > 0
					&& System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
		});
		assertThat(count("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = " + sleeper)).isZero();
		assertThat(gone).isLessThan(Duration.ofSeconds(15));
		Duration took = timed(() -> start(changelog, "spring.liquibase.parameters.sleepSeconds=0",
				"prism.db.lock-timeout=60s"));
		assertThat(took).isLessThan(Duration.ofSeconds(15));
		assertThat(appliedChangesets()).containsExactly("1-before-sleep", "2-sleeps-in-sql");
		assertThat(tables()).contains("before_sleep", "after_sleep");
	}

	private long awaitSleepingSession() throws Exception {
		String sql = "SELECT COALESCE(MAX(pid), 0) FROM pg_stat_activity WHERE datname = current_database() "
				+ "AND query LIKE 'SELECT pg_sleep(300)%'";
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (System.nanoTime() < deadline) {
			long pid = count(sql);
			if (pid != 0) {
				return pid;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The child process never started its slow statement");
	}

	/**
	 * Take the migration lock as another Prism process would, from another thread.
	 */
	private LockService holdLock(Connection connection) throws Exception {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(this.database.url(), this.database.username(),
				this.database.password());
		FutureTask<LockService> holder = new FutureTask<>(() -> Scope
			.child(Map.of(PostgresAdvisoryLockService.DATA_SOURCE_SCOPE_KEY, dataSource), () -> acquireLock(connection)));
		new Thread(holder).start();
		return holder.get(30, TimeUnit.SECONDS);
	}

	@ParameterizedTest(name = "{1} contexts, pool_mode={0}")
	@CsvSource({ "session, 2", "session, 4", "transaction, 2", "transaction, 4" })
	void contextsStartingAtOnceBehindPgBouncerMigrateAndSeedOnceThenServeLoadWithoutErrors(String poolMode,
			int count, CapturedOutput output) throws Exception {
		try (PgBouncer bouncer = PgBouncer.start(poolMode, this.database)) {
			this.database = bouncer.through(this.database, "prepareThreshold=0");
			List<ConfigurableApplicationContext> contexts = startConcurrently(count,
					"spring.datasource.hikari.maximum-pool-size=4");
			assertThat(count(HOLDER_PID)).isZero();
			assertThat(output).doesNotContain(TRANSACTION_POOLING_WARNING);
			LoadResult load = load(contexts, LOAD_DURATION);
			System.out.printf("PgBouncer pool_mode=%s, %d contexts: %d transactions in %s, %d failed%n", poolMode, count,
					load.committed(), LOAD_DURATION, load.failures().size());
			assertThat(load.failures()).isEmpty();
			assertThat(load.committed()).isPositive();
			assertThat(count("SELECT COUNT(*) FROM authors WHERE name LIKE 'load-%'")).isEqualTo(load.committed());
		}
	}

	@Test
	void warnsBehindTransactionPoolingWithNamedPreparedStatements(CapturedOutput output) throws Exception {
		try (PgBouncer bouncer = PgBouncer.start("transaction", this.database)) {
			Database direct = this.database;
			this.database = bouncer.through(direct, "prepareThreshold=0");
			start("prism.db.migrate=false").close();
			assertThat(output).doesNotContain(TRANSACTION_POOLING_WARNING);
			this.database = bouncer.through(direct);
			start("prism.db.migrate=false").close();
			assertThat(output).contains(TRANSACTION_POOLING_WARNING, "prepareThreshold=5",
					"Add prepareThreshold=0 to the JDBC URL");
		}
	}

	@Test
	void doesNotWarnBehindSessionPooling(CapturedOutput output) throws Exception {
		try (PgBouncer bouncer = PgBouncer.start("session", this.database)) {
			this.database = bouncer.through(this.database);
			start(CHANGELOG);
			assertThat(appliedChangesets()).hasSize(3);
			assertThat(output).doesNotContain(TRANSACTION_POOLING_WARNING);
		}
	}

	/**
	 * Run transactions of two statements from two threads per context for a while.
	 */
	private static LoadResult load(List<ConfigurableApplicationContext> contexts, Duration duration)
			throws InterruptedException {
		long deadline = System.nanoTime() + duration.toNanos();
		AtomicLong committed = new AtomicLong();
		List<Throwable> failures = new CopyOnWriteArrayList<>();
		List<Thread> threads = new ArrayList<>();
		for (ConfigurableApplicationContext context : contexts) {
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			TransactionTemplate transaction = new TransactionTemplate(
					context.getBean(PlatformTransactionManager.class));
			for (int i = 0; i < 2; i++) {
				Thread thread = new Thread(() -> {
					while (System.nanoTime() < deadline) {
						String name = "load-" + UUID.randomUUID();
						try {
							transaction.executeWithoutResult((status) -> {
								jdbc.update("INSERT INTO authors (name) VALUES (?)", name);
								jdbc.queryForObject("SELECT COUNT(*) FROM authors WHERE name = ?", Long.class, name);
							});
							committed.incrementAndGet();
						}
						catch (RuntimeException ex) {
							failures.add(ex);
						}
					}
				});
				thread.start();
				threads.add(thread);
			}
		}
		for (Thread thread : threads) {
			thread.join();
		}
		return new LoadResult(committed.get(), failures);
	}

	record LoadResult(long committed, List<Throwable> failures) {
	}

}
