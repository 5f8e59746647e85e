package dev.prism.postgresql;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import dev.prism.test.TestDatabases;
import dev.prism.testapp.Customer;
import dev.prism.testapp.CustomerRepository;
import dev.prism.testapp.TestApplication;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries with a row limit on PostgreSQL through {@link PrismPostgresDialect}: the limit
 * is in the SQL, each limit gets its own rows, and PostgreSQL keeps a generic plan for
 * the prepared statement.
 */
@SpringBootTest(classes = TestApplication.class)
@ContextConfiguration(initializers = TestDatabases.Postgres.class)
@DirtiesContext
class PostgresLiteralRowLimitTests {

	private static final String AFTER_ID = "select c from Customer c where c.id > :id order by c.id";

	@Autowired
	CustomerRepository customers;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	private List<Long> ids;

	@BeforeEach
	void insertCustomers() {
		this.jdbc.update("delete from orders");
		this.jdbc.update("delete from customers");
		List<Customer> batch = IntStream.range(0, 40)
			.mapToObj((i) -> new Customer("Limited " + (i % 2), "limited" + i + "@example.com"))
			.toList();
		this.customers.insertAll(batch);
		this.ids = batch.stream().map(Customer::getId).sorted().toList();
	}

	@Test
	void eachLimitReadsItsOwnNumberOfRows() {
		for (int limit : new int[] { 3, 5, 3, 1, 5 }) {
			assertThat(this.entityManager.createQuery(AFTER_ID, Customer.class)
				.setParameter("id", this.ids.get(10))
				.setMaxResults(limit)
				.getResultList()).extracting(Customer::getId).containsExactlyElementsOf(this.ids.subList(11, 11 + limit));
		}
		assertThat(this.customers.findByName("Limited 1", PageRequest.of(2, 4, Sort.by("id"))))
			.extracting(Customer::getId)
			.containsExactlyElementsOf(IntStream.range(0, 40)
				.filter((i) -> i % 2 == 1)
				.mapToObj(this.ids::get)
				.skip(8)
				.limit(4)
				.toList());
	}

	@Test
	void postgresqlKeepsAGenericPlanForALimitedQuery() {
		List<Map<String, Object>> statements = this.transaction.execute((status) -> {
			for (int i = 0; i < 20; i++) {
				this.entityManager.createQuery(AFTER_ID, Customer.class)
					.setParameter("id", this.ids.get(i))
					.setMaxResults(3)
					.getResultList();
			}
			return this.jdbc.queryForList("select statement, generic_plans from pg_prepared_statements "
					+ "where statement like '%customers%' and statement like '%fetch first%'");
		});
		assertThat(statements).singleElement().satisfies((statement) -> {
			assertThat(statement.get("statement")).asString().contains("fetch first 3 rows only");
			assertThat((Long) statement.get("generic_plans")).isPositive();
		});
	}

}
