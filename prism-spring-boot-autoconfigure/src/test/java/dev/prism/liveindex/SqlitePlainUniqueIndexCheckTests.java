package dev.prism.liveindex;

import dev.prism.test.TestDatabases;

import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = TestDatabases.Sqlite.class)
class SqlitePlainUniqueIndexCheckTests extends AbstractPlainUniqueIndexCheckTests {

}
