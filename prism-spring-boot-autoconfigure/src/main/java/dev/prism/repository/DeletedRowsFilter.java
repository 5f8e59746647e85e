package dev.prism.repository;

import java.util.function.Supplier;

import dev.prism.entity.SoftDeletable;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

/**
 * Switches the {@value SoftDeletable#FILTER} filter off in the current Hibernate session
 * while an action runs, so that it sees soft-deleted rows.
 */
final class DeletedRowsFilter {

	private DeletedRowsFilter() {
	}

	/**
	 * Run the action with soft-deleted rows visible. The entity manager must be bound to a
	 * transaction, so that the action runs in the same session.
	 * @param entityManager the transactional entity manager
	 * @param action the action
	 * @param <R> the result type
	 * @return the action's result
	 */
	static <R> R including(EntityManager entityManager, Supplier<R> action) {
		Session session = entityManager.unwrap(Session.class);
		boolean enabled = session.getEnabledFilter(SoftDeletable.FILTER) != null;
		if (enabled) {
			session.disableFilter(SoftDeletable.FILTER);
		}
		try {
			return action.get();
		}
		finally {
			if (enabled) {
				session.enableFilter(SoftDeletable.FILTER);
			}
		}
	}

}
