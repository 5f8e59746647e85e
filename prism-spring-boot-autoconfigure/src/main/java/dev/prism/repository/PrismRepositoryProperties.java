package dev.prism.repository;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.Assert;

/**
 * Configuration properties for Prism's repositories.
 */
@ConfigurationProperties("prism.repository")
public class PrismRepositoryProperties {

	/**
	 * Whether repositories extending SoftDeleteRepository or PrismRepository get Prism's
	 * implementation.
	 */
	private boolean enabled = true;

	/**
	 * Maximum number of ids bound in one bulk UPDATE or DELETE statement, and of rows sent
	 * in one JDBC batch by BatchInserter.
	 */
	private int batchSize = SoftDeleteJpaRepository.DEFAULT_BATCH_SIZE;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getBatchSize() {
		return this.batchSize;
	}

	public void setBatchSize(int batchSize) {
		Assert.isTrue(batchSize > 0, "prism.repository.batch-size must be at least 1");
		this.batchSize = batchSize;
	}

}
