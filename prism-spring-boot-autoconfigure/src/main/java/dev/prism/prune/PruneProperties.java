package dev.prism.prune;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for pruning soft-deleted rows.
 */
@ConfigurationProperties("prism.prune")
public class PruneProperties {

	/**
	 * How long soft-deleted rows are kept before pruning removes them for good. Unset
	 * keeps them forever, except for entities annotated with @PruneAfter.
	 */
	private Duration retention;

	/**
	 * Cron expression on which the application prunes, such as "0 0 3 * * *". Unset
	 * prunes only when the prune command runs.
	 */
	private String cron;

	/**
	 * Number of rows removed per transaction, children of their cascade included.
	 */
	private int chunkSize = 1000;

	public Duration getRetention() {
		return this.retention;
	}

	public void setRetention(Duration retention) {
		this.retention = retention;
	}

	public String getCron() {
		return this.cron;
	}

	public void setCron(String cron) {
		this.cron = cron;
	}

	public int getChunkSize() {
		return this.chunkSize;
	}

	public void setChunkSize(int chunkSize) {
		this.chunkSize = chunkSize;
	}

}
