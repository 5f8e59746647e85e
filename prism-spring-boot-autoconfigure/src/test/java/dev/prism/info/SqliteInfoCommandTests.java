package dev.prism.info;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.prism.test.TestDatabases;
import dev.prism.test.TestDatabases.Database;

/**
 * The {@code info} command on SQLite.
 */
class SqliteInfoCommandTests extends AbstractInfoCommandTests {

	@Override
	protected Database createDatabase() {
		return TestDatabases.sqlite();
	}

	@Override
	protected String serverName() {
		return "SQLite";
	}

	@Override
	protected String unreachable() throws IOException {
		Path notADirectory = Files.createTempFile("prism-info", ".txt");
		notADirectory.toFile().deleteOnExit();
		return "spring.datasource.url=jdbc:sqlite:" + notADirectory.resolve("app.db");
	}

}
