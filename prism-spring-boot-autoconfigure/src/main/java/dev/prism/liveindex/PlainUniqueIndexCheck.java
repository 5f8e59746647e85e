package dev.prism.liveindex;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import dev.prism.entity.SoftDeletable;
import jakarta.persistence.EntityManagerFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;

import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Logs one warning per unique index or unique constraint that is not partial on the table
 * of a {@link SoftDeletable} entity, its primary key aside: a soft-deleted row keeps
 * holding its value, so a live row can never take it again. Partial indexes, such as those
 * of Prism's {@code createLiveUniqueIndex} change, are left alone; they are read from
 * {@code pg_index.indpred} on PostgreSQL (the driver's {@code FILTER_CONDITION}) and from
 * {@code pragma index_list} on SQLite.
 */
public class PlainUniqueIndexCheck implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(PlainUniqueIndexCheck.class);

	private final EntityManagerFactory entityManagerFactory;

	private final DataSource dataSource;

	/**
	 * Create a check.
	 * @param entityManagerFactory where the soft-deletable entities come from
	 * @param dataSource the database to read the indexes of
	 */
	public PlainUniqueIndexCheck(EntityManagerFactory entityManagerFactory, DataSource dataSource) {
		this.entityManagerFactory = entityManagerFactory;
		this.dataSource = dataSource;
	}

	@Override
	public void afterSingletonsInstantiated() {
		try (Connection connection = this.dataSource.getConnection()) {
			for (String table : softDeletableTables()) {
				for (Map.Entry<String, Set<String>> index : plainUniqueIndexes(connection, table).entrySet()) {
					logger.warn("Unique index " + index.getKey() + " on " + table + index.getValue()
							+ " covers soft-deleted rows: a deleted row keeps holding this value; use createLiveUniqueIndex");
				}
			}
		}
		catch (SQLException ex) {
			logger.debug("Could not read the unique indexes of soft-deletable tables", ex);
		}
	}

	private Set<String> softDeletableTables() {
		Set<String> tables = new TreeSet<>();
		this.entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getMappingMetamodel()
			.forEachEntityDescriptor((EntityPersister persister) -> {
				if (SoftDeletable.class.isAssignableFrom(persister.getMappedClass())) {
					tables.add(persister.getIdentifierTableName());
				}
			});
		return tables;
	}

	/**
	 * The unique indexes of a table that are neither partial nor its primary key, with their
	 * columns.
	 */
	static Map<String, Set<String>> plainUniqueIndexes(Connection connection, String table) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		String name = metaData.storesUpperCaseIdentifiers() ? table.toUpperCase() : table;
		Map<String, Set<String>> indexes = new LinkedHashMap<>();
		List<String> partial = new ArrayList<>();
		try (ResultSet rows = metaData.getIndexInfo(null, null, name, true, false)) {
			while (rows.next()) {
				String index = rows.getString("INDEX_NAME");
				if (index == null || rows.getBoolean("NON_UNIQUE")) {
					continue;
				}
				indexes.computeIfAbsent(index, (key) -> new TreeSet<>()).add(rows.getString("COLUMN_NAME"));
				if (rows.getString("FILTER_CONDITION") != null) {
					partial.add(index);
				}
			}
		}
		partial.addAll(sqlitePartialIndexes(connection, name));
		Set<String> primaryKey = new TreeSet<>();
		try (ResultSet rows = metaData.getPrimaryKeys(null, null, name)) {
			while (rows.next()) {
				primaryKey.add(rows.getString("COLUMN_NAME"));
			}
		}
		partial.forEach(indexes::remove);
		indexes.values().removeIf(primaryKey::equals);
		return indexes;
	}

	/**
	 * SQLite's driver reports no filter condition; its {@code pragma index_list} flags
	 * partial indexes.
	 */
	private static List<String> sqlitePartialIndexes(Connection connection, String table) throws SQLException {
		List<String> partial = new ArrayList<>();
		if (!"SQLite".equals(connection.getMetaData().getDatabaseProductName())) {
			return partial;
		}
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("pragma index_list(\"" + table.replace("\"", "\"\"") + "\")")) {
			while (rows.next()) {
				if (rows.getInt("partial") == 1) {
					partial.add(rows.getString("name"));
				}
			}
		}
		return partial;
	}

}
