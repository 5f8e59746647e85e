package dev.prism.stamp;

import javax.sql.DataSource;

import dev.prism.lifecycle.PrismDatabaseAutoConfiguration;
import dev.prism.lifecycle.PrismDatabaseProperties;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * for the {@link EnvironmentStamp}: migrations stamp the database with the active profiles,
 * and destructive operations refuse a database stamped {@code prod} or
 * {@code production}.
 */
@AutoConfiguration(after = PrismDatabaseAutoConfiguration.class)
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnBean(PrismDatabaseProperties.class)
public final class PrismEnvironmentStampAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	EnvironmentStamp environmentStamp(DataSource dataSource, Environment environment) {
		return new EnvironmentStamp(dataSource, environment);
	}

}
