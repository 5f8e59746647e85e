package dev.prism.testapp;

import java.time.Instant;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The application the behaviour tests run against: plain auto-configuration, no
 * {@code @EnableJpaRepositories}, and its own {@link java.time.Clock} bean.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class TestApplication {

	@Bean
	MutableClock clock() {
		return new MutableClock(Instant.parse("2026-01-31T09:15:00.123456789Z"));
	}

}
