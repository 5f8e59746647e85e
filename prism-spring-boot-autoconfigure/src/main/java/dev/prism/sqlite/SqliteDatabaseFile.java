package dev.prism.sqlite;

import java.nio.file.Path;

/**
 * The file behind a SQLite JDBC URL.
 */
public final class SqliteDatabaseFile {

	private static final String URL_PREFIX = "jdbc:sqlite:";

	private SqliteDatabaseFile() {
	}

	/**
	 * Return the database file that a {@code jdbc:sqlite:} URL names, as an absolute path
	 * resolved like SQLite resolves it (a relative path against the working directory).
	 * @param url the JDBC URL
	 * @return the file, or {@code null} for an in-memory database, a class path resource or
	 * a URL that is not a SQLite one
	 */
	public static Path of(String url) {
		if (url == null || !url.startsWith(URL_PREFIX)) {
			return null;
		}
		String location = url.substring(URL_PREFIX.length());
		String path = location.startsWith("file:") ? location.substring("file:".length()) : location;
		int query = path.indexOf('?');
		String parameters = (query >= 0) ? path.substring(query) : "";
		path = (query >= 0) ? path.substring(0, query) : path;
		if (path.isBlank() || path.startsWith(":memory:") || parameters.contains("mode=memory")
				|| path.startsWith(":resource:")) {
			return null;
		}
		return Path.of(path).toAbsolutePath().normalize();
	}

}
