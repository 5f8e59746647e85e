package dev.prism.prune;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
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

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Removes for good the rows of {@link SoftDeletable} entities that were soft deleted longer
 * ago than their retention period ({@link PruneAfter @PruneAfter}, else
 * {@code prism.prune.retention}), with the rows their cascades reach. Works in chunks of
 * {@code prism.prune.chunk-size} rows, one transaction each, and publishes one
 * {@link dev.prism.event.PrunedEvent} per entity type and chunk. Entity types that refer to
 * another through a to-one association are pruned before it.
 */
public class Pruner implements SmartInitializingSingleton {

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
	 * Check every retention setting, so that a wrong one fails the start rather than the
	 * first prune.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		Duration retention = this.properties.getRetention();
		if (retention != null && (retention.isNegative() || retention.isZero())) {
			throw new InvalidRetentionException("prism.prune.retention=" + retention, "is not positive",
					"Set prism.prune.retention to a positive duration, such as P90D, or leave it unset to keep deleted rows.");
		}
		String cron = this.properties.getCron();
		if (cron != null && !CronExpression.isValidExpression(cron)) {
			throw new InvalidRetentionException("prism.prune.cron=" + cron, "is not a cron expression",
					"Set prism.prune.cron to six fields (second minute hour day month weekday), such as 0 0 3 * * *.");
		}
		for (EntityType<?> entity : this.entityManager.getMetamodel().getEntities()) {
			Class<?> type = entity.getJavaType();
			PruneAfter pruneAfter = type.getAnnotation(PruneAfter.class);
			if (pruneAfter != null) {
				check(type, pruneAfter);
			}
		}
	}

	private static void check(Class<?> type, PruneAfter pruneAfter) {
		String setting = "@PruneAfter(\"" + pruneAfter.value() + "\") on " + type.getName();
		if (!SoftDeletable.class.isAssignableFrom(type)) {
			throw new InvalidRetentionException(setting, "is on an entity that is not soft-deletable",
					"Remove @PruneAfter, or make the entity soft-deletable (extend PrismEntity or SoftDeletableEntity).");
		}
		Duration retention;
		try {
			retention = Duration.parse(pruneAfter.value());
		}
		catch (DateTimeParseException ex) {
			retention = null;
		}
		if (retention == null || retention.isNegative() || retention.isZero()) {
			throw new InvalidRetentionException(setting, "is not a positive ISO-8601 duration",
					"Write the retention period as an ISO-8601 duration, such as P30D (30 days) or PT12H (12 hours).");
		}
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
		long rows = this.transactions.execute((status) -> this.hardDeletes.countDeletedBefore(type, cutoff));
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
