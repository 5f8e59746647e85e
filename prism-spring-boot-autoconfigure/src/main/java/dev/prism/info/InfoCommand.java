package dev.prism.info;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfigMXBean;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.prism.lifecycle.DatabaseCommand;
import dev.prism.lifecycle.DatabaseCommandException;
import dev.prism.seed.SeederStatus;

import org.springframework.boot.jdbc.DataSourceUnwrapper;
import org.springframework.util.ClassUtils;

/**
 * {@code info}: prints the database's URL, server and driver, the connection pool's
 * settings, the applied and pending changesets and seeders, and the migration lock. Fails
 * with the connection error in one line when the database cannot be reached.
 */
class InfoCommand implements DatabaseCommand {

	private static final boolean HIKARI_PRESENT = ClassUtils.isPresent("com.zaxxer.hikari.HikariDataSource",
			InfoCommand.class.getClassLoader());

	private final DataSource dataSource;

	private final Supplier<String> configuredUrl;

	private final PrismStatusReader status;

	InfoCommand(DataSource dataSource, Supplier<String> configuredUrl, PrismStatusReader status) {
		this.dataSource = dataSource;
		this.configuredUrl = configuredUrl;
		this.status = status;
	}

	@Override
	public String name() {
		return "info";
	}

	@Override
	public String description() {
		return "print the database, its server, driver, pool, changesets, seeders and migration lock";
	}

	@Override
	public void run(PrintWriter out) throws Exception {
		String url = PrismStatus.maskPassword(this.configuredUrl.get());
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			out.println("Database:        " + PrismStatus.maskPassword(metaData.getURL()) + userOf(metaData));
			out.println("Server:          " + metaData.getDatabaseProductName() + " "
					+ metaData.getDatabaseProductVersion());
			out.println("Driver:          " + metaData.getDriverName() + " " + metaData.getDriverVersion());
		}
		catch (SQLException ex) {
			// Without the cause: the database's own failure analyzers would report it on several lines
			throw new DatabaseCommandException(name(),
					"cannot connect to " + ((url != null) ? url : "the database") + ": " + oneLine(ex),
					"Check that the database server is running and reachable from here (for PostgreSQL: pg_isready "
							+ "-h <host> -p <port>), and check spring.datasource.url, username and password.");
		}
		out.println("Pool:            " + pool());
		PrismStatus status = this.status.read();
		out.println("Environment:     " + ((status.environment() != null)
				? "first migrated under profile(s) " + status.environment() : "not stamped (never migrated by Prism)"));
		print(out, "Changesets", status.changesets().applied().size() + " applied, "
				+ status.changesets().pending().size() + " pending",
				status.changesets().pending().stream().map(PrismStatus.Changeset::name).toList(), "pending");
		List<String> pendingSeeders = status.seeders()
			.stream()
			.filter(SeederStatus::pending)
			.map((seeder) -> seeder.name() + " (" + seeder.reason() + ")")
			.toList();
		long recorded = status.seeders().stream().filter((seeder) -> seeder.recordedVersion() != null).count();
		print(out, "Seeders", recorded + " recorded, " + pendingSeeders.size() + " pending", pendingSeeders,
				"pending");
		out.println("Migration lock:  " + (status.locks().isEmpty() ? "free"
				: "held by " + String.join("; ", status.locks().stream().map(PrismStatus.Lock::toString).toList())));
	}

	private static void print(PrintWriter out, String heading, String summary, List<String> items, String label) {
		out.println(String.format("%-17s", heading + ":") + summary);
		items.forEach((item) -> out.println("  " + label + ": " + item));
	}

	private static String userOf(DatabaseMetaData metaData) throws SQLException {
		String user = metaData.getUserName();
		return (user != null && !user.isEmpty()) ? " (user " + user + ")" : "";
	}

	private String pool() {
		String hikari = HIKARI_PRESENT ? HikariPool.describe(this.dataSource) : null;
		return (hikari != null) ? hikari : this.dataSource.getClass().getName();
	}

	private static String oneLine(SQLException ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		Throwable cause = ex.getCause();
		if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
			message = message + " (" + cause.getMessage() + ")";
		}
		return message.replaceAll("\\s+", " ").strip();
	}

	/**
	 * Describes a Hikari pool; apart, so that the command runs without HikariCP.
	 */
	private static final class HikariPool {

		static String describe(DataSource dataSource) {
			HikariConfigMXBean config = DataSourceUnwrapper.unwrap(dataSource, HikariConfigMXBean.class,
					HikariDataSource.class);
			if (config == null) {
				return null;
			}
			String settings = "%s: maximum-pool-size %d, minimum-idle %d, connection-timeout %dms, "
					+ "idle-timeout %dms, max-lifetime %dms";
			settings = settings.formatted(config.getPoolName(), config.getMaximumPoolSize(), config.getMinimumIdle(),
					config.getConnectionTimeout(), config.getIdleTimeout(), config.getMaxLifetime());
			HikariPoolMXBean pool = (config instanceof HikariDataSource hikari) ? hikari.getHikariPoolMXBean() : null;
			return (pool != null) ? settings + "; " + pool.getActiveConnections() + " active, "
					+ pool.getIdleConnections() + " idle, " + pool.getThreadsAwaitingConnection() + " waiting"
					: settings;
		}

	}

}
