package dev.prism.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.prism.benchmarks.imports.ImportedCustomer;
import dev.prism.benchmarks.imports.ImportedCustomerRepository;
import dev.prism.repository.BatchInserter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * P3: inserting {@link Rows#COUNT} new entities through Prism's batch path,
 * {@code PrismRepository.insertAll} (a {@link BatchInserter}), and the way a seeder without it would, {@code saveAll}
 * in one transaction, against a raw JDBC batch insert of the same rows into the same table
 * over the same connection pool.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 4)
@Fork(1)
@State(Scope.Benchmark)
public class InsertBenchmark {

	private static final String TABLE = "imported_customers";

	@Param({ "sqlite", "postgres" })
	public String database;

	private ConfigurableApplicationContext context;

	private ImportedCustomerRepository repository;

	private TransactionTemplate transactions;

	private DataSource dataSource;

	@Setup
	public void start() {
		this.context = Contexts.start(BenchmarkApplication.class, BenchmarkDatabase.of(this.database));
		this.repository = this.context.getBean(ImportedCustomerRepository.class);
		this.transactions = this.context.getBean(TransactionTemplate.class);
		this.dataSource = this.context.getBean(DataSource.class);
	}

	@Setup(Level.Iteration)
	public void clear() throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(BenchmarkDatabase.of(this.database).clearTable(TABLE));
		}
	}

	@TearDown(Level.Iteration)
	public void verify() throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + TABLE)) {
			count.next();
			if (count.getLong(1) != Rows.COUNT) {
				throw new IllegalStateException("Expected " + Rows.COUNT + " rows, found " + count.getLong(1));
			}
		}
	}

	@TearDown
	public void stop() throws SQLException {
		clear();
		this.context.close();
	}

	@Benchmark
	public int insertAll_prism() {
		return this.repository.insertAll(customers());
	}

	@Benchmark
	public Object saveAll_prism() {
		return this.transactions.execute((status) -> this.repository.saveAll(customers()).size());
	}

	static List<ImportedCustomer> customers() {
		List<ImportedCustomer> customers = new ArrayList<>(Rows.COUNT);
		for (long id = 1; id <= Rows.COUNT; id++) {
			customers.add(new ImportedCustomer(Rows.name(id), Rows.email(id), Rows.status(id)));
		}
		return customers;
	}

	@Benchmark
	public int insertAll_jdbc() throws SQLException {
		BenchmarkDatabase database = BenchmarkDatabase.of(this.database);
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + TABLE
					+ " (name, email, status, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?)")) {
				for (long id = 1; id <= Rows.COUNT; id++) {
					Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
					statement.setString(1, Rows.name(id));
					statement.setString(2, Rows.email(id));
					statement.setString(3, Rows.status(id));
					database.bind(statement, 4, now);
					database.bind(statement, 5, now);
					database.bind(statement, 6, null);
					statement.addBatch();
					if (id % Rows.JDBC_BATCH == 0) {
						statement.executeBatch();
					}
				}
			}
			connection.commit();
			connection.setAutoCommit(true);
		}
		return Rows.COUNT;
	}

}
