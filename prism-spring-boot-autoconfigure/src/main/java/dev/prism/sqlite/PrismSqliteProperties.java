package dev.prism.sqlite;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for SQLite connections ({@code jdbc:sqlite:} URLs). Values set
 * explicitly in {@code spring.datasource.hikari.data-source-properties} win over these.
 */
@ConfigurationProperties("prism.sqlite")
public class PrismSqliteProperties {

	/**
	 * Whether to apply the settings below to SQLite connections.
	 */
	private boolean enabled = true;

	/**
	 * Journal mode; WAL lets readers run while one connection writes.
	 */
	private String journalMode = "WAL";

	/**
	 * How long a connection waits for another connection's write lock before failing with
	 * "database is locked".
	 */
	private Duration busyTimeout = Duration.ofSeconds(30);

	/**
	 * Whether to enforce foreign key constraints.
	 */
	private boolean foreignKeys = true;

	/**
	 * Synchronous mode; NORMAL is durable with WAL and much faster than FULL.
	 */
	private String synchronous = "NORMAL";

	/**
	 * How read-write transactions begin; IMMEDIATE takes the write lock up front, so a
	 * transaction that reads and then writes waits for the lock instead of failing.
	 * Read-only transactions always begin DEFERRED.
	 */
	private String transactionMode = "IMMEDIATE";

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getJournalMode() {
		return this.journalMode;
	}

	public void setJournalMode(String journalMode) {
		this.journalMode = journalMode;
	}

	public Duration getBusyTimeout() {
		return this.busyTimeout;
	}

	public void setBusyTimeout(Duration busyTimeout) {
		this.busyTimeout = busyTimeout;
	}

	public boolean isForeignKeys() {
		return this.foreignKeys;
	}

	public void setForeignKeys(boolean foreignKeys) {
		this.foreignKeys = foreignKeys;
	}

	public String getSynchronous() {
		return this.synchronous;
	}

	public void setSynchronous(String synchronous) {
		this.synchronous = synchronous;
	}

	public String getTransactionMode() {
		return this.transactionMode;
	}

	public void setTransactionMode(String transactionMode) {
		this.transactionMode = transactionMode;
	}

}
