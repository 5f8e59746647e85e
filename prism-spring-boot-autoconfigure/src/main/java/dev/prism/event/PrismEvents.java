package dev.prism.event;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.context.event.GenericApplicationListenerAdapter;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.core.ResolvableType;

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

	private final Map<Question, Answer> answers = new ConcurrentHashMap<>();

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
	 * Return whether events are published at all.
	 * @return whether events are published
	 */
	public boolean isEnabled() {
		return this.publisher != null;
	}

	/**
	 * Return whether an application listener may receive events of the given kind for the
	 * given entity type; when none can, callers need not collect ids. Checks the listeners
	 * of an application context and its parents ({@code @EventListener} methods and listener
	 * beans); for any other publisher, assumes there are listeners.
	 * @param kind the kind of change
	 * @param type the entity type
	 * @return whether a listener may receive such events
	 */
	public boolean hasListeners(EntityChanges.Kind kind, Class<?> type) {
		if (this.publisher == null) {
			return false;
		}
		if (!(this.publisher instanceof ApplicationContext context)) {
			return true;
		}
		long listenersVersion = listenersVersion(context);
		Answer answer = this.answers.get(new Question(kind, type));
		if (answer == null || answer.listenersVersion() != listenersVersion) {
			answer = new Answer(findListeners(kind, type), listenersVersion);
			this.answers.put(new Question(kind, type), answer);
		}
		return answer.hasListeners();
	}

	/**
	 * Return a number that changes when listeners are added to the context or its parents:
	 * the counts of their listeners and bean definitions.
	 */
	private static long listenersVersion(ApplicationContext context) {
		long version = 0;
		for (ApplicationContext current = context; current != null; current = current.getParent()) {
			int listeners = (current instanceof AbstractApplicationContext abstractContext)
					? abstractContext.getApplicationListeners().size() : 0;
			version = version * 31 + ((long) listeners << 32) + current.getBeanDefinitionCount();
		}
		return version;
	}

	private boolean findListeners(EntityChanges.Kind kind, Class<?> type) {
		ResolvableType eventType = ResolvableType.forClassWithGenerics(PayloadApplicationEvent.class,
				ResolvableType.forClassWithGenerics(kind.eventClass(), type));
		for (ApplicationContext context = (ApplicationContext) this.publisher; context != null; context = context
			.getParent()) {
			if (!(context instanceof AbstractApplicationContext abstractContext) || hasListeners(abstractContext, eventType)) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasListeners(AbstractApplicationContext context, ResolvableType eventType) {
		for (ApplicationListener<?> listener : context.getApplicationListeners()) {
			if (supports(listener, eventType)) {
				return true;
			}
		}
		for (ApplicationListener<?> listener : context.getBeansOfType(ApplicationListener.class, false, false)
			.values()) {
			if (supports(listener, eventType)) {
				return true;
			}
		}
		return false;
	}

	private static boolean supports(ApplicationListener<?> listener, ResolvableType eventType) {
		GenericApplicationListener generic = (listener instanceof GenericApplicationListener candidate) ? candidate
				: new GenericApplicationListenerAdapter(listener);
		return generic.supportsEventType(eventType);
	}

	private record Question(EntityChanges.Kind kind, Class<?> type) {
	}

	private record Answer(boolean hasListeners, long listenersVersion) {
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
