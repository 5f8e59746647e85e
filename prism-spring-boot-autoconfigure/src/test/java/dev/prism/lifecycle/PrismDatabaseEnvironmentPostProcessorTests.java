package dev.prism.lifecycle;

import java.util.stream.Stream;

import dev.prism.test.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PrismDatabaseEnvironmentPostProcessor}.
 */
class PrismDatabaseEnvironmentPostProcessorTests {

	private final MockEnvironment environment = new MockEnvironment();

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

	@Test
	void echoSetsTheSqlLoggersLevelsAtStartup() {
		LoggingSystem loggingSystem = LoggingSystem.get(getClass().getClassLoader());
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LifecycleTestApplication.class)
			.web(WebApplicationType.NONE)
			.run(Stream.concat(Stream.of(TestDatabases.sqlite().properties()),
					Stream.of("spring.liquibase.change-log=classpath:db/lifecycle/changelog.yaml", "prism.db.echo=true"))
				.map((property) -> "--" + property)
				.toArray(String[]::new))) {
			assertThat(loggingSystem.getLoggerConfiguration("org.hibernate.SQL").getEffectiveLevel())
				.isEqualTo(LogLevel.DEBUG);
			assertThat(loggingSystem.getLoggerConfiguration("org.hibernate.orm.jdbc.bind").getEffectiveLevel())
				.isEqualTo(LogLevel.TRACE);
		}
		finally {
			PrismDatabaseEnvironmentPostProcessor.ECHO_LEVELS.keySet()
				.forEach((logger) -> loggingSystem.setLogLevel(logger, null));
		}
	}

	private void postProcess() {
		new PrismDatabaseEnvironmentPostProcessor().postProcessEnvironment(this.environment, new SpringApplication());
	}

}
