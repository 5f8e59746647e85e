package dev.prism.repository;

import dev.prism.entity.SoftDeletable;
import org.hibernate.community.dialect.SQLiteDialect;
import org.hibernate.persister.entity.EntityPersister;

import org.springframework.util.ClassUtils;

/**
 * Counts the live rows of a soft-deletable entity on SQLite as all rows minus the deleted
 * ones, in one statement. SQLite answers a {@code count(*)} without a {@code WHERE}
 * clause from the pages of the table's smallest index, without visiting its entries, but
 * steps through every live entry once the live-row restriction applies. Subtracting reads
 * only the deleted rows' entries of the {@code deleted_at} index (without that index, the
 * one scan of the table that a restricted count makes). Other databases, and entities
 * whose whole-table count has a condition of its own (inheritance,
 * {@code @SQLRestriction}), count with the restriction.
 */
final class LiveRowCount {

	private static final boolean SQLITE_DIALECT_PRESENT = ClassUtils
		.isPresent("org.hibernate.community.dialect.SQLiteDialect", LiveRowCount.class.getClassLoader());

	private LiveRowCount() {
	}

	/**
	 * Return whether the live rows of the given entity are counted by subtraction.
	 * @param persister the entity's persister
	 * @return whether to use {@link #query}
	 */
	static boolean subtracts(EntityPersister persister) {
		return SQLITE_DIALECT_PRESENT && persister.getFactory().getJdbcServices().getDialect() instanceof SQLiteDialect
				&& !persister.isInherited() && !persister.hasSubclasses() && !persister.hasWhereRestrictions();
	}

	/**
	 * Return the HQL that counts the entity's live rows by subtraction. Run it with
	 * deleted rows included: under the live-row restriction it counts the same rows, but
	 * both of its counts step through them.
	 * @param entityName the entity's name in HQL
	 * @return the query, which returns one {@code Long}
	 */
	static String query(String entityName) {
		return "select (select count(*) from " + entityName + ") - (select count(*) from " + entityName
				+ " e where e." + SoftDeletable.DELETED_AT + " is not null)";
	}

}
