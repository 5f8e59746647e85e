package dev.prism.changeset;

import java.nio.file.Path;
import java.time.Clock;


import dev.prism.lifecycle.DestructiveOperationGuard;
import dev.prism.lifecycle.LiquibaseCommands;
import dev.prism.lifecycle.LiquibaseOperations;
import dev.prism.lifecycle.PrismDatabaseProperties;
import liquibase.integration.spring.SpringLiquibase;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * for the changeset commands: {@code new-changeset}, {@code generate-changeset},
 * {@code init}, {@code check} and {@code migrate} with a message. They write next to the
 * master changelog named by {@code spring.liquibase.change-log}, or in
 * {@code prism.db.changelog-directory}. The JPA entity model that they compare is kept only
 * in a run whose {@code prism.db.command} compares it, not for the life of every
 * application.
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
			ObjectProvider<Clock> clock, ResourceLoader resourceLoader) {
		return new ChangesetFiles(environment.getProperty("spring.liquibase.change-log"),
				properties.getChangelogDirectory(), Path.of("").toAbsolutePath(),
				clock.getIfUnique(Clock::systemUTC), resourceLoader);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "org.hibernate.integrator.spi.Integrator",
			"org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer",
			"org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties" })
	static class EntityModelConfiguration {

		@Bean
		@Conditional(EntityModelCommandCondition.class)
		HibernateMetadataCapture prismHibernateMetadataCapture() {
			return new HibernateMetadataCapture();
		}

		@Bean
		ModelComparison prismModelComparison(ObjectProvider<HibernateMetadataCapture> prismHibernateMetadataCapture,
				ObjectProvider<SpringLiquibase> liquibase, PrismDatabaseProperties properties,
				ObjectProvider<DestructiveOperationGuard> guard) {
			return new ModelComparison(prismHibernateMetadataCapture, liquibase, properties, guard);
		}

		@Bean
		ChangesetGenerator prismChangesetGenerator(ChangesetFiles changesetFiles, ModelComparison prismModelComparison) {
			return new ChangesetGenerator(changesetFiles, prismModelComparison);
		}

		@Bean
		GenerateChangesetCommand generateChangesetCommand(ChangesetGenerator prismChangesetGenerator,
				PrismDatabaseProperties properties) {
			return new GenerateChangesetCommand(prismChangesetGenerator, properties);
		}

		@Bean
		MigrateCommand migrateCommand(ChangesetGenerator prismChangesetGenerator, PrismDatabaseProperties properties,
				ObjectProvider<LiquibaseCommands> liquibaseCommands) {
			return new MigrateCommand(prismChangesetGenerator, properties, liquibaseCommands);
		}

		@Bean
		InitCommand initCommand(ChangesetFiles changesetFiles, ModelComparison prismModelComparison,
				ChangesetGenerator prismChangesetGenerator, PrismDatabaseProperties properties) {
			return new InitCommand(changesetFiles, prismModelComparison, prismChangesetGenerator, properties);
		}

		@Bean
		CheckCommand checkCommand(ModelComparison prismModelComparison, ObjectProvider<SpringLiquibase> liquibase,
				PrismDatabaseProperties properties, ObjectProvider<DestructiveOperationGuard> guard) {
			return new CheckCommand(
					() -> new LiquibaseOperations(liquibase.getObject(), properties, guard.getObject())
						.pendingChangesets(),
					prismModelComparison);
		}

	}

}
