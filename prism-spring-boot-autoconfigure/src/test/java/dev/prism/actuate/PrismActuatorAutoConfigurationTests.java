package dev.prism.actuate;

import dev.prism.info.PrismInfoAutoConfiguration;
import dev.prism.lifecycle.PrismDatabaseAutoConfiguration;
import dev.prism.sqlite.PrismSqliteAutoConfiguration;
import dev.prism.stamp.PrismEnvironmentStampAutoConfiguration;
import dev.prism.test.TestDatabases;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PrismActuatorAutoConfiguration}, on SQLite.
 */
class PrismActuatorAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, PrismSqliteAutoConfiguration.class,
				LiquibaseAutoConfiguration.class, PrismDatabaseAutoConfiguration.class,
				PrismEnvironmentStampAutoConfiguration.class, PrismInfoAutoConfiguration.class,
				PrismActuatorAutoConfiguration.class))
		.withPropertyValues(TestDatabases.sqlite().properties())
		.withPropertyValues("spring.liquibase.change-log=classpath:db/lifecycle/changelog.yaml");

	@Test
	void providesTheEndpointWhenItIsExposed() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=prism")
			.run((context) -> assertThat(context).hasSingleBean(PrismEndpoint.class));
	}

	@Test
	void backsOffTheEndpointWhenItIsNotExposed() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(PrismEndpoint.class));
	}

	@Test
	void backsOffTheEndpointWithoutSpringBootActuator() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=prism")
			.withClassLoader(new FilteredClassLoader(Endpoint.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(PrismEndpoint.class));
	}

	@Test
	void healthIsUpOnceEveryChangesetIsApplied() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasBean("prismHealthIndicator");
			assertThat(context.getBean(PrismHealthIndicator.class).health(true).getStatus()).isEqualTo(Status.UP);
		});
	}

	@Test
	void healthIsOutOfServiceWhileChangesetsArePending() {
		this.contextRunner.withPropertyValues("prism.db.migrate=false").run((context) -> {
			var health = context.getBean(PrismHealthIndicator.class).health(true);
			assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
			assertThat(health.getDetails()).containsEntry("applied", 0)
				.containsKey("pending");
		});
	}

	@Test
	void healthIsDownWhenTheChangelogCannotBeRead() {
		this.contextRunner
			.withPropertyValues("prism.db.migrate=false",
					"spring.liquibase.change-log=classpath:db/lifecycle/missing.yaml")
			.run((context) -> {
				var health = context.getBean(PrismHealthIndicator.class).health(true);
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(String.valueOf(health.getDetails().get("error"))).contains("missing.yaml");
			});
	}

	@Test
	void backsOffTheHealthIndicatorWhenDisabled() {
		this.contextRunner.withPropertyValues("management.health.prism.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(PrismHealthIndicator.class));
	}

	@Test
	void backsOffTheHealthIndicatorWithoutSpringBootHealth() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(PrismHealthIndicator.class));
	}

	@Test
	void recordsTheMigrationsDurationAndAppliedChangesets() {
		this.contextRunner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get(MigrationMetrics.DURATION).timer().count()).isEqualTo(1);
			assertThat(registry.get(MigrationMetrics.APPLIED).counter().count()).isEqualTo(3);
		});
	}

	@Test
	void backsOffTheMetricsWithoutMicrometer() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrationMetrics.class));
	}

}
