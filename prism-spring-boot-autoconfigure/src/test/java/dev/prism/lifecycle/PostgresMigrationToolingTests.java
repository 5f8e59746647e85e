package dev.prism.lifecycle;

import dev.prism.test.TestDatabases;
import dev.prism.test.TestDatabases.Database;

/**
 * The migration tooling commands on PostgreSQL.
 */
class PostgresMigrationToolingTests extends AbstractMigrationToolingTests {

	@Override
	protected Database createDatabase() {
		return TestDatabases.postgres();
	}

}
