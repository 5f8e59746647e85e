package dev.prism.actuate;

import dev.prism.info.PrismInfoAutoConfiguration;
import dev.prism.info.PrismStatusReader;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * for Prism's actuator support, each part when its library is present: the {@code prism}
 * endpoint (Spring Boot Actuator), the {@code prism} health indicator (Spring Boot Health)
 * and migration metrics (Micrometer).
 */
@AutoConfiguration(after = PrismInfoAutoConfiguration.class)
@ConditionalOnBean(PrismStatusReader.class)
public final class PrismActuatorAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ Endpoint.class, ConditionalOnAvailableEndpoint.class })
	@ConditionalOnAvailableEndpoint(PrismEndpoint.class)
	static class EndpointConfiguration {

		@Bean
		@ConditionalOnMissingBean
		PrismEndpoint prismEndpoint(PrismStatusReader statusReader) {
			return new PrismEndpoint(statusReader);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
	@ConditionalOnEnabledHealthIndicator("prism")
	static class HealthConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "prismHealthIndicator")
		PrismHealthIndicator prismHealthIndicator(PrismStatusReader statusReader) {
			return new PrismHealthIndicator(statusReader);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class MetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		MigrationMetrics prismMigrationMetrics(ObjectProvider<MeterRegistry> registry) {
			return new MigrationMetrics(registry);
		}

	}

}
