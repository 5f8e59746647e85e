package dev.prism.sqlite;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicBinder;
import org.hibernate.type.descriptor.jdbc.BasicExtractor;
import org.hibernate.type.descriptor.jdbc.JdbcType;

/**
 * Stores UTC timestamps ({@code Instant}, {@code OffsetDateTime}, {@code ZonedDateTime}) in
 * SQLite as fixed-width UTC text with microseconds, {@code 2026-01-31 09:15:00.123456}, so
 * that values read back equal the values written and sort correctly in SQL. The SQLite
 * driver's own default stores whole milliseconds as an integer.
 */
final class SqliteTimestampJdbcType implements JdbcType {

	static final SqliteTimestampJdbcType INSTANCE = new SqliteTimestampJdbcType();

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
		.withZone(ZoneOffset.UTC);

	static final DateTimeFormatter PARSE = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.append(DateTimeFormatter.ISO_LOCAL_DATE)
		.optionalStart()
		.appendLiteral('T')
		.optionalEnd()
		.optionalStart()
		.appendLiteral(' ')
		.optionalEnd()
		.append(DateTimeFormatter.ISO_LOCAL_TIME)
		.optionalStart()
		.appendLiteral('Z')
		.optionalEnd()
		.parseDefaulting(ChronoField.NANO_OF_SECOND, 0)
		.toFormatter();

	private SqliteTimestampJdbcType() {
	}

	@Override
	public int getJdbcTypeCode() {
		return Types.VARCHAR;
	}

	@Override
	public int getDefaultSqlTypeCode() {
		return SqlTypes.TIMESTAMP_UTC;
	}

	/**
	 * Format an instant as {@link #FORMAT} does, writing the digits directly for the years
	 * 1 to 9999: {@link DateTimeFormatter} takes about a microsecond per value, which a batch
	 * insert of many rows pays for every timestamp column.
	 * @param instant the instant
	 * @return the text to store
	 */
	static String format(Instant instant) {
		LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
		if (time.getYear() < 1 || time.getYear() > 9999) {
			return FORMAT.format(instant);
		}
		char[] text = new char[26];
		digits(text, 0, time.getYear(), 4);
		text[4] = '-';
		digits(text, 5, time.getMonthValue(), 2);
		text[7] = '-';
		digits(text, 8, time.getDayOfMonth(), 2);
		text[10] = ' ';
		digits(text, 11, time.getHour(), 2);
		text[13] = ':';
		digits(text, 14, time.getMinute(), 2);
		text[16] = ':';
		digits(text, 17, time.getSecond(), 2);
		text[19] = '.';
		digits(text, 20, time.getNano() / 1000, 6);
		return new String(text);
	}

	private static void digits(char[] text, int start, int value, int width) {
		for (int i = start + width - 1; i >= start; i--) {
			text[i] = (char) ('0' + value % 10);
			value /= 10;
		}
	}

	/**
	 * Parse stored text, or the epoch milliseconds the SQLite driver writes by default.
	 * Text in the form {@link #format(Instant)} writes is read digit by digit: {@link #PARSE}
	 * takes about a microsecond per value, which every row read pays for every timestamp
	 * column.
	 */
	static Instant parse(String text) {
		Instant formatted = parseFormatted(text);
		if (formatted != null) {
			return formatted;
		}
		if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
			return Instant.ofEpochMilli(Long.parseLong(text));
		}
		return LocalDateTime.parse(text.trim(), PARSE).toInstant(ZoneOffset.UTC);
	}

	/**
	 * Parse text of exactly the form {@code yyyy-MM-dd HH:mm:ss.SSSSSS}, or return
	 * {@code null} for any other text, including a date or time out of range, which
	 * {@link #PARSE} then reads or rejects as it always did.
	 */
	private static Instant parseFormatted(String text) {
		if (text.length() != 26 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != ' '
				|| text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != '.') {
			return null;
		}
		int year = readDigits(text, 0, 4);
		int month = readDigits(text, 5, 2);
		int day = readDigits(text, 8, 2);
		int hour = readDigits(text, 11, 2);
		int minute = readDigits(text, 14, 2);
		int second = readDigits(text, 17, 2);
		int micros = readDigits(text, 20, 6);
		if ((year | month | day | hour | minute | second | micros) < 0 || month < 1 || month > 12 || day < 1
				|| day > YearMonth.of(year, month).lengthOfMonth() || hour > 23 || minute > 59 || second > 59) {
			return null;
		}
		long epochSecond = LocalDate.of(year, month, day).toEpochDay() * 86_400 + hour * 3_600 + minute * 60 + second;
		return Instant.ofEpochSecond(epochSecond, micros * 1_000L);
	}

	/**
	 * Read the decimal digits of the given width at the given index, or return -1 where one
	 * of them is not a digit.
	 */
	private static int readDigits(String text, int start, int width) {
		int value = 0;
		for (int i = start; i < start + width; i++) {
			int digit = text.charAt(i) - '0';
			if (digit < 0 || digit > 9) {
				return -1;
			}
			value = value * 10 + digit;
		}
		return value;
	}

	@Override
	public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
		return new BasicBinder<>(javaType, this) {

			@Override
			protected void doBind(PreparedStatement statement, X value, int index, WrapperOptions options)
					throws SQLException {
				statement.setString(index, format(javaType.unwrap(value, Instant.class, options)));
			}

			@Override
			protected void doBind(CallableStatement statement, X value, String name, WrapperOptions options)
					throws SQLException {
				statement.setString(name, format(javaType.unwrap(value, Instant.class, options)));
			}

		};
	}

	@Override
	public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
		return new BasicExtractor<>(javaType, this) {

			@Override
			protected X doExtract(ResultSet resultSet, int position, WrapperOptions options) throws SQLException {
				return wrap(resultSet.getString(position), options);
			}

			@Override
			protected X doExtract(CallableStatement statement, int position, WrapperOptions options)
					throws SQLException {
				return wrap(statement.getString(position), options);
			}

			@Override
			protected X doExtract(CallableStatement statement, String name, WrapperOptions options)
					throws SQLException {
				return wrap(statement.getString(name), options);
			}

			private X wrap(String text, WrapperOptions options) {
				return (text != null) ? javaType.wrap(parse(text), options) : null;
			}

		};
	}

}
