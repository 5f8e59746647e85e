package dev.prism.stamp;

import java.nio.file.Path;

import dev.prism.backup.PrismBackupAutoConfiguration;
import dev.prism.test.FailureAnalyses;
import dev.prism.test.PrismApps;
import dev.prism.test.PrismApps.Result;
import dev.prism.test.TestDatabases.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The environment stamp, run against each database by a subclass.
 */
abstract class AbstractEnvironmentStampTests {

	private static final String STAMPED_PROD = "because the database was first migrated under the 'prod' profile "
			+ "(recorded in prism_environment). Nothing was dropped or rolled back.";

	PrismApps apps;

	protected abstract Database createDatabase();

	@BeforeEach
	void createApps() {
		this.apps = new PrismApps(createDatabase(), StampConfiguration.class);
	}

	@AfterEach
	void closeApps() {
		this.apps.close();
	}

	@Test
	void firstMigrationStampsTheDatabaseWithTheActiveProfiles() throws Exception {
		this.apps.start("spring.profiles.active=staging,eu").close();
		this.apps.start("spring.profiles.active=dev").close();
		assertThat(this.apps.query("SELECT profiles FROM prism_environment")).containsExactly("staging,eu");
	}

	@Test
	void databaseMigratedWithoutProfilesIsStampedDefault() throws Exception {
		this.apps.start().close();
		assertThat(this.apps.query("SELECT profiles FROM prism_environment")).containsExactly("default");
	}

	@Test
	void statusLeavesAFreshDatabaseUnstampedAndResetStampsIt() throws Exception {
		assertThat(this.apps.command("status").status()).isZero();
		assertThat(this.apps.tables()).doesNotContain("prism_environment");
		assertThat(this.apps.command("reset").status()).isZero();
		assertThat(this.apps.query("SELECT profiles FROM prism_environment")).containsExactly("default");
	}

	@Test
	void resetIsRefusedOnADatabaseStampedProdWithoutAProdProfileActive() throws Exception {
		this.apps.start("spring.profiles.active=prod").close();
		this.apps.execute("INSERT INTO authors (name) VALUES ('Grace')");
		Result reset = this.apps.command("reset", "spring.profiles.active=dev");
		assertThat(reset.status()).isEqualTo(1);
		FailureAnalysis analysis = FailureAnalyses.analyze(reset.failure());
		assertThat(analysis.getDescription()).startsWith("Refused to reset jdbc:").endsWith(STAMPED_PROD);
		assertThat(analysis.getAction()).contains("not first migrated under one", "prism.db.allow-destructive=true");
		assertThat(this.apps.query("SELECT COUNT(*) FROM authors")).containsExactly("2");
	}

	@Test
	void resetAtStartupIsRefusedOnADatabaseStampedProd() throws Exception {
		this.apps.start("spring.profiles.active=prod").close();
		Throwable failure = catchThrowable(() -> this.apps.start("prism.db.reset=true"));
		assertThat(FailureAnalyses.analyze(failure).getDescription()).endsWith(STAMPED_PROD);
		assertThat(this.apps.query("SELECT COUNT(*) FROM authors")).containsExactly("1");
	}

	@Test
	void rollbackIsRefusedOnADatabaseStampedProduction() throws Exception {
		this.apps.start("spring.profiles.active=Production").close();
		Result rollback = this.apps.command("rollback", "prism.db.rollback-count=1");
		assertThat(rollback.status()).isEqualTo(1);
		assertThat(FailureAnalyses.analyze(rollback.failure()).getDescription()).startsWith("Refused to rollback ")
			.contains("first migrated under the 'Production' profile");
		assertThat(this.apps.query("SELECT COUNT(*) FROM databasechangelog")).containsExactly("3");
	}

	@Test
	void restoreIsRefusedOnADatabaseStampedProd(@TempDir Path directory) throws Exception {
		this.apps.start("spring.profiles.active=prod").close();
		Path file = directory.resolve("app.backup");
		assertThat(this.apps.command("backup", "prism.db.file=" + file).status()).isZero();
		this.apps.execute("INSERT INTO authors (name) VALUES ('Grace')");
		Result restore = this.apps.command("restore", "prism.db.file=" + file);
		assertThat(restore.status()).isEqualTo(1);
		assertThat(FailureAnalyses.analyze(restore.failure()).getDescription()).startsWith("Refused to restore ")
			.endsWith(STAMPED_PROD);
		assertThat(this.apps.query("SELECT COUNT(*) FROM authors")).containsExactly("2");
	}

	@Test
	void allowDestructiveResetsAStampedDatabaseWhichIsThenStampedAgain() throws Exception {
		this.apps.start("spring.profiles.active=prod").close();
		Result reset = this.apps.command("reset", "prism.db.allow-destructive=true", "spring.profiles.active=dev");
		assertThat(reset.status()).isZero();
		assertThat(this.apps.query("SELECT profiles FROM prism_environment")).containsExactly("dev");
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ PrismEnvironmentStampAutoConfiguration.class, PrismBackupAutoConfiguration.class })
	static class StampConfiguration {

	}

}
