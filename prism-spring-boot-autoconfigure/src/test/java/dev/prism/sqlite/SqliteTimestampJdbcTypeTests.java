package dev.prism.sqlite;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The text SQLite stores for a timestamp: what {@link DateTimeFormatter} writes for the
 * pattern {@code yyyy-MM-dd HH:mm:ss.SSSSSS} in UTC, for any instant; and the instant read
 * back from any text, the same as {@link SqliteTimestampJdbcType#PARSE} reads.
 */
class SqliteTimestampJdbcTypeTests {

	private static final DateTimeFormatter EXPECTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
		.withZone(ZoneOffset.UTC);

	@Test
	void formatsLikeTheFormatterWithTruncatedMicroseconds() {
		assertThat(SqliteTimestampJdbcType.format(Instant.parse("2026-01-31T09:15:00.123456789Z")))
			.isEqualTo("2026-01-31 09:15:00.123456");
		for (Instant instant : new Instant[] { Instant.EPOCH, Instant.parse("0000-01-01T00:00:00Z"),
				Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("+10000-01-01T00:00:00Z"),
				Instant.parse("-0001-12-31T23:59:59.000001Z"), Instant.parse("2024-02-29T00:00:00.000001Z") }) {
			assertThat(SqliteTimestampJdbcType.format(instant)).as(instant.toString())
				.isEqualTo(EXPECTED.format(instant));
		}
		randomInstants(7).forEach((instant) -> assertThat(SqliteTimestampJdbcType.format(instant))
			.isEqualTo(EXPECTED.format(instant)));
	}

	@Test
	void readsBackEveryInstantItWrites() {
		randomInstants(11).forEach((instant) -> {
			String text = SqliteTimestampJdbcType.format(instant);
			assertThat(SqliteTimestampJdbcType.parse(text)).as(text)
				.isEqualTo(instant.truncatedTo(ChronoUnit.MICROS))
				.isEqualTo(parsedByTheFormatter(text));
		});
	}

	@Test
	void readsAnyOtherTextAsTheFormatterDoes() {
		for (String text : new String[] { "2024-02-29 00:00:00.000001", "0000-01-01 00:00:00.000000",
				"9999-12-31 23:59:59.999999", "2023-02-29 00:00:00.000000", "2026-04-31 12:00:00.000000",
				"2026-01-31 24:00:00.000000", "2026-01-31 09:15:00.1234567", " 2026-01-31 09:15:00.123456 ",
				"2026-01-31T09:15:00.123456", "2026-01-31 09:15:00.123456Z", "2026-01-31 09:15:00.123",
				"2026-01-31T09:15:00Z" }) {
			assertThat(SqliteTimestampJdbcType.parse(text)).as(text).isEqualTo(parsedByTheFormatter(text));
		}
		for (String text : new String[] { "2026-13-01 00:00:00.000000", "2026-00-10 00:00:00.000000",
				"2026-01-32 00:00:00.000000", "2026-01-31 23:60:00.000000", "2026-01-31 23:59:60.000000",
				"2026-01-3x 00:00:00.000000", "2026-01-31 09:15:00.12345x", "2026-01-31+09:15:00.123456",
				"-026-01-31 09:15:00.123456", "2026-01-31 09:15", "" }) {
			Throwable expected = catchThrowable(() -> parsedByTheFormatter(text));
			assertThat(expected).as(text).isNotNull();
			assertThatThrownBy(() -> SqliteTimestampJdbcType.parse(text)).as(text)
				.isExactlyInstanceOf(expected.getClass())
				.hasMessage(expected.getMessage());
		}
		assertThat(SqliteTimestampJdbcType.parse("1769850900123")).isEqualTo(Instant.ofEpochMilli(1769850900123L));
	}

	/**
	 * 100,000 instants with nanoseconds, spread over the years 1 to 9999.
	 */
	private static Stream<Instant> randomInstants(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		long minSecond = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
		long maxSecond = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
		return Stream.generate(() -> Instant.ofEpochSecond(random.nextLong(minSecond, maxSecond + 1),
				random.nextInt(1_000_000_000)))
			.limit(100_000);
	}

	private static Instant parsedByTheFormatter(String text) {
		return LocalDateTime.parse(text.trim(), SqliteTimestampJdbcType.PARSE).toInstant(ZoneOffset.UTC);
	}

}
