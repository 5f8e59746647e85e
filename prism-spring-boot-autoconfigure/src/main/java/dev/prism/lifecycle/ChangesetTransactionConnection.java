package dev.prism.lifecycle;

import java.sql.Connection;

import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;

/**
 * A Liquibase connection that can hold back commits, so that a changeset's changes and its
 * {@code DATABASECHANGELOG} row commit in one transaction. Liquibase commits the changes
 * as soon as they ran and the history row afterwards; {@link ChangesetRecorder} holds
 * commits from the first change until the history row is written. A rollback ends the
 * hold and undoes both.
 */
class ChangesetTransactionConnection extends JdbcConnection {

	private boolean holding;

	ChangesetTransactionConnection(Connection connection) {
		super(connection);
	}

	void holdCommits() {
		this.holding = true;
	}

	void releaseCommits() {
		this.holding = false;
	}

	@Override
	public void commit() throws DatabaseException {
		if (!this.holding) {
			super.commit();
		}
	}

	@Override
	public void rollback() throws DatabaseException {
		this.holding = false;
		super.rollback();
	}

}
