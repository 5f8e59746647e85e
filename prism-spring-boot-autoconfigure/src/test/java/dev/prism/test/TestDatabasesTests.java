package dev.prism.test;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class TestDatabasesTests {

	private static final String NOWHERE = "jdbc:postgresql://127.0.0.1:1/postgres";

	@Test
	void explicitUrlWins() {
		TestDatabases.Server server = TestDatabases.locateServer(Map.of("PRISM_TEST_POSTGRES_URL",
				"jdbc:postgresql://db:5432/app", "PRISM_TEST_POSTGRES_USER", "app"), NOWHERE);
		assertThat(server.url()).isEqualTo("jdbc:postgresql://db:5432/app");
		assertThat(server.username()).isEqualTo("app");
	}

	@Test
	void missingPostgresFailsOnCi() {
		assertThatIllegalStateException().isThrownBy(() -> TestDatabases.locateServer(Map.of("CI", "true"), NOWHERE))
			.withMessageContaining("CI=true");
	}

	@Test
	void missingPostgresSkipsLoudlyOutsideCi() {
		assertThatExceptionOfType(TestAbortedException.class)
			.isThrownBy(() -> TestDatabases.locateServer(Map.of(), NOWHERE))
			.withMessageContaining("No PostgreSQL for tests");
	}

	@Test
	void eachCallCreatesAFreshDatabase() {
		assertThat(TestDatabases.postgres().url()).isNotEqualTo(TestDatabases.postgres().url());
	}

}
