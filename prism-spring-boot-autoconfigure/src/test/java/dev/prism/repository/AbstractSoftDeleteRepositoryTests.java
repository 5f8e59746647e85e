package dev.prism.repository;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.prism.testapp.Customer;
import dev.prism.testapp.CustomerRepository;
import dev.prism.testapp.CustomerRows;
import dev.prism.testapp.Device;
import dev.prism.testapp.DeviceRepository;
import dev.prism.testapp.Flag;
import dev.prism.testapp.FlagRepository;
import dev.prism.testapp.MutableClock;
import dev.prism.testapp.Note;
import dev.prism.testapp.NoteRepository;
import dev.prism.testapp.PurchaseOrder;
import dev.prism.testapp.PurchaseOrderRepository;
import dev.prism.testapp.Tag;
import dev.prism.testapp.TagRepository;
import dev.prism.testapp.TestApplication;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.Example;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The behaviour of {@link SoftDeleteRepository}, run against each database by a subclass.
 */
@SpringBootTest(classes = TestApplication.class)
@DirtiesContext
abstract class AbstractSoftDeleteRepositoryTests {

	static final Instant START = Instant.parse("2026-01-31T09:15:00.123456789Z");

	@Autowired
	CustomerRepository customers;

	@Autowired
	PurchaseOrderRepository orders;

	@Autowired
	TagRepository tags;

	@Autowired
	NoteRepository notes;

	@Autowired
	DeviceRepository devices;

	@Autowired
	FlagRepository flags;

	@Autowired
	SoftDeleteScope scope;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void cleanDatabase() {
		for (String table : List.of("orders", "customers", "tags", "notes", "devices", "flags")) {
			this.jdbc.update("delete from " + table);
		}
		this.clock.set(START);
	}

	private Customer customer(String name) {
		return this.customers.save(new Customer(name, name.toLowerCase() + "@example.com"));
	}

