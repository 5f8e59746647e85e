package dev.prism.lifecycle;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import dev.prism.jdbc.PrismDatabase;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.postgresql.PGConnection;
import org.postgresql.PGStatement;
import org.postgresql.core.BaseConnection;
import org.postgresql.util.HostSpec;

/**
 * Warns at startup when PostgreSQL is reached through a pooler in transaction pooling mode
 * (PgBouncer's {@code pool_mode=transaction}) and the JDBC driver's named prepared
 * statements would break there. Only PostgreSQL connections with a non-zero
 * {@code prepareThreshold} are checked, and only when they do not reach the server
 * directly: one query compares the address and port the server sees with those the driver
 * connected to. PgBouncer answers {@code SHOW} only on its admin console, so the check
 * observes the pooling instead: two open connections served by the same server session
 * can only be transaction pooling. It then prepares one named statement in a transaction
 * and looks it up in {@code pg_prepared_statements}: a pooler that manages prepared
 * statements (PgBouncer 1.21 or later with {@code max_prepared_statements}) renames it;
 * otherwise the driver's own name arrives, and is deallocated again.
 */
final class TransactionPoolingCheck {

	private static final Log logger = LogFactory.getLog(TransactionPoolingCheck.class);

	private static final String PROBE = "SELECT 'prism-transaction-pooling-probe'";

	private static final Pattern DRIVER_STATEMENT_NAME = Pattern.compile("S_\\d+");

	private static final int ATTEMPTS = 3;

	private TransactionPoolingCheck() {
	}

	/**
	 * Log a warning if the application's connections reach PostgreSQL through transaction
	 * pooling with named prepared statements that the pooler does not manage.
	 * @param dataSource the application's data source, whose driver settings are checked
	 * @param probe a data source for two extra connections to the same database
	 */
	static void warnIfUnsafe(DataSource dataSource, DataSource probe) {
		try {
			int prepareThreshold;
			try (Connection connection = dataSource.getConnection()) {
				if (PrismDatabase.of(connection) != PrismDatabase.POSTGRESQL) {
					return;
				}
				prepareThreshold = connection.unwrap(PGConnection.class).getPrepareThreshold();
				if (prepareThreshold == 0 || reachesServerDirectly(connection)) {
					return;
				}
			}
			try (Connection first = probe.getConnection(); Connection second = probe.getConnection()) {
				Integer sharedPid = sharedServerSession(first, second);
				if (sharedPid != null && !poolerManagesPreparedStatements(first)) {
					logger.warn(("PostgreSQL is reached through a pooler in transaction pooling mode (such as "
							+ "PgBouncer with pool_mode=transaction): two connections were served by the same server "
							+ "session, pid %d. The JDBC driver's named prepared statements (prepareThreshold=%d) "
							+ "break there with 'prepared statement \"S_1\" already exists' or 'does not exist'. "
							+ "Add prepareThreshold=0 to the JDBC URL, or run PgBouncer 1.21 or later with "
							+ "max_prepared_statements above 0.")
						.formatted(sharedPid, prepareThreshold));
				}
			}
		}
		catch (SQLException | RuntimeException ex) {
			logger.debug("Could not check for transaction pooling", ex);
		}
	}

	/**
	 * Return whether the connection goes straight to the server: the server's end of it
	 * has the address and port the driver connected to (the host's first address, which
	 * the driver's socket connects to). A pooler or proxy in between
	 * listens on another address or port than the server it connects to. Anything that
	 * cannot be told (a Unix socket, a name that does not resolve) counts as not direct.
	 */
	static boolean reachesServerDirectly(Connection connection) {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT host(inet_server_addr()), inet_server_port()")) {
			HostSpec connected = connection.unwrap(BaseConnection.class).getQueryExecutor().getHostSpec();
			result.next();
			String address = result.getString(1);
			if (address == null || result.getInt(2) != connected.getPort()) {
				return false;
			}
			return InetAddress.getByName(address).equals(InetAddress.getByName(connected.getHost()));
		}
		catch (SQLException | UnknownHostException | RuntimeException ex) {
			logger.debug("Could not tell whether the connection reaches the server directly", ex);
			return false;
		}
	}

	private static Integer sharedServerSession(Connection first, Connection second) throws SQLException {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			int pid = serverPid(first);
			if (pid == serverPid(second)) {
				return pid;
			}
		}
		return null;
	}

	private static int serverPid(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT pg_backend_pid()")) {
			result.next();
			return result.getInt(1);
		}
	}

	private static boolean poolerManagesPreparedStatements(Connection connection) throws SQLException {
		connection.setAutoCommit(false);
		try {
			try (PreparedStatement probe = connection.prepareStatement(PROBE)) {
				probe.unwrap(PGStatement.class).setPrepareThreshold(1);
				probe.executeQuery().close();
			}
			String name = null;
			try (PreparedStatement names = connection
				.prepareStatement("SELECT name FROM pg_prepared_statements WHERE statement = ?")) {
				names.setString(1, PROBE);
				try (ResultSet result = names.executeQuery()) {
					name = result.next() ? result.getString(1) : null;
				}
			}
			if (name == null || !DRIVER_STATEMENT_NAME.matcher(name).matches()) {
				return true;
			}
			try (Statement deallocate = connection.createStatement()) {
				// The name was matched against S_<digits> above: no user input
				deallocate.execute("DEALLOCATE \"" + name + "\"");
			}
			return false;
		}
		finally {
			connection.rollback();
		}
	}

}
