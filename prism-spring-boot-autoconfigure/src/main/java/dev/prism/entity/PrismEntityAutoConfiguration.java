package dev.prism.entity;

import org.hibernate.cfg.QuerySettings;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * for the Hibernate query translation that turns JPQL deletes of soft-deletable entities
 * into soft deletes ({@link SoftDeleteSqmTranslatorFactory}). Timestamps come from the
 * application's {@link java.time.Clock} bean when it has one, else from the system UTC
 * clock; Prism publishes no {@code Clock} of its own.
 */
@AutoConfiguration
@ConditionalOnClass(HibernatePropertiesCustomizer.class)
public final class PrismEntityAutoConfiguration {

	@Bean
	HibernatePropertiesCustomizer softDeleteSqmTranslatorCustomizer() {
		return (properties) -> properties.putIfAbsent(QuerySettings.SEMANTIC_QUERY_TRANSLATOR,
				SoftDeleteSqmTranslatorFactory.class.getName());
	}

}
