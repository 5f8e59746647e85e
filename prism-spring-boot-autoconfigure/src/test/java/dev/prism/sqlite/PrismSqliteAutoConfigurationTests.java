package dev.prism.sqlite;

import java.util.Properties;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import dev.prism.test.TestDatabases;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class PrismSqliteAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
					TransactionAutoConfiguration.class, PrismSqliteAutoConfiguration.class));

	@Test
	void selectsSqliteDialectForSqliteUrl() {
		this.contextRunner.withPropertyValues(TestDatabases.sqlite().properties())
			.run((context) -> assertThat(dialect(context.getBean(EntityManagerFactory.class)))
				.isInstanceOf(PrismSqliteDialect.class));
	}

	@Test
	void keepsAnExplicitlyConfiguredDialect() {
		this.contextRunner.withPropertyValues(TestDatabases.sqlite().properties())
			.withPropertyValues("spring.jpa.database-platform=org.hibernate.community.dialect.SQLiteDialect")
			.run((context) -> assertThat(dialect(context.getBean(EntityManagerFactory.class)))
				.isExactlyInstanceOf(org.hibernate.community.dialect.SQLiteDialect.class));
	}

	@Test
	void leavesPostgresqlAlone() {
		this.contextRunner.withPropertyValues(TestDatabases.postgres().properties()).run((context) -> {
			assertThat(dialect(context.getBean(EntityManagerFactory.class))).isInstanceOf(PostgreSQLDialect.class);
			assertThat(context.getBean(HikariDataSource.class).getDataSourceProperties()).isEmpty();
		});
	}

	@Test
	void configuresSqliteConnectionsForConcurrentUse() {
		this.contextRunner.withPropertyValues(TestDatabases.sqlite().properties()).run((context) -> {
			Properties properties = context.getBean(HikariDataSource.class).getDataSourceProperties();
			assertThat(properties).containsEntry("journal_mode", "WAL")
				.containsEntry("busy_timeout", "30000")
				.containsEntry("foreign_keys", "true")
				.containsEntry("transaction_mode", "IMMEDIATE");
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(HikariDataSource.class));
			assertThat(jdbc.queryForObject("pragma journal_mode", String.class)).isEqualToIgnoringCase("wal");
			assertThat(jdbc.queryForObject("pragma foreign_keys", Integer.class)).isOne();
			assertThat(jdbc.queryForObject("pragma busy_timeout", Integer.class)).isEqualTo(30000);
		});
	}

	@Test
	void sqlitePoolsGetPrismsTransactionsAndEvictionUnlessConfigured() {
		this.contextRunner.withPropertyValues(TestDatabases.sqlite().properties()).run((context) -> {
			HikariDataSource dataSource = context.getBean(HikariDataSource.class);
			assertThat(dataSource.getDataSource()).isInstanceOf(SqliteTransactionDataSource.class);
			assertThat(dataSource.getExceptionOverride()).isInstanceOf(SqliteExceptionOverride.class);
		});
		this.contextRunner.withPropertyValues(TestDatabases.sqlite().properties())
			.withPropertyValues(
					"spring.datasource.hikari.exception-override-class-name=" + UserExceptionOverride.class.getName())
			.run((context) -> assertThat(context.getBean(HikariDataSource.class).getExceptionOverride())
				.isInstanceOf(UserExceptionOverride.class));
	}

	@Test
	void settingsFollowPropertiesAndExplicitDriverPropertiesWin() {
		this.contextRunner.withPropertyValues(TestDatabases.sqlite().properties())
			.withPropertyValues("prism.sqlite.busy-timeout=5s",
					"spring.datasource.hikari.data-source-properties.journal_mode=DELETE")
			.run((context) -> {
				JdbcTemplate jdbc = new JdbcTemplate(context.getBean(HikariDataSource.class));
				assertThat(jdbc.queryForObject("pragma journal_mode", String.class)).isEqualToIgnoringCase("delete");
				assertThat(jdbc.queryForObject("pragma busy_timeout", Integer.class)).isEqualTo(5000);
			});
	}

	@Test
	void createsTheDatabaseDirectory() {
		TestDatabases.Database database = TestDatabases.sqlite();
		String url = database.url().replace("test.db", "nested/dir/app.db");
		this.contextRunner.withPropertyValues("spring.datasource.url=" + url).run((context) -> {
			new JdbcTemplate(context.getBean(HikariDataSource.class)).execute("create table t (id integer)");
			assertThat(new java.io.File(url.substring("jdbc:sqlite:".length()))).exists();
		});
	}

	@Test
	void backsOffWhenDisabled() {
		this.contextRunner.withPropertyValues(TestDatabases.sqlite().properties())
			.withPropertyValues("prism.sqlite.enabled=false")
			.run((context) -> {
				assertThat(context.getBean(HikariDataSource.class).getDataSourceProperties()).isEmpty();
				assertThat(dialect(context.getBean(EntityManagerFactory.class)))
					.isExactlyInstanceOf(org.hibernate.community.dialect.SQLiteDialect.class);
			});
	}

	private static Object dialect(EntityManagerFactory entityManagerFactory) {
		return entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
	}

	/**
	 * An application's own exception override, which Prism must keep.
	 */
	public static class UserExceptionOverride implements SQLExceptionOverride {

	}

}
