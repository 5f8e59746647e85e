package dev.prism.prune;

import java.time.Duration;

/**
 * What pruning removed, or would remove, of one entity type.
 *
 * @param entityType the entity type
 * @param retention the retention period that applied
 * @param rows the rows of the type removed, or expired when pretending
 * @param chunks the transactions it took, 0 when pretending
 */
public record PruneResult(Class<?> entityType, Duration retention, long rows, int chunks) {

	@Override
	public String toString() {
		return this.entityType.getSimpleName() + ": " + this.rows + " row(s) deleted more than " + this.retention
				+ " ago";
	}

}
