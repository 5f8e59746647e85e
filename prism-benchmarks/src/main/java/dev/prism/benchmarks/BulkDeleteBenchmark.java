package dev.prism.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import javax.sql.DataSource;

import dev.prism.benchmarks.cascade.TeamRepository;
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
 * P2: soft delete, restore and hard delete of {@link Rows#BULK_IDS} (10,000) ids through a
 * {@code PrismRepository}, and the cascade soft delete of {@value Rows#TEAMS} parents with
 * {@value Rows#MEMBERS_PER_TEAM} children each, against the same statements over raw JDBC
 * (the floor), and stock Spring Data {@code deleteAllById} on the plain repository for
 * comparison. Each measured call is one transaction on freshly reset rows.
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

	private TeamRepository teams;

	private final List<Long> teamIds = Rows.teamIds();

	private final List<Long> liveIds = Rows.firstLiveIds();

	private final List<Long> deletedIds = Rows.deletedIds();

	private DataSource dataSource;

	@Setup
	public void start() {
		this.context = Contexts.start(BenchmarkApplication.class, BenchmarkDatabase.of(this.database));
		this.prism = this.context.getBean(CustomerRepository.class);
		this.plain = this.context.getBean(PlainCustomerRepository.class);
		this.teams = this.context.getBean(TeamRepository.class);
		this.dataSource = this.context.getBean(DataSource.class);
	}

	@Setup(Level.Iteration)
	public void resetRows() throws SQLException {
		Rows.resetBulkRows(this.dataSource, BenchmarkDatabase.of(this.database));
		Rows.resetTeams(this.dataSource);
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

	@Benchmark
	public int cascadeSoftDelete_prism() {
		return expect(this.teams.softDeleteAllById(this.teamIds), Rows.TEAMS);
	}

	/**
	 * The floor of {@link #softDelete_prism}: the same statements over raw JDBC.
	 */
	@Benchmark
	public int softDelete_jdbc() throws SQLException {
		return expect(inChunks(this.liveIds, (chunk) -> "UPDATE customers SET deleted_at = ?, updated_at = ? WHERE id IN ("
				+ chunk + ") AND deleted_at IS NULL", 2));
	}

	/**
	 * The floor of {@link #restore_prism}: the same statements over raw JDBC.
	 */
	@Benchmark
	public int restore_jdbc() throws SQLException {
		return expect(inChunks(this.deletedIds, (chunk) -> "UPDATE customers SET deleted_at = NULL, updated_at = ? WHERE id IN ("
				+ chunk + ") AND deleted_at IS NOT NULL", 1));
	}

	/**
	 * The floor of {@link #hardDelete_prism}: the same statements over raw JDBC.
	 */
	@Benchmark
	public int hardDelete_jdbc() throws SQLException {
		return expect(inChunks(this.liveIds, (chunk) -> "DELETE FROM customers WHERE id IN (" + chunk + ")", 0));
	}

	/**
	 * The floor of {@link #cascadeSoftDelete_prism}: the same two statements over raw JDBC,
	 * children first.
	 */
	@Benchmark
	public int cascadeSoftDelete_jdbc() throws SQLException {
		String teams = "SELECT t.id FROM teams t WHERE t.id IN (%s) AND t.deleted_at IS NULL";
		inChunks(this.teamIds, (chunk) -> "UPDATE team_members SET deleted_at = ?, updated_at = ? WHERE team_id IN ("
				+ teams.formatted(chunk) + ") AND deleted_at IS NULL", 2);
		return expect(inChunks(this.teamIds, (chunk) -> "UPDATE teams SET deleted_at = ?, updated_at = ? WHERE id IN ("
				+ chunk + ") AND deleted_at IS NULL", 2), Rows.TEAMS);
	}

	/**
	 * Run one statement per {@value Rows#JDBC_BATCH} ids in one transaction, binding the
	 * current instant to its first parameters and the ids after them.
	 * @param ids the ids
	 * @param sql the statement for a list of {@code ?} placeholders
	 * @param instants how many parameters take the current instant
	 * @return the number of rows changed
	 */
	private int inChunks(List<Long> ids, Function<String, String> sql, int instants) throws SQLException {
		BenchmarkDatabase database = BenchmarkDatabase.of(this.database);
		int count = 0;
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			Instant now = Instant.now();
			for (int from = 0; from < ids.size(); from += Rows.JDBC_BATCH) {
				List<Long> chunk = ids.subList(from, Math.min(from + Rows.JDBC_BATCH, ids.size()));
				try (PreparedStatement statement = connection
					.prepareStatement(sql.apply(String.join(", ", Collections.nCopies(chunk.size(), "?"))))) {
					for (int i = 1; i <= instants; i++) {
						database.bind(statement, i, now);
					}
					for (int i = 0; i < chunk.size(); i++) {
						statement.setLong(instants + i + 1, chunk.get(i));
					}
					count += statement.executeUpdate();
				}
			}
			connection.commit();
			connection.setAutoCommit(true);
		}
		return count;
	}

	@Benchmark
	public void deleteAllById_plain() {
		this.plain.deleteAllById(this.liveIds);
	}

	private static int expect(int count) {
		return expect(count, Rows.BULK_IDS);
	}

	private static int expect(int count, int expected) {
		if (count != expected) {
			throw new IllegalStateException("Expected " + expected + " rows, changed " + count);
		}
		return count;
	}

}
