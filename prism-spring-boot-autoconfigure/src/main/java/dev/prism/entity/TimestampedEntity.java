package dev.prism.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;

/**
 * Base class for entities with {@code created_at} and {@code updated_at} columns. Subclasses
 * declare their own {@code @Id}. Extend {@link SoftDeletableEntity} to add soft delete, or
 * {@link PrismEntity} for a ready-made {@code Long} identity id.
 */
@MappedSuperclass
@EntityListeners(TimestampListener.class)
public abstract class TimestampedEntity implements Timestamped {

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Override
	public Instant getCreatedAt() {
		return this.createdAt;
	}

	@Override
	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	@Override
	public void markCreated(Instant now) {
		this.createdAt = now;
		this.updatedAt = now;
	}

	@Override
	public void markUpdated(Instant now) {
		this.updatedAt = now;
	}

}
