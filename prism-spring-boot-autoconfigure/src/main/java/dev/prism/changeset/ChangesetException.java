package dev.prism.changeset;

import dev.prism.lifecycle.DatabaseCommandException;

/**
 * Thrown when a changeset cannot be written or the JPA entities cannot be compared with the
 * changelog: no message, a master changelog that cannot be found or has an unsupported
 * format, or a changelog that does not build.
 */
public class ChangesetException extends DatabaseCommandException {

	/**
	 * Create a new exception.
	 * @param description what is wrong
	 * @param action how to fix it
	 */
	public ChangesetException(String description, String action) {
		super(description, action);
	}

	/**
	 * Create a new exception.
	 * @param description what is wrong
	 * @param action how to fix it
	 * @param cause the failure behind it
	 */
	public ChangesetException(String description, String action, Throwable cause) {
		super(null, description, action, cause);
	}

}
