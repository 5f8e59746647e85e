package dev.prism.entity;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * for the {@link Clock} that stamps {@code created_at}, {@code updated_at} and
 * {@code deleted_at}; an application's own {@code Clock} bean replaces it.
 */
@AutoConfiguration
public final class PrismEntityAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock prismClock() {
		return Clock.systemUTC();
	}

}
