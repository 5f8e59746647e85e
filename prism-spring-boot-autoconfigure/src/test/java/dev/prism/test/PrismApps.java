package dev.prism.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.prism.lifecycle.LifecycleTestApplication;
import dev.prism.test.RecordingExitConfiguration.RecordingExit;
import dev.prism.test.TestDatabases.Database;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts {@link LifecycleTestApplication} with more configuration against one test
 * database, runs database commands in it, and reads the database with plain JDBC.
 */
public final class PrismApps implements AutoCloseable {

	/**
	 * The lifecycle tests' changelog: tables authors and books, and one author, Ada.
	 */
	public static final String CHANGELOG = "spring.liquibase.change-log=classpath:db/lifecycle/changelog.yaml";

	private final Database database;

	private final Class<?>[] sources;

	private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

	/**
	 * Create a new instance.
	 * @param database the database every application uses
	 * @param sources more configuration for every application
	 */
	public PrismApps(Database database, Class<?>... sources) {
		this.database = database;
		this.sources = sources;
	}

	/**
	 * Return the database.
	 * @return the database
	 */
	public Database database() {
		return this.database;
	}

	/**
	 * Start an application with the lifecycle changelog. A property given here replaces the
	 * database's or the changelog setting of the same name.
	 * @param properties more properties
	 * @return the running application
	 */
	public ConfigurableApplicationContext start(String... properties) {
		Map<String, String> args = new LinkedHashMap<>();
		Stream.of(this.database.properties(), new String[] { CHANGELOG }, properties)
			.flatMap(Stream::of)
			.forEach((property) -> args.put(property.substring(0, property.indexOf('=')), "--" + property));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(LifecycleTestApplication.class,
				RecordingExitConfiguration.class)
			.sources(this.sources)
			.web(WebApplicationType.NONE)
			.properties("prism.db.lock-timeout=3s")
			.run(args.values().toArray(String[]::new));
		this.contexts.add(context);
		return context;
	}

	/**
	 * Run a database command.
	 * @param command the command's name
	 * @param properties more properties
	 * @return its exit status and failure
	 */
	public Result command(String command, String... properties) {
		String[] all = Stream.concat(Stream.of("prism.db.command=" + command), Stream.of(properties))
			.toArray(String[]::new);
		ConfigurableApplicationContext context = start(all);
		RecordingExit exit = context.getBean(RecordingExit.class);
		context.close();
		return new Result(exit.statuses.isEmpty() ? null : exit.statuses.get(0),
				exit.failures.isEmpty() ? null : exit.failures.get(0));
	}

	/**
	 * Connect to the database.
	 * @return a new connection
	 * @throws SQLException on failure
	 */
	public Connection connect() throws SQLException {
		return DriverManager.getConnection(this.database.url(), this.database.username(), this.database.password());
	}

	/**
	 * Run a query and return its first column.
	 * @param sql the query
	 * @return the first column of every row
	 * @throws SQLException on failure
	 */
	public List<String> query(String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Connection connection = connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	/**
	 * Return the names of the database's tables, in lower case.
	 * @return the table names
	 * @throws SQLException on failure
	 */
	public List<String> tables() throws SQLException {
		return query(this.database.isPostgres()
				? "SELECT lower(table_name) FROM information_schema.tables WHERE table_schema = 'public'"
				: "SELECT lower(name) FROM sqlite_master WHERE type = 'table'");
	}

	/**
	 * Run a statement.
	 * @param sql the statement
	 * @throws SQLException on failure
	 */
	public void execute(String sql) throws SQLException {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	@Override
	public void close() {
		this.contexts.forEach(ConfigurableApplicationContext::close);
	}

	/**
	 * What a command did.
	 *
	 * @param status its exit status
	 * @param failure why it failed, or {@code null}
	 */
	public record Result(Integer status, Throwable failure) {
	}

}
