package dev.prism.event;

import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Publishes the {@link EntityEvent events} of Prism's delete paths. The auto-configuration
 * hands the instance to Hibernate as the setting {@value #SETTING}, where the entity
 * delete paths and the repositories find it through {@link #of(Map)}.
 */
public final class PrismEvents {

	/**
	 * Name of the Hibernate setting that holds the instance.
	 */
	public static final String SETTING = "dev.prism.event.PrismEvents";

	private static final PrismEvents DISABLED = new PrismEvents(null);

	private final ApplicationEventPublisher publisher;

	/**
	 * Create an instance that publishes through the given publisher.
	 * @param publisher the publisher, or {@code null} to publish nothing
	 */
	public PrismEvents(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	/**
	 * Return the instance held by the given Hibernate settings.
	 * @param settings the session factory's settings
	 * @return the instance, or one that publishes nothing when the settings hold none
	 */
	public static PrismEvents of(Map<String, Object> settings) {
		return (settings.get(SETTING) instanceof PrismEvents events) ? events : DISABLED;
	}

	/**
	 * Return whether events are published; when not, callers need not collect ids.
	 * @return whether events are published
	 */
	public boolean isEnabled() {
		return this.publisher != null;
	}

	/**
	 * Publish one event per group of changes, in the caller's thread and transaction.
	 * @param changes the changes of one operation
	 */
	public void publish(EntityChanges changes) {
		if (this.publisher != null) {
			changes.events().forEach(this.publisher::publishEvent);
		}
	}

}
