package dev.prism.lifecycle;

import java.sql.SQLException;

/**
 * Thrown when a changeset fails to apply. Names the changeset and the database's error.
 */
public class ChangesetFailedException extends RuntimeException {

	private final String changeset;

	private final String error;

	private final boolean transactionalDdl;

	/**
	 * Create a new instance.
	 * @param changeset the changeset, as {@code file::id::author}
	 * @param failure what the changeset failed with
	 * @param transactionalDdl whether the database rolled the changeset's DDL back
	 * @param cause Liquibase's exception
	 */
	public ChangesetFailedException(String changeset, Throwable failure, boolean transactionalDdl, Throwable cause) {
		super("Changeset " + changeset + " failed: " + errorOf(failure), cause);
		this.changeset = changeset;
		this.error = errorOf(failure);
		this.transactionalDdl = transactionalDdl;
	}

	/**
	 * Return the database's error behind a failure, else the failure's message.
	 */
	static String errorOf(Throwable failure) {
		String message = null;
		for (Throwable candidate = failure; candidate != null; candidate = candidate.getCause()) {
			if (candidate instanceof SQLException) {
				message = candidate.getMessage();
				break;
			}
		}
		if (message == null && failure != null) {
			message = failure.getMessage();
		}
		return (message != null) ? message.strip() : "unknown error";
	}

	/**
	 * Return the changeset that failed.
	 * @return the changeset, as {@code file::id::author}
	 */
	public String getChangeset() {
		return this.changeset;
	}

	/**
	 * Return the database's error.
	 * @return the error message
	 */
	public String getError() {
		return this.error;
	}

	/**
	 * Return whether the database rolled the changeset's schema changes back.
	 * @return {@code true} on databases with transactional DDL
	 */
	public boolean isTransactionalDdl() {
		return this.transactionalDdl;
	}

}
