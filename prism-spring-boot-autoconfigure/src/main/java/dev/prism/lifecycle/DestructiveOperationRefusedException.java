package dev.prism.lifecycle;

/**
 * Thrown when {@link DestructiveOperationGuard} refuses a reset, a rollback or another
 * operation that can lose data. Nothing has been dropped or rolled back when it is thrown.
 */
public class DestructiveOperationRefusedException extends RuntimeException {

	private final String operation;

	private final String url;

	private final String reason;

	/**
	 * Create a new instance.
	 * @param operation the refused operation, such as {@code reset} or {@code rollback}
	 * @param url the JDBC URL of the database
	 * @param reason why it was refused
	 */
	public DestructiveOperationRefusedException(String operation, String url, String reason) {
		super("Refused to " + operation + " " + maskPassword(url) + " because " + reason
				+ "; set prism.db.allow-destructive=true, for this run only, to allow it");
		this.operation = operation;
		this.url = maskPassword(url);
		this.reason = reason;
	}

	private static String maskPassword(String url) {
		return (url != null) ? url.replaceAll("(?i)(password=)[^&;]*", "$1****") : null;
	}

	/**
	 * Return the refused operation.
	 * @return the operation
	 */
	public String getOperation() {
		return this.operation;
	}

	/**
	 * Return the JDBC URL of the database, without any password.
	 * @return the URL
	 */
	public String getUrl() {
		return this.url;
	}

	/**
	 * Return why the operation was refused.
	 * @return the reason
	 */
	public String getReason() {
		return this.reason;
	}

}
