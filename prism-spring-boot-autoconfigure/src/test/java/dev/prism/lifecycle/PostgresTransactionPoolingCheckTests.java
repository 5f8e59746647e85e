package dev.prism.lifecycle;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import dev.prism.test.PgBouncer;
import dev.prism.test.TestDatabases;
import dev.prism.test.TestDatabases.Database;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TransactionPoolingCheck} on PostgreSQL: a connection straight to the
 * server is not probed further; one through PgBouncer is.
 */
class PostgresTransactionPoolingCheckTests {

	private final Database database = TestDatabases.postgres();

	@Test
	void aConnectionStraightToTheServerOpensNoProbeConnections() throws Exception {
		DataSource direct = dataSource(this.database);
		try (Connection connection = direct.getConnection()) {
			assertThat(TransactionPoolingCheck.reachesServerDirectly(connection)).isTrue();
		}
		CountingDataSource probe = new CountingDataSource(this.database);
		TransactionPoolingCheck.warnIfUnsafe(direct, probe);
		assertThat(probe.connections).hasValue(0);
	}

	@Test
	void aConnectionThroughPgBouncerIsProbed() throws Exception {
		try (PgBouncer bouncer = PgBouncer.start("session", this.database)) {
			Database through = bouncer.through(this.database);
			DataSource pooled = dataSource(through);
			try (Connection connection = pooled.getConnection()) {
				assertThat(TransactionPoolingCheck.reachesServerDirectly(connection)).isFalse();
			}
			CountingDataSource probe = new CountingDataSource(through);
			TransactionPoolingCheck.warnIfUnsafe(pooled, probe);
			assertThat(probe.connections).hasValue(2);
		}
	}

	private static DataSource dataSource(Database database) {
		return new DriverManagerDataSource(database.url(), database.username(), database.password());
	}

	private static final class CountingDataSource extends DriverManagerDataSource {

		private final AtomicInteger connections = new AtomicInteger();

		CountingDataSource(Database database) {
			super(database.url(), database.username(), database.password());
		}

		@Override
		public Connection getConnection() throws SQLException {
			this.connections.incrementAndGet();
			return super.getConnection();
		}

	}

}
