package dev.prism.schema;

import dev.prism.schema.testapp.WidgetTestApplication;
import dev.prism.test.FailureAnalyses;
import dev.prism.test.RecordingExitConfiguration;
import dev.prism.test.RecordingExitConfiguration.RecordingExit;
import dev.prism.test.TestDatabases.Database;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The column check against each supported database, run by a subclass.
 */
abstract class AbstractPrismColumnsTests {

	protected abstract Database newDatabase();

	@ParameterizedTest
	@ValueSource(strings = { "validate", "none" })
	void missingColumnsFailStartupNamingEntityTableAndChangeset(String ddlAuto) {
		Database database = newDatabase();
		Throwable failure = assertThatException().isThrownBy(() -> start(database, ddlAuto, "minimal")).actual();
		FailureAnalysis analysis = FailureAnalyses.analyze(failure);
		assertThat(analysis.getDescription()).isEqualTo("Entity dev.prism.schema.testapp.Widget is mapped to table "
				+ "'widgets', which has no deleted_at, updated_at columns.");
		assertThat(analysis.getAction()).isEqualTo("""
				Add the columns with a changeset in your Liquibase changelog, for example:

				    - changeSet:
				        id: add-prism-columns-to-widgets
				        author: you
				        changes:
				          - addColumn:
				              tableName: widgets
				              columns:
				                - column: { name: deleted_at, type: TIMESTAMP WITH TIME ZONE }
				                - column: { name: updated_at, type: TIMESTAMP WITH TIME ZONE }

				or let the generate-changeset command (prism.db.command=generate-changeset) write one from the \
				entities. Existing rows get NULL timestamps; fill them and add NOT NULL constraints if you want them.\
				""".replace("\n", System.lineSeparator()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "validate", "none" })
	void startsWhenTheColumnsExist(String ddlAuto) {
		try (ConfigurableApplicationContext context = start(newDatabase(), ddlAuto, "complete")) {
			assertThat(context.isActive()).isTrue();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "validate", "none" })
	void databaseCommandsSkipTheCheck(String ddlAuto) {
		try (ConfigurableApplicationContext context = start(newDatabase(), ddlAuto, "minimal",
				"--prism.db.command=status")) {
			assertThat(context.getBean(RecordingExit.class).statuses).containsExactly(0);
		}
	}

	private ConfigurableApplicationContext start(Database database, String ddlAuto, String contexts,
			String... args) {
		String[] properties = { "--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(),
				"--spring.liquibase.change-log=classpath:db/schema/widgets.yaml",
				"--spring.liquibase.contexts=" + contexts, "--spring.jpa.hibernate.ddl-auto=" + ddlAuto };
		String[] all = new String[properties.length + args.length];
		System.arraycopy(properties, 0, all, 0, properties.length);
		System.arraycopy(args, 0, all, properties.length, args.length);
		return new SpringApplicationBuilder(WidgetTestApplication.class, RecordingExitConfiguration.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run(all);
	}

}
