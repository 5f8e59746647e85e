package dev.prism.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.prism.test.TestDatabases.Database;
import dev.prism.testapp.Customer;
import dev.prism.testapp.CustomerRepository;
import dev.prism.testapp.Delivery;
import dev.prism.testapp.DeliveryRepository;
import dev.prism.testapp.Device;
import dev.prism.testapp.DeviceRepository;
import dev.prism.testapp.Parcel;
import dev.prism.testapp.ParcelRepository;
import dev.prism.testapp.PurchaseOrder;
import dev.prism.testapp.PurchaseOrderRepository;
import dev.prism.testapp.TestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Behaviour of {@link BatchInserter} on a real database.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class AbstractBatchInserterTests {

	protected ConfigurableApplicationContext context;

	protected BatchInserter inserter;

	private CustomerRepository customers;

	protected abstract Database database();

	/**
	 * Return how this database inserts entities whose column types the COPY encodes.
	 * @return the end of {@link BatchInserter}'s debug message
	 */
	protected abstract String fastestPath();

	@BeforeEach
	void start() {
		this.context = new SpringApplicationBuilder(TestApplication.class).web(WebApplicationType.NONE)
			.properties(database().properties())
			.properties("prism.repository.batch-size=100", "logging.level.dev.prism.repository.BatchInserter=debug")
			.run();
		this.inserter = this.context.getBean(BatchInserter.class);
		this.customers = this.context.getBean(CustomerRepository.class);
	}

	@AfterEach
	void stop() {
		this.context.close();
	}

	@Test
	void insertsInBatchesAndSetsGeneratedIdsAndTimestamps() {
		List<Customer> batch = new ArrayList<>();
		for (int i = 0; i < 250; i++) {
			batch.add(new Customer("Customer " + i, "customer-" + i + "@example.com"));
		}
		assertThat(this.inserter.insertAll(batch)).isEqualTo(250);
		assertThat(new HashSet<>(batch.stream().map(Customer::getId).toList())).hasSize(250).doesNotContainNull();
		for (Customer customer : List.of(batch.get(0), batch.get(99), batch.get(100), batch.get(249))) {
			Customer loaded = this.customers.findById(customer.getId()).orElseThrow();
			assertThat(loaded.getEmail()).isEqualTo(customer.getEmail());
			assertThat(loaded.getCreatedAt()).isEqualTo(customer.getCreatedAt()).isNotNull();
			assertThat(loaded.getUpdatedAt()).isEqualTo(customer.getCreatedAt());
			assertThat(loaded.isDeleted()).isFalse();
		}
		assertThat(this.customers.count()).isEqualTo(250);
	}

	@Test
	void insertsChildrenThatReferenceInsertedParents() {
		Customer customer = new Customer("Ada", "ada@example.com");
		this.inserter.insertAll(List.of(customer));
		List<PurchaseOrder> orders = List.of(new PurchaseOrder(customer, "A-1", new BigDecimal("9.50")),
				new PurchaseOrder(customer, "A-2", new BigDecimal("12.00")));
		this.inserter.insertAll(orders);
		PurchaseOrderRepository repository = this.context.getBean(PurchaseOrderRepository.class);
		assertThat(repository.findById(orders.get(1).getId())).hasValueSatisfying(
				(order) -> assertThat(order.getTotal()).isEqualByComparingTo("12.00"));
		assertThat(repository.count()).isEqualTo(2);
	}

	@Test
	void insertsEntitiesWithAssignedIds() {
		Device device = new Device("SN-1");
		this.inserter.insertAll(List.of(device));
		assertThat(this.context.getBean(DeviceRepository.class).findById(device.getId()))
			.hasValueSatisfying((loaded) -> assertThat(loaded.getSerial()).isEqualTo("SN-1"));
	}

	@Test
	void rejectsEntitiesThatAlreadyHaveAnId() {
		Customer customer = new Customer("Ada", "ada@example.com");
		this.inserter.insertAll(List.of(customer));
		assertThatIllegalArgumentException().isThrownBy(() -> this.inserter.insertAll(List.of(customer)))
			.withMessageContaining("already has an id");
		assertThat(this.customers.count()).isOne();
	}

	@Test
	void insertsEveryColumnTypeAndStartsTheVersion() {
		Instant shipped = Instant.parse("2026-03-04T05:06:07.123456Z");
		UUID tracking = UUID.randomUUID();
		Parcel full = new Parcel("Fragile ✓ 'quoted'", 5_000_000_000L, 3, true, new BigDecimal("-1234.50"), shipped,
				tracking, Parcel.Status.SHIPPED);
		Parcel empty = new Parcel(null, null, 0, false, null, null, null, null);
		assertThat(this.inserter.insertAll(List.of(full, empty))).isEqualTo(2);
		ParcelRepository parcels = this.context.getBean(ParcelRepository.class);
		Parcel loaded = parcels.findById(full.getId()).orElseThrow();
		assertThat(loaded.getLabel()).isEqualTo("Fragile ✓ 'quoted'");
		assertThat(loaded.getWeightGrams()).isEqualTo(5_000_000_000L);
		assertThat(loaded.getPieces()).isEqualTo(3);
		assertThat(loaded.isFragile()).isTrue();
		assertThat(loaded.getDeclaredValue()).isEqualByComparingTo("-1234.50");
		assertThat(loaded.getShippedAt()).isEqualTo(shipped);
		assertThat(loaded.getTracking()).isEqualTo(tracking);
		assertThat(loaded.getStatus()).isEqualTo(Parcel.Status.SHIPPED);
		assertThat(loaded.getVersion()).isZero().isEqualTo(full.getVersion());
		assertThat(loaded.getCreatedAt()).isEqualTo(full.getCreatedAt()).isNotNull();
		assertThat(loaded.isDeleted()).isFalse();
		Parcel loadedEmpty = parcels.findById(empty.getId()).orElseThrow();
		assertThat(loadedEmpty.getLabel()).isNull();
		assertThat(loadedEmpty.getWeightGrams()).isNull();
		assertThat(loadedEmpty.isFragile()).isFalse();
		assertThat(loadedEmpty.getDeclaredValue()).isNull();
		assertThat(loadedEmpty.getShippedAt()).isNull();
		assertThat(loadedEmpty.getTracking()).isNull();
		assertThat(loadedEmpty.getStatus()).isNull();
		assertThat(loadedEmpty.getVersion()).isZero();
	}

	@Test
	void takesTheFastestPathTheColumnTypesAllow(CapturedOutput output) {
		this.inserter.insertAll(List.of(new Parcel("p", 1L, 1, false, null, null, null, null)));
		this.inserter.insertAll(List.of(new Delivery(null)));
		assertThat(output).contains("Inserted 1 rows into parcels " + fastestPath())
			.contains("Inserted 1 rows into deliveries in JDBC batches");
	}

	@Test
	void insertsEntitiesWithAColumnTypeTheCopyDoesNotEncode() {
		Delivery delivery = new Delivery(LocalDate.of(2026, 2, 28));
		this.inserter.insertAll(List.of(delivery, new Delivery(null)));
		assertThat(this.context.getBean(DeliveryRepository.class).findById(delivery.getId()))
			.hasValueSatisfying((loaded) -> assertThat(loaded.getDueOn()).isEqualTo(LocalDate.of(2026, 2, 28)));
		assertThat(this.context.getBean(DeliveryRepository.class).count()).isEqualTo(2);
	}

	@Test
	void concurrentInsertsGiveEachEntityTheIdOfItsOwnRow() throws Exception {
		int perThread = 1000;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<List<Parcel>>> results = new ArrayList<>();
			for (String thread : List.of("a", "b")) {
				results.add(threads.submit(() -> {
					List<Parcel> batch = new ArrayList<>();
					for (int i = 0; i < perThread; i++) {
						batch.add(new Parcel(thread + "-" + i, (long) i, i, false, null, null, null, null));
					}
					start.await();
					this.inserter.insertAll(batch);
					return batch;
				}));
			}
			start.countDown();
			List<Parcel> inserted = new ArrayList<>();
			for (Future<List<Parcel>> result : results) {
				inserted.addAll(result.get(60, TimeUnit.SECONDS));
			}
			Map<Long, String> labels = new HashMap<>();
			inserted.forEach((parcel) -> labels.put(parcel.getId(), parcel.getLabel()));
			assertThat(labels).hasSize(2 * perThread).doesNotContainKey(null);
			Map<Long, String> stored = new HashMap<>();
			this.context.getBean(ParcelRepository.class)
				.findAll()
				.forEach((parcel) -> stored.put(parcel.getId(), parcel.getLabel()));
			assertThat(stored).isEqualTo(labels);
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void insertsNothingForNoEntities() {
		assertThat(this.inserter.insertAll(List.of())).isZero();
	}

	@Test
	void joinsTheCurrentTransaction() {
		new TransactionTemplate(this.context.getBean(org.springframework.transaction.PlatformTransactionManager.class))
			.executeWithoutResult((status) -> {
				this.inserter.insertAll(List.of(new Customer("Rolled back", "rolled-back@example.com")));
				status.setRollbackOnly();
			});
		assertThat(this.customers.count()).isZero();
	}

}
