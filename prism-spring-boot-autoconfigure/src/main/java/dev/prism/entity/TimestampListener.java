package dev.prism.entity;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.resource.beans.spi.ManagedBeanRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * JPA entity listener that sets {@code created_at} and {@code updated_at} of
 * {@link Timestamped} entities from a {@link Clock}. Spring Boot's Hibernate integration
 * creates it through the application context, so the application's {@code Clock} bean is
 * used; without one it falls back to the system UTC clock.
 */
public class TimestampListener {

	private final Clock clock;

	public TimestampListener() {
		this(Clock.systemUTC());
	}

	public TimestampListener(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Create a listener with the application's {@code Clock}, or the system UTC clock when
	 * it has none.
	 * @param clock the application's clock
	 */
	@Autowired
	public TimestampListener(ObjectProvider<Clock> clock) {
		this(clock.getIfUnique(Clock::systemUTC));
	}

	@PrePersist
	void onCreate(Object entity) {
		if (entity instanceof Timestamped timestamped) {
			timestamped.markCreated(now(this.clock));
		}
	}

	@PreUpdate
	void onUpdate(Object entity) {
		if (entity instanceof Timestamped timestamped) {
			timestamped.markUpdated(now(this.clock));
		}
	}

	/**
	 * Return the current instant of this listener's clock, as stamped on rows.
	 * @return the current instant truncated to microseconds
	 */
	public Instant now() {
		return now(this.clock);
	}

	/**
	 * Return the listener that the session factory uses for its entities, built through its
	 * bean container (and so with the application's {@code Clock}).
	 * @param sessionFactory the session factory
	 * @return the listener
	 */
	public static TimestampListener of(SessionFactoryImplementor sessionFactory) {
		return sessionFactory.getServiceRegistry()
			.requireService(ManagedBeanRegistry.class)
			.getBean(TimestampListener.class)
			.getBeanInstance();
	}

	/**
	 * Return the clock's instant at the microsecond precision both databases store, so
	 * values read back equal the values written.
	 * @param clock the clock to read
	 * @return the current instant truncated to microseconds
	 */
	public static Instant now(Clock clock) {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
