package dev.prism.jdbc;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.util.StringUtils;

/**
 * JDBC settings parsed from a {@code DATABASE_URL}:
 * {@code postgres://user:password@host:5432/database} or {@code postgresql://…} (a driver
 * suffix such as {@code postgresql+asyncpg://} is ignored, credentials are URL-decoded and
 * query parameters are passed to the driver), {@code sqlite:///relative/path.db} or
 * {@code sqlite:////absolute/path.db}.
 *
 * @param jdbcUrl the JDBC URL
 * @param username the user name, or {@code null} when the URL has none
 * @param password the password, or {@code null} when the URL has none
 */
public record DatabaseUrl(String jdbcUrl, String username, String password) {

	/**
	 * The forms that {@link #parse(String)} accepts.
	 */
	public static final String ACCEPTED_FORMS = """
			postgres://user:password@host:5432/database
			postgresql://user:password@host:5432/database?sslmode=require
			postgresql+asyncpg://user:password@host/database (the driver suffix is ignored)
			sqlite:///relative/path.db (three slashes: relative to the working directory)
			sqlite:////absolute/path.db (four slashes: absolute path)""";

	private static final Pattern PASSWORD = Pattern.compile("(://[^/@:]*:).*@");

	private static final Pattern PASSWORD_PARAMETER = Pattern.compile("([?&;]password=)[^&;]*",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern PORT = Pattern.compile("\\d{1,5}");

	/**
	 * Parse a database URL.
	 * @param value the URL
	 * @return the JDBC settings
	 * @throws InvalidDatabaseUrlException when the URL is not in an accepted form
	 */
	public static DatabaseUrl parse(String value) {
		String url = value.trim();
		int separator = url.indexOf("://");
		if (separator <= 0) {
			throw new InvalidDatabaseUrlException(value, "it has no scheme such as postgres:// or sqlite://");
		}
		String scheme = url.substring(0, separator).toLowerCase(Locale.ROOT);
		String driver = (scheme.indexOf('+') >= 0) ? scheme.substring(0, scheme.indexOf('+')) : scheme;
		String rest = url.substring(separator + 3);
		return switch (driver) {
			case "postgres", "postgresql" -> postgres(value, rest);
			case "sqlite" -> sqlite(value, rest);
			default -> throw new InvalidDatabaseUrlException(value,
					"scheme '" + scheme + "' is not supported; Prism supports PostgreSQL and SQLite");
		};
	}

	/**
	 * Return the value with its password, in the user information or a {@code password}
	 * parameter, replaced by {@code ****}, for messages.
	 * @param value a database or JDBC URL, valid or not
	 * @return the value without its password
	 */
	public static String mask(String value) {
		String masked = PASSWORD.matcher(value).replaceFirst("$1****@");
		return PASSWORD_PARAMETER.matcher(masked).replaceAll("$1****");
	}

	private static DatabaseUrl postgres(String value, String rest) {
		int queryStart = rest.indexOf('?');
		String query = (queryStart >= 0) ? rest.substring(queryStart) : "";
		String withoutQuery = (queryStart >= 0) ? rest.substring(0, queryStart) : rest;
		int pathStart = withoutQuery.indexOf('/');
		String authority = (pathStart >= 0) ? withoutQuery.substring(0, pathStart) : withoutQuery;
		String database = (pathStart >= 0) ? withoutQuery.substring(pathStart + 1) : "";
		int at = authority.lastIndexOf('@');
		String userInfo = (at >= 0) ? authority.substring(0, at) : null;
		String hostAndPort = authority.substring(at + 1);
		String host = host(value, hostAndPort);
		String port = hostAndPort.substring(host.length());
		if (!port.isEmpty() && (!port.startsWith(":") || !validPort(port.substring(1)))) {
			throw new InvalidDatabaseUrlException(value, "'" + port.substring(1) + "' is not a port number");
		}
		if (database.isEmpty()) {
			throw new InvalidDatabaseUrlException(value, "it names no database; add '/' and the database name after "
					+ "the host and port, or the driver connects to the user's default database such as 'postgres'");
		}
		if (database.contains("/")) {
			throw new InvalidDatabaseUrlException(value, "the database name '" + database + "' contains '/'");
		}
		String username = null;
		String password = null;
		if (userInfo != null) {
			int colon = userInfo.indexOf(':');
			username = decode(value, (colon >= 0) ? userInfo.substring(0, colon) : userInfo);
			password = (colon >= 0) ? decode(value, userInfo.substring(colon + 1)) : null;
		}
		return new DatabaseUrl("jdbc:postgresql://" + host + port + "/" + database + query, username, password);
	}

	private static String host(String value, String hostAndPort) {
		String host;
		if (hostAndPort.startsWith("[")) {
			int end = hostAndPort.indexOf(']');
			if (end < 0) {
				throw new InvalidDatabaseUrlException(value, "the IPv6 host has no closing ']'");
			}
			host = hostAndPort.substring(0, end + 1);
		}
		else {
			int colon = hostAndPort.indexOf(':');
			host = (colon >= 0) ? hostAndPort.substring(0, colon) : hostAndPort;
		}
		if (host.isEmpty()) {
			throw new InvalidDatabaseUrlException(value, "it has no host name");
		}
		return host;
	}

	private static boolean validPort(String port) {
		return PORT.matcher(port).matches() && Integer.parseInt(port) > 0 && Integer.parseInt(port) <= 65535;
	}

	private static String decode(String value, String part) {
		try {
			return StringUtils.uriDecode(part, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidDatabaseUrlException(value, "the user name or password has an invalid %-escape");
		}
	}

	private static DatabaseUrl sqlite(String value, String rest) {
		if (!rest.startsWith("/")) {
			throw new InvalidDatabaseUrlException(value,
					"a SQLite URL has no host: write sqlite:/// and then the file's path");
		}
		String path = rest.substring(1);
		String file = (path.indexOf('?') >= 0) ? path.substring(0, path.indexOf('?')) : path;
		if (file.isEmpty() || file.equals(":memory:")) {
			throw new InvalidDatabaseUrlException(value,
					"it names no database file (an in-memory SQLite database is not shared between connections)");
		}
		return new DatabaseUrl("jdbc:sqlite:" + path, null, null);
	}

}
