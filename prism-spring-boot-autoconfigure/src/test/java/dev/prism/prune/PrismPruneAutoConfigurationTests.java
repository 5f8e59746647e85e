package dev.prism.prune;

import dev.prism.entity.PrismEntityAutoConfiguration;
import dev.prism.sqlite.PrismSqliteAutoConfiguration;
import dev.prism.test.FailureAnalyses;
import dev.prism.test.TestDatabases;
import dev.prism.testapp.TestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class PrismPruneAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, LiquibaseAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, TransactionAutoConfiguration.class,
				PrismEntityAutoConfiguration.class, PrismSqliteAutoConfiguration.class,
				PrismPruneAutoConfiguration.class))
		.withUserConfiguration(EntitiesConfiguration.class)
		.withPropertyValues("spring.liquibase.change-log=classpath:db/changelog/db.changelog-master.yaml")
		.withPropertyValues(TestDatabases.sqlite().properties());

	@Test
	void providesPrunerAndPruneCommandWithoutASchedule() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(Pruner.class).doesNotHaveBean(PruneSchedule.class);
			assertThat(context.getBean(PruneCommand.class).name()).isEqualTo("prune");
		});
	}

	@Test
	void schedulesPruningWhenACronIsSet() {
		this.contextRunner.withPropertyValues("prism.prune.cron=0 0 3 * * *")
			.run((context) -> assertThat(context.getBean(PruneSchedule.class).isRunning()).isTrue());
	}

	@Test
	void invalidCronFailsTheStartWithAnAnalysis() {
		this.contextRunner.withPropertyValues("prism.prune.cron=every night").run((context) -> {
			FailureAnalysis analysis = FailureAnalyses.analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).isEqualTo("prism.prune.cron=every night is not a cron expression.");
			assertThat(analysis.getAction()).isEqualTo(
					"Set prism.prune.cron to six fields (second minute hour day month weekday), such as 0 0 3 * * *.");
		});
	}

	@Test
	void nonPositiveRetentionFailsTheStartWithAnAnalysis() {
		this.contextRunner.withPropertyValues("prism.prune.retention=0s").run((context) -> {
			FailureAnalysis analysis = FailureAnalyses.analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).isEqualTo("prism.prune.retention=PT0S is not positive.");
			assertThat(analysis.getAction()).isEqualTo(
					"Set prism.prune.retention to a positive duration, such as P90D, or leave it unset to keep deleted rows.");
		});
	}

	@Test
	void backsOffWhenUserDefinesTheirOwnPruneCommand() {
		this.contextRunner.withUserConfiguration(CustomPruneCommand.class)
			.run((context) -> assertThat(context).getBean(PruneCommand.class)
				.isSameAs(context.getBean("customPruneCommand")));
	}

	@Test
	void backsOffWithoutJpa() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(PrismPruneAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(Pruner.class).doesNotHaveBean(PruneCommand.class));
	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage(basePackageClasses = TestApplication.class)
	static class EntitiesConfiguration {

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomPruneCommand {

		@Bean
		PruneCommand customPruneCommand(Pruner pruner) {
			return new PruneCommand(pruner, () -> true);
		}

	}

}
