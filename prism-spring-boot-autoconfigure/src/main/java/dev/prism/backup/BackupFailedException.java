package dev.prism.backup;

/**
 * Thrown when a backup cannot be written or loaded. Carries the action that fixes it.
 */
public class BackupFailedException extends RuntimeException {

	private final String action;

	/**
	 * Create a new instance.
	 * @param message what went wrong
	 * @param action how to fix it
	 * @param cause the failure behind it, if any
	 */
	public BackupFailedException(String message, String action, Throwable cause) {
		super(message, cause);
		this.action = action;
	}

	/**
	 * Return how to fix the problem.
	 * @return the action
	 */
	public String getAction() {
		return this.action;
	}

}
