package dev.prism.jdbc;

import java.net.ServerSocket;

import dev.prism.lifecycle.LifecycleTestApplication;
import dev.prism.test.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

class DatabaseConnectionFailureAnalyzerTests {

	@Test
	void serverDownAtStartupNamesHostAndPortAndWhatToCheck() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		String url = "jdbc:postgresql://127.0.0.1:" + port + "/shop?sslmode=disable";
		FailureAnalysis analysis = analyze(url);
		assertThat(analysis.getDescription()).isEqualTo("Could not connect to PostgreSQL at 127.0.0.1:" + port
				+ " (database 'shop'): Connection to 127.0.0.1:" + port + " refused. Check that the hostname and port "
				+ "are correct and that the postmaster is accepting TCP/IP connections. "
				+ "(java.net.ConnectException: Connection refused)");
		assertThat(analysis.getAction()).isEqualTo("Check that PostgreSQL is running and accepts TCP/IP connections at "
				+ "127.0.0.1:" + port + " (listen_addresses and port in postgresql.conf), that the host name "
				+ "resolves and no firewall blocks the port, and that spring.datasource.url (or DATABASE_URL) names "
				+ "the right host and port.");
	}

	@Test
	void missingDatabaseIsNamed() {
		TestDatabases.Database existing = TestDatabases.postgres();
		String url = existing.url().replaceFirst("/prism_[0-9a-f]+", "/prism_missing");
		FailureAnalysis analysis = analyze(url);
		assertThat(analysis.getDescription()).matches("PostgreSQL at .+:\\d+ has no database 'prism_missing'\\.");
		assertThat(analysis.getAction()).startsWith("Create it (CREATE DATABASE prism_missing)");
	}

	@Test
	void doesNotApplyToSqliteUrls() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:sqlite:app.db");
		java.sql.SQLException refused = new java.sql.SQLException("refused", "08001");
		assertThat(new DatabaseConnectionFailureAnalyzer(environment).analyze(refused)).isNull();
	}

	@Test
	void serverPartOfUrlsDefaultsThePort() {
		assertThat(DatabaseConnectionFailureAnalyzer.Server.parse("//db,replica:5433/app?ssl=true"))
			.isEqualTo(new DatabaseConnectionFailureAnalyzer.Server("db:5432,replica:5433", "app"));
		assertThat(DatabaseConnectionFailureAnalyzer.Server.parse("//[::1]/app"))
			.isEqualTo(new DatabaseConnectionFailureAnalyzer.Server("[::1]:5432", "app"));
		assertThat(DatabaseConnectionFailureAnalyzer.Server.parse("app"))
			.isEqualTo(new DatabaseConnectionFailureAnalyzer.Server("localhost:5432", "app"));
	}

	private static FailureAnalysis analyze(String url) {
		String[] properties = { "spring.datasource.url=" + url, "spring.datasource.username=postgres",
				"spring.liquibase.change-log=classpath:db/lifecycle/changelog.yaml" };
		Throwable failure = assertThatException()
			.isThrownBy(() -> new SpringApplicationBuilder(LifecycleTestApplication.class).web(WebApplicationType.NONE)
				.properties(properties)
				.run()
				.close())
			.actual();
		MockEnvironment environment = new MockEnvironment();
		for (String property : properties) {
			environment.setProperty(property.substring(0, property.indexOf('=')),
					property.substring(property.indexOf('=') + 1));
		}
		FailureAnalysis analysis = new DatabaseConnectionFailureAnalyzer(environment).analyze(failure);
		assertThat(analysis).as("analysis of %s", failure).isNotNull();
		return analysis;
	}

}
