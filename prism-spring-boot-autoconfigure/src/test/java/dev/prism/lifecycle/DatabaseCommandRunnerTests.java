package dev.prism.lifecycle;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import dev.prism.test.RecordingExitConfiguration;
import dev.prism.test.RecordingExitConfiguration.RecordingExit;
import dev.prism.test.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests for {@link DatabaseCommandRunner}: seeding, commands contributed by other beans,
 * ordering and the guard.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseCommandRunnerTests {

	@Test
	void seedsBeforeTheApplicationsRunnersWhenSeedIsTrue() {
		try (ConfigurableApplicationContext context = start("--prism.db.seed=true")) {
			assertThat(context.getBean(Events.class).events).containsExactly("seed", "application runner");
			assertThat(context.getBean(RecordingExit.class).statuses).isEmpty();
		}
	}

	@Test
	void seedsBeforeTheWebServerStartsAcceptingRequests() {
		try (ConfigurableApplicationContext context = start("--prism.db.seed=true", "--test.web-server=true")) {
			assertThat(context.getBean(Events.class).events).containsExactly("seed", "web server started",
					"application runner");
		}
	}

	@Test
	void seedingFailureFailsStartupWithTheSeedersAnalysis() {
		Throwable failure = assertThatException()
			.isThrownBy(() -> start("--prism.db.seed=true", "--test.seed-fails=true"))
			.actual();
		assertThat(failure).rootCause().hasMessage("seed failed");
	}

	@Test
	void doesNotSeedByDefault() {
		try (ConfigurableApplicationContext context = start()) {
			assertThat(context.getBean(Events.class).events).containsExactly("application runner");
		}
	}

	@Test
	void runsACommandContributedByAnotherBeanAndExitsWithZero() {
		try (ConfigurableApplicationContext context = start("--prism.db.command=seed")) {
			assertThat(context.getBean(Events.class).events).containsExactly("seed", "application runner");
			assertThat(context.getBean(RecordingExit.class).statuses).containsExactly(0);
		}
	}

	@Test
	void commandBeanReplacesPrismsLiquibaseCommandOfTheSameName() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LifecycleTestApplication.class,
				RecordingExitConfiguration.class, CommandsConfiguration.class, OwnStatusConfiguration.class)
			.web(WebApplicationType.NONE)
			.run(args("--prism.db.command=status"))) {
			assertThat(context.getBean(Events.class).events).containsExactly("own status", "application runner");
			assertThat(context.getBean(RecordingExit.class).statuses).containsExactly(0);
		}
	}

	@Test
	void resetCommandSeedsAfterwardsWhenSeedIsTrue() {
		try (ConfigurableApplicationContext context = start("--prism.db.command=reset", "--prism.db.seed=true")) {
			assertThat(context.getBean(Events.class).events).containsExactly("seed", "application runner");
			assertThat(context.getBean(RecordingExit.class).statuses).containsExactly(0);
		}
		try (ConfigurableApplicationContext context = start("--prism.db.command=reset")) {
			assertThat(context.getBean(Events.class).events).containsExactly("application runner");
		}
	}

	@Test
	void seedWithoutASeedCommandFailsClearly() {
		Throwable failure = assertThatException()
			.isThrownBy(() -> new SpringApplicationBuilder(LifecycleTestApplication.class)
				.web(WebApplicationType.NONE)
				.run(args("--prism.db.seed=true")))
			.actual();
		FailureAnalysis analysis = new DatabaseCommandFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription())
			.isEqualTo("Database command 'seed' failed: prism.db.seed is true but there is no seed command");
		assertThat(analysis.getAction()).contains("prism.db.seed=false");
	}

	@Test
	void guardsDestructiveCommandsContributedByOtherBeans() {
		try (ConfigurableApplicationContext context = start("--prism.db.command=drop",
				"--spring.profiles.active=prod")) {
			RecordingExit exit = context.getBean(RecordingExit.class);
			assertThat(exit.statuses).containsExactly(1);
			assertThat(new DestructiveOperationRefusedFailureAnalyzer().analyze(exit.failures.get(0)).getDescription())
				.startsWith("Refused to drop ");
		}
	}

	@Test
	void unknownCommandPrintsItsReportListingTheCommandsWithoutClaimingTheApplicationFailedToStart(CapturedOutput output) {
		try (ConfigurableApplicationContext context = start("--prism.db.command=dance")) {
			assertThat(context.getBean(RecordingExit.class).statuses).containsExactly(1);
		}
		assertThat(output.getErr()).isEqualTo("""

				Database command 'dance' failed.

				Description:

				prism.db.command is set to 'dance', which is not a database command.

				Action:

				Set prism.db.command to one of:
				  baseline       mark pending changesets as applied without running them, for a schema that exists already
				  drop           the test command drop
				  history        list applied changesets in the order they ran
				  migrate        apply pending changesets
				  release-locks  release a migration lock left behind by a process that died
				  reset          drop every object in the database, then apply every changeset
				  rollback       roll back the last prism.db.rollback-count changesets or to prism.db.rollback-tag
				  rollback-sql   print the SQL that rollback would run, without rolling back
				  seed           the test command seed
				  status         list applied and pending changesets
				  tag            tag the current database state with prism.db.tag
				  test-rollback  apply pending changesets, roll each back and apply it again
				  update-sql     print the SQL that migrate would run, without applying it
				  validate       check the changelog and the applied changesets' checksums
				""".replace("\n", System.lineSeparator()));
		assertThat(output).doesNotContain("APPLICATION FAILED TO START");
	}

	private ConfigurableApplicationContext start(String... args) {
		return new SpringApplicationBuilder(LifecycleTestApplication.class, RecordingExitConfiguration.class,
				CommandsConfiguration.class)
			.web(WebApplicationType.NONE)
			.run(args(args));
	}

	private static String[] args(String... args) {
		List<String> all = new ArrayList<>(List.of(TestDatabases.sqlite().properties()).stream()
			.map((property) -> "--" + property)
			.toList());
		all.add("--spring.liquibase.change-log=classpath:db/lifecycle/changelog.yaml");
		all.addAll(List.of(args));
		return all.toArray(String[]::new);
	}

	static class Events {

		final List<String> events = new ArrayList<>();

	}

	@Configuration(proxyBeanMethods = false)
	static class CommandsConfiguration {

		@Bean
		Events events() {
			return new Events();
		}

		@Bean
		DatabaseCommand seedCommand(Events events, Environment environment) {
			return new TestCommand("seed", false, () -> {
				if (environment.getProperty("test.seed-fails", Boolean.class, false)) {
					throw new IllegalStateException("seed failed");
				}
				events.events.add("seed");
			});
		}

		/**
		 * Stands for the web server: Spring Boot's {@code WebServerStartStopLifecycle}
		 * starts it in {@code WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE}.
		 */
		@Bean
		SmartLifecycle webServer(Events events, Environment environment) {
			return new SmartLifecycle() {

				private boolean running;

				@Override
				public void start() {
					if (environment.getProperty("test.web-server", Boolean.class, false)) {
						events.events.add("web server started");
					}
					this.running = true;
				}

				@Override
				public void stop() {
					this.running = false;
				}

				@Override
				public boolean isRunning() {
					return this.running;
				}

				@Override
				public int getPhase() {
					return SmartLifecycle.DEFAULT_PHASE - 2048;
				}

			};
		}

		@Bean
		DatabaseCommand dropCommand(Events events) {
			return new TestCommand("drop", true, () -> events.events.add("drop"));
		}

		@Bean
		@Order(0)
		CommandLineRunner applicationRunner(Events events) {
			return (args) -> events.events.add("application runner");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnStatusConfiguration {

		@Bean
		DatabaseCommand ownStatusCommand(Events events) {
			return new TestCommand("status", false, () -> events.events.add("own status"));
		}

	}

	record TestCommand(String name, boolean destructive, Runnable action) implements DatabaseCommand {

		@Override
		public String description() {
			return "the test command " + name();
		}

		@Override
		public void run(PrintWriter out) {
			this.action.run();
		}

	}

}
