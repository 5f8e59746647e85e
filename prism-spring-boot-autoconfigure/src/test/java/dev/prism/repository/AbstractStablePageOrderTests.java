package dev.prism.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import dev.prism.testapp.Customer;
import dev.prism.testapp.CustomerRepository;
import dev.prism.testapp.MutableClock;
import dev.prism.testapp.TestApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paging through rows that tie on the requested sort, run against each database by a
 * subclass: every row appears on exactly one page.
 */
@SpringBootTest(classes = TestApplication.class)
@DirtiesContext
abstract class AbstractStablePageOrderTests {

	private static final int ROWS = 300;

	private static final int PAGE_SIZE = 7;

	@Autowired
	CustomerRepository customers;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	private List<Long> ids;

	@BeforeEach
	void insertRowsWithOneTimestamp() {
		this.jdbc.update("delete from orders");
		this.jdbc.update("delete from customers");
		List<Customer> batch = IntStream.range(0, ROWS)
			.mapToObj((i) -> new Customer("Tied", "tied" + i + "@example.com"))
			.toList();
		this.customers.insertAll(batch);
		this.ids = batch.stream().map(Customer::getId).toList();
	}

	@Test
	void pagingDeletedRowsSortedByTheirSharedDeletionTimeVisitsEachRowOnce() {
		assertThat(this.customers.softDeleteAllById(this.ids)).isEqualTo(ROWS);
		assertThat(this.jdbc.queryForObject("select count(distinct deleted_at) from customers", Long.class)).isOne();
		assertThat(pageThrough(this.customers::findAllDeleted, Sort.by("deletedAt")))
			.containsExactlyInAnyOrderElementsOf(this.ids);
	}

	@Test
	void pagingLiveRowsSortedByTheirSharedCreationTimeVisitsEachRowOnce() {
		assertThat(pageThrough(this.customers::findAll, Sort.by(Sort.Direction.DESC, "createdAt")))
			.containsExactlyInAnyOrderElementsOf(this.ids);
	}

	@Test
	void pagingADerivedQueryByATiedColumnVisitsEachRowOnce() {
		assertThat(pageThrough((page) -> this.customers.findByName("Tied", page), Sort.by("status")))
			.containsExactlyInAnyOrderElementsOf(this.ids);
	}

	@Test
	void pagingWithoutASortFollowsTheId() {
		List<Long> visited = pageThrough(this.customers::findAll, Sort.unsorted());
		assertThat(visited).isSorted().containsExactlyInAnyOrderElementsOf(this.ids);
	}

	@Test
	void aSortThatIncludesTheIdIsKept() {
		Page<Customer> page = this.customers.findAll(PageRequest.of(0, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "id")));
		assertThat(page.getContent()).extracting(Customer::getId).isSortedAccordingTo((a, b) -> Long.compare(b, a));
		assertThat(page.getContent().get(0).getId()).isEqualTo(this.ids.get(ROWS - 1));
	}

	private static List<Long> pageThrough(Function<Pageable, Page<Customer>> query, Sort sort) {
		List<Long> visited = new ArrayList<>();
		Page<Customer> page = query.apply(PageRequest.of(0, PAGE_SIZE, sort));
		visited.addAll(page.getContent().stream().map(Customer::getId).toList());
		while (page.hasNext()) {
			page = query.apply(page.nextPageable());
			visited.addAll(page.getContent().stream().map(Customer::getId).toList());
		}
		assertThat(page.getTotalElements()).isEqualTo(ROWS);
		return visited;
	}

}
