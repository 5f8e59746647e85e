package dev.prism.postgresql;

import org.hibernate.cfg.JdbcSettings;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * for PostgreSQL: registers {@link PrismPostgresDialectResolver}, so that Hibernate uses
 * {@link PrismPostgresDialect} on PostgreSQL unless a dialect is configured or
 * {@code prism.postgresql.literal-row-limit} is {@code false}. The property is bound, so a
 * value that is not a boolean fails at startup.
 */
@AutoConfiguration
@ConditionalOnClass(HibernatePropertiesCustomizer.class)
@EnableConfigurationProperties(PrismPostgresProperties.class)
public final class PrismPostgresAutoConfiguration {

	@Bean
	HibernatePropertiesCustomizer postgresDialectResolverCustomizer(PrismPostgresProperties postgres) {
		return (properties) -> {
			if (postgres.isLiteralRowLimit()) {
				properties.merge(JdbcSettings.DIALECT_RESOLVERS, PrismPostgresDialectResolver.class.getName(),
						(configured, prism) -> configured + "," + prism);
			}
		};
	}

}
