package dev.prism.repository;

import dev.prism.test.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class SqliteRepositoryReliabilityTests extends AbstractRepositoryReliabilityTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registerDatabase(registry, TestDatabases.sqlite());
	}

	@Override
	String timestampType() {
		return "text";
	}

}
