package dev.prism.changeset;

import dev.prism.test.TestDatabases;
import dev.prism.test.TestDatabases.Database;

class ChangesetCommandSqliteTests extends AbstractChangesetCommandTests {

	@Override
	protected Database newDatabase() {
		return TestDatabases.sqlite();
	}

}
