package dev.prism.sample;

import dev.prism.test.TestDatabases;

import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = TestDatabases.Sqlite.class)
class SqliteDeletionFeaturesTests extends AbstractDeletionFeaturesTests {

}
