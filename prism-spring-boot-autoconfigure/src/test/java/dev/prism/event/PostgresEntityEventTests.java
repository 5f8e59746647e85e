package dev.prism.event;

import dev.prism.test.TestDatabases;

import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = TestDatabases.Postgres.class)
class PostgresEntityEventTests extends AbstractEntityEventTests {

}
