package dev.prism.repository;

import dev.prism.test.TestDatabases;

import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

@ContextConfiguration(initializers = TestDatabases.Postgres.class)
class PostgresLiveRowReadTests extends AbstractLiveRowReadTests {

	@Override
	void assertLiveCount(String sql) {
		assertThat(sql).contains("deleted_at is null").doesNotContain("is not null");
	}

}
