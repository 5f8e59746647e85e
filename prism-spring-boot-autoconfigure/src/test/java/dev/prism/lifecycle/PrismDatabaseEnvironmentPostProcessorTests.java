package dev.prism.lifecycle;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PrismDatabaseEnvironmentPostProcessor}.
 */
class PrismDatabaseEnvironmentPostProcessorTests {

	private final MockEnvironment environment = new MockEnvironment();

	@Test
	void turnsLiquibaseAnalyticsOffByDefault() {
		postProcess();
		assertThat(this.environment.getProperty("liquibase.analytics.enabled")).isEqualTo("false");
	}

	@Test
	void leavesLiquibaseAnalyticsAsTheUserSetsThem() {
		this.environment.setProperty("liquibase.analytics.enabled", "true");
		postProcess();
		assertThat(this.environment.getProperty("liquibase.analytics.enabled")).isEqualTo("true");
	}

	@Test
	void leavesLiquibaseAnalyticsToSpringLiquibaseAnalyticsEnabled() {
		this.environment.setProperty("spring.liquibase.analytics-enabled", "true");
		postProcess();
		assertThat(this.environment.containsProperty("liquibase.analytics.enabled")).isFalse();
	}

	@Test
	void echoLogsSqlAndBindValues() {
		this.environment.setProperty("prism.db.echo", "true");
		postProcess();
		assertThat(this.environment.getProperty("logging.level.org.hibernate.SQL")).isEqualTo("debug");
		assertThat(this.environment.getProperty("logging.level.org.hibernate.orm.jdbc.bind")).isEqualTo("trace");
	}

	@Test
	void echoLeavesLevelsThatTheUserSet() {
		this.environment.setProperty("prism.db.echo", "true");
		this.environment.setProperty("logging.level.org.hibernate.SQL", "info");
		postProcess();
		assertThat(this.environment.getProperty("logging.level.org.hibernate.SQL")).isEqualTo("info");
	}

	@Test
	void withoutEchoLeavesSqlLoggingAlone() {
		postProcess();
		assertThat(this.environment.containsProperty("logging.level.org.hibernate.SQL")).isFalse();
	}

	@Test
	void commandRunsWithoutWebServerSchemaGenerationOrSqlInit() {
		this.environment.setProperty("prism.db.command", "status");
		this.environment.setProperty("spring.jpa.hibernate.ddl-auto", "create-drop");
		postProcess();
		assertThat(this.environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
		assertThat(this.environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("none");
		assertThat(this.environment.getProperty("spring.sql.init.mode")).isEqualTo("never");
	}

	@Test
	void withoutCommandLeavesTheApplicationAlone() {
		postProcess();
		assertThat(this.environment.containsProperty("spring.main.web-application-type")).isFalse();
	}

	private void postProcess() {
		new PrismDatabaseEnvironmentPostProcessor().postProcessEnvironment(this.environment, new SpringApplication());
	}

}
