package dev.prism.changeset;

import dev.prism.test.TestDatabases;
import dev.prism.test.TestDatabases.Database;

class ChangesetCommandPostgresTests extends AbstractChangesetCommandTests {

	@Override
	protected Database newDatabase() {
		return TestDatabases.postgres();
	}

}