	private long rowsInTable(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private Statistics statistics() {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		return statistics;
	}

	private List<Long> insertCustomers(int count) {
		return CustomerRows.insert(this.jdbc, this.customers, count);
	}

	// Soft delete

	@Test
	void deleteByIdSetsDeletedAtAndKeepsTheRow() {
		Customer acme = customer("Acme");
		Instant deletedAt = this.clock.advance(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.MICROS);
		this.customers.deleteById(acme.getId());
		assertThat(rowsInTable("customers")).isOne();
		assertThat(this.customers.findById(acme.getId())).isEmpty();
		Customer deleted = this.customers.findByIdIncludingDeleted(acme.getId()).orElseThrow();
		assertThat(deleted.isDeleted()).isTrue();
		assertThat(deleted.getDeletedAt()).isEqualTo(deletedAt);
		assertThat(deleted.getUpdatedAt()).isEqualTo(deletedAt);
		assertThat(deleted.getCreatedAt()).isEqualTo(START.truncatedTo(ChronoUnit.MICROS));
	}

	@Test
	void everyDeleteMethodSoftDeletes() {
		List<Customer> all = List.of(customer("A"), customer("B"), customer("C"), customer("D"), customer("E"),
				customer("F"), customer("G"));
		this.customers.delete(all.get(0));
		this.customers.deleteAll(List.of(all.get(1)));
		this.customers.deleteAllById(List.of(all.get(2).getId()));
		this.customers.deleteAllInBatch(List.of(all.get(3)));
		this.customers.deleteAllByIdInBatch(List.of(all.get(4).getId()));
		assertThat(this.customers.count()).isEqualTo(2);
		this.customers.deleteAll();
		assertThat(this.customers.count()).isZero();
		customer("H");
		this.customers.deleteAllInBatch();
		assertThat(this.customers.count()).isZero();
		assertThat(rowsInTable("customers")).isEqualTo(8);
		assertThat(this.customers.countDeleted()).isEqualTo(8);
	}

	@Test
	void restoringARowWhoseUniqueValueALiveRowTookFailsNamingEntityIdAndConstraint() {
		Customer old = customer("Acme");
		this.customers.delete(old);
		Customer current = customer("Acme");
		assertThatExceptionOfType(RestoreConflictException.class)
			.isThrownBy(() -> this.customers.restoreById(old.getId()))
			.withMessageContaining("Customer [" + old.getId() + "]")
			.withMessageContaining("email")
			.satisfies((ex) -> assertThat(ex.getIds()).isEqualTo(List.of(old.getId())));
		assertThatExceptionOfType(RestoreConflictException.class)
			.isThrownBy(() -> this.customers.restoreAllById(List.of(old.getId())));
		assertThat(this.customers.findByIdIncludingDeleted(old.getId()).orElseThrow().isDeleted()).isTrue();
		assertThat(this.customers.findById(current.getId())).isPresent();
	}

	@Test
	void deleteUpdatesThePassedInstance() {
		Customer acme = customer("Acme");
		Instant now = this.clock.advance(Duration.ofSeconds(1)).truncatedTo(ChronoUnit.MICROS);
		this.customers.delete(acme);
		assertThat(acme.getDeletedAt()).isEqualTo(now);
		assertThat(acme.getUpdatedAt()).isEqualTo(now);
	}

	@Test
	void deletingADeletedRowKeepsItsFirstDeletedAt() {
		Customer acme = customer("Acme");
		Instant first = this.clock.advance(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MICROS);
		this.customers.deleteById(acme.getId());
		this.clock.advance(Duration.ofMinutes(1));
		this.customers.deleteById(acme.getId());
		assertThat(this.customers.softDeleteAllById(List.of(acme.getId()))).isZero();
		assertThat(this.customers.findByIdIncludingDeleted(acme.getId()).orElseThrow().getDeletedAt())
			.isEqualTo(first);
	}

	@Test
	void deleteInsideATransactionHidesTheRowFromLaterReadsInThatTransaction() {
		Customer acme = customer("Acme");
		this.transactions.executeWithoutResult((status) -> {
			Customer loaded = this.customers.findById(acme.getId()).orElseThrow();
			assertThat(loaded.getName()).isEqualTo("Acme");
			this.customers.deleteById(acme.getId());
			assertThat(this.customers.findById(acme.getId())).isEmpty();
			assertThat(this.customers.existsById(acme.getId())).isFalse();
		});
	}

	@Test
	void deletingAnEntityThatWasNeverSavedDoesNothing() {
		customer("Acme");
		this.customers.delete(new Customer("New", "new@example.com"));
		this.customers.deleteAll(List.of(new Customer("New", "new@example.com")));
		assertThat(this.customers.count()).isOne();
	}

	// Reads

	@Test
	void everyOrdinaryReadSkipsDeletedRows() {
		Customer live = customer("Live");
		Customer gone = customer("Gone");
		gone.setStatus("vip");
		live.setStatus("vip");
		this.customers.saveAll(List.of(live, gone));
		this.customers.delete(gone);
		assertThat(this.customers.findById(gone.getId())).isEmpty();
		assertThat(this.customers.existsById(gone.getId())).isFalse();
		assertThat(this.customers.findAll()).extracting(Customer::getName).containsExactly("Live");
		assertThat(this.customers.findAll(Sort.by("name"))).extracting(Customer::getName).containsExactly("Live");
		Page<Customer> page = this.customers.findAll(PageRequest.of(0, 10));
		assertThat(page.getTotalElements()).isOne();
		assertThat(this.customers.findAllById(List.of(live.getId(), gone.getId()))).hasSize(1);
		Specification<Customer> vip = (root, query, builder) -> builder.equal(root.get("status"), "vip");
		assertThat(this.customers.findAll(vip)).extracting(Customer::getName).containsExactly("Live");
		assertThat(this.customers.count(vip)).isOne();
		Customer probe = new Customer("Gone", null);
		probe.setStatus(null);
		assertThat(this.customers.findAll(Example.of(probe))).isEmpty();
		assertThat(this.customers.count()).isOne();
		assertThat(this.customers.findByEmail("gone@example.com")).isEmpty();
		assertThat(this.customers.findByStatusOrderByName("vip")).extracting(Customer::getName).containsExactly("Live");
		assertThat(this.customers.countByStatus("vip")).isOne();
		assertThat(this.customers.existsByEmail("gone@example.com")).isFalse();
		assertThat(this.customers.findNamed("Go")).isEmpty();
		assertThat(this.customers.findNamed("Li")).hasSize(1);
	}

	@Test
	void collectionsSkipDeletedChildren() {
		Customer acme = customer("Acme");
		PurchaseOrder kept = this.orders.save(new PurchaseOrder(acme, "ORD-001", new BigDecimal("99.99")));
		PurchaseOrder dropped = this.orders.save(new PurchaseOrder(acme, "ORD-002", new BigDecimal("149.99")));
		this.orders.delete(dropped);
		List<String> numbers = this.transactions.execute((status) -> this.customers.findById(acme.getId())
			.orElseThrow()
			.getOrders()
			.stream()
			.map(PurchaseOrder::getNumber)
			.toList());
		assertThat(numbers).containsExactly(kept.getNumber());
		List<String> all = this.scope.includingDeleted(() -> this.customers.findById(acme.getId())
			.orElseThrow()
			.getOrders()
			.stream()
			.map(PurchaseOrder::getNumber)
			.toList());
		assertThat(all).containsExactly("ORD-001", "ORD-002");
	}

	@Test
	void toOneAssociationsStillReachASoftDeletedParent() {
		Customer acme = customer("Acme");
		PurchaseOrder order = this.orders.save(new PurchaseOrder(acme, "ORD-001", BigDecimal.ONE));
		this.customers.delete(acme);
		String customerName = this.transactions.execute((status) -> this.orders.findById(order.getId())
			.orElseThrow()
			.getCustomerName());
		assertThat(customerName).isEqualTo("Acme");
		assertThat(this.customers.findById(acme.getId())).isEmpty();
	}

	@Test
	void includingDeletedReadsSeeEveryRow() {
		customer("Live");
		Customer gone = customer("Gone");
		this.customers.delete(gone);
		assertThat(this.customers.findAllIncludingDeleted()).hasSize(2);
		assertThat(this.customers.findAllIncludingDeleted(PageRequest.of(0, 1)).getTotalElements()).isEqualTo(2);
		assertThat(this.customers.findAllDeleted()).extracting(Customer::getName).containsExactly("Gone");
		assertThat(this.customers.findAllDeleted(PageRequest.of(0, 5)).getContent()).extracting(Customer::getName)
			.containsExactly("Gone");
		assertThat(this.customers.countIncludingDeleted()).isEqualTo(2);
		assertThat(this.customers.countDeleted()).isOne();
		assertThat(this.customers.findAnyByEmail("gone@example.com")).isPresent();
		assertThat(this.scope.includingDeleted(() -> this.customers.findByEmail("gone@example.com"))).isPresent();
		assertThat(this.customers.findByEmail("gone@example.com")).isEmpty();
	}

	// Query plan cache

	@Test
	void repeatedQueriesReuseTheirTranslationWithAndWithoutDeletedRows() {
		customer("Live");
		this.customers.delete(customer("Gone"));
		this.notes.save(new Note("hello"));
		Runnable queries = () -> {
			assertThat(this.customers.findByEmail("live@example.com")).isPresent();
			assertThat(this.customers.findByEmail("gone@example.com")).isEmpty();
			assertThat(this.customers.findNamed("Go")).isEmpty();
			assertThat(this.scope.includingDeleted(() -> this.customers.findNamed("Go"))).hasSize(1);
			assertThat(this.customers.findAnyByEmail("gone@example.com")).isPresent();
			assertThat(this.notes.findByBody("hello")).hasSize(1);
		};
		queries.run();
		Statistics statistics = statistics();
		queries.run();
		queries.run();
		assertThat(statistics.getQueryExecutionCount()).isEqualTo(12);
		assertThat(statistics.getQueryPlanCacheMissCount()).isZero();
		assertThat(statistics.getQueryPlanCacheHitCount()).as("a hit for the parse and one for the SQL of each query")
			.isEqualTo(24);
	}

	// Restore

	@Test
	void restoreByIdClearsDeletedAtAndBumpsUpdatedAt() {
		Customer acme = customer("Acme");
		this.customers.delete(acme);
		Instant restoredAt = this.clock.advance(Duration.ofHours(1)).truncatedTo(ChronoUnit.MICROS);
		assertThat(this.customers.restoreById(acme.getId())).isTrue();
		Customer restored = this.customers.findById(acme.getId()).orElseThrow();
		assertThat(restored.getDeletedAt()).isNull();
		assertThat(restored.getUpdatedAt()).isEqualTo(restoredAt);
		assertThat(this.customers.restoreById(acme.getId())).isFalse();
	}

	@Test
	void restoreEntityAndRestoreAllById() {
		Customer a = customer("A");
		Customer b = customer("B");
		Customer c = customer("C");
		this.customers.deleteAll(List.of(a, b, c));
		this.customers.restore(a);
		assertThat(a.isDeleted()).isFalse();
		assertThat(this.customers.restoreAllById(List.of(a.getId(), b.getId(), c.getId(), 999_999L))).isEqualTo(2);
		assertThat(this.customers.count()).isEqualTo(3);
	}

	// Hard delete

	@Test
	void hardDeleteRemovesRowsForGood() {
		Customer a = customer("A");
		Customer b = customer("B");
		Customer c = customer("C");
		Customer d = customer("D");
		this.customers.delete(b);
		assertThat(this.customers.hardDeleteById(a.getId())).isTrue();
		assertThat(this.customers.hardDeleteById(a.getId())).isFalse();
		this.customers.hardDelete(b);
		assertThat(this.customers.hardDeleteAllById(List.of(c.getId(), d.getId(), 424_242L))).isEqualTo(2);
		assertThat(rowsInTable("customers")).isZero();
	}

	// Timestamps

	@Test
	void timestampsComeFromTheApplicationClock() {
		Customer acme = customer("Acme");
		Instant created = START.truncatedTo(ChronoUnit.MICROS);
		assertThat(acme.getCreatedAt()).isEqualTo(created);
		assertThat(acme.getUpdatedAt()).isEqualTo(created);
		Instant updated = this.clock.advance(Duration.ofDays(1)).truncatedTo(ChronoUnit.MICROS);
		acme.setName("Acme Corp");
		this.customers.save(acme);
		Customer reloaded = this.customers.findById(acme.getId()).orElseThrow();
		assertThat(reloaded.getCreatedAt()).isEqualTo(created);
		assertThat(reloaded.getUpdatedAt()).isEqualTo(updated);
	}

	@Test
	void timestampsRoundTripAndSortInSql() {
		List<Instant> instants = List.of(Instant.parse("2026-03-01T10:00:09.999999Z"),
				Instant.parse("2026-03-01T10:00:10.000001Z"), Instant.parse("2026-03-01T09:59:59.5Z"),
				Instant.parse("2025-12-31T23:59:59.999999Z"), Instant.parse("2026-03-01T10:00:10Z"));
		for (int i = 0; i < instants.size(); i++) {
			this.clock.set(instants.get(i));
			customer("C" + i);
		}
		List<String> sorted = this.jdbc.queryForList("select name from customers order by created_at", String.class);
		assertThat(sorted).containsExactly("C3", "C2", "C0", "C4", "C1");
		List<String> later = this.jdbc.queryForList(
				"select name from customers where created_at > (select created_at from customers where name = 'C0') "
						+ "order by created_at",
				String.class);
		assertThat(later).containsExactly("C4", "C1");
		for (int i = 0; i < instants.size(); i++) {
			assertThat(this.customers.findByEmail("c" + i + "@example.com").orElseThrow().getCreatedAt())
				.isEqualTo(instants.get(i));
		}
	}

	@Test
	void timestampsWithoutSoftDelete() {
		Note note = this.notes.save(new Note("hello"));
		assertThat(note.getCreatedAt()).isEqualTo(START.truncatedTo(ChronoUnit.MICROS));
		this.notes.delete(note);
		assertThat(rowsInTable("notes")).isZero();
	}

	// Other entity shapes

	@Test
	void plainRepositoriesKeepStockBehaviour() {
		Tag tag = this.tags.save(new Tag("red"));
		this.tags.save(new Tag("blue"));
		this.tags.deleteById(tag.getId());
		assertThat(rowsInTable("tags")).isOne();
		this.tags.deleteAllInBatch();
		assertThat(rowsInTable("tags")).isZero();
	}

	@Test
	void softDeleteWithUuidIds() {
		Device device = this.devices.save(new Device("SN-1"));
		this.devices.save(new Device("SN-2"));
		this.devices.deleteById(device.getId());
		assertThat(this.devices.findById(device.getId())).isEmpty();
		assertThat(this.devices.count()).isOne();
		assertThat(this.devices.findByIdIncludingDeleted(device.getId())).isPresent();
		assertThat(this.devices.restoreAllById(List.of(device.getId(), UUID.randomUUID()))).isOne();
		assertThat(this.devices.count()).isEqualTo(2);
	}

	@Test
	void softDeleteWithoutTimestamps() {
		Flag flag = this.flags.save(new Flag("beta"));
		this.flags.deleteById(flag.getId());
		assertThat(this.flags.findAll()).isEmpty();
		assertThat(this.flags.findAllDeleted()).extracting(Flag::getName).containsExactly("beta");
		assertThat(this.flags.updateAllById(List.of(flag.getId()), Map.of("name", "gamma"))).isZero();
		assertThat(this.flags.restoreById(flag.getId())).isTrue();
		assertThat(this.flags.updateAllById(List.of(flag.getId()), Map.of("name", "gamma"))).isOne();
		assertThat(this.flags.findById(flag.getId()).orElseThrow().getName()).isEqualTo("gamma");
	}

	// Bulk operations

	@Test
	void bulkOperationsRunOneStatementPerChunk() {
		List<Long> ids = insertCustomers(2_500);
		Statistics statistics = statistics();
		assertThat(this.customers.softDeleteAllById(ids.subList(0, 2_000))).isEqualTo(2_000);
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);
		statistics.clear();
		assertThat(this.customers.softDeleteAllById(ids)).isEqualTo(500);
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(3);
		statistics.clear();
		this.customers.deleteAllById(ids);
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(3);
		statistics.clear();
		assertThat(this.customers.restoreAllById(ids)).isEqualTo(2_500);
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(3);
		statistics.clear();
		assertThat(this.customers.updateAllById(ids, Map.of("status", "archived"))).isEqualTo(2_500);
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(3);
		statistics.clear();
		assertThat(this.customers.hardDeleteAllById(ids)).isEqualTo(2_500);
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(3);
		assertThat(rowsInTable("customers")).isZero();
	}

