package dev.prism.repository;

import java.util.List;
import java.util.Map;

import dev.prism.test.TestDatabases;
import dev.prism.testapp.Customer;
import dev.prism.testapp.CustomerRepository;
import dev.prism.testapp.TestApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk statements by id and the entities a transaction already holds: reads after them see
 * the rows' new state. The persistence context works the same on every database, so SQLite
 * is enough here.
 */
@SpringBootTest(classes = TestApplication.class)
@ContextConfiguration(initializers = TestDatabases.Sqlite.class)
@DirtiesContext
class SoftDeleteJpaRepositoryPersistenceContextTests {

	@Autowired
	private CustomerRepository customers;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void cleanDatabase() {
		this.jdbc.update("delete from orders");
		this.jdbc.update("delete from customers");
	}

	@Test
	void readsAfterBulkUpdateInTheSameTransactionSeeTheNewValues() {
		Long id = this.customers.save(new Customer("Acme", "acme@example.com")).getId();
		String status = this.transactions.execute((transaction) -> {
			this.customers.findById(id).orElseThrow();
			this.customers.updateAllById(List.of(id), Map.of("status", "inactive"));
			return this.customers.findById(id).orElseThrow().getStatus();
		});
		assertThat(status).isEqualTo("inactive");
	}

	@Test
	void readsAfterSoftDeleteInTheSameTransactionSkipTheRow() {
		Long id = this.customers.save(new Customer("Acme", "acme@example.com")).getId();
		boolean found = this.transactions.execute((transaction) -> {
			this.customers.findById(id).orElseThrow();
			this.customers.softDeleteAllById(List.of(id));
			return this.customers.findById(id).isPresent();
		});
		assertThat(found).isFalse();
	}

	@Test
	void readsAfterBulkHardDeleteInTheSameTransactionSkipTheRow() {
		Long id = this.customers.save(new Customer("Acme", "acme@example.com")).getId();
		boolean found = this.transactions.execute((transaction) -> {
			this.customers.findById(id).orElseThrow();
			this.customers.hardDeleteAllById(List.of(id));
			return this.customers.findByIdIncludingDeleted(id).isPresent();
		});
		assertThat(found).isFalse();
	}

}
