package dev.prism.backup;

import java.time.Clock;

import javax.sql.DataSource;

import dev.prism.backup.PostgresTools.Credentials;
import dev.prism.lifecycle.PrismDatabaseAutoConfiguration;
import dev.prism.lifecycle.PrismDatabaseProperties;
import dev.prism.lifecycle.DestructiveOperationGuard;
import dev.prism.lifecycle.LiquibaseOperations;
import liquibase.integration.spring.SpringLiquibase;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * for backups: the {@code backup} and {@code restore} database commands and, with
 * {@code prism.db.backup-before-migrate=true}, a backup before pending changesets are
 * applied.
 */
@AutoConfiguration(after = PrismDatabaseAutoConfiguration.class,
		afterName = "org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration")
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
	@ConditionalOnBooleanProperty("prism.db.backup-before-migrate")
	BackupBeforeMigrate backupBeforeMigrate(DatabaseBackup backup, PrismDatabaseProperties properties) {
		return new BackupBeforeMigrate(backup, properties.getBackupDir(), Clock.systemUTC());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SpringLiquibase.class)
	@ConditionalOnSingleCandidate(SpringLiquibase.class)
	static class RestoreConfiguration {

		@Bean
		RestoreCommand restoreDatabaseCommand(DatabaseBackup backup, DataSource dataSource,
				SpringLiquibase liquibase, PrismDatabaseProperties properties, DestructiveOperationGuard guard) {
			return new RestoreCommand(backup, dataSource, new LiquibaseOperations(liquibase, properties, guard),
					properties);
		}

	}

}
