package dev.prism.repository;

import dev.prism.test.TestDatabases;

import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = TestDatabases.Postgres.class)
class PostgresRestoreOrSaveTests extends AbstractRestoreOrSaveTests {

}
