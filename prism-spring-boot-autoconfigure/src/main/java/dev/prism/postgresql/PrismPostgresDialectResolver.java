package dev.prism.postgresql;

import org.hibernate.dialect.Database;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * Resolves {@link PrismPostgresDialect} where Hibernate would choose its own
 * {@link PostgreSQLDialect}, and nothing for other databases (CockroachDB included).
 * Hibernate consults it only when no dialect is configured.
 */
public class PrismPostgresDialectResolver implements DialectResolver {

	@Override
	public Dialect resolveDialect(DialectResolutionInfo info) {
		if (!Database.POSTGRESQL.matchesResolutionInfo(info)) {
			return null;
		}
		Dialect standard = Database.POSTGRESQL.createDialect(info);
		return (standard.getClass() == PostgreSQLDialect.class) ? new PrismPostgresDialect(info) : null;
	}

}
