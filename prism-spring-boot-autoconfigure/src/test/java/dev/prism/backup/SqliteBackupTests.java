package dev.prism.backup;

import dev.prism.test.TestDatabases;
import dev.prism.test.TestDatabases.Database;

/**
 * Backups on SQLite.
 */
class SqliteBackupTests extends AbstractBackupTests {

	@Override
	protected Database createDatabase() {
		return TestDatabases.sqlite();
	}

}