	@Test
	void bulkOperationsCountAnIdRepeatedWithinAndAcrossChunksOnce() {
		List<Long> ids = insertCustomers(1_200);
		List<Long> repeated = new ArrayList<>();
		repeated.add(ids.get(0));
		repeated.addAll(ids);
		repeated.addAll(ids.subList(0, 300));
		repeated.add(ids.get(1_199));
		assertThat(this.customers.softDeleteAllById(repeated)).isEqualTo(1_200);
		assertThat(this.customers.softDeleteAllById(repeated)).isZero();
		assertThat(this.customers.restoreAllById(repeated)).isEqualTo(1_200);
		assertThat(this.customers.updateAllById(repeated, Map.of("status", "archived"))).isEqualTo(1_200);
		assertThat(this.customers.hardDeleteAllById(repeated)).isEqualTo(1_200);
		assertThat(rowsInTable("customers")).isZero();
	}

	@Test
	void insertAllBatchesRowsAndSetsIdsAndTimestamps() {
		List<Customer> batch = java.util.stream.IntStream.range(0, 2_500)
			.mapToObj((i) -> new Customer("Batch " + i, "batch" + i + "@example.com"))
			.toList();
		Statistics statistics = statistics();
		assertThat(this.customers.insertAll(batch)).isEqualTo(2_500);
		assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(3);
		assertThat(batch).extracting(Customer::getId).doesNotContainNull().doesNotHaveDuplicates();
		Customer last = this.customers.findById(batch.get(2_499).getId()).orElseThrow();
		assertThat(last.getEmail()).isEqualTo("batch2499@example.com");
		assertThat(last.getCreatedAt()).isEqualTo(START.truncatedTo(ChronoUnit.MICROS));
		assertThat(this.customers.count()).isEqualTo(2_500);
	}

