package dev.prism.repository;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.prism.testapp.Customer;
import dev.prism.testapp.CustomerRepository;
import dev.prism.testapp.TestApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code restoreOrSave} on customers, whose email has a live unique index, run against
 * each database by a subclass.
 */
@SpringBootTest(classes = TestApplication.class)
@DirtiesContext
abstract class AbstractRestoreOrSaveTests {

	@Autowired
	CustomerRepository customers;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void cleanDatabase() {
		this.jdbc.update("delete from orders");
		this.jdbc.update("delete from customers");
	}

	private static Specification<Customer> email(String email) {
		return (root, query, builder) -> builder.equal(root.get("email"), email);
	}

	@Test
	void restoresAMatchingDeletedRowWithTheEntitysValues() {
		Customer ann = this.customers.save(new Customer("Ann", "ann@example.com"));
		this.customers.deleteById(ann.getId());
		Customer restored = this.customers.restoreOrSave(new Customer("Ann Again", "ann@example.com"),
				email("ann@example.com"));
		assertThat(restored.getId()).isEqualTo(ann.getId());
		Customer reloaded = this.customers.findById(ann.getId()).orElseThrow();
		assertThat(reloaded.getName()).isEqualTo("Ann Again");
		assertThat(reloaded.isDeleted()).isFalse();
		assertThat(this.customers.countIncludingDeleted()).isOne();
	}

	@Test
	void savesANewRowWhenNoneMatchesAndUpdatesALiveMatch() {
		Customer bob = this.customers.restoreOrSave(new Customer("Bob", "bob@example.com"), email("bob@example.com"));
		Customer again = this.customers.restoreOrSave(new Customer("Robert", "bob@example.com"),
				email("bob@example.com"));
		assertThat(again.getId()).isEqualTo(bob.getId());
		assertThat(this.customers.findById(bob.getId()).orElseThrow().getName()).isEqualTo("Robert");
		assertThat(this.customers.countIncludingDeleted()).isOne();
	}

	@Test
	void concurrentCallsNeverInsertDuplicates() throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Long>> results = List.of(0, 1).stream().map((i) -> executor.submit(() -> {
				start.await();
				return this.customers.restoreOrSave(new Customer("Cid " + i, "cid@example.com"), email("cid@example.com"))
					.getId();
			})).toList();
			start.countDown();
			Long first = results.get(0).get(30, TimeUnit.SECONDS);
			Long second = results.get(1).get(30, TimeUnit.SECONDS);
			assertThat(first).isEqualTo(second);
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from customers", Long.class)).isOne();
	}

}
