package dev.prism.event;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * that publishes Prism's {@link EntityEvent entity events} through the application
 * context, by handing {@link PrismEvents} to Hibernate.
 */
@AutoConfiguration
@ConditionalOnClass(HibernatePropertiesCustomizer.class)
@ConditionalOnBooleanProperty(name = "prism.events.enabled", matchIfMissing = true)
@EnableConfigurationProperties(PrismEventProperties.class)
public final class PrismEventAutoConfiguration {

	@Bean
	HibernatePropertiesCustomizer prismEventsCustomizer(ApplicationEventPublisher publisher) {
		PrismEvents events = new PrismEvents(publisher);
		return (properties) -> properties.put(PrismEvents.SETTING, events);
	}

}
