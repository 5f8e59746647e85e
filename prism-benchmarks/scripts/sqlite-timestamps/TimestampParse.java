import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Times how Prism reads a SQLite timestamp back ({@code SqliteTimestampJdbcType.parse})
 * against reading the same text through the type's {@code DateTimeFormatter}, as it did
 * before 2026-12-08: 1,000 distinct values in the stored form
 * ({@code 2026-01-31 09:15:00.123456}), read 1,000,000 times each way, in 8 rounds after
 * warm-up. See docs/performance.md, "Reading timestamps on SQLite".
 *
 * <pre>
 * ./mvnw -q -pl prism-spring-boot-autoconfigure -am package -DskipTests
 * java -cp "prism-spring-boot-autoconfigure/target/classes:$(ls prism-benchmarks/target/lib/hibernate-core-*.jar):$(ls prism-benchmarks/target/lib/jakarta.persistence-api-*.jar)" \
 *     prism-benchmarks/scripts/sqlite-timestamps/TimestampParse.java
 * </pre>
 */
public class TimestampParse {

	public static void main(String[] args) throws Throwable {
		Class<?> type = Class.forName("dev.prism.sqlite.SqliteTimestampJdbcType");
		Method parseMethod = type.getDeclaredMethod("parse", String.class);
		parseMethod.setAccessible(true);
		MethodHandle parse = MethodHandles.lookup()
			.unreflect(parseMethod)
			.asType(MethodType.methodType(Instant.class, String.class));
		Field parseField = type.getDeclaredField("PARSE");
		parseField.setAccessible(true);
		DateTimeFormatter formatter = (DateTimeFormatter) parseField.get(null);
		String[] values = new String[1_000];
		for (int i = 0; i < values.length; i++) {
			values[i] = String.format("2026-%02d-%02d %02d:%02d:%02d.%06d", 1 + i % 12, 1 + i % 28, i % 24, i % 60,
					(i * 7) % 60, (i * 997) % 1_000_000);
		}
		for (String value : values) {
			Instant expected = LocalDateTime.parse(value, formatter).toInstant(ZoneOffset.UTC);
			if (!expected.equals((Instant) parse.invokeExact(value))) {
				throw new IllegalStateException("The two readers differ for " + value);
			}
		}
		long sink = 0;
		for (int round = 0; round < 10; round++) {
			long start = System.nanoTime();
			for (int repeat = 0; repeat < 1_000; repeat++) {
				for (String value : values) {
					sink += LocalDateTime.parse(value, formatter).toInstant(ZoneOffset.UTC).getNano();
				}
			}
			long formatterNanos = System.nanoTime() - start;
			start = System.nanoTime();
			for (int repeat = 0; repeat < 1_000; repeat++) {
				for (String value : values) {
					sink += ((Instant) parse.invokeExact(value)).getNano();
				}
			}
			long prismNanos = System.nanoTime() - start;
			if (round >= 2) {
				System.out.printf("round %d: formatter %.1f ns a value, Prism %.1f ns a value, ratio %.3f%n", round - 1,
						formatterNanos / 1e6, prismNanos / 1e6, (double) prismNanos / formatterNanos);
			}
		}
		System.out.println("(checksum " + sink + ")");
	}

}
