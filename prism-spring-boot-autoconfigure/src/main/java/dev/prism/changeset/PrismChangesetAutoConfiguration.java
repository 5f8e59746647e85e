package dev.prism.changeset;

import java.nio.file.Path;
import java.time.Clock;

import java.util.List;

import dev.prism.lifecycle.DestructiveOperationGuard;
import dev.prism.lifecycle.LiquibaseOperations;
import dev.prism.lifecycle.PrismDatabaseProperties;
import liquibase.integration.spring.SpringLiquibase;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * for the {@code new-changeset} and {@code generate-changeset} database commands. They
 * write next to the master changelog named by {@code spring.liquibase.change-log}, or in
 * {@code prism.db.changelog-directory}. The JPA entity model that {@code generate-changeset}
 * compares is kept only in a run whose {@code prism.db.command} is
 * {@code generate-changeset}, not for the life of every application.
 */
@AutoConfiguration
@ConditionalOnClass(name = "liquibase.Liquibase")
@EnableConfigurationProperties(PrismDatabaseProperties.class)
public final class PrismChangesetAutoConfiguration {

	@Bean
	NewChangesetCommand newChangesetCommand(ChangesetFiles changesetFiles, PrismDatabaseProperties properties) {
		return new NewChangesetCommand(changesetFiles, properties);
	}

	@Bean
	ChangesetFiles changesetFiles(Environment environment, PrismDatabaseProperties properties,
			ObjectProvider<Clock> clock) {
		return new ChangesetFiles(environment.getProperty("spring.liquibase.change-log"),
				properties.getChangelogDirectory(), Path.of("").toAbsolutePath(),
				clock.getIfUnique(Clock::systemUTC));
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "org.hibernate.integrator.spi.Integrator",
			"org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer",
			"org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties" })
	static class GenerateChangesetConfiguration {

		@Bean
		@ConditionalOnProperty(name = "prism.db.command", havingValue = GenerateChangesetCommand.NAME)
		HibernateMetadataCapture prismHibernateMetadataCapture() {
			return new HibernateMetadataCapture();
		}

		@Bean
		GenerateChangesetCommand generateChangesetCommand(ChangesetFiles changesetFiles,
				PrismDatabaseProperties properties, ObjectProvider<HibernateMetadataCapture> prismHibernateMetadataCapture,
				ObjectProvider<SpringLiquibase> liquibase, ObjectProvider<DestructiveOperationGuard> guard) {
			return new GenerateChangesetCommand(changesetFiles, properties, prismHibernateMetadataCapture,
					() -> pendingChangesets(liquibase.getIfUnique(), properties, guard.getObject()));
		}

		private static List<String> pendingChangesets(SpringLiquibase liquibase, PrismDatabaseProperties properties,
				DestructiveOperationGuard guard) {
			if (liquibase == null) {
				throw new ChangesetException(
						"generate-changeset compares the database with the changelog of the application's "
								+ "SpringLiquibase bean, and there is none",
						"Enable Liquibase (spring.liquibase.enabled=true) with a data source, and set "
								+ "prism.db.migrate=false instead if the database must not be migrated at startup.");
			}
			return new LiquibaseOperations(liquibase, properties, guard).pendingChangesets();
		}

	}

}
