package dev.prism.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import dev.prism.test.TestDatabases;
import dev.prism.test.TestDatabases.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@ExtendWith(OutputCaptureExtension.class)
class DatabaseUrlEnvironmentPostProcessorTests {

	private final DatabaseUrlEnvironmentPostProcessor postProcessor = new DatabaseUrlEnvironmentPostProcessor(
			Supplier::get);

	@Test
	void setsDataSourcePropertiesFromDatabaseUrl() {
		MockEnvironment environment = new MockEnvironment().withProperty("DATABASE_URL",
				"postgres://app:s%3Acret@db:5432/shop");
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db:5432/shop");
		assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("app");
		assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("s:cret");
	}

	@Test
	void backsOffWhenDataSourceUrlIsSet() {
		MockEnvironment environment = new MockEnvironment().withProperty("DATABASE_URL", "not a url")
			.withProperty("spring.datasource.url", "jdbc:sqlite:app.db");
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:sqlite:app.db");
		assertThat(environment.getPropertySources()
			.contains(DatabaseUrlEnvironmentPostProcessor.PROPERTY_SOURCE_NAME)).isFalse();
	}

	@Test
	void explicitUsernameWinsOverDatabaseUrl() {
		MockEnvironment environment = new MockEnvironment().withProperty("DATABASE_URL", "postgres://app:pw@db/shop")
			.withProperty("spring.datasource.username", "admin");
		this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("admin");
		assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("pw");
	}

	@Test
	void connectsToSqliteFromDatabaseUrl(@TempDir Path directory) {
		Path file = directory.resolve("data.db");
		try (ConfigurableApplicationContext context = run("--DATABASE_URL=sqlite:///" + file)) {
			assertThat(new JdbcTemplate(context.getBean(javax.sql.DataSource.class)).queryForObject("SELECT 1",
					Integer.class))
				.isOne();
		}
		assertThat(Files.exists(file)).isTrue();
	}

	@Test
	void logsTheDatabaseInUseAndWhereItWasSet(@TempDir Path directory, CapturedOutput output) {
		Path file = directory.resolve("data.db");
		run("--DATABASE_URL=sqlite:///" + file).close();
		assertThat(output).contains("Database jdbc:sqlite:" + file
				+ " from DATABASE_URL (property source 'commandLineArgs')");
	}

	@Test
	void logsThatDataSourceUrlWinsOverDatabaseUrlWithoutPasswords(@TempDir Path directory, CapturedOutput output) {
		Path file = directory.resolve("data.db");
		run("--DATABASE_URL=postgres://app:hunter2@db/shop",
				"--spring.datasource.url=jdbc:sqlite:" + file + "?password=swordfish")
			.close();
		assertThat(output).contains("Database jdbc:sqlite:" + file + "?password=**** from spring.datasource.url "
				+ "(property source 'commandLineArgs'); DATABASE_URL "
				+ "(property source 'commandLineArgs') is set too but "
				+ "spring.datasource.url wins");
		assertThat(output).doesNotContain("hunter2").doesNotContain("swordfish");
	}

	@Test
	void connectsToPostgresFromDatabaseUrl() {
		Database database = TestDatabases.postgres();
		String url = database.url().replace("jdbc:postgresql://", "postgresql://" + database.username() + ":"
				+ database.password() + "@");
		try (ConfigurableApplicationContext context = run("--DATABASE_URL=" + url)) {
			assertThat(new JdbcTemplate(context.getBean(javax.sql.DataSource.class))
				.queryForObject("SELECT current_user", String.class)).isEqualTo(database.username());
		}
	}

	@Test
	void invalidDatabaseUrlFailsStartupWithMaskedValueAndAcceptedForms(CapturedOutput output) {
		assertThatExceptionOfType(InvalidDatabaseUrlException.class)
			.isThrownBy(() -> run("--DATABASE_URL=postgres://app:hunter2@db:port/shop"));
		assertThat(output).contains("""
				Description:

				The DATABASE_URL environment variable is not a valid database URL: 'port' is not a port number.

				    postgres://app:****@db:port/shop

				Action:

				Set DATABASE_URL in one of these forms, percent-encoding special characters in the user name and \
				password, or set spring.datasource.url instead:

				    postgres://user:password@host:5432/database
				    postgresql://user:password@host:5432/database?sslmode=require
				    postgresql+asyncpg://user:password@host/database (the driver suffix is ignored)
				    sqlite:///relative/path.db (three slashes: relative to the working directory)
				    sqlite:////absolute/path.db (four slashes: absolute path)
				""".replace("\n", System.lineSeparator()));
		assertThat(output).doesNotContain("hunter2");
	}

	@Test
	void databaseUrlWithoutDatabaseNameFailsStartupSayingWhatToAdd(CapturedOutput output) {
		assertThatExceptionOfType(InvalidDatabaseUrlException.class)
			.isThrownBy(() -> run("--DATABASE_URL=postgresql://postgres@127.0.0.1:5432"));
		assertThat(output).contains("""
				Description:

				The DATABASE_URL environment variable is not a valid database URL: it names no database; add '/' and \
				the database name after the host and port, or the driver connects to the user's default database \
				such as 'postgres'.

				    postgresql://postgres@127.0.0.1:5432

				Action:

				Set DATABASE_URL in one of these forms""".replace("\n", System.lineSeparator()));
	}

	private static ConfigurableApplicationContext run(String... args) {
		return new SpringApplicationBuilder(DataSourceOnly.class).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run(args);
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(DataSourceAutoConfiguration.class)
	static class DataSourceOnly {

	}

}
