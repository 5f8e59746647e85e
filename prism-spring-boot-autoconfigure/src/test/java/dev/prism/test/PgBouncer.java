package dev.prism.test;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import dev.prism.test.TestDatabases.Database;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PgBouncer (the {@code pgbouncer} executable, Debian package {@code pgbouncer})
 * started on a free port in front of a test database's server, with a generated
 * configuration. Without the executable the test is skipped, or fails with
 * {@code CI=true}. Close it to stop PgBouncer.
 */
public final class PgBouncer implements AutoCloseable {

	private final Process process;

	private final int port;

	private final Path directory;

	private PgBouncer(Process process, int port, Path directory) {
		this.process = process;
		this.port = port;
		this.directory = directory;
	}

	/**
	 * Start PgBouncer in front of the server of a PostgreSQL test database.
	 * @param poolMode {@code session} or {@code transaction}
	 * @param database a database on the server to pool
	 * @return the running PgBouncer
	 * @throws Exception if it cannot be started
	 */
	public static PgBouncer start(String poolMode, Database database) throws Exception {
		String executable = executable();
		URI server = URI.create(database.url().substring("jdbc:".length()));
		int port = freePort();
		Path directory = Files.createTempDirectory("prism-pgbouncer");
		Path users = directory.resolve("users.txt");
		Files.writeString(users, "\"%s\" \"%s\"%n".formatted(database.username(), database.password()));
		Path ini = directory.resolve("pgbouncer.ini");
		Files.writeString(ini, """
				[databases]
				* = host=%s port=%d
				[pgbouncer]
				listen_addr = 127.0.0.1
				listen_port = %d
				unix_socket_dir =
				auth_type = trust
				auth_file = %s
				pool_mode = %s
				default_pool_size = 40
				max_client_conn = 400
				ignore_startup_parameters = extra_float_digits
				""".formatted(server.getHost(), server.getPort(), port, users, poolMode), StandardCharsets.UTF_8);
		List<String> command = new ArrayList<>(List.of(executable));
		if ("root".equals(System.getProperty("user.name"))) {
			// PgBouncer refuses to run as root
			Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
			command.addAll(List.of("-u", "nobody"));
		}
		command.add(ini.toString());
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(directory.resolve("pgbouncer.log").toFile())
			.start();
		PgBouncer bouncer = new PgBouncer(process, port, directory);
		bouncer.awaitListening();
		return bouncer;
	}

	/**
	 * Return the settings that reach a database through this PgBouncer.
	 * @param database the database
	 * @param parameters JDBC URL parameters to add, such as {@code prepareThreshold=0}
	 * @return the settings
	 */
	public Database through(Database database, String... parameters) {
		String url = database.url();
		int query = url.indexOf('?');
		String path = url.substring(url.lastIndexOf('/', (query >= 0) ? query : url.length()));
		StringBuilder through = new StringBuilder("jdbc:postgresql://127.0.0.1:" + this.port + path);
		for (String parameter : parameters) {
			through.append((through.indexOf("?") >= 0) ? '&' : '?').append(parameter);
		}
		return new Database(through.toString(), database.username(), database.password());
	}

	/**
	 * Return what PgBouncer logged so far.
	 * @return the log
	 * @throws IOException if it cannot be read
	 */
	public String log() throws IOException {
		return Files.readString(this.directory.resolve("pgbouncer.log"));
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	private void awaitListening() throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("PgBouncer exited with " + this.process.exitValue() + ":\n" + log());
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", this.port), 200);
				return;
			}
			catch (IOException ex) {
				Thread.sleep(100);
			}
		}
		close();
		throw new IllegalStateException("PgBouncer did not listen on port " + this.port + ":\n" + log());
	}

	private static String executable() {
		for (String directory : List.of("/usr/sbin", "/usr/bin", "/usr/local/bin", "/usr/local/sbin")) {
			File candidate = new File(directory, "pgbouncer");
			if (candidate.canExecute()) {
				return candidate.getPath();
			}
		}
		String message = "No pgbouncer executable for tests: install it (apt-get install -y pgbouncer)";
		if ("true".equals(String.valueOf(System.getenv("CI")).toLowerCase(Locale.ROOT))) {
			throw new IllegalStateException(message + " (CI=true, so this fails instead of skipping)");
		}
		Assumptions.abort(message);
		return null;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
