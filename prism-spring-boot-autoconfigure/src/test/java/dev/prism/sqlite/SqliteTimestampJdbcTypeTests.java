package dev.prism.sqlite;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text SQLite stores for a timestamp: what {@link DateTimeFormatter} writes for the
 * pattern {@code yyyy-MM-dd HH:mm:ss.SSSSSS} in UTC, for any instant.
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
		SplittableRandom random = new SplittableRandom(7);
		long minSecond = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
		long maxSecond = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
		for (int i = 0; i < 100_000; i++) {
			Instant instant = Instant.ofEpochSecond(random.nextLong(minSecond, maxSecond + 1),
					random.nextInt(1_000_000_000));
			assertThat(SqliteTimestampJdbcType.format(instant)).isEqualTo(EXPECTED.format(instant));
		}
	}

}
