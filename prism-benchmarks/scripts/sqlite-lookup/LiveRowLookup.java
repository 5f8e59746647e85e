import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;

/**
 * Times an email lookup on a soft-deletable table (partial unique index on live rows)
 * against the same lookup on a plain table (full unique index), through sqlite-jdbc, with
 * one prepared statement per query run 30,000 times; then a keyset window of 21 rows
 * after a random id on both tables, 20,000 times, prepared for every call as Hibernate
 * does and prepared once. Creates the database file first: 100,000 rows a table, one in
 * ten of the soft-deletable ones deleted, the live-row indexes, then {@code ANALYZE}.
 * Arguments after the file: {@code --drop-live-unique-samples} drops the
 * {@code sqlite_stat4} samples of partial unique indexes as docs/soft-delete.md
 * recommends ("SQLite statistics"); {@code --drop-index=a,b} drops those indexes. See
 * docs/performance.md, "Reads on the quiet machine" and "Keyset windows on SQLite".
 *
 * <pre>
 * java -cp prism-benchmarks/target/lib/sqlite-jdbc-*.jar LiveRowLookup.java /tmp/lookup.db
 * java -cp prism-benchmarks/target/lib/sqlite-jdbc-*.jar LiveRowLookup.java /tmp/lookup.db --drop-live-unique-samples
 * java -cp prism-benchmarks/target/lib/sqlite-jdbc-*.jar LiveRowLookup.java /tmp/lookup.db --drop-index=customers_id_live
 * </pre>
 */
public class LiveRowLookup {

	static final String LIVE = "select c1_0.id,c1_0.created_at,c1_0.email,c1_0.name,c1_0.status,c1_0.updated_at "
			+ "from customers c1_0 where c1_0.email=? and c1_0.deleted_at is null";

	static final String PLAIN = "select pc1_0.id,pc1_0.created_at,pc1_0.email,pc1_0.name,pc1_0.status,pc1_0.updated_at "
			+ "from plain_customers pc1_0 where pc1_0.email=?";

	static final String LIVE_WINDOW = "select c1_0.id,c1_0.created_at,c1_0.deleted_at,c1_0.email,c1_0.name,c1_0.status,"
			+ "c1_0.updated_at from customers c1_0 where c1_0.id>? and c1_0.deleted_at is null order by c1_0.id limit ?";

	static final String PLAIN_WINDOW = "select pc1_0.id,pc1_0.created_at,pc1_0.email,pc1_0.name,pc1_0.status,"
			+ "pc1_0.updated_at from plain_customers pc1_0 where pc1_0.id>? order by pc1_0.id limit ?";

	public static void main(String[] args) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + args[0])) {
			create(connection);
			for (int i = 1; i < args.length; i++) {
				try (Statement statement = connection.createStatement()) {
					if (args[i].equals("--drop-live-unique-samples")) {
						statement.executeUpdate("delete from sqlite_stat4 where idx in (select i.name from sqlite_schema "
								+ "as t, pragma_index_list(t.name) as i where t.type = 'table' and i.\"unique\" and i.partial)");
						statement.execute("analyze sqlite_schema");
					}
					else if (args[i].startsWith("--drop-index=")) {
						for (String index : args[i].substring("--drop-index=".length()).split(",")) {
							statement.execute("drop index " + index);
						}
					}
					else {
						throw new IllegalArgumentException("Unknown argument " + args[i]);
					}
				}
			}
			for (int round = 0; round < 5; round++) {
				double plain = time(connection, PLAIN);
				double live = time(connection, LIVE);
				if (round >= 2) {
					System.out.printf("lookup: plain %.1f us, live-row %.1f us%n", plain, live);
				}
			}
			for (int round = 0; round < 5; round++) {
				double plain = timeWindow(connection, PLAIN_WINDOW, true);
				double live = timeWindow(connection, LIVE_WINDOW, true);
				double plainOnce = timeWindow(connection, PLAIN_WINDOW, false);
				double liveOnce = timeWindow(connection, LIVE_WINDOW, false);
				if (round >= 2) {
					System.out.printf("window prepared every call: plain %.1f us, live-row %.1f us; "
							+ "prepared once: plain %.1f us, live-row %.1f us%n", plain, live, plainOnce, liveOnce);
				}
			}
		}
	}

	private static void create(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("drop table if exists customers");
			statement.execute("drop table if exists plain_customers");
			statement.execute("create table customers(id integer primary key, name text, email text, status text, "
					+ "created_at text, updated_at text, deleted_at text, deleted_by text)");
			statement.execute("create table plain_customers(id integer primary key, name text, email text, "
					+ "status text, created_at text, updated_at text)");
			statement.execute("create unique index customers_email_live on customers (email) where deleted_at is null");
			statement.execute("create unique index plain_customers_email on plain_customers (email)");
			statement.execute("create index customers_deleted_at on customers (deleted_at)");
			statement.execute("create index customers_id_live on customers (id) where deleted_at is null");
		}
		connection.setAutoCommit(false);
		try (PreparedStatement customers = connection
			.prepareStatement("insert into customers values (?, ?, ?, 'active', '2026-01-01 00:00:00', "
					+ "'2026-01-01 00:00:00', ?, null)");
				PreparedStatement plain = connection.prepareStatement("insert into plain_customers values "
						+ "(?, ?, ?, 'active', '2026-01-01 00:00:00', '2026-01-01 00:00:00')")) {
			for (int i = 1; i <= 100_000; i++) {
				customers.setString(4, (i % 10 == 0) ? "2026-01-02 00:00:00" : null);
				for (PreparedStatement insert : new PreparedStatement[] { customers, plain }) {
					insert.setInt(1, i);
					insert.setString(2, "Customer " + i);
					insert.setString(3, "customer-" + i + "@example.com");
					insert.addBatch();
				}
			}
			customers.executeBatch();
			plain.executeBatch();
		}
		connection.commit();
		connection.setAutoCommit(true);
		try (Statement statement = connection.createStatement()) {
			statement.execute("analyze");
		}
	}

	/**
	 * Return the microseconds one lookup of a live row takes on average.
	 */
	private static double time(Connection connection, String sql) throws SQLException {
		Random random = new Random(1);
		int calls = 30_000;
		long start = System.nanoTime();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < calls; i++) {
				int id = random.nextInt(100_000) + 1;
				statement.setString(1, "customer-" + ((id % 10 == 0) ? id + 1 : id) + "@example.com");
				try (ResultSet result = statement.executeQuery()) {
					result.next();
					result.getLong(1);
				}
			}
		}
		return (System.nanoTime() - start) / 1e3 / calls;
	}

	/**
	 * Return the microseconds one window of 21 rows after a random id takes on average,
	 * with the statement prepared for every call or once.
	 */
	private static double timeWindow(Connection connection, String sql, boolean preparedEveryCall)
			throws SQLException {
		Random random = new Random(1);
		int calls = 20_000;
		long start = System.nanoTime();
		PreparedStatement once = preparedEveryCall ? null : connection.prepareStatement(sql);
		for (int i = 0; i < calls; i++) {
			PreparedStatement statement = preparedEveryCall ? connection.prepareStatement(sql) : once;
			statement.setLong(1, random.nextInt(99_000));
			statement.setInt(2, 21);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					result.getLong(1);
					result.getString(2);
				}
			}
			if (preparedEveryCall) {
				statement.close();
			}
		}
		if (once != null) {
			once.close();
		}
		return (System.nanoTime() - start) / 1e3 / calls;
	}

}
