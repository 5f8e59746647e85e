package dev.prism.entity;

import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * Whether reads in a Hibernate session include soft-deleted rows. Reads skip them unless
 * the {@value #PROFILE} fetch profile is enabled: an enabled fetch profile is part of the
 * key under which Hibernate caches the SQL of a query, where an enabled filter would stop
 * Hibernate from caching any query of the session. The profile fetches nothing; it only
 * marks the session.
 * <p>
 * Applications use {@code dev.prism.repository.SoftDeleteScope} or
 * {@code @IncludeDeleted} rather than this class.
 */
public final class DeletedRows {

	/**
	 * Name of the fetch profile, declared by this package, whose presence includes
	 * soft-deleted rows in a session's reads.
	 */
	public static final String PROFILE = "prismIncludeDeleted";

	private DeletedRows() {
	}

	/**
	 * Run the action with soft-deleted rows included in the entity manager's session. The
	 * entity manager must be bound to a transaction, so that the action runs in the same
	 * session.
	 * @param entityManager the transactional entity manager
	 * @param action the action
	 * @param <R> the result type
	 * @return the action's result
	 */
	public static <R> R including(EntityManager entityManager, Supplier<R> action) {
		if (areIncluded(entityManager)) {
			return action.get();
		}
		Session session = entityManager.unwrap(Session.class);
		session.enableFetchProfile(PROFILE);
		try {
			return action.get();
		}
		finally {
			session.disableFetchProfile(PROFILE);
		}
	}

	/**
	 * Return whether reads in the entity manager's session include soft-deleted rows.
	 * @param entityManager the entity manager
	 * @return {@code true} inside {@link #including}
	 */
	public static boolean areIncluded(EntityManager entityManager) {
		return areIncluded(entityManager.unwrap(SessionImplementor.class).getLoadQueryInfluencers());
	}

	static boolean areIncluded(LoadQueryInfluencers influencers) {
		return influencers.getEnabledFetchProfileNames().contains(PROFILE);
	}

}
