package dev.prism.lifecycle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Tests for {@link DestructiveOperationGuard}.
 */
class DestructiveOperationGuardTests {

	private final MockEnvironment environment = new MockEnvironment();

	private final PrismDatabaseProperties properties = new PrismDatabaseProperties();

	private final DestructiveOperationGuard guard = new DestructiveOperationGuard(this.environment, this.properties);

	@ParameterizedTest
	@ValueSource(strings = { "jdbc:postgresql://localhost/app", "jdbc:postgresql://localhost:5432/app",
			"jdbc:postgresql://127.0.0.1:5432/app?sslmode=disable", "jdbc:postgresql://[::1]:5432/app",
			"jdbc:postgresql://LOCALHOST/app", "jdbc:postgresql:app", "jdbc:postgresql:///app",
			"jdbc:postgresql://localhost:5432,127.0.0.1:5433/app", "jdbc:sqlite:./data.db",
			"jdbc:sqlite:/tmp/prism/test.db", "jdbc:sqlite:file:data.db?cache=shared", "jdbc:sqlite::memory:",
			"jdbc:sqlite:", "jdbc:sqlite:file::memory:?cache=shared", "jdbc:sqlite:file:data?mode=memory&cache=shared" })
	void treatsLocalDatabasesAsLocal(String url) {
		assertThat(DestructiveOperationGuard.isLocal(url)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "jdbc:postgresql://db.example.com/app", "jdbc:postgresql://10.0.0.5:5432/app",
			"jdbc:postgresql://localhost.evil.com/app", "jdbc:postgresql://localhost:5432,db.example.com:5432/app",
			"jdbc:postgresql://[2001:db8::1]:5432/app", "jdbc:sqlite::resource:app.db",
			"jdbc:mysql://localhost/app", "" })
	void treatsOtherDatabasesAsNotLocal(String url) {
		assertThat(DestructiveOperationGuard.isLocal(url)).isFalse();
	}

	@Test
	void treatsAMissingUrlAsNotLocal() {
		assertThat(DestructiveOperationGuard.isLocal(null)).isFalse();
	}

	@Test
	void allowsResetOfALocalDatabase() {
		assertThatNoException().isThrownBy(() -> this.guard.check("reset", "jdbc:postgresql://localhost/app"));
	}

	@Test
	void refusesResetOfARemoteDatabase() {
		assertThatExceptionOfType(ResetRefusedException.class)
			.isThrownBy(() -> this.guard.check("reset", "jdbc:postgresql://db.example.com/app"))
			.satisfies((ex) -> assertThat(ex.getReason()).startsWith("the database is not local"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "prod", "production", "PROD" })
	void refusesResetUnderAProductionProfile(String profile) {
		this.environment.setActiveProfiles("dev", profile);
		assertThatExceptionOfType(ResetRefusedException.class)
			.isThrownBy(() -> this.guard.check("rollback", "jdbc:sqlite:data.db"))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo("the '" + profile + "' profile is active"));
	}

	@Test
	void allowsEverythingWhenDestructiveOperationsAreAllowed() {
		this.properties.setAllowDestructive(true);
		this.environment.setActiveProfiles("prod");
		assertThatNoException().isThrownBy(() -> this.guard.check("reset", "jdbc:postgresql://db.example.com/app"));
	}

	@Test
	void masksPasswordsInTheRefusal() {
		assertThatExceptionOfType(ResetRefusedException.class)
			.isThrownBy(() -> this.guard.check("reset", "jdbc:postgresql://db.example.com/app?user=a&password=secret"))
			.satisfies((ex) -> assertThat(ex.getUrl()).isEqualTo("jdbc:postgresql://db.example.com/app?user=a&password=****"))
			.withMessageNotContaining("secret");
	}

}
