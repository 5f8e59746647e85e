package dev.prism.liquibase;

import java.util.List;

import dev.prism.test.TestDatabases;

import org.springframework.jdbc.core.JdbcTemplate;

class SqliteLiveIndexChangeTests extends AbstractLiveIndexChangeTests {

	@Override
	TestDatabases.Database database() {
		return TestDatabases.sqlite();
	}

	@Override
	List<String> indexes(JdbcTemplate jdbc) {
		return jdbc.queryForList("select name from sqlite_master where type = 'index' and sql like '%deleted_at%'",
				String.class);
	}

}
