package dev.prism.jdbc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DatabaseUrlTests {

	@Test
	void parsesPostgresUrl() {
		assertThat(DatabaseUrl.parse("postgres://app:secret@db.example.com:5432/shop"))
			.isEqualTo(new DatabaseUrl("jdbc:postgresql://db.example.com:5432/shop", "app", "secret"));
	}

	@Test
	void parsesPostgresqlUrlWithoutPortOrCredentials() {
		assertThat(DatabaseUrl.parse("postgresql://localhost/shop"))
			.isEqualTo(new DatabaseUrl("jdbc:postgresql://localhost/shop", null, null));
	}

	@Test
	void ignoresPythonDriverSuffix() {
		assertThat(DatabaseUrl.parse("postgresql+asyncpg://user:pass@localhost:5432/myapp"))
			.isEqualTo(new DatabaseUrl("jdbc:postgresql://localhost:5432/myapp", "user", "pass"));
		assertThat(DatabaseUrl.parse("sqlite+aiosqlite:///./data.db").jdbcUrl()).isEqualTo("jdbc:sqlite:./data.db");
	}

	@Test
	void decodesCredentials() {
		DatabaseUrl url = DatabaseUrl.parse("postgres://app%40corp:p%40ss%3Aw%2Frd+x@localhost/shop");
		assertThat(url.username()).isEqualTo("app@corp");
		assertThat(url.password()).isEqualTo("p@ss:w/rd+x");
	}

	@Test
	void keepsUserWithoutPassword() {
		DatabaseUrl url = DatabaseUrl.parse("postgres://app@localhost/shop");
		assertThat(url.username()).isEqualTo("app");
		assertThat(url.password()).isNull();
	}

	@Test
	void passesQueryParametersThrough() {
		assertThat(DatabaseUrl.parse("postgres://u:p@host:6543/shop?sslmode=require&connectTimeout=5").jdbcUrl())
			.isEqualTo("jdbc:postgresql://host:6543/shop?sslmode=require&connectTimeout=5");
	}

	@Test
	void parsesIpv6Host() {
		assertThat(DatabaseUrl.parse("postgres://u:p@[::1]:5432/shop").jdbcUrl())
			.isEqualTo("jdbc:postgresql://[::1]:5432/shop");
	}

	@Test
	void parsesRelativeSqlitePath() {
		assertThat(DatabaseUrl.parse("sqlite:///./data.db"))
			.isEqualTo(new DatabaseUrl("jdbc:sqlite:./data.db", null, null));
		assertThat(DatabaseUrl.parse("sqlite:///data/app.db").jdbcUrl()).isEqualTo("jdbc:sqlite:data/app.db");
	}

	@Test
	void parsesAbsoluteSqlitePath() {
		assertThat(DatabaseUrl.parse("sqlite:////var/lib/app/data.db").jdbcUrl())
			.isEqualTo("jdbc:sqlite:/var/lib/app/data.db");
	}

	@Test
	void rejectsUnsupportedScheme() {
		assertThatExceptionOfType(InvalidDatabaseUrlException.class)
			.isThrownBy(() -> DatabaseUrl.parse("mysql://root:hunter2@localhost/shop"))
			.withMessage("DATABASE_URL 'mysql://root:****@localhost/shop' is invalid: scheme 'mysql' is not "
					+ "supported; Prism supports PostgreSQL and SQLite");
	}

	@Test
	void rejectsValueWithoutScheme() {
		assertThatExceptionOfType(InvalidDatabaseUrlException.class)
			.isThrownBy(() -> DatabaseUrl.parse("localhost:5432/shop"))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo("it has no scheme such as postgres:// or sqlite://"));
	}

	@Test
	void rejectsBadPort() {
		assertThatExceptionOfType(InvalidDatabaseUrlException.class)
			.isThrownBy(() -> DatabaseUrl.parse("postgres://u:secret@localhost:54x2/shop"))
			.satisfies((ex) -> {
				assertThat(ex.getReason()).isEqualTo("'54x2' is not a port number");
				assertThat(ex.getMaskedValue()).isEqualTo("postgres://u:****@localhost:54x2/shop");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "postgresql://postgres@127.0.0.1:5432", "postgresql://postgres@127.0.0.1:5432/",
			"postgres://u:p@db/?sslmode=require" })
	void rejectsPostgresUrlWithoutDatabaseName(String value) {
		assertThatExceptionOfType(InvalidDatabaseUrlException.class).isThrownBy(() -> DatabaseUrl.parse(value))
			.satisfies((ex) -> assertThat(ex.getReason()).startsWith("it names no database;"));
	}

	@Test
	void rejectsMissingHost() {
		assertThatExceptionOfType(InvalidDatabaseUrlException.class)
			.isThrownBy(() -> DatabaseUrl.parse("postgres:///shop"))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo("it has no host name"));
	}

	@Test
	void rejectsSqliteUrlWithHost() {
		assertThatExceptionOfType(InvalidDatabaseUrlException.class)
			.isThrownBy(() -> DatabaseUrl.parse("sqlite://data.db"))
			.satisfies((ex) -> assertThat(ex.getReason())
				.isEqualTo("a SQLite URL has no host: write sqlite:/// and then the file's path"));
	}

	@Test
	void rejectsInMemorySqlite() {
		assertThatExceptionOfType(InvalidDatabaseUrlException.class)
			.isThrownBy(() -> DatabaseUrl.parse("sqlite:///:memory:"))
			.satisfies((ex) -> assertThat(ex.getReason()).startsWith("it names no database file"));
	}

	@Test
	void rejectsInvalidEscapeWithoutShowingPassword() {
		assertThatExceptionOfType(InvalidDatabaseUrlException.class)
			.isThrownBy(() -> DatabaseUrl.parse("postgres://u:pa%zzss@localhost/shop"))
			.withMessageNotContaining("pa%zzss")
			.withMessageContaining("postgres://u:****@localhost/shop");
	}

	@Test
	void masksPasswordContainingAtSign() {
		assertThat(DatabaseUrl.mask("postgres://u:p@ss@localhost/shop")).isEqualTo("postgres://u:****@localhost/shop");
	}

}
