package dev.prism.lifecycle;

/**
 * Thrown when a database command cannot run as configured, for example {@code rollback}
 * without {@code prism.db.rollback-count} or {@code prism.db.rollback-tag}. Carries the
 * action that fixes it, for {@code DatabaseCommandFailureAnalyzer}, the one analyzer of
 * every such failure.
 */
public class DatabaseCommandException extends RuntimeException {

	private final String command;

	private final String action;

	/**
	 * Create a new instance for a failure that names no command, as code shared by several
	 * commands throws it.
	 * @param message what is wrong
	 * @param action how to fix it
	 */
	protected DatabaseCommandException(String message, String action) {
		this(null, message, action, null);
	}

	/**
	 * Create a new instance.
	 * @param command the command
	 * @param message what is wrong
	 * @param action how to fix it
	 */
	public DatabaseCommandException(String command, String message, String action) {
		this(command, message, action, null);
	}

	/**
	 * Create a new instance.
	 * @param command the command
	 * @param message what is wrong
	 * @param action how to fix it
	 * @param cause the failure behind it
	 */
	public DatabaseCommandException(String command, String message, String action, Throwable cause) {
		super(message, cause);
		this.command = command;
		this.action = action;
	}

	/**
	 * Return the command.
	 * @return the command's name, or {@code null} when the failure names none
	 */
	public String getCommand() {
		return this.command;
	}

	/**
	 * Return how to fix the problem.
	 * @return the action
	 */
	public String getAction() {
		return this.action;
	}

}
