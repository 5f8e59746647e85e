package dev.prism.changeset;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class PrismChangesetAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(PrismChangesetAutoConfiguration.class));

	@Test
	void providesTheChangesetCommands() {
		this.contextRunner.run((context) -> {
			assertThat(context.getBean(NewChangesetCommand.class).name()).isEqualTo("new-changeset");
			assertThat(context.getBean(GenerateChangesetCommand.class).name()).isEqualTo("generate-changeset");
			assertThat(context.getBean(InitCommand.class).name()).isEqualTo("init");
			assertThat(context.getBean(CheckCommand.class).name()).isEqualTo("check");
			assertThat(context.getBean(MigrateCommand.class).name()).isEqualTo("migrate");
		});
	}

	@Test
	void writesNextToTheMasterChangelogInTheConfiguredDirectory(@TempDir Path directory) throws Exception {
		Path master = Files.writeString(directory.resolve("changelog.xml"), "<databaseChangeLog>\n</databaseChangeLog>\n");
		this.contextRunner
			.withPropertyValues("spring.liquibase.change-log=classpath:db/changelog.xml",
					"prism.db.changelog-directory=" + directory)
			.run((context) -> assertThat(context.getBean(ChangesetFiles.class).masterChangelog()).isEqualTo(master));
	}

	@Test
	void keepsHibernateMetadataOnlyForCommandsThatCompareTheEntities() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(HibernateMetadataCapture.class));
		for (String command : new String[] { "status", "migrate" }) {
			this.contextRunner.withPropertyValues("prism.db.command=" + command)
				.run((context) -> assertThat(context).doesNotHaveBean(HibernateMetadataCapture.class));
		}
		for (String command : new String[] { "generate-changeset", "check", "init" }) {
			this.contextRunner.withPropertyValues("prism.db.command=" + command)
				.run((context) -> assertThat(context).hasSingleBean(HibernateMetadataCapture.class));
		}
		this.contextRunner.withPropertyValues("prism.db.command=migrate", "prism.db.message=add status")
			.run((context) -> assertThat(context).hasSingleBean(HibernateMetadataCapture.class));
	}

	@Test
	void leavesOutGenerateChangesetWithoutHibernate() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.hibernate"))
			.run((context) -> assertThat(context).hasSingleBean(NewChangesetCommand.class)
				.doesNotHaveBean(GenerateChangesetCommand.class)
				.doesNotHaveBean(CheckCommand.class)
				.doesNotHaveBean(InitCommand.class)
				.doesNotHaveBean(MigrateCommand.class));
	}

	@Test
	void backsOffWithoutLiquibase() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("liquibase"))
			.run((context) -> assertThat(context).doesNotHaveBean(NewChangesetCommand.class));
	}

}
