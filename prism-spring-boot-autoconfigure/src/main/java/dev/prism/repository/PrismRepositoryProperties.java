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

	/**
	 * Offset from which findAll(Pageable) selects the ids of a sorted page in a subquery
	 * and then loads their rows (a deferred join), which lets the database skip the rows
	 * before the page in an index of the live rows instead of reading them. Set it above
	 * any offset the application reads to keep Spring Data's single query.
	 */
	private long deepPageOffset = SoftDeleteJpaRepository.DEFAULT_DEEP_PAGE_OFFSET;

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

	public long getDeepPageOffset() {
		return this.deepPageOffset;
	}

	public void setDeepPageOffset(long deepPageOffset) {
		Assert.isTrue(deepPageOffset >= 0, "prism.repository.deep-page-offset must not be negative");
		this.deepPageOffset = deepPageOffset;
	}

}
