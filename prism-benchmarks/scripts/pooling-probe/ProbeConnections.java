import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * What the transaction-pooling check costs at startup: opening its two probe connections
 * and asking each for its server pid, against the one query on an open connection that
 * tells a direct connection. Prints the median of 50 rounds after 10 of warm-up.
 *
 * <pre>
 * javac ProbeConnections.java
 * java -cp .:postgresql.jar ProbeConnections "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"
 * </pre>
 */
public class ProbeConnections {

	public static void main(String[] args) throws Exception {
		String url = args[0];
		int rounds = 50;
		double[] probes = new double[rounds];
		double[] direct = new double[rounds];
		try (Connection open = DriverManager.getConnection(url)) {
			for (int round = -10; round < rounds; round++) {
				long start = System.nanoTime();
				try (Connection first = DriverManager.getConnection(url);
						Connection second = DriverManager.getConnection(url)) {
					query(first, "SELECT pg_backend_pid()");
					query(second, "SELECT pg_backend_pid()");
				}
				long probed = System.nanoTime();
				query(open, "SELECT host(inet_server_addr()), inet_server_port()");
				long checked = System.nanoTime();
				if (round >= 0) {
					probes[round] = (probed - start) / 1e6;
					direct[round] = (checked - probed) / 1e6;
				}
			}
		}
		java.util.Arrays.sort(probes);
		java.util.Arrays.sort(direct);
		System.out.printf("two probe connections: median %.2f ms%n", probes[rounds / 2]);
		System.out.printf("direct-connection query: median %.2f ms%n", direct[rounds / 2]);
	}

	private static void query(Connection connection, String sql) throws Exception {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
		}
	}

}
