package dev.prism.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.Filter;

/**
 * Base class for entities with timestamps and soft delete ({@code created_at},
 * {@code updated_at}, {@code deleted_at}). Subclasses declare their own {@code @Id}, of any
 * type; {@link PrismEntity} adds a {@code Long} identity id.
 * <p>
 * The {@value SoftDeletable#FILTER} filter marks subclasses as soft-deletable, so every
 * query and collection of a subclass skips deleted rows unless
 * {@linkplain DeletedRows deleted rows are included}; the repository's {@code findById}
 * does too. Loading by primary key ({@code EntityManager.find}, to-one associations,
 * references) still reaches a deleted row, so that an order keeps its soft-deleted
 * customer; check {@link #isDeleted()} there.
 */
@MappedSuperclass
@Filter(name = SoftDeletable.FILTER)
public abstract class SoftDeletableEntity extends TimestampedEntity implements SoftDeletable {

	@Column(name = "deleted_at")
	private Instant deletedAt;

	@Override
	public Instant getDeletedAt() {
		return this.deletedAt;
	}

	@Override
	public void setDeletedAt(Instant deletedAt) {
		this.deletedAt = deletedAt;
	}

}
