package dev.prism.benchmarks;

import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application and the rows the bulk benchmarks share: the benchmark application on one
 * database, started once per fork, and the {@code customers} rows reset before every
 * iteration, so that each single shot does the full work.
 */
@State(Scope.Benchmark)
public abstract class BulkRowsBenchmark {

	/**
	 * Single shots each fork runs before it measures. Prism's path through Spring Data
	 * and Hibernate is far deeper than the JDBC floor's and takes tens of operations to
	 * be compiled: with 4 warmup shots, PostgreSQL's hard delete measured 1.73 against the
	 * floor, with 40 in the same session 1.38 (docs/performance.md, "Warm-up").
	 */
	static final int WARMUP_OPERATIONS = 30;

	@Param({ "sqlite", "postgres" })
	public String database;

	/**
	 * The first {@value Rows#BULK_IDS} live ids.
	 */
	protected final List<Long> liveIds = Rows.firstLiveIds();

	protected ConfigurableApplicationContext context;

	protected DataSource dataSource;

	@Setup
	public void start() {
		this.context = Contexts.start(BenchmarkApplication.class, BenchmarkDatabase.of(this.database));
		this.dataSource = this.context.getBean(DataSource.class);
	}

	/**
	 * Put the rows back before every shot, and on PostgreSQL vacuum away the dead rows the
	 * shot and the reset left: without it they pile up over a fork's shots, and each
	 * benchmark would run on a more bloated table than the one before it.
	 * @throws SQLException when the rows cannot be reset
	 */
	@Setup(Level.Iteration)
	public void resetRows() throws SQLException {
		BenchmarkDatabase database = BenchmarkDatabase.of(this.database);
		Rows.resetBulkRows(this.dataSource, database);
		resetMoreRows();
		if (database == BenchmarkDatabase.POSTGRES) {
			Rows.vacuum(this.dataSource, database);
		}
	}

	/**
	 * Reset the rows of other tables that a subclass changes.
	 * @throws SQLException when the rows cannot be reset
	 */
	protected void resetMoreRows() throws SQLException {
	}

	@TearDown
	public void stop() throws SQLException {
		resetRows();
		this.context.close();
	}

	protected <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	protected static int expect(int count) {
		return expect(count, Rows.BULK_IDS);
	}

	protected static int expect(int count, int expected) {
		if (count != expected) {
			throw new IllegalStateException("Expected " + expected + " rows, changed " + count);
		}
		return count;
	}

}
