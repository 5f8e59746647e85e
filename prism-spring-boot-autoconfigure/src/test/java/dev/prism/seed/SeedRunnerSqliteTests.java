package dev.prism.seed;

import dev.prism.test.TestDatabases;
import dev.prism.test.TestDatabases.Database;

class SeedRunnerSqliteTests extends AbstractSeedRunnerTests {

	@Override
	protected Database newDatabase() {
		return TestDatabases.sqlite();
	}

}
