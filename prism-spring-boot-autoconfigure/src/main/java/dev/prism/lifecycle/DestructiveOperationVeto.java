package dev.prism.lifecycle;

/**
 * A further reason for {@link DestructiveOperationGuard} to refuse a destructive operation,
 * consulted after its own checks and, like them, skipped when
 * {@code prism.db.allow-destructive=true}.
 */
@FunctionalInterface
public interface DestructiveOperationVeto {

	/**
	 * Return why the operation must not run against the database.
	 * @param operation the operation, such as {@code reset} or {@code rollback}
	 * @param jdbcUrl the JDBC URL of the database
	 * @return the reason, completing "refused because …", or {@code null} to allow it
	 */
	String refusal(String operation, String jdbcUrl);

}
