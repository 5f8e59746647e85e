package dev.prism.lifecycle;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.env.Environment;

/**
 * Refuses reset and other destructive operations when a {@code prod} or
 * {@code production} profile is active or the database is not local, unless
 * {@code prism.db.allow-destructive=true}. Local means a PostgreSQL server on localhost,
 * 127.0.0.1 or ::1, or a SQLite file or in-memory database.
 */
public class DestructiveOperationGuard {

	private static final Set<String> PRODUCTION_PROFILES = Set.of("prod", "production");

	private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "::1");

	private static final String POSTGRES_PREFIX = "jdbc:postgresql:";

	private static final String SQLITE_PREFIX = "jdbc:sqlite:";

	private final Environment environment;

	private final PrismDatabaseProperties properties;

	/**
	 * Create a new instance.
	 * @param environment the environment whose active profiles are checked
	 * @param properties the lifecycle properties
	 */
	public DestructiveOperationGuard(Environment environment, PrismDatabaseProperties properties) {
		this.environment = environment;
		this.properties = properties;
	}

	/**
	 * Throw {@link ResetRefusedException} unless the operation may run against the database.
	 * @param operation the operation, such as {@code reset} or {@code rollback}
	 * @param jdbcUrl the JDBC URL of the database
	 */
	public void check(String operation, String jdbcUrl) {
		if (this.properties.isAllowDestructive()) {
			return;
		}
		String profile = Arrays.stream(this.environment.getActiveProfiles())
			.filter((candidate) -> PRODUCTION_PROFILES.contains(candidate.toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElse(null);
		if (profile != null) {
			throw new ResetRefusedException(operation, jdbcUrl, "the '" + profile + "' profile is active");
		}
		if (!isLocal(jdbcUrl)) {
			throw new ResetRefusedException(operation, jdbcUrl,
					"the database is not local (only localhost, 127.0.0.1, ::1 and SQLite databases are)");
		}
	}

	/**
	 * Return whether a JDBC URL points at a local database: a PostgreSQL server whose every
	 * host is localhost, 127.0.0.1 or ::1, or a SQLite file, temporary or in-memory database
	 * (not one read from the classpath with {@code :resource:}).
	 * @param jdbcUrl the JDBC URL
	 * @return {@code true} for a local database
	 */
	static boolean isLocal(String jdbcUrl) {
		if (jdbcUrl == null) {
			return false;
		}
		if (jdbcUrl.startsWith(SQLITE_PREFIX)) {
			return !jdbcUrl.startsWith(SQLITE_PREFIX + ":resource:");
		}
		if (jdbcUrl.startsWith(POSTGRES_PREFIX)) {
			return isLocalPostgres(jdbcUrl.substring(POSTGRES_PREFIX.length()));
		}
		return false;
	}

	private static boolean isLocalPostgres(String location) {
		if (!location.startsWith("//")) {
			return true;
		}
		String authority = location.substring(2);
		int end = indexOfAny(authority, '/', '?');
		authority = (end >= 0) ? authority.substring(0, end) : authority;
		if (authority.isEmpty()) {
			return true;
		}
		for (String host : authority.split(",")) {
			if (!LOCAL_HOSTS.contains(hostName(host).toLowerCase(Locale.ROOT))) {
				return false;
			}
		}
		return true;
	}

	private static String hostName(String hostAndPort) {
		if (hostAndPort.startsWith("[")) {
			int close = hostAndPort.indexOf(']');
			return (close > 0) ? hostAndPort.substring(1, close) : hostAndPort;
		}
		int colon = hostAndPort.indexOf(':');
		return (colon >= 0) ? hostAndPort.substring(0, colon) : hostAndPort;
	}

	private static int indexOfAny(String value, char first, char second) {
		int a = value.indexOf(first);
		int b = value.indexOf(second);
		return (a < 0) ? b : ((b < 0) ? a : Math.min(a, b));
	}

}
