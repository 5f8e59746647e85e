package dev.prism.stamp;

import javax.sql.DataSource;

import dev.prism.lifecycle.DestructiveOperationVeto;
import dev.prism.lifecycle.PrismDatabaseAutoConfiguration;
import dev.prism.sqlite.PrismSqliteAutoConfiguration;
import dev.prism.test.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PrismEnvironmentStampAutoConfiguration}.
 */
class PrismEnvironmentStampAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, PrismSqliteAutoConfiguration.class,
				LiquibaseAutoConfiguration.class, PrismDatabaseAutoConfiguration.class,
				PrismEnvironmentStampAutoConfiguration.class))
		.withPropertyValues(TestDatabases.sqlite().properties())
		.withPropertyValues("spring.liquibase.change-log=classpath:db/lifecycle/changelog.yaml");

	@Test
	void stampsTheFirstMigrationAndVetoesDestructiveOperationsOnAProductionStamp() {
		this.contextRunner.withPropertyValues("spring.profiles.active=prod").run((context) -> {
			assertThat(context).hasSingleBean(EnvironmentStamp.class);
			assertThat(context.getBean(EnvironmentStamp.class).stamp()).isEqualTo("prod");
			assertThat(context.getBean(DestructiveOperationVeto.class).refusal("reset", null))
				.isEqualTo("the database was first migrated under the 'prod' profile (recorded in prism_environment)");
		});
	}

	@Test
	void backsOffWhenTheApplicationDefinesItsOwnStamp() {
		this.contextRunner
			.withBean("ownStamp", EnvironmentStamp.class,
					() -> new EnvironmentStamp(new DriverManagerDataSource(TestDatabases.sqlite().url()),
							new StandardEnvironment()))
			.run((context) -> assertThat(context).getBean(EnvironmentStamp.class).isSameAs(context.getBean("ownStamp")));
	}

	@Test
	void backsOffWithoutADataSource() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(PrismEnvironmentStampAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(EnvironmentStamp.class)
				.doesNotHaveBean(DataSource.class));
	}

}
