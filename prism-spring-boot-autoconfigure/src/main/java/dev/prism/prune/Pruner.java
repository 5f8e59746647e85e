package dev.prism.prune;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.prism.entity.PruneAfter;
import dev.prism.entity.SoftDeletable;
import dev.prism.entity.TimestampListener;
import dev.prism.event.EntityChanges.Kind;
import dev.prism.repository.HardDeletes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.transaction.support.TransactionOperations;

/**
 * Removes for good the rows of {@link SoftDeletable} entities that were soft deleted longer
 * ago than their retention period ({@link PruneAfter @PruneAfter}, else
 * {@code prism.prune.retention}), with the rows their cascades reach. Works in chunks of
 * {@code prism.prune.chunk-size} rows, one transaction each, and publishes one
 * {@link dev.prism.event.PrunedEvent} per entity type and chunk. Entity types that refer to
 * another through a to-one association are pruned before it.
 */
public class Pruner {

	private static final Log logger = LogFactory.getLog(Pruner.class);

	private final EntityManager entityManager;

	private final TransactionOperations transactions;

	private final HardDeletes hardDeletes;

	private final Clock clock;

	private final PruneProperties properties;

	/**
	 * Create a new pruner.
	 * @param entityManager a shared entity manager
	 * @param transactions runs each chunk in its own transaction
	 * @param clock the clock that defines now
	 * @param properties the retention and chunk size
	 */
	public Pruner(EntityManager entityManager, TransactionOperations transactions, Clock clock,
			PruneProperties properties) {
		this.entityManager = entityManager;
		this.transactions = transactions;
		this.hardDeletes = new HardDeletes(entityManager);
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Prune every entity type that has a retention period.
	 * @param pretend whether to only count the expired rows and remove nothing
	 * @return one result per entity type with a retention period
	 */
	public List<PruneResult> prune(boolean pretend) {
		Instant now = TimestampListener.now(this.clock);
		List<PruneResult> results = new ArrayList<>();
		for (Class<?> type : softDeletableTypes()) {
			Duration retention = retention(type);
			if (retention != null) {
				results.add(pretend ? count(type, retention, now.minus(retention))
						: prune(type, retention, now.minus(retention)));
			}
		}
		return results;
	}

	private PruneResult count(Class<?> type, Duration retention, Instant cutoff) {
		long rows = this.transactions
			.execute((status) -> (long) this.hardDeletes.deletedBefore(type, cutoff, Integer.MAX_VALUE).size());
		return new PruneResult(type, retention, rows, 0);
	}

	private PruneResult prune(Class<?> type, Duration retention, Instant cutoff) {
		long rows = 0;
		int chunks = 0;
		while (true) {
			Integer removed = this.transactions.execute((status) -> {
				List<Object> ids = this.hardDeletes.deletedBefore(type, cutoff, this.properties.getChunkSize());
				return ids.isEmpty() ? 0 : this.hardDeletes.removeAllById(type, ids, Kind.PRUNED);
			});
			if (removed == null || removed == 0) {
				break;
			}
			rows += removed;
			chunks++;
		}
		if (rows > 0) {
			logger.warn("Pruned " + rows + " " + type.getSimpleName() + " row(s) soft deleted before " + cutoff
					+ " for good, with the rows their cascades reach");
		}
		return new PruneResult(type, retention, rows, chunks);
	}

	private Duration retention(Class<?> type) {
		PruneAfter pruneAfter = type.getAnnotation(PruneAfter.class);
		return (pruneAfter != null) ? Duration.parse(pruneAfter.value()) : this.properties.getRetention();
	}

	/**
	 * The soft-deletable entity types with a single id, each after the types that refer to
	 * it, so that rows referring to a pruned row are pruned first.
	 */
	private List<Class<?>> softDeletableTypes() {
		Set<Class<?>> ordered = new LinkedHashSet<>();
		for (EntityType<?> entity : this.entityManager.getMetamodel().getEntities()) {
			addAfterReferrers(entity, ordered, new LinkedHashSet<>());
		}
		return ordered.stream().filter(SoftDeletable.class::isAssignableFrom).toList();
	}

	private void addAfterReferrers(EntityType<?> entity, Set<Class<?>> ordered, Set<Class<?>> visiting) {
		Class<?> type = entity.getJavaType();
		if (ordered.contains(type) || !visiting.add(type) || !entity.hasSingleIdAttribute()) {
			return;
		}
		for (EntityType<?> other : this.entityManager.getMetamodel().getEntities()) {
			for (Attribute<?, ?> attribute : other.getAttributes()) {
				if ((attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.MANY_TO_ONE
						|| attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.ONE_TO_ONE)
						&& attribute.getJavaType() == type && other.getJavaType() != type) {
					addAfterReferrers(other, ordered, visiting);
				}
			}
		}
		ordered.add(type);
	}

}
