package dev.prism.prune;

import dev.prism.test.TestDatabases;

import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = TestDatabases.Postgres.class)
class PostgresPruneTests extends AbstractPruneTests {

}
