package dev.prism.repository;

import dev.prism.test.TestDatabases;
import dev.prism.test.TestDatabases.Database;

/**
 * {@link BatchInserter} on PostgreSQL.
 */
class PostgresBatchInserterTests extends AbstractBatchInserterTests {

	@Override
	protected Database database() {
		return TestDatabases.postgres();
	}

	@Override
	protected String fastestPath() {
		return "with COPY";
	}

}
