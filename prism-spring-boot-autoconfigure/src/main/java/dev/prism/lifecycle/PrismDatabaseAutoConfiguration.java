package dev.prism.lifecycle;

import javax.sql.DataSource;

import liquibase.Liquibase;
import liquibase.UpdateSummaryEnum;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.change.DatabaseChange;
import liquibase.integration.spring.Customizer;
import liquibase.integration.spring.SpringLiquibase;
import liquibase.ui.UIServiceEnum;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseConnectionDetails;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.Assert;
import org.springframework.util.CollectionUtils;
import org.springframework.util.StringUtils;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * for Prism's database lifecycle: a {@link PrismLiquibase} that migrates (or resets) before
 * the {@code EntityManagerFactory} and any other bean that uses the database starts,
 * configured from {@code spring.liquibase.*} in place of Spring Boot's own
 * {@link SpringLiquibase}; the Liquibase database commands, on whichever
 * {@link SpringLiquibase} bean the application has; and the
 * {@link DatabaseCommandRunner} that runs {@code prism.db.command} or seeds.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class, before = LiquibaseAutoConfiguration.class)
@EnableConfigurationProperties(PrismDatabaseProperties.class)
public final class PrismDatabaseAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	DestructiveOperationGuard destructiveOperationGuard(Environment environment, PrismDatabaseProperties properties,
			ObjectProvider<DestructiveOperationVeto> vetoes) {
		return new DestructiveOperationGuard(environment, properties, vetoes.orderedStream().toList());
	}

	@Bean
	@ConditionalOnMissingBean
	DatabaseCommandExit databaseCommandExit(ApplicationContext context) {
		return (status) -> System.exit(SpringApplication.exit(context, () -> status));
	}

	@Bean
	@ConditionalOnMissingBean
	DatabaseCommandRunner databaseCommandRunner(PrismDatabaseProperties properties,
			ObjectProvider<DatabaseCommand> commands, ObjectProvider<LiquibaseCommands> liquibaseCommands,
			DestructiveOperationGuard guard, ObjectProvider<DataSource> dataSource, DatabaseCommandExit exit,
			ApplicationContext context) {
		return new DatabaseCommandRunner(properties, commands, liquibaseCommands, guard, dataSource, exit, context);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SpringLiquibase.class)
	static class LiquibaseCommandsConfiguration {

		@Bean
		LiquibaseCommands liquibaseCommands(ObjectProvider<SpringLiquibase> liquibase,
				PrismDatabaseProperties properties, DestructiveOperationGuard guard,
				ObjectProvider<MigrationListener> listeners) {
			return new LiquibaseCommands(liquibase, properties, guard, listeners);
		}

	}

	@Bean
	@ConditionalOnMissingBean
	StartupSeedLifecycle startupSeedLifecycle(PrismDatabaseProperties properties, DatabaseCommandRunner runner) {
		return new StartupSeedLifecycle(properties, runner);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ SpringLiquibase.class, DatabaseChange.class, LiquibaseProperties.class })
	@ConditionalOnBooleanProperty(name = "spring.liquibase.enabled", matchIfMissing = true)
	@Conditional(LiquibaseDataSourceCondition.class)
	@ConditionalOnMissingBean(SpringLiquibase.class)
	@EnableConfigurationProperties(LiquibaseProperties.class)
	@Import(DatabaseInitializationDependencyConfigurer.class)
	static class LiquibaseConfiguration {

		@Bean
		@ConditionalOnMissingBean(LiquibaseConnectionDetails.class)
		PropertiesLiquibaseConnectionDetails liquibaseConnectionDetails(LiquibaseProperties properties) {
			return new PropertiesLiquibaseConnectionDetails(properties);
		}

		@Bean
		PrismLiquibase liquibase(PrismDatabaseProperties properties, LiquibaseProperties liquibaseProperties,
				DestructiveOperationGuard guard, ObjectProvider<DataSource> dataSource,
				@LiquibaseDataSource ObjectProvider<DataSource> liquibaseDataSource,
				LiquibaseConnectionDetails connectionDetails, ObjectProvider<Customizer<Liquibase>> customizer,
				ObjectProvider<MigrationListener> listeners, Environment environment) {
			PrismLiquibase liquibase = new PrismLiquibase(properties, guard, listeners.orderedStream().toList());
			liquibase.setDataSource(migrationDataSource(liquibaseDataSource.getIfAvailable(),
					dataSource.getIfUnique(), connectionDetails));
			liquibase.setChangeLog(liquibaseProperties.getChangeLog());
			liquibase.setClearCheckSums(liquibaseProperties.isClearChecksums());
			if (!CollectionUtils.isEmpty(liquibaseProperties.getContexts())) {
				liquibase.setContexts(String.join(",", liquibaseProperties.getContexts()));
			}
			if (!CollectionUtils.isEmpty(liquibaseProperties.getLabelFilter())) {
				liquibase.setLabelFilter(String.join(",", liquibaseProperties.getLabelFilter()));
			}
			liquibase.setDefaultSchema(liquibaseProperties.getDefaultSchema());
			liquibase.setLiquibaseSchema(liquibaseProperties.getLiquibaseSchema());
			liquibase.setLiquibaseTablespace(liquibaseProperties.getLiquibaseTablespace());
			liquibase.setDatabaseChangeLogTable(liquibaseProperties.getDatabaseChangeLogTable());
			liquibase.setDatabaseChangeLogLockTable(liquibaseProperties.getDatabaseChangeLogLockTable());
			liquibase.setDropFirst(liquibaseProperties.isDropFirst());
			liquibase.setShouldRun(liquibaseProperties.isEnabled());
			liquibase.setChangeLogParameters(liquibaseProperties.getParameters());
			liquibase.setRollbackFile(liquibaseProperties.getRollbackFile());
			liquibase.setTestRollbackOnUpdate(liquibaseProperties.isTestRollbackOnUpdate());
			liquibase.setTag(liquibaseProperties.getTag());
			if (liquibaseProperties.getShowSummary() != null) {
				liquibase.setShowSummary(UpdateSummaryEnum.valueOf(liquibaseProperties.getShowSummary().name()));
			}
			if (liquibaseProperties.getShowSummaryOutput() != null) {
				liquibase.setShowSummaryOutput(
						UpdateSummaryOutputEnum.valueOf(liquibaseProperties.getShowSummaryOutput().name()));
			}
			if (liquibaseProperties.getUiService() != null) {
				liquibase.setUiService(UIServiceEnum.valueOf(liquibaseProperties.getUiService().name()));
			}
			// Prism's one default that differs from Spring Boot's: no usage analytics
			liquibase.setAnalyticsEnabled((liquibaseProperties.getAnalyticsEnabled() != null)
					? liquibaseProperties.getAnalyticsEnabled()
					: environment.getProperty("liquibase.analytics.enabled", Boolean.class, false));
			liquibase.setLicenseKey(liquibaseProperties.getLicenseKey());
			customizer.ifAvailable(liquibase::setCustomizer);
			return liquibase;
		}

		/**
		 * Return the database to migrate, chosen as Spring Boot's
		 * {@link LiquibaseAutoConfiguration} chooses it: a {@link LiquibaseDataSource}, else
		 * the connection details' URL, else the main data source with the connection
		 * details' user.
		 */
		private static DataSource migrationDataSource(DataSource liquibaseDataSource, DataSource dataSource,
				LiquibaseConnectionDetails connectionDetails) {
			if (liquibaseDataSource != null) {
				return liquibaseDataSource;
			}
			if (connectionDetails.getJdbcUrl() != null) {
				return credentials(
						DataSourceBuilder.create().type(SimpleDriverDataSource.class).url(connectionDetails.getJdbcUrl()),
						connectionDetails);
			}
			Assert.state(dataSource != null, "Liquibase migration DataSource missing");
			if (connectionDetails.getUsername() != null) {
				return credentials(DataSourceBuilder.derivedFrom(dataSource).type(SimpleDriverDataSource.class),
						connectionDetails);
			}
			return dataSource;
		}

		private static DataSource credentials(DataSourceBuilder<?> builder,
				LiquibaseConnectionDetails connectionDetails) {
			builder.username(connectionDetails.getUsername()).password(connectionDetails.getPassword());
			if (StringUtils.hasText(connectionDetails.getDriverClassName())) {
				builder.driverClassName(connectionDetails.getDriverClassName());
			}
			return builder.build();
		}

	}

	/**
	 * Matches where Spring Boot's {@link LiquibaseAutoConfiguration} would migrate: with a
	 * {@link DataSource} bean, {@link JdbcConnectionDetails} or {@code spring.liquibase.url}.
	 */
	static final class LiquibaseDataSourceCondition extends AnyNestedCondition {

		LiquibaseDataSourceCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnBean(DataSource.class)
		private static final class DataSourceBeanCondition {

		}

		@ConditionalOnBean(JdbcConnectionDetails.class)
		private static final class JdbcConnectionDetailsCondition {

		}

		@ConditionalOnProperty("spring.liquibase.url")
		private static final class LiquibaseUrlCondition {

		}

	}

}
