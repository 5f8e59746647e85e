package dev.prism.backup;

import java.time.Clock;

import javax.sql.DataSource;

import dev.prism.backup.PostgresTools.Credentials;
import dev.prism.lifecycle.PrismDatabaseAutoConfiguration;
import dev.prism.lifecycle.PrismDatabaseProperties;
import dev.prism.lifecycle.PrismLiquibase;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * for backups: the {@code backup} and {@code restore} database commands and, with
 * {@code prism.db.backup-before-migrate=true}, a backup before pending changesets are
 * applied.
 */
@AutoConfiguration(after = PrismDatabaseAutoConfiguration.class)
@ConditionalOnClass(JdbcConnectionDetails.class)
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnBean(PrismDatabaseProperties.class)
public final class PrismBackupAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	DatabaseBackup databaseBackup(PrismDatabaseProperties properties,
			ObjectProvider<JdbcConnectionDetails> connectionDetails) {
		return new DatabaseBackup(new PostgresTools(System.getenv("PATH"), () -> {
			JdbcConnectionDetails details = connectionDetails.getIfUnique();
			return (details != null) ? new Credentials(details.getUsername(), details.getPassword()) : null;
		}, properties.getLockTimeout()));
	}

	@Bean
	BackupCommand backupDatabaseCommand(DatabaseBackup backup, DataSource dataSource,
			PrismDatabaseProperties properties) {
		return new BackupCommand(backup, dataSource, properties);
	}

	@Bean
	@ConditionalOnBean(PrismLiquibase.class)
	RestoreCommand restoreDatabaseCommand(DatabaseBackup backup, DataSource dataSource, PrismLiquibase liquibase,
			PrismDatabaseProperties properties) {
		return new RestoreCommand(backup, dataSource, liquibase, properties);
	}

	@Bean
	@ConditionalOnBooleanProperty("prism.db.backup-before-migrate")
	BackupBeforeMigrate backupBeforeMigrate(DatabaseBackup backup, PrismDatabaseProperties properties) {
		return new BackupBeforeMigrate(backup, properties.getBackupDir(), Clock.systemUTC());
	}

}
