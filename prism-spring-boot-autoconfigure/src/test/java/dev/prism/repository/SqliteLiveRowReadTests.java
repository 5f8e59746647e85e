package dev.prism.repository;

import dev.prism.test.TestDatabases;

import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

@ContextConfiguration(initializers = TestDatabases.Sqlite.class)
class SqliteLiveRowReadTests extends AbstractLiveRowReadTests {

	@Override
	void assertLiveCount(String sql) {
		assertThat(sql).containsPattern("\\(select count\\(\\*\\) from customers \\w+\\)\\s*-\\s*\\(select count\\(\\*\\)")
			.contains("deleted_at is not null")
			.doesNotContain("deleted_at is null");
	}

}
