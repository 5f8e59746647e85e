package dev.prism.repository;

import dev.prism.test.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class PostgresRepositoryReliabilityTests extends AbstractRepositoryReliabilityTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registerDatabase(registry, TestDatabases.postgres());
	}

	@Override
	String timestampType() {
		return "timestamptz";
	}

}
