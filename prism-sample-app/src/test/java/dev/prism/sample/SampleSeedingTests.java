package dev.prism.sample;

import java.util.stream.Stream;

import dev.prism.test.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's seeders on a fresh SQLite file: {@code prism.db.seed=true} seeds once, a
 * second start seeds nothing new, and a reset seeds again.
 */
class SampleSeedingTests {

	@Test
	void seedsOnceAndAgainAfterReset() {
		String[] database = TestDatabases.sqlite().properties();
		try (ConfigurableApplicationContext context = start(database, "prism.db.seed=true")) {
			assertCounts(context, 2, 2);
			new JdbcTemplate(context.getBean(javax.sql.DataSource.class))
				.update("insert into customers (name, email, status, created_at, updated_at) "
						+ "values ('Manual', 'manual@example.com', 'customer', '2026-01-01 00:00:00.000000', "
						+ "'2026-01-01 00:00:00.000000')");
		}
		try (ConfigurableApplicationContext context = start(database, "prism.db.seed=true")) {
			assertCounts(context, 3, 2);
		}
		try (ConfigurableApplicationContext context = start(database, "prism.db.seed=true", "prism.db.reset=true")) {
			assertCounts(context, 2, 2);
		}
	}

	private static void assertCounts(ConfigurableApplicationContext context, long customers, long orders) {
		assertThat(context.getBean(CustomerRepository.class).count()).isEqualTo(customers);
		assertThat(context.getBean(OrderRepository.class).count()).isEqualTo(orders);
	}

	private static ConfigurableApplicationContext start(String[] database, String... properties) {
		return new SpringApplicationBuilder(PrismSampleApplication.class).web(WebApplicationType.NONE)
			.run(Stream.concat(Stream.of(database), Stream.of(properties))
				.map((property) -> "--" + property)
				.toArray(String[]::new));
	}

}
