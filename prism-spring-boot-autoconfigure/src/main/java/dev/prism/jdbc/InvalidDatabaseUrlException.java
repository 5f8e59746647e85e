package dev.prism.jdbc;

/**
 * Thrown when {@code DATABASE_URL} is not in a form that {@link DatabaseUrl} accepts. The
 * message never contains the URL's password.
 */
public class InvalidDatabaseUrlException extends RuntimeException {

	private final String maskedValue;

	private final String reason;

	/**
	 * Create a new exception.
	 * @param value the invalid value
	 * @param reason why it is invalid
	 */
	public InvalidDatabaseUrlException(String value, String reason) {
		super("DATABASE_URL '" + DatabaseUrl.mask(value) + "' is invalid: " + reason);
		this.maskedValue = DatabaseUrl.mask(value);
		this.reason = reason;
	}

	/**
	 * Return the invalid value, its password replaced by {@code ****}.
	 * @return the masked value
	 */
	public String getMaskedValue() {
		return this.maskedValue;
	}

	/**
	 * Return why the value is invalid.
	 * @return the reason
	 */
	public String getReason() {
		return this.reason;
	}

}
