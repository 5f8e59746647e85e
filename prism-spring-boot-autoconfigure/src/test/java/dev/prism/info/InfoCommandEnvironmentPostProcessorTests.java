package dev.prism.info;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link InfoCommandEnvironmentPostProcessor}.
 */
class InfoCommandEnvironmentPostProcessorTests {

	private static final String METADATA_ACCESS = "spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access";

	private static final String PRODUCT = "spring.jpa.properties.jakarta.persistence.database-product-name";

	private final InfoCommandEnvironmentPostProcessor postProcessor = new InfoCommandEnvironmentPostProcessor();

	@Test
	void infoOnPostgresqlNamesTheDatabaseInsteadOfAskingIt() {
		MockEnvironment environment = process("info", "jdbc:postgresql://db:5432/app");
		assertThat(environment.getProperty(METADATA_ACCESS)).isEqualTo("false");
		assertThat(environment.getProperty(PRODUCT)).isEqualTo("PostgreSQL");
	}

	@Test
	void infoOnSqliteLeavesTheDialectToPrism() {
		MockEnvironment environment = process("info", "jdbc:sqlite:./app.db");
		assertThat(environment.getProperty(METADATA_ACCESS)).isEqualTo("false");
		assertThat(environment.getProperty(PRODUCT)).isNull();
	}

	@Test
	void applicationSettingsWin() {
		MockEnvironment environment = new MockEnvironment().withProperty("prism.db.command", "info")
			.withProperty("spring.datasource.url", "jdbc:postgresql://db/app")
			.withProperty(METADATA_ACCESS, "true");
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty(METADATA_ACCESS)).isEqualTo("true");
	}

	@Test
	void otherCommandsAndOtherDatabasesAreLeftAlone() {
		assertThat(process("status", "jdbc:postgresql://db/app").getPropertySources()
			.contains(InfoCommandEnvironmentPostProcessor.PROPERTY_SOURCE)).isFalse();
		assertThat(process("info", "jdbc:mysql://db/app").getPropertySources()
			.contains(InfoCommandEnvironmentPostProcessor.PROPERTY_SOURCE)).isFalse();
	}

	private MockEnvironment process(String command, String url) {
		MockEnvironment environment = new MockEnvironment().withProperty("prism.db.command", command)
			.withProperty("spring.datasource.url", url);
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		return environment;
	}

}
