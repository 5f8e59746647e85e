package dev.prism.sample;

import dev.prism.test.TestDatabases;

import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = TestDatabases.Postgres.class)
class PostgresDeletionFeaturesTests extends AbstractDeletionFeaturesTests {

}
