package dev.prism.lifecycle;

import javax.sql.DataSource;

import dev.prism.sqlite.PrismSqliteAutoConfiguration;
import dev.prism.test.TestDatabases;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseConnectionDetails;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PrismDatabaseAutoConfiguration}.
 */
class PrismDatabaseAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, PrismSqliteAutoConfiguration.class,
				LiquibaseAutoConfiguration.class, PrismDatabaseAutoConfiguration.class))
		.withPropertyValues(TestDatabases.sqlite().properties())
		.withPropertyValues("spring.liquibase.change-log=classpath:db/lifecycle/changelog.yaml");

	@Test
	void replacesSpringBootsLiquibaseWithPrismLiquibase() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(SpringLiquibase.class);
			assertThat(context.getBean(SpringLiquibase.class)).isInstanceOf(PrismLiquibase.class);
			assertThat(context).hasSingleBean(DatabaseCommandRunner.class);
			assertThat(context.getBean(LiquibaseCommands.class).commands()).extracting(DatabaseCommand::name)
				.containsExactlyInAnyOrder("status", "history", "migrate", "reset", "rollback", "rollback-sql", "tag",
						"update-sql", "test-rollback", "baseline", "validate", "release-locks");
		});
	}

	@Test
	void configuresPrismLiquibaseFromSpringLiquibaseProperties() {
		this.contextRunner
			.withPropertyValues("spring.liquibase.contexts=dev,test", "spring.liquibase.label-filter=a",
					"spring.liquibase.database-change-log-table=changes", "spring.liquibase.tag=v1")
			.run((context) -> {
				PrismLiquibase liquibase = context.getBean(PrismLiquibase.class);
				assertThat(liquibase.getChangeLog()).isEqualTo("classpath:db/lifecycle/changelog.yaml");
				assertThat(liquibase.getContexts()).isEqualTo("dev,test");
				assertThat(liquibase.getLabelFilter()).isEqualTo("a");
				assertThat(liquibase.getDatabaseChangeLogTable()).isEqualTo("changes");
				assertThat(liquibase.getTag()).isEqualTo("v1");
			});
	}

	@Test
	void turnsLiquibaseAnalyticsOffByDefault() {
		this.contextRunner.run((context) -> assertThat(context.getBean(PrismLiquibase.class).getAnalyticsEnabled())
			.isFalse());
	}

	@Test
	void leavesLiquibaseAnalyticsOnWhenSpringLiquibaseAnalyticsEnabledIsSet() {
		this.contextRunner.withPropertyValues("spring.liquibase.analytics-enabled=true")
			.run((context) -> assertThat(context.getBean(PrismLiquibase.class).getAnalyticsEnabled()).isTrue());
	}

	@Test
	void leavesLiquibaseAnalyticsOnWhenLiquibasesOwnSettingIsSet() {
		this.contextRunner.withPropertyValues("liquibase.analytics.enabled=true")
			.run((context) -> assertThat(context.getBean(PrismLiquibase.class).getAnalyticsEnabled()).isTrue());
	}

	@Test
	void backsOffWhenTheUserDefinesTheirOwnSpringLiquibase() {
		this.contextRunner.withUserConfiguration(UserLiquibaseConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(SpringLiquibase.class);
			assertThat(context).doesNotHaveBean(PrismLiquibase.class);
			assertThat(context.getBean(LiquibaseCommands.class).commands()).hasSize(12);
			assertThat(context).hasSingleBean(DatabaseCommandRunner.class);
		});
	}

	@Test
	void backsOffWhenLiquibaseIsDisabled() {
		this.contextRunner.withPropertyValues("spring.liquibase.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(SpringLiquibase.class);
			assertThat(context.getBean(LiquibaseCommands.class).commands()).isEmpty();
			assertThat(context).hasSingleBean(DatabaseCommandRunner.class);
		});
	}

	@Test
	void backsOffWithoutLiquibaseOnTheClasspath() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(SpringLiquibase.class)).run((context) -> {
			assertThat(context).doesNotHaveBean(PrismLiquibase.class);
			assertThat(context).doesNotHaveBean(LiquibaseCommands.class);
			assertThat(context).hasSingleBean(DatabaseCommandRunner.class);
		});
	}

	@Test
	void backsOffWithoutADataSource() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(PrismDatabaseAutoConfiguration.class))
			.run((context) -> {
				assertThat(context).doesNotHaveBean(PrismLiquibase.class);
				assertThat(context).doesNotHaveBean(DataSource.class);
				assertThat(context).hasSingleBean(DatabaseCommandRunner.class);
			});
	}

	@Test
	void migratesTheDatabaseOfLiquibaseConnectionDetailsOverSpringLiquibaseProperties() {
		this.contextRunner.withUserConfiguration(LiquibaseConnectionDetailsConfiguration.class)
			.withPropertyValues("prism.db.migrate=false", "spring.liquibase.url=jdbc:sqlite:ignored.db",
					"spring.liquibase.user=ignored")
			.run((context) -> {
				assertThat(context).hasSingleBean(LiquibaseConnectionDetails.class);
				SimpleDriverDataSource dataSource = (SimpleDriverDataSource) context.getBean(PrismLiquibase.class)
					.getDataSource();
				assertThat(dataSource.getUrl()).isEqualTo(LiquibaseConnectionDetailsConfiguration.URL);
				assertThat(dataSource.getUsername()).isEqualTo("details-user");
				assertThat(dataSource.getPassword()).isEqualTo("details-secret");
			});
	}

	@Test
	void adaptsSpringLiquibasePropertiesToLiquibaseConnectionDetails() {
		this.contextRunner
			.withPropertyValues("prism.db.migrate=false", "spring.liquibase.url=jdbc:sqlite:other.db",
					"spring.liquibase.user=migrator", "spring.liquibase.password=secret")
			.run((context) -> {
				LiquibaseConnectionDetails details = context.getBean(LiquibaseConnectionDetails.class);
				assertThat(details.getJdbcUrl()).isEqualTo("jdbc:sqlite:other.db");
				assertThat(details.getUsername()).isEqualTo("migrator");
				assertThat(details.getPassword()).isEqualTo("secret");
				assertThat(details.getDriverClassName()).isEqualTo("org.sqlite.JDBC");
			});
	}

	@Test
	void runsWithOnlySpringLiquibaseUrlAndNoDataSource() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(PrismDatabaseAutoConfiguration.class))
			.withPropertyValues("prism.db.migrate=false", "spring.liquibase.url=" + TestDatabases.sqlite().url())
			.run((context) -> {
				assertThat(context).doesNotHaveBean(DataSource.class);
				assertThat(context).hasSingleBean(PrismLiquibase.class);
				assertThat(context.getBean(LiquibaseCommands.class).commands()).hasSize(12);
			});
	}

	@Test
	void runsWithOnlyJdbcConnectionDetailsAndNoDataSource() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(PrismDatabaseAutoConfiguration.class))
			.withUserConfiguration(JdbcConnectionDetailsConfiguration.class, LiquibaseConnectionDetailsConfiguration.class)
			.withPropertyValues("prism.db.migrate=false")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(DataSource.class);
				assertThat(context).hasSingleBean(PrismLiquibase.class);
			});
	}

	@Test
	void usesTheUsersDatabaseCommandExit() {
		this.contextRunner.withUserConfiguration(UserExitConfiguration.class)
			.run((context) -> assertThat(context.getBean(DatabaseCommandExit.class))
				.isSameAs(context.getBean("userExit")));
	}

	@Test
	void usesTheUsersDestructiveOperationGuard() {
		this.contextRunner.withUserConfiguration(UserGuardConfiguration.class)
			.run((context) -> assertThat(context).hasSingleBean(DestructiveOperationGuard.class)
				.getBean(DestructiveOperationGuard.class)
				.isSameAs(context.getBean("userGuard")));
	}

	@Configuration(proxyBeanMethods = false)
	static class UserLiquibaseConfiguration {

		@Bean
		SpringLiquibase userLiquibase(DataSource dataSource) {
			SpringLiquibase liquibase = new SpringLiquibase();
			liquibase.setDataSource(dataSource);
			liquibase.setShouldRun(false);
			return liquibase;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class LiquibaseConnectionDetailsConfiguration {

		static final String URL = TestDatabases.sqlite().url();

		@Bean
		LiquibaseConnectionDetails liquibaseConnectionDetails() {
			return new LiquibaseConnectionDetails() {

				@Override
				public String getJdbcUrl() {
					return URL;
				}

				@Override
				public String getUsername() {
					return "details-user";
				}

				@Override
				public String getPassword() {
					return "details-secret";
				}

			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class JdbcConnectionDetailsConfiguration {

		@Bean
		JdbcConnectionDetails jdbcConnectionDetails() {
			return new JdbcConnectionDetails() {

				@Override
				public String getJdbcUrl() {
					return LiquibaseConnectionDetailsConfiguration.URL;
				}

				@Override
				public String getUsername() {
					return null;
				}

				@Override
				public String getPassword() {
					return null;
				}

			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserExitConfiguration {

		@Bean
		DatabaseCommandExit userExit() {
			return (status) -> {
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserGuardConfiguration {

		@Bean
		DestructiveOperationGuard userGuard() {
			return new DestructiveOperationGuard(new org.springframework.mock.env.MockEnvironment(),
					new PrismDatabaseProperties());
		}

	}

}
