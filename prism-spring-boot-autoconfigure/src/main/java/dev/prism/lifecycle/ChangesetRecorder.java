package dev.prism.lifecycle;

import java.util.ArrayList;
import java.util.List;

import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.database.Database;

/**
 * Records the changesets that one Liquibase operation ran, rolled back or failed on, so
 * that commands can report them and a failure can name its changeset. On a
 * {@link ChangesetTransactionConnection} it also holds commits from a changeset's first
 * change until Liquibase has written its history row, and while a rollback undoes a
 * changeset until its history row is deleted.
 */
class ChangesetRecorder extends AbstractChangeExecListener {

	private final List<String> ran = new ArrayList<>();

	private final List<String> rolledBack = new ArrayList<>();

	private String failedChangeset;

	private Exception failure;

	private boolean failedInRollback;

	@Override
	public void ran(Change change, ChangeSet changeSet, DatabaseChangeLog changeLog, Database database) {
		if (database.getConnection() instanceof ChangesetTransactionConnection connection) {
			connection.holdCommits();
		}
	}

	@Override
	public void ran(ChangeSet changeSet, DatabaseChangeLog databaseChangeLog, Database database,
			ChangeSet.ExecType execType) {
		if (database.getConnection() instanceof ChangesetTransactionConnection connection) {
			connection.releaseCommits();
		}
		this.ran.add(name(changeSet));
	}

	@Override
	public void willRollback(ChangeSet changeSet, DatabaseChangeLog databaseChangeLog, Database database) {
		if (database.getConnection() instanceof ChangesetTransactionConnection connection) {
			connection.holdCommits();
		}
	}

	@Override
	public void rolledBack(ChangeSet changeSet, DatabaseChangeLog databaseChangeLog, Database database) {
		if (database.getConnection() instanceof ChangesetTransactionConnection connection) {
			connection.releaseCommits();
		}
		this.ran.remove(name(changeSet));
		this.rolledBack.add(name(changeSet));
	}

	@Override
	public void runFailed(ChangeSet changeSet, DatabaseChangeLog databaseChangeLog, Database database,
			Exception exception) {
		this.failedChangeset = name(changeSet);
		this.failure = exception;
		this.failedInRollback = false;
	}

	@Override
	public void rollbackFailed(ChangeSet changeSet, DatabaseChangeLog databaseChangeLog, Database database,
			Exception exception) {
		runFailed(changeSet, databaseChangeLog, database, exception);
		this.failedInRollback = true;
	}

	static String name(ChangeSet changeSet) {
		return changeSet.getFilePath() + "::" + changeSet.getId() + "::" + changeSet.getAuthor();
	}

	/**
	 * Return the changesets that ran and stayed applied: one that an update testing its
	 * rollback applied, rolled back and applied again is listed once.
	 */
	List<String> ran() {
		return List.copyOf(this.ran);
	}

	List<String> rolledBack() {
		return List.copyOf(this.rolledBack);
	}

	String failedChangeset() {
		return this.failedChangeset;
	}

	Exception failure() {
		return this.failure;
	}

	/**
	 * Return whether the {@link #failedChangeset() failed changeset} failed to roll back
	 * rather than to apply.
	 */
	boolean failedInRollback() {
		return this.failedInRollback;
	}

}
