package dev.prism.benchmarks.plain;

import dev.prism.entity.PrismEntityAutoConfiguration;
import dev.prism.repository.PrismRepositoryAutoConfiguration;
import dev.prism.sqlite.PrismSqliteAutoConfiguration;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The startup benchmark's baseline: the same application as
 * {@link dev.prism.benchmarks.prism.PrismStartupApplication} with plain Spring Boot, Spring
 * Data JPA and Liquibase, Prism's auto-configurations switched off.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = { PrismEntityAutoConfiguration.class, PrismRepositoryAutoConfiguration.class,
		PrismSqliteAutoConfiguration.class })
public class PlainStartupApplication {

}
