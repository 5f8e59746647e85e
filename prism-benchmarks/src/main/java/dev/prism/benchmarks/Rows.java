package dev.prism.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * The benchmark data: {@link #COUNT} customers in {@code customers} (every tenth one soft
 * deleted) and the same customers in {@code plain_customers}. Row {@code n} has id
 * {@code n}, so every value can be recomputed from the id. The system property
 * {@value #ROWS_PROPERTY} sets the row count for growth runs (default 100,000, at least
 * 1,000).
 */
final class Rows {

	/**
	 * System property with the number of rows per table.
	 */
	static final String ROWS_PROPERTY = "prism.bench.rows";

	/**
	 * Rows per table.
	 */
	static final int COUNT = rows();

	/**
	 * Ids the bulk benchmarks change at once: one in ten rows, as many as are soft deleted.
	 */
	static final int BULK_IDS = COUNT / 10;

	/**
	 * Parents of the cascade benchmark, ids 1 to {@value #TEAMS}.
	 */
	static final int TEAMS = 1000;

	/**
	 * Children of each parent of the cascade benchmark.
	 */
	static final int MEMBERS_PER_TEAM = 10;

	/**
	 * Rows written per JDBC batch.
	 */
	static final int JDBC_BATCH = 1000;

	static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

	private static final String[] STATUSES = { "active", "trial", "suspended", "closed" };

	/**
	 * Drops the {@code sqlite_stat4} samples of partial unique indexes, see
	 * docs/soft-delete.md, "SQLite statistics".
	 */
	private static final String SQLITE_DROP_LIVE_UNIQUE_SAMPLES = "DELETE FROM sqlite_stat4 WHERE idx IN "
			+ "(SELECT i.name FROM sqlite_schema AS t, pragma_index_list(t.name) AS i "
			+ "WHERE t.type = 'table' AND i.\"unique\" AND i.partial)";

	private static final String CUSTOMER_COLUMNS = "name, email, status, created_at, updated_at, deleted_at";

	private static final String PLAIN_COLUMNS = "name, email, status, created_at, updated_at";

	private Rows() {
	}

	private static int rows() {
		int rows = Integer.getInteger(ROWS_PROPERTY, 100_000);
		if (rows < 1000 || rows % 10 != 0) {
			throw new IllegalArgumentException(ROWS_PROPERTY + " must be a multiple of 10 and at least 1000, was " + rows);
		}
		return rows;
	}

	static String name(long id) {
		return "Customer " + id;
	}

	static String email(long id) {
		return "customer-" + id + "@example.com";
	}

	static String status(long id) {
		return STATUSES[(int) (id % STATUSES.length)];
	}

	static boolean deleted(long id) {
		return id % 10 == 0;
	}

	/**
	 * Return live ids in a fixed pseudo-random order, for lookups.
	 */
	static long[] liveIdsShuffled() {
		long[] ids = new long[COUNT - COUNT / 10];
		int n = 0;
		long id = 1;
		for (int i = 0; i < ids.length; i++) {
			id = (id * 48271) % 2147483647L;
			long candidate = 1 + id % COUNT;
			ids[n++] = deleted(candidate) ? candidate - 1 : candidate;
		}
		return ids;
	}

	/**
	 * Return the first {@link #BULK_IDS} ids of live rows.
	 */
	static List<Long> firstLiveIds() {
		List<Long> ids = new ArrayList<>(BULK_IDS);
		for (long id = 1; ids.size() < BULK_IDS; id++) {
			if (!deleted(id)) {
				ids.add(id);
			}
		}
		return ids;
	}

	/**
	 * Return the ids of the {@link #BULK_IDS} soft-deleted rows.
	 */
	static List<Long> deletedIds() {
		List<Long> ids = new ArrayList<>(BULK_IDS);
		for (long id = 10; id <= COUNT; id += 10) {
			ids.add(id);
		}
		return ids;
	}

