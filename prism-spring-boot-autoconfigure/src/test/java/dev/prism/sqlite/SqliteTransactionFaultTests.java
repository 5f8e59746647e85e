package dev.prism.sqlite;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import dev.prism.test.ChildJvm;
import dev.prism.test.LimitedDisk;
import dev.prism.test.SqliteWriteLockHolder;
import dev.prism.test.TestDatabases;
import dev.prism.testapp.Customer;
import dev.prism.testapp.CustomerRepository;
import dev.prism.testapp.PurchaseOrder;
import dev.prism.testapp.PurchaseOrderRepository;
import dev.prism.testapp.TestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Transactions on SQLite stay atomic whatever failed before on a pooled connection: another
 * process holding the write lock past the busy timeout, or a full disk. Every transaction
 * writes two rows; afterwards every transaction that reported success has both rows and
 * every one that failed has neither.
 */
class SqliteTransactionFaultTests {

	private static final int WRITERS = 3;

	private static final Duration LOAD = Duration.ofSeconds(3);

	private final List<AutoCloseable> resources = new ArrayList<>();

	private String url;

	private ConfigurableApplicationContext context;

	private final Set<String> succeeded = ConcurrentHashMap.newKeySet();

	private final Set<String> failed = ConcurrentHashMap.newKeySet();

	private final AtomicInteger sequence = new AtomicInteger();

	@AfterEach
	void close() throws Exception {
		if (this.context != null) {
			this.context.close();
		}
		for (int i = this.resources.size() - 1; i >= 0; i--) {
			this.resources.get(i).close();
		}
	}

	@Test
	void transactionsStayAtomicWhileAnotherProcessHoldsTheWriteLockPastTheBusyTimeout() throws Exception {
		start(TestDatabases.sqlite().url());
		ChildJvm holder = ChildJvm.start(SqliteWriteLockHolder.MARKER, SqliteWriteLockHolder.class, this.url, "300",
				"200");
		this.resources.add(holder);
		long end = System.nanoTime() + LOAD.toNanos();
		write("busy", WRITERS, () -> System.nanoTime() < end);
		holder.kill();
		assertThat(this.failed).as("transactions that waited past the busy timeout").isNotEmpty();
		assertThat(this.succeeded).as("transactions between the other process's locks").isNotEmpty();
		assertTransactionsAfterTheFaultAreAtomic();
	}

	@Test
	void transactionsStayAtomicWhenTheDiskRunsFullAndAfterSpaceIsFreed() throws Exception {
		LimitedDisk disk = LimitedDisk.create();
		this.resources.add(disk);
		start(disk.url(), disk.properties());
		write("before", WRITERS, countdown(10));
		disk.fill();
		write("full", WRITERS, countdown(30));
		assertThat(this.failed).as("transactions on a full disk").isNotEmpty();
		disk.free();
		assertTransactionsAfterTheFaultAreAtomic();
	}

	@Test
	void aProcessKilledWhileWritingLeavesWholeTransactionsOnly() throws Exception {
		start(TestDatabases.sqlite().url());
		ChildJvm writer = ChildJvm.start(SqliteWriterProcess.COMMITTED, SqliteWriterProcess.class, this.url);
		this.resources.add(writer);
		Thread.sleep(1000);
		writer.kill();
		Set<String> committed = new HashSet<>();
		writer.output()
			.lines()
			.filter((line) -> line.startsWith(SqliteWriterProcess.COMMITTED))
			.forEach((line) -> committed.add(line.substring(SqliteWriterProcess.COMMITTED.length())));
		Set<String> emails = emails();
		for (String key : committed) {
			assertThat(emails).as("rows of a transaction that reported its commit").contains(key + "-a", key + "-b");
		}
		for (String email : emails) {
			String key = email.substring(0, email.length() - 2);
			assertThat(emails).as("rows of transaction " + key).contains(key + "-a", key + "-b");
		}
		assertThat(committed).hasSizeGreaterThan(1);
		write("after-kill", 1, countdown(5));
		assertRowsMatchOutcomes();
	}

