package dev.prism.stamp;

import dev.prism.test.TestDatabases;
import dev.prism.test.TestDatabases.Database;

/**
 * The environment stamp on PostgreSQL.
 */
class PostgresEnvironmentStampTests extends AbstractEnvironmentStampTests {

	@Override
	protected Database createDatabase() {
		return TestDatabases.postgres();
	}

}
