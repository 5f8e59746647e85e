package dev.prism.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.prism.benchmarks.cascade.TeamRepository;
import dev.prism.benchmarks.plain.PlainCustomerRepository;
import dev.prism.benchmarks.prism.CustomerRepository;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * P2: soft delete, restore and hard delete of {@link Rows#BULK_IDS} (10,000) ids through a
 * {@code PrismRepository}, and the cascade soft delete of {@value Rows#TEAMS} parents with
 * {@value Rows#MEMBERS_PER_TEAM} children each, against the same statements over raw JDBC
 * (the floor), and stock Spring Data {@code deleteAllById} on the plain repository for
 * comparison. Each measured call is one transaction on freshly reset rows.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = BulkRowsBenchmark.WARMUP_OPERATIONS)
@Measurement(iterations = 5)
@Fork(1)
public class BulkDeleteBenchmark extends BulkRowsBenchmark {

	private CustomerRepository prism;

	private PlainCustomerRepository plain;

	private TeamRepository teams;

	private final List<Long> teamIds = Rows.teamIds();

	private final List<Long> deletedIds = Rows.deletedIds();

	@Override
	public void start() {
		super.start();
		this.prism = bean(CustomerRepository.class);
		this.plain = bean(PlainCustomerRepository.class);
		this.teams = bean(TeamRepository.class);
	}

	@Override
	protected void resetMoreRows() throws SQLException {
		Rows.resetTeams(this.dataSource);
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
		return expect(inChunks(this.liveIds,
				(idIn) -> "UPDATE customers SET deleted_at = ?, updated_at = ? WHERE " + idIn.apply("id")
						+ " AND deleted_at IS NULL",
				2));
	}

	/**
	 * For reference: {@link #softDelete_jdbc} with an {@code IN} list of one parameter per
	 * id, the statement Prism sent before it bound each chunk as one parameter.
	 */
	@Benchmark
	public int softDeleteInList_jdbc() throws SQLException {
		return expect(inChunks(this.liveIds,
				(idIn) -> "UPDATE customers SET deleted_at = ?, updated_at = ? WHERE " + idIn.apply("id")
						+ " AND deleted_at IS NULL",
				2, true));
	}

	/**
	 * The floor of {@link #restore_prism}: the same statements over raw JDBC.
	 */
	@Benchmark
	public int restore_jdbc() throws SQLException {
		return expect(inChunks(this.deletedIds,
				(idIn) -> "UPDATE customers SET deleted_at = NULL, updated_at = ? WHERE " + idIn.apply("id")
						+ " AND deleted_at IS NOT NULL",
				1));
	}

	/**
	 * The floor of {@link #hardDelete_prism}: the same statements over raw JDBC.
	 */
	@Benchmark
	public int hardDelete_jdbc() throws SQLException {
		return expect(inChunks(this.liveIds, (idIn) -> "DELETE FROM customers WHERE " + idIn.apply("id"), 0));
	}

	/**
	 * The floor of {@link #cascadeSoftDelete_prism}: the same two statements over raw JDBC,
	 * children first.
	 */
	@Benchmark
	public int cascadeSoftDelete_jdbc() throws SQLException {
		inChunks(this.teamIds,
				(idIn) -> "UPDATE team_members SET deleted_at = ?, updated_at = ? WHERE team_id IN (SELECT t.id FROM "
						+ "teams t WHERE " + idIn.apply("t.id") + " AND t.deleted_at IS NULL) AND deleted_at IS NULL",
				2);
		return expect(inChunks(this.teamIds, (idIn) -> "UPDATE teams SET deleted_at = ?, updated_at = ? WHERE "
				+ idIn.apply("id") + " AND deleted_at IS NULL", 2), Rows.TEAMS);
	}

	private int inChunks(List<Long> ids, Function<Function<String, String>, String> sql, int instants)
			throws SQLException {
		return inChunks(ids, sql, instants, false);
	}

	/**
	 * Run one statement per {@value Rows#JDBC_BATCH} ids in one transaction, binding the
	 * current instant to its first parameters and the ids after them: all in one parameter,
	 * as decimal numbers separated by commas, or one parameter per id.
	 * @param ids the ids
	 * @param sql the statement, given the condition on a column that binds the ids
	 * @param instants how many parameters take the current instant
	 * @param parameterPerId whether each id has a parameter of its own
	 * @return the number of rows changed
	 */
	private int inChunks(List<Long> ids, Function<Function<String, String>, String> sql, int instants,
			boolean parameterPerId) throws SQLException {
		BenchmarkDatabase database = BenchmarkDatabase.of(this.database);
		int count = 0;
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			Instant now = Instant.now();
			for (int from = 0; from < ids.size(); from += Rows.JDBC_BATCH) {
				List<Long> chunk = ids.subList(from, Math.min(from + Rows.JDBC_BATCH, ids.size()));
				Function<String, String> idIn = parameterPerId
						? (column) -> column + " IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")"
						: database::idIn;
				try (PreparedStatement statement = connection.prepareStatement(sql.apply(idIn))) {
					for (int i = 1; i <= instants; i++) {
						database.bind(statement, i, now);
					}
					if (parameterPerId) {
						for (int i = 0; i < chunk.size(); i++) {
							statement.setLong(instants + i + 1, chunk.get(i));
						}
					}
					else {
						statement.setString(instants + 1,
								chunk.stream().map(String::valueOf).collect(Collectors.joining(",")));
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

}
