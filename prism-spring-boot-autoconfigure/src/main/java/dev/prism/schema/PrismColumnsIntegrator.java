package dev.prism.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.prism.entity.SoftDeletable;
import dev.prism.entity.Timestamped;
import dev.prism.schema.MissingPrismColumnsException.MissingColumns;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.cfg.SchemaToolingSettings;
import org.hibernate.engine.jdbc.connections.spi.JdbcConnectionAccess;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Table;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Checks, before Hibernate validates the schema or the first insert fails, that the table
 * of every {@link SoftDeletable} or {@link Timestamped} entity has the columns Prism
 * writes, and throws {@link MissingPrismColumnsException} naming them. Runs when Hibernate
 * does not generate the schema itself ({@code ddl-auto} {@code validate} or {@code none})
 * and {@value #ENABLED} is not {@code false}, and not where Hibernate may not reach the
 * database while it boots ({@code hibernate.boot.allow_jdbc_metadata_access=false}, as in
 * Spring Data's AOT processing); tables that do not exist at all are left to Hibernate's
 * validation.
 */
public class PrismColumnsIntegrator implements Integrator {

	/**
	 * Hibernate property ({@code spring.jpa.properties.prism.verify-columns}) that switches
	 * the check off; database commands do, as they may be about to add the columns.
	 */
	public static final String ENABLED = "prism.verify-columns";

	private static final Map<Class<?>, List<String>> ATTRIBUTES = Map.of(Timestamped.class,
			List.of("createdAt", Timestamped.UPDATED_AT), SoftDeletable.class, List.of(SoftDeletable.DELETED_AT));

	private static final Set<String> CHECKED_ACTIONS = Set.of("none", "validate");

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
			SessionFactoryImplementor sessionFactory) {
		Map<String, Object> properties = sessionFactory.getProperties();
		String action = String.valueOf(properties.getOrDefault(SchemaToolingSettings.HBM2DDL_AUTO, "none"));
		if ("false".equals(String.valueOf(properties.get(ENABLED)))
				|| "false".equals(String.valueOf(properties.get(JdbcSettings.ALLOW_METADATA_ON_BOOT)))
				|| !CHECKED_ACTIONS.contains(action.toLowerCase(Locale.ROOT))) {
			return;
		}
		Map<PersistentClass, List<String>> expected = expectedColumns(metadata);
		if (expected.isEmpty()) {
			return;
		}
		List<MissingColumns> missing = new ArrayList<>();
		JdbcConnectionAccess access = sessionFactory.getJdbcServices().getBootstrapJdbcConnectionAccess();
		try {
			Connection connection = access.obtainConnection();
			try {
				expected.forEach((entity, columns) -> {
					Set<String> actual = columns(connection, entity.getTable());
					List<String> absent = columns.stream()
						.filter((column) -> !actual.isEmpty() && !actual.contains(column.toLowerCase(Locale.ROOT)))
						.toList();
					if (!absent.isEmpty()) {
						missing.add(new MissingColumns(entity.getClassName(), entity.getTable().getName(), absent));
					}
				});
			}
			finally {
				access.releaseConnection(connection);
			}
		}
		catch (SQLException ex) {
			return;
		}
		if (!missing.isEmpty()) {
			throw new MissingPrismColumnsException(missing);
		}
	}

	private static Map<PersistentClass, List<String>> expectedColumns(Metadata metadata) {
		Map<PersistentClass, List<String>> expected = new LinkedHashMap<>();
		for (PersistentClass entity : metadata.getEntityBindings()) {
			Class<?> type = entity.getMappedClass();
			List<String> columns = new ArrayList<>();
			ATTRIBUTES.forEach((contract, attributes) -> {
				if (type != null && contract.isAssignableFrom(type)) {
					attributes.stream()
						.filter((attribute) -> hasProperty(entity, attribute))
						.flatMap((attribute) -> entity.getProperty(attribute).getColumns().stream())
						.map(Column::getName)
						.forEach(columns::add);
				}
			});
			if (!columns.isEmpty()) {
				expected.put(entity, columns.stream().sorted().toList());
			}
		}
		return expected;
	}

	private static boolean hasProperty(PersistentClass entity, String attribute) {
		for (Property property : entity.getPropertyClosure()) {
			if (property.getName().equals(attribute)) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> columns(Connection connection, Table table) {
		Set<String> columns = new TreeSet<>();
		try {
			DatabaseMetaData metaData = connection.getMetaData();
			String schema = (table.getSchema() != null) ? table.getSchema() : connection.getSchema();
			for (String name : new LinkedHashSet<>(List.of(table.getName(), table.getName().toLowerCase(Locale.ROOT)))) {
				try (ResultSet rows = metaData.getColumns(table.getCatalog(), schema, name, null)) {
					while (rows.next()) {
						columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
					}
				}
			}
		}
		catch (SQLException ex) {
			return Set.of();
		}
		return columns;
	}

	@Override
	public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
	}

}
