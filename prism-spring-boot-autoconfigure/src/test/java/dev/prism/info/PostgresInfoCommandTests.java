package dev.prism.info;

import dev.prism.test.TestDatabases;
import dev.prism.test.TestDatabases.Database;

/**
 * The {@code info} command on PostgreSQL.
 */
class PostgresInfoCommandTests extends AbstractInfoCommandTests {

	@Override
	protected Database createDatabase() {
		return TestDatabases.postgres();
	}

	@Override
	protected String serverName() {
		return "PostgreSQL";
	}

	@Override
	protected String unreachable() {
		return "spring.datasource.url=jdbc:postgresql://127.0.0.1:1/prism?connectTimeout=2";
	}

}
