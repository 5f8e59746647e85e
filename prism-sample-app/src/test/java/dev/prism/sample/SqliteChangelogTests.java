package dev.prism.sample;

import dev.prism.test.TestDatabases;
import dev.prism.test.TestDatabases.Database;

class SqliteChangelogTests extends AbstractChangelogTests {

	@Override
	Database newDatabase() {
		return TestDatabases.sqlite();
	}

}
