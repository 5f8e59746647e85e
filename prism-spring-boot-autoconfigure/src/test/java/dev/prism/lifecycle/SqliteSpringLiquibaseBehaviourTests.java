package dev.prism.lifecycle;

import javax.sql.DataSource;

import dev.prism.test.TestDatabases;
import dev.prism.test.TestDatabases.Database;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Boot's {@code spring.liquibase.*} behaviours on SQLite.
 */
class SqliteSpringLiquibaseBehaviourTests extends AbstractSpringLiquibaseBehaviourTests {

	@Override
	protected Database createDatabase() {
		return TestDatabases.sqlite();
	}

	@Test
	void dropFirstOnASharedInMemoryDatabaseIsNotRefused() {
		Database memory = new Database("jdbc:sqlite:file:prism-drop-first?mode=memory&cache=shared", null, null);
		ConfigurableApplicationContext context = run(LifecycleTestApplication.class, new Class<?>[0],
				"spring.datasource.url=" + memory.url(), CHANGELOG, "spring.liquibase.drop-first=true");
		JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
		jdbc.update("CREATE TABLE scratch (id INT)");
		assertThat(operations(context).reset()).hasSize(3);
		assertThat(jdbc.queryForList("SELECT name FROM sqlite_master WHERE type = 'table'", String.class))
			.contains("authors", "books")
			.doesNotContain("scratch");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM authors", Long.class)).isEqualTo(1);
	}

	@Test
	void resetOnAPrivateInMemoryDatabaseIsNotRefused() {
		ConfigurableApplicationContext context = run(LifecycleTestApplication.class, new Class<?>[0],
				"spring.datasource.url=jdbc:sqlite::memory:", "spring.datasource.hikari.maximum-pool-size=1",
				CHANGELOG, "prism.db.reset=true");
		JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM authors", Long.class)).isEqualTo(1);
	}

}