	/**
	 * Fill both tables, letting the database generate ids 1 to {@link #COUNT}.
	 */
	static void seed(DataSource dataSource, BenchmarkDatabase database) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			insert(connection, database, "customers", CUSTOMER_COLUMNS, 1, COUNT, false);
			insert(connection, database, "plain_customers", PLAIN_COLUMNS, 1, COUNT, false);
			seedTeams(connection, database);
			connection.commit();
		}
	}

	/**
	 * Return the ids of every parent of the cascade benchmark.
	 */
	static List<Long> teamIds() {
		List<Long> ids = new ArrayList<>(TEAMS);
		for (long id = 1; id <= TEAMS; id++) {
			ids.add(id);
		}
		return ids;
	}

	private static void seedTeams(Connection connection, BenchmarkDatabase database) throws SQLException {
		try (PreparedStatement teams = connection
			.prepareStatement("INSERT INTO teams (name, created_at, updated_at) VALUES (?, ?, ?)");
				PreparedStatement members = connection.prepareStatement(
						"INSERT INTO team_members (team_id, name, created_at, updated_at) VALUES (?, ?, ?, ?)")) {
			for (long team = 1; team <= TEAMS; team++) {
				teams.setString(1, "Team " + team);
				database.bind(teams, 2, CREATED);
				database.bind(teams, 3, CREATED);
				teams.addBatch();
			}
			teams.executeBatch();
			for (long team = 1; team <= TEAMS; team++) {
				for (int member = 1; member <= MEMBERS_PER_TEAM; member++) {
					members.setLong(1, team);
					members.setString(2, "Member " + member + " of team " + team);
					database.bind(members, 3, CREATED);
					database.bind(members, 4, CREATED);
					members.addBatch();
				}
				if (team % 100 == 0) {
					members.executeBatch();
				}
			}
		}
	}

	/**
	 * Bring every parent and child of the cascade benchmark back to life.
	 */
	static void resetTeams(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.executeUpdate("UPDATE team_members SET deleted_at = NULL WHERE deleted_at IS NOT NULL");
			statement.executeUpdate("UPDATE teams SET deleted_at = NULL WHERE deleted_at IS NOT NULL");
		}
	}

	/**
	 * Clean up dead rows and bring the planner statistics up to date, as autovacuum or a
	 * periodic {@code ANALYZE} would. Without it PostgreSQL cannot use index-only scans on
	 * pages that recent updates touched. On SQLite, {@code ANALYZE} is followed by the
	 * statement docs/soft-delete.md recommends after it ("SQLite statistics").
	 */
	static void vacuum(DataSource dataSource, BenchmarkDatabase database) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			if (database == BenchmarkDatabase.POSTGRES) {
				statement.execute("VACUUM ANALYZE");
			}
			else {
				statement.execute("ANALYZE");
				statement.executeUpdate(SQLITE_DROP_LIVE_UNIQUE_SAMPLES);
				statement.execute("ANALYZE sqlite_schema");
			}
		}
	}

	/**
	 * Put the rows the bulk benchmarks touch back as {@link #seed} wrote them.
	 */
	static void resetBulkRows(DataSource dataSource, BenchmarkDatabase database) throws SQLException {
		long last = firstLiveIds().get(BULK_IDS - 1);
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("DELETE FROM customers WHERE id <= " + last + " AND id % 10 <> 0");
				statement.executeUpdate("DELETE FROM plain_customers WHERE id <= " + last + " AND id % 10 <> 0");
			}
			insert(connection, database, "customers", CUSTOMER_COLUMNS, 1, last, true);
			insert(connection, database, "plain_customers", PLAIN_COLUMNS, 1, last, true);
			try (PreparedStatement statement = connection
				.prepareStatement("UPDATE customers SET deleted_at = ? WHERE id % 10 = 0")) {
				database.bind(statement, 1, CREATED);
				statement.executeUpdate();
			}
			connection.commit();
		}
	}

	/**
	 * Insert the rows {@code from} to {@code to}; with {@code liveWithIds}, only the live
	 * ones and with their ids.
	 */
	private static void insert(Connection connection, BenchmarkDatabase database, String table, String columns,
			long from, long to, boolean liveWithIds) throws SQLException {
		boolean softDelete = columns.equals(CUSTOMER_COLUMNS);
		String sql = "INSERT INTO " + table + " (" + (liveWithIds ? "id, " : "") + columns + ") VALUES ("
				+ (liveWithIds ? "?, " : "") + "?, ?, ?, ?, ?" + (softDelete ? ", ?" : "") + ")";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			int pending = 0;
			for (long id = from; id <= to; id++) {
				if (liveWithIds && deleted(id)) {
					continue;
				}
				int index = 1;
				if (liveWithIds) {
					statement.setLong(index++, id);
				}
				statement.setString(index++, name(id));
				statement.setString(index++, email(id));
				statement.setString(index++, status(id));
				database.bind(statement, index++, CREATED);
				database.bind(statement, index++, CREATED);
				if (softDelete) {
					database.bind(statement, index, deleted(id) ? CREATED : null);
				}
				statement.addBatch();
				if (++pending == JDBC_BATCH) {
					statement.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				statement.executeBatch();
			}
		}
	}

}
