package dev.prism.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import dev.prism.testapp.Customer;
import dev.prism.testapp.CustomerRepository;
import dev.prism.testapp.TestApplication;
import jakarta.persistence.EntityManager;
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
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages and counts of live rows, run against each database by a subclass: a page from
 * {@code prism.repository.deep-page-offset} on is read through a subquery of its ids and
 * holds the rows an offset query would, and {@code count()} counts what a restricted count
 * would, by subtraction on SQLite.
 */
@SpringBootTest(classes = TestApplication.class, properties = {
		"prism.repository.deep-page-offset=" + AbstractLiveRowReadTests.DEEP_PAGE_OFFSET,
		"spring.jpa.properties.hibernate.session_factory.statement_inspector=dev.prism.repository.RecordingStatementInspector" })
@DirtiesContext
abstract class AbstractLiveRowReadTests {

	static final int DEEP_PAGE_OFFSET = 14;

	private static final int ROWS = 60;

	private static final int PAGE_SIZE = 7;

	@Autowired
	CustomerRepository customers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transaction;

	private List<Long> ids;

	@BeforeEach
	void insertRowsAndSoftDeleteEveryFourth() {
		this.jdbc.update("delete from orders");
		this.jdbc.update("delete from customers");
		List<Customer> batch = IntStream.range(0, ROWS)
			.mapToObj((i) -> new Customer("Name " + (i % 9), "reader" + i + "@example.com"))
			.toList();
		this.customers.insertAll(batch);
		this.ids = batch.stream().map(Customer::getId).toList();
		this.customers.softDeleteAllById(IntStream.range(0, ROWS).filter((i) -> i % 4 == 1).mapToObj(this.ids::get).toList());
		RecordingStatementInspector.statements.clear();
	}

	@Test
	void everyPageHoldsTheRowsOfAnOffsetQueryInIdOrder() {
		assertPagesMatch(this.customers::findAll, Sort.by("id"), "c.deleted_at is null", "c.id");
	}

	@Test
	void everyPageHoldsTheRowsOfAnOffsetQueryInAnOrderWithTies() {
		assertPagesMatch(this.customers::findAll, Sort.by(Sort.Direction.DESC, "name"),
				"c.deleted_at is null", "c.name desc, c.id");
	}

	@Test
	void everyPageIncludingDeletedRowsHoldsTheRowsOfAnOffsetQuery() {
		assertPagesMatch(this.customers::findAllIncludingDeleted, Sort.by("name"), "1 = 1", "c.name, c.id");
	}

	@Test
	void onlyPagesFromTheDeepPageOffsetOnSelectTheirIdsInASubquery() {
		this.customers.findAll(PageRequest.of(DEEP_PAGE_OFFSET / PAGE_SIZE - 1, PAGE_SIZE, Sort.by("id")));
		assertThat(pageQueries()).singleElement().satisfies((sql) -> assertThat(sql).doesNotContain("(select"));
		RecordingStatementInspector.statements.clear();
		this.customers.findAll(PageRequest.of(DEEP_PAGE_OFFSET / PAGE_SIZE, PAGE_SIZE, Sort.by("id")));
		assertThat(pageQueries()).singleElement().satisfies((sql) -> assertThat(sql).contains("in (select"));
	}

	@Test
	void countIncludesChangesNotYetFlushed() {
		long live = liveRows();
		long counted = this.transaction.execute((status) -> {
			this.entityManager.remove(this.customers.findById(this.ids.get(0)).orElseThrow());
			return this.customers.count();
		});
		assertThat(counted).isEqualTo(live - 1).isEqualTo(liveRows());
	}

	@Test
	void countsLiveRowsTheWayTheDatabaseCountsFastest() {
		assertThat(this.customers.count()).isEqualTo(liveRows()).isEqualTo(ROWS - ROWS / 4);
		assertThat(this.customers.countIncludingDeleted()).isEqualTo(ROWS);
		assertThat(this.customers.findAll(PageRequest.of(0, PAGE_SIZE)).getTotalElements()).isEqualTo(liveRows());
		List<String> counts = RecordingStatementInspector.statements.stream()
			.filter((sql) -> sql.contains("count("))
			.toList();
		assertThat(counts).hasSize(3);
		assertThat(counts.get(0)).satisfies(this::assertLiveCount);
		assertThat(counts.get(2)).satisfies(this::assertLiveCount);
		assertThat(counts.get(1)).doesNotContain("deleted_at");
	}

	/**
	 * Assert the SQL of a count of the live rows.
	 * @param sql the SQL
	 */
	abstract void assertLiveCount(String sql);

	private long liveRows() {
		return this.jdbc.queryForObject("select count(*) from customers where deleted_at is null", Long.class);
	}

	private List<String> pageQueries() {
		return RecordingStatementInspector.statements.stream()
			.filter((sql) -> sql.contains("from customers") && !sql.contains("count("))
			.toList();
	}

	private void assertPagesMatch(Function<Pageable, Page<Customer>> query, Sort sort, String condition,
			String order) {
		long total = this.jdbc.queryForObject("select count(*) from customers c where " + condition, Long.class);
		List<Long> visited = new ArrayList<>();
		Page<Customer> page = query.apply(PageRequest.of(0, PAGE_SIZE, sort));
		while (true) {
			List<Long> expected = this.jdbc.queryForList(
					"select c.id from customers c where " + condition + " order by " + order + " limit ? offset ?",
					Long.class, PAGE_SIZE, page.getPageable().getOffset());
			assertThat(page.getContent()).extracting(Customer::getId).as("page %d", page.getNumber()).isEqualTo(expected);
			assertThat(page.getTotalElements()).isEqualTo(total);
			visited.addAll(expected);
			if (!page.hasNext()) {
				break;
			}
			page = query.apply(page.nextPageable());
		}
		assertThat(visited).hasSize((int) total).doesNotHaveDuplicates();
		assertThat(page.getNumber()).isGreaterThan(DEEP_PAGE_OFFSET / PAGE_SIZE);
	}

}
