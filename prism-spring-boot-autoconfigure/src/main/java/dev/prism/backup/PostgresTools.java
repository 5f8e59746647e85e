package dev.prism.backup;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs PostgreSQL's {@code pg_dump} and {@code psql}, found on a search path, against the
 * database of a connection.
 */
class PostgresTools {

	private static final String PREFIX = "jdbc:postgresql:";

	private final String searchPath;

	private final Supplier<Credentials> credentials;

	private final Duration lockTimeout;

	/**
	 * Create a new instance.
	 * @param searchPath where to look for the tools, as the {@code PATH} variable lists
	 * directories
	 * @param credentials the user name and password to connect with, when known
	 * @param lockTimeout how long {@code pg_dump} waits for a table lock
	 */
	PostgresTools(String searchPath, Supplier<Credentials> credentials, Duration lockTimeout) {
		this.searchPath = (searchPath != null) ? searchPath : "";
		this.credentials = credentials;
		this.lockTimeout = lockTimeout;
	}

	void dump(Connection connection, Path file) throws SQLException {
		run(connection, "pg_dump", List.of("--no-owner", "--no-privileges", "--clean", "--if-exists",
				"--lock-wait-timeout=" + this.lockTimeout.toMillis(), "--file=" + file));
	}

	void load(Connection connection, Path file) throws SQLException {
		run(connection, "psql", List.of("--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1", "--single-transaction",
				"--file=" + file));
	}

	private void run(Connection connection, String tool, List<String> arguments) throws SQLException {
		List<String> command = new ArrayList<>();
		command.add(find(tool).toString());
		command.addAll(arguments);
		command.add("--dbname=" + libpqUri(connection.getMetaData().getURL()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
		Credentials credentials = this.credentials.get();
		Map<String, String> environment = builder.environment();
		String user = (credentials != null && credentials.username() != null) ? credentials.username()
				: connection.getMetaData().getUserName();
		if (user != null) {
			environment.put("PGUSER", user);
		}
		if (credentials != null && credentials.password() != null) {
			environment.put("PGPASSWORD", credentials.password());
		}
		try {
			Process process = builder.start();
			String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			int status = process.waitFor();
			if (status != 0) {
				throw new BackupFailedException(tool + " failed with exit status " + status + ": " + errors,
						"Check the message above. " + tool + " connects as the application does, with "
								+ "spring.datasource.username and spring.datasource.password.",
						null);
			}
		}
		catch (IOException ex) {
			throw new BackupFailedException("Could not run " + tool + ": " + ex.getMessage(),
					"Check that " + command.get(0) + " can be run by this process.", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BackupFailedException("Interrupted while " + tool + " ran", "Run the command again.", ex);
		}
	}

	/**
	 * Return the tool's executable from the search path.
	 * @param tool the tool's name
	 * @return the executable
	 */
	Path find(String tool) {
		for (String directory : this.searchPath.split(File.pathSeparator)) {
			if (!directory.isEmpty()) {
				for (String name : List.of(tool, tool + ".exe")) {
					Path candidate = Path.of(directory, name);
					if (Files.isExecutable(candidate)) {
						return candidate;
					}
				}
			}
		}
		throw new BackupFailedException(
				tool + " was not found on the PATH, and Prism needs it for PostgreSQL backups.",
				"Install PostgreSQL's client tools (for example apt-get install postgresql-client, brew install "
						+ "libpq) in a version at least that of the server, and put the directory holding " + tool
						+ " on the PATH.",
				null);
	}

	/**
	 * Turn a PostgreSQL JDBC URL into the libpq connection URI of the same database. The
	 * JDBC driver's own parameters are left out, as libpq rejects them.
	 */
	static String libpqUri(String jdbcUrl) {
		String location = jdbcUrl.startsWith(PREFIX) ? jdbcUrl.substring(PREFIX.length()) : jdbcUrl;
		int query = location.indexOf('?');
		location = (query >= 0) ? location.substring(0, query) : location;
		if (!location.startsWith("//")) {
			return "postgresql://localhost/" + location;
		}
		return "postgresql:" + location;
	}

	/**
	 * A user name and password to connect with.
	 *
	 * @param username the user name, or {@code null} for the connection's
	 * @param password the password, or {@code null} for none or one from the environment
	 */
	record Credentials(String username, String password) {
	}

}
