package dev.prism.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.prism.test.TestDatabases;
import dev.prism.test.TestDatabases.Database;

class SqliteDatabaseOperationsTests extends AbstractDatabaseOperationsTests {

	@Override
	Database newDatabase() {
		return TestDatabases.sqlite();
	}

	@Override
	String unreachableUrl() throws IOException {
		Path notADirectory = Files.createFile(this.directory.resolve("not-a-directory.txt"));
		return "jdbc:sqlite:" + notADirectory.resolve("sample.db");
	}

}
