package dev.prism.sample;

import java.util.stream.Stream;

import dev.prism.lifecycle.DestructiveOperationRefusedException;
import dev.prism.test.RecordingExitConfiguration;
import dev.prism.test.RecordingExitConfiguration.RecordingExit;
import dev.prism.test.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's one-shot database commands on a fresh SQLite file: the report for an
 * unknown command lists every command with its description, and a refused destructive
 * command names the setting that allows it.
 */
@ExtendWith(OutputCaptureExtension.class)
class SampleDatabaseCommandTests {

	@Test
	void unknownCommandListsEveryCommandWithItsDescription(CapturedOutput output) {
		RecordingExit exit = command("prism.db.command=stauts");
		assertThat(exit.statuses).containsExactly(1);
		assertThat(output.getErr()).contains("prism.db.command is set to 'stauts', which is not a database command.",
				"Set prism.db.command to one of:",
				"  generate-changeset  write a changeset for the differences between the JPA entities and the "
						+ "changelog's schema",
				"  seed                run the PrismSeeder beans that have not run at their current version",
				"  status              list applied and pending changesets");
	}

	@Test
	void destructiveCommandRefusedUnderProdNamesTheSettingThatAllowsIt() {
		RecordingExit exit = command("prism.db.command=reset", "spring.profiles.active=prod");
		assertThat(exit.statuses).containsExactly(1);
		assertThat(exit.failures.get(0)).isInstanceOf(DestructiveOperationRefusedException.class)
			.hasMessageStartingWith("Refused to reset jdbc:sqlite:")
			.hasMessageEndingWith("because the 'prod' profile is active; set prism.db.allow-destructive=true, "
					+ "for this run only, to allow it");
	}

	private static RecordingExit command(String... properties) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PrismSampleApplication.class,
				RecordingExitConfiguration.class)
			.web(WebApplicationType.NONE)
			.run(Stream.concat(Stream.of(TestDatabases.sqlite().properties()), Stream.of(properties))
				.map((property) -> "--" + property)
				.toArray(String[]::new))) {
			return context.getBean(RecordingExit.class);
		}
	}

}
