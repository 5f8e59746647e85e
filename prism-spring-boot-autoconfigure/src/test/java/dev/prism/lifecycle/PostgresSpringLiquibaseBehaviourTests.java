package dev.prism.lifecycle;

import java.sql.SQLException;

import javax.sql.DataSource;

import dev.prism.test.TestDatabases;
import dev.prism.test.TestDatabases.Database;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Boot's {@code spring.liquibase.*} behaviours on PostgreSQL, and the lock table of
 * the Liquibase runs that Prism does not start.
 */
class PostgresSpringLiquibaseBehaviourTests extends AbstractSpringLiquibaseBehaviourTests {

	private static final String LOCK_TABLE_ROWS = "SELECT id || ':' || locked FROM app_lock";

	@Override
	protected Database createDatabase() {
		return TestDatabases.postgres();
	}

	@Test
	void springBootsLiquibaseCreatesAndUsesTheNamedLockTable() throws SQLException {
		ConfigurableApplicationContext context = run(BootLiquibaseApplication.class, new Class<?>[0],
				concat(this.database.properties(), CHANGELOG,
						"spring.liquibase.database-change-log-lock-table=app_lock"));
		assertThat(context.getBean(SpringLiquibase.class)).isNotInstanceOf(PrismLiquibase.class);
		assertNamedLockTableUsed();
	}

	@Test
	void usersOwnSpringLiquibaseCreatesAndUsesItsNamedLockTable() throws SQLException {
		ConfigurableApplicationContext context = start(new Class<?>[] { UserLiquibaseConfiguration.class });
		assertThat(context.getBean(SpringLiquibase.class)).isNotInstanceOf(PrismLiquibase.class);
		assertNamedLockTableUsed();
	}

	@Test
	void prismsOwnMigrationTakesTheAdvisoryLockInsteadOfTheLockTable() throws SQLException {
		ConfigurableApplicationContext context = start(CHANGELOG,
				"spring.liquibase.database-change-log-lock-table=app_lock");
		assertThat(context.getBean(PrismLiquibase.class).getDatabaseChangeLogLockTable()).isEqualTo("app_lock");
		assertThat(appliedChangesets(this.database)).hasSize(3);
		assertThat(tables(this.database)).doesNotContain("app_lock", "databasechangeloglock");
	}

	private void assertNamedLockTableUsed() throws SQLException {
		assertThat(appliedChangesets(this.database)).containsExactly("1-authors", "2-books", "3-first-author");
		assertThat(tables(this.database)).contains("app_lock").doesNotContain("databasechangeloglock");
		assertThat(strings(this.database, LOCK_TABLE_ROWS)).containsExactly("1:false");
	}

	private static String[] concat(String[] first, String... more) {
		String[] all = new String[first.length + more.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(more, 0, all, first.length, more.length);
		return all;
	}

	/**
	 * Spring Boot's Liquibase without Prism's lifecycle, as in a test slice.
	 */
	@SpringBootConfiguration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, LiquibaseAutoConfiguration.class })
	static class BootLiquibaseApplication {

	}

	@Configuration(proxyBeanMethods = false)
	static class UserLiquibaseConfiguration {

		@Bean
		SpringLiquibase userLiquibase(DataSource dataSource) {
			SpringLiquibase liquibase = new SpringLiquibase();
			liquibase.setDataSource(dataSource);
			liquibase.setChangeLog("classpath:db/lifecycle/changelog.yaml");
			liquibase.setDatabaseChangeLogLockTable("app_lock");
			return liquibase;
		}

	}

}
