package dev.prism.lifecycle;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.prism.jdbc.PrismDatabase;

import org.springframework.core.env.Environment;

/**
 * Refuses reset and other destructive operations when a {@code prod} or
 * {@code production} profile is active or the database is not local, unless
 * {@code prism.db.allow-destructive=true}. Local is as {@link PrismDatabase#isLocal(String)}
 * says: a PostgreSQL server on localhost, 127.0.0.1 or ::1, or a SQLite file or in-memory
 * database. {@link DestructiveOperationVeto Vetoes} can refuse more.
 */
public class DestructiveOperationGuard {

	private static final Set<String> PRODUCTION_PROFILES = Set.of("prod", "production");

	private final Environment environment;

	private final PrismDatabaseProperties properties;

	private final List<DestructiveOperationVeto> vetoes;

	/**
	 * Create a new instance.
	 * @param environment the environment whose active profiles are checked
	 * @param properties the lifecycle properties
	 */
	public DestructiveOperationGuard(Environment environment, PrismDatabaseProperties properties) {
		this(environment, properties, List.of());
	}

	/**
	 * Create a new instance.
	 * @param environment the environment whose active profiles are checked
	 * @param properties the lifecycle properties
	 * @param vetoes further checks, consulted in order after the profile and locality checks
	 */
	public DestructiveOperationGuard(Environment environment, PrismDatabaseProperties properties,
			List<DestructiveOperationVeto> vetoes) {
		this.environment = environment;
		this.properties = properties;
		this.vetoes = List.copyOf(vetoes);
	}

	/**
	 * Throw {@link DestructiveOperationRefusedException} unless the operation may run against the database.
	 * @param operation the operation, such as {@code reset} or {@code rollback}
	 * @param jdbcUrl the JDBC URL of the database
	 */
	public void check(String operation, String jdbcUrl) {
		if (this.properties.isAllowDestructive()) {
			return;
		}
		String profile = Arrays.stream(this.environment.getActiveProfiles())
			.filter(DestructiveOperationGuard::isProductionProfile)
			.findFirst()
			.orElse(null);
		if (profile != null) {
			throw new DestructiveOperationRefusedException(operation, jdbcUrl, "the '" + profile + "' profile is active");
		}
		if (!PrismDatabase.fromJdbcUrl(jdbcUrl).isLocal(jdbcUrl)) {
			throw new DestructiveOperationRefusedException(operation, jdbcUrl,
					"the database is not local (only localhost, 127.0.0.1, ::1 and SQLite databases are)");
		}
		for (DestructiveOperationVeto veto : this.vetoes) {
			String refusal = veto.refusal(operation, jdbcUrl);
			if (refusal != null) {
				throw new DestructiveOperationRefusedException(operation, jdbcUrl, refusal);
			}
		}
	}

	/**
	 * Return whether a profile is a production one: {@code prod} or {@code production}, in
	 * any case.
	 * @param profile the profile
	 * @return {@code true} for a production profile
	 */
	public static boolean isProductionProfile(String profile) {
		return PRODUCTION_PROFILES.contains(profile.strip().toLowerCase(Locale.ROOT));
	}

}
