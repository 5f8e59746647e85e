package dev.prism.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.prism.benchmarks.plain.PlainCustomerRepository;
import dev.prism.benchmarks.prism.CustomerRepository;
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

/**
 * P2: soft delete, restore and hard delete of {@value Rows#BULK_IDS} ids through a
 * {@code PrismRepository}, against stock Spring Data {@code deleteAllById} on the plain
 * repository, with the same soft delete over raw JDBC as the floor. Each measured call is
 * one transaction on freshly reset rows.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Benchmark)
public class BulkDeleteBenchmark {

	@Param({ "sqlite", "postgres" })
	public String database;

	private ConfigurableApplicationContext context;

	private CustomerRepository prism;

	private PlainCustomerRepository plain;

	private final List<Long> liveIds = Rows.firstLiveIds();

	private final List<Long> deletedIds = Rows.deletedIds();

	private DataSource dataSource;

	@Setup
	public void start() {
		this.context = Contexts.start(BenchmarkApplication.class, BenchmarkDatabase.of(this.database));
		this.prism = this.context.getBean(CustomerRepository.class);
		this.plain = this.context.getBean(PlainCustomerRepository.class);
		this.dataSource = this.context.getBean(DataSource.class);
	}

	@Setup(Level.Iteration)
	public void resetRows() throws SQLException {
		Rows.resetBulkRows(this.dataSource, BenchmarkDatabase.of(this.database));
	}

	@TearDown
	public void stop() throws SQLException {
		resetRows();
		this.context.close();
	}

	@Benchmark
	public int softDelete_prism() {
		return expect(this.prism.softDeleteAllById(this.liveIds));
	}

	@Benchmark
	public int restore_prism() {
		return expect(this.prism.restoreAllById(this.deletedIds));
	}

	@Benchmark
	public int hardDelete_prism() {
		return expect(this.prism.hardDeleteAllById(this.liveIds));
	}

	/**
	 * The floor: the same soft delete as raw JDBC, one {@code UPDATE} per 1,000 ids.
	 */
	@Benchmark
	public int softDelete_jdbc() throws SQLException {
		BenchmarkDatabase database = BenchmarkDatabase.of(this.database);
		int count = 0;
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			Instant now = Instant.now();
			for (int from = 0; from < this.liveIds.size(); from += Rows.JDBC_BATCH) {
				List<Long> chunk = this.liveIds.subList(from, from + Rows.JDBC_BATCH);
				try (PreparedStatement statement = connection.prepareStatement(
						"UPDATE customers SET deleted_at = ?, updated_at = ? WHERE id IN ("
								+ String.join(", ", Collections.nCopies(chunk.size(), "?")) + ") AND deleted_at IS NULL")) {
					database.bind(statement, 1, now);
					database.bind(statement, 2, now);
					for (int i = 0; i < chunk.size(); i++) {
						statement.setLong(i + 3, chunk.get(i));
					}
					count += statement.executeUpdate();
				}
			}
			connection.commit();
			connection.setAutoCommit(true);
		}
		return expect(count);
	}

	@Benchmark
	public void deleteAllById_plain() {
		this.plain.deleteAllById(this.liveIds);
	}

	private static int expect(int count) {
		if (count != Rows.BULK_IDS) {
			throw new IllegalStateException("Expected " + Rows.BULK_IDS + " rows, changed " + count);
		}
		return count;
	}

}
