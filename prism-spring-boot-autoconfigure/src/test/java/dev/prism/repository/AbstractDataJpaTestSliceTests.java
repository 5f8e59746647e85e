package dev.prism.repository;

import java.time.temporal.ChronoUnit;

import dev.prism.testapp.Customer;
import dev.prism.testapp.CustomerRepository;
import dev.prism.testapp.TestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code @DataJpaTest} slice of a {@code PrismRepository} gets soft delete and
 * timestamps, run against each database by a subclass.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(classes = TestApplication.class)
abstract class AbstractDataJpaTestSliceTests {

	@Autowired
	CustomerRepository customers;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void sliceSoftDeletesAndStampsTimestamps() {
		Customer acme = this.customers.saveAndFlush(new Customer("Acme", "slice@acme.example"));
		assertThat(acme.getCreatedAt()).isNotNull().isEqualTo(acme.getCreatedAt().truncatedTo(ChronoUnit.MICROS));
		this.customers.delete(acme);
		assertThat(this.customers.findById(acme.getId())).isEmpty();
		assertThat(this.customers.findAllDeleted()).extracting(Customer::getId).containsExactly(acme.getId());
		this.customers.flush();
		assertThat(this.jdbc.queryForObject("select count(*) from customers where deleted_at is not null", Long.class))
			.isOne();
	}

}
