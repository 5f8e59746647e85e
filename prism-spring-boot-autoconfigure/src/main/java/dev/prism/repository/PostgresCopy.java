package dev.prism.repository;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.JavaType;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.util.ByteConverter;
import org.postgresql.util.PGobject;

import org.springframework.util.ClassUtils;

/**
 * Writes rows into one PostgreSQL table with {@code COPY … FROM STDIN (FORMAT binary)},
 * which PostgreSQL parses several times faster than a batch of {@code INSERT}s. Each value
 * is encoded in the binary format of its column's type, after Hibernate's {@link JavaType}
 * has unwrapped it to the class Hibernate's own binder would bind; {@link #prepare} returns
 * {@code null} for a table with a column type it cannot encode, so that the caller falls
 * back to a JDBC batch.
 */
final class PostgresCopy {

	private static final boolean DRIVER_PRESENT = ClassUtils.isPresent("org.postgresql.PGConnection",
			PostgresCopy.class.getClassLoader());

	private static final byte[] HEADER = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0,
			0, 0, 0, 0, 0 };

	private static final int FLUSH_BYTES = 64 * 1024;

	/**
	 * Seconds from the Unix epoch to PostgreSQL's, 2000-01-01T00:00:00Z.
	 */
	private static final long POSTGRES_EPOCH_SECONDS = 946_684_800L;

	private final Connection connection;

	private final String table;

	private final List<String> columns;

	private final List<Encoder> encoders;

	private final List<JdbcMapping> mappings;

	private final SharedSessionContractImplementor session;

	private PostgresCopy(Connection connection, String table, List<String> columns, List<Encoder> encoders,
			List<JdbcMapping> mappings, SharedSessionContractImplementor session) {
		this.connection = connection;
		this.table = table;
		this.columns = columns;
		this.encoders = encoders;
		this.mappings = mappings;
		this.session = session;
	}

	/**
	 * Return a copy into the table's columns, or {@code null} when the connection does not
	 * come from pgjdbc or a column has a type this class cannot encode.
	 * @param connection the transaction's connection to a
	 * {@link dev.prism.jdbc.PrismDatabase#POSTGRESQL PostgreSQL} database
	 * @param table the table
	 * @param columns the columns the rows fill
	 * @param mappings the Hibernate mapping of each column's values
	 * @param session the session that unwraps values
	 * @return the copy, or {@code null}
	 * @throws SQLException when the column types cannot be read
	 */
	static PostgresCopy prepare(Connection connection, String table, List<String> columns, List<JdbcMapping> mappings,
			SharedSessionContractImplementor session) throws SQLException {
		if (!DRIVER_PRESENT || !connection.isWrapperFor(PGConnection.class)) {
			return null;
		}
		Map<String, String> types = columnTypes(connection, table);
		List<Encoder> encoders = new ArrayList<>(columns.size());
		for (int i = 0; i < columns.size(); i++) {
			Encoder encoder = Encoder.of(types.get(unquoted(columns.get(i))), mappings.get(i));
			if (encoder == null) {
				return null;
			}
			encoders.add(encoder);
		}
		return new PostgresCopy(connection, table, columns, encoders, mappings, session);
	}

	/**
	 * Return a column name as PostgreSQL's catalog spells it.
	 */
	private static String unquoted(String column) {
		return (column.startsWith("\"") && column.endsWith("\"")) ? column.substring(1, column.length() - 1)
				: column.toLowerCase(Locale.ROOT);
	}

	private static Map<String, String> columnTypes(Connection connection, String table) throws SQLException {
		Map<String, String> types = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement("SELECT attname, format_type(atttypid, NULL) "
				+ "FROM pg_attribute WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped")) {
			statement.setString(1, table);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					types.put(result.getString(1), result.getString(2));
				}
			}
		}
		return types;
	}

	/**
	 * Take as many values from the sequence behind an identity or serial column in one
	 * round trip. Each value is unique however many transactions insert at the same time.
	 * The sequence is bound as a {@code regclass}, so that PostgreSQL does not look its
	 * name up again for every value.
	 * @param idColumn the identity column
	 * @param count how many ids
	 * @return the ids, or {@code null} when the column has no sequence
	 * @throws SQLException on a database error
	 */
	List<Long> nextIds(String idColumn, int count) throws SQLException {
		PGobject sequence = sequence(idColumn);
		if (sequence == null) {
			return null;
		}
		List<Long> ids = new ArrayList<>(count);
		try (PreparedStatement statement = this.connection
			.prepareStatement("SELECT nextval(?) FROM generate_series(1, ?)")) {
			statement.setObject(1, sequence);
			statement.setInt(2, count);
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					ids.add(result.getLong(1));
				}
			}
		}
		return ids;
	}

	private PGobject sequence(String idColumn) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
			statement.setString(1, this.table);
			statement.setString(2, idColumn);
			try (ResultSet result = statement.executeQuery()) {
				String name = result.next() ? result.getString(1) : null;
				if (name == null) {
					return null;
				}
				PGobject sequence = new PGobject();
				sequence.setType("regclass");
				sequence.setValue(name);
				return sequence;
			}
		}
	}

	/**
	 * Copy the rows.
	 * @param rows the JDBC values of each row, in column order
	 * @return the number of rows written
	 * @throws SQLException on a database error
	 */
	long copy(Iterable<Object[]> rows) throws SQLException {
		CopyIn copy = this.connection.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("COPY " + this.table + " (" + String.join(", ", this.columns) + ") FROM STDIN (FORMAT binary)");
		try {
			ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_BYTES + 1024);
			DataOutputStream out = new DataOutputStream(buffer);
			out.write(HEADER);
			for (Object[] row : rows) {
				out.writeShort(row.length);
				for (int i = 0; i < row.length; i++) {
					writeValue(out, i, row[i]);
				}
				if (buffer.size() >= FLUSH_BYTES) {
					copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
					buffer.reset();
				}
			}
			out.writeShort(-1);
			copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
			return copy.endCopy();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
	}

	private void writeValue(DataOutputStream out, int column, Object value) throws IOException {
		if (value == null) {
			out.writeInt(-1);
			return;
		}
		Encoder encoder = this.encoders.get(column);
		@SuppressWarnings("unchecked")
		JavaType<Object> javaType = (JavaType<Object>) this.mappings.get(column).getJdbcJavaType();
		Object unwrapped = javaType.unwrap(value, encoder.type, this.session);
		encoder.write(out, unwrapped);
	}

	/**
	 * The binary encoding of one PostgreSQL type, for the JDBC types Hibernate binds to it
	 * and the class Hibernate's binder unwraps their values to.
	 */
	private enum Encoder {

		TEXT(Set.of("text", "character varying", "character"),
				Set.of(Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.NVARCHAR, Types.NCHAR,
						SqlTypes.LONG32VARCHAR, SqlTypes.LONG32NVARCHAR),
				String.class) {

			@Override
			void write(DataOutputStream out, Object value) throws IOException {
				byte[] bytes = ((String) value).getBytes(StandardCharsets.UTF_8);
				out.writeInt(bytes.length);
				out.write(bytes);
			}

		},

		BIGINT(Set.of("bigint"), Set.of(Types.BIGINT), Long.class) {

			@Override
			void write(DataOutputStream out, Object value) throws IOException {
				out.writeInt(8);
				out.writeLong((Long) value);
			}

		},

		INTEGER(Set.of("integer"), Set.of(Types.INTEGER), Integer.class) {

			@Override
			void write(DataOutputStream out, Object value) throws IOException {
				out.writeInt(4);
				out.writeInt((Integer) value);
			}

		},

		SMALLINT(Set.of("smallint"), Set.of(Types.SMALLINT, Types.TINYINT), Short.class) {

			@Override
			void write(DataOutputStream out, Object value) throws IOException {
				out.writeInt(2);
				out.writeShort((Short) value);
			}

		},

		BOOLEAN(Set.of("boolean"), Set.of(Types.BOOLEAN, Types.BIT), Boolean.class) {

			@Override
			void write(DataOutputStream out, Object value) throws IOException {
				out.writeInt(1);
				out.writeByte(((Boolean) value) ? 1 : 0);
			}

		},

		NUMERIC(Set.of("numeric"), Set.of(Types.NUMERIC, Types.DECIMAL), BigDecimal.class) {

			@Override
			void write(DataOutputStream out, Object value) throws IOException {
				byte[] bytes = ByteConverter.numeric((BigDecimal) value);
				out.writeInt(bytes.length);
				out.write(bytes);
			}

		},

		TIMESTAMPTZ(Set.of("timestamp with time zone"),
				Set.of(SqlTypes.TIMESTAMP_UTC, Types.TIMESTAMP_WITH_TIMEZONE), OffsetDateTime.class) {

			@Override
			void write(DataOutputStream out, Object value) throws IOException {
				Instant instant = ((OffsetDateTime) value).toInstant();
				out.writeInt(8);
				out.writeLong(Math.addExact(Math.multiplyExact(instant.getEpochSecond() - POSTGRES_EPOCH_SECONDS,
						1_000_000L), instant.getNano() / 1000));
			}

		},

		UUID_TYPE(Set.of("uuid"), Set.of(SqlTypes.UUID, Types.OTHER), UUID.class) {

			@Override
			void write(DataOutputStream out, Object value) throws IOException {
				UUID uuid = (UUID) value;
				out.writeInt(16);
				out.writeLong(uuid.getMostSignificantBits());
				out.writeLong(uuid.getLeastSignificantBits());
			}

		};

		private final Set<String> columnTypes;

		private final Set<Integer> jdbcTypes;

		private final Class<?> type;

		Encoder(Set<String> columnTypes, Set<Integer> jdbcTypes, Class<?> type) {
			this.columnTypes = columnTypes;
			this.jdbcTypes = jdbcTypes;
			this.type = type;
		}

		abstract void write(DataOutputStream out, Object value) throws IOException;

		/**
		 * Return the encoder of a column, or {@code null} when there is none for the
		 * combination of its type and the JDBC type Hibernate binds.
		 */
		static Encoder of(String columnType, JdbcMapping mapping) {
			int jdbcType = mapping.getJdbcType().getJdbcTypeCode();
			int sqlType = mapping.getJdbcType().getDefaultSqlTypeCode();
			for (Encoder encoder : values()) {
				if (encoder.columnTypes.contains(columnType)
						&& (encoder.jdbcTypes.contains(jdbcType) || encoder.jdbcTypes.contains(sqlType))) {
					return encoder;
				}
			}
			return null;
		}

	}

}
