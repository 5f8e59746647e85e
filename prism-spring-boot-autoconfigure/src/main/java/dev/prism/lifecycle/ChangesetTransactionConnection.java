package dev.prism.lifecycle;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;

/**
 * A Liquibase connection that can hold back commits, so that a changeset's changes and its
 * {@code DATABASECHANGELOG} row commit in one transaction. Liquibase commits the changes
 * as soon as they ran and the history row afterwards; {@link ChangesetRecorder} holds
 * commits from the first change until the history row is written. A rollback ends the
 * hold and undoes both. Closing it resets the session's lock and statement timeouts, so
 * that they do not stay with a pooled connection.
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

	@Override
	public void close() throws DatabaseException {
		Connection connection = getUnderlyingConnection();
		try (Statement statement = connection.createStatement()) {
			if (!connection.getAutoCommit()) {
				connection.rollback();
			}
			statement.execute("RESET lock_timeout; RESET statement_timeout");
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
		}
		catch (SQLException ex) {
			// A broken connection is discarded by its pool, and its settings with it
		}
		super.close();
	}

}
