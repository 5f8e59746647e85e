package dev.prism.seed;

import java.util.List;

import dev.prism.test.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PrismSeedAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, PrismSeedAutoConfiguration.class))
		.withPropertyValues(TestDatabases.sqlite().properties());

	@Test
	void providesSeedRunnerAndSeedCommand() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(SeedRunner.class);
			assertThat(context.getBean(SeedCommand.class).name()).isEqualTo("seed");
		});
	}

	@Test
	void seedsWithPlainJdbcTransactions() {
		this.contextRunner.withBean(HelloSeeder.class)
			.run((context) -> assertThat(context.getBean(SeedRunner.class).seed()).singleElement()
				.satisfies((result) -> assertThat(result).hasToString("ran      HelloSeeder (version 1, first run)")));
	}

	@Test
	void lambdaSeederMustBeNamed() {
		this.contextRunner.withBean("lambdaSeeder", PrismSeeder.class, () -> () -> {
		})
			.run((context) -> assertThatIllegalStateException().isThrownBy(context.getBean(SeedRunner.class)::seed)
				.withMessageEndingWith("has no stable class name to be recorded under: implement it as a named "
						+ "class or override name()"));
	}

	@Test
	void backsOffWhenUserDefinesTheirOwnSeedRunner() {
		this.contextRunner.withUserConfiguration(CustomSeedRunner.class)
			.run((context) -> assertThat(context).getBean(SeedRunner.class)
				.isSameAs(context.getBean(CustomSeedRunner.class).seedRunner));
	}

	@Test
	void backsOffWithoutDataSource() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(PrismSeedAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(SeedRunner.class)
				.doesNotHaveBean(SeedCommand.class));
	}

	static class HelloSeeder implements PrismSeeder {

		@Override
		public void seed() {
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomSeedRunner {

		SeedRunner seedRunner;

		@Bean
		SeedRunner customSeedRunner(javax.sql.DataSource dataSource, Environment environment) {
			this.seedRunner = new SeedRunner(List.of(), new DataSourceTransactionManager(dataSource), dataSource,
					environment);
			return this.seedRunner;
		}

	}

}
