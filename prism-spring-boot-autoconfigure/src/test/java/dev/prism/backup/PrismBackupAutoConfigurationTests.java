package dev.prism.backup;

import java.time.Duration;

import dev.prism.lifecycle.DatabaseCommand;
import dev.prism.lifecycle.MigrationListener;
import dev.prism.lifecycle.PrismDatabaseAutoConfiguration;
import dev.prism.sqlite.PrismSqliteAutoConfiguration;
import dev.prism.test.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PrismBackupAutoConfiguration}.
 */
class PrismBackupAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, PrismSqliteAutoConfiguration.class,
				LiquibaseAutoConfiguration.class, PrismDatabaseAutoConfiguration.class,
				PrismBackupAutoConfiguration.class))
		.withPropertyValues(TestDatabases.sqlite().properties())
		.withPropertyValues("spring.liquibase.change-log=classpath:db/lifecycle/changelog.yaml");

	@Test
	void providesTheBackupAndRestoreCommands() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(DatabaseBackup.class);
			assertThat(context.getBeansOfType(DatabaseCommand.class).values()).extracting(DatabaseCommand::name)
				.contains("backup", "restore");
			assertThat(context).doesNotHaveBean(BackupBeforeMigrate.class);
		});
	}

	@Test
	void backsUpBeforeMigratingOnlyWhenAskedTo() {
		this.contextRunner.withPropertyValues("prism.db.backup-before-migrate=true")
			.run((context) -> assertThat(context.getBeansOfType(MigrationListener.class).values())
				.hasAtLeastOneElementOfType(BackupBeforeMigrate.class));
	}

	@Test
	void backsOffWhenTheApplicationDefinesItsOwnDatabaseBackup() {
		DatabaseBackup own = new DatabaseBackup(new PostgresTools("", () -> null, Duration.ofSeconds(1)));
		this.contextRunner.withBean(DatabaseBackup.class, () -> own)
			.run((context) -> assertThat(context.getBean(DatabaseBackup.class)).isSameAs(own));
	}

	@Test
	void backsOffWithoutADataSource() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(PrismBackupAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(DatabaseBackup.class));
	}

}
