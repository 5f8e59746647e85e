package dev.prism.entity;

import java.time.Instant;

/**
 * An entity whose rows are soft deleted: deleting sets {@code deleted_at} instead of removing
 * the row, and ordinary reads skip rows whose {@code deleted_at} is set.
 * <p>
 * Extend {@link SoftDeletableEntity} or {@link PrismEntity} rather than implementing this
 * directly; an entity that implements it itself must map a {@code deletedAt} attribute and
 * carry {@code @Filter(name = SoftDeletable.FILTER)}, which marks it as soft-deletable so
 * that Prism makes its deletes soft and its reads skip deleted rows.
 *
 * @see dev.prism.repository.SoftDeleteRepository
 */
public interface SoftDeletable {

	/**
	 * Name of the Hibernate filter that marks an entity as soft-deletable. Prism never
	 * enables it: a session with an enabled filter gets no cached query plans. Reads skip
	 * deleted rows through Prism's mapping instead, see {@link DeletedRows}.
	 */
	String FILTER = "prismNotDeleted";

	/**
	 * Name of the attribute holding the deletion instant.
	 */
	String DELETED_AT = "deletedAt";

	/**
	 * Return when this entity was soft deleted.
	 * @return the deletion instant, or {@code null} when the entity is not deleted
	 */
	Instant getDeletedAt();

	/**
	 * Set the deletion instant; the repository calls it when it soft deletes or restores.
	 * @param deletedAt the deletion instant, or {@code null} when restored
	 */
	void setDeletedAt(Instant deletedAt);

	/**
	 * Return whether this entity is soft deleted.
	 * @return {@code true} when {@code deleted_at} is set
	 */
	default boolean isDeleted() {
		return getDeletedAt() != null;
	}

}
