package dev.prism.info;

import javax.sql.DataSource;

import dev.prism.lifecycle.PrismDatabaseAutoConfiguration;
import dev.prism.lifecycle.PrismDatabaseProperties;
import dev.prism.lifecycle.DestructiveOperationGuard;
import dev.prism.lifecycle.LiquibaseOperations;
import dev.prism.seed.PrismSeedAutoConfiguration;
import dev.prism.seed.SeedRunner;
import dev.prism.stamp.EnvironmentStamp;
import dev.prism.stamp.PrismEnvironmentStampAutoConfiguration;

import liquibase.integration.spring.SpringLiquibase;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * for the {@link PrismStatusReader} and the {@code info} database command.
 */
@AutoConfiguration(after = { PrismDatabaseAutoConfiguration.class, PrismSeedAutoConfiguration.class,
		PrismEnvironmentStampAutoConfiguration.class })
@ConditionalOnClass({ JdbcConnectionDetails.class, SpringLiquibase.class })
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnBean(PrismDatabaseProperties.class)
public final class PrismInfoAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	PrismStatusReader prismStatusReader(PrismDatabaseProperties properties, DestructiveOperationGuard guard,
			ObjectProvider<SpringLiquibase> liquibase, ObjectProvider<SeedRunner> seedRunner,
			ObjectProvider<EnvironmentStamp> stamp) {
		return new PrismStatusReader((bean) -> new LiquibaseOperations(bean, properties, guard), liquibase,
				seedRunner, stamp);
	}

	@Bean
	InfoCommand infoDatabaseCommand(DataSource dataSource, ObjectProvider<JdbcConnectionDetails> connectionDetails,
			PrismStatusReader statusReader) {
		return new InfoCommand(dataSource, () -> {
			JdbcConnectionDetails details = connectionDetails.getIfUnique();
			return (details != null) ? details.getJdbcUrl() : null;
		}, statusReader);
	}

}
