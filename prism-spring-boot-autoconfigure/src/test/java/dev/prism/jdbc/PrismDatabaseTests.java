package dev.prism.jdbc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.jdbc.DatabaseDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PrismDatabase}.
 */
class PrismDatabaseTests {

	@ParameterizedTest
	@CsvSource({ "jdbc:postgresql://localhost/app, POSTGRESQL", "jdbc:postgresql:app, POSTGRESQL",
			"jdbc:sqlite:./data.db, SQLITE", "jdbc:sqlite::memory:, SQLITE", "jdbc:h2:mem:test, OTHER",
			"jdbc:mysql://localhost/app, OTHER", "not a url, OTHER" })
	void identifiesTheDatabaseOfAJdbcUrlThroughSpringBootsDatabaseDriver(String url, PrismDatabase database) {
		assertThat(PrismDatabase.fromJdbcUrl(url)).isEqualTo(database);
	}

	@Test
	void isKeyedBySpringBootsDatabaseDriver() {
		assertThat(PrismDatabase.POSTGRESQL.getDriver()).isEqualTo(DatabaseDriver.POSTGRESQL);
		assertThat(PrismDatabase.SQLITE.getDriver()).isEqualTo(DatabaseDriver.SQLITE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "jdbc:postgresql://localhost/app", "jdbc:postgresql://localhost:5432/app",
			"jdbc:postgresql://127.0.0.1:5432/app?sslmode=disable", "jdbc:postgresql://[::1]:5432/app",
			"jdbc:postgresql://LOCALHOST/app", "jdbc:postgresql:app", "jdbc:postgresql:///app",
			"jdbc:postgresql://localhost:5432,127.0.0.1:5433/app", "jdbc:sqlite:./data.db",
			"jdbc:sqlite:/tmp/prism/test.db", "jdbc:sqlite:file:data.db?cache=shared", "jdbc:sqlite::memory:",
			"jdbc:sqlite:", "jdbc:sqlite:file::memory:?cache=shared",
			"jdbc:sqlite:file:data?mode=memory&cache=shared" })
	void treatsLocalDatabasesAsLocal(String url) {
		assertThat(PrismDatabase.fromJdbcUrl(url).isLocal(url)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "jdbc:postgresql://db.example.com/app", "jdbc:postgresql://10.0.0.5:5432/app",
			"jdbc:postgresql://localhost.evil.com/app", "jdbc:postgresql://localhost:5432,db.example.com:5432/app",
			"jdbc:postgresql://[2001:db8::1]:5432/app", "jdbc:sqlite::resource:app.db",
			"jdbc:mysql://localhost/app", "" })
	void treatsOtherDatabasesAsNotLocal(String url) {
		assertThat(PrismDatabase.fromJdbcUrl(url).isLocal(url)).isFalse();
	}

	@Test
	void treatsAMissingUrlAsNotLocal() {
		assertThat(PrismDatabase.fromJdbcUrl(null).isLocal(null)).isFalse();
	}

}
