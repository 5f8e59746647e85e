package dev.prism.repository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import dev.prism.testapp.Customer;
import dev.prism.testapp.CustomerRepository;
import dev.prism.testapp.CustomerRows;
import dev.prism.testapp.Device;
import dev.prism.testapp.DeviceRepository;
import dev.prism.testapp.PurchaseOrder;
import dev.prism.testapp.PurchaseOrderRepository;
import dev.prism.testapp.TestApplication;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.support.JpaEntityInformationSupport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bulk operations beyond the databases' bind-parameter limits, edge-case input, concurrent
 * writers and failures that must lose nothing; run against each database by a subclass.
 */
@SpringBootTest(classes = TestApplication.class)
@DirtiesContext
abstract class AbstractRepositoryReliabilityTests {

	private static final int LARGE = 100_000;

	private static final long MILLION = 1_000_000;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	CustomerRepository customers;

	@Autowired
	PurchaseOrderRepository orders;

	@Autowired
	DeviceRepository devices;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void cleanDatabase() {
		this.jdbc.update("delete from orders");
		this.jdbc.update("delete from customers");
		this.jdbc.update("delete from devices");
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private List<Long> insertCustomers(int count) {
		return CustomerRows.insert(this.jdbc, this.customers, count);
	}

	@Test
	void bulkOperationsHandleMoreIdsThanOneStatementCanBind() {
		List<Long> ids = insertCustomers(LARGE);
		assertThat(ids).hasSize(LARGE);
		List<Long> withUnknown = new ArrayList<>(ids);
		withUnknown.addAll(List.of(-1L, -2L));
		assertThat(this.customers.softDeleteAllById(withUnknown)).isEqualTo(LARGE);
		assertThat(count("select count(*) from customers where deleted_at is not null")).isEqualTo(LARGE);
		assertThat(this.customers.restoreAllById(ids)).isEqualTo(LARGE);
		assertThat(this.customers.count()).isEqualTo(LARGE);
		assertThat(this.customers.updateAllById(ids, Map.of("status", "archived"))).isEqualTo(LARGE);
		assertThat(count("select count(*) from customers where status = 'archived'")).isEqualTo(LARGE);
		this.customers.deleteAllByIdInBatch(ids);
		assertThat(this.customers.countDeleted()).isEqualTo(LARGE);
		assertThat(this.customers.hardDeleteAllById(ids)).isEqualTo(LARGE);
		assertThat(count("select count(*) from customers")).isZero();
	}

	@Test
	void eachChunkOfIdsIsBoundAsOneParameter() {
		// More ids than PostgreSQL (65,535) or SQLite (32,766) bind as parameters of one
		// statement: one chunk of them runs only as one parameter holding every id.
		int count = 70_000;
		List<Long> ids = insertCustomers(count);
		SoftDeleteJpaRepository<Customer, Long> repository = new SoftDeleteJpaRepository<>(
				JpaEntityInformationSupport.getEntityInformation(Customer.class, this.entityManager),
				this.entityManager);
		repository.setBatchSize(count);
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		Integer deleted = this.transactions.execute((status) -> repository.softDeleteAllById(ids));
		assertThat(deleted).isEqualTo(count);
		assertThat(statistics.getPrepareStatementCount()).isOne();
		assertThat(count("select count(*) from customers where deleted_at is not null")).isEqualTo(count);
		Integer restored = this.transactions.execute((status) -> repository.restoreAllById(ids));
		assertThat(restored).isEqualTo(count);
		Integer removed = this.transactions.execute((status) -> repository.hardDeleteAllById(ids));
		assertThat(removed).isEqualTo(count);
		assertThat(count("select count(*) from customers")).isZero();
	}

	@Test
	void idsBoundOneParameterEachRunInChunksOfEverySize() {
		// UUIDs bind one parameter per id: 2,500 of them run in chunks of 1,000, 1,000 and
		// 500, each translated for its own number of parameters.
		List<UUID> ids = this.devices.saveAll(IntStream.range(0, 2_500).mapToObj((i) -> new Device("SN-" + i)).toList())
			.stream()
			.map(Device::getId)
			.toList();
		assertThat(this.devices.softDeleteAllById(ids)).isEqualTo(2_500);
		assertThat(this.devices.count()).isZero();
		assertThat(this.devices.restoreAllById(ids.subList(0, 2_100))).isEqualTo(2_100);
		assertThat(this.devices.count()).isEqualTo(2_100);
		assertThat(this.devices.hardDeleteAllById(ids)).isEqualTo(2_500);
		assertThat(count("select count(*) from devices")).isZero();
	}

	@Test
	void aMillionIdsAreReadChunkByChunkAndLoadNoEntity() {
		List<Long> ids = insertCustomers(1000);
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		AtomicLong preparedAtHalf = new AtomicLong(-1);
		Iterable<Long> million = () -> LongStream.rangeClosed(1, MILLION).mapToObj((n) -> {
			if (n == MILLION / 2) {
				preparedAtHalf.set(statistics.getPrepareStatementCount());
			}
			return (n <= ids.size()) ? ids.get((int) n - 1) : -n;
		}).iterator();
		statistics.clear();
		assertThat(this.customers.softDeleteAllById(million)).isEqualTo(ids.size());
		assertThat(preparedAtHalf.get()).as("statements run before half the ids were read").isPositive();
		assertThat(this.customers.restoreAllById(million)).isEqualTo(ids.size());
		assertThat(statistics.getEntityLoadCount()).isZero();
		assertThat(statistics.getEntityFetchCount()).isZero();
		assertThat(this.customers.count()).isEqualTo(ids.size());
	}

	@Test
	void nullIdsAreRejectedAndEmptyOrUnknownIdsChangeNothing() {
		Customer acme = this.customers.save(new Customer("Acme", "acme@example.com"));
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.customers.deleteById(null));
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.customers.softDeleteAllById(Arrays.asList(acme.getId(), null)));
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.customers.restoreAllById(null));
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.customers.hardDeleteById(null));
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.customers.updateAllById(List.of(acme.getId()), Map.of()));
		assertThat(this.customers.softDeleteAllById(List.of())).isZero();
		assertThat(this.customers.restoreAllById(List.of())).isZero();
		assertThat(this.customers.hardDeleteAllById(List.of())).isZero();
		assertThat(this.customers.updateAllById(List.of(), Map.of("status", "x"))).isZero();
		assertThat(this.customers.softDeleteAllById(List.of(-5L, 0L))).isZero();
		assertThat(this.customers.restoreById(-5L)).isFalse();
		assertThat(this.customers.hardDeleteById(-5L)).isFalse();
		this.customers.deleteById(-5L);
		Customer unsaved = new Customer("New", "new@example.com");
		this.customers.delete(unsaved);
		this.customers.restore(unsaved);
		this.customers.hardDelete(unsaved);
		assertThat(unsaved.isDeleted()).isFalse();
		assertThat(count("select count(*) from customers where deleted_at is null and status = 'active'")).isOne();
	}

	@Test
	void injectionInSortPropertiesIsRejectedBeforeAnySql() {
		this.customers.save(new Customer("Acme", "acme@example.com"));
		for (String property : List.of("name; drop table customers", "name) or 1=1 --", "deletedAt is null or 1=1")) {
			assertThatThrownBy(() -> this.customers.findAll(Sort.by(property)))
				.isInstanceOfAny(PropertyReferenceException.class, InvalidDataAccessApiUsageException.class);
			assertThatThrownBy(() -> this.customers.findAllIncludingDeleted(PageRequest.of(0, 5, Sort.by(property))))
				.isInstanceOfAny(PropertyReferenceException.class, InvalidDataAccessApiUsageException.class);
		}
		assertThat(count("select count(*) from customers")).isOne();
	}

	@Test
	void aFailingBulkHardDeleteRollsBackEveryChunk() {
		List<Long> ids = insertCustomers(2_500);
		Customer referenced = this.customers.findById(ids.get(ids.size() - 1)).orElseThrow();
		this.orders.save(new PurchaseOrder(referenced, "ORD-1", BigDecimal.TEN));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.customers.hardDeleteAllById(ids));
		assertThat(count("select count(*) from customers")).isEqualTo(2_500);
		assertThat(count("select count(*) from orders")).isOne();
	}

	@Test
	void concurrentWritersNeverFailAndLeaveExactState() throws Exception {
		int threads = 8;
		int operationsPerThread = 500;
		AtomicInteger failures = new AtomicInteger();
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		List<Future<List<Long>>> results = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int thread = t;
			results.add(executor.submit(() -> mixedWrites(thread, operationsPerThread, failures)));
		}
		List<Long> deletedIds = new ArrayList<>();
		for (Future<List<Long>> result : results) {
			deletedIds.addAll(result.get(5, TimeUnit.MINUTES));
		}
		executor.shutdown();
		assertThat(failures).hasValue(0);
		long perThreadRows = operationsPerThread / 4;
		assertThat(count("select count(*) from customers")).isEqualTo(threads * perThreadRows);
		assertThat(this.customers.countDeleted()).isEqualTo(deletedIds.size());
		assertThat(this.customers.findAllDeleted()).extracting(Customer::getId)
			.containsExactlyInAnyOrderElementsOf(deletedIds);
		for (int t = 0; t < threads; t++) {
			assertThat(count("select count(*) from customers where name = 'T" + t + " renamed'"))
				.isEqualTo(perThreadRows);
		}
	}

	/**
	 * Each customer of this thread gets insert, update, soft delete and restore; every
	 * third one is soft deleted again at the end. Returns the ids left deleted.
	 */
	private List<Long> mixedWrites(int thread, int operations, AtomicInteger failures) {
		List<Long> deleted = new ArrayList<>();
		for (int i = 0; i < operations / 4; i++) {
			try {
				Customer customer = this.customers.save(new Customer("T" + thread, "t" + thread + "-" + i + "@x.com"));
				Customer loaded = this.customers.findById(customer.getId()).orElseThrow();
				loaded.setName("T" + thread + " renamed");
				this.customers.save(loaded);
				this.customers.deleteById(customer.getId());
				this.customers.restoreById(customer.getId());
				if (i % 3 == 0) {
					this.customers.deleteById(customer.getId());
					deleted.add(customer.getId());
				}
			}
			catch (RuntimeException ex) {
				failures.incrementAndGet();
				ex.printStackTrace();
			}
		}
		return deleted;
	}

}
