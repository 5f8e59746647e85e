package dev.prism.changeset;

/**
 * Thrown when a changeset cannot be written: no message, or a master changelog that cannot
 * be found or has an unsupported format.
 */
public class ChangesetException extends RuntimeException {

	private final String action;

	/**
	 * Create a new exception.
	 * @param description what is wrong
	 * @param action how to fix it
	 */
	public ChangesetException(String description, String action) {
		super(description);
		this.action = action;
	}

	/**
	 * Return how to fix the problem.
	 * @return the action to take
	 */
	public String getAction() {
		return this.action;
	}

}
