package dev.prism.seed.testapp;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The application the seeding tests run against: customers and orders, migrated by
 * {@code db/seed/changelog.yaml}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class SeedTestApplication {

}
