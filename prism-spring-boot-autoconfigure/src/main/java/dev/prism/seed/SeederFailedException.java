package dev.prism.seed;

/**
 * Thrown when a {@link PrismSeeder} fails. Everything the seeder wrote has been rolled
 * back; seeders that ran before it stay committed and recorded.
 */
public class SeederFailedException extends RuntimeException {

	private final String seederName;

	private final Class<?> seederClass;

	/**
	 * Create a new exception.
	 * @param seederName the name of the seeder that failed
	 * @param seederClass the class of the seeder that failed
	 * @param cause why it failed
	 */
	public SeederFailedException(String seederName, Class<?> seederClass, Throwable cause) {
		super("Seeder '" + seederName + "' failed and its changes were rolled back: " + describe(cause), cause);
		this.seederName = seederName;
		this.seederClass = seederClass;
	}

	/**
	 * Return the name of the seeder that failed.
	 * @return the seeder's name
	 */
	public String getSeederName() {
		return this.seederName;
	}

	/**
	 * Return the class of the seeder that failed.
	 * @return the seeder's class
	 */
	public Class<?> getSeederClass() {
		return this.seederClass;
	}

	static String describe(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage() : "";
		return root.getClass().getName() + (message.isEmpty() ? "" : ": " + message);
	}

}
