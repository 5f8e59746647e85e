package dev.prism.prune;

import dev.prism.test.TestDatabases;

import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = TestDatabases.Sqlite.class)
class SqlitePruneTests extends AbstractPruneTests {

}
