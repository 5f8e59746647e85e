package dev.prism.repository;

import java.util.Collection;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Thrown when restoring soft-deleted rows collides with a constraint, typically a live
 * row that took a unique value (an email) of a deleted one in the meantime. Nothing is
 * restored.
 */
public class RestoreConflictException extends DataIntegrityViolationException {

	private final Class<?> entityType;

	private final List<?> ids;

	private final String constraint;

	/**
	 * Create an exception.
	 * @param entityType the entity type being restored
	 * @param ids the ids being restored, or empty when restored by query
	 * @param constraint the violated constraint as the database names it
	 * @param cause the database's failure
	 */
	public RestoreConflictException(Class<?> entityType, Collection<?> ids, String constraint, Throwable cause) {
		super("Cannot restore " + entityType.getSimpleName() + (ids.isEmpty() ? "" : " " + ids)
				+ ": it would violate " + constraint + "; a live row already holds its unique value", cause);
		this.entityType = entityType;
		this.ids = List.copyOf(ids);
		this.constraint = constraint;
	}

	/**
	 * Return the entity type being restored.
	 * @return the entity type
	 */
	public Class<?> getEntityType() {
		return this.entityType;
	}

	/**
	 * Return the ids being restored.
	 * @return the ids, empty when restored by query
	 */
	public List<?> getIds() {
		return this.ids;
	}

	/**
	 * Return the violated constraint.
	 * @return the constraint's name, or the database's description of it
	 */
	public String getConstraint() {
		return this.constraint;
	}

}