	@Test
	void bulkUpdateSetsValuesAndUpdatedAtOnLiveRowsOnly() {
		Customer a = customer("A");
		Customer b = customer("B");
		Customer c = customer("C");
		this.customers.delete(c);
		Instant now = this.clock.advance(Duration.ofMinutes(3)).truncatedTo(ChronoUnit.MICROS);
		assertThat(this.customers.updateAllById(List.of(a.getId(), b.getId(), c.getId()), Map.of("status", "vip")))
			.isEqualTo(2);
		assertThat(this.customers.findByStatusOrderByName("vip")).extracting(Customer::getUpdatedAt)
			.containsOnly(now);
		assertThat(this.customers.findByIdIncludingDeleted(c.getId()).orElseThrow().getStatus()).isEqualTo("active");
	}

	@Test
	void bulkUpdateRejectsUnknownAttributesBeforeAnySql() {
		Customer a = customer("A");
		Statistics statistics = statistics();
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.customers.updateAllById(List.of(a.getId()), Map.of("status; drop table x", "vip")))
			.withMessage("Cannot bulk update 'status; drop table x' of Customer: updatable attributes are "
					+ "[email, name, status]")
			.withCauseInstanceOf(IllegalArgumentException.class);
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.customers.updateAllById(List.of(a.getId()), Map.of("deletedAt", Instant.now())))
			.withMessageContaining("updatable attributes are");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.customers.updateAllById(List.of(a.getId()), Map.of("status", 42)))
			.withMessage("Cannot bulk update 'status' of Customer: java.lang.Integer does not fit type java.lang.String");
		assertThat(statistics.getPrepareStatementCount()).isZero();
		assertThat(this.customers.findById(a.getId()).orElseThrow().getStatus()).isEqualTo("active");
	}

}