	@Test
	void readOnlyTransactionsDoNotWaitForAnotherConnectionsWriteLock() throws Exception {
		start(TestDatabases.sqlite().url(), "prism.sqlite.busy-timeout=2s");
		CustomerRepository customers = this.context.getBean(CustomerRepository.class);
		customers.save(new Customer("Reader", "reader@example.com"));
		TransactionTemplate transaction = new TransactionTemplate(
				this.context.getBean(PlatformTransactionManager.class));
		try (Connection writer = DriverManager.getConnection(this.url);
				Statement statement = writer.createStatement()) {
			statement.execute("BEGIN IMMEDIATE");
			statement.execute("UPDATE customers SET name = 'Writing'");
			transaction.setReadOnly(true);
			long[] count = new long[1];
			Duration read = timed(() -> count[0] = transaction.execute((status) -> customers.count()));
			assertThat(count[0]).isOne();
			assertThat(read).isLessThan(Duration.ofSeconds(1));
			transaction.setReadOnly(false);
			Duration write = timed(() -> assertThatExceptionOfType(RuntimeException.class)
				.isThrownBy(() -> transaction.execute((status) -> customers.count())));
			assertThat(write).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
			statement.execute("ROLLBACK");
		}
		assertThat(customers.findByEmail("reader@example.com")).get().extracting(Customer::getName).isEqualTo("Reader");
	}

	private static Duration timed(Runnable action) {
		long start = System.nanoTime();
		action.run();
		return Duration.ofNanos(System.nanoTime() - start);
	}

	private void start(String url, String... properties) {
		this.url = url;
		this.context = new SpringApplicationBuilder(TestApplication.class).web(WebApplicationType.NONE)
			.properties("spring.datasource.url=" + url, "spring.datasource.hikari.maximum-pool-size=2",
					"prism.sqlite.busy-timeout=100ms", "prism.repository.batch-size=1")
			.properties(properties)
			.run();
	}

	private void assertTransactionsAfterTheFaultAreAtomic() throws Exception {
		Set<String> failedDuringFault = new HashSet<>(this.failed);
		// One writer: with the short busy timeout, writers would otherwise time out on each other
		write("after", 1, countdown(20));
		assertThat(this.failed).as("transactions after the fault").isEqualTo(failedDuringFault);
		assertFailingBulkOperationChangesNothing();
		assertRowsMatchOutcomes();
	}

	private void assertFailingBulkOperationChangesNothing() throws SQLException {
		CustomerRepository customers = this.context.getBean(CustomerRepository.class);
		Customer first = customers.save(new Customer("Bulk", "bulk-1@example.com"));
		Customer second = customers.save(new Customer("Bulk", "bulk-2@example.com"));
		this.context.getBean(PurchaseOrderRepository.class)
			.save(new PurchaseOrder(second, "B-1", java.math.BigDecimal.ONE));
		long before = count("SELECT COUNT(*) FROM customers");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> customers.hardDeleteAllById(List.of(first.getId(), second.getId())));
		assertThat(count("SELECT COUNT(*) FROM customers")).isEqualTo(before);
	}

	private void assertRowsMatchOutcomes() throws SQLException {
		Set<String> emails = emails();
		for (String key : this.succeeded) {
			assertThat(emails).as("rows of a transaction that succeeded").contains(key + "-a", key + "-b");
		}
		for (String key : this.failed) {
			assertThat(emails).as("rows of a transaction that failed").doesNotContain(key + "-a", key + "-b");
		}
	}

	private void write(String phase, int threads, BooleanSupplier more) throws Exception {
		CustomerRepository customers = this.context.getBean(CustomerRepository.class);
		TransactionTemplate transaction = new TransactionTemplate(
				this.context.getBean(PlatformTransactionManager.class));
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> writers = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				writers.add(executor.submit(() -> {
					while (more.getAsBoolean()) {
						String key = phase + "-" + this.sequence.incrementAndGet();
						try {
							transaction.executeWithoutResult((status) -> {
								customers.save(new Customer(key, key + "-a"));
								customers.save(new Customer(key, key + "-b"));
							});
							this.succeeded.add(key);
						}
						catch (RuntimeException ex) {
							this.failed.add(key);
						}
					}
				}));
			}
			for (Future<?> writer : writers) {
				writer.get();
			}
		}
		finally {
			executor.shutdownNow();
		}
	}

	private static BooleanSupplier countdown(int count) {
		AtomicInteger remaining = new AtomicInteger(count);
		return () -> remaining.getAndDecrement() > 0;
	}

	private Set<String> emails() throws SQLException {
		Set<String> emails = new HashSet<>();
		try (Connection connection = DriverManager.getConnection(this.url);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT email FROM customers")) {
			while (rows.next()) {
				emails.add(rows.getString(1));
			}
		}
		return emails;
	}

	private long count(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.url);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
