package dev.prism.benchmarks.audit;

import java.util.Optional;

import dev.prism.event.SoftDeletedEvent;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.AuditorAware;

/**
 * An auditor for {@code @DeletedBy} and a no-op listener of the soft deletes of
 * {@link AuditedCustomer}s only, so that soft deletes of the other customer entity read no
 * ids and write no auditor.
 */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

	@Bean
	AuditorAware<String> benchmarkAuditor() {
		return () -> Optional.of("benchmark");
	}

	@Bean
	NoOpListener noOpListener() {
		return new NoOpListener();
	}

	/**
	 * Receives the events and does nothing.
	 */
	static class NoOpListener {

		@EventListener
		void on(SoftDeletedEvent<AuditedCustomer> event) {
		}

	}

}
