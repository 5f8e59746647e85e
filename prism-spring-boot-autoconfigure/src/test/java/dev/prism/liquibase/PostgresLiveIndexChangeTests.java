package dev.prism.liquibase;

import java.util.List;

import dev.prism.test.TestDatabases;

import org.springframework.jdbc.core.JdbcTemplate;

class PostgresLiveIndexChangeTests extends AbstractLiveIndexChangeTests {

	@Override
	TestDatabases.Database database() {
		return TestDatabases.postgres();
	}

	@Override
	List<String> indexes(JdbcTemplate jdbc) {
		return jdbc.queryForList("select indexname from pg_indexes where indexdef like '%deleted_at IS NULL%'",
				String.class);
	}

}
