package dev.prism.stamp;

import dev.prism.test.TestDatabases;
import dev.prism.test.TestDatabases.Database;

/**
 * The environment stamp on SQLite.
 */
class SqliteEnvironmentStampTests extends AbstractEnvironmentStampTests {

	@Override
	protected Database createDatabase() {
		return TestDatabases.sqlite();
	}

}
