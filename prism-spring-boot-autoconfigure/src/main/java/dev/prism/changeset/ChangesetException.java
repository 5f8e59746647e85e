package dev.prism.changeset;

import dev.prism.lifecycle.DatabaseCommandException;

/**
 * Thrown when a changeset cannot be written: no message, or a master changelog that cannot
 * be found or has an unsupported format.
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

}
