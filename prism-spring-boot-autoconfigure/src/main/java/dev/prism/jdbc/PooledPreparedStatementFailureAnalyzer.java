package dev.prism.jdbc;

import java.sql.SQLException;
import java.util.Set;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains PostgreSQL's {@code prepared statement "S_1" already exists} or
 * {@code does not exist}: the JDBC driver's named prepared statements reached another
 * server session than the one that prepared them, which happens behind a pooler in
 * transaction pooling mode.
 */
class PooledPreparedStatementFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

	/**
	 * SQL states of a duplicate and of an unknown prepared statement.
	 */
	private static final Set<String> STATES = Set.of("42P05", "26000");

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
		for (Throwable candidate = cause; candidate != null; candidate = candidate.getCause()) {
			if (candidate instanceof SQLException sql && sql.getSQLState() != null && STATES.contains(sql.getSQLState())
					&& String.valueOf(sql.getMessage()).contains("prepared statement \"S_")) {
				return new FailureAnalysis(("PostgreSQL reported: %s%n%nThe JDBC driver's named prepared statements "
						+ "reached another server session than the one that prepared them: the connection goes "
						+ "through a pooler in transaction pooling mode, such as PgBouncer with "
						+ "pool_mode=transaction.").formatted(sql.getMessage()),
						"Add prepareThreshold=0 to the JDBC URL, run PgBouncer 1.21 or later with "
								+ "max_prepared_statements above 0, or use session pooling.",
						sql);
			}
		}
		return null;
	}

}
