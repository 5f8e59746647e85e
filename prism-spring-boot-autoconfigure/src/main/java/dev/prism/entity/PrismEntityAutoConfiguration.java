package dev.prism.entity;

import org.hibernate.cfg.QuerySettings;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.AuditingHandler;
import org.springframework.data.domain.AuditorAware;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * for the Hibernate query translation that turns JPQL deletes of soft-deletable entities
 * into soft deletes ({@link SoftDeleteSqmTranslatorFactory}). Timestamps come from the
 * application's {@link java.time.Clock} bean when it has one, else from the system UTC
 * clock; Prism publishes no {@code Clock} of its own. {@link DeletedBy @DeletedBy} comes from
 * the application's {@code AuditorAware} bean ({@link Auditing}).
 */
@AutoConfiguration
@ConditionalOnClass(HibernatePropertiesCustomizer.class)
public final class PrismEntityAutoConfiguration {

	@Bean
	HibernatePropertiesCustomizer softDeleteSqmTranslatorCustomizer() {
		return (properties) -> properties.putIfAbsent(QuerySettings.SEMANTIC_QUERY_TRANSLATOR,
				SoftDeleteSqmTranslatorFactory.class.getName());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(AuditorAware.class)
	static class AuditingConfiguration {

		@Bean
		HibernatePropertiesCustomizer prismAuditingCustomizer(ObjectProvider<AuditorAware<?>> auditorAware,
				ObjectProvider<AuditingHandler> auditingHandler) {
			Auditing auditing = new Auditing(() -> auditorAware.getIfUnique(() -> Optional::empty)
				.getCurrentAuditor()
				.orElse(null), () -> auditingHandler.getIfAvailable() != null);
			return (properties) -> properties.put(Auditing.SETTING, auditing);
		}

	}

}
