package dev.prism.entity;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import dev.prism.event.EntityChanges;
import dev.prism.event.EntityChanges.Kind;
import dev.prism.event.PrismEvents;
import org.hibernate.HibernateException;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.AutoFlushEvent;
import org.hibernate.event.spi.AutoFlushEventListener;
import org.hibernate.event.spi.FlushEvent;
import org.hibernate.event.spi.FlushEventListener;

/**
 * Collects the entity deletes a session's flush executes ({@code EntityManager.remove},
 * cascades, orphan removal, derived {@code deleteBy…}) and publishes them when the flush
 * ends, as one event per kind, entity type and cascade flag: a flush is the operation of
 * these paths. Appended to Hibernate's flush and auto-flush listeners, so it runs after a
 * flush succeeded; a listener that throws fails the flush and so rolls the transaction
 * back.
 */
final class FlushedDeletes implements FlushEventListener, AutoFlushEventListener {

	private static final Map<SharedSessionContractImplementor, Pending> pending = Collections
		.synchronizedMap(new WeakHashMap<>());

	/**
	 * Note that a cascade from a deleted parent reaches the entity with the given id.
	 */
	static void cascaded(SharedSessionContractImplementor session, Class<?> type, Object id) {
		if (id != null && PrismEvents.of(session.getFactory().getProperties()).isEnabled()) {
			pending(session).cascaded.add(List.of(type, id));
		}
	}

	/**
	 * Record a row the flush deleted.
	 */
	static void deleted(SharedSessionContractImplementor session, Kind kind, Class<?> type, Object id) {
		if (PrismEvents.of(session.getFactory().getProperties()).hasListeners(kind, type)) {
			Pending pending = pending(session);
			pending.changes.add(kind, type, List.of(id), pending.cascaded.remove(List.of(type, id)));
		}
	}

	private static Pending pending(SharedSessionContractImplementor session) {
		return pending.computeIfAbsent(session, (key) -> new Pending());
	}

	@Override
	public void onFlush(FlushEvent event) throws HibernateException {
		publish(event.getSession());
	}

	@Override
	public void onAutoFlush(AutoFlushEvent event) throws HibernateException {
		publish(event.getSession());
	}

	private static void publish(SharedSessionContractImplementor session) {
		Pending flushed = pending.remove(session);
		if (flushed != null && !flushed.changes.isEmpty()) {
			PrismEvents.of(session.getFactory().getProperties()).publish(flushed.changes);
		}
	}

	private static final class Pending {

		private final Set<List<Object>> cascaded = new HashSet<>();

		private final EntityChanges changes = new EntityChanges();

	}

}
