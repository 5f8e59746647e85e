package dev.prism.schema;

import dev.prism.test.TestDatabases;
import dev.prism.test.TestDatabases.Database;

class SqlitePrismColumnsTests extends AbstractPrismColumnsTests {

	@Override
	protected Database newDatabase() {
		return TestDatabases.sqlite();
	}

}
