package dev.prism.benchmarks;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The databases every benchmark runs on. The launcher creates a fresh database of each kind
 * and hands its URL to the benchmark forks as the system property
 * {@code prism.bench.<name>.url} (with {@code .username} and {@code .password}).
 */
public enum BenchmarkDatabase {

	/**
	 * A SQLite file in a new temporary directory.
	 */
	SQLITE {

		@Override
		void bind(PreparedStatement statement, int index, Instant instant) throws SQLException {
			statement.setString(index, (instant != null) ? SQLITE_TIMESTAMP.format(instant) : null);
		}

		@Override
		String clearTable(String table) {
			return "DELETE FROM " + table;
		}

		@Override
		String idIn(String column) {
			return column + " IN (SELECT value FROM json_each('[' || ? || ']'))";
		}

	},

	/**
	 * A new database {@code prism_bench_<random>} on the PostgreSQL server.
	 */
	POSTGRES {

		@Override
		void bind(PreparedStatement statement, int index, Instant instant) throws SQLException {
			if (instant == null) {
				statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
				return;
			}
			statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
		}

		@Override
		String clearTable(String table) {
			return "TRUNCATE TABLE " + table;
		}

		@Override
		String idIn(String column) {
			return column + " = ANY(CAST(string_to_array(?, ',') AS bigint[]))";
		}

	};

	/**
	 * How Prism's SQLite dialect stores UTC timestamps, so rows written over raw JDBC read
	 * back through Hibernate.
	 */
	private static final DateTimeFormatter SQLITE_TIMESTAMP = DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
		.withZone(ZoneOffset.UTC);

	/**
	 * Return the database of the given {@code @Param} value.
	 * @param name {@code sqlite} or {@code postgres}
	 * @return the database
	 */
	public static BenchmarkDatabase of(String name) {
		return valueOf(name.toUpperCase(Locale.ROOT));
	}

	/**
	 * Return the name used in {@code @Param} values and system properties.
	 * @return the lower-case name
	 */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Return the Spring Boot properties that connect to this database.
	 * @return {@code spring.datasource.*} property values
	 */
	String[] dataSourceProperties() {
		return new String[] { "spring.datasource.url=" + required("url"),
				"spring.datasource.username=" + System.getProperty(property("username"), ""),
				"spring.datasource.password=" + System.getProperty(property("password"), "") };
	}

	String property(String name) {
		return "prism.bench." + id() + "." + name;
	}

	private String required(String name) {
		String value = System.getProperty(property(name));
		if (value == null) {
			throw new IllegalStateException("System property " + property(name)
					+ " is not set: run the benchmarks through dev.prism.benchmarks.PrismBenchmarks");
		}
		return value;
	}

	/**
	 * Bind a UTC timestamp, or {@code null}, the way Hibernate does on this database.
	 */
	abstract void bind(PreparedStatement statement, int index, Instant instant) throws SQLException;

	/**
	 * Return the condition that a column holds one of the ids bound to its one parameter
	 * as decimal numbers separated by commas, as Prism's bulk operations write it.
	 * @param column the column
	 * @return the condition
	 */
	abstract String idIn(String column);

	/**
	 * Return the fastest statement that removes every row of a table.
	 */
	abstract String clearTable(String table);

}
