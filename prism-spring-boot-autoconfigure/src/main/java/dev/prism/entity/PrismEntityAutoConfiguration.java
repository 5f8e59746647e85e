package dev.prism.entity;

import java.time.Clock;

import org.hibernate.cfg.QuerySettings;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * for the {@link Clock} that stamps {@code created_at}, {@code updated_at} and
 * {@code deleted_at} (an application's own {@code Clock} bean replaces it), and for the
 * Hibernate query translation that turns JPQL deletes of soft-deletable entities into soft
 * deletes ({@link SoftDeleteSqmTranslatorFactory}).
 */
@AutoConfiguration
public final class PrismEntityAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock prismClock() {
		return Clock.systemUTC();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(HibernatePropertiesCustomizer.class)
	static class SoftDeleteQueryConfiguration {

		@Bean
		HibernatePropertiesCustomizer softDeleteSqmTranslatorCustomizer() {
			return (properties) -> properties.putIfAbsent(QuerySettings.SEMANTIC_QUERY_TRANSLATOR,
					SoftDeleteSqmTranslatorFactory.class.getName());
		}

	}

}
