package dev.prism.repository;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.prism.entity.SoftDeletable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * A {@link JpaRepository} for {@link SoftDeletable} entities with any id type. Every
 * {@code delete…} method soft deletes (sets {@code deleted_at}), every ordinary read skips
 * deleted rows, and the methods below reach deleted rows, restore them or remove them for
 * good. Soft deletes, restores and hard deletes follow {@code CascadeType.REMOVE} and
 * {@code orphanRemoval} to the children of a {@code mappedBy} collection. Bulk methods run
 * one statement per table per chunk of ids (see {@code prism.repository.batch-size}) and
 * never load the entities. As with Spring Data's
 * own methods, a {@code null} id or entity, or a {@code null} element in a list of ids, is
 * rejected with an {@code InvalidDataAccessApiUsageException}; an empty list or unknown ids
 * change nothing and count 0.
 *
 * @param <T> the entity type
 * @param <ID> the id type
 * @see PrismRepository
 */
@NoRepositoryBean
public interface SoftDeleteRepository<T extends SoftDeletable, ID> extends JpaRepository<T, ID>, JpaSpecificationExecutor<T> {

	/**
	 * Find an entity by id whether or not it is soft deleted.
	 * @param id the id, not {@code null}
	 * @return the entity, or empty when no row has that id
	 */
	Optional<T> findByIdIncludingDeleted(ID id);

	/**
	 * Return every entity, soft deleted or not.
	 * @return all entities
	 */
	List<T> findAllIncludingDeleted();

	/**
	 * Return a page of entities, soft deleted or not.
	 * @param pageable the page to return
	 * @return the page
	 */
	Page<T> findAllIncludingDeleted(Pageable pageable);

	/**
	 * Return the soft-deleted entities only.
	 * @return the deleted entities
	 */
	List<T> findAllDeleted();

	/**
	 * Return a page of the soft-deleted entities only.
	 * @param pageable the page to return
	 * @return the page
	 */
	Page<T> findAllDeleted(Pageable pageable);

	/**
	 * Count every row, soft deleted or not.
	 * @return the number of rows
	 */
	long countIncludingDeleted();

	/**
	 * Count the soft-deleted rows.
	 * @return the number of deleted rows
	 */
	long countDeleted();

	/**
	 * Insert new entities with one {@code COPY} on PostgreSQL, or in JDBC batches of
	 * {@code prism.repository.batch-size} rows, and set their generated ids, much faster than
	 * {@code saveAll} for {@code IDENTITY} ids, which Hibernate inserts one statement at a time. Timestamps are set as on {@code save}; the
	 * entities are not attached to the persistence context and cascades do not apply. See
	 * {@link BatchInserter}.
	 * @param entities new entities, none {@code null} or already saved
	 * @return the number of rows inserted
	 */
	int insertAll(Iterable<? extends T> entities);

	/**
	 * Soft delete the rows with the given ids, and their cascade, in one statement per
	 * table per chunk; rows already deleted keep their first {@code deleted_at}. Cascaded
	 * children get the same {@code deleted_at}.
	 * @param ids the ids, none {@code null}
	 * @return the number of rows deleted
	 */
	int softDeleteAllById(Iterable<? extends ID> ids);

	/**
	 * Restore a soft-deleted row: clear {@code deleted_at}, bump {@code updated_at}, and
	 * restore the children its soft delete cascaded to.
	 * @param id the id, not {@code null}
	 * @return whether a deleted row with that id was restored
	 */
	boolean restoreById(ID id);

	/**
	 * Restore the given entity's row and update the instance to match.
	 * @param entity the entity, not {@code null}
	 */
	void restore(T entity);

	/**
	 * Restore the soft-deleted rows with the given ids, and the children their soft delete
	 * cascaded to, in one statement per table per chunk.
	 * @param ids the ids, none {@code null}
	 * @return the number of rows restored
	 */
	int restoreAllById(Iterable<? extends ID> ids);

	/**
	 * Restore every soft-deleted row that the specification matches, and the children its
	 * soft delete cascaded to, in one statement per table (Laravel's
	 * {@code onlyTrashed()->where(…)->restore()}).
	 * @param spec the rows to restore, not {@code null}
	 * @return the number of rows restored
	 */
	long restoreAll(Specification<T> spec);

	/**
	 * Save an entity unless a row already matches, soft deleted or not (Laravel's
	 * {@code restoreOrCreate}): then that row is restored when deleted, with the children
	 * its soft delete cascaded to, and takes the entity's values. One transaction; on
	 * PostgreSQL concurrent calls for the same entity type are serialised by a transaction
	 * advisory lock, on SQLite by its single writer, so that they never insert duplicates.
	 * @param entity the entity with the values to store, not {@code null}
	 * @param match the row to restore or update, not {@code null}; when several match,
	 * the one with the lowest id
	 * @param <S> the entity type
	 * @return the restored or saved entity, managed
	 */
	<S extends T> S restoreOrSave(S entity, Specification<T> match);

	/**
	 * Remove a row for good, deleted or not, through {@code EntityManager.remove} so that
	 * JPA cascades apply.
	 * @param id the id, not {@code null}
	 * @return whether a row with that id was removed
	 */
	boolean hardDeleteById(ID id);

	/**
	 * Remove the given entity's row for good through {@code EntityManager.remove}.
	 * @param entity the entity, not {@code null}
	 */
	void hardDelete(T entity);

	/**
	 * Remove the rows with the given ids for good, deleted or not, in one {@code DELETE} per
	 * table per chunk, after the children their cascades reach, deleted or not.
	 * @param ids the ids, none {@code null}
	 * @return the number of rows removed
	 */
	int hardDeleteAllById(Iterable<? extends ID> ids);

	/**
	 * Set the given attributes on the non-deleted rows with the given ids, in one
	 * {@code UPDATE} per chunk, bumping {@code updated_at} when the entity has timestamps.
	 * @param ids the ids, none {@code null}
	 * @param values new values by attribute name; names must be basic attributes of the
	 * entity other than its id, version and Prism's timestamp columns
	 * @return the number of rows updated
	 * @throws org.springframework.dao.InvalidDataAccessApiUsageException when an attribute
	 * is unknown, not updatable, or a value does not fit its type; no SQL is run then
	 */
	int updateAllById(Iterable<? extends ID> ids, Map<String, ?> values);

}
