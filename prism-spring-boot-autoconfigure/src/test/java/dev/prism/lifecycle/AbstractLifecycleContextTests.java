package dev.prism.lifecycle;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import dev.prism.test.RecordingExitConfiguration;
import dev.prism.test.TestDatabases.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the lifecycle tests share: a fresh database per test, applications started on it
 * with a {@link RecordingExitConfiguration} and closed after the test, and reads of the
 * database over plain JDBC.
 */
abstract class AbstractLifecycleContextTests {

	protected Database database;

	private final List<ConfigurableApplicationContext> contexts = Collections.synchronizedList(new ArrayList<>());

	protected abstract Database createDatabase();

	@BeforeEach
	void createFreshDatabase() {
		this.database = createDatabase();
	}

	@AfterEach
	void closeContexts() {
		this.contexts.forEach(ConfigurableApplicationContext::close);
	}

	protected ConfigurableApplicationContext start(String... properties) {
		return start(new Class<?>[0], properties);
	}

	/**
	 * Start {@link LifecycleTestApplication} with more sources on the test database.
	 * @param sources the other sources
	 * @param properties the properties, after the database's
	 * @return the context
	 */
	protected ConfigurableApplicationContext start(Class<?>[] sources, String... properties) {
		return run(LifecycleTestApplication.class, sources,
				Stream.concat(Stream.of(this.database.properties()), Stream.of(properties)).toArray(String[]::new));
	}

	/**
	 * Start an application, recording the exit of a database command, with a migration lock
	 * timeout of 3 seconds; it is closed after the test.
	 * @param application the application
	 * @param sources the other sources
	 * @param properties the properties, the database's included
	 * @return the context
	 */
	protected ConfigurableApplicationContext run(Class<?> application, Class<?>[] sources, String... properties) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(application,
				RecordingExitConfiguration.class)
			.sources(sources)
			.web(WebApplicationType.NONE)
			.properties("prism.db.lock-timeout=3s")
			.run(Stream.of(properties).map((property) -> "--" + property).toArray(String[]::new));
		this.contexts.add(context);
		return context;
	}

	protected Connection connect() throws SQLException {
		return connect(this.database);
	}

	protected Set<String> tables() throws SQLException {
		return tables(this.database);
	}

	protected List<String> appliedChangesets() throws SQLException {
		return appliedChangesets(this.database);
	}

	protected long count(String sql) throws SQLException {
		return Long.parseLong(strings(this.database, sql).get(0));
	}

	protected void execute(String sql) throws SQLException {
		execute(this.database, sql);
	}

	protected static Connection connect(Database database) throws SQLException {
		return DriverManager.getConnection(database.url(), database.username(), database.password());
	}

	protected static Set<String> tables(Database database) throws SQLException {
		String sql = database.isPostgres()
				? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
				: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
		return new TreeSet<>(strings(database, sql).stream().map((name) -> name.toLowerCase(Locale.ROOT)).toList());
	}

	protected static List<String> appliedChangesets(Database database) throws SQLException {
		if (!tables(database).contains("databasechangelog")) {
			return List.of();
		}
		return strings(database, "SELECT id FROM databasechangelog ORDER BY orderexecuted");
	}

	protected static List<String> strings(Database database, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Connection connection = connect(database); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	protected static void execute(Database database, String sql) throws SQLException {
		try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
