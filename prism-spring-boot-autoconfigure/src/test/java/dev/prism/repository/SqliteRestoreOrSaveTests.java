package dev.prism.repository;

import dev.prism.test.TestDatabases;

import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = TestDatabases.Sqlite.class)
class SqliteRestoreOrSaveTests extends AbstractRestoreOrSaveTests {

}
