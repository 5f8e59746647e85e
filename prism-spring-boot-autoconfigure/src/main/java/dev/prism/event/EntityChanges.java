package dev.prism.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows one operation changed, by kind of change, entity type and whether a cascade
 * reached them; {@link PrismEvents#publish} turns each group into one event.
 */
public final class EntityChanges {

	private final Map<Group, List<Object>> groups = new LinkedHashMap<>();

	/**
	 * Record changed rows.
	 * @param kind what happened to the rows
	 * @param type the entity type
	 * @param ids the ids of the rows
	 * @param cascade whether a cascade reached the rows
	 */
	public void add(Kind kind, Class<?> type, Collection<?> ids, boolean cascade) {
		if (!ids.isEmpty()) {
			this.groups.computeIfAbsent(new Group(kind, type, cascade, true), (group) -> new ArrayList<>()).addAll(ids);
		}
	}

	/**
	 * Record that a statement soft deleted rows whose ids it did not read.
	 * @param type the entity type
	 */
	public void addSoftDeletedWithUnknownIds(Class<?> type) {
		this.groups.putIfAbsent(new Group(Kind.SOFT_DELETED, type, false, false), new ArrayList<>());
	}

	/**
	 * Return whether nothing was recorded.
	 * @return whether no rows changed
	 */
	public boolean isEmpty() {
		return this.groups.isEmpty();
	}

	/**
	 * One event per group, the rows the operation addressed before the rows its cascade
	 * reached.
	 */
	List<EntityEvent<?>> events() {
		List<EntityEvent<?>> events = new ArrayList<>();
		for (boolean cascade : new boolean[] { false, true }) {
			this.groups.forEach((group, ids) -> {
				if (group.cascade() == cascade) {
					events.add(group.event(ids));
				}
			});
		}
		return events;
	}

	/**
	 * What happened to rows.
	 */
	public enum Kind {

		/**
		 * Soft deleted, see {@link SoftDeletedEvent}.
		 */
		SOFT_DELETED(SoftDeletedEvent.class),

		/**
		 * Restored, see {@link RestoredEvent}.
		 */
		RESTORED(RestoredEvent.class),

		/**
		 * Removed for good, see {@link HardDeletedEvent}.
		 */
		HARD_DELETED(HardDeletedEvent.class),

		/**
		 * Removed for good by pruning, see {@link PrunedEvent}.
		 */
		PRUNED(PrunedEvent.class);

		private final Class<?> eventClass;

		Kind(Class<?> eventClass) {
			this.eventClass = eventClass;
		}

		Class<?> eventClass() {
			return this.eventClass;
		}

	}

	private record Group(Kind kind, Class<?> type, boolean cascade, boolean idsKnown) {

		@SuppressWarnings({ "rawtypes", "unchecked" })
		EntityEvent<?> event(List<Object> ids) {
			Class raw = this.type;
			return switch (this.kind) {
				case SOFT_DELETED -> this.idsKnown ? new SoftDeletedEvent<>(raw, ids, this.cascade)
						: new SoftDeletedEvent<>(raw, this.cascade);
				case RESTORED -> new RestoredEvent<>(raw, ids, this.cascade);
				case HARD_DELETED -> new HardDeletedEvent<>(raw, ids, this.cascade);
				case PRUNED -> new PrunedEvent<>(raw, ids, this.cascade);
			};
		}

	}

}
