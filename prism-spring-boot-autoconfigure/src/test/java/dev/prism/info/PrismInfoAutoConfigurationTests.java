package dev.prism.info;

import dev.prism.lifecycle.DatabaseCommand;
import dev.prism.lifecycle.PrismDatabaseAutoConfiguration;
import dev.prism.seed.SeedRunner;
import dev.prism.sqlite.PrismSqliteAutoConfiguration;
import dev.prism.stamp.EnvironmentStamp;
import dev.prism.test.TestDatabases;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PrismInfoAutoConfiguration}.
 */
class PrismInfoAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, PrismSqliteAutoConfiguration.class,
				LiquibaseAutoConfiguration.class, PrismDatabaseAutoConfiguration.class,
				PrismInfoAutoConfiguration.class))
		.withPropertyValues(TestDatabases.sqlite().properties())
		.withPropertyValues("spring.liquibase.change-log=classpath:db/lifecycle/changelog.yaml");

	@Test
	void providesTheStatusReaderAndTheInfoCommand() {
		this.contextRunner.run((context) -> {
			assertThat(context.getBean(PrismStatusReader.class).changesets().applied()).hasSize(3);
			assertThat(context.getBeansOfType(DatabaseCommand.class).values()).extracting(DatabaseCommand::name)
				.contains("info");
		});
	}

	@Test
	void backsOffWhenTheApplicationDefinesItsOwnStatusReader() {
		DefaultListableBeanFactory none = new DefaultListableBeanFactory();
		PrismStatusReader own = new PrismStatusReader((liquibase) -> null, none.getBeanProvider(SpringLiquibase.class),
				none.getBeanProvider(SeedRunner.class), none.getBeanProvider(EnvironmentStamp.class));
		this.contextRunner.withBean(PrismStatusReader.class, () -> own)
			.run((context) -> assertThat(context.getBean(PrismStatusReader.class)).isSameAs(own));
	}

	@Test
	void backsOffWithoutADataSource() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(PrismInfoAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(PrismStatusReader.class));
	}

}
