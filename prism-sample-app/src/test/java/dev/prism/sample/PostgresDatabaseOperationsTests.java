package dev.prism.sample;

import dev.prism.test.TestDatabases;
import dev.prism.test.TestDatabases.Database;

class PostgresDatabaseOperationsTests extends AbstractDatabaseOperationsTests {

	@Override
	Database newDatabase() {
		return TestDatabases.postgres();
	}

	@Override
	String unreachableUrl() {
		return "jdbc:postgresql://127.0.0.1:1/prism_sample?connectTimeout=2";
	}

}
