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

	@Test
	void allowsResetOfALocalDatabase() {
		assertThatNoException().isThrownBy(() -> this.guard.check("reset", "jdbc:postgresql://localhost/app"));
	}

	@Test
	void refusesResetOfARemoteDatabase() {
		assertThatExceptionOfType(DestructiveOperationRefusedException.class)
			.isThrownBy(() -> this.guard.check("reset", "jdbc:postgresql://db.example.com/app"))
			.satisfies((ex) -> assertThat(ex.getReason()).startsWith("the database is not local"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "prod", "production", "PROD" })
	void refusesResetUnderAProductionProfile(String profile) {
		this.environment.setActiveProfiles("dev", profile);
		assertThatExceptionOfType(DestructiveOperationRefusedException.class)
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
	void refusalMessageNamesTheSettingThatAllowsIt() {
		this.environment.setActiveProfiles("prod");
		assertThatExceptionOfType(DestructiveOperationRefusedException.class)
			.isThrownBy(() -> this.guard.check("rollback", "jdbc:sqlite:data.db"))
			.withMessage("Refused to rollback jdbc:sqlite:data.db because the 'prod' profile is active; "
					+ "set prism.db.allow-destructive=true, for this run only, to allow it");
	}

	@Test
	void masksPasswordsInTheRefusal() {
		assertThatExceptionOfType(DestructiveOperationRefusedException.class)
			.isThrownBy(() -> this.guard.check("reset", "jdbc:postgresql://db.example.com/app?user=a&password=secret"))
			.satisfies((ex) -> assertThat(ex.getUrl()).isEqualTo("jdbc:postgresql://db.example.com/app?user=a&password=****"))
			.withMessageNotContaining("secret");
	}

}
