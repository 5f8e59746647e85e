package dev.prism.seed;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import dev.prism.seed.testapp.Customer;
import dev.prism.seed.testapp.CustomerRepository;
import dev.prism.seed.testapp.PurchaseOrder;
import dev.prism.seed.testapp.PurchaseOrderRepository;
import dev.prism.seed.testapp.SeedTestApplication;
import dev.prism.test.TestDatabases.Database;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Seeding behaviour, run against each supported database by a subclass.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class AbstractSeedRunnerTests {

	private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

	private Database database;

	protected abstract Database newDatabase();

	@BeforeEach
	void createDatabase() {
		this.database = newDatabase();
	}

	@AfterEach
	void closeContexts() {
		this.contexts.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void seedsFreshDatabaseInOrder() {
		ConfigurableApplicationContext context = start(CustomersAndOrders.class);
		List<SeedResult> results = context.getBean(SeedRunner.class).seed();
		assertThat(results).extracting(SeedResult::name).containsExactly("CustomerSeeder", "OrderSeeder");
		assertThat(results).allMatch(SeedResult::ran);
		assertThat(context.getBean(SeedLog.class).names).containsExactly("CustomerSeeder", "OrderSeeder");
		assertThat(count(context, "customers")).isEqualTo(2);
		assertThat(count(context, "orders")).isEqualTo(2);
		assertThat(jdbc(context).queryForList("SELECT name || ':' || version FROM prism_seeds ORDER BY name",
				String.class))
			.containsExactly("CustomerSeeder:1", "OrderSeeder:1");
	}

	@Test
	void secondStartSeedsNothingNew() {
		start(CustomersAndOrders.class).getBean(SeedRunner.class).seed();
		ConfigurableApplicationContext restarted = start(CustomersAndOrders.class);
		List<SeedResult> results = restarted.getBean(SeedRunner.class).seed();
		assertThat(results).noneMatch(SeedResult::ran);
		assertThat(results).extracting(SeedResult::reason).containsOnly("version 1 already applied");
		assertThat(restarted.getBean(SeedLog.class).names).isEmpty();
		assertThat(count(restarted, "customers")).isEqualTo(2);
		assertThat(count(restarted, "orders")).isEqualTo(2);
	}

	@Test
	void resetByLiquibaseDropAllSeedsAgain() throws Exception {
		ConfigurableApplicationContext context = start(CustomersAndOrders.class);
		context.getBean(SeedRunner.class).seed();
		SpringLiquibase liquibase = context.getBean(SpringLiquibase.class);
		liquibase.setDropFirst(true);
		liquibase.afterPropertiesSet();
		assertThat(count(context, "customers")).isZero();
		assertThat(context.getBean(SeedRunner.class).seed()).allMatch(SeedResult::ran);
		assertThat(count(context, "customers")).isEqualTo(2);
	}

	@Test
	void newVersionRunsSeederAgain() {
		ConfigurableApplicationContext context = start(CustomersAndOrders.class);
		context.getBean(SeedRunner.class).seed();
		context.getBean(OrderSeeder.class).version = "2";
		List<SeedResult> results = context.getBean(SeedRunner.class).seed();
		assertThat(results).extracting(SeedResult::ran).containsExactly(false, true);
		assertThat(results.get(1).reason()).isEqualTo("version 2, recorded version 1");
		assertThat(count(context, "orders")).isEqualTo(4);
		assertThat(jdbc(context).queryForObject("SELECT version FROM prism_seeds WHERE name = 'OrderSeeder'",
				String.class))
			.isEqualTo("2");
	}

	@Test
	void repeatableSeederRunsEveryTime() {
		ConfigurableApplicationContext context = start(VisitorSeeders.class);
		SeedRunner runner = context.getBean(SeedRunner.class);
		runner.seed();
		List<SeedResult> results = runner.seed();
		assertThat(results).singleElement()
			.satisfies((result) -> assertThat(result.reason()).isEqualTo("version 1, repeatable"));
		assertThat(count(context, "customers")).isEqualTo(2);
		assertThat(count(context, "prism_seeds")).isEqualTo(1);
	}

	@Test
	void failingSeederLeavesNoRowsAndIsNamed() {
		ConfigurableApplicationContext context = start(FailingSeeders.class);
		SeedRunner runner = context.getBean(SeedRunner.class);
		assertThatExceptionOfType(SeederFailedException.class).isThrownBy(runner::seed)
			.satisfies((ex) -> {
				assertThat(ex.getSeederName()).isEqualTo("BrokenSeeder");
				assertThat(ex).hasMessage("Seeder 'BrokenSeeder' failed and its changes were rolled back: "
						+ "java.lang.IllegalStateException: no orders file");
				FailureAnalysis analysis = new SeederFailedFailureAnalyzer().analyze(new IllegalStateException(
						"Failed to execute CommandLineRunner", ex));
				assertThat(analysis.getDescription()).isEqualTo("Seeder 'BrokenSeeder' ("
						+ BrokenSeeder.class.getName() + ") failed and everything it wrote was rolled back."
						+ System.lineSeparator() + System.lineSeparator()
						+ "Reason: java.lang.IllegalStateException: no orders file");
				assertThat(analysis.getAction()).startsWith("Fix seeder 'BrokenSeeder' and seed again.");
			});
		assertThat(jdbc(context).queryForList("SELECT email FROM customers", String.class))
			.containsExactly("contact@acme.com");
		assertThat(jdbc(context).queryForList("SELECT name FROM prism_seeds", String.class))
			.containsExactly("CustomerSeeder");
		assertThat(context.getBean(SeedLog.class).names).containsExactly("CustomerSeeder", "BrokenSeeder");
	}

	@Test
	void failingSeederAtStartupFailsWithAnalysisNamingIt(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start(FailingSeeders.class, "--prism.db.seed=true"))
			.havingRootCause()
			.withMessage("no orders file");
		assertThat(output).contains("Seeder 'BrokenSeeder' (" + BrokenSeeder.class.getName()
				+ ") failed and everything it wrote was rolled back.");
		assertThat(output).contains("Fix seeder 'BrokenSeeder' and seed again.");
	}

	@Test
	void profileLimitedSeederRunsOnlyUnderItsProfile() {
		ConfigurableApplicationContext withoutProfile = start(DemoSeeders.class);
		assertThat(withoutProfile.getBean(SeedRunner.class).seed()).singleElement()
			.satisfies((result) -> {
				assertThat(result.ran()).isFalse();
				assertThat(result.reason()).isEqualTo("profiles demo not active");
			});
		assertThat(count(withoutProfile, "customers")).isZero();
		ConfigurableApplicationContext demo = start(DemoSeeders.class, "--spring.profiles.active=demo");
		assertThat(demo.getBean(SeedRunner.class).seed()).singleElement().satisfies((result) -> assertThat(result.ran()).isTrue());
		assertThat(count(demo, "customers")).isEqualTo(1);
	}

	@Test
	void contextLimitedSeederFollowsLiquibaseContexts() {
		ConfigurableApplicationContext test = start(DemoSeeders.class, "--spring.liquibase.contexts=test");
		SeedRunner runner = test.getBean(SeedRunner.class);
		assertThat(runner.seed()).extracting(SeedResult::ran).containsExactly(false);
		ConfigurableApplicationContext demo = start(DemoSeeders.class, "--spring.liquibase.contexts=test, demo",
				"--spring.profiles.active=demo");
		assertThat(demo.getBean(SeedRunner.class).seed()).extracting(SeedResult::ran).containsExactly(true);
	}

	@Test
	void seedCommandPrintsWhatRanAndWhatWasSkipped() throws Exception {
		ConfigurableApplicationContext context = start(CustomersAndOrders.class);
		context.getBean(SeedRunner.class).seed();
		context.getBean(OrderSeeder.class).version = "2";
		StringWriter output = new StringWriter();
		SeedCommand command = context.getBean(SeedCommand.class);
		assertThat(command.name()).isEqualTo("seed");
		command.run(new PrintWriter(output, true));
		assertThat(output.toString().lines()).containsExactly(
				"skipped  CustomerSeeder (version 1 already applied)",
				"ran      OrderSeeder (version 2, recorded version 1)", "1 seeder(s) ran, 1 skipped.");
	}

	@Test
	void concurrentSeedingRunsEachSeederOnce() throws Exception {
		ConfigurableApplicationContext first = start(SlowSeeders.class);
		ConfigurableApplicationContext second = start(SlowSeeders.class);
		CyclicBarrier barrier = new CyclicBarrier(2);
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			List<Future<List<SeedResult>>> runs = Stream.of(first, second)
				.map((context) -> executor.submit(() -> {
					barrier.await(30, TimeUnit.SECONDS);
					return context.getBean(SeedRunner.class).seed();
				}))
				.toList();
			List<SeedResult> results = new ArrayList<>();
			for (Future<List<SeedResult>> run : runs) {
				results.addAll(run.get(60, TimeUnit.SECONDS));
			}
			assertThat(results).filteredOn(SeedResult::ran).hasSize(1);
			assertThat(results).filteredOn((result) -> !result.ran()).hasSize(1);
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(count(first, "customers")).isEqualTo(1);
		assertThat(count(first, "prism_seeds")).isEqualTo(1);
	}

	private ConfigurableApplicationContext start(Class<?> configuration, String... args) {
		String[] arguments = Stream.concat(Stream.concat(Stream.of(this.database.properties()).map((p) -> "--" + p),
				Stream.of("--spring.liquibase.change-log=classpath:db/seed/changelog.yaml")), Stream.of(args))
			.toArray(String[]::new);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(SeedTestApplication.class,
				configuration)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run(arguments);
		this.contexts.add(context);
		return context;
	}

	private static JdbcTemplate jdbc(ConfigurableApplicationContext context) {
		return new JdbcTemplate(context.getBean(DataSource.class));
	}

	private static int count(ConfigurableApplicationContext context, String table) {
		return jdbc(context).queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
	}

	static class SeedLog {

		final List<String> names = new CopyOnWriteArrayList<>();

	}

	static class CustomerSeeder implements PrismSeeder {

		private final CustomerRepository customers;

		private final SeedLog log;

		CustomerSeeder(CustomerRepository customers, SeedLog log) {
			this.customers = customers;
			this.log = log;
		}

		@Override
		public void seed() {
			this.log.names.add(name());
			this.customers.save(new Customer("Acme Corp", "contact@acme.com", "customer"));
			this.customers.save(new Customer("Widget Inc", "hello@widget.io", "prospect"));
		}

	}

	static class OrderSeeder implements PrismSeeder {

		private final CustomerRepository customers;

		private final PurchaseOrderRepository orders;

		private final SeedLog log;

		volatile String version = "1";

		OrderSeeder(CustomerRepository customers, PurchaseOrderRepository orders, SeedLog log) {
			this.customers = customers;
			this.orders = orders;
			this.log = log;
		}

		@Override
		public void seed() {
			this.log.names.add(name());
			Customer acme = this.customers.findByEmail("contact@acme.com").orElseThrow();
			this.orders.save(new PurchaseOrder(acme, "ORD-001", new BigDecimal("99.99")));
			this.orders.save(new PurchaseOrder(acme, "ORD-002", new BigDecimal("149.99")));
		}

		@Override
		public String version() {
			return this.version;
		}

	}

	static class BrokenSeeder implements PrismSeeder {

		private final CustomerRepository customers;

		private final SeedLog log;

		BrokenSeeder(CustomerRepository customers, SeedLog log) {
			this.customers = customers;
			this.log = log;
		}

		@Override
		public void seed() {
			this.log.names.add(name());
			this.customers.save(new Customer("Widget Inc", "hello@widget.io", "prospect"));
			throw new IllegalStateException("no orders file");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomersAndOrders {

		@Bean
		SeedLog seedLog() {
			return new SeedLog();
		}

		@Bean
		@Order(2)
		OrderSeeder orderSeeder(CustomerRepository customers, PurchaseOrderRepository orders, SeedLog log) {
			return new OrderSeeder(customers, orders, log);
		}

		@Bean
		@Order(1)
		CustomerSeeder customerSeeder(CustomerRepository customers, SeedLog log) {
			return new CustomerSeeder(customers, log);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class FailingSeeders {

		@Bean
		SeedLog seedLog() {
			return new SeedLog();
		}

		@Bean
		@Order(1)
		PrismSeeder customerSeeder(CustomerRepository customers, SeedLog log) {
			PrismSeeder acmeOnly = new CustomerSeeder(customers, log) {

				@Override
				public void seed() {
					log.names.add(name());
					customers.save(new Customer("Acme Corp", "contact@acme.com", "customer"));
				}

				@Override
				public String name() {
					return "CustomerSeeder";
				}

			};
			return acmeOnly;
		}

		@Bean
		@Order(2)
		BrokenSeeder brokenSeeder(CustomerRepository customers, SeedLog log) {
			return new BrokenSeeder(customers, log);
		}

		@Bean
		@Order(3)
		OrderSeeder orderSeeder(CustomerRepository customers, PurchaseOrderRepository orders, SeedLog log) {
			return new OrderSeeder(customers, orders, log);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class VisitorSeeders {

		@Bean
		PrismSeeder visitorSeeder(CustomerRepository customers) {
			return new PrismSeeder() {

				@Override
				public void seed() {
					long next = customers.count() + 1;
					customers.save(new Customer("Visitor " + next, "visitor" + next + "@example.com", "prospect"));
				}

				@Override
				public String name() {
					return "VisitorSeeder";
				}

				@Override
				public boolean repeatable() {
					return true;
				}

			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class DemoSeeders {

		@Bean
		PrismSeeder demoSeeder(CustomerRepository customers) {
			return new PrismSeeder() {

				@Override
				public void seed() {
					customers.save(new Customer("Demo", "demo@example.com", "prospect"));
				}

				@Override
				public String name() {
					return "DemoSeeder";
				}

				@Override
				public String[] profiles() {
					return new String[] { "demo" };
				}

				@Override
				public String[] contexts() {
					return new String[] { "demo" };
				}

			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class SlowSeeders {

		@Bean
		PrismSeeder slowSeeder(CustomerRepository customers) {
			return new PrismSeeder() {

				@Override
				public void seed() throws InterruptedException {
					customers.saveAndFlush(new Customer("Slow", "slow@example.com", "prospect"));
					Thread.sleep(500);
				}

				@Override
				public String name() {
					return "SlowSeeder";
				}

			};
		}

	}

}
