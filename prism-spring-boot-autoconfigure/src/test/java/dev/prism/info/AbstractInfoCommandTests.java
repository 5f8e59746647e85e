package dev.prism.info;

import java.sql.Connection;

import javax.sql.DataSource;

import dev.prism.lifecycle.MigrationLockHolder;
import dev.prism.seed.PrismSeedAutoConfiguration;
import dev.prism.seed.PrismSeeder;
import dev.prism.stamp.PrismEnvironmentStampAutoConfiguration;
import dev.prism.test.FailureAnalyses;
import dev.prism.test.PrismApps;
import dev.prism.test.PrismApps.Result;
import dev.prism.test.TestDatabases.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.lockservice.StandardLockService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code info} command, run against each database by a subclass.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class AbstractInfoCommandTests {

	PrismApps apps;

	protected abstract Database createDatabase();

	protected abstract String serverName();

	@BeforeEach
	void createApps() {
		this.apps = new PrismApps(createDatabase(), InfoConfiguration.class);
	}

	@AfterEach
	void closeApps() {
		this.apps.close();
	}

	@Test
	void infoOfAFreshDatabaseListsEverythingAsPendingAndChangesNothing(CapturedOutput output) throws Exception {
		Result info = this.apps.command("info");
		assertThat(info.status()).as(String.valueOf(info.failure())).isZero();
		assertThat(output.getOut()).contains("Database:        " + this.apps.database().url(),
				"Server:          " + serverName() + " ", "Driver:          ",
				"Environment:     not stamped",
				"Changesets:      0 applied, 3 pending", "  pending: db/lifecycle/changelog.yaml::1-authors::prism",
				"Seeders:         0 recorded, 1 pending", "  pending: authors (version 1, first run)",
				"Migration lock:  free");
		assertThat(output.getOut()).containsPattern("Pool:            HikariPool-\\d+: maximum-pool-size \\d+");
		assertThat(this.apps.tables()).isEmpty();
	}

	@Test
	void infoAfterMigratingAndSeedingShowsThemApplied(CapturedOutput output) {
		this.apps.start("prism.db.seed=true", "spring.profiles.active=qa").close();
		assertThat(this.apps.command("info").status()).isZero();
		assertThat(output.getOut()).contains("Environment:     first migrated under profile(s) qa",
				"Changesets:      3 applied, 0 pending", "Seeders:         1 recorded, 0 pending");
	}

	@Test
	void infoNamesTheHolderOfTheMigrationLock(CapturedOutput output) throws Exception {
		this.apps.start().close();
		try (MigrationLockHolder holder = MigrationLockHolder.hold(this.apps.database())) {
			assertThat(this.apps.command("info").status()).isZero();
		}
		assertThat(output.getOut()).containsPattern("Migration lock:  held by .+ since ");
	}

	@Test
	void infoAndTheStatusReaderShowALockTableRowThatAnotherLiquibaseLeftBehind(CapturedOutput output)
			throws Exception {
		this.apps.start().close();
		try (Connection connection = this.apps.connect()) {
			// Liquibase's own lock table, as an application's own SpringLiquibase uses it,
			// taken and never released, as by a process killed while migrating
			StandardLockService lockTable = new StandardLockService();
			lockTable.setDatabase(DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new JdbcConnection(connection)));
			assertThat(lockTable.acquireLock()).isTrue();
		}
		assertThat(this.apps.command("info").status()).isZero();
		assertThat(output.getOut())
			.containsPattern("Migration lock:  held by .+ \\(.+\\), in \\S*(?i:databasechangeloglock) since 20\\d\\d-");
		ConfigurableApplicationContext context = this.apps.start();
		assertThat(context.getBean(PrismStatusReader.class).read().locks()).singleElement().satisfies((lock) -> {
			assertThat(lock.holder()).containsIgnoringCase("databasechangeloglock");
			assertThat(lock.since()).isNotNull();
		});
		context.close();
		assertThat(this.apps.command("release-locks").status()).isZero();
		assertThat(output.getOut()).containsPattern("Released the migration lock held by .+(?i:databasechangeloglock)");
		int before = output.getOut().length();
		assertThat(this.apps.command("info").status()).isZero();
		assertThat(output.getOut().substring(before)).contains("Migration lock:  free");
	}

	@Test
	void infoOfAnUnreachableDatabaseFailsWithTheConnectionErrorInOneLine() throws Exception {
		Result info = this.apps.command("info", unreachable());
		assertThat(info.status()).isEqualTo(1);
		FailureAnalysis analysis = FailureAnalyses.analyze(info.failure());
		assertThat(analysis.getDescription()).startsWith("Database command 'info' failed: cannot connect to ")
			.doesNotContain("\n");
		assertThat(analysis.getAction()).contains("spring.datasource.url");
	}

	/**
	 * Return a property that points the application at a database it cannot reach.
	 * @return the property
	 */
	protected abstract String unreachable() throws Exception;

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DataSourceTransactionManagerAutoConfiguration.class, PrismSeedAutoConfiguration.class,
			PrismEnvironmentStampAutoConfiguration.class, PrismInfoAutoConfiguration.class })
	static class InfoConfiguration {

		@Bean
		PrismSeeder authorSeeder(DataSource dataSource) {
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			return new PrismSeeder() {

				@Override
				public String name() {
					return "authors";
				}

				@Override
				public void seed() {
					jdbc.update("INSERT INTO authors (name) VALUES ('Seeded')");
				}

			};
		}

	}

}
