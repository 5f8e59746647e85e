package dev.prism.liquibase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import dev.prism.test.TestDatabases;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * {@code createLiveUniqueIndex} and {@code createLiveIndex} from a YAML changelog, run
 * against each database by a subclass.
 */
abstract class AbstractLiveIndexChangeTests {

	abstract TestDatabases.Database database();

	abstract List<String> indexes(JdbcTemplate jdbc);

	@Test
	void liveIndexesHoldForLiveRowsOnlyAndRollBack() throws Exception {
		TestDatabases.Database database = database();
		JdbcTemplate jdbc = new JdbcTemplate(
				new DriverManagerDataSource(database.url(), database.username(), database.password()));
		try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
				database.password())) {
			Liquibase liquibase = liquibase(connection);
			liquibase.update("");
			assertThat(indexes(jdbc)).contains("accounts_email_live", "accounts_region_email_live");
			jdbc.update("insert into accounts (email, deleted_at) values ('a@example.com', '2026-01-01 00:00:00')");
			jdbc.update("insert into accounts (email) values ('a@example.com')");
			assertThatException().isThrownBy(() -> jdbc.update("insert into accounts (email) values ('a@example.com')"))
				.withMessageContaining("accounts");
			liquibase.rollback(1, "");
			assertThat(indexes(jdbc)).doesNotContain("accounts_email_live", "accounts_region_email_live");
			jdbc.update("insert into accounts (email) values ('a@example.com')");
			assertThat(jdbc.queryForObject("select count(*) from accounts where deleted_at is null", Long.class))
				.isEqualTo(2);
		}
	}

	private static Liquibase liquibase(Connection connection) throws SQLException, Exception {
		Database database = DatabaseFactory.getInstance()
			.findCorrectDatabaseImplementation(new JdbcConnection(connection));
		return new Liquibase("db/liveindex/changelog.yaml", new ClassLoaderResourceAccessor(), database);
	}

}
