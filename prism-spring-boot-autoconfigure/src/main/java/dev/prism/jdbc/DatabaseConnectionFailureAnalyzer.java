package dev.prism.jdbc;

import java.sql.SQLException;
import java.util.Set;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Explains a PostgreSQL server that could not be reached or refused the connection at
 * startup: names the host, port, database and user from the configured JDBC URL and says
 * what to check. Applies to {@code jdbc:postgresql:} URLs only.
 */
class DatabaseConnectionFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

	/**
	 * SQL states of a connection attempt that failed: unable to connect, rejected.
	 */
	private static final Set<String> CONNECT_STATES = Set.of("08001", "08004");

	private final Environment environment;

	DatabaseConnectionFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
		SQLException failure = connectionFailure(cause);
		String url = url();
		if (failure == null || PrismDatabase.fromJdbcUrl(url) != PrismDatabase.POSTGRESQL) {
			return null;
		}
		Server server = Server.parse(url.substring(url.indexOf(':', "jdbc:".length()) + 1));
		String state = failure.getSQLState();
		if (state.startsWith("28")) {
			return new FailureAnalysis(
					"PostgreSQL at %s refused user '%s' for database '%s': %s".formatted(server.hosts(), user(),
							server.database(), failure.getMessage()),
					"Check spring.datasource.username and spring.datasource.password (or the credentials in "
							+ "DATABASE_URL), and that pg_hba.conf on the server admits this user from this host.",
					failure);
		}
		if (state.equals("3D000")) {
			return new FailureAnalysis("PostgreSQL at %s has no database '%s'.".formatted(server.hosts(),
					server.database()),
					"Create it (CREATE DATABASE %s) or correct the database name in spring.datasource.url (or "
						.formatted(server.database()) + "DATABASE_URL).",
					failure);
		}
		return new FailureAnalysis(
				"Could not connect to PostgreSQL at %s (database '%s'): %s".formatted(server.hosts(), server.database(),
						describe(failure)),
				("Check that PostgreSQL is running and accepts TCP/IP connections at %s (listen_addresses and port "
						+ "in postgresql.conf), that the host name resolves and no firewall blocks the port, and that "
						+ "spring.datasource.url (or DATABASE_URL) names the right host and port.")
					.formatted(server.hosts()),
				failure);
	}

	/**
	 * Return the failure to connect in the cause chain: unable to connect or rejected
	 * (SQL states 08001, 08004), an authorization failure (class 28) or a missing database
	 * (3D000). A connection lost later (08006) is not a failure to connect.
	 */
	private static SQLException connectionFailure(Throwable failure) {
		for (Throwable candidate = failure; candidate != null; candidate = candidate.getCause()) {
			if (candidate instanceof SQLException sql && sql.getSQLState() != null && (CONNECT_STATES.contains(sql.getSQLState())
					|| sql.getSQLState().startsWith("28") || sql.getSQLState().equals("3D000"))) {
				return sql;
			}
		}
		return null;
	}

	private static String describe(SQLException failure) {
		Throwable cause = failure.getCause();
		if (cause == null || cause == failure) {
			return failure.getMessage();
		}
		return failure.getMessage() + " (" + cause + ")";
	}

	private String url() {
		if (this.environment == null) {
			return null;
		}
		String liquibaseUrl = this.environment.getProperty("spring.liquibase.url");
		return (liquibaseUrl != null) ? liquibaseUrl : this.environment.getProperty("spring.datasource.url");
	}

	private String user() {
		String liquibaseUser = this.environment.getProperty("spring.liquibase.user");
		return (liquibaseUser != null) ? liquibaseUser : this.environment.getProperty("spring.datasource.username");
	}

	/**
	 * The server part of a PostgreSQL JDBC URL.
	 *
	 * @param hosts the host and port pairs, comma-separated
	 * @param database the database name
	 */
	record Server(String hosts, String database) {

		static Server parse(String location) {
			int query = location.indexOf('?');
			String path = (query >= 0) ? location.substring(0, query) : location;
			if (!path.startsWith("//")) {
				return new Server("localhost:5432", path);
			}
			int slash = path.indexOf('/', 2);
			String authority = (slash >= 0) ? path.substring(2, slash) : path.substring(2);
			String database = (slash >= 0) ? path.substring(slash + 1) : "";
			StringBuilder hosts = new StringBuilder();
			for (String host : (authority.isEmpty() ? "localhost" : authority).split(",")) {
				boolean hasPort = host.startsWith("[") ? host.contains("]:") : host.contains(":");
				hosts.append((hosts.length() > 0) ? "," : "").append(host).append(hasPort ? "" : ":5432");
			}
			return new Server(hosts.toString(), database);
		}

	}

}
