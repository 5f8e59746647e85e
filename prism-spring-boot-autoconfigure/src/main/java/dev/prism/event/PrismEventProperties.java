package dev.prism.event;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for Prism's entity events.
 */
@ConfigurationProperties("prism.events")
public class PrismEventProperties {

	/**
	 * Whether to publish SoftDeletedEvent, RestoredEvent, HardDeletedEvent and PrunedEvent.
	 * When off, bulk operations also skip reading the ids of the rows they change.
	 */
	private boolean enabled = true;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
