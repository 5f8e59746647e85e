package dev.prism.benchmarks;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.prism.benchmarks.audit.AuditedCustomerRepository;
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
 * P5: soft delete of {@value Rows#BULK_IDS} ids with a no-op {@code SoftDeletedEvent}
 * listener and a {@code @DeletedBy} column ({@code AuditedCustomer}) against the same soft
 * delete of the same rows without them ({@code Customer}, which no listener receives).
 * Each measured call is one transaction on freshly reset rows.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Benchmark)
public class DeleteAuditBenchmark {

	@Param({ "sqlite", "postgres" })
	public String database;

	private ConfigurableApplicationContext context;

	private CustomerRepository customers;

	private AuditedCustomerRepository audited;

	private final List<Long> liveIds = Rows.firstLiveIds();

	private DataSource dataSource;

	@Setup
	public void start() {
		this.context = Contexts.start(BenchmarkApplication.class, BenchmarkDatabase.of(this.database));
		this.customers = this.context.getBean(CustomerRepository.class);
		this.audited = this.context.getBean(AuditedCustomerRepository.class);
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
	public int softDelete_audited() {
		return expect(this.audited.softDeleteAllById(this.liveIds));
	}

	@Benchmark
	public int softDelete_unaudited() {
		return expect(this.customers.softDeleteAllById(this.liveIds));
	}

	private static int expect(int count) {
		if (count != Rows.BULK_IDS) {
			throw new IllegalStateException("Expected " + Rows.BULK_IDS + " rows, changed " + count);
		}
		return count;
	}

}
