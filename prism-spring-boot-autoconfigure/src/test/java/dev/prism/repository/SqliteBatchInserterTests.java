package dev.prism.repository;

import dev.prism.test.TestDatabases;
import dev.prism.test.TestDatabases.Database;

/**
 * {@link BatchInserter} on SQLite.
 */
class SqliteBatchInserterTests extends AbstractBatchInserterTests {

	@Override
	protected Database database() {
		return TestDatabases.sqlite();
	}

	@Override
	protected String fastestPath() {
		return "in JDBC batches";
	}

}
