package dev.prism.event;

import dev.prism.test.TestDatabases;

import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = TestDatabases.Sqlite.class)
class SqliteEntityEventTests extends AbstractEntityEventTests {

}
