package dev.prism.entity;

import java.time.Instant;

/**
 * An entity with {@code created_at} and {@code updated_at} columns maintained by
 * {@link TimestampListener} from the application's {@link java.time.Clock}.
 *
 * @see TimestampedEntity
 */
public interface Timestamped {

	/**
	 * Name of the attribute holding the last update instant.
	 */
	String UPDATED_AT = "updatedAt";

	/**
	 * Return when this entity was inserted.
	 * @return the insert instant, or {@code null} before the entity is persisted
	 */
	Instant getCreatedAt();

	/**
	 * Return when this entity was last inserted, updated, soft deleted or restored.
	 * @return the last update instant, or {@code null} before the entity is persisted
	 */
	Instant getUpdatedAt();

	/**
	 * Called before the entity is inserted.
	 * @param now the current instant
	 */
	void markCreated(Instant now);

	/**
	 * Called before the entity is updated.
	 * @param now the current instant
	 */
	void markUpdated(Instant now);

}
