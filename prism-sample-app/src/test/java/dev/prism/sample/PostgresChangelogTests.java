package dev.prism.sample;

import dev.prism.test.TestDatabases;
import dev.prism.test.TestDatabases.Database;

class PostgresChangelogTests extends AbstractChangelogTests {

	@Override
	Database newDatabase() {
		return TestDatabases.postgres();
	}

}
